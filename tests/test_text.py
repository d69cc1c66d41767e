"""The shared text mechanics: input checks, NFC, the same-length matching view,
mapping spans back to a non-NFC original, page chrome and sentence windows."""

from __future__ import annotations

import itertools
import time
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import partyextract
from partyextract import InputError, to_original
from partyextract.models import Span
from partyextract.text import (
    _VIEW_CHARS,
    _VIEW_TABLE,
    Text,
    in_url,
    matching_view,
    normalize,
    original_offsets,
    outside_url,
    timeout_for,
)

# ---------------------------------------------------------------------------
# Input checks and NFC

NFD_SENTENCE = unicodedata.normalize("NFD", "Đồng chí Nguyễn Văn Út, Phó Bí thư Thường trực Tỉnh ủy")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Huyện ủy", "Huyện ủy"),
        (NFD_SENTENCE, unicodedata.normalize("NFC", NFD_SENTENCE)),
        ("Hue\u0302\u0323", "Huệ"),  # marks in non-canonical order
        ("Tỉnh ủy".encode(), "Tỉnh ủy"),
        (b"\xef\xbb\xbfT\xe1\xbb\x89nh", "Tỉnh"),  # UTF-8 with a BOM
        (bytearray("Đảng".encode()), "Đảng"),
        (memoryview("xã".encode()), "xã"),
        ("a\x00b\r\nc", "a\x00b\r\nc"),  # kept as is: only NFC changes the text
    ],
)
def test_normalize_returns_the_nfc_text(raw: object, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["Huyện ủy"], {"text": "x"}, object()])
def test_normalize_rejects_non_text_with_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="expects the article text as str"):
        normalize(bad)


@pytest.mark.parametrize(
    ("bad", "match"),
    [
        (b"\xff\xfe\x00", "not valid UTF-8"),
        (b"Hu\xe1\xbb", "not valid UTF-8"),  # truncated sequence
        ("Tỉnh ủy".encode("utf-16"), "not valid UTF-8"),
        ("Đảng".encode("cp1258", errors="replace"), "not valid UTF-8"),
        ("ab\udcff", "lone surrogate"),
    ],
)
def test_normalize_rejects_unreadable_text_with_input_error(bad: object, match: str) -> None:
    with pytest.raises(InputError, match=match) as info:
        normalize(bad)
    assert isinstance(info.value, ValueError)


# ---------------------------------------------------------------------------
# The matching view


@pytest.mark.parametrize(
    ("raw", "view"),
    [
        ("a\u00a0b", "a b"),
        ("a\u200bb\u200dc\ufeffd", "a b c d"),
        ("03\u2013NQ/TU", "03-NQ/TU"),
        ("05 \u2014 CT/TW", "05 - CT/TW"),
        ("\u201cgiai đoạn\u201d", '"giai đoạn"'),
        ("\u2018x\u2019", "'x'"),
        ("QÐ-TTg", "QĐ-TTg"),
        ("ðảng", "đảng"),
        ("a\r\nb", "a \nb"),
        ("a\rb", "a\nb"),
        ("a\x00b\x07c", "a b c"),
        ("a\tb", "a b"),
        ("a\u2028b\u2029c\x85d", "a\nb\nc\nd"),
        ("Nghị quyết", "Nghị quyết"),
    ],
)
def test_matching_view_maps_one_character_to_one(raw: str, view: str) -> None:
    assert matching_view(raw) == view


@given(st.text())
def test_matching_view_keeps_the_length(s: str) -> None:
    assert len(matching_view(s)) == len(s)
    t = Text(unicodedata.normalize("NFC", s))
    assert len(t.view) == len(t.text) == len(t)


view_chars = st.sampled_from([*sorted(_VIEW_CHARS), "\r\n", "a", "Đ", " ", "\n"]) | st.characters()


@given(st.lists(view_chars, max_size=200).map("".join))
def test_matching_view_applies_the_table(s: str) -> None:
    # ... and makes a line break that wraps a sentence a space (nothing else differs)
    view, table = matching_view(s), s.replace("\r\n", " \n").translate(_VIEW_TABLE)
    assert len(view) == len(table)
    assert all(a == b or (a, b) == (" ", "\n") for a, b in zip(view, table, strict=True))
    assert view == table or len(s) > 40


