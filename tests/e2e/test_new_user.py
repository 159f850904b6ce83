"""What a new user meets first, through the installed `claimkb` and never the source tree."""

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import extract

REPO = Path(__file__).resolve().parents[2]
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def claimkb(*args, cwd, check=False):
    result = subprocess.run(
        [sys.executable, "-m", "extract", *args], capture_output=True, text=True, cwd=cwd, env=USER_ENV
    )
    if check and result.returncode != 0:
        raise AssertionError(f"claimkb {args} exited {result.returncode}: {result.stderr}")
    return result


@pytest.mark.skipif(not os.environ.get("CI"), reason="CI installs claimkb non-editable; a developer's may be editable")
def test_ci_tests_the_installed_package_not_the_checkout():
    package = Path(extract.__file__).resolve().parent
    assert package != REPO / "extract" and "site-packages" in package.parts


def test_demo_from_an_empty_folder_stores_the_sample_pages(tmp_path):
    out = claimkb("demo", cwd=tmp_path, check=True)
    con = duckdb.connect(str(tmp_path / "claims.duckdb"), read_only=True)
    documents, claims = con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM claims)").fetchone()
    con.close()
    assert documents == 5 and claims >= 150
    assert "next:" in out.stdout and "MultiplexedPath" not in out.stdout + out.stderr


def test_the_console_script_is_installed_beside_python(tmp_path):
    script = Path(sys.executable).with_name("claimkb")
    assert script.exists()
    assert subprocess.run([str(script), "--version"], capture_output=True, text=True, cwd=tmp_path).returncode == 0


def test_an_html_page_goes_in_on_a_fresh_install(tmp_path):
    body = "".join(f"<p>单县新建暖心驿站46处，第{i}段正文内容较长，用于测试正文抽取。</p>" for i in range(6))
    (tmp_path / "page.html").write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    out = claimkb("ingest", "page.html", "--db", "kb.duckdb", cwd=tmp_path, check=True)
    assert "1 added" in out.stdout


def test_check_and_stats_do_not_create_a_database(tmp_path):
    for command in ("check", "stats", "query", "export"):
        args = [command, "--db", "typo.duckdb"] + (["checks_by_verdict"] if command == "query" else [])
        result = claimkb(*args, cwd=tmp_path)
        assert result.returncode == 1, command
        assert "no such database" in result.stderr and result.stderr.count("\n") == 1, command
    assert not (tmp_path / "typo.duckdb").exists()


def test_query_says_what_runs_and_which_parameter_is_unknown(tmp_path):
    claimkb("demo", "--db", "kb.duckdb", cwd=tmp_path, check=True)
    delete = claimkb("query", "DELETE FROM claims", "--db", "kb.duckdb", cwd=tmp_path)
    assert delete.returncode == 1 and "only SELECT" in delete.stderr
    typo = claimkb("query", "top_metrics", "--param", "limt=3", "--db", "kb.duckdb", cwd=tmp_path)
    assert typo.returncode == 1 and "limt" in typo.stderr and "limit" in typo.stderr
    orphan = claimkb("export", "--param", "subject=曹县", "--db", "kb.duckdb", cwd=tmp_path)
    assert orphan.returncode == 2 and "--query" in orphan.stderr


def test_query_table_has_no_pandas_placeholders(tmp_path):
    claimkb("demo", "--db", "kb.duckdb", cwd=tmp_path, check=True)
    sql = "SELECT subject, period, value, qualifier FROM claims WHERE period IS NULL AND qualifier IS NULL LIMIT 5"
    table = claimkb("query", sql, "--db", "kb.duckdb", cwd=tmp_path, check=True).stdout
    assert table.splitlines()[0].split() == ["subject", "period", "value", "qualifier"]
    for placeholder in ("nan", "None", "NaT", "<NA>"):
        assert placeholder not in table
    counts = claimkb("query", "top_metrics", "--param", "limit=3", "--db", "kb.duckdb", cwd=tmp_path, check=True)
    assert ".0 " not in counts.stdout + " " and not any(line.endswith(".0") for line in counts.stdout.splitlines())
    rows = json.loads(claimkb("query", sql, "--format", "json", "--db", "kb.duckdb", cwd=tmp_path).stdout)
    assert rows and all(row["period"] is None for row in rows)


def test_serve_refuses_a_port_out_of_range(tmp_path):
    result = claimkb("serve", "--port", "99999", cwd=tmp_path)
    assert result.returncode == 2 and "outside 1-65535" in result.stderr


def test_extract_table_has_a_header_and_plain_numbers(tmp_path):
    (tmp_path / "a.txt").write_text("全市地区生产总值1234.5亿元，增长6.2%。", encoding="utf-8")
    lines = claimkb("extract", "a.txt", "--region", "洛阳市", cwd=tmp_path, check=True).stdout.splitlines()
    assert lines[0].split("\t")[:4] == ["doc", "mention", "value", "unit"]
    assert lines[1].split("\t")[2] == "123450000000"
    assert "e+" not in "\n".join(lines)


def test_every_command_describes_itself_and_its_options(tmp_path):
    stats = claimkb("stats", "--help", cwd=tmp_path, check=True).stdout
    assert "Count the documents" in stats
    options = (("extract", "--format"), ("query", "--format"), ("export", "--format"), ("serve", "--port"))
    for command, option in options:
        text = claimkb(command, "--help", cwd=tmp_path, check=True).stdout
        described = text[text.index("\n  " + option) + 1 :].split("\n", 2)  # its line under options
        assert len(" ".join(described[:2]).split()) > 3, (command, option)


def test_a_folder_walk_reports_files_it_does_not_read(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text("单县新建暖心驿站46处。", encoding="utf-8")
    (tmp_path / "in" / "README.md").write_text("# notes 12 项", encoding="utf-8")
    out = claimkb("ingest", "in", "--db", "kb.duckdb", cwd=tmp_path, check=True)
    assert "README.md: not read" in out.stderr and ".txt" in out.stderr
    assert "1 added" in out.stdout and "1 other file(s) not read" in out.stdout


def test_demo_that_stores_nothing_fails_and_suggests_nothing(tmp_path, monkeypatch, capsys):
    from extract import cli, resources

    empty = tmp_path / "no-pages"
    empty.mkdir()
    monkeypatch.setattr(resources, "folder", lambda name: empty)
    assert cli.main(["demo", "--db", str(tmp_path / "kb.duckdb")]) == 1
    out = capsys.readouterr()
    assert "next:" not in out.out and "were not stored" in out.err
