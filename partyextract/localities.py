"""Administrative units named in an article, resolved against the gazetteer.

What counts as a mention of a unit (SPEC "Locality"):

- a level word and a capitalised name: "huyện Bình Liêu", "xã Tân Dân", "thị trấn Phố Lu",
  "TP Đông Hà", "thành phố Hạ Long", "TX Quảng Trị"; organisations naming their unit are
  caught by it ("Đảng ủy xã An Nội", "Đảng bộ huyện Bình Lục", "UBND tỉnh Lào Cai");
- a party committee named after its level: "Huyện ủy Bình Liêu", "Thành ủy Đông Hà";
- a list sharing one level word: "các xã Đồng Văn, Tân Dân và Lục Hồn", "2 xã Hải Vĩnh và Hải Xuân";
- a province in parentheses after a unit: "Huyện ủy Bình Lục (Hà Nam)";
- a bare repeat of the name of a unit already found, or of its province or district
  ("cấp ủy các cấp ở Lào Cai"), and a bare name after "ở"/"tại" in the headline.

A name is the run of capitalised syllables after the level word, cut to the longest prefix the
gazetteer knows ("Huyện ủy Bình Lục Lê Xuân Huy" -> Bình Lục). A name the gazetteer does not
know is kept only after a commune or district level word and when it looks like a place name
(units merged away, code null). Ambiguous names are resolved by the article's own context (its
provinces and districts); an unresolvable one keeps code null. Nothing comes from page chrome.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from .data.levels import (
    CAPITAL_ABBREVIATIONS,
    COMMITTEE_WORDS,
    COMMON_SURNAMES,
    FOREIGN_COUNTRIES,
    LEVEL_FORMS,
    LEVEL_TIERS,
    NOT_AFTER_NUMBER,
    NOT_BARE_NAMES,
    NOT_BEFORE_BARE,
    NOT_BEFORE_LEVEL,
    NOT_NAME_STARTS,
    NOT_NAME_WORDS,
    PERSON_MIDDLE_NAMES,
    PLACE_PREPOSITIONS,
    PLURAL_MARKERS,
    PROVINCE_PREPOSITIONS,
    RARE_LETTERS,
    RENAMED_PROVINCE_CAPITALS,
)
from .gazetteer import Gazetteer, Unit, name_key
from .gazetteer import get as _gazetteer
from .models import Locality, Span, Successor, built
from .text import Text

__all__ = ["extract"]

# --- patterns (compiled once) -------------------------------------------------------------

_WORD = r"(?:\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:['’][\p{L}\p{M}]+)?)"
# Capitalised syllables, joined by spaces or a hyphen ("Bà Rịa - Vũng Tàu"); "Nông trường Việt Lâm".
_NAME = rf"(?:Nông[ ]trường[ ])?{_WORD}(?:(?:[ ]|[ ]?-[ ]?){_WORD}){{0,5}}"
_NUMBER = r"\d{1,2}(?!\d|[.,/:-]\d)"


def _alternation(words: list[str]) -> str:
    """Alternation of the words in every case they are printed in (lower, Capitalised, Title, UPPER)
    and both tone placements of "ủy"; explicit variants scan 2-3x faster than a (?i:) group."""
    forms: set[str] = set()
    for w in words:
        for v in (w, w.replace("ủy", "uỷ")):
            forms.update({v.lower(), v[:1].upper() + v[1:].lower(), v.title(), v.upper()})
    return "|".join(regex.escape(w).replace(r"\ ", "[ ]+") for w in sorted(forms, key=len, reverse=True))


_SPELLED_LEVELS = [w for w in LEVEL_FORMS if ("." not in w and w.isalpha()) or " " in w]
_SPELLED_LEVELS = [w for w in _SPELLED_LEVELS if w not in ("tp", "tx", "tt")]
_ABBREVIATIONS = "|".join(regex.escape(a) for a in CAPITAL_ABBREVIATIONS)

# A level word, a committee word or a capitalised abbreviation: the anchor of every unit mention.


def _anchor_forms() -> dict[str, tuple[str, str]]:
    """Every printed form of a level or committee word -> (kind, canonical level word)."""
    forms: dict[str, tuple[str, str]] = {}
    for kind, words in (
        ("committee", COMMITTEE_WORDS),
        ("level", {w: LEVEL_FORMS[w] for w in _SPELLED_LEVELS}),
    ):
        for w, level in words.items():
            for v in _alternation([w]).split("|"):
                forms[v.replace("[ ]+", " ")] = (kind, level)
    for abbr in CAPITAL_ABBREVIATIONS:
        for v in (abbr, abbr + "."):
            forms[v] = ("abbr", LEVEL_FORMS[abbr.lower().replace("t.p", "tp")])
    return forms


_ANCHOR_FORMS = _anchor_forms()
# A literal alternation (longest first) cannot backtrack: the stdlib engine scans it in linear
# time, 3-5x faster than `regex`; word boundaries are checked on each hit.
_ANCHOR = re.compile(
    "|".join(re.escape(f).replace(r"\ ", " +") for f in sorted(_ANCHOR_FORMS, key=len, reverse=True))
)


def _rare_offset(needle: str) -> int:
    """Offset in `needle` of its rarest letter of `RARE_LETTERS`, -1 if it has none."""
    ranks = [(RARE_LETTERS.find(c), k) for k, c in enumerate(needle) if c in RARE_LETTERS]
    return min(ranks)[1] if ranks else -1


def _occurrences(low: str, needle: str, k: int) -> list[int]:
    """Every offset of `needle` in `low` (overlapping ones too), left to right. With `k` >= 0 (the
    offset of a rare letter in it, `_rare_offset`) found through that letter: one cheap pass for a
    single character, each hit checked with `startswith`."""
    out: list[int] = []
    if k < 0:
        i = low.find(needle)
        while i >= 0:
            out.append(i)
            i = low.find(needle, i + 1)
        return out
    c = needle[k]
    find, startswith = low.find, low.startswith
    p = find(c, k)
    while p >= 0:
        if startswith(needle, p - k):
            out.append(p - k)
        p = find(c, p + 1)
    return out


# Where an anchor may start: its first word in lower case (every form of a level or committee word
# is one of its case variants), a capitalised abbreviation as written. Found with `str.find`, each
# tried with `_ANCHOR.match`: the same matches as `_ANCHOR.finditer`, a few times faster.
_HEADS = {f.split()[0].lower() + (" " if " " in f else "") for f, (k, _) in _ANCHOR_FORMS.items() if k != "abbr"}
_ANCHOR_HEADS: tuple[str, ...] = tuple(sorted(h for h in _HEADS if not any(h != o and h.startswith(o) for o in _HEADS)))
_ANCHOR_HEAD_KEYS = tuple((h, _rare_offset(h)) for h in _ANCHOR_HEADS)
_ABBR_HEADS: tuple[str, ...] = tuple(sorted({f[:2] for f, (k, _) in _ANCHOR_FORMS.items() if k == "abbr"}))
# The abbreviations' two-letter heads ("TP", "T.", "TX" ...) found in one pass: their first letter followed
# by one of their second letters (a charset scan, several times faster than one `str.find` pass per head).
_ABBR_START = re.compile(
    "|".join(
        f"{re.escape(first)}(?=[{''.join(re.escape(h[1]) for h in _ABBR_HEADS if h[0] == first)}])"
        for first in sorted({h[0] for h in _ABBR_HEADS})
    )
)


def _anchors(view: str, low: str | None = None) -> list[re.Match[str]]:
    """Every match of `_ANCHOR.finditer(view)`, tried only where an anchor's first word is (`low`: `view.lower()`)."""
    low = view.lower() if low is None else low
    if len(low) != len(view):  # a character whose lower case is longer: scan as is
        return list(_ANCHOR.finditer(view))
    # (no two heads begin at one offset; a repeated one would fail its match again or lie inside the last)
    starts = [m.start() for m in _ABBR_START.finditer(view)]
    for head, k in _ANCHOR_HEAD_KEYS:
        starts += _occurrences(low, head, k)
    starts.sort()
    out: list[re.Match[str]] = []
    last = 0
    for i in starts:
        if i >= last:
            m = _ANCHOR.match(view, i)
            if m:
                out.append(m)
                last = m.end()
    return out


