"""Exports: every format read back by the tool its users use gives the rows the database holds.

The database is the planted cross-check corpus (tests/data/planted_checks.jsonl), which has dates,
URLs, several provinces' places and every verdict, conflicts included."""

import csv
import io
import json
from pathlib import Path

import duckdb
import jsonschema
import pandas as pd
import pyarrow.parquet as pq
import pytest
from openpyxl import Workbook, load_workbook

from extract.checks.runner import run_checks
from extract.exports import export, selection, writers, xlsx
from extract.exports.claimreview import short_sentence
from extract.exports.selection import batches, select_claims
from extract.exports.where import FilterError
from extract.ingest import ingest
from extract.store import StoreError, connect

DATA = Path(__file__).parent / "data"
KEY_COLUMNS = ["claim_id", "doc", "date", "url", "headline", "sentence", "mention", "start_offset", "value",
               "unit", "kind", "metric", "subject", "place_code", "place_chain", "extractor_version"]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "kb.duckdb"
    ingest([str(DATA / "planted_checks.jsonl")], str(path), progress=False)
    con = connect(path)
    run_checks(con)
    con.close()
    return path


def evidence(db: Path, where: str = "TRUE") -> pd.DataFrame:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            f"SELECT * FROM claim_evidence WHERE {where} ORDER BY date NULLS LAST, doc, start_offset"
        ).df()
    finally:
        con.close()


def iso(day) -> str:
    """A date as YYYY-MM-DD, '' for a missing one (pandas NaT, openpyxl None)."""
    return "" if day is None or pd.isna(day) else day.date().isoformat()


