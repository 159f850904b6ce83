"""The former and the latter (claimkb_metric).

A figure whose clause names only 前者 or 后者 measures one of the two things a pair names just before it
("太阳光电与风力发电都有成长，前者从2019年的40.1亿度增至2020年的60.8亿度，后者则从18.9亿度成长为22.8亿度"):
the first of the pair for 前者, the second for 后者. The pair is two nouns joined by 与, 和, 及 or 、, closing
before an adverb that says both (都, 均) or at a clause's end, in the figure's sentence or the one before it.
Pure functions over the text and the claims; the metric step runs former_and_latter once the figures' own
clauses have named them.
"""

from __future__ import annotations

from extract.claims import Claim
from extract.components.metric_phrases import clean_before, tidy_metric
from extract.pattern_cache import compile_pattern

# what points at one of the pair, and which one (its index in the pair)
POINTERS = {"前者": 0, "后者": 1}  # which of the pair each names: the first, the second
# two nouns joined, at the start of a clause, then a word of both or the clause's end
_PAIR = compile_pattern(
    r"(?:^|(?<=[，,。；;：:\n]))\s*(?P<first>[\u4e00-\u9fff]{2,10}?)(?:与|和|及|、)(?P<second>[\u4e00-\u9fff]{2,10}?)"
    r"(?=都|均|皆|也都|分别|[，,。；;])"
)
# how far before the figure's sentence the pair may be written
_PAIR_REACH = 200


def former_and_latter(text: str, claims: list[Claim], mentions: dict) -> None:
    """Each figure named 前者 or 后者 (its metric as its clause gave it, after it a pointer alone) measures the
    first or the second of the pair named last before its clause, without the places opening them (`mentions`, by
    where they start: 全市小麦和玉米)."""
    for claim in claims:
        which = POINTERS.get(claim.metric or "")
        if which is None:
            continue
        pair = _pair_before(text, claim, mentions)
        if pair is not None:
            claim.metric, claim.metric_basis = pair[which], "sentence"


def _pair_before(text: str, claim: Claim, mentions: dict) -> tuple[str, str] | None:
    """The last pair of nouns before the figure's pointer, within _PAIR_REACH characters, both naming something."""
    start = max(0, claim.sentence_start - _PAIR_REACH)
    pointer = text.rfind(claim.metric or "", start, claim.start)
    end = pointer if pointer >= 0 else claim.start
    found = None
    for match in _PAIR.finditer(text, start, end):
        first = tidy_metric(clean_before(match["first"], match.start("first"), mentions))
        second = tidy_metric(clean_before(match["second"], match.start("second"), mentions))
        if first and second:
            found = (first, second)
    return found
