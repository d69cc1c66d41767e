"""The share of `extract()` time spent inside the resolution and term passes, on the seed articles.

    .venv/bin/python benchmarks/pass_share.py               # 60 rounds over ../shared/seeds
    .venv/bin/python benchmarks/pass_share.py --rounds 200

Issue 4 asks that the two passes together cost under 10% of `extract()` time on the seeds. This times them
where `extract()` runs them: each pass is wrapped in a timer, `extract()` runs over every seed article, and the
round's share is the time inside the two passes over the round's whole time. The median and quartiles of the
rounds are printed (the host's drift moves single rounds; the median is the figure to quote).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=60)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not texts:
        print(f"no seed articles under {SEEDS}", file=sys.stderr)
        return 1

    import partyextract
    from partyextract import resolutions, terms

    for text in texts:  # warm: lazy imports, compiled patterns, the gazetteer
        partyextract.extract(text)
    inside = [0.0]

    def timed(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def run(t: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(t)
            finally:
                inside[0] += time.perf_counter() - start

        return run

    real = resolutions.extract, terms.extract
    resolutions.extract, terms.extract = timed(real[0]), timed(real[1])  # type: ignore[assignment]
    try:
        shares = []
        for _ in range(args.rounds):
            inside[0] = 0.0
            start = time.perf_counter()
            for text in texts:
                partyextract.extract(text)
            shares.append(inside[0] / (time.perf_counter() - start))
    finally:
        resolutions.extract, terms.extract = real
    q = statistics.quantiles(shares, n=4)
    print(
        f"resolutions and terms inside extract(), {len(texts)} seed articles, {args.rounds} rounds: "
        f"median {statistics.median(shares):.2%} (quartiles {q[0]:.2%} to {q[2]:.2%})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
