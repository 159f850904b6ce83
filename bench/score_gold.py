"""Extraction quality on the seed pages and on ../shared/dev, in one run: both score tables.

Runs `claimkb extract` (this checkout's package, in-process) on each gold set with its region
(the seed pages: 菏泽市; dev: ../shared/dev/regions.tsv) and scores it with ../shared/gold/score.py,
so every rule change is judged on both. Run by hand:

    python bench/score_gold.py [--shared ../shared] [--show-errors 20]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import subprocess
import sys
import tempfile
from pathlib import Path

from extract.cli import main as claimkb

REPO = Path(__file__).resolve().parents[1]


def extract_to(path: Path, files: list[tuple[Path, str]]) -> None:
    """claimkb extract --format jsonl of each file with its region, appended to path."""
    with path.open("w", encoding="utf-8") as out:
        for file, region in files:
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer):
                claimkb(["extract", str(file), "--format", "jsonl", "--region", region])
            out.write(buffer.getvalue())


def score(shared: Path, corpus: Path, gold: Path, files: list[tuple[Path, str]], show_errors: int) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        extract_to(pred, files)
        command = [sys.executable, str(shared / "gold" / "score.py"), "--corpus", str(corpus), "--gold", str(gold)]
        command += ["--pred", str(pred), "--show-errors", str(show_errors)]
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--show-errors", type=int, default=0)
    args = parser.parse_args()
    shared = args.shared
    seed = [(page, "菏泽市") for page in sorted((shared / "corpus").glob("*.txt"))]
    print("== seed pages (../shared/corpus, region 菏泽市)")
    print(score(shared, shared / "corpus", shared / "gold", seed, args.show_errors))
    dev_dir = shared / "dev"
    regions = [line.split("\t") for line in (dev_dir / "regions.tsv").read_text(encoding="utf-8").splitlines() if line]
    dev = [(dev_dir / "texts" / name, region.strip()) for name, region in regions]
    print("== development set (../shared/dev: real documents from other provinces, each with its region)")
    print(score(shared, dev_dir / "texts", dev_dir / "gold", dev, args.show_errors))


if __name__ == "__main__":
    main()
