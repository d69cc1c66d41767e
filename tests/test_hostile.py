"""Hostile, huge and wrong inputs: each finishes in bounded time and memory, or
raises the documented error.

Documented behaviour:
- a non-text input (None, int, list, ...) or a non-bool `ner` -> `TypeError`;
- bytes that are not UTF-8, or a str holding lone surrogates -> `InputError`
  (a `ValueError` and a `PartyExtractError`);
- an empty or blank text -> an empty `Document`;
- a pattern that runs past its budget (`timeout_for`) -> `ExtractionTimeout`
  (a `TimeoutError` and a `PartyExtractError`) for that document only.

Sizes here are kept modest so the file runs in well under two minutes on two
shared cores; `benchmarks/throughput.py` runs the full sizes (10 MB of text,
1 MB lines) and measures the per-character cost at 100 kB, 1 MB and 10 MB.
Time limits are loose (a shared machine is noisy); the scaling tests compare a
text with one four times its size, so quadratic behaviour fails them (16x)
while noise does not.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import partyextract
from partyextract import Document, ExtractionTimeout, InputError, PartyExtractError
from partyextract.models import RECORD_KINDS

pytestmark = pytest.mark.usefixtures("warm_extract")

TESTS = Path(__file__).resolve().parent
ARTICLE = (TESTS / "data" / "robustness" / "son_dong_party_building.txt").read_text(encoding="utf-8")


def check_spans(doc: Document) -> None:
    for kind, span in doc.spans():
        assert 0 <= span.start < span.end <= len(doc.text), (kind, span)
        assert doc.text[span.start : span.end] == span.text, (kind, span)


class Hang(AssertionError):
    """Raised in the test by an alarm when a call runs far past its limit."""


@contextlib.contextmanager
def hard_limit(seconds: float) -> Iterator[None]:
    """Fail (instead of hanging the suite) when the block runs past `seconds` (Unix main thread only)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise Hang(f"still running after {seconds:.0f} s: superlinear or hanging")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def timed(fn: Callable[[], Document], limit: float = 60) -> tuple[Document, float]:
    """Run `fn`, returning its result and the seconds it took; a hard stop at `limit`."""
    with hard_limit(limit):
        start = time.perf_counter()
        doc = fn()
        return doc, time.perf_counter() - start


def cpu_seconds(fn: Callable[[], Document], limit: float = 60) -> float:
    """CPU time of this process spent in `fn`: steadier than wall time on a shared machine."""
    with hard_limit(limit):
        start = time.process_time()
        fn()
        return time.process_time() - start


# ---------------------------------------------------------------------------
# Huge and degenerate text: each generator gives a text of about n characters.

