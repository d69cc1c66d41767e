"""The output contract: Pydantic v2 models exactly as SPEC.md names them.

Field names, types and literal choices here are what users and the benchmark
rely on. Fields may be added; the named ones keep their name, type and meaning.
Every record carries the character spans of its mentions in `Document.text`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

ResolutionKind = Literal["code", "number", "congress", "plenum"]
System = Literal["party", "state"]
TermKind = Literal["nhiệm kỳ", "giai đoạn", "kế hoạch", "other"]
Role = Literal["actual", "target", "change", "plan_attainment"]
Tier = Literal["province", "district", "commune"]

RECORD_KINDS: tuple[str, ...] = ("resolutions", "terms", "indicators", "localities", "officials")


class _Model(BaseModel):
    # defer_build: validators and serializers are built on first use, not at import
    # (keeps `import partyextract` fast; behaviour is identical).
    model_config = ConfigDict(extra="forbid", validate_assignment=False, defer_build=True)


class Span(_Model):
    """A character interval of `Document.text`: `text[start:end] == span.text`."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    start: int = Field(ge=0, description="Offset of the first character (Python string index).")
    end: int = Field(ge=0, description="Offset one past the last character.")
    text: str = Field(description="The covered text, equal to Document.text[start:end].")


class Resolution(_Model):
    """One party or state document referred to in the article, all its mentions merged."""

    kind: ResolutionKind = Field(description="How it was referred to: full code, type and number, congress or plenum.")
    code: str | None = Field(None, description="Canonical code without spaces, 'Ð' read as 'Đ': '03-NQ/HU'.")
    system: System | None = Field(None, description="'party' (number-TYPE/ISSUER) or 'state' (number/TYPE-ISSUER).")
    number: str | None = Field(None, description="The number as written, leading zeros kept: '03'.")
    doc_type: str | None = Field(None, description="Type abbreviation: NQ, CT, QĐ, QĐi, KL, HD, KH, CTr ...")
    doc_type_name: str | None = Field(None, description="Full Vietnamese name of the type: 'Nghị quyết'.")
    issuer_code: str | None = Field(None, description="Issuer abbreviation from the code: TW, TU, HU, ĐU, CP, TTg ...")
    issuer_name: str | None = Field(None, description="Full Vietnamese name of the issuer code: 'Huyện ủy'.")
    year: int | None = Field(None, description="The year written inside a state code: 45/2019/QH14 -> 2019.")
    issued_on: dt.date | None = Field(None, description="The date stated with it.")
    issuer: str | None = Field(None, description="The body named with it: 'Ban Thường vụ Tỉnh ủy'.")
    title: str | None = Field(None, description="Its subject: the quoted text or the 'về ...' phrase.")
    implements: list[str] = Field(default_factory=list, description="Codes of documents it says it implements.")
    ordinal: int | None = Field(None, description="Congress ordinal (XXVIII -> 28) or plenum number.")
    tenure: int | None = Field(None, description="The 'khóa' of a plenum (khóa XII -> 12).")
    body: str | None = Field(None, description="Whose congress: 'Đảng bộ huyện Bình Liêu', 'toàn quốc'.")
    mentions: list[Span] = Field(default_factory=list, description="Every place it is referred to.")


class Term(_Model):
    """A span of years: 'nhiệm kỳ 2020-2025', 'giai đoạn 2021 - 2025'."""

    start: int = Field(description="First year.")
    end: int = Field(description="Last year.")
    kind: TermKind = Field("other", description="The word that introduces it.")
    tenure: int | None = Field(None, description="A 'khóa' written next to it: 'khóa XV, nhiệm kỳ 2021-2026' -> 15.")
    mentions: list[Span] = Field(default_factory=list)


class Indicator(_Model):
    """One number that measures or targets something (one record per quantity written)."""

    metric: str | None = Field(None, description="What is measured, as the article names it.")
    value: float = Field(description="The number as written, read with Vietnamese conventions.")
    unit: str | None = Field(None, description="The unit as written after the number: 'triệu đồng', '%/năm'.")
    base_value: float | None = Field(None, description="The value in the base unit, scale words applied.")
    base_unit: str | None = Field(None, description="VND, USD, %, tấn, ha, km ... or the counted noun.")
    total: float | None = Field(None, description="Denominator of a ratio: '14/17 chỉ tiêu' -> 17.")
    approx: str | None = Field(None, description="The hedge word: gần, trên, hơn, khoảng, ước, bình quân.")
    role: Role = Field("actual", description="actual, target, change or plan_attainment.")
    year: int | None = Field(None, description="The year it refers to.")
    compared_to: int | None = Field(None, description="The base year of a change: 'so với năm 2020' -> 2020.")
    value_max: float | None = Field(None, description="Upper end of a range ('từ 5 đến 7%' -> value 5, value_max 7).")
    alt_values: list[float] = Field(
        default_factory=list,
        description="Other readings of an ambiguous number in the base unit ('100,550' read English-style).",
    )
    mentions: list[Span] = Field(default_factory=list, description="The span of the quantity itself.")


