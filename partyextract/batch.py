"""`extract_many()`: many articles, in order, optionally over worker processes.

Shaped like spaCy's `nlp.pipe`: a lazy, ordered generator. Input is consumed
in chunks of `batch_size` and at most a few chunks per worker are in flight,
so a stream of millions of articles runs in bounded memory.

    >>> from partyextract import extract_many
    >>> for doc in extract_many(texts, n_process=2):          # doctest: +SKIP
    ...     print(len(doc.indicators))
    >>> for doc, ctx in extract_many([(text, {"id": 7})]):      # doctest: +SKIP
    ...     print(ctx["id"], doc.title)

Errors. A document that fails (undecodable bytes, a non-text item, a pattern
timeout, a bug) is handled according to `on_error`:

* ``"raise"`` (default): every earlier document is yielded, then the original
  exception is raised at that position;
* ``"skip"``: the document is left out (its context too);
* ``"record"``: an `ExtractionError` is yielded in its place, so outputs stay
  aligned with inputs (``isinstance(item, ExtractionError)`` tells them apart).

Contexts never leave the calling process, so they need not be picklable.
"""

from __future__ import annotations

import gc
import itertools
import os
import sys
import threading
import traceback as _traceback
import warnings
from collections import deque
from collections.abc import Iterable, Iterator, Sized
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Literal

from .errors import PartyExtractError
from .models import Document
from .pipeline import extract

if TYPE_CHECKING:  # multiprocessing is imported when workers are first asked for
    import multiprocessing.context
    from concurrent.futures import Future

__all__ = ["DEFAULT_BATCH_SIZE", "ExtractionError", "OnError", "extract_many"]

OnError = Literal["raise", "skip", "record"]

#: Documents sent to a worker at a time. Large enough to amortise pickling and
#: inter-process latency, small enough to balance two workers on short batches.
DEFAULT_BATCH_SIZE = 32

# Chunks in flight per worker: enough to keep every worker busy while the
# parent unpickles results, few enough to bound memory on endless streams.
_PREFETCH_PER_WORKER = 3


@dataclass(frozen=True)
class ExtractionError:
    """Stands in for a document that could not be extracted (``on_error="record"``).

    Attributes:
        index: position of the document in the input (0-based).
        error: exception class name, e.g. ``"ExtractionTimeout"``, ``"InputError"``, ``"TypeError"``.
        message: the exception message.
        text_length: length of the input text in characters (bytes for undecodable input),
            ``None`` when the item was not text at all.
        traceback: the formatted traceback, for bugs worth reporting (``None`` for input errors).
    """

    index: int
    error: str
    message: str
    text_length: int | None = None
    traceback: str | None = None

    @property
    def ok(self) -> bool:
        """Always ``False``: lets code test ``getattr(item, "ok", True)`` on mixed output."""
        return False

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict of the fields."""
        return asdict(self)

    def __str__(self) -> str:
        return f"document {self.index}: {self.error}: {self.message}"


# ---------------------------------------------------------------------------
# Per-document work, shared by the in-process and the worker paths


class _NotText:
    """Placeholder sent to a worker instead of an item that is not text (never pickled as is)."""

    __slots__ = ("type_name",)

    def __init__(self, type_name: str) -> None:
        self.type_name = type_name


_Outcome = tuple[Document | None, ExtractionError | None, BaseException | None]

# Input-side errors need no traceback; anything else is probably a bug worth reporting.
_EXPECTED = (TypeError, ValueError, TimeoutError)


def _picklable(exc: BaseException) -> BaseException | None:
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return None
    return exc


def _one(index: int, item: object, ner: bool, in_worker: bool) -> _Outcome:
    """Extract one item; never raises (except KeyboardInterrupt/SystemExit)."""
    try:
        if isinstance(item, _NotText):
            raise TypeError(
                f"extract() expects the article text as str (or UTF-8 bytes), not {item.type_name}"
            )
        return extract(item, ner=ner), None, None  # type: ignore[arg-type]
    except Exception as exc:
        length = len(item) if isinstance(item, (str, bytes, bytearray)) else None
        tb = None if isinstance(exc, _EXPECTED) else _traceback.format_exc()
        record = ExtractionError(index, type(exc).__name__, str(exc), length, tb)
        return None, record, (_picklable(exc) if in_worker else exc)


def _run_chunk(start: int, items: list[object], ner: bool) -> list[_Outcome]:
    """Worker entry point: extract a chunk of documents, each failure captured separately."""
    return [_one(start + i, item, ner, True) for i, item in enumerate(items)]


def _prepare(item: object) -> object:
    """What is sent to a worker: text as is, a cheap placeholder for anything else."""
    if isinstance(item, memoryview):
        return bytes(item)
    return item if isinstance(item, (str, bytes, bytearray)) else _NotText(type(item).__name__)


# ---------------------------------------------------------------------------
# Input shape: plain texts or (text, context) pairs


def _split_pairs(items: Iterable[Any], as_tuples: bool | None) -> tuple[Iterator[object], deque[Any] | None]:
    """Return an iterator of texts and, for pairs, a deque the contexts are appended to in order.

    `as_tuples=None` decides from the first item: a 2-tuple is a pair, anything else a text.
    """
    it = iter(items)
    try:
        first = next(it)
    except StopIteration:
        return iter(()), None
    if as_tuples is None:
        as_tuples = isinstance(first, tuple) and len(first) == 2
    full = itertools.chain([first], it)
    if not as_tuples:
        return full, None
    contexts: deque[Any] = deque()

    def texts() -> Iterator[object]:
        for n, pair in enumerate(full):
            if not (isinstance(pair, tuple) and len(pair) == 2):
                raise TypeError(
                    f"item {n}: expected a (text, context) pair like the first item, "
                    f"got {type(pair).__name__}"
                )
            contexts.append(pair[1])
            yield pair[0]

    return texts(), contexts


# ---------------------------------------------------------------------------
# Progress


def _progress_bar(total: int | None, enabled: bool) -> Any:
    """A tqdm bar on stderr, or None. Warns once, clearly, when tqdm is missing."""
    if not enabled:
        return None
    try:
        from tqdm.auto import tqdm  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        warnings.warn(
            "progress=True needs tqdm: pip install 'partyextract[progress]' "
            "(continuing without a progress bar)",
            stacklevel=4,
        )
        return None
    return tqdm(total=total, unit="doc", desc="partyextract", file=sys.stderr, dynamic_ncols=True)


# ---------------------------------------------------------------------------
# The generator


def _mp_context() -> multiprocessing.context.BaseContext:
    """`fork` when it is safe and available (no start-up cost: workers share the warm parent);
    otherwise `forkserver`/`spawn`, which re-import partyextract in each worker."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1 and sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _outcomes(texts: Iterator[object], n_process: int, batch_size: int, ner: bool) -> Iterator[_Outcome]:
    """Yield one outcome per input text, in input order."""
    if n_process == 1:
        for i, item in enumerate(texts):
            yield _one(i, item, ner, False)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunks = (
        (start, [_prepare(x) for x in chunk])
        for start, chunk in zip(
            itertools.count(0, batch_size), iter(lambda: list(itertools.islice(texts, batch_size)), [])
        )
    )
    context = _mp_context()
    # Forked workers share the parent's objects (patterns, gazetteer, the caller's data): frozen, the
    # garbage collector of neither side walks them again and again (nor copies their pages in a worker
    # by touching them), which was a fifth of the parent's time. Thawed when the batch ends; left alone
    # when the caller froze objects already.
    frozen = context.get_start_method() == "fork" and gc.get_freeze_count() == 0
    with ProcessPoolExecutor(max_workers=n_process, mp_context=context) as pool:
        pending: deque[Future[list[_Outcome]]] = deque()
        try:
            if frozen:  # (inside the try, so it is always thawed; workers fork at the first submit)
                gc.freeze()
            for start, chunk in itertools.islice(chunks, n_process * _PREFETCH_PER_WORKER):
                pending.append(pool.submit(_run_chunk, start, chunk, ner))
            while pending:
                try:
                    results = pending.popleft().result()
                except BrokenProcessPool as exc:
                    raise PartyExtractError(
                        "a worker process died (out of memory or killed?); rerun with n_process=1 "
                        "to find the document that causes it"
                    ) from exc
                nxt = next(chunks, None)
                if nxt is not None:
                    pending.append(pool.submit(_run_chunk, nxt[0], nxt[1], ner))
                yield from results
        finally:
            for fut in pending:
                fut.cancel()
            if frozen:
                gc.unfreeze()


