"""Spans of years: "nhiệm kỳ 2020-2025", "5 năm (2016 - 2020)", "từ năm 2016 đến năm 2020".

A term is two years 1930..2100, the second later than the first, written as a range
("2015–2020", "2021- 2025", "năm 2016 - năm 2020") or as "từ (năm) A đến (năm) B". Its kind
is the word that introduces it ("nhiệm kỳ", "giai đoạn", "kế hoạch"; else "other") and its
tenure a "khóa" written next to it ("khóa XV, nhiệm kỳ 2015 - 2020" -> 15). Single years,
deadlines ("đến năm 2025"), vision years, month ranges ("3/2020 - 5/2020"), phone numbers and
URLs are not terms; nothing is taken from page chrome. One record per (start, end), mentions merged.
"""

from __future__ import annotations

import functools

import regex

from .models import Span, Term, TermKind, built
from .ordinals import ROMAN, parse_ordinal
from .text import Text, in_url, matches_at, outside_url

__all__ = ["extract"]

_F = regex.V1
_YEAR = r"(?:19|20|21)\d\d"
# One scan from the first year (a digit start the engine skips to quickly): a dash range "2015 - 2020",
# or "2016 đến (năm) 2020" whose lead ("từ", "giai đoạn", "nhiệm kỳ") is then read backwards; without a
# lead the latter is no term. Not inside a number, a date, a code or a longer chain of numbers.
_RANGE = regex.compile(
    rf"(?<![\d.,/\-]|\d[ .])(?<![\d][ ]?-[ ]?)(?P<a>{_YEAR})"
    rf"(?:[ ]{{0,2}}-[ ]{{0,2}}|(?P<to>[ ]+(?i:đến|tới)[ ]+(?:(?i:hết)[ ]+)?))"
    rf"(?:(?i:năm)[ ]+)?(?P<b>{_YEAR})(?![\d]|[ ]?[-/.,]\d|[ ]?%)",
    _F,
)
_CENTURIES = ("19", "20", "21")  # where a match of `_RANGE` begins
_TO_WORDS = ("đến", "tới")  # what may join two years instead of a dash
_RANGE_TO, _RANGE_A, _RANGE_B = (_RANGE.groupindex[g] for g in ("to", "a", "b"))
_TO_LEAD = regex.compile(
    r"(?:(?P<w>(?i:giai[ ]+đoạn|nhiệm[ ]+kỳ))[ ]+(?:(?i:từ)[ ]+)?|(?<![\p{L}])(?i:từ)[ ]+)(?:(?i:năm)[ ]+)?$",
    _F | regex.REVERSE,
)
# The word introducing a range, anchored at the range's start (searched backwards over a short window).
_INTRO = regex.compile(
    rf"(?P<w>(?i:nhiệm[ ]+kỳ|nhiệm[ ]+kì|giai[ ]+đoạn|kế[ ]+hoạch))"
    r"(?:[ ]+(?i:mới|tới|tiếp[ ]+theo|kế[ ]+tiếp|trước|qua|đầu|cuối|hiện[ ]+nay))?"
    rf"(?:[ ]+(?:{ROMAN}|\d)(?![\p{{L}}\d]))?"  # "giai đoạn II (2024-2025)", "giai đoạn 1 (2021-2023)"
    r"(?:[ ]+\d{1,2}[ ]+(?i:năm))?[ ]*[,(:]?[ ]*(?:(?i:năm)[ ]+)?$"
    # "Kế hoạch phát triển kinh tế - xã hội 5 năm (2016 - 2020)": a plan named before "N năm"
    r"|(?P<w>(?i:kế[ ]+hoạch))(?:[ ]+[^\s,.;:()\"]+){1,8}?[ ]+(?P<n>\d{1,2}[ ]+(?i:năm))[ ]*\(?[ ]*$",
    _F | regex.REVERSE,
)
_YEARS_ONLY = regex.compile(r"\d{1,2}[ ]+(?i:năm)[ ]*\(?[ ]*$", _F | regex.REVERSE)
_KHOA_BEFORE = regex.compile(rf"(?i:khóa|khoá)[ ]+(?P<k>{ROMAN}|\d{{1,2}})[ ]*[,(]?[ ]*$", _F | regex.REVERSE)
_KHOA_AFTER = regex.compile(rf"[ ]*\([ ]*(?i:khóa|khoá)[ ]+(?P<k>{ROMAN}|\d{{1,2}})[ ]*\)", _F)
_PHONE_WORDS = ("đt", "điện thoại", "hotline", "fax", "sđt", "tel", "di động", "liên hệ", "đường dây nóng")
_PHONE_CONTEXT = regex.compile(rf"(?i:{'|'.join(_PHONE_WORDS)})\W{{0,3}}[\d ().+]*$", _F | regex.REVERSE)
# Cheap tests on the case folding before the patterns (each match holds one of these).
_PHONE_TESTS = ("đt", "thoại", "hotline", "fax", "tel", "động", "hệ", "nóng")
_INTRO_TESTS = ("nhiệm", "giai", "kế")

