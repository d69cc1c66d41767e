"""The `partyextract` command (also `python -m partyextract`).

Reads articles from files, folders (recursively), JSONL files or standard
input, extracts them (optionally over worker processes) and writes JSON, JSONL,
CSV, HTML or Parquet. Run ``partyextract --help`` for the options and examples.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from .__about__ import __version__
from .batch import DEFAULT_BATCH_SIZE, ExtractionError, extract_many
from .models import RECORD_KINDS, Document

__all__ = ["EXIT_DEPENDENCY", "EXIT_FAILURES", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "main"]

#: Everything was processed (per-document errors, if any, were reported on stderr).
EXIT_OK = 0
#: ``--strict`` only: some input could not be read or extracted, or no input was found.
EXIT_FAILURES = 1
#: Bad command line (argparse's convention), e.g. ``--format csv`` with neither --output nor --kind.
EXIT_USAGE = 2
#: An optional dependency is missing (pandas/pyarrow for Parquet).
EXIT_DEPENDENCY = 3
#: Interrupted with Ctrl-C.
EXIT_INTERRUPTED = 130

FORMATS = ("jsonl", "json", "csv", "html", "parquet")
TABLES = ("documents", *RECORD_KINDS, "mentions")

_EPILOG = """\
examples:
  partyextract article.txt                        one article, JSON Lines to stdout
  partyextract --format json article.txt -o out.json
  partyextract articles/ --workers 2 -o out.jsonl  every *.txt under articles/, two processes
  partyextract articles/ --glob '*.md' --format csv -o tables/
                                                  one CSV per record kind (+ documents, mentions)
  partyextract articles/ --format csv --kind indicators > indicators.csv
  cat article.txt | partyextract -                read one article from stdin
  partyextract crawl.jsonl --text-field body --id-field url --format parquet -o tables/
  zcat crawl.jsonl.gz | partyextract - --text-field body --format jsonl --no-text
  partyextract article.txt --format html -o view.html

inputs:
  FILE    a text file is one article (UTF-8); a .jsonl/.ndjson file holds one JSON object a line,
          the article in --text-field and its id in --id-field
  FOLDER  every file matching --glob, recursively, in sorted order
  -       standard input: one article, or JSON Lines when --text-field or --input-format jsonl is given

outputs (--format):
  jsonl    one JSON object a line: {"id": ..., **Document}   (default)
  json     a JSON array of the same objects
  csv      tables documents, resolutions, terms, indicators, localities, officials, mentions,
           each with a doc_id column: a folder of CSV files (--output DIR), or one table (--kind)
  html     one page with every article's highlighted view and record tables
  parquet  the same tables as Parquet files in --output DIR (needs 'partyextract[frames]')

exit codes:
  0    done; documents that failed were reported on stderr and left out
  1    --strict and some input could not be read or extracted (or none was found)
  2    bad command line
  3    a needed optional dependency is missing (pandas/pyarrow for parquet)
  130  interrupted
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="partyextract",
        description="Extract typed, grounded records (document codes, terms, indicators, localities, "
        "officials) from Vietnamese party-news articles.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, or - for stdin")
    p.add_argument("-f", "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    p.add_argument("-o", "--output", metavar="PATH", help="output file (folder for csv/parquet); default stdout")
    p.add_argument("--kind", choices=TABLES, help="csv/parquet: write only this table (to --output or stdout)")
    p.add_argument("--glob", default="*.txt", help="file pattern inside folders (default: *.txt)")
    p.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read inputs; auto: .jsonl/.ndjson files (and stdin with --text-field) are JSON Lines",
    )
    p.add_argument("--text-field", help="JSONL field holding the article text (default: text)")
    p.add_argument("--id-field", default="id", help="JSONL field holding the document id (default: id)")
    p.add_argument("-w", "--workers", type=int, default=1, metavar="N", help="worker processes (-1: all CPUs)")
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="N", help=argparse.SUPPRESS)
    p.add_argument("--no-text", action="store_true", help="json/jsonl: leave the article text out of the output")
    p.add_argument("--ner", action="store_true", help="also run underthesea NER for officials (much slower)")
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal and the output is not)",
    )
    p.add_argument("--strict", action="store_true", help="exit 1 when any input fails")
    p.add_argument("-q", "--quiet", action="store_true", help="do not report per-document errors")
    p.add_argument("-V", "--version", action="version", version=f"partyextract {__version__}")
    return p


# ---------------------------------------------------------------------------
# Inputs