def extract_many(
    texts: Iterable[Any],
    *,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: bool = False,
    on_error: OnError = "raise",
    ner: bool = False,
    as_tuples: bool | None = None,
) -> Iterator[Any]:
    """Extract many articles; yield results in input order.

    Args:
        texts: an iterable (possibly endless) of article texts (str or UTF-8 bytes), or of
            ``(text, context)`` pairs; with pairs, ``(result, context)`` pairs are yielded.
            Pairs are recognised from the first item (a 2-tuple) unless `as_tuples` says.
        n_process: worker processes; 1 runs in this process, ``-1`` uses every CPU.
        batch_size: documents sent to a worker at a time.
        progress: show a tqdm progress bar on stderr (``pip install 'partyextract[progress]'``).
        on_error: ``"raise"``, ``"skip"`` or ``"record"`` (yield an `ExtractionError`), see the
            module docs.
        ner: passed to `extract()`.
        as_tuples: force reading items as pairs (True) or as texts (False).

    Yields:
        `Document` (or `ExtractionError` with ``on_error="record"``), or ``(result, context)``.
    """
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError("extract_many() takes an iterable of texts; for a single text use extract()")
    if on_error not in ("raise", "skip", "record"):
        raise ValueError(f"on_error must be 'raise', 'skip' or 'record', not {on_error!r}")
    if n_process == -1:
        n_process = os.cpu_count() or 1
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be a positive int or -1, not {n_process!r}")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")
    return _generate(texts, n_process, batch_size, progress, on_error, ner, as_tuples)


def _generate(
    texts: Iterable[Any],
    n_process: int,
    batch_size: int,
    progress: bool,
    on_error: OnError,
    ner: bool,
    as_tuples: bool | None,
) -> Iterator[Any]:
    total = len(texts) if isinstance(texts, Sized) else None
    bar = _progress_bar(total, progress)
    stream, contexts = _split_pairs(texts, as_tuples)
    try:
        for doc, err, exc in _outcomes(stream, n_process, batch_size, ner):
            ctx = contexts.popleft() if contexts is not None else None
            if bar is not None:
                bar.update(1)
            if err is not None:
                if on_error == "raise":
                    if exc is not None:
                        raise exc
                    raise PartyExtractError(str(err))
                if on_error == "skip":
                    continue
                result: Document | ExtractionError = err
            else:
                assert doc is not None
                result = doc
            yield (result, ctx) if contexts is not None else result
    finally:
        if bar is not None:
            bar.close()
