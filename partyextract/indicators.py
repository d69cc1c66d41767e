"""Quantities that measure or target something: one `Indicator` per quantity written.

A numeral (read by `numbers.py`) becomes a candidate only when a unit follows
it: a currency ("triệu đồng", "USD", "5 triệu/hộ"), a percent, a measure
("tấn", "ha", "km"), the multiplier "lần" after "gấp"/"tăng", or a counted noun
("đảng viên", "chi bộ", "nghị quyết", "cuộc đối thoại", "xã" ... kept as data in
`data/units.py`). A number in an enumeration next to such a count ("4 nhiệm vụ
trọng tâm và 2 công việc đột phá") is read as a count of the noun after it.
Ratios ("14/17 chỉ tiêu") carry `total`, ranges ("từ 5 đến 7%") `value_max`.
Bare numbers, dates, years, durations, times, identifiers and ordinals ("số 5",
"lần thứ 3", "Quân khu 3"), codes, phone numbers, numbers in short quoted
slogans ("3 rõ"), numbers restating a list of names ("2 xã Hải Vĩnh và Hải
Xuân"), related-news link lines and anything in page chrome are not indicators.

For each quantity the reader fills the hedge right before it, its role (share
of plan, change, target or level reached), the year it refers to (clause,
sentence, paragraph, or the heading of a bulleted list), the base year of a
change and the metric: the noun phrase naming what is measured, from the clause
before the number (shared by the next quantities of an enumeration), or after
it ("24,5 km đường giao thông", "100% xã đạt chuẩn"), or for a count the counted
noun phrase.

Cost: two cheap numeral scans, a few whole-text scans (dates, years, quotes,
newlines) looked up by bisection, and a bounded amount of work around each
numeral (every anchored match gets an end position, every window a maximum
size), so linear in the text length.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from operator import itemgetter
from typing import Any

import regex

from .data import units as U
from .dates import DATE_PATTERN, date_of
from .models import Indicator, Role, Span, built
from .numbers import SCALES, Numeral, digit_runs, find_numerals, numerals, read_digits, read_words
from .text import Text, timeout_for

__all__ = ["extract"]

_I = regex.IGNORECASE


def _phrase(w: str) -> str:
    """A regex for one phrase: any run of spaces between words, optional spaces before a comma."""
    out = ""
    for p in w.replace(",", " , ").split():
        if p == ",":
            out += r"\s*,"
        else:
            out += (r"\s+" if out else "") + regex.escape(p)
    return out


def _plain_alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first."""
    return "|".join(_phrase(w) for w in sorted(set(words), key=len, reverse=True))


_Keep = Callable[[str], bool]
_NOTHING = r"(?!)"
_SPACE = regex.compile(r"\s")


def _kept_alt(words: Iterable[str], keep: _Keep) -> str:
    """`_plain_alt` of the phrases `keep` accepts; a pattern matching nothing when it accepts none."""
    return _plain_alt(w for w in words if keep(w)) or _NOTHING


class _ByFirst:
    """A pattern of alternative phrases, matched trying only the phrases that can start where the text does.

    `source(keep)` builds the pattern from the phrases `keep` accepts; before the phrases it may
    only skip whitespace. `match` looks at the first character after the spaces at `pos` and runs a
    pattern built from the phrases whose first character matches it (compiled on first sight):
    the same match as the full pattern, since no other phrase can start there, without trying
    hundreds of alternatives at every call. Where the pattern could skip other whitespace, the
    full pattern runs.
    """

    def __init__(self, source: Callable[[_Keep], str], phrases: Iterable[str], flags: int = _I) -> None:
        self.source, self.flags = source, flags
        self.full = regex.compile(source(lambda w: True), flags)
        self.firsts = sorted({w[0] for w in phrases})
        assert not any(f.isspace() for f in self.firsts)
        self.gate = regex.compile("[" + "".join(regex.escape(f) for f in self.firsts) + "]", flags)
        self.by_char: dict[str, Any] = {}  # character -> compiled pattern, or None: no phrase starts so

    def _for(self, c: str) -> Any:
        if not c or _SPACE.match(c):
            return self.full
        if not self.gate.match(c):
            if len(self.by_char) < 2048:
                self.by_char[c] = None
            return None
        keep = {f for f in self.firsts if regex.match(regex.escape(f), c, self.flags)}
        p = regex.compile(self.source(lambda w: w[0] in keep), self.flags)
        self.by_char[c] = p  # a few dozen at most: the case variants of the first characters
        return p

    def match(self, s: str, pos: int = 0, endpos: int | None = None) -> Any:
        """`self.full.match(s, pos, endpos)`."""
        end = len(s)
        if endpos is not None and endpos < end:
            end = endpos
        j = pos
        while j < end and s[j] == " ":
            j += 1
        c = s[j] if j < end else ""
        p = self.by_char.get(c, self)
        if p is self:
            p = self._for(c)
        return None if p is None else p.match(s, pos, end)


_WORD_AT = regex.compile(r"\w+")


class _ByWord(_ByFirst):
    r"""A `_ByFirst` that tries only the phrases whose first word can be the word where the text starts.

    Every phrase is followed by a non-word character in the pattern (`(?!\w)`, a blank, a comma),
    so a phrase matches only where the run of word characters it opens with ("đảng" of "đảng
    viên", "héc" of "héc-ta", "m" of "m²", "" of "%"), case-insensitively, is the whole run of word
    characters there (up to the end position): the character after its run is not a word
    character, and the text holds the same one. The phrases are picked by that run (memoised per
    run), which leaves a few alternatives instead of every phrase with the same first letter.
    """

    def __init__(self, source: Callable[[_Keep], str], phrases: Iterable[str], flags: int = _I) -> None:
        ps = tuple(phrases)
        super().__init__(source, ps, flags)
        by_len: dict[int, dict[str, list[str]]] = {}  # leading run's length -> leading run -> phrases
        for p in ps:
            lead = _WORD_AT.match(p)  # (a phrase opens with no blank)
            run = lead.group() if lead is not None else ""
            by_len.setdefault(len(run), {}).setdefault(run, []).append(p)
        # Without full case folding a case-insensitive match has the length of the literal.
        self.by_len = {
            n: [(regex.compile(regex.escape(f), flags), group) for f, group in firsts.items()]
            for n, firsts in by_len.items()
        }
        self.by_word: dict[str, Any] = {}  # run of word characters -> compiled pattern, or None
        self.by_keep: dict[frozenset[str], Any] = {}

    def _for_word(self, word: str) -> Any:
        keep: set[str] = set()
        for test, group in self.by_len.get(len(word), ()):
            if test.fullmatch(word):
                keep.update(group)
        if not keep:
            p = None
        else:
            key = frozenset(keep)
            p = self.by_keep.get(key)
            if p is None:
                p = self.by_keep[key] = regex.compile(self.source(lambda w: w in key), self.flags)
        if len(self.by_word) < 4096:
            self.by_word[word] = p
        return p

    def match(self, s: str, pos: int = 0, endpos: int | None = None) -> Any:
        """`self.full.match(s, pos, endpos)`."""
        end = len(s)
        if endpos is not None and endpos < end:
            end = endpos
        j = pos
        while j < end and s[j] == " ":
            j += 1
        if j >= end or s[j].isspace():  # (every regex blank is a str blank)
            return self.full.match(s, pos, end)  # the pattern may skip other blanks
        w = _WORD_AT.match(s, j, end)
        word = w.group() if w is not None else ""
        p = self.by_word.get(word, self)
        if p is self:
            p = self._for_word(word)
        return None if p is None else p.match(s, pos, end)


def _simple(words: Iterable[str]) -> _ByFirst:
    r"""`(?:<phrases>)(?!\w)` as a `_ByWord`."""
    ws = tuple(words)
    return _ByWord(lambda keep: "(?:" + _kept_alt(ws, keep) + r")(?!\w)", ws)


def _opener(phrases: Iterable[str]) -> Callable[[str], bool]:
    r"""A memoised necessary test for `(?:<phrases>)(?!\w)` (case-insensitive) matching where a word begins.

    The first word of each phrase is made of word characters only (checked) and is followed by a
    non-word character (a space, a comma, the end), so it is the whole run of word characters there:
    the returned test tells whether one of them makes up the start of `word` (the word's run of
    `[\w-]`, or of `\p{Ll}`, not cut short by an end position) up to a non-word character.
    """
    firsts = {w.replace(",", " , ").split()[0] for w in phrases}
    assert all(regex.fullmatch(r"\w+", f) for f in firsts)
    first = regex.compile(r"(?:" + _plain_alt(firsts) + r")(?!\w)", _I)

    @lru_cache(maxsize=4096)
    def may(word: str) -> bool:
        return first.match(word) is not None

    return may


# ---------------------------------------------------------------------------
# Patterns (compiled once)

_W = r"(?!\w)"
_PER = r"(?:\s*/\s*(?:" + _plain_alt(U.PER_UNITS) + r")" + _W + r")*"


def _unit_source(keep: _Keep) -> str:
    pct = [p for p in ("%", "phần trăm") if keep(p)]
    return (
        r"\s*(?:"
        r"(?P<pct>"
        + "|".join(["%"] if "%" in pct else [])
        + ("|" if len(pct) == 2 else "")
        + (r"phần\s+trăm" + _W if "phần trăm" in pct else "")
        + ("|" if pct else "")
        + r"(?:"
        + _kept_alt(U.PERCENT_POINT_WORDS, keep)
        + r")"
        + _W
        + r")"
        r"(?P<pctper>" + _PER + r")"
        r"|(?P<cur>"
        + _kept_alt(U.CURRENCIES, keep)
        + r")"
        + _W
        + r"(?!\s+(?:"
        + _plain_alt(U.NOT_CURRENCY_AFTER_DONG)
        + r")"
        + _W
        + r")"
        + r"(?P<curper>"
        + _PER
        + r")"
        r"|(?P<mea>" + _kept_alt(U.MEASURES, keep) + r")" + _W + r"(?P<meaper>" + _PER + r")"
        r"|(?P<times>" + (U.MULTIPLIER_UNIT if keep(U.MULTIPLIER_UNIT) else _NOTHING) + r")" + _W + r"(?!\s+thứ)"
        r"|(?P<cnt>" + _kept_alt(U.COUNT_NOUNS, keep) + r")" + _W + r")"
    )


_UNIT = _ByWord(
    _unit_source,
    ("%", "phần trăm", U.MULTIPLIER_UNIT, *U.PERCENT_POINT_WORDS, *U.CURRENCIES, *U.MEASURES, *U.COUNT_NOUNS),
)
# `_read_unit` unpacks `groups()` (every pattern of `_UNIT` has these groups, the phrases none).
assert list(_UNIT.full.groupindex) == ["pct", "pctper", "cur", "curper", "mea", "meaper", "times", "cnt"]
_SCALED_PER = regex.compile(r"(?:\s*/\s*(?:" + _plain_alt(U.PER_UNITS) + r")" + _W + r")+", _I)
_RATIO = regex.compile(r"\s*/\s*(?P<tot>\d+(?:[.,]\d+)*)(?![\w/]|[.,]\d)")
_RANGE_SEP = regex.compile(r"\s*(?:-|đến|tới|~)\s*", _I)
_TU_BEFORE = regex.compile(r"(?:^|\s)(?:từ|khoảng\s+từ)\s*$", _I)

_CODE_AFTER = regex.compile(r"\s*(?:[-/]\s*[A-ZĐ]|/\s*\d{4}\b|:\d|\.\d+\.\d)")
_CLASSIFIER = regex.compile(r"(?:" + _plain_alt(U.CLASSIFIERS) + r")", _I)
_QUOTED = regex.compile(r"\s*\"[^\"\n]{1,40}\"")
_TAIL_WORD = regex.compile(r"[ \t]+(?P<w>[\w-]+)(?!\w)")
_LOWER_WORD = regex.compile(r"\s+(?P<w>\p{Ll}+)(?!\w)")
# Their word is group 1: a group looked up by name costs the `regex` module an exception.
assert _TAIL_WORD.groupindex == _LOWER_WORD.groupindex == {"w": 1}
_TAIL_STOP = regex.compile(r"(?:" + _plain_alt(U.COUNT_TAIL_STOPS) + r")" + _W, _I)
_TIME_WORD = regex.compile(r"(?:" + _plain_alt(U.TIME_WORDS) + r")" + _W, _I)
_PARTY_AFTER = regex.compile(r"\s+(?:Đảng|Nhân dân)\b")


@cache
def _title_after_pattern() -> regex.Pattern[str]:
    """A position title after blanks ("35 đồng chí Huyện ủy viên"): compiled on first use (rarely needed)."""
    from .chrome import alternation
    from .data import titles

    alt = alternation(titles.TITLES, variants=(("ủy", "uỷ"),))
    return regex.compile(rf"\s+(?:{alt})(?!\w)", regex.IGNORECASE)


def _title_after(view: str, pos: int) -> bool:
    """Whether a position title follows `pos`: "35 đồng chí Huyện ủy viên" counts holders, it names no one."""
    return _title_after_pattern().match(view, pos, pos + 60) is not None
_MULTIPLIER_BEFORE = regex.compile(
    r"(?:^|\s)(?:" + _plain_alt(U.MULTIPLIER_VERBS) + r")(?:\s+(?:" + _plain_alt(U.MULTIPLIER_HEDGES) + r"))?\s*$", _I
)
_PROPER_AFTER = regex.compile(r"\s+(?:(?:\p{Ll}+\s+){0,3}là\s+)?\p{Lu}\p{Ll}")  # ("6 xã biên giới là Thanh Thủy, ...")
_ENUM_SEP = regex.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+|;\s*)\s*$", _I)
_ENUM_NOUN = regex.compile(r"\s+(?P<np>\p{Ll}+(?:\s+\p{Ll}+)?)(?!\w)")
assert _RATIO.groupindex == {"tot": 1} and _ENUM_NOUN.groupindex == {"np": 1}  # read by number

