"""Properties of `extract()` on generated and mutated text (hypothesis).

Whatever the input, `extract()`:
- never raises (for a str, or UTF-8 bytes of one);
- returns `Document.text == NFC(input)`, and every span of every record lies
  inside it, is non-empty and satisfies `text[start:end] == span.text`;
- takes no record from page chrome;
- is deterministic and JSON-serialisable (and the JSON validates back);
- gives the same records for inputs that only differ in ways the matching view
  erases (NBSP or zero-width for a space, '–' for '-', 'Ð' for 'Đ', CRLF, ...),
  and exactly the same Document for decomposed (NFD) and composed input.

Inputs: random Unicode; random Vietnamese-like text built from the vocabulary of
administrative writing (codes, year spans, numbers with units, places, titles,
names); and mutations (spliced chrome, doubled spaces, CRLF, NBSP, zero-width
characters, decomposed Unicode, mixed 'Ð'/'Đ', digit runs, stray slashes and
dashes, cut and duplicated slices) of the articles in tests/data/robustness/,
examples/ and, when present, ../shared/seeds.

Example counts come from the hypothesis profile (tests/conftest.py): at least
500 per property in "ci", 10,000 in "nightly".
"""

from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import partyextract
from partyextract.models import Document
from partyextract.text import Text, matching_view

pytestmark = pytest.mark.usefixtures("warm_extract")

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHARED = ROOT.parent / "shared"


