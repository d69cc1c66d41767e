"""partyextract.dask on a real dask.distributed LocalCluster with two worker processes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")

import dask  # noqa: E402
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

from partyextract import extract  # noqa: E402
from partyextract.dask import bag_to_frames, dataframe_to_frames, empty_frame, extract_bag  # noqa: E402
from partyextract.frames import TABLES, columns, to_frames  # noqa: E402

ARTICLES = sorted((Path(__file__).resolve().parent.parent / "examples" / "articles").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in ARTICLES] * 2  # 6 articles


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_two_workers(client: Any) -> None:
    assert len(client.scheduler_info()["workers"]) == 2


def test_bag_of_texts_to_tables(client: Any) -> None:
    bag = db.from_sequence([*TEXTS, b"\xff not utf-8"], npartitions=4)
    tables = bag_to_frames(bag)
    assert list(tables) == list(TABLES)
    computed = dask.compute(*tables.values())
    got = dict(zip(tables, computed, strict=True))
    docs = got["documents"]
    assert len(docs) == len(TEXTS) + 1
    assert docs["doc_id"].is_unique
    ok = docs[docs["error"].isna()]
    assert list(ok["n_chars"]) == [len(extract(t).text) for t in TEXTS]
    assert docs["error"].dropna().str.startswith("InputError").all()
    # same records as extracting locally
    local = to_frames([extract(t) for t in TEXTS])
    for name in TABLES:
        assert list(got[name].columns) == list(columns(name))
        assert len(got[name]) == len(local[name]) + (name == "documents")  # + the failed one


def test_bag_of_pairs_keeps_ids(client: Any) -> None:
    bag = db.from_sequence([(t, f"bai-{i}") for i, t in enumerate(TEXTS)], npartitions=3)
    docs = bag_to_frames(bag, tables=["documents"])["documents"].compute()
    assert list(docs["doc_id"]) == [f"bai-{i}" for i in range(len(TEXTS))]


def test_dataframe_text_column(client: Any) -> None:
    pdf = pd.DataFrame({"url": [f"https://bao.vn/{i}" for i in range(len(TEXTS))], "body": TEXTS})
    ddf = dd.from_pandas(pdf, npartitions=3)
    tables = dataframe_to_frames(ddf, "body", id_column="url", tables=["documents", "indicators"])
    assert set(tables) == {"documents", "indicators"}
    docs, ind = dask.compute(tables["documents"], tables["indicators"])
    assert list(docs["doc_id"]) == list(pdf["url"])
    assert set(ind["doc_id"]) <= set(pdf["url"])
    merged = pdf.merge(docs, left_on="url", right_on="doc_id")
    assert (merged["body"].str.len() == merged["n_chars"]).all()


def test_dataframe_index_is_the_default_id(client: Any) -> None:
    pdf = pd.DataFrame({"text": TEXTS[:4]}, index=[10, 11, 12, 13])
    docs = dataframe_to_frames(dd.from_pandas(pdf, npartitions=2), tables=["documents"])[
        "documents"
    ].compute()
    assert list(docs["doc_id"]) == ["10", "11", "12", "13"]


def test_meta_matches_the_computed_frames(client: Any) -> None:
    tables = bag_to_frames(db.from_sequence(TEXTS[:3], npartitions=2))
    computed = dask.compute(*tables.values())  # one pass: the tables share the extraction tasks
    for (name, ddf), df in zip(tables.items(), computed, strict=True):
        assert dict(ddf.dtypes) == dict(empty_frame(name).dtypes)
        assert dict(df.dtypes) == dict(empty_frame(name).dtypes)


def test_bag_of_documents(client: Any) -> None:
    docs = extract_bag(db.from_sequence(TEXTS[:3], npartitions=2)).compute()
    assert [d.text for d in docs] == TEXTS[:3]


def test_bad_arguments() -> None:
    ddf = dd.from_pandas(pd.DataFrame({"text": ["a"]}), npartitions=1)
    with pytest.raises(KeyError, match="body"):
        dataframe_to_frames(ddf, "body")
    with pytest.raises(ValueError, match="unknown table"):
        dataframe_to_frames(ddf, tables=["people"])