_INTRO_W, _INTRO_N = _INTRO.groupindex["w"], _INTRO.groupindex["n"]
_LEAD_W = _TO_LEAD.groupindex["w"]

_KINDS: dict[str, TermKind] = {
    "nhiệm kỳ": "nhiệm kỳ", "nhiệm kì": "nhiệm kỳ", "giai đoạn": "giai đoạn", "kế hoạch": "kế hoạch",
}
_BACK = 90


def _kind_and_start(v: str, a: int, folded: str | None) -> tuple[TermKind, int]:
    """The kind introduced before position `a`, and where its mention starts.

    `folded` is the case folding of `v` at the same offsets, or None.
    """
    lo = max(0, a - _BACK)
    m = None
    if folded is None or _holds(folded, lo, a, _INTRO_TESTS):
        m = _INTRO.search(v, lo, a)
    if m:
        start = m.start(_INTRO_N) if m.group(_INTRO_N) else m.start()
        return _kind_of(m.group(_INTRO_W)), start
    y = _YEARS_ONLY.search(v, lo, a) if _years_only_may(v, lo, a) else None
    return "other", (y.start() if y else a)


def _years_only_may(v: str, lo: int, a: int) -> bool:
    """Cheap test for `_YEARS_ONLY` (anchored at `a`, or before a line break there): `v[lo:a]` ends with
    "năm", then blanks and maybe a bracket."""
    seg = v[lo:a]
    if seg.endswith("\n"):  # `$` matches before a final line break too
        seg = seg[:-1]
    seg = seg.rstrip(" ")
    if seg.endswith("("):
        seg = seg[:-1].rstrip(" ")
    return seg[-3:].lower() == "năm"


@functools.lru_cache(maxsize=256)
def _kind_of(word: str) -> TermKind:
    """The kind a written lead word names ("Nhiệm  kỳ" -> "nhiệm kỳ"; the same few words come again and again)."""
    return _KINDS.get(" ".join(word.lower().split()), "other")


