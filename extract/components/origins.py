"""claimkb_origins: a listed part named by the foreign country its cases came from (境外输入确诊病例5例，其中西班牙
3例、意大利1例; 荷兰输入3例) counts what its whole counts, from that country: the country goes into its metric
(西班牙输入确诊病例), or the parts of one list are told apart by nothing. After the aspect step, which finds a
part's whole by the metric they share."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.components.extensions import doc_text
from extract.components.metric import metric_key
from extract.origins import foreign_origin, from_the_country

_OF_A_WHOLE = ("sentence", "carried")  # metric bases of a part given its whole's metric


@Language.component("claimkb_origins")
def origins_component(doc: Doc) -> Doc:
    text = doc_text(doc)
    for claim in doc._.claims:
        if claim.metric is None or claim.metric_basis not in _OF_A_WHOLE:
            continue
        origin = foreign_origin(text, claim)
        if origin is not None and origin[0] not in claim.metric:
            claim.metric = from_the_country(claim.metric, origin[0], text[origin[1] : claim.start])
            claim.metric_key = metric_key(claim.metric)
    return doc
