"""Defaults and fixed choices the command line names before it does any work: a module with no
dependencies, so `claimkb --help` and the commands that do not extract start at once (issue 32)."""

from __future__ import annotations

DEFAULT_DB = "claims.duckdb"
BATCH_DOCUMENTS = 200  # documents per transaction, at most
# a fact-checker's decisions on claims, and the fields a decision may correct (extract/reviews.py)
REVIEW_STATUSES = ("confirmed", "rejected", "corrected")
CORRECTABLE = ("value", "value_high", "unit", "qualifier", "kind", "metric", "subject", "period")
# the files a folder walk reads, by the end of their names (.warc.gz: not by its last suffix); the readers are
# in extract/sources.py, which --help need not import to list them
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WORD_SUFFIXES = {".docx"}
OLD_WORD_SUFFIXES = {".doc"}  # read to say what to do with them, not read as text
PDF_SUFFIXES = {".pdf"}
WARC_SUFFIXES = (".warc", ".warc.gz")
READ_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WORD_SUFFIXES | OLD_WORD_SUFFIXES
READ_SUFFIXES |= PDF_SUFFIXES | set(WARC_SUFFIXES)
