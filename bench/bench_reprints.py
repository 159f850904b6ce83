"""Reprint detection on a real feed: which method finds the pairs exact Jaccard finds, how fast, in how much memory.

Run by hand (python bench/bench_reprints.py [--corpus PATH]); it prints a table. The baseline is the exact
Jaccard of every pair's sets of character 5-grams (extract.reprints.normalise'd texts), over all pairs (or
those within --window days); a pair is a reprint when it reaches --threshold and the two texts' numbers agree
(extract.reprints.figures_agree: numbers alike in order, the same days named; the row "5-gram Jaccard alone"
shows what that gate removes). Compared with it:

- ours: extract.reprints — numpy one-permutation MinHash, 20 bands of 5 rows, then the exact test of each
  candidate pair;
- datasketch: MinHash(num_perm=100) + MinHashLSH(threshold), pairs as LSH returns them (estimated), and the
  same candidates confirmed by the exact Jaccard (skipped when datasketch is not installed);
- simhash: 64-bit SimHash of the same 5-grams, pairs within a Hamming distance (all pairs, as a banded
  lookup of 64/(k+1)-bit bands would find them).

Also prints how the exact Jaccard of near pairs is spread (to choose the threshold) and a few pairs just
below and above it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract import reprints  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "realcorpus" / "corpus.jsonl"
Pair = tuple[int, int]


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def measure(fn: Callable[[], set[Pair]]) -> tuple[set[Pair], float, float]:
    """The pairs, seconds and peak MiB (tracemalloc: Python and numpy allocations) of one method."""
    tracemalloc.start()
    t0 = time.perf_counter()
    pairs = fn()
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return pairs, seconds, peak


def exact_pairs(texts: list[str], days: list[int | None], threshold: float, window: int | None) -> dict[Pair, float]:
    """Every pair at or above the threshold, by the exact Jaccard (Python sets; a size ratio below the
    threshold bounds the Jaccard below it, so those pairs are skipped unread)."""
    sets = [frozenset(reprints.shingle_hashes(t).tolist()) for t in texts]
    sizes = [len(s) for s in sets]
    order = sorted(range(len(texts)), key=lambda i: sizes[i])
    found: dict[Pair, float] = {}
    for pos, i in enumerate(order):
        if sizes[i] < reprints.MIN_CHARS - reprints.SHINGLE + 1:
            continue
        for j in order[pos + 1 :]:
            if sizes[i] < threshold * sizes[j]:
                break
            if window is not None and (days[i] is None or days[j] is None or abs(days[i] - days[j]) > window):
                continue
            common = len(sets[i] & sets[j])
            similarity = common / (sizes[i] + sizes[j] - common)
            if similarity >= threshold:
                found[(min(i, j), max(i, j))] = similarity
    return found


def gated(texts: list[str], pairs: dict[Pair, float] | set[Pair]) -> set[Pair]:
    """The pairs whose numbers agree (the second half of the reprint test)."""
    prints = {i: reprints.Fingerprint.of(str(i), texts[i]) for p in pairs for i in p}
    return {(i, j) for i, j in pairs if reprints.figures_agree(prints[i], prints[j])}


def ours(texts: list[str]) -> set[Pair]:
    prints = [reprints.Fingerprint.of(str(i), t) for i, t in enumerate(texts)]
    return {tuple(sorted((int(r.doc_id), int(r.original_doc_id)))) for r in reprints.find_within(prints)}


def datasketch_pairs(texts: list[str], threshold: float, confirm: bool) -> set[Pair]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=100)
    hashes = [reprints.shingle_hashes(t) for t in texts]
    found: set[Pair] = set()
    for i, h in enumerate(hashes):
        if len(h) < reprints.MIN_CHARS - reprints.SHINGLE + 1:
            continue
        m = MinHash(num_perm=100)
        # the 64-bit shingle hashes as 8-byte strings: datasketch hashes them again (SHA-1)
        m.update_batch([x.to_bytes(8, "little") for x in h.tolist()])
        for j in lsh.query(m):
            if not confirm or reprints.jaccard(hashes[j], h) >= threshold:
                found.add((j, i))
        lsh.insert(i, m)
    return gated(texts, found) if confirm else found


def simhash_pairs(texts: list[str], distance: int) -> set[Pair]:
    fingerprints = np.zeros(len(texts), dtype=np.uint64)
    bits = np.arange(64, dtype=np.uint64)
    usable = np.zeros(len(texts), dtype=bool)
    for i, t in enumerate(texts):
        h = reprints.shingle_hashes(t)
        if len(h) < reprints.MIN_CHARS - reprints.SHINGLE + 1:
            continue
        usable[i] = True
        votes = ((h[:, None] >> bits) & np.uint64(1)).sum(axis=0) * 2 > len(h)
        fingerprints[i] = np.sum(votes.astype(np.uint64) << bits, dtype=np.uint64)
    found: set[Pair] = set()
    idx = np.flatnonzero(usable)
    fp = fingerprints[idx]
    for a in range(len(idx)):
        x = fp[a] ^ fp[a + 1 :]
        # popcount of 64-bit words, 8 bytes at a time
        pop = np.unpackbits(x.view(np.uint8).reshape(-1, 8), axis=1).sum(axis=1)
        for b in np.flatnonzero(pop <= distance):
            found.add((int(idx[a]), int(idx[a + 1 + b])))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL with text/title/date (default: %(default)s)"
    )
    parser.add_argument(
        "--threshold", type=float, default=reprints.THRESHOLD, help="Jaccard of 5-grams (default %(default)s)"
    )
    parser.add_argument(
        "--window", type=int, default=None, help="baseline: only pairs this many days apart (default: all)"
    )
    parser.add_argument("--examples", type=int, default=4, help="pairs shown just below and above the threshold")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} not found (the real corpus is not part of the project)")
        return 0
    items = load(args.corpus)
    # the texts as ingest stores them (headline line, then the text) and as the detector compares them
    texts = [reprints.body(f"{item.get('title') or ''}\n\n{item['text']}", item.get("title")) for item in items]
    days = [date.fromisoformat(item["date"]).toordinal() if item.get("date") else None for item in items]
    print(
        f"{len(texts)} documents, {sum(map(len, texts)):,} characters; threshold {args.threshold}, window {args.window}"
    )

    # the spread of near pairs, to choose the threshold
    near_sim = exact_pairs(texts, days, 0.5, args.window)
    agree = gated(texts, near_sim)
    spread = Counter(min(int(s * 20) / 20, 0.95) for s in near_sim.values())
    spread_agree = Counter(min(int(s * 20) / 20, 0.95) for p, s in near_sim.items() if p in agree)
    print("\nexact 5-gram Jaccard of pairs >= 0.5 (bin: pairs, of which numbers agree):")
    print("  " + ", ".join(f"{b:.2f}: {spread[b]} ({spread_agree[b]})" for b in sorted(spread)))
    for low, high in ((args.threshold - 0.1, args.threshold), (args.threshold, 1.01)):
        shown = [p for p, s in sorted(near_sim.items(), key=lambda kv: kv[1]) if low <= s < high][: args.examples]
        for i, j in shown:
            a, b = items[i], items[j]
            print(f"  J={near_sim[(i, j)]:.3f} numbers {'agree' if (i, j) in agree else 'differ'}"
                  f"  [{a.get('date')} {a.get('source')}] {a.get('title')!s:.24}"
                  f"  |  [{b.get('date')} {b.get('source')}] {b.get('title')!s:.24}")  # fmt: skip

    alone, t_alone, m_alone = measure(lambda: set(exact_pairs(texts, days, args.threshold, args.window)))
    truth, t_exact, m_exact = measure(lambda: gated(texts, exact_pairs(texts, days, args.threshold, args.window)))
    rows = [("exact Jaccard + figures (baseline)", truth, t_exact, m_exact)]
    rows.append(("exact 5-gram Jaccard alone", alone, t_alone, m_alone))
    rows.append(("ours: numpy 1-perm MinHash 20x5 + exact", *measure(lambda: ours(texts))))
    try:
        import datasketch

        name = f"datasketch {datasketch.__version__} LSH"
        rows.append((f"{name} (estimate)", *measure(lambda: datasketch_pairs(texts, args.threshold, False))))
        rows.append((f"{name} + exact", *measure(lambda: datasketch_pairs(texts, args.threshold, True))))
    except ImportError:
        print("datasketch not installed: its rows are left out")
    for k in (3, 6, 10):
        rows.append(
            (f"simhash-64 hamming <= {k} + numbers", *measure(lambda k=k: gated(texts, simhash_pairs(texts, k))))
        )

    if args.window is not None:  # the other methods have no window: compare within it
        rows = [
            (n, {p for p in ps if days[p[0]] and days[p[1]] and abs(days[p[0]] - days[p[1]]) <= args.window}, t, m)
            for n, ps, t, m in rows
        ]
    print(f"\n{'method':40} {'pairs':>6} {'precision':>9} {'recall':>7} {'seconds':>8} {'peak MiB':>9}")
    for name, pairs, seconds, peak in rows:
        hit = len(pairs & truth)
        precision = hit / len(pairs) if pairs else 1.0
        recall = hit / len(truth) if truth else 1.0
        print(f"{name:40} {len(pairs):6d} {precision:9.3f} {recall:7.3f} {seconds:8.2f} {peak:9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
