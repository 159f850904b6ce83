"""Reviews: decisions are judged row by row, applied all or none, kept for good, and found again after the
documents are read again; every failure is one line naming the row or the file."""

import csv
import json
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest
from openpyxl import Workbook, load_workbook

from extract import cli, loading, reviews
from extract.exports import export
from extract.ingest import ingest
from extract.reviews import ReviewRow
from extract.store import connect

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("reviews") / "kb.duckdb"
    ingest([str(DATA / "planted_checks.jsonl")], str(path), progress=False, jobs=1)
    return path


@pytest.fixture
def db(planted, tmp_path) -> Path:
    """A copy of the planted database this test may write."""
    path = tmp_path / "kb.duckdb"
    shutil.copy(planted, path)
    return path


def rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def claim(db: Path, mention: str, line: int) -> str:
    (found,) = rows(
        db,
        "SELECT c.claim_id FROM claims c JOIN documents d USING (doc_id) WHERE d.name = ? AND c.mention = ?",
        [f"planted_checks.jsonl:{line}", mention],
    )
    return found[0]


def run(*args: str) -> int:
    return cli.main(list(args))


def sheet(path: Path, header: list[str], lines: list[list[object]]) -> Path:
    workbook = Workbook()
    workbook.active.append(header)
    for line in lines:
        workbook.active.append(line)
    workbook.save(path)
    return path


HEADER = [
    "claim_id",
    "mention",
    "review_status",
    "corrected_value",
    "corrected_kind",
    "corrected_subject",
    "review_note",
]


def test_every_bad_row_is_one_line_naming_it_and_nothing_is_applied(db, tmp_path, capsys):
    good = claim(db, "48起", 1)
    path = sheet(
        tmp_path / "marked.xlsx",
        HEADER,
        [
            [good, "48起", "confirmed", None, None, None, None],
            ["no-such-claim", "", "rejected", None, None, None, None],
            [claim(db, "12起", 1), "12起", None, "twelve", None, None, None],
            [claim(db, "36起", 1), "36起", "ok", None, None, None, None],
            [claim(db, "120个", 2), "120个", None, None, "number", None, None],
        ],
    )
    assert run("review", "import", str(path), "--db", str(db)) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[:4] == [
        "claimkb: marked.xlsx: row 3: unknown claim id 'no-such-claim'",
        "claimkb: marked.xlsx: row 4: corrected_value 'twelve' is no number",
        "claimkb: marked.xlsx: row 5: unknown status 'ok' (statuses: confirmed, rejected, corrected)",
        "claimkb: marked.xlsx: row 6: unknown kind 'number' (kinds: count, money, percent, measure, change, rate,"
        " duration, age, temperature)",
    ]
    assert "nothing applied: 4 bad row(s)" in err[4]
    assert rows(db, "SELECT count(*) FROM reviews") == [(0,)]

    assert run("review", "import", str(path), "--db", str(db), "--skip-bad") == 1  # applied, and bad rows said
    assert "1 decision(s) recorded, 0 unchanged, 4 bad row(s) left out" in capsys.readouterr().out
    assert rows(db, "SELECT claim_id, status FROM reviews") == [(good, "confirmed")]


