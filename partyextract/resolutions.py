"""References to party and state documents: codes, numbered references, congress and plenum resolutions.

Four shapes (SPEC "Resolution"):

- a full code, party `number-TYPE/ISSUER` ("03-NQ/HU", "05- CT/TW", "05-QC/BTCTU-BDVTU") or state
  `number[/year]/TYPE-ISSUER`, `number/year/ISSUER`, `number/ISSUER-UNIT` ("30/2020/NĐ-CP",
  "45/2019/QH14", "5973/UBND-KT");
- a type word and a number without a code ("Chỉ thị 35", "Nghị quyết số 26");
- the resolution of a numbered congress ("Nghị quyết Đại hội XXVIII Đảng bộ huyện Bình Liêu");
- the resolution of a numbered Central Committee plenum ("Nghị quyết Trung ương 4 (khóa XI, khóa XII)").

Each mention is read on the matching view; its attributes come from the words right after it
(a date, "của <body>", "về <subject>", "thực hiện <other document>") or before it ("<body> ban hành").
Mentions of one document merge into one record; a bare "Nghị quyết 03" after "03-NQ/HU" joins it.
Nothing is taken from page chrome.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import functools
import operator
import re
from dataclasses import dataclass, field

import regex

from .data import documents as data
from .dates import date_at, find_dates
from .models import Resolution, ResolutionKind, Span, System, builder
from .ordinals import ROMAN, WORDS, parse_ordinal, roman_to_int, to_roman
from .text import Text, in_url, outside_url

__all__ = ["extract"]


_F = regex.V1


def _alt(words: object, escape: bool = True) -> str:
    """Alternation of phrases, longest first, as a non-capturing group."""
    items = sorted(set(words), key=len, reverse=True)  # type: ignore[call-overload]
    return "(?:" + "|".join(regex.escape(w) if escape else w for w in items) + ")"


def _uy(s: str) -> str:
    """Regex for a phrase accepting both tone placements of "ủy"/"uỷ" and "hóa"/"hoá", "khóa"/"khoá"."""
    out = regex.escape(s)
    return out.replace("ủy", "(?:ủy|uỷ)").replace("Ủy", "(?:Ủy|Uỷ)").replace("oá", "(?:oá|óa)")


# A capitalised proper name of up to four words ("Bình Liêu", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu").
_NAME = r"(?:\p{Lu}\p{Ll}+(?:(?:[ ]+|[ ]?-[ ]?)\p{Lu}\p{Ll}+){0,4})"
_KHOA = r"(?:khóa|khoá|Khóa|Khoá)"
_TYPE_WORD = "(?i:" + _alt(data.TYPE_WORDS) + ")"


# Lower-case words that name a unit of a level ("huyện ủy Bình Liêu", "huyện Bình Liêu"); the name follows.
_UNIT_WORDS: dict[str, tuple[str, ...]] = {lvl: (lvl + " ",) for lvl in data.LEVELS}
for _c, _lvl in data.COMMITTEE_LEVELS.items():
    _UNIT_WORDS[_lvl] += (_c + " ", _c.replace("ủy", "uỷ") + " ")
# Every word of a level starts with its first word ("tỉnh ", "thành ", "thị "): the stem searched for.
_UNIT_STEMS: dict[str, str] = {w: s for ws in _UNIT_WORDS.values() for w in ws for s in [w.split()[0] + " "]}
_UNIT_STEMS.update({s: s for s in _UNIT_STEMS.values()})
_LEVEL_STEMS: dict[str, str] = {lvl: _UNIT_STEMS[ws[0]] for lvl, ws in _UNIT_WORDS.items()}
# How `_Units._name_close_by` walks a level's stem occurrences: the stem, its length if it is the level's first
# word (else 0), and the level's longer words by length (a name must open right after one).
_Walk = tuple[str, int, tuple[tuple[int, tuple[str, ...]], ...]]
_LEVEL_WALKS: dict[str, _Walk] = {
    lvl: (
        stem,
        len(stem) if ws[0] == stem else 0,
        tuple((n, tuple(w for w in longer if len(w) == n)) for n in sorted({len(w) for w in longer})),
    )
    for lvl, ws in _UNIT_WORDS.items()
    for stem in [_LEVEL_STEMS[lvl]]
    for longer in [ws[1:] if ws[0] == stem else ws]
}
# (no longer word of a level begins another: at one offset at most one of them is found, in any order)
assert not any(
    a != b and b.startswith(a) for _, _, groups in _LEVEL_WALKS.values() for _, ws in groups for a in ws
    for _, ws2 in groups for b in ws2
)
_NAME_AT = regex.compile(_NAME, _F)
# The words of a level longer than one of its words, by (level, word) (`_Units._read_name`).
_LONGER_WORDS: dict[tuple[str, str], tuple[str, ...]] = {
    (lvl, w): tuple(x for x in ws if len(x) > len(w)) for lvl, ws in _UNIT_WORDS.items() for w in ws
}

# Type words (lower case) found on the lower-cased view by a rare character of theirs (`_KEY_SCANS`), then read
# whole with `_type_word_end`: much faster than scanning for an alternation of phrases.
# Only types cited by a bare number ("Chỉ thị 35") are searched for; the others count only with "số",
# so they are found from each "số <digit>" looking back (fewer passes over the text).
_BARE_WORDS = [w for w, ab in data.TYPE_WORDS.items() if ab[0] in data.CITED_BY_BARE_NUMBER]
_TYPE_KEYS: tuple[str, ...] = tuple(sorted({" ".join(w.split()[:2]) for w in _BARE_WORDS}))
_TYPE_ENDS: tuple[str, ...] = tuple(w + " " for w in data.TYPE_WORDS) + tuple(
    f"{w} {mod} " for w in data.TYPE_WORDS for mod in data.TYPE_MODIFIERS
)
_TYPE_END_TAILS = frozenset(e[-4:] for e in _TYPE_ENDS)  # the last four characters of each (a cheap test)
_MODIFIER = "(?i:" + _alt(data.TYPE_MODIFIERS) + ")"
_MODIFIER_ENDS: tuple[str, ...] = tuple(data.TYPE_MODIFIERS)
_MODIFIER_STARTS: tuple[str, ...] = tuple(mod + " " for mod in data.TYPE_MODIFIERS)
# The type words by first character, longest first (`_type_word_end`).
_TYPE_WORDS_AT: dict[str, tuple[str, ...]] = {
    c: tuple(sorted((w for w in data.TYPE_WORDS if w[0] == c), key=len, reverse=True))
    for c in {w[0] for w in data.TYPE_WORDS}
}
_SO = r"(?i:số)"
_PART = r"\p{Lu}[\p{L}\d]{0,11}"

# party: number-TYPE/ISSUER (spaces around the dash and slash tolerated, joint issuers hyphenated)
_PARTY_CODE = regex.compile(
    rf"(?<![\w/.\-])(?P<num>\d{{1,4}}[a-z]?)[ ]{{0,2}}-[ ]{{0,2}}"
    rf"(?P<type>\p{{Lu}}[\p{{L}}]{{0,4}})[ ]{{0,2}}/[ ]{{0,2}}"
    rf"(?P<iss>{_PART}(?:[ ]?-[ ]?{_PART})*)(?![\w])",
    _F,
)
# state: number[/year]/PARTS with PARTS = TYPE-ISSUER[-...] or ISSUER
_STATE_CODE = regex.compile(
    rf"(?<![\w/.\-])(?P<num>\d{{1,5}}[a-z]?)[ ]?/[ ]?(?:(?P<year>(?:19|20)\d\d)[ ]?/[ ]?)?"
    rf"(?P<parts>{_PART}(?:[ ]?-[ ]?{_PART})*)(?![\w/])",
    _F,
)
# Group numbers of the code patterns: a group looked up by name costs the `regex` module an exception.
_PC_NUM, _PC_TYPE, _PC_ISS = (_PARTY_CODE.groupindex[g] for g in ("num", "type", "iss"))
_SC_NUM, _SC_YEAR, _SC_PARTS = (_STATE_CODE.groupindex[g] for g in ("num", "year", "parts"))
# type word + number, no code. A mention opens after no letter or number (`\p{N}` as well as `\w`: "²", "①" are
# alphanumeric to `str.isalnum`, which the type-word scans test, but no word characters to `regex`).
_NUMBER_REF = regex.compile(
    rf"(?<![\w\p{{N}}])(?P<tw>{_TYPE_WORD})(?:[ ]+(?P<mod>{_MODIFIER}))?[ ]+(?:(?P<so>{_SO})[ ]+)?"
    rf"(?P<num>\d{{1,4}}[a-z]?)"
    # (nor the lower end of a range of percentages: "chỉ tiêu Nghị quyết 10 - 11%/năm" is a target's range)
    r"(?![\w]|[ ]?[-/.,]\d|[ ]?[-/][ ]?\p{Lu}|[ ]?%|[ ]?[-–][ ]?\d{1,4}(?:[.,]\d+)?[ ]?%)"
    # "Quyết định 3 năm", "Nghị quyết 12 chuyên đề": a count of things, not a document number
    rf"(?![ ]+(?:năm(?![ ]+\d{{4}})|{_alt(data.COUNT_NOUNS)})(?![\p{{L}}]))",
    _F,
)
_TYPE_BEFORE = regex.compile(
    rf"(?P<tw>{_TYPE_WORD})[ ]+(?:{_MODIFIER}[ ]+)?(?:{_SO}[ ]*)?(?::[ ]*)?$", _F | regex.REVERSE
)

# "Nghị quyết Đại hội ..." (the congress phrase itself is read by `_read_congress`)
# ("ĐH" is how dense portals abbreviate "Đại hội": "NQ ĐH Đảng bộ huyện lần thứ XXV")
_CONGRESS = regex.compile(
    r"(?<![\w\p{N}])(?:(?i:nghị quyết)|NQ)[ ]+(?:(?i:của)[ ]+)?(?:(?i:đại hội)|ĐH)(?![\w])", _F
)
_CONG_ORD = regex.compile(
    rf"(?i:lần[ ]+thứ)[ ]+(?P<o>\d{{1,3}}|{ROMAN}|{WORDS})(?![\p{{L}}\d])"
    rf"|{_KHOA}[ ]+(?P<o>\d{{1,3}}|{ROMAN})(?![\p{{L}}\d])"
    rf"|(?<![\p{{L}}])(?P<o>{ROMAN})(?![\p{{L}}\d])",
    _F,
)
_LEVEL = _alt(data.LEVELS)
_DANG_BO_AT = regex.compile(
    rf"(?i:Đảng[ ]+bộ)[ ]+(?:(?P<lvl>(?i:{_LEVEL}))(?:[ ]+(?P<name>{_NAME}))?|(?P<name>{_NAME}))", _F
)
# Where a congress phrase stops, searched for at once on the lower-cased view: a punctuation mark or a word
# ("nghị quyết" opens the next document). (Plain `re`: its calls cost less than `regex`'s.)
_CONG_STOP_WORDS: tuple[str, ...] = ("nghị quyết", " và ", " nhiệm kỳ", " giai đoạn")
_CONG_STOP = re.compile(r"[,.;:\n(]|" + "|".join(map(re.escape, _CONG_STOP_WORDS)))
_CONG_STOP_BUT_AND = re.compile(r"[,.;:\n(]|" + "|".join(map(re.escape, (w for w in _CONG_STOP_WORDS if w != " và "))))
# Where a `_CONG_ORD` match may start: "lần" in any case, "khóa"/"khoá", an upper-case Roman digit.
_CONG_ORD_AT = re.compile(r"[lL][ầẦ]|[kK]h[óo]|[IVXLC]")
_OF_PARTY = regex.compile(r"[ ]+(?i:của)[ ]+(?i:Đảng)(?![ ]+(?i:bộ))(?![\p{L}])", _F)
# a congress of a mass organisation, not of the Party: "Nghị quyết Đại hội Đoàn ...", "... Hội Nông dân ..."
_NOT_PARTY_CONGRESS = regex.compile(
    rf"(?:[ ]+(?i:đại biểu))?[ ]+{_alt(data.MASS_ORGANISATIONS)}(?![\p{{L}}])",
    _F,
)
_MASS_STARTS: tuple[str, ...] = tuple(data.MASS_ORGANISATIONS)  # what a match holds after its spaces ...
_DELEGATES = "đại biểu"  # ... or this, lower-cased

# "Nghị quyết (Hội nghị) (lần thứ N) (Ban Chấp hành) Trung ương (Đảng) N (,|() khóa X(, khóa Y))"
_TW = r"(?:Trung[ ]+ương|Trung[ ]+Ương|TW|TƯ)"
# What may follow "Nghị quyết" in a plenum's name (a cheap test before the full pattern).
_PLENUM_NEXT: tuple[str, ...] = ("hội nghị", "lần", "thứ", "ban chấp", "bch", "trung", "tw", "tư")
_PLENUM = regex.compile(
    rf"(?<![\w\p{{N}}])(?:(?i:nghị quyết)|NQ)[ ]+(?:(?i:hội nghị)[ ]+)?"
    rf"(?:(?i:lần[ ]+)?thứ[ ]+(?P<o1>\d{{1,2}}|{WORDS})[ ]+)?"
    rf"(?:(?:Ban[ ]+Chấp[ ]+hành|BCH)[ ]+)?{_TW}(?:[ ]+Đảng)?"
    rf"(?:[ ]*(?P<o2>\d{{1,2}})(?!\d)(?:[ ]*(?:,|và)[ ]*(?P<o2>\d{{1,2}})(?![\d%]))*)?"
    rf"(?:[ ]+(?:(?i:lần)[ ]+)?thứ[ ]+(?P<o3>\d{{1,2}}|{WORDS})(?![\p{{L}}]))?"
    rf"(?:[ ]*[,(]?[ ]*{_KHOA}[ ]+(?P<k>{ROMAN}|\d{{1,2}})(?![\p{{L}}\d])"
    rf"(?:[ ]*(?:,|và|;)[ ]*(?:{_KHOA}[ ]+)?(?P<k>{ROMAN}|\d{{1,2}})(?![\p{{L}}\d]))*[ ]*\)?)?",
    _F,
)
# a plenum named after a code: "Nghị quyết số 18-NQ/TW Hội nghị Trung ương 6 khóa XII"
_PLENUM_AFTER = regex.compile(
    rf"[ ,]*(?:(?i:của|tại)[ ]+)?(?i:hội nghị)[ ]+(?:(?i:lần[ ]+)?thứ[ ]+(?P<o1>\d{{1,2}}|{WORDS})[ ]+)?"
    rf"(?:(?:Ban[ ]+Chấp[ ]+hành|BCH)[ ]+)?{_TW}(?:[ ]+Đảng)?(?:[ ]*(?P<o2>\d{{1,2}})(?!\d))?"
    rf"(?:[ ]+(?:(?i:lần)[ ]+)?thứ[ ]+(?P<o3>\d{{1,2}}|{WORDS})(?![\p{{L}}]))?"
    rf"[ ]*[,(]?[ ]*{_KHOA}[ ]+(?P<k>{ROMAN}|\d{{1,2}})(?![\p{{L}}\d])[ ]*\)?",
    _F,
)

# Governing bodies: "Ban Thường vụ (BTV) Tỉnh ủy", "BCH Trung ương Đảng", "Bộ Chính trị", "UBND tỉnh".
_PAREN_ABBR = r"(?:[ ]*\(\p{Lu}[\p{Lu}\p{Ll}]{0,7}\))?"
_HEAD = _alt([_uy(h) for h in data.BODY_HEADS], escape=False)
_COMMITTEE = _alt([_uy(c) for c in data.BODY_COMMITTEES], escape=False)
_STANDALONE = _alt([_uy(b) for b in data.BODY_STANDALONE], escape=False)
_BODY = (
    rf"(?:(?:{_HEAD}{_PAREN_ABBR}[ ]+)?{_COMMITTEE}(?:[ ]+{_LEVEL})?(?:[ ]+{_NAME})?"
    rf"|{_STANDALONE}(?:[ ]+(?:Trung ương Đảng|Trung ương|{_LEVEL}))?(?:[ ]+{_NAME})?)"
)
_BODY_AFTER = regex.compile(
    rf"[ ,]*(?:(?i:của|do)[ ]+)(?P<body>{_BODY})(?![\p{{L}}])"
    rf"(?:[ ]*[,(]?[ ]*{_KHOA}[ ]+{ROMAN}(?![\p{{L}}])[ ]*\)?)?",  # "của Bộ Chính trị (khóa XII)"
    _F,
)
_BODY_BEFORE = regex.compile(
    rf"(?P<body>{_BODY})(?:[ ]+\p{{Ll}}+){{0,4}}?[ ]+(?i:ban hành|ký ban hành|ký|ra|thông qua)[ ]+"
    r"(?:(?:các|và)[ ]+)?$",
    _F | regex.REVERSE,
)
_DATE_LEAD = regex.compile(
    r"[ ,]*\(?[ ]*(?:(?:được[ ]+)?(?i:ban hành|ký)[ ]+)?(?:(?i:vào)[ ]+)?(?i:ngày|ngày ký)[ ]+"
    r"|[ ,]*\([ ]*(?=\d)",
    _F,
)
_ISSUING_VERB = regex.compile(
    r"(?<![\p{L}])(?i:ban hành|ký|thông qua|ra)(?:[ ]+(?i:các|và))?[ ]*$", _F | regex.REVERSE
)
_DATE_BEFORE = regex.compile(r"(?i:ngày)[ ]+$", _F | regex.REVERSE)
_IMPL_LEAD = regex.compile(
    r"[ ,]*(?:(?i:về)[ ]+)?(?:(?i:việc)[ ]+)?(?:(?i:tiếp tục)[ ]+)?(?:(?i:lãnh đạo|chỉ đạo|tổ chức)[ ]+)?"
    rf"(?i:{_alt(data.IMPLEMENT_VERBS)})[ ]+(?:(?i:các)[ ]+)?",
    _F,
)
_LIST_JOIN = regex.compile(r"[ ]*(?:,|;|và|,[ ]*và)[ ]*", _F)
_TITLE_CUT = regex.compile(
    r"[;\n!?]|\.(?=\s|$)|:(?=\s)|[ ]\((?=[\p{Ll}\d])"
    rf"|,[ ]*(?={_alt(data.CLAUSE_OPENERS)}(?![\p{{L}}]))"
    # ", Ban Thường vụ đã ...", ", Chỉ thị số 05 ...": a capitalised word after a comma opens a new clause
    r"|,[ ]*(?=\p{Lu})"
    r"|[ ](?=(?:đã|đang|sẽ)[ ])",
    _F,
)
_CLAUSE_START = regex.compile(r"[.;:!?\n]", _F | regex.REVERSE)
_PARENS = regex.compile(r"[ ]*\((?:\p{Lu}[\p{Lu}\p{Ll}]{0,7})\)", _F)

# Group numbers (a group looked up by name costs the `regex` module an exception).
_TB_TW = _TYPE_BEFORE.groupindex["tw"]
_NR_TW, _NR_MOD, _NR_SO, _NR_NUM = (_NUMBER_REF.groupindex[g] for g in ("tw", "mod", "so", "num"))
_DB_LVL, _DB_NAME = _DANG_BO_AT.groupindex["lvl"], _DANG_BO_AT.groupindex["name"]
_BA_BODY, _BB_BODY = _BODY_AFTER.groupindex["body"], _BODY_BEFORE.groupindex["body"]
_PLENUM_GROUPS: dict[regex.Pattern[str], tuple[int, int, int, int]] = {
    rx: (rx.groupindex["o1"], rx.groupindex["o2"], rx.groupindex["o3"], rx.groupindex["k"])
    for rx in (_PLENUM, _PLENUM_AFTER)
}

_WORD_RX = re.compile(r"[^ \n]+")  # a word of the view (every odd space is ' ' there)
_DEPARTMENTS_LONGEST_FIRST = sorted(data.PARTY_DEPARTMENTS, key=len, reverse=True)
_QH = regex.compile(r"^(UBTVQH|QH)(\d{1,2})$", _F)
_TITLE_MAX = 300
_LOOKBACK = 220


@dataclass(slots=True)
class _Mention:
    """One place a document is referred to, with what its context says."""

    start: int
    end: int  # end of the mention proper (code, number or congress/plenum phrase)
    kind: ResolutionKind
    code: str | None = None
    system: System | None = None
    number: str | None = None
    doc_type: str | None = None
    doc_type_name: str | None = None
    issuer_code: str | None = None
    issuer_name: str | None = None
    year: int | None = None
    ordinal: int | None = None
    tenure: int | None = None
    body: str | None = None
    type_word: str | None = None
    tail: int = 0  # end of the attributes read after it
    issued_on: dt.date | None = None
    issuer: str | None = None
    title: str | None = None
    implements: list[_Mention] = field(default_factory=list)  # the mentions it says it carries out


# ---------------------------------------------------------------------------
# codes


def _canon_type(t: str) -> str:
    return data.DOC_TYPE_ALIASES.get(t, t)


@functools.lru_cache(maxsize=4096)
def _party_issuer_name(code: str) -> str | None:
    """"HU" -> "Huyện ủy", "BTCTU" -> "Ban Tổ chức Tỉnh ủy", joint codes joined by " - "."""
    names = []
    for part in code.split("-"):
        if part in data.PARTY_COMMITTEES:
            names.append(data.PARTY_COMMITTEES[part])
            continue
        for dep in _DEPARTMENTS_LONGEST_FIRST:
            rest = part[len(dep):]
            if part.startswith(dep) and rest in data.PARTY_COMMITTEES:
                names.append(f"{data.PARTY_DEPARTMENTS[dep]} {data.PARTY_COMMITTEES[rest]}")
                break
        else:
            return None
    return " - ".join(names)


@functools.lru_cache(maxsize=4096)
def _state_issuer_name(code: str) -> str | None:
    """"TTg" -> "Thủ tướng Chính phủ", "QH14" -> "Quốc hội khóa XIV", "UBND-KT" -> "Ủy ban nhân dân"."""
    head = code.split("-")[0]
    m = _QH.match(head)
    if m:
        return f"{data.STATE_ISSUERS[m.group(1)]} khóa {to_roman(int(m.group(2)))}"
    return data.STATE_ISSUERS.get(head)


def _is_party_issuer(code: str) -> bool:
    return _party_issuer_name(code) is not None


@functools.lru_cache(maxsize=4096)
def _split_parts(written: str) -> tuple[tuple[str, ...], int]:
    """The hyphen-joined parts of a code that look like abbreviations, and where the last one ends
    (an offset into `written`).

    "03-NQ/TU - Nghị quyết" stops before "Nghị": an abbreviation has at most one lower-case letter
    ("ThU", "TTg", "QĐi").
    """
    parts: list[str] = []
    end = pos = 0
    for piece in written.split("-"):  # parts are joined by '-' with a space around at most
        p = piece.strip(" ")
        if sum(map(str.islower, p)) > 1:
            break
        parts.append(p)
        end = pos + len(piece.rstrip(" "))
        pos += len(piece) + 1
    return tuple(parts), end


def _code_parts(m: regex.Match[str], group: int) -> tuple[tuple[str, ...], int]:
    """`_split_parts` of a group of `m`, the end as an offset of the text."""
    parts, end = _split_parts(m.group(group))
    return parts, m.start(group) + end


@functools.lru_cache(maxsize=4096)
def _party_code(written_type: str, written_issuer: str) -> tuple[str, str, int, str | None, str | None] | None:
    """What a party code's type and issuer as written say, whatever its number and place (they come
    again and again: "NQ", "TU"): its type, issuer, where the issuer ends (an offset into
    `written_issuer`), the issuer's and the type's names; None if it is no code."""
    dtype = _canon_type(written_type)
    parts, end = _split_parts(written_issuer)
    if not parts:
        return None
    issuer = "-".join(parts)
    issuer_name = _party_issuer_name(issuer)
    if dtype not in data.DOC_TYPES and not (issuer_name is not None and dtype.isupper()):
        return None  # an unlisted type ("CTHĐ") is read only with a known party issuer
    if issuer_name is None and not (issuer.isupper() and len(issuer) <= 12):
        return None
    return dtype, issuer, end, issuer_name, data.DOC_TYPES.get(dtype)


def _party_mention(m: regex.Match[str]) -> _Mention | None:
    num, written_type, written_issuer = m.group(_PC_NUM, _PC_TYPE, _PC_ISS)
    code = _party_code(written_type, written_issuer)
    if code is None:
        return None
    dtype, issuer, end, issuer_name, name = code
    return _Mention(
        m.start(), m.start(_PC_ISS) + end, "code", f"{num}-{written_type}/{issuer}", "party", num, dtype, name,
        issuer, issuer_name,
    )


def _state_mention(m: regex.Match[str]) -> _Mention | None:
    parts, end = _code_parts(m, _SC_PARTS)
    if not parts:
        return None
    written_year = m.group(_SC_YEAR)
    year = int(written_year) if written_year else None
    num = m.group(_SC_NUM)
    dtype: str | None = None
    issuer: str
    if len(parts) == 1:
        # number/year/ISSUER ("45/2019/QH14") needs the year and a known issuer
        head = parts[0].rstrip("0123456789")
        if year is None or head not in data.STATE_ISSUERS:
            return None
        issuer = parts[0]
    elif _canon_type(parts[0]) in data.DOC_TYPES:
        dtype = _canon_type(parts[0])
        issuer = "-".join(parts[1:])
    elif parts[0] in data.STATE_LEAD_ISSUERS:
        issuer = "-".join(parts)  # "5973/UBND-KT": an official letter of a department
    else:
        return None
    head_issuer = issuer.split("-")[0]
    system: System = "state"
    if _is_party_issuer(head_issuer) and head_issuer not in data.STATE_ISSUERS:
        system = "party"  # a party issuer written state-style ("03/NQ-ĐU")
    code = f"{num}/{year}/" if year else f"{num}/"
    code += "-".join(parts)
    name = data.DOC_TYPES.get(dtype or "")
    if system == "state":
        name = data.STATE_DOC_TYPE_NAMES.get(dtype or "", name)
    if dtype is None and year is not None and _QH.match(issuer):
        name = "Luật"
    iname = _state_issuer_name(issuer) if system == "state" else _party_issuer_name(head_issuer)
    return _Mention(
        m.start(), end, "code", code=code, system=system, number=num, doc_type=dtype,
        doc_type_name=name, issuer_code=head_issuer if system == "state" and dtype is None else issuer,
        issuer_name=iname, year=year,
    )


_TYPE_FOLDED = tuple(w.casefold() for w in data.TYPE_WORDS)


def _type_word_ends(v: str, lo: int, hi: int) -> bool:
    """Cheap test for `_TYPE_BEFORE`: `v[lo:hi]` ends with a type word, then maybe "số" and ':'."""
    w = v[lo:hi].casefold().rstrip(" \n")
    if w.endswith(":"):
        w = w[:-1].rstrip(" ")
    if w.endswith("số"):
        w = w[:-2].rstrip(" ")
    if w.endswith(_MODIFIER_ENDS):  # "Nghị quyết chuyên đề 05-NQ/HU"
        w = w[: w.rfind(" ", 0, w.rfind(" "))].rstrip(" ") if " " in w else w
    return w.endswith(_TYPE_FOLDED)


# What `_TYPE_BEFORE` matches where " số " or a bare space follows a type word (and maybe a modifier) with
# single spaces, the usual shapes before a code (`_type_before`), for each of the two: by the last four
# characters of the type word, (what the window then ends with, the type word), and by the last four
# characters of a modifier, (what the window then ends with from the modifier on, the same table for the type
# word before it).
_Endings = dict[str, tuple[tuple[str, str], ...]]


def _endings(after: str) -> tuple[_Endings, dict[str, tuple[str, _Endings]]]:
    words: _Endings = {}
    mods: dict[str, tuple[str, _Endings]] = {}
    for w in data.TYPE_WORDS:
        words[w[-4:]] = (*words.get(w[-4:], ()), (f"{w}{after}", w))
    for m in data.TYPE_MODIFIERS:
        by_word: _Endings = {}
        for w in data.TYPE_WORDS:
            by_word[w[-4:]] = (*by_word.get(w[-4:], ()), (f"{w} {m}{after}", w))
        mods[m[-4:]] = (f" {m}{after}", by_word)
    return words, mods


_SO_ENDINGS, _MOD_SO_ENDINGS = _endings(" số ")
_BARE_ENDINGS, _MOD_BARE_ENDINGS = _endings(" ")
_TYPE_NAMES = {w: w[0].upper() + w[1:] for w in data.TYPE_WORDS}  # "nghị quyết" -> "Nghị quyết"


def _type_before(t: Text, lv: str, lo: int, hi: int) -> tuple[int, str] | None:
    """`_TYPE_BEFORE.search(t.view, lo, hi)` as (its start, its type word lower-cased), or None.

    Where the text folds simply (`Text.folds_simply`: matching a lower-case word case-insensitively is
    comparing it with the lower-cased view) and the window ends with "<type word>[ <modifier>] số " or
    "<type word>[ <modifier>] " with single spaces, that is read off the lower-cased view: the pattern,
    matched backwards, tries "số" (no type word ends with it), then a modifier first, then the longest type
    word before that, and no type word or modifier ends another, so at most one ending with a modifier and
    one without fit, the former winning.
    """
    if not t.folds_simply:
        y = -1
    elif lv.endswith(" số ", lo, hi):
        y, words, mods = hi - 4, _SO_ENDINGS, _MOD_SO_ENDINGS
    elif lv.endswith(" ", lo, hi):
        y, words, mods = hi - 1, _BARE_ENDINGS, _MOD_BARE_ENDINGS
    else:
        y = -1
    if y >= 0:
        tail = lv[y - 4 : y]
        mod = mods.get(tail)
        if mod is not None and lv.endswith(mod[0], lo, hi):
            x = hi - len(mod[0])
            for ending, word in mod[1].get(lv[x - 4 : x], ()):
                if lv.endswith(ending, lo, hi):
                    return hi - len(ending), word
        for ending, word in words.get(tail, ()):
            if lv.endswith(ending, lo, hi):
                return hi - len(ending), word
    v = t.view
    if not _type_word_ends(v, lo, hi):
        return None
    m = _TYPE_BEFORE.search(v, lo, hi)
    return (m.start(), m.group(_TB_TW).lower()) if m else None


def _apply_type_word(t: Text, lv: str, men: _Mention) -> None:
    """Extend a code mention over the type word before it and let that word name an ambiguous type."""
    found = _type_before(t, lv, max(0, men.start - 40), men.start)
    if found is None or (found[0] > 0 and t.view[found[0] - 1].isalnum()):
        return  # (a type word is a word: not the tail of one, "xNghị quyết", as everywhere else in this module)
    men.start, word = found
    men.type_word = word
    if men.doc_type in data.TYPE_WORDS[word]:
        men.doc_type_name = "Thông tư" if men.system == "state" and word == "thông tư" else _TYPE_NAMES[word]
    elif men.doc_type is None and men.system == "state":
        men.doc_type_name = _TYPE_NAMES[word]


# ---------------------------------------------------------------------------
# congress and plenum


# The longest type word, with the character after it (`_clean_name` reads a type word on a slice this long).
_TYPE_WORD_MAX = max(map(len, data.TYPE_WORDS)) + 1
# The first three characters of every type word: a word of a name whose first three, lower-cased, are none of
# these opens no type word (`_clean_name`'s cheap test). Exact, as `str.lower` maps each character on its own
# but for 'İ' (to "i̇") and the Greek sigma (by context), and no type word holds their lower cases.
_TYPE_HEADS = frozenset(w[:3] for w in data.TYPE_WORDS)
assert not any(set(h) & set("\u0307σς") for h in _TYPE_HEADS)


def _clean_name(t: Text, start: int, end: int) -> str:
    """The unit name at `start:end`; followed by a person's name ("Bình Lục Lê Xuân Huy") it keeps its
    first two words, and it ends before a document's type word ("Yên Thế Nghị quyết ...": "Yên Thế";
    cut on the view, so any kind of space separates words)."""
    v = t.view
    i = v.find(" ", start, end)
    while i >= 0:  # each word after the first: where a type word begins, the name ends before it
        w = i + 1
        while w < end and v[w] == " ":
            w += 1
        if v[w : w + 3].lower() in _TYPE_HEADS and _type_word_end(v[w : w + _TYPE_WORD_MAX].lower(), 0) >= 0:
            end = len(v[start:i].rstrip(" -")) + start
            break
        i = v.find(" ", w, end)
    # (four words have three spaces between them: a name has no line break)
    if v.count(" ", start, end) >= 3 and v.find("-", start, end) < 0:
        words = [m.span() for m in _WORD_RX.finditer(v, start, end)]
        if len(words) >= 4:
            return " ".join(t.text[a:b] for a, b in words[:2])
    return t.text[start:end]


class _Unknown(enum.Enum):
    """What `_Units._name_close_by` returns when its bounded walk could not tell (a sentinel no string
    can equal)."""

    UNKNOWN = enum.auto()


# What may follow a level word without opening a name (`_Units`' first test): an ASCII character but a capital,
# or none (the text's end); else a lower-case letter (`str.islower`).
_NO_NAME_ASCII = frozenset(chr(c) for c in range(128) if not chr(c).isupper()) | {""}


class _Units:
    """Proper names of administrative units named in the article, looked up around a position."""

    __slots__ = ("by_offsets", "lower", "nameable", "names", "offsets", "t", "view", "walk_budget")

    def __init__(self, t: Text, lower: str) -> None:
        self.t, self.view, self.lower = t, t.view, lower
        self.offsets: dict[str, list[int]] = {}
        self.nameable: dict[str, list[int]] = {}
        self.names: dict[tuple[str, int, str], str | None] = {}
        self.by_offsets: set[str] = set()  # the levels whose words' offsets are found
        self.walk_budget = _NEAR_BUDGET * len(lower)  # characters the walks of `_name_close_by` may still scan

    def _name_at(self, level: str, i: int, word: str) -> str | None:
        """The unit name after `word` found at `i`, if that is a real naming ("huyện Bình Liêu")."""
        c = self.view[i + len(word) : i + len(word) + 1]
        # a name opens with \p{Lu}: not with a lower-case letter (nor any ASCII but an upper-case one);
        # tested first, as most level words are followed by none ("tỉnh ủy", "tỉnh đã")
        if not (c.isupper() or not (c.isascii() or c.islower())):
            return None
        return self._read_name(level, i, word)

    def _read_name(self, level: str, i: int, word: str) -> str | None:
        """`_name_at` past its first test (the character after `word` may open a name)."""
        key = (level, i, word)
        name = self.names.get(key, _Unknown.UNKNOWN)
        if name is not _Unknown.UNKNOWN:
            return name
        t, v = self.t, self.view
        name = None
        longer = _LONGER_WORDS[level, word]  # (`word` is one of the level's words)
        if not (
            (i > 0 and v[i - 1].isalnum())
            or (level == "xã" and self.lower.endswith("thị ", 0, i))
            # "tỉnh Ủy Hà Nam": a longer word of the level is written there (its case aside), so "Ủy" is
            # no name; that word, read at the same offset, names "Hà Nam"
            or self.lower.startswith(longer, i)
        ):
            a = i + len(word)
            n = _NAME_AT.match(v, a)
            if n:
                e = n.end()
                if not t.in_chrome(i, e):
                    name = _clean_name(t, a, e)
        self.names[key] = name
        return name

    def name_near(self, level: str, pos: int) -> str | None:
        """The name of the nearest unit of `level` named before `pos`, else the first one after.

        Looked for first close to `pos` (`_name_close_by`), which mostly finds it; else the
        level words' offsets are found once per article and bisected, so a call costs the few
        occurrences it tries (at most `_NEAR_TRIES` a word), not the distance to them.
        """
        # once a level's offsets are found, bisecting them is cheaper than a walk (an answer is not kept: a
        # congress is read once at a position)
        name = _Unknown.UNKNOWN if level in self.by_offsets else self._name_close_by(level, pos)
        if name is _Unknown.UNKNOWN:
            name = self._name_by_offsets(level, pos)
            self.by_offsets.add(level)
        return name

    def _name_close_by(self, level: str, pos: int) -> str | _Unknown | None:
        """What `_name_by_offsets` finds when few stem occurrences lie between `pos` and the answer, else
        `_Unknown.UNKNOWN`.

        Every level word starts with the level's stem, so walking its occurrences back from `pos`
        with `str.rfind` meets those of all the words in descending order (at one offset the words
        are tried in their order, as the offsets' loop does): the first named one is the answer.
        The walk gives up after `_NEAR_STEPS` occurrences (below `_NEAR_TRIES`); having met the
        text's start it knows none is named before, and looks after `pos` the same way. The
        characters the walks of an article scan come out of one budget (`walk_budget`, a few times
        the text's length), so many walks over a text where the stem is rare stay linear; past it
        the offsets answer.
        """
        walk = _LEVEL_WALKS.get(level)
        if walk is None:
            return None
        stem = walk[0]
        lv, n0 = self.lower, len(stem)
        lo = max(0, pos - self.walk_budget)
        j = pos
        v, longer = self.view, walk[2]
        for _ in range(_NEAR_STEPS):
            i = lv.rfind(stem, lo, j)
            if i < 0:
                break
            j = i + n0 - 1  # the occurrences starting before `i`
            # The name given by the level word at `i` if it ends by `pos`: only the longest word written there may
            # name (`_read_name`: none where a longer one is written, and at most one longer word is found at an
            # offset), so only it is read, past `_name_at`'s first test on the character after it, inline (most
            # level words name nothing: no call for them).
            n = walk[1]
            for wn, words in longer:
                if lv.startswith(words, i):
                    n = wn
                    break
            if not n or i + n > pos:
                continue
            c = v[i + n : i + n + 1]
            if c in _NO_NAME_ASCII or c.islower():
                continue
            name = self._read_name(level, i, lv[i : i + n])
            if name:
                self.walk_budget -= pos - i
                return name
        else:
            self.walk_budget -= pos - j
            return _Unknown.UNKNOWN
        self.walk_budget -= pos - lo
        if lo:
            return _Unknown.UNKNOWN
        hi = pos + self.walk_budget
        i = lv.find(stem, pos, hi)
        for _ in range(_NEAR_STEPS):
            if i < 0:
                self.walk_budget -= min(hi, len(lv)) - pos
                return None if hi >= len(lv) else _Unknown.UNKNOWN
            # as above, the word ending by the text's end
            n = walk[1]
            for wn, words in longer:
                if lv.startswith(words, i):
                    n = wn
                    break
            c = v[i + n : i + n + 1] if n else ""  # ("": the word would end past the text, no name)
            if not (c in _NO_NAME_ASCII or c.islower()):
                name = self._read_name(level, i, lv[i : i + n])
                if name:
                    self.walk_budget -= i - pos
                    return name
            i = lv.find(stem, i + 1, hi)
        self.walk_budget -= i - pos if i >= 0 else min(hi, len(lv)) - pos
        return _Unknown.UNKNOWN

    def _name_by_offsets(self, level: str, pos: int) -> str | None:
        """`name_near` from every offset of the level's words.

        Of the `_NEAR_TRIES` occurrences a word tries on each side, only those followed by a
        character that may open a name are read (`_nameable`: the others name nothing).
        """
        best: tuple[int, str] | None = None
        for word in _UNIT_WORDS.get(level, ()):
            at = self._offsets(word)
            k = bisect.bisect_right(at, pos - len(word)) - 1  # occurrences ending by `pos`
            idx = self._nameable(word)
            r = bisect.bisect_right(idx, k) - 1
            while r >= 0 and idx[r] > k - _NEAR_TRIES:
                i = at[idx[r]]
                if best is not None and i <= best[0]:
                    break
                name = self._name_at(level, i, word)
                if name:
                    best = (i, name)
                    break
                r -= 1
        if best is None:
            for word in _UNIT_WORDS.get(level, ()):
                at = self._offsets(word)
                k = bisect.bisect_left(at, pos)
                idx = self._nameable(word)
                r = bisect.bisect_left(idx, k)
                while r < len(idx) and idx[r] < k + _NEAR_TRIES:
                    i = at[idx[r]]
                    if best is not None and i >= best[0]:
                        break
                    name = self._name_at(level, i, word)
                    if name:
                        best = (i, name)
                        break
                    r += 1
        return best[1] if best else None

    def _nameable(self, word: str) -> list[int]:
        """Indices into `_offsets(word)` of the occurrences followed by a character that may open a name
        (the first test of `_name_at`), found once per article."""
        idx = self.nameable.get(word)
        if idx is None:
            v, n = self.view, len(word)
            idx = [
                j
                for j, i in enumerate(self._offsets(word))
                for c in (v[i + n : i + n + 1],)
                if c.isupper() or not (c.isascii() or c.islower())
            ]
            self.nameable[word] = idx
        return idx

    def _offsets(self, word: str) -> list[int]:
        """Every offset of `word` in the lower-cased view, in order (found once per article).

        The words of a level are found among the offsets of their common stem ("tỉnh " for
        "tỉnh ", "tỉnh ủy ", "tỉnh uỷ "): one pass over the text per level.
        """
        at = self.offsets.get(word)
        if at is None:
            lv, stem = self.lower, _UNIT_STEMS[word]
            if stem == word:
                at = []
                i = lv.find(word)
                while i >= 0:
                    at.append(i)
                    i = lv.find(word, i + 1)
            else:
                at = [i for i in self._offsets(stem) if lv.startswith(word, i)]
            self.offsets[word] = at
        return at


# Occurrences of a level word tried on each side before `name_near` gives up (keeps a page
# with thousands of level words that name nothing linear).
_NEAR_TRIES = 64
# The quick look around of `name_near`: occurrences of the level's stem tried on each side (below
# `_NEAR_TRIES`, so it finds what the offsets would), and the characters all its walks in an article may
# scan, in text lengths (so walks over a text where the stem is rare cost no more than a few passes).
_NEAR_STEPS = 16
_NEAR_BUDGET = 2


def _lower(v: str) -> str:
    """Lower-cased view of the same length (a character whose lower case is longer is kept)."""
    lv = v.lower()
    return lv if len(lv) == len(v) else "".join(c if len(c.lower()) != 1 else c.lower() for c in v)


def _type_word_end(lv: str, p: int) -> int:
    """End of the longest type word at `p` of the lower-cased view not followed by a word character
    (`re`'s `\\w`: alphanumeric or '_'), else -1."""
    for w in _TYPE_WORDS_AT.get(lv[p : p + 1], ()):
        if lv.startswith(w, p):
            e = p + len(w)
            c = lv[e : e + 1]
            if not (c.isalnum() or c == "_"):
                return e
    return -1


_RESOLUTION = "nghị quyết"
# What must stand one space after a type word searched for (`_TYPE_KEYS`) where a mention may start, but a
# decimal digit: what `_find_mentions` reads a number after ("số ", a modifier), or the rest of a longer type word
# ("nghị quyết liên tịch"); after "nghị quyết", past its blanks, a plenum's or a congress's next words as well
# (`_RESOLUTION_NEXT`: "Trung ương", "Đại hội").
_KEY_NEXT: dict[str, tuple[str, ...]] = {
    key: ("số ", *_MODIFIER_STARTS, *(w[len(key) + 1 :] for w in data.TYPE_WORDS if w.startswith(key + " ")))
    for key in _TYPE_KEYS
}
_CONGRESS_NEXT: tuple[str, ...] = ("đại hội", "của đại hội", "đh ", "của đh ")  # (lower-cased)
_RESOLUTION_NEXT: tuple[str, ...] = (*_PLENUM_NEXT, *_CONGRESS_NEXT)


def _key_after(key: str) -> str:
    """What a type word searched for needs after its space (a look-ahead of its scan): past any more spaces, a decimal
    digit or one of `_KEY_NEXT`, or, after "nghị quyết", blanks then one of `_RESOLUTION_NEXT`.

    No other type word found opens a mention, so dropping it changes nothing: `_find_mentions` reads a plenum
    or a congress only after "nghị quyết" and one of `_RESOLUTION_NEXT` within 14 characters, and a number only
    where a digit follows its spaces, or "số " or a modifier does. (`re`'s `\\d` is `str.isdecimal`, `\\s`
    `str.isspace`. A digit that is not decimal, '²', opens no mention: `_NUMBER_REF`'s `\\d` rejects every one.)"""
    after = r"[ ]*(?:\d|" + "|".join(map(re.escape, _KEY_NEXT[key])) + ")"  # (scraped text doubles blanks)
    if key == _RESOLUTION:
        after += r"|\s{0,13}(?:" + "|".join(map(re.escape, _RESOLUTION_NEXT)) + ")"
    return after


# The type words searched for (`_TYPE_KEYS`) are found by one of the rarer characters they hold (`_ANCHORS`:
# "ị" of "chỉ thị", "nghị quyết", "nghị định", "quy định", "quyết định"; "ậ" of "kết luận"; "ô" of "thông
# tri", "thông tư"), one scan per character with a pattern that opens with it: `re` finds a leading literal
# character with a tight loop, and the look-arounds after it (each type word with its space around that
# character, no letter or digit before it, what may follow it: `_key_after`) drop in C the many words that merely
# hold it ("trị", "thị xã", "hội nghị") and the type words where no mention starts ("các nghị quyết, chỉ thị
# của Đảng"). That is a few times faster than a `str.find` per type word, or than a `str.find` of the character
# with each hit tested in Python. (A literal, then bounded look-arounds: linear in the text, no backtracking.)
_ANCHORS = ("ị", "ậ", "ô")
# A type word searched for, by the number of its pattern's group (`lastindex`; 0 is unused): the offset of its
# anchor, the offset from the anchor to its end, and the rest of the longer type words it opens (" liên tịch"
# after "nghị quyết": then `_type_word_end` reads which one stands there).
_Key = tuple[int, int, tuple[str, ...]]
_KEY_ANCHOR = {key: next(a for a in _ANCHORS if a in key) for key in _TYPE_KEYS}


def _anchor_branches(anchor: str, keys: list[str]) -> list[str]:
    """The alternatives of an anchor's scan, one empty group per type word in the order of `keys`, each a
    look-behind and a look-ahead around the anchor. Where the type words differ in what follows the anchor
    up to the next space, that is matched instead, shared by the type words next to each other that have it
    ("ị" then " " for "chỉ thị", "nghị quyết", "nghị định", then "nh " for "quy định", "quyết định"): most
    anchors of other words then fail on one character before any look-behind. (Where all have the same, it
    would lengthen the pattern's literal prefix, which `re` scans for more slowly than one character.)

    The look-behind holds the type word's start not preceded by a letter or digit (`[^\\W_]`: `str.isalnum`, on
    the lower-cased view as on the view, a lower case of one character being alphanumeric as its character is);
    the look-ahead what follows the type word (`_key_after`)."""
    if len({(k + " ")[(k + " ").index(anchor) + 1 :].split(" ")[0] for k in keys}) == 1:
        return [
            f"(?<={re.escape(ks[: ks.index(anchor) + 1])})(?={re.escape(ks[ks.index(anchor) + 1 :])})"
            f"(?<![^\\W_]{re.escape(ks[: ks.index(anchor) + 1])})(?={re.escape(ks[ks.index(anchor) + 1 :])}"
            f"(?:{_key_after(ks[:-1])}))()"
            for ks in (k + " " for k in keys)
        ]
    runs: list[tuple[str, list[str]]] = []
    for ks in (k + " " for k in keys):
        after = ks[ks.index(anchor) + 1 :]
        head = after[: after.index(" ") + 1]
        lead = ks[: len(ks) - len(after) + len(head)]
        branch = (
            f"(?<={re.escape(lead)})"
            + (f"(?={re.escape(after[len(head) :])})" if after != head else "")
            + f"(?<![^\\W_]{re.escape(lead)})(?={re.escape(after[len(head) :])}(?:{_key_after(ks[:-1])}))()"
        )
        if runs and runs[-1][0] == head:
            runs[-1][1].append(branch)
        else:
            runs.append((head, [branch]))
    return [re.escape(head) + "(?:" + "|".join(branches) + ")" for head, branches in runs]


_KEY_SCANS: tuple[tuple[re.Pattern[str], tuple[_Key, ...]], ...] = tuple(
    (
        # one alternative per type word, its empty group telling which one matched
        re.compile(re.escape(anchor) + "(?:" + "|".join(_anchor_branches(anchor, keys)) + ")"),
        (
            (0, 0, ()),
            *(
                (
                    (k + " ").index(anchor),
                    len(k) - (k + " ").index(anchor),
                    tuple(w[len(k) :] for w in data.TYPE_WORDS if w.startswith(k + " ")),
                )
                for k in keys
            ),
        ),
    )
    for anchor in _ANCHORS
    for keys in [[k for k in _TYPE_KEYS if _KEY_ANCHOR[k] == anchor]]
)
# "số " followed by spaces and a decimal digit (as `_key_after`, the only digits `_NUMBER_REF` reads), found from
# its 'ố' as above, with the last four characters of a type word or modifier and its space before it (one of
# `_TYPE_END_TAILS`, each four characters long) or two blanks, which `_type_word_starts` reads past ("Kế hoạch  số
# 12")
_SO_SCAN = re.compile(
    "ố(?<= số)(?= +\\d)(?:(?<=(?:" + "|".join(map(re.escape, sorted(_TYPE_END_TAILS))) + ")số)|(?<=  số))"
)
assert all(len(tail) == 4 for tail in _TYPE_END_TAILS)


def _type_word_starts(v: str, lv: str, taken: _Taken) -> dict[int, int]:
    """The start of every type word (any case) where a mention may start, with the end of the longest type
    word there (`_type_word_end`), and of "NQ " with -1 (only one followed by a space opens a plenum or a
    congress).

    Every mention needs a space after its type word, then a digit or one of `_KEY_NEXT` (after
    "nghị quyết" past more blanks, one of `_RESOLUTION_NEXT`): most type words in running text ("các nghị quyết, chỉ thị
    của Đảng") are dropped here (by the scans, in C) rather than read by `_find_mentions`. A type word
    before "số <code>" is not looked for: no mention can start there (the code is `taken`).
    """
    out: dict[int, int] = {}
    starts, ends = taken.starts, taken.ends
    bisect_left = bisect.bisect_left
    for scan, keys in _KEY_SCANS:
        for m in scan.finditer(lv):
            off, end, rests = keys[m.lastindex]  # type: ignore[index]
            j = m.start()
            i = j - off
            w = _type_word_end(lv, i) if rests and lv.startswith(rests, j + end) else j + end
            k = bisect_left(starts, w)
            if not k or ends[k - 1] <= i:  # (else the type word was read with its code: `_find_mentions` skips it)
                out[i] = w
    # any type word before "số <digit>" (`taken.overlaps(i + 3, i + 4)` inline)
    for m in _SO_SCAN.finditer(lv):
        i = m.start() - 1
        d = i + 3  # the number's first digit (past more blanks when there are)
        while lv[d] == " ":
            d += 1
        j = i  # past the type word or modifier and its first blank (more blanks skipped)
        while j > 1 and lv[j - 2] == " ":
            j -= 1
        k = bisect_left(starts, d + 1)
        if (not k or ends[k - 1] <= d) and lv.endswith(_TYPE_ENDS, max(0, j - 36), j):
            tm = _TYPE_BEFORE.search(v, max(0, j - 36), d)
            if tm:
                w = _type_word_end(lv, tm.start())
                if w >= 0:  # (else no mention starts there)
                    out[tm.start()] = w
    # a plenum's or a congress's "NQ" is followed by a space; found from its rare 'Q' (a one-character
    # `str.find`, the fastest scan there is, and 'Q' is rarer than any)
    i = v.find("Q", 1)
    while i >= 0:
        if v.startswith("NQ ", i - 1) and (i == 1 or not v[i - 2].isalnum()):
            out[i - 1] = -1
        i = v.find("Q", i + 1)
    return out


_NO_BODY: tuple[str | None, str | None, str | None, int] = (None, None, None, -1)  # (`_congress_body`)


def _congress_body(t: Text, lv: str, lo: int, hi: int) -> tuple[str | None, str | None, str | None, int]:
    """The first body named in `lo:hi`: ("toàn quốc" | level, name, ...) and where it ends (or -1).

    Returns (kind, level, name, end) with kind "nat" for the national congress ("toàn quốc",
    "Đại hội Đảng", "... của Đảng") or "bộ" for "Đảng bộ <level> <name>".
    """
    i = lv.find("toàn quốc", lo, hi)
    if i >= 0:
        best: tuple[str | None, str | None, str | None, int] = ("nat", None, None, i + len("toàn quốc"))
        best_at = i
    else:
        best, best_at = _NO_BODY, hi
    # every "đảng" before that, in order: the first "đảng bộ" names a party committee if `_DANG_BO_AT` reads it
    # there (only that one is tried); a bare "đảng" after "đại hội", "đại biểu" or "của" names the Party
    tried = False
    i = lv.find("đảng", lo, best_at)
    while i >= 0:
        after = lv[i + 4 : i + 8]
        if after.startswith(" bộ"):
            if not tried:
                tried = True
                bm = _DANG_BO_AT.match(t.view, i, hi)
                if bm:
                    a, b = bm.span(_DB_NAME)
                    return ("bộ", bm.group(_DB_LVL), _clean_name(t, a, b) if a >= 0 else None, bm.end())
        elif not after[:1].isalpha() and lv[max(0, i - 9) : i].rstrip().endswith(("đại hội", "đại biểu", "của", "đh")):
            return ("nat", None, None, i + 4)
        i = lv.find("đảng", i + 4, best_at)
    return best


_ROMAN_DIGITS = "IVXLC"  # what `ROMAN` is made of
# "lần thứ" and a Roman numeral or at most three digits (with more, `_CONG_ORD` must tell): `_CONG_ORD`'s first
# branch where what follows decides it (`_cong_ord_end`)
_LAN_THU = re.compile(r"lần thứ [ ]*(?:[IVXLC]+|[0-9]{1,3}(?![0-9]))")


def _cong_ord_end(v: str, s: int, hi: int) -> int:
    """End of the `_CONG_ORD` match at `s` (below `hi`) where its usual shapes decide it: a bare Roman
    numeral ("Đại hội XX,") or "lần thứ" and digits or a Roman numeral, with ASCII characters around;
    0 where they decide there is none; -1 where the pattern must tell.

    At 'I', 'V', 'X' or 'C' only the last branch can match (the others open with "lần" or "khóa"): a run
    of Roman digits with no letter before it and no letter or digit after it (a shorter run is followed
    by a letter). At "lần thứ " only the first can (a Roman 'L' would be followed by a letter).
    """
    c = v[s]
    if c in "IVXC":  # ('L' may open "Lần thứ")
        prev = v[s - 1] if s else " "
        if not prev.isascii():
            return -1
        if prev.isalpha():
            return 0
        k = s + 1
        while k < hi and v[k] in _ROMAN_DIGITS:
            k += 1
    elif c == "l":
        lm = _LAN_THU.match(v, s, hi)
        if lm is None:
            return -1
        k = lm.end()
    else:
        return -1
    if k == hi:
        return k
    c = v[k]
    if not c.isascii():
        return -1
    return -1 if c.isalnum() else k


def _congress_end(v: str, p: int) -> int:
    """End of the `_CONGRESS` match at `p`, else -1.

    Its usual shape, "Nghị quyết Đại hội" or "NQ của đại hội" with ASCII characters around, is read with string
    tests: a slice whose lower case is a lower-case word of the pattern is matched by it case-insensitively
    (each character of the slice is a case variant of the word's: a lower case that adds characters changes the
    length), ASCII characters but letters, digits and '_' are no `\\w`, and the pattern's blanks are spaces.
    Anything else is left to the pattern."""
    c = v[p - 1] if p else " "
    if c.isascii() and not (c.isalnum() or c == "_"):  # (inline tests: this runs for every candidate)
        j = p + 2 if v.startswith("NQ", p) else p + 10 if v[p : p + 10].lower() == _RESOLUTION else -1
        if j >= 0 and v.startswith(" ", j):
            k = j + 1
            while v.startswith(" ", k):
                k += 1
            if v[k : k + 4].lower() == "của ":
                k += 4
                while v.startswith(" ", k):
                    k += 1
            e = k + 7
            if v[k:e].lower() == "đại hội":
                c = v[e : e + 1]
                if not c or (c.isascii() and not (c.isalnum() or c == "_")):
                    return e
    m = _CONGRESS.match(v, p)
    return m.end() if m else -1


def _congress_ordinal(v: str, lo: int, hi: int) -> tuple[str, int]:
    """The first congress ordinal written in `lo:hi` (`_CONG_ORD`) and its end, else ("", 0). The leftmost match
    starts at one of `_CONG_ORD_AT`'s places (walked with `search`: cheaper than `finditer`)."""
    at = _CONG_ORD_AT.search(v, lo, hi)
    while at is not None:
        s = at.start()
        end = _cong_ord_end(v, s, hi)
        if end > 0:
            return v[s:end], end
        if end < 0:
            om = _CONG_ORD.match(v, s, hi)
            if om:
                return om.group(0), om.end()
        at = _CONG_ORD_AT.search(v, at.end(), hi)
    return "", 0


def _read_congress(t: Text, lv: str, start: int, lo: int, units: _Units) -> _Mention | None:
    """Read the ordinal and body after "Nghị quyết Đại hội" (`start:lo`) up to the phrase's end."""
    v = t.view
    n = len(v)
    hi = cut = min(n, lo + 160)
    sm = _CONG_STOP.search(lv, lo, hi)
    if sm:
        hi = sm.start()
        # (as the stop words were once found one after the other: "giai đoạnghị quyết" stops at "nghị quyết"; where
        # " giai đoạn" is written the match is it, as no other stop opens with " g")
        if hi + 19 <= cut and lv.startswith(" giai đoạnghị quyết", hi):
            hi += 9
    written, end = _congress_ordinal(v, lo, hi)
    # a body whose name holds "và" ("Đảng bộ Khu kinh tế Nghi Sơn và các khu công nghiệp lần thứ IV", a name or
    # "các ..." after it): the ordinal past it, up to the next stop but "và" (a document named next stops first)
    and_body = sm is not None and lv.startswith(" và ", hi)
    if not written and and_body and (v[hi + 4 : hi + 5].isupper() or lv.startswith("các ", hi + 4)):
        sm2 = _CONG_STOP_BUT_AND.search(lv, hi + 4, cut)
        hi2 = sm2.start() if sm2 else cut
        written, end = _congress_ordinal(v, hi + 4, hi2)
        if written:
            hi = hi2
    if not written:
        return None
    ordinal = _ordinal(written)
    if not ordinal or ordinal > 60:
        return None
    # a mass organisation's congress: tested after the ordinal, which most candidates that yield nothing lack
    # (every test before the body is pure: their order changes no answer)
    j = lo
    while j < n and v[j] == " ":
        j += 1
    if lv.startswith(_DELEGATES, j):  # "đại biểu" counts only before a mass organisation
        k = j + len(_DELEGATES)
        while k < n and v[k] == " ":
            k += 1
        mass = k > j + len(_DELEGATES) and v.startswith(_MASS_STARTS, k)
    else:
        mass = v.startswith(_MASS_STARTS, j)
    if mass and _NOT_PARTY_CONGRESS.match(v, lo):
        return None
    kind, level, name, body_end = _congress_body(t, lv, lo, hi)
    body: str | None = None
    if kind == "nat":
        body = "toàn quốc"
    elif kind == "bộ":
        if level and not name:
            name = units.name_near(level.lower(), start)
        if level and name:
            body = f"Đảng bộ {level} {name}"
        else:
            body = f"Đảng bộ {level or name}" if level or name else "Đảng bộ"
            gap = v[body_end : end - len(written)]
            if name and not level and gap.strip() and gap.replace(" ", "").isalnum():
                # a name with lower-case words before the ordinal: "Đảng bộ Khu kinh tế Nghi Sơn và các khu
                # công nghiệp lần thứ IV"
                body = " ".join(f"{body}{gap}".split())
    elif 9 <= ordinal <= 14:
        body = "toàn quốc"  # "Nghị quyết Đại hội XIII": the national congress
    if body_end > end:
        end = body_end
    j = end
    while j < hi and v[j] == " ":
        j += 1
    tail = _OF_PARTY.match(v, end, hi) if j > end and lv.startswith("của", j) else None  # "[ ]+của ..."
    if tail:
        end = tail.end()
        body = body or "toàn quốc"
    # (positional: a third cheaper than by keyword) start, end, kind, code, system, number, doc_type, doc_type_name,
    # issuer_code, issuer_name, year, ordinal, tenure, body
    return _Mention(start, end, "congress", None, "party", None, "NQ", "Nghị quyết", None, None, None, ordinal,
                    None, body)


# `parse_ordinal` and `roman_to_int` of the few words a page repeats ("XIII", "lần thứ XX"), remembered.
_ordinal = functools.lru_cache(maxsize=1024)(parse_ordinal)
_roman = functools.lru_cache(maxsize=1024)(roman_to_int)


def _plenum_numbers(m: regex.Match[str]) -> tuple[list[int], list[int]]:
    """Plenum numbers and tenures: "Trung ương 4, 5, 6 khóa XIII" -> [4, 5, 6], [13].

    Several plenum numbers count only with a "khóa" after them (else "4, 5 năm qua" would read 5).
    """
    o1, o2, o3, kg = _PLENUM_GROUPS[m.re]
    tenures = [n for k in m.captures(kg) if (n := int(k) if k.isdigit() else _roman(k))]
    raws = m.captures(o2)
    if not raws:
        raws = [m.group(o1) or m.group(o3) or ""]
    elif not tenures:
        raws = raws[:1]
    ordinals = []
    for r in raws:
        if r:
            o = _ordinal(r)
            if o and o <= 30:
                ordinals.append(o)
    return ordinals, tenures


# ---------------------------------------------------------------------------
# context: date, issuer, title, implements


def _kept_pieces(t: Text, start: int, end: int) -> list[tuple[int, int]]:
    """`start:end` minus parenthesised abbreviations ("(BTV)"), as intervals found on the view."""
    v = t.view
    out = []
    a = start
    if v.find("(", start, end) >= 0:
        # (`_PARENS.finditer`'s matches, found by `search` from each match's end: cheaper to start, and the same,
        # as no match is empty)
        pm = _PARENS.search(v, start, end)
        while pm is not None:
            out.append((a, pm.start()))
            a = pm.end()
            pm = _PARENS.search(v, a, end)
    out.append((a, end))
    return out


def _body_text(t: Text, start: int, end: int) -> str:
    """The body named at `start:end`, parenthesised abbreviations dropped and abbreviations expanded.

    Words are cut where the view has spaces, so a no-break or zero-width space separates words too.
    """
    v, text = t.view, t.text
    whole = text[start:end]
    if whole == v[start:end]:
        return _plain_body_text(whole)
    words: list[str] = []
    for a, b in _kept_pieces(t, start, end):
        seg = text[a:b]
        if seg == v[a:b]:  # nothing odd in it: its only spaces are ' ' and '\n'
            words.extend(data.BODY_ABBREVIATIONS.get(w, w) for w in seg.split())
            continue
        for wm in _WORD_RX.finditer(v, a, b):
            words.append(data.BODY_ABBREVIATIONS.get(wm.group(), text[wm.start() : wm.end()]))
    return " ".join(words)


@functools.lru_cache(maxsize=4096)
def _plain_body_text(body: str) -> str:
    """`_body_text` of a body whose text is its view (the common case): a pure function of the string,
    and bodies come again and again ("Ban Thường vụ Tỉnh ủy", "Bộ Chính trị")."""
    pieces = [body]
    if "(" in body:
        pieces = []
        a = 0
        for pm in _PARENS.finditer(body):
            pieces.append(body[a : pm.start()])
            a = pm.end()
        pieces.append(body[a:])
    return " ".join(data.BODY_ABBREVIATIONS.get(w, w) for piece in pieces for w in piece.split())


def _lead_at(v: str, p: int) -> int:
    """Where `_lead_char` reads: the first position at or after `p` past spaces, commas and an opening bracket
    (the text's length if there is none)."""
    n = len(v)
    while p < n and v[p] in " ,(":
        p += 1
    return p


def _lead_char(v: str, p: int) -> str:
    """The first character at or after `p` past spaces, commas and an opening bracket, lower-cased.

    The context patterns below each open with one of a few words: testing this character first
    spares most of their calls.
    """
    if v.startswith(" ", p):  # the usual case: one space, then the word
        c = v[p + 1 : p + 2]
        if c not in " ,(":  # (nor "": the end)
            return c.lower()
        p += 1
    n = len(v)
    while p < n and v[p] in " ,(":
        p += 1
    return v[p].lower() if p < n else ""


# First letters of the words each context pattern may open with ("ngày", "ban hành", "ký", "vào",
# "được" or a digit in brackets; "của", "tại", "hội nghị"; "của", "do"; "về", "việc", ...).
_DATE_FIRST = frozenset("nbkvđ0123456789")
_DATE_WORDS = ("ngày", "ban hành", "ký", "vào", "được")  # (lower-cased) what `_DATE_LEAD`'s first branch opens with
_PLENUM_FIRST = frozenset("cth")
_BODY_FIRST = frozenset("cd")
_IMPL_FIRST = frozenset("vtlc") | {w[0] for w in data.IMPLEMENT_VERBS}
_TITLE_FIRST = frozenset('v"')
_BODY_LEADS = ("của ", "do ")  # what a `_BODY_AFTER` match opens with past its blanks and commas
_TAIL_FIRST = _DATE_FIRST | _PLENUM_FIRST | _BODY_FIRST  # what `_read_tail` reads after
_TITLE_OPENS = _IMPL_FIRST | _TITLE_FIRST  # what `_read_title` reads after
_ISSUING_ENDS = ("ban hành", "ký", "thông qua", "ra", "các", "và")
_ISSUING_LAST = frozenset(w[-1] for w in _ISSUING_ENDS)  # their last letters
# The implementing verbs but those holding another ("triển khai thực hiện"): one is in every `_IMPL_LEAD` match.
_IMPLEMENT_NEEDLES = tuple(
    w for w in data.IMPLEMENT_VERBS if not any(o != w and o in w for o in data.IMPLEMENT_VERBS)
)
# The words `_IMPL_LEAD` may open with past its blanks, commas and "về" (lower-cased).
_IMPL_OPENERS = ("việc", "tiếp tục", "lãnh đạo", "chỉ đạo", "tổ chức", *data.IMPLEMENT_VERBS)


def _date_lead_may(v: str, lv: str, p: int, limit: int) -> bool:
    """Cheap test for `_DATE_LEAD` at `p`: a match holds "ngày" or '('."""
    hi = min(limit, p + 60)
    return lv.find("ngày", p, hi) >= 0 or v.find("(", p, hi) >= 0


def _date_lead_end(v: str, lv: str, p: int, limit: int) -> int:
    """End of the `_DATE_LEAD` match at `p` within `limit` (and 60 characters), else -1.

    The usual lead, spaces and commas and "ngày" (any case: on `lv`, as no other character matches its letters
    case-insensitively) and spaces, is read without the pattern: there the pattern's first branch matches
    just these.
    """
    hi = min(limit, p + 60, len(v))
    q = p
    while q < hi and v[q] in " ,":
        q += 1
    if q + 5 <= hi and lv.startswith("ngày ", q):
        q += 5
        while q < hi and v[q] == " ":
            q += 1
        return q
    while q < hi and v[q] in " ,(":
        q += 1
    if not (lv.startswith(_DATE_WORDS, q) or lv[q : q + 1].isdecimal()):
        return -1  # past its blanks and bracket a match opens with one of these words or a digit
    dm = _DATE_LEAD.match(v, p, hi) if _date_lead_may(v, lv, p, limit) else None
    return dm.end() if dm else -1


# The usual "d/m/yyyy" ('-' or '.' for '/'): `dates.DATE_PATTERN`'s first branch with ASCII digits and no spaces,
# with its look-arounds. (Plain `re`: its calls cost less than `regex`'s.)
_PLAIN_DATE = re.compile(r"(?<![\d/.\-])([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})(?![\d/])")


@functools.lru_cache(maxsize=1024)
def _plain_date(day: str, month: str, year: str) -> dt.date | bool:
    """The date a `_PLAIN_DATE` match's numbers give; False if they give none ("31/2"), True if its year is out
    of range (then `date_at` decides). Remembered: an article repeats its dates, and many repeat across."""
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return date if 1900 <= date.year <= 2100 else True


def _date_here(v: str, pos: int, end: int) -> tuple[int, dt.date] | None:
    """`date_at(v, pos, end)`, a valid "d/m/yyyy" read with a cheaper pattern: where that matches, the first
    branch of `date_at`'s pattern matches the same characters, greedily, and nothing else is tried."""
    m = _PLAIN_DATE.match(v, pos, end)
    if m is not None:
        d, _, mo, y = m.groups()
        date = _plain_date(d, mo, y)
        if isinstance(date, dt.date):
            return m.end(), date
        if not date:
            return None
    return date_at(v, pos, end)


def _read_tail(t: Text, lv: str, men: _Mention, limit: int) -> str:
    """Read the date, the issuer and a plenum named right after a code or number mention; set `men.tail`
    and return `_lead_char` there (what `_read_title` tests first).

    `lv` is the lower-cased view (`_lower`).
    """
    v = t.view
    p = men.end
    # `_lead_char(v, p)` and where it reads, the usual case inline: one space, then the word
    q = p + 1 if v.startswith(" ", p) and v[p + 1 : p + 2] not in " ,(" else _lead_at(v, p)
    c = v[q : q + 1].lower()
    if c not in _TAIL_FIRST:
        men.tail = p
        return c
    if c not in _DATE_FIRST or not (c.isdecimal() or lv.startswith(_DATE_WORDS, q)):
        d = -1  # (as `_date_lead_end` tests first: its lead opens with one of these words or a digit)
    elif p + 6 <= limit and lv.startswith(" ngày ", p):  # `_date_lead_end`'s first case inline
        d = p + 6
        hi = min(limit, p + 60)  # (`limit` is within the text)
        while d < hi and v[d] == " ":
            d += 1
    else:
        d = _date_lead_end(v, lv, p, limit)
    if d >= 0:
        # `_date_here(v, d, dend)`, its usual case (a valid "d/m/yyyy") inline
        dend = min(limit, d + 30)
        dm = _PLAIN_DATE.match(v, d, dend)
        got: tuple[int, dt.date] | None
        if dm is not None and isinstance(date := _plain_date(*dm.group(1, 3, 4)), dt.date):
            got = dm.end(), date
        else:
            got = _date_here(v, d, dend)
        if got:
            e, men.issued_on = got
            p = e + 1 if e < len(v) and v[e] == ")" else e
            c = _lead_char(v, p)
    if men.ordinal is None and c in _PLENUM_FIRST:
        hi = min(limit, p + 140)
        pm = _PLENUM_AFTER.match(v, p, hi) if lv.find("hội nghị", p, hi) >= 0 else None  # a match holds it
        if pm:
            ordinals, tenures = _plenum_numbers(pm)
            if ordinals:
                if men.doc_type == "NQ":  # the plenum's resolution itself; a conclusion only comes from it
                    men.ordinal, men.tenure = ordinals[0], tenures[0] if tenures else None
                men.issuer = men.issuer or "Ban Chấp hành Trung ương Đảng"
                p = pm.end()
                c = _lead_char(v, p)
    bm = None
    if c in _BODY_FIRST:
        hi = min(limit, p + 120)
        q = p
        while q < hi and v[q] in " ,":
            q += 1
        # past its blanks and commas a match opens with "của " or "do ", in any case: on `lv`, as no other
        # character matches one of their letters case-insensitively (a test on every character says so)
        if lv.startswith(_BODY_LEADS, q, hi):
            bm = _BODY_AFTER.match(v, p, hi)
    if bm:
        if not men.issuer:
            a, b = bm.span(_BA_BODY)
            body = t.text[a:b]
            # (`_body_text`'s usual case inline: the text is its view)
            men.issuer = _plain_body_text(body) if body == v[a:b] else _body_text(t, a, b)
        p = bm.end()
        q = _lead_at(v, p)
        c = v[q : q + 1].lower()
        if men.issued_on is None and c in _DATE_FIRST and (c.isdecimal() or lv.startswith(_DATE_WORDS, q)):
            d = _date_lead_end(v, lv, p, limit)  # (tested first as above)
            if d >= 0:
                got = _date_here(v, d, min(limit, d + 30))
                if got:
                    p, men.issued_on = got
                    c = _lead_char(v, p)
    men.tail = p
    return c


def _read_before(t: Text, lv: str, men: _Mention, line_lo: int) -> None:
    """"<body> (đã) ban hành <document>": the subject is the issuer; "Ngày d/m/y, ... ban hành" its date
    (`lv` as in `_read_tail`)."""
    if men.issuer is not None and men.issued_on is not None:
        return  # (nothing left to read)
    v = t.view
    s = men.start
    lo = max(line_lo, s - 24)
    w = v[lo:s].rstrip(" ")
    if w[-1:].lower() not in _ISSUING_LAST:  # (the cheaper test first: most mentions follow no such word)
        return
    if not w.lower().endswith(_ISSUING_ENDS):
        return
    if not _ISSUING_VERB.search(v, lo, s):
        return  # cheap guard: only a clause ending in an issuing verb names an issuer or date before
    lo = max(line_lo, s - _LOOKBACK)
    if men.issuer is None:
        # `_BODY_BEFORE.search(v, clause_lo, s)` (`clause_lo` below): the pattern ends with `$`, so its one place
        # is `s` (`v[s - 1]` is no line break, as tested above: the only other place `$` takes); and a match holds
        # none of the marks that start a clause, so from further back, at `lo`, it is the same
        bm = _BODY_BEFORE.match(v, lo, s)
        if bm:
            men.issuer = _body_text(t, bm.start(_BB_BODY), bm.end(_BB_BODY))
    # a date is read only after "ngày" (`_DATE_BEFORE`) in the clause, in any case: on `lv`, as no other character
    # matches its letters case-insensitively; none from `lo` on, no date (and no costly `find_dates`)
    if men.issued_on is None and lv.find("ngày", lo, s) >= 0:
        cut = _CLAUSE_START.search(v, lo, s)  # the last sentence punctuation before the mention
        clause_lo = cut.end() if cut else lo
        for a, e, d in find_dates(v, clause_lo, s):
            if _DATE_BEFORE.search(v, max(clause_lo, a - 8), a) and v[e : e + 2].startswith(","):
                men.issued_on = d
                break


def _in_quotes(v: str, lo: int, pos: int) -> bool:
    return v.count('"', lo, pos) % 2 == 1


# What each `_TITLE_CUT` match starts with (its spaces and lower-case words as the pattern writes them), and
# a plain-re search for them (it costs less than a find for each).
_TITLE_JOINS = (" và", " cùng", " hoặc", " cũng như")  # a word joining a title to the next document
_CUT_STARTS = (";", "\n", "!", "?", ".", ":", ",", " (", " đã ", " đang ", " sẽ ")
_CUT_AT = re.compile("|".join(map(re.escape, _CUT_STARTS)))
_CUT_TRIES = 24
_CUT_ALWAYS = frozenset(";\n!?")  # the marks `_TITLE_CUT` cuts at whatever follows
_CLAUSE_OPENERS = tuple(data.CLAUSE_OPENERS)


def _title_cut(v: str, a: int, hi: int) -> int:
    """Start of the first `_TITLE_CUT` match in `v[a:hi]` outside quotes, else `hi`.

    The pattern is tried only where a match may start (`_CUT_AT`), left to right past the
    previous match, as `finditer` would: the same matches without a scan. Where the first
    characters decide (a mark that always cuts, a full stop before a space, a comma before a
    lower-case word that opens no clause), the pattern is not called. After `_CUT_TRIES` such
    places (a run of commas) the scan is cheaper.
    """
    pos = a
    for _ in range(_CUT_TRIES):
        at = _CUT_AT.search(v, pos, hi)
        if at is None:
            return hi
        p = at.start()
        c = v[p]
        end = -1
        if c in _CUT_ALWAYS or (c == "." and (p + 1 == hi or v[p + 1] in " \n")):
            end = p + 1
        elif c == ",":
            q = p + 1
            while q < hi and v[q] == " ":
                q += 1
            if q < hi and (not v[q].islower() or v.startswith(_CLAUSE_OPENERS, q)):  # else no comma branch matches
                cm = _TITLE_CUT.match(v, p, hi)
                end = cm.end() if cm else -1
        elif c == " ":
            # " (", " đã ", " đang " or " sẽ " (`_CUT_AT` found it whole before `hi`): after " đ"/" s" only the last
            # branch matches, just the space; after " (" only `[ ]\((?=[\p{Ll}\d])`, which an ASCII character
            # decides (its lower-case letters and digits are a-z and 0-9), as does the end (no character follows)
            n = v[p + 2 : p + 3] if p + 2 < hi else "-"
            if v[p + 1] != "(":
                end = p + 1
            elif n.isascii():
                end = p + 2 if "a" <= n <= "z" or "0" <= n <= "9" else -1
            else:
                cm = _TITLE_CUT.match(v, p, hi)
                end = cm.end() if cm else -1
        else:
            cm = _TITLE_CUT.match(v, p, hi)
            end = cm.end() if cm else -1
        if end < 0:
            pos = p + 1
        elif v.count('"', a, p) % 2:  # (`_in_quotes`)
            pos = end
        else:
            return p
    for found in _TITLE_CUT.finditer(v, pos, hi):
        if not _in_quotes(v, a, found.start()):
            return found.start()
    return hi


def _list_join_end(v: str, p: int, hi: int) -> int:
    """End of the `_LIST_JOIN` match at `p` within `hi`, else -1, read with string tests: past the spaces, ',' or ';'
    or "và" (its first branches; the last, ",[ ]*và", is never reached, as ',' alone matches first), then spaces
    (backing off a space never helps: no branch opens with one)."""
    while p < hi and v[p] == " ":
        p += 1
    if p < hi and v[p] in ",;":
        p += 1
    elif v.startswith("và", p, hi):
        p += 2
    else:
        return -1
    while p < hi and v[p] == " ":
        p += 1
    return p


def _read_title(
    t: Text,
    lv: str,
    men: _Mention,
    c: str,
    mentions: list[_Mention],
    starts: dict[int, _Mention],
    limit: int,
    next_start: int,
) -> None:
    """The quoted subject or the "về ..." phrase after a mention, cut at its clause's end or before the next
    mention (at `next_start`, with the "và" that joins it), and the documents it implements (`lv` as in
    `_read_tail`, `c` the `_lead_char` at its tail; `starts` holds `mentions` by start, or nothing yet: it is
    filled here at the first implemented document)."""
    v = t.view
    p = men.tail
    hi = min(limit, p + 80)
    lead = p  # past the blanks and commas after the tail, where each lead read below opens
    while lead < hi and v[lead] in " ,":
        lead += 1
    im = None
    if c in _IMPL_FIRST:
        # past its blanks and commas and a "về", a match opens with one of `_IMPL_OPENERS` ("về công tác": none)
        q = lead
        if lv.startswith("về ", q):
            q += 3
            while q < hi and v[q] == " ":
                q += 1
        if lv.startswith(_IMPL_OPENERS, q):
            for verb in _IMPLEMENT_NEEDLES:  # a match holds one
                if lv.find(verb, p, hi) >= 0:
                    im = _IMPL_LEAD.match(v, p, hi)
                    break
    if im:
        if not starts:
            starts.update({x.start: x for x in mentions})
        q = im.end()
        while q in starts:
            other = starts[q]
            men.implements.append(other)
            q = _list_join_end(v, other.tail, min(limit, other.tail + 8))  # (`_LIST_JOIN.match`'s end)
            if q not in starts:  # (nor -1)
                break
    if c not in _TITLE_FIRST:
        return
    # the lead `[ ,]*(?:(?i:về)[ ]+|(?="))`, read without a pattern: past blanks and commas, "về" (in any case: on
    # `lv`, as no other character matches its letters case-insensitively) and spaces, else a quote
    hi = min(limit, p + 10)  # (`limit` is within the text)
    if lv.startswith("về ", lead, hi):
        a = lead + 3
        while a < hi and v[a] == " ":
            a += 1
    elif v.startswith('"', lead, hi):
        a = lead
    else:
        return
    hi = min(limit, a + _TITLE_MAX)
    if v.startswith('"', a):
        close = v.find('"', a + 1, hi)
        if close > a + 1:
            qa, qb = t.trimmed(a + 1, close, " \n")
            men.title = t.text[qa:qb]
        return
    b = _title_cut(v, a, hi)
    if a < next_start < b:  # the next document inside: the title ends before it when only "và" joins them
        j = next_start
        while j > a and v[j - 1] in " ,":
            j -= 1
        join = next((w for w in _TITLE_JOINS if lv.endswith(w, a, j)), None)
        if join is not None:  # "... giai đoạn 2021 - 2025 và Kế hoạch số 112-KH/HU": not "thực hiện Nghị quyết ..."
            b = j - len(join)
    a, b = t.trimmed(a, b, " ,")
    if b - a < 3:
        return
    # parenthesised abbreviations dropped and ends trimmed on the view, the kept text taken from `t.text`
    if v.find("(", a, b) < 0:  # (no abbreviation: one piece)
        shown, title = v[a:b], t.text[a:b]
    else:
        pieces = _kept_pieces(t, a, b)
        text = t.text
        shown = "".join([v[x:y] for x, y in pieces])
        title = "".join([text[x:y] for x, y in pieces])
    lo, hi = 0, len(shown)
    while lo < hi and shown[lo] in " \n":
        lo += 1
    while hi > lo and shown[hi - 1] in " \n":
        hi -= 1
    if shown.startswith('"', lo):  # a quoted title with nothing after its closing quote
        inner = shown[lo + 1 : hi]
        if inner.count('"') == 1 and inner.endswith('"'):
            lo, hi = lo + 1, hi - 1
    men.title = title[lo:hi] or None


# ---------------------------------------------------------------------------
# merging


def _strip_zeros(code: str) -> str:
    """"03-NQ/HU" -> "3-NQ/HU" (leading zeros of the number do not tell documents apart)."""
    stripped = code.lstrip("0")
    return stripped if stripped[:1].isdigit() else code[len(code) - len(stripped) - 1 :]


@functools.lru_cache(maxsize=4096)
def _code_key(code: str) -> tuple[object, ...]:
    return ("code", _strip_zeros(code).casefold())


def _key(men: _Mention) -> tuple[object, ...]:
    if men.code:
        return _code_key(men.code)
    if men.kind == "number":
        return ("number", men.doc_type, (men.number or "").lstrip("0") or "0")
    if men.kind == "congress":
        return ("congress", men.ordinal)
    return ("plenum", men.ordinal, men.tenure)


def _compatible(back: _Mention, rec: _Mention) -> bool:
    """Whether a bare "Nghị quyết 03" can mean the coded document `rec`."""
    if rec.code is None or (rec.number or "").lstrip("0") != (back.number or "").lstrip("0"):
        return False
    return rec.doc_type in data.TYPE_WORDS.get(back.type_word or "", ())


# The records, built from every field's value without validation (`models.builder`).
_SPAN = builder(Span)
_RESOLUTION_RECORD = builder(Resolution)


def _plenum_facts(mentions: list[_Mention]) -> tuple[dict[int, list[_Mention]], dict[int, list[int]]]:
    """What `_merge` needs to place a plenum mention: the plenum mentions stating a tenure by ordinal, and
    their starts."""
    plenum_tenures: dict[int, list[_Mention]] = {}
    for m in mentions:
        if not m.code and m.kind == "plenum" and m.tenure is not None and m.ordinal is not None:
            plenum_tenures.setdefault(m.ordinal, []).append(m)
    return plenum_tenures, {o: [c.start for c in cs] for o, cs in plenum_tenures.items()}


def _head_order(m: _Mention) -> tuple[bool, bool, int]:
    """Which mention of a document gives its record's identity first: codes, then congresses and plenums,
    then bare numbers, each by start."""
    return m.kind != "code", m.kind == "number", m.start


def _implemented(
    ms: list[_Mention],
    own: str | None,
    groups: dict[tuple[object, ...], list[_Mention]],
    key_of: dict[int, tuple[object, ...]],
    code_of: dict[tuple[object, ...], str | None],
) -> list[str]:
    """The codes the mentions `ms` of one document say it implements (a bare "Nghị quyết 05" implemented counts
    once joined to its code), in order, each once and not its own code `own`. `groups` are `_merge`'s; `key_of`
    (each mention's group) and `code_of` (each group's code) are filled here as needed, kept for the next call."""
    if not key_of:
        key_of.update((id(x), k) for k, xs in groups.items() for x in xs)
    codes: list[str] = []
    for x in ms:
        for other in x.implements:
            key = key_of[id(other)]
            if key in code_of:
                c = code_of[key]
            else:
                c = code_of[key] = next((y.code for y in groups[key] if y.code), None)
            if c and c not in codes and c != own:
                codes.append(c)
    return codes


def _merge(mentions: list[_Mention], t: Text, implementing: bool) -> list[Resolution]:
    """One record per document, in order of first mention (`implementing`: whether a mention names
    documents it implements).

    `mentions` must be sorted by start (`_find_mentions` sorts them and nothing moves a start after):
    the records then come out in order of their first span without a sort."""
    groups: dict[tuple[object, ...], list[_Mention]] = {}
    coded: dict[str, list[_Mention]] | None = None  # the coded mentions by number, found at the first bare number
    plenum: tuple[dict[int, list[_Mention]], dict[int, list[int]]] | None = None  # `_plenum_facts`, at the first
    compatible: dict[tuple[str, str], tuple[list[int], list[_Mention]]] = {}
    for m in mentions:
        kind = m.kind
        code = m.code
        if code:
            key = _code_key(code)
        elif kind == "number":  # a bare "Nghị quyết 03" joins the coded document before it
            number = (m.number or "").lstrip("0")
            key = ("number", m.doc_type, number or "0")
            if coded is None:
                coded = {}
                for x in mentions:
                    if x.code:
                        coded.setdefault((x.number or "").lstrip("0"), []).append(x)
            if coded:
                ck = (number, m.type_word or "")
                if ck not in compatible:
                    cs = [c for c in coded.get(number, []) if _compatible(m, c)]
                    compatible[ck] = ([c.start for c in cs], cs)
                starts, cands = compatible[ck]
                if cands:
                    i = bisect.bisect_left(starts, m.start)
                    key = _key(cands[i - 1] if i else cands[0])
        elif kind == "congress":
            key = ("congress", m.ordinal)
        else:
            key = ("plenum", m.ordinal, m.tenure)
            if kind == "plenum" and m.ordinal is not None:
                if plenum is None:
                    plenum = _plenum_facts(mentions)
                plenum_tenures, plenum_starts = plenum
                if m.tenure is None and m.ordinal in plenum_tenures:
                    cands = plenum_tenures[m.ordinal]
                    i = bisect.bisect_left(plenum_starts[m.ordinal], m.start)
                    key = _key(cands[i - 1] if i else cands[0])
                # (a plenum named after a code, "Nghị quyết số 21-NQ/TW ... của Hội nghị lần thứ năm ... khóa XIII",
                # stays the code's: "Nghị quyết Trung ương 5 khóa XIII" elsewhere is its own record, a plenum
                # issuing several resolutions)
        group = groups.get(key)
        if group is None:
            groups[key] = [m]
        else:
            group.append(m)
    key_of: dict[int, tuple[object, ...]] = {}  # each mention's group, found when an implementer names one
    code_of: dict[tuple[object, ...], str | None] = {}  # the code of a group, found when an implementer names it
    text = t.text
    record, span = _RESOLUTION_RECORD, _SPAN
    out = []
    for ms in groups.values():  # in order of first mention
        head = ms[0]
        if len(ms) == 1:  # the usual record: one mention, its attributes as read
            a, b = head.start, head.end
            out.append(
                record(  # fields are built typed here; skip re-validation
                    {
                        "kind": head.kind,
                        "code": head.code,
                        "system": head.system,
                        "number": head.number,
                        "doc_type": head.doc_type,
                        "doc_type_name": head.doc_type_name or None,
                        "issuer_code": head.issuer_code,
                        "issuer_name": head.issuer_name,
                        "year": head.year,
                        "issued_on": head.issued_on or None,
                        "issuer": head.issuer or None,
                        "title": head.title or None,
                        "implements": _implemented(ms, head.code, groups, key_of, code_of) if head.implements else [],
                        "ordinal": head.ordinal or None,
                        "tenure": head.tenure or None,
                        "body": head.body or None,
                        "mentions": [span({"start": a, "end": b, "text": text[a:b]})],
                    },
                )
            )
            continue
        kind = head.kind
        for x in ms:
            if x.kind != kind:
                ms = sorted(ms, key=_head_order)
                head = ms[0]
                break
        # (else `ms`, in order of start as `mentions`, is in `_head_order` already: its first two keys are equal)
        # each attribute from the first mention that states it (a false value stands for none: each is
        # recorded `or None`)
        name, issued_on, issuer, title = head.doc_type_name, head.issued_on, head.issuer, head.title
        ordinal, tenure, body = head.ordinal, head.tenure, head.body
        for x in ms[1:]:
            name = name or x.doc_type_name
            issued_on = issued_on or x.issued_on
            issuer = issuer or x.issuer
            title = title or x.title
            ordinal = ordinal or x.ordinal
            tenure = tenure or x.tenure
            body = body or x.body
        spans = sorted({(x.start, x.end) for x in ms})
        out.append(
            record(
                {
                    "kind": head.kind,
                    "code": head.code,
                    "system": head.system,
                    "number": head.number,
                    "doc_type": head.doc_type,
                    "doc_type_name": name or None,
                    "issuer_code": head.issuer_code,
                    "issuer_name": head.issuer_name,
                    "year": head.year,
                    "issued_on": issued_on or None,
                    "issuer": issuer or None,
                    "title": title or None,
                    "implements": _implemented(ms, head.code, groups, key_of, code_of) if implementing else [],
                    "ordinal": ordinal or None,
                    "tenure": tenure or None,
                    "body": body or None,
                    "mentions": [span({"start": a, "end": b, "text": text[a:b]}) for a, b in spans],
                },
            )
        )
    # groups come in order of their first mention, whose start is their record's first span's: sorted already
    return out


# ---------------------------------------------------------------------------


class _Taken:
    """Disjoint intervals already claimed, kept sorted so an overlap test is a bisection (of the
    starts, held apart from the ends so that no tuple is built per test)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)  # the intervals starting before `b`
        return i > 0 and self.ends[i - 1] > a

    def add(self, a: int, b: int) -> None:
        starts = self.starts
        if not starts or a > starts[-1]:  # (mentions mostly come in order: past every start, it goes last)
            starts.append(a)
            self.ends.append(b)
            return
        i = bisect.bisect_right(starts, a)
        while i and self.starts[i - 1] == a and self.ends[i - 1] > b:  # as sorted (start, end) pairs
            i -= 1
        self.starts.insert(i, a)
        self.ends.insert(i, b)


def _digits_back(v: str, j: int, most: int) -> int:
    """Start of the run of 1..`most` digits ending at `j`, or -1 (none, or a longer run)."""
    i = j
    while i and v[i - 1].isdecimal() and j - i <= most:
        i -= 1
    return i if 1 <= j - i <= most else -1


_CENTURIES = ("19", "20")  # how a year in a state code begins
_YEAR_SLASH = ("/", " /")  # what follows that year
# A '/' that may be a code's: not a date's "12/04" or "04/2021" (a digit on both sides opens no party code, whose
# '/' has letters before it, nor a state code without a year and another '/' after it: `_state_after`). Found
# with `re`, which scans for a leading literal character in a tight loop and tests the look-arounds in C (most
# slashes are dates'); linear: a literal, then fixed-width look-arounds.
_CODE_SLASH = re.compile(r"/(?:(?<![0-9]/)|(?![0-9])|(?=(?:19|20)[\s\S][\s\S] ?/))")


def _state_after(v: str, i: int) -> bool:
    """Cheap test for what a state code holds after its first '/': an upper-case letter, or a year
    and another '/' (a date "12/04/2021" is neither)."""
    if v.startswith(" ", i):
        i += 1
    c = v[i : i + 1]
    if c.isupper() or not c.isascii():  # the pattern decides on any other script
        return True
    if not v.startswith(_CENTURIES, i):
        return False
    digits = v[i + 2 : i + 4]
    return (digits.isdecimal() or not digits.isascii()) and v.startswith(_YEAR_SLASH, i + 4)


def _code_starts(v: str) -> tuple[list[int], list[int]]:
    """Every position where a party code and where a state code may start, ascending.

    Each code holds a '/' and starts at the number right before it: "03-NQ/", "30/", walked back
    from every '/' but a date's (`_CODE_SLASH`), so the code patterns only run where a code can be.
    """
    party: list[int] = []
    state: list[int] = []
    for m in _CODE_SLASH.finditer(v):
        s = m.start()
        before = v[s - 1 : s]
        # state: number [a-z]? [ ]? / (then an upper-case letter or a year and '/': `_state_after`)
        j = s - 1 if before == " " else s
        if j and "a" <= v[j - 1] <= "z":
            j -= 1
        if v[j - 1 : j].isdecimal() and _state_after(v, s + 1):  # (a digit first: the cheaper test)
            k = _digits_back(v, j, 5)
            if k >= 0:
                state.append(k)
        # party: number [a-z]? [ ]{0,2} - [ ]{0,2} TYPE(1-5 letters) [ ]{0,2} /
        if before == " " or before.isalpha():
            j = s - 1 if before == " " else s
            if v[j - 1 : j] == " ":
                j -= 1
            e = j
            while j and e - j <= 5 and v[j - 1].isalpha():
                j -= 1
            if 1 <= e - j <= 5:
                if v[j - 1 : j] == " ":  # (at most two spaces around the dash)
                    j -= 1
                    if v[j - 1 : j] == " ":
                        j -= 1
                if v[j - 1 : j] == "-":
                    j -= 1
                    if v[j - 1 : j] == " ":
                        j -= 1
                        if v[j - 1 : j] == " ":
                            j -= 1
                    if j and "a" <= v[j - 1] <= "z":
                        j -= 1
                    k = _digits_back(v, j, 4)
                    if k >= 0:
                        party.append(k)
    return party, state


_START = operator.attrgetter("start")
_LIST_MOST = 12  # numbers read back from a code that shares its type and issuer with them


def _listed_before(t: Text, lv: str, men: _Mention) -> list[_Mention]:
    """The documents listed right before a code that share its type and issuer: "Nghị quyết số 03, 04,
    05-NQ/HU" gives 03-NQ/HU and 04-NQ/HU, each mention the number as written, the first one over the type word.

    Only numbers joined by ',' or "và", right after a type word (and maybe "số"), count: without the type word
    "03, 04" may be anything."""
    v = t.view
    spans: list[tuple[int, int]] = []
    j = men.start
    for _ in range(_LIST_MOST):
        k = j
        while k and v[k - 1] == " ":
            k -= 1
        if v[k - 1 : k] == ",":
            k -= 1
        elif lv.endswith(" và", 0, k):
            k -= 3
        else:
            break
        while k and v[k - 1] == " ":
            k -= 1
        e = k
        if e and "a" <= v[e - 1] <= "z":  # "12a"
            e -= 1
        b = e
        while b and "0" <= v[b - 1] <= "9" and e - b < 4:
            b -= 1
        if b == e or (b and (v[b - 1].isalnum() or v[b - 1] in "/.-")):
            break  # no whole number there
        spans.append((b, k))
        j = b
    if not spans or _type_before(t, lv, max(0, j - 40), j) is None:
        return []
    suffix = (men.code or "")[len(men.number or "") :]  # "-NQ/HU", "/2020/QĐ-UBND"
    out = []
    for a, b in reversed(spans):
        num = v[a:b]
        out.append(_Mention(a, b, "code", num + suffix, men.system, num, men.doc_type, men.doc_type_name,
                            men.issuer_code, men.issuer_name, men.year))
    _apply_type_word(t, lv, out[0])
    return out


def _find_mentions(t: Text) -> list[_Mention]:
    """Codes first, then one scan over type words that tries a plenum, a congress and a bare number."""
    v = t.view

    chrome = t.chrome
    chrome_starts = [a for a, _ in chrome]
    bisect_left, bisect_right = bisect.bisect_left, bisect.bisect_right

    def usable(a: int, b: int, taken: _Taken) -> bool:
        """Whether a mention at `a:b` touches no page chrome, mention already taken or URL (`Text.in_chrome`
        and `_Taken.overlaps` inline: this runs for every mention). A photo caption is article text."""
        i = bisect_right(chrome_starts, a) - 1
        if (i >= 0 and chrome[i][1] > a) or (i + 1 < len(chrome) and chrome[i + 1][0] < b):
            return False
        i = bisect_left(taken.starts, b)
        if i and taken.ends[i - 1] > a:
            return False
        return outside_url(v, a, b) or not in_url(v, a, b)

    found: list[_Mention] = []
    taken = _Taken()
    lv = t.lowered if len(t.lowered) == len(v) else _lower(v)
    party, state = _code_starts(v)
    if party or state:
        for rx, starts, make in ((_PARTY_CODE, party, _party_mention), (_STATE_CODE, state, _state_mention)):
            last = 0
            for i in starts:  # (`matches_at` inline: the same matches, left to right)
                if i < last:
                    continue
                m = rx.match(v, i)
                if m is None:
                    continue
                last = m.end()
                men = make(m)
                if men and usable(men.start, men.end, taken):
                    if v[men.start - 2 : men.start].rstrip(" ")[-1:] in (",", "à"):  # a list before it (cheap test)
                        for other in _listed_before(t, lv, men):
                            if usable(other.start, other.end, taken):
                                found.append(other)
                                taken.add(other.start, other.end)
                    _apply_type_word(t, lv, men)
                    found.append(men)
                    taken.add(men.start, men.end)
    units = _Units(t, lv)
    word_starts = _type_word_starts(v, lv, taken)
    taken_starts, taken_ends = taken.starts, taken.ends  # (`taken.overlaps` inline below)
    for p, w in sorted(word_starts.items()):
        is_nq = w < 0
        i = bisect_left(taken_starts, p + 2 if is_nq else w)
        if i and taken_ends[i - 1] > p:  # a type word already read with its code
            continue
        resolution_word = is_nq or lv.startswith("nghị quyết", p)
        q0 = p + 3 if is_nq else p + 11
        nxt = lv[q0 : q0 + 14].lstrip() if resolution_word else ""
        pm = _PLENUM.match(v, p) if nxt.startswith(_PLENUM_NEXT) else None
        if pm:
            ordinals, tenures = _plenum_numbers(pm)
            a, b = t.trimmed(pm.start(), pm.end(), " ,")
            if ordinals and usable(a, b, taken):
                for o in ordinals:
                    for k in tenures or [None]:  # type: ignore[list-item]
                        # (positional: cheaper than by keyword) start, end, kind, code, system, number, doc_type,
                        # doc_type_name, issuer_code, issuer_name, year, ordinal, tenure
                        found.append(_Mention(a, b, "plenum", None, "party", None, "NQ", "Nghị quyết", None, None,
                                              None, o, k))
                taken.add(a, b)
            continue
        ce = _congress_end(v, p) if nxt.startswith(_CONGRESS_NEXT) else -1
        if ce >= 0:
            men = _read_congress(t, lv, p, ce, units)
            if men and usable(men.start, men.end, taken):
                found.append(men)
                taken.add(men.start, men.end)
            continue
        q = w + 1 if w >= 0 else p + 3
        if lv.startswith(_MODIFIER_STARTS, q):  # "Nghị quyết chuyên đề số 03"
            q = lv.find(" ", lv.find(" ", q) + 1) + 1
        if lv.startswith("số ", q):
            q += 3
        c = v[q : q + 1]  # cheap guard: a digit must follow (or more blanks: "Chỉ thị  35", "số  26")
        nm = _NUMBER_REF.match(v, p) if c.isdigit() or c == " " else None
        if not nm or not usable(nm.start(), nm.end(), taken):
            continue
        word = nm.group(_NR_TW).lower()
        dtype = data.TYPE_WORDS[word][0]
        if not nm.group(_NR_SO) and (dtype not in data.CITED_BY_BARE_NUMBER or nm.group(_NR_MOD)):
            continue
        name = word[0].upper() + word[1:]
        a, b = nm.span()
        # (positional, as above) start, end, kind, code, system, number, doc_type, doc_type_name, issuer_code,
        # issuer_name, year, ordinal, tenure, body, type_word
        found.append(_Mention(a, b, "number", None, None, nm.group(_NR_NUM), dtype, name, None, None, None, None,
                              None, None, word))
        taken.add(a, b)
    found.sort(key=_START)
    return found


def _clause_limits(t: Text, pos: int) -> tuple[int, int]:
    """(start, end) of the stretch around `pos` that context may be read from: its line, minus chrome."""
    n = len(t.view)
    # the line holding `pos` (`t.lines` splits the view at each '\n'): as a find of '\n' each way within 2000
    # characters would tell, but for a bisection (no scan of a long paragraph)
    a, b = t.lines[bisect.bisect_right(t.lines, (pos, n + 1)) - 1]
    lo = a if a and a > pos - 2000 else 0
    return lo, b if b < n and b < pos + 2000 else min(n, pos + 2000)


def extract(t: Text) -> list[Resolution]:
    """Every party or state document referred to in `t`, repeated mentions merged."""
    mentions = _find_mentions(t)
    if not mentions:
        return []
    v = t.view
    n = len(v)
    lv = t.lowered if len(t.lowered) == n else _lower(v)
    lines = t.lines
    starts_sorted: list[int] | None = None  # the mentions' starts, listed at the first number
    read: list[tuple[_Mention, str, int, int]] = []  # code and number mentions: `_read_tail`'s lead, clause limits
    for m in mentions:
        kind = m.kind
        if kind != "code" and kind != "number":  # a congress/plenum record has no code-style attributes
            m.tail = m.end
            continue
        # `_clause_limits(t, m.start)`, inline (a call less per mention)
        pos = m.start
        a, b = lines[bisect.bisect_right(lines, (pos, n + 1)) - 1]
        lo = a if a and a > pos - 2000 else 0
        hi = b if b < n and b < pos + 2000 else min(n, pos + 2000)
        limit = hi
        if kind == "number":
            if starts_sorted is None:
                starts_sorted = [x.start for x in mentions]
            i = bisect.bisect_right(starts_sorted, m.end)
            if i < len(starts_sorted):
                limit = min(hi, starts_sorted[i])
        read.append((m, _read_tail(t, lv, m, limit), lo, hi))
    # (every tail read first: a title's list of implemented documents reads theirs; and each kind of reading in
    # a loop of its own, which measures faster than the three in turn for each mention)
    starts: dict[int, _Mention] = {}  # the mentions by start, filled when a title names implemented documents
    implementing = False
    firsts = [x.start for x in mentions]  # (sorted: the next mention's start ends a title, "... và Quy chế số 05")
    for m, c, _, hi in read:
        if c in _TITLE_OPENS:
            i = bisect.bisect_right(firsts, m.end)
            _read_title(t, lv, m, c, mentions, starts, hi, firsts[i] if i < len(firsts) else hi)
            if m.implements:
                implementing = True
    for m, _, lo, _ in read:
        if m.issuer is None or m.issued_on is None:  # (else `_read_before` has nothing left to read)
            _read_before(t, lv, m, lo)
    return _merge(mentions, t, implementing)
