"""The seed benchmark (../shared/bench/score.py) and the span invariant on the real seed articles.

Skipped when ../shared is absent (for example in an sdist). The floors are the
levels the project has reached, so a regression fails here, not silently.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import partyextract

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
pytestmark = [
    pytest.mark.seeds,
    pytest.mark.skipif(not (SHARED / "bench" / "score.py").exists(), reason="../shared is not present"),
]

# Per-kind F1 floors on the seeds: measured 1.000 on every kind (2026-12-04), less a margin.
FLOORS = {"resolutions": 0.95, "terms": 0.95, "indicators": 0.95, "localities": 0.95, "officials": 0.95}
# ... and on the development articles (418): measured 0.991 to 1.000 (2026-12-05), less a margin.
DEV_FLOORS = {"resolutions": 0.95, "terms": 0.95, "indicators": 0.95, "localities": 0.95, "officials": 0.95}


DEVSET = ROOT / "tests" / "devset"


def _score(*args: str) -> dict:
    out = subprocess.run(
        [sys.executable, str(SHARED / "bench" / "score.py"), "--json", *args],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=300,
    )
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def summary() -> dict:
    return _score()


@pytest.fixture(scope="module")
def dev_summary() -> dict:
    """The scorer on the project's own development articles (`tests/devset`, annotated without the code)."""
    return _score("--gold", str(DEVSET / "gold"), "--texts", str(DEVSET / "texts"))


def test_benchmark_runs_without_errors(summary: dict) -> None:
    assert summary["errors"] == {}
    assert summary["documents"] >= 5


@pytest.mark.parametrize("kind", list(FLOORS))
def test_f1_floor(summary: dict, kind: str) -> None:
    assert summary["kinds"][kind]["f1"] >= FLOORS[kind]


def test_devset_scores_without_errors(dev_summary: dict) -> None:
    assert dev_summary["errors"] == {}
    assert dev_summary["documents"] == len(list((DEVSET / "gold").glob("*.json")))


@pytest.mark.parametrize("kind", list(FLOORS))
def test_devset_f1_floor(dev_summary: dict, kind: str) -> None:
    """Articles the rules were not written from: a floor below what they reach, so a rule that only fits the
    seeds, or a change that breaks another shape of writing, fails here."""
    assert dev_summary["kinds"][kind]["f1"] >= DEV_FLOORS[kind]


@pytest.mark.parametrize("path", sorted((SHARED / "seeds").glob("*.txt")), ids=lambda p: p.stem)
def test_spans_ground_in_text(path: Path) -> None:
    doc = partyextract.extract(path.read_text(encoding="utf-8"))
    for kind, span in doc.spans():
        assert doc.text[span.start : span.end] == span.text, kind


@pytest.mark.parametrize("path", sorted((DEVSET / "texts").glob("*.txt")), ids=lambda p: p.stem)
def test_devset_spans_ground_in_text(path: Path) -> None:
    doc = partyextract.extract(path.read_text(encoding="utf-8"))
    for kind, span in doc.spans():
        assert doc.text[span.start : span.end] == span.text, kind
