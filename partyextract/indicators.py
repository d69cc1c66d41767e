"""Extraction of quantities that measure or target something (not built yet: returns no records until issue 5 lands)."""

from __future__ import annotations

from collections.abc import Sequence

from .models import Indicator
from .text import Text


def extract(t: Text, blocked: Sequence[tuple[int, int]] = ()) -> list[Indicator]:
    """Return the quantities that measure or target something of `t`; empty until this extractor is built."""
    return []
