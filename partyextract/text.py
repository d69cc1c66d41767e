"""Shared mechanics every extractor uses: input checks, NFC text, a same-length
matching view, spans, page-chrome ranges and sentence windows.

Extractors match on `Text.view` (same length as `Text.text`, character for
character) and build spans on `Text.text`, so the span invariant
`text[start:end] == span.text` holds by construction.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cached_property

from . import chrome as _chrome
from .errors import InputError
from .models import Span

__all__ = [
    "Text",
    "normalize",
    "matching_view",
    "timeout_for",
    "to_original",
    "original_offsets",
]

# ---------------------------------------------------------------------------
# Input and normalisation

# Characters mapped one-for-one in the matching view. Length never changes.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_VIEW_TABLE: dict[int, str] = {ord(c): " " for c in _SPACES + _INVISIBLE}
_VIEW_TABLE.update({ord(c): "-" for c in _DASHES})
_VIEW_TABLE.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"})
_VIEW_TABLE.update({ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032"})
_VIEW_TABLE.update({ord("\u00d0"): "\u0110", ord("\u00f0"): "\u0111", ord("\r"): "\n"})
# Other C0/C1 control characters (NUL included) become spaces.
_VIEW_TABLE.update({i: " " for i in list(range(0, 32)) + list(range(127, 160)) if chr(i) not in "\n\r\t\f\v"})


def normalize(text: object) -> str:
    """Check the input and return its NFC form, the text that spans index.

    `str` is taken as is; `bytes`/`bytearray` are decoded as UTF-8 (a BOM is
    dropped). Anything else is a `TypeError`; undecodable bytes an `InputError`
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
        raise TypeError(f"extract() expects the article text as str (or UTF-8 bytes), not {type(text).__name__}")
    return unicodedata.normalize("NFC", text)


def matching_view(text: str) -> str:
    """Same-length copy of `text` for pattern matching.

    Odd spaces and invisible characters become spaces, dashes '-', curly quotes
    straight ones, 'Ð' (U+00D0) 'Đ', carriage returns newlines, control
    characters spaces. `len(matching_view(t)) == len(t)` always.
    """
    return text.translate(_VIEW_TABLE)


def timeout_for(text: str | int) -> float:
    """Time budget in seconds for one regex scan over a text of this length.

    Generous (5 µs a character, at least 1 s): a backstop against pathological
    backtracking, never expected to fire on real text.
    """
    n = text if isinstance(text, int) else len(text)
    return 1.0 + n / 200_000


# ---------------------------------------------------------------------------
# Mapping spans back to a caller's original (non-NFC) string


def _segments(s: str) -> Iterator[tuple[int, int]]:
    """Cut `s` before every starter so that NFC never reaches across a cut."""
    start = 0
    for i in range(1, len(s)):
        c = s[i]
        if unicodedata.combining(c) == 0 and not ("\u1160" <= c <= "\u11ff"):
            yield start, i
            start = i
    if s:
        yield start, len(s)


def original_offsets(original: str) -> list[int]:
    """`m` with `m[i]` = offset in `original` of position `i` of its NFC form (len NFC + 1 entries)."""
    mapping: list[int] = []
    for a, b in _segments(original):
        piece = original[a:b]
        nfc = unicodedata.normalize("NFC", piece)
        if len(nfc) == len(piece):
            mapping.extend(range(a, b))
        else:  # composed or decomposed: every NFC char of the piece maps to its start
            mapping.extend([a] * len(nfc))
    mapping.append(len(original))
    return mapping


def to_original(spans: Iterable[Span], original: str) -> list[tuple[int, int]]:
    """Map spans of `Document.text` to `(start, end)` offsets in the caller's `original` string.

    Use it when the input was not NFC (for example decomposed Vietnamese from a
    PDF): `original[start:end]` then covers exactly the characters the span came from.
    """
    m = original_offsets(original)
    out = []
    for s in spans:
        if not 0 <= s.start <= s.end < len(m):
            raise ValueError(f"span {s.start}:{s.end} is outside a text of NFC length {len(m) - 1}")
        out.append((m[s.start], m[s.end]))
    return out


# ---------------------------------------------------------------------------
# The prepared text


class Text:
    """An article prepared once for every extractor.

    `text` is the NFC text spans index; `view` the same-length matching copy;
    `chrome` sorted `(start, end)` ranges of page chrome (menus, banners,
    comment boxes, counters, related-news lists, spam, photo captions) from
    which no record may come; `sentences` the sentence windows of the rest.
    """

    __slots__ = ("__dict__", "_chrome_starts", "chrome", "text", "view")

    def __init__(self, text: str) -> None:
        self.text = text
        self.view = matching_view(text)
        self.chrome: list[tuple[int, int]] = _chrome.chrome_ranges(self.view)
        self._chrome_starts = [a for a, _ in self.chrome]

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

    # lines and sentences -------------------------------------------------

    @cached_property
    def lines(self) -> list[tuple[int, int]]:
        """`(start, end)` of every line (newline excluded), blank lines included."""
        out = []
        start = 0
        v = self.view
        while True:
            nl = v.find("\n", start)
            if nl < 0:
                out.append((start, len(v)))
                return out
            out.append((start, nl))
            start = nl + 1

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence windows of the non-chrome lines, from underthesea's splitter, mapped to offsets."""
        out: list[tuple[int, int]] = []
        for a, b in self.lines:
            a, b = self.trimmed(a, b, " ")
            if a >= b or self.in_chrome(a, b):
                continue
            out.extend(_split_line(self.view, a, b))
        return out

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [a for a, _ in self.sentences]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence window holding `pos` (or the line holding it, if it is in chrome)."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and self.sentences[i][1] > pos:
            return self.sentences[i]
        for a, b in self.lines:  # rare: pos in chrome or between sentences
            if a <= pos <= b:
                return a, b
        return 0, len(self.text)


_MAX_SPLIT = 20_000  # longer lines are cut at sentence punctuation first, so cost stays linear


def _split_line(view: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split `view[a:b]` into sentences with underthesea, mapping each back to offsets."""
    from underthesea import sent_tokenize  # heavy import kept off `import partyextract`

    out: list[tuple[int, int]] = []
    for ca, cb in _chunks(view, a, b):
        cursor = ca
        for sent in sent_tokenize(view[ca:cb]):
            sent = sent.strip()
            if not sent:
                continue
            i = view.find(sent, cursor, cb)
            if i < 0:  # the splitter changed the text: keep the rest as one window
                out.append((cursor, cb))
                cursor = cb
                break
            out.append((i, i + len(sent)))
            cursor = i + len(sent)
        if cursor < cb and view[cursor:cb].strip():
            s, e = cursor, cb
            while s < e and view[s] == " ":
                s += 1
            out.append((s, e))
    return out


def _chunks(view: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """Cut a very long line into pieces of at most `_MAX_SPLIT` characters, at '. ' where possible."""
    while b - a > _MAX_SPLIT:
        cut = view.rfind(". ", a, a + _MAX_SPLIT)
        cut = a + _MAX_SPLIT if cut <= a else cut + 2
        yield a, cut
        a = cut
    yield a, b
