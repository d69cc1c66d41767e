"""Extract the records of one article and print them, one line each.

    python examples/quickstart.py                    # the example article shipped here
    python examples/quickstart.py path/to/article.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

import partyextract

HERE = Path(__file__).resolve().parent
SINGULAR = {"resolutions": "resolution", "terms": "term", "indicators": "indicator",
            "localities": "locality", "officials": "official"}


def main(argv: list[str]) -> None:
    path = Path(argv[1]) if len(argv) > 1 else HERE / "article.txt"
    doc = partyextract.extract(path.read_text(encoding="utf-8"))
    print(f"title:     {doc.title}")
    print(f"published: {doc.published}")
    print(f"authors:   {', '.join(doc.authors) or '-'}")
    print(f"outlet:    {doc.outlet or '-'}")
    for kind, record in doc.records():
        fields = record.model_dump(mode="json", exclude={"mentions"}, exclude_none=True, exclude_defaults=True)
        where = ", ".join(f"{s.start}-{s.end} {s.text!r}" for s in record.mentions[:3])  # type: ignore[attr-defined]
        print(f"{SINGULAR[kind]:<11} {fields}  @ {where}")


if __name__ == "__main__":
    main(sys.argv)