class Successor(_Model):
    """The unit a locality became on 1 July 2025 (new codes)."""

    name: str
    level: str
    code: str | None = None


class Locality(_Model):
    """A Vietnamese administrative unit, resolved against the pre-reform gazetteer."""

    name: str = Field(description="Proper name without the level word: 'Bình Liêu'.")
    level: str = Field(description="Level word: tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn.")
    tier: Tier = Field(description="Tier before the 2025 reform.")
    code: str | None = Field(None, description="GSO code in the last pre-reform list (2, 3 or 5 digits).")
    province: str | None = Field(None, description="Name of its province (before the reform).")
    successor: Successor | None = Field(None, description="The unit it became on 1 July 2025.")
    successors: list[Successor] = Field(
        default_factory=list,
        description="Every unit its territory went to on 1 July 2025, the main one (`successor`) first.",
    )
    absorbed_by: str | None = Field(
        None, description="For a unit merged away before mid-2025: the GSO code of the unit that absorbed it."
    )
    mentions: list[Span] = Field(default_factory=list)


class Official(_Model):
    """A named person with a role in the story."""

    name: str = Field(description="Natural case, even when the text shouts it.")
    positions: list[str] = Field(default_factory=list, description="Positions as written.")
    mentions: list[Span] = Field(default_factory=list)


class Document(_Model):
    """Everything extracted from one article. Spans index `text`."""

    text: str = Field(description="The NFC-normalised input that every span indexes.")
    title: str | None = Field(None, description="The article's headline.")
    published: dt.date | None = Field(None, description="The article's own date.")
    authors: list[str] = Field(default_factory=list, description="Byline names in natural case.")
    outlet: str | None = Field(None, description="The publishing outlet: 'Báo Quảng Trị'.")
    url: str | None = Field(None, description="A source URL printed in the text.")
    resolutions: list[Resolution] = Field(default_factory=list)
    terms: list[Term] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    localities: list[Locality] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)

    def records(self) -> Iterator[tuple[str, BaseModel]]:
        """Yield `(kind, record)` for every record, kinds in SPEC order."""
        for kind in RECORD_KINDS:
            for rec in getattr(self, kind):
                yield kind, rec

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Yield `(kind, span)` for every mention of every record."""
        for kind, rec in self.records():
            for span in rec.mentions:  # type: ignore[attr-defined]
                yield kind, span

    def _repr_html_(self) -> str:
        from .render import render_html

        return render_html(self)

    def to_json(self, **kwargs: Any) -> str:
        """JSON text of `model_dump(mode="json")` (non-ASCII kept readable)."""
        return self.model_dump_json(**kwargs)


_ModelT = TypeVar("_ModelT", bound=BaseModel)
_SETATTR = object.__setattr__
_NEW = object.__new__
_NFIELDS: dict[type[BaseModel], int] = {}


def _slot_setter(name: str) -> Callable[[Any, Any], None]:
    """The setter of one of BaseModel's own slots, called directly (a third cheaper than
    `object.__setattr__`, which looks the name up on every call); that call when the slot is not there."""
    descriptor = BaseModel.__dict__.get(name)
    setter = getattr(descriptor, "__set__", None)
    if setter is None:
        return lambda obj, value: _SETATTR(obj, name, value)
    return setter  # type: ignore[no-any-return]


_SET_DICT = _slot_setter("__dict__")
_SET_FIELDS_SET = _slot_setter("__pydantic_fields_set__")
_SET_EXTRA = _slot_setter("__pydantic_extra__")
_SET_PRIVATE = _slot_setter("__pydantic_private__")


def built(cls: type[_ModelT], values: dict[str, Any]) -> _ModelT:
    """`cls.model_construct(**values)` without its per-field bookkeeping, for extractors.

    `values` must already hold the right types (the extractors build them; tests compare the
    records with validated ones). With every field given this is what `model_construct` does for
    a model without extras or private attributes, at a fraction of the cost; otherwise it is
    `model_construct` itself.
    """
    n = _NFIELDS.get(cls)
    if n is None:
        n = _NFIELDS[cls] = len(cls.model_fields)
    if len(values) != n:
        return cls.model_construct(**values)
    return _record(cls, values, set(values))


def _record(cls: type[_ModelT], values: dict[str, Any], fields_set: set[str]) -> _ModelT:
    """A record of `cls` holding `values` as they are (what `model_construct` sets, through the slots' setters)."""
    m: _ModelT = _NEW(cls)
    _SET_DICT(m, values)
    _SET_FIELDS_SET(m, fields_set)
    _SET_EXTRA(m, None)
    _SET_PRIVATE(m, None)
    return m


def builder(cls: type[_ModelT]) -> Callable[[dict[str, Any]], _ModelT]:
    """`built` for one class whose every field the values always give, for an extractor's hot loop
    (no lookup of the class, no count of the values: a record per mention adds up)."""
    fields = frozenset(cls.model_fields)

    def build(values: dict[str, Any]) -> _ModelT:
        return _record(cls, values, set(fields))

    return build
