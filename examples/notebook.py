# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # partyextract in a notebook
#
# A [jupytext](https://jupytext.readthedocs.io) percent script: open it in Jupyter as a
# notebook (`jupytext --to notebook examples/notebook.py`), or run it as a plain script
# (`python examples/notebook.py`); the test suite runs it that way.
#
# It extracts one article, shows it with every mention highlighted, then turns a folder
# of articles into pandas tables.

# %%
from pathlib import Path

import partyextract
from partyextract import extract, extract_many, render_html, to_frames

try:
    from IPython.display import HTML, display
except ImportError:  # running as a plain script
    HTML = str

    def display(obj: object) -> None:
        print(str(obj)[:300], "...")


HERE = Path(__file__).resolve().parent if "__file__" in globals() else Path("examples")
ARTICLES = sorted((HERE / "articles").glob("*.txt"))
print(partyextract.__version__, len(ARTICLES), "articles")

# %% [markdown]
# ## One article
#
# `extract()` returns a `Document`: the article's metadata and five lists of records, each
# record with the character spans of its mentions in `doc.text`.

# %%
doc = extract(ARTICLES[0].read_text(encoding="utf-8"))
print(doc.title, doc.published, doc.outlet)
for kind, record in doc.records():
    span = record.mentions[0]
    assert doc.text[span.start : span.end] == span.text  # spans always index doc.text
    print(f"{kind:12} {span.text!r}")

# %% [markdown]
# ## The HTML view
#
# In Jupyter, a `Document` displays itself highlighted (`_repr_html_`); `render_html()`
# gives the same HTML as a string to save or embed.

# %%
html = render_html(doc)
display(HTML(html))

# %% [markdown]
# ## Tables
#
# `extract_many()` runs many articles (in order, optionally over processes); `to_frames()`
# turns the documents into pandas DataFrames, one per record kind, joined by `doc_id`.

# %%
names = [p.name for p in ARTICLES]
docs = list(extract_many(p.read_text(encoding="utf-8") for p in ARTICLES))
frames = to_frames(docs, ids=names)
print({name: len(df) for name, df in frames.items()})
frames["documents"][["doc_id", "title", "published", "n_indicators", "n_localities"]]

# %%
indicators = frames["indicators"].merge(frames["documents"][["doc_id", "outlet"]], on="doc_id")
indicators[["doc_id", "metric", "value", "unit", "base_value", "base_unit", "role", "span_text"]].head(20)
