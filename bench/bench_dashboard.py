"""Dashboard latency on a large database (1 million claims by default), run by hand.

Every page (and its .csv/.json twin) is requested through the app in-process, so the time is the
server's: opening the read-only connection, the SQL, rendering. Printed beside baselines measured
in the same run: a static file served by the same app (the framework's floor) and opening the
database and running SELECT 1 (the per-request connection's floor). Target: every page < 300 ms.

    python bench/big_db.py --claims 1000000      # once; cached in bench/big.duckdb
    python bench/bench_dashboard.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from big_db import REPO, make_big_db

sys.path.insert(0, str(REPO))

from extract import store  # noqa: E402
from extract.dashboard import create_app  # noqa: E402

TARGET_MS = 300.0


def pages(con) -> list[str]:
    """Representative URLs, with real values from the database."""
    metric = con.execute(
        "SELECT metric_key FROM claims WHERE metric_key IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    article = con.execute("SELECT article_id FROM claims ORDER BY claim_id LIMIT 1").fetchone()[0]
    return [
        "/",
        "/claims",
        "/claims?subject=菏泽市",
        "/claims?subject=定陶区&kind=count&sort=value",
        "/claims?q=驿站&page=3",
        "/claims?verdict=conflict",
        "/claims?metric=驿站&period=今年",
        f"/metric?key={metric}",
        "/metric",
        f"/source/{article}",
        "/checks",
        "/checks?verdict=corroborated&page=2",
        "/checks?subject=菏泽市&year=2024",
        "/checks.json?subject=菏泽市",
        "/claims?year=2024&month=2024-12",
        "/claims?kind=count&lang=en",
        "/queries",
        "/queries/claims_by_subject?subject=曹县",
        "/queries/top_metrics?limit=10",
        "/claims.csv?subject=菏泽市",
        "/overview.json",
    ]


def timed(client, url: str, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), max(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=REPO / "bench" / "big.duckdb")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    db = make_big_db(args.db, args.claims)
    client = create_app(db).test_client()
    con = store.connect(db, read_only=True)
    n = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    urls = pages(con)
    con.close()
    client.get("/")  # first request: templates compiled, caches warm

    def open_and_select() -> None:
        c = store.connect(db, read_only=True)
        c.execute("SELECT 1").fetchone()
        c.close()

    floor_static = timed(client, "/static/style.css", args.repeat)
    starts = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        open_and_select()
        starts.append((time.perf_counter() - start) * 1000)
    floor_db = (statistics.median(starts), max(starts))
    print(f"database: {db} ({n} claims); {args.repeat} requests each; target {TARGET_MS:.0f} ms")
    print(f"{'page':52s} {'median ms':>10s} {'max ms':>8s} {'max/target':>10s} {'÷ db open':>9s}")
    for label, (median, worst) in (("static file (framework floor)", floor_static), ("open db + SELECT 1", floor_db)):
        print(f"{label:52s} {median:10.1f} {worst:8.1f} {worst / TARGET_MS:10.2f} {median / floor_db[0]:9.1f}")
    slowest = 0.0
    for url in urls:
        median, worst = timed(client, url, args.repeat)
        slowest = max(slowest, worst)
        print(f"{url[:52]:52s} {median:10.1f} {worst:8.1f} {worst / TARGET_MS:10.2f} {median / floor_db[0]:9.1f}")
    print(
        f"slowest request: {slowest:.0f} ms"
        f" ({'meets' if slowest < TARGET_MS else 'MISSES'} the {TARGET_MS:.0f} ms target)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
