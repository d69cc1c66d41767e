"""The examples run as documented: the articles, the folder-to-CSV script, the notebook, the Spark recipe."""

from __future__ import annotations

import csv
import importlib.util
import json
import runpy
import subprocess
import sys
import unicodedata
from pathlib import Path
from types import ModuleType

import pytest

from partyextract import extract
from partyextract.frames import TABLES, columns
from partyextract.text import Text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ARTICLES = sorted((EXAMPLES / "articles").glob("*.txt"))


def test_there_are_example_articles() -> None:
    assert len(ARTICLES) >= 3


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_example_article_reads_like_a_scraped_page(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    assert Text(raw).chrome, "examples keep their page chrome (menus, comments, counters)"
    doc = extract(raw)
    for _, span in doc.spans():
        assert doc.text[span.start : span.end] == span.text


def test_folder_to_csv(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for p in ARTICLES:
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "hong.txt").write_bytes(b"\xff\xfe")
    out = tmp_path / "out"
    res = subprocess.run(
        [sys.executable, str(EXAMPLES / "folder_to_csv.py"), str(folder), str(out), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert res.returncode == 0, res.stderr
    assert "hong.txt: InputError" in res.stderr
    for table in TABLES:
        with open(out / f"{table}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        if table == "documents":
            assert [r["doc_id"] for r in rows] == sorted([p.name for p in ARTICLES] + ["hong.txt"])
            assert [bool(r["error"]) for r in rows].count(True) == 1
        for row in rows:
            assert set(row) == set(columns(table))


def test_notebook_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pandas")
    ns = runpy.run_path(str(EXAMPLES / "notebook.py"), run_name="__main__")
    assert set(ns["frames"]) == set(TABLES)
    assert ns["html"].startswith('<div class="partyextract-doc"')
    assert len(ns["frames"]["documents"]) == len(ARTICLES)


def test_notebook_is_a_jupytext_percent_script() -> None:
    text = (EXAMPLES / "notebook.py").read_text(encoding="utf-8")
    assert "format_name: percent" in text
    assert text.count("# %%") >= 5


def _spark_recipe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spark_recipe", EXAMPLES / "spark_recipe.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_spark_recipe_functions_without_spark() -> None:
    """The pandas halves of the Spark recipe, as Spark calls them on each Arrow batch."""
    pd = pytest.importorskip("pandas")
    r = _spark_recipe()
    texts = pd.Series([p.read_text(encoding="utf-8") for p in ARTICLES] + [None])
    out = r.to_json(texts)
    assert len(out) == len(texts)
    assert "error" in json.loads(out.iloc[-1]) and "indicators" in json.loads(out.iloc[0])
    batch = pd.DataFrame({"id": range(len(ARTICLES)), "text": texts[:-1]})
    for table in TABLES:
        (df,) = list(r.extract_table(table)(iter([batch])))
        assert list(df.columns) == list(columns(table))
        schema = r.spark_schema(table)
        assert schema.count("`") == 2 * len(df.columns)