_CNT_NOUN = _simple(U.COUNT_NOUNS)
_PRED_MARK = regex.compile(r"[ \t]+(?:" + _plain_alt(U.PREDICATE_MARKERS) + r")" + _W, _I)
_PRED_BREAK = regex.compile(r"(?:" + _plain_alt(U.PREDICATE_BREAKS) + r")" + _W, _I)
# Necessary tests for the four patterns above at a word (see `_opener`), memoised per word.
_MAY_STOP = _opener(U.COUNT_TAIL_STOPS)
_MAY_TIME = _opener(U.TIME_WORDS)
_MAY_PRED = _opener(U.PREDICATE_MARKERS)
_MAY_BREAK = _opener(U.PREDICATE_BREAKS)
# A share followed by what it is a share of ("86,8% tổ chức cơ sở đảng đạt ...", "30% chi phí").
_PCT_ANY_NP = regex.compile(r"[ \t]+(?:(?:tổng\s+)?số\s+)?(?P<w>\p{Ll}[\w-]*)(?!\w)")
assert _PCT_ANY_NP.groupindex == {"w": 1}
_PCT_NOT_NP = regex.compile(
    r"(?:"
    + _plain_alt(
        (
            *U.COUNT_TAIL_STOPS,
            *U.TIME_WORDS,
            *U.PLAN_WORDS,
            *U.PREDICATE_BREAKS,
            "so",
            "giai đoạn",
            "thời kỳ",
            "mỗi",
            "một",
            "cả",
            "kể",
            "ước",
            "đạt",
            "là",
        )
    )
    + r")"
    + _W,
    _I,
)
_PLAN_AFTER = regex.compile(r"\s*(?:so\s+với\s+)?(?:" + _plain_alt(U.PLAN_WORDS) + r")" + _W, _I)
_TARGET_CUE = regex.compile(r"(?:^|[^\w])(?:" + _plain_alt(U.TARGET_CUES) + r")" + _W, _I)
# "Mục tiêu năm 2024: ...", "Các chỉ tiêu chủ yếu: ..." heads a list of goals.
_GOAL_HEADING = regex.compile(
    r"(?<!\w)(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|định\s+hướng|phương\s+hướng)[^.;:\n]{0,60}:", _I
)
_MUST = regex.compile(r"(?<!\w)(?:phải|cần|bắt\s+buộc)(?!\w)", _I)  # "phải kết nạp tối thiểu 2 đảng viên"
_TARGET_AFTER = regex.compile(r"\s*(?:" + _plain_alt(U.TARGET_AFTER) + r")" + _W, _I)
_BY_YEAR = regex.compile(r"(?:^|[^\w])(?:đến|tới|vào)\s+(?:cuối\s+|hết\s+)?năm\s+(?P<y>\d{4})" + _W, _I)
_BY_YEAR_Y = _BY_YEAR.groupindex["y"]
_COMPARE = regex.compile(
    r"[\s,]*(?:\)\s*)?so\s+với\s+(?P<what>cùng\s+kỳ(?:\s+năm\s+(?P<y2>\d{4}))?"
    r"|(?:(?:thời\s+điểm\s+)?(?:cuối|đầu|hết)\s+)?(?:năm\s+)?(?P<y>\d{4})"
    + _W
    + r"|đầu\s+nhiệm\s+kỳ|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|nghị\s+quyết|bình\s+quân[\w\s]{0,20}?)",
    _I,
)
_COMPARE_GROUPS = tuple(_COMPARE.groupindex[g] for g in ("what", "y2", "y"))
_YEAR = regex.compile(r"(?<!so\s+với\s+(?:cùng\s+kỳ\s+)?)(?<!\w)năm\s+(?P<y>(?:19[3-9]\d|20\d\d|2100))(?![\d\w-])", _I)
_LEAD = regex.compile(
    r"^(?:\s|,|-)*(?:(?:"
    + _plain_alt(U.METRIC_LEADING)
    + r")"
    + _W
    + r"|(?:trong\s+|đến\s+(?:hết\s+)?|tính\s+đến\s+|riêng\s+|cả\s+)?năm\s+\d{4}"
    + _W
    + r"|\d{4}"
    + _W
    + r")[\s,:-]*",
    _I,
)
_YEAR_Y = _YEAR.groupindex["y"]  # groups by number: by name costs the `regex` module an exception
_INNER_YEAR = regex.compile(r"\s*(?:trong\s+)?năm\s+\d{4}" + _W, _I)
_CUT = regex.compile(r"(?<!\w)(?:" + _plain_alt(U.METRIC_CUTS) + r")(?=\s)", _I)
assert all(c.casefold() == c for c in U.METRIC_CUTS)
_CUT_FOLDED = regex.compile(_CUT.pattern)  # for case-folded text
_CUT_FIRSTS = tuple(sorted({w.replace(",", " , ").split()[0] for w in U.METRIC_CUTS}))
_OF = regex.compile(r"\s(?:của|sau|trong\s+năm|trong\s+giai\s+đoạn|giai\s+đoạn)\s", _I)
_COPULA_END = regex.compile(r"(?:^|\s)(?:đạt|là|bằng|chiếm|lên|còn|gồm)(?:\s|$)", _I)
_CLAUSE_MARK = regex.compile(r"(?<!\w)(?:đã|đang|sẽ|được)(?!\w)", _I)
_TENSE = regex.compile(r"(?<!\w)(?:đã|đang|sẽ)\s", _I)
_METRIC_HEAD = regex.compile(r"(?:tỷ|tỉ)\s+(?:lệ|trọng)|số\s|tổng\s|tốc\s+độ|giá\s+trị|mức\s", _I)
_SO_START = regex.compile(r"^(?:tổng\s+)?số\s", _I)
_BINH_QUAN = regex.compile(r"(?:bình\s+quân|trung\s+bình)(?!\s+(?:đầu\s+người|mỗi\s+người|một\s+người))", _I)

# Whole-text scans.
# Clause and sentence boundaries, looked up backwards from a quantity with `str.rfind`.
_HARD_CHARS = ';:()…!?[]"'  # a clause ends after one
_SENT_END_CHARS = ".!?…"  # a sentence ends at one followed by a space
_END_ONLY_CHARS = "".join(c for c in _SENT_END_CHARS if c not in _HARD_CHARS)  # "."
_TAIL_LOOK = 60
_MAX_SENT = 1500
# Anchored matches get an end position: `regex` may otherwise scan the rest of the text
# for a required literal.
_WIN = 160
_LINK_LINE_END = regex.compile(r"\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)\s*$")
_BULLETS = "-+•*–·"


# ---------------------------------------------------------------------------
# Quantities


@dataclass(slots=True)
class _Q:
    """A quantity found in the text, before the context fills it in."""

    start: int
    end: int  # end of the mention (number, scale word and unit)
    value: float
    kind: str  # money, percent, measure, times, count
    unit: str
    base_unit: str
    factor: float  # multiplies value into base_value
    numeral_end: int  # end of the numeral part (for the hedge and roles, the number starts at `start`)
    value_max: float | None = None
    total: float | None = None
    alts: list[float] = field(default_factory=list)
    head: str = ""  # counted noun as written
    np_end: int = -1  # end of the counted noun phrase (counts)
    s_end: int = -1  # end of its sentence
    tail_end: int = -1  # end of what belongs to this quantity (plan words, comparison)
    approx: str | None = None
    role: Role = "actual"
    year: int | None = None
    compared_to: int | None = None
    metric: str | None = None
    mention_end: int = -1  # end of the mention when shorter than `end` (the lower end of a range)
    lower: _Q | None = None  # for the upper end of a range, the record of its lower end
    in_table: bool = False  # read from a table row: context already filled
    lead: str = ""  # the clause text right before the number (up to 80 characters)


def _clean(s: str) -> str:
    return " ".join(s.split())


@lru_cache(maxsize=1024)
def _is_classifier(head: str) -> bool:
    """Whether a counted noun is a classifier ("cuộc", "lượt"), memoised: asked for the same nouns again and again."""
    return _CLASSIFIER.fullmatch(head) is not None


def _read_unit(view: str, pos: int, num: Numeral) -> tuple[str, str, str, float, int, str] | None:
    """The unit after a numeral: (kind, unit as written, base unit, factor, end, head)."""
    c = view[pos : pos + 2].lstrip()[:1]
    if not c and view.startswith("  ", pos):  # more blanks ("55,61  triệu đồng", an NBSP beside a space)
        j, hi = pos + 2, min(len(view), pos + _WIN)
        while j < hi and view[j] == " ":
            j += 1
        c = view[j : j + 1] if j < hi else ""
    if c == "/" and num.scale_word:
        # "5 triệu/hộ": a scaled amount per unit is money even without "đồng"
        pm = _SCALED_PER.match(view, pos, pos + 40)
        if pm is not None:
            per = _clean(pm.group()).replace(" ", "")
            return "money", num.scale_word + per, "VND", num.scale, pm.end(), num.scale_word
        return None
    if not c or not (c.isalpha() or c in "%‰") or view[pos] == "\n" or view.startswith(" \n", pos):
        return _bare_billions(num, pos)  # a unit is on the number's line (not "30%" ending one: "%\n")
    m = _UNIT.match(view, pos, pos + _WIN)
    if m is None:
        dm = _DOC_COUNT.match(view, pos, pos + 8) if c.isupper() and not num.scale_word else None
        if dm is not None:  # "ban hành 4 NQ, 2 CT, 9 KH"
            a = dm.group(1)
            return "count", a, U.COUNT_ABBREVIATIONS[a], num.scale, dm.end(), a
        return _bare_billions(num, pos)
    # the scale word as written before the unit: with its blank, or glued to it ("tr.đồng", "trđ")
    written_scale = (num.scale_word + (" " if view[pos : pos + 1].isspace() else "")) if num.scale_word else ""
    r = _unit_reading(m.groups(), written_scale, num.scale)  # (one call: a named group costs an exception)
    if r is None:
        return None
    kind, unit, base, factor, head = r
    end = m.end()
    if kind == "count" and _is_classifier(head):
        # "36 cuộc đối thoại": the classifier takes up to two following words into the base unit.
        p = end
        words = []
        for _ in range(2):
            w = _LOWER_WORD.match(view, p, p + _WIN)
            if w is None:
                break
            word, a = w.group(1), w.start(1)
            if word in U.CLASSIFIER_STOPS:
                break  # "148 cuộc cấp huyện": a level, not what is counted
            cut = w.end() == p + _WIN  # the run of lower-case letters may go on: the memoised tests cannot tell
            if (
                ((cut or _MAY_STOP(word)) and _TAIL_STOP.match(view, a, a + _WIN))
                or ((cut or _MAY_TIME(word)) and _TIME_WORD.match(view, a, a + _WIN))
                or ((cut or _MAY_PRED(word)) and _PRED_MARK.match(view, p, w.end() + 16))
            ):
                break
            words.append(word)
            p = w.end()
        if words:
            base = (head + " " + " ".join(words)).casefold()
    return kind, unit, base, factor, end, head


# Crop seasons around "N vụ" ("lúa hai vụ", "lúa bình quân 2 vụ", "2 vụ lúa"): they name the crop.
_CROP_SEASONS = regex.compile(
    r"(?i:lúa|màu|mùa)(?:[ ]+(?:bình quân|trung bình))?[ ]+\S+[ ]+vụ(?!\w)|vụ[ ]+(?i:lúa|màu)"
)
_DOC_COUNT = regex.compile(
    r"[ ]+(?P<a>" + "|".join(sorted(U.COUNT_ABBREVIATIONS, key=len, reverse=True)) + r")(?![\w/-])"
)  # (case-sensitive: "4 NQ, 2 CT" is a count of documents; "05-NQ/TU" never reaches here: a dash follows 05)


def _bare_billions(num: Numeral, pos: int) -> tuple[str, str, str, float, int, str] | None:
    """An amount in billions with no unit after it is money: "thu đạt 38,4 tỷ", "huy động 120 tỷ cho ...",
    "1,2 triệu tỷ" ("tỷ" alone counts nothing else in this writing; "triệu" alone may count people)."""
    w = num.scale_word
    if not w or w.split()[-1].casefold() not in _BILLIONS:
        return None
    return "money", " ".join(w.split()), "VND", num.scale, pos, w


_BILLIONS = frozenset(("tỷ", "tỉ"))


@lru_cache(maxsize=4096)
def _unit_reading(
    groups: tuple[str | None, ...], written_scale: str, scale: float
) -> tuple[str, str, str, float, str] | None:
    """(kind, unit as written, base unit, factor, head) of the groups of a `_UNIT` match after a
    numeral with a scale word written `written_scale` with what separates it from the unit ("triệu ",
    "tr.", or "" for none; a count's classifier words not read yet); memoised: a pure function of a few
    short strings, which come again and again."""
    pct, pctper, cur, curper, mea, meaper, times, cnt = groups
    if pct is not None:
        if written_scale:
            return None
        written = _clean(pct)
        unit = ("%" if written == "%" else written) + _clean(pctper or "").replace(" ", "")
        if written.casefold().startswith("điểm"):  # percentage points: a difference of shares (head "điểm ...")
            return "percent", unit, "%", 1.0, written
        return "percent", unit, "%", 1.0, "%"
    if cur is not None:
        cur = _clean(cur)
        base = U.CURRENCIES[cur.casefold()]
        per = _clean(curper or "").replace(" ", "")
        return "money", written_scale + cur + per, base, scale, cur
    if mea is not None:
        mea = _clean(mea)
        mbase, f = U.MEASURES[mea.casefold()]
        per = _clean(meaper or "").replace(" ", "")
        return "measure", written_scale + mea + per, mbase, scale * f, mea
    if times is not None:
        return "times", written_scale + times, "lần", scale, "lần"
    head = _clean(cnt or "")
    return "count", written_scale + head, head.casefold(), scale, head


def _next_word(view: str, p: int, stop: int) -> tuple[str, int, int] | None:
    r"""(word, start, end) of `_TAIL_WORD.match(view, p, stop)`: the blanks at `p`, then a run of `[\w-]`.

    A single blank, then letters up to a space (or `stop`) are read with `str` methods (the common
    case: a letter is a word character, a space ends the run); anything else is left to the pattern.
    """
    c = view[p : p + 1]
    if c != " " and c != "\t":
        return None  # no blank: no match
    a = p + 1
    c = view[a : a + 1]
    if c != " " and c != "\t":
        e = view.find(" ", a, stop)
        word = view[a:e] if e >= 0 else view[a:stop]
        if word.isalpha():
            return word, a, a + len(word)
    w = _TAIL_WORD.match(view, p, stop)
    return None if w is None else (w.group(1), w.start(1), w.end())


def _predicate_end(view: str, pos: int, limit: int, max_words: int = 10, force: bool = False) -> int:
    """End of the predicate of a counted noun phrase ending at `pos`, when one opens there.

    "57 đảng viên | là người dân tộc thiểu số", "100% chi bộ | đã tổ chức sinh hoạt chuyên đề":
    the metric runs on to the clause end (punctuation, a number, a new clause).
    """
    if not force and (
        view[pos : pos + 1] not in " \t" or _PRED_MARK.match(view, pos, pos + 24 if pos + 24 < limit else limit) is None
    ):
        return pos  # (its blanks first: most noun phrases end at a punctuation mark)
    end = p = pos
    words = 0
    while words < max_words:
        stop = p + 40 if p + 40 < limit else limit
        nw = _next_word(view, p, stop)
        if nw is None:
            break
        word, a, e = nw
        if word[0].isdigit():
            break
        # `_MAY_BREAK` decides unless an end position may cut the word's run short.
        if words and (e >= min(stop, a + 24) or _MAY_BREAK(word)) and _PRED_BREAK.match(view, a, a + 24):
            break
        p = end = e
        words += 1
    return end