class _Reporter:
    """Per-input error messages on stderr, counted for the exit code."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.failures = 0

    def error(self, where: str, message: str) -> None:
        self.failures += 1
        if not self.quiet:
            print(f"partyextract: error: {where}: {message}", file=sys.stderr)


def _is_jsonl(path: str, args: argparse.Namespace) -> bool:
    if args.input_format != "auto":
        return bool(args.input_format == "jsonl")
    if path == "-":
        return args.text_field is not None
    return Path(path).suffix.lower() in (".jsonl", ".ndjson")


def _expand(inputs: Sequence[str], pattern: str, rep: _Reporter) -> list[str]:
    """Inputs with folders replaced by their matching files (sorted, recursive)."""
    out: list[str] = []
    for item in inputs:
        if item == "-":
            out.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(str(f) for f in path.rglob(pattern) if f.is_file())
            if not found:
                rep.error(item, f"no file matching {pattern!r} in this folder")
            out.extend(found)
        elif path.exists():
            out.append(item)
        else:
            rep.error(item, "no such file or folder")
    return out


def _jsonl_items(name: str, stream: IO[bytes], args: argparse.Namespace, rep: _Reporter) -> Iterator[tuple[Any, Any]]:
    field = args.text_field or "text"
    for lineno, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(raw)
        except ValueError as exc:
            rep.error(where, f"not a JSON line ({exc})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get(field), str):
            rep.error(where, f"no text field {field!r} (choose it with --text-field)")
            continue
        doc_id = obj.get(args.id_field, where)
        yield obj[field], doc_id


def _items(paths: list[str], args: argparse.Namespace, rep: _Reporter) -> Iterator[tuple[Any, Any]]:
    """(text or bytes, doc id) for every article, lazily, in input order."""
    for path in paths:
        try:
            if path == "-":
                if _is_jsonl(path, args):
                    yield from _jsonl_items("<stdin>", sys.stdin.buffer, args, rep)
                else:
                    yield sys.stdin.buffer.read(), "-"
            elif _is_jsonl(path, args):
                with open(path, "rb") as fh:
                    yield from _jsonl_items(path, fh, args, rep)
            else:
                yield Path(path).read_bytes(), path
        except OSError as exc:
            rep.error(path, exc.strerror or str(exc))


# ---------------------------------------------------------------------------
# Outputs


class _Writer:
    def write(self, doc: Document, doc_id: Any) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


def _record(doc: Document, doc_id: Any, no_text: bool) -> dict[str, Any]:
    data = doc.model_dump(mode="json", exclude={"text"} if no_text else None)
    return {"id": doc_id, **data}


class _JsonLines(_Writer):
    def __init__(self, out: IO[str], no_text: bool) -> None:
        self.out, self.no_text = out, no_text

    def write(self, doc: Document, doc_id: Any) -> None:
        self.out.write(json.dumps(_record(doc, doc_id, self.no_text), ensure_ascii=False) + "\n")


class _JsonArray(_Writer):
    def __init__(self, out: IO[str], no_text: bool) -> None:
        self.out, self.no_text, self.n = out, no_text, 0
        out.write("[")

    def write(self, doc: Document, doc_id: Any) -> None:
        self.out.write(",\n" if self.n else "\n")
        self.out.write(json.dumps(_record(doc, doc_id, self.no_text), ensure_ascii=False, indent=2))
        self.n += 1

    def close(self) -> None:
        self.out.write("\n]\n" if self.n else "]\n")


class _Html(_Writer):
    def __init__(self, out: IO[str]) -> None:
        from .render import page_start

        self.out = out
        out.write(page_start("partyextract"))

    def write(self, doc: Document, doc_id: Any) -> None:
        from .render import render_section

        self.out.write(render_section(doc, str(doc_id)))

    def close(self) -> None:
        from .render import page_end

        self.out.write(page_end())


class _Csv(_Writer):
    """One CSV per table, written as documents arrive (no pandas needed)."""

    def __init__(self, outs: dict[str, IO[str]]) -> None:
        from .frames import columns

        self.writers = {}
        for table, fh in outs.items():
            w = csv.DictWriter(fh, fieldnames=list(columns(table)), extrasaction="ignore")
            w.writeheader()
            self.writers[table] = w

    def write(self, doc: Document, doc_id: Any) -> None:
        from .frames import to_rows

        for table, rows in to_rows([doc], [doc_id], flat=True).items():
            if table in self.writers:
                self.writers[table].writerows(rows)


class _Parquet(_Writer):
    """Collects table rows (not documents: the texts are not kept), then writes one Parquet file
    per table, or one file for --kind."""

    def __init__(self, target: Path, kind: str | None) -> None:
        self.target, self.kind = target, kind
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in ([kind] if kind else TABLES)}

    def write(self, doc: Document, doc_id: Any) -> None:
        from .frames import to_rows

        for table, rows in to_rows([doc], [str(doc_id)]).items():
            if table in self.rows:
                self.rows[table].extend(rows)

    def close(self) -> None:
        from .frames import frame

        if self.kind:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            frame(self.rows[self.kind], self.kind).to_parquet(self.target, index=False)
            return
        self.target.mkdir(parents=True, exist_ok=True)
        for table, rows in self.rows.items():
            frame(rows, table).to_parquet(self.target / f"{table}.parquet", index=False)


def _check_parquet() -> str | None:
    try:
        import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]  # noqa: F401
        import pyarrow  # type: ignore[import-untyped, import-not-found, unused-ignore]  # noqa: F401
    except ImportError as exc:
        return f"--format parquet needs pandas and pyarrow: pip install 'partyextract[frames]' ({exc})"
    return None


def _open_writer(args: argparse.Namespace, stack: contextlib.ExitStack) -> _Writer:
    def text_out(path: str | None) -> IO[str]:
        if path is None or path == "-":
            return _stdout_utf8(stack)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return stack.enter_context(open(path, "w", encoding="utf-8", newline=""))

    fmt = args.format
    if fmt == "jsonl":
        return _JsonLines(text_out(args.output), args.no_text)
    if fmt == "json":
        return _JsonArray(text_out(args.output), args.no_text)
    if fmt == "html":
        return _Html(text_out(args.output))
    if fmt == "csv":
        if args.kind:
            return _Csv({args.kind: text_out(args.output)})
        folder = Path(args.output)
        folder.mkdir(parents=True, exist_ok=True)
        return _Csv({t: text_out(str(folder / f"{t}.csv")) for t in TABLES})
    return _Parquet(Path(args.output), args.kind)


def _stdout_utf8(stack: contextlib.ExitStack) -> IO[str]:
    """stdout as UTF-8 whatever the locale; flushed and detached (not closed) at the end."""
    wrapper = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", line_buffering=False)
    stack.callback(wrapper.detach)
    stack.callback(wrapper.flush)
    return wrapper


# ---------------------------------------------------------------------------


def _show_progress(args: argparse.Namespace) -> bool:
    if args.progress is not None:
        return bool(args.progress)
    to_terminal = (args.output in (None, "-")) and sys.stdout.isatty()
    return sys.stderr.isatty() and not to_terminal


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (see `partyextract --help`)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.format in ("csv", "parquet") and not args.output and not (args.kind and args.format == "csv"):
        parser.error(f"--format {args.format} writes a folder of tables: give --output DIR (or --kind KIND)")
    if args.kind and args.format not in ("csv", "parquet"):
        parser.error("--kind applies to --format csv and parquet")
    if args.format == "parquet" and args.output in ("-",):
        parser.error("parquet cannot be written to stdout: give --output")
    if args.workers == 0 or args.workers < -1:
        parser.error("--workers must be a positive number or -1")
    if args.format == "parquet" and (problem := _check_parquet()):
        print(f"partyextract: {problem}", file=sys.stderr)
        return EXIT_DEPENDENCY

    rep = _Reporter(args.quiet)
    paths = _expand(args.inputs, args.glob, rep)
    if not paths and not rep.failures:
        rep.error("input", "nothing to read")
    text_inputs = [p for p in paths if not _is_jsonl(p, args)]
    total = len(paths) if len(text_inputs) == len(paths) else None
    bar = None
    if _show_progress(args):
        try:
            from tqdm import tqdm  # type: ignore[import-untyped, import-not-found, unused-ignore]

            bar = tqdm(total=total, unit="doc", desc="partyextract", file=sys.stderr, dynamic_ncols=True)
        except ImportError:
            if args.progress:
                print("partyextract: no progress bar: pip install 'partyextract[progress]'", file=sys.stderr)
    n_ok = 0
    try:
        with contextlib.ExitStack() as stack:
            writer = _open_writer(args, stack)
            results = extract_many(
                _items(paths, args, rep),
                n_process=args.workers,
                batch_size=args.batch_size,
                on_error="record",
                ner=args.ner,
                as_tuples=True,
            )
            for result, doc_id in results:
                if bar is not None:
                    bar.update(1)
                if isinstance(result, ExtractionError):
                    rep.error(str(doc_id), f"{result.error}: {result.message}")
                    continue
                writer.write(result, doc_id)
                n_ok += 1
            writer.close()
    except KeyboardInterrupt:
        print("partyextract: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `partyextract ... | head`
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    finally:
        if bar is not None:
            bar.close()
    if rep.failures and not args.quiet:
        print(f"partyextract: {n_ok} documents written, {rep.failures} failed", file=sys.stderr)
    return EXIT_FAILURES if (args.strict and rep.failures) else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
