"""Vietnamese numerals as a specification: how a Vietnamese reader reads each written form."""

from __future__ import annotations

import re

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from partyextract import numbers
from partyextract.numbers import digit_runs, find_numerals, numerals, parse_number, read_digits, read_words

# (written, value, alternatives, approx)
NUMBERS: list[tuple[str, float, tuple[float, ...], bool]] = [
    # plain integers
    ("0", 0.0, (), False),
    ("7", 7.0, (), False),
    ("25", 25.0, (), False),
    ("167", 167.0, (), False),
    ("02", 2.0, (), False),
    ("2021", 2021.0, (), False),
    # Vietnamese thousands with dots (one dot: the English decimal reading is offered)
    ("2.400", 2400.0, (2.4,), False),
    ("186.768", 186768.0, (186.768,), False),
    ("1.234.567", 1234567.0, (), False),
    ("12.000.000", 12_000_000.0, (), False),
    # Vietnamese decimals with a comma
    ("55,61", 55.61, (), False),
    ("12,06", 12.06, (), False),
    ("0,5", 0.5, (), False),
    ("18,2", 18.2, (), False),
    ("100,02", 100.02, (), False),
    ("7,6", 7.6, (), False),
    # both separators: the last one is the decimal mark
    ("2.506,1", 2506.1, (), False),
    ("4.360,4", 4360.4, (), False),
    ("1.234.567,89", 1234567.89, (), False),
    ("1,234.5", 1234.5, (), False),
    ("12,345,678.9", 12345678.9, (), False),
    # one comma and three digits: ambiguous, Vietnamese first
    ("100,550", 100.55, (100550.0,), False),
    ("1,250", 1.25, (1250.0,), False),
    ("0,125", 0.125, (), False),
    # English thousands with several commas
    ("1,234,567", 1234567.0, (), False),
    # English decimal point
    ("1.5", 1.5, (), False),
    ("3.25", 3.25, (), False),
    # percent written with the number
    ("12,06%", 12.06, (), False),
    ("100%", 100.0, (), False),
    ("2,35 %", 2.35, (), False),
    # scale words
    ("1,2 triệu", 1_200_000.0, (), False),
    ("3 nghìn", 3000.0, (), False),
    ("58 ngàn", 58000.0, (), False),
    ("2 tỷ", 2e9, (), False),
    ("13,8 tỉ", 13.8e9, (), False),
    ("5 vạn", 50000.0, (), False),
    ("2.506,1 tỷ", 2506.1e9, (), False),
    # number words
    ("một", 1.0, (), False),
    ("hai", 2.0, (), False),
    ("ba", 3.0, (), False),
    ("bốn", 4.0, (), False),
    ("năm", 5.0, (), False),
    ("bảy", 7.0, (), False),
    ("bẩy", 7.0, (), False),
    ("chín", 9.0, (), False),
    ("mười", 10.0, (), False),
    ("mười một", 11.0, (), False),
    ("mười lăm", 15.0, (), False),
    ("hai mươi", 20.0, (), False),
    ("hai mươi mốt", 21.0, (), False),
    ("ba mươi tư", 34.0, (), False),
    ("năm mươi lăm", 55.0, (), False),
    ("chín mươi chín", 99.0, (), False),
    ("một trăm", 100.0, (), False),
    ("một trăm linh năm", 105.0, (), False),
    ("hai trăm lẻ một", 201.0, (), False),
    ("ba trăm hai mươi", 320.0, (), False),
    ("một nghìn", 1000.0, (), False),
    ("hai nghìn năm trăm", 2500.0, (), False),
    ("ba triệu", 3e6, (), False),
    ("hai nghìn tỷ", 2e12, (), False),
    ("Hai", 2.0, (), False),
    # approximate words
    ("hàng chục", 10.0, (), True),
    ("hàng trăm", 100.0, (), True),
    ("hàng nghìn", 1000.0, (), True),
    ("hàng ngàn", 1000.0, (), True),
    ("hàng triệu", 1e6, (), True),
]


