"""Vietnamese calendar dates as articles write them.

"12/04/2021", "5-5-2021", "05.5.2021", "12 tháng 4 năm 2021", "ngày 05 tháng 5 năm 2021",
"2021-04-12" (ISO, read with dateutil). Shared by document metadata and resolutions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from .text import timeout_for

# day/month/year with '/', '-' or '.'; "d tháng m năm yyyy"; ISO yyyy-mm-dd.
DATE_PATTERN = regex.compile(
    r"(?<![\d/.\-])(?:"
    r"(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*(?:năm|,|/)\s*(?P<y2>\d{4})"
    r"|(?P<iso>(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
    r")(?![\d/])",
    regex.IGNORECASE,
)

_DIGIT = regex.compile(r"\d")


def _make(y: str, m: str, d: str) -> dt.date | None:
    try:
        date = dt.date(int(y), int(m), int(d))
    except ValueError:
        return None
    return date if 1900 <= date.year <= 2100 else None


# The groups `date_of` reads, by number: a group looked up by name costs the `regex` module an exception.
_GROUPS = tuple(DATE_PATTERN.groupindex[g] for g in ("d", "m", "y", "d2", "m2", "y2", "iso"))


def date_of(m: regex.Match[str]) -> dt.date | None:
    """The date a match of `DATE_PATTERN` writes, or None when it is no valid date."""
    d, mo, y, d2, m2, y2, iso = m.group(*_GROUPS)
    if d:
        return _make(y, mo, d)
    if d2:
        return _make(y2, m2, d2)
    if iso:
        from dateutil import parser  # ISO and friends; imported only when seen

        try:
            return parser.isoparse(iso).date()
        except ValueError:
            return None
    return None  # pragma: no cover


def find_dates(view: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, dt.date]]:
    """Yield `(start, end, date)` for every valid date written in `view[start:end]`."""
    end = len(view) if end is None else end
    if _DIGIT.search(view, start, end) is None:  # every date opens with a digit: a quick look first
        return
    for m in DATE_PATTERN.finditer(view, start, end, timeout=timeout_for(end - start)):
        date = date_of(m)
        if date is not None:
            yield m.start(), m.end(), date


def date_at(view: str, pos: int, end: int) -> tuple[int, dt.date] | None:
    """`(end, date)` of a valid date written at `pos` in `view[:end]`, else None.

    The same as the first of `find_dates(view, pos, end)` when it starts at `pos`: a match there
    is the first `finditer` gives, and an invalid one leaves no valid date starting at `pos`.
    """
    m = DATE_PATTERN.match(view, pos, end)
    if m is None:
        return None
    date = date_of(m)
    return None if date is None else (m.end(), date)


def parse_date(s: str) -> dt.date | None:
    """The first valid date written in `s`, or None."""
    return next((d for _, _, d in find_dates(s)), None)
