"""HTML view of a `Document`: the text with every mention highlighted, and tables of records.

Like displaCy's manual mode: each mention is marked in the colour of its record
kind, labelled, and carries a tooltip with the record's key fields; a legend
names the colours; below the text one table per kind lists the records. All
content is HTML-escaped and all styling is inline (``style=`` attributes), so
the fragment survives notebook sanitisers and renders the same anywhere.

    >>> from partyextract import extract, render_html
    >>> html = render_html(extract(text))                 # doctest: +SKIP
    >>> doc                                               # in Jupyter: shown through _repr_html_
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from pydantic import BaseModel

from .models import RECORD_KINDS, Document

__all__ = ["COLOURS", "LABELS", "page_end", "page_start", "render_html", "render_page", "render_section"]

#: Background colour of each record kind (light tints: dark text stays readable).
COLOURS: dict[str, str] = {
    "resolutions": "#fde68a",
    "terms": "#bfdbfe",
    "indicators": "#bbf7d0",
    "localities": "#fbcfe8",
    "officials": "#ddd6fe",
}
#: Short label shown after each mention.
LABELS: dict[str, str] = {
    "resolutions": "RES",
    "terms": "TERM",
    "indicators": "IND",
    "localities": "LOC",
    "officials": "OFF",
}
# Columns of each kind's table: (header, field or callable).
_TABLE_FIELDS: dict[str, tuple[str, ...]] = {
    "resolutions": (
        "kind",
        "code",
        "doc_type",
        "number",
        "issuer_code",
        "issued_on",
        "ordinal",
        "tenure",
        "title",
    ),
    "terms": ("start", "end", "kind", "tenure"),
    "indicators": ("metric", "value", "unit", "base_value", "base_unit", "total", "approx", "role", "year"),
    "localities": ("name", "level", "tier", "code", "province"),
    "officials": ("name", "positions"),
}

# Free-text columns kept readable in narrow tables.
_WIDE = frozenset({"title", "metric", "positions", "body"})
_WIDE_CELL = ";min-width:10em"
_FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif"
_MARK = (
    "background:{bg};padding:0.1em 0.25em;margin:0 0.1em;border-radius:0.3em;"
    "line-height:2;box-decoration-break:clone;-webkit-box-decoration-break:clone"
)
_LABEL = (
    "font-size:0.62em;font-weight:700;letter-spacing:0.03em;margin-left:0.35em;"
    "vertical-align:middle;color:#374151;text-transform:uppercase"
)
_CELL = "border:1px solid #e5e7eb;padding:0.25em 0.5em;text-align:left;vertical-align:top"
_CHIP = "background:{bg};padding:0 0.25em;border-radius:0.3em;line-height:1.7"


def _fmt(value: Any) -> str:
    """Display form of a field: whole numbers grouped by thin spaces (neither '.' nor ',', which
    Vietnamese and English read differently), others to 10 significant digits."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return f"{int(value):,}".replace(",", "\u202f")
        return f"{value:.10g}"
    if isinstance(value, list):
        return "; ".join(_fmt(v) for v in value)
    return str(value)


def _summary(kind: str, rec: BaseModel) -> str:
    """One-line description of a record for a mention's tooltip."""
    parts = []
    for name in _TABLE_FIELDS[kind]:
        value = getattr(rec, name, None)
        if value not in (None, [], ""):
            parts.append(f"{name}={_fmt(value)}")
    return f"{kind[:-1]}: " + ", ".join(parts)


def _marked_text(doc: Document) -> str:
    """The text with mentions wrapped in nested ``<mark>`` elements, each followed by its label.

    Mentions nest the way they do in the text (a locality inside a congress resolution). A
    mention that crosses the end of an enclosing one (rare) is cut at that end, so the markup
    stays well formed; the tooltip still names the whole record.
    """
    text = doc.text
    spans: list[tuple[int, int, str, str]] = []  # (start, end, kind, tooltip)
    for kind, rec in doc.records():
        tip = _summary(kind, rec)
        for s in rec.mentions:  # type: ignore[attr-defined]
            if 0 <= s.start < s.end <= len(text):
                spans.append((s.start, s.end, kind, tip))
    spans.sort(key=lambda sp: (sp[0], -sp[1], sp[2]))
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (end, kind) of the open marks
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            end, kind = stack.pop()
            out.append(escape(text[pos:end]))
            out.append(f'</mark><span style="{_LABEL}">{LABELS[kind]}</span>')
            pos = end

    for start, end, kind, tip in spans:
        if start < pos:  # same start as a mark already opened and closed: skip the duplicate
            continue
        close_until(start)
        if stack:
            end = min(end, stack[-1][0])
        if end <= start:
            continue
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="pe-{kind}" style="{_MARK.format(bg=COLOURS[kind])}" title="{escape(tip)}">')
        stack.append((end, kind))
        pos = start
    close_until(len(text))
    out.append(escape(text[pos:]))
    return "".join(out)