def _np_end(view: str, pos: int, limit: int) -> int:
    """End of a noun phrase starting at `pos`, with comma-joined heads ("cán bộ, đảng viên", "thôn, buôn có")."""
    end = _count_tail(view, pos, limit, 10, True)
    for _ in range(3):
        if view[end : end + 1] != ",":
            break
        w = _TAIL_WORD.match(view, end + 1, min(limit, end + 40))
        if w is None or not w.group(1)[0].islower():
            break
        a = w.start(1)
        if _CNT_NOUN.match(view, a, a + 40) is not None:
            end = _count_tail(view, end + 1, limit, 10, True)  # another counted noun: "cơ quan, đơn vị ..."
            continue
        nxt = w.end()
        after = view[nxt : nxt + 1]
        if _PCT_NOT_NP.match(view, a, a + 24) or not (
            after in (",", ";", ".", "") or _PRED_MARK.match(view, nxt, min(limit, nxt + 24))
        ):
            break  # a longer piece after the comma is a new clause
        end = nxt  # one more noun: "thôn, buôn có nhà văn hóa"
    return end


def _count_tail(view: str, pos: int, limit: int, max_words: int = 7, pred_stop: bool = False) -> int:
    """End of the noun phrase that continues a counted noun ("lớp bồi dưỡng lý luận chính trị")."""
    end = pos
    p = pos
    qe = p + 48 if p + 48 < limit else limit
    qm = _QUOTED.match(view, p, qe) if view.find('"', p, qe) >= 0 else None
    if qm is not None:  # 125 mô hình "Dân vận khéo"
        return qm.end()
    words = 0
    while words < max_words:
        stop = p + 40 if p + 40 < limit else limit
        nw = _next_word(view, p, stop)
        if nw is None:
            break
        word, a, e = nw
        if word == "-":
            p = e
            continue
        if word[0].isdigit():
            break
        # The memoised test is exact unless `stop` may have cut the word's run short.
        if (e == stop or _MAY_STOP(word)) and _TAIL_STOP.match(view, a, a + _WIN):
            break
        if pred_stop and (e == stop or _MAY_PRED(word)) and _PRED_MARK.match(view, p, e + 16):
            break  # "... đảng | đạt trong sạch, vững mạnh": the predicate is read on its own
        p = end = e
        words += 1
    return end


class _Index:
    """Whole-text lookups built once per document: boundaries, years, dates, quotes.

    Found once and looked up by bisection (no rescans per quantity); those only the context of a
    quantity needs are found on first use (a text without quantities never needs them).
    Single characters are found with `str.find`, far cheaper than a regex scan of the text.
    """

    def __init__(self, t: Text, blocked: Sequence[tuple[int, int]]) -> None:
        v = t.view
        self.to = timeout_for(v)
        self.view = v
        low = t.lowered  # v.lower(), shared with the other extractors
        # `low` is aligned with `v` when no character lower-cases to several.
        self.low: str | None = low if len(low) == len(v) else None
        # `low` when it is also the case folding of `v`, letter by letter: cheap prefilters for the
        # case-insensitive patterns (see `_may_open`).
        self.folded: str | None = low if t.folds_simply else None
        self.lines = [-1, *map(itemgetter(1), t.lines[:-1])]  # the newlines (Text.lines is shared)
        self._marks: dict[int, tuple[int, int, list[int], list[int]]] = {}  # see `marks`
        self._heading_years: dict[int, int | None] = {}  # see `heading_year`
        self.subjects: dict[str, str] = {}  # `_subject` memoised (see `_subject_of`)
        self.runs = digit_runs(v)  # shared by the dates and the numerals
        dates = _dates(v, self.runs)
        self.now = max((d.year for _, _, d in dates), default=None)
        spans = sorted([*((a, b) for a, b in blocked), *((a, b) for a, b, _ in dates)])
        self.blocked = spans
        self.blocked_starts = [a for a, _ in spans]
        self.blocked_max_end: list[int] = []
        mx = -1
        for _, b in spans:
            mx = max(mx, b)
            self.blocked_max_end.append(mx)

    @cached_property
    def quotes(self) -> list[int]:
        return _positions(self.view, '"')

    @cached_property
    def years(self) -> list[tuple[int, int, int]]:
        return _years(self.view, self.low, self.to)

    @cached_property
    def year_starts(self) -> list[int]:
        return [a for a, _, _ in self.years]

    def marks(self, pos: int) -> tuple[int, int, list[int], list[int]]:
        """The line holding `pos`, its sentence ends and its clause starts, found once per line.

        (start, end, the offsets of ". ", "! ", "? ", "… " in it, one past each `_HARD_CHARS`
        character and each ". " in it), sorted. Found only on the lines that hold quantities,
        with bounded finds, instead of scans of the whole text: a sentence and a clause are
        within a line, and the character before a line is a newline, which ends neither.
        """
        k = bisect_left(self.lines, pos)
        m = self._marks.get(k)
        if m is None:
            v = self.view
            a = self.lines[k - 1] + 1
            b = self.lines[k] if k < len(self.lines) else len(v)
            ends: list[int] = []
            hard: list[int] = []
            for c in _END_ONLY_CHARS:
                c2 = c + " "
                i = v.find(c2, a, b)
                while i >= 0:
                    ends.append(i)
                    if c == ".":
                        hard.append(i + 1)  # ". " ends a clause too
                    i = v.find(c2, i + 1, b)
            for c in _HARD_CHARS:  # one find for those that end a sentence too ("!", "?", "…")
                ends_too = c in _SENT_END_CHARS
                i = v.find(c, a, b)
                while i >= 0:
                    hard.append(i + 1)
                    if ends_too and i + 1 < b and v[i + 1] == " ":
                        ends.append(i)
                    i = v.find(c, i + 1, b)
            ends.sort()
            hard.sort()
            m = self._marks[k] = (a, b, ends, hard)
        return m

    @cached_property
    def cues(self) -> list[tuple[int, int]]:
        return _cue_spans(self.view, self.low, self.to)

    @cached_property
    def cue_ends(self) -> list[int]:
        return [b for _, b in self.cues]

    def is_blocked(self, a: int, b: int) -> bool:
        i = bisect_left(self.blocked_starts, b) - 1
        return i >= 0 and self.blocked_max_end[i] > a

    def prev_in(self, arr: list[int], pos: int) -> int:
        """Last entry of `arr` before `pos`, or -1."""
        i = bisect_left(arr, pos) - 1
        return arr[i] if i >= 0 else -1

    def next_in(self, arr: list[int], pos: int, default: int) -> int:
        i = bisect_left(arr, pos)
        return arr[i] if i < len(arr) else default

    def bounds(self, pos: int) -> tuple[int, int, int]:
        """The sentence around `pos`, within its line (at most `_MAX_SENT` characters each way), and
        the start of the clause holding `pos` in it (see `clause_start`): the line looked up once."""
        a, b, ends, hard = self.marks(pos)
        if a < pos - _MAX_SENT:  # (comparisons: cheaper than calls of `max` and `min`)
            a = pos - _MAX_SENT
        if b > pos + _MAX_SENT:
            b = pos + _MAX_SENT
        i = bisect_left(ends, pos)  # ends[i - 1] < pos <= ends[i]
        start = ends[i - 1] + 2 if i > 0 and ends[i - 1] + 2 <= pos else a
        # a boundary right at pos - 1 (". " with pos on the space) still opens the sentence
        if start < a:
            start = a
        end = ends[i] + 1 if i < len(ends) and ends[i] + 2 <= b else b
        k = bisect_right(hard, pos) - 1
        return start, end if end < b else b, hard[k] if k >= 0 and hard[k] > start else start

    def clause_start(self, pos: int, s_start: int) -> int:
        """Start of the clause holding `pos` (after the last ';', ':', '(' ... of its sentence)."""
        hard = self.marks(pos)[3]
        i = bisect_right(hard, pos) - 1
        return max(s_start, hard[i]) if i >= 0 else s_start

    def has_cue(self, a: int, b: int) -> bool:
        """Whether a target cue ("phấn đấu", "dự kiến" ...) lies wholly inside `[a, b)`.

        A cue's span starts one character before it (`_cue_spans`). With the lower-case copy the
        window itself is searched (a few finds in at most a clause instead of a scan of the text).
        """
        low = self.low
        if low is None:
            i = bisect_right(self.cue_ends, b) - 1
            return any(self.cues[k][0] >= a for k in range(i, max(-1, i - 3), -1))  # overlapping cues are rare
        return _has_cue_in(low, a + 1 if a > 0 else 0, b)

    def line(self, pos: int, n: int) -> tuple[int, int]:
        """The line holding `pos` (`n`: the length of the text), looked up by one bisection."""
        lines = self.lines
        k = bisect_left(lines, pos)  # lines[0] is -1: k > 0 for every position
        return lines[k - 1] + 1 if k > 0 else 0, lines[k] if k < len(lines) else n

    def in_short_quote(self, pos: int, line_start: int, line_end: int) -> bool:
        """Whether `pos` is inside a short quoted phrase ("3 rõ", "5 cây, 3 con") on its line."""
        i = bisect_left(self.quotes, pos)
        before = i - bisect_left(self.quotes, line_start)
        if before % 2 == 0 or i >= len(self.quotes) or self.quotes[i] > line_end:
            return False
        return self.quotes[i] - self.quotes[i - 1] <= 40

    def heading_year(self, pos: int) -> int | None:
        """The year of the heading that opens the bulleted list holding `pos` ("Kết quả năm 2022:")."""
        k = bisect_left(self.lines, pos) - 1  # self.lines[k] is the newline before pos's line
        if k in self._heading_years:  # the same for every position of the line: found once per line
            return self._heading_years[k]
        y = self._heading_year(k)
        self._heading_years[k] = y
        return y

    def _heading_year(self, k: int) -> int | None:
        """`heading_year` of the line after the newline `self.lines[k]`."""
        v = self.view
        for _ in range(16):
            if k <= 0:
                return None
            a, b = self.lines[k - 1] + 1, self.lines[k]
            line = v[a:b].strip()
            if line.endswith(":"):
                i = bisect_left(self.year_starts, a)
                j = bisect_left(self.year_starts, b)
                return self.years[j - 1][2] if j > i else None
            if line and line[0] not in _BULLETS:
                return None
            k -= 1
        return None

    def in_link_line(self, pos: int, n: int, line: tuple[int, int] | None = None) -> bool:
        """Whether `pos` is on a short line ending in a date in brackets: a related-news link.

        `line`: the line holding `pos` (`self.line(pos, n)`) if the caller has it.
        """
        a, b = self.line(pos, n) if line is None else line
        if b - a > 200 or not self.view[max(a, b - 16) : b].rstrip().endswith(")"):
            return False
        return _LINK_LINE_END.search(self.view, max(a, b - 16), b) is not None


_SLOGAN = frozenset(U.SLOGAN_NOUNS)
_IDENT_WORDS = frozenset(U.IDENTIFIER_BEFORE)
_IDENT_LAST = frozenset(w.split()[-1] for w in U.IDENTIFIER_BEFORE)
_NOT_IDENT_SO = frozenset(("tổng", "dân", "trong"))  # "tổng số 286 đảng viên", "dân số 12.850 người", "trong số 24"
_CUES = tuple(sorted(set(U.TARGET_CUES)))


def _dates(view: str, runs: list[tuple[int, int]]) -> list[tuple[int, int, dt.date]]:
    """`list(find_dates(view))`, `runs` being `digit_runs(view)`: a date tried only where one may start.

    Every date opens a digit run: of at most two digits ("5/5/2021", "12 tháng 4"), or of four
    before a "-" (ISO). Matches are taken left to right past the previous one, valid or not, as
    `finditer` takes them; an anchored match reads a few characters, no timeout needed.
    """
    out = []
    last = 0
    for a, b in runs:
        if a < last or (b - a > 2 and (b - a != 4 or view[b : b + 1] != "-")):
            continue
        if a > 0 and view[a - 1] in "/.-":
            continue  # its lookbehind: "12/4/2021" starts no date at "4"
        if b - a <= 2:  # a day: a separator follows, or blanks and "tháng", after spaces
            j = b
            while view[j : j + 1] == " ":
                j += 1
            c = view[j : j + 1]
            if not c or (c not in "/.-tT" and not c.isspace()):
                continue
            if c in "tT" and view[j : j + 5].lower() != "tháng":
                continue  # "5 tỷ", "3 thôn": only "tháng" (in any case) follows a day's blanks
        elif not view[b + 1 : b + 3].isdigit() or view[b + 3 : b + 4] != "-":
            continue  # ISO: two digits of the month and a "-" after the "-" ("2020-2025" is none)
        m = DATE_PATTERN.match(view, a)
        if m is None:
            continue
        last = m.end()
        date = date_of(m)
        if date is not None:
            out.append((a, last, date))
    return out


