"""Throughput, latency, import time, memory and scaling of `partyextract.extract()`,
with underthesea's `word_tokenize` and `ner` on the same text as reference points.

One process, one text set: the articles written for the project (examples/**/*.txt)
plus ../shared/seeds/*.txt when present, cycled until about `--mb` megabytes
(5 by default) of article text. The host's speed drifts on a shared machine, so
what is compared is measured taking turns: extract() and word_tokenize alternate
every 20 documents, and the document sizes of the scaling runs alternate round by
round (each keeping its median round). Other figures are the best of a few repeats
(`--repeat`).

    .venv/bin/python benchmarks/throughput.py            # full run, a few minutes
    .venv/bin/python benchmarks/throughput.py --quick    # smaller sizes, a sanity run

Writes benchmarks/results/throughput.json and prints a short table.
Measured:
- extract() over the article set, article by article (MB/s), and the same for
  underthesea.word_tokenize, taking turns; the ratio between them;
- underthesea.ner on a smaller slice (it runs at ~10 kB/s), paragraph by paragraph;
- `import partyextract` in a fresh interpreter (best and median of several);
- extract() latency on 10 kB (10,000 bytes of UTF-8) of real articles (the seeds joined and cut;
  the examples when the seeds are absent), on 10 kB of the set's densest text (the example
  articles, written to hold a record in nearly every sentence), and on each article of the set
  (median and 95th percentile, warm);
- peak memory: tracemalloc peak of extract() on 1 MB and on a 10 kB article,
  and the process's maximum resident set size;
- per-character cost of extract() on one document of 100 kB, 1 MB and 10 MB made of
  the set's sentences shuffled into lines (linear time means these agree within 25%);
- extract_many() with 1 and 2 processes over the article set (when batch exists);
- the cost of each stage (the prepared Text, then each extractor) in µs per character,
  to show where the time goes: each document prepared afresh and the stages run in
  extract()'s order, so that each pays what it pays inside extract() (a prepared Text
  caches what the first stage to ask computes); over the whole set and over the seeds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "benchmarks" / "results" / "throughput.json"


def load_articles() -> tuple[list[str], list[str]]:
    """The text set and where it came from."""
    paths = sorted((ROOT / "examples").rglob("*.txt"))
    if (SHARED / "seeds").is_dir():
        paths += sorted((SHARED / "seeds").glob("*.txt"))
    pairs = [(p.read_text(encoding="utf-8"), str(p.relative_to(ROOT.parent))) for p in paths]
    pairs = [(t, src) for t, src in pairs if t.strip()]
    return [t for t, _ in pairs], [src for _, src in pairs]


def cycle_to(texts: list[str], n_chars: int) -> list[str]:
    """The articles repeated in order until they hold at least `n_chars` characters."""
    out: list[str] = []
    total = 0
    while total < n_chars:
        for t in texts:
            out.append(t)
            total += len(t)
            if total >= n_chars:
                break
    return out


def one_document(texts: list[str], n_chars: int) -> str:
    """One text of exactly `n_chars` characters made of whole articles (the last one cut)."""
    joined = "\n\n".join(cycle_to(texts, n_chars))
    return joined[:n_chars]


def shuffled_document(texts: list[str], n_chars: int, seed: int = 7) -> str:
    """A text of about `n_chars` characters whose lines are three sentences of the set each, drawn at random.

    The article set repeated would not do for a growing document: from its second copy on, every
    line repeats an earlier one, and page-chrome detection takes repeated lines for chrome (alt
    text, doubled captions), so a larger document would hold fewer records per character. Lines
    of shuffled sentences keep the same density at every size, and practically never repeat.
    """
    import random

    rnd = random.Random(seed)
    sentences = [s.strip() for t in texts for line in t.split("\n") for s in line.split(". ") if len(s.strip()) > 20]
    lines: list[str] = []
    total = 0
    while total < n_chars:
        line = ". ".join(rnd.choice(sentences) for _ in range(3)) + "."
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)[:n_chars]


def one_document_bytes(texts: list[str], n_bytes: int) -> str:
    """The longest text of at most `n_bytes` bytes of UTF-8 made of whole articles (the last one cut)."""
    return one_document(texts, n_bytes).encode("utf-8")[:n_bytes].decode("utf-8", errors="ignore")


def mb(n_chars: int | float) -> float:
    return n_chars / 1e6


def best_of(repeat: int, fn: Callable[[], Any]) -> float:
    """Least wall time of `repeat` runs of `fn` (seconds)."""
    return best_wall_cpu(repeat, fn)[0]


def best_wall_cpu(repeat: int, fn: Callable[[], Any]) -> tuple[float, float]:
    """Least wall time and least CPU time of this process over `repeat` runs of `fn` (seconds).

    On a shared machine the CPU time is the steadier measure of the work done;
    the wall time is what a user waits.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        gc.collect()
        w, c = time.perf_counter(), time.process_time()
        fn()
        cpus.append(time.process_time() - c)
        walls.append(time.perf_counter() - w)
    return min(walls), min(cpus)