def test_csv_round_trip_keeps_rows_values_and_chinese(db, tmp_path):
    out = tmp_path / "claims.csv"
    n = export(db, "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel and WPS read the file as UTF-8
    back = pd.read_csv(out, encoding="utf-8-sig", dtype={"place_code": str})
    want = evidence(db)
    assert n == len(back) == len(want)
    for column in ("claim_id", "sentence", "mention", "unit", "subject", "place_chain"):
        assert back[column].fillna("").tolist() == want[column].fillna("").tolist()
    assert back["value"].tolist() == pytest.approx(want["value"].tolist())
    assert back["date"].fillna("").tolist() == [iso(d) for d in want["date"]]
    # numbers are written bare, never quoted, and whole numbers without ".0"
    text = raw.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    for row in rows:
        assert f",{row['start_offset']},{row['end_offset']},{row['page']},{row['value']}," in text
        assert not row["value"].endswith(".0")


def test_csv_evidence_columns_pair_each_check_with_its_claims(db, tmp_path):
    out = tmp_path / "conflicts.csv"
    export(db, "csv", out, verdicts=["conflict"])
    back = pd.read_csv(out, encoding="utf-8-sig")
    assert len(back) > 0
    want = evidence(db, "list_contains(verdicts, 'conflict')")
    assert sorted(back["claim_id"]) == sorted(want["claim_id"])
    full_rows = want.set_index("claim_id").loc[back["claim_id"]]
    for row, (_, full) in zip(back.itertuples(), full_rows.iterrows(), strict=True):
        checks = list(full["checks"])
        assert row.check_ids.split("; ") == [c["check_id"] for c in checks]
        assert row.verdicts.split("; ") == [c["verdict"] for c in checks]
        assert row.other_claim_ids.split("; ") == [",".join(c["other_claim_ids"]) for c in checks]
        assert "conflict" in row.verdicts.split("; ")
        for check in checks:
            for sentence in check["other_sentences"]:
                assert sentence in row.other_sentences


def test_xlsx_round_trip_header_frozen_widths(db, tmp_path):
    out = tmp_path / "claims.xlsx"
    n = export(db, "xlsx", out)
    workbook = load_workbook(out, read_only=False)
    sheet = workbook["claims"]
    assert sheet.freeze_panes == "B2"
    rows = list(sheet.iter_rows(values_only=True))
    header, body = list(rows[0]), rows[1:]
    assert sheet.cell(1, 1).font.bold
    assert sheet.column_dimensions["A"].width >= 10
    assert sheet.column_dimensions[chr(65 + header.index("sentence"))].width == 60
    want = evidence(db)
    assert n == len(body) == len(want)
    back = pd.DataFrame(body, columns=header)
    for column in ("claim_id", "sentence", "subject", "unit", "place_chain"):
        assert back[column].fillna("").tolist() == want[column].fillna("").tolist()
    assert back["value"].tolist() == pytest.approx(want["value"].tolist())
    assert [iso(d) for d in back["date"]] == [iso(d) for d in want["date"]]


def test_xlsx_text_that_looks_like_a_formula_stays_text(tmp_path):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("t")
    sheet.append([xlsx._xlsx_cell(sheet, '=HYPERLINK("x")全县新建驿站16处'), xlsx._xlsx_cell(sheet, "a\x01b")])
    workbook.save(tmp_path / "t.xlsx")
    cells = list(load_workbook(tmp_path / "t.xlsx")["t"].iter_rows())[0]
    assert cells[0].data_type == "s" and cells[0].value.startswith("=HYPERLINK")
    assert cells[1].value == "ab"  # control characters Excel rejects are dropped


def test_csv_text_that_looks_like_a_formula_is_defused():
    assert writers._csv_cell("=1+1") == "'=1+1"
    assert writers._csv_cell("-3%下降") == "'-3%下降"
    assert writers._csv_cell("全县16处") == "全县16处"
    assert writers._csv_cell(-3.0) == "-3"


@pytest.mark.parametrize(
    ("value", "text"), [(465.0, "465"), (93.02, "93.02"), (67000.0, "67000"), (0.5, "0.5"), (1e16, "1e+16")]
)
def test_format_number(value, text):
    assert writers.format_number(value) == text


def test_parquet_round_trip_keeps_nested_checks(db, tmp_path):
    out = tmp_path / "claims.parquet"
    n = export(db, "parquet", out)
    table = pq.read_table(out)
    want = evidence(db)
    assert n == table.num_rows == len(want)
    back = table.to_pandas()
    assert back["claim_id"].tolist() == want["claim_id"].tolist()
    assert back["sentence"].tolist() == want["sentence"].tolist()
    assert [list(v) for v in back["verdicts"]] == [list(v) for v in want["verdicts"]]
    conflicted = back[back["verdicts"].map(lambda v: "conflict" in list(v))]
    first = conflicted.iloc[0]["checks"][0]
    assert set(first) >= {"check_id", "rule", "verdict", "explanation_zh", "other_claim_ids", "other_sentences"}
    # and DuckDB reads it back as the same rows
    count = duckdb.execute(f"SELECT count(*) FROM read_parquet('{out}')").fetchone()[0]
    assert count == n


def test_jsonl_file_by_copy_and_stdout_stream_hold_the_same_records(db, tmp_path, capsys):
    out = tmp_path / "claims.jsonl"
    n = export(db, "jsonl", out)
    from_file = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    export(db, "jsonl")
    from_stream = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert n == len(from_file) == len(from_stream) == len(evidence(db))
    assert from_file == from_stream
    assert "菏泽市" in out.read_text(encoding="utf-8")  # Chinese as text, not \\u escapes


def test_slicing_and_batching_do_not_change_the_output(db, tmp_path, monkeypatch):
    for fmt in ("csv", "jsonl", "parquet"):
        whole = export(db, fmt, tmp_path / f"whole.{fmt}")
        with monkeypatch.context() as patch:
            patch.setattr(selection, "SLICE_CLAIMS", 5)  # a slice is a few documents
            patch.setattr(selection, "BATCH_ROWS", 3)
            with connect(db, read_only=True) as con:
                assert len(list(selection.document_slices(con))) > 10
            assert export(db, fmt, tmp_path / f"sliced.{fmt}") == whole
        if fmt == "parquet":
            assert pq.read_table(tmp_path / "whole.parquet").equals(pq.read_table(tmp_path / "sliced.parquet"))
        else:
            assert (tmp_path / f"whole.{fmt}").read_bytes() == (tmp_path / f"sliced.{fmt}").read_bytes()


def test_claimreview_validates_and_has_one_review_per_checked_claim(db, tmp_path):
    schema = json.loads((DATA / "claimreview.schema.json").read_text(encoding="utf-8"))
    out = tmp_path / "reviews.json"
    n = export(db, "claimreview", out, author="某某事实核查")
    reviews = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(reviews)
    checked = evidence(db, "len(checks) > 0")
    assert n == len(reviews) == len(checked)
    assert {r["identifier"] for r in reviews} == set(checked["claim_id"])
    by_id = {r["identifier"]: r for r in reviews}
    for _, row in checked.iterrows():
        review = by_id[row["claim_id"]]
        assert review["reviewRating"]["alternateName"] == row["checks"][0]["verdict"]
        assert row["checks"][0]["explanation_zh"] in review["reviewRating"]["ratingExplanation"]
        assert review["author"]["name"] == "某某事实核查"
        assert review["itemReviewed"]["appearance"]["url"] == row["url"]
        assert review["itemReviewed"].get("datePublished", "") == iso(row["date"])


def test_claimreview_of_conflicts_only_in_english(db, tmp_path):
    out = tmp_path / "reviews.json"
    export(db, "claimreview", out, author="desk", verdicts=["conflict"], language="en")
    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert reviews and all(r["reviewRating"]["alternateName"] == "conflict" for r in reviews)
    assert all(r["inLanguage"] == "en" for r in reviews)


def test_empty_selection_is_an_empty_but_valid_file(db, tmp_path):
    out = tmp_path / "none.json"
    assert export(db, "claimreview", out, author="desk", where="subject = '不存在的地方'") == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []
    assert export(db, "csv", tmp_path / "none.csv", where="value < 0") == 0
    assert len(pd.read_csv(tmp_path / "none.csv", encoding="utf-8-sig")) == 0


def test_selection_by_where_checks_and_named_query_agree_with_sql(db):
    con = connect(db, read_only=True)
    try:

        def ids(chosen) -> set[str]:
            return {row["claim_id"] for rows in batches(con, chosen, "e.claim_id") for row in rows}

        by_where = ids(select_claims(con, where="subject = '单县公安局' AND value >= 12"))
        assert by_where == set(evidence(db, "subject = '单县公安局' AND value >= 12")["claim_id"])
        assert by_where
        by_verdict = ids(select_claims(con, verdicts=["conflict", "corroborated"]))
        assert by_verdict == set(evidence(db, "list_has_any(verdicts, ['conflict', 'corroborated'])")["claim_id"])
        by_query = ids(select_claims(con, query="claims_by_subject", query_params={"subject": "曹县"}))
        assert by_query == set(evidence(db, "subject LIKE '曹县%'")["claim_id"])
        by_list_query = ids(select_claims(con, query="corroborated"))
        assert by_list_query == set(evidence(db, "list_contains(verdicts, 'corroborated')")["claim_id"])
        both = ids(select_claims(con, query="claims_by_subject", query_params={"subject": "曹县"}, where="value > 100"))
        assert both == {i for i in by_query if i in set(evidence(db, "value > 100")["claim_id"])}
    finally:
        con.close()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"verdicts": ["wrong"]}, "unknown verdict"),
        ({"query": "no_such_query"}, "unknown query"),
        ({"query": "claims_by_subject"}, "needs parameter"),
        ({"query": "checks_by_verdict"}, "names no claims"),
        ({"where": "text = 'x'"}, "unknown column"),
    ],
)
def test_bad_selections_say_what_is_wrong(db, kwargs, message):
    con = connect(db, read_only=True)
    try:
        with pytest.raises(ValueError, match=message):
            select_claims(con, **kwargs)
    finally:
        con.close()


