"""Reading SQL (`claimkb query "SELECT …"`, and the sandboxed connection the dashboard reads through)
has no file access at all: not even DuckDB's temp directory beside the database (<db>.tmp/), which
DuckDB leaves readable with external access off, nor the database file read by name (issue 27, item 8)."""

from pathlib import Path

import duckdb
import pytest

from extract import store
from extract.cli import main

INSIDE_SECRET = "tmp-directory-secret"
OUTSIDE_SECRET = "outside-file-secret"
ATTACHED_SECRET = "attached-database-secret"


@pytest.fixture
def planted(tmp_path: Path) -> dict[str, Path]:
    """A claimkb database whose <db>.tmp/ holds a CSV, a symlink to a file outside, a symlink to a
    folder outside and another DuckDB database, each with a secret a query must not read."""
    db = tmp_path / "kb.duckdb"
    store.connect(db).close()
    temp = tmp_path / "kb.duckdb.tmp"
    temp.mkdir()
    (temp / "inside.csv").write_text(f"a,b\n1,{INSIDE_SECRET}\n", encoding="utf-8")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"{OUTSIDE_SECRET}\n", encoding="utf-8")
    (temp / "link.txt").symlink_to(outside / "secret.txt")
    (temp / "folder").symlink_to(outside, target_is_directory=True)
    other = duckdb.connect(str(temp / "other.duckdb"))
    other.execute(f"CREATE TABLE t AS SELECT '{ATTACHED_SECRET}' AS s")
    other.close()
    return {"db": db, "temp": temp}


# each reads, lists, writes or attaches a file, or turns the sandbox off; {temp} and {db} are filled in
ATTEMPTS = [
    "SELECT * FROM read_csv('{temp}/inside.csv')",
    "SELECT * FROM read_text('{temp}/inside.csv')",
    "SELECT * FROM read_text('{temp}/link.txt')",
    "SELECT * FROM read_csv('{temp}/folder/secret.txt', header = false)",
    "SELECT * FROM glob('{temp}/*')",
    "SELECT content FROM read_blob('{db}')",
    "SELECT * FROM read_text('{db}.wal')",
    "COPY (SELECT 1) TO '{temp}/out.csv'",
    "ATTACH '{temp}/other.duckdb' AS other (READ_ONLY)",
    "SET enable_external_access = true",
    "SET temp_directory = '{temp}'",
    "SET disabled_filesystems = ''",
    "SET allowed_directories = ['{temp}']",
    "RESET lock_configuration",
]
SECRETS = (INSIDE_SECRET, OUTSIDE_SECRET, ATTACHED_SECRET)


@pytest.mark.parametrize("attempt", ATTEMPTS)
def test_claimkb_query_fails_in_one_line_and_reads_no_file(planted, attempt, capsys):
    sql = attempt.format(**planted)
    code = main(["query", sql, "--db", str(planted["db"])])
    out, err = capsys.readouterr()
    assert code == 1, (sql, out, err)
    assert out == "" and err.startswith("claimkb: ") and err.count("\n") == 1, err
    assert not any(secret in err for secret in SECRETS)
    assert not (planted["temp"] / "out.csv").exists()


@pytest.mark.parametrize("attempt", ATTEMPTS)
def test_the_dashboards_connection_refuses_every_file(planted, attempt):
    """The statements go to DuckDB itself here (no statement screening): the sandbox alone holds them."""
    con = store.connect(planted["db"], sandboxed=True)
    try:
        with pytest.raises(duckdb.Error) as refused:
            con.execute(attempt.format(**planted)).fetchall()
        assert not any(secret in str(refused.value) for secret in SECRETS)
        # and still locked and fenced afterwards
        with pytest.raises(duckdb.Error):
            con.execute(f"SELECT * FROM read_csv('{planted['temp']}/inside.csv')").fetchall()
        assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] >= 1
    finally:
        con.close()
    assert not (planted["temp"] / "out.csv").exists()


def test_the_sandbox_names_no_temp_directory(planted):
    con = store.connect(planted["db"], sandboxed=True)
    try:
        settings = dict(
            con.execute(
                "SELECT name, value FROM duckdb_settings() WHERE name IN ('temp_directory', 'allowed_directories')"
            ).fetchall()
        )
    finally:
        con.close()
    assert settings == {"temp_directory": "", "allowed_directories": "[]"}
