"""`extract()`: raw text -> normalised `Text` -> each extractor -> `Document`.

Extractors are pure functions of the prepared `Text`; they do not call each
other. The order below only matters for speed (all are independent).
"""

from __future__ import annotations

from . import document, indicators, localities, officials, resolutions, terms
from .errors import ExtractionTimeout
from .models import Document
from .text import Text, normalize


def extract(text: str | bytes, *, ner: bool = False) -> Document:
    """Extract every record of one article.

    `text` is the raw article (str, or UTF-8 bytes). The result's `text` is its
    NFC form; every span indexes it. Raises `TypeError` for a non-text input,
    `InputError` (a `ValueError`) for undecodable bytes and `ExtractionTimeout`
    when a pattern exceeds its time budget on this document.

    `ner=True` adds underthesea's named-entity tagger as a second opinion for
    officials (about 100 times slower; off by default).
    """
    nfc = normalize(text)
    if not nfc.strip():
        return Document(text=nfc)
    t = Text(nfc)
    try:
        meta = document.extract(t)
        res = resolutions.extract(t)
        trm = terms.extract(t)
        # Quantities inside document codes and year spans are identifiers, not indicators.
        blocked = sorted((s.start, s.end) for rec in (*res, *trm) for s in rec.mentions)
        return Document(
            text=nfc,
            **meta,
            resolutions=res,
            terms=trm,
            indicators=indicators.extract(t, blocked),
            localities=localities.extract(t),
            officials=officials.extract(t, ner=ner),
        )
    except TimeoutError as exc:
        raise ExtractionTimeout(
            f"extraction ran past its time budget on a text of {len(nfc)} characters: {exc}"
        ) from None
