"""Shared test settings: hypothesis profiles and the robustness article fixtures.

Profiles (select with the environment variable HYPOTHESIS_PROFILE, default "ci"):
- "ci": at least 500 examples per property, a deadline loose enough for a shared
  2-core machine (a GC pause or a neighbour's build must not fail a property);
- "nightly": many more examples, for a run by hand:
  `HYPOTHESIS_PROFILE=nightly .venv/bin/pytest tests/test_properties.py`;
- "dev": a quick pass while editing.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

TESTS = Path(__file__).resolve().parent

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile(
    "ci", max_examples=500, deadline=timedelta(seconds=3), suppress_health_check=_SLOW_OK, print_blob=True
)
settings.register_profile(
    "nightly",
    max_examples=10_000,
    deadline=timedelta(seconds=10),
    suppress_health_check=_SLOW_OK,
    print_blob=True,
)
settings.register_profile("dev", max_examples=50, deadline=None, suppress_health_check=_SLOW_OK)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def warm_extract() -> None:
    """Load the lazy parts (underthesea, gazetteer, pydantic validators) once, before timed tests.

    Use with `pytestmark = pytest.mark.usefixtures("warm_extract")`, so that the
    first hypothesis example or hostile input is not charged for the imports.
    """
    import partyextract

    article = TESTS / "data" / "robustness" / "son_dong_party_building.txt"
    partyextract.extract(article.read_text(encoding="utf-8"))
