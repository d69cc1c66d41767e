"""Extraction of administrative units (not built yet: returns no records until issue 8 lands)."""

from __future__ import annotations

from .models import Locality
from .text import Text


def extract(t: Text) -> list[Locality]:
    """Return the administrative units of `t`; empty until this extractor is built."""
    return []