@pytest.mark.parametrize(("written", "value", "alts", "approx"), NUMBERS, ids=[n[0] for n in NUMBERS])
def test_parse_number(written: str, value: float, alts: tuple[float, ...], approx: bool) -> None:
    r = parse_number(written)
    assert r is not None
    assert r.value == pytest.approx(value)
    assert r.alternatives == pytest.approx(alts)
    assert r.approx is approx


NOT_NUMBERS = [
    "",
    "abc",
    "1..2",
    "1.23.4",
    "2.506,1,2",
    "mươi",
    "lăm",
    "hai ba",
    "trăm trăm x",
    "mốt",
    "1,2 cái",
]


@pytest.mark.parametrize("written", NOT_NUMBERS)
def test_not_numbers(written: str) -> None:
    assert parse_number(written) is None


def test_percent_flag() -> None:
    r = read_digits("12,06%")
    assert r is not None and r.percent
    r = read_digits("12,06")
    assert r is not None and not r.percent


def test_read_words_rejects_other_words() -> None:
    assert read_words("hai bên") is None
    assert read_words("") is None


# (text, [(numeral as written including its scale word, scaled value)])
FIND = [
    ("Đảng bộ có 25 chi bộ với 2.400 đảng viên.", [("25", 25.0), ("2.400", 2400.0)]),
    ("Thu nhập đạt 55,61 triệu đồng.", [("55,61 triệu", 55_610_000.0)]),
    ("Tổng vốn 3 nghìn tỷ đồng.", [("3 nghìn tỷ", 3e12)]),
    ("Tổng vốn 1,2 triệu tỷ đồng.", [("1,2 triệu tỷ", 1.2e15)]),
    ("Giá 500.000đ/kg.", [("500.000", 500000.0)]),
    ("Đạt 1,2tỷ.", [("1,2tỷ", 1.2e9)]),
    ("ban hành hai nghị quyết", [("hai", 2.0)]),
    ("có hai mươi mốt hộ", [("hai mươi mốt", 21.0)]),
    ("có ba nghìn hộ", [("ba nghìn", 3000.0)]),
    ("hàng trăm hộ dân", [("hàng trăm", 100.0)]),
    ("năm 2021", [("2021", 2021.0)]),  # a lone "năm" is the year word
    ("COVID-19", []),
    # a range written without blanks: its upper end is a numeral too (a dash after a letter opens none)
    ("tăng 7-8%/năm", [("7", 7.0), ("8", 8.0)]),
    ("đạt 50-55 triệu đồng", [("50", 50.0), ("55 triệu", 55_000_000.0)]),
    ("năng suất 6,2-6,5 tấn/ha", [("6,2", 6.2), ("6,5", 6.5)]),
    ("tăng 7%-8%/năm", [("7", 7.0), ("8", 8.0)]),
    ("tăng 6,5%-7%", [("6,5", 6.5), ("7", 7.0)]),
    ("tỷ lệ 5%-COVID-19", [("5", 5.0)]),
    ("mã A-5 và B-12", []),
    ("m2 và F1", []),
    ("14:28", [("14", 14.0)]),  # the caller judges times by what follows
    # "tr" abbreviates "triệu" only before a currency, glued or after a blank
    ("đạt 62,5 tr.đồng/người/năm", [("62,5 tr.", 62_500_000.0)]),
    ("tăng 5 trđ", [("5 tr", 5_000_000.0)]),
    ("hỗ trợ 3 Tr.đ mỗi hộ", [("3 Tr.", 3_000_000.0)]),
    ("vay 30 tr đồng", [("30 tr", 30_000_000.0)]),
    ("có 12 tr. Sau đó", [("12", 12.0)]),
    ("5 tr.em", [("5", 5.0)]),
    ("7 trạm y tế và 2 trđiểm", [("7", 7.0), ("2", 2.0)]),
    # thousands set apart by single blanks, as old pages wrote them, before a word or "%"; nowhere else
    ("có 6 450 đảng viên", [("6 450", 6450.0)]),
    ("đạt 1 025 tỷ đồng", [("1 025 tỷ", 1.025e12)]),
    ("vốn 1 250 000 đồng", [("1 250 000", 1_250_000.0)]),
    ("mã số 123 456 789.", [("123", 123.0), ("456", 456.0), ("789", 789.0)]),
    ("năm 2015 250 hộ", [("2015", 2015.0), ("250", 250.0)]),
    ("các số 1 23 đảng viên", [("1", 1.0), ("23", 23.0)]),
]


