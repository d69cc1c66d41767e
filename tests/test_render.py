"""render_html(): highlighted mentions, legend, record tables; escaped, well formed, self-contained."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from docbuilder import ARTICLE, make_doc, sample_doc
from hypothesis import given, settings
from hypothesis import strategies as st

import partyextract
from partyextract import Document, render_html
from partyextract.models import RECORD_KINDS, Locality, Span
from partyextract.render import COLOURS, LABELS, render_page

VOID = {"br", "meta", "hr", "img", "input", "link"}


class Page(HTMLParser):
    """Checks nesting, collects the highlighted text box's characters and the marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text_box: list[str] = []
        self.in_box = 0  # depth at which the text box started (0: outside)
        self.in_label = 0
        self.marks: list[dict[str, str | None]] = []
        self.tags: set[str] = set()
        self.attrs: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)
        if tag in VOID:
            return
        self.stack.append(tag)
        a = dict(attrs)
        if tag == "div" and "white-space:pre-wrap" in (a.get("style") or ""):
            self.in_box = len(self.stack)
        if self.in_box and tag == "mark":
            self.marks.append(a)
        if self.in_box and tag == "span":
            self.in_label = len(self.stack)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        if self.in_label == len(self.stack):
            self.in_label = 0
        if self.in_box == len(self.stack):
            self.in_box = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_box and not self.in_label:
            self.text_box.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert page.errors == [] and page.stack == [], (page.errors, page.stack)
    return page


def test_text_is_shown_whole_and_mentions_are_marked_by_kind() -> None:
    doc = sample_doc()
    page = parse(render_html(doc))
    assert "".join(page.text_box) == doc.text
    spans = list(doc.spans())
    assert len(page.marks) == len(spans)
    for (kind, _), mark in zip(sorted(spans, key=lambda ks: ks[1].start), page.marks, strict=True):
        assert mark["class"] == f"pe-{kind}"
        assert COLOURS[kind] in (mark["style"] or "")


def test_each_mention_is_labelled_and_has_a_tooltip() -> None:
    html = render_html(sample_doc())
    for kind in RECORD_KINDS:
        assert f">{LABELS[kind]}</span>" in html
    assert 'title="indicator: metric=tỷ lệ hộ nghèo, value=8.6, unit=%' in html


def test_legend_and_tables_list_every_kind_with_counts() -> None:
    doc = sample_doc()
    html = render_html(doc)
    for kind in RECORD_KINDS:
        n = len(getattr(doc, kind))
        assert f"{kind} <b>{n}</b>" in html  # legend
        assert f">{kind} ({n})</h4>" in html  # table heading
    assert "52\u202f300\u202f000" in html  # base_value in the indicators table, grouped by thin spaces
    assert "Bí thư Huyện ủy" in html  # positions


def test_metadata_is_shown() -> None:
    html = render_html(sample_doc())
    assert "Huyện Bình Liêu: kết quả thực hiện" in html
    assert ">none</i>" in html  # no url


def test_parts_can_be_switched_off() -> None:
    html = render_html(sample_doc(), tables=False, meta=False)
    assert "<h4" not in html and ">published<" not in html
    assert "pe-indicators" in html


def test_repr_html_is_render_html() -> None:
    doc = sample_doc()
    assert doc._repr_html_() == render_html(doc)


def test_everything_is_escaped() -> None:
    text = 'Tỉnh ủy <script>alert("x")</script> & "Huyện ủy" <b>Bình Liêu</b>\n'
    doc = make_doc(
        text,
        title='<img src=x onerror="alert(1)">',
        authors=["<i>Thu</i>"],
        localities=[
            (["<b>Bình Liêu</b>"], {"name": "<b>Bình Liêu</b>", "level": "huyện", "tier": "district"})
        ],
        officials=[(['"Huyện ủy"'], {"name": 'A" onmouseover="alert(1)', "positions": ["<u>x</u>"]})],
    )
    html = render_html(doc)
    page = parse(html)
    assert "".join(page.text_box) == text
    allowed = {
        "div",
        "table",
        "tr",
        "th",
        "td",
        "i",
        "b",
        "span",
        "mark",
        "h4",
        "thead",
        "tbody",
        "br",
        "small",
    }
    assert page.tags <= allowed
    assert page.attrs <= {"class", "style", "title"}
    assert "&lt;script&gt;" in html and "&lt;u&gt;x&lt;/u&gt;" in html


