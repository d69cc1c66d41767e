"""Named officials and their positions.

Vietnamese administrative writing names an official in a few fixed shapes:

* name first: "đồng chí Dương Ngọc Khoa, Trưởng Ban Tuyên giáo Huyện ủy Bình Liêu",
  "Ông Lê Xuân Huy (người đứng) - Tỉnh ủy viên - Bí thư Huyện ủy Bình Lục",
  "* HỒ SỸ TRUNG, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố";
* position first: "Bí thư Đảng ủy xã Hải An Phan Thành Chung", "Phó Chủ tịch UBND huyện
  Lê Thị Bình", "Bí thư Tỉnh ủy, đồng chí Nguyễn Văn An".

The extractor finds every position title (`data.titles.TITLES`), extends it over the
organisation and unit it belongs to, chains positions joined by commas, dashes, "kiêm"
or "và", and attaches the chain to the name on its left, the name at its end, or an
honorific + name on its right. Names are 2-4 capitalised syllables (5 after an
honorific), normally opening with a known family name; shouted names are put in
natural case. Later mentions ("ông Huy", "đồng chí Trung", the full name again) join
the record when they point to one official only.

`ner=True` asks underthesea's tagger (lazily imported) about candidates whose name
does not open with a known family name, instead of dropping them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from .chrome import alternation, alternation_forms
from .data import titles as data
from .models import Official, Span, built
from .text import Text, find_all, matches_at, timeout_for

__all__ = ["extract", "looks_like_name", "natural_case"]


@functools.lru_cache(maxsize=8192)
def _fold(s: str) -> str:
    """Case- and 'Ủy/Uỷ'-insensitive key."""
    return s.casefold().replace("uỷ", "ủy").replace("uý", "úy")


_VARIANTS = (("ủy", "uỷ"),)


def _alt(phrases: Iterable[str]) -> str:
    """Case-insensitive trie alternation of `phrases`; 'ủy' also matches 'uỷ'."""
    return alternation(phrases, variants=_VARIANTS)


_L = r"\p{L}\p{M}"
# "nguyên" (former) stays with the position as written: "nguyên Bí thư Tỉnh ủy".
_TITLE_RE = regex.compile(rf"\b(?:nguyên\s+)?(?:{_alt(data.TITLES)})\b", regex.IGNORECASE)
# The same without IGNORECASE, scanned over the lower-cased view (the trie is folded): half the cost.
_TITLE_LOWER_RE = regex.compile(rf"\b(?:nguyên\s+)?(?:{_alt(data.TITLES)})\b")


# The spellings a match of `_TITLE_LOWER_RE` has when single spaces part its words ("nguyên" + title too).
_TITLE_FORMS = alternation_forms(data.TITLES, variants=_VARIANTS)
_TITLE_FORMS |= {"nguyên " + f for f in _TITLE_FORMS}


def _clue_places(forms: set[str], clues: list[str]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """clue -> (its offset in some titles, those titles), each title under the first clue it holds
    (its first two words if none)."""
    places: dict[str, dict[int, list[str]]] = {}
    for form in sorted(forms):
        clue = next((c for c in clues if c in form), " ".join(form.split(" ")[:2]))
        places.setdefault(clue, {}).setdefault(form.index(clue), []).append(form)
    return {clue: tuple((off, tuple(fs)) for off, fs in sorted(by.items())) for clue, by in places.items()}


_TITLE_CLUES = _clue_places(
    _TITLE_FORMS, [f for c in data.TITLE_CLUES for f in sorted(alternation_forms([c], variants=_VARIANTS))]
)


def _heads_by_last_word(forms: set[str]) -> dict[str, tuple[str, ...]]:
    """The first words of titles (all but the last word) by the word they end with."""
    heads: dict[str, set[str]] = {}
    for form in forms:
        words = form.split(" ")
        for n in range(1, len(words)):
            heads.setdefault(words[n - 1], set()).add(" ".join(words[:n]))
    return {w: tuple(sorted(hs)) for w, hs in heads.items()}


_TITLE_HEADS = _heads_by_last_word(_TITLE_FORMS)
_TITLE_HEAD_ENDS = tuple(_TITLE_HEADS)
_LONGEST_TITLE_WORD = max(len(w) for f in _TITLE_FORMS for w in f.split(" "))


def _heads_before(low: str, k: int, found: set[int]) -> None:
    """Add to `found` where the first words of a title end at `k` (a blank run begins there)."""
    j = k  # the word before k: j:k
    while j > k - _LONGEST_TITLE_WORD - 1 and j and low[j - 1].isalpha():
        j -= 1
    for head in _TITLE_HEADS.get(low[j:k], ()):
        i = k - len(head)
        if i >= 0 and low.startswith(head, i) and not (i and low[i - 1].isalpha()):
            found.add(i)


def _breaks(low: str) -> Iterator[int]:
    """Offsets of the line breaks of `low`."""
    q = low.find("\n")
    while q >= 0:
        yield q
        q = low.find("\n", q + 1)


def _title_starts(low: str, lines: list[tuple[int, int]] | None = None) -> list[int]:
    """Where a match of `_TITLE_LOWER_RE` over `low` may begin (sorted), found with `str.find`.

    A title with single spaces is written as one of `_TITLE_FORMS`: found through its clue, at the
    clue's offset, whole. Any other blank in a match (the view's blanks are spaces and line breaks:
    a line break or several spaces) follows some first words of a title: found from the blank.
    `lines`: the `(start, end)` of the lines of `low` (`Text.lines`), if known.
    """
    found: set[int] = set()
    find, startswith = low.find, low.startswith
    for clue, places in _TITLE_CLUES.items():
        p = find(clue)
        while p >= 0:
            for off, forms in places:
                i = p - off
                if i >= 0 and startswith(forms, i) and not (i and low[i - 1].isalpha()):
                    found.add(i)
            p = find(clue, p + 1)
    # line breaks: after the last letter of each line (only the lines ending with a letter or a space)
    ends = _breaks(low) if lines is None else (e for _, e in lines[:-1])
    for k in [e for e in ends if e and (low[e - 1].isalpha() or low[e - 1] == " ")]:
        while k and low[k - 1] == " ":
            k -= 1
        if k and low[k - 1].isalpha():
            _heads_before(low, k, found)
    # runs of spaces
    n = len(low)
    q = find("  ")
    while q >= 0:
        _heads_before(low, q, found)
        q += 2
        while q < n and low[q] == " ":  # past the run: a long one is not scanned again
            q += 1
        q = find("  ", q)
    return sorted(found)


_ORG_RE = regex.compile(rf"(?:{_alt(data.ORGANISATIONS)})(?![{_L}])", regex.IGNORECASE)
_COMP_RE = regex.compile(rf"(?:{_alt(data.COMPLEMENTS)})(?![{_L}])", regex.IGNORECASE)
_COMP_HEADS = frozenset(_fold(w) for w in data.COMPLEMENT_HEADS)


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The letters that open each spelling of `phrases`: a case-insensitive match of their pattern begins
    with a run of letters (marks) that is one of these in lower case, when lower case is case folding."""
    out = set()
    for form in alternation_forms(phrases, variants=_VARIANTS):
        k = 0
        while k < len(form) and form[k].isalpha():
            k += 1
        out.add(form[:k])
    return frozenset(out)


