"""Extraction speed on the sample corpus repeated to >= 5 MB, single process, run by hand.

Prints chars/second for claimkb's full claim extraction (and for the steps that read all of a
page's text, the floor under it) and, measured in the same run on the
same text, for baselines: a bare regex digit scan (the ceiling) and, when installed, the peers
chinese2digits (numbers only) and JioNLP's extract_money (money only). Ratios are claimkb's speed
over each baseline's, each the best of --repeat passes. Also the start-up time: import to first
claim, in a fresh process.

    python bench/bench_extract.py [--megabytes 5] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def corpus_text(megabytes: float) -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    out, size = [], 0
    while size < megabytes * 1_000_000:
        for page in pages:
            out.append(page)
            size += len(page.encode("utf-8"))
    return out


def made_unique(documents: list[str], share: float = 0.03) -> list[str]:
    """The same pages with a share of their Han characters replaced at random (seeded), so that no
    two repetitions are alike: a cache keyed by text (spaCy's vocabulary, lru_caches) cannot
    flatter the result the way it can on a corpus repeated verbatim."""
    rng = random.Random(20261123)
    han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    return [
        "".join(rng.choice(han) if "\u4e00" <= ch <= "\u9fff" and rng.random() < share else ch for ch in document)
        for document in documents
    ]


def timed(label: str, function, documents: list[str], repeat: int) -> float:
    """The best of `repeat` passes over the documents (as timeit does: on a shared machine the
    slower passes measure the neighbours), printed with the slowest for the spread."""
    chars = sum(len(d) for d in documents)
    passes = []
    for _ in range(repeat):
        start = time.perf_counter()
        for document in documents:
            function(document)
        passes.append(time.perf_counter() - start)
    speed = chars / min(passes)
    print(f"{label:34s} {speed / 1e3:10.0f} K chars/s  (best {min(passes):.2f} s, slowest {max(passes):.2f} s)")
    return speed


def page_steps():
    """The steps that read every character of a page, whatever it holds (tokenizer with its quantity
    scan, layout, places): a floor for claimkb's speed, whatever the claim steps after them cost."""
    from extract.pipeline import build_pipeline, resolve_region

    nlp = build_pipeline()
    steps = [nlp.get_pipe(name) for name in ("claimkb_layout", "claimkb_quantities", "claimkb_places")]
    region = resolve_region("菏泽市")

    def run(document: str) -> object:
        with nlp.memory_zone():
            doc = nlp.make_doc(document)
            doc._.region = region
            for step in steps:
                doc = step(doc)
            return len(doc._.places)

    return run


def startup_seconds() -> float:
    code = "from extract.pipeline import extract_claims; extract_claims('我市新建驿站465处。', region='菏泽市')"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3, help="passes per measurement; the best is reported")
    args = parser.parse_args()
    documents = corpus_text(args.megabytes)
    chars = sum(len(d) for d in documents)
    print(
        f"corpus: {len(documents)} pages, {chars / 1e6:.1f} M chars, "
        f"{sum(len(d.encode()) for d in documents) / 1e6:.1f} MB"
    )

    from extract.pipeline import extract_claims

    def claimkb(document: str) -> object:
        return extract_claims(document, region="菏泽市")

    claimkb(documents[0])  # warm caches (lexicons, gazetteer)
    digit_scan = re.compile(r"\d+(?:\.\d+)?").findall
    speeds = {"claimkb extract (full claims)": timed("claimkb extract (full claims)", claimkb, documents, args.repeat)}
    timed("  same, no two pages alike", claimkb, made_unique(documents), args.repeat)
    timed("  only the steps reading all text", page_steps(), documents, args.repeat)
    speeds["regex digit scan"] = timed("regex digit scan (ceiling)", digit_scan, documents, args.repeat)
    try:
        from chinese2digits import takeNumberFromString

        speeds["chinese2digits"] = timed("chinese2digits (numbers only)", takeNumberFromString, documents, args.repeat)
    except ImportError:
        print("chinese2digits: not installed (pip install chinese2digits), not compared")
    try:
        import jionlp

        money = jionlp.ner.extract_money
        speeds["jionlp extract_money"] = timed("jionlp extract_money (money only)", money, documents, args.repeat)
    except ImportError:
        print("jionlp: not installed (pip install jionlp), not compared")
    ours = speeds["claimkb extract (full claims)"]
    print()
    for name, speed in speeds.items():
        if name != "claimkb extract (full claims)":
            print(f"claimkb / {name:28s} {ours / speed:6.2f}x")
    print(f"start-up, import to first claim: {startup_seconds():.2f} s (target < 2 s)")


if __name__ == "__main__":
    main()
