"""A large claimkb database for benchmarks: the sample pages and the planted cross-check corpus,
ingested and checked, then copied (documents, articles, claims, verdicts, new ids per copy) until
the database holds the number of claims asked for. Cached: an existing file of that size is reused.

    python bench/big_db.py [--claims 1000000] [--db bench/big.duckdb]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
SEEDS = (REPO / "data" / "corpus", REPO / "tests" / "data" / "planted_checks.jsonl")


def make_big_db(path: Path, claims: int) -> Path:
    from extract.checks.runner import run_checks
    from extract.ingest import ingest
    from extract.store import connect

    if path.exists():
        con = duckdb.connect(str(path), read_only=True)
        have = con.execute("SELECT count(*) FROM claims").fetchone()[0]
        con.close()
        if have >= claims:
            connect(path).close()  # one an older claimkb built gets this one's migrations (the dashboard needs them)
            return path
        path.unlink()
    with tempfile.TemporaryDirectory() as folder:
        seed = Path(folder) / "seed.duckdb"
        ingest(
            [str(SEEDS[0])], str(seed), region="菏泽市", source="菏泽日报 (sample)", date="2024-11-28", progress=False
        )
        ingest([str(SEEDS[1])], str(seed), progress=False)
        con = connect(seed)
        run_checks(con)
        con.close()
        con = connect(path)  # an empty, migrated database
        con.execute(f"ATTACH '{seed}' AS seed (READ_ONLY)")
        per_copy = con.execute("SELECT count(*) FROM seed.claims").fetchone()[0]
        copies = -(-claims // per_copy)
        con.execute("BEGIN TRANSACTION")
        con.execute("CREATE TEMP TABLE copies AS SELECT range AS k FROM range(?)", [copies])
        # BY NAME with * REPLACE: the copy follows the schema as its migrations grow it
        con.execute(
            "INSERT INTO documents BY NAME SELECT t.* REPLACE (doc_id || '-' || k AS doc_id, source_key || '#' || k"
            " AS source_key, name || '#' || k AS name, date + CAST(k % 365 AS INTEGER) AS date)"
            " FROM seed.documents t, copies"
        )
        con.execute(
            "INSERT INTO articles BY NAME SELECT t.* REPLACE (article_id || '-' || k AS article_id, doc_id || '-' || k"
            " AS doc_id) FROM seed.articles t, copies"
        )
        con.execute(
            "INSERT INTO claims BY NAME SELECT t.* REPLACE (claim_id || '-' || k AS claim_id, doc_id || '-' || k"
            " AS doc_id, article_id || '-' || k AS article_id, value * (1 + (k % 7) / 10) AS value)"
            " FROM seed.claims t, copies"
        )
        con.execute(
            "INSERT INTO cross_checks BY NAME SELECT t.* REPLACE (check_id || '-' || k AS check_id,"
            " [c || '-' || k FOR c IN claim_ids] AS claim_ids, [d || '-' || k FOR d IN doc_ids] AS doc_ids)"
            " FROM seed.cross_checks t, copies"
        )
        con.execute(
            "INSERT INTO check_claims BY NAME SELECT t.* REPLACE (check_id || '-' || k AS check_id,"
            " claim_id || '-' || k AS claim_id) FROM seed.check_claims t, copies"
        )
        con.execute(
            "INSERT INTO checked_documents BY NAME SELECT t.* REPLACE (doc_id || '-' || k AS doc_id)"
            " FROM seed.checked_documents t, copies"
        )
        con.execute("COMMIT")
        con.execute("DETACH seed")
        con.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=REPO / "bench" / "big.duckdb")
    args = parser.parse_args()
    start = time.perf_counter()
    make_big_db(args.db, args.claims)
    con = duckdb.connect(str(args.db), read_only=True)
    n = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    con.close()
    print(f"{args.db}: {n} claims ({time.perf_counter() - start:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
