"""same_fact: one fact in several documents: same metric, subject and time, figures that agree?

Claims of different documents with the same indicator (extract/indicators.py: 地区生产总值, GDP and 经济总量 are
one) or, for a metric of no indicator, the same normalised metric, and the same subject, comparable units and
a compatible time scope form a group. If one value fits every figure's interval (余/多/以上/约 and
printed rounding widen them) the group is corroborated by that many documents; otherwise it is a
conflict when the time scope is known for all, unverifiable when it is not.

Documents that are reprints of each other (extract/reprints.py: the same notice reposted, an article
kept as .txt and .html) are one source: a group is counted by its independent sources, the verdict
says how many reprints it set aside, and figures that agree only across reprints of one text make no
verdict — a text does not corroborate itself. Figures that differ between reprints still make a
conflict: a copy that changed a figure is worth a reader's look.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from extract.checks.comparable import (
    COMPARABLE_KINDS,
    TimeScope,
    as_of_writing,
    change_base,
    comparable_metric,
    narrowed_to,
    unit_group,
)
from extract.checks.intervals import claim_interval
from extract.checks.model import CheckClaim, Verdict

RULE = "same_fact"
SCOPE = "corpus"


def group_key(claim: CheckClaim) -> str | None:
    if claim.kind not in COMPARABLE_KINDS or not comparable_metric(claim) or not claim.subject:
        return None
    change = ""
    if claim.kind == "change":
        # a growth rate is one fact with another only against the same base (同比 / 环比) in one direction
        base = change_base(claim)
        if base is None:
            return None
        change = f"|{claim.direction}|{base}"
    # a figure that leaves a place out (湖北除武汉外新增确诊3例) counts another thing than its subject's whole
    excluding = narrowed_to(claim) if claim.sentence else ""
    narrowed = excluding if excluding.startswith("excluding") else ""
    return f"{claim.compare_key}|{claim.subject}|{unit_group(claim)}|{narrowed}{change}"


def check(claims: list[CheckClaim]) -> list[Verdict]:
    groups: dict[str, list[CheckClaim]] = defaultdict(list)
    for claim in claims:
        key = group_key(claim)
        if key is not None:
            groups[key].append(claim)
    verdicts = []
    for key, members in groups.items():
        for cluster, dated in _latest_joined(time_clusters(members)):
            if len({c.doc_id for c in cluster}) >= 2:
                verdict = _verdict(key, cluster, dated)
                if verdict.verdict != "corroborated" or verdict.n_documents >= 2:
                    verdicts.append(verdict)
    return verdicts


def _latest_joined(clusters: list[tuple[list[CheckClaim], TimeScope]]) -> list[tuple[list[CheckClaim], bool]]:
    """The clusters with whether each one's time is known, a cluster of figures that give no time
    (a headline: 湖南新增19例新型肺炎确诊病例) joined to the figures of the day before or that day
    (1月24日0-24时…19例) that agree with it, when both were published that day: the latest figure at
    publication is what an undated report restates. Joined on agreement only, as an undated figure's
    time is a guess: the joined cluster corroborates, it never makes a conflict."""
    joined: list[tuple[list[CheckClaim], bool]] = [(cluster, scope.dated) for cluster, scope in clusters]
    # the clusters each publication day may join, found once: a linear pass, not every pair of clusters
    by_day: dict[date, list[int]] = defaultdict(list)
    for j, (cluster, _) in enumerate(joined):
        ends = [c.period_end for c in cluster]
        if all(ends):
            for day in {max(ends), min(ends) + _ONE_DAY}:
                by_day[day].append(j)
    for i, (undated, _) in enumerate(joined):
        day = _published_day(undated)
        if day is None:
            continue
        for j in by_day.get(day, ()):
            cluster = joined[j][0]
            if j != i and cluster and _latest_at(cluster, day) and _agree(undated + cluster):
                joined[j] = (cluster + undated, False)
                joined[i] = ([], False)
                break
    return [(cluster, dated) for cluster, dated in joined if cluster]


_ONE_DAY = timedelta(days=1)


def _published_day(cluster: list[CheckClaim]) -> date | None:
    """The day all of a cluster's figures were published, when none of them gives a time of its own but
    "now" (no period, 目前, 现有: the day published)."""
    days = {c.doc_date for c in cluster}
    if len(days) != 1 or None in days:
        return None
    day = days.pop()
    if any(not as_of_writing(c) or c.period_end not in (None, day) for c in cluster):
        return None
    return day


def _latest_at(cluster: list[CheckClaim], day: date) -> bool:
    """Every figure of the cluster is of a time ending that day or the day before (a day, or as of a day:
    截至3月2日24时), and one was published that day."""
    return all(c.period_end and 0 <= (day - c.period_end).days <= 1 for c in cluster) and any(
        c.doc_date == day for c in cluster
    )


def _agree(cluster: list[CheckClaim]) -> bool:
    bounds = [claim_interval(c) for c in cluster]
    return max(b[0] for b in bounds) <= min(b[1] for b in bounds) and len({c.aspect for c in cluster} - {None}) <= 1


def time_clusters(members: list[CheckClaim]) -> list[tuple[list[CheckClaim], TimeScope]]:
    """Claims grouped with the first cluster every member of which they may share a time with, in
    date order. Each cluster keeps a TimeScope, so a claim is tested against a cluster at once, not
    against each of its members: linear in the claims for a given number of clusters."""
    clusters: list[tuple[list[CheckClaim], TimeScope]] = []
    aspects: list[str | None] = []  # each cluster's aspect, once a member says it
    for claim in sorted(members, key=lambda c: (c.doc_date or c.period_start or date.min, c.claim_id)):
        scope = TimeScope.of(claim)
        home = next(
            (
                i
                for i, (_, held) in enumerate(clusters)
                if like_aspect(aspects[i], claim.aspect) and held.compatible(scope)
            ),
            None,
        )
        if home is None:
            clusters.append(([claim], scope))
            aspects.append(claim.aspect)
        else:
            cluster, held = clusters[home]
            cluster.append(claim)
            clusters[home] = (cluster, held.merged(scope))
            aspects[home] = aspects[home] or claim.aspect
    return clusters


def like_aspect(held: str | None, aspect: str | None) -> bool:
    """A day's new cases, those in hospital and the running total of one metric are three facts: two
    claims whose clauses say different aspects are never one; an unsaid aspect may be either."""
    return held is None or aspect is None or held == aspect


def _one_document_gives_both(cluster: list[CheckClaim]) -> str | None:
    """Two figures of one document in the cluster that disagree with each other, as "a、b", if any."""
    by_document: dict[str, list[CheckClaim]] = {}
    for claim in cluster:
        by_document.setdefault(claim.doc_id, []).append(claim)
    for claims in by_document.values():
        low = min(claims, key=lambda c: claim_interval(c)[1])
        high = max(claims, key=lambda c: claim_interval(c)[0])
        if claim_interval(high)[0] > claim_interval(low)[1]:
            return f"{low.mention}、{high.mention}"
    return None


def _verdict(key: str, cluster: list[CheckClaim], dated: bool) -> Verdict:
    bounds = [claim_interval(c) for c in cluster]
    low, high = max(b[0] for b in bounds), min(b[1] for b in bounds)
    documents = sorted({c.source_doc for c in cluster})  # independent sources: reprints count once
    reprinted = len({c.doc_id for c in cluster}) - len(documents)
    aside_zh = f"（另有 {reprinted} 篇转载未计）" if reprinted else ""
    aside_en = f" ({reprinted} reprint{'s' if reprinted > 1 else ''} not counted)" if reprinted else ""
    # by value, not as text (10个 after 0个 and before 100个); the claims are listed in the same order
    cluster = sorted(cluster, key=lambda c: (c.value, c.value_high or c.value, c.claim_id))
    figures = "、".join(dict.fromkeys(c.mention for c in cluster))
    metric, subject = cluster[0].metric, cluster[0].subject
    if low <= high:
        verdict = "corroborated"
        zh = f"{len(documents)} 篇独立文档所报{subject}“{metric}”一致{aside_zh}：{figures}。"
        en = f"{len(documents)} independent documents agree on {metric} of {subject}{aside_en}: {figures}."
    elif (split := _one_document_gives_both(cluster)) is not None:
        # an article that prints two figures for one metric, subject and time counts two things under one
        # name (2人 transferred and 311人 in all; two sentences' lists): no other article contradicts it
        verdict = "unverifiable"
        zh = f"{subject}“{metric}”的数字不同（{figures}），但同一篇文档就写了{split}，两者可能不是同一事物。"
        en = (
            f"Figures for {metric} of {subject} differ ({figures}), but one document itself gives {split}:"
            " they may count different things."
        )
    elif dated:
        verdict = "conflict"
        zh = f"同一时期{subject}“{metric}”的数字不一致：{figures}。" + (
            f"其中 {reprinted} 篇为转载。" if reprinted else ""
        )
        en = f"Documents disagree on {metric} of {subject} for the same time: {figures}." + (
            f" {reprinted} of them {'are reprints' if reprinted > 1 else 'is a reprint'}." if reprinted else ""
        )
    else:
        verdict = "unverifiable"
        zh = f"{subject}“{metric}”的数字不同（{figures}），但时间不明，可能并不矛盾。"
        en = f"Figures for {metric} of {subject} differ ({figures}) but their dates are unknown."
    values = [c.value for c in cluster]
    tolerance = max((b[1] - b[0]) / 2 for b in bounds)
    return Verdict.over(RULE, verdict, cluster, min(values), max(values), tolerance, zh, en, group_key=key)
