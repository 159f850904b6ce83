"""The claimkb command as a user runs it, in a subprocess."""

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "data" / "corpus"


# the installed claimkb, as a user runs it: no PYTHONPATH into the checkout, never run from inside it
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def interruptible() -> None:
    """Run in the child before exec: Ctrl-C interrupts it, as from a terminal, even when this test
    run was started where SIGINT is ignored (a background job of a non-interactive shell), which a
    child would otherwise inherit."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


OUTSIDE = tempfile.gettempdir()


def claimkb(*args, cwd=None, check=True):
    result = subprocess.run(
        [sys.executable, "-m", "extract", *args],
        capture_output=True,
        text=True,
        cwd=cwd or OUTSIDE,
        env=USER_ENV,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"claimkb {args} exited {result.returncode}: {result.stderr}")
    return result


def counts(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = ("documents", "articles", "claims")
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    finally:
        con.close()


def test_extract_jsonl_contract():
    out = claimkb("extract", str(CORPUS / "002_1789f878ffe380ad.txt"), "--format", "jsonl", "--region", "菏泽市")
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert records
    for field in (
        "doc",
        "start",
        "end",
        "mention",
        "value",
        "value_high",
        "unit",
        "qualifier",
        "kind",
        "metric",
        "subject",
        "period",
        "aspect",
        "sentence",
        "article",
    ):
        assert field in records[0]
    text = (CORPUS / "002_1789f878ffe380ad.txt").read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["mention"] for r in records)
    assert any(r["mention"] == "465处" and r["subject"] == "菏泽市" for r in records)


def test_demo_then_query_and_stats(tmp_path):
    out = claimkb("demo", "--db", "kb.duckdb", cwd=tmp_path)
    assert "5 added" in out.stdout and "claims" in out.stdout
    assert counts(tmp_path / "kb.duckdb")[0] == 5
    query = claimkb(
        "query", "claims_by_subject", "--param", "subject=定陶区", "--format", "json", "--db", "kb.duckdb", cwd=tmp_path
    )
    assert json.loads(query.stdout)
    assert "documents" in claimkb("stats", "--db", "kb.duckdb", cwd=tmp_path).stdout


def test_demo_checks_and_the_verdicts_are_queryable(tmp_path):
    out = claimkb("demo", "--db", "kb.duckdb", cwd=tmp_path)
    assert "5 documents checked" in out.stdout
    again = claimkb("check", "--db", "kb.duckdb", cwd=tmp_path)
    assert "0 documents checked" in again.stdout
    verdicts = claimkb("query", "checks_by_verdict", "--format", "json", "--db", "kb.duckdb", cwd=tmp_path)
    rows = json.loads(verdicts.stdout)
    # the sample pages: 35 = 2 + 33 (parts), 160/172 = 93.02% (share), 0.8元/斤 x 8000余斤 >= 6200元 (rate)
    assert {(r["rule"], r["verdict"]) for r in rows} >= {
        ("parts_total", "consistent"),
        ("share_count", "consistent"),
        ("rate_total", "consistent"),
    }
    assert not [r for r in rows if r["verdict"] == "conflict"]


def test_ingesting_twice_gives_the_same_rows(tmp_path):
    db = tmp_path / "kb.duckdb"
    claimkb("ingest", str(CORPUS), "--db", str(db), "--region", "菏泽市")
    first = counts(db)
    second_run = claimkb("ingest", str(CORPUS), "--db", str(db), "--region", "菏泽市")
    assert "5 unchanged" in second_run.stdout
    assert counts(db) == first


def test_gb18030_and_malformed_jsonl(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "gbk.txt").write_bytes("定陶区新建暖心驿站50处，服务群众10万余人次。".encode("gb18030"))
    (inputs / "feed.jsonl").write_text('{"text": "单县投放8辆轻便自行车。"}\n{broken\n', encoding="utf-8")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    result = claimkb("ingest", str(inputs), "--db", str(tmp_path / "kb.duckdb"), check=False)
    assert result.returncode == 1
    assert f"{inputs / 'feed.jsonl'}:2: malformed JSON" in result.stderr
    assert f"{inputs / 'empty.txt'}: empty file" in result.stderr
    assert "2 skipped" in result.stdout
    assert counts(tmp_path / "kb.duckdb")[0] == 2
    con = duckdb.connect(str(tmp_path / "kb.duckdb"), read_only=True)
    assert con.execute("SELECT encoding FROM documents WHERE name = 'gbk.txt'").fetchone()[0] == "gb18030"
    con.close()


def distinct_pages(folder: Path, n: int) -> Path:
    """n distinct pages made from the sample corpus, one file each."""
    folder.mkdir()
    pages = sorted(CORPUS.glob("*.txt"))
    for i in range(n):
        text = pages[i % len(pages)].read_text(encoding="utf-8")
        (folder / f"{i:03d}.txt").write_text(f"第{i}版\n\n{text}", encoding="utf-8")
    return folder


def rows(db: Path) -> list[list[tuple]]:
    """Every row of the documents, articles and claims, in the order stored (not the load time)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [
            con.execute("SELECT * EXCLUDE (ingested_at) FROM documents").fetchall(),
            con.execute("SELECT * FROM articles").fetchall(),
            con.execute("SELECT * FROM claims").fetchall(),
        ]
    finally:
        con.close()


