"""extract_many(): ordered, lazy, parallel, and one bad document never kills a batch unless asked."""

from __future__ import annotations

import itertools
import pickle
import sys
import unicodedata
import warnings
from pathlib import Path

import pytest

import partyextract
import partyextract.batch as batch
from partyextract import Document, ExtractionError, InputError, extract_many
from partyextract.errors import ExtractionTimeout, PartyExtractError

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples" / "articles").glob("*.txt"))


def _articles(n: int) -> list[str]:
    """n distinct articles: the examples with a numbered line added, so order is checkable."""
    base = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    return [f"{base[i % len(base)]}\nBài số {i}\n" for i in range(n)]


FORK = batch._mp_context().get_start_method() == "fork"
needs_fork = pytest.mark.skipif(not FORK, reason="patching workers needs the fork start method")


def test_public_names() -> None:
    assert partyextract.extract_many is extract_many
    assert partyextract.ExtractionError is ExtractionError


@pytest.mark.parametrize(("n_process", "batch_size"), [(1, 32), (2, 1), (2, 3), (2, 32)])
def test_order_is_preserved(n_process: int, batch_size: int) -> None:
    texts = _articles(23)
    docs = list(extract_many(texts, n_process=n_process, batch_size=batch_size))
    assert [d.text for d in docs] == texts
    assert all(isinstance(d, Document) for d in docs)


@needs_fork
def test_objects_are_frozen_for_forked_workers_and_thawed_after() -> None:
    """The parent's objects are frozen while forked workers run (their collector skips them) and
    thawed when the batch ends, read to the end or closed early."""
    import gc

    assert gc.get_freeze_count() == 0
    stream = extract_many(_articles(8), n_process=2, batch_size=2)
    next(stream)
    assert gc.get_freeze_count() > 0
    stream.close()
    assert gc.get_freeze_count() == 0
    assert len(list(extract_many(_articles(4), n_process=2, batch_size=2))) == 4
    assert gc.get_freeze_count() == 0


def test_workers_give_the_same_records_as_one_process() -> None:
    texts = _articles(6)
    one = [d.model_dump() for d in extract_many(texts)]
    two = [d.model_dump() for d in extract_many(texts, n_process=2, batch_size=2)]
    assert one == two == [partyextract.extract(t).model_dump() for t in texts]


def test_text_is_nfc_normalised_like_extract() -> None:
    nfd = unicodedata.normalize("NFD", "Huyện ủy Bình Liêu ban hành nghị quyết")
    (doc,) = extract_many([nfd], n_process=2)
    assert doc.text == unicodedata.normalize("NFC", nfd)


@pytest.mark.parametrize("n_process", [1, 2])
def test_pairs_carry_their_context_even_unpicklable(n_process: int) -> None:
    texts = _articles(7)
    contexts = [{"id": i, "callback": lambda: None} for i in range(7)]  # lambdas cannot be pickled
    out = list(extract_many(zip(texts, contexts, strict=True), n_process=n_process, batch_size=2))
    assert [ctx["id"] for _, ctx in out] == list(range(7))
    assert [doc.text for doc, _ in out] == texts


def test_pairs_must_stay_pairs() -> None:
    with pytest.raises(TypeError, match="item 1"):
        list(extract_many([("văn bản", 1), "không phải cặp"]))


def test_as_tuples_false_reads_tuples_as_texts() -> None:
    (item,) = extract_many([("a", "b")], as_tuples=False, on_error="record")
    assert isinstance(item, ExtractionError) and item.error == "TypeError"


def test_empty_input() -> None:
    assert list(extract_many([], n_process=2)) == []


def test_is_lazy_and_bounded_on_an_endless_stream() -> None:
    consumed = 0

    def endless() -> itertools.count[int]:
        return itertools.count()

    def texts():  # type: ignore[no-untyped-def]
        nonlocal consumed
        for i in endless():
            consumed += 1
            yield f"Đảng bộ xã có {i} đảng viên."

    gen = extract_many(texts(), n_process=2, batch_size=4)
    first = list(itertools.islice(gen, 10))
    gen.close()
    assert [d.text for d in first] == [f"Đảng bộ xã có {i} đảng viên." for i in range(10)]
    # at most a few chunks per worker are read ahead
    assert consumed <= 10 + 4 * 2 * batch._PREFETCH_PER_WORKER + 4


BAD = [b"\xff\xfe not utf-8", None, 42]


@pytest.mark.parametrize("n_process", [1, 2])
def test_record_puts_an_error_in_place(n_process: int) -> None:
    texts: list[object] = ["Tỉnh ủy họp.", *BAD, "Huyện ủy họp."]
    out = list(extract_many(texts, n_process=n_process, batch_size=2, on_error="record"))
    assert len(out) == len(texts)
    assert isinstance(out[0], Document) and isinstance(out[-1], Document)
    errors = out[1:4]
    assert all(isinstance(e, ExtractionError) for e in errors)
    assert [e.index for e in errors] == [1, 2, 3]  # type: ignore[union-attr]
    assert [e.error for e in errors] == ["InputError", "TypeError", "TypeError"]  # type: ignore[union-attr]
    assert errors[0].text_length == len(BAD[0]) and errors[1].text_length is None  # type: ignore[union-attr, arg-type]
    assert "UTF-8" in errors[0].message  # type: ignore[union-attr]


