"""claimkb_quantities: each quantity token as a Span in doc.spans["quantities"].

The tokenizer (extract/tokenizer.py) has already found and read every quantity; this step puts
them on the Doc as spans labelled with their kind (span._.quantity reads the tokenizer's).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.extensions import QUANTITIES_KEY


@Language.component("claimkb_quantities")
def quantities_component(doc: Doc) -> Doc:
    doc.spans["quantities"] = [
        Span(doc, index, index + 1, label=quantity.kind or "number")
        for index, quantity in doc.user_data.get(QUANTITIES_KEY, {}).items()
    ]
    return doc