_LONG = "Ủy ban Kiểm tra các cấp trong Đảng bộ huyện đã kiểm tra"  # a line long enough to be wrapped


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        (f"{_LONG} 35 tổ\nchức đảng.", True),  # a wrap before a lower-case word
        (f"{_LONG}, nộp bổ sung 45,2 triệu\nđồng.", True),
        (f"{_LONG}, thu nhập đạt 42,5 triệu\nđồng/người/năm.", True),  # a unit cut before its '/'
        (f"{_LONG} và đồng chí Trần Văn Thắng,\nỦy viên Ban Thường vụ.", True),  # after a comma
        (f"{_LONG} 35 tổ chức đảng.\nchức năng", False),  # a full stop ends the line
        (f"{_LONG} 35 tổ chức đảng\nChi bộ", False),  # a capital opens the next line
        (f"{_LONG} của Huyện ủy\nsoctrang.dcs.vn | Trang thông tin", False),  # a domain opens a banner
        ("Tin liên quan\nchức năng", False),  # a short line: a heading or a list item
        (f"{_LONG} 35 tổ\n\nchức đảng", False),  # a blank line between paragraphs
    ],
)
def test_a_line_break_that_wraps_a_sentence_reads_as_a_space(raw: str, joined: bool) -> None:
    i = raw.index("\n")
    assert (matching_view(raw)[i] == " ") is joined
    assert Text(raw).view == matching_view(raw)


def test_timeout_budget_grows_with_the_text() -> None:
    assert timeout_for("") >= 1.0
    assert timeout_for(10_000_000) > timeout_for(1_000_000) > timeout_for(1_000)
    assert timeout_for("x" * 1000) == timeout_for(1000)


# ---------------------------------------------------------------------------
# Mapping spans back to the caller's original string

ORIGINALS = [
    NFD_SENTENCE,
    unicodedata.normalize("NFD", "Nghị quyết số 03-NQ/HU ngày 5/5/2021 của Huyện ủy Bình Liêu"),
    "Thu nhập đạt 55,61 triệu đồng",  # already NFC
    "Ba\u0300i ca\u0309 Ha\u0300 Nô\u0323i",  # half composed, half not
    "\u0301đầu tiên",  # a text that starts with a combining mark
    "\u1100\u1161\u11a8 Hangul jamo",  # composes to one syllable
    "\u0b47\u0b3e Oriya vowel sign",  # two starters that compose
    "\u212b Angstrom sign",  # singleton decomposition
]


@pytest.mark.parametrize("original", ORIGINALS)
def test_original_offsets_cover_the_nfc_text(original: str) -> None:
    nfc = unicodedata.normalize("NFC", original)
    m = original_offsets(original)
    assert len(m) == len(nfc) + 1
    assert m[0] == 0 and m[-1] == len(original)
    assert all(a <= b for a, b in itertools.pairwise(m))


@pytest.mark.parametrize("original", ORIGINALS)
def test_to_original_maps_every_word_back(original: str) -> None:
    nfc = unicodedata.normalize("NFC", original)
    words = []
    pos = 0
    for w in nfc.split(" "):
        words.append(Span(start=pos, end=pos + len(w), text=w))
        pos += len(w) + 1
    for span, (a, b) in zip(words, to_original(words, original), strict=False):
        assert unicodedata.normalize("NFC", original[a:b]) == span.text


def test_to_original_rejects_a_span_outside_the_text() -> None:
    with pytest.raises(ValueError, match="outside"):
        to_original([Span(start=0, end=99, text="x")], "ngắn")


