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
import re
import sys

import regex

from .models import Span, Term, TermKind, builder
from .ordinals import ROMAN, parse_ordinal
from .text import Text, in_url, outside_url

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
# Each found on the case folding by one `re` scan for its rare middle letter ("ế", "ớ": a one-character literal,
# as fast as a scan gets) that stops only where `_RANGE` may begin before the word: the word and a space, after a
# year and one blank (digits as in `_DASH_AFTER_YEAR`), or after two blanks (then read backwards). The word's first
# letter is tested first: it rules out most of the letter's other words ("tiến", "kiến"; "với", "mới") at once.
_TO_SCANS = tuple(
    re.compile(
        rf"{w[1]}(?<={w[:2]})(?={w[2]} )(?:(?<=(?:19|20|21)[0-9\x80-\U0010ffff]{{2}} {w[:2]})(?P<one>)|(?<=  {w[:2]}))"
    )
    for w in _TO_WORDS
)
_RANGE_TO = _RANGE.groupindex["to"]
# `_RANGE`'s common dash range, "2020-2025", in `re` (a third of the cost of a `regex` match), taken after a common
# lead (`_lead_before`), where `_RANGE`'s look-behinds hold. Digits are ASCII ones, and in the look-ahead any
# non-ASCII character may be a digit but those of General Punctuation (U+2000-U+206F: "2020-2025…", none a digit in
# any Unicode version): where it matches, `_RANGE` matches the same, else `_RANGE` decides. The dash scan matches its
# tail (`_range_ends`).
_MAY_BE_DIGIT = r"[0-9\x80-\u1fff\u2070-\U0010ffff]"
_PLAIN_HEAD = r"(?:19|20|21)[0-9]{2}[ ]{0,2}-"
_PLAIN_TAIL = rf"[ ]{{0,2}}(?:19|20|21)[0-9]{{2}}(?!{_MAY_BE_DIGIT}|[ ]?[-/.,]{_MAY_BE_DIGIT}|[ ]?%)"
_PLAIN_RANGE = re.compile(_PLAIN_HEAD + _PLAIN_TAIL)
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
# Lead words written right before a range with one space, as the case folding holds them (and their lengths).
_LEADS_BEFORE: dict[str, TermKind] = {f"{w} ": _KINDS[w] for w in _KINDS}
_LEAD_LENGTHS = tuple(sorted({len(w) for w in _LEADS_BEFORE}))
# `_INTRO`'s modifiers of a lead word, with one blank before and after them.
_MODIFIERS = ("mới", "tới", "tiếp theo", "kế tiếp", "trước", "qua", "đầu", "cuối", "hiện nay")
_MODIFIERS_BEFORE = tuple(f" {m} " for m in _MODIFIERS)
# The records, built from every field's value without validation (`models.builder`).
_SPAN = builder(Span)
_TERM = builder(Term)
_NOWHERE = (sys.maxsize, sys.maxsize)  # a range past every text (no page chrome or caption left)
_KHOA = re.compile("kh(?:óa|oá)")  # the word each of `_tenure`'s patterns matches, in the case folding
_TAIL_MARKS = ",;)].…!?\"'"  # what may follow a range before a blank (`outside_url` takes ",;)")
# A dash after a year and up to two spaces, found with one `re` scan of the case folding for '-' (a literal: the scan
# is as fast as `str.find`) that stops only where its look-behind sees a year: "19", "20" or "21" and two characters
# that may be digits (ASCII ones or any non-ASCII character: a superset of `\d` whatever the Unicode version). Where
# the year's digits are ASCII ones the scan also takes the rest of `_PLAIN_RANGE`'s match from that year (the two read
# the same there: the year ends right before the blanks), and tells whether the common mention is there: one of
# `_LEADS_BEFORE` right before the year and the range in no URL (`_CLEAR_AFTER`), where `extract` needs nothing
# else. Each branch ends with an empty group: the last group set says which (`_DASH_HITS`).
# The folding reads as the view here: it is the view's lower case character by character (`Text.folds_simply`),
# which changes none of the scan's blanks, digits, dashes and marks and makes no other character one of them; the
# only non-ASCII character it makes ASCII is the Kelvin sign ('k'), no digit: a year with it is no year of
# `_RANGE` (the scan of the view would only have tried it in vain), a range followed by it is one of `_RANGE`
# as well (the plain range takes it on the folding, not on the view: the same match).
# After a range with a lead's blank right before it: a full stop and a blank or the text's end, or no dot or colon up
# to the next blank or line break or the text's end, within 299 characters ("2020-2025", "2020-2025, ",
# "2020-2025…đã"). Then the range lies in no URL: the run without blanks around it, which `in_url` reads (it ends
# there, within 300 characters), holds no dot or colon (the range has none), and every URL sign holds one.
_CLEAR_AFTER = r"(?=[^ \n.:]{0,299}(?:[ \n]|\Z)|\.(?:[ \n]|\Z))"


