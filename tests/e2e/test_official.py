"""Claims checked against official figures, through the claimkb command: a city's statistical communiqué is
ingested as official, a folder of news citing it is ingested, `claimkb check` lists every news figure that
matches or differs from the official one; reference tables loaded afterwards add verdicts.

The texts under tests/data/official are invented for this test (the figures are not 开封's real ones); the news
plant deviations (a wrong level, a wrong growth rate) and near-misses that must match (a figure rounded, 约, 万)
or make no verdict (another year, another city, another period of the year). Written before the rule.
"""

import csv
from pathlib import Path

import duckdb

from extract import cli

DATA = Path(__file__).resolve().parents[1] / "data" / "official"

# (news file, mention) -> the verdict against the official figure; None: no verdict
EXPECTED_AFTER_COMMUNIQUE = {
    ("n1_gdp_summary.txt", "2600.3亿元"): "matches_official",
    ("n1_gdp_summary.txt", "4.2%"): "matches_official",
    ("n1_gdp_summary.txt", "6.5%"): "differs_from_official",  # the communiqué says 5.6%
    ("n1_gdp_summary.txt", "215.4亿元"): "matches_official",
    ("n1_gdp_summary.txt", "8.0%"): "differs_from_official",  # 8.1%: a growth rate compared as stated
    ("n2_rounded.txt", "2600亿元左右"): "matches_official",  # 左右: ±10%
    ("n2_rounded.txt", "约470万人"): "matches_official",  # 469.9万人 at the year's end
    ("n2_rounded.txt", "54.5%"): "matches_official",  # 54.46% rounded
    ("n2_rounded.txt", "3.9万元"): "matches_official",  # 38871元 rounded to 万
    ("n2_rounded.txt", "5.0%"): "differs_from_official",  # 5.2%
    ("n3_deviation.txt", "2650.3亿元"): "differs_from_official",  # 经济总量 is 地区生产总值
    ("n3_deviation.txt", "482万人"): "differs_from_official",
    ("n3_deviation.txt", "312.5万吨"): "matches_official",
    ("n4_near_misses.txt", "2500.0亿元"): None,  # 2022: the communiqué is of 2023
    ("n4_near_misses.txt", "5481.6亿元"): None,  # 洛阳市: no official figure of that place
    ("n4_near_misses.txt", "3.5%"): None,
    ("n4_near_misses.txt", "4.9%"): None,  # 2024年一季度
}
# the wide table gives 2022's 地区生产总值: 2657.1亿元
EXPECTED_AFTER_TABLES = EXPECTED_AFTER_COMMUNIQUE | {("n4_near_misses.txt", "2500.0亿元"): "differs_from_official"}


def claimkb(*args: str) -> int:
    return cli.main([*args])


def official_verdicts(db: Path) -> dict[tuple[str, str], str | None]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT d.name, c.mention, k.verdict FROM claims c JOIN documents d USING (doc_id)"
            " LEFT JOIN (SELECT l.claim_id, k.verdict FROM check_claims l JOIN cross_checks k USING (check_id)"
            "            WHERE k.rule = 'official' AND l.position = 0) k USING (claim_id)"
            " WHERE d.name LIKE 'n%'"
        ).fetchall()
    finally:
        con.close()
    return {(name, mention): verdict for name, mention, verdict in rows}


def ingest_all(db: Path) -> None:
    assert (
        claimkb("ingest", str(DATA / "communique.txt"), "--official", "--source", "开封市统计局",
                "--region", "开封市", "--date", "2024-03-28", "--db", str(db), "--no-progress") == 0
    )  # fmt: skip
    assert (
        claimkb("ingest", str(DATA / "news"), "--source", "开封日报", "--region", "开封市", "--date", "2024-04-10",
                "--db", str(db), "--no-progress") == 0
    )  # fmt: skip


def test_news_checked_against_the_communique(tmp_path: Path, capsys) -> None:
    db = tmp_path / "kb.duckdb"
    ingest_all(db)
    assert claimkb("check", "--db", str(db)) == 0
    found = official_verdicts(db)
    assert {key: found.get(key) for key in EXPECTED_AFTER_COMMUNIQUE} == EXPECTED_AFTER_COMMUNIQUE
    out = capsys.readouterr().out
    assert "matches_official" in out and "differs_from_official" in out