def interleaved(corpus: list[str], tools: dict[str, Callable[[str], object]], passes: int) -> dict[str, list[float]]:
    """Wall and CPU seconds of each tool over `corpus`, `passes` times, the tools taking turns chunk by chunk.

    The host's speed drifts over minutes on a shared machine: taking turns every few documents
    gives each tool the same conditions, so their ratio holds even when the absolute figures move.
    """
    spent = {name: [0.0, 0.0] for name in tools}
    step = 20
    for _ in range(passes):
        gc.collect()
        for i in range(0, len(corpus), step):
            chunk = corpus[i : i + step]
            for name, fn in tools.items():
                w, c = time.perf_counter(), time.process_time()
                for text in chunk:
                    fn(text)
                spent[name][1] += time.process_time() - c
                spent[name][0] += time.perf_counter() - w
    return spent


def import_time(runs: int) -> dict[str, float]:
    code = "import time; t = time.perf_counter(); import partyextract; print(time.perf_counter() - t)"
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
        times.append(float(out.stdout))
    return {"best_s": min(times), "median_s": statistics.median(times), "runs": runs}


def stage_costs(texts: list[str], repeat: int) -> dict[str, float]:
    """µs per character of each stage of extract() over `texts` (best of `repeat`), to find hot spots.

    Each document is prepared afresh and its stages run in extract()'s order: a prepared `Text`
    caches what the first stage to ask computes, so each stage pays what it pays inside extract().
    """
    from partyextract import document, indicators, localities, officials, resolutions, terms
    from partyextract.text import Text, normalize

    nfc = [normalize(t) for t in texts]
    n = sum(map(len, nfc))
    stages: dict[str, Callable[[Text], object]] = {
        "document": document.extract,
        "resolutions": resolutions.extract,
        "terms": terms.extract,
        "indicators": lambda t: indicators.extract(t, []),
        "localities": localities.extract,
        "officials": lambda t: officials.extract(t, ner=False),
    }
    names = ["text (view, chrome)", *stages]
    best = dict.fromkeys(names, float("inf"))
    for _ in range(repeat):
        spent = dict.fromkeys(names, 0.0)
        gc.collect()
        for x in nfc:
            c = time.process_time()
            t = Text(x)
            spent["text (view, chrome)"] += time.process_time() - c
            for name, fn in stages.items():
                c = time.process_time()
                fn(t)
                spent[name] += time.process_time() - c
        best = {k: min(best[k], spent[k]) for k in names}
    return {k: 1e6 * v / n for k, v in best.items()}


