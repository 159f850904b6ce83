"""claimkb_layout: articles, paragraphs and sentences of the page; sentence starts on the tokens."""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from extract.layout import split_articles


@Language.component("claimkb_layout")
def layout_component(doc: Doc) -> Doc:
    articles = split_articles(doc.text)
    doc._.articles = articles
    sentences = [(s, e, a.index) for a in articles for s, e in a.sentences]
    sentences.sort()
    doc._.sentences = sentences
    starts = {s for s, _, _ in sentences}
    for token in doc:
        token.is_sent_start = token.i == 0 or token.idx in starts
    return doc


def sentence_at(doc: Doc, char: int) -> tuple[int, int, int] | None:
    """The sentence (start, end, article index) holding a character offset."""
    sentences = doc._.sentences
    i = bisect_right(sentences, (char, float("inf"), 0)) - 1
    if i >= 0 and sentences[i][0] <= char < sentences[i][1]:
        return sentences[i]
    return None
