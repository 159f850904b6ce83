"""The extension attributes the components share on Doc and Span."""

from __future__ import annotations

from spacy.tokens import Doc, Span

TEXT_KEY = "claimkb_text"
CLAIMS_KEY = "claimkb_claims"
QUANTITIES_KEY = "claimkb_quantities"  # (token index, Quantity) pairs the tokenizer found


def doc_text(doc: Doc) -> str:
    """The document text, cached (the tokenizer stores the text it was given): Doc.text joins
    every token again on each access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def _claims(doc: Doc) -> list:
    """The Claim records of doc.spans["claims"], cached (the claims step fills the cache): every
    step after the claims step reads them."""
    spans = doc.spans.get("claims", [])
    cached = doc.user_data.get(CLAIMS_KEY)
    if cached is None or len(cached) != len(spans):
        cached = doc.user_data[CLAIMS_KEY] = [span._.claim for span in spans]
    return cached


for name, default in (
    ("doc_name", ""),
    ("doc_id", ""),
    ("region", None),  # Place of the publishing city, for 我市 / 全市 / 本市
    ("date", None),  # publication date (ISO), for periods such as 今年以来
    ("articles", None),  # list[layout.Article]
    ("sentences", None),  # list[(start, end, article index)], in text order
    ("places", None),  # list[places.Mention], in text order
):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)
if not Doc.has_extension("claims"):
    Doc.set_extension("claims", getter=_claims)
for name in ("quantity", "claim"):
    if not Span.has_extension(name):
        Span.set_extension(name, default=None)
