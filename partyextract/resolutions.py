"""Extraction of party and state document references (not built yet: returns no records until issue 4 lands)."""

from __future__ import annotations

from .models import Resolution
from .text import Text


def extract(t: Text) -> list[Resolution]:
    """Return the party and state document references of `t`; empty until this extractor is built."""
    return []