_ORG_FIRST = _first_words(data.ORGANISATIONS)
_COMP_FIRST = _first_words(data.COMPLEMENTS)
_WORD_RE = regex.compile(rf"[{_L}\d][{_L}\d&']*")
_HONORIFIC_RE = regex.compile(rf"(?<![{_L}])(?:{_alt(data.HONORIFICS)})(?![{_L}])", regex.IGNORECASE)
# (a colon may end it: "Dự hội nghị có các đồng chí: Mông Đức Hải, Phó Bí thư ...")
_HONORIFIC_TAIL_RE = regex.compile(rf"(?<![{_L}])(?:{_alt(data.HONORIFICS)})(?:\s*:)?\s+$", regex.IGNORECASE)
# An honorific followed by a capitalised run: later mentions ("ông Huy", "đồng chí Trung").
_SHORT_RE = regex.compile(
    rf"\b(?:đồng\s+chí|đ/c|ông|bà|anh|chị)\s+((?-i:\p{{Lu}})[{_L}]*(?:\s+(?-i:\p{{Lu}})[{_L}]*){{0,4}})",
    regex.IGNORECASE,
)
_SHORT_HEADS = ("đồng", "đ/c", "ông", "bà", "anh", "chị")  # where a match of `_SHORT_RE` begins
# Each head as a literal scan of the lower-cased view (a literal and fixed lookarounds: linear, no
# backtracking), skipping in C the hits glued to a letter a-z before ("không", "công") or not followed
# by a blank; "đồng" must be followed by "chí".
_SHORT_HEAD_SCANS = tuple(
    (re.compile(rf"{re.escape(h)}(?<![a-z]{re.escape(h)})(?=\s)"), h == "đồng") for h in _SHORT_HEADS
)
_COMRADE_RE = regex.compile(r"(?:đồng\s+chí|đ/c)\b", regex.IGNORECASE)
# Verbs joining a name to its position: "X được bầu giữ chức Bí thư", "X hiện là Chủ tịch", "X tái đắc cử
# Bí thư", "X được điều động, bổ nhiệm giữ chức", "X được Ban Chấp hành bầu làm".
_S = r"[ \t]+"


def _phrases(phrases: Iterable[str]) -> str:
    """`_alt` with a space matching blanks on one line only."""
    return "(?:" + _alt(phrases).replace(r"\s+", _S) + ")"


_ROLE_VERBS = rf"{_phrases(data.ROLE_VERBS)}(?:(?:[ \t]*,[ \t]*|{_S}và{_S}|{_S}){_phrases(data.ROLE_VERBS)}){{0,3}}"
_ROLE_ACTIVE = rf"{_phrases(data.ACTIVE_ROLE_VERBS)}"
_ROLE_COMPLEMENT = rf"(?:{_S}{_phrases(data.ROLE_COMPLEMENTS)})?"
# who acts between "được" and the verb: a capitalised body ("Ban Chấp hành", "UBND tỉnh") or "nhân dân"...
_ROLE_AGENT = rf"(?:(?-i:\p{{Lu}})[{_L}]*|{_phrases(data.ROLE_AGENT_OPENERS)})(?:{_S}[{_L}]+){{0,6}}?{_S}"
# Adverbs in lower case only: "Lại", "Nay" are also name syllables ("Trần Văn Lại là ...").
_ROLE_VERB_RE = regex.compile(  # (after a comma too: "Thượng úy Lò Văn Thắng, hiện là Phó Bí thư ...")
    rf"(?:[ \t]*,)?{_S}(?:(?-i:{_phrases(data.ROLE_ADVERBS)}){_S}){{0,3}}"
    rf"(?:được{_S}(?:{_ROLE_AGENT})?{_ROLE_VERBS}{_ROLE_COMPLEMENT}"
    rf"|nhận{_S}quyết{_S}định{_S}{_ROLE_VERBS}{_ROLE_COMPLEMENT}"
    rf"|{_ROLE_ACTIVE}{_ROLE_COMPLEMENT}"
    rf"|{_phrases(data.ROLE_COPULAS)}"
    rf"){_S}$",
    regex.IGNORECASE,
)
# The words `_ROLE_VERB_RE` may end with (before its closing blanks).
_ROLE_VERB_ENDS = tuple(
    sorted(
        {
            blank + p.split()[-1]
            for p in (*data.ROLE_COPULAS, *data.ROLE_VERBS, *data.ACTIVE_ROLE_VERBS, *data.ROLE_COMPLEMENTS)
            for blank in " \t"
        }
    )
)
_ROLE_WINDOW = 120  # characters before a position searched for the verb phrase
# Before the first of names sharing a verb phrase: "các đồng chí A và B được bầu", "các đồng chí: A, B".
_HONORIFIC_LIST_TAIL_RE = regex.compile(
    rf"(?<![{_L}])(?:{_alt(data.HONORIFICS)})[ \t]*:?[ \t]*$", regex.IGNORECASE
)
# A plural honorific opening a list of names ("các đồng chí A, B, ..."), right before its first name.
_PLURAL_LIST_RE = regex.compile(rf"(?<![{_L}])các[ \t]+(?:{_alt(data.HONORIFICS)})[ \t]*:?[ \t]*$", regex.IGNORECASE)
_COORDINATION_RE = regex.compile(rf"(?:[ \t]*,[ \t]*(?:và{_S})?|{_S}và{_S})$", regex.IGNORECASE)
# Between a position and the honorific + name after it: "Bí thư Tỉnh ủy, đồng chí X", "... là ông X".
_RIGHT_SEP_RE = regex.compile(r"[ \t]*(?:[,:\-]|\blà\b)?[ \t]*", regex.IGNORECASE)
# A line holding only a byline's name ("LÊ HỮU TOÀN", "* TS. Nguyễn Văn An"), and what may stand before
# and after the position chain on the line under it ("(Bí thư Huyện ủy X)").
_DEGREES = "|".join(map(regex.escape, data.ACADEMIC_DEGREES))
_DEGREE_WORDS = frozenset(data.ACADEMIC_DEGREES)
_BYLINE_NAME_RE = regex.compile(
    rf"[ \t]*(?:[*•\-–—][ \t]*)?(?:(?-i:(?:{_DEGREES}))\.?[ \t,]*)*(?:(?P<honorific>{_alt(data.HONORIFICS)})[ \t]*)?"
    rf"(?P<name>(?-i:\p{{Lu}})[{_L}']*(?:[ \t]+(?-i:\p{{Lu}})[{_L}']*){{1,4}})[ \t]*[,:]?[ \t]*",
    regex.IGNORECASE,
)
_BYLINE_OPENERS = " \t*•-–—("
_BYLINE_CLOSERS = " \t.;)"
# Joins between two positions of one person.
_CHAIN_SEP_RE = regex.compile(
    r"[ \t]*(?:[,;\-][ \t]*)?(?:(?:kiêm|và|đồng thời là|cùng là|nay là|hiện là|hiện nay là)\b)?[ \t]*",
    regex.IGNORECASE,
)
# After a position and a comma, a bare name ends where the sentence goes on in lower case
# ("Bí thư Huyện ủy X, Lê Văn A cho biết") or at a stop, not before another position.
_BARE_NAME_END_RE = regex.compile(r"[ \t]+(?-i:\p{Ll})|[ \t]*(?:[.:;!?\n]|$)")
# ... and, in a list of names after a plural position ("các đồng chí Phó Bí thư Tỉnh ủy: A, B và C"), at a
# comma or "và" before the next name as well.
_LISTED_NAME_END_RE = regex.compile(r"[ \t]+(?-i:\p{Ll})|[ \t]*(?:[.:;!?\n,]|$)")
# A plural marker right before a position: its holders are the names listed after it ("các đồng chí Phó Bí
# thư Tỉnh ủy: A, B", "Các Phó Chủ tịch UBND tỉnh A và B").
_PLURAL_BEFORE_RE = regex.compile(rf"(?<![{_L}])các[ \t]+(?:(?:{_alt(data.HONORIFICS)})[ \t]+)?$", regex.IGNORECASE)
# Between two names of such a list.
_LIST_SEP_RE = regex.compile(
    rf"[ \t]*(?:,[ \t]*(?:và{_S})?|{_S}và{_S})(?:(?:{_alt(data.HONORIFICS)}){_S})?", regex.IGNORECASE
)
_LIST_MOST = 8  # names read after a plural position
_CAP_AFTER_RE = regex.compile(r"[ \t]+\p{Lu}")  # a capitalised word next
# A rank set between a name and its position: "Hầu Minh Quang, Đại tá, Giám đốc ..." (`_left_name` reads past it)
_RANK_BETWEEN_RE = regex.compile(rf",[ \t]*(?:{_alt(data.RANKS)})[ \t]*$", regex.IGNORECASE)
_NUMBER_AFTER_RE = regex.compile(r"[ \t]+\d{1,3}(?![\d\w])")  # "số 11" after a unit word

