"""How many figures restated across the real feed's documents the checks link (issue 26, item 7).

Ingest ../shared/realcorpus/ (or --db, a database `bench_realcorpus.py --keep` left), check it, then take a
fixed-seed sample of claims (a count with a subject, from a document that is no reprint) and, for each, the
claims of *other* documents that may restate it: the same value and unit, in a sentence that names the
subject (its full or short name), published within two days of it (a release's restatements follow it
within days; a running total repeated a week later is another time). Each candidate is printed with its
sentence and whether a `same_fact` verdict links the two (corroborated: they agree). A reader marks which
candidates are the same place, thing and time; recall is the linked share of those.

Run by hand: python bench/bench_restated.py [--db PATH] [--seed 0] [--n 300]. When the corpus is absent
it says so and exits 0. Nothing of the corpus is kept in the project.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "realcorpus" / "corpus.jsonl"

# claims worth asking about: counts whose subject is named, in documents that reprint nothing
_SAMPLED_SQL = """
SELECT c.claim_id FROM claims c
WHERE c.kind = 'count' AND c.subject IS NOT NULL AND c.value >= 10
  AND c.doc_id NOT IN (SELECT doc_id FROM reprints)
ORDER BY c.claim_id
"""
_CLAIM_SQL = """
SELECT c.claim_id, c.doc_id, c.mention, c.value, c.unit, c.subject, c.metric, c.period, d.date, c.sentence
FROM claims c JOIN documents d USING (doc_id) WHERE c.claim_id = ?
"""
# other documents' claims of the same value and unit whose sentence names the subject
_CANDIDATES_SQL = """
SELECT c.claim_id, c.doc_id, c.mention, c.value, c.unit, c.subject, c.metric, c.period, d.date, c.sentence
FROM claims c JOIN documents d USING (doc_id)
WHERE c.value = ? AND c.unit = ? AND c.doc_id <> ? AND (contains(c.sentence, ?) OR contains(c.sentence, ?))
  AND abs(date_diff('day', d.date, ?::DATE)) <= 2
  AND c.doc_id NOT IN (SELECT doc_id FROM reprints WHERE original_doc_id = ?)
  AND c.doc_id NOT IN (SELECT original_doc_id FROM reprints WHERE doc_id = ?)
ORDER BY d.date, c.claim_id
"""
_LINKED_SQL = """
SELECT k.verdict FROM cross_checks k
JOIN check_claims a ON a.check_id = k.check_id AND a.claim_id = ?
JOIN check_claims b ON b.check_id = k.check_id AND b.claim_id = ?
WHERE k.rule = 'same_fact'
"""


def show(row: tuple, mark: str = "") -> str:
    _id, _doc, mention, _value, _unit, subject, metric, period, day, sentence = row
    return f"{mark}{mention} | {subject} | {metric} | {period or '-'} | {day}\n      {sentence[:200]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--db", type=Path, default=None, help="a checked database of the feed (else built here)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--n", type=int, default=40, help="claims sampled (default %(default)s)")
    args = parser.parse_args(argv)
    if args.db is None and not args.corpus.exists():
        print(f"skipped: {args.corpus} not found (the real corpus is not part of the project; see --corpus)")
        return 0

    from extract.places import short_name
    from extract.store import connect

    with tempfile.TemporaryDirectory(prefix="claimkb-restated-") as tmp:
        db = args.db
        if db is None:
            from extract.checks.runner import run_checks
            from extract.ingest import ingest

            db = Path(tmp) / "real.duckdb"
            ingest([str(args.corpus)], str(db), progress=False)
            con = connect(db)
            run_checks(con)
            con.close()
        con = connect(db, read_only=True)
        ids = [row[0] for row in con.execute(_SAMPLED_SQL).fetchall()]
        rng = random.Random(args.seed)
        asked = with_candidates = linked_pairs = pairs = 0
        for n, claim_id in enumerate(sorted(rng.sample(ids, min(args.n, len(ids)))), 1):
            claim = con.execute(_CLAIM_SQL, [claim_id]).fetchone()
            _id, doc_id, _mention, value, unit, subject = claim[:6]
            short = short_name(subject) or subject
            candidates = con.execute(
                _CANDIDATES_SQL, [value, unit, doc_id, subject, short, claim[8], doc_id, doc_id]
            ).fetchall()
            asked += 1
            if not candidates:
                continue
            print(f"\n[{n}] {show(claim)}")
            with_candidates += 1
            for other in candidates[:6]:
                verdict = con.execute(_LINKED_SQL, [claim_id, other[0]]).fetchone()
                pairs += 1
                linked_pairs += verdict is not None
                print(f"    {'LINKED ' + verdict[0] if verdict else 'not linked'}: " + show(other))
        print(f"\n{asked} claims, {with_candidates} with candidates; {linked_pairs} of {pairs} candidate pairs linked")
        con.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
