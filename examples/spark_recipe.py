"""Recipe: partyextract on Apache Spark with pandas UDFs (``pip install pyspark partyextract[frames]``).

Two shapes, both running `extract_many` on each Arrow batch inside the executors:

* `extract_json`: a Series -> Series pandas UDF adding one JSON column (the whole `Document`
  without its text, or the error) next to each article;
* `extract_table`: a ``mapInPandas`` function giving one record table (indicators, officials,
  ...) with a ``doc_id`` column, typed by `spark_schema`.

partyextract must be installed on every executor (same version as the driver).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pandas as pd

from partyextract import ExtractionError, extract_many
from partyextract.frames import columns, frame, to_rows

# pandas dtype of a table column (partyextract.frames.columns) -> Spark SQL type.
# List cells arrive flattened ("; "-joined or JSON), so object columns are strings.
SPARK_TYPES = {
    "string": "string",
    "object": "string",
    "Int64": "bigint",
    "float64": "double",
    "boolean": "boolean",
    "datetime64[ns]": "timestamp",
}


def spark_schema(table: str) -> str:
    """Spark DDL schema of a partyextract table, e.g. ``spark_schema("indicators")``."""
    return ", ".join(f"`{name}` {SPARK_TYPES[dtype]}" for name, dtype in columns(table).items())


def to_json(texts: pd.Series) -> pd.Series:
    """One JSON string per article: the Document without its text, or {"error": ...}."""
    out = []
    for result in extract_many(texts.tolist(), on_error="record"):
        if isinstance(result, ExtractionError):
            out.append(json.dumps({"error": result.to_dict()}, ensure_ascii=False))
        else:
            out.append(result.model_dump_json(exclude={"text"}))
    return pd.Series(out, index=texts.index)


def extract_table(
    table: str, text_col: str = "text", id_col: str = "id"
) -> Callable[..., Iterator[pd.DataFrame]]:
    """A ``mapInPandas`` function turning batches of (id, text) rows into one record table."""

    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for pdf in batches:
            docs = extract_many(pdf[text_col].tolist(), on_error="record")
            rows = to_rows(docs, pdf[id_col].astype(str).tolist(), flat=True)[table]
            df = frame(rows, table)
            df["doc_id"] = df["doc_id"].astype("string")
            yield df

    return run


if __name__ == "__main__":  # pragma: no cover - needs pyspark and a JVM
    from pyspark.sql import SparkSession
    from pyspark.sql.functions import pandas_udf

    spark = SparkSession.builder.master("local[2]").appName("partyextract").getOrCreate()
    articles = spark.read.json("articles.jsonl")  # columns: id, text

    # 1. a JSON column with every record of each article
    extract_json = pandas_udf(to_json, "string")
    articles.withColumn("records", extract_json("text")).write.parquet("out/records")

    # 2. one typed table per record kind, joined on doc_id
    indicators = articles.select("id", "text").mapInPandas(
        extract_table("indicators"), schema=spark_schema("indicators")
    )
    indicators.write.parquet("out/indicators")
