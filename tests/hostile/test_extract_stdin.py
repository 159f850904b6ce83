"""`claimkb extract -` reads the text from standard input, as it would read a text file."""

import io
import json

import pytest

from extract import cli


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_extract_dash_prints_the_claims_of_standard_input(monkeypatch, capsys):
    _stdin(monkeypatch, "全市新增病例12例，累计确诊300例。\n".encode())
    assert cli.main(["extract", "-", "--format", "jsonl", "--region", "菏泽市"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["mention"], r["value"]) for r in records] == [("12例", 12.0), ("300例", 300.0)]


def test_standard_input_comes_in_the_order_given_among_files(tmp_path, monkeypatch, capsys):
    (tmp_path / "page.txt").write_text("单县新建驿站16处。", encoding="utf-8")
    _stdin(monkeypatch, "曹县投放8辆自行车。".encode())
    assert cli.main(["extract", str(tmp_path / "page.txt"), "-", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["doc"], r["mention"]) for r in records] == [("page.txt", "16处"), ("<stdin>", "8辆")]


def test_empty_standard_input_is_one_line_and_exit_1(monkeypatch, capsys):
    _stdin(monkeypatch, b"\xef\xbb\xbf\n")
    assert cli.main(["extract", "-"]) == 1
    err = capsys.readouterr().err
    assert "<stdin>: empty file" in err and "Traceback" not in err


def test_the_help_says_dash_is_standard_input(capsys):
    with pytest.raises(SystemExit):
        cli.main(["extract", "--help"])
    assert "- reads standard input (UTF-8 text)" in " ".join(capsys.readouterr().out.split())
