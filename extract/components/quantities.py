"""claimkb_quantities: read each quantity token into a Span in doc.spans["quantities"]."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.quantities import read_quantity

# A quantity token starts with a digit, a Chinese numeral or a qualifier/fraction word.
_FIRST = set("0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万亿数上几约大近将接超逾多不未低高翻")


@Language.component("claimkb_quantities")
def quantities_component(doc: Doc) -> Doc:
    spans = []
    for token in doc:
        if token.text[0] not in _FIRST:
            continue
        quantity = read_quantity(token.text, token.idx)
        if quantity is None:
            continue
        span = Span(doc, token.i, token.i + 1, label=quantity.kind or "number")
        span._.quantity = quantity
        spans.append(span)
    doc.spans["quantities"] = spans
    return doc
