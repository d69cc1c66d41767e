"""Detection of page chrome: the menus, banners, comment boxes, counters,
related-news lists, spam lines and photo captions a scraper keeps.

Works line by line on the matching view; returns sorted `(start, end)` ranges.
The tables live in `partyextract.data.chrome`.
"""

from __future__ import annotations

import regex

from .data import chrome as data

_LINE = regex.compile("|".join(f"(?:{p})" for p in data.LINE_PATTERNS), regex.IGNORECASE | regex.V1)
_SPAM = regex.compile(
    r"\b(?:" + "|".join(regex.escape(w) for w in data.SPAM_WORDS) + r")\b", regex.IGNORECASE
)
_HEADERS = frozenset(data.LIST_HEADERS)
_LIST_ITEM_END = regex.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*$|\d{1,2}/\d{1,2}/\d{4}\s*$")


def is_chrome_line(line: str) -> bool:
    """Whether one line (already stripped) is page chrome on its own."""
    if not line:
        return False
    if _SPAM.search(line):
        return True
    if len(line) > data.MAX_CHROME_LINE:
        return False
    return bool(_LINE.search(line)) or bool(_LIST_ITEM_END.search(line))


def chrome_ranges(view: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping `(start, end)` ranges of chrome lines in `view`."""
    out: list[tuple[int, int]] = []
    in_list = False  # inside a related-news list (opened by a header in the page's second half)
    taken = 0
    pos = 0
    n = len(view)
    while pos <= n:
        nl = view.find("\n", pos)
        end = n if nl < 0 else nl
        raw = view[pos:end]
        line = raw.strip()
        if not line:
            in_list = in_list and not taken
        else:
            key = line.rstrip(":").strip().casefold()
            if key in _HEADERS:
                in_list, taken = pos > n // 2, 0
                chrome = True
            elif in_list and len(line) <= data.MAX_CHROME_LINE:
                chrome = True
                taken += 1
            else:
                in_list = False
                chrome = is_chrome_line(line)
            if chrome:
                a = pos + (len(raw) - len(raw.lstrip()))
                b = pos + len(raw.rstrip())
                if out and out[-1][1] >= a - 1 and view[out[-1][1] : a].strip() == "":
                    out[-1] = (out[-1][0], b)
                else:
                    out.append((a, b))
        if nl < 0:
            break
        pos = nl + 1
    return out
