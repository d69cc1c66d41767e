"""The Spark recipe (examples/spark_recipe.py) on a local SparkSession; skipped without pyspark."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("pandas")
pytest.importorskip("pyspark")

import pandas as pd

from partyextract.frames import columns

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "articles").glob("*.txt"))]


def recipe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spark_recipe", ROOT / "examples" / "spark_recipe.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    # Spark's Python workers run `python3` from PATH unless told otherwise: use this interpreter,
    # the one partyextract and pandas are installed in.
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    session = SparkSession.builder.master("local[2]").appName("partyextract-test").getOrCreate()
    yield session
    session.stop()
    monkeypatch.undo()


def test_json_column(spark: Any) -> None:
    from pyspark.sql.functions import pandas_udf

    r = recipe()
    df = spark.createDataFrame(pd.DataFrame({"id": [f"a{i}" for i in range(len(TEXTS))], "text": TEXTS}))
    rows = df.withColumn("records", pandas_udf(r.to_json, "string")("text")).orderBy("id").collect()
    assert len(rows) == len(TEXTS)
    for row in rows:
        data = json.loads(row["records"])
        assert "indicators" in data and "text" not in data


def test_table_with_schema(spark: Any) -> None:
    r = recipe()
    df = spark.createDataFrame(pd.DataFrame({"id": ["x", "y", "z"], "text": TEXTS[:3]}))
    docs = df.mapInPandas(r.extract_table("documents"), schema=r.spark_schema("documents")).toPandas()
    assert sorted(docs["doc_id"]) == ["x", "y", "z"]
    assert list(docs.columns) == list(columns("documents"))
    ind = df.mapInPandas(r.extract_table("indicators"), schema=r.spark_schema("indicators")).toPandas()
    assert set(ind["doc_id"]) <= {"x", "y", "z"}