def latency(text: str, runs: int) -> dict[str, float]:
    """extract() on one text, warm: median and 95th percentile of `runs` calls (wall), median CPU time."""
    import partyextract

    partyextract.extract(text)
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        partyextract.extract(text)
        cpus.append(time.process_time() - c)
        walls.append(time.perf_counter() - w)
    walls.sort()
    return {
        "chars": len(text),
        "bytes": len(text.encode("utf-8")),
        "median_ms": 1e3 * statistics.median(walls),
        "p95_ms": 1e3 * walls[int(0.95 * (len(walls) - 1))],
        "best_ms": 1e3 * walls[0],
        "cpu_median_ms": 1e3 * statistics.median(cpus),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of article text for throughput")
    parser.add_argument("--ner-kb", type=float, default=60.0, help="kilobytes of text given to underthesea.ner")
    parser.add_argument("--repeat", type=int, default=3, help="repeats per figure (the best is kept)")
    parser.add_argument("--quick", action="store_true", help="small sizes: a sanity run, not a measurement")
    parser.add_argument("--no-scaling", action="store_true", help="skip the 100 kB / 1 MB / 10 MB scaling runs")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--markdown", type=Path, metavar="JSON", help="print the Markdown of a saved result and stop")
    args = parser.parse_args()
    if args.markdown:
        print(markdown(json.loads(args.markdown.read_text(encoding="utf-8"))))
        return
    if args.quick:
        args.mb, args.ner_kb, args.repeat = 0.5, 10.0, 1
    scaling_sizes = [100_000, 1_000_000] if args.quick else [100_000, 1_000_000, 10_000_000]

    started = time.time()
    texts, sources = load_articles()
    result: dict[str, Any] = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average_at_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        },
        "text_set": {"files": sources, "articles": len(texts), "chars": sum(map(len, texts))},
    }

    # Import time first, before this process has imported anything heavy.
    result["import"] = import_time(3 if args.quick else 9)

    import partyextract

    extract = partyextract.extract
    corpus = cycle_to(texts, int(args.mb * 1e6))
    corpus_chars = sum(map(len, corpus))
    for t in texts:  # warm: lazy imports, pydantic validators, caches
        extract(t)

    # --- throughput: extract() vs underthesea.word_tokenize on the same articles
    from underthesea import ner, word_tokenize

    word_tokenize(texts[0])
    passes = max(1, args.repeat - 1)
    spent = interleaved(corpus, {"extract": extract, "word_tokenize": word_tokenize}, passes)
    (t_extract, cpu_extract), (t_tok, cpu_tok) = ([x / passes for x in spent[k]] for k in ("extract", "word_tokenize"))
    result["throughput"] = {
        "method": f"{passes} pass(es) over the text, extract() and word_tokenize taking turns every 20 documents",
        "chars": corpus_chars,
        "documents": len(corpus),
        "extract_mb_s": mb(corpus_chars) / t_extract,
        "extract_docs_s": len(corpus) / t_extract,
        "word_tokenize_mb_s": mb(corpus_chars) / t_tok,
        "ratio_extract_over_word_tokenize": t_tok / t_extract,
        "extract_mb_per_cpu_s": mb(corpus_chars) / cpu_extract,
        "word_tokenize_mb_per_cpu_s": mb(corpus_chars) / cpu_tok,
        "ratio_by_cpu_time": cpu_tok / cpu_extract,
    }

    # --- ner on a smaller slice, paragraph by paragraph (it is ~1000x slower than extract)
    paragraphs = [p for t in cycle_to(texts, int(args.ner_kb * 1e3)) for p in t.split("\n") if p.strip()]
    ner_chars = sum(map(len, paragraphs))
    ner(paragraphs[0])
    t_ner = best_of(1, lambda: [ner(p) for p in paragraphs])
    result["ner"] = {
        "chars": ner_chars,
        "note": f"underthesea.ner on a {ner_chars / 1e3:.0f} kB slice of the same text, a paragraph a call",
        "ner_mb_s": mb(ner_chars) / t_ner,
        "ratio_extract_over_ner": (mb(corpus_chars) / t_extract) / (mb(ner_chars) / t_ner),
    }

    # --- where the time goes: each stage on the same articles, and on the seeds alone
    result["stages"] = stage_costs(texts, repeat=args.repeat)
    seeds = [t for t, src in zip(texts, sources, strict=True) if "/seeds/" in src]
    if seeds:
        result["stages_seeds"] = stage_costs(seeds, repeat=args.repeat)

    # --- latency on 10 kB of real articles (the seeds, when present), on 10 kB of the densest text
    # (the example articles, written to hold a record in nearly every sentence), and on each article
    article = one_document_bytes(seeds or texts, 10_000)
    result["latency_10kB"] = {"source": "seeds" if seeds else "examples", **latency(article, 20 if args.quick else 100)}
    dense = one_document_bytes(texts, 10_000)  # the examples come first
    result["latency_10kB_dense"] = latency(dense, 20 if args.quick else 100)
    result["latency_articles"] = [
        {"file": src, **latency(t, 5 if args.quick else 30)} for t, src in zip(texts, sources, strict=True)
    ]

    # --- memory
    def traced_peak(text: str) -> int:
        gc.collect()
        tracemalloc.start()
        extract(text)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak

    big = one_document(texts, 1_000_000)
    result["memory"] = {
        "tracemalloc_peak_mb_extract_1MB": traced_peak(big) / 1e6,
        "tracemalloc_peak_mb_extract_10kB": traced_peak(article) / 1e6,
    }

    # --- scaling: one document of growing size
    if not args.no_scaling:
        # The sizes take turns, round after round, and each keeps its median round: the host's drift
        # then falls on every size alike (a smaller document runs as often as it takes to match the largest).
        docs = {n: shuffled_document(texts, n) for n in scaling_sizes}
        largest = max(scaling_sizes)
        rounds: dict[int, list[tuple[float, float]]] = {n: [] for n in scaling_sizes}
        for _ in range(args.repeat):
            for n, doc_text in docs.items():
                times = largest // n
                gc.collect()
                w, c = time.perf_counter(), time.process_time()
                for _ in range(times):
                    extract(doc_text)
                rounds[n].append(((time.perf_counter() - w) / times, (time.process_time() - c) / times))
        scaling = []
        for n in scaling_sizes:
            seconds = statistics.median(w for w, _ in rounds[n])
            cpu = statistics.median(c for _, c in rounds[n])
            scaling.append(
                {"chars": n, "seconds": seconds, "us_per_char": 1e6 * seconds / n, "cpu_us_per_char": 1e6 * cpu / n}
            )
        costs = [s["cpu_us_per_char"] for s in scaling]
        walls = [s["us_per_char"] for s in scaling]
        result["scaling"] = {
            "runs": scaling,
            "max_over_min": max(costs) / min(costs),
            "max_over_min_wall": max(walls) / min(walls),
        }

    # --- extract_many with 1 and 2 processes
    extract_many = getattr(partyextract, "extract_many", None)
    if extract_many is not None:
        many = cycle_to(texts, int(min(args.mb, 2.0) * 1e6))
        many_chars = sum(map(len, many))
        batch: dict[str, Any] = {"chars": many_chars, "documents": len(many)}
        for n_process in (1, 2):
            seconds = best_of(1, lambda n_process=n_process: sum(1 for _ in extract_many(many, n_process=n_process)))
            batch[f"n_process_{n_process}_mb_s"] = mb(many_chars) / seconds
        result["extract_many"] = batch

    import resource

    result["memory"]["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    result["elapsed_s"] = time.time() - started
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(result)
    print(f"\nwritten to {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")


def markdown(r: dict[str, Any]) -> str:
    """The figures of a result as the Markdown that docs/performance.md shows."""
    tp, nr, lat, mem, imp = r["throughput"], r["ner"], r["latency_10kB"], r["memory"], r["import"]
    m = r["machine"]
    load = ", ".join(f"{x:.1f}" for x in m["load_average_at_start"] or [])
    lines = [
        f"Run of {r['date'][:16].replace('T', ' ')} UTC, `{r['command']}`, on {m['platform']}, "
        f"Python {m['python']}, {m['cpus']} CPUs shared with other jobs (load average {load} at the start: "
        "the figures are conservative and noisy; CPU time is the steadier column).",
        "",
        f"Text set: {r['text_set']['articles']} articles ({r['text_set']['chars'] / 1e3:.0f} kB), "
        f"cycled to {tp['chars'] / 1e6:.1f} MB ({tp['documents']} documents).",
        "",
        "| measure | wall time | CPU time |",
        "|---|---|---|",
        f"| `extract()` throughput | {tp['extract_mb_s']:.2f} MB/s ({tp['extract_docs_s']:.0f} docs/s) "
        f"| {tp['extract_mb_per_cpu_s']:.2f} MB/s |",
        f"| `underthesea.word_tokenize`, same text | {tp['word_tokenize_mb_s']:.3f} MB/s "
        f"| {tp['word_tokenize_mb_per_cpu_s']:.3f} MB/s |",
        f"| ratio `extract()` / `word_tokenize` | {tp['ratio_extract_over_word_tokenize']:.1f}x "
        f"| {tp['ratio_by_cpu_time']:.1f}x |",
        f"| `underthesea.ner`, {nr['chars'] / 1e3:.0f} kB slice, a paragraph a call "
        f"| {1e3 * nr['ner_mb_s']:.1f} kB/s | |",
        f"| ratio `extract()` / `ner` | {nr['ratio_extract_over_ner']:.0f}x | |",
        f"| `import partyextract` (fresh interpreter, {imp['runs']} runs) | {1e3 * imp['best_s']:.0f} ms best, "
        f"{1e3 * imp['median_s']:.0f} ms median | |",
        f"| `extract()` on {_ten_kb(lat)} | {lat['median_ms']:.1f} ms median, "
        f"{lat['p95_ms']:.1f} ms p95 | {lat['cpu_median_ms']:.1f} ms median |",
        *(
            [
                f"| `extract()` on {r['latency_10kB_dense']['bytes'] / 1e3:.0f} kB of the densest text, the examples "
                f"({r['latency_10kB_dense']['chars']} characters) "
                f"| {r['latency_10kB_dense']['median_ms']:.1f} ms median | "
                f"{r['latency_10kB_dense']['cpu_median_ms']:.1f} ms median |"
            ]
            if "latency_10kB_dense" in r
            else []
        ),
        f"| peak memory of `extract()` on 1 MB (tracemalloc) | {mem['tracemalloc_peak_mb_extract_1MB']:.0f} MB | |",
        f"| maximum resident set size of the whole run | {mem['max_rss_mb']:.0f} MB | |",
    ]
    if "extract_many" in r:
        b = r["extract_many"]
        lines.append(f"| `extract_many(n_process=1)` | {b['n_process_1_mb_s']:.2f} MB/s | |")
        lines.append(f"| `extract_many(n_process=2)` | {b['n_process_2_mb_s']:.2f} MB/s | |")
    if "scaling" in r:
        sc = r["scaling"]
        lines += ["", "One document of growing size (linear time: equal cost per character):", ""]
        lines += ["| size | seconds (wall) | µs/char (wall) | µs/char (CPU) |", "|---|---|---|---|"]
        for s in sc["runs"]:
            lines.append(
                f"| {s['chars'] / 1e6:g} MB | {s['seconds']:.2f} | {s['us_per_char']:.2f} "
                f"| {s['cpu_us_per_char']:.2f} |"
            )
        lines += [
            "",
            f"Largest over smallest per-character cost: {sc['max_over_min']:.2f} by CPU time, "
            f"{sc['max_over_min_wall']:.2f} by wall time.",
        ]
    if "latency_articles" in r:
        lines += ["", "`extract()` on each article of the set (warm, median):", ""]
        lines += ["| article | kB | characters | ms (wall) | ms (CPU) | µs/char (CPU) |", "|---|---|---|---|---|---|"]
        for a in r["latency_articles"]:
            lines.append(
                f"| {Path(a['file']).name} | {a['bytes'] / 1e3:.1f} | {a['chars']} | {a['median_ms']:.1f} "
                f"| {a['cpu_median_ms']:.1f} | {1e3 * a['cpu_median_ms'] / a['chars']:.2f} |"
            )
    for key, what in (("stages", "the text set"), ("stages_seeds", "the seed articles alone")):
        if key in r:
            st = r[key]
            total = sum(st.values())
            lines += ["", f"Where the time goes on {what} (CPU; each document prepared afresh, stages in order):", ""]
            lines += ["| stage | µs/char | share |", "|---|---|---|"]
            for name, cost in st.items():
                lines.append(f"| {name} | {cost:.3f} | {100 * cost / total:.1f}% |")
            both = _res_terms(st)
            lines.append(f"| resolutions and terms together | {both:.3f} | {100 * both / total:.1f}% |")
    return "\n".join(lines)


def _ten_kb(lat: dict[str, Any]) -> str:
    if "source" in lat:
        return f"{lat['bytes'] / 1e3:.0f} kB of {lat['source']} ({lat['chars']} characters)"
    if "bytes" in lat:
        return f"a {lat['bytes'] / 1e3:.0f} kB text ({lat['chars']} characters)"
    return f"a {lat['chars'] / 1e3:.0f} kB article"


def _res_terms(stages: dict[str, float]) -> float:
    return stages.get("resolutions", 0.0) + stages.get("terms", 0.0)


def print_table(r: dict[str, Any]) -> None:
    tp, nr, lat, mem = r["throughput"], r["ner"], r["latency_10kB"], r["memory"]
    rows = [
        ("extract() throughput", f"{tp['extract_mb_s']:.2f} MB/s ({tp['extract_docs_s']:.0f} docs/s)"),
        ("underthesea.word_tokenize", f"{tp['word_tokenize_mb_s']:.3f} MB/s"),
        ("extract / word_tokenize", f"{tp['ratio_extract_over_word_tokenize']:.1f}x"),
        (
            "  the same by CPU time",
            f"{tp['extract_mb_per_cpu_s']:.2f} vs {tp['word_tokenize_mb_per_cpu_s']:.3f} MB/s: "
            f"{tp['ratio_by_cpu_time']:.1f}x",
        ),
        (f"underthesea.ner ({nr['chars'] / 1e3:.0f} kB slice)", f"{1e3 * nr['ner_mb_s']:.1f} kB/s"),
        ("extract / ner", f"{nr['ratio_extract_over_ner']:.0f}x"),
        (
            "import partyextract",
            f"{1e3 * r['import']['best_s']:.0f} ms best, {1e3 * r['import']['median_s']:.0f} ms median",
        ),
        (
            f"extract() on {_ten_kb(lat)}",
            f"{lat['median_ms']:.1f} ms median, {lat['p95_ms']:.1f} ms p95, {lat['cpu_median_ms']:.1f} ms CPU",
        ),
        *(
            [
                (
                    f"extract() on {r['latency_10kB_dense']['bytes'] / 1e3:.0f} kB of the examples (densest)",
                    f"{r['latency_10kB_dense']['median_ms']:.1f} ms median, "
                    f"{r['latency_10kB_dense']['cpu_median_ms']:.1f} ms CPU",
                )
            ]
            if "latency_10kB_dense" in r
            else []
        ),
        ("peak memory, extract 1 MB", f"{mem['tracemalloc_peak_mb_extract_1MB']:.0f} MB (tracemalloc)"),
        ("max RSS of the run", f"{mem['max_rss_mb']:.0f} MB"),
    ]
    for a in r.get("latency_articles", []):
        rows.append((f"  {Path(a['file']).name} ({a['bytes'] / 1e3:.1f} kB)", f"{a['cpu_median_ms']:.1f} ms CPU"))
    for key, label in (("stages", "stage"), ("stages_seeds", "on the seeds")):
        if key in r:
            st = r[key]
            total = sum(st.values())
            for name, cost in st.items():
                rows.append((f"  {label}: {name}", f"{cost:.3f} µs/char ({100 * cost / total:.1f}%)"))
            rows.append((f"  {label}: resolutions+terms", f"{100 * _res_terms(st) / total:.0f}%"))
    if "scaling" in r:
        for s in r["scaling"]["runs"]:
            rows.append(
                (
                    f"one document of {s['chars'] / 1e6:g} MB",
                    f"{s['cpu_us_per_char']:.2f} µs/char CPU, {s['us_per_char']:.2f} wall ({s['seconds']:.2f} s)",
                )
            )
        sc = r["scaling"]
        rows.append(("per-char cost max/min", f"{sc['max_over_min']:.2f} CPU, {sc['max_over_min_wall']:.2f} wall"))
    if "extract_many" in r:
        b = r["extract_many"]
        rows.append(("extract_many, 1 process", f"{b['n_process_1_mb_s']:.2f} MB/s"))
        rows.append(("extract_many, 2 processes", f"{b['n_process_2_mb_s']:.2f} MB/s"))
    width = max(len(k) for k, _ in rows)
    machine = r["machine"]
    load = machine["load_average_at_start"]
    print(f"partyextract benchmark, {r['date']}, {machine['cpus']} CPUs, load average {load}")
    for k, v in rows:
        print(f"  {k:<{width}}  {v}")


if __name__ == "__main__":
    main()
