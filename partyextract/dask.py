"""Run partyextract on Dask: a bag of texts or a DataFrame text column in, record tables out.

``pip install 'partyextract[dask]'``. Each partition is extracted once, on a
worker, into the tables of `partyextract.frames` (documents, one per record
kind, mentions), returned as Dask DataFrames with fixed columns and dtypes and
a ``doc_id`` column (always a string) to join them on.

    >>> import dask, dask.bag as db
    >>> from partyextract.dask import bag_to_frames
    >>> texts = db.read_text("articles/*.txt", files_per_partition=100, linedelimiter="\\0")  # doctest: +SKIP
    >>> tables = bag_to_frames(texts)                                  # doctest: +SKIP
    >>> documents, indicators = dask.compute(tables["documents"], tables["indicators"])  # doctest: +SKIP

Compute the tables you need in one `dask.compute` call (or `persist()` them): they
share the extraction tasks, so each partition is extracted only once.
Documents that fail become ``documents`` rows with ``error`` set, never a failed task.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .batch import extract_many
from .frames import TABLES, frame, to_rows
from .models import Document
from .pipeline import extract

if TYPE_CHECKING:
    import dask.bag as db  # type: ignore[import-untyped, import-not-found, unused-ignore]
    import dask.dataframe as dd  # type: ignore[import-untyped, import-not-found, unused-ignore]
    import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = ["bag_to_frames", "dataframe_to_frames", "empty_frame", "extract_bag"]


def _require() -> tuple[Any, Any]:
    try:
        import dask  # type: ignore[import-untyped, import-not-found, unused-ignore]
        import dask.dataframe as dd  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        raise ImportError(
            "partyextract.dask needs dask[dataframe]: pip install 'partyextract[dask]'"
        ) from None
    return dask, dd


def empty_frame(table: str) -> pd.DataFrame:
    """An empty pandas frame with a table's columns and dtypes: the ``meta`` of its Dask frame."""
    return _frame([], table)


def _frame(rows: list[dict[str, Any]], table: str) -> pd.DataFrame:
    df = frame(rows, table)
    df["doc_id"] = df["doc_id"].astype("string")
    return df


def _tables(
    texts: Sequence[Any], ids: Sequence[Any], tables: Sequence[str], ner: bool
) -> dict[str, pd.DataFrame]:
    """Extract one partition into its tables (runs on a worker)."""
    docs = list(extract_many(texts, on_error="record", ner=ner, as_tuples=False))
    rows = to_rows(docs, [str(i) for i in ids])
    return {t: _frame(rows[t], t) for t in tables}


def _bag_partition(
    items: Iterable[Any], index: int, tables: Sequence[str], ner: bool
) -> dict[str, pd.DataFrame]:
    texts, ids = [], []
    for n, item in enumerate(items):
        if isinstance(item, tuple) and len(item) == 2:
            texts.append(item[0])
            ids.append(item[1])
        else:
            texts.append(item)
            ids.append(f"{index}-{n}")
    return _tables(texts, ids, tables, ner)


def _frame_partition(
    part: pd.DataFrame, text_column: str, id_column: str | None, tables: Sequence[str], ner: bool
) -> dict[str, pd.DataFrame]:
    ids = part[id_column] if id_column is not None else part.index
    return _tables(list(part[text_column]), list(ids), tables, ner)


def _any(obj: Any) -> Any:
    """Dask's own annotations are partial; treat its collections as Any for mypy --strict."""
    return obj


def _check_tables(tables: Sequence[str] | None) -> tuple[str, ...]:
    chosen = tuple(tables) if tables is not None else TABLES
    unknown = [t for t in chosen if t not in TABLES]
    if unknown:
        raise ValueError(f"unknown table(s) {unknown}; choose from {', '.join(TABLES)}")
    return chosen


def _split(parts: list[Any], tables: tuple[str, ...], dask: Any, dd: Any) -> dict[str, dd.DataFrame]:
    # List cells (authors, positions, ...) stay Python lists: keep dask from turning the
    # object columns of the meta into strings.
    with dask.config.set({"dataframe.convert-string": False}):
        return {
            t: dd.from_delayed([p[t] for p in parts], meta=empty_frame(t), verify_meta=False) for t in tables
        }


def extract_bag(texts: db.Bag, *, ner: bool = False) -> db.Bag:
    """A bag of `Document`s from a bag of article texts (same partitions, same order)."""
    _require()

    def run(text: Any) -> Document:
        return extract(text, ner=ner)

    result: db.Bag = _any(texts).map(run)
    return result


def bag_to_frames(
    texts: db.Bag, *, tables: Sequence[str] | None = None, ner: bool = False
) -> dict[str, dd.DataFrame]:
    """Tables of records (Dask DataFrames keyed by table name) from a bag of texts.

    Items are article texts, or ``(text, doc_id)`` pairs to carry your own ids; plain texts get
    ids ``"<partition>-<position>"``. `tables` restricts the output (default: all of
    `partyextract.frames.TABLES`).
    """
    dask, dd = _require()
    chosen = _check_tables(tables)
    parts = [
        dask.delayed(_bag_partition, pure=True)(part, i, chosen, ner)
        for i, part in enumerate(_any(texts).to_delayed())
    ]
    return _split(parts, chosen, dask, dd)


def dataframe_to_frames(
    df: dd.DataFrame,
    text_column: str = "text",
    *,
    id_column: str | None = None,
    tables: Sequence[str] | None = None,
    ner: bool = False,
) -> dict[str, dd.DataFrame]:
    """Tables of records (Dask DataFrames) from the `text_column` of a Dask DataFrame.

    ``doc_id`` is the `id_column` value (as a string), or the row's index value when no
    column is named. Join back with ``df.merge(tables["documents"], left_on=..., right_on="doc_id")``.
    """
    dask, dd = _require()
    if text_column not in df.columns:
        raise KeyError(f"no column {text_column!r} in the DataFrame (columns: {list(df.columns)})")
    if id_column is not None and id_column not in df.columns:
        raise KeyError(f"no column {id_column!r} in the DataFrame (columns: {list(df.columns)})")
    chosen = _check_tables(tables)
    parts = [
        dask.delayed(_frame_partition, pure=True)(part, text_column, id_column, chosen, ner)
        for part in _any(df).to_delayed()
    ]
    return _split(parts, chosen, dask, dd)