def _legend(doc: Document) -> str:
    items = []
    for kind in RECORD_KINDS:
        n = len(getattr(doc, kind))
        items.append(
            f'<span style="{_MARK.format(bg=COLOURS[kind])};margin-right:0.6em">'
            f"{escape(kind)} <b>{n}</b></span>"
        )
    return f'<div style="margin:0.5em 0 0.8em 0;font-size:0.9em">{"".join(items)}</div>'


def _meta(doc: Document) -> str:
    rows = [
        ("title", doc.title),
        ("published", doc.published.isoformat() if doc.published else None),
        ("authors", "; ".join(doc.authors) or None),
        ("outlet", doc.outlet),
        ("url", doc.url),
    ]
    none = '<i style="color:#9ca3af">none</i>'
    cells = "".join(
        f'<tr><th style="{_CELL};background:#f9fafb;width:7em">{name}</th>'
        f'<td style="{_CELL}">{escape(value) if value else none}</td></tr>'
        for name, value in rows
    )
    return f'<table style="border-collapse:collapse;margin-bottom:0.8em;font-size:0.9em">{cells}</table>'


def _tables(doc: Document) -> str:
    out = []
    for kind in RECORD_KINDS:
        recs = getattr(doc, kind)
        if not recs:
            continue
        fields = _TABLE_FIELDS[kind]
        head = "".join(f'<th style="{_CELL};background:#f9fafb">{escape(f)}</th>' for f in fields)
        head += f'<th style="{_CELL};background:#f9fafb">mentions</th>'
        body = []
        for rec in recs:
            cells = "".join(
                f'<td style="{_CELL}{_WIDE_CELL if f in _WIDE else ""}">'
                f"{escape(_fmt(getattr(rec, f, None)))}</td>"
                for f in fields
            )
            ments = "<br>".join(
                f'<span style="{_CHIP.format(bg=COLOURS[kind])}">{escape(s.text)}</span>'
                f' <small style="color:#6b7280;white-space:nowrap">{s.start}-{s.end}</small>'
                for s in rec.mentions
            )
            body.append(f'<tr>{cells}<td style="{_CELL};min-width:12em">{ments}</td></tr>')
        out.append(
            f'<h4 style="margin:1em 0 0.3em 0">{escape(kind)} ({len(recs)})</h4>'
            f'<div style="overflow-x:auto"><table style="border-collapse:collapse;font-size:0.85em">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
        )
    return "".join(out)


def render_html(doc: Document, *, tables: bool = True, meta: bool = True) -> str:
    """An HTML fragment (a ``<div>``) showing `doc`: metadata, legend, highlighted text, tables.

    Self-contained: inline styles only, no scripts, every piece of text escaped. Hover a
    mention to see its record's key fields. `tables`/`meta` switch those parts off.
    """
    parts = [f'<div class="partyextract-doc" style="{_FONT};color:#111827;max-width:60em">']
    if meta:
        parts.append(_meta(doc))
    parts.append(_legend(doc))
    parts.append(
        '<div style="white-space:pre-wrap;line-height:2;border:1px solid #e5e7eb;border-radius:0.4em;'
        f'padding:0.8em 1em;background:#ffffff">{_marked_text(doc)}</div>'
    )
    if tables:
        parts.append(_tables(doc))
    parts.append("</div>")
    return "".join(parts)


def page_start(title: str = "partyextract") -> str:
    """Opening of a complete HTML page (used with `render_section` and `page_end` to stream)."""
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title></head>"
        '<body style="margin:1.5em;background:#ffffff">\n'
    )


def render_section(doc: Document, name: str) -> str:
    """One document's view under a heading, as a ``<section>`` of a page."""
    return (
        '<section style="margin-bottom:2.5em">'
        f'<h2 style="{_FONT};font-size:1.1em;border-bottom:1px solid #e5e7eb;padding-bottom:0.2em">'
        f"{escape(name)}</h2>{render_html(doc)}</section>\n"
    )


def page_end() -> str:
    """Closing of the page opened by `page_start`."""
    return "</body></html>\n"


def render_page(
    docs: Iterable[Document], ids: Sequence[Any] | None = None, *, title: str = "partyextract"
) -> str:
    """A complete HTML page with every document's view under a heading (what the CLI writes)."""
    docs = list(docs)
    names = [str(i) for i in ids] if ids is not None else [str(n) for n in range(len(docs))]
    if len(names) != len(docs):
        raise ValueError(f"got {len(names)} ids for {len(docs)} documents")
    body = "".join(render_section(doc, name) for name, doc in zip(names, docs, strict=True))
    return page_start(title) + body + page_end()
