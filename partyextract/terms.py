"""Spans of years: "nhiệm kỳ 2020-2025", "5 năm (2016 - 2020)", "từ năm 2016 đến năm 2020".

A term is two years 1930..2100, the second later than the first, written as a range
("2015–2020", "2021- 2025", "năm 2016 - năm 2020") or as "từ (năm) A đến (năm) B". Its kind
is the word that introduces it ("nhiệm kỳ", "giai đoạn", "kế hoạch"; else "other") and its
tenure a "khóa" written next to it ("khóa XV, nhiệm kỳ 2015 - 2020" -> 15). Single years,
deadlines ("đến năm 2025"), vision years, month ranges ("3/2020 - 5/2020"), phone numbers and
URLs are not terms; nothing is taken from page chrome. One record per (start, end), mentions merged.
"""

from __future__ import annotations

import regex

from .models import Span, Term, TermKind, built
from .ordinals import ROMAN, parse_ordinal
from .text import Text, find_all, matches_at

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
_PHONE_CONTEXT = regex.compile(
    r"(?i:đt|điện thoại|hotline|fax|sđt|tel|di động|liên hệ|đường dây nóng)\W{0,3}[\d ().+]*$",
    _F | regex.REVERSE,
)
# A token that looks like a URL or a host name.
_URLISH = regex.compile(r"://|(?i:www\.)|\.(?i:vn|com|net|org|gov|html?|php|aspx?)(?![\p{L}])", _F)

_KINDS: dict[str, TermKind] = {
    "nhiệm kỳ": "nhiệm kỳ", "nhiệm kì": "nhiệm kỳ", "giai đoạn": "giai đoạn", "kế hoạch": "kế hoạch",
}
_BACK = 90


def _kind_and_start(v: str, a: int) -> tuple[TermKind, int]:
    """The kind introduced before position `a`, and where its mention starts."""
    lo = max(0, a - _BACK)
    m = _INTRO.search(v, lo, a)
    if m:
        word = " ".join(m.group("w").lower().split())
        start = m.start("n") if m.group("n") else m.start()
        return _KINDS.get(word, "other"), start
    y = _YEARS_ONLY.search(v, lo, a)
    return "other", (y.start() if y else a)


def _tenure(v: str, start: int, end: int) -> int | None:
    m = _KHOA_BEFORE.search(v, max(0, start - 20), start)
    if not m:
        m = _KHOA_AFTER.match(v, end, min(len(v), end + 20))
    if not m:
        return None
    k = m.group("k")
    return int(k) if k.isdigit() else parse_ordinal(k)


def _in_url(v: str, a: int, b: int) -> bool:
    """Whether `a:b` lies in a URL-like token (looked at within 300 characters either side)."""
    lo = max(v.rfind(" ", max(0, a - 300), a), v.rfind("\n", max(0, a - 300), a)) + 1
    hi = min(x for x in (v.find(" ", b, b + 300), v.find("\n", b, b + 300), b + 300) if x >= 0)
    return bool(_URLISH.search(v, lo, hi))


def extract(t: Text) -> list[Term]:
    """Every span of years in `t`, one record per (start, end) year pair, mentions merged."""
    v = t.view
    found: dict[tuple[int, int], Term] = {}
    # every range opens with its first year: tried only where "19", "20" or "21" is, not scanned for
    for m in matches_at(_RANGE, v, find_all(v, _CENTURIES)):
        lead = None
        if m.group("to"):
            lead = _TO_LEAD.search(v, max(0, m.start() - 24), m.start())
            if lead is None:
                continue
        a, b = int(m.group("a")), int(m.group("b"))
        if not (1930 <= a < b <= 2100):
            continue
        if t.in_chrome(m.start(), m.end()) or t.in_caption(m.start(), m.end()) or _in_url(v, m.start(), m.end()):
            continue
        if _PHONE_CONTEXT.search(v, max(0, m.start() - 30), m.start()):
            continue
        if lead is not None and lead.group("w"):  # "giai đoạn 2016 đến 2020": the word is the lead
            kind, start = _KINDS.get(" ".join(lead.group("w").lower().split()), "other"), lead.start()
        else:
            kind, start = _kind_and_start(v, lead.start() if lead is not None else m.start())
            start = min(start, lead.start()) if lead is not None else start
        start = min(start, m.start())
        end = m.end()
        if v.count("(", start, end) > v.count(")", start, end) and v.startswith(")", end):
            end += 1  # "5 năm (2016 - 2020)": keep the bracket pair whole
        span = built(Span, {"start": start, "end": end, "text": t.text[start:end]})
        tenure = _tenure(v, start, end)
        rec = found.get((a, b))
        if rec is None:
            found[(a, b)] = built(Term, {"start": a, "end": b, "kind": kind, "tenure": tenure, "mentions": [span]})
            continue
        rec.mentions.append(span)
        if rec.kind == "other" and kind != "other":
            rec.kind = kind
        if rec.tenure is None:
            rec.tenure = tenure
    return list(found.values())