def test_hostile_filters_change_nothing_and_leave_no_file(db, tmp_path):
    before = evidence(db)
    out = tmp_path / "claims.csv"
    out.write_text("an earlier export", encoding="utf-8")
    for hostile in (
        "1=1; DELETE FROM claims",
        "subject = '单县' UNION SELECT text FROM documents",
        "subject = (SELECT max(text) FROM documents)",
        "subject = '' OR 1=1",
    ):
        with pytest.raises(FilterError):
            export(db, "csv", out, where=hostile)
    # a quote inside a value is data, not SQL
    assert export(db, "csv", tmp_path / "q.csv", where="subject = '单县'' OR ''1''=''1'") == 0
    assert out.read_text(encoding="utf-8") == "an earlier export"
    assert not list(tmp_path.glob(".*.partial"))
    pd.testing.assert_frame_equal(evidence(db), before)


def test_format_and_option_errors(db, tmp_path):
    with pytest.raises(ValueError, match="binary"):
        export(db, "xlsx")
    with pytest.raises(ValueError, match="--author"):
        export(db, "claimreview", tmp_path / "r.json")
    with pytest.raises(ValueError, match="no such folder"):
        export(db, "csv", tmp_path / "missing" / "c.csv")
    with pytest.raises(StoreError, match="no such database"):
        export(tmp_path / "none.duckdb", "csv")


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        ("单县新建驿站16处。", "16处", "单县新建驿站16处。"),
        ("甲" * 50 + "驿站16处" + "乙" * 50, "16处", "…" + "甲" * 36 + "驿站16处" + "乙" * 39 + "…"),
        ("驿站16处" + "乙" * 100, "驿站16处", "驿站16处" + "乙" * 75 + "…"),
    ],
)
def test_short_sentence_keeps_the_figure(sentence, mention, expected):
    assert short_sentence(sentence, mention) == expected


