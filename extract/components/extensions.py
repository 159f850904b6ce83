"""The extension attributes the components share on Doc and Span."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

TEXT_KEY = "claimkb_text"
# Results kept in doc.user_data by token index (every quantity is one token) and read by the
# extension getters below: setting a Span extension costs an Underscore object per span, and
# the steps read these for every figure.
QUANTITIES_KEY = "claimkb_quantities"  # {token index: Quantity}, what the tokenizer found
CLAIMS_KEY = "claimkb_claims"  # {token index: Claim}, the claims step's records in text order
TABLES_KEY = "claimkb_tables"  # list[table_cells.Table], the layout step's tables in text order


def doc_text(doc: Doc) -> str:
    """The document text, cached (the tokenizer stores the text it was given): Doc.text joins
    every token again on each access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def _claims(doc: Doc) -> list:
    """The Claim records of doc.spans["claims"], in text order."""
    return list(doc.user_data.get(CLAIMS_KEY, {}).values())


def _one_token_result(key: str) -> Callable[[Span], object]:
    def getter(span: Span) -> object:
        if span.end != span.start + 1:
            return None
        return span.doc.user_data.get(key, {}).get(span.start)

    return getter


for name, default in (
    ("doc_name", ""),
    ("doc_id", ""),
    ("region", None),  # Place of the publishing city, for 我市 / 全市 / 本市
    ("date", None),  # publication date (ISO), for periods such as 今年以来
    ("script", None),  # the OpenCC conversion of a Traditional text (tw2sp: Taiwan's), else None
    ("articles", None),  # list[layout.Article]
    ("sentences", None),  # list[(start, end, article index)], in text order
    ("places", None),  # list[places.Mention], in text order
):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)
if not Doc.has_extension("claims"):
    Doc.set_extension("claims", getter=_claims)
for name, key in (("quantity", QUANTITIES_KEY), ("claim", CLAIMS_KEY)):
    if not Span.has_extension(name):
        Span.set_extension(name, getter=_one_token_result(key))  # the quantity / claim read at that token
