"""Foreign places through the installed claimkb: ingested, stored with their ISO codes and checked."""

import json
import os
import subprocess
import sys
import tempfile

import duckdb

USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}

# an international news page and a trade-statistics page, of our own
NEWS = (
    "国际快讯\n\n加拿大统计局发布数据，加拿大第三季度GDP环比增长1.2%。\n\n"
    "德国巴伐利亚州当日新增确诊病例120例。日本东京都人口约1400万人。\n\n"
    "美国10月失业率升至6.2%。\n"
)
TRADE = (
    "外贸简讯\n\n1-10月，澳大利亚西澳州铁矿石出口3000万吨，同比增长5%。\n\n"
    "前三季度，德州市实现地区生产总值2800亿元。德州市进出口总额260亿元。\n\n"
    "全球经济今年增长3.2%，世界贸易量增长1.7%。\n"
)


def claimkb(*args, cwd):
    result = subprocess.run(
        [sys.executable, "-m", "extract", *args], capture_output=True, text=True, cwd=cwd, env=USER_ENV
    )
    assert result.returncode == 0, result.stderr
    return result


def test_foreign_places_are_stored_and_checked(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "news.txt").write_text(NEWS, encoding="utf-8")
    (pages / "trade.txt").write_text(TRADE, encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    claimkb(
        "ingest", str(pages), "--db", str(db), "--region", "中国", "--date", "2026-11-20", cwd=tempfile.gettempdir()
    )
    claimkb("check", "--db", str(db), "--full", cwd=tempfile.gettempdir())
    con = duckdb.connect(str(db), read_only=True)
    try:
        stored = dict(con.execute("SELECT mention, subject || ' ' || coalesce(place_code, '') FROM claims").fetchall())
        foreign_rows = con.execute("SELECT count(*) FROM places WHERE NOT regexp_matches(place_code, '^[0-9]+$')")
        assert foreign_rows.fetchone()[0] == 0  # the division table stays China's
        chains = con.execute("SELECT subject, place_chain FROM claim_evidence_of(NULL) WHERE place_code = 'DE-BY'")
        assert chains.fetchall() == [("德国巴伐利亚州", None)]
    finally:
        con.close()
    assert stored["1.2%"] == "加拿大 CA"
    assert stored["120例"] == "德国巴伐利亚州 DE-BY"
    assert stored["约1400万人"] == "日本东京都 JP-13"
    assert stored["6.2%"] == "美国 US"
    assert stored["3000万吨"] == "澳大利亚西澳大利亚州 AU-WA"
    assert stored["2800亿元"] == "德州市 371400000000"
    # the world is no place, and no subject of its own
    assert not stored["3.2%"].startswith(("全球", "世界"))
    subjects = claimkb(
        "query",
        "SELECT subject FROM claims WHERE place_code = 'US'",
        "--format",
        "json",
        "--db",
        str(db),
        cwd=tempfile.gettempdir(),
    )
    assert {row["subject"] for row in json.loads(subjects.stdout)} == {"美国"}
