"""Vietnamese numerals as articles write them.

Vietnamese writes "." between thousands and "," before decimals ("2.506,1" =
2506.1, "1.234.567", "55,61"); English-style "1,234.5" also appears in scraped
text. One comma followed by exactly three digits ("100,550") is ambiguous: the
Vietnamese (decimal) reading comes first and the English (thousands) reading is
offered in `Reading.alternatives`. Number words ("hai", "mười lăm", "hai mươi
mốt", "một trăm") and scale words ("nghìn", "ngàn", "triệu", "tỷ", "tỉ",
"nghìn tỷ") are read too; "hàng trăm", "hàng nghìn" are approximate.

API (typed, immutable results):
- `parse_number(s)` -> `Reading | None` for one numeral written alone (digits or words,
  with an optional scale word or percent sign);
- `read_digits(s)`, `read_words(s)` -> `Reading | None` for one form only;
- `find_numerals(view, start, end)` -> `Numeral`s in text order with offsets, the scale
  word after a number attached (`scale`, `scaled`, `full_end`); callers judge what a
  number means from what surrounds it (see `indicators.py`);
- `SCALES` the scale words and their multipliers (data in `data/units.py`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from operator import itemgetter
from typing import NamedTuple

import regex

from .data.units import (
    GLUED_UNITS,
    SCALE_ABBREVIATION_CURRENCIES,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    SLASH_PAIRED_COUNTS,
)

__all__ = ["SCALES", "Numeral", "Reading", "find_numerals", "parse_number", "read_digits", "read_words"]

SCALES: dict[str, float] = dict(SCALE_WORDS)


class Reading(NamedTuple):
    """The value of a numeral: the preferred reading, other readings, and whether it is approximate."""

    value: float
    alternatives: tuple[float, ...] = ()
    approx: bool = False
    percent: bool = False


class Numeral(NamedTuple):
    """A numeral found in a text (an immutable tuple: cheap to build by the hundred).

    `start:end` covers the number itself; `scale_end` extends over the scale word
    that follows ("1,2 triệu" -> `scale` 1e6, `scale_word` "triệu"), -1 when
    there is none. `value` is the number as written (scale not applied);
    `scaled` applies it. `kind` is "digits" or "words".
    """

    start: int
    end: int
    value: float
    alternatives: tuple[float, ...] = ()
    approx: bool = False
    kind: str = "digits"
    scale: float = 1.0
    scale_word: str | None = None
    scale_end: int = -1

    @property
    def scaled(self) -> float:
        """The value with the scale word applied."""
        return self.value * self.scale

    @property
    def full_end(self) -> int:
        """End of the numeral including its scale word."""
        return self.scale_end if self.scale_end >= 0 else self.end


# ---------------------------------------------------------------------------
# Digits

_THOUSANDS_DOT = regex.compile(r"\d{1,3}(?:\.\d{3})+")
_THOUSANDS_COMMA = regex.compile(r"\d{1,3}(?:,\d{3})+")


def read_digits(s: str) -> Reading | None:
    """Read a digit numeral with '.' and ',' separators ("2.506,1", "1,234.5", "100,550")."""
    if s.isdecimal():  # the common case, fast (not `isdigit`: "²" is a digit `float` cannot read)
        return Reading(float(s))
    s = s.strip()
    percent = s.endswith("%")
    if percent:
        s = s[:-1].rstrip()
    if not s or not s[0].isdigit() or not s[-1].isdigit():
        return None
    if s.strip("0123456789.,"):
        return None
    dots, commas = s.count("."), s.count(",")
    try:
        if dots and commas:
            # The separator written last is the decimal mark.
            if s.rfind(",") > s.rfind("."):
                whole, frac = s.rsplit(",", 1)
                if not _THOUSANDS_DOT.fullmatch(whole) and "," in whole:
                    return None
                return Reading(float(whole.replace(".", "") + "." + frac), percent=percent)
            whole, frac = s.rsplit(".", 1)
            if "." in whole:
                return None
            return Reading(float(whole.replace(",", "") + "." + frac), percent=percent)
        if dots:
            if _THOUSANDS_DOT.fullmatch(s) and not s.startswith("0"):
                value = float(s.replace(".", ""))
                alt = (float(s),) if dots == 1 else ()
                return Reading(value, alt, percent=percent)
            if dots == 1:  # English decimal point: "1.5"
                return Reading(float(s), percent=percent)
            return None
        if commas:
            if commas == 1:
                whole, frac = s.split(",")
                decimal = float(whole + "." + frac)
                if len(frac) == 3 and not whole.startswith("0"):
                    return Reading(decimal, (float(whole + frac),), percent=percent)
                return Reading(decimal, percent=percent)
            if _THOUSANDS_COMMA.fullmatch(s):
                return Reading(float(s.replace(",", "")), percent=percent)
            return None
        return Reading(float(s), percent=percent)
    except ValueError:  # pragma: no cover - the checks above make this unreachable
        return None


# ---------------------------------------------------------------------------
# Words

_UNITS: dict[str, int] = {
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_APPROX_BASE: dict[str, float] = {
    "chục": 10,
    "trăm": 100,
    "nghìn": 1e3,
    "ngàn": 1e3,
    "vạn": 1e4,
    "triệu": 1e6,
}

# A run of number words; validated and valued by `read_words`.
_WORD = (
    r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|linh|lẻ|trăm"
    r"|nghìn|ngàn|vạn|triệu|tỷ|tỉ)"
)


def read_words(s: str) -> Reading | None:
    """Read number words: "hai" 2, "mười lăm" 15, "hai mươi mốt" 21, "một trăm" 100, "hàng trăm" ~100."""
    words = s.casefold().split()
    if not words:
        return None
    if words[0] == "hàng" and len(words) == 2 and words[1] in _APPROX_BASE:
        return Reading(float(_APPROX_BASE[words[1]]), approx=True)
    total = 0.0
    hundreds = 0
    small = 0  # below one hundred
    last_digit: int | None = None
    seen = False
    for i, w in enumerate(words):
        if w in _UNITS:
            d = _UNITS[w]
            if w in ("mốt", "lăm", "nhăm", "tư") and i == 0:
                return None  # only inside a compound ("hai mươi mốt", "mười lăm")
            if last_digit is not None and small % 10:
                return None  # two digits in a row: "hai ba"
            small += d
            last_digit = d
        elif w == "mười":
            if small:
                return None
            small = 10
            last_digit = None
        elif w == "mươi":
            if last_digit is None or small >= 10:
                return None
            small = last_digit * 10
            last_digit = None
        elif w in ("linh", "lẻ"):
            if not hundreds:
                return None
            continue
        elif w == "trăm":
            hundreds += (small or 1) * 100
            small = 0
            last_digit = None
        elif w in SCALES:
            group = hundreds + small
            total = total * SCALES[w] if not group and total else total + (group or 1) * SCALES[w]
            hundreds = small = 0
            last_digit = None
        else:
            return None
        seen = True
    if not seen:
        return None
    return Reading(total + hundreds + small)


def parse_number(s: str) -> Reading | None:
    """Read one numeral written alone: digits ("2.506,1", "12,06%"), words ("mười lăm"), with a scale word.

    A trailing scale word is applied: "1,2 triệu" -> 1200000. Returns None when
    `s` is not a numeral.
    """
    s = " ".join(s.split())
    if not s:
        return None
    if s[0].isdigit():
        if s.endswith("%"):
            return read_digits(s.replace(" ", ""))
        head, _, tail = s.partition(" ")
        r = read_digits(head)
        if r is None:
            return None
        if not tail:
            return r
        scale = SCALES.get(tail.casefold())
        if scale is None:
            return None
        return Reading(r.value * scale, tuple(a * scale for a in r.alternatives), r.approx, r.percent)
    return read_words(s)


# ---------------------------------------------------------------------------
# Finding numerals in a text

_GLUED = "|".join(sorted((regex.escape(u) for u in GLUED_UNITS), key=len, reverse=True))
_SCALE_ALT = "|".join(sorted((regex.escape(k) for k in SCALES), key=len, reverse=True))
_DIGITS_BODY = r"\d+(?:[.,]\d+)*(?![.,]\d)(?:(?!\w)|(?=(?:" + _GLUED + r")(?!\w)))"
_DIGITS = regex.compile(r"(?<![\w.,/:-])" + _DIGITS_BODY, regex.IGNORECASE)
# The upper end of a range written without blanks, "7-8%", "50-55 triệu": `_DIGITS` without its lookbehind, matched
# right after a "-" that ends a numeral not itself after a dash (`_digit_numerals`; a dash after a letter,
# "COVID-19", still opens none, nor the third number of "0912-345-678"; dates and year ranges are screened out by
# their readers).
_DIGITS_AFTER_RANGE_DASH = regex.compile(_DIGITS_BODY, regex.IGNORECASE)
# Digit runs (`_digit_numerals`), and the characters around one that decide its `_DIGITS` match
# alone: none is a word character, none is excluded before, none goes on with a unit or decimals after.
_DIGIT_RUN = regex.compile(r"\d+")
_PLAIN_BEFORE = frozenset(" \t\n\xa0(\"'“”‘’[;!?%+")
_PLAIN_AFTER = frozenset(" \t\n\xa0)\"'“”‘’];:!?%/-+…")
# "14 vụ/37 bị can": a count after a word and a '/', before a noun counted beside cases (`SLASH_PAIRED_COUNTS`)
_PAIRED_AFTER_SLASH = regex.compile(
    r"\d+ (?:" + "|".join(map(regex.escape, SLASH_PAIRED_COUNTS)) + r")(?![\p{L}\p{M}])"
)
_EXCLUDED_BEFORE = frozenset(".,/:-_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")  # `_DIGITS`' lookbehind
# Word numerals: the first words are found with `str.find`, then an anchored match extends the run.
# First words of a number, in lower and sentence case; a lone "năm" is the word for year.
_FIRST_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "hàng")
_FIRST_FORMS = tuple(f for w in _FIRST_WORDS for f in (w, w[0].upper() + w[1:]))
_NAM_SCALE = regex.compile(r"\s+(?:mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ)\b")
_WORD_RUN = regex.compile(r"(?:\s+" + _WORD + r"(?!\w))*")
_HANG = regex.compile(r"\s+(?:chục|trăm|nghìn|ngàn|vạn|triệu)(?!\w)")
# An abbreviated scale word counts only before a currency, glued or after a blank ("tr.đồng", "trđ", "tr đồng").
_SCALE_ABBREV = (
    "(?:"
    + "|".join(sorted((regex.escape(k) for k in SCALE_ABBREVIATIONS), key=len, reverse=True))
    + r")(?=[ ]?(?:"
    + "|".join(sorted((regex.escape(c) for c in SCALE_ABBREVIATION_CURRENCIES), key=len, reverse=True))
    + r")(?!\w))"
)
_SCALE_AFTER = regex.compile(
    r"\s*(?P<s>(?:(?:nghìn|ngàn|triệu)\s+(?:tỷ|tỉ)|" + _SCALE_ALT + r")(?!\w)|" + _SCALE_ABBREV + ")", regex.IGNORECASE
)
assert _SCALE_AFTER.groupindex == {"s": 1}
_SCALE_FIRST = frozenset(c for w in SCALES for c in (w[0], w[0].upper()))
_TRAILING_SCALE = regex.compile(r"(?:\s+(?:" + _SCALE_ALT + r"))+$", regex.IGNORECASE)


def find_numerals(view: str, start: int = 0, end: int | None = None) -> Iterator[Numeral]:
    """Yield every numeral of `view[start:end]`, with its offsets, in text order.

    Digit numerals and runs of number words are found; a scale word after a
    digit numeral is attached (`scale`, `scale_word`, `scale_end`), and a run of
    number words ending in scale words is split the same way ("ba nghìn" -> 3 x
    1000). Words that are not numbers here ("một số", a lone "năm") are skipped
    or left for the caller to judge: `kind` tells digits from words.
    """
    yield from numerals(view, None, start, end)


def numerals(
    view: str, low: str | None = None, start: int = 0, end: int | None = None, runs: list[tuple[int, int]] | None = None
) -> list[Numeral]:
    """`find_numerals` as a list; `low` is `view.lower()` when the caller has it (same length as `view`),
    `runs` is `digit_runs(view, start, end)` when the caller has it."""
    end = len(view) if end is None else end
    found = _digit_numerals(view, end, digit_runs(view, start, end) if runs is None else runs)
    words = list(_word_numerals(view, start, end, low))
    if words:
        found.extend(words)
        found.sort(key=_START)
    for k, n in enumerate(found):
        b = n.end
        c = view[b : b + 1]
        if c.isspace():
            c = view[b + 1 : b + 2]
            if c == " " == view[b]:  # more spaces ("5  tỷ", an NBSP beside a space): `_SCALE_AFTER` skips them
                j, hi = b + 2, min(end, b + 24)
                while j < hi and view[j] == " ":
                    j += 1
                c = view[j : j + 1] if j < hi else ""
        if c in _SCALE_FIRST:  # the first character after the spaces
            sm = _SCALE_AFTER.match(view, b, min(end, b + 24))
            if sm is not None:
                w = sm.group(1)  # "s" (by number: a group looked up by name costs `regex` an exception)
                word = " ".join(w.split()).casefold()
                scale = SCALES.get(word) or SCALE_ABBREVIATIONS.get(word)
                if scale is None:  # "nghìn tỷ"
                    scale = 1.0
                    for part in word.split():
                        scale *= SCALES[part]
                found[k] = Numeral(n.start, b, n.value, n.alternatives, n.approx, n.kind, scale, w, sm.end())
    return found


_START = itemgetter(0)  # a numeral's start (a C call as the sort key)


_new = tuple.__new__


def digit_runs(view: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """`(start, end)` of every run of digits (`\\d+`) in `view[start:end]`.

    Scanned without a timeout, which roughly halves the cost of a `regex` scan: `\\d+` is linear
    (no backtracking). Every numeral and every date written in digits opens a run.
    """
    end = len(view) if end is None else end
    return [m.span() for m in _DIGIT_RUN.finditer(view, start, end)]


def _digit_numerals(view: str, end: int, runs: list[tuple[int, int]]) -> list[Numeral]:
    """The numerals `_DIGITS.finditer(view, start, end)` finds, `runs` being `digit_runs(view, start, end)`, and the
    upper ends of ranges written without blanks ("7-8%", "7%-8%": `_DIGITS_AFTER_RANGE_DASH`).

    Every match starts a run (its lookbehind excludes a digit before): a run with a plain character
    on each side is the whole match (the common case, decided here), any other is matched with
    `_DIGITS` there.
    """
    out: list[Numeral] = []
    last = 0
    n = len(view)
    for a, b in runs:
        if a < last:
            continue  # inside the previous match (a decimal's digits: its lookbehind rejects them too)
        before = view[a - 1] if a > 0 else " "
        if before == "/" and a > 1 and view[a - 2].isalpha() and _PAIRED_AFTER_SLASH.match(view, a, end):
            before = " "  # "14 vụ/37 bị can": a count of its own
        if before in _EXCLUDED_BEFORE:
            if (
                before == "-"
                and out
                and (out[-1].end == a - 1 or (out[-1].end == a - 2 and view[a - 2] == "%"))  # "7-8%", "7%-8%"
                and view[out[-1].start - 1 : out[-1].start] != "-"
            ):
                m = _DIGITS_AFTER_RANGE_DASH.match(view, a, end)  # the range's upper end
                if m is not None:
                    r = read_digits(m.group())
                    if r is not None:
                        out.append(Numeral(a, m.end(), r.value, r.alternatives, False, "digits"))
                        last = m.end()
            continue  # "12/4", "2.506", "COVID-19": no match starts here
        after = view[b] if b < end else " "
        if before in _PLAIN_BEFORE and (
            after in _PLAIN_AFTER or (after in ".," and b + 1 < n and not view[b + 1].isdecimal())
        ):
            s = view[a:b]  # the whole match: nothing before excludes it, nothing after goes on
        else:
            m = _DIGITS.match(view, a, end)
            if m is None:
                continue
            s = m.group()
            a, b = m.span()
        last = b
        if s.isdigit():  # the common case, read here (`read_digits` would give the same)
            spaced = (
                _spaced_groups(view, runs, a, b, end)
                if len(s) <= 3 and view[b : b + 1] == " " and view[b + 1 : b + 2].isdigit()
                else None
            )
            if spaced is not None:  # "6 450 đảng viên": thousands set apart by blanks, as old pages wrote them
                b, s = spaced
                last = b
            out.append(_new(Numeral, (a, b, float(s), (), False, "digits", 1.0, None, -1)))
            continue
        r = read_digits(s)
        if r is not None:
            out.append(Numeral(a, b, r.value, r.alternatives, False, "digits"))
    return out


def _spaced_groups(view: str, runs: list[tuple[int, int]], a: int, b: int, end: int) -> tuple[int, str] | None:
    """The end and digits of a number whose thousands are set apart by single blanks ("6 450", "1 250 000"),
    the run `view[a:b]` of one to three digits opening it; None unless a word in lower case or "%" follows the
    last group (a count or an amount: "6 450 đảng viên", "1 025 tỷ đồng"), not another digit or a mark."""
    i = bisect_left(runs, (b + 1, 0))
    digits = view[a:b]
    while i < len(runs) and runs[i][0] == b + 1 and runs[i][1] - runs[i][0] == 3 and view[b] == " ":
        b = runs[i][1]
        digits += view[b - 3 : b]
        i += 1
    if b - a == len(digits) or b >= end:
        return None
    nxt = view[b : b + 2]
    if nxt[:1] == "%" or (nxt[:1] == " " and nxt[1:].islower()):
        return b, digits
    return None


def _word_starts(view: str, start: int, end: int, low: str | None = None) -> list[tuple[int, int]]:
    """`(start, end)` of every first number word, found with `str.find` (far cheaper than a regex scan).

    Lower and sentence case only ("hai", "Hai"); a word in capitals is a heading, not a count.
    `low` is `view.lower()` if the caller has it.
    """
    low = view.lower() if low is None else low
    if len(low) != len(view):  # a character whose lower case is longer: search both forms instead
        low, forms = view, _FIRST_FORMS
    else:
        forms = _FIRST_WORDS
    out = []
    nv = len(view)
    for w in forms:
        n = len(w)
        nam = w[1:] == "ăm"
        i = low.find(w, start, end)
        while i >= 0:
            j = i + n
            bounded = (i == 0 or not view[i - 1].isalnum()) and (j >= nv or not view[j].isalnum())
            if bounded and view[i + 1 : j].islower() and (not nam or _nam_scale(view, j, end)):
                out.append((i, j))
            i = low.find(w, j, end)
    out.sort()
    return out


def _nam_scale(view: str, j: int, end: int) -> bool:
    """Whether `_NAM_SCALE` matches at `j` (after "năm"), after a cheap look at what follows the spaces.

    Its words are written in lower case and open with "m", "t" or "n"; other blanks let it decide.
    """
    k = j
    while view[k : k + 1] == " ":
        k += 1
    if k == j and not view[j : j + 1].isspace():
        return False  # (every regex blank is a str blank)
    c = view[k : k + 1]
    if c not in ("m", "t", "n") and not c.isspace():
        return False
    return _NAM_SCALE.match(view, j, min(end, j + 16)) is not None


def _word_numerals(view: str, start: int, end: int, low: str | None = None) -> Iterator[Numeral]:
    last = -1
    for a, first_end in _word_starts(view, start, end, low):
        if a < last:
            continue
        first = view[a:first_end]
        if first.casefold() == "hàng":
            h = _HANG.match(view, first_end, min(end, first_end + 40))
            if h is None:
                continue
            b = h.end()
            core = view[a:b]
        else:
            run = _WORD_RUN.match(view, first_end, min(end, first_end + 80))
            b = run.end() if run is not None else first_end
            core = view[a:b]
            ts = _TRAILING_SCALE.search(core)
            if ts is not None and ts.start() > 0:
                core = core[: ts.start()]
                b = a + len(core)
        r = read_words(core)
        if r is None and " " in core:  # "hai năm": keep the first word
            core, b = first, first_end
            r = read_words(core)
        last = b
        if r is not None:
            yield Numeral(a, b, r.value, (), r.approx, "words")
