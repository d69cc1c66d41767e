"""Detection of page chrome: the menus, banners, comment boxes, counters,
related-news lists, advertising, spam lines and photo credits a scraper keeps.

Works line by line on the matching view, in one pass; returns sorted `(start, end)`
ranges. A line is chrome when

* it matches one of `data.LINE_PATTERNS` and is short (or carries spam anywhere);
* it repeats an earlier line (image alt text repeating the headline, a doubled caption);
* it sits in a related-news list: after a `data.LIST_HEADERS` heading in the page's
  second half, headline-like lines (short, no closing full stop, or dated) up to the
  first real paragraph;
* it sits in the page's tail: after a `data.TAIL_HEADERS` heading (advertising,
  comments, links) in the second half, every line up to the next long paragraph.

A short line carrying a photo credit ("Bí thư Tỉnh ủy trao quyết định. Ảnh: Ngọc Thành") is
a photo caption, a class of its own (`Text.captions`): the people and places pictured are part
of the story, the figures in it are not. A line that is only a credit ("Ảnh: Lâm Thanh") is chrome.

Article lines (paragraphs, the headline, the byline) stay outside both. The tables live in
`partyextract.data.chrome`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any, NamedTuple

import regex

from .data import chrome as data
from .text import find_all


def alternation_forms(phrases: Iterable[str], *, variants: tuple[tuple[str, str], ...] = ()) -> set[str]:
    """The spellings `alternation` matches: each phrase folded to lower case, single-spaced, with its variants."""
    out: set[str] = set()
    for phrase in phrases:
        forms = {" ".join(phrase.casefold().split())}
        for a, b in variants:
            forms |= {f.replace(a, b) for f in forms}
        out |= forms
    return out


def first_words(forms: Iterable[str], *, whole: bool = False) -> tuple[str, ...]:
    """The first words of `forms` (every form begins with one of them), without those another one
    begins unless `whole` (for `text.find_all(..., words=True)`, which wants each word whole)."""
    words = {f.split(" ")[0] for f in forms}
    return tuple(sorted(w for w in words if whole or not any(o != w and w.startswith(o) for o in words)))


def alternation(phrases: Iterable[str], *, variants: tuple[tuple[str, str], ...] = ()) -> str:
    """A regex matching any of `phrases` (compile it with IGNORECASE), built as a trie.

    A trie scans several times faster than a flat alternation. Phrases are folded to
    lower case; a space matches any run of spaces; each `(a, b)` in `variants` adds the
    spelling with `a` replaced by `b` (old and new tone placement: 'ủy', 'uỷ').
    """
    trie: dict[str, Any] = {}
    for form in alternation_forms(phrases, variants=variants):
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [
            (r"\s+" if ch == " " else regex.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _anchored(pattern: str) -> bool:
    """Whether every top-level alternative of `pattern` begins with '^' (it can match only at the start)."""
    depth, in_set, escaped, alt_start = 0, False, False, True
    for ch in pattern:
        if alt_start and ch != "^":
            return False
        alt_start = False
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            alt_start = True
    return not alt_start


class _Group:
    """Patterns tried together on a short line, with what a line must show first to be worth the try:
    one of `prefixes` to begin with, or one of `clues` somewhere (in lower case); neither: always."""

    def __init__(
        self,
        patterns: list[str],
        flags: int,
        *,
        anchored: bool,
        prefixes: Iterable[str] = (),
        clues: Iterable[str] = (),
    ) -> None:
        self.rx = regex.compile("|".join(f"(?:{p})" for p in patterns), flags)
        self.anchored = anchored
        self.prefixes = tuple(sorted(set(prefixes)))
        self.clues = tuple(sorted(set(clues)))
        by_first: dict[str, list[str]] = {}
        for p in self.prefixes:
            by_first.setdefault(p[:1], []).append(p)
        # the prefixes by their first character: a line is compared with those of its own only
        self.by_first = {c: tuple(ps) for c, ps in by_first.items()}

    def matches(self, line: str, low: str | None) -> bool:
        """Whether a pattern matches `line`; `low` its lower case when that tells (`_plain_lower`), else None."""
        if low is not None:
            if self.prefixes:
                mine = self.by_first.get(low[:1])
                if mine is None or not low.startswith(mine):
                    return False
            if self.clues:
                for c in self.clues:  # (a loop: cheaper than `any` over a generator on a short line)
                    if c in low:
                        break
                else:
                    return False
        return (self.rx.match(line) if self.anchored else self.rx.search(line)) is not None


def _groups(
    patterns: Iterable[str], prefixes: dict[str, tuple[str, ...]], clues: dict[str, tuple[str, ...]]
) -> tuple[_Group, ...]:
    """`patterns` (IGNORECASE, V1) in groups: anchored ones matched once at the start of the line, the
    others searched; those with prefixes, with clues, or neither together."""
    flags = regex.IGNORECASE | regex.V1
    out = []
    for anchored in (True, False):
        mine = [p for p in patterns if _anchored(p) == anchored]
        led = [p for p in mine if p in prefixes] if anchored else []
        clued = [p for p in mine if p in clues and p not in led]
        rest = [p for p in mine if p not in led and p not in clued]
        if rest:
            out.append(_Group(rest, flags, anchored=anchored))
        if led:
            out.append(_Group(led, flags, anchored=True, prefixes=[x for p in led for x in prefixes[p]]))
        if clued:
            out.append(_Group(clued, flags, anchored=anchored, clues=[x for p in clued for x in clues[p]]))
    return tuple(out)


_LINE_GROUPS = _groups(data.LINE_PATTERNS, data.LINE_PATTERN_PREFIXES, data.LINE_PATTERN_CLUES)
_CAPTION_GROUPS = _groups(data.CAPTION_PATTERNS, {}, data.CAPTION_PATTERN_CLUES)
_SPAM = regex.compile(rf"\b(?:{alternation(data.SPAM_WORDS)})\b", regex.IGNORECASE)
_SPAM_FORMS = tuple(sorted(alternation_forms(data.SPAM_WORDS)))


def _spam_looks(forms: tuple[str, ...], clues: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`(needle, forms)` pairs: the spam forms holding a clue under the first clue they hold (looked for
    only when it is present), each other form under itself."""
    grouped: dict[str, list[str]] = {}
    for form in forms:
        clue = next((c for c in clues if c in form), form)
        grouped.setdefault(clue, []).append(form)
    return tuple((needle, tuple(group)) for needle, group in grouped.items())