def _articles() -> list[str]:
    paths = sorted((TESTS / "data" / "robustness").glob("*.txt")) + sorted((ROOT / "examples").rglob("*.txt"))
    if (SHARED / "seeds").is_dir():
        paths += sorted((SHARED / "seeds").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


ARTICLES = _articles()

# ---------------------------------------------------------------------------
# Checks


def check_document(doc: Document, source: str) -> None:
    """Every guarantee a Document makes, whatever its input."""
    text = doc.text
    assert text == unicodedata.normalize("NFC", source)
    t = Text(text)
    for kind, span in doc.spans():
        assert 0 <= span.start < span.end <= len(text), (kind, span)
        assert text[span.start : span.end] == span.text, (kind, span)
        assert span.text.strip(), (kind, span)
        assert not t.in_chrome(span.start, span.end), f"{kind} record from page chrome: {span}"
    for term in doc.terms:
        assert 1930 <= term.start < term.end <= 2100, term
    for ind in doc.indicators:
        for v in (ind.value, ind.base_value, ind.total, ind.value_max, *ind.alt_values):
            assert v is None or math.isfinite(v), ind
    dumped = doc.model_dump_json()
    json.loads(dumped)
    assert Document.model_validate_json(dumped) == doc


def _view_fold(value: Any) -> Any:
    """A dump with every string put through the matching view and NFC, for comparing records."""
    if isinstance(value, str):
        return matching_view(value)
    if isinstance(value, list):
        return [_view_fold(v) for v in value]
    if isinstance(value, dict):
        return {k: _view_fold(v) for k, v in value.items() if k != "text"}
    return value


def records_of(doc: Document) -> dict[str, Any]:
    """Records and metadata without the text itself (span offsets kept, span text dropped)."""
    folded: dict[str, Any] = _view_fold(doc.model_dump(mode="json"))
    return folded


# ---------------------------------------------------------------------------
# Vocabulary of Vietnamese administrative writing, for generated text

WORDS = (
    "Đảng bộ",
    "huyện",
    "tỉnh",
    "xã",
    "phường",
    "thị trấn",
    "thị xã",
    "thành phố",
    "quận",
    "Tỉnh ủy",
    "Huyện ủy",
    "Thành ủy",
    "Đảng ủy xã",
    "Ban Thường vụ",
    "Ban Chấp hành",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Nghị quyết",
    "Chỉ thị",
    "Kết luận",
    "Quy định",
    "Kế hoạch",
    "Chương trình",
    "Đề án",
    "số",
    "ngày",
    "nhiệm kỳ",
    "giai đoạn",
    "khóa",
    "Đại hội",
    "đại biểu",
    "lần thứ",
    "Hội nghị Trung ương",
    "toàn quốc",
    "năm",
    "tháng",
    "đạt",
    "tăng",
    "giảm",
    "so với",
    "bằng",
    "kế hoạch",
    "dự toán",
    "phấn đấu",
    "mục tiêu",
    "đến năm",
    "từ năm",
    "gần",
    "trên",
    "hơn",
    "khoảng",
    "ước",
    "bình quân",
    "triệu đồng",
    "tỷ đồng",
    "nghìn tỷ",
    "USD",
    "%",
    "%/năm",
    "tấn",
    "ha",
    "km",
    "đảng viên",
    "chi bộ",
    "hộ nghèo",
    "tỷ lệ",
    "thu nhập bình quân đầu người",
    "chỉ tiêu",
    "đồng chí",
    "Bí thư",
    "Phó Bí thư",
    "Chủ tịch UBND",
    "Ủy viên",
    "Trưởng Ban Tuyên giáo",
    "của",
    "về",
    "và",
    "thực hiện",
    "ban hành",
    "Ảnh:",
    "Bình luận (0)",
    "Gửi bình luận",
    "Lượt truy cập:",
    "TIN LIÊN QUAN",
    "(QTO)",
    "Nguồn:",
    "https://baomoi.example/bai-viet-1.html",
    "Thứ Hai,",
    "(GMT +7)",
    "hai",
    "mười lăm",
    "hàng trăm",
)
NAMES = (
    "Nguyễn Văn An",
    "TRẦN THỊ BÌNH",
    "Lê Hoàng Cường",
    "Đinh Thị Duyên",
    "Bình Liêu",
    "Hướng Hóa",
    "Quảng Trị",
    "Hà Nội",
    "Tiên Yên",
    "Kỳ Anh",
    "Sơn Động",
    "Bắc Giang",
    "Cần Giuộc",
    "Ðông Hà",
)
DOC_TYPES = ("NQ", "CT", "KL", "QĐ", "QĐi", "QC", "HD", "KH", "CTr", "ĐA", "TB", "BC", "QÐ", "Ctr")
ISSUERS = ("TW", "TU", "HU", "ĐU", "ThU", "QU", "BTGTU", "ĐUK", "BCSĐ", "BTCTU-BDVTU", "ÐU")
STATE_ISSUERS = ("CP", "TTg", "HĐND", "UBND", "QH14", "NĐ-CP", "QĐ-TTg", "NQ-HĐND")
ROMAN = ("I", "IV", "IX", "XII", "XIII", "XIV", "XIX", "XXII", "XXVIII", "MCMXC")
DASHES = ("-", "- ", " -", " - ", "–", " – ", "—", "‑", "−", "--")
SEPARATORS = (
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "; ",
    ": ",
    "\n",
    "\n\n",
    " (",
    ") ",
    ' "',
    '" ',
    " - ",
    "/",
    "…",
    "\t",
)

years = st.integers(1900, 2110)
small = st.integers(0, 999)


@st.composite
def vn_number(draw: st.DrawFn) -> str:
    """Numbers as articles write them: 2.506,1 / 55,61 / 1.234.567 / 1,234.5 / 100,550 / 12 / 007."""
    n = draw(st.integers(0, 10**9))
    style = draw(st.sampled_from(("plain", "vn", "vn_dec", "en", "ratio", "percent", "lead0", "huge")))
    if style == "plain":
        return str(n % 100_000)
    if style == "vn":
        return f"{n:,}".replace(",", ".")
    if style == "vn_dec":
        return f"{n % 100_000:,}".replace(",", ".") + "," + str(draw(st.integers(0, 999)))
    if style == "en":
        return f"{n % 10**7:,}.{draw(st.integers(0, 99))}"
    if style == "ratio":
        return f"{draw(small)}/{draw(small)}"
    if style == "percent":
        return f"{n % 1000},{draw(st.integers(0, 99))}%"
    if style == "lead0":
        return f"{n % 100:03d}"
    return str(n) * draw(st.integers(1, 4))


@st.composite
def doc_code(draw: st.DrawFn) -> str:
    """Party and state document codes, including damaged ones."""
    num = f"{draw(st.integers(0, 2000)):0{draw(st.integers(1, 3))}d}"
    if draw(st.booleans()):
        dash, kind = draw(st.sampled_from(DASHES)), draw(st.sampled_from(DOC_TYPES))
        return f"{num}{dash}{kind}/{draw(st.sampled_from(ISSUERS))}"
    year = draw(st.one_of(st.none(), years))
    mid = f"/{year}" if year is not None else ""
    kind = draw(st.sampled_from(DOC_TYPES))
    return f"{num}{mid}/{kind}-{draw(st.sampled_from(STATE_ISSUERS))}"


@st.composite
def year_span(draw: st.DrawFn) -> str:
    a = draw(years)
    b = draw(st.one_of(years, st.integers(a, a + 10)))
    form = draw(st.sampled_from(("{a}{d}{b}", "({a}{d}{b})", "từ năm {a} đến năm {b}", "{a}{d}{b}{d}{a}")))
    return form.format(a=a, b=b, d=draw(st.sampled_from(DASHES)))


DATE_FORMS = ("{d}/{m}/{y}", "{d:02d}/{m:02d}/{y}", "ngày {d} tháng {m} năm {y}", "{y}-{m:02d}-{d:02d}")


@st.composite
def date_text(draw: st.DrawFn) -> str:
    d, m, y = draw(st.integers(0, 35)), draw(st.integers(0, 14)), draw(years)
    form = draw(st.sampled_from(DATE_FORMS))
    return form.format(d=d, m=m, y=y)


token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(NAMES),
    st.sampled_from(ROMAN),
    vn_number(),
    doc_code(),
    year_span(),
    date_text(),
    years.map(str),
)