def _cue_keys() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The cues grouped by their longest word (rarer than their short words), a substring each must hold."""
    keys: dict[str, list[str]] = {}
    for cue in _CUES:
        keys.setdefault(max(cue.split(), key=len), []).append(cue)
    return tuple((k, tuple(v)) for k, v in keys.items())


_CUE_KEYS = _cue_keys()


def _positions(s: str, needle: str) -> list[int]:
    """Start of every occurrence of `needle` in `s` (which cannot overlap itself)."""
    out = []
    i = s.find(needle)
    while i >= 0:
        out.append(i)
        i = s.find(needle, i + 1)
    return out


def _years(view: str, low: str | None, to: float) -> list[tuple[int, int, int]]:
    """`(start, end, year)` of every "năm 2023" (`_YEAR`), tried only where "năm" is in the lower-case copy."""
    if low is None:  # a character whose lower case is longer: scan with the regex
        return [(m.start(), m.end(), int(m.group(_YEAR_Y))) for m in _YEAR.finditer(view, timeout=to)]
    out = []
    n = len(view)
    for i in _positions(low, "năm"):
        # A cheap test first: a blank (every regex blank is a str blank), then the year's first digit.
        k = i + 3
        if not view[k : k + 1].isspace():
            continue
        k += 1
        while k < n and view[k] == " ":
            k += 1
        if k < n and view[k] not in "12" and not view[k].isspace():
            continue
        m = _YEAR.match(view, i)  # its look-behinds see the text before `i`
        if m is not None:
            out.append((i, m.end(), int(m.group(_YEAR_Y))))
    return out


def _cue_spans(view: str, low: str | None, to: float) -> list[tuple[int, int]]:
    """Sorted (start, end) of the target cues of a text, found with `str.find` on its lower-case copy."""
    if low is None:  # a character whose lower case is longer: fall back to the regex
        return [(m.start(), m.end()) for m in _TARGET_CUE.finditer(view, timeout=to)]
    out = []
    n = len(low)
    for cue in _CUES:
        k = len(cue)
        i = low.find(cue)
        while i >= 0:
            j = i + k
            if (i == 0 or not low[i - 1].isalnum()) and (j >= n or not low[j].isalnum()):
                out.append((max(0, i - 1), j))
            i = low.find(cue, j)
    out.sort(key=lambda c: c[1])
    return out


def _has_cue_in(low: str, a: int, b: int) -> bool:
    """Whether a target cue starts at or after `a` and ends by `b` in `low`, as a whole word (see `_cue_spans`).

    The cues are looked for only when their key word is in the window (one `in` test per key).
    """
    n = len(low)
    w = low[a:b]
    for key, cues in _CUE_KEYS:
        if key not in w:
            continue
        for cue in cues:
            i = low.find(cue, a, b)
            while i >= 0:  # a cue cannot overlap itself
                j = i + len(cue)
                if (i == 0 or not low[i - 1].isalnum()) and (j >= n or not low[j].isalnum()):
                    return True
                i = low.find(cue, j, b)
    return False


# Every match of `_BINH_QUAN` holds "bình" (any blanks between its two words): the prefilter for it.
_BQ_KEY = "bình"
# First words (case-folded) of `_PLAN_AFTER` and `_TARGET_AFTER`, for `_may_open` (`_must` writes out those of `_MUST`).
_PLAN_FIRSTS = tuple(sorted({"so", *(w.split()[0] for w in U.PLAN_WORDS)}))
_TARGET_AFTER_FIRSTS = tuple(sorted({w.split()[0] for w in U.TARGET_AFTER}))
assert all(w.casefold() == w for w in (*_PLAN_FIRSTS, *_TARGET_AFTER_FIRSTS))


def _must(view: str, folded: str | None, a: int, b: int) -> bool:
    """`_MUST.search(view, a, b)`, after a cheap test for its first words in the case folding."""
    if folded is not None:
        w = folded[a:b]  # its first words: one slice and three `in` tests
        if "phải" not in w and "cần" not in w and "bắt" not in w:
            return False
    return _MUST.search(view, a, b) is not None


def _has_any(view: str, a: int, b: int, keys: tuple[str, ...]) -> bool:
    """Whether one of `keys` occurs in `view[a:b]` (a cheap test before a regex search)."""
    w = view[max(0, a) : b].casefold()
    return any(k in w for k in keys)


def _may_open(view: str, folded: str | None, pos: int, end: int, firsts: tuple[str, ...], skip: str = "") -> bool:
    """A necessary test for a case-insensitive pattern opening with one of `firsts` (case-folded words).

    The pattern may first skip blanks and the characters of `skip`. `folded` is the case folding of
    `view` at the same offsets (or None: always True). Where a literal matches case-insensitively,
    the case folding holds it (simple folding is full folding there), so when no first word is there
    after the spaces and `skip` characters the pattern cannot match; another blank lets it decide.
    """
    if folded is None:
        return True
    n = len(view)
    if end > n:
        end = n
    j = pos
    while j < end and (view[j] == " " or view[j] in skip):
        j += 1
    if j < end and view[j].isspace():
        return True
    return folded.startswith(firsts, j, end)


_FORMATTED = regex.compile(r"\d[.,]\d")  # a thousands dot or a decimal comma between digits


def _opens_sentence(view: str, a: int) -> bool:
    """Whether the word at `a` opens a sentence, a line or a list item (a capital there says nothing)."""
    j = a
    while j and view[j - 1] in " \t\"'“(":
        j -= 1
    return j == 0 or view[j - 1] in ".!?:;\n-–•*"


def _ident_before(view: str, a: int) -> bool:
    """Whether the words right before position `a` make the number an identifier ("số 5", "lần thứ 3")."""
    head = view[a - 24 if a > 24 else 0 : a]
    if not head or (not head[-1].isspace() and head[-1] not in "("):
        return head[-1:].isalpha()  # glued to a word: "Covid19"-like, never a quantity
    words = head.casefold().split()
    if not words:
        return False
    words[-1] = words[-1].lstrip("(\"'")
    if words[-1] not in _IDENT_LAST:
        return False  # the common case, decided by the last word alone
    if any(len(words) >= k and " ".join(words[-k:]) in _NOT_IDENT_PAIRS for k in (2, 3, 4)):
        return False  # "danh mục 18 dự án": a list of eighteen, not item 18; "ngân sách trung ương 48 tỷ đồng"
    for k in (3, 2, 1):
        if len(words) >= k and " ".join(words[-k:]) in _IDENT_WORDS:
            return not (k == 1 and words[-1] == "số" and len(words) > 1 and words[-2] in _NOT_IDENT_SO)
    return False


_NOT_IDENT_PAIRS = frozenset(U.NOT_IDENTIFIER_PAIRS)


def _is_year(view: str, n: Numeral) -> bool:
    """Whether a digit numeral is written as a year (four digits, 1930-2100)."""
    if n.end - n.start != 4:
        return False
    digits = view[n.start : n.end]
    return digits.isdigit() and 1930 <= int(digits) <= 2100


# The upper end of a range of percentages, just after its lower end.
_PCT_RANGE_AFTER = regex.compile(r"[ ]?[-–][ ]?\d{1,4}(?:[.,]\d+)?[ ]?%")


def _excluded(view: str, n: Numeral, ix: _Index) -> bool:
    """Identifiers, codes, times, phone numbers, slogans: never indicators.

    `n` has passed the first screen of `_find_quantities` (not in a blocked span or a date up to
    its full end, not a year written in digits), as every numeral its callers judge has.
    """
    a, b = n.start, n.end
    before = view[a - 2 if a > 2 else 0 : a]
    if before.endswith(("-", "+", "#", "№")) and (len(before) < 2 or not before[0].isspace() or before[-1] != "-"):
        return True  # COVID-19, +7, #3 (a spaced "5 - 7" range is judged elsewhere)
    if n.kind == "digits":
        digits = view[a:b]
        if digits.isdigit() and len(digits) >= 8:
            return True  # a phone number or an identifier
        j = b
        while view[j : j + 1] == " ":
            j += 1
        c = view[j : j + 1]  # a code goes on with "-", "/", ":" or "." (cheap test before the pattern)
        if (c in ("-", "/", ":", ".") or c.isspace()) and _CODE_AFTER.match(view, b, b + _WIN):
            return True
    elif view[a].isupper() and a > 1 and view[a - 1] == " " and view[a - 2].isalpha():
        return True  # a capitalised number word inside a sentence is a name ("Hai Bà Trưng")
    # An identifier's number ("Nghị quyết 10") is no amount, unless it is formatted as one ("chương trình
    # 1.287,5 tỷ đồng") or opens a range of percentages ("chỉ tiêu Nghị quyết 10 - 11%/năm").
    if _ident_before(view, a) and not _FORMATTED.search(view, a, b) and not _PCT_RANGE_AFTER.match(view, b):
        return True
    line = ix.line(a, len(view))
    return ix.in_short_quote(a, line[0], line[1]) or ix.in_link_line(a, len(view), line)


def _alts(view: str, n: Numeral, factor: float) -> list[float]:
    """The other readings of a numeral written with a comma ("100,550"), scaled by `factor`."""
    if not n.alternatives or "," not in view[n.start : n.end]:
        return []  # the common case: no list built, no slice taken
    return [a * factor for a in n.alternatives]


def _with_scale(n: Numeral, other: Numeral) -> Numeral:
    """`n` carrying the scale word of `other` (the upper end of a range)."""
    return Numeral(
        n.start,
        n.end,
        n.value,
        n.alternatives,
        n.approx,
        n.kind,
        other.scale,
        other.scale_word,
        other.scale_end,
    )


def _find_quantities(t: Text, ix: _Index) -> list[_Q]:
    view = t.view
    nums = numerals(view, ix.low, runs=ix.runs)
    out: list[_Q] = []
    unitless: list[Numeral] = []
    skip_until = -1
    b_starts, b_max_end = ix.blocked_starts, ix.blocked_max_end  # `ix.is_blocked` inlined (one numeral at a time)
    for i, n in enumerate(nums):
        if n.start < skip_until:
            continue
        # What follows decides first (cheap): most numerals (dates, years, codes) have no unit.
        total = None
        pos = fe = n.scale_end if n.scale_end >= 0 else n.end  # n.full_end
        k = bisect_left(b_starts, fe) - 1
        if (k >= 0 and b_max_end[k] > n.start) or (n.kind == "digits" and n.end - n.start == 4 and _is_year(view, n)):
            continue  # a date, a year or a span of another extractor: `_excluded` on every path below
        slash = n.kind == "digits" and n.scale == 1.0 and (
            view[n.end : n.end + 2].lstrip()[:1] == "/"
            or (view.startswith("  ", n.end) and view[n.end : n.end + 24].lstrip()[:1] == "/")  # (doubled blanks)
        )
        rm = _RATIO.match(view, n.end, n.end + 24) if slash else None
        if rm is not None:
            tr = read_digits(rm.group(1))
            if tr is None or tr.value < n.value or tr.value == 0:
                continue  # "15/3" is a date, not fifteen out of three
            total = tr.value
            pos = skip_until = rm.end()  # (the denominator is no quantity of its own: "14 / 17 chỉ tiêu")
        if n.kind == "words" and view[n.start - 1 : n.start] == "(" and out and out[-1].value == n.value:
            continue  # "15 đồng chí (mười lăm đồng chí)": the same quantity spelled out
        if view.startswith(" (", pos):
            spelled = _SPELLED_OUT.match(view, pos, pos + 60)
            if spelled is not None and (r := read_words(spelled.group(1))) is not None and r.value == n.value:
                pos = skip_until = spelled.end()  # "145 (một trăm bốn mươi lăm) đại biểu": the unit after the words
        u = _read_unit(view, pos, n)
        n2 = nums[i + 1] if i + 1 < len(nums) and total is None else None
        sep = moved = None
        if u is None and n2 is not None:
            sep = _range_sep(view, fe, n2.start) if n2.start - fe <= 12 else None
            if sep is None:
                moved = _moved_from(view, n, fe, n2)
                if moved is None:
                    n2 = None
        if u is None and n2 is None:
            if n.kind == "digits" and total is None:
                unitless.append(n)
            continue
        if t.in_chrome(n.start, fe) or _excluded(view, n, ix):
            continue
        if (
            n.kind == "words"
            and n.value == 1
            and n.scale == 1.0
            and (u is None or u[0] == "count")
            and _DISCIPLINE_BEFORE.search(view, max(0, n.start - 16), n.start) is None
        ):  # "một" alone is an article far more often than a count ("một số", "một bước"), but for the one
            continue  # disciplined ("khiển trách một tổ chức đảng")
        if n.approx:
            continue  # "hàng trăm doanh nghiệp", "hàng nghìn lượt khách": an order of magnitude, no figure
        if n.kind == "words" and view[n.start].isupper() and n.start and not _opens_sentence(view, n.start):
            continue  # "Khu di tích Ngã Ba Đồng Lộc": a capitalised number word inside a sentence is a name's
        value_max = None
        end_num = pos
        upper: tuple[Numeral, tuple[str, str, str, float, int, str]] | None = None
        mention_end = -1
        if moved is not None and n2 is not None:
            # "giảm từ 20 xuống còn 14 sở": two levels of one unit, read as a range's ends but no range
            u, n, mention_end, upper = moved, _with_scale(n, n2), fe, (n2, moved)
            end_num = skip_until = n2.full_end
        elif u is None and n2 is not None:
            # A range: "từ 5 đến 7%", "5 - 7 triệu đồng": one record per end, the unit written once.
            if sep is not None and n2.kind == n.kind:
                u2 = _read_unit(view, n2.full_end, n2)
                if u2 is not None and ("-" in sep.group() or _TU_BEFORE.search(view, max(0, n.start - 12), n.start)):
                    mention_end = fe
                    if n.scale_word and n2.scale_word and n.scale != n2.scale and u2[1].startswith(n2.scale_word):
                        # "từ 800 triệu đến 1 tỷ USD": each end keeps its own scale word, the currency is shared
                        kind2, unit2, base2, factor2, end2, head2 = u2
                        unit1 = n.scale_word + unit2[len(n2.scale_word) :]
                        u = (kind2, unit1, base2, factor2 / n2.scale * n.scale, end2, head2)
                        value_max = n2.value * n2.scale / n.scale
                    else:
                        u, value_max, n = u2, n2.value, _with_scale(n, n2)
                    upper = (n2, u2)
                    end_num = skip_until = n2.full_end
        elif u is not None and n2 is not None:
            # "từ 5% đến 7%", "5% - 7%", "5%-7%" (a dash joins two amounts of one unit; "đến" only after "từ")
            sep = _range_sep(view, u[4], n2.start) if n2.start - u[4] <= 12 else None
            if sep is not None and ("-" in sep.group() or _TU_BEFORE.search(view, max(0, n.start - 12), n.start)):
                u2 = _read_unit(view, n2.full_end, n2)
                if u2 is not None and u2[2] == u[2]:
                    mention_end = u[4]
                    u, value_max = u2, n2.value
                    upper = (n2, u2)
                    end_num = skip_until = n2.full_end
        if u is None:
            if total is None and n.kind == "digits":
                unitless.append(n)
            continue
        kind, unit, base, factor, uend, head = u
        if (
            kind == "measure"
            and n.value == 1
            and base in U.PER_AREA_UNITS
            and view[max(0, n.start - 5) : n.start].rstrip().casefold().endswith(("trên", "/"))
            and view[uend : uend + 12].lstrip(" ").casefold().startswith(U.PER_AREA_NOUNS)
        ):
            continue  # "giá trị thu được trên 1 ha đất trồng trọt": per hectare, a part of the metric's name
        if (
            kind == "measure"
            and base in U.CLASS_LENGTH_UNITS
            and _CLASS_BOUND.search(view, max(0, n.start - 60), n.start)
        ):
            continue  # "tàu cá từ 15 m trở lên": a class of boats by length, no measure
        if kind == "times" and not _MULTIPLIER_BEFORE.search(view, max(0, n.start - 24), n.start):
            continue  # "2 lần" is a frequency unless something grows "gấp 2 lần"
        if kind == "money" and n.kind == "words" and n.value == 1 and factor == 1.0:
            continue  # "không phải chi một đồng nào": not a single đồng, no amount
        if kind == "count":
            if base in U.COUNTER_UNITS or base in _NOT_MEASURED:
                continue  # (a page counter; a count of wars is history)
            nw = _NEXT_WORD.match(view, uend, uend + 12) if base in _COMPOUND_HEADS else None
            if nw is not None and f"{base} {nw.group(1).casefold()}" in _NOT_COUNT_COMPOUNDS:
                continue  # "hai con số", "mẫu 3 ban hành": another word
            if base.startswith("vụ") and _CROP_SEASONS.search(view, max(0, n.start - 24), uend + 6):
                continue  # "lúa hai vụ", "năng suất lúa bình quân 2 vụ": crop seasons name the crop, count nothing
            if (
                base in _NAMING
                and n.kind == "words"
                and view.startswith(" cũ", uend)
                and not view[uend + 3 : uend + 4].isalpha()
            ):
                continue  # "bốn xã cũ", "ba tỉnh cũ": the units merged, named before; no count ("12 xã cũ" counts)
            if (
                base in _NAMING
                and n.kind == "words"
                and n.value in (2.0, 3.0, 4.0)
                and (" " + view[max(0, n.start - 12) : n.start].rstrip().casefold()).endswith(_BOTH_BEFORE)
            ):
                continue  # "giữa hai tỉnh", "của ba tỉnh cũ": the units named before; no count
            if (
                base in _DOCUMENT_NOUNS
                and n.kind == "words"
                and n.value in (2.0, 3.0, 4.0)
                and (" " + view[max(0, n.start - 12) : n.start].rstrip().casefold()).endswith(_DOCUMENTS_BEFORE)
            ):
                continue  # "thực hiện hai nghị quyết": the two named before, carried out; no count of documents
            if (
                base in _NAMING
                and total is None  # ("4/4 xã Xuân Thọ, Xuân Trường ...": a share of them, measured)
                and _PROPER_AFTER.match(view, uend, uend + _WIN)
                and not _PARTY_AFTER.match(view, uend, uend + _WIN)
                and not _title_after(view, uend)
            ):
                continue  # "2 xã Hải Vĩnh và Hải Xuân": the number restates names, it measures nothing
        q = _Q(
            start=n.start,
            end=uend,
            value=n.value,
            kind=kind,
            unit=unit,
            base_unit=base,
            factor=factor,
            numeral_end=end_num,
            value_max=value_max,
            total=total,
            alts=_alts(view, n, factor),
            head=head,
            mention_end=mention_end,
        )
        out.append(q)
        if upper is not None:
            n2, (_, unit2, _, factor2, _, _) = upper
            if u is not upper[1]:  # the lower end kept its own scale word: the upper end has its own unit
                unit, factor = unit2, factor2
            out.append(
                _Q(
                    start=n2.start,
                    end=uend,
                    value=n2.value,
                    kind=kind,
                    unit=unit,
                    base_unit=base,
                    factor=factor,
                    numeral_end=n2.full_end,
                    alts=_alts(view, n2, factor),
                    head=head,
                    lower=q,
                    mention_end=-1,
                )
            )
    generic = _generic_counts(t, unitless, ix)
    if unitless:
        generic += _discipline_counts(t, unitless, ix)
        generic += _subject_counts(t, unitless, ix)
    if generic:
        taken = {q.start for q in generic}
        unitless = [n for n in unitless if n.start not in taken]
        out.extend(generic)
    out.extend(_enumerated(t, [n for n in unitless if n.scale == 1.0], out, ix))
    out.extend(_year_by_year(t, unitless, out, ix))
    out.sort(key=lambda q: q.start)
    return _drop_slogans(view, out)


# "giảm từ 20 xuống còn 14 sở", "tăng từ 1.200 lên 1.350 đảng viên": a level moved from, its unit written once
_MOVE_SEP = regex.compile(r"[ ]+(?:xuống(?:[ ]+(?:còn|mức))?|lên(?:[ ]+(?:tới|đến|mức))?|còn)[ ]+", _I)


def _moved_from(view: str, n: Numeral, fe: int, n2: Numeral) -> tuple[str, str, str, float, int, str] | None:
    """The unit of the level `n2` that the bare `n` after "từ" moves to: both are levels of that unit."""
    if n2.start - fe > 16 or n2.kind != n.kind or n.scale_word or _MOVE_SEP.fullmatch(view, fe, n2.start) is None:
        return None
    if not _TU_BEFORE.search(view, max(0, n.start - 12), n.start):
        return None
    return _read_unit(view, n2.full_end, n2)


def _range_sep(view: str, a: int, b: int) -> Any:
    """`_RANGE_SEP.fullmatch(view, a, b)`, after a cheap test for its separators."""
    gap = view[a:b].casefold()
    if "-" in gap or "~" in gap or "đến" in gap or "tới" in gap:
        return _RANGE_SEP.fullmatch(view, a, b)
    return None


def _drop_slogans(view: str, qs: list[_Q]) -> list[_Q]:
    """Drop pairs of small counts of slogan words ("5 cây, 3 con", "3 rõ, 4 tốt"): names, not quantities."""
    drop: set[int] = set()
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        if (
            a.kind == b.kind == "count"
            and a.value < 10
            and b.value < 10
            and a.base_unit in _SLOGAN
            and b.base_unit in _SLOGAN
            and view[a.end : b.start].strip() in (",", "và", ", và", "-")
        ):
            drop.update((i, i + 1))
    return [q for i, q in enumerate(qs) if i not in drop] if drop else qs


def _head_noun(view: str, pos: int, limit: int) -> int:
    """End of the head noun after a number (two words at most, or a short comma pair "trưởng, phó phòng")."""
    end = p = pos
    for _ in range(2):
        w = _TAIL_WORD.match(view, p, min(limit, p + 40))
        if w is None or not w.group(1)[0].islower():
            break
        a = w.start(1)
        if _TAIL_STOP.match(view, a, a + 24) or _PRED_MARK.match(view, p, min(limit, p + 24)):
            break
        p = end = w.end()
    if end > pos and view[end : end + 1] == ",":
        nxt = _head_noun(view, end + 1, limit) if view[end + 1 : end + 2] == " " else end
        after = view[nxt : nxt + 1]
        if nxt > end + 1 and (after in (",", ";", ".", ")", "") or _TAIL_STOP.match(view, nxt + 1, nxt + 24)):
            w = _TAIL_WORD.match(view, end + 1, min(limit, end + 40))
            if w is not None and not _NOT_COUNT.match(view, w.start(1), w.start(1) + 24):
                end = nxt
    return end


def _generic_counts(t: Text, unitless: list[Numeral], ix: _Index) -> list[_Q]:
    """A number after a counting verb ("tiếp nhận 2.150 phản ánh", "có hơn 240.000 dân") counts the noun after it."""
    view = t.view
    out: list[_Q] = []
    for n in unitless:
        p = n.full_end
        if view[p : p + 1] != " " or not view[p + 1 : p + 2].islower():
            continue
        if _NOT_COUNT.match(view, p + 1, p + 24) or _TAIL_STOP.match(view, p + 1, p + 24):
            continue
        before = view[max(0, n.start - 48) : n.start].rstrip()
        for _ in range(3):
            popped = _pop_phrase(before, _COUNT_LEAD)
            if popped is None:
                break
            before = popped[0]
        if _pop_phrase(before, _COUNT_TRIGGERS) is None:
            continue
        hedge_end = n.start
        end = _head_noun(view, p, min(len(view), p + 80))
        if end <= p or t.in_chrome(n.start, end) or _excluded(view, n, ix) or ix.is_blocked(n.start, end):
            continue
        head = _clean(view[p:end])
        written_scale = (n.scale_word + " ") if n.scale_word else ""
        out.append(
            _Q(
                start=hedge_end,
                end=end,
                value=n.value,
                kind="count",
                unit=written_scale + head,
                base_unit=head.casefold(),
                factor=n.scale,
                numeral_end=n.full_end,
                alts=_alts(view, n, n.scale),
                head=head,
            )
        )
    return out


# "Tổng số thôn, khu phố toàn tỉnh giảm từ 1.015 xuống còn 930", "nâng tổng số chi bộ lên 412": bare numbers
# moving a count its clause's subject names ("số <noun>"), after the words that move it.
_SUBJECT_MOVE = regex.compile(r"(?<![\p{L}\p{M}])(?:(?:tăng|giảm)\s+từ|xuống\s+còn|lên|còn)[ ]+$", _I)
_SUBJECT_SO = regex.compile(r"[ ]*(?:nâng[ ]+)?(?:(?:tổng|toàn bộ)[ ]+)?số[ ]+(?:lượng[ ]+)?", _I)
_CLAUSE_MARKS = (". ", "; ", ": ", "\n")


def _subject_counts(t: Text, unitless: list[Numeral], ix: _Index) -> list[_Q]:
    """A bare number moving the count its clause opens with ("Tổng số thôn, khu phố giảm từ 1.015 xuống còn
    930"): a count of that noun."""
    view = t.view
    out: list[_Q] = []
    for n in unitless:
        if n.kind != "digits" or n.scale != 1.0 or n.start < 8:
            continue
        lead = _SUBJECT_MOVE.search(view, max(0, n.start - 16), n.start)
        if lead is None:
            continue
        lo = max(0, lead.start() - 120)
        marks = [i + len(c) for c in _CLAUSE_MARKS if (i := view.rfind(c, lo, lead.start())) >= 0]
        if not marks and lo > 0:
            continue  # no clause start within reach
        cs = max(marks) if marks else 0  # (a full stop counts before a blank: not "4.120")
        noun = None
        c = cs  # the clause's start, or a comma's in it ("Năm 2023, số đảng viên tăng từ ...")
        while noun is None and 0 <= c < lead.start():
            so = _SUBJECT_SO.match(view, c, lead.start())
            noun = _CNT_NOUN.match(view, so.end(), so.end() + _WIN) if so else None
            c = view.find(",", c, lead.start()) + 1 or -1
        if noun is None or t.in_chrome(n.start, n.end) or ix.is_blocked(n.start, n.end) or _excluded(view, n, ix):
            continue
        head = noun.group()
        out.append(
            _Q(start=n.start, end=n.end, value=n.value, kind="count", unit="", base_unit=head.casefold(),
               factor=1.0, numeral_end=n.end, head=head)
        )
    return out


# A number spelled out in brackets after its digits: "145 (một trăm bốn mươi lăm) đại biểu"
_SPELLED_OUT = regex.compile(r" \((\p{Ll}+(?: \p{Ll}+){0,7})\)")
_CLASS_BOUND = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:" + _plain_alt(U.CLASSED_VESSELS) + r")(?![\p{L}\p{M}])[^.;\n]{0,50}?(?i:từ|dưới|trên)[ ]+$"
)
_DISCIPLINE_BEFORE = regex.compile(r"(?:" + _plain_alt(U.DISCIPLINE_VERBS) + r")[ ]*:?[ ]*$", _I)
_COUNT_LIST_END = regex.compile(r"[ ]*(?:[,;.)]|và(?!\w)|$)", _I)