def ingest_until(inputs: Path, db: Path, documents: int, *options: str) -> tuple[subprocess.Popen, int]:
    """Start `claimkb ingest` with its progress bar on a terminal (a pseudo-terminal), in a process
    group of its own as a shell runs it, and return it, with the terminal's end to read the rest of
    its standard error from, once the bar has counted `documents` extracted documents."""
    import fcntl
    import pty
    import struct
    import termios

    controller, terminal = pty.openpty()
    # a terminal 100 columns wide: a new pseudo-terminal is 0 wide, where tqdm draws an empty bar
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "extract", "ingest", str(inputs), "--db", str(db), *options],
        cwd=OUTSIDE,
        env=USER_ENV,
        stdout=subprocess.DEVNULL,
        stderr=terminal,
        start_new_session=True,
        preexec_fn=interruptible,
    )
    os.close(terminal)
    seen, counted = "", 0
    deadline = time.time() + 120
    while counted < documents and process.poll() is None and time.time() < deadline:
        with contextlib.suppress(OSError):
            seen += os.read(controller, 4096).decode("utf-8", "replace")
        counted = max([counted] + [int(n) for n in re.findall(r"(\d+) documents", seen)])
    assert process.poll() is None, f"ingest ended before {documents} documents: {seen[-300:]}"
    return process, controller


def rest_of(terminal: int) -> str:
    """What is left to read on a pseudo-terminal whose process has ended."""
    out = b""
    with contextlib.suppress(OSError):  # EIO: the other end is closed and all of it read
        while chunk := os.read(terminal, 4096):
            out += chunk
    os.close(terminal)
    return out.decode("utf-8", "replace")


def worker_processes(marker: str) -> list[int]:
    """Processes whose command line holds marker (forked workers keep their parent's)."""
    found = []
    for entry in Path("/proc").iterdir():
        with contextlib.suppress(OSError):
            if entry.name.isdigit() and marker in (entry / "cmdline").read_bytes().decode("utf-8", "replace"):
                found.append(int(entry.name))
    return found


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_killed_ingest_keeps_whole_batches_and_a_rerun_completes(tmp_path, jobs):
    # enough pages for the bar to show (after a second) and the kill to come mid-way
    inputs = distinct_pages(tmp_path / "many", 400)
    db = tmp_path / "kb.duckdb"
    # killed once 150 documents are extracted: batches of 64 stored, the next in flight
    process, terminal = ingest_until(inputs, db, 150, "--batch-size", "64", "--jobs", jobs)
    process.send_signal(signal.SIGKILL)
    process.wait()
    rest_of(terminal)
    deadline = time.time() + 10  # the workers notice their parent is gone within a second or two
    while worker_processes(str(db)) and time.time() < deadline:
        time.sleep(0.2)
    assert worker_processes(str(db)) == []
    stored = counts(db)[0]
    assert stored % 64 == 0 and 128 <= stored < 400  # whole batches only
    claimkb("ingest", str(inputs), "--db", str(db))
    claimkb("ingest", str(inputs), "--db", str(tmp_path / "clean.duckdb"), "--jobs", "1")
    resumed, clean = rows(db), rows(tmp_path / "clean.duckdb")
    assert sorted(resumed[2]) == sorted(clean[2]) and len(resumed[0]) == 400


def test_ctrl_c_stops_the_workers_and_keeps_the_batches_stored(tmp_path):
    inputs = distinct_pages(tmp_path / "many", 400)
    db = tmp_path / "kb.duckdb"
    process, terminal = ingest_until(inputs, db, 150, "--batch-size", "64", "--jobs", "2")
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C: to the whole process group, the workers too
    status = process.wait(timeout=30)
    said = rest_of(terminal)
    assert status == 130, said
    assert "claimkb: interrupted;" in said and "Traceback" not in said
    assert worker_processes(str(db)) == []
    assert counts(db)[0] % 64 == 0 and 128 <= counts(db)[0] < 400


