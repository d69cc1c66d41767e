"""Scaling of `extract_many`: n_process=1 against n_process=2 (or more) on a batch of articles.

    .venv/bin/python benchmarks/scaling.py                  # 2,000 articles, 1 vs 2 processes
    .venv/bin/python benchmarks/scaling.py --n 500 --processes 1 2 4 --repeat 3

The batch cycles through the example articles (and the seed articles when ../shared/seeds
exists), each copy made distinct by a numbered line, so that the output order can be
checked document by document. Each setting runs `--repeat` times and keeps the best time
(the least disturbed by other load on the machine), repeats interleaved. The parent is warmed up first (lazy
imports, compiled patterns), so neither setting is charged for them; the worker start-up
is charged to the parallel runs, as a user would pay it.

Busy machines make wall-clock speed-ups meaningless, so the report also gives the CPU
time of the parent and of the workers, and from it the speed-up the same work would
reach on otherwise idle cores (``cpu_bound_speedup_estimate``): read both, with the
load averages recorded next to them.

Writes a JSON report (default benchmarks/results/scaling.json) and prints a summary.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from partyextract import __version__, extract, extract_many  # noqa: E402


def corpus(n: int) -> list[str]:
    sources = sorted((ROOT / "examples").rglob("*.txt"))
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        sources += sorted(seeds.glob("*.txt"))
    base = [p.read_text(encoding="utf-8") for p in sources]
    return [f"{base[i % len(base)]}\nBài {i:06d}\n" for i in range(n)]


def _cpu() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # workers, once joined
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def run(texts: list[str], n_process: int, batch_size: int) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds of this process, CPU seconds of the workers."""
    cpu0 = _cpu()
    start = time.perf_counter()
    docs = list(extract_many(texts, n_process=n_process, batch_size=batch_size))
    elapsed = time.perf_counter() - start
    cpu1 = _cpu()
    if len(docs) != len(texts) or any(d.text != t for d, t in zip(docs, texts, strict=True)):
        raise SystemExit(f"order NOT preserved with n_process={n_process}")
    return elapsed, cpu1[0] - cpu0[0], cpu1[1] - cpu0[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles in the batch (default 2000)")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2], help="settings (default: 1 2)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per setting; the best is kept")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "scaling.json")
    args = parser.parse_args()

    texts = corpus(args.n)
    chars = sum(len(t) for t in texts)
    mbytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    extract(texts[0])  # warm-up: lazy imports and compiled patterns
    load_before = os.getloadavg()
    results = []
    # Repeats are interleaved (1, 2, 1, 2, ...) so that a change in the machine's load
    # affects every setting alike.
    runs: dict[int, list[tuple[float, float, float]]] = {n: [] for n in args.processes}
    for _ in range(args.repeat):
        for n_process in args.processes:
            runs[n_process].append(run(texts, n_process, args.batch_size))
            wall = runs[n_process][-1][0]
            print(f"  n_process={n_process}: {wall:.2f} s", flush=True)
    for n_process in args.processes:
        best, cpu_parent, cpu_workers = min(runs[n_process])
        results.append(
            {
                "n_process": n_process,
                "seconds": round(best, 3),
                "all_seconds": [round(r[0], 3) for r in runs[n_process]],
                "docs_per_second": round(args.n / best, 1),
                "mb_per_second": round(mbytes / best, 3),
                "cpu_seconds_parent": round(cpu_parent, 3),
                "cpu_seconds_workers": round(cpu_workers, 3),
                # CPU time over wall time: how many cores the run actually got. On a busy
                # machine the scheduler may cap it near 1 whatever n_process is.
                "cores_used": round((cpu_parent + cpu_workers) / best, 2),
            }
        )
        print(
            f"n_process={n_process}: best {best:.2f} s, {args.n / best:.0f} docs/s, {mbytes / best:.2f} MB/s "
            f"(CPU: parent {cpu_parent:.2f} s, workers {cpu_workers:.2f} s; "
            f"{(cpu_parent + cpu_workers) / best:.2f} cores used)"
        )
    base = results[0]
    for r in results:
        r["speedup"] = round(base["seconds"] / r["seconds"], 3)
        # What the same CPU work would take on n otherwise idle cores: the sum of all
        # processes' CPU time spread over the cores, or the parent's own share if larger.
        # A load-independent check of the overheads (pickling, merging, start-up).
        total = r["cpu_seconds_parent"] + r["cpu_seconds_workers"]
        cores = min(r["n_process"], os.cpu_count() or 1)
        ideal = max(total / cores, r["cpu_seconds_parent"] if r["n_process"] > 1 else 0.0)
        serial = base["cpu_seconds_parent"] + base["cpu_seconds_workers"]
        r["cpu_bound_speedup_estimate"] = round(serial / ideal, 3) if ideal else None
    report = {
        "benchmark": "extract_many scaling",
        "partyextract": __version__,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "articles": args.n,
        "characters": chars,
        "megabytes_utf8": round(mbytes, 3),
        "batch_size": args.batch_size,
        "repeat": args.repeat,
        "order_preserved": True,
        "results": results,
        "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    summary = ", ".join(
        f"x{r['speedup']:.2f} with {r['n_process']} (CPU-bound estimate x{r['cpu_bound_speedup_estimate']:.2f})"
        for r in results[1:]
    )
    print(f"speed-up: {summary}; order preserved; load average {load_before[0]:.1f}; report: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
