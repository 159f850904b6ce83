"""`claimkb spark` then `claimkb load` gives what `claimkb ingest` gives (extract/spark.py,
extract/spark_output.py), through the installed command, Spark in local mode — run as from a virtual
environment that is not activated: the python3 on the PATH has none of claimkb's packages."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "data" / "corpus"
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def claimkb(*args, env: dict[str, str] = USER_ENV):
    command = [sys.executable, "-m", "extract", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=tempfile.gettempdir(), env=env)


@pytest.fixture(scope="module")
def bare_path(tmp_path_factory) -> str:
    """A PATH whose python3 is the system's as a virtual environment's user has it: an interpreter without
    pyarrow or claimkb (this one's base interpreter, its site-packages off)."""
    folder = tmp_path_factory.mktemp("system-python")
    python = folder / "python3"
    python.write_text(f'#!/bin/sh\nexec "{sys._base_executable}" -S "$@"\n')
    python.chmod(0o755)
    assert subprocess.run([str(python), "-c", "import pyarrow"], capture_output=True).returncode != 0
    return os.pathsep.join([str(folder), os.environ.get("PATH", "")])


def env_without_pyspark_python(path: str) -> dict[str, str]:
    """The user's environment with that PATH, naming no Python for Spark's workers."""
    return {k: v for k, v in USER_ENV.items() if k != "PYSPARK_PYTHON"} | {"PATH": path}


def rows(db: Path) -> list[list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [
            sorted(con.execute("SELECT * EXCLUDE (ingested_at) FROM documents").fetchall()),
            sorted(con.execute("SELECT * FROM articles").fetchall()),
            sorted(con.execute("SELECT * FROM claims").fetchall()),
        ]
    finally:
        con.close()


@pytest.fixture(scope="module")
def job(java, tmp_path_factory, bare_path):
    """The sample pages, a JSONL feed with a malformed line, a file of another kind, and a Parquet
    table with a text column, through one `claimkb spark --master local[2]` run, PYSPARK_PYTHON unset."""
    work = tmp_path_factory.mktemp("spark")
    pages = work / "pages"
    pages.mkdir()
    for page in CORPUS.glob("*.txt"):
        (pages / page.name).write_bytes(page.read_bytes())
    (pages / "feed.jsonl").write_text(
        '{"text": "单县投放8辆轻便自行车。全市地区生产总值4567.8亿元。", "date": "2024-05-01"}\n{broken\n',
        encoding="utf-8",
    )
    (pages / "notes.md").write_text("# 12 项", encoding="utf-8")
    texts = ["曹县新建驿站9处。", "定陶区新增就业岗位1200个。"]
    table = pa.table({"id": ["a1", "a2"], "text": texts, "region": ["菏泽市", None]})
    pq.write_table(table, work / "feed.parquet")
    out = work / "out"
    ran = claimkb("spark", str(pages), str(work / "feed.parquet"), "--out", str(out), "--master", "local[2]",
                  "--region", "菏泽市", env=env_without_pyspark_python(bare_path))  # fmt: skip
    return work, pages, out, ran


def test_the_job_writes_three_datasets_and_reports_what_it_could_not_read(job):
    _, pages, out, ran = job
    assert ran.returncode == 1  # a line was skipped
    assert "8 documents" in ran.stdout and f"{pages / 'feed.jsonl'}:2: malformed JSON" in ran.stderr
    assert f"{pages / 'notes.md'}: not read" in ran.stderr and "Traceback" not in ran.stderr
    for name in ("documents", "articles", "claims"):
        assert list((out / name).glob("*.parquet"))


def indicator_links(db: Path) -> list[tuple]:
    """The claims' links to the catalogue's indicators (what the official check and the league tables join on)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT metric, metric_key, unit, kind, indicator_id FROM metric_indicators WHERE indicator_id IS NOT NULL"
            " ORDER BY ALL"
        ).fetchall()
    finally:
        con.close()


def test_loading_the_output_gives_the_rows_ingest_stores(job):
    work, pages, out, _ = job
    loaded = claimkb("load", str(out), "--db", str(work / "loaded.duckdb"))
    assert loaded.returncode == 0 and "8 added" in loaded.stdout, loaded.stderr
    claimkb("ingest", str(pages), "--db", str(work / "ingested.duckdb"), "--region", "菏泽市")
    spark_rows, ingest_rows = rows(work / "loaded.duckdb"), rows(work / "ingested.duckdb")
    of_parquet = {row[0] for row in spark_rows[0] if row[2].startswith("feed.parquet:")}
    documents = [row for row in spark_rows[0] if row[0] not in of_parquet]
    articles, claims = ([row for row in table if row[1] not in of_parquet] for table in spark_rows[1:])
    assert (len(of_parquet), len(documents)) == (2, 6)
    assert [documents, articles, claims] == ingest_rows
    assert indicator_links(work / "loaded.duckdb") == indicator_links(work / "ingested.duckdb") != []
    again = claimkb("load", str(out), "--db", str(work / "loaded.duckdb"))
    assert "0 added, 0 replaced, 8 unchanged" in again.stdout


def test_parquet_rows_are_documents_named_by_their_id(job):
    work, _, out, _ = job
    claimkb("load", str(out), "--db", str(work / "parquet.duckdb"))
    con = duckdb.connect(str(work / "parquet.duckdb"), read_only=True)
    names = con.execute(
        "SELECT d.name, c.mention, c.subject FROM documents d JOIN claims c USING (doc_id)"
        " WHERE d.name LIKE 'feed.parquet:%' ORDER BY d.name"
    ).fetchall()
    con.close()
    assert names == [("feed.parquet:a1", "9处", "曹县"), ("feed.parquet:a2", "1200个", "定陶区")]


def test_the_workers_run_the_python_the_user_names(java, tmp_path, bare_path):
    """PYSPARK_PYTHON, where the user sets it, is the workers' Python (here one that notes each start)."""
    starts = tmp_path / "starts.txt"
    python = tmp_path / "named-python"
    python.write_text(f'#!/bin/sh\necho started >> "{starts}"\nexec "{sys.executable}" "$@"\n')
    python.chmod(0o755)
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text("曹县新建驿站9处。", encoding="utf-8")
    env = env_without_pyspark_python(bare_path) | {"PYSPARK_PYTHON": str(python)}
    ran = claimkb("spark", str(tmp_path / "pages"), "--out", str(tmp_path / "out"), "--master", "local[1]", env=env)
    assert ran.returncode == 0 and "1 documents, 1 claims written" in ran.stdout, ran.stderr
    assert starts.read_text().count("started") >= 1


def test_load_refuses_a_folder_that_is_not_the_jobs_output(tmp_path):
    result = claimkb("load", str(tmp_path), "--db", str(tmp_path / "kb.duckdb"))
    assert result.returncode == 1 and "no documents/*.parquet here" in result.stderr
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "kb.duckdb").exists()  # a wrong folder leaves no empty database behind


def test_without_pyspark_the_job_says_how_to_install_it(monkeypatch, capsys, tmp_path):
    from extract import cli

    monkeypatch.setattr(cli, "spark_installed", lambda: False)
    assert cli.main(["spark", str(CORPUS), "--out", str(tmp_path / "out")]) == 1
    said = capsys.readouterr().err
    assert said.startswith("claimkb: Spark is not installed: pip install 'claimkb[spark]'") and said.count("\n") == 1


def test_the_job_reads_the_users_lexicon_as_ingest_does(java, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("据了解，西大王庄村种植大蒜3000亩。蓝海物流营收3.2亿元。", encoding="utf-8")
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "places.tsv").write_text("name\tlevel\tparent\tcode\n西大王庄村\tvillage\t定陶区\t\n", encoding="utf-8")
    (folder / "organisations.tsv").write_text(
        "name\tshort_names\tparent\n蓝海物流有限公司\t蓝海物流\t菏泽市\n", encoding="utf-8"
    )
    given = ("--region", "菏泽市", "--lexicon", str(folder))
    ran = claimkb("spark", str(pages), "--out", str(tmp_path / "out"), "--master", "local[1]", *given)
    assert ran.returncode == 0 and "1 documents, 2 claims written" in ran.stdout, ran.stderr
    claimkb("load", str(tmp_path / "out"), "--db", str(tmp_path / "loaded.duckdb"))
    claimkb("ingest", str(pages), "--db", str(tmp_path / "ingested.duckdb"), *given)
    loaded, ingested = rows(tmp_path / "loaded.duckdb"), rows(tmp_path / "ingested.duckdb")
    assert loaded == ingested
    assert {claim[-1] for claim in loaded[2]} != {None}  # each claim names the lexicon it was read with
