"""claimkb_quantities: each quantity token as a Span in doc.spans["quantities"].

The tokenizer (extract/tokenizer.py) has already found and read every quantity; this step puts
them on the Doc as spans labelled with their kind.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.extensions import QUANTITIES_KEY


@Language.component("claimkb_quantities")
def quantities_component(doc: Doc) -> Doc:
    spans = []
    for index, quantity in doc.user_data.get(QUANTITIES_KEY, []):
        span = Span(doc, index, index + 1, label=quantity.kind or "number")
        span._.quantity = quantity
        spans.append(span)
    doc.spans["quantities"] = spans
    return doc