_FAMILY = frozenset(_fold(n) for n in data.FAMILY_NAMES)
_HISTORICAL = frozenset(_fold(n) for n in data.HISTORICAL_NAMES)
_UNIT_WORDS = frozenset(_fold(w) for w in data.UNIT_WORDS)
_STOP_CAPS = frozenset(data.POSITION_STOP_WORDS)
_HONORIFIC_WORDS = frozenset(_fold(h) for h in data.HONORIFICS)
_ORG_HEADS = frozenset(_fold(w) for w in data.ORG_HEADS)
# One-word honorifics written capitalised at the head of a name ("Ông Lê Xuân Huy").
_SINGLE_HONORIFICS = frozenset(("ông", "bà", "anh", "chị", "cô", "thầy", "đ/c"))


def natural_case(name: str) -> str:
    """'HỒ SỸ TRUNG' -> 'Hồ Sỹ Trung'; names already in mixed case are kept."""
    words = name.split()
    if any(w.isupper() and len(w) > 1 for w in words) or name.islower():
        return " ".join(w[:1].upper() + w[1:].lower() for w in words)
    return " ".join(words)


@functools.lru_cache(maxsize=8192)
def _name_word(w: str) -> bool:
    """A syllable that can be part of a person's name: 'Khoa', 'KHOA', 'Kđăm', "H'Yim"."""
    if not w or not w[0].isupper() or any(c.isdigit() for c in w):
        return False
    if max(len(part) for part in w.split("-")) > 8 or w.startswith("-") or w.endswith("-"):
        return False  # (a Korean given name joins two syllables with a hyphen: "Jae-hoon")
    return _fold(w) not in _ORG_HEADS


_LEVEL_OF_WORD = {_fold(k): v for k, v in data.LEVEL_ABBREVIATIONS.items()}


def _unit_named(words: list[str], before: str) -> bool:
    """Whether an administrative unit of the level just written bears this name (gazetteer, lazily)."""
    from . import gazetteer  # loaded on first use; the default pipeline loads it for localities anyway

    folded = _fold(before).split()
    level: str | None = " ".join(folded[-2:])
    if level not in _UNIT_WORDS:
        level = folded[-1] if folded else None
    level = _LEVEL_OF_WORD.get(level, level) if level else None
    return bool(gazetteer.get().lookup(" ".join(words), level=level, former=False))


def looks_like_name(words: list[str], *, honorific: bool = False) -> bool:
    """Whether capitalised `words` read as a Vietnamese person's name.

    2-4 syllables opening with a known family name, or, after an honorific, 2-5
    capitalised syllables (ethnic-minority names such as "Y Biêr Niê").
    """
    if not all(_name_word(w) for w in words):
        return False
    shouted = [w.isupper() for w in words if len(w) > 1]
    if shouted and any(shouted) and not all(shouted):
        return False  # "Lê UBND" mixes a name and an abbreviation
    if _fold(" ".join(words)) in _HISTORICAL:
        return False
    if 2 <= len(words) <= 4 and (_fold(words[0]) in _FAMILY or words[0].startswith(data.ETHNIC_NAME_PREFIXES)):
        return True
    return honorific and 2 <= len(words) <= 5


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    kind: str  # "title", "phrase", "word"


