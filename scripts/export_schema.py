"""Write the JSON Schema of `partyextract.Document` to docs/schema/document.schema.json.

Run after changing the models: `python scripts/export_schema.py`. A test checks the file is current.
"""

from __future__ import annotations

import json
from pathlib import Path

from partyextract.models import Document

TARGET = Path(__file__).resolve().parent.parent / "docs" / "schema" / "document.schema.json"


def schema_text() -> str:
    """The schema as committed: sorted keys, two-space indent, non-ASCII kept, final newline."""
    schema = Document.model_json_schema(mode="serialization")
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {TARGET}")