_SPAM_LOOKS = _spam_looks(_SPAM_FORMS, data.SPAM_CLUES)
_CREDIT = regex.compile(data.CAPTION_CREDIT)
_CREDIT_LABEL = regex.compile(data.CAPTION_LABEL)
_TEXT_CREDIT = regex.compile(data.TEXT_CREDIT)
_HEADERS = frozenset(data.LIST_HEADERS)
_TAIL = frozenset(data.TAIL_HEADERS)
_LIST_ITEM_END = regex.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*$|\d{1,2}/\d{1,2}/\d{4}\s*$")
# What a heading key sheds at its end and at its start: `[\s:.\-|»>]+$` and `^[\s\-|»>*]+` on a view
# line, whose only blanks are these four (and the newline between lines).
_KEY_TRAIL = " \t\f\v:.-|»>"
_KEY_LEAD = " \t\f\v-|»>*•●○◆■□▶►📊📢📌🔔👉✅"  # (and the symbols that sites set before a heading: "📊 BÌNH CHỌN")
_AD_STARTS = frozenset(data.AD_STARTS)
_AD_ENDS = frozenset(data.AD_ENDS)
_KEY_COUNT = regex.compile(r"\s*\(\s*\d*\s*\)\s*$")
_MAX_HEADING = 60