def test_self_contained() -> None:
    html = render_html(sample_doc())
    assert "<style" not in html and "<link" not in html and "<script" not in html
    assert "http" not in html.replace(sample_doc().text, "")


def test_nested_mentions_nest() -> None:
    text = "Thực hiện Nghị quyết Đại hội Đảng bộ huyện Tiên Yên lần thứ XXV, nhiệm kỳ 2020 - 2025."
    doc = make_doc(
        text,
        resolutions=[
            (["Nghị quyết Đại hội Đảng bộ huyện Tiên Yên lần thứ XXV"], {"kind": "congress", "ordinal": 25})
        ],
        localities=[(["huyện Tiên Yên"], {"name": "Tiên Yên", "level": "huyện", "tier": "district"})],
        terms=[(["nhiệm kỳ 2020 - 2025"], {"start": 2020, "end": 2025, "kind": "nhiệm kỳ"})],
    )
    html = render_html(doc, tables=False)
    page = parse(html)
    assert "".join(page.text_box) == text
    assert [m["class"] for m in page.marks] == ["pe-resolutions", "pe-localities", "pe-terms"]
    inner = html.index('class="pe-localities"')
    assert html.index('class="pe-resolutions"') < inner < html.index(">RES</span>")


def test_crossing_mentions_stay_well_formed() -> None:
    text = "Huyện ủy Bình Liêu ban hành nghị quyết."
    doc = Document(
        text=text,
        localities=[
            Locality(
                name="Bình Liêu",
                level="huyện",
                tier="district",
                mentions=[Span(start=0, end=18, text=text[:18])],
            ),
            Locality(name="x", level="xã", tier="commune", mentions=[Span(start=9, end=27, text=text[9:27])]),
        ],
    )
    page = parse(render_html(doc))
    assert "".join(page.text_box) == text


def test_empty_document() -> None:
    page = parse(render_html(Document(text="")))
    assert page.marks == []


def test_page_has_a_section_per_document() -> None:
    html = render_page([sample_doc(), Document(text="Tỉnh ủy <họp>")], ["bai-1.txt", "<bai-2>"])
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html
    parse(html.split("\n", 1)[1])
    assert html.count("<section") == 2 and "&lt;bai-2&gt;" in html
    with pytest.raises(ValueError):
        render_page([sample_doc()], ["a", "b"])


def test_real_extraction_renders() -> None:
    doc = partyextract.extract(ARTICLE)
    page = parse(render_html(doc))
    assert "".join(page.text_box) == doc.text


@st.composite
def docs_with_spans(draw: st.DrawFn) -> Document:
    text = draw(st.text(alphabet="ab <>&\"'\nđĐ", min_size=1, max_size=40))
    kinds: dict[str, list[Locality]] = {"localities": []}
    for _ in range(draw(st.integers(0, 6))):
        a = draw(st.integers(0, len(text) - 1))
        b = draw(st.integers(a + 1, len(text)))
        kinds["localities"].append(
            Locality(name="x", level="xã", tier="commune", mentions=[Span(start=a, end=b, text=text[a:b])])
        )
    return Document(text=text, **kinds)


@settings(max_examples=200)
@given(docs_with_spans())
def test_any_spans_give_well_formed_html_showing_the_whole_text(doc: Document) -> None:
    page = parse(render_html(doc, tables=False, meta=False))
    assert "".join(page.text_box) == doc.text
