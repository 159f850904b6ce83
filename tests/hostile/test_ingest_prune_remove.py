"""Documents of files that are gone leave the database: `claimkb ingest --prune` removes those of the
folders it reads whose files (or JSONL lines) are gone, `claimkb remove` those named by path or id; each
in one transaction, with everything that refers to them, and said in one line."""

import json
from pathlib import Path

import duckdb
import pytest

from extract import cli

TABLES_BY_DOC = ("documents", "articles", "claims", "reprint_bands", "reprint_sketches", "checked_documents")


def _run(*argv: str) -> int:
    return cli.main([*argv])


def _names(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [name for (name,) in con.execute("SELECT name FROM documents ORDER BY name").fetchall()]
    finally:
        con.close()


def _rows_naming(db: Path, doc_ids: set[str]) -> dict[str, int]:
    """How many rows of each table still refer to the documents."""
    con = duckdb.connect(str(db), read_only=True)
    ids = sorted(doc_ids)
    try:
        counts = {
            table: con.execute(
                f"SELECT count(*) FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
            ).fetchone()[0]
            for table in TABLES_BY_DOC
        }
        counts["reprints"] = con.execute(
            "SELECT count(*) FROM reprints WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))"
            " OR original_doc_id IN (SELECT unnest(?::VARCHAR[]))",
            [ids, ids],
        ).fetchone()[0]
        counts["cross_checks"] = con.execute(
            "SELECT count(*) FROM cross_checks WHERE len(list_intersect(doc_ids, ?::VARCHAR[])) > 0", [ids]
        ).fetchone()[0]
        counts["check_claims"] = con.execute(
            "SELECT count(*) FROM check_claims WHERE claim_id NOT IN (SELECT claim_id FROM claims)"
        ).fetchone()[0]
    finally:
        con.close()
    return {table: n for table, n in counts.items() if n}


def _doc_ids(db: Path, *names: str) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            doc_id
            for (doc_id,) in con.execute(
                "SELECT doc_id FROM documents WHERE name IN (SELECT unnest(?::VARCHAR[]))", [list(names)]
            ).fetchall()
        }
    finally:
        con.close()


NOTICE = "据县卫健委通报，2月3日，单县新增确诊病例12例，累计确诊病例300例。"
REPOST = "据县卫健委通报：2月3日，单县新增确诊病例12例，累计确诊病例300例。"  # a reprint of NOTICE