# Right after an anchor: the name ("huyện Bình Liêu", "TP.Hồ Chí Minh", "phường 01") ...
_NAME_AFTER = regex.compile(rf"(?:[ ]+|(?<=\.))(?P<name>{_NAME}|{_NUMBER})(?![\p{{L}}\p{{M}}\d])")
# ... or, after a plural level word, a few words and "như"/":" before a list of names
# ("các xã lân cận như Hòa Ninh, Bảo Thuận và Sơn Điền", "3 huyện: Mèo Vạc, Yên Minh").
_INTRO_AFTER = regex.compile(
    r"(?:(?:[ ]+(?:\p{Ll}+|Bắc|Nam|Đông|Tây)){0,4}?[ ]+(?i:như|gồm|gồm có|là)[ ]*:?|[ ]*:)[ ]+"
    rf"(?P<name>{_NAME})"
)  # (a compass point is capitalised after "phía": "các huyện phía Nam như Gia Bình, Lương Tài")
# ... or, after a counted plural level word and a few lower-case words, the list of names in
# parentheses ("3/10 xã đạt chuẩn nông thôn mới (Ea Bar, Đức Bình Đông, Sơn Giang)", "2 thị trấn
# (Phố Lu, Tằng Loỏng)"): each item a name alone, the last one maybe after "và".
_PAREN_LIST_AFTER = regex.compile(
    r"(?:[ ]+(?:[\p{Ll}\p{M}]+|\p{Lu}{2,}|\d+(?:[,.]\d+)?%?)){0,8}?[ ]*\((?P<body>[^()\n]{1,160})\)"
)
_PAREN_ITEM = regex.compile(rf"[ ]*(?:và[ ]+)?(?P<name>{_NAME})[ ]*(?:,|[ ]và(?=[ ])|$)")
_COMMITTEE_START = regex.compile(_alternation(list(COMMITTEE_WORDS)))
_LIST_NEXT = regex.compile(
    r"(?:[ ]*\([^()\n]{1,80}\))?"  # "các xã Yên Đồng (huyện Ý Yên cũ), Vũ Dương ..."
    rf"(?:[ ]*,[ ]*|[ ]+(?:và|cùng|hoặc)[ ]+)(?P<name>{_NAME})(?![\p{{L}}\p{{M}}])"
)
_PAREN = regex.compile(rf"[ ]*\((?P<name>{_NAME})(?:,[ ]*(?P<name2>{_NAME}))?\)")
_WORD_RUN = regex.compile(rf"{_NAME}")
# The named groups' numbers: the `regex` module reads a group's name as a number first (an
# exception raised and cleared per call); a number is read directly.
_NAME_AFTER_NAME = _NAME_AFTER.groupindex["name"]
_INTRO_NAME = _INTRO_AFTER.groupindex["name"]
_PAREN_LIST_BODY = _PAREN_LIST_AFTER.groupindex["body"]
_PAREN_ITEM_NAME = _PAREN_ITEM.groupindex["name"]
_LIST_NEXT_NAME = _LIST_NEXT.groupindex["name"]
# ... and after a numbered ward or district, the numbers sharing its level word: "các phường 1, 2, 3 và 5"
# (each followed by a mark, the next item or a word that goes on about wards: "phường 5, 6 tháng đầu năm" is no list)
_LIST_NEXT_NUMBER = regex.compile(
    rf"(?:[ ]*,[ ]*|[ ]+(?:và|hoặc)[ ]+)(?P<name>{_NUMBER})(?=[ ]*(?:[,.;:)\n]|$)|[ ]+(?:và|hoặc|thuộc|của|"
    r"quận|huyện|thành phố|thị xã|đều|cùng|ở|tại|trên)(?![\p{L}\p{M}]))"
)
_PAREN_NAME, _PAREN_NAME2 = _PAREN.groupindex["name"], _PAREN.groupindex["name2"]
# A number the official list writes in a commune's name, after it: "xã Gia Hòa 1", "phường Mỹ Đình 2"
_NUMBER_AFTER_NAME = regex.compile(r" (\d{1,2})(?![\d/:\p{L}\p{M}]|[.,]\d)")
# The city's abbreviation glued to its level's ("TP HCM" and "TP.HCM" are read as a level word and a name)
_GLUED_CITY = "TPHCM"

