"""Article metadata: title, published date, authors, outlet, url (not built yet)."""

from __future__ import annotations

from typing import Any

from .text import Text


def extract(t: Text) -> dict[str, Any]:
    """Return the metadata fields of `Document` found in `t`; empty until built."""
    return {}
