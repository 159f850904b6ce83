"""A fixed-seed sample of the claims extracted from a corpus, printed for reading, and the units counted.

Extracts every document of the corpus (this checkout's package, in-process, each JSONL line with its
own date and region), counts the claims by unit, and prints N claims drawn with a fixed seed, each
with its document (title, date, source, region), its sentence and every field, numbered so that a
reader can write a verdict per item and count the causes of the wrong ones. Run by hand:

    python bench/sample_claims.py [--corpus ../shared/realcorpus/corpus.jsonl] [--n 50] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# this checkout's package, not the one installed (an editable install may point at another checkout: a sample
# read as one commit's was another's)
sys.path.insert(0, str(REPO))

from extract.pipeline import extract_pieces  # noqa: E402
from extract.sources import Document, SourceError, read_documents  # noqa: E402

FIELDS = ("value", "value_high", "unit", "qualifier", "kind", "metric", "subject", "period", "aspect")


def claims_of(corpus: Path) -> list[tuple[Document, object]]:
    out = []
    for item in read_documents([str(corpus)]):
        if not isinstance(item, Document):
            if isinstance(item, SourceError):
                print(f"skipped: {item.report}", file=sys.stderr)
            continue
        for extraction in extract_pieces(item.text, item.name, item.doc_id, region=item.region, date=item.date):
            out.extend((item, claim) for claim in extraction.claims)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "realcorpus" / "corpus.jsonl")
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus} (the real news feed lives in ../shared/realcorpus)")
    claims = claims_of(args.corpus)
    units = Counter(claim.unit for _, claim in claims)
    print(f"{len(claims)} claims; by unit: " + ", ".join(f"{unit or '-'} {n}" for unit, n in units.most_common(15)))
    sample = random.Random(args.seed).sample(claims, min(args.n, len(claims)))
    for number, (document, claim) in enumerate(sample, 1):
        print(f"\n#{number} {document.name} | {document.date} | {document.region} | {document.title or ''}")
        print(f"  sentence: {claim.sentence}")
        print(f"  mention:  {claim.mention}")
        print("  " + "  ".join(f"{field}={getattr(claim, field)!s}" for field in FIELDS))


if __name__ == "__main__":
    main()
