"""Extraction of spans of years (not built yet: returns no records until issue 4 lands)."""

from __future__ import annotations

from .models import Term
from .text import Text


def extract(t: Text) -> list[Term]:
    """Return the spans of years of `t`; empty until this extractor is built."""
    return []
