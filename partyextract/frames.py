"""Tables of records: one table per record kind, a documents table and a mentions table.

`to_frames()` returns pandas DataFrames (``pip install 'partyextract[frames]'``);
`to_rows()` returns the same tables as plain lists of dicts and needs nothing,
which is what the CLI's CSV output uses.

Tables and their keys (every table has ``doc_id``):

* ``documents``: one row per document: ``title``, ``published``, ``authors``, ``outlet``,
  ``url``, ``n_chars``, one ``n_<kind>`` count per record kind, and ``error`` (the message of an
  `ExtractionError` passed in place of a document, else empty).
* ``resolutions``, ``terms``, ``indicators``, ``localities``, ``officials``: one row per record;
  ``record`` is its position in the document's list; every model field is a column (a nested
  object such as ``successor`` becomes ``successor_name``/``successor_level``/``successor_code``;
  list cells are lists, in CSV joined with ``"; "`` or written as JSON for objects); the first
  mention is ``span_start``, ``span_end``, ``span_text`` and ``n_mentions`` counts them all.
* ``mentions``: one row per span of every record: ``kind``, ``record``, ``start``, ``end``, ``text``;
  join it to a kind's table on ``(doc_id, record)``.
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from .batch import ExtractionError
from .models import RECORD_KINDS, Document, Indicator, Locality, Official, Resolution, Term

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = ["TABLES", "columns", "frame", "to_frames", "to_rows"]

#: Table names, in output order.
TABLES: tuple[str, ...] = ("documents", *RECORD_KINDS, "mentions")

_MODELS: dict[str, type[BaseModel]] = {
    "resolutions": Resolution,
    "terms": Term,
    "indicators": Indicator,
    "localities": Locality,
    "officials": Official,
}

_SPAN_COLUMNS: dict[str, str] = {
    "span_start": "Int64",
    "span_end": "Int64",
    "span_text": "string",
    "n_mentions": "Int64",
}
_DOCUMENT_COLUMNS: dict[str, str] = {
    "doc_id": "object",
    "title": "string",
    "published": "datetime64[ns]",
    "authors": "object",
    "outlet": "string",
    "url": "string",
    "n_chars": "Int64",
    **{f"n_{kind}": "Int64" for kind in RECORD_KINDS},
    "error": "string",
}
_MENTION_COLUMNS: dict[str, str] = {
    "doc_id": "object",
    "kind": "string",
    "record": "Int64",
    "start": "Int64",
    "end": "Int64",
    "text": "string",
}


def _dtype(annotation: Any) -> str:
    """pandas dtype name for a model field annotation (nullable dtypes, lists as object)."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return _dtype(args[0])
    if origin is list:
        return "object"
    if origin is typing.Literal or annotation is str:
        return "string"
    if annotation is bool:
        return "boolean"
    if annotation is int:
        return "Int64"
    if annotation is float:
        return "float64"
    if annotation is dt.date:
        return "datetime64[ns]"
    return "object"


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    """The model class of a ``Model | None`` field (flattened into ``field_sub`` columns)."""
    for arg in (annotation, *typing.get_args(annotation)):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def _record_columns(kind: str) -> dict[str, str]:
    cols: dict[str, str] = {"doc_id": "object", "record": "Int64"}
    for name, field in _MODELS[kind].model_fields.items():
        if name == "mentions":
            continue
        nested = _nested_model(field.annotation) if typing.get_origin(field.annotation) is not list else None
        if nested is not None:
            cols.update({f"{name}_{sub}": _dtype(f.annotation) for sub, f in nested.model_fields.items()})
        else:
            cols[name] = _dtype(field.annotation)
    cols.update(_SPAN_COLUMNS)
    return cols


def columns(table: str) -> dict[str, str]:
    """Column names of a table, in order, with their pandas dtype names (useful as a schema)."""
    if table == "documents":
        return dict(_DOCUMENT_COLUMNS)
    if table == "mentions":
        return dict(_MENTION_COLUMNS)
    if table in _MODELS:
        return _record_columns(table)
    raise ValueError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")


