"""Strategies for the shortcut properties: wherever a pattern matches, the cheap test in front of it
says it may. Text is built from bits that exercise the pattern (its words in several cases, blanks,
digits, punctuation, Vietnamese letters) and from whole positive examples."""

from __future__ import annotations

from hypothesis import strategies as st


def cases(*words: str) -> list[str]:
    """Each word as written, capitalised, upper-cased and title-cased (the case variants a text holds)."""
    return sorted({f(w) for w in words for f in (str, str.capitalize, str.upper, str.title)})


def texts(bits: list[str], positives: list[str], size: int = 6) -> st.SearchStrategy[str]:
    """Text joined from `bits` and whole `positives` (in their case variants), either as likely."""
    piece = st.one_of(st.sampled_from(sorted(set(bits))), st.sampled_from(cases(*positives)))
    sep = st.sampled_from(["", "", " ", ", ", ". "])
    return st.lists(st.tuples(piece, sep), max_size=size).map(lambda ps: "".join(a + b for a, b in ps))
