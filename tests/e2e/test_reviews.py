"""A fact-checker's round trip through the claimkb command: export a spreadsheet, mark claims in it, import it,
and find every decision again after the corpus is read by a changed extractor, with the checks and the
ClaimReview export following the decisions.

Run through cli.main in this process: a changed extractor is simulated by changing the version the store
compares (extract.loading.extractor_version), which makes an ingest read every document again, as an upgrade
does; two documents are also edited so that their figures' offsets move.
"""

import json
import shutil
from pathlib import Path

import duckdb
from openpyxl import load_workbook

from extract import cli, loading

DATA = Path(__file__).resolve().parents[1] / "data"


def claimkb(*args: str) -> None:
    assert cli.main([*args]) == 0, args


def rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def claim_id(db: Path, line: int, mention: str) -> str:
    (found,) = rows(
        db,
        "SELECT c.claim_id FROM claims c JOIN documents d USING (doc_id) WHERE d.name = ? AND c.mention = ?",
        [f"planted_checks.jsonl:{line}", mention],
    )
    return found[0]


def conflicts(db: Path) -> set[tuple[str, str]]:
    """(rule, metric key of the first claim) of every conflict."""
    return set(
        rows(
            db,
            "SELECT k.rule, any_value(c.metric_key ORDER BY l.position) FROM cross_checks k"
            " JOIN check_claims l USING (check_id) JOIN claims c USING (claim_id)"
            " WHERE k.verdict = 'conflict' GROUP BY k.check_id, k.rule",
        )
    )


def verdicts_of(db: Path, claim: str) -> list[tuple[str, str]]:
    return rows(
        db,
        "SELECT k.rule, k.verdict FROM cross_checks k JOIN check_claims l USING (check_id) WHERE l.claim_id = ?",
        [claim],
    )


def mark(sheet_path: Path, marks: dict[str, dict[str, object]]) -> None:
    """Edit the exported workbook as a fact-checker does: cells of the review columns, by claim id."""
    workbook = load_workbook(sheet_path)
    sheet = workbook.active
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        cells = marks.get(row[header.index("claim_id")].value, {})
        for column, value in cells.items():
            row[header.index(column)].value = value
    workbook.save(sheet_path)


def edit_lines(feed: Path, lines: list[int]) -> None:
    """Put a new first paragraph before the text of some articles of a JSONL feed: their figures move."""
    records = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    for number in lines:
        records[number - 1]["text"] = "（本报讯）\n\n" + records[number - 1]["text"]
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_reviews_made_in_a_spreadsheet_survive_a_changed_extractor(tmp_path, monkeypatch, capsys):
    feed, db, sheet = tmp_path / "planted_checks.jsonl", tmp_path / "kb.duckdb", tmp_path / "claims.xlsx"
    shutil.copy(DATA / "planted_checks.jsonl", feed)
    claimkb("ingest", str(feed), "--db", str(db), "--no-progress", "--jobs", "1")
    claimkb("check", "--db", str(db))
    before = conflicts(db)
    assert {("same_fact", "城市书房"), ("same_fact", "网格员"), ("parts_total", "农家书屋")} <= before

    rejected = claim_id(db, 50, "48个")  # 城市书房 in 济宁市: 48 here, 52 in line 51
    moved_subject = claim_id(db, 42, "2860名")  # 网格员 in 济宁市: 2860 here, 3100 in line 43
    confirmed = claim_id(db, 2, "120个")  # 曹县's 农家书屋, whose parts (85 + 41) do not add up
    corrected_value = claim_id(db, 2, "41个")
    claimkb("export", "--format", "xlsx", "--out", str(sheet), "--db", str(db))
    mark(
        sheet,
        {
            rejected: {"review_status": "rejected", "review_note": "书房数为规划数"},
            moved_subject: {"corrected_subject": "单县"},  # the status cell left empty: a correction
            confirmed: {"review_status": "confirmed"},
            corrected_value: {"review_status": "corrected", "corrected_value": 35},
        },
    )
    claimkb("review", "import", str(sheet), "--db", str(db), "--reviewer", "王核查")
    assert "4 decision(s) recorded" in capsys.readouterr().out
    claimkb("review", "import", str(sheet), "--db", str(db), "--reviewer", "王核查")
    assert "0 decision(s) recorded" in capsys.readouterr().out
    assert rows(db, "SELECT count(*) FROM reviews") == [(4,)]  # importing twice added nothing

    claimkb("check", "--db", str(db))
    after_review = conflicts(db)
    assert ("same_fact", "城市书房") not in after_review  # one of its two figures rejected
    assert ("same_fact", "网格员") not in after_review  # the two figures are of different places now
    assert ("parts_total", "农家书屋") not in after_review  # 85 + 35 = 120
    assert ("parts_total", "consistent") in verdicts_of(db, confirmed)
    assert verdicts_of(db, rejected) == []

    # the extractor changes (an upgrade, a new lexicon) and two articles are edited: everything is read again
    edit_lines(feed, [2, 42])
    monkeypatch.setattr(loading, "extractor_version", lambda: "9.9.9+changed")
    claimkb("ingest", str(feed), "--db", str(db), "--no-progress", "--jobs", "1")
    assert "82 replaced" in capsys.readouterr().out
    attached = dict(rows(db, "SELECT mention || ' ' || status, attached_by FROM review_attachments"))
    assert attached == {
        "48个 rejected": "claim",
        "2860名 corrected": "sentence",  # its document's text changed: the same figure in the same sentence
        "120个 confirmed": "sentence",
        "41个 corrected": "sentence",
    }
    claimkb("review", "list", "--orphaned", "--db", str(db))
    assert "(no rows)" in capsys.readouterr().out
    reviewed = dict(
        rows(db, "SELECT mention, (review_status, subject, value) FROM reviewed_claims WHERE review_status NOT NULL")
    )
    assert reviewed["2860名"] == ("corrected", "单县", 2860.0)
    assert reviewed["41个"] == ("corrected", "曹县", 35.0)
    assert reviewed["48个"][0] == "rejected" and reviewed["120个"][0] == "confirmed"

    claimkb("check", "--db", str(db))
    assert conflicts(db) == after_review

    # the new claims' ids, from a sheet exported before the re-extraction, still find their decisions
    claimkb("review", "import", str(sheet), "--db", str(db))
    assert "0 decision(s) recorded" in capsys.readouterr().out
    assert rows(db, "SELECT count(*) FROM reviews") == [(4,)]

    out = tmp_path / "reviews.json"
    claimkb(
        "export", "--format", "claimreview", "--author", "某某核查", "--out", str(out), "--db", str(db),
        "--url-template", "https://desk.example/claims/{claim_id}",
    )  # fmt: skip
    now = dict(rows(db, "SELECT mention, attached_claim_id FROM review_attachments"))
    rated = {
        r["identifier"]: (r["reviewRating"]["ratingValue"], r["reviewRating"]["alternateName"], r["url"])
        for r in json.loads(out.read_text(encoding="utf-8"))
        if "ratingValue" in r["reviewRating"]
    }
    assert rated == {
        now["48个"]: (1, "False", f"https://desk.example/claims/{now['48个']}"),
        now["2860名"]: (3, "Partly true", f"https://desk.example/claims/{now['2860名']}"),
        now["120个"]: (5, "True", f"https://desk.example/claims/{now['120个']}"),
        now["41个"]: (3, "Partly true", f"https://desk.example/claims/{now['41个']}"),
    }
