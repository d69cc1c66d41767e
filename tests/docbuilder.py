"""Build `Document`s by hand for interface tests: records placed by the substrings they mention.

The interface tests (render, frames, CLI tables) must not depend on what the extractors
find today, so they build their documents here, with spans computed from the text.
"""

from __future__ import annotations

from typing import Any

from partyextract.models import Document, Indicator, Locality, Official, Resolution, Span, Term

MODELS: dict[str, Any] = {
    "resolutions": Resolution,
    "terms": Term,
    "indicators": Indicator,
    "localities": Locality,
    "officials": Official,
}


def span(text: str, needle: str, nth: int = 0) -> Span:
    """The span of the `nth` (0-based) occurrence of `needle` in `text`."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return Span(start=pos, end=pos + len(needle), text=needle)


def make_doc(text: str, **kinds: list[tuple[list[str], dict[str, Any]]]) -> Document:
    """`make_doc(text, indicators=[(["16,8%"], {"value": 16.8, "unit": "%"})], ...)`.

    Each record is (mentioned substrings, fields); a substring may be written "needle#2" to
    take its third occurrence.
    """
    records: dict[str, list[Any]] = {}
    for kind, specs in kinds.items():
        if kind not in MODELS:
            records[kind] = specs  # document fields (title, published, ...)
            continue
        out = []
        for needles, fields in specs:
            spans = []
            for needle in needles:
                base, _, nth = needle.partition("#")
                spans.append(span(text, base, int(nth or 0)))
            out.append(MODELS[kind](mentions=spans, **fields))
        records[kind] = out
    return Document(text=text, **records)


ARTICLE = (
    "Trang chủ | Tin tức\n"
    "Huyện Bình Liêu: kết quả thực hiện Nghị quyết số 03-NQ/HU\n"
    "Ngày 5/5/2023, Huyện ủy Bình Liêu sơ kết Nghị quyết số 03-NQ/HU ngày 12/4/2021 về phát triển "
    "du lịch giai đoạn 2021 - 2025. Đồng chí Hoàng Văn Lâm, Bí thư Huyện ủy, cho biết tỷ lệ hộ "
    "nghèo giảm còn 8,6%; thu nhập bình quân đầu người đạt 52,3 triệu đồng; 12/15 xã đạt chuẩn "
    "nông thôn mới.\n"
    "Bình luận (0)\n"
)


def sample_doc() -> Document:
    """A small article with one record of every kind (and a locality nested in a title line)."""
    return make_doc(
        ARTICLE,
        title="Huyện Bình Liêu: kết quả thực hiện Nghị quyết số 03-NQ/HU",
        resolutions=[
            (
                ["Nghị quyết số 03-NQ/HU", "Nghị quyết số 03-NQ/HU#1"],
                {
                    "kind": "code",
                    "code": "03-NQ/HU",
                    "number": "03",
                    "doc_type": "NQ",
                    "issuer_code": "HU",
                    "issued_on": "2021-04-12",
                    "title": "phát triển du lịch",
                },
            )
        ],
        terms=[(["giai đoạn 2021 - 2025"], {"start": 2021, "end": 2025, "kind": "giai đoạn"})],
        indicators=[
            (
                ["8,6%"],
                {"metric": "tỷ lệ hộ nghèo", "value": 8.6, "unit": "%", "base_value": 8.6, "base_unit": "%"},
            ),
            (
                ["52,3 triệu đồng"],
                {
                    "metric": "thu nhập bình quân đầu người",
                    "value": 52.3,
                    "unit": "triệu đồng",
                    "base_value": 52.3e6,
                    "base_unit": "VND",
                    "year": 2023,
                },
            ),
            (["12/15 xã"], {"value": 12, "total": 15, "unit": "xã", "base_value": 12, "base_unit": "xã"}),
        ],
        localities=[
            (
                ["Huyện Bình Liêu", "Huyện ủy Bình Liêu"],
                {
                    "name": "Bình Liêu",
                    "level": "huyện",
                    "tier": "district",
                    "code": "201",
                    "province": "Quảng Ninh",
                },
            ),
        ],
        officials=[(["Hoàng Văn Lâm"], {"name": "Hoàng Văn Lâm", "positions": ["Bí thư Huyện ủy"]})],
    )
