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

from collections.abc import Iterable
from typing import Any

import regex

from .data import chrome as data


def alternation_forms(phrases: Iterable[str], *, variants: tuple[tuple[str, str], ...] = ()) -> set[str]:
    """The spellings `alternation` matches: each phrase folded to lower case, single-spaced, with its variants."""
    out: set[str] = set()
    for phrase in phrases:
        forms = {" ".join(phrase.casefold().split())}
        for a, b in variants:
            forms |= {f.replace(a, b) for f in forms}
        out |= forms
    return out


def first_words(forms: Iterable[str]) -> tuple[str, ...]:
    """The first words of `forms`, without those another one begins (every form begins with one of them)."""
    words = {f.split(" ")[0] for f in forms}
    return tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))


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


_LINE = regex.compile("|".join(f"(?:{p})" for p in data.LINE_PATTERNS), regex.IGNORECASE | regex.V1)
_SPAM = regex.compile(rf"\b(?:{alternation(data.SPAM_WORDS)})\b", regex.IGNORECASE)
_CAPTION = regex.compile("|".join(f"(?:{p})" for p in data.CAPTION_PATTERNS), regex.IGNORECASE | regex.V1)
_CREDIT = regex.compile(data.CAPTION_CREDIT)
_CREDIT_LABEL = regex.compile(data.CAPTION_LABEL)
_HEADERS = frozenset(data.LIST_HEADERS)
_TAIL = frozenset(data.TAIL_HEADERS)
_LIST_ITEM_END = regex.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*$|\d{1,2}/\d{1,2}/\d{4}\s*$")
_KEY_JUNK = regex.compile(r"[\s:.\-|»>]+$|^[\s\-|»>*]+")
_KEY_COUNT = regex.compile(r"\s*\(\s*\d*\s*\)\s*$")
_MAX_HEADING = 60


_CHROME, _CAPTION_LINE, _ARTICLE = "chrome", "caption", ""


def _classify(line: str) -> str:
    """'chrome', 'caption' or '' (article) for one stripped line on its own."""
    if not line:
        return _ARTICLE
    if _SPAM.search(line):
        return _CHROME
    if len(line) > data.MAX_CHROME_LINE:
        return _ARTICLE
    if _LINE.search(line) or _LIST_ITEM_END.search(line):
        return _CHROME
    if _CAPTION.search(line):
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
    """'CÁC TIN KHÁC:' -> 'các tin khác'; 'Bình luận (0)' -> 'bình luận'."""
    if len(line) > _MAX_HEADING:
        return ""
    return _KEY_JUNK.sub("", _KEY_COUNT.sub("", line)).casefold()


def _list_item(line: str) -> bool:
    """A headline in a related-news list: short, dated or without a closing full stop."""
    if len(line) > data.MAX_CHROME_LINE:
        return False
    return bool(_LIST_ITEM_END.search(line)) or not line.endswith((".", ":", ";")) or len(line) < 80


def _continues(mode: str, line: str) -> bool:
    """Whether `line` continues the page's tail or a related-news list."""
    if mode == "tail":
        return len(line) <= data.MAX_TAIL_LINE
    return mode == "list" and _list_item(line)


def chrome_ranges(view: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping `(start, end)` ranges of chrome lines in `view`."""
    return page_ranges(view)[0]


def _add(out: list[tuple[int, int]], view: str, a: int, b: int) -> None:
    """Append `a:b`, merging it with the previous range when only blanks lie between."""
    if out and out[-1][1] >= a - 1 and view[out[-1][1] : a].strip() == "":
        out[-1] = (out[-1][0], b)
    else:
        out.append((a, b))


def page_ranges(view: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Sorted, non-overlapping `(start, end)` ranges of chrome lines and of photo-caption lines."""
    out: list[tuple[int, int]] = []
    captions: list[tuple[int, int]] = []
    mode = ""  # "", "list" (related news) or "tail" (ads, comments, footer)
    seen: set[str] = set()
    verdicts: dict[str, str] = {}  # lines repeat (blank-ish, separators): judge each text once
    pos = 0
    n = len(view)
    half = n // 2
    while pos <= n:
        nl = view.find("\n", pos)
        end = n if nl < 0 else nl
        raw = view[pos:end]
        line = raw.strip()
        if line:
            key = _heading_key(line)
            kind = _ARTICLE
            if key in _HEADERS or key in _TAIL:
                if pos > half:
                    mode = "list" if key in _HEADERS else "tail"
                chrome = key in _HEADERS or pos > half or is_chrome_line(line)
            elif _continues(mode, line):
                chrome = True
            else:
                mode = ""
                known = verdicts.get(line)
                if known is None:
                    known = verdicts[line] = _classify(line)
                kind = known
                chrome = known == _CHROME
            if not chrome and len(line) >= data.MIN_REPEATED_LINE and len(line) <= data.MAX_TAIL_LINE:
                folded = line.casefold()
                chrome = folded in seen
                seen.add(folded)
            a = pos + (len(raw) - len(raw.lstrip()))
            b = pos + len(raw.rstrip())
            if chrome:
                _add(out, view, a, b)
            elif kind == _CAPTION_LINE:
                _add(captions, view, a, b)
        if nl < 0:
            break
        pos = nl + 1
    return out, captions
