"""partyextract: typed, grounded records from Vietnamese news articles about party committees.

    >>> import partyextract
    >>> doc = partyextract.extract("Huyện ủy ban hành Nghị quyết số 03-NQ/HU ...")
    >>> doc.resolutions[0].code            # doctest: +SKIP
    '03-NQ/HU'

The public API is small: `extract()`, the models, `to_original()` and the errors;
`extract_many()` for batches, `render_html()` for an HTML view, `to_frames()` for
pandas tables (pandas is imported only when it is called).
Heavy parts (underthesea, the gazetteer) load on first use, not on import.
"""

from __future__ import annotations

from .__about__ import __version__
from .batch import ExtractionError, extract_many
from .errors import ExtractionTimeout, InputError, PartyExtractError
from .frames import to_frames
from .models import Document, Indicator, Locality, Official, Resolution, Span, Successor, Term
from .pipeline import extract
from .render import render_html
from .text import to_original

__all__ = [
    "Document",
    "ExtractionError",
    "ExtractionTimeout",
    "Indicator",
    "InputError",
    "Locality",
    "Official",
    "PartyExtractError",
    "Resolution",
    "Span",
    "Successor",
    "Term",
    "__version__",
    "extract",
    "extract_many",
    "render_html",
    "to_frames",
    "to_original",
]