def test_importing_the_same_file_twice_changes_nothing(db, tmp_path, capsys):
    out = tmp_path / "claims.csv"
    export(db, "csv", out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    header = lines[0]
    for line in lines[1:]:
        if line[header.index("mention")] == "48起":
            line[header.index("corrected_value")] = "50"
            line[header.index("review_note")] = "-见通报原文"  # a note a spreadsheet would take for a formula
        if line[header.index("mention")] == "12起":
            line[header.index("review_status")] = "rejected"
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(lines)
    assert run("review", "import", str(out), "--db", str(db), "--reviewer", "李") == 0
    assert "2 decision(s) recorded" in capsys.readouterr().out
    assert run("review", "import", str(out), "--db", str(db), "--reviewer", "李") == 0
    assert "0 decision(s) recorded" in capsys.readouterr().out
    # and the export of the decisions, read back, is the same decisions
    again = tmp_path / "again.csv"
    export(db, "csv", again)
    assert run("review", "import", str(again), "--db", str(db)) == 0
    assert "0 decision(s) recorded" in capsys.readouterr().out
    assert sorted(rows(db, "SELECT mention, status, value, note, reviewer FROM reviews")) == [
        ("12起", "rejected", None, None, "李"),
        ("48起", "corrected", 50.0, "-见通报原文", "李"),
    ]


def test_a_later_decision_supersedes_and_both_are_kept(db, capsys):
    target = claim(db, "48起", 1)
    assert run("review", "set", target, "--status", "rejected", "--db", str(db), "--reviewer", "甲") == 0
    assert run("review", "set", target, "--subject", "单县", "--note", "主体应为全县", "--db", str(db)) == 0
    assert rows(db, "SELECT status, reviewer IS NOT NULL FROM reviews ORDER BY review_id") == [
        ("rejected", True),
        ("corrected", True),
    ]
    standing = "SELECT review_status, subject, place_code, subject_basis, review_note FROM reviewed_claims"
    assert rows(db, f"{standing} WHERE claim_id = ?", [target]) == [
        ("corrected", "单县", "371722000000", "review", "主体应为全县")  # 单县's division code, from the gazetteer
    ]
    capsys.readouterr()
    assert run("review", "list", "--status", "corrected", "--db", str(db)) == 0
    listed = capsys.readouterr().out
    assert target in listed and "subject" in listed
    assert run("review", "list", "--status", "rejected", "--db", str(db)) == 0
    assert "(no rows)" in capsys.readouterr().out  # superseded


def test_set_says_a_bad_decision_in_one_line(db, capsys):
    target = claim(db, "48起", 1)
    assert run("review", "set", "nope", "--status", "confirmed", "--db", str(db)) == 1
    assert capsys.readouterr().err == "claimkb: nope: unknown claim id 'nope'\n"
    assert run("review", "set", target, "--value", "abc", "--db", str(db)) == 1
    assert capsys.readouterr().err == f"claimkb: {target}: corrected_value 'abc' is no number\n"
    assert run("review", "set", target, "--status", "confirmed", "--subject", "单县", "--db", str(db)) == 1
    assert "has no corrected fields" in capsys.readouterr().err
    assert run("review", "set", target, "--kind", "count", "--db", str(db)) == 1  # what the claim already says
    assert "every corrected field equals what the claim says" in capsys.readouterr().err
    assert rows(db, "SELECT count(*) FROM reviews") == [(0,)]


def reingest_edited(db: Path, tmp_path: Path, monkeypatch, edit) -> None:
    """Ingest the planted feed again, one article's text edited, under a changed extractor version."""
    records = [json.loads(line) for line in (DATA / "planted_checks.jsonl").read_text(encoding="utf-8").splitlines()]
    records[0]["text"] = edit(records[0]["text"])
    feed = tmp_path / "planted_checks.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    monkeypatch.setattr(loading, "extractor_version", lambda: "9.9.9+test")
    ingest([str(feed)], str(db), progress=False, jobs=1)


def copy_sourced(db: Path, tmp_path: Path) -> Path:
    """The planted feed ingested from a copy in tmp_path (the source key re-ingesting replaces)."""
    feed = tmp_path / "planted_checks.jsonl"
    shutil.copy(DATA / "planted_checks.jsonl", feed)
    db.unlink()
    ingest([str(feed)], str(db), progress=False, jobs=1)
    return feed


def test_a_review_whose_claim_is_gone_is_kept_and_listed_as_orphaned(db, tmp_path, monkeypatch):
    copy_sourced(db, tmp_path)
    kept, lost = claim(db, "120个", 2), claim(db, "12起", 1)
    con = connect(db)
    reviews.decide(con, kept, "甲", status="confirmed")
    reviews.decide(con, lost, "甲", status="rejected", note="刑事案件数另有统计")
    con.close()
    # the article is corrected at its source: 13 criminal cases, not 12 (that figure and its sentence are gone)
    reingest_edited(db, tmp_path, monkeypatch, lambda text: text.replace("刑事案件12起", "刑事案件13起"))
    assert rows(db, "SELECT count(*) FROM claims WHERE claim_id = ?", [lost]) == [(0,)]
    attached = rows(db, "SELECT mention, attached_by, attached_claim_id FROM review_attachments ORDER BY review_id")
    assert attached == [("120个", "claim", kept), ("12起", None, None)]
    assert rows(db, "SELECT count(*) FROM reviews") == [(2,)]  # nothing dropped
    out = subprocess.run(
        [sys.executable, "-m", "extract", "review", "list", "--orphaned", "--db", str(db)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0
    assert "12起" in out.stdout and "刑事案件数另有统计" in out.stdout and "120个" not in out.stdout


def test_a_review_attaches_by_its_sentence_when_only_the_offsets_moved(db, tmp_path, monkeypatch):
    copy_sourced(db, tmp_path)
    target = claim(db, "12起", 1)
    con = connect(db)
    reviews.decide(con, target, "甲", corrections={"subject": "单县公安局刑侦大队"})
    con.close()
    # the headline rewritten: every figure after it moves, its sentence is the same
    reingest_edited(db, tmp_path, monkeypatch, lambda text: text.replace("侦办电诈案件", "侦办电信诈骗案件", 1))
    assert rows(db, "SELECT mention, attached_by FROM review_attachments") == [("12起", "sentence")]
    assert rows(db, "SELECT subject FROM reviewed_claims WHERE review_status = 'corrected'") == [
        ("单县公安局刑侦大队",)
    ]


def test_an_import_is_one_transaction(db, tmp_path, monkeypatch):
    path = sheet(
        tmp_path / "marked.xlsx",
        HEADER,
        [[claim(db, "48起", 1), "", "confirmed", None, None, None, None], [claim(db, "12起", 1), "", "rejected"]],
    )

    def fail(*_args):
        raise duckdb.IOException("disk full")  # after the decisions are inserted, before the commit

    monkeypatch.setattr(loading, "forget_checks", fail)  # reviews imports it when it records
    con = connect(db)
    with pytest.raises(duckdb.IOException):
        reviews.apply(con, reviews.read_file(path), "甲")
    con.close()
    assert rows(db, "SELECT count(*) FROM reviews") == [(0,)]


def test_an_import_waits_for_an_ingest_holding_the_database(db, tmp_path, capsys):
    path = sheet(tmp_path / "marked.xlsx", HEADER, [[claim(db, "48起", 1), "", "confirmed"]])
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                import time, duckdb
                con = duckdb.connect({str(db)!r})
                print("held", flush=True)
                time.sleep(2)
                con.close()
            """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        assert run("review", "import", str(path), "--db", str(db)) == 0
        assert time.monotonic() - started > 0.5  # it waited for the other writer to let go
    finally:
        holder.wait(timeout=30)
    assert "1 decision(s) recorded" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.txt", "hello", "not a spreadsheet claimkb reads"),
        ("broken.xlsx", "not a zip", "not an Excel workbook"),
        ("plain.csv", "a,b\n1,2\n", "no claim_id and review columns"),
        ("latin.csv", b"claim_id,review_status\n\xff\xfe,x\n", "not UTF-8 text"),
        ("missing.xlsx", None, "no such file"),
    ],
)
def test_a_file_that_is_no_review_sheet_is_one_line(db, tmp_path, capsys, name, content, message):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    assert run("review", "import", str(path), "--db", str(db)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and name in err


def test_a_sheet_with_several_sheets_names_the_sheet(db, tmp_path):
    workbook = Workbook()
    workbook.active.title = "claims"
    workbook.active.append(HEADER)
    second = workbook.create_sheet("claims (2)")
    second.append(HEADER)
    second.append(["no-such-claim", "", "confirmed"])
    workbook.save(tmp_path / "two.xlsx")
    con = connect(db)
    report = reviews.apply(con, reviews.read_file(tmp_path / "two.xlsx"), "甲")
    con.close()
    assert report.problems == ["two.xlsx [claims (2)]: row 2: unknown claim id 'no-such-claim'"]


def test_a_row_left_as_exported_decides_nothing_even_for_a_claim_gone(db):
    con = connect(db)
    report = reviews.apply(con, [ReviewRow("row 2", "gone-claim", {"review_status": None})], "甲")
    con.close()
    assert (report.recorded, report.unchanged, report.problems) == (0, 1, [])


def test_a_note_without_a_status_is_a_bad_row():
    with pytest.raises(ValueError, match="a note without a review_status"):
        reviews.read_decision(ReviewRow("row 2", "x", {"review_note": "见原文"}))


def test_the_claimreview_rating_scale_is_the_desks(db, tmp_path, capsys):
    target = claim(db, "48起", 1)
    assert run("review", "set", target, "--status", "confirmed", "--note", "与通报一致", "--db", str(db)) == 0
    scale = tmp_path / "scale.json"
    scale.write_text(
        json.dumps(
            {
                "confirmed": {"ratingValue": 4, "alternateName": "属实"},
                "corrected": {"ratingValue": 2, "alternateName": "部分属实"},
                "rejected": {"ratingValue": 0, "alternateName": "不实"},
                "bestRating": 4,
                "worstRating": 0,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    out = tmp_path / "reviews.json"
    args = ("export", "--format", "claimreview", "--author", "核查台", "--out", str(out), "--db", str(db))
    assert run(*args, "--rating-scale", str(scale), "--url-template", "https://desk.example/c/{claim_id}") == 0
    (review,) = [r for r in json.loads(out.read_text(encoding="utf-8")) if r["identifier"] == target]
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 4,
        "bestRating": 4,
        "worstRating": 0,
        "alternateName": "属实",
        "ratingExplanation": "与通报一致",
    }
    assert review["url"] == f"https://desk.example/c/{target}"
    scale.write_text('{"confirmed": {"ratingValue": "high"}}', encoding="utf-8")
    capsys.readouterr()
    assert run(*args, "--rating-scale", str(scale)) == 1
    assert (
        capsys.readouterr().err
        == f'claimkb: {scale}: confirmed needs {{"ratingValue": NUMBER, "alternateName": "TEXT"}}\n'
    )
    assert run(*args, "--url-template", "https://desk.example/{id}") == 1
    assert "name only {claim_id}" in capsys.readouterr().err


def test_the_export_carries_the_review_columns_a_checker_edits(db, tmp_path):
    target = claim(db, "48起", 1)
    con = connect(db)
    reviews.decide(con, target, "甲", corrections={"value": "50", "subject": "单县"}, note="见通报")
    con.close()
    out = tmp_path / "claims.xlsx"
    export(db, "xlsx", out)
    sheet_rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    header = sheet_rows[0]
    for column in reviews.REVIEW_COLUMNS:
        assert column in header
    (row,) = [dict(zip(header, r, strict=False)) for r in sheet_rows[1:] if r[header.index("claim_id")] == target]
    assert (row["value"], row["subject"]) == (48, "单县公安局")  # what the extractor read stays in its columns
    assert (row["review_status"], row["corrected_value"], row["corrected_subject"], row["review_note"]) == (
        "corrected",
        50,
        "单县",
        "见通报",
    )
    assert row["corrected_kind"] is None and row["reviewer"] == "甲"


def test_the_extractors_precision_on_reviewed_claims_per_field_and_version(db, capsys):
    ids = {mention: claim(db, mention, line) for mention, line in (("48起", 1), ("12起", 1), ("36起", 1), ("120个", 2))}
    con = connect(db)
    reviews.decide(con, ids["48起"], "甲", status="confirmed")
    reviews.decide(con, ids["12起"], "甲", corrections={"subject": "单县", "value": "13"})
    reviews.decide(con, ids["36起"], "甲", status="rejected")
    reviews.decide(con, ids["120个"], "甲", status="rejected")
    reviews.decide(con, ids["120个"], "甲", status="confirmed")  # supersedes: counted once, confirmed
    con.close()
    (version,) = rows(db, "SELECT DISTINCT extractor_version FROM claims")[0]
    capsys.readouterr()
    assert run("query", "review_precision", "--format", "csv", "--db", str(db)) == 0
    table = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    precision = {row["field"]: (row["reviewed"], row["correct"]) for row in table}
    assert {row["extractor_version"] for row in table} == {version}
    assert precision == {
        "claim": ("4", "3"),
        "value": ("3", "2"),
        "subject": ("3", "2"),
        **{field: ("3", "3") for field in ("value_high", "unit", "qualifier", "kind", "metric", "period")},
    }
    assert run("stats", "--db", str(db)) == 0
    out = capsys.readouterr().out
    assert "reviews: 5 decisions; standing: 2 confirmed, 1 rejected, 1 corrected; 0 orphaned" in out
    assert f"precision of extractor {version} on reviewed claims: claim 0.75 (3/4), value 0.67 (2/3)" in out


def test_the_dashboard_shows_a_claims_status_and_history_and_filters_by_status(db):
    from extract.dashboard import create_app

    rejected, corrected = claim(db, "36起", 1), claim(db, "12起", 1)
    con = connect(db)
    reviews.decide(con, rejected, "甲", status="rejected", note="行政案件另计")
    reviews.decide(con, corrected, "甲", status="confirmed")
    reviews.decide(con, corrected, "乙", corrections={"subject": "单县"}, note="应为全县")
    con.close()
    client = create_app(db).test_client()
    listed = client.get("/claims.json?review=rejected&page_size=1000").json["tables"]["claims"]
    assert [(c["claim_id"], c["review_status"]) for c in listed] == [(rejected, "rejected")]
    reviewed = client.get("/claims.json?review=reviewed&page_size=1000").json["tables"]["claims"]
    assert {c["claim_id"] for c in reviewed} == {rejected, corrected}
    unreviewed = client.get("/claims.json?review=unreviewed&page_size=1000").json["tables"]["claims"]
    assert rejected not in {c["claim_id"] for c in unreviewed} and len(unreviewed) > 100
    page = client.get("/claims?review=corrected&lang=en")
    assert f'href="/claim/{corrected}">corrected</a>' in page.text and "subject" in page.text
    chinese = client.get("/claims?review=corrected&lang=zh").text
    assert f'href="/claim/{corrected}">已更正</a>' in chinese and "已更正：主体" in chinese

    history = client.get(f"/claim/{corrected}.json").json["tables"]["history"]
    assert [(h["status"], h["reviewer"], h["corrected"]) for h in history] == [
        ("corrected", "乙", "subject"),
        ("confirmed", "甲", ""),
    ]
    shown = client.get(f"/claim/{corrected}").text
    assert "单县公安局" in shown and 'class="corrected">单县<' in shown and "应为全县" in shown
    assert client.get("/claim/no-such-claim").status_code == 404
    assert client.post(f"/claim/{corrected}").status_code == 405  # read-only: nothing to post to


def test_a_correction_the_extractor_now_reads_itself_is_still_unchanged_on_reimport(db):
    target = claim(db, "12起", 1)
    row = ReviewRow("row 2", target, {"review_status": "corrected", "corrected_subject": "单县"})
    con = connect(db)
    assert reviews.apply(con, [row], "甲").recorded == 1
    con.execute("UPDATE claims SET subject = '单县' WHERE claim_id = ?", [target])  # a better extractor's reading
    again = reviews.apply(con, [row], "甲")
    con.close()
    assert (again.recorded, again.unchanged, again.problems) == (0, 1, [])


def test_an_import_killed_before_its_commit_leaves_nothing(db, tmp_path):
    path = sheet(tmp_path / "marked.xlsx", HEADER, [[claim(db, "48起", 1), "", "confirmed"]])
    # the import, in its own process, stops after its decisions are written and before the commit
    script = textwrap.dedent(f"""
        import sys, time
        from extract import cli, loading

        def stop(*_args):
            print("written", flush=True)
            time.sleep(60)

        loading.forget_checks = stop
        cli.main(["review", "import", {str(path)!r}, "--db", {str(db)!r}])
    """)
    importer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert importer.stdout.readline().strip() == "written"
    finally:
        importer.kill()  # kill -9
        importer.wait(timeout=30)
    assert rows(db, "SELECT count(*) FROM reviews") == [(0,)]
    assert run("review", "import", str(path), "--db", str(db)) == 0  # and the same import completes after
    assert rows(db, "SELECT count(*) FROM reviews") == [(1,)]


def test_a_review_attaches_to_its_figure_read_wider_by_a_changed_extractor(db):
    target = claim(db, "12起", 1)
    con = connect(db)
    reviews.decide(con, target, "甲", status="confirmed")
    # a new lexicon reads the figure with the word before it: another span, mention and claim id, same characters
    con.execute(
        "UPDATE claims SET claim_id = 'wider', start_offset = start_offset - 2, mention = '案件12起'"
        " WHERE claim_id = ?",
        [target],
    )
    con.close()
    assert rows(db, "SELECT attached_claim_id, attached_by FROM review_attachments") == [("wider", "overlap")]
