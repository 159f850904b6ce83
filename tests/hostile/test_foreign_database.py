"""A DuckDB file of another application is refused by every command, and left as it was (issue 27, item 2)."""

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from extract import cli

PAYROLL_LINE = "not a claimkb database (it holds another application's tables: payroll)"


def _payroll(path: Path) -> Path:
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE payroll (name VARCHAR, pay INTEGER)")
    con.execute("INSERT INTO payroll VALUES ('张三', 5000)")
    con.close()
    return path


def _spark_output(folder: Path) -> Path:
    """Parquet where `claimkb load` looks for it: the database is refused before its contents are read."""
    for name in ("documents", "articles", "claims"):
        (folder / name).mkdir(parents=True)
        (folder / name / "part-0.parquet").write_bytes(b"PAR1")
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


COMMANDS = {
    "check": ["check"],
    "ingest": ["ingest", "{page}"],
    "load": ["load", "{spark}"],
    "stats": ["stats"],
    "query": ["query", "SELECT 1"],
    "export": ["export", "--format", "csv"],
    "serve": ["serve", "--port", "0"],
    "verify": ["verify"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_refuses_another_applications_database_in_one_line_and_leaves_it_byte_identical(
    tmp_path, capsys, command
):
    held = tmp_path / "held"
    held.mkdir()
    db = _payroll(held / "payroll.duckdb")
    page = tmp_path / "page.txt"
    page.write_text("单县新建驿站16处。", encoding="utf-8")
    spark = _spark_output(tmp_path / "spark")
    before = _files(held)
    args = [part.format(page=page, spark=spark) for part in COMMANDS[command]]
    assert cli.main([*args, "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err == f"claimkb: {db}: {PAYROLL_LINE}\n"
    assert _files(held) == before  # no claimkb table added, no write-ahead log left


def test_a_pending_write_ahead_log_of_the_other_application_is_neither_replayed_into_the_file_nor_removed(
    tmp_path, capsys
):
    db = tmp_path / "payroll.duckdb"
    # the other application was stopped with a write in its log, not yet in the file
    subprocess.run(
        [sys.executable, "-c", f"import duckdb, os; c = duckdb.connect({str(db)!r}); "
         "c.execute('CREATE TABLE payroll (name VARCHAR, pay INTEGER)'); c.execute('CHECKPOINT'); "
         "c.execute(\"INSERT INTO payroll VALUES ('李四', 6000)\"); os._exit(0)"],
        check=True,
    )  # fmt: skip
    before = _files(tmp_path)
    assert "payroll.duckdb.wal" in before
    assert cli.main(["check", "--db", str(db)]) == 1
    assert PAYROLL_LINE in capsys.readouterr().err
    assert _files(tmp_path) == before


def test_a_new_file_and_an_empty_duckdb_file_are_still_claimkbs_to_fill(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text("单县新建驿站16处。", encoding="utf-8")
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    for db in (empty, tmp_path / "new.duckdb"):
        assert cli.main(["ingest", str(page), "--db", str(db), "--no-progress"]) == 0, capsys.readouterr().err
        assert "1 added" in capsys.readouterr().out
        assert cli.main(["check", "--db", str(db)]) == 0


def test_the_command_run_as_a_user_runs_it_says_the_same_line(tmp_path):
    db = _payroll(tmp_path / "payroll.duckdb")
    before = db.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "extract", "ingest", str(tmp_path), "--db", str(db)],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1 and result.stderr.strip().splitlines() == [f"claimkb: {db}: {PAYROLL_LINE}"]
    assert db.read_bytes() == before
