"""Shared mechanics every extractor uses: input checks, NFC text, a same-length
matching view, spans, page-chrome ranges and sentence windows.

Extractors match on `Text.view` (same length as `Text.text`, character for
character) and build spans on `Text.text`, so the span invariant
`text[start:end] == span.text` holds by construction.
"""

from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache, cached_property
from typing import TYPE_CHECKING

from .errors import InputError
from .models import Span

if TYPE_CHECKING:
    import regex

__all__ = [
    "Text",
    "matching_view",
    "normalize",
    "original_offsets",
    "timeout_for",
    "to_original",
]

# ---------------------------------------------------------------------------
# Input and normalisation

# Characters mapped one-for-one in the matching view. Length never changes.
_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"
)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_VIEW_TABLE: dict[int, str] = {ord(c): " " for c in _SPACES + _INVISIBLE}
_VIEW_TABLE.update({ord(c): "-" for c in _DASHES})
_VIEW_TABLE.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"})
_VIEW_TABLE.update({ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032"})
_VIEW_TABLE.update({ord("\u00d0"): "\u0110", ord("\u00f0"): "\u0111", ord("\r"): "\n"})
# Other C0/C1 control characters (NUL included) become spaces.
_VIEW_TABLE.update({i: " " for i in list(range(0, 32)) + list(range(127, 160)) if chr(i) not in "\n\r\t\f\v"})
# Unicode line and paragraph separators (and NEL) end a line like '\n'.
_VIEW_TABLE.update({ord(c): "\n" for c in "\u0085\u2028\u2029"})
_VIEW_CHARS: dict[str, str] = {chr(k): v for k, v in _VIEW_TABLE.items()}
_VIEW_ODD = re.compile("[" + "".join(re.escape(c) for c in sorted(_VIEW_CHARS)) + "]")


def _view_char(m: re.Match[str]) -> str:
    return _VIEW_CHARS[m.group()]


_SURROGATE_PIECE = 1 << 20


def normalize(text: object) -> str:
    """Check the input and return its NFC form, the text that spans index.

    `str` is taken as is; `bytes`/`bytearray` are decoded as UTF-8 (a BOM is
    dropped). Anything else is a `TypeError`; undecodable bytes, or a str holding
    lone surrogates (e.g. read with errors="surrogateescape"), an `InputError`
    (a `ValueError`).
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"bytes input is not valid UTF-8 (byte {exc.start}: {exc.reason}); "
                "decode it yourself and pass a str"
            ) from None
    if not isinstance(text, str):
        raise TypeError(
            f"extract() expects the article text as str (or UTF-8 bytes), not {type(text).__name__}"
        )
    # A UTF-16 encode fails on a surrogate alone, at the first (a tenth of the cost of a pattern scan),
    # done by pieces to keep the copy small
    for i in range(0, len(text), _SURROGATE_PIECE):
        try:
            text[i : i + _SURROGATE_PIECE].encode("utf-16-le")
        except UnicodeEncodeError as exc:
            at = i + exc.start
            raise InputError(
                f"text holds a lone surrogate (U+{ord(text[at]):04X}) at offset {at}: "
                "it is not valid Unicode and cannot be written as JSON; decode the source with errors='replace'"
            ) from None
    return unicodedata.normalize("NFC", text)


def matching_view(text: str) -> str:
    """Same-length copy of `text` for pattern matching.

    Odd spaces and invisible characters become spaces, dashes '-', curly quotes
    straight ones, 'Ð' (U+00D0) 'Đ', carriage returns newlines, control
    characters spaces; a CRLF pair becomes ' \n', so Windows line ends keep the
    line structure; digits Python cannot read U+FFFD (`_readable_digits`); a line
    break that wraps a sentence a space (`_join_wraps`).
    `len(matching_view(t)) == len(t)` always.
    """
    if "\r" in text:
        text = text.replace("\r\n", " \n")
    # A compiled scan for the few characters to map: `str.translate` does a dict
    # lookup per character of a non-ASCII string, ten times slower on articles.
    return _join_wraps(_readable_digits(_VIEW_ODD.sub(_view_char, text)))


# A line break inside a sentence, where a hard-wrapped text (a scraper that keeps a page's wraps, a text
# from a PDF or an e-mail) cut a line: after a letter or digit and before a lower-case Vietnamese letter
# ("kiểm tra 5 tổ\nchức đảng", "45,2 triệu\nđồng"), or after a comma ("Đồng chí Trần Văn A,\nBí thư ...").
_LOWER_VI = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# (the next line goes on with a word, not a domain: "soctrang.dcs.vn | ..." opens a banner)
# (led by the literal line break, which `re` scans for in a tight loop; the look-behinds then test what ends the line)
# (a CRLF line end is " \n" in the view: a blank may stand before the break)
_WRAP = re.compile(
    rf"\n(?:(?:(?<=[^\W_]\n)|(?<=[^\W_] \n))(?=[{_LOWER_VI}])|(?:(?<=,\n)|(?<=, \n))(?=[^\W\d_]))"
    rf"(?=[^\W\d_]+(?:[ \n,;:!?)/]|\.(?![^\W_])|$))"  # (a '/' after it: a unit, "triệu\nđồng/người/năm")
)
_WRAP_MIN = 40  # ... when the line it ends is this long at least (a short line is a heading or a list item)
# A break between two words whose second is capitalised (`_join_wraps`, in a text wrapped throughout)
_CAP_WRAP = re.compile(r"(?:(?<=[^\W\d_])|(?<=[^\W\d_] ))\n(?=[^\W\d_]+(?:[ \n,;:!?)]|\.(?![^\W_])|$))")
_WRAPPED_MOST = 3
# A break after a dash, before a letter or digit (`_join_wraps`, in a text wrapped throughout): a code or a span of
# years cut at its dash ("Chỉ thị số 05-\nCT/TW", "giai đoạn 2021 -\n2025").
_DASH_WRAP = re.compile(r"(?:(?<=\w-)|(?<=\w -))\n(?=\w)")


def _join_wraps(view: str) -> str:
    """`view` with each line break that wraps a sentence (`_WRAP`) made a space, so that a phrase cut by a
    wrap still reads as one ("giám sát 12\nchi bộ": 12 chi bộ) and the lines are the paragraphs.

    In a text wrapped that way throughout (`_WRAPPED_MOST` such breaks at least), a break between two words
    inside a wrapped paragraph (the break before its line or after the next one wraps) is one too when the
    next word opens with a capital: a name cut in two ("thị xã An\nNhơn"), or the line ends with a dash: a code
    or a span of years cut in two ("05-\nCT/TW"). (Elsewhere a capital after a break may open a headline, a byline
    or a paragraph.)"""
    cuts = [
        m.start() for m in _WRAP.finditer(view) if m.start() - view.rfind("\n", 0, m.start()) - 1 >= _WRAP_MIN
    ]
    if not cuts:
        return view
    if len(cuts) >= _WRAPPED_MOST:
        # ... inside a paragraph wrapped that way: the line before it or the line after it wrapped too
        wrapped = set(cuts)
        more = []
        for m in (*_CAP_WRAP.finditer(view), *_DASH_WRAP.finditer(view)):
            i = m.start()
            before = view.rfind("\n", 0, i)
            after = view.find("\n", i + 1)
            if i - before - 1 >= _WRAP_MIN and (before in wrapped or after in wrapped):
                more.append(i)
        cuts = sorted(wrapped.union(more))
    out: list[str] = []
    last = 0
    for i in cuts:
        out.append(view[last:i])
        last = i + 1
    out.append(view[last:])
    return " ".join(out)


_HIGH = re.compile("[\u3000-\U0010ffff]")


def _readable_digits(view: str) -> str:
    """`view` with each digit the `regex` module knows but Python cannot read made U+FFFD (not a digit).

    `regex` follows a newer Unicode than Python 3.11: its `\\d` matches the Kawi digits (U+11F50...)
    that `int()` and `float()` reject, so a year or an amount written with them would raise deep in
    an extractor. Such digits lie far above the Vietnamese alphabet (every one from U+3000 on, all
    outside the BMP): only a page holding characters from U+3000 on pays, by its distinct ones.
    """
    high = set(_HIGH.findall(view))
    if not high:
        return view
    import regex  # compiled on first use, keeping `import partyextract` light

    unreadable = {c for c in regex.findall(r"\d", "".join(high)) if not c.isdecimal()}
    return view.translate({ord(c): "\ufffd" for c in unreadable}) if unreadable else view


@cache
def _view_scan() -> re.Pattern[str]:
    """The characters `matching_view` maps and those whose lower case may not be their case
    folding (whose presence leaves `Text.folds_simply` to a comparison), found in one scan.

    Below U+3000 a character is left out when its lower case is one character equal to its case folding
    (not 'ß', 'ſ', 'İ', 'ﬁ', 'µ'...) and it is not 'Σ' (lower-cased 'ς' at the end of a word); every
    character from U+3000 on is kept in, whatever it does. Built once, on first use.
    """
    kept = [
        cp
        for cp in range(0x3000)
        if chr(cp) in _VIEW_CHARS
        or chr(cp) == "\u03a3"
        or len(chr(cp).lower()) != 1
        or chr(cp).lower() != chr(cp).casefold()
    ]
    return re.compile("[" + _class_ranges(kept) + "\u3000-\U0010ffff]")


def _class_ranges(points: list[int]) -> str:
    """The inside of a character class holding the sorted code `points`, runs written as ranges
    (a class of many single characters, astral ones above all, makes `re` scan slowly)."""
    ranges: list[str] = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        ranges.append(re.escape(chr(points[i])) + ("-" + re.escape(chr(points[j])) if j > i else ""))
        i = j + 1
    return "".join(ranges)


class _Unfolded(Exception):
    """Raised out of the view scan on a character whose lower case may not be its case folding."""


def _view_char_folding(m: re.Match[str]) -> str:
    mapped = _VIEW_CHARS.get(m.group())
    if mapped is None:
        raise _Unfolded
    return mapped


def _view_and_folding(text: str) -> tuple[str, bool]:
    """`(matching_view(text), odd)`: `odd` false tells that the view's lower case is its case folding,
    character for character (`Text.folds_simply`), without computing the folding."""
    if "\r" in text:
        text = text.replace("\r\n", " \n")
    try:
        return _join_wraps(_view_scan().sub(_view_char_folding, text)), False
    except _Unfolded:  # (rare in Vietnamese: the view alone, the folding compared later)
        return _join_wraps(_readable_digits(_VIEW_ODD.sub(_view_char, text))), True


def timeout_for(text: str | int) -> float:
    """Time budget in seconds for one regex scan over a text of this length.

    Generous (2 s plus 20 µs a character, twenty times what a slow scan needs,
    so a loaded machine never trips it): a backstop against catastrophic
    backtracking, which costs hours, never expected to fire on real text.
    """
    n = text if isinstance(text, int) else len(text)
    return 2.0 + n / 50_000


# ---------------------------------------------------------------------------
# Mapping spans back to a caller's original (non-NFC) string


@cache
def _unstable() -> re.Pattern[str]:
    """Characters NFC may change, drop, reorder or merge with the character before them.

    Combining marks, characters whose NFC form differs, and the second halves
    of canonical compositions (Hangul vowels and finals, some Indic vowel
    signs). Everything else is a stable starter: NFC never acts across it.
    Built once, on first use (about half a second), never at import.
    """
    chars: set[str] = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if unicodedata.combining(c) or not unicodedata.is_normalized("NFC", c):
            chars.add(c)
        d = unicodedata.decomposition(c)
        if d and not d.startswith("<"):
            parts = d.split()
            if len(parts) == 2:
                chars.add(chr(int(parts[1], 16)))
    return re.compile("[" + _class_ranges(sorted(ord(c) for c in chars)) + "]+")


def original_offsets(original: str) -> list[int]:
    """`m` with `m[i]` = offset in `original` of position `i` of its NFC form (len NFC + 1 entries).

    Linear; identity when `original` is already NFC. Inside a run NFC rewrote
    (a letter with its combining marks), every rewritten character maps to
    where the rewrite begins, so a span that starts and ends on character
    boundaries of the NFC text maps to exactly the original characters it came from.
    """
    if unicodedata.is_normalized("NFC", original):
        return list(range(len(original) + 1))
    mapping: list[int] = []
    pos = 0
    for m in _unstable().finditer(original):
        a, b = m.span()
        if a > pos:  # the stable starter before the run may compose with it
            a -= 1
        mapping.extend(range(pos, a))
        piece = original[a:b]
        nfc = unicodedata.normalize("NFC", piece)
        k = 0  # the unchanged prefix (a starter NFC left alone) maps one to one
        while k < len(nfc) and k < len(piece) and nfc[k] == piece[k]:
            k += 1
        mapping.extend(range(a, a + k))
        mapping.extend([a + k] * (len(nfc) - k))  # the rest was rewritten: it maps to where it begins
        pos = b
    mapping.extend(range(pos, len(original)))
    mapping.append(len(original))
    return mapping


def to_original(spans: Iterable[Span], original: str) -> list[tuple[int, int]]:
    """Map spans of `Document.text` to `(start, end)` offsets in the caller's `original` string.

    Use it when the input was not NFC (for example decomposed Vietnamese from a
    PDF): `original[start:end]` then covers exactly the characters the span came from.
    """
    if not isinstance(original, str):
        raise TypeError(f"to_original() expects the original text as str, not {type(original).__name__}")
    m = original_offsets(original)
    out = []
    for s in spans:
        if not isinstance(s, Span):
            raise TypeError(f"to_original() expects Span objects, not {type(s).__name__}")
        if not 0 <= s.start <= s.end < len(m):
            raise ValueError(f"span {s.start}:{s.end} is outside a text of NFC length {len(m) - 1}")
        out.append((m[s.start], m[s.end]))
    return out


# ---------------------------------------------------------------------------
# Prefilters: trying a pattern only where it can begin


def find_all(text: str, needles: Iterable[str], *, words: bool = False) -> list[int]:
    """Sorted offsets (without repeats) where one of `needles` begins in `text`, found with `str.find`.

    `words=True` keeps only whole words: no letter just before a needle opening with a letter,
    none just after one ending with a letter. Right for a pattern that opens with `\\b` and
    follows each needle with a space or a word boundary.
    """
    found: set[int] = set()
    n = len(text)
    for needle in needles:
        before = words and needle[:1].isalpha()
        after = words and needle[-1:].isalpha()
        k = len(needle)
        i = text.find(needle)
        while i >= 0:
            if not ((before and i and text[i - 1].isalpha()) or (after and i + k < n and text[i + k].isalpha())):
                found.add(i)
            i = text.find(needle, i + 1)
    return sorted(found)


def matches_at(pattern: regex.Pattern[str], text: str, starts: Iterable[int]) -> list[regex.Match[str]]:
    """`list(pattern.finditer(text))` when every match begins at one of the sorted `starts`.

    Tries `pattern.match` at each start past the previous match, left to right, as
    `finditer` does: the same non-overlapping matches, without scanning the whole text.
    """
    out: list[regex.Match[str]] = []
    last = 0
    for i in starts:
        if i >= last:
            m = pattern.match(text, i)
            if m is not None:
                out.append(m)
                last = m.end()
    return out


@cache
def _urlish() -> regex.Pattern[str]:
    import regex  # compiled on first use, keeping `import partyextract` light

    return regex.compile(r"://|(?i:www\.)|\.(?i:vn|com|net|org|gov|html?|php|aspx?)(?![\p{L}])", regex.V1)


def outside_url(view: str, a: int, b: int) -> bool:
    """Cheap test that `view[a:b]` lies in no URL, for a caller to skip `in_url`: blanks or the text's
    ends around it, past a few brackets and commas, and no dot or colon in it (every URL sign holds
    one). False says nothing: `in_url` decides then."""
    i = a
    while i > 0 and a - i < 4 and view[i - 1] == "(":
        i -= 1
    if i > 0 and view[i - 1] not in " \n":
        return False
    j = b
    n = len(view)
    while j < n and j - b < 4 and view[j] in ",;)":
        j += 1
    return (j == n or view[j] in " \n") and view.find(".", a, b) < 0 and view.find(":", a, b) < 0


def in_url(view: str, a: int, b: int) -> bool:
    """Whether `view[a:b]` lies in a URL-like token ("https://...", "www.", "tinhuy.vn/..."): the run
    without spaces or line breaks around it, looked at within 300 characters either side."""
    start = max(0, a - 300)
    sp = view.rfind(" ", start, a)
    lo = max(sp, view.rfind("\n", max(start, sp + 1), a)) + 1  # only a line break after that space counts
    hi = view.find(" ", b, b + 300)
    if hi < 0:
        hi = b + 300
    nl = view.find("\n", b, hi)
    if nl >= 0:
        hi = nl
    if view.find(".", lo, hi) < 0 and view.find(":", lo, hi) < 0:
        return False  # every URL sign holds a dot or a colon
    return _urlish().search(view, lo, hi) is not None


# ---------------------------------------------------------------------------
# The prepared text


class Text:
    """An article prepared once for every extractor.

    `text` is the NFC text spans index; `view` the same-length matching copy;
    `chrome` sorted `(start, end)` ranges of page chrome (menus, banners,
    comment boxes, counters, related-news lists, spam, bare photo credits) from
    which no record may come; `captions` sorted ranges of photo captions (a line
    with a photo credit: article text, whose credit is no byline; `in_caption`);
    `sentences` the sentence windows of the non-chrome lines; `lines` every line and `content_lines`
    every non-blank one without its edge blanks, as `(start, end)` (do not modify these lists).
    """

    __slots__ = ("__dict__", "_caption_starts", "_chrome_starts", "captions", "chrome", "text", "view")

    def __init__(self, text: str) -> None:
        self.text = text
        self.view, odd = _view_and_folding(text)  # (one scan for the view and the case folding test)
        if not odd:
            self.__dict__["folds_simply"] = True
        from .chrome import page_ranges  # compiled on first use, keeping `import partyextract` light

        page = page_ranges(self.view, lowered=self.lowered if self.folds_simply else None)
        self.chrome, self.captions = page.chrome, page.captions
        self.lines: list[tuple[int, int]] = page.lines
        self.content_lines: list[tuple[int, int]] = page.content_lines
        self._chrome_starts = [a for a, _ in self.chrome]
        self._caption_starts = [a for a, _ in self.captions]

    def __len__(self) -> int:
        return len(self.text)

    # spans ---------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        """The span `start:end` of the text."""
        return Span(start=start, end=end, text=self.text[start:end])

    def trimmed(self, start: int, end: int, strip: str = " \n,.;:") -> tuple[int, int]:
        """`(start, end)` with `strip` characters removed from both ends (via the view)."""
        v = self.view
        while start < end and v[start] in strip:
            start += 1
        while end > start and v[end - 1] in strip:
            end -= 1
        return start, end

    # chrome --------------------------------------------------------------

    def in_chrome(self, start: int, end: int | None = None) -> bool:
        """Whether the interval `start:end` (or the position `start`) touches page chrome."""
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._chrome_starts, start) - 1
        if i >= 0 and self.chrome[i][1] > start:
            return True
        j = i + 1
        return j < len(self.chrome) and self.chrome[j][0] < end

    def in_caption(self, start: int, end: int | None = None) -> bool:
        """Whether the interval `start:end` (or the position `start`) touches a photo caption."""
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._caption_starts, start) - 1
        if i >= 0 and self.captions[i][1] > start:
            return True
        j = i + 1
        return j < len(self.captions) and self.captions[j][0] < end

    # lines and sentences -------------------------------------------------

    # lower case ----------------------------------------------------------

    @cached_property
    def lowered(self) -> str:
        """`view.lower()`, computed once for every extractor (its length may differ: 'İ')."""
        return self.view.lower()

    @cached_property
    def folds_simply(self) -> bool:
        """Whether `lowered` holds, at the same offsets, every case-insensitive match of a lower-case literal.

        True unless some character's lower case is not its case folding ('ß', 'ſ', 'ﬁ', 'İ', 'ς'...),
        which a case-insensitive pattern may match as another letter or several.
        """
        low = self.lowered
        return len(low) == len(self.view) and low == self.view.casefold()

    def starts(self, heads: Iterable[str], *, words: bool = False) -> list[int] | None:
        """Sorted offsets where one of `heads` (lower-case literals) begins in `lowered`.

        A case-insensitive pattern whose every match begins with one of `heads` can be tried
        only there (`matches_at`). None when `lowered` cannot tell (`folds_simply` is false).
        """
        if not self.folds_simply:
            return None
        return find_all(self.lowered, heads, words=words)

    def matches(
        self, pattern: regex.Pattern[str], heads: Iterable[str], *, words: bool = False
    ) -> list[regex.Match[str]]:
        """Every match of `pattern` in `view`, when each begins with one of `heads` (lower-case literals,
        the pattern case-insensitive or not; `words` as in `find_all`): tried only there when `lowered`
        tells, else a timed scan. Kept for the next pass that asks (do not modify the list)."""
        key = (pattern, tuple(heads), words)
        found = self._matches.get(key)
        if found is None:
            starts = self.starts(heads, words=words)
            if starts is None:
                found = list(pattern.finditer(self.view, timeout=timeout_for(self.view)))
            else:
                found = matches_at(pattern, self.view, starts)
            self._matches[key] = found
        return found

    @cached_property
    def _matches(self) -> dict[tuple[regex.Pattern[str], tuple[str, ...], bool], list[regex.Match[str]]]:
        return {}

    @cached_property
    def _line_starts(self) -> list[int]:
        return [a for a, _ in self.lines]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence windows of the non-chrome lines (underthesea's rules, linear time), as offsets."""
        split = _splitter()
        out: list[tuple[int, int]] = []
        for a, b in self.content_lines:  # (the non-blank lines without edge spaces, a view line's only blanks)
            if not self.in_chrome(a, b):
                out.extend(split(self.view, a, b))
        return out

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [a for a, _ in self.sentences]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence window holding `pos` (or the line holding it, if it is in chrome)."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and self.sentences[i][1] > pos:
            return self.sentences[i]
        j = bisect.bisect_right(self._line_starts, pos) - 1  # rare: pos in chrome or between sentences
        if j >= 0:
            return self.lines[j]
        return 0, len(self.text)


# ---------------------------------------------------------------------------
# Sentence splitting
#
# underthesea's `sent_tokenize` (Punkt-style rules) walks back from every '.'
# over letters and dots to look up an abbreviation, which is quadratic on runs
# like "a.a.a.a..." (a 20 kB run takes seconds). `_Punkt` applies the same
# rules with the same abbreviation table, but jumps between candidate
# punctuation with a compiled scan, bounds the walk-back by the longest
# abbreviation and returns offsets instead of strings: linear and several
# times faster. `tests/test_text.py` checks it against underthesea's splitter.

_END_CHARS = ".?!"
_CANDIDATE = re.compile(r"[.?!]")
_DOT_RUN = re.compile(r"\.+")
_BLANKS = re.compile(r"[ \t]*")
_GAP = re.compile(r"[ \t\n\r]*")
_GAP_CHARS = " \t\n\r"


class _Punkt:
    """underthesea's Punkt-style sentence rules over `text[lo:hi]`, giving stripped `(start, end)` windows."""

    def __init__(self, abbrevs: frozenset[str]) -> None:
        self.abbrevs = abbrevs
        self.longest = max((len(w) for w in abbrevs), default=0)

    def _abbreviation_before(self, text: str, pos: int, lo: int) -> bool:
        stop = max(lo - 1, pos - 2 - self.longest)
        floor = max(lo, stop)  # (the walk never goes further back: linear on long runs)
        start = text.rfind(" ", floor, pos) + 1 or floor  # as a rule the word runs from the space before it
        word = text[start:pos]
        if word and (word.replace(".", "").isalnum() or not word.strip(".")):
            if start <= stop and stop >= lo:
                return False  # the word is longer than every abbreviation
            return word.lower() in self.abbrevs
        i = pos - 1  # (a word after other punctuation: walked back over)
        while i > stop and (text[i].isalnum() or text[i] == "."):
            i -= 1
        if i == stop and i >= lo and (text[i].isalnum() or text[i] == "."):
            return False  # the word is longer than every abbreviation
        word = text[i + 1 : pos]
        return bool(word) and word.lower() in self.abbrevs

    def _is_boundary(self, text: str, pos: int, lo: int, hi: int) -> bool:
        if text[pos] == ".":
            if pos > lo and text[pos - 1].isdigit() and pos + 1 < hi and text[pos + 1].isdigit():
                return False  # 1.500.000, 15.12.2025
            if self._abbreviation_before(text, pos, lo):
                return False
        return True

    def __call__(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        start = lo
        i = lo
        while True:
            m = _CANDIDATE.search(text, i, hi)
            if m is None:
                break
            i = m.start()
            if text[i] == "." and i + 2 < hi and text[i + 1] == "." and text[i + 2] == ".":
                # an ellipsis (three dots or more) ends a sentence only before a capital or the end
                dot_end = _DOT_RUN.match(text, i, hi).end()  # type: ignore[union-attr]
                after = _BLANKS.match(text, dot_end, hi).end()  # type: ignore[union-attr]
                if after >= hi or text[after].isupper():
                    _add_stripped(out, text, start, dot_end)
                    start = dot_end = _GAP.match(text, dot_end, hi).end()  # type: ignore[union-attr]
                i = dot_end
                continue
            if self._is_boundary(text, i, lo, hi):
                end = i + 1
                while end < hi and text[end] in _END_CHARS:
                    end += 1
                _add_stripped(out, text, start, end)
                if end < hi and text[end] in _GAP_CHARS:  # (as `_GAP`, which a single space spares)
                    end += 1
                    if end < hi and text[end] in _GAP_CHARS:
                        end = _GAP.match(text, end, hi).end()  # type: ignore[union-attr]
                start = i = end
                continue
            i += 1
        _add_stripped(out, text, start, hi)
        return out


def _add_stripped(out: list[tuple[int, int]], text: str, a: int, b: int) -> None:
    """Append `(a, b)` with whitespace stripped as `str.strip()` does, unless nothing is left."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        out.append((a, b))


_SplitFn = Callable[[str, int, int], list[tuple[int, int]]]


@cache
def _splitter() -> _SplitFn:
    """The sentence splitter, built on first use from underthesea's abbreviation table."""
    try:
        from underthesea.pipeline import sent_tokenize as _st  # heavy import kept off `import partyextract`

        _st._load_model()
        abbrevs = frozenset(_st.sentence_tokenizer.abbrev_types)
    except Exception:  # pragma: no cover - an underthesea without this internal: use its public API
        return _split_with_underthesea
    return _Punkt(abbrevs)


_MAX_SPLIT = 2_000  # fallback path: underthesea's own splitter is quadratic on long dotted runs


def _split_with_underthesea(view: str, a: int, b: int) -> list[tuple[int, int]]:
    """Fallback: split `view[a:b]` with underthesea's public `sent_tokenize`, mapping back to offsets."""
    from underthesea import sent_tokenize

    out: list[tuple[int, int]] = []
    for ca, cb in _chunks(view, a, b):
        cursor = ca
        for sent in sent_tokenize(view[ca:cb]):
            sent = sent.strip()
            if not sent:
                continue
            i = view.find(sent, cursor, cb)
            if i < 0:  # the splitter changed the text: keep the rest as one window
                break
            out.append((i, i + len(sent)))
            cursor = i + len(sent)
        _add_stripped(out, view, cursor, cb)
    return out


def _chunks(view: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """Cut a very long line into pieces of at most `_MAX_SPLIT` characters, at '. ' where possible."""
    while b - a > _MAX_SPLIT:
        cut = view.rfind(". ", a, a + _MAX_SPLIT)
        cut = a + _MAX_SPLIT if cut <= a else cut + 2
        yield a, cut
        a = cut
    yield a, b