_MAX_NAME_WORDS = 6
# Bound on the text a local match may read (with `endpos`: an unbounded `match` can scan to the end).
_WINDOW = 200
_PREPS = frozenset(PLACE_PREPOSITIONS)
_PLURAL_WORDS = frozenset(PLURAL_MARKERS)
_NOT_BEFORE_LEVEL = frozenset(NOT_BEFORE_LEVEL)
_NOT_BEFORE_BARE = frozenset(NOT_BEFORE_BARE)
_FOREIGN_AFTER = regex.compile(r"[ ]*\((?:" + "|".join(regex.escape(c) for c in FOREIGN_COUNTRIES) + r")\)")
# After a number read as a ward's name: a time or count noun makes it a count ("Đảng bộ phường
# 5 năm liền ..."), unless a date or a deictic word follows ("Phường 5 năm 2021", "Phường 5 năm nay",
# "Quận 3 lần đầu tổ chức").
_COUNT_AFTER_NUMBER = re.compile(
    r" +(?:" + "|".join(re.escape(w).replace(r"\ ", " +") for w in NOT_AFTER_NUMBER) + r")(?!\w)"
    r"(?! *(?:\d|(?:nay|này|đầu|thứ|trước|tới|sau|ấy|đó)(?!\w)))",
    re.IGNORECASE,
)
_PROVINCE_PREPS = frozenset(PROVINCE_PREPOSITIONS)
_TONE_VARIANTS = str.maketrans({"ò": "oà", "ó": "oá", "ỏ": "oả", "õ": "oã", "ọ": "oạ"})
_PROVINCE_RX: list[re.Pattern[str]] = []  # built on first use (it needs the gazetteer)


def _province_names(g: Gazetteer) -> re.Pattern[str]:
    """The exact names of the provinces before the reform (and of those after it), as written with
    either tone placement ("Thanh Hóa", "Thanh Hoá") and with or without spaces around a hyphen: a
    literal alternation, scanned in linear time by the stdlib engine."""
    if not _PROVINCE_RX:
        names: set[str] = set()
        for u in g.units.values():  # both eras: the 34 provinces after the reform keep legacy names
            if u.tier == "province" and u.name not in NOT_BARE_NAMES:
                names.add(u.name)
        names.add("Thừa Thiên Huế")
        forms: set[str] = set()
        for name in names:
            for v in (name, name.replace(" - ", "-")):
                forms.add(v)
                # old-style tone placement on "oa": "Hòa" -> "Hoà"
                forms.add(regex.sub(r"([òóỏõọ])a", lambda m: m.group(1).translate(_TONE_VARIANTS), v))
        alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        _PROVINCE_RX.append(re.compile(rf"(?<!\w)(?:{alt})(?!\w)"))
    return _PROVINCE_RX[0]


_PREP_HEADS = tuple((p + " ", _rare_offset(p + " ")) for p in PROVINCE_PREPOSITIONS)
# (a figure in brackets between the names: "Bắc Ninh (2,34%), Thái Nguyên")
_PROVINCE_LIST_NEXT = re.compile(r" *(?:\([^()\n]{0,30}\) *)?(?:,|và|hoặc) +")


def _provinces_after_prepositions(view: str, low: str, g: Gazetteer) -> list[re.Match[str]]:
    """Exact province names right after a preposition of `PROVINCE_PREPOSITIONS` (found with
    `str.find` on the lower-cased view `low`), and those listed after them: the province pattern is
    only tried where a preposition is followed by a capital."""
    rx = _province_names(g)
    if len(low) != len(view):
        low = view.lower()
        if len(low) != len(view):  # a character whose lower case is longer: scan as is
            return [m for m in rx.finditer(view) if _ends_with_word(view, m.start(), _PROVINCE_PREPS)]
    n = len(view)
    starts: set[int] = set()
    for head, k in _PREP_HEADS:
        for i in _occurrences(low, head, k):  # (a preposition and a space: matches never overlap)
            j = i + len(head)
            if j < n and view[j].isupper() and not _wordish(view, i - 1):
                starts.add(j)
    out: list[re.Match[str]] = []
    for j in sorted(starts):
        m = rx.match(view, j)
        while m:
            out.append(m)
            sep = _PROVINCE_LIST_NEXT.match(view, m.end())
            m = rx.match(view, sep.end()) if sep else None
    return out


_NUMBERED = regex.compile(r"(?i:phường|quận)[ ]+0*(\d+)$")
_TITLE_PLACE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:"
    + "|".join(regex.escape(p) for p in PLACE_PREPOSITIONS)
    + rf")[ ]+(?P<name>{_NAME})"
)
_TITLE_PLACE_NAME = _TITLE_PLACE.groupindex["name"]
# Cheap test that a text may name a unit at all.
_QUICK = regex.compile(
    r"(?i:ủy|uỷ|xã|huyện|tỉnh|phố|phường|quận|trấn|đặc khu)|"
    + _ABBREVIATIONS  # every capital form a level word is written in ("T.P", "Tx" ...)
    + r"|(?<![\p{L}\p{M}])(?:"
    + "|".join(PROVINCE_PREPOSITIONS)
    + r")[ ]\p{Lu}"  # "ở Bình Dương"
)


# Lower-case words of `_QUICK`'s case-insensitive part, the commonest first.
_QUICK_WORDS = ("tỉnh", "xã", "huyện", "ủy", "phố", "phường", "quận", "trấn", "uỷ", "đặc khu")


@dataclass(slots=True)
class _Mention:
    start: int  # span of the mention (level word or committee included)
    end: int
    name: str  # the name as written
    level: str | None  # canonical level word, None for a bare name
    tiers: tuple[str, ...]
    committee: bool = False
    unknown_ok: bool = False  # may stand without a gazetteer entry
    hint_province: str | None = None
    candidates: Sequence[Unit] = ()
    unit: Unit | None = None
    resolved: bool = False


def _is_capitalised_run_edge(view: str, start: int, end: int) -> bool:
    """True when [start, end) is not glued to a capitalised word on either side.

    A capitalised preposition opening a sentence ("Tại Hải Lăng", "Ở Lào Cai") does not count.
    Plain string tests (the view's only blanks are spaces and line breaks): the word before is
    the run of non-blanks ending one space (maybe and a line break) before `start`, within 40
    characters; the word after begins one space after `end`.
    """
    lo = max(0, start - 40)
    q = start - 1  # the space after the word before
    if q >= lo and view[q] == "\n":
        q -= 1
        if q < lo or view[q] != " ":
            q = -1
    elif q >= lo and view[q] != " ":
        q = -1
    if q > lo and not view[q - 1].isspace():
        word = view[lo:q].rsplit(None, 1)[-1]
        if word[:1].isupper() and word[-1:].isalpha() and word.lower() not in _PREPS:
            return False
    c = view[end + 1 : end + 2] if view.startswith(" ", end) else ""
    return not (c.isupper() and c.isalpha())


@cache
def _endings(words: frozenset[str]) -> tuple[str, ...]:
    """`words` as a tuple, for one `str.endswith` call (memoised per set: the sets are module constants)."""
    return tuple(words)


@lru_cache(maxsize=1024)
def _glued(c: str) -> bool:
    """Whether the character `c` next to an anchor glues it to a word: a letter or digit, or a mark."""
    return c.isalnum() or bool(unicodedata.combining(c))