@dataclass(slots=True)
class _Position:
    start: int
    end: int  # end of the position text (trailing name excluded)
    toks: list[_Tok]
    name: tuple[int, int, list[str]] | None = None  # trailing name (start, end, words)


class _Left(NamedTuple):
    """A name before a position chain, and the names coordinated before it that share its positions."""

    start: int
    end: int
    words: list[str]
    confident: bool
    coordinated: list[tuple[int, int, list[str]]]


@dataclass(slots=True)
class _Found:
    name: str
    positions: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    confident: bool = True


class _Scanner:
    """Finds (name, positions, span) candidates in one text."""

    def __init__(self, t: Text) -> None:
        self.t = t
        self.v = t.view
        lower = t.lowered
        if len(lower) == len(self.v):  # tried only where a title (or "nguyên") begins: its matches, no scan
            scan = matches_at(_TITLE_LOWER_RE, lower, _title_starts(lower, t.lines))
        else:  # a character whose lower case is longer ('İ'): offsets would shift
            scan = list(_TITLE_RE.finditer(self.v, timeout=timeout_for(self.v)))
        v = self.v
        # "bầu Đoàn Chủ tịch, Đoàn Thư ký": a congress's presidium and secretariat, bodies, no one's position
        self.titles = [m.span() for m in scan if not (m.start() > 5 and v.endswith(_BODY_BEFORE_TITLE, 0, m.start()))]
        self._title_starts = {a for a, _ in self.titles}
        self.found: list[_Found] = []
        # the end of the last chain given to a name on its left, and that name: a verb after it and a
        # comma goes on about the same person
        self._owner: tuple[int, _Left] | None = None

    # -- positions -------------------------------------------------------

    def _extend(self, start: int, title_end: int, limit: int) -> _Position:
        """Extend the title at `start:title_end` over its organisation and unit words."""
        v = self.v
        low = self.t.lowered if self.t.folds_simply else None
        toks = [_Tok(start, title_end, v[start:title_end], "title")]
        pos = title_end
        after_unit_word = False
        while pos < limit:
            j = pos
            while j < limit and v[j] in " \t":
                j += 1
            if j == pos or j >= limit:
                break
            if j in self._title_starts or (v[j] in "đĐ" and _COMRADE_RE.match(v, j)):
                break
            k = v.find(" ", j, limit)
            w = v[j : limit if k < 0 else k]  # the word when letters run up to a space: no regex call
            if not w.isalpha():
                m = _WORD_RE.match(v, j, limit)
                w = m.group(0) if m else ""
            if not w:  # no letter: no organisation either
                org = comp = None
            elif low is not None and w.isalpha():  # tried only after one of their first words
                key = low[j : j + len(w)]
                org = _ORG_RE.match(v, j, limit) if key in _ORG_FIRST else None
                comp = _COMP_RE.match(v, j, limit) if key in _COMP_FIRST else None
            else:
                org = _ORG_RE.match(v, j, limit)
                comp = _COMP_RE.match(v, j, limit)
            if comp and (not org or comp.end() > org.end()):
                head = toks[-1]
                takes = _fold(" ".join(head.text.split())) in _COMP_HEADS or head.kind == "comp" or (
                    head.kind == "title" and _fold(head.text).endswith("ban")
                )
                if takes or v[j].isupper():
                    toks.append(_Tok(j, comp.end(), v[j : comp.end()], "comp"))
                    after_unit_word = False
                    pos = comp.end()
                    continue
                if not org:
                    break
            if org and " " not in org.group(0) and v[j].islower() and _fold(org.group(0)) not in _UNIT_WORDS:
                break  # a lower-case "phòng", "ban", "bộ" is an ordinary word ("phòng, chống")
            if org:
                toks.append(_Tok(j, org.end(), v[j : org.end()], "phrase"))
                after_unit_word = _fold(org.group(0)) in _UNIT_WORDS
                pos = org.end()
                continue
            if not w:
                break
            end = j + len(w)
            if w in ("TP", "TX", "Tp") and end < limit and v[end] == ".":
                end += 1
                glued = _WORD_RE.match(v, end, limit) if end < limit and v[end].isupper() else None
                if glued:  # "TP.HCM", "TX.Sơn Tây": the unit's name glued to the dot
                    end = glued.end()
            folded = _fold(w)
            if w[0].isupper() and w not in _STOP_CAPS and (
                folded not in _HONORIFIC_WORDS
                or not _CAP_AFTER_RE.match(v, end, limit)
                or (toks[-1].kind == "word" and _unit_named([toks[-1].text, w], ""))
            ):  # ("Anh" ends "Trần Thị Lan Anh"; only before a capitalised word does it open a name: "Anh Tuấn";
                # "Thầy" ends "Huyện ủy Sa Thầy")
                toks.append(_Tok(j, end, v[j:end], "word"))
                after_unit_word = folded in _UNIT_WORDS
            elif w.isdigit() and after_unit_word:
                toks.append(_Tok(j, end, w, "word"))
                after_unit_word = False
            elif w == "số" and after_unit_word and _NUMBER_AFTER_RE.match(v, end, limit):
                # "Bí thư Chi bộ tổ dân phố số 11": the unit's number, read as the next word
                toks.append(_Tok(j, end, w, "word"))
            else:
                break
            pos = end
        p = _Position(start, toks[-1].end, toks)
        return p

    def _split_trailing_name(self, p: _Position, *, allow: bool) -> None:
        """If the position ends with a person's name ("... xã Hải An Phan Thành Chung"), cut it off."""
        if not allow:
            return
        toks = p.toks
        i = len(toks)
        while i > 1 and toks[i - 1].kind == "word" and _name_word(toks[i - 1].text):
            i -= 1
        run = toks[i:]
        n = len(run)
        if n < 2:
            return
        before = toks[i - 1]
        unit_before = (before.kind == "phrase" and _fold(before.text) in _UNIT_WORDS) or _fold(
            before.text
        ) in _UNIT_WORDS
        for k in (3, 2, 4):
            if k > n:
                continue
            unit = n - k
            if (
                unit
                and run[unit - 1].text in data.MIDDLE_MARKERS
                and not _unit_named([tk.text for tk in run[:unit]], before.text)
            ):
                continue  # "... Mộ Đức Võ Thị Kim Hằng": not "Kim Hằng", a name goes on to the left (but "huyện
                # Đồng Văn Phạm Văn Khoa": "Văn" ends the unit's name)
            words = [tk.text for tk in run[unit:]]
            if unit == 0 and unit_before and k < 3 and not (
                words[0] in data.ONE_LETTER_NAME_PREFIXES and not _unit_named(words, "")
            ):
                continue  # "Bí thư Chi bộ Tân Lập": the cell's own name; not "Bí thư Chi bộ A Nhương"
            if unit == 0 and before.kind != "title" and not unit_before and k < 3:
                continue
            if not looks_like_name(words):
                continue
            if len(words) > 2 and words[0] in data.ONE_LETTER_NAME_PREFIXES and _unit_named(words[1:], ""):
                continue  # "Giám đốc Bệnh viện A Thái Nguyên": a body lettered "A" of a place, no "A" name
            if unit == 0 and unit_before and _unit_named(words, before.text):
                return  # "Chủ tịch UBND phường Lê Thanh Nghị": a ward named after a person
            if k == 2 and _unit_named(words, ""):
                continue  # two syllables that name a unit ("Lương Sơn") are a place first
            if unit and _unit_named([run[unit - 1].text, *words], ""):
                return  # "Thành ủy Buôn Ma Thuột": the words before it and the name make a unit's name
            p.name = (run[unit].start, run[-1].end, words)
            p.end = run[unit - 1].end if unit else before.end
            return

    # -- names to the left and right ---------------------------------------

    def _left_name(self, s: int) -> _Left | None:
        """The name written just before a position chain starting at `s` ("X, Bí thư ..."), with the
        names coordinated before it when a verb joins them to the position ("các đồng chí A và B được
        bầu giữ chức ...") or a plural honorific opens their list ("các đồng chí A, B, Phó Bí thư ...")."""
        v = self.v
        lo = max(0, s - _ROLE_WINDOW)
        verb = None
        if s and v[s - 1] in " \t" and (  # (its last word then blanks end the window: a cheap test first)
            not self.t.folds_simply or self.t.lowered[lo:s].rstrip(" \t").endswith(_ROLE_VERB_ENDS)
        ):
            verb = _ROLE_VERB_RE.search(v, lo, s)
        if verb:  # "đồng chí X được bầu giữ chức Bí thư ...", "ông X hiện là Chủ tịch ..."
            j = verb.start()
            comma = v.find(",", j, j + 4)  # (the verb phrase may open with the comma after the name)
            if comma >= 0 and not v[j:comma].strip(" \t"):
                j = comma + 1
            k = j
            while k > 0 and v[k - 1] in " \t":
                k -= 1
            if k and v[k - 1] == "," and self._owner is not None and self._owner[0] == k - 1:
                return self._owner[1]  # "đồng chí X, Tỉnh ủy viên, tái đắc cử Bí thư ...": X's again
            if k and v[k - 1] == ",":
                j = k - 1  # "Thượng úy Lò Văn Thắng, hiện là ...": the name ends at the comma
        else:
            j = s
            while j > 0 and v[j - 1] in " \t":
                j -= 1
            if j == 0 or v[j - 1] not in ",-(:":
                return None
            j -= 1
            if v[j] == "," and j > 8 and v[j - 1] in "ágyý":  # (the last letter of every rank: a cheap test first)
                rank = _RANK_BETWEEN_RE.search(v, max(0, j - 20), j)
                if rank:
                    j = rank.start()
        one = self._name_before(j)
        if one is None:
            return None
        coordinated: list[tuple[int, int, list[str]]] = []
        if one[3]:
            coordinated = self._coordinated(one[0])
            # without a verb, the names before share the position only after a plural honorific: "các đồng chí
            # A, B, Phó Bí thư Tỉnh ủy" (after "đồng chí A, B" the list is someone else's)
            first = coordinated[0][0] if coordinated else 0
            if coordinated and not verb and not _PLURAL_LIST_RE.search(v, max(0, first - 24), first):
                coordinated = []
        return _Left(*one, coordinated)

    def _caps_before(self, end: int, most: int) -> list[tuple[int, int, str]]:
        """The capitalised words (at most `most`) written just before `end`, separated by blanks."""
        v = self.v
        words: list[tuple[int, int, str]] = []
        while end > 0 and len(words) < most:
            lo = max(0, end - 32)
            k = v.rfind(" ", lo, end) + 1  # a word of letters after a space, found by C calls
            if not ((k or not lo) and v[k:end].isalpha()):
                k = end
                while k > 0 and (
                    v[k - 1].isalpha()
                    or v[k - 1] in "'"
                    or 0x300 <= ord(v[k - 1]) <= 0x36F
                    or (v[k - 1] == "-" and k > 1 and v[k - 2].isalpha() and v[k : k + 1].isalpha())
                ):  # (a hyphen inside a given name: "Kim Jae-hoon")
                    k -= 1
            w = v[k:end]
            if not w or not w[0].isupper():
                break
            words.insert(0, (k, end, w))
            end = k
            if k == 0 or v[k - 1] not in " \t":
                break
            end = k - 1
            while end > 0 and v[end - 1] in " \t":
                end -= 1
        return words

    def _coordinated(self, start: int) -> list[tuple[int, int, list[str]]]:
        """Names coordinated before the one at `start` ("A, B và C"), the first of them after an
        honorific ("các đồng chí", "ông"); none if the list does not open so."""
        v = self.v
        out: list[tuple[int, int, list[str]]] = []
        while len(out) < 6:
            h = _HONORIFIC_TAIL_RE.search(v, max(0, start - 14), start)  # "ông A và bà B"
            if h:
                start = h.start()
            m = _COORDINATION_RE.search(v, max(0, start - 12), start)
            if not m:
                break
            words = self._caps_before(m.start(), 6)
            while words and _fold(words[0][2]) in _SINGLE_HONORIFICS:
                words.pop(0)
            if not words:
                break
            texts = [w for _, _, w in words]
            honorific = bool(_HONORIFIC_LIST_TAIL_RE.search(v, max(0, words[0][0] - 20), words[0][0]))
            if not looks_like_name(texts, honorific=honorific) or not (honorific or len(texts) >= 3):
                break
            out.insert(0, (words[0][0], words[-1][1], texts))
            start = words[0][0]
            if honorific:
                return out
        return []

    def _name_before(self, j: int) -> tuple[int, int, list[str], bool] | None:
        """The name ending at `j` (blanks and a parenthesis after it skipped), and whether it is sure."""
        v = self.v
        while j > 0 and v[j - 1] in " \t":
            j -= 1
        if j > 0 and v[j - 1] == ")":  # "Ông Lê Xuân Huy (người đứng phát biểu) - Tỉnh ủy viên"
            k = v.rfind("(", max(0, j - 80), j)
            if k < 0 or "\n" in v[k:j]:
                return None
            j = k
            while j > 0 and v[j - 1] in " \t":
                j -= 1
        words = self._caps_before(j, 7)
        if not words:
            return None
        # capitalised honorifics at the head ("Ông Lê Xuân Huy", "Đồng chí ...")
        honorific = False
        while words and _fold(words[0][2]) in _SINGLE_HONORIFICS:
            words.pop(0)
            honorific = True
        head = words[0][0] if words else 0  # (before degrees: "Bác sĩ CKII Đào Quang Huy")
        while words and words[0][2] in _DEGREE_WORDS:
            words.pop(0)
        if not words:
            return None
        before = v[max(0, head - 14) : head]
        if _HONORIFIC_TAIL_RE.search(before):
            honorific = True
        texts = [w for _, _, w in words]
        if honorific:
            if len(texts) > 5:
                return None
            if not looks_like_name(texts, honorific=True):
                return None
            return words[0][0], words[-1][1], texts, True
        # no honorific: drop sentence-opening words until a family name ("Theo Nguyễn Văn A")
        cut = 0
        while cut < len(texts) and _fold(texts[cut]) not in _FAMILY:
            cut += 1
        shouted = all(w.isupper() for w in texts[cut:])
        cand = texts[cut:]
        if cand and len(cand) >= (2 if shouted else 3) and looks_like_name(cand):
            return words[cut][0], words[-1][1], cand, True
        if (
            len(cand) == 2
            and cand[0] in data.ONE_LETTER_NAME_PREFIXES
            and looks_like_name(cand)
            and not _unit_named(cand, "")
        ):
            return words[cut][0], words[-1][1], cand, True  # "Y Liên, Bí thư Chi đoàn ...": a Highlands name
        # no family name: a second opinion (NER) may still take 3-4 capitalised syllables
        if 3 <= len(texts) <= 4 and all(_name_word(w) for w in texts) and not all(w.isupper() for w in texts):
            return words[0][0], words[-1][1], texts, False
        return None

    def _right_name(
        self, e: int, end_re: regex.Pattern[str] = _BARE_NAME_END_RE
    ) -> tuple[int, int, list[str]] | None:
        """An honorific + name right after a position chain ("Bí thư Tỉnh ủy, đồng chí X"), or a bare
        name after a comma or colon (`_bare_right_name`, `end_re` telling what may follow it)."""
        v = self.v
        m = _RIGHT_SEP_RE.match(v, e)
        j = m.end() if m else e
        h = _HONORIFIC_RE.match(v, j)
        if not h:
            return self._bare_right_name(e, j, end_re) if m and ("," in v[e:j] or ":" in v[e:j]) else None
        k = h.end()
        while k < len(v) and v[k] in " \t":
            k += 1
        words: list[str] = []
        start = k
        last = k
        while len(words) < 5:
            w = _WORD_RE.match(v, k)
            if not w or not _name_word(w.group(0)):
                break
            words.append(w.group(0))
            last = w.end()
            k = last
            if k < len(v) and v[k] == " ":
                k += 1
            else:
                break
        if len(words) >= 2 and looks_like_name(words, honorific=True):
            return start, last, words
        return None

    def _plural(self, s: int) -> bool:
        """Whether a plural "các" (and maybe an honorific) stands right before the position at `s`."""
        return _PLURAL_BEFORE_RE.search(self.v, max(0, s - 24), s) is not None

    def _emit_listed(self, s: int, e: int, positions: list[_Position]) -> None:
        """Give `positions` to the names listed after the first of their holders (ending at `e`) when a
        plural marks the chain starting at `s` ("các đồng chí Phó Bí thư Tỉnh ủy: A, B và C": B and C hold
        it too). The list stops at anything but a full name (another position: "A, Chủ tịch ..." is the
        next person's)."""
        if not self._plural(s):
            return
        v = self.v
        for _ in range(_LIST_MOST):
            m = _LIST_SEP_RE.match(v, e)
            if m is None or m.end() == e or m.end() in self._title_starts:
                return
            name = self._bare_right_name(e, m.end(), _LISTED_NAME_END_RE)
            if name is None:
                return
            self._emit(name[2], positions, (name[0], name[1]), True)
            e = name[1]

    def _bare_right_name(
        self, e: int, j: int, end_re: regex.Pattern[str] = _BARE_NAME_END_RE
    ) -> tuple[int, int, list[str]] | None:
        """A name with no honorific after a position and a comma: "Bí thư Huyện ủy X, Lê Văn A cho biết".

        Only a full name opening with a family name, followed by the rest of the sentence in
        lower case or by a stop (not by another position, which would make it the next person's;
        `end_re` tells what may follow).
        """
        v = self.v
        words: list[str] = []
        k = j
        last = j
        while len(words) < 4:
            w = _WORD_RE.match(v, k)
            if not w or not _name_word(w.group(0)):
                break
            words.append(w.group(0))
            last = k = w.end()
            if k < len(v) and v[k] == " ":
                k += 1
            else:
                break
        if len(words) < 2 or not looks_like_name(words) or not end_re.match(v, last):
            return None
        return j, last, words

    # -- the scan ------------------------------------------------------------

    def scan(self) -> list[_Found]:
        v = self.v
        i = 0
        while i < len(self.titles):
            s, e = self.titles[i]
            line_end = v.find("\n", s)
            line_end = len(v) if line_end < 0 else line_end
            chain = [self._extend(s, e, line_end)]
            i += 1
            # positions joined by ',', '-', 'kiêm', 'và'
            while i < len(self.titles) and self.titles[i][0] < line_end:
                m = _CHAIN_SEP_RE.match(v, chain[-1].toks[-1].end)
                if not m or m.end() != self.titles[i][0]:
                    if self.titles[i][0] < chain[-1].toks[-1].end:
                        i += 1  # inside the previous tail
                        continue
                    break
                chain.append(self._extend(self.titles[i][0], self.titles[i][1], line_end))
                i += 1
            while i < len(self.titles) and self.titles[i][0] < chain[-1].toks[-1].end:
                i += 1
            self._resolve(chain)
        return self.found

    def _resolve(self, chain: list[_Position]) -> None:
        """Give each position of a chain to its person.

        The name on the left takes the positions up to the first one that ends with its
        own name ("đồng chí A, Bí thư Huyện ủy và Chủ tịch UBND huyện B"); a position
        ending with a name takes the nameless ones before it; what is left goes to an
        honorific + name on the right.
        """
        left = self._left_name(chain[0].start)
        pending: list[_Position] = []
        held: list[_Position] = []  # the positions of the last name read inside the chain
        for i, p in enumerate(chain):
            self._split_trailing_name(p, allow=left is None or i > 0)
            if p.name is None:
                pending.append(p)
                continue
            a, b, words = p.name
            if left is not None and pending:
                self._emit_left(left, pending)
                pending = []
            left = None
            held = [*pending, p]
            self._emit(words, held, (a, b), True)
            pending = []
        if not pending:
            if held and held[-1] is chain[-1] and held[-1].name is not None:  # "Các Phó Bí thư Tỉnh ủy A, B"
                self._emit_listed(chain[0].start, held[-1].name[1], held)
            return
        if left is not None:
            self._emit_left(left, pending)
            return
        plural = self._plural(chain[0].start)
        right = self._right_name(pending[-1].end, _LISTED_NAME_END_RE if plural else _BARE_NAME_END_RE)
        if right is not None:
            self._emit(right[2], pending, (right[0], right[1]), True)
            if plural:
                self._emit_listed(chain[0].start, right[1], pending)
        elif len(pending) == len(chain):
            above = self._byline_above(chain[0].start, pending[-1].end)
            if above is not None:
                self._emit(above[2], pending, (above[0], above[1]), True)

    def _byline_above(self, s: int, e: int) -> tuple[int, int, list[str]] | None:
        """The name of a signed article's byline, on the line above a line that holds only the
        position chain `s:e` ("LÊ HỮU TOÀN" then "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thị ủy ..."),
        at most one blank line between them."""
        v = self.v
        ls = v.rfind("\n", 0, s) + 1
        if ls == 0 or v[ls:s].strip(_BYLINE_OPENERS):
            return None
        le = v.find("\n", e)
        rest = v[e : len(v) if le < 0 else le].strip(_BYLINE_CLOSERS)
        if rest and not (rest[0] == "," and rest[1:].lstrip()[:1].isupper() and len(rest) < 100 and "." not in rest):
            return None  # (but the body it belongs to may follow: "..., Học viện Chính trị quốc gia Hồ Chí Minh")
        pe = ls - 1
        ps = v.rfind("\n", 0, pe) + 1
        if not v[ps:pe].strip() and ps:  # one blank line between
            pe = ps - 1
            ps = v.rfind("\n", 0, pe) + 1
        m = _BYLINE_NAME_RE.fullmatch(v, ps, pe)
        if not m:
            return None
        words = m.group("name").split()
        if not looks_like_name(words, honorific=m.group("honorific") is not None):
            return None
        if len(words) == 2 and _unit_named(words, ""):
            return None  # a place ("Lương Sơn") over a position line
        return m.start("name"), m.end("name"), words

    def _emit_left(self, left: _Left, positions: list[_Position]) -> None:
        self._owner = (positions[-1].end, left)
        for a, b, words in left.coordinated:
            self._emit(words, positions, (a, b), True)
        self._emit(left.words, positions, (left.start, left.end), left.confident)

    def _emit(
        self, words: list[str], positions: list[_Position], span: tuple[int, int], confident: bool
    ) -> None:
        t = self.t
        if t.in_chrome(span[0], span[1]):
            return
        texts = []
        for p in positions:
            a, b = t.trimmed(p.start, p.end, " \t,.;:-")
            if a < b and not t.in_chrome(a, b):
                texts.append(" ".join(t.view[a:b].split()))
        if not texts:
            return
        self.found.append(_Found(natural_case(" ".join(words)), texts, [span], confident))