def test_any_number_of_jobs_stores_the_same_rows_in_the_same_order(tmp_path):
    inputs = distinct_pages(tmp_path / "pages", 30)
    (inputs / "feed.jsonl").write_text(
        '{"text": "单县投放8辆轻便自行车。"}\n{broken\n{"text": "曹县新建驿站9处。", "date": "2024-05-01"}\n',
        encoding="utf-8",
    )
    results = {}
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.duckdb"
        out = claimkb("ingest", str(inputs), "--db", str(db), "--jobs", jobs, "--batch-size", "7", check=False)
        assert out.returncode == 1 and "feed.jsonl:2: malformed JSON" in out.stderr
        results[jobs] = rows(db)
    assert results["1"] == results["2"]
    assert [len(table) for table in results["1"]][0] == 32


def test_a_document_longer_than_spacys_limit_is_extracted_whole(tmp_path):
    pages = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    year = tmp_path / "year.txt"
    year.write_text("\n\n".join(pages * 40), encoding="utf-8")  # 1.2 M characters: beyond nlp.max_length
    assert len(year.read_text(encoding="utf-8")) > 1_000_000
    db = tmp_path / "kb.duckdb"
    ingested = claimkb("ingest", str(year), "--db", str(db), "--region", "菏泽市")
    assert "1 added" in ingested.stdout and "skipped" not in ingested.stdout
    claimkb("ingest", str(CORPUS), "--db", str(tmp_path / "pages.duckdb"), "--region", "菏泽市")
    assert counts(db)[2] == 40 * counts(tmp_path / "pages.duckdb")[2]
    extracted = claimkb("extract", str(year), "--format", "jsonl", "--region", "菏泽市")
    assert len(extracted.stdout.splitlines()) == counts(db)[2]
    con = duckdb.connect(str(db), read_only=True)
    text = con.execute("SELECT text FROM documents").fetchone()[0]
    spans = con.execute("SELECT start_offset, end_offset, mention FROM claims").fetchall()
    indexes = [row[0] for row in con.execute("SELECT article_index FROM articles").fetchall()]
    con.close()
    assert all(text[start:end].replace("\n", "") == mention for start, end, mention in spans)
    assert indexes == list(range(len(indexes)))


def test_jobs_and_batch_size_are_counts_from_one(tmp_path):
    for option, value, message in (("--jobs", "0", "0 is less than 1"), ("--batch-size", "many", "not a whole number")):
        result = claimkb("ingest", str(CORPUS), "--db", str(tmp_path / "kb.duckdb"), option, value, check=False)
        assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "kb.duckdb").exists()


def test_help_has_an_example_for_every_command():
    for command in ("extract", "ingest", "remove", "demo", "query", "check", "serve", "stats"):
        assert "example:" in claimkb(command, "--help").stdout
    assert "examples:" in claimkb("export", "--help").stdout


def test_export_after_demo_in_every_format(tmp_path):
    claimkb("demo", "--db", "kb.duckdb", cwd=tmp_path)
    for fmt in ("csv", "xlsx", "jsonl", "parquet"):
        out = claimkb("export", "--format", fmt, "--out", f"claims.{fmt}", "--db", "kb.duckdb", cwd=tmp_path)
        assert out.stderr.strip() == f"claims.{fmt}: {counts(tmp_path / 'kb.duckdb')[2]} claims"
    caoxian = claimkb(
        "export", "--query", "claims_by_subject", "--param", "subject=曹县", "--db", "kb.duckdb", cwd=tmp_path
    )
    lines = caoxian.stdout.lstrip("\ufeff").splitlines()
    assert len(lines) > 1 and all("曹县" in line for line in lines[1:])
    reviews = claimkb(
        "export",
        "--format",
        "claimreview",
        "--author",
        "核查组",
        "--checks",
        "consistent",
        "--db",
        "kb.duckdb",
        cwd=tmp_path,
    )
    assert {r["reviewRating"]["alternateName"] for r in json.loads(reviews.stdout)} == {"consistent"}


