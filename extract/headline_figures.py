"""A headline's figure and the body's figure that restates it ("河南新增89例" and "…新增确诊病例89例"): what they
share, for the steps that give a headline's figure what its restatement says (the metric, the period). Plain
functions: no spaCy."""

from __future__ import annotations

from extract.aspect_words import PEOPLE_UNITS
from extract.claims import Claim

# the amounts a headline repeats from its article: not a percentage or a change, which many things share
_NAMED_KINDS = frozenset(("count", "money", "measure"))


def restating_key(claim: Claim) -> tuple[int, float, str] | None:
    """What a headline's figure and the body's figure that restates it share (the article, the value and the
    unit), for the amounts a headline repeats; None for a percentage or a change."""
    return (claim.article_index, claim.value, claim.unit) if claim.kind in _NAMED_KINDS else None


def restating_keys(claim: Claim) -> tuple[tuple[int, float, str], ...]:
    """The keys a headline's figure is looked up by in its body, for the time and the aspect it takes from there:
    restating_key, then, for people, one where people and the cases they are count one for another (河北首批3名患者
    治愈出院 -> 正式出院3例) — only where no body figure has the first. Not for its metric: a body's 72名 of one age
    would name 湖口乡72例."""
    key = restating_key(claim)
    if key is None:
        return ()
    return (key, (claim.article_index, claim.value, _PEOPLE)) if claim.unit in PEOPLE_UNITS else (key,)


_PEOPLE = "people"


def in_own_words(claim: Claim) -> bool:
    """Whether the figure's metric is named in its own clause, not a list's part given its whole's (遵义市8例 of
    累计确诊病例中): the figure a headline's restates."""
    return claim.metric_basis in (None, "clause")


def same_metric(headline: Claim, body: Claim) -> bool:
    """Whether a body figure counts what the headline's does: a headline naming nothing (河南新增89例) counts
    what the body says; else the same metric, the same key (肺炎确诊病例 and 确诊病例), or one inside the other."""
    if headline.metric is None or body.metric is None:
        return headline.metric is None
    if headline.metric_key is not None and headline.metric_key == body.metric_key:
        return True
    return headline.metric in body.metric or body.metric in headline.metric