_CHROME, _CAPTION_LINE, _ARTICLE = "chrome", "caption", ""


def _plain_lower(line: str) -> str | None:
    """`line.lower()` when it holds every case-insensitive match of a lower-case literal at the same
    offsets (no 'ß', 'ſ', 'İ', ligature...: lower case equals case folding), else None."""
    low = line.lower()
    return low if len(low) == len(line) and low == line.casefold() else None


def _classify(line: str, *, spam: bool = True, low: str | None = None) -> str:
    """'chrome', 'caption' or '' (article) for one stripped line on its own (`spam=False`: known spam-free;
    `low`: the line's lower case when known to be its case folding too, as `_plain_lower` gives it)."""
    if not line:
        return _ARTICLE
    if spam and _SPAM.search(line):
        return _CHROME
    if len(line) > data.MAX_CHROME_LINE:
        return _ARTICLE
    if low is None:
        low = _plain_lower(line)
    for g in _LINE_GROUPS:
        if g.matches(line, low):
            return _CHROME
    if "/" in line and _LIST_ITEM_END.search(line):
        return _CHROME  # (a dated list item ends with a date)
    if ":" in line and any(g.matches(line, low) for g in _CAPTION_GROUPS):  # every caption has "Ảnh:" or so
        if _TEXT_CREDIT.match(line):
            return _ARTICLE  # a byline: "Tin - ảnh: Thanh Hà"
        rest = _CREDIT_LABEL.sub("", _CREDIT.sub("", line, count=1), count=1)
        return _CAPTION_LINE if len(rest.split()) >= data.MIN_CAPTION_WORDS else _CHROME
    return _ARTICLE


def is_chrome_line(line: str) -> bool:
    """Whether one line (already stripped) is page chrome on its own (a photo caption is not)."""
    return _classify(line) == _CHROME


def is_caption_line(line: str) -> bool:
    """Whether one line (already stripped) is a photo caption: text with a photo credit."""
    return _classify(line) == _CAPTION_LINE


def _heading_key(line: str) -> str:
    """'CÁC TIN KHÁC:' -> 'các tin khác'; 'Bình luận (0)' -> 'bình luận' (`line` from the view)."""
    if len(line) > _MAX_HEADING:
        return ""
    if "|" in line:  # a heading and its tools: "Bình luận (3) | Xem thêm bình luận"
        line = line.split("|", 1)[0]
    if ")" in line:
        line = _KEY_COUNT.sub("", line)
    return line.lstrip(_KEY_LEAD).rstrip(_KEY_TRAIL).casefold()


def _list_item(line: str) -> bool:
    """A headline in a related-news list: short, dated or without a closing full stop."""
    if len(line) > data.MAX_CHROME_LINE:
        return False
    return bool(_LIST_ITEM_END.search(line)) or not line.endswith((".", ":", ";")) or len(line) < 80


def _continues(mode: str, line: str) -> bool:
    """Whether `line` continues the page's tail or a related-news list."""
    if mode == "tail":
        return len(line) <= data.MAX_TAIL_LINE
    if mode == "bullets":
        return line.startswith(data.LIST_BULLETS) and _list_item(line)
    return mode == "list" and _list_item(line)


def _ad_end(line: str) -> bool:
    """Whether a stripped line closes an advertising block: "--- Hết quảng cáo ---", or rules alone ("— — —")."""
    return _heading_key(line) in _AD_ENDS or (line != "" and not line.strip(data.AD_RULE_CHARS))


def _ad_end_follows(view: str, pos: int) -> bool:
    """Whether one of the next `data.MAX_AD_LINES` lines after `pos` (a line's end) closes an advertising
    block ("--- Hết quảng cáo ---")."""
    for _ in range(data.MAX_AD_LINES):
        if pos >= len(view):
            return False
        end = view.find("\n", pos + 1)
        end = len(view) if end < 0 else end
        if _ad_end(view[pos + 1 : end].strip()):
            return True
        pos = end
    return False


