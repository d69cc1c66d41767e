"""The output contract: SPEC field names, types, literals, JSON shape, and the published schema."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path
from typing import Any, get_args

import pytest
from pydantic import ValidationError

import partyextract
from partyextract.models import (
    Document,
    Indicator,
    Locality,
    Official,
    Resolution,
    ResolutionKind,
    Role,
    Span,
    Term,
    TermKind,
    Tier,
)

ROOT = Path(__file__).resolve().parent.parent

# Field names the SPEC (and the benchmark) read. Adding fields is allowed; these must stay.
SPEC_FIELDS: dict[type, set[str]] = {
    Document: {"text", "title", "published", "authors", "outlet", "url",
               "resolutions", "terms", "indicators", "localities", "officials"},
    Span: {"start", "end", "text"},
    Resolution: {"kind", "code", "system", "number", "doc_type", "issuer_code", "year", "issued_on",
                 "issuer", "title", "implements", "ordinal", "tenure", "body", "mentions"},
    Term: {"start", "end", "kind", "tenure", "mentions"},
    Indicator: {"metric", "value", "unit", "base_value", "base_unit", "total", "approx", "role",
                "year", "compared_to", "mentions"},
    Locality: {"name", "level", "tier", "code", "province", "successor", "mentions"},
    Official: {"name", "positions", "mentions"},
}


@pytest.mark.parametrize("model", list(SPEC_FIELDS), ids=lambda m: m.__name__)
def test_spec_fields_present(model: type) -> None:
    assert SPEC_FIELDS[model] <= set(model.model_fields)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("literal", "expected"),
    [
        (ResolutionKind, {"code", "number", "congress", "plenum"}),
        (TermKind, {"nhiệm kỳ", "giai đoạn", "kế hoạch", "other"}),
        (Role, {"actual", "target", "change", "plan_attainment"}),
        (Tier, {"province", "district", "commune"}),
    ],
)
def test_literal_choices(literal: Any, expected: set[str]) -> None:
    assert set(get_args(literal)) == expected


def _sample() -> Document:
    text = "Huyện ủy ban hành Nghị quyết số 03-NQ/HU ngày 5/5/2021, nhiệm kỳ 2020-2025."
    i = text.index("03-NQ/HU")
    span = Span(start=i, end=i + 8, text="03-NQ/HU")
    return Document(
        text=text,
        title="Tiêu đề",
        published=dt.date(2021, 5, 6),
        resolutions=[Resolution(kind="code", code="03-NQ/HU", system="party", number="03", doc_type="NQ",
                                issuer_code="HU", issued_on=dt.date(2021, 5, 5), mentions=[span])],
        terms=[Term(start=2020, end=2025, kind="nhiệm kỳ")],
        indicators=[Indicator(value=55.61, unit="triệu đồng", base_value=55_610_000, base_unit="VND")],
    )


def test_json_dump_matches_spec_shapes() -> None:
    data = _sample().model_dump(mode="json")
    assert data["published"] == "2021-05-06"
    res = data["resolutions"][0]
    assert res["issued_on"] == "2021-05-05"
    assert res["mentions"] == [{"start": 32, "end": 40, "text": "03-NQ/HU"}]
    assert res["implements"] == []
    assert data["indicators"][0]["role"] == "actual"
    assert data["terms"][0]["kind"] == "nhiệm kỳ"
    json.dumps(data, ensure_ascii=False)  # serialisable as is


def test_json_round_trip() -> None:
    doc = _sample()
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc


@pytest.mark.parametrize(
    ("model", "kwargs"),
    [
        (Resolution, {"kind": "decree"}),
        (Indicator, {"value": 1.0, "role": "guess"}),
        (Locality, {"name": "X", "level": "xã", "tier": "village"}),
        (Term, {"start": 2020, "end": 2025, "kind": "năm"}),
        (Span, {"start": -1, "end": 2, "text": "ab"}),
        (Official, {"name": "A", "unknown_field": 1}),
    ],
)
def test_invalid_values_rejected(model: type, kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        model(**kwargs)  # type: ignore[operator]


def test_records_and_spans_iterate_all_kinds() -> None:
    doc = _sample()
    kinds = [k for k, _ in doc.records()]
    assert kinds == ["resolutions", "terms", "indicators"]
    assert [s.text for _, s in doc.spans()] == ["03-NQ/HU"]


def _load_export_script() -> Any:
    spec = importlib.util.spec_from_file_location("export_schema", ROOT / "scripts" / "export_schema.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_published_schema_is_current() -> None:
    script = _load_export_script()
    committed = (ROOT / "docs" / "schema" / "document.schema.json").read_text(encoding="utf-8")
    assert committed == script.schema_text(), "run `python scripts/export_schema.py` and commit the result"


def test_public_api_is_small_and_typed() -> None:
    assert callable(partyextract.extract)
    assert (Path(partyextract.__file__).parent / "py.typed").exists()
    for name in ("Document", "Span", "Resolution", "Term", "Indicator", "Locality", "Official"):
        assert hasattr(partyextract, name)


def test_built_records_behave_as_validated_ones() -> None:
    """`built` skips validation: its records must compare, copy, pickle and dump as validated ones."""
    import copy
    import pickle

    from partyextract.models import builder, built

    values = {"start": 3, "end": 11, "text": "03-NQ/HU"}
    fast, checked = built(Span, dict(values)), Span.model_validate(values)
    assert fast == checked and fast.model_dump_json() == checked.model_dump_json()
    assert fast.model_fields_set == checked.model_fields_set
    assert pickle.loads(pickle.dumps(fast)) == checked and copy.deepcopy(fast) == checked
    moved = fast.model_copy(update={"start": 4})
    assert moved.start == 4 and fast.start == 3
    assert built(Span, {"start": 1, "end": 2}).model_fields_set == {"start", "end"}  # not every field: model_construct
    quick = builder(Span)(dict(values))
    assert quick == checked and quick.model_fields_set == checked.model_fields_set
    quick.model_fields_set.add("extra")  # each record has a set of its own
    assert builder(Span)(dict(values)).model_fields_set == checked.model_fields_set
