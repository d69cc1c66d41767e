"""Ordinals as party writing spells them: Roman numerals, digits and Vietnamese number words."""

from __future__ import annotations

import pytest
import regex

from partyextract.ordinals import ORDINAL, parse_ordinal, roman_to_int, to_roman, words_to_int


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I", 1), ("IV", 4), ("IX", 9), ("XI", 11), ("XII", 12), ("XIII", 13), ("XIV", 14), ("XV", 15),
        ("XIX", 19), ("XX", 20), ("XXVIII", 28), ("XL", 40), ("xii", 12),
    ],
)
def test_roman_numerals(text: str, value: int) -> None:
    assert roman_to_int(text) == value


@pytest.mark.parametrize("text", ["", "IIII", "XIIV", "VX", "ABC", "IIX"])
def test_malformed_roman_numerals_read_as_none(text: str) -> None:
    assert roman_to_int(text) is None


@pytest.mark.parametrize("n", [1, 4, 9, 12, 14, 28, 49, 1999])
def test_to_roman_round_trips(n: int) -> None:
    assert roman_to_int(to_roman(n)) == n


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("một", 1), ("nhất", 1), ("hai", 2), ("ba", 3), ("bốn", 4), ("tư", 4), ("năm", 5), ("sáu", 6),
        ("bảy", 7), ("bẩy", 7), ("tám", 8), ("chín", 9), ("mười", 10), ("mười một", 11), ("mười ba", 13),
        ("mười lăm", 15), ("hai mươi", 20), ("hai mươi mốt", 21), ("hai mươi tư", 24), ("ba mươi lăm", 35),
        ("Sáu", 6),
    ],
)
def test_number_words(text: str, value: int) -> None:
    assert words_to_int(text) == value


@pytest.mark.parametrize("text", ["mốt", "lăm", "mười mốt", "một mươi", "hai ba bốn năm", "trăm", ""])
def test_ill_formed_number_words_read_as_none(text: str) -> None:
    assert words_to_int(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("lần thứ XIII", 13), ("lần thứ 13", 13), ("lần thứ sáu", 6), ("thứ tư", 4), ("thứ nhất", 1),
        ("khóa XII", 12), ("khoá XV", 15), ("XXVIII", 28), ("4", 4), ("Lần thứ mười hai", 12),
    ],
)
def test_parse_ordinal(text: str, value: int) -> None:
    assert parse_ordinal(text) == value


@pytest.mark.parametrize("text", ["", "lần thứ", "khóa", "thứ mười mốt", "ABC"])
def test_unreadable_ordinal_is_none(text: str) -> None:
    assert parse_ordinal(text) is None


def test_ordinal_fragment_matches_whole_tokens_only() -> None:
    rx = regex.compile(rf"^{ORDINAL}$", regex.V1)
    assert rx.match("XIII") and rx.match("sáu") and rx.match("12")
    assert not rx.match("XIIIa")