@pytest.fixture
def kb(tmp_path):
    """A folder of pages (one a reprint of another, one a feed of two articles), ingested and checked."""
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "b.txt").write_text(REPOST, encoding="utf-8")
    (folder / "sub" / "c.txt").write_text("2月3日，单县新增确诊病例12例，累计确诊病例310例。", encoding="utf-8")
    lines = [{"text": "曹县投放8辆自行车。"}, {"text": "定陶区新建驿站16处。"}]
    (folder / "feed.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), "utf-8")
    db = tmp_path / "kb.duckdb"
    assert _run("ingest", str(folder), "--db", str(db), "--no-progress", "--region", "菏泽市") == 0
    assert _run("check", "--db", str(db)) == 0
    return folder, db


def test_prune_removes_what_is_gone_with_every_row_that_refers_to_it(kb, capsys):
    folder, db = kb
    gone = _doc_ids(db, "b.txt", "feed.jsonl:2")
    assert _rows_naming(db, gone).keys() >= {"documents", "claims", "reprints", "cross_checks"}
    (folder / "b.txt").unlink()
    (folder / "feed.jsonl").write_text(json.dumps({"text": "曹县投放8辆自行车。"}, ensure_ascii=False), "utf-8")
    capsys.readouterr()
    assert _run("ingest", str(folder), "--db", str(db), "--no-progress", "--prune", "--region", "菏泽市") == 0
    out = capsys.readouterr().out.strip()
    assert len(out.splitlines()) == 1 and out.endswith("; 2 removed (their files are gone)")
    assert _names(db) == ["a.txt", "c.txt", "feed.jsonl:1"]
    assert _rows_naming(db, gone) == {}


def test_without_prune_nothing_goes_and_prune_touches_only_the_paths_given(kb, tmp_path, capsys):
    folder, db = kb
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text("巨野县新建驿站9处。", encoding="utf-8")
    assert _run("ingest", str(other), "--db", str(db), "--no-progress") == 0
    (folder / "a.txt").unlink()
    (other / "x.txt").unlink()
    assert _run("ingest", str(folder / "sub"), "--db", str(db), "--no-progress") == 0
    assert "a.txt" in _names(db)
    assert _run("ingest", str(folder / "sub"), "--db", str(db), "--no-progress", "--prune") == 0
    assert capsys.readouterr().out.strip().endswith("; 0 removed (their files are gone)")
    assert _run("ingest", str(folder), "--db", str(db), "--no-progress", "--prune") == 0
    assert _names(db) == ["b.txt", "c.txt", "feed.jsonl:1", "feed.jsonl:2", "x.txt"]  # x.txt: not under the folder


def test_prune_keeps_what_is_under_a_folder_it_could_not_read(kb, monkeypatch):
    folder, db = kb
    real_iterdir = Path.iterdir

    def iterdir(self):
        if self.name == "sub":
            raise PermissionError(13, "Permission denied")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    assert _run("ingest", str(folder), "--db", str(db), "--no-progress", "--prune") == 1
    assert "c.txt" in _names(db)


def test_prune_passes_a_text_whose_file_is_gone_to_a_file_holding_it_too(kb, capsys):
    folder, db = kb
    (folder / "a.txt").rename(folder / "z.txt")  # renamed: read as a duplicate of the text stored as a.txt
    assert _run("ingest", str(folder), "--db", str(db), "--no-progress", "--prune", "--region", "菏泽市") == 0
    assert capsys.readouterr().out.strip().endswith("; 0 removed (their files are gone)")
    assert _names(db) == ["b.txt", "c.txt", "feed.jsonl:1", "feed.jsonl:2", "z.txt"]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM claims JOIN documents USING (doc_id) WHERE name = 'z.txt'").fetchone()[0]
    con.close()


def test_remove_by_path_folder_and_id(kb, capsys):
    folder, db = kb
    (doc_id,) = _doc_ids(db, "feed.jsonl:2")
    gone = _doc_ids(db, "a.txt", "c.txt", "feed.jsonl:2")
    capsys.readouterr()
    assert _run("remove", str(folder / "a.txt"), str(folder / "sub"), doc_id, "--db", str(db)) == 0
    out = capsys.readouterr().out.strip()
    assert len(out.splitlines()) == 1 and out.startswith(f"{db}: 3 document(s) removed, with 5 claim(s)")
    assert _names(db) == ["b.txt", "feed.jsonl:1"]
    assert _rows_naming(db, gone) == {}
    assert _run("remove", str(folder / "feed.jsonl"), "--db", str(db)) == 0  # a feed's every line
    assert _names(db) == ["b.txt"]


def test_remove_of_an_unknown_path_or_id_is_one_line_exit_1_and_removes_nothing(kb, capsys):
    folder, db = kb
    before = _names(db)
    capsys.readouterr()
    assert _run("remove", str(folder / "a.txt"), str(folder / "nothing.txt"), "--db", str(db)) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"claimkb: {folder / 'nothing.txt'}: no document stored under this path or id"
    assert _run("remove", "0" * 64, "--db", str(db)) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert _names(db) == before
    assert _run("remove", "a.txt", "--db", str(folder / "none.duckdb")) == 1
    assert "no such database" in capsys.readouterr().err
    assert not (folder / "none.duckdb").exists()


def test_an_interrupted_ingest_prunes_nothing(kb, monkeypatch, capsys):
    from extract import loading

    folder, db = kb
    (folder / "b.txt").unlink()
    (folder / "a.txt").write_text("单县新建驿站17处。", encoding="utf-8")  # a batch to store, interrupted

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(loading, "_insert", interrupted)
    assert _run("ingest", str(folder), "--db", str(db), "--no-progress", "--prune") == 130
    assert "b.txt" in _names(db) and "removed" not in capsys.readouterr().out
