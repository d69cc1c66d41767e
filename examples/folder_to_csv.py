"""Process a folder of articles into CSV tables, one per record kind, with a progress bar.

    python examples/folder_to_csv.py examples/articles out/ --workers 2

Writes out/documents.csv, out/resolutions.csv, out/terms.csv, out/indicators.csv,
out/localities.csv, out/officials.csv and out/mentions.csv; every table has a
``doc_id`` column (the file's path relative to the folder) to join them on.
Articles that cannot be read or extracted are listed on stderr and in
documents.csv (column ``error``), never stop the run.

The ``partyextract`` command does the same (``partyextract FOLDER --format csv -o OUT``);
this script shows the library calls to adapt to your own pipeline.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import sys
from collections.abc import Iterator
from pathlib import Path

from partyextract import ExtractionError, extract_many
from partyextract.frames import TABLES, columns, to_rows


def articles(folder: Path, pattern: str) -> Iterator[tuple[bytes, str]]:
    """(raw bytes, id) for every matching file; bytes so that bad encodings become per-file errors."""
    for path in sorted(folder.rglob(pattern)):
        if path.is_file():
            yield path.read_bytes(), path.relative_to(folder).as_posix()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--glob", default="*.txt")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)

    args.out.mkdir(parents=True, exist_ok=True)
    n_docs = n_failed = 0
    with contextlib.ExitStack() as stack:
        writers = {}
        for table in TABLES:
            fh = stack.enter_context(open(args.out / f"{table}.csv", "w", encoding="utf-8", newline=""))
            writers[table] = csv.DictWriter(fh, fieldnames=list(columns(table)))
            writers[table].writeheader()
        results = extract_many(
            articles(args.folder, args.glob),
            n_process=args.workers,
            on_error="record",  # a failure becomes an ExtractionError in its place
            progress=sys.stderr.isatty(),
        )
        for result, doc_id in results:
            if isinstance(result, ExtractionError):
                n_failed += 1
                print(f"{doc_id}: {result.error}: {result.message}", file=sys.stderr)
            n_docs += 1
            for table, rows in to_rows([result], [doc_id], flat=True).items():
                writers[table].writerows(rows)
    print(f"{n_docs} articles ({n_failed} failed) -> {args.out}/", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