def chrome_ranges(view: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping `(start, end)` ranges of chrome lines in `view`."""
    return page_ranges(view)[0]


def _add(out: list[tuple[int, int]], view: str, a: int, b: int) -> None:
    """Append `a:b`, merging it with the previous range when only blanks lie between."""
    if out and out[-1][1] >= a - 1 and view[out[-1][1] : a].strip() == "":
        out[-1] = (out[-1][0], b)
    else:
        out.append((a, b))


def _odd_blank_lines(lowered: str) -> str:
    """The lines of `lowered` holding blanks other than single spaces (two spaces, a tab, a form feed),
    squeezed to single spaces as `\\s+` allows, joined by line breaks ("" as a rule: there are none)."""
    where: set[int] = set()  # the line starts
    for blank in ("  ", "\t", "\f", "\v"):
        i = lowered.find(blank)
        while i >= 0:
            start = lowered.rfind("\n", 0, i) + 1
            where.add(start)
            end = lowered.find("\n", i)
            i = lowered.find(blank, len(lowered) if end < 0 else end)
    out = []
    for start in sorted(where):
        end = lowered.find("\n", start)
        line = lowered[start : len(lowered) if end < 0 else end]
        for blank in "\t\f\v":
            line = line.replace(blank, " ")
        while "  " in line:
            line = line.replace("  ", " ")
        out.append(line)
    return "\n".join(out)


def _spam_starts(view: str, lowered: str) -> list[int]:
    """Sorted offsets where `_SPAM` matches in `view` (tried where the first word of a spam phrase
    found in one of the page's lines begins in `lowered`): every start of a match within a line.

    A stripped line has spam where it has such a match (the blanks around it are word boundaries).
    `lowered` must be `view.lower()` with the same offsets and case folding (`Text.folds_simply`),
    `view` a matching view (`text.matching_view`: its only blanks are spaces and line breaks; tabs and
    form feeds, which a caller passing raw text may have, are squeezed too).
    """
    # The phrases the page's lines hold, their blanks squeezed to one space as `\s+` allows (as a rule,
    # none): a match of `_SPAM` within a line (all `_spam_in` asks about) is one of them, so it begins with
    # one of their first words. (A phrase across a line break matters not: the line breaks stay.)
    # Only the lines with other blanks need squeezing: a phrase in any other line is in `lowered` as it is.
    odd = _odd_blank_lines(lowered)
    present: list[str] = []
    for needle, forms in _SPAM_LOOKS:
        if needle in lowered or (odd and needle in odd):
            present.extend(
                forms if forms == (needle,) else [f for f in forms if f in lowered or (odd and f in odd)]
            )
    if not present:
        return []
    return [i for i in find_all(lowered, first_words(present, whole=True), words=True) if _SPAM.match(view, i)]


def _spam_in(view: str, starts: list[int], a: int, b: int) -> bool:
    """Whether the stripped line `view[a:b]` has spam, given `_spam_starts(view, ...)`."""
    k = bisect.bisect_left(starts, a)
    while k < len(starts) and starts[k] < b:
        if _SPAM.match(view, starts[k], b):  # the match as the line alone gives it
            return True
        k += 1
    return False


class PageLayout(NamedTuple):
    """What one walk over a page's lines finds, each a sorted list of `(start, end)`."""

    chrome: list[tuple[int, int]]  # non-overlapping ranges of chrome lines
    captions: list[tuple[int, int]]  # non-overlapping ranges of photo-caption lines
    lines: list[tuple[int, int]]  # every line (line break excluded), blank ones included
    content_lines: list[tuple[int, int]]  # every non-blank line without its edge blanks


def _prose_follows(view: str, end: int) -> bool:
    """Whether the first line with text after the line ending at `end` is a paragraph (too long for chrome)."""
    n = len(view)
    while end < n:
        nxt = view.find("\n", end + 1)
        nxt = n if nxt < 0 else nxt
        text = view[end + 1 : nxt].strip()
        if text:
            return len(text) > data.MAX_CHROME_LINE
        end = nxt
    return False


def page_ranges(view: str, *, lowered: str | None = None) -> PageLayout:
    """The chrome and photo-caption ranges of a page, and its lines found on the way (`PageLayout`).

    `lowered`, `view.lower()` when it keeps offsets and case folding (`Text.folds_simply`), lets one
    quick look for spam over the whole page spare the search line by line when there is none.
    """
    spam = None if lowered is None else _spam_starts(view, lowered)  # None: searched line by line
    out: list[tuple[int, int]] = []
    captions: list[tuple[int, int]] = []
    mode = ""  # "", "list" (related news), "bullets" (a bulleted list in the first half), "tail" (ads, comments)
    bulleted: bool | None = None  # whether the related list's first item opened with a bullet
    lines: list[tuple[int, int]] = []
    stripped: list[tuple[int, int]] = []
    seen: set[str] = set()
    verdicts: dict[str, str] = {}  # lines repeat (blank-ish, separators): judge each text once
    gap = False  # whether a blank line came just before
    pos = 0
    half = len(view) // 2
    for raw in view.split("\n"):  # (one split in C: cheaper than a find and a slice per line)
        lines.append((pos, pos + len(raw)))
        line = raw.strip()
        if line:
            a = pos + raw.find(line[0])  # past the leading blanks
            b = a + len(line)
            stripped.append((a, b))
            key = _heading_key(line) if len(line) <= _MAX_HEADING else ""  # (a longer line is no heading)
            kind = _ARTICLE
            if mode == "ad":  # inside an advertising block marked at both ends: up to its end
                chrome = True
                if _ad_end(line):
                    mode = ""
            elif key in _AD_STARTS and _ad_end_follows(view, pos + len(raw)):
                mode = "ad"
                chrome = True
            elif key in _HEADERS or key in _TAIL:
                if pos > half:
                    mode = "list" if key in _HEADERS else "tail"
                    bulleted = None
                elif key in _HEADERS:
                    mode = "bullets"  # in the first half, only a bulleted list: the article may go on after it
                chrome = key in _HEADERS or pos > half or is_chrome_line(line)
            elif mode and _continues(mode, line) and (
                bulleted is not True
                or line.startswith(data.LIST_BULLETS)
                or (len(line) <= data.MAX_UNBULLETED_ITEM and not (gap and _prose_follows(view, pos + len(raw))))
            ):  # (a bulleted list ends at a line without a bullet set apart above a paragraph: a section heading)
                chrome = True
                if mode == "list" and bulleted is None:
                    bulleted = line.startswith(data.LIST_BULLETS)
            else:
                mode = ""
                if spam is not None and len(line) > data.MAX_CHROME_LINE:
                    # (a paragraph: chrome only for its spam, known from the page-wide look; no verdict kept)
                    kind = _CHROME if spam and _spam_in(view, spam, a, b) else _ARTICLE
                else:
                    known = verdicts.get(line)
                    if known is None:
                        if spam and _spam_in(view, spam, a, b):
                            known = verdicts[line] = _CHROME
                        else:
                            low = None if lowered is None else lowered[a:b]  # (then `line.lower()`, its folding)
                            known = verdicts[line] = _classify(line, spam=spam is None, low=low)
                    kind = known
                chrome = kind == _CHROME
            if not chrome and len(line) >= data.MIN_REPEATED_LINE and len(line) <= data.MAX_TAIL_LINE:
                folded = line.casefold() if lowered is None else lowered[a:b]  # the same, already computed
                chrome = folded in seen
                seen.add(folded)
            if chrome:
                _add(out, view, a, b)
            elif kind == _CAPTION_LINE:
                _add(captions, view, a, b)
        gap = not line
        pos += len(raw) + 1
    return PageLayout(out, captions, lines, stripped)