def _confirm_with_ner(t: Text, found: list[_Found]) -> None:
    """Mark unconfident candidates confirmed when underthesea tags their name as a person."""
    todo = [f for f in found if not f.confident]
    if not todo:
        return
    from underthesea import ner  # heavy, only on request

    for f in todo:
        a, _ = f.spans[0]
        s, e = t.sentence_at(a)
        persons: set[str] = set()
        current: list[str] = []
        for tok in ner(t.text[s:e]):
            word, tag = tok[0], tok[-1]
            if tag.endswith("PER"):
                if tag.startswith("B-") and current:
                    persons.add(_fold(" ".join(current)))
                    current = []
                current.append(word)
            elif current:
                persons.add(_fold(" ".join(current)))
                current = []
        if current:
            persons.add(_fold(" ".join(current)))
        f.confident = _fold(f.name) in persons


def _short_matches(t: Text) -> list[regex.Match[str]]:
    """The matches of `_SHORT_RE` in the view, as `t.matches(_SHORT_RE, _SHORT_HEADS, words=True)` finds
    them, tried only where an honorific is a whole word followed by blanks and a letter not in lower case
    (by "chí" for "đồng"): most hits of the heads ("không", "hội đồng nhân dân") are never tried."""
    if not t.folds_simply:
        return t.matches(_SHORT_RE, _SHORT_HEADS, words=True)
    low, v = t.lowered, t.view
    n = len(v)
    starts: list[int] = []
    for scan, comrade in _SHORT_HEAD_SCANS:
        for h in scan.finditer(low):
            i, k = h.span()
            if i and low[i - 1].isalpha():
                continue
            while k < n and v[k].isspace():
                k += 1
            if k < n and (low.startswith("chí", k) if comrade else not v[k].islower()):
                starts.append(i)
    starts.sort()
    return matches_at(_SHORT_RE, v, starts)