def _discipline_counts(t: Text, unitless: list[Numeral], ix: _Index) -> list[_Q]:
    """A bare number after a discipline verb ("khiển trách 7, cảnh cáo 4") counts the party members (or
    organisations) disciplined, named before it: "kỷ luật 12 đảng viên, trong đó khiển trách 7, ..."."""
    view = t.view
    low = ix.low if ix.low is not None else view.lower()
    out: list[_Q] = []
    for n in unitless:
        if n.kind != "digits" or n.scale != 1.0 or n.start < 4:
            continue
        if _DISCIPLINE_BEFORE.search(view, max(0, n.start - 16), n.start) is None:
            continue
        if _COUNT_LIST_END.match(view, n.end, n.end + 8) is None or _excluded(view, n, ix):
            continue
        if t.in_chrome(n.start, n.end) or ix.is_blocked(n.start, n.end):
            continue
        lo = max(0, n.start - 200)
        noun = max(U.DISCIPLINED, key=lambda w: low.rfind(w, lo, n.start))
        if low.rfind(noun, lo, n.start) < 0:
            continue  # nobody named as disciplined before: "cảnh cáo 3" of what, the text does not say
        out.append(
            _Q(start=n.start, end=n.end, value=n.value, kind="count", unit="", base_unit=noun, factor=1.0,
               numeral_end=n.end, head=noun)
        )
    return out


def _enumerated(t: Text, unitless: list[Numeral], found: list[_Q], ix: _Index) -> list[_Q]:
    """Numbers in an enumeration of counts ("4 nhiệm vụ trọng tâm và 2 công việc đột phá")."""
    view = t.view
    counts = sorted((q for q in found if q.kind == "count"), key=lambda q: q.start)
    starts = [q.start for q in counts]
    out: list[_Q] = []
    for n in unitless:
        if not view[n.end + 1 : n.end + 2].islower():
            continue  # an enumerated count is "N <noun>"
        m = _ENUM_NOUN.match(view, n.end, n.end + _WIN)
        if m is None:
            continue
        np = m.group(1)
        if _TIME_WORD.match(np) or _TAIL_STOP.match(np) or _NOT_COUNT.match(np) or ix.is_blocked(n.start, m.end()):
            continue  # (not "41 sản phẩm 3 sao": a rating, counting nothing)
        i = bisect_left(starts, n.start)
        ok = False
        if i > 0:
            prev = counts[i - 1]
            gap = _count_tail(view, prev.end, n.start)
            ok = n.start - gap <= 12 and _ENUM_SEP.fullmatch(view, gap, n.start) is not None
        if not ok and i < len(counts):
            nxt = counts[i]
            ok = regex.fullmatch(r"\s*(?:,|và|,\s*và)\s*", view[m.end() : nxt.start]) is not None
        if not ok or t.in_chrome(n.start, m.end()) or _excluded(view, n, ix):
            continue
        head = _clean(np)
        out.append(
            _Q(
                start=n.start,
                end=m.end(),
                value=n.value,
                kind="count",
                unit=head,
                base_unit=head.casefold(),
                factor=1.0,
                numeral_end=n.end,
                head=head,
            )
        )
    return out


_YEAR_ITEM = regex.compile(
    r"(?:,|;)[ ]*(?:và[ ]+)?(?:đến[ ]+(?:hết[ ]+)?)?năm[ ]+(?:19|20)\d\d[ ]+(?:có|đạt|là)[ ]*$", _I
)  # ", năm 2020 có" before a bare number of a year-by-year list


