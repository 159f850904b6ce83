"""same_fact: one fact in several documents: same metric, subject and time, figures that agree?

Claims of different documents with the same normalised metric and subject, comparable units and
a compatible time scope form a group. If one value fits every figure's interval (余/多/以上/约 and
printed rounding widen them) the group is corroborated by that many documents; otherwise it is a
conflict when the time scope is known for all, unverifiable when it is not.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from extract.checks.comparable import COMPARABLE_KINDS, comparable_metric, same_time, unit_group
from extract.checks.intervals import interval
from extract.checks.model import CheckClaim, Verdict

RULE = "same_fact"
SCOPE = "corpus"


def group_key(claim: CheckClaim) -> str | None:
    if claim.kind not in COMPARABLE_KINDS or not comparable_metric(claim) or not claim.subject:
        return None
    return f"{claim.metric_key}|{claim.subject}|{unit_group(claim)}"


def check(claims: list[CheckClaim]) -> list[Verdict]:
    groups: dict[str, list[CheckClaim]] = defaultdict(list)
    for claim in claims:
        key = group_key(claim)
        if key is not None:
            groups[key].append(claim)
    verdicts = []
    for key, members in groups.items():
        for cluster in _time_clusters(members):
            if len({c.doc_id for c in cluster}) >= 2:
                verdicts.append(_verdict(key, cluster))
    return verdicts


def _time_clusters(members: list[CheckClaim]) -> list[list[CheckClaim]]:
    """Claims grouped with the first claim they may share a time with."""
    clusters: list[list[CheckClaim]] = []
    for claim in sorted(members, key=lambda c: (c.doc_date or c.period_start or date.min, c.claim_id)):
        home = next((cl for cl in clusters if all(same_time(claim, other)[0] for other in cl)), None)
        if home is None:
            clusters.append([claim])
        else:
            home.append(claim)
    return clusters


def _verdict(key: str, cluster: list[CheckClaim]) -> Verdict:
    bounds = [interval(c.mention, c.value, c.value_high, c.qualifier) for c in cluster]
    low, high = max(b[0] for b in bounds), min(b[1] for b in bounds)
    documents = sorted({c.doc_id for c in cluster})
    dated = all(same_time(a, b)[1] for a in cluster for b in cluster if a is not b)
    # by value, not as text (10个 after 0个 and before 100个); the claims are listed in the same order
    cluster = sorted(cluster, key=lambda c: (c.value, c.value_high or c.value, c.claim_id))
    figures = "、".join(dict.fromkeys(c.mention for c in cluster))
    metric, subject = cluster[0].metric, cluster[0].subject
    if low <= high:
        verdict = "corroborated"
        zh = f"{len(documents)} 篇文档所报{subject}“{metric}”一致：{figures}。"
        en = f"{len(documents)} documents agree on {metric} of {subject}: {figures}."
    elif dated:
        verdict = "conflict"
        zh = f"同一时期{subject}“{metric}”的数字不一致：{figures}。"
        en = f"Documents disagree on {metric} of {subject} for the same time: {figures}."
    else:
        verdict = "unverifiable"
        zh = f"{subject}“{metric}”的数字不同（{figures}），但时间不明，可能并不矛盾。"
        en = f"Figures for {metric} of {subject} differ ({figures}) but their dates are unknown."
    values = [c.value for c in cluster]
    tolerance = max((b[1] - b[0]) / 2 for b in bounds)
    return Verdict.over(RULE, verdict, cluster, min(values), max(values), tolerance, zh, en, group_key=key)