def _merge(t: Text, found: list[_Found]) -> list[Official]:
    """One record per person; later short and full mentions join it when unambiguous."""
    by_key: dict[str, _Found] = {}
    for f in found:
        key = _fold(f.name)
        if key in by_key:
            rec = by_key[key]
            seen = {_fold(p) for p in rec.positions}
            rec.positions.extend(p for p in f.positions if _fold(p) not in seen)
            rec.spans.extend(f.spans)
        else:
            by_key[key] = _Found(f.name, list(f.positions), list(f.spans))
    v = t.view
    recs = list(by_key.values())
    # full names again, in natural or shouted case: one scan for all of them
    if recs:  # found with `str.find`, leftmost first, the longest form where several begin
        forms = {form: rec for rec in recs for form in (rec.name, rec.name.upper())}
        longest_first = sorted(forms, key=len, reverse=True)
        low = t.lowered  # one pass finds a name in both cases (lower case letter by letter: no 'İ', no sigma)
        by_letter = len(low) == len(v) and all(len(f.lower()) == len(f) and "Σ" not in f for f in forms)
        starts = find_all(low, {f.lower() for f in forms}) if by_letter else find_all(v, forms)
        last = 0
        for i in starts:
            if i < last:
                continue
            form = next((f for f in longest_first if v.startswith(f, i)), None)
            if form is None:  # the lower case of another spelling
                continue
            j = last = i + len(form)
            bounded = (i == 0 or not v[i - 1].isalnum()) and (j == len(v) or not v[j].isalnum())
            if bounded and not t.in_chrome(i, j):
                forms[form].spans.append((i, j))
    # "ông Huy", "đồng chí Trung", "bà Thị Dung": the records each tail of a name points to
    owners_of: dict[str, list[_Found]] = {}
    for rec in recs:
        words = _fold(rec.name).split()
        for n in range(1, min(len(words) - 1, 3) + 1):
            owners_of.setdefault(" ".join(words[-n:]), []).append(rec)
    for m in _short_matches(t) if owners_of else ():
        words = m.group(1).split()
        for n in range(min(len(words), 3), 0, -1):
            owners = owners_of.get(_fold(" ".join(words[:n])), [])
            if len(owners) == 1 and not t.in_chrome(m.start(1), m.end(1)):
                a = m.start(1)
                b = a + len(" ".join(words[:n])) if "\n" not in v[a : m.end(1)] else m.end(1)
                b = min(b, m.end(1))
                owners[0].spans.append((a, b))
                break
    out = []
    text = t.text
    for rec in recs:  # every value is typed here: no re-validation
        spans = sorted(set(rec.spans))
        # drop spans nested in a longer one (a short mention inside a full name)
        kept: list[tuple[int, int]] = []
        for a, b in spans:
            if kept and a < kept[-1][1]:
                if b > kept[-1][1]:
                    kept[-1] = (kept[-1][0], b)
                continue
            kept.append((a, b))
        mentions = [built(Span, {"start": a, "end": b, "text": text[a:b]}) for a, b in kept]
        out.append(built(Official, {"name": rec.name, "positions": rec.positions, "mentions": mentions}))
    out.sort(key=lambda o: o.mentions[0].start if o.mentions else 0)
    return out


