"""`claimkb check` at corpus scale: time, peak RSS and verdicts per rule, by corpus size. Run by hand.

For each size, that many distinct pages (bench_ingest.py's: the sample corpus with a share of its
characters replaced at random) are ingested into a new database, then `claimkb check --full` runs
as a fresh process. Verdict counts should grow linearly with the documents; target: 20,000
documents under a minute and 1 GB.

    python bench/bench_check.py [--sizes 1000 5000 20000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import claimkb, run, write_pages  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    args = parser.parse_args()
    print(f"{'documents':>9s} {'claims':>9s} {'check s':>8s} {'peak MB':>8s}  verdicts by rule")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            write_pages(work / "pages", 0, seed=size, pages_wanted=size)
            db = work / "kb.duckdb"
            run(claimkb("ingest", str(work / "pages"), "--db", str(db)))
            seconds, rss = run(claimkb("check", "--full", "--db", str(db)))
            con = duckdb.connect(str(db), read_only=True)
            claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
            by_rule = con.execute("SELECT rule, count(*) FROM cross_checks GROUP BY rule ORDER BY rule").fetchall()
            con.close()
            counts = ", ".join(f"{rule} {n}" for rule, n in by_rule) or "none"
            print(f"{size:9d} {claims:9d} {seconds:8.1f} {rss:8.0f}  {counts}")


if __name__ == "__main__":
    main()