def test_place_chain_comes_from_the_places_table(db):
    rows = evidence(db, "subject = '曹县'")
    assert len(rows) and set(rows["place_chain"]) == {"山东省 > 菏泽市 > 曹县"}


def test_every_format_carries_each_claims_aspect_and_where_filters_by_it(db, tmp_path):
    want = evidence(db)
    assert set(want["aspect"].fillna("")) == {"cumulative", ""}  # running totals (累计, 共建成) and unsaid ones
    aspects = want["aspect"].fillna("").tolist()
    export(db, "csv", tmp_path / "c.csv")
    assert pd.read_csv(tmp_path / "c.csv", encoding="utf-8-sig")["aspect"].fillna("").tolist() == aspects
    export(db, "xlsx", tmp_path / "c.xlsx")
    rows = list(load_workbook(tmp_path / "c.xlsx")["claims"].iter_rows(values_only=True))
    assert [row[rows[0].index("aspect")] or "" for row in rows[1:]] == aspects
    export(db, "jsonl", tmp_path / "c.jsonl")
    records = [json.loads(line) for line in (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["aspect"] or "" for r in records] == aspects
    export(db, "parquet", tmp_path / "c.parquet")
    assert [a or "" for a in pq.read_table(tmp_path / "c.parquet").column("aspect").to_pylist()] == aspects
    n = export(db, "csv", tmp_path / "running.csv", where="aspect = 'cumulative'")
    running = pd.read_csv(tmp_path / "running.csv", encoding="utf-8-sig")
    assert n == aspects.count("cumulative") == len(running) and set(running["aspect"]) == {"cumulative"}


def test_an_export_shows_its_progress_when_asked(checked_sample_db, tmp_path, capsys):
    from extract.exports import export

    capsys.readouterr()
    n = export(checked_sample_db, "csv", tmp_path / "claims.csv", progress=True)
    err = capsys.readouterr().err
    assert n > 0 and "documents" in err
    export(checked_sample_db, "csv", tmp_path / "again.csv", progress=False)
    assert capsys.readouterr().err == ""