_BODY_BEFORE_TITLE = tuple(f"{w} " for w in data.BODY_BEFORE_TITLE)

# A document's signature block: its signer's position shouted on a line of its own (maybe after "T/M ...",
# "K/T ..." on the line above), maybe "(Đã ký)", then the name on a line of its own.
_SIGNATURE = regex.compile(
    r"(?m)^[ \t]*(?P<pos>" + "|".join(sorted(map(regex.escape, data.SIGNING_POSITIONS), key=len, reverse=True)) + r")"
    r"[ \t]*\n(?:[ \t]*\((?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)[^\n()]{0,20}\)[ \t]*\n)?(?:[ \t]*\n)?"
    r"[ \t]*(?P<name>\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){1,4})[ \t]*$"
)
_SIGNING_CLUES = ("BÍ THƯ\n", "CHỦ TỊCH\n", "TRƯỞNG BAN\n", "CHỦ NHIỆM\n", "VĂN PHÒNG\n", "GIÁM ĐỐC\n")


def _signatures(t: Text) -> list[_Found]:
    """The signers of documents printed whole ("BÍ THƯ / (Đã ký) / Lường Văn Khoa")."""
    out = []
    for m in _SIGNATURE.finditer(t.view, timeout=timeout_for(t.view)):
        a, b = m.span("name")
        words = m.group("name").split()
        if t.in_chrome(a, b) or not looks_like_name(words, honorific=True):  # (a signer's name stands alone there)
            continue
        name = natural_case(" ".join(words)) if m.group("name").isupper() else " ".join(words)
        out.append(_Found(name, [data.SIGNING_POSITIONS[" ".join(m.group("pos").split())]], [(a, b)]))
    return out


