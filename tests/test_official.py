"""Reference tables of official figures (extract/official.py): the long form, the data portal's wide forms in
CSV and XLSX, bad rows said one line each, periods, and documents marked official by their source name."""

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from extract import cli
from extract.ingest import ingest
from extract.official import OfficialError, load_tables, period_of
from extract.store import connect


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("2023年", (date(2023, 1, 1), date(2023, 12, 31))),
        ("2023Q2", (date(2023, 4, 1), date(2023, 6, 30))),
        ("2023年一季度", (date(2023, 1, 1), date(2023, 3, 31))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2023年1-6月", (date(2023, 1, 1), date(2023, 6, 30))),
        ("2023年上半年", None),
        ("去年", None),
    ],
)
def test_period_of(written, period):
    assert period_of(written) == period


def figures(db: Path) -> list[tuple]:
    con = connect(db, read_only=True)
    try:
        return con.execute(
            "SELECT place, indicator_id, measure, period_start, period_end, value, source FROM official_figures"
            " ORDER BY place, indicator_id, measure, period_start"
        ).fetchall()
    finally:
        con.close()


def test_the_portals_wide_xlsx_with_places_as_rows(tmp_path):
    book = Workbook()
    sheet = book.active
    portal = [["数据库：分省年度数据"], ["指标：常住人口(万人)"], ["地区", "2023年", "2022年"], ["河南省", 9815, 9872]]
    for row in [*portal, ["湖北省", 5838, None], ["数据来源：国家统计局"]]:
        sheet.append(row)
    book.save(tmp_path / "portal.xlsx")
    db = tmp_path / "kb.duckdb"
    con = connect(db)
    report = load_tables(con, [str(tmp_path / "portal.xlsx")], release_date="2024-09-20")
    con.close()
    assert (report.loaded, report.errors) == (3, [])
    # a stock's figure for a year is its level at the year's end
    assert figures(db) == [
        ("河南省", "resident_population", "level", date(2022, 12, 31), date(2022, 12, 31), 98720000.0, "国家统计局"),
        ("河南省", "resident_population", "level", date(2023, 12, 31), date(2023, 12, 31), 98150000.0, "国家统计局"),
        ("湖北省", "resident_population", "level", date(2023, 12, 31), date(2023, 12, 31), 58380000.0, "国家统计局"),
    ]


def test_a_gb18030_long_table_with_chinese_headers_and_a_unit_of_another_indicator(tmp_path):
    table = tmp_path / "figures.csv"
    table.write_bytes(
        "地区,指标,时间,数值,单位,来源\n开封市,GDP增速,2023,4.2,%,开封市统计局\n开封市,粮食产量,2023,312.5,亿元,开封市统计局\n"
        "火星,GDP,2023,1.0,亿元,某局\n".encode("gb18030")
    )
    con = connect(tmp_path / "kb.duckdb")
    report = load_tables(con, [str(table)])
    con.close()
    assert report.loaded == 1
    assert report.errors == [
        f"{table}:3: unit 亿元 is not one of 粮食产量 (吨)",
        f"{table}:4: '火星' is no division the gazetteer knows (a province, city or county)",
    ]


def test_a_file_that_is_no_table_is_one_line(tmp_path, capsys):
    (tmp_path / "notes.csv").write_text("hello,world\n1,2\n", encoding="utf-8")
    con = connect(tmp_path / "kb.duckdb")
    with pytest.raises(OfficialError, match=r"notes\.csv:1: no header"):
        load_tables(con, [str(tmp_path / "notes.csv")])
    con.close()
    assert cli.main(["official", "load", str(tmp_path / "notes.csv"), "--db", str(tmp_path / "kb.duckdb")]) == 1
    assert cli.main(["official", "load", str(tmp_path / "missing.csv"), "--db", str(tmp_path / "kb.duckdb")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("claimkb: ") for line in err)


def test_a_source_listed_as_official_marks_its_documents(tmp_path):
    page = tmp_path / "gongbao.txt"
    page.write_text("2023年开封市国民经济和社会发展统计公报\n全年全市生产总值2600.3亿元。\n", encoding="utf-8")
    news = tmp_path / "news.txt"
    news.write_text("2023年开封市地区生产总值2600.3亿元。\n", encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    ingest([str(page)], db, source="开封市统计局", region="开封市", progress=False)
    ingest([str(news)], db, source="开封日报", region="开封市", progress=False)
    con = connect(db, read_only=True)
    try:
        marks = con.execute("SELECT d.name, m.how FROM official_marks m JOIN documents d USING (source_key)").fetchall()
    finally:
        con.close()
    assert marks == [("gongbao.txt", "source")]
