"""Errors raised by partyextract: clear, documented, and catchable as one family."""

from __future__ import annotations


class PartyExtractError(Exception):
    """Base class of every error partyextract raises on purpose."""


class InputError(PartyExtractError, ValueError):
    """The input cannot be read as text (for example bytes that are not UTF-8)."""


class ExtractionTimeout(PartyExtractError, TimeoutError):
    """A pattern ran past its time budget on this document; other documents are unaffected."""
