"""Defaults and fixed choices the command line names before it does any work: a module with no
dependencies, so `claimkb --help` and the commands that do not extract start at once (issue 32)."""

from __future__ import annotations

DEFAULT_DB = "claims.duckdb"
BATCH_DOCUMENTS = 200  # documents per transaction, at most
# a fact-checker's decisions on claims, and the fields a decision may correct (extract/reviews.py)
REVIEW_STATUSES = ("confirmed", "rejected", "corrected")
CORRECTABLE = ("value", "value_high", "unit", "qualifier", "kind", "metric", "subject", "period")
