"""Extraction of named officials and their positions (not built yet: returns no records until issue 8 lands)."""

from __future__ import annotations

from .models import Official
from .text import Text


def extract(t: Text, *, ner: bool = False) -> list[Official]:
    """Return the named officials and their positions of `t`; empty until this extractor is built."""
    return []
