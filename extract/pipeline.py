"""The spaCy pipeline: spacy.blank("zh") with claimkb's tokenizer and named components.

    text -> layout -> quantities -> places -> claims -> kind -> metric -> subject -> period

Each step is a registered component (extract/components/) that reads what the steps before it
put on the Doc and adds its own part; `doc._.claims` is the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extract import components  # noqa: F401  (registers the components)
from extract.claims import Claim
from extract.layout import Article
from extract.places import Place, gazetteer
from extract.tokenizer import QuantityTokenizer

STEPS = (
    "claimkb_layout",
    "claimkb_quantities",
    "claimkb_places",  # before claims: a number inside a place's name is no claim (三元朱村)
    "claimkb_claims",
    "claimkb_kind",
    "claimkb_metric",
    "claimkb_subject",
    "claimkb_period",
)


@cache
def build_pipeline() -> Language:
    nlp = spacy.blank("zh")
    # The steps read the text by character offset, never a token's lexical attributes (shape,
    # like_num, norm...). Computing those for every new stretch of text between quantities was a
    # fifth of the time on text not seen before.
    nlp.vocab.lex_attr_getters = {}
    nlp.tokenizer = QuantityTokenizer(nlp.vocab)
    for step in STEPS:
        nlp.add_pipe(step)
    return nlp


def analyse(
    text: str,
    doc_name: str = "",
    doc_id: str = "",
    region: str | None = None,
    date: str | None = None,
) -> Doc:
    """Run the pipeline on one document. `region` names the publishing place (我市 -> it); `date`
    is the publication date (ISO), used to turn periods such as 今年以来 into dates. The result
    has doc._.claims and doc._.articles. Its strings stay in the shared vocabulary: for many
    documents use `extract_document`."""
    nlp = build_pipeline()
    doc = nlp.make_doc(text)
    doc._.doc_name = doc_name
    doc._.doc_id = doc_id
    doc._.region = resolve_region(region)
    doc._.date = date
    return nlp(doc)


@dataclass(frozen=True)
class Extraction:
    """What the pipeline found in one document, as plain Python objects that outlive its Doc."""

    claims: list[Claim]
    articles: list[Article]
    region: Place | None  # the region given, or the one inferred from the text


def extract_document(
    text: str, doc_name: str = "", doc_id: str = "", region: str | None = None, date: str | None = None
) -> Extraction:
    """Run the pipeline on one document (see `analyse`) and keep the results, not the Doc.

    The Doc lives in a spaCy memory zone: the strings and lexemes of its text are freed after it,
    so a long ingest does not grow the vocabulary with every new stretch of text."""
    nlp = build_pipeline()
    with nlp.memory_zone():
        doc = analyse(text, doc_name, doc_id, region, date)
        return Extraction(list(doc._.claims), list(doc._.articles or []), doc._.region)


def extract_claims(
    text: str, doc_name: str = "", doc_id: str = "", region: str | None = None, date: str | None = None
) -> list[Claim]:
    """Every claim in one document (see `analyse`)."""
    return extract_document(text, doc_name, doc_id, region, date).claims


def resolve_region(name: str | None) -> Place | None:
    """A region given by name (菏泽市, 菏泽) -> the gazetteer's place, or None if unknown."""
    if not name:
        return None
    return gazetteer().lookup(name)
