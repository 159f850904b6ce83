"""cumulative: a running total (累计, 总数, 已建成) should not fall in a later document.

Claims with the same normalised metric, subject and unit, written as cumulative, in documents
with known dates: a later figure whose interval lies wholly below an earlier one's is a conflict.
Only running totals take part: a claim whose own clause makes it a stock or a flow (its aspect:
"共有1077人正在接受医学观察", "当日解除医学观察183人") can fall without contradicting anything,
however cumulative the sentence around it reads, and neither can one whose clause says nothing;
only a claim stored before aspects were (no aspect, no basis) is read by the words before it.
Figures that may be of one time (documents within a month, same_time) are one fact, same_fact's to
compare: a running total "rising" from 2860 to 3100 in nine days is two counts of the same thing.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from extract import lexicon
from extract.checks.comparable import comparable_metric, hours, same_time, unit_group
from extract.checks.intervals import claim_interval
from extract.checks.model import CheckClaim, Verdict
from extract.pattern_cache import compile_pattern

RULE = "cumulative"
SCOPE = "corpus"
_ADDITIVE = ("count", "money", "measure")
_CUMULATIVE = compile_pattern(r"累计|总数|总量|已建成|共建成|已累计|历年|截至")


def is_cumulative(claim: CheckClaim) -> bool:
    if claim.aspect is not None:
        return claim.aspect == "cumulative"
    if claim.subject_basis is not None:
        # read by an extractor that tells aspects: its clause says none, so it is no running total
        # (含重症病例7例 after 累计确诊病例755例 counts patients now, not a total that cannot fall)
        return False
    # stored before aspects were: read by the words before it in its sentence, as then
    before = claim.sentence[: max(0, claim.start - claim.sentence_offset)]
    return bool(_CUMULATIVE.search(before)) or bool(claim.metric and _CUMULATIVE.search(claim.metric))


@cache
def _revision_words() -> tuple[str, ...]:
    return tuple(lexicon.word_list("revision_words.txt"))


def _as_of(claim: CheckClaim) -> tuple:
    """When a total is of: its period's last day and hour (a day without hours is of its end), then its
    document's day."""
    written = hours(claim.period)
    return (claim.period_end or claim.doc_date, written[1] if written else _DAY_END, claim.doc_date, claim.claim_id)


_DAY_END = 24 * 60


def check(claims: list[CheckClaim]) -> list[Verdict]:
    series: dict[str, list[CheckClaim]] = defaultdict(list)
    for claim in claims:
        dated = claim.doc_date is not None and claim.subject is not None
        if dated and claim.kind in _ADDITIVE and comparable_metric(claim) and is_cumulative(claim):
            series[f"{claim.metric_key}|{claim.subject}|{unit_group(claim)}"].append(claim)
    verdicts = []
    for key, members in series.items():
        # in the order of the times the totals are of (截至2月6日24时 before 截至2月7日12时, whatever the
        # order of two notices dated one day; 截至1月29日10时 before 16时), then of their documents
        members.sort(key=_as_of)
        for earlier, later in zip(members, members[1:], strict=False):
            # a reprint reposted days later repeats its original's figure: one source, not a running total
            if later.source_doc == earlier.source_doc or same_time(earlier, later)[0]:
                continue
            before = claim_interval(earlier)
            after = claim_interval(later)
            fell = after[1] < before[0]
            revised = fell and any(word in later.sentence for word in _revision_words())
            verdicts.append(
                Verdict.over(
                    RULE,
                    "conflict" if fell else "consistent",
                    [earlier, later],
                    earlier.value,
                    later.value,
                    None,
                    f"累计数{'从' if fell else '由'}{earlier.doc_date}的{earlier.mention}"
                    f"{'降到' if fell else '变为'}{later.doc_date}的{later.mention}"
                    f"{'，累计数不应减少。' if fell else '，未减少。'}"
                    f"{'后一篇写明了对数据的核减或订正。' if revised else ''}",
                    f"The running total went from {earlier.mention} ({earlier.doc_date}) to {later.mention} "
                    f"({later.doc_date}){': a running total cannot fall.' if fell else '.'}"
                    f"{' The later text says the figure was revised.' if revised else ''}",
                    group_key=f"{key}|{earlier.claim_id}|{later.claim_id}",
                )
            )
    return verdicts
