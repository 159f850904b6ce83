"""The spaCy pipeline: spacy.blank("zh") with claimkb's tokenizer and named components.

    text -> layout -> quantities -> claims -> kind -> places -> metric -> subject -> period

Each step is a registered component (extract/components/) that reads what the steps before it
put on the Doc and adds its own part; `doc._.claims` is the result.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extract import components  # noqa: F401  (registers the components)
from extract.claims import Claim
from extract.places import Place, gazetteer
from extract.tokenizer import QuantityTokenizer

STEPS = (
    "claimkb_layout",
    "claimkb_quantities",
    "claimkb_claims",
    "claimkb_kind",
    "claimkb_places",
    "claimkb_metric",
    "claimkb_subject",
    "claimkb_period",
)


@cache
def build_pipeline() -> Language:
    nlp = spacy.blank("zh")
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
    has doc._.claims and doc._.articles."""
    nlp = build_pipeline()
    doc = nlp.make_doc(text)
    doc._.doc_name = doc_name
    doc._.doc_id = doc_id
    doc._.region = resolve_region(region)
    doc._.date = date
    return nlp(doc)


def extract_claims(
    text: str, doc_name: str = "", doc_id: str = "", region: str | None = None, date: str | None = None
) -> list[Claim]:
    """Every claim in one document (see `analyse`)."""
    return analyse(text, doc_name, doc_id, region, date)._.claims


def resolve_region(name: str | None) -> Place | None:
    """A region given by name (菏泽市, 菏泽) -> the gazetteer's place, or None if unknown."""
    if not name:
        return None
    return gazetteer().lookup(name)
