from pathlib import Path

import pytest

from extract.checks.runner import run_checks
from extract.ingest import ingest
from extract.pipeline import extract_claims
from extract.store import connect

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def claims_of():
    """Claims of a text, as (mention, value, unit, kind, metric, subject, …) records."""

    def run(text: str, region: str | None = "菏泽市", date: str | None = None):
        return [c.to_record() for c in extract_claims(text, "test.txt", "0" * 64, region=region, date=date)]

    return run


@pytest.fixture(scope="session")
def checked_sample_db(tmp_path_factory) -> Path:
    """The sample pages (dated) and the planted cross-check corpus, ingested and checked: real text
    plus every verdict, conflicts included. Read it, never write it (it is shared)."""
    path = tmp_path_factory.mktemp("checked") / "kb.duckdb"
    ingest([str(REPO / "data" / "corpus")], str(path), region="菏泽市", date="2024-11-28", progress=False)
    ingest([str(REPO / "tests" / "data" / "planted_checks.jsonl")], str(path), progress=False)
    con = connect(path)
    run_checks(con)
    con.close()
    return path