def _year_by_year(t: Text, unitless: list[Numeral], found: list[_Q], ix: _Index) -> list[_Q]:
    """Bare numbers of a year-by-year list whose unit is written once ("năm 2019 có 31 hợp tác xã, năm 2020
    có 36, năm 2021 có 42"): each takes the unit of the quantity before it in the sentence."""
    view = t.view
    out: list[_Q] = []
    ordered = sorted(found, key=lambda q: q.start)
    starts = [q.start for q in ordered]
    for n in unitless:
        if n.scale != 1.0 or n.kind != "digits" or view.find("năm", max(0, n.start - 16), n.start) < 0:
            continue  # (a cheap test: every match holds "năm" right before the number)
        if _YEAR_ITEM.search(view, max(0, n.start - 40), n.start) is None:
            continue
        if _COUNT_LIST_END.match(view, n.end, n.end + 8) is None or _excluded(view, n, ix):
            continue
        # the quantity just before: the last one found, or the last item of this list read so far
        i = bisect_left(starts, n.start)
        before = [q for q in (ordered[i - 1] if i else None, out[-1] if out else None) if q is not None]
        prev = max(before, key=lambda q: q.start) if before else None
        if prev is None or n.start - prev.end > 120 or _SENTENCE_END.search(view, prev.end, n.start):
            continue
        if t.in_chrome(n.start, n.end) or ix.is_blocked(n.start, n.end):
            continue
        out.append(
            _Q(start=n.start, end=n.end, value=n.value, kind=prev.kind, unit=prev.unit, base_unit=prev.base_unit,
               factor=prev.factor, numeral_end=n.end, head=prev.head)
        )
    return out


_SENTENCE_END = regex.compile(r"[.!?;\n](?:\s|$)")


# ---------------------------------------------------------------------------
# Context: hedge, role, year, comparison, metric


_HEDGE_SET = frozenset(U.HEDGES)
_COMPOUNDS = frozenset(U.COMPOUND_WORDS)
_DIMENSIONS = frozenset(U.DIMENSION_WORDS)
_COUNT_METRICS = frozenset(U.COUNT_METRIC_NOUNS)
_POPULATION_ENDS = tuple(f" {w}" for w in U.POPULATION_NOUNS)  # (a blank before: each as a word)
_NAMING = frozenset(U.NAMING_COUNT_NOUNS)
_NOT_COUNT_COMPOUNDS = frozenset(U.NOT_COUNT_COMPOUNDS)
_COMPOUND_HEADS = frozenset(c.split()[0] for c in U.NOT_COUNT_COMPOUNDS)
_NOT_MEASURED = frozenset(U.NOT_MEASURED_COUNTS)
_NEXT_WORD = regex.compile(r"[ ]+(\w+)")
_BOTH_BEFORE = tuple(f" {w}" for w in U.BOTH_BEFORE)  # (a blank before: each as a word)
_DOCUMENT_NOUNS = frozenset(U.DOCUMENT_COUNT_ABBREVIATIONS.values())
_DOCUMENTS_BEFORE = tuple(f" {w}" for w in U.DOCUMENTS_BEFORE)
_HEDGE_OR_VERB = frozenset(U.HEDGES) | frozenset(U.METRIC_TRAILING)
_CHANGE_SET = frozenset(U.CHANGE_VERBS)
_LEVEL_SET = frozenset(U.LEVEL_AFTER_CHANGE)
_MET_OR_EXCEEDED = U.MET_OR_EXCEEDED


@cache
def _last_words(table: frozenset[str]) -> frozenset[str]:
    """The last words of the phrases of `table` (memoised per table: the tables are module constants)."""
    return frozenset(p.split(" ")[-1] for p in table)


