"""Figures measured against a plan (claimkb_metric): "增值税91260万元，完成预算111%，同比增长21%",
"一般公共预算收入完成数274609万元，完成年初预算225630万元的122%".

Budget reports, work reports and company results give an amount, then how much of its plan (预算, 计划, 目标,
任务) it reached, then its change. The share of the plan is the amount's completion of it (增值税完成预算), the
plan's own amount the amount's plan (一般公共预算收入年初预算), and a change after them whose clause is its verb
alone is the amount's change, not the plan's: the plan clause names the plan, never what was measured against it.
"""

from __future__ import annotations

from extract.claims import Claim
from extract.components.metric_phrases import change_verb_only, tidy_metric
from extract.pattern_cache import compile_pattern

# the clause of a plan's share or amount before its figure: 完成预算, 完成年初上报县人民代表大会预算收入计划,
# 为年度计划的, 完成全年目标任务的 (the figure of the plan's amount, when written, is removed first)
_PLAN_CLAUSE = compile_pattern(
    r"^\s*(?:已|累计)?(?P<verb>完成|达到|实现|为|占)了?(?P<plan>[^，,；;。：:！？!?\n0-9０-９]{0,24}?"
    r"(?:预算|计划|目标|任务)[^，,；;。：:！？!?\n0-9０-９]{0,6}?)(?:数)?\s*的?\s*$"
)
# the amount reached, as a budget report names it (一般公共预算收入完成数): what was measured is the income
_ACTUAL_AMOUNT = compile_pattern(r"(?:完成数|完成额|实际数|执行数)$")
_CLAUSE_BREAK = compile_pattern(r"[，,；;。：:！？!?\n]")
_SHARE_KINDS = ("percent",)
_AMOUNT_KINDS = ("money", "count", "measure")


def measured_against_a_plan(text: str, claims: list[Claim]) -> None:
    """Name the shares and amounts of a plan, and the changes after them, by the amount measured against it."""
    owner: Claim | None = None
    after_a_plan = False
    for i, claim in enumerate(claims):
        if owner is not None and owner.sentence_start != claim.sentence_start:
            owner, after_a_plan = None, False
        plan = _plan_of(text, claims, i)
        measured = _ACTUAL_AMOUNT.sub("", owner.metric) if owner is not None and owner.metric else ""
        if plan is not None and measured:
            verb, words = plan
            completed = verb if claim.kind in _SHARE_KINDS else ""
            claim.metric = tidy_metric(measured + completed + words) or claim.metric
            claim.metric_basis = "sentence"
            after_a_plan = True
        elif after_a_plan and measured and claim.kind == "change" and _verb_alone(text, claim):
            claim.metric, claim.metric_basis = measured, "sentence"  # 同比增长21%: the amount's change
        elif claim.kind in _AMOUNT_KINDS and plan is None:
            owner, after_a_plan = claim, False


def _plan_of(text: str, claims: list[Claim], i: int) -> tuple[str, str] | None:
    """(the verb, the plan's words) of a figure whose clause measures against a plan, else None."""
    claim = claims[i]
    if claim.kind not in _SHARE_KINDS and claim.kind not in _AMOUNT_KINDS:
        return None
    start = _clause_start(text, claim)
    clause = text[start : claim.start]
    if i and claims[i - 1].start >= start:
        # 完成年初预算225630万元的122%, 完成全年目标(70万人)的72.34%: the plan's amount in the share's clause, in
        # brackets or not, is no word of it
        clause = _EMPTY_BRACKETS.sub("", text[start : claims[i - 1].start] + text[claims[i - 1].end : claim.start])
    found = _PLAN_CLAUSE.match(clause)
    if found is None:
        return None
    if claim.kind in _AMOUNT_KINDS and not _a_share_follows(text, claim):
        return None  # 完成预算收入545876万元: an amount whose plan words name it, not a plan's own amount
    return found["verb"], found["plan"]


def _a_share_follows(text: str, claim: Claim) -> bool:
    """The plan's amount is followed by the share reached of it (225630万元的122%, (70万人)的72.34%)."""
    return _SHARE_OF_IT.match(text, claim.end) is not None


_SHARE_OF_IT = compile_pattern(r"\s*[)）]?\s*的\s*[0-9０-９]")
_EMPTY_BRACKETS = compile_pattern(r"[(（]\s*[)）]")


def _clause_start(text: str, claim: Claim) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, claim.sentence_start, claim.start)]
    return breaks[-1] if breaks else claim.sentence_start


def _verb_alone(text: str, claim: Claim) -> bool:
    """The change's clause is its verb alone (同比增长, 同比增收, 比上年增长)."""
    start = _LAST_YEAR.match(text, _clause_start(text, claim)).end()
    return change_verb_only().fullmatch(text, start, claim.start) is not None


_LAST_YEAR = compile_pattern(r"\s*(?:比|较)?(?:上年|去年)?")
