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


@pytest.fixture(scope="module")
def summary() -> dict:
    out = subprocess.run(
        [sys.executable, str(SHARED / "bench" / "score.py"), "--json"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=300,
    )
    return json.loads(out.stdout)


def test_benchmark_runs_without_errors(summary: dict) -> None:
    assert summary["errors"] == {}
    assert summary["documents"] >= 5


@pytest.mark.parametrize("kind", list(FLOORS))
def test_f1_floor(summary: dict, kind: str) -> None:
    assert summary["kinds"][kind]["f1"] >= FLOORS[kind]


@pytest.mark.parametrize("path", sorted((SHARED / "seeds").glob("*.txt")), ids=lambda p: p.stem)
def test_spans_ground_in_text(path: Path) -> None:
    doc = partyextract.extract(path.read_text(encoding="utf-8"))
    for kind, span in doc.spans():
        assert doc.text[span.start : span.end] == span.text, kind