def _dash_branch(sp: str) -> str:
    """The scan's branch for a dash `sp` after a year: a lead and the plain range, the plain range, or neither."""
    year = rf"(?:19|20|21)[0-9]{{2}}{sp}-"
    leads = "".join(rf"(?<={re.escape(w)}{year}){_PLAIN_TAIL}{_CLEAR_AFTER}()|" for w in _LEADS_BEFORE)
    return rf"(?<=(?:19|20|21)[0-9\x80-\U0010ffff]{{2}}{sp}-)(?:(?<={year})(?:{leads}{_PLAIN_TAIL}())|())"


_DASH_BLANKS = ("", " ", "  ")
_DASH_AFTER_YEAR = re.compile("-(?:" + "|".join(_dash_branch(sp) for sp in _DASH_BLANKS) + ")")
# For each group of `_DASH_AFTER_YEAR` (the last one set): how far before the dash the year begins, whether the
# plain range ends where the match does, and the lead before the year (its kind and length) when the common
# mention is there.
_DASH_HITS: tuple[tuple[int, bool, TermKind | None, int], ...] = (
    (0, False, None, 0),  # (no group 0)
    *(
        hit
        for sp in _DASH_BLANKS
        for hit in (
            *((4 + len(sp), True, kind, len(w)) for w, kind in _LEADS_BEFORE.items()),
            (4 + len(sp), True, None, 0),
            (4 + len(sp), False, None, 0),
        )
    ),
)


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
    lo = start - 20 if start > 20 else 0
    m = None
    if folded is None or folded.find("kh", lo, start) >= 0:
        m = _KHOA_BEFORE.search(v, lo, start)
    if m is None:
        i = v.find("(", end, end + 20)  # only blanks may lie before the bracket
        if i < 0 or v[end:i].strip(" "):
            return None
        m = _KHOA_AFTER.match(v, end, min(len(v), end + 20))
        if m is None:
            return None
    k = m.group(1)  # the only group: "k"
    return int(k) if k.isdigit() else parse_ordinal(k)


def _clear_after(v: str, e: int) -> bool:
    """For a range `s:e` with a blank (and maybe a bracket) right before it, a cheap test that it lies in no URL
    (so `outside_url` or not `in_url`): a blank or the text's end after it, past a few commas, brackets, stops,
    quotes. The run of non-blanks around it then holds no URL sign: the range has no dot, colon or 'w', the
    marks no letter or colon. False says nothing: `in_url` decides then."""
    j = e
    n = len(v)
    while j < n and j - e < 4 and v[j] in _TAIL_MARKS:
        j += 1
    return j == n or v[j] in " \n"


def _range_starts(v: str, folded: str | None) -> list[int]:
    """Sorted offsets where `_RANGE` may match (those of `_range_hits`)."""
    return [s for s, _, _, _ in _range_hits(v, folded)]


def _range_ends(v: str, folded: str | None) -> list[tuple[int, int]]:
    """Sorted offsets where `_RANGE` may match, each with the end of `_PLAIN_RANGE`'s match there, or 0
    (those of `_range_hits`)."""
    return [(s, e) for s, e, _, _ in _range_hits(v, folded)]


_Hit = tuple[int, int, TermKind | None, int]  # (start, plain range end or 0, lead kind or None, lead length)


