"""Ordinals and small cardinals as Vietnamese party writing spells them.

Roman numerals ("khóa XII", "Đại hội XXVIII"), Arabic digits ("Trung ương 4")
and number words ("lần thứ sáu", "thứ tư", "hai mươi mốt") all read to ints.
`ORDINAL` is a regex fragment for one such value; `parse_ordinal` reads the
text it matched (with or without a lead word such as "lần thứ" or "khóa").
"""

from __future__ import annotations

import functools

import regex

__all__ = [
    "ORDINAL",
    "ROMAN",
    "WORDS",
    "parse_ordinal",
    "roman_to_int",
    "to_roman",
    "words_to_int",
]

_ROMAN_VALUES: dict[str, int] = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

# Units as words; "mốt" (1), "tư" (4) and "lăm"/"nhăm" (5) appear after a tens word, "nhất" and "tư"
# as ordinals ("thứ nhất", "thứ tư").
_UNITS: dict[str, int] = {
    "một": 1, "mốt": 1, "nhất": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
_TEN = "mười"
_TENS = ("mươi", "chục")

# A Roman numeral (validated by `roman_to_int`).
ROMAN = r"(?:[IVXLC]+)"
# One to three number words.
_WORD = r"(?:mười|mươi|một|mốt|nhất|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín)"
WORDS = rf"(?:{_WORD}(?:[ ]+{_WORD}){{0,2}})"
# An ordinal value: digits, a Roman numeral or number words.
ORDINAL = rf"(?:\d{{1,3}}|{ROMAN}(?![\p{{L}}\d])|{WORDS}(?![\p{{L}}]))"

_LEAD = regex.compile(r"^\s*(?:(?:lần|khóa|khoá|kỳ|kì)\s+)?(?:thứ\s+)?", regex.IGNORECASE)
_CANON_ROMAN = regex.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")


def roman_to_int(s: str) -> int | None:
    """Value of a well-formed Roman numeral ("XXVIII" -> 28), or None ("IIII", "XIIV", "")."""
    s = s.strip().upper()
    if not s or not _CANON_ROMAN.match(s):
        return None
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN_VALUES[ch]
        total += -v if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > v else v
    return total


def to_roman(n: int) -> str:
    """Roman numeral of 1..3999 (14 -> "XIV")."""
    if not 0 < n < 4000:
        raise ValueError(f"no Roman numeral for {n}")
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def words_to_int(s: str) -> int | None:
    """Value of Vietnamese number words up to 99 ("sáu" 6, "mười ba" 13, "hai mươi mốt" 21), or None."""
    words = s.strip().lower().split()
    if not words or len(words) > 3:
        return None
    if len(words) == 1:
        if words[0] == _TEN:
            return 10
        return _UNITS.get(words[0]) if words[0] not in ("mốt", "lăm", "nhăm") else None
    if words[0] == _TEN:  # mười ba, mười lăm
        if len(words) != 2 or words[1] in ("mốt", "nhất", "tư"):
            return None
        unit = _UNITS.get(words[1])
        return None if unit is None else 10 + unit
    tens = _UNITS.get(words[0])
    if tens is None or tens < 2 or words[0] in ("mốt", "lăm", "nhăm", "nhất") or words[1] not in _TENS:
        return None
    if len(words) == 2:
        return tens * 10
    unit = _UNITS.get(words[2])
    if unit is None or words[2] == "nhất":
        return None
    return tens * 10 + unit


@functools.lru_cache(maxsize=1024)
def parse_ordinal(s: str) -> int | None:
    """Read "XIII", "lần thứ XIII", "khóa XII", "thứ sáu", "lần thứ 13", "4" as an int (None if not)."""
    body = _LEAD.sub("", s, count=1).strip()
    if not body:
        return None
    if body.isdigit():
        return int(body)
    if body.isupper():
        return roman_to_int(body)
    return words_to_int(body)