# Levels whose unknown names may stand (units of the district and commune tiers).
_UNKNOWN_OK_LEVELS = frozenset(lvl for lvl, tiers in LEVEL_TIERS.items() if tiers[0] in ("district", "commune"))


def _ends_with_word(
    view: str, pos: int, words: frozenset[str], span: int = 24, low: str | None = None
) -> bool:
    """True when the text right before `pos` ends with one of `words` (lower case, one space after).

    A plain-string test: it costs a fraction of a `regex` call, and runs once per anchor. `low`, the
    lower-cased view of the same length, rules out most positions without slicing.
    """
    if pos < 2 or view[pos - 1] != " ":
        return False
    ends = _endings(words)
    lo = max(0, pos - span)
    if low is not None and not low.endswith(ends, lo, pos - 1):  # one C call rules out most positions
        return False
    window = view[lo : pos - 1].lower()
    if not window.endswith(ends):
        return False
    return any(
        window.endswith(w) and (len(window) == len(w) or not window[-len(w) - 1].isalnum()) for w in words
    )


@lru_cache(maxsize=4096)
def _bare_repeatable(name: str) -> bool:
    """Names that are searched for bare: not numbers ("Phường 1" is "1"), not people's names."""
    return not any(c.isdigit() for c in name) and name not in NOT_BARE_NAMES


_PLURAL_ENDS = tuple(_PLURAL_WORDS)


def _may_continue_list(view: str, pos: int) -> bool:
    """Cheap necessary test for a match of `_LIST_NEXT` at `pos`: after the spaces, a parenthesis, a
    comma or the first letter of a conjunction ("và", "cùng", "hoặc"); most names end a sentence's list."""
    n = len(view)
    while pos < n and view[pos] == " ":
        pos += 1
    return pos < n and view[pos] in "(,vch"


_ROMAN_NUMBERS = frozenset(("I", "II", "III", "IV"))  # after a commune's name ("phường Hải Châu I", "Hải Châu II")
_SHOUTED_MOST = 16  # distinct shouted unknown runs an article's text is searched for


def _looks_like_name(words: list[str]) -> bool:
    """Whether a run the gazetteer does not know may still name a unit (merged away, or missing): two or
    three syllables, no organisation's or person's name, no function word ("Đạt Và Vượt")."""
    if not 2 <= len(words) <= 3 or any("-" in w for w in words):
        return False
    if any(w.lower() in NOT_NAME_WORDS for w in words):
        return False
    first = words[0].lower()
    if first in NOT_NAME_STARTS:
        return False
    return len(words) < 3 or (first not in COMMON_SURNAMES and words[1].lower() not in PERSON_MIDDLE_NAMES)


def _given_name(word: str) -> bool:
    """Whether a capitalised word after a unit's name may end a person's name ("Hưng"), not open a body or
    a place ("Tỉnh", "Huyện", "Đảng", "UBND")."""
    low = word.lower()
    return (
        word[1:].islower()
        and low not in NOT_NAME_WORDS
        and low not in NOT_NAME_STARTS
        and low not in LEVEL_FORMS
        and not any(c.startswith(low) for c in COMMITTEE_WORDS)
    )


def _titlecase(name: str) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in name.split()) if name.isupper() else name


def _split_name(
    g: Gazetteer, words: list[str], level: str | None, tiers: tuple[str, ...], former: bool = True
) -> tuple[int, list[Unit]]:
    """Longest prefix of `words` the gazetteer knows at this level: (word count, candidates)."""
    for k in range(min(len(words), _MAX_NAME_WORDS), 0, -1):
        found = g.lookup(" ".join(words[:k]), level=level, tier=tiers, former=former)
        if found and (k == len(words) or any(u.code for u in found)):
            return k, list(found)
        # a former name (matched accent-blind) only as the whole run: "Hà Văn Bình" is a person
    return 0, []


@lru_cache(maxsize=8192)
def _known_prefix(run: str, level: str, tiers: tuple[str, ...], former: bool) -> tuple[int, tuple[Unit, ...]]:
    """`_split_name` of a run of capitalised words after a level word, kept for every article (the
    gazetteer does not change once loaded; names repeat across articles). The candidates are a tuple,
    shared by the mentions of the run in every article and thread (`_resolve` decides once per tuple)."""
    k, found = _split_name(_gazetteer(), run.split(" "), level, tiers, former=former)
    return k, tuple(found)


@lru_cache(maxsize=8192)
def _new_prefix(run: str, level: str) -> int:
    """Word count of the longest prefix of `run` that names a commune of `level` in the 2025 list, else 0."""
    words = run.split(" ")
    g = _gazetteer()
    for k in range(min(len(words), _MAX_NAME_WORDS), 0, -1):
        if g.lookup(" ".join(words[:k]), level=level, era="2025"):
            return k
    return 0


