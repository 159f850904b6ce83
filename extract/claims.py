"""The Claim record: the one shape every layer (pipeline, store, checks, export) speaks."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any

from extract.version import extractor_version

# GUIDELINE.md's kinds, and temperature (气温25℃, 零下5度), which no sum or share is made of
KINDS = ("count", "money", "percent", "measure", "change", "rate", "duration", "age", "temperature")
# what kind of figure it is over time (claimkb_aspect): a running total, a stock at one time, or a
# flow within a stretch of time; None when its clause does not say
ASPECTS = ("cumulative", "stock", "flow")
# how a claim's subject, metric or period was found, from the most to the least direct: written in
# the figure's own clause, elsewhere in its sentence, carried from an earlier sentence, the article's
# topic, or the document's region by default. The checks trust a disagreement only between claims
# whose subject and metric their own sentence states.
BASES = ("clause", "sentence", "carried", "topic", "region")
STATED = ("clause", "sentence")


@dataclass(slots=True)
class Claim:
    """One quantitative claim. The pipeline fills it step by step; offsets index the document text."""

    start: int
    end: int
    mention: str
    value: float
    value_high: float | None = None
    unit: str = ""
    qualifier: str | None = None
    kind: str = "count"
    direction: str | None = None  # increase / decrease, for kind == change
    metric: str | None = None
    metric_key: str | None = None
    subject: str | None = None
    place_code: str | None = None
    period: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    aspect: str | None = None  # cumulative / stock / flow (ASPECTS), None when the clause does not say
    subject_basis: str | None = None  # how the subject was found (BASES); None when there is none
    metric_basis: str | None = None
    period_basis: str | None = None
    sentence: str = ""
    sentence_start: int = 0
    article: str | None = None  # headline of the article the claim is in
    article_index: int = 0
    doc: str = ""  # file name (or source name) of the document
    doc_id: str = ""  # SHA-256 of the decoded document text
    extractor_version: str = field(default_factory=extractor_version)  # with the user lexicon's digest
    notes: list[str] = field(default_factory=list)  # why a step decided what it did, for review

    @property
    def claim_id(self) -> str:
        """Stable id: the same text always gives the same id."""
        key = f"{self.doc_id}:{self.start}:{self.end}:{self.mention}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]

    @property
    def article_id(self) -> str:
        return f"{self.doc_id[:16]}:{self.article_index}"

    def to_record(self) -> dict[str, Any]:
        """The serialised form (JSONL of `claimkb extract`, rows of the claims table). Every field but the
        notes is a plain value, read as it is: dataclasses.asdict's deep copy was a tenth of `claimkb extract`."""
        record = {name: getattr(self, name) for name in _RECORD_FIELDS}
        record["claim_id"] = self.claim_id
        record["article_id"] = self.article_id
        return record


_RECORD_FIELDS = tuple(f.name for f in fields(Claim) if f.name != "notes")
CLAIM_FIELDS = (*_RECORD_FIELDS, "claim_id", "article_id")
