"""The Checks page's filters as SQL conditions with bound parameters: on the check (verdict, rule) and on its
claims (subject, metric key, the year and month their periods end). A check passes a claim filter when one of
its claims passes them all, so a facet's count (checks with such a claim) is what its link lists.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.checks.model import VERDICTS
from extract.dashboard.claim_filter import Condition, UnknownChoice, date_part
from extract.dashboard.facets import Facet, year_facet, year_facets


@dataclass(frozen=True)
class CheckFilter:
    verdict: str = ""  # one of VERDICTS
    rule: str = ""
    subject: str = ""  # a claim's subject, exactly
    metric: str = ""  # a claim's metric key, exactly
    year: str = ""  # of a claim's period's end: 2023
    month: str = ""  # 2023-05

    @classmethod
    def from_args(cls, args: dict[str, str]) -> CheckFilter:
        """From a request's query string; an unknown verdict, or a year or month that is none, is refused
        (UnknownChoice): showing every check for a mistyped verdict would pass for an answer."""

        def text(name: str) -> str:
            return (args.get(name) or "").strip()[:200]

        verdict = text("verdict")
        if verdict and verdict not in VERDICTS:
            raise UnknownChoice("verdict", verdict, VERDICTS)
        return cls(
            verdict=verdict,
            rule=text("rule")[:40],
            subject=text("subject"),
            metric=text("metric"),
            year=date_part(args, "year"),
            month=date_part(args, "month"),
        )

    def check_facets(self) -> list[Facet]:
        """The facets of the check itself (over cross_checks k)."""
        return [Facet("verdict", "k.verdict", family="verdict"), Facet("rule", "k.rule", family="rule")]

    def claim_facets(self) -> list[Facet]:
        """The facets of its claims (over claims c): a check counts once under each value its claims have."""
        return [
            Facet("subject", "c.subject"),
            Facet("metric", "c.metric_key"),
            *year_facets("c.period_end", bool(self.year)),
        ]


# the same facets from the distinct values each check stores of its claims (schema/013), one row a value (v): what
# the list counts when no claim filter is chosen, without joining every check's claims and counting them distinctly
STORED_CLAIM_FACETS = [Facet("subject", "v.subject"), Facet("metric", "v.metric_key"), year_facet("v.year")]


def stored_claim_values(on_check: Condition) -> str:
    """FROM the values the checks passing `on_check` (over cross_checks k) store of their claims, as v."""
    return (
        "FROM (SELECT unnest(k.claim_subjects) AS subject, NULL AS metric_key, NULL AS year FROM cross_checks k"
        f" WHERE {on_check.sql} UNION ALL SELECT NULL, unnest(k.claim_metric_keys), NULL FROM cross_checks k"
        f" WHERE {on_check.sql} UNION ALL SELECT NULL, NULL, unnest(k.claim_years) FROM cross_checks k"
        f" WHERE {on_check.sql}) v"
    )


def check_conditions(chosen: CheckFilter) -> tuple[Condition, Condition]:
    """(the condition on the checks k, the condition on their claims c); TRUE where nothing is chosen."""
    on_check: list[str] = []
    on_claim: list[str] = []
    params: dict[str, object] = {}
    for name, sql, where in (
        ("verdict", "k.verdict = $verdict", on_check),
        ("rule", "k.rule = $rule", on_check),
        ("subject", "c.subject = $subject", on_claim),
        ("metric", "c.metric_key = $metric", on_claim),
        ("month", "strftime(c.period_end, '%Y-%m') = $month", on_claim),
    ):
        if getattr(chosen, name):
            params[name] = getattr(chosen, name)
            where.append(sql)
    if chosen.year:
        params["year"] = int(chosen.year)
        on_claim.append("year(c.period_end) = $year")
    check_params = {name: params[name] for name in ("verdict", "rule") if name in params}
    claim_params = {name: value for name, value in params.items() if name not in check_params}
    return (
        Condition(" AND ".join(on_check) or "TRUE", check_params),
        Condition(" AND ".join(on_claim) or "TRUE", claim_params),
    )