@pytest.mark.parametrize(
    ("spans", "original", "message"),
    [
        ([Span(start=0, end=1, text="a")], b"abc", "original text as str"),
        ([Span(start=0, end=1, text="a")], None, "original text as str"),
        ([(0, 1)], "abc", "expects Span objects"),
    ],
)
def test_to_original_rejects_wrong_types(spans: list[object], original: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        to_original(spans, original)  # type: ignore[arg-type]


def test_to_original_on_an_extracted_decomposed_article() -> None:
    original = unicodedata.normalize(
        "NFD",
        "Huyện ủy Tiên Yên ban hành Nghị quyết số 03-NQ/HU ngày 5/5/2021 về phát triển kinh tế "
        "giai đoạn 2021-2025; thu nhập bình quân đầu người đạt 55,61 triệu đồng.\n",
    )
    doc = partyextract.extract(original)
    spans = [s for _, s in doc.spans()]
    for span, (a, b) in zip(spans, to_original(spans, original), strict=False):
        assert unicodedata.normalize("NFC", original[a:b]) == span.text


letters_with_marks = st.lists(
    st.sampled_from(["a", "e", "o", "u", "y", "Đ", " ", "\n", "1", "-", "/"])
    | st.sampled_from(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"]),
    max_size=80,
).map("".join)


@given(st.one_of(letters_with_marks, st.text(max_size=80)))
def test_original_offsets_is_a_monotone_cover(original: str) -> None:
    nfc = unicodedata.normalize("NFC", original)
    m = original_offsets(original)
    assert len(m) == len(nfc) + 1
    assert m[0] == 0 and m[-1] == len(original)
    assert all(a <= b for a, b in itertools.pairwise(m))


@given(letters_with_marks)
def test_to_original_round_trips_words(original: str) -> None:
    nfc = unicodedata.normalize("NFC", original)
    spans = []
    pos = 0
    for w in nfc.split(" "):
        if w:
            spans.append(Span(start=pos, end=pos + len(w), text=w))
        pos += len(w) + 1
    for span, (a, b) in zip(spans, to_original(spans, original), strict=False):
        assert unicodedata.normalize("NFC", original[a:b]) == span.text


def test_original_offsets_is_fast_on_a_long_decomposed_text() -> None:
    original = unicodedata.normalize("NFD", "Đảng bộ huyện Bình Liêu có 2.400 đảng viên. " * 20_000)  # ~1 MB
    original_offsets("e\u0301")  # build the table once
    start = time.perf_counter()
    m = original_offsets(original)
    assert time.perf_counter() - start < 5
    assert len(m) == len(unicodedata.normalize("NFC", original)) + 1


# ---------------------------------------------------------------------------
# Lines, chrome and sentences

PAGE = """Trang chủ
Thứ Hai, 12/04/2021 08:15 (GMT +7)
Huyện ủy Tiên Yên tổng kết công tác xây dựng Đảng năm 2020
Năm 2020, Đảng bộ huyện kết nạp 120 đảng viên. Thu nhập bình quân đạt 55,6 triệu đồng! TP. Hạ Long dẫn đầu.
Ảnh: Minh Hằng
Đồng chí Vi Ngọc Bích, Bí thư Huyện ủy, phát biểu... Các cấp ủy cần tiếp tục cố gắng.
Bình luận (0)
Gửi bình luận
Lượt truy cập: 18273645
TIN LIÊN QUAN
Bình Liêu ra quân trồng rừng (10/01/2021)
Đầm Hà tổng kết công tác năm 2020 (09/01/2021)
"""

CHROME = [
    "Trang chủ",
    "Thứ Hai, 12/04/2021 08:15 (GMT +7)",
    "Ảnh: Minh Hằng",
    "Bình luận (0)",
    "Gửi bình luận",
    "Lượt truy cập: 18273645",
    "TIN LIÊN QUAN",
    "Bình Liêu ra quân trồng rừng (10/01/2021)",
]
BODY = [
    "Huyện ủy Tiên Yên tổng kết công tác xây dựng Đảng năm 2020",
    "Năm 2020, Đảng bộ huyện kết nạp 120 đảng viên.",
    "Đồng chí Vi Ngọc Bích, Bí thư Huyện ủy, phát biểu",
]


@pytest.fixture(scope="module")
def page() -> Text:
    return Text(PAGE)


@pytest.mark.parametrize("line", CHROME)
def test_chrome_lines_are_chrome(page: Text, line: str) -> None:
    start = PAGE.index(line)
    assert page.in_chrome(start, start + len(line))


@pytest.mark.parametrize("line", BODY)
def test_body_lines_are_not_chrome(page: Text, line: str) -> None:
    start = PAGE.index(line)
    assert not page.in_chrome(start, start + len(line))


def test_chrome_ranges_are_sorted_and_disjoint(page: Text) -> None:
    assert page.chrome == sorted(page.chrome)
    assert all(b <= c for (_, b), (c, _) in zip(page.chrome, page.chrome[1:], strict=False))


def test_lines_cover_the_text(page: Text) -> None:
    assert "\n".join(PAGE[a:b] for a, b in page.lines) == PAGE


def test_sentences_are_stripped_windows_outside_chrome(page: Text) -> None:
    sentences = [PAGE[a:b] for a, b in page.sentences]
    assert "Năm 2020, Đảng bộ huyện kết nạp 120 đảng viên." in sentences
    assert "Thu nhập bình quân đạt 55,6 triệu đồng!" in sentences
    assert "TP. Hạ Long dẫn đầu." in sentences  # "TP." is an abbreviation, not an end
    assert "Đồng chí Vi Ngọc Bích, Bí thư Huyện ủy, phát biểu..." in sentences  # an ellipsis before a capital
    for a, b in page.sentences:
        assert PAGE[a:b] == PAGE[a:b].strip() != ""
        assert not page.in_chrome(a, b)
        assert "\n" not in PAGE[a:b]


def test_sentence_at_returns_the_window_holding_a_position(page: Text) -> None:
    pos = PAGE.index("55,6")
    a, b = page.sentence_at(pos)
    assert a <= pos < b and PAGE[a:b].startswith("Thu nhập")
    pos = PAGE.index("Lượt truy cập")  # in chrome: the line
    assert PAGE[slice(*page.sentence_at(pos))] == "Lượt truy cập: 18273645"


def test_crlf_text_has_the_same_lines_and_sentences() -> None:
    unix, dos = Text(PAGE), Text(PAGE.replace("\n", "\r\n"))
    assert [unix.text[a:b] for a, b in unix.sentences] == [dos.text[a:b] for a, b in dos.sentences]

    def chrome_lines(t: Text) -> list[str]:
        return [t.text[a:b].strip() for a, b in t.lines if t.in_chrome(a, b) and t.text[a:b].strip()]

    assert chrome_lines(unix) == chrome_lines(dos)


# underthesea's own splitter is the reference for the sentence rules.
splitter_text = st.lists(
    st.sampled_from([*list("aAbĐđ1 .?!\t\n…"), "tp.", "TS.", "e.g.", "Th.S", "...", "1.500", " Ông", "\xa0"]),
    max_size=60,
).map("".join)


@given(splitter_text, st.integers(0, 5), st.integers(0, 5))
def test_sentence_rules_match_underthesea(s: str, cut_left: int, cut_right: int) -> None:
    from underthesea import sent_tokenize

    from partyextract.text import _splitter

    lo, hi = min(cut_left, len(s)), max(min(cut_left, len(s)), len(s) - cut_right)
    got = [s[a:b] for a, b in _splitter()(s, lo, hi)]
    assert got == sent_tokenize(s[lo:hi])


DOTTED_RUNS = ["a." * 100_000, "Đ." * 100_000, "." * 200_000, "?!" * 100_000, "1." * 100_000]


@pytest.mark.parametrize("run", DOTTED_RUNS, ids=["a.", "Đ.", "dots", "?!", "1."])
def test_sentences_take_linear_time_on_dotted_runs(run: str) -> None:
    # underthesea's splitter walks back over the whole run at every dot: minutes on 200 kB
    t = Text(run)
    start = time.perf_counter()
    windows = t.sentences
    assert time.perf_counter() - start < 5
    assert all(run[a:b].strip() for a, b in windows)


def test_view_scan_tells_the_case_folding() -> None:
    # one scan gives the view and, when no character may fold otherwise, `folds_simply` without a folding
    from partyextract.text import _view_and_folding

    for cp in range(0x3100):
        for s in (chr(cp), "Ab" + chr(cp) + "\r\nx", "ΑΣ" + chr(cp), chr(cp) + "Σ b"):
            view, odd = _view_and_folding(s)
            assert view == matching_view(s)
            assert odd or (len(view.lower()) == len(view) and view.lower() == view.casefold())
    for s in ("Giáo dục – “Hà Nội”\u00a0ß", "ΑΣ", "İstanbul", "Nghị quyết 03-NQ/TU", "ﬁ", "Cherokee Ꭰ", "中文"):
        view = matching_view(s)
        assert Text(s).folds_simply == (len(view.lower()) == len(view) and view.lower() == view.casefold())


@pytest.mark.parametrize("s", ["", "a", "\n", "a\n\nb\n", "x\r\ny\u2028z\u0085", " \n \n"])
def test_lines_found_with_the_chrome_are_every_line(s: str) -> None:
    view = matching_view(s)
    starts = [0] + [i + 1 for i, c in enumerate(view) if c == "\n"]
    ends = [i for i, c in enumerate(view) if c == "\n"] + [len(view)]
    assert Text(s).lines == list(zip(starts, ends, strict=True))


@given(st.text(alphabet="ab \t\n\r\x1c\x1f\x85\xa0\u2028\u3000\u200b", max_size=40))
def test_content_lines_are_the_lines_stripped_of_regex_blanks(s: str) -> None:
    # page_ranges strips with str.strip: on a view, the same as stripping `regex`'s `\s`
    import regex

    t = Text(s)
    want = []
    for a, b in t.lines:
        m = regex.match(r"\s*(.*?)\s*$", t.view[a:b], regex.DOTALL)
        assert m is not None
        if m.group(1):
            want.append((a + m.start(1), a + m.end(1)))
    assert t.content_lines == want


_DOTTED = st.sampled_from(["tp", "TS", "a", "1", ".", " ", "(", "\t", "ubnd", "x" * 25])


@given(st.lists(_DOTTED, max_size=30).map("".join))
def test_abbreviation_look_agrees_with_the_walk_back(s: str) -> None:
    # the word before a dot read from the space before it, as the walk back over letters and dots reads it
    from partyextract.text import _Punkt, _splitter

    punkt = _splitter()
    if not isinstance(punkt, _Punkt):
        pytest.skip("underthesea's splitter in use")
    for lo in range(len(s) + 1):
        for pos in range(lo, len(s)):
            i, stop = pos - 1, max(lo - 1, pos - 2 - punkt.longest)
            while i > stop and (s[i].isalnum() or s[i] == "."):
                i -= 1
            longer = i == stop and i >= lo and (s[i].isalnum() or s[i] == ".")
            word = s[i + 1 : pos]
            want = not longer and bool(word) and word.lower() in punkt.abbrevs
            assert punkt._abbreviation_before(s, pos, lo) == want


_URL_BITS = ["03-NQ/HU", "2016 - 2020", " ", "\n", "(", ")", ",", ";", ".", ":", "vn", "www", "http", "/", "a", "đến"]


@given(st.lists(st.sampled_from(_URL_BITS), max_size=16), st.lists(st.sampled_from(_URL_BITS), max_size=16))
def test_outside_url_is_never_wrong(before: list[str], after: list[str]) -> None:
    # the cheap test only ever says what `in_url` says: a mention (a code, a range) with it true lies in no URL
    head = "".join(before)
    mid = "".join(after[:3]) or "03-NQ/HU"
    v = head + mid + "".join(after[3:])
    a, b = len(head), len(head) + len(mid)
    if outside_url(v, a, b):
        assert not in_url(v, a, b)


def test_a_hard_wrapped_paragraph_gives_the_records_of_the_unwrapped_one() -> None:
    import partyextract

    wrapped = (
        "Năm 2023, Ủy ban Kiểm tra Huyện ủy Đô Lương đã kiểm tra 5 tổ\n"
        "chức đảng và 8 đảng viên; yêu cầu các chi bộ nộp bổ sung 45,2 triệu\n"
        "đồng đảng phí. Phát biểu tại hội nghị, đồng chí Trần Đình Thắng,\n"
        "Bí thư Huyện ủy Đô Lương yêu cầu tăng cường giám sát thường xuyên 12\n"
        "chi bộ trong năm.\n"
    )
    flat = wrapped.replace("\n", " ")

    def records(text: str) -> tuple[object, ...]:
        doc = partyextract.extract(text)
        return (
            sorted((i.value, i.base_unit) for i in doc.indicators),
            [(o.name, o.positions) for o in doc.officials],
            [(loc.name, loc.level) for loc in doc.localities],
        )

    assert records(wrapped) == records(flat)
    assert (45_200_000.0, "VND") in [(i.base_value, i.base_unit) for i in partyextract.extract(wrapped).indicators]


_WRAPPED_PAGE = (
    "An Nhơn sau một năm thực hiện nghị quyết của Đảng bộ thị xã nhiệm kỳ mới\n"
    "Cập nhật ngày: 26/11/2021 - 08:10\n\n"
    "Một năm thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thị xã An\n"
    "Nhơn lần thứ XXII, nhiệm kỳ 2020 - 2025, dù chịu tác động nặng nề của\n"
    "dịch bệnh, kinh tế của thị xã vẫn giữ được đà tăng trưởng khá ổn định,\n"
    "thu ngân sách trên địa bàn ước đạt 512 tỷ đồng, vượt dự toán tỉnh giao\n"
    "và Đảng bộ thị xã kết nạp được 236 đảng viên mới trong năm qua.\n"
)


def test_a_name_cut_by_a_wrap_reads_whole_in_a_text_wrapped_throughout() -> None:
    """"thị xã An\nNhơn lần thứ XXII": a capital after the break, inside a paragraph wrapped throughout."""
    import partyextract

    view = Text(_WRAPPED_PAGE).view
    assert "thị xã An Nhơn lần thứ XXII" in view
    # the headline and the date line under it stay lines: the break after the headline is in no wrapped paragraph
    assert view.startswith("An Nhơn sau một năm thực hiện nghị quyết của Đảng bộ thị xã nhiệm kỳ mới\nCập nhật")
    doc = partyextract.extract(_WRAPPED_PAGE)
    assert [(r.kind, r.ordinal) for r in doc.resolutions] == [("congress", 22)]
    assert doc.title == "An Nhơn sau một năm thực hiện nghị quyết của Đảng bộ thị xã nhiệm kỳ mới"
    # with fewer wrapped breaks in the text, a capital after a break opens a line as before
    few = "Một năm thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thị xã An\nNhơn lần thứ XXII.\n"
    assert "\nNhơn" in Text(few).view


def test_a_wrap_reads_as_a_space_after_a_windows_line_end_too() -> None:
    raw = f"{_LONG} 35 tổ\r\nchức đảng."
    assert "tổ  chức đảng" in matching_view(raw)


_WRAPPED_REPORT = (
    "Báo cáo sơ kết công tác xây dựng Đảng sáu tháng đầu năm 2023\n"
    "Trong sáu tháng đầu năm, Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ đạo các cấp ủy\n"
    "quán triệt và thực hiện nghiêm túc Chỉ thị số 05-\n"
    "CT/TW của Bộ Chính trị gắn với các nhiệm vụ chính trị trọng tâm của huyện, tập\n"
    "trung xây dựng nông thôn mới nâng cao, kiểu mẫu theo kế hoạch giai đoạn 2021 -\n"
    "2025, triển khai đồng bộ các giải pháp, bảo đảm tiến độ và chất lượng đề ra trong\n"
    "năm, phấn đấu hoàn thành toàn bộ chỉ tiêu mà Nghị quyết Đại hội đã xác định.\n"
)


def test_a_code_and_a_span_of_years_cut_at_their_dash_read_whole_in_a_wrapped_text() -> None:
    """"Chỉ thị số 05-\\nCT/TW", "giai đoạn 2021 -\\n2025": in a text wrapped throughout the break after the dash
    is a blank, and the spans still ground in the text as written."""
    import partyextract

    doc = partyextract.extract(_WRAPPED_REPORT)
    assert [r.code for r in doc.resolutions if r.code] == ["05-CT/TW"]
    assert [(m.start, m.end) for m in doc.terms] == [(2021, 2025)]
    for r in doc.resolutions:
        assert all(doc.text[s.start : s.end] == s.text for s in r.mentions)
    assert doc.resolutions[0].mentions[0].text == "Chỉ thị số 05-\nCT/TW"