@pytest.mark.parametrize(("text", "want"), FIND, ids=[f[0] for f in FIND])
def test_find_numerals(text: str, want: list[tuple[str, float]]) -> None:
    got = [(text[n.start : n.full_end], n.scaled) for n in find_numerals(text)]
    assert [g[0] for g in got] == [w[0] for w in want]
    assert [g[1] for g in got] == pytest.approx([w[1] for w in want])


def test_offsets_slice_the_text() -> None:
    text = "Năm 2021, toàn huyện có 12/15 xã và 2.506,1 tỷ đồng."
    for n in find_numerals(text):
        assert text[n.start : n.end].strip() == text[n.start : n.end]
        assert n.full_end >= n.end


def test_digit_runs() -> None:
    text = "Ngày 12/4/2021, 2.506,1 tỷ đồng; mã A12 và ٣ xã"
    assert [text[a:b] for a, b in digit_runs(text)] == ["12", "4", "2021", "2", "506", "1", "12", "٣"]
    assert [text[a:b] for a, b in digit_runs(text, 5, 12)] == ["12", "4", "20"]


def test_numerals_from_the_callers_runs() -> None:
    text = "Năm 2021, 12/15 xã, 2.506,1 tỷ đồng, COVID-19, 3,5%, A12, 1.2.3 và 4."
    assert numerals(text, runs=digit_runs(text)) == numerals(text)
    assert numerals(text, None, 10, 40, digit_runs(text, 10, 40)) == numerals(text, None, 10, 40)


# --- `_nam_scale`'s first letters in front of `_NAM_SCALE`: wherever it matches, the shortcut says it may -----

_NAM_POSITIVES = [" mươi", "  trăm", " nghìn", " ngàn", "\ttriệu", "\ntỷ", " \u00a0tỉ", "\u00a0mươi"]
# the scale words as the pattern writes them (a word added to it is exercised at once), in several cases,
# and other words, each after blanks (or none)
_NAM_WORDS = re.search(r"\(\?:([^()]*)\)", numbers._NAM_SCALE.pattern).group(1).split("|")
_NAM_BLANKS = ["", " ", "  ", "\t", "\n", "\u00a0", "\u2003", " \u00a0"]
_NAM_OTHERS = ["x", "5", ",", "năm", "ạ", "mươii", "tram"]
_nam_piece = st.one_of(
    st.tuples(st.sampled_from(_NAM_BLANKS), st.sampled_from([f(w) for w in _NAM_WORDS for f in (str, str.upper)])),
    st.tuples(st.sampled_from(_NAM_BLANKS), st.sampled_from(_NAM_OTHERS)),
    st.tuples(st.just(""), st.sampled_from(_NAM_POSITIVES)),
)
_nam_text = st.lists(_nam_piece, max_size=5).map(lambda ps: "".join(a + b for a, b in ps))


@given(_nam_text, st.integers(0, 20))
def test_nam_scale_first_letters_keep_every_match(v: str, cut: int) -> None:
    """`_nam_scale` (spaces, then "m", "t", "n" or another blank) never rejects a `_NAM_SCALE` match."""
    end = max(0, len(v) - cut)
    starts = [j for j in range(len(v)) if numbers._NAM_SCALE.match(v, j, min(end, j + 16))]
    event(f"_NAM_SCALE matches: {bool(starts)}")
    for j in starts:
        assert numbers._nam_scale(v, j, end), (v, j, end)


@pytest.mark.parametrize("v", [*_NAM_POSITIVES, " \t mươi,"])
def test_nam_scale_positive_examples(v: str) -> None:
    """Hand-written `_NAM_SCALE` matches, each kept by `_nam_scale`."""
    assert numbers._NAM_SCALE.match(v) and numbers._nam_scale(v, 0, len(v))