def test_export_errors_are_one_line(tmp_path):
    claimkb("demo", "--db", "kb.duckdb", cwd=tmp_path)
    for args, message in (
        (["--where", "subject = '单县'; DELETE FROM claims"], "unexpected ';"),
        (["--format", "xlsx"], "give a file with --out"),
        (["--format", "claimreview"], "--author"),
        (["--checks", "false"], "unknown verdict"),
        (["--query", "checks_by_verdict"], "names no claims"),
    ):
        result = claimkb("export", *args, "--db", "kb.duckdb", cwd=tmp_path, check=False)
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and message in result.stderr
    assert counts(tmp_path / "kb.duckdb")[2] > 0


def test_serve_answers_and_says_when_the_database_is_missing(tmp_path):
    missing = claimkb("serve", "--db", "none.duckdb", "--port", "0", cwd=tmp_path, check=False)
    assert missing.returncode == 1 and "no such database" in missing.stderr
    demo = claimkb("demo", "--db", "kb.duckdb", cwd=tmp_path)
    assert "claimkb serve --db kb.duckdb" in demo.stdout
    with dashboard(tmp_path) as url, urllib.request.urlopen(url + "claims.json?subject=%E6%9B%B9%E5%8E%BF") as page:
        assert json.loads(page.read())["tables"]["claims"]
    with dashboard(tmp_path) as url, urllib.request.urlopen(url + "claims") as page:
        assert '<html lang="zh-CN">' in page.read().decode("utf-8")  # Chinese unless asked otherwise
    with dashboard(tmp_path, "--lang", "en") as url, urllib.request.urlopen(url + "claims") as page:
        assert "<h1>Claims</h1>" in page.read().decode("utf-8")


@contextlib.contextmanager
def dashboard(folder: Path, *options: str, db: str = "kb.duckdb"):
    """`claimkb serve` on a free port in a process of its own; yields its URL, stops it after."""
    server = subprocess.Popen(
        [sys.executable, "-m", "extract", "serve", "--db", db, "--port", "0", *options],
        cwd=folder,
        stdout=subprocess.PIPE,
        text=True,
        env=USER_ENV,
        preexec_fn=interruptible,
    )
    try:
        line = server.stdout.readline()
        assert line.startswith("claimkb dashboard on http://127.0.0.1:")
        yield line.split()[3]
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=10)