def extract(t: Text) -> list[Locality]:
    """Return the administrative units named in `t`, one record per distinct unit."""
    view = t.view
    lowered = t.lowered
    # (a level or committee word in the lower-cased view is a match of `_QUICK`: found by `in` near the
    # top of most articles, the pattern's scan is left for the texts without one)
    if not (len(lowered) == len(view) and any(w in lowered for w in _QUICK_WORDS)) and not _QUICK.search(view):
        return []
    g = _gazetteer()
    mentions: list[_Mention] = []
    shouted: dict[str, bool] = {}  # shouted unknown runs: whether the text also writes them in natural case

    def written_in_body(run: str) -> bool:
        """Whether the text writes a shouted run in natural case; a text search each, for the first
        `_SHOUTED_MOST` distinct runs of the article only (a page in capitals stays linear)."""
        found = shouted.get(run)
        if found is None:
            found = len(shouted) < _SHOUTED_MOST and _titlecase(run) in view
            shouted[run] = found
        return found

    def add_named(
        start: int,
        end_name_start: int,
        run: str,
        level: str,
        tiers: tuple[str, ...],
        *,
        committee: bool,
        unknown_ok: bool,
        former: bool = True,
    ) -> _Mention | None:
        words = run.split(" ")
        cands: Sequence[Unit]
        if run.isdigit():
            cands = g.lookup(run, level=level, tier=tiers) if level in ("phường", "quận") else []
            if not cands:
                return None
            k = 1
        else:
            k, cands = _known_prefix(run, level, tiers, former)
            if (
                0 < k == len(words) - 1
                and len(words) <= 4
                and words[0].lower() in COMMON_SURNAMES
                and _given_name(words[-1])
            ):
                return None  # "Bí thư Quận ủy Vũ Quang Hưng": a person, whose name opens with a unit's
            if 0 < k < len(words) - 1 and words[k].lower() in PERSON_MIDDLE_NAMES:
                return None  # "Bí thư Đảng ủy xã Lâm Văn Sơn": a person's name, "Văn" or "Thị" in its middle
        if k < len(words) and unknown_ok and "commune" in tiers:
            # a commune formed in 2025 ("xã Đại Huệ"): no legacy unit, a new one; or one whose name holds a
            # legacy unit's and more ("phường Hội An Tây", not the old "Hội An")
            k_new = _new_prefix(run, level)
            if k_new > k:
                k, cands = k_new, ()
        if k == 0:
            if not (unknown_ok and _looks_like_name(words)):
                return None
            if run.isupper() and not written_in_body(run):
                return None  # shouted (a headline in capitals capitalises every word): only a name the body writes
            k = len(words)
            if _FOREIGN_AFTER.match(view, end_name_start + len(run), end_name_start + len(run) + _WINDOW):
                return None  # "huyện Mường Xay (Lào)"
        name = " ".join(words[:k])
        name_end = end_name_start + len(name)
        if k < len(words) and words[k] in _ROMAN_NUMBERS and "commune" in tiers:
            name = " ".join(words[: k + 1])  # "phường Hải Châu I": the numeral is the name's
            name_end = end_name_start + len(name)
        elif k == len(words) and "commune" in tiers and view[name_end : name_end + 1] == " ":
            dm = _NUMBER_AFTER_NAME.match(view, name_end, name_end + 4)
            if dm is not None and not _COUNT_AFTER_NUMBER.match(view, dm.end(), dm.end() + 40):
                # "xã Gia Hòa 1", "phường Mỹ Đình 2": a number the list writes in the name (not "2 năm liền")
                k2, cands2 = _known_prefix(f"{run} {dm.group(1)}", level, tiers, former)
                if k2 == k + 1:
                    name, name_end, cands = f"{name} {dm.group(1)}", dm.end(), cands2
                elif unknown_ok and _new_prefix(f"{run} {dm.group(1)}", level) == k + 1:
                    name, name_end, cands = f"{name} {dm.group(1)}", dm.end(), ()  # a 2025 one ("xã Vị Thanh 1")
        if t.in_chrome(start, name_end):
            return None
        m = _Mention(
            start,
            name_end,
            _titlecase(name),
            level,
            tiers,
            committee=committee,
            unknown_ok=unknown_ok,
            candidates=cands,
        )
        mentions.append(m)
        return m

    # (span start, name start, name run, level, committee?, unknown name allowed?, plural?)
    starts: list[tuple[int, int, str, str, bool, bool, bool]] = []
    paren_lists: list[tuple[str, int, int]] = []  # (level, start, end of the parenthesis' content)
    n = len(view)
    low = lowered if len(lowered) == n else None  # (same offsets)
    for mt in _anchors(view, lowered):
        a, b = mt.span()
        nxt = view[b : b + 3].lstrip(" ")[:1]
        named = nxt.isupper() or nxt.isdigit()
        spaced = a > 1 and view[a - 1] == " "
        counted = spaced and view[a - 2].isdigit()
        # (a cheap necessary test of `_ends_with_word(view, a, _PLURAL_WORDS, low=low)` below)
        marked = low is None or (spaced and low.endswith(_PLURAL_ENDS, a - 24 if a > 24 else 0, a - 1))
        if not named and not counted and not marked:
            continue  # most anchors ("xã hội", "tỉnh táo"): no name, no list after a plural word
        if a and _glued(view[a - 1]):
            continue
        form = mt.group()
        kind, level = _ANCHOR_FORMS.get(form) or _ANCHOR_FORMS[" ".join(form.split())]
        if b < n and view[b - 1] != "." and (view[b].isalpha() or unicodedata.combining(view[b])):
            continue
        committee = kind == "committee"
        if not named and (kind != "level" or level == "đặc khu"):
            continue  # "xã hội": no name follows, and no list of names ("các xã như ...") can
        unknown_ok = kind == "level" and level in _UNKNOWN_OK_LEVELS
        plural = not committee and (counted or (marked and _ends_with_word(view, a, _PLURAL_WORDS, low=low)))
        if not named and not plural:
            continue
        if kind == "level" and _ends_with_word(view, a, _NOT_BEFORE_LEVEL, low=low):
            continue  # "hợp tác xã Tân Dân" is a cooperative
        nm = _NAME_AFTER.match(view, b, b + _WINDOW) if named else None
        if nm and nm.group(_NAME_AFTER_NAME)[:1].isdigit() and _COUNT_AFTER_NUMBER.match(view, nm.end(), nm.end() + 40):
            nm = None  # "Đảng bộ phường 5 năm liền", "phường 2 lần"
        if nm:
            name_at, run = nm.start(_NAME_AFTER_NAME), nm.group(_NAME_AFTER_NAME)
            starts.append((a, name_at, run, level, committee, unknown_ok, plural))
        elif plural and kind == "level" and level != "đặc khu":
            im = _INTRO_AFTER.match(view, b, b + _WINDOW)
            if im:
                name_at = im.start(_INTRO_NAME)
                starts.append((name_at, name_at, im.group(_INTRO_NAME), level, False, unknown_ok, True))
            elif "(" in view[b : b + _WINDOW]:
                pm = _PAREN_LIST_AFTER.match(view, b, b + _WINDOW)
                if pm:
                    paren_lists.append((level, pm.start(_PAREN_LIST_BODY), pm.end(_PAREN_LIST_BODY)))
    # "TPHCM": the city's abbreviation glued to its level's ("TP HCM", "TP.HCM" are read above)
    i = view.find(_GLUED_CITY)
    while i >= 0:
        j = i + len(_GLUED_CITY)
        if not (i and _glued(view[i - 1])) and not (j < n and _glued(view[j])):
            starts.append((i, i + 2, "HCM", "thành phố", False, False, False))
        i = view.find(_GLUED_CITY, j)
    starts.sort(key=lambda x: x[1])
    used: set[int] = set()  # name starts already read (as a unit or a list item)
    for start, name_start, run, level, committee, unknown_ok, plural in starts:
        if name_start in used:
            continue
        tiers = LEVEL_TIERS[level]
        m = add_named(start, name_start, run, level, tiers, committee=committee, unknown_ok=unknown_ok)
        if m is None:
            continue
        used.add(name_start)
        _paren_province(t, g, m, mentions)
        # a list sharing the level word: "các xã Đồng Văn, Tân Dân và Lục Hồn"
        if committee or m.end < name_start + len(run):
            continue  # (a mention may end past its run: "xã Sơn Kim 1, Sơn Kim 2")
        pos = m.end
        numbered = run.isdigit()
        while True:
            if numbered:
                lm = _LIST_NEXT_NUMBER.match(view, pos, pos + 40)
            else:
                lm = _LIST_NEXT.match(view, pos, pos + _WINDOW) if _may_continue_list(view, pos) else None
            if not lm:
                break
            item_run = lm.group(_LIST_NEXT_NAME)
            if item_run.split(" ")[0].lower() in LEVEL_FORMS or _COMMITTEE_START.match(item_run):
                break
            item = add_named(
                lm.start(_LIST_NEXT_NAME),
                lm.start(_LIST_NEXT_NAME),
                item_run,
                level,
                tiers,
                committee=False,
                unknown_ok=plural and unknown_ok,
                former=plural,
            )
            if item is None or item.end < lm.end(_LIST_NEXT_NAME):
                break
            pos = item.end
            used.add(lm.start(_LIST_NEXT_NAME))
    listed = [m for lvl, a, b in paren_lists for m in _paren_list(t, g, lvl, a, b)]
    mentions.extend(listed)
    _resolve(g, mentions)
    if listed:  # a name in parentheses counts only as a unit of the article's context
        dropped = {id(m) for m in listed if not m.resolved}
        mentions[:] = [m for m in mentions if id(m) not in dropped]
    _bare_mentions(t, g, mentions)
    return _records(t, g, mentions) if mentions else []


