"""claimkb_layout: articles, paragraphs and sentences of the page; sentence starts on the tokens."""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extract.components.extensions import TABLES_KEY, doc_text
from extract.layout import split_articles
from extract.table_cells import find_tables


@Language.component("claimkb_layout")
def layout_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    tables = find_tables(text)
    doc.user_data[TABLES_KEY] = tables  # the table steps read their cells (components/table_cells.py)
    articles = split_articles(text, tables)
    attributes = doc._  # one Underscore object, not one per attribute read
    attributes.articles = articles
    sentences = [(s, e, a.index) for a in articles for s, e in a.sentences]
    sentences.sort()
    attributes.sentences = sentences
    if len(doc) and sentences:
        if len(doc) <= FEW_TOKENS:
            mark_sentence_starts_one_by_one(doc, sentences)
        else:
            mark_sentence_starts_by_array(doc, sentences)
    return doc


# Up to this many tokens (a short line: a title, a record of a JSONL feed) the sentence starts are set token
# by token: the numpy calls of the array way cost 25 µs whatever the length, five times the loop's cost.
FEW_TOKENS = 32


def mark_sentence_starts_one_by_one(doc: Doc, sentences: list[tuple[int, int, int]]) -> None:
    """token.is_sent_start for each token: each setting scans the Doc (spaCy checks it is unparsed), so
    only for a few tokens."""
    starts = {start for start, _, _ in sentences}
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0 or token.idx in starts


def mark_sentence_starts_by_array(doc: Doc, sentences: list[tuple[int, int, int]]) -> None:
    """One array for all tokens; both offset lists are sorted, so a binary search finds the tokens that
    start a sentence."""
    offsets = doc.to_array(IDX)
    starts = numpy.array([s for s, _, _ in sentences], dtype=offsets.dtype)
    nearest = starts[numpy.searchsorted(starts, offsets).clip(max=len(starts) - 1)]
    flags = numpy.where(nearest == offsets, 1, -1)
    flags[0] = 1
    doc.from_array([SENT_START], flags.astype("int64").astype("uint64").reshape(-1, 1))


def sentence_at(sentences: list[tuple[int, int, int]], char: int) -> tuple[int, int, int] | None:
    """The sentence (start, end, article index) of doc._.sentences holding a character offset."""
    i = bisect_right(sentences, (char, float("inf"), 0)) - 1
    if i >= 0 and sentences[i][0] <= char < sentences[i][1]:
        return sentences[i]
    return None