def test_error_record_shape() -> None:
    (err,) = extract_many([b"\xff"], on_error="record")
    assert isinstance(err, ExtractionError)
    assert err.ok is False
    assert err.to_dict() == {
        "index": 0,
        "error": "InputError",
        "message": err.message,
        "text_length": 1,
        "traceback": None,
    }
    assert str(err).startswith("document 0: InputError:")
    assert pickle.loads(pickle.dumps(err)) == err


@pytest.mark.parametrize("n_process", [1, 2])
def test_skip_leaves_failures_out(n_process: int) -> None:
    texts: list[object] = ["một", *BAD, "hai"]
    assert [d.text for d in extract_many(texts, n_process=n_process, on_error="skip")] == ["một", "hai"]


@pytest.mark.parametrize("n_process", [1, 2])
def test_skip_drops_the_context_too(n_process: int) -> None:
    pairs = [("một", "a"), (b"\xff", "b"), ("hai", "c")]
    assert [c for _, c in extract_many(pairs, n_process=n_process, on_error="skip")] == ["a", "c"]


@pytest.mark.parametrize("n_process", [1, 2])
def test_raise_yields_everything_before_the_failure(n_process: int) -> None:
    texts: list[object] = ["một", "hai", b"\xff", "ba"]
    seen = []
    with pytest.raises(InputError):
        for doc in extract_many(texts, n_process=n_process, batch_size=3):
            seen.append(doc.text)
    assert seen == ["một", "hai"]


def _failing_extract(text: object, *, ner: bool = False) -> Document:
    if text == "HẾT GIỜ":
        raise ExtractionTimeout("pattern ran past its budget")
    if text == "LỖI":
        raise RuntimeError("a bug in an extractor")
    return Document(text=str(text))


@pytest.mark.parametrize("n_process", [1, pytest.param(2, marks=needs_fork)])
def test_timeouts_and_bugs_are_recorded_with_a_traceback_for_bugs(
    n_process: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "extract", _failing_extract)
    out = list(extract_many(["a", "HẾT GIỜ", "LỖI", "b"], n_process=n_process, on_error="record"))
    assert [getattr(x, "error", None) for x in out] == [None, "ExtractionTimeout", "RuntimeError", None]
    assert out[1].traceback is None  # type: ignore[union-attr]
    assert "a bug in an extractor" in (out[2].traceback or "")  # type: ignore[union-attr]


@needs_fork
def test_a_dead_worker_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    def die(text: object, *, ner: bool = False) -> Document:
        if text == "CHẾT":
            os._exit(3)
        return Document(text=str(text))

    monkeypatch.setattr(batch, "extract", die)
    with pytest.raises(PartyExtractError, match="worker process died"):
        list(extract_many(["a", "CHẾT", "b"], n_process=2, batch_size=1))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"on_error": "ignore"}, "on_error"),
        ({"n_process": 0}, "n_process"),
        ({"n_process": -2}, "n_process"),
        ({"batch_size": 0}, "batch_size"),
    ],
)
def test_bad_arguments_fail_at_the_call(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        extract_many(["x"], **kwargs)  # type: ignore[arg-type]


def test_a_single_string_is_a_mistake() -> None:
    with pytest.raises(TypeError, match="use extract"):
        extract_many("Huyện ủy họp.")  # type: ignore[arg-type]


def test_bytes_and_memoryviews_are_decoded_like_extract() -> None:
    raw = "Tỉnh ủy họp.".encode()
    docs = list(extract_many([raw, bytearray(raw), memoryview(raw)], n_process=2, batch_size=1))
    assert [d.text for d in docs] == ["Tỉnh ủy họp."] * 3


def test_all_cpus() -> None:
    assert [d.text for d in extract_many(["a", "b", "c"], n_process=-1)] == ["a", "b", "c"]


def test_progress_bar_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    list(extract_many(["a", "b", "c"], progress=True))
    err = capsys.readouterr().err
    assert "3/3" in err


def test_progress_without_tqdm_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs = list(extract_many(["a", "b"], progress=True))
    assert [d.text for d in docs] == ["a", "b"]
    assert any("partyextract[progress]" in str(w.message) for w in caught)


@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_workers_started_fresh_work_too(method: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a notebook or a threaded program gets: workers that import partyextract themselves."""
    import multiprocessing

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} on this platform")
    monkeypatch.setattr(batch, "_mp_context", lambda: multiprocessing.get_context(method))
    texts: list[object] = ["Tỉnh ủy họp.", None, "Huyện ủy họp."]
    out = list(extract_many(texts, n_process=2, batch_size=1, on_error="record"))
    assert [getattr(x, "text", None) for x in out] == ["Tỉnh ủy họp.", None, "Huyện ủy họp."]
    assert isinstance(out[1], ExtractionError) and out[1].error == "TypeError"
