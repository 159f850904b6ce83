"""A newsroom's lexicon folder through the claimkb command: given with --lexicon, $CLAIMKB_LEXICON or
./claimkb-lexicon, read again by ingest when it changes, shown by stats, and refused in one line."""

import os
import subprocess
import sys

import duckdb

from e2e.test_cli import USER_ENV, claimkb

TEXT = "据了解，西大王庄村种植大蒜3000亩。蓝海物流营收3.2亿元。"
PLACES = "name\tlevel\tparent\tcode\n西大王庄村\tvillage\t定陶区\t\n"
ORGANISATIONS = "name\tshort_names\tparent\n蓝海物流有限公司\t蓝海物流\t菏泽市\n"


def lexicon(folder, **files):
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def subjects(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT mention, subject FROM claims ORDER BY start_offset").fetchall()
    finally:
        con.close()


def test_ingest_again_under_a_lexicon_replaces_the_claims_and_stats_says_so(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "kb.duckdb"
    claimkb("ingest", str(docs), "--db", str(db), "--region", "菏泽市", "--no-progress")
    assert subjects(db) == [("3000亩", "王庄村"), ("3.2亿元", "王庄村")]
    folder = lexicon(tmp_path / "lex", **{"places.tsv": PLACES, "organisations.tsv": ORGANISATIONS})
    out = claimkb("ingest", str(docs), "--db", str(db), "--region", "菏泽市", "--lexicon", str(folder), "--jobs", "2")
    assert "1 replaced (1 of them because the user lexicon changed)" in out.stdout
    assert subjects(db) == [("3000亩", "西大王庄村"), ("3.2亿元", "蓝海物流有限公司")]
    stats = claimkb("stats", "--db", str(db), "--lexicon", str(folder)).stdout
    assert f"({folder}): 2 claims read with it, 2 of them with a subject or metric from its entries" in stats
    # the same folder found by the environment, then as ./claimkb-lexicon: nothing to read again
    env = {**USER_ENV, "CLAIMKB_LEXICON": str(folder)}
    again = subprocess.run(
        [sys.executable, "-m", "extract", "ingest", str(docs), "--db", str(db), "--region", "菏泽市"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert again.returncode == 0 and "1 unchanged" in again.stdout, again.stderr
    os.rename(folder, tmp_path / "claimkb-lexicon")
    assert "1 unchanged" in claimkb("ingest", str(docs), "--db", str(db), "--region", "菏泽市", cwd=tmp_path).stdout
    extracted = claimkb("extract", str(docs / "a.txt"), "--region", "菏泽市", cwd=tmp_path).stdout
    assert "西大王庄村" in extracted and "蓝海物流有限公司" in extracted


def test_a_broken_lexicon_is_one_line_and_nothing_is_extracted(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(TEXT, encoding="utf-8")
    folder = lexicon(tmp_path / "lex", **{"places.tsv": "name\tlevel\tparent\n西大王庄村\thamlet\t定陶区\n"})
    db = tmp_path / "kb.duckdb"
    for command in (["ingest", str(docs), "--db", str(db)], ["extract", str(docs)], ["demo", "--db", str(db)]):
        result = claimkb(*command, "--lexicon", str(folder), check=False)
        assert result.returncode == 1 and result.stdout == ""
        assert result.stderr == f"claimkb: {folder / 'places.tsv'}:2: unknown level 'hamlet' " + (
            "(one of province, city, county, town, village); nothing was extracted\n"
        )
    assert not db.exists()
    missing = claimkb("extract", str(docs), "--lexicon", str(tmp_path / "absent"), check=False)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "no such lexicon folder" in missing.stderr
