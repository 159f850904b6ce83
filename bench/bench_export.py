"""Export speed and memory on a large database (1 million claims by default), run by hand.

Each export runs in a fresh process (bench/export_job.py); its wall time and peak resident memory
are printed beside baselines measured in the same run: a process that only opens the database (the
memory floor), one that loads the whole claim_evidence view into a pandas frame (what a naive export
holds; the MB/pandas ratio), and DuckDB's own COPY of that view to CSV in one query (the speed
ceiling; the s/COPY ratio).

    python bench/big_db.py --claims 1000000      # once; cached in bench/big.duckdb
    python bench/bench_export.py [--claims 1000000] [--formats csv,jsonl,parquet,claimreview,xlsx]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from big_db import REPO, make_big_db


def measure(db: Path, job: str, out: Path) -> dict:
    job_script = Path(__file__).with_name("export_job.py")
    command = [sys.executable, str(job_script), str(db), job, str(out)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=REPO / "bench" / "big.duckdb")
    parser.add_argument("--formats", default="csv,jsonl,parquet,claimreview,xlsx")
    args = parser.parse_args()
    db = make_big_db(args.db, args.claims)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        idle = measure(db, "idle", out / "none")
        in_memory = measure(db, "pandas", out / "none")
        ceiling = measure(db, "duckdb-copy-csv", out / "copy.csv")
        print(f"database: {db} ({idle['rows']} claims)")
        print(
            f"{'job':18s} {'rows':>9s} {'seconds':>8s} {'rows/s':>9s} {'peak MB':>8s} {'MB/pandas':>9s} {'s/COPY':>7s}"
        )
        rows = [("idle (floor)", idle), ("pandas (naive)", in_memory), ("duckdb COPY csv", ceiling)]
        for fmt in args.formats.split(","):
            suffix = {"claimreview": "json"}.get(fmt, fmt)
            rows.append((fmt, measure(db, fmt, out / f"claims.{suffix}")))
        for label, m in rows:
            cells = (
                m["rows"],
                round(m["seconds"], 1),
                round(m["rows"] / max(m["seconds"], 1e-9)),
                round(m["peak_mb"]),
                round(m["peak_mb"] / in_memory["peak_mb"], 2),
                round(m["seconds"] / ceiling["seconds"], 1),
            )
            print(f"{label:18s} " + " ".join(f"{c:>9}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