def _cell(value: Any, flat: bool) -> Any:
    """A cell value: lists stay lists (models in them become dicts) unless `flat`, where scalars
    are joined with "; ", lists of objects written as JSON, and dates as YYYY-MM-DD."""
    if isinstance(value, list):
        items = [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value]
        if not flat:
            return items
        if any(isinstance(v, dict) for v in items):
            return json.dumps(items, ensure_ascii=False)
        return "; ".join(_fmt(v) for v in items)
    if flat and isinstance(value, dt.date):
        return value.isoformat()
    if flat and isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _fmt(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def to_rows(
    docs: Iterable[Document | ExtractionError],
    ids: Sequence[Any] | None = None,
    *,
    flat: bool = False,
) -> dict[str, list[dict[str, Any]]]:
    """The tables as lists of row dicts (no pandas needed).

    `ids` gives each document's id (default: its position). With ``flat=True`` list cells are
    joined with ``"; "`` and dates written ``YYYY-MM-DD``, ready for CSV.
    """
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    docs = list(docs)
    if ids is None:
        ids = list(range(len(docs)))
    elif len(ids) != len(docs):
        raise ValueError(f"got {len(ids)} ids for {len(docs)} documents")
    for doc_id, doc in zip(ids, docs, strict=True):
        if isinstance(doc, ExtractionError):
            tables["documents"].append({"doc_id": doc_id, "error": f"{doc.error}: {doc.message}"})
            continue
        if not isinstance(doc, Document):
            raise TypeError(f"to_frames() takes Document objects, not {type(doc).__name__}")
        tables["documents"].append(
            {
                "doc_id": doc_id,
                "title": doc.title,
                "published": _cell(doc.published, flat),
                "authors": _cell(doc.authors, flat),
                "outlet": doc.outlet,
                "url": doc.url,
                "n_chars": len(doc.text),
                **{f"n_{kind}": len(getattr(doc, kind)) for kind in RECORD_KINDS},
                "error": None,
            }
        )
        for kind in RECORD_KINDS:
            for n, rec in enumerate(getattr(doc, kind)):
                row: dict[str, Any] = {"doc_id": doc_id, "record": n}
                for name in type(rec).model_fields:
                    value = getattr(rec, name)
                    if name == "mentions":
                        continue
                    if isinstance(value, BaseModel) or (
                        value is None and _nested_model(type(rec).model_fields[name].annotation)
                    ):
                        nested = _nested_model(type(rec).model_fields[name].annotation)
                        assert nested is not None
                        for sub in nested.model_fields:
                            row[f"{name}_{sub}"] = _cell(getattr(value, sub), flat) if value else None
                    else:
                        row[name] = _cell(value, flat)
                first = rec.mentions[0] if rec.mentions else None
                row["span_start"] = first.start if first else None
                row["span_end"] = first.end if first else None
                row["span_text"] = first.text if first else None
                row["n_mentions"] = len(rec.mentions)
                tables[kind].append(row)
                for span in rec.mentions:
                    tables["mentions"].append(
                        {
                            "doc_id": doc_id,
                            "kind": kind,
                            "record": n,
                            "start": span.start,
                            "end": span.end,
                            "text": span.text,
                        }
                    )
    return tables


def _pandas() -> Any:
    try:
        import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        raise ImportError(
            "partyextract.to_frames() needs pandas: pip install 'partyextract[frames]'"
        ) from None
    return pandas


def frame(rows: list[dict[str, Any]], table: str) -> pd.DataFrame:
    """One table's rows as a DataFrame with the table's fixed columns and dtypes."""
    pd = _pandas()
    cols = columns(table)
    df = pd.DataFrame.from_records(rows, columns=list(cols))
    for name, dtype in cols.items():
        if dtype == "object":
            continue
        if dtype.startswith("datetime64"):
            df[name] = pd.to_datetime(df[name]).astype(dtype)
        else:
            df[name] = df[name].astype(dtype)
    return df


def to_frames(
    docs: Iterable[Document | ExtractionError], ids: Sequence[Any] | None = None
) -> dict[str, pd.DataFrame]:
    """One pandas DataFrame per table (see the module docs), keyed by table name.

    `docs` are `Document`s (`ExtractionError`s from ``extract_many(on_error="record")`` become
    rows of ``documents`` with ``error`` set); `ids` their ids (default: positions). Every
    table has a ``doc_id`` column to join on; empty tables keep their columns and dtypes.

        >>> frames = to_frames(extract_many(texts), ids=names)      # doctest: +SKIP
        >>> frames["indicators"].merge(frames["documents"], on="doc_id")  # doctest: +SKIP
    """
    _pandas()
    return {name: frame(rows, name) for name, rows in to_rows(docs, ids).items()}
