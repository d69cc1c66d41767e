"""`extract()`: raw text -> normalised `Text` -> each extractor -> `Document`.

Extractors are pure functions of the prepared `Text`; they do not call each
other. The order below only matters for speed (all are independent).
"""

from __future__ import annotations

from . import document, indicators, localities, officials, resolutions, terms
from .errors import ExtractionTimeout
from .models import Document
from .text import Text, normalize


def extract(text: str | bytes) -> Document:
    """Extract every record of one article.

    `text` is the raw article (str, or UTF-8 bytes). The result's `text` is its
    NFC form; every span indexes it. Raises `TypeError` for a non-text input,
    `InputError` (a `ValueError`) for undecodable bytes and `ExtractionTimeout`
    when a pattern exceeds its time budget on this document.
    """
    nfc = normalize(text)
    if not nfc.strip():
        return Document(text=nfc)
    t = Text(nfc)
    try:
        meta = document.extract(t)
        return Document(
            text=nfc,
            **meta,
            resolutions=resolutions.extract(t),
            terms=terms.extract(t),
            indicators=indicators.extract(t),
            localities=localities.extract(t),
            officials=officials.extract(t),
        )
    except TimeoutError as exc:
        raise ExtractionTimeout(
            f"extraction ran past its time budget on a text of {len(nfc)} characters: {exc}"
        ) from None
