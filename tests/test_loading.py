"""Batched, idempotent loads (extract/loading.py): a batch is one transaction, and its documents
come out as if loaded one at a time."""

import duckdb
import pytest

from extract import loading
from extract.loading import Batch, Entry, load_batch, piece_rows
from extract.pipeline import pieces
from extract.sources import Document
from extract.store import connect


def entry(path: str, text: str, limit: int = 200_000) -> Entry:
    document = Document(name=path, path=path, text=text)
    made = Entry(document, source=None, region="菏泽市", date=None)
    for piece in pieces(text, document.name, document.doc_id, "菏泽市", None, limit=limit):
        made.add(piece_rows(piece))
    return made


def stored(con):
    return con.execute("SELECT name, n_chars FROM documents ORDER BY name").fetchall()


def test_a_batch_comes_out_as_documents_loaded_one_by_one(tmp_path):
    con = connect(tmp_path / "kb.duckdb")
    first = [
        entry("a.txt", "单县新建暖心驿站46处。"),
        entry("a.txt", "单县新建暖心驿站46处。"),  # the same file twice: once
        entry("b.txt", "单县新建暖心驿站46处。"),  # the same text from another file: stored once
        entry("c.txt", "曹县投放8辆自行车。"),
        entry("c.txt", "曹县投放9辆自行车。"),  # changed within the batch: the later text
    ]
    statuses = [(r.status, r.duplicate_of) for r in load_batch(con, first)]
    assert statuses == [
        ("added", None),
        ("unchanged", None),
        ("duplicate", first[0].key),
        ("added", None),
        ("replaced", None),
    ]
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert con.execute("SELECT mention FROM claims WHERE mention LIKE '%辆'").fetchall() == [("9辆",)]
    again = load_batch(con, [entry("a.txt", "单县新建暖心驿站46处。"), entry("c.txt", "曹县投放10辆自行车。")])
    assert [r.status for r in again] == ["unchanged", "replaced"]
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 2
    orphans = con.execute("SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT doc_id FROM documents)")
    assert orphans.fetchone()[0] == 0


def test_a_document_the_database_refuses_is_left_out_and_the_rest_of_its_batch_goes_in(tmp_path):
    con = connect(tmp_path / "kb.duckdb")
    bad = entry("bad.txt", "定陶区新建驿站16处。")
    bad.claims[0] = (*bad.claims[0][:8], None, *bad.claims[0][9:])  # value is NOT NULL
    outcomes = []
    batch = Batch(con, lambda e, result: outcomes.append((e.document.name, result)), max_documents=10)
    for made in (entry("a.txt", "单县新建暖心驿站46处。"), bad, entry("c.txt", "曹县投放8辆自行车。")):
        batch.add(made)
    batch.flush()
    assert [name for name, _ in outcomes] == ["a.txt", "bad.txt", "c.txt"]
    assert isinstance(outcomes[1][1], duckdb.Error)
    assert [r.status for _, r in (outcomes[0], outcomes[2])] == ["added", "added"]
    assert [name for name, _ in stored(con)] == ["a.txt", "c.txt"]


def test_an_interrupted_batch_stores_nothing_and_stays_gathered(tmp_path, monkeypatch):
    con = connect(tmp_path / "kb.duckdb")
    batch = Batch(con, lambda e, result: None, max_documents=10)
    batch.add(entry("a.txt", "单县新建暖心驿站46处。"))
    batch.flush()

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(loading, "_insert", interrupted)
    batch.add(entry("b.txt", "曹县投放8辆自行车。"))
    with pytest.raises(KeyboardInterrupt):
        batch.flush()
    assert len(batch.entries) == 1
    assert [name for name, _ in stored(con)] == ["a.txt"]


def test_pieces_of_one_document_number_their_articles_on(tmp_path):
    text = "\n\n".join(f"第{i}个新闻标题\n单县新建暖心驿站{i}处，服务群众{i}万人次。" for i in range(1, 9))
    assert len(pieces(text, limit=60)) == 4  # two articles a piece
    whole, cut = entry("a.txt", text), entry("a.txt", text, limit=60)
    assert whole.articles == cut.articles and whole.claims == cut.claims
    assert [row[2] for row in cut.articles] == list(range(8))


def test_a_claim_of_a_paged_document_keeps_the_page_it_starts_on(tmp_path):
    text = "单县新建暖心驿站16处。\n定陶区新建暖心驿站50处。\n曹县新建暖心驿站20处。"
    document = Document(name="a.pdf", path="a.pdf", text=text, page_starts=[0, text.index("定陶区"), len(text)])
    made = Entry(document, source=None, region="菏泽市", date=None)
    for piece in pieces(text, document.name, document.doc_id, "菏泽市", None, limit=20):  # pieces shift offsets
        made.add(piece_rows(piece))
    page = loading.CLAIM_SCHEMA.names.index("page")
    assert [(row[5], row[page]) for row in made.claims] == [("16处", 1), ("50处", 2), ("20处", 2)]
    unpaged = entry("a.txt", text)
    assert {row[page] for row in unpaged.claims} == {None}
    db = tmp_path / "kb.duckdb"
    con = connect(db)
    load_batch(con, [made])
    assert con.execute("SELECT mention, page FROM claims ORDER BY start_offset").fetchall()[1] == ("50处", 2)
    con.close()


def _spark_output(folder, made: Entry, drop: tuple[str, ...] = ()) -> None:
    """The three Parquet tables `claimkb spark` writes, for one document, without the columns `drop`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    key = made.key
    document = made.document
    tables = {
        "documents": pa.table(
            {name: pa.array([None], pa.string()) for name in ("source", "title", "date", "url", "encoding")}
            | {"source_key": [key], "name": [document.name], "path": [document.path], "region": ["菏泽市"]}
            | {"text": [document.text], "line": pa.array([None], pa.int32())}
        ),
        "articles": pa.Table.from_pylist(
            [{"source_key": key} | dict(zip(loading.ARTICLE_SCHEMA.names, row, strict=True)) for row in made.articles]
        ),
        "claims": pa.Table.from_pylist(
            [{"source_key": key} | dict(zip(loading.CLAIM_SCHEMA.names, row, strict=True)) for row in made.claims],
            schema=pa.schema([("source_key", pa.string()), *loading.CLAIM_SCHEMA]),
        ).drop_columns(list(drop)),
    }
    for name, table in tables.items():
        (folder / name).mkdir(parents=True)
        pq.write_table(table, folder / name / "part-0.parquet")


def test_claimkb_load_keeps_the_aspect_and_reads_an_older_output_without_it(tmp_path):
    from extract.spark_output import output_entries

    made = entry("a.txt", "当日新增确诊病例8人，累计确诊病例215人。")
    aspect = loading.CLAIM_SCHEMA.names.index("aspect")
    assert [row[aspect] for row in made.claims] == ["flow", "cumulative"]
    _spark_output(tmp_path / "new", made)
    _spark_output(tmp_path / "old", made, drop=("aspect",))  # written by a claimkb before aspects
    (loaded,) = output_entries(tmp_path / "new")
    assert loaded.claims == made.claims
    (older,) = output_entries(tmp_path / "old")
    assert [row[aspect] for row in older.claims] == [None, None]
    assert [row[:aspect] for row in older.claims] == [row[:aspect] for row in made.claims]
