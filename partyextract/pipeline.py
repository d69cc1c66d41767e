"""`extract()`: raw text -> normalised `Text` -> each extractor -> `Document`.

Extractors are pure functions of the prepared `Text`; they do not call each
other. The order below only matters for speed (all are independent). They are
imported on the first call, not with the package, so that `import partyextract`
stays fast however many patterns the extractors compile.
"""

from __future__ import annotations

from .errors import ExtractionTimeout
from .models import Document
from .text import Text, normalize


def extract(text: str | bytes, *, ner: bool = False) -> Document:
    """Extract every record of one article.

    `text` is the raw article (str, or UTF-8 bytes). The result's `text` is its
    NFC form; every span indexes it. Raises `TypeError` for a non-text input,
    `InputError` (a `ValueError`) for undecodable bytes or lone surrogates, and
    `ExtractionTimeout` (a `TimeoutError`) when a pattern exceeds its time budget
    on this document. An empty or blank text gives an empty `Document`.

    `ner=True` adds underthesea's named-entity tagger as a second opinion for
    officials (about 100 times slower; off by default).
    """
    if not isinstance(ner, bool):
        raise TypeError(f"extract(ner=...) expects a bool, not {type(ner).__name__}")
    nfc = normalize(text)
    if not nfc.strip():
        return Document(text=nfc)
    from . import document, indicators, localities, officials, resolutions, terms

    try:
        t = Text(nfc)
        meta = document.extract(t)
        res = resolutions.extract(t)
        trm = terms.extract(t)
        # Quantities inside document codes and year spans are identifiers, not indicators.
        blocked = sorted(
            [(s.start, s.end) for r in res for s in r.mentions]
            + [(s.start, s.end) for m in trm for s in m.mentions]
        )
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
