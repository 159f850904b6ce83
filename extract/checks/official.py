"""official: a figure against the official one — same indicator, place and period, does it match?

Every claim of a document that is not official, linked to an indicator (extract/indicators.py), with a place
code and a period, is compared with the official observation of that indicator, place and period
(schema/012_official.sql: the figures of official documents and the rows of reference tables; of several, the
latest released). A level is compared with the level, a growth rate or change with the growth rate or change
as stated (增长6.5% with 增长5.6%, 提高1.02个百分点 with the same), in one unit. The claim's figure allows the
interval its printing and qualifier allow (intervals.py: 2600亿元 is 2599.5–2600.5亿, 约2600亿 ±10%, 3.9万元
38500–39500元); the official figure is the one printed. Inside: matches_official; outside: differs_from_official.
The verdict carries the official value, its source and its release date.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import duckdb

from extract.checks.intervals import interval, number_text
from extract.checks.model import Verdict

RULE = "official"
SCOPE = "official"
VERDICTS = ("matches_official", "differs_from_official")
_EPSILON = 1e-9  # relative: 54.46 within 54.45–54.55 whatever the floats' last bits

# each claim with the latest released official observation of its indicator, place, measure, unit and period
_PAIRS_SQL = """
SELECT n.claim_id, n.doc_id, n.mention, n.value, n.value_high, n.qualifier, n.kind, n.signed_value, n.unit,
       n.subject, n.metric, n.indicator_id, n.period, n.period_start, n.period_end, i.name AS indicator,
       o.origin, o.observation_id, o.value AS official_value, o.value_text AS official_text, o.source, o.release_date,
       o.file, od.doc_id AS official_doc_id
FROM indicator_claims n
JOIN official_observations o
  ON o.indicator_id = n.indicator_id AND o.place_code = n.place_code AND o.measure = n.measure AND o.unit = n.unit
 AND o.period_start = n.period_start AND o.period_end = n.period_end
JOIN indicators i ON i.indicator_id = n.indicator_id
LEFT JOIN claims od ON o.origin = 'document' AND od.claim_id = o.observation_id
WHERE NOT n.official AND n.place_code IS NOT NULL AND n.period_end IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY n.claim_id
                           ORDER BY o.release_date DESC NULLS LAST, o.origin DESC, o.observation_id) = 1
ORDER BY n.claim_id
"""


@dataclass(frozen=True)
class Pair:
    """A claim and the official observation it is compared with (one row of _PAIRS_SQL)."""

    claim_id: str
    doc_id: str
    mention: str
    value: float
    value_high: float | None
    qualifier: str | None
    kind: str
    signed_value: float
    unit: str
    subject: str | None
    metric: str | None
    indicator_id: str
    period: str | None
    period_start: date
    period_end: date
    indicator: str
    origin: str  # document | table
    observation_id: str  # the official claim's id, or the reference table row's figure id
    official_value: float
    official_text: str
    source: str
    release_date: date | None
    file: str
    official_doc_id: str | None


def check(con: duckdb.DuckDBPyConnection) -> list[Verdict]:
    """A verdict for every claim that has an official figure to be compared with."""
    return [judge(Pair(*row)) for row in con.execute(_PAIRS_SQL).fetchall()]


def claim_bounds(pair: Pair) -> tuple[float, float]:
    """The interval the claim's figure allows, signed as the figure is (下降7.5% is -7.5)."""
    high_value = abs(pair.value_high) if pair.value_high is not None else None
    low, high = interval(pair.mention, abs(pair.value), high_value, pair.qualifier, pair.kind)
    return (-high, -low) if pair.signed_value < 0 else (low, high)


def judge(pair: Pair) -> Verdict:
    low, high = claim_bounds(pair)
    slack = _EPSILON * max(abs(low), abs(high), 1.0) if not math.isinf(high) else 0.0
    matches = low - slack <= pair.official_value <= high + slack
    verdict = VERDICTS[0] if matches else VERDICTS[1]
    released_zh = f"，{pair.release_date.isoformat()}发布" if pair.release_date else ""
    released_en = f", released {pair.release_date.isoformat()}" if pair.release_date else ""
    official = _official_written(pair)
    what = f"{pair.subject or ''}{pair.indicator}"
    if pair.kind == "change":
        what_zh, what_en = f"{what}增长", f"growth of {pair.indicator} of {pair.subject or ''}"
    else:
        what_zh, what_en = what, f"{pair.indicator} of {pair.subject or ''}"
    when = pair.period or pair.period_end.isoformat()
    written = _with_sign(pair.mention, pair.signed_value)
    zh = f"{when}{what_zh}：本文为{written}，官方数字为{official}（{pair.source}{released_zh}），" + (
        "相符。" if matches else "不符。"
    )
    en = f"{what_en} ({when}): {written} here; the official figure is {official} ({pair.source}{released_en}):" + (
        " it matches." if matches else " it differs."
    )
    claim_ids = [pair.claim_id] + ([pair.observation_id] if pair.origin == "document" else [])
    doc_ids = sorted({pair.doc_id, *([pair.official_doc_id] if pair.official_doc_id else [])})
    tolerance = None if math.isinf(high) else (high - low) / 2
    return Verdict(
        RULE,
        verdict,
        claim_ids,
        pair.official_value,
        pair.signed_value,
        tolerance,
        zh,
        en,
        group_key=f"{pair.indicator_id}|{pair.period_start}|{pair.period_end}|{pair.observation_id}",
        doc_ids=doc_ids,
        official_source=pair.source,
        official_release_date=pair.release_date,
    )


def _official_written(pair: Pair) -> str:
    """The official figure as printed: its mention in the official document, its table's value and unit."""
    return _with_sign(pair.official_text or f"{number_text(pair.official_value)}{pair.unit}", pair.official_value)


def _with_sign(text: str, value: float) -> str:
    """A figure's text with its fall said: a change printed 7.5% under 下降 is 下降7.5%."""
    return f"下降{text}" if value < 0 and not text.lstrip().startswith(("-", "−", "负")) else text