def _paren_list(t: Text, g: Gazetteer, level: str, a: int, b: int) -> list[_Mention]:
    """The names listed in parentheses after a counted plural level word, each a unit of that level
    the gazetteer knows ("2 thị trấn (Phố Lu, Tằng Loỏng)"); none when any item is something else."""
    view = t.view
    if t.in_chrome(a, b):
        return []
    tiers = LEVEL_TIERS[level]
    out: list[_Mention] = []
    pos = a
    while pos < b:
        im = _PAREN_ITEM.match(view, pos, b)
        if not im:
            return []
        name = im.group(_PAREN_ITEM_NAME)
        cands = [u for u in g.lookup(name, level=level, tier=tiers, former=False) if u.code]
        if tiers == ("commune",):
            cands = [u for u in cands if u.level == level]
        if not cands:
            return []
        out.append(_Mention(im.start(_PAREN_ITEM_NAME), im.end(_PAREN_ITEM_NAME), name, level, tiers, candidates=cands))
        pos = im.end()
    return out


def _paren_province(t: Text, g: Gazetteer, m: _Mention, mentions: list[_Mention]) -> None:
    """Units in parentheses right after a unit are named too: its province ("Huyện ủy Bình Lục
    (Hà Nam)"), its district ("xã Tân Dân (Sóc Sơn)") or both ("(Sóc Sơn, Hà Nội)")."""
    view = t.view
    j, stop = m.end, min(len(view), m.end + _WINDOW)
    while j < stop and view[j] == " ":
        j += 1
    if j >= stop or view[j] != "(":
        return  # (a cheap test first: no parenthesis)
    pm = _PAREN.match(view, m.end, m.end + _WINDOW)
    if not pm or t.in_chrome(pm.start(), pm.end()):
        return
    resolved = m.level is None  # found after the resolution pass: take the unit as it is
    found: list[tuple[int, Unit]] = []
    for group, tier in ((_PAREN_NAME2, "province"), (_PAREN_NAME, "province"), (_PAREN_NAME, "district")):
        if pm.group(group) and not any(grp == group for grp, _ in found):
            prov = found[0][1].code if found else None
            units = g.lookup(pm.group(group), tier=tier, province=prov, former=tier == "district")
            if len(units) == 1:
                found.append((group, units[0]))
    if pm.group(_PAREN_NAME2) and len(found) < 2:
        return  # "(A, B)" is not "(district, province)"
    for group, unit in found:
        if unit.tier == "province":
            m.hint_province = unit.code
        a, b = pm.span(group)
        mentions.append(
            _Mention(
                a,
                b,
                pm.group(group),
                None,
                (unit.tier,),
                candidates=[unit],
                unit=unit if resolved else None,
                resolved=resolved,
            )
        )


def _unit_key(u: Unit) -> tuple[str, ...]:
    if u.code:
        return ("code", u.code)
    return ("former", u.absorbed_by or "", name_key(u.name))


def _resolve(g: Gazetteer, mentions: list[_Mention]) -> None:
    """Pick each mention's unit among its candidates, using the article's own context."""
    prov_weight: collections.Counter[str] = collections.Counter()
    districts: set[str] = set()

    def fix(m: _Mention, u: Unit) -> None:
        m.unit, m.resolved = u, True
        if u.province:
            prov_weight[u.province] += 1
        if u.tier == "district" and u.code:
            districts.add(u.code)
        elif u.tier == "commune" and u.parent:
            districts.add(u.parent)

    hints = [m for m in mentions if m.hint_province]
    for m in hints:
        prov_weight[m.hint_province or ""] += 2
    # 1. provinces and districts that are unique nationwide (or inside a hinted province); a name's
    # mentions share their candidate list (`extract` looks each name up once): decided once per list
    unique: dict[tuple[int, str | None], Unit | None] = {}
    for m in mentions:
        key = (id(m.candidates), m.hint_province)  # (the lists live as long as the mentions)
        if key in unique:
            pick = unique[key]
        else:
            cands = m.candidates
            if m.hint_province:
                cands = [c for c in cands if c.province == m.hint_province] or cands
            one = cands and cands[0].tier != "commune" and len({_unit_key(c) for c in cands}) == 1
            pick = unique[key] = cands[0] if one else None
        if pick is not None:
            fix(m, pick)
    # 2. the rest by context, districts before communes
    for tier in ("province", "district", "commune"):
        for m in mentions:
            if m.resolved:
                continue
            cands = [c for c in m.candidates if c.tier == tier]
            if not cands and not (tier == "commune" and m.tiers == ("commune",)):
                continue
            if tier == "commune" and not cands and m.candidates:
                continue
            pick = _pick(g, m, cands, prov_weight, districts)
            if pick is not None:
                fix(m, pick)


