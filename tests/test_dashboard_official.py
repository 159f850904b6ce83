"""The dashboard's view of the official figures: the verdicts in the checks list, the claim page's indicator and
official figure, the metric page's official line (tests/data/official: an invented communiqué and news)."""

from pathlib import Path

import pytest

from extract.checks.runner import run_checks
from extract.dashboard import create_app
from extract.ingest import ingest
from extract.official import load_tables
from extract.store import connect

DATA = Path(__file__).resolve().parent / "data" / "official"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("official") / "kb.duckdb"
    ingest([str(DATA / "communique.txt")], path, source="开封市统计局", region="开封市", date="2024-03-28",
           progress=False, official=True)  # fmt: skip
    ingest([str(DATA / "news")], path, source="开封日报", region="开封市", date="2024-04-10", progress=False)
    con = connect(path)
    load_tables(con, [str(DATA / "figures_wide.csv")])
    run_checks(con)
    con.close()
    return path


@pytest.fixture(scope="module")
def client(db):
    return create_app(db).test_client()


def claim_id_of(db: Path, mention: str) -> str:
    con = connect(db, read_only=True)
    try:
        return con.execute(
            "SELECT claim_id FROM claims JOIN documents USING (doc_id) WHERE mention = ? AND name LIKE 'n%'", [mention]
        ).fetchone()[0]
    finally:
        con.close()


def test_the_checks_list_has_the_official_verdicts(client):
    rows = client.get("/checks.json?verdict=differs_from_official").json["tables"]["checks"]
    assert rows and {row["rule"] for row in rows} == {"official"}
    assert client.get("/checks?verdict=matches_official").status_code == 200


def test_a_claims_page_shows_its_indicator_and_the_official_figure(client, db):
    claim_id = claim_id_of(db, "6.5%")
    page = client.get(f"/claim/{claim_id}?lang=en").text
    assert "社会消费品零售总额" in page and "Against the official figure" in page and "开封市统计局" in page
    (official,) = client.get(f"/claim/{claim_id}.json").json["tables"]["official"]
    assert (official["verdict"], official["official_value"], official["value"]) == ("differs_from_official", 5.6, 6.5)


def test_the_metric_page_draws_the_official_figures_as_a_line_of_their_own(client):
    assert "开封市 · 官方数据" in client.get("/metric?key=地区生产总值&lang=zh").text
    assert "开封市 · official" in client.get("/metric?key=地区生产总值&lang=en").text
    official = client.get("/metric.json?key=地区生产总值").json["tables"]["official"]
    assert {(row["subject"], row["value"]) for row in official} >= {
        ("开封市", 265710000000.0),
        ("开封市", 260030000000.0),
    }