def _range_hits(v: str, folded: str | None) -> list[_Hit]:
    """Sorted offsets where `_RANGE` may match, each with the end of `_PLAIN_RANGE`'s match there, or 0, and the kind
    and length of the lead right before when the common mention is there (`_DASH_AFTER_YEAR`), or None and 0: a year
    right before a dash (up to two spaces between), or before spaces and "đến"/"tới" (found on `folded`, the case
    folding of `v` at the same offsets).

    The dashes after a year come from one scan that stops only there (most dashes follow words), the
    words from one scan each (few in a text). Without `folded`, every year start is tried.
    """
    if folded is None:
        return [(s, 0, None, 0) for s in _year_starts(v)]
    # (each scan a `search` from the last match's end, as `finditer` goes but without its costly start)
    found: list[_Hit] = []
    dash = _DASH_AFTER_YEAR.search(folded)
    while dash is not None:
        j, e = dash.span()
        back, plain, kind, lead = _DASH_HITS[dash.lastindex]  # type: ignore[index]
        found.append((j - back, e if plain else 0, kind, lead))
        dash = _DASH_AFTER_YEAR.search(folded, e)
    more: list[_Hit] = []
    for scan in _TO_SCANS:
        mid = scan.search(folded)
        while mid is not None:
            j = mid.start() - 2  # the blank before the word
            if mid.lastindex is None:  # two blanks or more: the year is read by `_RANGE`
                while folded[j - 1] == " ":
                    j -= 1
            if mid.lastindex is not None or (j >= 4 and folded.startswith(_CENTURIES, j - 4)):
                more.append((j - 4, 0, None, 0))
            mid = scan.search(folded, mid.end())
    if more:
        found += more
        found.sort(key=_first)  # (no two hits share a start: after a year's blanks comes a dash or a word)
    return found


def _first(hit: _Hit) -> int:
    return hit[0]


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


def _lead_before(folded: str, s: int) -> tuple[TermKind, int, bool] | None:
    """Where a range at `s` is introduced by one of the common leads, read on `folded` (the case folding of the
    view at the same offsets): a lead word, maybe one of `_INTRO`'s modifiers, maybe "N năm (", with one blank
    between each ("nhiệm kỳ 2020-2025", "nhiệm kỳ mới 2020-2025", "kế hoạch 5 năm (2016 - 2020)"). Gives the
    kind, the start and whether the bracket opens; else None.

    There `_kind_and_start` finds that very word (`_INTRO` is anchored at `s` and its plain first branch, tried
    first, takes all of it: its Roman numeral needs a blank before), and nothing else of a dash range's mention
    needs the patterns: no phone label ends the words, the only bracket is the last one, and right before the
    range lies a blank after a letter or the bracket after a blank (so `_RANGE`'s look-behinds hold).
    """
    p = s
    bracket = s > 8 and folded.startswith(" năm (", s - 6)  # "5 năm (2016 - 2020)": one or two digits before
    if bracket:
        p = s - 7 if folded[s - 8] == " " else s - 8  # where the digits begin: the lead's blank must end there
        if not ("0" <= folded[p] <= "9" and "0" <= folded[s - 7] <= "9"):
            return None
    for n in _LEAD_LENGTHS:
        if p >= n:
            kind = _LEADS_BEFORE.get(folded[p - n : p])
            if kind is not None:
                return kind, p - n, bracket
    if folded.endswith(_MODIFIERS_BEFORE, 0, p):
        for mod in _MODIFIERS_BEFORE:  # (none ends another)
            if folded.endswith(mod, 0, p):
                q = p - len(mod) + 1  # after the blank before the modifier
                for n in _LEAD_LENGTHS:
                    if q >= n:
                        kind = _LEADS_BEFORE.get(folded[q - n : q])
                        if kind is not None:
                            return kind, q - n, bracket
                return None
    return None


