"""The cross-checks read on a real feed: ingest it into a fresh temporary database, run `claimkb check`, print
the verdicts by rule and verdict, then a fixed-seed sample of conflicts and of consistent/corroborated verdicts
with everything a reader needs to judge each one (every claim's mention, value, unit, metric, subject, period,
its document's title, date and source, and its sentence).

Run by hand: python bench/bench_realcorpus.py [--corpus PATH] [--seed 0] [--conflicts 40] [--agreeing 20]
[--keep DB]. The default corpus is ../shared/realcorpus/corpus.jsonl next to the repository (see its
SOURCES.md); when it is absent the script says so and exits 0. Nothing of the corpus is kept in the project.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "realcorpus" / "corpus.jsonl"

_COUNTS_SQL = "SELECT rule, verdict, count(*), sum(n_reprints) FROM cross_checks GROUP BY ALL ORDER BY rule, verdict"
# the claims of the chosen verdicts, in each verdict's order (check_claims.position), with their documents
_CLAIMS_SQL = """
SELECT l.check_id, l.position, c.mention, c.value, c.value_high, c.unit, c.metric, c.subject, c.period,
       c.period_start, c.period_end, d.title, d.date, d.source, regexp_extract(d.name, '[^/]+$'), c.sentence
FROM check_claims l
JOIN claims c ON c.claim_id = l.claim_id
JOIN documents d ON d.doc_id = c.doc_id
WHERE l.check_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY l.check_id, l.position
"""


def sample(con, verdicts: tuple[str, ...], n: int, rng: random.Random) -> list[tuple]:
    """n verdicts of these kinds (all, if fewer), chosen with the seeded generator over a stable order."""
    rows = con.execute(
        "SELECT check_id, rule, verdict, n_documents, n_reprints, explanation_zh, explanation_en FROM cross_checks"
        " WHERE verdict IN (SELECT unnest(?::VARCHAR[])) ORDER BY check_id",
        [list(verdicts)],
    ).fetchall()
    return rows if len(rows) <= n else sorted(rng.sample(rows, n), key=lambda r: (r[1], r[0]))


def show(con, title: str, chosen: list[tuple]) -> None:
    print(f"\n=== {title}: {len(chosen)} ===")
    claims: dict[str, list[tuple]] = {}
    for row in con.execute(_CLAIMS_SQL, [[r[0] for r in chosen]]).fetchall():
        claims.setdefault(row[0], []).append(row[1:])
    for i, (check_id, rule, verdict, n_documents, n_reprints, zh, en) in enumerate(chosen, 1):
        print(f"\n[{i}] {rule} {verdict} ({n_documents} documents, {n_reprints or 0} reprints set aside) {check_id}")
        print(f"    {zh}\n    {en}")
        for (
            _pos,
            mention,
            value,
            high,
            unit,
            metric,
            subject,
            period,
            start,
            end,
            doc_title,
            day,
            source,
            name,
            sentence,
        ) in claims.get(check_id, []):
            value_text = f"{value:g}" + (f"-{high:g}" if high is not None else "")
            when = period or "-"
            if start or end:
                when += f" [{start}..{end}]"
            print(
                f"    - {mention} = {value_text} {unit} | metric {metric} | subject {subject} | period {when}\n"
                f"      doc: {doc_title} | {day} | {source} | {name}\n"
                f"      sentence: {sentence}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL feed (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the samples (default %(default)s)")
    parser.add_argument("--conflicts", type=int, default=40, help="conflicts shown (default %(default)s)")
    parser.add_argument("--agreeing", type=int, default=20, help="consistent/corroborated shown (default %(default)s)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the database here instead of a temporary one")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} not found (the real corpus is not part of the project; see --corpus)")
        return 0

    from extract.checks.runner import run_checks
    from extract.ingest import ingest
    from extract.store import connect

    with tempfile.TemporaryDirectory(prefix="claimkb-realcorpus-") as tmp:
        db = args.keep or Path(tmp) / "real.duckdb"
        if db.exists():
            db.unlink()
        t0 = time.perf_counter()
        ingest([str(args.corpus)], str(db), progress=False)
        t1 = time.perf_counter()
        con = connect(db)
        report = run_checks(con)
        t2 = time.perf_counter()
        n_docs, n_claims = con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM claims)"
        ).fetchone()
        n_pairs = con.execute("SELECT count(*) FROM reprints").fetchone()[0]
        print(f"{args.corpus}: {n_docs} documents, {n_claims} claims, {n_pairs} reprint pairs")
        print(f"ingest {t1 - t0:.1f} s, check {t2 - t1:.1f} s: {report.summary()}")
        print(f"\n{'rule':15} {'verdict':13} {'count':>6} {'reprints set aside':>19}")
        for rule, verdict, count, aside in con.execute(_COUNTS_SQL).fetchall():
            print(f"{rule:15} {verdict:13} {count:6d} {aside or 0:19d}")
        rng = random.Random(args.seed)
        show(con, f"conflicts (seed {args.seed})", sample(con, ("conflict",), args.conflicts, rng))
        show(
            con,
            f"consistent/corroborated (seed {args.seed})",
            sample(con, ("consistent", "corroborated"), args.agreeing, rng),
        )
        con.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
