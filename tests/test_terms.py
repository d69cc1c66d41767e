"""Spans of years, as labelled sentences written for the project (and the SPEC's non-terms)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from shortcuts import cases, texts

from partyextract import terms
from partyextract.models import Term
from partyextract.text import Text, in_url, normalize, outside_url


def _extract(s: str) -> list[Term]:
    return terms.extract(Text(normalize(s)))


TERMS = [
    # (sentence, [(start, end, kind, tenure)])
    ("Đảng bộ huyện nhiệm kỳ 2020-2025 đã đề ra ba khâu đột phá.", [(2020, 2025, "nhiệm kỳ", None)]),
    ("Nhiệm kỳ 2015 -2020, Ban Chấp hành đã tạo chuyển biến tích cực.", [(2015, 2020, "nhiệm kỳ", None)]),
    ("Lãnh đạo công tác quốc phòng địa phương giai đoạn 2021- 2025.", [(2021, 2025, "giai đoạn", None)]),
    ("Kết quả thực hiện nhiệm vụ chính trị 2015–2020 rất đáng ghi nhận.", [(2015, 2020, "other", None)]),
    ("Gắn với nhiệm vụ kế hoạch 5 năm (2016 - 2020) của tỉnh.", [(2016, 2020, "kế hoạch", None)]),
    ("Trong 5 năm (2016 - 2020), thu nhập bình quân tăng gấp đôi.", [(2016, 2020, "other", None)]),
    ("Từ năm 2016 đến năm 2020, toàn huyện giảm 3.000 hộ nghèo.", [(2016, 2020, "other", None)]),
    ("Giai đoạn từ năm 2016 đến năm 2020 là thời kỳ bứt phá.", [(2016, 2020, "giai đoạn", None)]),
    ("Sửa đổi Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XV, nhiệm kỳ 2015 - 2020.",
     [(2015, 2020, "nhiệm kỳ", 15)]),
    ("Đại biểu Quốc hội khóa XV (2021-2026) tiếp xúc cử tri.", [(2021, 2026, "other", 15)]),
    ("Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp, nhiệm kỳ 2021- 2026.",
     [(2021, 2026, "nhiệm kỳ", None)]),
    ("Trong nhiệm kỳ mới 2020-2025, Đảng bộ quyết tâm thực hiện mục tiêu.", [(2020, 2025, "nhiệm kỳ", None)]),
    ("Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025 được thông qua.",
     [(2021, 2025, "kế hoạch", None)]),
    ("Đề án phát triển du lịch giai đoạn 2021-2025, tầm nhìn đến năm 2030.",
     [(2021, 2025, "giai đoạn", None)]),
    ("So sánh hai giai đoạn 2011 - 2015 và 2016 - 2020 cho thấy tiến bộ rõ.",
     [(2011, 2015, "giai đoạn", None), (2016, 2020, "other", None)]),
    ("Kỷ niệm 90 năm Ngày thành lập Đảng (1930 - 2020) diễn ra trang trọng.", [(1930, 2020, "other", None)]),
    ("Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 thành công tốt đẹp.", [(2020, 2025, "nhiệm kỳ", None)]),
    ("Chương trình giai đoạn năm 2021 - năm 2025 được phê duyệt.", [(2021, 2025, "giai đoạn", None)]),
    ("Nhiệm kỳ 2020—2025 mở ra nhiều cơ hội mới.", [(2020, 2025, "nhiệm kỳ", None)]),
    ("Phong trào thi đua “Dân vận khéo” giai đoạn 2021-2025 được phát động.",
     [(2021, 2025, "giai đoạn", None)]),
    ("Từ 2016 đến 2020 tỉnh thu hút nhiều dự án.", [(2016, 2020, "other", None)]),
    ("Trong giai đoạn 2016 đến 2020, tỉnh giảm nghèo nhanh.", [(2016, 2020, "giai đoạn", None)]),
    ("Kết quả nhiệm kỳ từ năm 2015 đến năm 2020 rất khả quan.", [(2015, 2020, "nhiệm kỳ", None)]),
    ("Dự án chia làm hai giai đoạn: giai đoạn I (2021-2023) và giai đoạn II (2024-2025).",
     [(2021, 2023, "giai đoạn", None), (2024, 2025, "giai đoạn", None)]),
]


@pytest.mark.parametrize(("sentence", "want"), TERMS, ids=[s[:40] for s, _ in TERMS])
def test_terms(sentence: str, want: list[tuple[int, int, str, int | None]]) -> None:
    got = _extract(sentence)
    assert [(t.start, t.end, t.kind, t.tenure) for t in got] == want
    text = normalize(sentence)
    for t in got:
        for s in t.mentions:
            assert text[s.start : s.end] == s.text
            assert str(t.start) in s.text and str(t.end) in s.text


NOT_TERMS = [
    "Năm 2021, huyện hoàn thành 17/17 chỉ tiêu.",  # a single year
    "Phấn đấu đến năm 2025 có 100% xã đạt chuẩn nông thôn mới.",  # a deadline
    "Quy hoạch tỉnh được xây dựng với tầm nhìn đến năm 2050.",  # a vision year
    "Xây dựng huyện đạt chuẩn nông thôn mới trước năm 2025.",  # a deadline with "trước"
    "Điển hình như năm 2017 - năm đầu tiên thực hiện cam kết trách nhiệm.",  # dash then words, not a year
    "Từ tháng 3 - 5/2021, huyện tổ chức 12 lớp bồi dưỡng.",  # a month range
    "Số liệu từ 3/2020 - 5/2020 cho thấy tăng trưởng ổn định.",  # month/year pairs
    "Giai đoạn 2025 - 2020 bị ghi nhầm trong báo cáo.",  # decreasing
    "Số hiệu 1890-1920 không phải nhiệm kỳ.",  # out of range
    "Đường dây nóng: 0233 2021-2025 luôn sẵn sàng.",  # a phone number
    "Điện thoại: 2020-2025 (trực 24/24).",  # a phone number by its label
    "Xem chi tiết tại https://baoquangtri.vn/tin/ke-hoach-2021-2025.htm ngay hôm nay.",  # a URL
    "Theo Điều 3, khoản 2 của Luật số 45/2019/QH14, việc này do tỉnh quyết định.",  # codes, articles
    "Phấn đấu đạt đô thị loại II năm 2020 và loại I năm 2025.",  # ranks and single years
    "Doanh thu đạt 2.020-2.025 tỷ đồng mỗi năm.",  # money, not years
    "Tăng 2020-2025% so với cùng kỳ.",  # a percentage
]


@pytest.mark.parametrize("sentence", NOT_TERMS)
def test_not_terms(sentence: str) -> None:
    assert _extract(sentence) == []


def test_repeated_terms_merge_keeping_first_kind_and_any_tenure() -> None:
    text = ("Ngay từ đầu nhiệm kỳ 2015 - 2020, Huyện ủy ban hành các đề án. Chỉ tiêu của cả giai đoạn "
            "2015 - 2020 đã hoàn thành. Quy chế của Ban Chấp hành khóa XV, nhiệm kỳ 2015 - 2020 được sửa.")
    (t,) = _extract(text)
    assert (t.start, t.end, t.kind, t.tenure) == (2015, 2020, "nhiệm kỳ", 15)
    assert len(t.mentions) == 3


def test_nothing_from_page_chrome() -> None:
    text = "Đại hội nhiệm kỳ 2020-2025 thành công.\n\nCÁC TIN KHÁC\nTổng kết giai đoạn 2016-2020 (7/8/2020)\n"
    assert [(t.start, t.end) for t in _extract(text)] == [(2020, 2025)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Đảng bộ xã đề ra Kế hoạch\n2021-2025 thực hiện.", [(2021, 2025)]),  # a line broken after the lead
        ("Đảng bộ Gửi bình luận Kế hoạch\n2021-2025 ", []),  # the lead ends a comment box's line (chrome)
    ],
)
def test_a_lead_on_the_line_above_counts_unless_that_line_is_chrome(text: str, want: list[tuple[int, int]]) -> None:
    assert [(r.start, r.end) for r in _extract(text)] == want


def test_nothing_from_chrome_between_mentions_but_photo_captions_count() -> None:
    # the chrome ranges are walked beside the mentions: ranges before, between and after them; a photo caption is
    # article text (SPEC: the input holds "image captions, and page chrome")
    text = ("Menu | Trang chủ | Thời sự\nĐại hội nhiệm kỳ 2020-2025 thành công.\n"
            "Đại biểu dự Đại hội nhiệm kỳ 2015-2020. Ảnh: Lâm Thanh\n"
            "Kế hoạch giai đoạn 2021-2025 được thông qua.\n\nCÁC TIN KHÁC\nTổng kết giai đoạn 2016-2020\n")
    t = Text(normalize(text))
    got = terms.extract(t)
    assert [(r.start, r.end) for r in got] == [(2020, 2025), (2015, 2020), (2021, 2025)]
    assert t.in_caption(got[1].mentions[0].start, got[1].mentions[0].end)
    for r in got:
        for s in r.mentions:
            assert not t.in_chrome(s.start, s.end)


SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds is not present")
@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")) if SEEDS.exists() else [], ids=lambda p: p.stem)
def test_seed_spans_ground_and_avoid_chrome(path: Path) -> None:
    text = normalize(path.read_text(encoding="utf-8"))
    t = Text(text)
    for rec in terms.extract(t):
        for s in rec.mentions:
            assert text[s.start : s.end] == s.text
            assert not t.in_chrome(s.start, s.end)


_FRAGMENTS = [
    "nhiệm kỳ ", "2020", "-", " - ", "2025", "từ năm ", " đến năm ", "giai đoạn ", "khóa XV, ", "(", ")", "5 năm ",
    "ĐT: ", "0233.", "http://x.vn/", "/", ".", ",", "\n", "kế hoạch ", "1929", "2101", "%", "CÁC TIN KHÁC\n",
]


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40))
@settings(max_examples=200, deadline=None)
def test_any_mix_grounds_its_spans(parts: list[str]) -> None:
    text = normalize("".join(parts))
    t = Text(text)
    for rec in terms.extract(t):
        assert 1930 <= rec.start < rec.end <= 2100
        for s in rec.mentions:
            assert text[s.start : s.end] == s.text
            assert not t.in_chrome(s.start, s.end)


_YEARS_BITS = ["5", "12", " ", "năm", "NĂM", "Năm", "(", "\n", "x", "2020", "  "]


@given(st.lists(st.sampled_from(_YEARS_BITS), max_size=12))
@settings(max_examples=300, deadline=None)
def test_years_only_guard_keeps_every_match(parts: list[str]) -> None:
    # `_YEARS_ONLY` is tried only where the guard holds: it must hold wherever the pattern matches
    v = "".join(parts)
    if terms._YEARS_ONLY.search(v, 0, len(v)):
        assert terms._years_only_may(v, 0, len(v))



# --- shortcuts in front of `_RANGE`: wherever it matches, the shortcut says it may -------------------------------
# Text from bits that exercise `_RANGE` (years, dashes, "đến"/"tới" in several cases, blanks, digits,
# punctuation, Vietnamese letters) and whole positive examples (also checked one by one); `event` reports
# the share of examples where `_RANGE` matches.

_RANGE_POSITIVES = ["2015-2020", "2015 - 2020", "giai đoạn 2016 đến 2020", "từ 2020 tới hết năm 2025",
                    "2020  -  năm 2025", "1999 đến 2001", "nhiệm kỳ 2020 -2025"]
_RANGE_BITS = [
    "19", "20", "21", "2015", "2020", "1999", "2100", "5", "-", " - ", "  -  ", " -", "- ", " đến ", " ĐẾN ", " Đến ",
    " tới ", " Tới ", " TỚI ", " tới hết ", " đến  Hết ", "năm ", "Năm ", "NĂM ", " ", ".", ",", "/", "%", "x", "ạ",
    "từ ", "giai đoạn ", "\n",
]
_ranges = st.lists(
    st.tuples(
        st.one_of(
            st.sampled_from(_RANGE_BITS),
            st.sampled_from(sorted({f(x) for x in _RANGE_POSITIVES for f in (str, str.upper, str.title)})),
        ),
        st.sampled_from(["", "", " ", ", ", ". "]),
    ),
    max_size=8,
).map(lambda ps: "".join(a + b for a, b in ps))


def _range_matches(v: str) -> list[int]:
    starts = [p for p in range(len(v)) if terms._RANGE.match(v, p)]
    event(f"_RANGE matches: {bool(starts)}")
    return starts


@given(_ranges)
def test_to_words_join_every_worded_range(v: str) -> None:
    """`_TO_WORDS` (searched for in the case folding) is the word of every `_RANGE` match joined by words."""
    tos = [to for p in _range_matches(v) for to in [terms._RANGE.match(v, p).group(terms._RANGE_TO)] if to]
    event(f"joined by a word: {bool(tos)}")
    for to in tos:
        assert to.strip(" ").lower().startswith(terms._TO_WORDS), (v, to)


@given(_ranges)
def test_range_starts_keep_every_range(v: str) -> None:
    """Every `_RANGE` match starts where `_range_starts` says one may (with the case folding and without)."""
    t = Text(v)
    folded = t.lowered if t.folds_simply else None
    with_folded, without = set(terms._range_starts(v, folded)), set(terms._range_starts(v, None))
    for p in _range_matches(v):
        assert p in with_folded and p in without, (v, p)


@given(_ranges)
def test_range_ends_give_the_plain_range_end(v: str) -> None:
    """Where the dash scan gives a start, it gives the end of `_PLAIN_RANGE`'s match there, or 0 where it does not
    match; the word scans give 0."""
    t = Text(v)
    if not t.folds_simply:
        return
    for s, end in terms._range_ends(v, t.lowered):
        plain = terms._PLAIN_RANGE.match(v, s)
        assert end == (plain.end() if plain else 0), (v, s, end)
        if end:
            event("a plain range")


@pytest.mark.parametrize(
    ("v", "ends"),
    [
        ("nhiệm kỳ 2020-2025", [(9, 18)]),
        ("2015  - 2020 và 2021 -2026", [(0, 12), (16, 26)]),
        ("2015 - 20٢٠", [(0, 0)]),  # (not ASCII digits: `_RANGE` decides)
        ("từ 2016   đến 2020, 2016 Tới 2020", [(3, 0), (20, 0)]),
    ],
)
def test_range_ends_examples(v: str, ends: list[tuple[int, int]]) -> None:
    assert terms._range_ends(v, v.lower()) == ends


@pytest.mark.parametrize("v", [*_RANGE_POSITIVES, "GIAI ĐOẠN 2016 ĐẾN 2020", "Từ 2020 Tới Hết Năm 2025"])
def test_range_starts_positive_examples(v: str) -> None:
    """Hand-written ranges: `_RANGE` matches and both shortcuts see them."""
    starts = [p for p in range(len(v)) if terms._RANGE.match(v, p)]
    assert starts
    assert set(starts) <= set(terms._range_starts(v, v.lower()))
    for p in starts:
        to = terms._RANGE.match(v, p).group(terms._RANGE_TO)
        assert to is None or to.strip().lower().startswith(terms._TO_WORDS)


# --- the quick lead: where `_lead_before` reads a lead, the patterns it stands for find the same ------------------

_LEAD_POSITIVES = [
    "nhiệm kỳ ", "nhiệm kì ", "giai đoạn ", "kế hoạch ", "nhiệm kỳ mới ", "giai đoạn tiếp theo ", "kế hoạch 5 năm (",
    "nhiệm kỳ tới 10 năm (", "kế hoạch hiện nay ", "khóa XV, nhiệm kỳ ", "Đường dây nóng nhiệm kỳ ",
]
_LEAD_BITS = [
    " ", "  ", "\u00a0", "\t", "\n", "(", ",", ":", "x", "ạ", "5", "12", "100", "٥", "II", "I", "đt", "hệ",
    *cases("nhiệm kỳ", "giai đoạn", "kế hoạch", "mới", "cuối", "trước", "qua", "năm", "năm (", "tiếp theo", "liên hệ"),
]
_RANGE_TAILS = [
    "2020-2025", "2016 - 2020", "2020  -2025", "2020-2025)", "2020 -  2025).", "2020-2025…", "2020-20255", "2020-2025%",
    "2020-2025.vn", "2020-2025:", "2020 - năm 2025", "2020-2025 ", "2020-2025\n", "2020-2025,x", "2020-٢٠٢٥",
]


@given(texts(_LEAD_BITS, _LEAD_POSITIVES), st.sampled_from(_RANGE_TAILS))
def test_lead_before_reads_what_the_patterns_find(lead: str, tail: str) -> None:
    """Where `_lead_before` reads a lead before a range, `_kind_and_start` finds that kind and start, no phone label
    precedes, a bracket opens in it as it says, `_PLAIN_RANGE` matches as `_RANGE` does and `_clear_after` keeps
    the range out of any URL."""
    lead = normalize(lead)
    t = Text(lead + tail)
    v, s = t.view, len(lead)
    quick = terms._lead_before(t.lowered, s) if t.folds_simply else None
    event(f"quick lead: {quick is not None}")
    if quick is None:
        return
    kind, start, bracket = quick
    assert terms._kind_and_start(v, s, t.lowered) == (kind, start), (lead, tail)
    assert not terms._PHONE_CONTEXT.search(v, max(0, s - 30), s), (lead, tail)
    assert (v.count("(", start, s) > v.count(")", start, s)) == bracket, (lead, tail)
    m = terms._RANGE.match(v, s)
    plain = terms._PLAIN_RANGE.match(v, s)
    event(f"plain range: {plain is not None}")
    if plain is not None:
        assert m is not None and m.span() == plain.span() and not m.group(terms._RANGE_TO), (lead, tail)
    if m is not None and terms._clear_after(v, m.end()):
        assert outside_url(v, s, m.end()) or not in_url(v, s, m.end()), (lead, tail)


@pytest.mark.parametrize("lead", _LEAD_POSITIVES)
def test_lead_before_positive_examples(lead: str) -> None:
    """Hand-written leads: `_lead_before` reads each, as `_kind_and_start` does."""
    for form in cases(lead):
        t = Text(form + "2020-2025")
        quick = terms._lead_before(t.lowered, len(form))
        assert quick is not None and quick[:2] == terms._kind_and_start(t.view, len(form), t.lowered), form


_DASH_TAILS = [
    *_RANGE_TAILS, "2020-2025…đã", "2020-2025…x.vn", "2020-2025. ", "2020-2025.\n", "2020-2025:x", "2020-2025?",
]


@given(texts(_LEAD_BITS, _LEAD_POSITIVES), st.sampled_from(_DASH_TAILS), st.sampled_from(["", " ", "x", "a" * 299]))
def test_dash_scan_reads_the_common_mention_as_extract_did(lead: str, tail: str, more: str) -> None:
    """Where the dash scan says the common mention is there, a lead of `_LEADS_BEFORE` lies right before the range,
    `_PLAIN_RANGE` matches there and the range lies in no URL (what extract read from them before the scan did)."""
    t = Text(normalize(lead + tail + more))
    if not t.folds_simply:
        return
    v, folded = t.view, t.lowered
    for s, end, kind, length in terms._range_hits(v, folded):
        event(f"common mention: {kind is not None}")
        if kind is None:
            continue
        assert terms._LEADS_BEFORE.get(folded[s - length : s]) == kind, (v, s)
        plain = terms._PLAIN_RANGE.match(v, s)
        assert plain is not None and plain.end() == end, (v, s)
        assert not in_url(v, s, end), (v, s)

