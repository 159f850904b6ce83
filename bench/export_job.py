"""One export job in its own process, for bench_export.py: prints rows, seconds and peak memory as JSON.

python bench/export_job.py DB JOB OUT     JOB: idle | pandas | duckdb-copy-csv | a claimkb export format
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract import store  # noqa: E402
from extract.exports import export  # noqa: E402

# What a plain export would do: one query over the whole claim_evidence view, in export order.
WHOLE_VIEW = "SELECT * FROM claim_evidence ORDER BY date NULLS LAST, doc, doc_id, start_offset"


def run(db: str, job: str, out: str) -> int:
    if job not in ("idle", "pandas", "duckdb-copy-csv"):
        return export(db, job, out, author="bench")
    con = store.connect(db, read_only=True)
    if job == "idle":
        return con.execute("SELECT count(*) FROM claims").fetchone()[0]
    if job == "pandas":
        return len(con.execute(WHOLE_VIEW).df())
    return con.execute(f"COPY ({WHOLE_VIEW}) TO '{out}' (FORMAT csv)").fetchone()[0]


if __name__ == "__main__":
    start = time.perf_counter()
    rows = run(*sys.argv[1:4])
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"rows": rows, "seconds": seconds, "peak_mb": peak_mb}))