@st.composite
def vietnamese_like(draw: st.DrawFn) -> str:
    """Random sequences of the vocabulary above with random punctuation between tokens."""
    tokens = draw(st.lists(token, max_size=120))
    out: list[str] = []
    for tok in tokens:
        out.append(tok)
        out.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(out)


# ---------------------------------------------------------------------------
# Mutations of real-looking articles

CHROME_LINES = (
    "Bình luận (0)",
    "Gửi bình luận",
    "Ý kiến bạn đọc",
    "Thứ Hai, 12/04/2021 08:15 (GMT +7)",
    "Lượt truy cập: 18273645",
    "Đang truy cập: 1.234",
    "Ảnh: Minh Hằng",
    "TIN LIÊN QUAN",
    "Tiên Yên tổng kết công tác năm 2022 (09/01/2023)",
    "Copyright 2023 by BÁO QUẢNG NINH",
    "Nhà cái uy tín bet88 tặng 500k",
    "Mã xác nhận:",
    "Trang chủ",
    "Chia sẻ:",
    "Huyện ủy ban hành Nghị quyết số 12-NQ/HU, đạt 98,5% kế hoạch (12/03/2023)",
)
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
STRAYS = ("/", "-", "–", " / ", "-/", "/-", "//", " - ", "(", ")", "«", "»", "“", "…", ".", ",")

frac = st.floats(0, 1, allow_nan=False, exclude_max=True)


def _at(s: str, f: float) -> int:
    return int(f * (len(s) + 1))


def _line_starts(s: str) -> list[int]:
    return [0] + [i + 1 for i, c in enumerate(s) if c == "\n"]


mutation = st.one_of(
    st.tuples(st.just("chrome"), frac, st.sampled_from(CHROME_LINES)),
    st.tuples(st.just("double_spaces"), frac, st.just("")),
    st.tuples(st.just("crlf"), frac, st.just("")),
    st.tuples(st.just("nbsp"), frac, st.just("")),
    st.tuples(st.just("insert"), frac, st.sampled_from(ZERO_WIDTH)),
    st.tuples(st.just("nfd"), frac, st.just("")),
    st.tuples(st.just("eth"), frac, st.just("")),
    st.tuples(st.just("insert"), frac, st.text("0123456789", min_size=1, max_size=40)),
    st.tuples(st.just("insert"), frac, st.sampled_from(STRAYS)),
    st.tuples(st.just("delete"), frac, st.integers(1, 200).map(str)),
    st.tuples(st.just("duplicate"), frac, st.integers(1, 300).map(str)),
    st.tuples(st.just("upper_line"), frac, st.just("")),
    st.tuples(st.just("truncate"), frac, st.just("")),
)


