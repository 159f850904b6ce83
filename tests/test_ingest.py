import json

from extract.ingest import ingest


def test_progress_counts_documents_not_files(tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(json.dumps({"text": f"单县新建暖心驿站{i}处。"}, ensure_ascii=False) + "\n" for i in range(1, 13)),
        encoding="utf-8",
    )
    report = ingest([str(feed)], tmp_path / "kb.duckdb", progress=True)
    assert report.added == 12
    err = capsys.readouterr().err
    assert "12 documents" in err and "file 1/1" in err


def test_no_progress_bar_when_told_or_not_a_terminal(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("单县新建暖心驿站46处。", encoding="utf-8")
    ingest([str(tmp_path)], tmp_path / "kb.duckdb")  # standard error is captured: not a terminal
    ingest([str(tmp_path / "a.txt")], tmp_path / "kb2.duckdb", progress=False)
    assert "documents" not in capsys.readouterr().err


def test_files_not_read_and_failures_are_reported_and_counted(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("单县新建暖心驿站46处。", encoding="utf-8")
    (tmp_path / "b.md").write_text("# 12 项", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    report = ingest([str(tmp_path)], tmp_path / "kb.duckdb", progress=False)
    assert (report.added, len(report.errors), len(report.not_read), report.stored) == (1, 1, 1, 1)
    assert report.summary().endswith("1 skipped; 1 other file(s) not read")
    err = capsys.readouterr().err
    assert "b.md: not read" in err and "c.txt: empty file" in err


def test_a_file_changed_to_the_text_of_another_loses_its_old_text(tmp_path):
    import duckdb

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text("我市新建驿站465处。", encoding="utf-8")
    (folder / "b.txt").write_text("单县新建驿站16处。", encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    ingest([str(folder)], str(db), region="菏泽市", progress=False)
    (folder / "a.txt").write_text("单县新建驿站16处。", encoding="utf-8")  # now b's text
    report = ingest([str(folder)], str(db), region="菏泽市", progress=False)
    assert (report.unchanged, report.duplicate) == (1, 1) and "1 duplicate" in report.summary()
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT name FROM documents").fetchall() == [("b.txt",)]  # 465处 is gone
    assert con.execute("SELECT count(*) FROM claims WHERE value = 465").fetchone()[0] == 0
    con.close()