@cache
def _endings(table: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """The last word of each phrase of `table` of up to three words -> the numbers of words of the
    phrases ending with it, largest first (memoised per table: the tables are module constants)."""
    acc: dict[str, set[int]] = {}
    for p in table:
        ws = p.split(" ")
        if len(ws) <= 3:
            acc.setdefault(ws[-1], set()).add(len(ws))
    return {w: tuple(sorted(ks, reverse=True)) for w, ks in acc.items()}


def _pop_phrase(s: str, table: frozenset[str]) -> tuple[str, str] | None:
    """If `s` ends with a phrase of `table` (up to three words, longest first), split it off."""
    parts = s.rsplit(None, 3)
    ks = _endings(table).get(parts[-1].casefold()) if parts else None
    if ks is None:
        return None  # every phrase tried below ends with the last word: the common case, decided at once
    for k in ks:  # only the lengths of the phrases that end with it
        if len(parts) < k:
            continue
        phrase = " ".join(parts[-k:]).casefold()
        if phrase in table:
            if k == 1 and len(parts) >= 2 and f"{parts[-2]} {parts[-1]}".casefold() in _COMPOUNDS:
                return None  # "lấn chiếm", "tăng trưởng": the last syllable is part of a word

            head = " ".join(parts[:-k]).rstrip(" ,")
            return head, phrase
    return None


def _ends_with(s: str, table: frozenset[str]) -> bool:
    """Whether the words of `s` end with a phrase of `table`."""
    words = s.split()
    ks = _endings(table).get(words[-1]) if words else None
    if ks is None:
        return False  # every phrase tried below ends with the last word
    return any(" ".join(words[-k:]) in table for k in ks if len(words) >= k)


def _end_window(s: str) -> tuple[str, str]:
    """Split `s` at a space so that the second part holds about its last `_TAIL_LOOK` characters."""
    if len(s) <= _TAIL_LOOK:
        return "", s
    cut = s.find(" ", len(s) - _TAIL_LOOK)
    if cut < 0:
        return "", s
    return s[:cut], s[cut:]


def _strip_end(s: str, table: frozenset[str]) -> tuple[str, list[str]]:
    """Strip phrases of `table` from the end of `s` repeatedly; return the rest and the phrases."""
    keep, s = _end_window(s)
    found = []
    while s:
        popped = _pop_phrase(s, table)
        if popped is None:
            break
        s, phrase = popped
        found.append(phrase)
    return keep + s, found


def _fill(t: Text, ix: _Index, qs: list[_Q]) -> None:
    view = t.view
    folded = ix.folded
    prev: _Q | None = None
    for q in qs:
        if q.lower is not None:  # the upper end of a range reads as its lower end
            lo = q.lower
            q.approx, q.role, q.year, q.compared_to, q.metric = lo.approx, lo.role, lo.year, lo.compared_to, lo.metric
            q.tail_end, q.np_end = lo.tail_end, lo.np_end
            prev = q
            continue
        s_start, s_end, clause_start = ix.bounds(q.start)
        same_sentence = prev is not None and prev.tail_end > s_start and prev.end <= q.start
        # (conditional expressions rather than `max`/`min` on this path: a builtin call costs several times more)
        a = prev.tail_end if same_sentence and prev is not None and prev.tail_end > clause_start else clause_start
        pre = view[a : q.start]
        # hedge and verbs right before the number
        rest = pre.rstrip()
        keep, rest = _end_window(rest)  # only the last few words can be hedges and verbs
        hedge = None
        verbs: list[str] = []
        for _ in range(5):
            popped = _pop_phrase(rest, _HEDGE_OR_VERB)
            if popped is None:
                break
            rest, phrase = popped
            if phrase in _HEDGE_SET and hedge is None and not (phrase == "bình quân" and verbs):
                hedge = U.HEDGES[phrase]
            verbs.append(phrase)
        rest = keep + rest
        verb_phrase = " ".join(reversed(verbs))
        if q.value_max is not None and verbs and verbs[0] == "từ":
            verb_phrase = verb_phrase[:-3].rstrip()  # "tăng từ 5 đến 7%": a range of changes
        if q.approx is None:
            q.approx = hedge
        if q.approx is None:
            w0 = q.start - 80 if q.start - 80 > a else a  # not past the quantity before ("bình quân 1%/năm và 100%")
            if folded is not None:  # the case folding of view[w0:q.start] is folded[w0:q.start]
                has_bq = folded.find(_BQ_KEY, w0, q.start) >= 0
            else:
                has_bq = _has_any(view, w0, q.start, (_BQ_KEY,))
            bq = _BINH_QUAN.search(view, w0, q.start) if has_bq else None
            if bq is not None:
                q.approx = "bình quân"
        # what belongs to this quantity after it
        tail = q.end
        if q.kind == "count":
            q.np_end = _np_end(view, q.end, s_end)  # "9.700 cán bộ, đảng viên"
            tail = q.np_end
        elif q.kind == "measure":
            q.np_end = _count_tail(view, q.end, s_end)  # "24,5 km đường giao thông nông thôn"
            tail = q.np_end
        pm = (
            _PLAN_AFTER.match(view, q.end, q.end + _WIN)
            if q.kind == "percent" and _may_open(view, folded, q.end, q.end + _WIN, _PLAN_FIRSTS)
            else None
        )
        if pm is not None:
            q.role = "plan_attainment"
            tail = max(tail, _count_tail(view, pm.end(), s_end, 3))
        may = _may_open(view, folded, tail, tail + _WIN, ("so",), ",)")
        cm = _COMPARE.match(view, tail, tail + _WIN) if may else None
        if cm is not None:
            what, y2, y = cm.group(*_COMPARE_GROUPS)
            what = _clean(what).casefold()
            if y:
                q.compared_to = int(y)
            elif y2:
                q.compared_to = int(y2)
            elif what.startswith("cùng kỳ"):
                q.compared_to = -1  # filled from the year below
            elif what.startswith(("kế hoạch", "dự toán", "chỉ tiêu", "mục tiêu", "nghị quyết")) and q.kind == "percent":
                q.role = "plan_attainment"
            tail = cm.end()
        may = _may_open(view, folded, tail, tail + _WIN, _TARGET_AFTER_FIRSTS)
        ta = _TARGET_AFTER.match(view, tail, tail + _WIN) if may else None
        if ta is not None:
            tail = ta.end()
        q.tail_end = tail
        # role
        clause_from = q.start - 160 if q.start - 160 > clause_start else clause_start  # the clause text before
        if q.role != "plan_attainment":
            if (  # pure tests, the cheap ones first
                ta is not None
                or (same_sentence and prev is not None and prev.role == "target")
                or ix.has_cue(clause_from, q.start)  # (clause_start <= q.start)
                or _must(view, folded, q.start - 32 if q.start - 32 > clause_start else clause_start, q.start)
                or (
                    view.find(":", q.start - 240 if q.start - 240 > s_start else s_start, q.start) >= 0
                    and _GOAL_HEADING.search(view, q.start - 240 if q.start - 240 > s_start else s_start, q.start)
                )
            ):
                q.role = "target"  # a goal (a goal of change too), or the next item of a list of goals
            elif (
                q.kind == "times"
                or (q.kind == "percent" and q.head.startswith(("điểm", "Điểm", "ĐIỂM")))  # percentage points
                or (
                    _ends_with(verb_phrase, _CHANGE_SET)
                    and not _ends_with(verb_phrase, _LEVEL_SET)
                    and not " ".join(pre[-40:].split()).casefold().endswith(_MET_OR_EXCEEDED)
                )
            ):
                q.role = "change"
            elif ix.now is not None:  # "đến năm 2030", past the latest date of the text: a target
                w0 = clause_from
                by_from = w0 - 1 if w0 > 0 else 0  # from one character before the window: "Đến năm 2030" may open it
                low = ix.low
                may = (low is None or low.find("năm", w0, q.start) >= 0) and (  # "Năm" too
                    folded is None  # the pattern's first words in the case folding (see `_may_open`)
                    or folded.find("đến", by_from, q.start) >= 0
                    or folded.find("tới", by_from, q.start) >= 0
                    or folded.find("vào", by_from, q.start) >= 0
                )
                by = _BY_YEAR.search(view, by_from, q.start) if may else None
                if by is not None and int(by.group(_BY_YEAR_Y)) > ix.now:
                    q.role = "target"
        # year: in the clause before, else after it in the sentence, else the sentence, else the paragraph
        q.year = _year_for(ix, q, clause_start, s_start, s_end)
        if q.compared_to == -1:
            q.compared_to = q.year - 1 if q.year else None
        # metric
        if a == clause_start and view[clause_start - 1 : clause_start] == ")" and not _subject_of(ix.subjects, rest):
            # "tốc độ tăng trưởng (theo giá so sánh 2010) ước đạt 8,12%": read past the parenthesis
            op = view.rfind("(", s_start, clause_start)
            if op > s_start:
                outer = ix.clause_start(op, s_start)
                if not same_sentence or prev is None or outer >= prev.tail_end:
                    rest = view[outer:op] + " " + rest
        q.s_end = s_end
        q.lead = view[q.start - 80 if q.start - 80 > clause_start else clause_start : q.start]
        q.metric = _metric(view, q, rest, verbs, prev if same_sentence else None, ix.subjects)
        prev = q


def _year_for(ix: _Index, q: _Q, clause_start: int, s_start: int, s_end: int) -> int | None:
    years = ix.years
    lo = bisect_left(ix.year_starts, s_start)
    hi = bisect_left(ix.year_starts, s_end)
    # The last year of the sentence before the quantity and the first one after it (up to the end
    # of what belongs to it), in one pass: the years are sorted and do not overlap.
    before = after = None
    after_end = q.tail_end + 12
    for k in range(lo, hi):
        c = years[k]
        a, b, y = c
        if a >= q.end:
            if a >= after_end:
                break
            if (q.compared_to is None or y != q.compared_to) and not ix.is_blocked(a, b):
                after = c
                break
        elif b <= q.start and not ix.is_blocked(a, b):
            before = c
    if after is not None and after[0] - q.end <= 2 and ix.view.find(",", q.end, after[0]) < 0:
        return after[2]  # "5,2% năm 2023": the year written right after the quantity (not the next item's:
        # "năm 2019 có 31 hợp tác xã, năm 2020 có 36")
    if before is not None:
        return before[2]
    if after is not None:
        return after[2]
    # the paragraph's year so far ("Năm 2021, ..." at the start of the paragraph)
    i = bisect_left(ix.year_starts, s_start) - 1
    if i >= 0:
        a, b, y = ix.years[i]
        line_start = ix.prev_in(ix.lines, s_start) + 1
        if a >= line_start and not ix.is_blocked(a, b):
            return y
    return ix.heading_year(s_start)


def _action(rest: str) -> tuple[str, str] | None:
    """The verb governing a count at the end of the clause text before it, and the particle it takes.

    "kết nạp" (152 đảng viên) -> ("kết nạp", ""); "thi hành kỷ luật" (41 đảng viên) -> (..., "bị");
    "giải quyết việc làm cho" (9.000 lao động) -> ("giải quyết việc làm", "được").
    """
    lead_lasts, action_lasts = _COUNT_LEAD_LASTS, _ACTION_LASTS
    tail = rest[-80:].rstrip()
    last = tail[-1:] if tail.endswith(",") else tail.rsplit(None, 1)[-1].rsplit(",", 1)[-1] if tail else ""
    last = last.casefold()
    if last not in lead_lasts and last not in action_lasts and last != "cho" and last != "với":
        return None  # the last word (as `words` below ends) ends no hedge, no verb: the common case
    # (the verb of "kiểm tra ... đối với 9 tổ chức đảng" is read as that of "giải quyết việc làm cho ...")
    words = tail.casefold().replace(",", " , ").split()[-11:]
    for _ in range(3):  # hedges between the verb and the number: "kết nạp ít nhất 200", "cho hơn 9.000"
        if not words or words[-1] not in lead_lasts:
            break  # no hedge ends here (the tests below need one ending with the last word)
        if len(words) >= 2 and " ".join(words[-2:]) in _COUNT_LEAD:
            del words[-2:]
        elif words and words[-1] in _COUNT_LEAD:
            del words[-1]
        else:
            break
    if not words:
        return None
    link = 1 if words[-1] == "cho" else 2 if words[-2:] == ["đối", "với"] else 0
    if link:
        for i in range(len(words) - 1 - link, max(-1, len(words) - 10), -1):
            if words[i] == "," or (words[i] in _NOT_METRIC and words[i] not in _ACTIONS):
                break
            if words[i] not in action_lasts:
                continue  # no verb ends with this word
            for k in (4, 3, 2, 1):
                if i - k + 1 >= 0 and " ".join(words[i - k + 1 : i + 1]) in _ACTIONS:
                    verb = " ".join(words[i - k + 1 : i + 1])
                    return " ".join(words[i - k + 1 : -link]), "bị" if verb in _PASSIVE_BI else "được"
        return None
    if words[-1] not in action_lasts:
        return None  # no verb ends with the last word
    for k in (4, 3, 2, 1):
        if len(words) >= k:
            verb = " ".join(words[-k:])
            if verb in _ACTIONS:
                return verb, "bị" if verb in _PASSIVE_BI else ""
    return None


def _names_count(phrase: str) -> bool:
    """Whether a short phrase before a count names what it counts ("dân số", "quy mô dân số")."""
    words = phrase.casefold().split()
    return len(words) <= 5 and any(
        " ".join(words[i : i + k]) in _COUNT_METRICS for k in (1, 2) for i in range(len(words) - k + 1)
    )


def _count_metric(view: str, q: _Q, rest: str) -> str:
    """Counted noun phrase, its predicate to the clause end, and the verb that governs it."""
    np = _clean(view[q.numeral_end : q.np_end]) or q.head
    pred_end = _predicate_end(view, q.np_end, q.s_end)
    pred = _clean(view[q.np_end : pred_end])
    act = _action(q.lead) if q.role != "change" else None
    if act is not None:
        verb, particle = act
        if pred and not particle:
            if pred.startswith(("được ", "là ")):
                return f"{np} {pred} {verb}"
            particle = "được"
        return " ".join(x for x in (np, particle, verb, pred) if x)  # "đảng viên mới kết nạp"
    return f"{np} {pred}" if pred else np


def _metric(
    view: str, q: _Q, rest: str, verb_list: list[str], prev: _Q | None, subjects: dict[str, str]
) -> str | None:
    """The noun phrase naming what is measured (`verb_list`: hedges and verbs before the number;
    `subjects`: the document's memo of `_subject`)."""
    verbs = " ".join(reversed(verb_list))
    if q.kind == "count" and not verb_list and q.role != "change":
        tail = " " + rest[-12:].casefold()
        if tail.endswith(_POPULATION_ENDS):  # "huyện có dân số 120.000 người"
            phrase = _subject_of(subjects, rest)
            if _names_count(phrase):
                return phrase  # "quy mô dân số"
            return next(rest[-len(e) + 1 :] for e in _POPULATION_ENDS if tail.endswith(e))  # the noun as written
        return _count_metric(view, q, rest)  # the common case: "ban hành 3 nghị quyết"
    # The subject of the clause before, read only when needed (the tests below are pure: their order is free).
    subject: list[str] = []

    def phrase_() -> str:
        if not subject:
            subject.append(_subject_of(subjects, rest))
        return subject[0]

    if q.kind == "count":
        np = _clean(view[q.numeral_end : q.np_end])
        if (
            prev is not None
            and q.role == "change"
            and prev.kind == "count"
            and (prev.base_unit.startswith(q.base_unit))
            and not phrase_()
        ):
            q.base_unit = prev.base_unit
            return prev.metric
        hedges_only = bool(verb_list) and all(v in _HEDGE_SET for v in verb_list)
        if hedges_only and phrase_() and _names_count(phrase_()):
            return phrase_()  # "diện tích 35.610 ha, dân số hơn 90.000 người"
        if _COPULA_END.search(verbs) and phrase_():
            # "X đạt/là N <noun>": X names what is counted, when X is a noun phrase (not a clause)
            phrase = phrase_()
            size = len(phrase.split())
            if _SO_START.match(phrase):
                return phrase  # "Số đảng viên mới được kết nạp là 96 đồng chí"
            if not _CLAUSE_MARK.search(phrase) and size <= 10:
                if q.head.casefold() in phrase.casefold() or size > 6:
                    return phrase  # "Tổng lượt khách du lịch đến Hạ Long đạt 6,1 triệu lượt"
                return f"{np} {phrase}"  # "bình quân mỗi xã đạt 17,5 tiêu chí"
        return _count_metric(view, q, rest)
    if q.kind == "measure":
        dim = _pop_phrase(rest, _DIMENSIONS) if not verb_list else None
        if dim is not None and _subject_of(subjects, dim[0]):
            return _subject_of(subjects, dim[0])  # "tuyến đường ven biển dài 38 km"
        named = _clean(view[q.end : q.np_end])
        if named and not _COPULA_END.search(verbs) and not any(w[0].isupper() for w in named.split()):
            return named  # "nâng cấp 24,5 km đường giao thông nông thôn"
    tail = rest[max(0, len(rest) - 60) :].casefold()  # the pattern's words are looked for in it first
    # the clause before is "X đã <verb>"
    acts = ("đã" in tail or "đang" in tail or "sẽ" in tail or "được" in tail) and (
        _CLAUSE_MARK.search(rest, max(0, len(rest) - 60)) is not None
    )
    if q.kind == "money" and (acts or not phrase_()):
        after = _count_tail(view, q.end, q.end + 80)
        if after > q.end:  # "Thành phố đã giải ngân 1.850 tỷ đồng vốn đầu tư công"
            return _clean(view[q.end : after])
    if q.kind == "percent" and q.role != "plan_attainment" and not verbs.endswith(("chiếm", "bằng")):
        act = _action(q.lead) if all(v in _COUNT_LEAD for v in verb_list) else None
        np = _pct_np(view, q, act is not None)
        if np and act is not None:
            # "phân công 100% đảng viên theo dõi ..." -> "đảng viên được phân công theo dõi ..."
            head, _, pred = np.partition("\x00")
            return " ".join(x for x in (head, act[1] or "được", act[0], pred) if x)
        np = np.replace("\x00", " ").strip()
        if np and ("có" in verbs.split() or acts or not phrase_() or not _METRIC_HEAD.match(phrase_())):
            return np  # "100% xã đạt chuẩn nông thôn mới", "86,8% tổ chức cơ sở đảng đạt trong sạch, vững mạnh"
    phrase = phrase_()
    if phrase:
        return phrase
    if prev is not None:
        return prev.metric
    return None


def _pct_np(view: str, q: _Q, governed: bool = False) -> str:
    """What a share is a share of, when written after it: the noun phrase, NUL, its predicate.

    `governed`: a verb before the share acts on it, so the rest of the clause belongs to it.
    """
    limit = q.s_end
    m = _PCT_ANY_NP.match(view, q.end, min(limit, q.end + 48))
    if m is None or _PCT_NOT_NP.match(view, m.start(1), m.start(1) + 24):
        return ""
    a = m.start() + len(m.group()) - len(m.group().lstrip())
    np_end = _np_end(view, a - 1, limit)
    end = _predicate_end(view, np_end, limit, force=governed)
    return _clean(view[a:np_end]) + "\x00" + _clean(view[np_end:end])


def _last_cut(s: str) -> int:
    """End of the last `_CUT` match in `s` (as `finditer` finds them), or -1.

    Matched without case-insensitivity on the case folding of `s` when it keeps the offsets (the
    cuts are written folded): several times cheaper than the case-insensitive alternatives.
    """
    folded = s.casefold()
    end = -1
    if len(folded) != len(s):
        for m in _CUT.finditer(s):
            end = m.end()
        return end
    # Every match opens with the first word of a cut as written (folded): the pattern is tried
    # only where one is, left to right past the previous match, as `finditer` takes them.
    starts = []
    for w in _CUT_FIRSTS:
        i = folded.find(w)
        while i >= 0:
            starts.append(i)
            i = folded.find(w, i + 1)
    if not starts:
        return -1
    starts.sort()
    for i in starts:
        if i >= end:
            cm = _CUT_FOLDED.match(folded, i)  # its look-behind sees the text before `i`
            if cm is not None:
                end = cm.end()
    return end


# A necessary test for `_LEAD` on the first word after its blanks, commas and dashes (see `_opener`).
_MAY_LEAD = _opener((*U.METRIC_LEADING, "trong", "đến", "tính", "riêng", "cả", "năm"))


def _lead(s: str) -> Any:
    """`_LEAD.match(s)`, after a memoised test of the word where a phrase, "năm 2023" or "2023" must start."""
    j, n = 0, len(s)
    while j < n and s[j] in " ,-":
        j += 1
    if j < n and s[j].isspace():
        return _LEAD.match(s)  # other blanks: the pattern decides
    w = _WORD_AT.match(s, j)
    if w is None:
        return None  # every alternative starts with a word character
    word = w.group()
    if not _MAY_LEAD(word) and not (len(word) == 4 and word.isdigit()):
        return None
    return _LEAD.match(s)


def _subject_of(memo: dict[str, str], rest: str) -> str:
    """`_subject(rest)`, memoised in `memo` (per document: quantities of a clause often share the text before)."""
    s = memo.get(rest)
    if s is None:
        s = memo[rest] = _subject(rest)
    return s


def _subject(rest: str) -> str:
    """Clean the clause text before a number down to its noun phrase."""
    if not rest or rest.isspace():
        return ""
    s = rest
    if len(s) > 160:  # a metric is a phrase, not a paragraph: look at the last words only
        cut = s.find(" ", len(s) - 160)
        s = s[cut:] if cut >= 0 else s
    cut = _last_cut(s)
    if cut > 0:
        s = s[cut:]
    has = s.find(" có ")
    if has >= 0 and len(s[:has].split(",")[-1].split()) <= 3:  # "Huyện có diện tích tự nhiên" -> "diện tích tự nhiên"
        s = s[has + 4 :]
    sf = s.casefold()  # the patterns below ignore case: their words are looked for in it first
    tenses = list(_TENSE.finditer(s)) if "đã" in sf or "đang" in sf or "sẽ" in sf else []
    if tenses:
        tm = tenses[-1]  # "Thành phố đã huy động" -> "huy động": the subject is who acts, not what is measured
        actor = s[: tm.start()].split()
        if len(actor) <= 4 and not _METRIC_HEAD.match(s.lstrip()) and s[tm.end() :].strip():
            s = s[tm.end() :]
    # commas: keep joining short pieces ("nông, lâm nghiệp, thủy sản")
    pieces = s.split(",")
    acc = pieces[-1]
    k = len(pieces) - 1
    while k > 0 and len(pieces[k].split()) <= 2 and _joinable(pieces[k - 1]):
        k -= 1
        acc = pieces[k] + "," + acc
    s = acc
    for _ in range(4):
        lm = _lead(s)
        if lm is None or lm.end() == 0:
            break
        s = s[lm.end() :]
    if "năm" in s.lower():  # (the pattern ignores case: "Năm 2023")
        s = _INNER_YEAR.sub("", s)
    s, _ = _strip_end(s, _HEDGE_OR_VERB)
    if s.lstrip().casefold().startswith("của "):
        return ""  # "(GRDP) của tỉnh ước đạt": the subject is before the parenthesis
    sf = s.casefold()
    om = _OF.search(" " + s + " ") if "của" in sf or "sau" in sf or "trong" in sf or "giai" in sf else None
    if om is not None:
        left = (" " + s)[: om.start()].strip()
        if len(left.split()) >= 2:
            s = left
    s = _clean(s.strip(" ,-"))
    words = s.split()
    if not words or all(w.casefold() in _NOT_METRIC or w[0].isdigit() for w in words):
        return ""  # a hedge, a verb or a time phrase ("chỉ", "xuống", "5 năm") names nothing
    return " ".join(words[:12])


_FUNCTION_WORDS = {
    "đã",
    "được",
    "có",
    "là",
    "và",
    "với",
    "các",
    "những",
    "đó",
    "này",
    "nay",
    "thì",
    "mà",
    "cũng",
}


def _joinable(piece: str) -> bool:
    """Whether a comma piece before a short one joins it ("nông, lâm nghiệp"): no digits, no names inside."""
    words = piece.split()
    return 0 < len(words) <= 5 and not any(c.isdigit() for c in piece) and not any(w[0].isupper() for w in words[1:])


_NOT_METRIC = frozenset(_FUNCTION_WORDS) | frozenset(U.NOT_METRIC_WORDS)
_NOT_COUNT = regex.compile(r"(?:" + _plain_alt((*U.NOT_COUNT_AFTER, *U.TIME_WORDS)) + r")" + _W, _I)
_COUNT_TRIGGERS = frozenset(U.ACTION_VERBS)
_COUNT_LEAD = frozenset(U.HEDGES) | frozenset(U.POST_VERB_WORDS)
_TINY_VERBS = frozenset(("có", "với", "gồm", "còn", "được", "tăng", "giảm"))
_ACTIONS = frozenset(U.ACTION_VERBS) - _TINY_VERBS
_PASSIVE_BI = frozenset(U.PASSIVE_BI_VERBS)
_COUNT_LEAD_LASTS, _ACTION_LASTS = _last_words(_COUNT_LEAD), _last_words(_ACTIONS)


# ---------------------------------------------------------------------------
# Flattened tables

_SEP_PIPE = regex.compile(r"[ \t]*\|[ \t]*")
_SEP_TAB = regex.compile(r" *\t[ \t]*")
_SEP_SPACES = regex.compile(r" {2,}")
_LABEL_UNIT = regex.compile(r"\(\s*(?P<u>[^()]{1,40}?)\s*\)\s*$")
_LABEL_LEAD = regex.compile(r"^(?:[-+•*·]+|\d{1,2}[.)]|[a-zđ]\))\s*", _I)
_YEAR_IN = regex.compile(r"(?<!\d)(?:19[3-9]\d|20\d\d)(?!\d)")
_HEADINGS = sorted(U.TABLE_HEADINGS, key=lambda h: len(h[0]), reverse=True)
# (" key ", key, whether it is a single word of letters, role), built once for `_heading_role`.
_HEADING_KEYS = [(f" {key} ", key, key.isalpha(), role) for key, role in _HEADINGS]
_PCT_LABEL = tuple(U.PERCENT_LABELS)
_ORDINAL_CELL = regex.compile(r"(?:s?tt|\d{1,2}[.)]?|[ivxl]{1,5}[.)]?|[a-zđ][.)])", _I)
_UNIT_HEADS = frozenset(U.UNIT_HEADINGS)
_ROLES: dict[str, Role] = {
    "actual": "actual",
    "target": "target",
    "change": "change",
    "plan_attainment": "plan_attainment",
}


def _cells(view: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of a table line `view[a:b]` (split on "|", tabs or runs of spaces) as trimmed intervals."""
    line = view[a:b]
    if "|" in line:
        sep = _SEP_PIPE
    elif "\t" in line:
        sep = _SEP_TAB
    elif "  " in line.strip():
        sep = _SEP_SPACES
    else:
        return []
    out = []
    p = a
    for m in sep.finditer(view, a, b):
        out.append((p, m.start()))
        p = m.end()
    out.append((p, b))
    cells = []
    for x, y in out:
        while x < y and view[x].isspace():
            x += 1
        while y > x and view[y - 1].isspace():
            y -= 1
        cells.append((x, y))
    if cells and cells[0][1] <= cells[0][0]:
        cells = cells[1:]  # a leading "|"
    if cells and cells[-1][1] <= cells[-1][0]:
        cells = cells[:-1]
    return cells if len(cells) >= 2 else []


def _heading_role(h: str) -> tuple[str | None, int | None]:
    """Role and year of a column heading ("Kế hoạch", "So KH (%)", "Năm 2023")."""
    low = " ".join(h.casefold().split())
    ym = _YEAR_IN.search(low) if "19" in low or "20" in low else None  # the year's first two digits
    year = int(ym.group()) if ym else None
    words = f" {low.replace('(', ' ').replace(')', ' ')} "
    for padded, key, alpha, role in _HEADING_KEYS:
        if padded in words or (not alpha and key in low):
            return role, year
    return None, year


def _label_unit(label: str) -> tuple[str, str, str, float, str] | None:
    """(metric, unit, base unit, factor, kind) from a row label "Giá trị sản xuất (tỷ đồng)"."""
    m = _LABEL_UNIT.search(label)
    name = _LABEL_LEAD.sub("", label[: m.start()] if m else label).strip(" :-")
    if not name or not any(c.isalpha() for c in name):
        return None
    if m is None:
        if name.casefold().startswith(_PCT_LABEL):
            return name, "%", "%", 1.0, "percent"
        return None
    u = " ".join(m.group("u").split())
    probe = "1 " + u
    nums = list(find_numerals(probe))
    if nums:
        got = _read_unit(probe, nums[0].full_end, nums[0])
        if got is not None and got[4] >= len(probe.rstrip()):
            kind, unit, base, factor, _, _ = got
            return name, unit.strip(), base, factor, kind
    head = u.split("/")[0].strip()
    if not head or not head[0].isalpha() or any(ch.isdigit() for ch in head):
        return None
    scale = 1.0
    first, _, restw = head.partition(" ")
    if first.casefold() in SCALES and restw:
        scale, head = SCALES[first.casefold()], restw
    return name, u, head.casefold(), scale, "count"


def _count_label(label: str) -> tuple[str, str, str, float, str] | None:
    """(metric, unit, base unit, factor, kind) of a table row label with no unit that names what it counts:
    its first counted noun ("Kết nạp đảng viên mới" counts "đảng viên"), else None."""
    name = _LABEL_LEAD.sub("", label).strip(" :-")
    i = 0
    while 0 <= i < len(name):
        m = _CNT_NOUN.match(name, i, i + _WIN) if name[i].isalpha() else None
        if m is not None:
            noun = m.group()
            return name, noun, noun.casefold(), 1.0, "count"
        i = name.find(" ", i) + 1 or -1
    return None


def _tables(t: Text, ix: _Index) -> list[_Q]:
    """Indicators from table lines: one per numeric cell, the row label naming it, the column its role."""
    view, text = t.view, t.text
    if "|" not in text and "\t" not in text and "  " not in text:
        return []
    out: list[_Q] = []
    lines = ix.lines
    n = len(view)
    header: list[tuple[str | None, int | None]] | None = None
    header_year: int | None = None
    pct_cols: set[int] = set()
    unit_col = -1
    # a table of units by column ("Xã | Sản phẩm OCOP (sản phẩm) | Doanh thu (triệu đồng)"): what each column
    # measures, its rows naming whose figures they are
    col_labs: list[tuple[str, str, str, float, str] | None] | None = None
    for k in range(len(lines)):
        a = lines[k] + 1
        b = lines[k + 1] if k + 1 < len(lines) else n
        if b - a < 5 or b - a > 400:
            header = None if b - a > 400 else header
            continue
        line = text[a:b]
        cells = _cells(text, a, b) if ("|" in line or "\t" in line or "  " in line) else []  # text keeps tabs
        if not cells or any(y - x > _MAX_CELL for x, y in cells):
            header = col_labs = None  # (a paragraph with a stray tab or double blank is prose, not a table row)
            continue
        if len(cells) > 2 and _ORDINAL_CELL.fullmatch(view, cells[0][0], cells[0][1]):
            cells = cells[1:]  # a numbering column: "TT", "1", "II", "a)"
        texts = [view[x:y] for x, y in cells]
        values = [read_digits(c.replace(" ", "")) if c[:1].isdigit() else None for c in texts[1:]]
        if not any(v is not None for v in values):
            # a heading line: roles by column
            roles = [_heading_role(c) for c in texts]
            if any(r is not None or y is not None for r, y in roles[1:]):
                header, col_labs = roles, None
                header_year = _table_year(ix, a)
                pct_cols = {i for i, c in enumerate(texts) if "%" in c}
                unit_col = next((i for i, c in enumerate(texts) if " ".join(c.casefold().split()) in _UNIT_HEADS), -1)
            else:
                labs = [_label_unit(c) or _count_heading(c) for c in texts]
                if sum(1 for lab in labs[1:] if lab is not None) >= 2 and any(_LABEL_UNIT.search(c) for c in texts[1:]):
                    header, col_labs = None, labs
                    header_year = _table_year(ix, a)
                elif len(cells) >= 3 and "|" in line and not t.in_chrome(a, b):
                    # a pipe table's plain heading ("Đối tượng | Tổng số | Tham gia học tập | Tỷ lệ (%)"): rows whose
                    # label names what they count are read under it, a column marked "%" as shares
                    header, col_labs = roles, None
                    header_year = _table_year(ix, a)
                    pct_cols = {i for i, c in enumerate(texts) if "%" in c}
                    unit_col = -1
            continue
        if col_labs is not None:
            out += _column_row(t, ix, cells, texts, col_labs, header_year)
            continue
        label = texts[0]
        if header is not None and 0 < unit_col < len(texts) and not _LABEL_UNIT.search(label):
            label = f"{label} ({texts[unit_col]})"  # a unit column: "Chỉ tiêu | ĐVT | Kế hoạch | ..."
        lab = _label_unit(label)
        if lab is None and header is not None and 0 < unit_col < len(texts) and label.endswith(")"):
            # "Giá trị sản xuất công nghiệp (giá so sánh 2010)" beside a unit column: the brackets are no unit
            lab = _label_unit(f"{label[: label.rfind('(')].rstrip()} ({texts[unit_col]})")
        if lab is None and header is not None:
            lab = _count_label(label)  # "Đảng viên | 4.215 | 4.302" under "Nội dung | Năm 2023 | Năm 2024"
        if lab is None or t.in_chrome(cells[0][0], cells[0][1]):
            continue
        if header is None and not _LABEL_UNIT.search(label):
            continue  # prose with double spaces, not a table
        name, unit, base, factor, kind = lab
        for i, v in enumerate(values, start=1):
            if v is None:
                continue
            x, y = cells[i]
            if t.in_chrome(x, y) or ix.is_blocked(x, y):
                continue
            role: str | None = None
            year = None
            if header is not None and i < len(header):
                role, year = header[i]
            c_unit, c_base, c_factor, c_kind = unit, base, factor, kind
            if role == "plan_attainment" or "%" in texts[i] or (i in pct_cols and (role == "change" or role is None)):
                c_unit, c_base, c_factor, c_kind = "%", "%", 1.0, "percent"
            if year is None:
                year = header_year
            value = v.value
            final_role: Role = _ROLES.get(role or "", "actual")
            out.append(
                _Q(
                    start=x,
                    end=y,
                    value=value,
                    kind=c_kind,
                    unit=c_unit,
                    base_unit=c_base,
                    factor=c_factor,
                    numeral_end=y,
                    alts=[alt * c_factor for alt in v.alternatives if "," in texts[i]],
                    head=c_unit,
                    role=final_role,
                    year=year,
                    metric=name,
                    in_table=True,
                )
            )
    return out


_MAX_CELL = 120  # characters a table's cell holds at most: a longer one is a paragraph
_RATIO_CELL = regex.compile(r"(\d{1,4})\s*/\s*(\d{1,4})")


def _count_heading(heading: str) -> tuple[str, str, str, float, str] | None:
    """`_count_label` of a column heading that names a count: its counted noun first, maybe after "Số" or "Tổng
    số" ("Tiêu chí đạt", "Số chi bộ"), not inside another phrase ("Tên thôn")."""
    lab = _count_label(heading)
    if lab is None:
        return None
    name = lab[0].casefold()
    noun = lab[2]
    return lab if name.startswith((noun, f"số {noun}", f"tổng số {noun}")) else None


def _column_row(
    t: Text,
    ix: _Index,
    cells: list[tuple[int, int]],
    texts: list[str],
    col_labs: list[tuple[str, str, str, float, str] | None],
    year: int | None,
) -> list[_Q]:
    """The figures of one row of a table whose columns name what they measure: each numeric cell under a column
    with a unit, its metric the column's and the row's label ("sản phẩm OCOP (Tân Long)"); "19/19" a ratio."""
    out: list[_Q] = []
    label = texts[0].strip(" :-")
    if t.in_chrome(cells[0][0], cells[0][1]):
        return out
    for i in range(1, min(len(cells), len(col_labs))):
        lab = col_labs[i]
        c = texts[i]
        if lab is None or not c[:1].isdigit():
            continue
        x, y = cells[i]
        if t.in_chrome(x, y) or ix.is_blocked(x, y):
            continue
        total = None
        rm = _RATIO_CELL.fullmatch(c)
        v = read_digits(rm.group(1)) if rm else read_digits(c.replace(" ", ""))
        if v is None:
            continue
        if rm:
            tr = read_digits(rm.group(2))
            if tr is None or tr.value < v.value:
                continue
            total = tr.value
        name, unit, base, factor, kind = lab
        out.append(
            _Q(
                start=x,
                end=y,
                value=v.value,
                kind=kind,
                unit=unit,
                base_unit=base,
                factor=factor,
                numeral_end=y,
                total=total,
                alts=[alt * factor for alt in v.alternatives if "," in c],
                head=unit,
                role="actual",
                year=year,
                metric=f"{name} ({label})" if label and not label[:1].isdigit() else name,
                in_table=True,
            )
        )
    return out


def _table_year(ix: _Index, a: int) -> int | None:
    """The year a table is about: on its heading line, else in the three lines before it."""
    lo = ix.prev_in(ix.lines, max(0, a - 1))
    for _ in range(3):
        lo = ix.prev_in(ix.lines, lo) if lo > 0 else -1
    i = bisect_left(ix.year_starts, lo + 1)
    j = bisect_left(ix.year_starts, a + 400)
    ys = [y for s0, _, y in ix.years[i:j] if s0 < ix.next_in(ix.lines, a, len(ix.view))]
    if ys:
        return ys[-1]
    m = _YEAR_IN.search(ix.view, a, ix.next_in(ix.lines, a, len(ix.view)))
    return int(m.group()) if m else None


def _tidy(v: float) -> float:
    """Drop float noise from scaling: 4360.4 x 1e9 -> 4360400000000.0, not ...399.9995."""
    if v.is_integer() and -1e12 < v < 1e12:
        return v  # at most 12 digits: written exactly by "%.12g"
    return float(f"{v:.12g}")


def extract(t: Text, blocked: Sequence[tuple[int, int]] = ()) -> list[Indicator]:
    """Every quantity of `t` that measures or targets something, as `Indicator` records.

    `blocked` are spans of document codes and year terms found by the other
    extractors; no indicator overlaps them (nor a date, nor page chrome).
    """
    ix = _Index(t, blocked)
    qs = _find_quantities(t, ix)
    table = _tables(t, ix)
    if table:
        rows = {bisect_left(ix.lines, q.start) for q in table}
        qs = [q for q in qs if bisect_left(ix.lines, q.start) not in rows]
    _fill(t, ix, qs)
    if table:
        qs = sorted([*qs, *table], key=lambda q: q.start)
    out = []
    for q in qs:
        a, b = t.trimmed(q.start, q.mention_end if q.mention_end >= 0 else max(q.end, q.numeral_end))
        # Built without re-validation: every field is typed by construction here.
        span = built(Span, {"start": a, "end": b, "text": t.text[a:b]})
        out.append(
            built(
                Indicator,
                {
                    "metric": q.metric or None,
                    "value": q.value,
                    "unit": q.unit or None,  # (a count whose noun is not written after it: none)
                    "base_value": _tidy(q.value * q.factor),
                    "base_unit": q.base_unit,
                    "total": q.total,
                    "approx": q.approx,
                    "role": q.role,
                    "year": q.year,
                    "compared_to": q.compared_to,
                    "value_max": q.value_max,
                    "alt_values": [_tidy(v) for v in q.alts],
                    "mentions": [span],
                },
            )
        )
    return out