def mutate(s: str, ops: list[tuple[str, float, str]]) -> str:
    """Apply the mutations in order; positions are fractions of the current length."""
    for op, f, arg in ops:
        i = _at(s, f)
        if op == "chrome":
            starts = _line_starts(s)
            j = starts[int(f * len(starts))]
            s = s[:j] + arg + "\n" + s[j:]
        elif op == "double_spaces":
            s = s[:i] + s[i:].replace(" ", "  ", 1 + int(f * 50))
        elif op == "crlf":
            s = s.replace("\r\n", "\n").replace("\n", "\r\n")
        elif op == "nbsp":
            s = s[:i] + s[i:].replace(" ", "\u00a0", 1 + int(f * 30))
        elif op == "insert":
            s = s[:i] + arg + s[i:]
        elif op == "nfd":
            s = s[:i] + unicodedata.normalize("NFD", s[i : i + 500]) + s[i + 500 :]
        elif op == "eth":
            s = s.replace("Đ", "Ð", 1 + int(f * 20))
        elif op == "delete":
            s = s[:i] + s[i + int(arg) :]
        elif op == "duplicate":
            s = s[:i] + s[i : i + int(arg)] + s[i:]
        elif op == "upper_line":
            starts = _line_starts(s)
            j = starts[int(f * len(starts))]
            k = s.find("\n", j)
            k = len(s) if k < 0 else k
            s = s[:j] + s[j:k].upper() + s[k:]
        elif op == "truncate":
            s = s[: max(i, len(s) // 2)]
    return s


mutated_article = st.builds(mutate, st.sampled_from(ARTICLES), st.lists(mutation, min_size=1, max_size=6))

# ---------------------------------------------------------------------------
# Properties


@given(st.text(max_size=3000))
@example("")
@example("\x00" * 10)
@example("\r\n" * 5)
@example("Ð" * 3 + "-NQ/" * 5)
@example("e\u0301" * 20)
def test_random_unicode(s: str) -> None:
    check_document(partyextract.extract(s), s)


@given(vietnamese_like())
def test_vietnamese_like_text(s: str) -> None:
    check_document(partyextract.extract(s), s)


@given(mutated_article)
def test_mutated_articles_are_valid_and_deterministic(s: str) -> None:
    doc = partyextract.extract(s)
    check_document(doc, s)
    assert partyextract.extract(s).model_dump_json() == doc.model_dump_json()


# Replacements the matching view erases: the records must not notice them.
VIEW_TWINS = {
    " ": ("\u00a0", "\u200b", "\u2009", "\u202f", "\t", "\u3000"),
    "-": ("–", "—", "‑", "−"),
    "Đ": ("Ð",),
    "đ": ("ð",),
    '"': ("“", "”"),
    "'": ("’",),
}


@st.composite
def view_twins(draw: st.DrawFn) -> tuple[str, str]:
    base = draw(st.one_of(st.sampled_from(ARTICLES), vietnamese_like()))
    base = unicodedata.normalize("NFC", base)
    chars = list(base)
    spots = [i for i, c in enumerate(chars) if c in VIEW_TWINS]
    if spots:
        chosen = draw(st.lists(st.sampled_from(spots), max_size=40, unique=True))
        for i in chosen:
            chars[i] = draw(st.sampled_from(VIEW_TWINS[chars[i]]))
    twin = "".join(chars)
    if draw(st.booleans()):  # CRLF for the newlines after a space
        twin = twin.replace(" \n", "\r\n")
    return base, twin


@given(view_twins())
def test_view_equivalent_inputs_give_the_same_records(pair: tuple[str, str]) -> None:
    base, twin = pair
    assert matching_view(base) == matching_view(twin)
    a, b = partyextract.extract(base), partyextract.extract(twin)
    check_document(b, twin)
    assert records_of(a) == records_of(b)


@given(st.one_of(mutated_article, vietnamese_like()))
def test_decomposed_input_gives_the_same_document(s: str) -> None:
    nfd = unicodedata.normalize("NFD", s)
    assert partyextract.extract(nfd) == partyextract.extract(unicodedata.normalize("NFC", s))


@given(st.one_of(st.text(max_size=2000), vietnamese_like()))
def test_utf8_bytes_read_like_the_str(s: str) -> None:
    try:
        data = s.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates cannot be bytes
        return
    from_bytes = partyextract.extract(data)
    if s.startswith("\ufeff"):  # a BOM in bytes is an encoding mark, dropped
        s = s[1:]
    assert from_bytes == partyextract.extract(s)
