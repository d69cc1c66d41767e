"""to_frames()/to_rows(): a table per record kind, a documents table and a mentions table, by doc_id."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from docbuilder import ARTICLE, make_doc, sample_doc

import partyextract
from partyextract import ExtractionError, extract_many, to_frames
from partyextract.frames import TABLES, columns, to_rows
from partyextract.models import RECORD_KINDS

pd = pytest.importorskip("pandas")


@pytest.fixture
def frames() -> dict[str, pd.DataFrame]:
    other = make_doc(
        "Đảng bộ xã có 340 đảng viên.",
        indicators=[(["340 đảng viên"], {"value": 340, "unit": "đảng viên", "base_value": 340})],
    )
    return to_frames([sample_doc(), other], ids=["bl", "tl"])


def test_public_name() -> None:
    assert partyextract.to_frames is to_frames


def test_every_table_with_fixed_columns(frames: dict[str, pd.DataFrame]) -> None:
    assert list(frames) == list(TABLES) == ["documents", *RECORD_KINDS, "mentions"]
    for name, df in frames.items():
        assert list(df.columns) == list(columns(name))
        assert "doc_id" in df.columns


def test_empty_tables_keep_columns_and_dtypes() -> None:
    empty = to_frames([])
    full = to_frames([sample_doc()])
    for name in TABLES:
        assert len(empty[name]) == 0
        # doc_id takes the ids' own type; every other column has a fixed dtype
        assert dict(empty[name].dtypes.drop("doc_id")) == dict(full[name].dtypes.drop("doc_id"))


def test_documents_table(frames: dict[str, pd.DataFrame]) -> None:
    docs = frames["documents"].set_index("doc_id")
    assert list(docs.index) == ["bl", "tl"]
    assert docs.loc["bl", "n_indicators"] == 3 and docs.loc["tl", "n_indicators"] == 1
    assert docs.loc["bl", "n_chars"] == len(ARTICLE)
    assert docs.loc["bl", "title"].startswith("Huyện Bình Liêu")
    assert pd.isna(docs.loc["bl", "error"])


def test_records_join_their_document(frames: dict[str, pd.DataFrame]) -> None:
    joined = frames["indicators"].merge(frames["documents"], on="doc_id")
    assert len(joined) == 4
    assert list(joined["doc_id"]) == ["bl", "bl", "bl", "tl"]
    assert joined.loc[joined["doc_id"] == "tl", "n_chars"].item() == len("Đảng bộ xã có 340 đảng viên.")


def test_fields_and_dtypes(frames: dict[str, pd.DataFrame]) -> None:
    ind = frames["indicators"]
    assert str(ind["value"].dtype) == "float64"
    assert str(ind["year"].dtype) == "Int64"
    assert ind.loc[1, "base_value"] == 52.3e6 and ind.loc[1, "year"] == 2023
    assert ind.loc[2, "total"] == 15
    res = frames["resolutions"]
    assert str(res.loc[0, "issued_on"].date()) == "2021-04-12"
    assert frames["officials"].loc[0, "positions"] == ["Bí thư Huyện ủy"]


def test_first_mention_as_columns_and_all_mentions_in_their_table(frames: dict[str, pd.DataFrame]) -> None:
    res = frames["resolutions"].iloc[0]
    doc = sample_doc()
    first = doc.resolutions[0].mentions[0]
    assert (res["span_start"], res["span_end"], res["span_text"], res["n_mentions"]) == (
        first.start,
        first.end,
        first.text,
        2,
    )
    men = frames["mentions"]
    assert len(men) == sum(1 for _ in doc.spans()) + 1
    texts = {"bl": doc.text, "tl": "Đảng bộ xã có 340 đảng viên."}
    for row in men.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text
    both = men[(men["kind"] == "resolutions") & (men["doc_id"] == "bl")]
    assert list(both["record"]) == [0, 0]


def test_nested_successor_is_flattened() -> None:
    doc = make_doc(
        "huyện Gia Viễn",
        localities=[
            (
                ["huyện Gia Viễn"],
                {
                    "name": "Gia Viễn",
                    "level": "huyện",
                    "tier": "district",
                    "successor": {"name": "Gia Viễn", "level": "xã"},
                },
            )
        ],
    )
    loc = to_frames([doc])["localities"].iloc[0]
    assert (loc["successor_name"], loc["successor_level"]) == ("Gia Viễn", "xã")
    assert pd.isna(loc["successor_code"])


def test_default_ids_are_positions() -> None:
    frames = to_frames([sample_doc(), sample_doc()])
    assert list(frames["documents"]["doc_id"]) == [0, 1]


def test_errors_become_document_rows() -> None:
    results = list(extract_many(["Huyện ủy họp.", b"\xff"], on_error="record"))
    assert isinstance(results[1], ExtractionError)
    docs = to_frames(results, ids=["ok", "bad"])["documents"].set_index("doc_id")
    assert pd.isna(docs.loc["ok", "error"])
    assert docs.loc["bad", "error"].startswith("InputError")


def test_ids_must_match() -> None:
    with pytest.raises(ValueError, match="2 ids for 1 documents"):
        to_frames([sample_doc()], ids=["a", "b"])


def test_not_a_document() -> None:
    with pytest.raises(TypeError):
        to_frames(["text"])  # type: ignore[list-item]


def test_unknown_table() -> None:
    with pytest.raises(ValueError, match="unknown table"):
        columns("people")


def test_flat_rows_for_csv() -> None:
    rows = to_rows([sample_doc()], ["bl"], flat=True)
    assert rows["resolutions"][0]["issued_on"] == "2021-04-12"
    assert rows["officials"][0]["positions"] == "Bí thư Huyện ủy"
    assert rows["documents"][0]["authors"] == ""
    assert all(set(r) <= set(columns(t)) for t, rs in rows.items() for r in rs)


def test_parquet_round_trip(frames: dict[str, pd.DataFrame], tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    for name, df in frames.items():
        df.to_parquet(tmp_path / f"{name}.parquet", index=False)
        back = pd.read_parquet(tmp_path / f"{name}.parquet")
        assert list(back.columns) == list(df.columns) and len(back) == len(df)


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"partyextract\[frames\]"):
        to_frames([sample_doc()])


def test_importing_partyextract_does_not_import_pandas() -> None:
    import subprocess

    code = "import sys, partyextract; print(any(m in sys.modules for m in ('pandas', 'dask', 'underthesea')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False"