def _pick(
    g: Gazetteer, m: _Mention, units: list[Unit], provs: collections.Counter[str], districts: set[str]
) -> Unit | None:
    keys = {_unit_key(u) for u in units}
    in_dist = [u for u in units if u.parent in districts or u.code in districts]
    if len({_unit_key(u) for u in in_dist}) == 1:
        return in_dist[0]
    in_prov = [u for u in units if u.province in provs]
    if len({u.province for u in in_prov}) > 1:  # readings in several of the article's provinces
        ranked = provs.most_common()
        top, weight = ranked[0]
        runner_up = max((w for p, w in ranked[1:] if any(u.province == p for u in in_prov)), default=0)
        if weight >= 3 and weight >= 2 * runner_up:  # the article is plainly about one of them
            in_prov = [u for u in in_prov if u.province == top]
    if len({_unit_key(u) for u in in_prov}) == 1 and not in_dist:
        return in_prov[0]
    if in_prov:
        return None  # several units of that name in the article's province: no guess
    if (provs and m.level is not None and units and units[0].tier == "commune") or not units:
        # a commune unknown in the article's province: a former name merged away there?
        formers = [u for p in provs for u in g.former_names(m.name, level=m.level, province=p)]
        if len({_unit_key(u) for u in formers}) == 1:
            return formers[0]
        return None
    if len(keys) == 1:
        return units[0]
    return None


def _wordish(view: str, i: int) -> bool:
    """Whether position `i` holds a letter, a mark or a digit (False outside the text)."""
    if i < 0 or i >= len(view):
        return False
    c = view[i]
    if c.isalpha() or c.isdecimal():
        return True
    return not c.isascii() and unicodedata.category(c)[0] == "M"  # (no ASCII character is a mark)


def _find_names(view: str, names: list[str]) -> list[tuple[int, int, str]]:
    """Whole-word occurrences of `names` (longest first), leftmost and non-overlapping: what a
    longest-first alternation scan gives, found with one `str.find` pass per name (a few names
    per article), many times faster than scanning the text with the alternation."""
    hits: list[tuple[int, int, int, str]] = []
    n = len(view)
    for order, name in enumerate(names):
        i = view.find(name)
        while i >= 0:
            j = i + len(name)
            # (a space on either side, the common case, is no word character: no call)
            if (not i or view[i - 1] == " " or not _wordish(view, i - 1)) and (
                j == n or view[j] == " " or not _wordish(view, j)
            ):
                hits.append((i, order, j, name))
            i = view.find(name, i + 1)
    hits.sort()
    out: list[tuple[int, int, str]] = []
    last = 0
    for i, _, j, name in hits:
        if i >= last:
            out.append((i, j, name))
            last = j
    return out


def _bare_mentions(t: Text, g: Gazetteer, mentions: list[_Mention]) -> None:
    """Bare repeats of found names and of their provinces and districts; headline names after 'ở'."""
    view = t.view
    targets: dict[str, tuple[Unit | None, _Mention | None]] = {}
    rank = {"province": 0, "district": 1, "commune": 2}
    seen: set[tuple[str, int]] = set()  # (a name's repeats add nothing: the first one's targets stand)
    for m in sorted(
        mentions, key=lambda m: rank[m.unit.tier] if m.unit else 3
    ):  # bare "Lào Cai": the province
        if m.level is None and m.resolved is False:
            continue
        if (m.name, id(m.unit)) in seen:
            continue
        seen.add((m.name, id(m.unit)))
        for written in (m.name, m.unit.name if m.unit and m.unit.code else m.name):
            if _bare_repeatable(written):
                targets.setdefault(written, (m.unit, m))
    units: set[int] = set()
    for m in list(mentions):
        u = m.unit
        if not isinstance(u, Unit) or id(u) in units:
            continue
        units.add(id(u))
        for ref in (u.province, u.parent if u.tier == "commune" else None):
            parent = g.by_code(ref) if ref else None
            if parent is not None and _bare_repeatable(parent.name):
                targets.setdefault(parent.name, (parent, None))
    taken = sorted((m.start, m.end) for m in mentions)
    ends = list(itertools.accumulate((e for _, e in taken), max))  # running max end, for bisect
    starts = [a for a, _ in taken]

    def free(a: int, b: int) -> bool:
        """No found mention overlaps [a, b) (bare matches never overlap one another)."""
        i = bisect.bisect_left(starts, b)  # mentions starting before b
        return i == 0 or ends[i - 1] <= a

    bare_spans: set[tuple[int, int]] = set()
    if targets:
        for a, b, written in _find_names(view, sorted(targets, key=len, reverse=True)):
            if not free(a, b) or t.in_chrome(a, b) or not _is_capitalised_run_edge(view, a, b):
                continue
            if _ends_with_word(view, a, _NOT_BEFORE_BARE):
                continue  # "thôn Tân Dân", "đường Quang Trung"
            unit, src = targets[written]
            # (a parent never named with its level word counts bare too: "đưa Bình Thuận trở thành ...", "du lịch
            # Cao Bằng"; the words above keep out the organisations and landmarks named after it)
            tiers = (unit.tier,) if unit else (src.tiers if src else ("commune",))
            bare = _Mention(
                a,
                b,
                written,
                None,
                tiers,
                unit=unit,
                resolved=unit is not None,
                candidates=[unit] if unit else [],
            )
            if unit is None and src is not None:
                bare.level, bare.unknown_ok = src.level, True
            mentions.append(bare)
            bare_spans.add((a, b))
            _paren_province(t, g, bare, mentions)  # "Hòa Thành (Tây Ninh)"
    # a province's exact name after a locative preposition or a movement verb: "ở Bình Dương", "về Hà Nội",
    # and the names listed after it ("từ Lào Cai và Hòa Bình", "ở Bình Dương, Đồng Nai")
    for pm in _provinces_after_prepositions(view, t.lowered, g):
        a, b = pm.span()
        if (a, b) in bare_spans or not free(a, b):
            continue
        if t.in_chrome(a, b) or not _is_capitalised_run_edge(view, a, b):
            continue
        found = [u for u in g.lookup(pm.group()) if u.tier == "province" and u.code]  # "Thừa Thiên Huế": Huế
        if len(found) != 1:
            continue
        mentions.append(
            _Mention(a, b, pm.group(), None, ("province",), unit=found[0], resolved=True, candidates=found)
        )
        bare_spans.add((a, b))
    # the headline: "... ở Hải Lăng" names the article's unit even when the body does not
    title = next(((a, b) for a, b in t.lines if view[a:b].strip() and not t.in_chrome(a, b)), None)
    if title is None:
        return
    a0, b0 = title
    b0 = min(b0, a0 + 1000)
    head = view[a0:b0]
    if not any(p in head for p in PLACE_PREPOSITIONS):
        return  # (every match holds one)
    for tm in _TITLE_PLACE.finditer(view, a0, b0):
        a, b = tm.start(_TITLE_PLACE_NAME), tm.end(_TITLE_PLACE_NAME)
        if not free(a, b) or (a, b) in bare_spans:
            continue
        found = [u for u in g.lookup(tm.group(_TITLE_PLACE_NAME), tier=("province", "district"), former=False)]
        if len({u.code for u in found}) == 1:
            mentions.append(
                _Mention(
                    a,
                    b,
                    tm.group(_TITLE_PLACE_NAME),
                    None,
                    (found[0].tier,),
                    unit=found[0],
                    resolved=True,
                    candidates=list(found),
                )
            )


