"""claimkb_subject: the place or organisation a figure is about.

The first place or organisation named in the figure's sentence before it (the sentence's subject,
"今年以来,巨野县公安局…破获…196起"), else the subject of the nearest earlier sentence of the article
that has one, else the document's region. 我市/全市 resolve to the region, 全县/该镇/该基地 to the
county, town or organisation named last before them; a party or government body (市委社会工作部,
东明县委) speaks for its place.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.claims import Claim
from extract.components.layout import sentence_at
from extract.places import Mention, Place, gazetteer

_SCOPE_LEVEL = {
    "市": "city",
    "县": "county",
    "区": "county",
    "镇": "town",
    "乡": "town",
    "街道": "town",
    "村": "village",
    "社区": "village",
}


@Language.component("claimkb_subject")
def subject_component(doc: Doc) -> Doc:
    mentions = _outermost(doc._.places or [])
    region: Place | None = doc._.region
    resolved: list[tuple[Mention, Place | None]] = []
    article_starts = [a.start for a in doc._.articles or []]
    for mention in mentions:
        # names resolve against what their own article said before them (全县, 该基地, 滨河街道)
        article_start = max((s for s in article_starts if s <= mention.start), default=0)
        same_article = [(m, p) for m, p in resolved if m.start >= article_start]
        resolved.append((mention, _resolve(mention, same_article, region)))
    sentence_subject: dict[int, Place] = {}
    for mention, place in resolved:
        if place is None:
            continue
        sentence = _sentence_of(doc, mention.start)
        if sentence is not None and sentence not in sentence_subject:
            sentence_subject[sentence] = place
    for claim in doc._.claims:
        place = _subject_for(claim, resolved, sentence_subject, doc)
        if place is None:
            place = region
        if place is not None:
            claim.subject = place.name
            claim.place_code = _code_of(place)
    return doc


def _subject_for(claim: Claim, resolved, sentence_subject: dict[int, Place], doc: Doc) -> Place | None:
    for mention, place in resolved:
        if mention.start >= claim.start:
            break
        if mention.start >= claim.sentence_start and place is not None:
            return place  # the first one named in the sentence, before the figure
    article_start = _article_start(doc, claim.article_index)
    earlier = [s for s in sentence_subject if article_start <= s < claim.sentence_start]
    if earlier:
        return sentence_subject[max(earlier)]
    return None


def _resolve(mention: Mention, earlier: list[tuple[Mention, Place | None]], region: Place | None) -> Place | None:
    place = mention.place
    if mention.role == "scope":
        word = place.name
        if word[1:] == "市" and word[0] in "我全本":
            return region
        level = _SCOPE_LEVEL.get(word[1:])
        for _, candidate in reversed(earlier):
            if candidate is None:
                continue
            if level and candidate.level == level:
                return candidate
            if not level and candidate.level == "organisation" and candidate.name.endswith(word[1:]):
                return candidate
        return region if level == "city" else None
    if mention.role == "government":
        # 市委社会工作部 -> 菏泽市; 东明县委社会工作部 -> 东明县; 巨野县公安局党委 -> 巨野县公安局
        inner = [p for m, p in earlier if p is not None and mention.start <= m.start and m.end <= mention.end]
        if inner:
            return inner[0]
        if place.name.startswith(("市", "全市")):
            return region
        return None
    if place.level in ("town", "village") and place.parent is None:
        parent_level = "county" if place.level == "town" else None
        for _, candidate in reversed(earlier):
            if candidate is None or candidate.level == "organisation":
                continue
            if (
                parent_level == "county"
                and candidate.level == "county"
                or (parent_level is None and candidate.level in ("town", "county"))
            ):
                return Place(candidate.name + place.name, place.level, candidate.code, candidate.name)
            if candidate.level == "city":
                break
    return place


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Mentions not nested in a longer one, except those a government body is resolved through."""
    out: list[Mention] = []
    for mention in mentions:
        if out and mention.start < out[-1].end and out[-1].role != "government":
            continue
        out.append(mention)
    return out


def _code_of(place: Place) -> str | None:
    if place.code:
        return place.code
    gaz = gazetteer()
    for name_length in range(len(place.name), 1, -1):
        candidates = gaz.by_name.get(place.name[:name_length])
        if candidates:
            return candidates[0].code
    return None


def _sentence_of(doc: Doc, char: int) -> int | None:
    sentence = sentence_at(doc, char)
    return sentence[0] if sentence else None


def _article_start(doc: Doc, index: int) -> int:
    articles = doc._.articles or []
    return articles[index].start if index < len(articles) else 0