def test_bad_metadata_in_a_feed_is_reported_and_the_rest_goes_in(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"text": "我市新建驿站465处。", "date": "garbage"}\n'
        '{"text": "单县新建驿站16处。", "region": ["菏泽市", "济南市"]}\n'
        '{"text": "曹县新建驿站20处。", "date": NaN}\n'
        '{"text": "东明县新建驿站7处。", "date": "2024-11-28"}\n',
        encoding="utf-8",
    )
    db = tmp_path / "kb.duckdb"
    result = claimkb("ingest", str(feed), "--db", str(db), "--region", "菏泽市", check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{feed}:1: \"date\" 'garbage' is not a date" in result.stderr
    assert "2 skipped; 1 read without bad metadata" in result.stdout
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(date) FROM documents").fetchone() == (2, 1)
    con.close()


def test_an_unknown_region_is_said_in_one_line_and_the_text_still_goes_in(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("全市新增就业岗位1200个。", encoding="utf-8")
    out = claimkb("extract", str(page), "--format", "jsonl", "--region", "玉环镇")
    warning = "region '玉环镇' is no known division or country: 我市/全市 and placeless figures are read from the text"
    assert out.stderr.strip().splitlines() == [f"claimkb: {warning}"]
    assert [json.loads(line)["mention"] for line in out.stdout.splitlines()] == ["1200个"]
    # a division renamed since the packaged table (玉环县 until 2017) is known: no warning, and it is the subject
    out = claimkb("extract", str(page), "--format", "jsonl", "--region", "玉环市")
    assert out.stderr == ""
    assert json.loads(out.stdout.splitlines()[0])["subject"] == "玉环市"
    ingested = claimkb("ingest", str(page), "--db", str(tmp_path / "kb.duckdb"), "--region", "玉环镇", "--no-progress")
    assert "region '玉环镇' is no known division" in ingested.stderr
    assert counts(tmp_path / "kb.duckdb")[2] == 1


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_a_bad_date_option_is_refused_before_anything_runs(tmp_path, command):
    page = tmp_path / "a.txt"
    page.write_text("我市新建驿站465处。", encoding="utf-8")
    result = claimkb(command, str(page), "--date", "garbage", "--db" if command == "ingest" else "--region",
                     str(tmp_path / "kb.duckdb") if command == "ingest" else "菏泽市", check=False)  # fmt: skip
    assert result.returncode == 2 and "not a date (YYYY-MM-DD): 'garbage'" in result.stderr
    assert not (tmp_path / "kb.duckdb").exists()


def test_export_to_a_folder_says_so(tmp_path):
    db = tmp_path / "kb.duckdb"
    page = tmp_path / "a.txt"
    page.write_text("我市新建驿站465处。", encoding="utf-8")
    claimkb("ingest", str(page), "--db", str(db))
    result = claimkb("export", "--format", "csv", "--out", str(tmp_path), "--db", str(db), check=False)
    assert result.returncode == 1 and "is a folder" in result.stderr and "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def damaged_databases(tmp_path_factory):
    import sqlite3

    folder = tmp_path_factory.mktemp("damaged")
    good = folder / "good.duckdb"
    claimkb("ingest", str(CORPUS), "--db", str(good), "--region", "菏泽市")
    data = good.read_bytes()
    (folder / "half.duckdb").write_bytes(data[: len(data) // 2])
    lite = sqlite3.connect(folder / "lite.duckdb")
    lite.execute("CREATE TABLE t (a)")
    lite.commit()
    lite.close()
    (folder / "text.duckdb").write_text("这不是数据库", encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", ["half", "lite", "text"])
@pytest.mark.parametrize(
    "command",
    [
        ["stats"],
        ["check"],
        ["query", "SELECT count(*) FROM claims"],
        ["export", "--format", "csv"],
        ["remove", "a.txt"],
    ],
)
def test_a_damaged_or_foreign_database_is_one_line_and_exit_1(damaged_databases, name, command):
    result = claimkb(*command, "--db", str(damaged_databases / f"{name}.duckdb"), check=False)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "extension" not in result.stderr  # never a download of sqlite_scanner


@pytest.mark.parametrize("where", ["date > 'garbage'", "value = 'abc'", "date = 5"])
def test_a_where_of_the_wrong_type_is_one_line(tmp_path, where):
    db = tmp_path / "kb.duckdb"
    page = tmp_path / "a.txt"
    page.write_text("我市新建驿站465处。", encoding="utf-8")
    claimkb("ingest", str(page), "--db", str(db))
    result = claimkb("export", "--format", "csv", "--where", where, "--db", str(db), check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "--where" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_an_ingest_completes_while_the_dashboard_is_being_read(tmp_path):
    import threading

    claimkb("demo", "--db", "kb.duckdb", cwd=tmp_path)
    stop, answered = threading.Event(), []

    def read(url: str) -> None:
        while not stop.is_set():
            with contextlib.suppress(OSError), urllib.request.urlopen(url + "claims.json", timeout=20) as response:
                answered.append(response.status)

    with dashboard(tmp_path) as url:
        readers = [threading.Thread(target=read, args=(url,)) for _ in range(6)]
        for reader in readers:
            reader.start()
        try:
            time.sleep(1)
            (tmp_path / "new.txt").write_text("单县新建驿站16处。", encoding="utf-8")
            result = claimkb("ingest", "new.txt", "--db", "kb.duckdb", "--region", "菏泽市", cwd=tmp_path, check=False)
            assert result.returncode == 0, result.stderr
            assert "1 added" in result.stdout
            time.sleep(0.5)
        finally:
            stop.set()
            for reader in readers:
                reader.join(timeout=30)
        assert answered.count(200) > 10  # the dashboard kept answering around the write


def test_a_word_report_ingests_with_its_table_figures(tmp_path):
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_paragraph("2023年全市国民经济统计公报")
    word.add_paragraph("全年地区生产总值5481.6亿元，比上年增长3.5%。")
    table = word.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "指标", (0, 1): "数值", (1, 0): "粮食产量", (1, 1): "255.6万吨"}.items():
        table.cell(r, c).text = text
    word.save(tmp_path / "report.docx")
    db = tmp_path / "kb.duckdb"
    result = claimkb("ingest", str(tmp_path), "--db", str(db), "--region", "洛阳市")
    assert "1 added" in result.stdout
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT metric, value FROM claims ORDER BY start_offset").fetchall()
    con.close()
    assert ("粮食产量", 2556000.0) in rows and ("地区生产总值", 548160000000.0) in rows


def test_extract_into_a_reader_that_stops_early_says_nothing(tmp_path):
    # claimkb extract … | head -1: the reader goes away; no document is reported as failed
    page = tmp_path / "many.txt"
    page.write_text("全市新建驿站465处，服务骑手3000余人次。\n" * 2000, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "extract", "extract", str(page), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=OUTSIDE,
        env=USER_ENV,
    )
    assert process.stdout.readline().startswith(b"{")
    process.stdout.close()  # as head does after its line
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0 and stderr == ""