def _records(t: Text, g: Gazetteer, mentions: list[_Mention]) -> list[Locality]:
    prov_count: dict[str, int] = {}  # (in order of first mention, as a Counter)
    for m in mentions:
        if m.unit is not None and m.unit.province:
            prov_count[m.unit.province] = prov_count.get(m.unit.province, 0) + 1
    main_prov = max(prov_count, key=prov_count.__getitem__) if prov_count else None  # (first of the most common)
    _old_capitals(mentions)
    groups: dict[tuple[str, ...], list[_Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if isinstance(m.unit, Unit):
            key = _unit_key(m.unit)
        elif m.unknown_ok or m.candidates:
            tier = m.tiers[-1] if m.tiers != ("province", "district") else "district"
            key = ("name", tier, name_key(m.name))
        else:
            continue
        groups.setdefault(key, []).append(m)
    out: list[Locality] = []
    text = t.text
    successors: dict[int, Successor] = {}  # one record per post-reform unit, shared by the records
    for ms in groups.values():
        first = ms[0]
        unit = first.unit if isinstance(first.unit, Unit) else None
        written = next((m.level for m in ms if m.level), None)
        if unit is not None:
            prov = g.by_code(unit.province) if unit.province else None
            succs = g.successors(unit)
            name = unit.name if unit.code else first.name
            if unit.code and not name[-1:].isdigit():
                # a name spelt otherwise than the list ("Đắk Choong" for "Đăk Choong", "Thừa Thiên Huế" for
                # "Huế") keeps the article's spelling, as its first mention written in natural case has it (not
                # shouted, not re-cased: "TP.HCM" is read "Hcm")
                written_as = [m for m in ms if not m.name.isupper() and m.name in text[m.start : m.end]]
                # (a mention with its level word first: "tỉnh Thừa Thiên Huế", not the bare "Huế" of "Festival Huế")
                shown = next((m.name for m in written_as if m.level), written_as[0].name if written_as else None)
                if shown is not None and _spelling(shown) != _spelling(name):
                    name = shown
            numbered = _NUMBERED.match(name) if name[-1:].isdigit() else None
            if numbered:  # "Phường 1" is named "1"
                name = str(int(numbered.group(1)))
            level = written if written and unit.tier in LEVEL_TIERS.get(written, ()) else unit.level
            tier = unit.tier
            code = unit.code
        else:
            cands = list(first.candidates)
            cprovs = {c.province for c in cands}
            # its province: the one all its readings share, unless the article is about another
            prov_code = cprovs.pop() if len(cprovs) == 1 else main_prov
            if prov_count and prov_code not in prov_count:
                prov_code = main_prov
            prov = g.by_code(prov_code) if prov_code else None
            name, level, code = first.name, written or (cands[0].level if cands else "xã"), None
            succs = _new_unit(g, name, level, prov_code)
            tier = cands[0].tier if cands and len({c.tier for c in cands}) == 1 else LEVEL_TIERS[level][-1]
        succ_records = [successors.get(id(s)) or successors.setdefault(id(s), _successor(s)) for s in succs]
        spans = []
        seen: set[tuple[int, int]] = set()
        for m in ms:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                spans.append(m)
        out.append(
            built(  # every value is typed here (tiers and levels come from the tables): no re-validation
                Locality,
                {
                    "name": name,
                    "level": level,
                    "tier": tier,
                    "code": code,
                    "province": prov.name if prov else None,
                    "successor": succ_records[0] if succ_records else None,
                    "successors": succ_records if len(succ_records) > 1 else [],
                    "absorbed_by": unit.absorbed_by if unit else None,
                    "mentions": [
                        built(Span, {"start": m.start, "end": m.end, "text": text[m.start : m.end]}) for m in spans
                    ],
                },
            )
        )
    return out


def _old_capitals(mentions: list[_Mention]) -> None:
    """Where the article calls a renamed province by its old name, its "thành phố <capital>" is the old
    district-level city (`RENAMED_PROVINCE_CAPITALS`), not the province: a unit of its own, coded nowhere; and
    so is "thành phố <a province's name>" for any province that is no city of the centre."""
    for code, (old, capital) in RENAMED_PROVINCE_CAPITALS.items():
        ours = [m for m in mentions if isinstance(m.unit, Unit) and m.unit.code == code]
        if not any(_spelling(m.name) == _spelling(old) for m in ours):
            continue
        city = Unit(None, capital, "thành phố", "district", "legacy", None, code, None)
        for m in ours:
            if m.level == "thành phố" and _spelling(m.name) == _spelling(capital):
                m.unit = city
    # A province is no "thành phố" unless a city of the centre: "thành phố Ninh Bình" is the province's capital,
    # a district-level city even where the list no longer holds it (merged into thành phố Hoa Lư in 2025).
    cities: dict[str, Unit] = {}
    for m in mentions:
        u = m.unit
        if isinstance(u, Unit) and u.tier == "province" and u.level == "tỉnh" and m.level == "thành phố":
            seat = Unit(None, u.name, "thành phố", "district", "legacy", None, u.code, None)
            m.unit = cities.setdefault(u.code or "", seat)


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook, dot below


@lru_cache(maxsize=4096)
def _spelling(name: str) -> str:
    """`name` with case, blanks, hyphens and the place of tone marks folded (hoà = hòa), but not its letters nor
    its tones (Đắk is not Đăk), as a reader compares two spellings."""
    words = []
    for w in regex.findall(r"\w+", unicodedata.normalize("NFD", name.replace("\u00d0", "\u0110").casefold())):
        tones = "".join(c for c in w if c in _TONE_MARKS)
        words.append(unicodedata.normalize("NFC", "".join(c for c in w if c not in _TONE_MARKS)) + tones)
    return " ".join(words)


def _new_unit(g: Gazetteer, name: str, level: str, prov_code: str | None) -> list[Unit]:
    """A name unknown before the reform may be a unit created by it ("đặc khu Côn Đảo", a new xã)."""
    if LEVEL_TIERS.get(level) != ("commune",):
        return []
    found = g.lookup(name, level=level, era="2025")
    if prov_code and len(found) > 1:
        new_prov = g.successor(g.by_code(prov_code) or found[0])
        found = [u for u in found if new_prov and u.province == new_prov.code]
    return found[:1] if len(found) == 1 else []


def _successor(u: Unit) -> Successor:
    return built(Successor, {"name": u.name, "level": u.level, "code": u.code})
