"""`claimkb ingest` and `claimkb extract` of a folder holding a file of random bytes beside good files: the bad
file is one line, never a traceback, the exit status says whether anything was wrong, and the good files'
claims are stored (printed) all the same."""

import contextlib
import io
import json
import re
import tempfile
from pathlib import Path

import duckdb
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.cli import main
from extract.pipeline import extract_claims

GOOD_TEXT = "单县新建暖心驿站16处，服务骑手3000余人次。"
GOOD_RECORD = {"text": "定陶区今年以来新增城镇就业5600人，城镇登记失业率控制在3%以内。", "date": "2024-11-28"}


def _mentions(text: str) -> list[str]:
    return sorted(claim.mention for claim in extract_claims(text))


def _claimkb(*argv: str) -> tuple[int, str, list[str]]:
    """claimkb run in this process: exit status, standard output, the lines of standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue().splitlines()


def _assert_said_in_one_line(said: list[str], folder: Path, bad: Path) -> list[str]:
    """Every line of standard error names a file of the folder (no traceback); the bad file is named once at
    most. Returns the lines about it."""
    assert all(re.match(rf"claimkb: (skipped )?{re.escape(str(folder))}/", line) for line in said), said
    about_bad = [line for line in said if str(bad) in line]
    assert len(about_bad) <= 1, about_bad
    return about_bad


@settings(max_examples=25)
@given(
    st.sampled_from([".txt", ".html", ".jsonl", ".pdf", ".docx", ".warc", ".warc.gz", ".doc"]),
    st.binary(min_size=1, max_size=2000),
)
def test_a_random_file_is_one_line_and_the_good_files_are_stored_and_printed(suffix, data):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "in"
        folder.mkdir()
        (folder / "a_good.txt").write_text(GOOD_TEXT, encoding="utf-8")
        (folder / "b_good.jsonl").write_text(json.dumps(GOOD_RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
        bad = folder / f"c_random{suffix}"
        bad.write_bytes(data)
        db = Path(scratch) / "kb.duckdb"
        status, _, said = _claimkb("ingest", str(folder), "--db", str(db), "--no-progress")
        about_bad = _assert_said_in_one_line(said, folder, bad)
        assert status == (1 if said else 0), (status, said)  # every line here is a file read wrongly
        con = duckdb.connect(str(db), read_only=True)
        try:
            bad_stored = con.execute("SELECT count(*) FROM documents WHERE path = ?", [str(bad)]).fetchone()[0]
            stored = dict(
                con.execute(
                    "SELECT d.name, list_sort(list(c.mention)) FROM documents d JOIN claims c USING (doc_id) "
                    "WHERE d.name IN ('a_good.txt', 'b_good.jsonl:1') GROUP BY d.name"
                ).fetchall()
            )
        finally:
            con.close()
        assert bad_stored or len(about_bad) == 1, "a file neither stored nor said"
        assert stored == {"a_good.txt": _mentions(GOOD_TEXT), "b_good.jsonl:1": _mentions(GOOD_RECORD["text"])}

        # claimkb extract reads the same folder the same way, and prints the good files' claims
        status, out, said = _claimkb("extract", str(folder), "--format", "jsonl")
        summary = [line for line in said if re.fullmatch(r"claimkb: \d+ input\(s\) with errors", line)]
        assert len(_assert_said_in_one_line([line for line in said if line not in summary], folder, bad)) <= 1
        assert status == (1 if summary else 0), (status, said)
        printed: dict[str, list[str]] = {}
        for record in map(json.loads, out.splitlines()):
            printed.setdefault(record["doc"], []).append(record["mention"])
        assert sorted(printed.get("a_good.txt", [])) == _mentions(GOOD_TEXT)
        assert sorted(printed.get("b_good.jsonl:1", [])) == _mentions(GOOD_RECORD["text"])