def extract(t: Text) -> list[Term]:
    """Every span of years in `t`, one record per (start, end) year pair, mentions merged."""
    v = t.view
    folded = t.lowered if t.folds_simply else None
    # every range opens with its first year: tried only where "19", "20" or "21" is, not scanned for
    starts = _range_hits(v, folded)
    if not starts:
        return []
    text = t.text
    # No mention may touch page chrome (`Text.in_chrome`: sorted and non-overlapping, so touching one is touching
    # the first that ends past the mention's start; a photo caption is article text). The mentions come left to
    # right: the ranges are walked once beside them.
    off = t.chrome
    p, n_off = 0, len(off)
    off_start, off_end = off[0] if off else _NOWHERE  # the first range that ends past the mentions read so far
    # the years as four ASCII digits -> [kind, tenure], mentions
    found: dict[tuple[str, str], tuple[list[TermKind | int | None], list[Span]]] = {}
    last = 0
    for s, plain_end, fast, lead_length in starts:  # `matches_at(_RANGE, v, starts)`, each match read as it is found
        if s < last:
            continue
        if fast is not None:  # the common mention, "nhiệm kỳ 2020-2025 ": all read by the scan
            last = e = end = plain_end
            ya, yb = v[s : s + 4], v[e - 4 : e]
            if not ("1930" <= ya < yb <= "2100"):
                continue
            kind, start = fast, s - lead_length
        else:
            m = None
            if not plain_end:  # `_RANGE` decides whatever the lead: tried first, so no lead is read for nothing
                m = _RANGE.match(v, s)
                if m is None:
                    continue
            # `_lead_before`, its usual answer first: a lead word and its blank right before the range
            qkind: TermKind | None = None
            qstart, bracket = 0, False
            if folded is not None:
                if s >= 9:
                    qkind = _LEADS_BEFORE.get(folded[s - 9 : s])
                    qstart = s - 9
                if qkind is None:
                    if s >= 10:
                        qkind = _LEADS_BEFORE.get(folded[s - 10 : s])
                        qstart = s - 10
                    if qkind is None:
                        quick = _lead_before(folded, s)
                        if quick is not None:
                            qkind, qstart, bracket = quick
            lead = None
            if qkind is not None and plain_end:  # `_PLAIN_RANGE` matches: the years are ASCII digits
                last = e = plain_end
                ya, yb = v[s : s + 4], v[e - 4 : e]
                if not ("1930" <= ya < yb <= "2100"):
                    continue
            else:
                if m is None:
                    m = _RANGE.match(v, s)
                    if m is None:
                        continue
                last = e = m.end()
                a, b = int(v[s : s + 4]), int(v[e - 4 : e])  # groups "a" and "b": four characters at the ends
                if not (1930 <= a < b <= 2100):
                    continue
                ya, yb = str(a), str(b)  # (the key of the pair, written as the plain ranges are)
                if m.group(_RANGE_TO):  # "từ 2016 đến 2020": a term only after its lead
                    qkind = None
                    lead = _TO_LEAD.search(v, max(0, s - 24), s)
                    if lead is None:
                        continue
            if qkind is not None:  # a lead before the range
                # (a blank or the text's end after it, maybe after one mark: `_clear_after` holds)
                c = v[e : e + 1]
                if (
                    c not in " \n"
                    and (c not in _TAIL_MARKS or v[e + 1 : e + 2] not in " \n")
                    and not _clear_after(v, e)
                    and in_url(v, s, e)
                ):
                    continue
                kind, start = qkind, qstart
                end = e + 1 if bracket and v.startswith(")", e) else e  # "5 năm (2016 - 2020)": the pair kept whole
            else:
                if not outside_url(v, s, e) and in_url(v, s, e):
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
        # (the tests above and this one each keep or drop the mention alone: their order does not matter)
        if off_end <= s:
            p += 1
            while p < n_off and off[p][1] <= s:
                p += 1
            off_start, off_end = off[p] if p < n_off else _NOWHERE
        if off_start < e:
            continue
        # a lead on the line before the years ("Kế hoạch\n2021-2025"): a chrome line ending inside it is not met by
        # the walk (chrome ranges are whole lines, so one ending in the lead leaves a line break there)
        if start < s and v.find("\n", start, s) >= 0 and t.in_chrome(start, s):
            continue
        span = _SPAN({"start": start, "end": end, "text": text[start:end]})
        rec = found.get((ya, yb))
        if rec is None:
            values: list[TermKind | int | None] = [kind, None]
            found[(ya, yb)] = (values, [span])
        else:
            values, mentions = rec
            mentions.append(span)
            if values[0] == "other" and kind != "other":
                values[0] = kind
            if values[1] is not None:  # (a tenure already read stays: this mention's is not needed)
                continue
        # `_tenure`, whose patterns each match "khóa" or "khoá" (in any case: so in the folding) within 20 characters
        # before the mention or after it (one `re` search there costs less than a slice and two substring tests)
        if folded is None or _KHOA.search(folded, start - 20 if start > 20 else 0, end + 20) is not None:
            values[1] = _tenure(v, start, end, folded)
    # built once all mentions are read (setting a field of a built record costs pydantic's __setattr__)
    return [
        _TERM({"start": int(ya), "end": int(yb), "kind": values[0], "tenure": values[1], "mentions": mentions})
        for (ya, yb), (values, mentions) in found.items()
    ]
