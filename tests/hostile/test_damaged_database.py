"""Damage in the file is said ("damaged", one line, naming the file), and nothing is written into a
damaged file (issue 27, item 4). The file is damaged as a disk does it: bytes of one block replaced."""

import shutil
from pathlib import Path

import duckdb
import pytest

from extract import cli
from extract.ingest import ingest
from extract.store import connect

REPO = Path(__file__).resolve().parents[2]
HEADERS = 3 * 4096  # DuckDB's file headers, before block 0
JUNK = bytes((i * 37 + 11) % 256 for i in range(64))


@pytest.fixture(scope="module")
def sound(tmp_path_factory) -> tuple[Path, dict[str, int], int]:
    """A checked database of the sample pages, the block of each kind to damage, and the block size."""
    db = tmp_path_factory.mktemp("sound") / "kb.duckdb"
    ingest([str(REPO / "data" / "corpus")], str(db), region="菏泽市", progress=False)
    con = connect(db)
    from extract.checks.runner import run_checks

    run_checks(con)
    con.close()
    con = duckdb.connect(str(db), read_only=True)
    _, _, block_size, total, used, free, *_ = con.execute("PRAGMA database_size").fetchone()
    assert free == 0  # every block is in use: one that holds no table data nor metadata is an index's
    tables = [row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
    storage = "SELECT block_id FROM pragma_storage_info(?) WHERE block_id >= 0"
    data = {table: {row[0] for row in con.execute(storage, [table]).fetchall()} for table in tables}
    metadata = {row[0] for row in con.execute("SELECT block_id FROM pragma_metadata_info()").fetchall()}
    con.close()
    indexes = set(range(total)) - set().union(*data.values()) - metadata
    blocks = {"claims data": min(data["claims"]), "index": min(indexes), "metadata": min(metadata)}
    return db, blocks, block_size


def _damaged(sound, kind: str, folder: Path) -> Path:
    db, blocks, block_size = sound
    copy = folder / "kb.duckdb"
    shutil.copy(db, copy)
    with copy.open("r+b") as handle:
        handle.seek(HEADERS + blocks[kind] * block_size + 1000)
        handle.write(JUNK)
    return copy


def _one_damaged_line(err: str, db: Path) -> None:
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"claimkb: {db}: damaged") or f"{db}: damaged" in err, err


@pytest.mark.parametrize("kind", ["claims data", "index"])  # damaged metadata: DuckDB itself refuses to open
@pytest.mark.parametrize("writer", ["ingest", "check", "load", "demo"])
def test_a_writer_refuses_a_damaged_file_in_one_line_and_writes_nothing(sound, tmp_path, capsys, kind, writer):
    folder = tmp_path / "db"
    folder.mkdir()
    db = _damaged(sound, kind, folder)
    before = db.read_bytes()
    page = tmp_path / "page.txt"
    page.write_text("单县新建驿站16处，投入资金3500万元。", encoding="utf-8")
    spark = tmp_path / "spark"  # Parquet where `claimkb load` looks for it: its contents are never read
    for name in ("documents", "articles", "claims"):
        (spark / name).mkdir(parents=True)
        (spark / name / "part-0.parquet").write_bytes(b"PAR1")
    args = {
        "ingest": ["ingest", str(page), "--no-progress"],
        "check": ["check"],
        "load": ["load", str(spark)],
        "demo": ["demo"],
    }[writer]
    assert cli.main([*args, "--db", str(db)]) == 1
    _one_damaged_line(capsys.readouterr().err, db)
    assert db.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == ["kb.duckdb"]


@pytest.mark.parametrize("kind", ["claims data", "index", "metadata"])
def test_verify_finds_damage_in_any_block_and_says_which(sound, tmp_path, capsys, kind):
    db = _damaged(sound, kind, tmp_path)
    assert cli.main(["verify", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    _one_damaged_line(err, db)
    if kind != "metadata":  # DuckDB itself refuses to open a file whose metadata is damaged
        assert f"block {sound[1][kind]} at byte {HEADERS + sound[1][kind] * sound[2]}" in err


def test_verify_passes_a_sound_file(sound, capsys):
    assert cli.main(["verify", "--db", str(sound[0])]) == 0
    assert "none damaged" in capsys.readouterr().out


@pytest.mark.parametrize(
    "reader",
    [
        ["stats"],
        ["query", "SELECT sum(value) FROM claims"],
        ["export", "--format", "csv"],
        ["export", "--format", "jsonl"],
    ],
)
def test_a_reader_that_meets_damage_says_damaged_in_one_line_naming_the_file(sound, tmp_path, capsys, reader):
    db = _damaged(sound, "claims data", tmp_path)
    assert cli.main([*reader, "--db", str(db)]) == 1
    _one_damaged_line(capsys.readouterr().err, db)


def test_a_dashboard_page_that_meets_damage_says_the_database_is_damaged(sound, tmp_path):
    from extract.dashboard import create_app

    db = _damaged(sound, "claims data", tmp_path)
    response = create_app(db).test_client().get("/claims.json")
    assert response.status_code == 503
    assert f"{db}: damaged" in response.get_json()["message"]
