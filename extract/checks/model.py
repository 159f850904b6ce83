"""What the checks read (stored claims) and what they write (verdicts)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from extract.claims import STATED

# 0.4.0: exact counts, aspects like with like, a conflict only between stated subjects and metrics;
# 0.5.0: reprints of one text count as one source; 0.6.0: one time is the same days and hours (nested
# periods are two), a daily series' moving figure needs its time written to conflict, parts of the
# whole's aspect and at the list's own level; 0.7.0: undated restatements join the latest day's figure,
# a rate is a part's share only when the text ties them, a share or pace alone is compared with nothing;
# 0.8.0: the corpus rules compare the claims of one indicator (GDP, 生产总值, 经济总量) as of one metric, and a
# claim is compared with the official figure (rule official)
CHECKER_VERSION = "0.8.0"
VERDICTS = ("consistent", "conflict", "unverifiable", "corroborated", "matches_official", "differs_from_official")
REVIEWED_BASIS = "review"  # the basis of a field a fact-checker corrected (schema/010_reviews.sql)
TRUSTED_BASES = (*STATED, REVIEWED_BASIS)


@dataclass(frozen=True)
class CheckClaim:
    """A stored claim with the document facts the checks need."""

    claim_id: str
    doc_id: str
    article_id: str
    start: int
    end: int
    mention: str
    sentence: str
    sentence_offset: int
    value: float
    value_high: float | None
    unit: str
    qualifier: str | None
    kind: str
    direction: str | None
    metric: str | None
    metric_key: str | None
    subject: str | None
    place_code: str | None
    period: str | None
    period_start: date | None
    period_end: date | None
    doc_date: date | None = None
    aspect: str | None = None  # cumulative / stock / flow (claimkb_aspect); None when unsaid or stored before it
    subject_basis: str | None = None  # how the subject and metric were found (claims.BASES); None before 008
    metric_basis: str | None = None
    period_basis: str | None = None  # where its period was written (claims.BASES); None when it has none
    indicator: str | None = None  # the standard indicator its metric links to (extract/indicators.py), if any
    # the document standing for the claim's group of reprints (extract.reprints.sources_of); None when its
    # document is a reprint of none and none is a reprint of it
    reprint_of: str | None = None

    @property
    def stated(self) -> bool:
        """Its subject and metric are written in its own sentence, not carried or defaulted, or a fact-checker
        corrected them (basis 'review')."""
        return self.subject_basis in TRUSTED_BASES and self.metric_basis in TRUSTED_BASES

    @property
    def compare_key(self) -> str | None:
        """What the corpus rules compare it within: its indicator where it links to one (GDP, 生产总值 and 经济总量
        are one), else its metric key."""
        return f"indicator:{self.indicator}" if self.indicator else self.metric_key

    @property
    def source_doc(self) -> str:
        """The independent source the claim comes from: its document, or the one its group of reprints
        counts as (the same notice reposted by three outlets is one source)."""
        return self.reprint_of or self.doc_id

    @property
    def numerator(self) -> str:
        return self.unit.split("/")[0]

    @property
    def denominator(self) -> str | None:
        parts = self.unit.split("/", 1)
        return parts[1] if len(parts) == 2 else None


@dataclass
class Verdict:
    """One check's outcome over the claims it involves."""

    rule: str
    verdict: str  # consistent / conflict / unverifiable / corroborated
    claim_ids: list[str]
    expected: float | None
    observed: float | None
    tolerance: float | None
    explanation_zh: str
    explanation_en: str
    group_key: str = ""  # what a corpus rule grouped by (part of the check id)
    doc_ids: list[str] = field(default_factory=list)
    metric_key: str | None = None  # a corpus rule's: re-checking a metric key replaces all its verdicts
    n_reprints: int = 0  # documents set aside as reprints of another of doc_ids: not independent sources
    official_source: str | None = None  # rule official: the official figure's source and release date
    official_release_date: date | None = None

    @classmethod
    def over(
        cls,
        rule: str,
        verdict: str,
        claims: Sequence[CheckClaim],
        expected: float | None,
        observed: float | None,
        tolerance: float | None,
        explanation_zh: str,
        explanation_en: str,
        group_key: str = "",
    ) -> Verdict:
        """A verdict over these claims, in this order: their ids and the documents they come from (and how
        many of those are reprints of another of them)."""
        documents = {c.doc_id for c in claims}
        return cls(
            rule,
            verdict,
            [c.claim_id for c in claims],
            expected,
            observed,
            tolerance,
            explanation_zh,
            explanation_en,
            group_key,
            sorted(documents),
            n_reprints=len(documents) - len({c.source_doc for c in claims}),
        )

    @property
    def n_documents(self) -> int:
        """Independent documents: reprints of one text count once."""
        return len(self.doc_ids) - self.n_reprints

    @property
    def check_id(self) -> str:
        key = f"{self.rule}:{self.group_key}:{','.join(sorted(self.claim_ids))}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