def test_verdict_carries_the_official_value_source_and_release_date(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    ingest_all(db)
    assert claimkb("check", "--db", str(db)) == 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute(
            "SELECT k.expected, k.observed, k.official_source, k.official_release_date, k.explanation_zh"
            " FROM cross_checks k JOIN check_claims l USING (check_id) JOIN claims c USING (claim_id)"
            " WHERE k.rule = 'official' AND l.position = 0 AND c.mention = '6.5%'"
        ).fetchone()
        exported = con.execute(
            "SELECT indicator_id, official_verdict, official_value, official_source FROM claim_evidence"
            " WHERE mention = '2650.3亿元'"
        ).fetchone()
    finally:
        con.close()
    expected, observed, source, released, explanation = row
    assert (expected, observed, source, str(released)) == (5.6, 6.5, "开封市统计局", "2024-03-28")
    assert "5.6%" in explanation and "开封市统计局" in explanation
    assert exported == ("gdp", "differs_from_official", 260030000000.0, "开封市统计局")
    out = tmp_path / "claims.csv"
    assert (
        claimkb("export", "--format", "csv", "--out", str(out), "--db", str(db), "--checks", "differs_from_official")
        == 0
    )
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["mention"]: (row["indicator"], row["official_verdict"]) for row in rows}["6.5%"] == (
        "社会消费品零售总额",
        "differs_from_official",
    )
    # the five news figures that differ, and the communiqué's figures they differ from (compared with nothing)
    assert (
        sorted((row["doc"] == "communique.txt", row["official_verdict"]) for row in rows)
        == [(False, "differs_from_official")] * 5 + [(True, "")] * 5
    )


def test_reference_tables_load_once_report_bad_rows_and_feed_the_check(tmp_path: Path, capsys) -> None:
    db = tmp_path / "kb.duckdb"
    ingest_all(db)
    assert claimkb("check", "--db", str(db)) == 0
    tables = [str(DATA / "figures_long.csv"), str(DATA / "figures_wide.csv")]
    assert claimkb("official", "load", *tables, "--db", str(db)) == 1  # bad rows: said, the rest loaded
    err = capsys.readouterr().err.strip().splitlines()
    assert [line.split(": ")[1] for line in err if line.startswith("claimkb: ")] == [
        f"{DATA / 'figures_long.csv'}:4",
        f"{DATA / 'figures_long.csv'}:5",
        f"{DATA / 'figures_long.csv'}:6",
    ]
    assert claimkb("official", "load", *tables, "--db", str(db)) == 1
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM official_figures").fetchone()[0] == 5  # twice: no duplicates
        measures = con.execute(
            "SELECT indicator_id, measure, value, source FROM official_figures WHERE period = '2022' ORDER BY measure"
        ).fetchall()
    finally:
        con.close()
    assert measures == [("gdp", "change", 3.9, "国家统计局"), ("gdp", "level", 265710000000.0, "国家统计局")]
    assert claimkb("check", "--db", str(db)) == 0
    found = official_verdicts(db)
    assert {key: found.get(key) for key in EXPECTED_AFTER_TABLES} == EXPECTED_AFTER_TABLES


def test_a_jsonl_record_marks_its_document_official(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    feed = tmp_path / "feed.jsonl"
    communique = (DATA / "communique.txt").read_text(encoding="utf-8")
    news = (DATA / "news" / "n1_gdp_summary.txt").read_text(encoding="utf-8")
    import json

    feed.write_text(
        json.dumps({"text": communique, "official": True, "region": "开封市", "date": "2024-03-28"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"text": news, "region": "开封市", "date": "2024-04-10"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    assert claimkb("ingest", str(feed), "--db", str(db), "--no-progress") == 0
    assert claimkb("check", "--db", str(db)) == 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        marks = con.execute("SELECT how FROM official_marks").fetchall()
        verdict = con.execute(
            "SELECT k.verdict FROM cross_checks k JOIN check_claims l USING (check_id) JOIN claims c USING (claim_id)"
            " WHERE k.rule = 'official' AND l.position = 0 AND c.mention = '6.5%'"
        ).fetchall()
    finally:
        con.close()
    assert marks == [("record",)]
    assert verdict == [("differs_from_official",)]


def test_same_fact_compares_the_claims_of_one_indicator_whatever_their_wording(tmp_path: Path) -> None:
    """经济总量 (metric key 经济) and 地区生产总值 are one indicator: the news' 2650.3亿元 and 2600.3亿元 of 2023
    are one fact told two ways, a conflict; 2022's 2500.0亿元 is of another time."""
    db = tmp_path / "kb.duckdb"
    ingest_all(db)
    assert claimkb("check", "--db", str(db)) == 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        found = con.execute(
            "SELECT k.verdict, k.metric_key, list(c.mention ORDER BY c.mention) FROM cross_checks k"
            " JOIN check_claims l USING (check_id) JOIN claims c USING (claim_id)"
            " WHERE k.rule = 'same_fact' AND list_contains(k.claim_ids, (SELECT claim_id FROM claims"
            "  WHERE mention = '2650.3亿元')) GROUP BY k.check_id, k.verdict, k.metric_key"
        ).fetchall()
    finally:
        con.close()
    assert found == [("conflict", "indicator:gdp", ["2600.3亿元", "2600亿元左右", "2650.3亿元"])]


def test_a_removed_official_document_is_official_no_more(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    ingest_all(db)
    assert claimkb("remove", str(DATA / "communique.txt"), "--db", str(db)) == 0
    assert claimkb("ingest", str(DATA / "communique.txt"), "--db", str(db), "--no-progress") == 0
    assert claimkb("check", "--db", str(db)) == 0
    assert set(official_verdicts(db).values()) == {None}