HOSTILE: dict[str, Callable[[int], str]] = {
    "articles": lambda n: (ARTICLE + "\n") * (n // (len(ARTICLE) + 1) + 1),
    "line_without_spaces": lambda n: "a" * n,
    "vietnamese_without_spaces": lambda n: "Đảngbộhuyện" * (n // 11),
    "digits": lambda n: "7" * n,
    "NQ_code_fragments": lambda n: "-NQ/" * (n // 4),
    "code_without_separators": lambda n: "03-NQ/HU" * (n // 8),
    "deep_parentheses": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "nested_quotes_and_codes": lambda n: '("Nghị quyết số 03-NQ/TU ' * (n // 25),
    "numbers_in_a_row": lambda n: " ".join(str(i) for i in range(n // 6)),
    "vn_numbers_with_units": lambda n: "1.234,5 triệu đồng, " * (n // 20),
    "ratios": lambda n: "12/15 xã " * (n // 9),
    "ranges_without_blanks": lambda n: "7-8%, " * (n // 6),
    "dotted_number_before_a_dash": lambda n: "x" + "1." * (n // 2 - 2) + "1-2%",
    "year_ranges": lambda n: "2020-2025-" * (n // 10),
    "dotted_abbreviations": lambda n: "Tp.Hcm." * (n // 7),
    "slashes_and_dashes": lambda n: "/-–/" * (n // 4),
    "one_char_lines": lambda n: "Đ\n" * (n // 2),
    "blank_lines": lambda n: "\n" * n,
    "crlf_only": lambda n: "\r\n" * (n // 2),
    "nul_bytes": lambda n: "\x00" * n,
    "zero_width": lambda n: "\u200b" * n,
    "combining_marks": lambda n: "a" + "\u0301" * n,
    "chrome_lines": lambda n: "Bình luận (0)\nLượt truy cập: 123\n" * (n // 32),
    "titles_and_names": lambda n: "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy, " * (n // 41),
    "place_words": lambda n: "huyện Bình Liêu, xã Hoành Mô, " * (n // 30),
    "uppercase_shouting": lambda n: "ĐỒNG CHÍ TRẦN VĂN BA PHÓ BÍ THƯ " * (n // 33),
    # Congress resolutions whose body names its level but no unit: each looks for the nearest named unit.
    "congress_without_units": lambda n: "Thực hiện Nghị quyết Đại hội Đảng bộ thị xã lần thứ XX. " * (n // 56),
    # Distinct shouted names no gazetteer knows after a level word: each may be searched for in the body.
    "shouted_unknown_units": lambda n: " ".join(
        f"XÃ KH{chr(65 + i % 26)}{chr(65 + i // 26 % 26)} NG{chr(65 + i // 676 % 26)}" for i in range(n // 13)
    ),
    # A plural position before a list of names that never ends.
    "plural_position_lists": lambda n: "Các Phó Bí thư Tỉnh ủy "
    + ", ".join(["Nguyễn Văn An", "Trần Thị Bình"] * (n // 30)),
    "percent_ranges_without_blanks": lambda n: "7%-8%-" * (n // 6),
    # A year-by-year list that never ends, discipline counts in a row, billions with no unit.
    "year_by_year_list": lambda n: "Năm 2019 có 31 hợp tác xã" + ", năm 2020 có 36" * (n // 16),
    "discipline_counts": lambda n: "kỷ luật 12 đảng viên, trong đó" + " khiển trách 7," * (n // 15),
    "bare_billions": lambda n: "thu đạt 38,4 tỷ, " * (n // 17),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_input_finishes_with_valid_spans(kind: str) -> None:
    text = HOSTILE[kind](100_000)
    doc, seconds = timed(lambda: partyextract.extract(text))
    assert seconds < 30, f"{kind}: {seconds:.1f} s for {len(text)} characters"
    check_spans(doc)


@pytest.mark.parametrize(
    "kind",
    [
        "articles",
        "line_without_spaces",
        "digits",
        "NQ_code_fragments",
        "deep_parentheses",
        "numbers_in_a_row",
        "ranges_without_blanks",
        "dotted_number_before_a_dash",
        "dotted_abbreviations",
        "titles_and_names",
        "congress_without_units",
        "shouted_unknown_units",
        "plural_position_lists",
        "year_by_year_list",
        "discipline_counts",
    ],
)
def test_cost_grows_linearly(kind: str) -> None:
    small, big = HOSTILE[kind](25_000), HOSTILE[kind](100_000)
    t_small = min(cpu_seconds(lambda: partyextract.extract(small)) for _ in range(2))
    t_big = min(cpu_seconds(lambda: partyextract.extract(big)) for _ in range(2))
    ratio = (t_big / len(big)) / (t_small / len(small))
    assert t_big < 0.05 or ratio < 2.5, f"{kind}: per-character cost x{ratio:.1f} from 25 kB to 100 kB"


def test_one_megabyte_line_without_spaces() -> None:
    doc, seconds = timed(lambda: partyextract.extract("Đ" * 1_000_000))
    assert seconds < 30
    assert len(doc.text) == 1_000_000


def test_hundred_thousand_digits() -> None:
    doc, seconds = timed(lambda: partyextract.extract("1" * 100_000))
    assert seconds < 10
    check_spans(doc)


def test_ten_thousand_numbers_in_a_row() -> None:
    text = ", ".join(f"{i},5 tỷ đồng" for i in range(10_000))
    doc, seconds = timed(lambda: partyextract.extract(text))
    assert seconds < 30
    check_spans(doc)


def test_half_a_megabyte_of_articles_in_bounded_memory() -> None:
    text = HOSTILE["articles"](500_000)
    tracemalloc.start()
    try:
        doc, seconds = timed(lambda: partyextract.extract(text))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seconds < 60
    check_spans(doc)
    # The text is held a few times (input, NFC, view, spans' text); records add a bounded multiple.
    assert peak < 150 * len(text), f"peak {peak / 1e6:.0f} MB for {len(text) / 1e6:.1f} MB of text"


# ---------------------------------------------------------------------------
# Wrong types and unreadable input


NOT_TEXT = [None, 0, 1.5, ["Huyện ủy"], ("a",), {"text": "Tỉnh ủy"}, object(), Path("x.txt")]


@pytest.mark.parametrize("bad", NOT_TEXT)
def test_non_text_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="expects the article text as str"):
        partyextract.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("ner", [None, 1, "yes"])
def test_non_bool_ner_is_a_type_error(ner: object) -> None:
    with pytest.raises(TypeError, match="ner"):
        partyextract.extract("Huyện ủy", ner=ner)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe\xfd",
        b"Huy\xe1\xbb\x87n \xc3",  # cut in the middle of a character
        "Tỉnh ủy Quảng Trị".encode("utf-16"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # a binary file
        bytes(range(256)),
    ],
)
def test_invalid_utf8_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="not valid UTF-8") as info:
        partyextract.extract(data)
    assert isinstance(info.value, ValueError) and isinstance(info.value, PartyExtractError)


def test_lone_surrogates_are_an_input_error() -> None:
    raw = b"Huy\xe1\xbb\x87n \xff \xe1\xbb\xa7y".decode("utf-8", errors="surrogateescape")
    with pytest.raises(InputError, match="surrogate"):
        partyextract.extract(raw)


@pytest.mark.parametrize("blank", ["", " ", "\n\n", "\r\n\t ", "\u00a0\u3000", b"", b"\xef\xbb\xbf"])
def test_blank_input_gives_an_empty_document(blank: str | bytes) -> None:
    doc = partyextract.extract(blank)
    assert all(getattr(doc, kind) == [] for kind in RECORD_KINDS)
    assert doc.title is None and doc.published is None and doc.authors == []


def test_nul_bytes_and_controls_inside_an_article_keep_the_invariant() -> None:
    text = ARTICLE.replace(" ", " \x00", 40).replace("\n", "\x0b\n", 5).replace("Đ", "\x1bĐ", 3)
    doc = partyextract.extract(text)
    check_spans(doc)
    assert doc.text == text


def _digits_python_cannot_read() -> list[str]:
    """Digits of a newer Unicode than Python's: the `regex` module matches them with \\d, `int()` rejects
    them (the Kawi digits U+11F50... under Python 3.11). Empty once Python catches up."""
    import regex

    high = "".join(chr(c) for c in range(0x3000, 0x110000) if not 0xD800 <= c < 0xE000)
    return [c for c in regex.findall(r"\d", high) if not c.isdecimal()]


def test_digits_python_cannot_read_are_not_read_as_numbers() -> None:
    """Each such digit in a year, a code, a date or an amount: no crash deep in an extractor, spans intact,
    and the number they write is not taken (what Python cannot read is no number)."""
    odd = _digits_python_cannot_read()
    if not odd:
        pytest.skip("this Python reads every digit the regex module knows")
    for d in (odd[0], odd[1], odd[-1]):
        text = (
            f"Nhiệm kỳ 20{d}0-2025, Huyện ủy ban hành Quyết định số 12/20{d}1/NĐ-CP ngày 1{d}/5/2021 "
            f"và Nghị quyết số {d}3-NQ/HU. Thu nhập đạt 5{d} triệu đồng, tăng {d}% so với năm 20{d}2."
        )
        doc = partyextract.extract(text)
        for _, span in doc.spans():
            assert doc.text[span.start : span.end] == span.text
        assert doc.terms == []
        assert all(d not in r.code for r in doc.resolutions if r.code)
        assert all(d not in s.text for i in doc.indicators for s in i.mentions)


# Characters `str.isdigit` takes that `int` and `float` reject: superscripts, circled and parenthesised numbers.
_DIGITS_NO_NUMBER = ["²", "³", "¹", "⁰", "₂", "①", "⑩", "⑴", "⒈"]


@pytest.mark.parametrize("d", _DIGITS_NO_NUMBER)
def test_digits_that_are_no_numbers_in_a_table_or_a_sentence(d: str) -> None:
    """A table cell or an amount written with such a character gives no crash deep in an extractor."""
    for text in (
        f"000|{d}",
        f"Chỉ tiêu | 2020 | 2025\nTổng sản phẩm | 1{d}3 | 5\nHộ nghèo | {d} | 7",
        f"Thu nhập đạt 5{d} triệu đồng, Nghị quyết Trung ương {d} khóa XII, nhiệm kỳ 2020-2025 khóa {d}.",
    ):
        doc = partyextract.extract(text)
        for _, span in doc.spans():
            assert doc.text[span.start : span.end] == span.text
        assert all(d not in s.text for i in doc.indicators for s in i.mentions), text


def test_utf8_bytes_with_nul_bytes_are_read() -> None:
    doc = partyextract.extract(("\x00" + ARTICLE).encode("utf-8"))
    check_spans(doc)


# ---------------------------------------------------------------------------
# Timeouts: a clear error for that document, not a hang


def _tiny_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    for name in ("dates", "document", "resolutions", "terms", "indicators", "localities", "officials"):
        module = importlib.import_module(f"partyextract.{name}")
        if hasattr(module, "timeout_for"):
            monkeypatch.setattr(module, "timeout_for", lambda _: 1e-9)


def test_a_pattern_past_its_budget_is_an_extraction_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    _tiny_budget(monkeypatch)
    text = HOSTILE["articles"](100_000)
    with pytest.raises(ExtractionTimeout, match="time budget") as info:
        partyextract.extract(text)
    assert isinstance(info.value, TimeoutError) and isinstance(info.value, PartyExtractError)


def test_a_timeout_in_any_extractor_is_an_extraction_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    from partyextract import terms

    def slow(*_: object, **__: object) -> list[object]:
        raise TimeoutError("regex timed out")

    monkeypatch.setattr(terms, "extract", slow)
    with pytest.raises(ExtractionTimeout, match=f"{len(ARTICLE)} characters"):
        partyextract.extract(ARTICLE)


def test_after_a_timeout_the_next_document_is_unaffected(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = partyextract.extract(ARTICLE)
    with monkeypatch.context() as m:
        _tiny_budget(m)
        with pytest.raises(ExtractionTimeout):
            partyextract.extract(HOSTILE["articles"](100_000))
    assert partyextract.extract(ARTICLE) == expected


# ---------------------------------------------------------------------------
# Bad items in a batch and bad files on the command line: reported, nothing else lost

BAD_ITEMS: list[object] = [
    None,
    b"\xff\xfe",
    "ab\udcff",
    42,
    "",
    "\x00" * 100,
    HOSTILE["NQ_code_fragments"](4_000),
]


@pytest.mark.parametrize("n_process", [1, 2])
def test_bad_items_in_a_batch_are_recorded_in_place(n_process: int) -> None:
    items = [ARTICLE, *BAD_ITEMS, ARTICLE.upper()]
    with hard_limit(120):
        out = list(partyextract.extract_many(items, n_process=n_process, on_error="record"))
    assert len(out) == len(items)
    for item, result in zip(items, out, strict=True):
        if isinstance(item, (str, bytes)):
            try:
                expected: object = partyextract.extract(item)
            except (TypeError, ValueError, PartyExtractError) as exc:
                expected = exc
        else:
            expected = TypeError()
        if isinstance(expected, Document):
            assert result == expected
        else:
            assert isinstance(result, partyextract.ExtractionError), (item, result)


def run_cli(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    """`partyextract.cli.main(args)` in this process with pipe-like streams: (exit code, stdout, stderr)."""
    import io
    import sys

    from partyextract.cli import main

    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.StringIO()
    inp = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = inp, out, err
    try:
        with hard_limit(120):
            code = main(args)
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    out.flush()
    return code, out.buffer.getvalue().decode("utf-8"), err.getvalue()  # type: ignore[attr-defined]


def test_the_cli_reports_bad_files_and_writes_the_good_ones(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8")
    (tmp_path / "utf16.txt").write_bytes("Tỉnh ủy".encode("utf-16"))
    missing = tmp_path / "khong_co.txt"
    code, out, err = run_cli([str(tmp_path), str(missing)])
    assert code == 0
    assert len(out.splitlines()) == 2, err  # good.txt, and empty.txt as an empty Document
    assert "binary.txt" in err and "utf16.txt" in err and "khong_co.txt" in err


def test_the_cli_survives_malformed_jsonl_on_stdin() -> None:
    stdin = "\n".join(
        [
            '{"text": "Huyện ủy Bình Liêu ban hành Nghị quyết số 03-NQ/HU."}',
            '{"text": ',  # cut short
            "[1, 2, 3]",
            '{"no_text": true}',
            '{"text": 5}',
            "\x00\x01",
            '{"text": "Tỉnh ủy Quảng Trị"}',
        ]
    )
    code, out, err = run_cli(["-", "--input-format", "jsonl"], stdin)
    assert code == 0
    assert len(out.splitlines()) == 2, err  # the two good lines are not lost
    assert err.strip(), "the bad lines are reported"