# A body's members listed by name alone after "gồm": "Ban Chấp hành ... gồm các đồng chí: Đặng Văn An, Lê Thị Bích,
# ..." (maybe with "(xếp theo vần A, B, C)" before the colon). Each is a person with a role in the story, elected or
# appointed to the body, with no post written beside the name.
_MEMBER_LIST = regex.compile(r"gồm(?:[ ]+các[ ]+đồng[ ]+chí)?[ ]*(?:\([^()\n]{0,40}\))?[ ]*:[ ]*", regex.IGNORECASE)
_MEMBER_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}']*(?:[ ]\p{Lu}[\p{L}\p{M}']*){1,4}")
_MEMBER_SEP = regex.compile(r"[ ]*,[ ]*|[ ]+và[ ]+")
_MEMBERS_LEAST = 3  # names in a list at least (fewer are a sentence's, read by the scanner)
_MEMBERS_MOST = 80
_MEMBERS_NAMED = 0.75  # the share of them that must open with a known family name


def _members(t: Text) -> list[_Found]:
    """The people listed by name alone as a body's members ("... gồm các đồng chí: A, B, C, ...")."""
    v = t.view
    out: list[_Found] = []
    i = v.find("gồm")
    while i >= 0:
        m = _MEMBER_LIST.match(v, i)
        if m is not None and not t.in_chrome(i, m.end()):
            items: list[tuple[int, int, list[str]]] = []
            pos = m.end()
            for _ in range(_MEMBERS_MOST):
                nm = _MEMBER_NAME.match(v, pos)
                if nm is None:
                    break
                words = nm.group().split(" ")
                if len(words) > 4 or not all(_name_word(w) for w in words):
                    break
                items.append((nm.start(), nm.end(), words))
                sep = _MEMBER_SEP.match(v, nm.end())
                if sep is None:
                    break
                pos = sep.end()
            named = sum(1 for _, _, words in items if looks_like_name(words))
            if (
                len(items) >= _MEMBERS_LEAST
                and named >= _MEMBERS_NAMED * len(items)  # (a rarer family name among them: "Cái Văn Hưng")
                and v[items[-1][1] : items[-1][1] + 1] in (".", ";", "\n", "")
            ):
                out += [_Found(" ".join(words), [], [(a, b)]) for a, b, words in items]
        i = v.find("gồm", i + 3)
    return out


def extract(t: Text, *, ner: bool = False) -> list[Official]:
    """Return the named officials of `t` with their positions, all mentions merged.

    With `ner=True`, candidates whose name does not open with a known family name
    are kept when underthesea's NER tags them as a person (slow; off by default).
    """
    found = _Scanner(t).scan()
    if "\n" in t.view and any(w in t.view for w in _SIGNING_CLUES):
        found += _signatures(t)
    if "gồm" in t.view:
        found += _members(t)
    if ner:
        _confirm_with_ner(t, found)
    found = [f for f in found if f.confident]
    return _merge(t, found)