def _holds(folded: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether `folded[lo:hi]` holds one of `words`."""
    seg = folded[lo:hi]
    for w in words:  # noqa: SIM110 (any() over a generator costs more than the tests it spares)
        if w in seg:
            return True
    return False


def _tenure(v: str, start: int, end: int, folded: str | None) -> int | None:
    lo = max(0, start - 20)
    m = None
    if folded is None or _holds(folded, lo, start, ("kh",)):
        m = _KHOA_BEFORE.search(v, lo, start)
    if not m and v[end : end + 20].lstrip(" ").startswith("("):
        m = _KHOA_AFTER.match(v, end, min(len(v), end + 20))
    if not m:
        return None
    k = m.group(1)  # the only group: "k"
    return int(k) if k.isdigit() else parse_ordinal(k)


def _year_before(v: str, e: int) -> int:
    """Start of a year "19dd", "20dd" or "21dd" ending at `e` (its last two digits any decimal ones), else -1."""
    k = e - 4
    if k < 0 or not v.startswith(_CENTURIES, k):
        return -1
    digits = v[k + 2 : e]
    return k if digits.isdecimal() or not digits.isascii() else -1


def _range_starts(v: str, folded: str | None) -> list[int]:
    """Sorted offsets where `_RANGE` may match: a year right before a dash (up to two spaces between),
    or before spaces and "đến"/"tới" (found on `folded`, the case folding of `v` at the same offsets).

    Walked back from each dash and each "đến"/"tới" (few in a text) instead of forward from every
    "19", "20", "21" (many: dates, numbers). Without `folded`, every such year start is tried.
    """
    if folded is None:
        return _year_starts(v)
    found: list[int] = []
    i = v.find("-")
    while i >= 0:
        j = i
        if j and v[j - 1] == " ":
            j -= 1
            if j and v[j - 1] == " ":
                j -= 1
        if j >= 4 and v.startswith(_CENTURIES, j - 4):  # a year may end there (most dashes follow words)
            c = v[j - 1]
            if c.isdecimal() or not c.isascii():
                k = _year_before(v, j)
                if k >= 0:
                    found.append(k)
        i = v.find("-", i + 1)
    for word in _TO_WORDS:
        i = folded.find(word)
        while i >= 0:
            j = i
            while j and v[j - 1] == " ":
                j -= 1
            k = _year_before(v, j) if j < i else -1
            if k >= 0:
                found.append(k)
            i = folded.find(word, i + 3)
    found.sort()
    return found


def _year_starts(v: str) -> list[int]:
    """Sorted offsets of "19", "20", "21" where `_RANGE` may match: two more digits, then spaces
    and a dash, "đến" or "tới" (a character that may open them: '-', 't', 'T' or a non-ASCII one)."""
    found: set[int] = set()
    for century in _CENTURIES:
        i = v.find(century)
        while i >= 0:
            digits = v[i + 2 : i + 4]
            if digits.isdecimal() or not digits.isascii():
                j = i + 4
                while v.startswith(" ", j):
                    j += 1
                c = v[j : j + 1]
                if c in ("-", "t", "T") or not c.isascii():
                    found.add(i)
            i = v.find(century, i + 1)
    return sorted(found)


def extract(t: Text) -> list[Term]:
    """Every span of years in `t`, one record per (start, end) year pair, mentions merged."""
    v = t.view
    folded = t.lowered if t.folds_simply else None
    found: dict[tuple[int, int], tuple[list[TermKind | int | None], list[Span]]] = {}  # [kind, tenure], mentions
    # every range opens with its first year: tried only where "19", "20" or "21" is, not scanned for
    for m in matches_at(_RANGE, v, _range_starts(v, folded)):
        s, e = m.span()
        a, b = int(m.group(_RANGE_A)), int(m.group(_RANGE_B))
        if not (1930 <= a < b <= 2100):
            continue
        lead = None
        if m.group(_RANGE_TO):
            lead = _TO_LEAD.search(v, max(0, s - 24), s)
            if lead is None:
                continue
        if t.in_chrome(s, e) or t.in_caption(s, e) or (not outside_url(v, s, e) and in_url(v, s, e)):
            continue
        lo = max(0, s - 30)
        if (folded is None or _holds(folded, lo, s, _PHONE_TESTS)) and _PHONE_CONTEXT.search(v, lo, s):
            continue
        if lead is not None and lead.group(_LEAD_W):  # "giai đoạn 2016 đến 2020": the word is the lead
            kind, start = _kind_of(lead.group(_LEAD_W)), lead.start()
        else:
            kind, start = _kind_and_start(v, lead.start() if lead is not None else s, folded)
            start = min(start, lead.start()) if lead is not None else start
        start = min(start, s)
        end = e
        if v.count("(", start, end) > v.count(")", start, end) and v.startswith(")", end):
            end += 1  # "5 năm (2016 - 2020)": keep the bracket pair whole
        span = built(Span, {"start": start, "end": end, "text": t.text[start:end]})
        tenure = _tenure(v, start, end, folded)
        rec = found.get((a, b))
        if rec is None:
            found[(a, b)] = ([kind, tenure], [span])
            continue
        values, mentions = rec
        mentions.append(span)
        if values[0] == "other" and kind != "other":
            values[0] = kind
        if values[1] is None:
            values[1] = tenure
    # built once all mentions are read (setting a field of a built record costs pydantic's __setattr__)
    return [
        built(Term, {"start": a, "end": b, "kind": kind, "tenure": tenure, "mentions": mentions})
        for (a, b), ([kind, tenure], mentions) in found.items()
    ]
