"""A path to read that is not there is said before a database is made for nothing (issue 27, item 12a)."""

from extract import cli


def test_ingest_of_a_missing_path_makes_no_database(tmp_path, capsys):
    db = tmp_path / "x.duckdb"
    missing = tmp_path / "missing"
    assert cli.main(["ingest", str(missing), "--db", str(db)]) == 1
    assert capsys.readouterr().err == f"claimkb: {missing}: no such file or folder; nothing was ingested\n"
    assert list(tmp_path.iterdir()) == []


def test_one_missing_path_among_others_stops_the_ingest_before_it_writes(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text("单县新建驿站16处。", encoding="utf-8")
    db = tmp_path / "x.duckdb"
    assert cli.main(["ingest", str(page), str(tmp_path / "typo.txt"), "--db", str(db)]) == 1
    assert "typo.txt: no such file or folder" in capsys.readouterr().err
    assert not db.exists()
