"""A full disk stops a write with one line that says so, the first error's own words (not the
rollback's after it), and keeps the batches stored before it (issue 27, item 5)."""

import json
import resource
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from extract import cli, store

ENOSPC = 'IO Error: Could not write file "{wal}": No space left on device'


def _articles(path: Path, count: int) -> Path:
    """JSONL articles of about 3.6 kB each (1,200 characters), one figure in each."""
    filler = "今年以来，全县持续推进基层治理工作，群众满意度稳步提升，各项工作取得新进展。" * 32
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = f"单县第{i}期简报：全县新建驿站{i + 1}处。{filler}"
            out.write(json.dumps({"id": f"brief-{i}", "title": f"简报{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


def _documents(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()


def _claimkb(*args: str, file_size_limit: int | None = None) -> subprocess.CompletedProcess:
    def limit() -> None:  # writes past the limit fail with EFBIG, as they fail with ENOSPC on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        [sys.executable, "-m", "extract", *args],
        capture_output=True, text=True, preexec_fn=limit if file_size_limit else None,
    )  # fmt: skip


def test_an_ingest_that_runs_out_of_room_says_why_in_one_line_and_keeps_the_batches_before(tmp_path):
    db = tmp_path / "kb.duckdb"
    first = tmp_path / "first.txt"
    first.write_text("单县新建驿站16处。", encoding="utf-8")
    assert _claimkb("ingest", str(first), "--db", str(db)).returncode == 0
    articles = _articles(tmp_path / "briefs.jsonl", 300)  # about 1 MB of text: more than the limit lets in
    result = _claimkb(
        "ingest", str(articles), "--db", str(db), "--jobs", "1", "--batch-size", "20", "--no-progress",
        file_size_limit=600_000,
    )  # fmt: skip
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "File too large" in lines[0] and str(db) in lines[0] and "rollback" not in lines[0]
    added = int(result.stdout.split(": ")[1].split(" added")[0])
    assert 0 < added < 300 and added % 20 == 0  # whole batches went in before the limit
    assert _documents(db) == 1 + added
    again = _claimkb("ingest", str(articles), "--db", str(db), "--no-progress")
    assert again.returncode == 0 and f"{300 - added} added" in again.stdout
    assert _documents(db) == 301


class _FillingDisk:
    """A connection whose disk fills after `commits` commits: the next COMMIT, and any CHECKPOINT, fail
    as DuckDB says a write to a full disk failed."""

    def __init__(self, con: duckdb.DuckDBPyConnection, db: Path, commits: int) -> None:
        self.con, self.wal, self.commits = con, f"{db}.wal", commits

    def execute(self, sql: str, *args, **kwargs):
        if sql == "CHECKPOINT" or (sql == "COMMIT" and self.commits == 0):
            raise duckdb.TransactionException(ENOSPC.format(wal=self.wal))
        if sql == "COMMIT":
            self.commits -= 1
        return self.con.execute(sql, *args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.con, name)


@pytest.mark.parametrize("commits", [0, 2])
def test_a_full_disk_is_named_and_the_batches_before_it_stay(tmp_path, capsys, monkeypatch, commits):
    db = tmp_path / "kb.duckdb"
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i:02}.txt").write_text(f"单县第{i}期：新建驿站{i + 1}处。", encoding="utf-8")
    connect = store.connect
    monkeypatch.setattr(store, "connect", lambda *a, **k: _FillingDisk(connect(*a, **k), db, commits))
    assert cli.main(["ingest", str(folder), "--db", str(db), "--batch-size", "4", "--no-progress"]) == 1
    out, err = capsys.readouterr()
    full = ENOSPC.format(wal=f"{db}.wal")
    assert err.splitlines() == [
        f"claimkb: stopped: {db}: the disk is full: {full}; run the same command again to complete"
    ]
    assert f"{4 * commits} added" in out
    monkeypatch.undo()
    assert _documents(db) == 4 * commits


def test_a_checkpoint_that_fails_is_said(tmp_path, capsys, monkeypatch):
    db = tmp_path / "kb.duckdb"
    page = tmp_path / "page.txt"
    page.write_text("单县新建驿站16处。", encoding="utf-8")
    connect = store.connect
    monkeypatch.setattr(store, "connect", lambda *a, **k: _FillingDisk(connect(*a, **k), db, 10))
    assert cli.main(["ingest", str(page), "--db", str(db), "--no-progress"]) == 1
    out, err = capsys.readouterr()
    assert "1 added" in out and len(err.splitlines()) == 1 and "the disk is full" in err
    monkeypatch.undo()
    assert _documents(db) == 1  # in the write-ahead log, which the next open reads
