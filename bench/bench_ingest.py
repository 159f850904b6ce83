"""Ingest speed and memory against extraction alone, one run, run by hand.

On >= 20 MB of distinct pages (the sample corpus with a share of its characters replaced at random,
so no two pages are alike), each measured as a fresh `claimkb` process from start to exit, with its
peak RSS (the largest of the process and its workers):

- extract-only: the files read and the pipeline run over every document in one process, nothing
  stored or printed — the baseline;
- `claimkb ingest --jobs 1` and `--jobs N` (every core) into an empty database;
- the same pages into a database already holding --larger times as much (another set of distinct
  pages), against the same into an empty one: time per document;
- with --spark, `claimkb spark --master local[N]` on the same pages, then `claimkb load`;
- one file of --single-file MB (the distinct pages one after another), ingested with every core:
  its peak RSS against the 2 GB bound.

Printed as chars/s and ratios from this one run. Targets: --jobs 1 >= 0.8x extract-only; every core
>= 0.85x linear; per-document time into the larger database <= 1.2x that into the empty one.

    python bench/bench_ingest.py [--megabytes 20] [--larger 10] [--jobs N] [--single-file 50] [--spark]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "data" / "corpus"
_HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
# the baseline: what ingest does minus storing (reading, decoding, the pipeline), in one process
_EXTRACT_ONLY = """
import sys
from extract.pipeline import extract_document
from extract.sources import Document, read_documents
claims = sum(len(extract_document(d.text, d.name, d.doc_id).claims) for d in read_documents(sys.argv[1:])
             if isinstance(d, Document))
print(claims)
"""


def write_pages(
    folder: Path, megabytes: float, seed: int, share: float = 0.03, pages_wanted: int | None = None
) -> tuple[int, int]:
    """Distinct pages made from the sample corpus, written as .txt files, up to `megabytes` (or
    `pages_wanted` pages): (pages, characters)."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    rng = random.Random(seed)
    size = count = chars = 0
    while size < megabytes * 1_000_000 if pages_wanted is None else count < pages_wanted:
        page = pages[count % len(pages)]
        # a replaced character every 1/share characters on average, at random places
        cut = sorted(rng.sample(range(len(page)), int(len(page) * share)))
        pieces, last = [], 0
        for at in cut:
            if "\u4e00" <= page[at] <= "\u9fff":
                pieces.append(page[last:at])
                pieces.append(rng.choice(_HAN))
                last = at + 1
        pieces.append(page[last:])
        text = f"第{seed}-{count}版\n\n" + "".join(pieces)
        (folder / f"{count:06d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
        chars += len(text)
        count += 1
    return count, chars


def run(command: list[str], stdout=subprocess.DEVNULL) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB: the process or the largest of its children) of a command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode() if process.stderr else ""
    if process.returncode not in (0,):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{errors[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def claimkb(*args: str) -> list[str]:
    return [sys.executable, "-m", "extract", *args]


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=20.0)
    parser.add_argument("--larger", type=float, default=10.0, help="the larger database holds this many times as much")
    parser.add_argument("--jobs", type=int, default=cores(), help="the all-cores run's --jobs (default: every core)")
    parser.add_argument("--spark", action="store_true", help="also time claimkb spark in local mode, and load")
    parser.add_argument("--single-file", type=float, default=50.0, metavar="MB", help="size of the one-file run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pages, chars = write_pages(work / "pages", args.megabytes, seed=1)
        print(f"pages: {pages} distinct pages, {chars / 1e6:.1f} M chars, {args.megabytes:.0f} MB; {cores()} cores")
        results: dict[str, tuple[float, float]] = {}

        def measure(label: str, command: list[str]) -> None:
            seconds, rss = run(command)
            results[label] = (seconds, rss)
            print(f"{label:40s} {seconds:7.1f} s {chars / seconds / 1e6:6.2f} M chars/s  peak RSS {rss:6.0f} MB")

        pages_dir = str(work / "pages")
        measure("extract-only (read + pipeline)", [sys.executable, "-c", _EXTRACT_ONLY, pages_dir])
        measure(
            "ingest --jobs 1, empty database",
            claimkb("ingest", pages_dir, "--db", str(work / "a.duckdb"), "--jobs", "1"),
        )
        measure(
            f"ingest --jobs {args.jobs}, empty database",
            claimkb("ingest", pages_dir, "--db", str(work / "b.duckdb"), "--jobs", str(args.jobs)),
        )
        prior_pages, prior_chars = write_pages(work / "prior", args.megabytes * args.larger, seed=2)
        big = work / "big.duckdb"
        seconds, _ = run(claimkb("ingest", str(work / "prior"), "--db", str(big), "--jobs", str(args.jobs)))
        print(f"(the larger database: {prior_pages} other pages, {prior_chars / 1e6:.0f} M chars, in {seconds:.0f} s)")
        shutil.rmtree(work / "prior")
        measure(
            f"ingest --jobs 1, into {args.larger:g}x as much",
            claimkb("ingest", pages_dir, "--db", str(big), "--jobs", "1"),
        )
        if args.spark:
            spark_job = claimkb("spark", pages_dir, "--out", str(work / "parquet"), "--master", f"local[{args.jobs}]")
            measure(f"spark local[{args.jobs}] (start-up included)", spark_job)
            measure("load of the Spark output", claimkb("load", str(work / "parquet"), "--db", str(work / "s.duckdb")))
        single = work / "single.txt"
        with single.open("w", encoding="utf-8") as out:
            for page in sorted((work / "pages").glob("*.txt")) * int(args.single_file // args.megabytes + 1):
                if out.tell() >= args.single_file * 1_000_000:
                    break
                out.write(page.read_text(encoding="utf-8") + "\n\n")
        one_file = claimkb("ingest", str(single), "--db", str(work / "single.duckdb"), "--jobs", str(args.jobs))
        seconds, rss = run(one_file)
        size = single.stat().st_size / 1e6
        print(f"one {size:.0f} MB file, --jobs {args.jobs}: {seconds:.1f} s, peak RSS {rss:.0f} MB (bound 2048 MB)")
        base = results["extract-only (read + pipeline)"][0]
        one = results["ingest --jobs 1, empty database"][0]
        every = results[f"ingest --jobs {args.jobs}, empty database"][0]
        larger = results[f"ingest --jobs 1, into {args.larger:g}x as much"][0]
        print()
        print(f"ingest --jobs 1 / extract-only:          {base / one:5.2f}x  (target >= 0.80x)")
        linear = one / every / args.jobs
        label = f"ingest --jobs {args.jobs} / --jobs 1:"
        print(f"{label:41s} {one / every:5.2f}x  = {linear:.2f} of linear (target >= 0.85)")
        print(f"per document, larger / empty database:   {larger / one:5.2f}x  (target <= 1.20x)")


if __name__ == "__main__":
    main()
