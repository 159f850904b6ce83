"""Extraction quality on the seed pages, ../shared/dev and ../shared/dev2, in one run.

Runs `claimkb extract` (this checkout's package, in-process) on each gold set with its region
(the seed pages: 菏泽市; dev and dev2: their regions.tsv) and scores it with ../shared/gold/score.py:
one table for the seed pages, one for dev, one for dev2, one for dev and dev2 together (the figure
issue targets are set on), and complete F1 per development document, so every rule change is
judged on all of them. Run by hand:

    python bench/score_gold.py [--shared ../shared] [--show-errors 20] [--only d05]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
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


def run_score(shared: Path, corpus: Path, gold: Path, pred: Path, show_errors: int) -> tuple[str, dict]:
    """score.py's printed table and its figures (the --json line)."""
    command = [sys.executable, str(shared / "gold" / "score.py"), "--corpus", str(corpus), "--gold", str(gold)]
    command += ["--pred", str(pred), "--show-errors", str(show_errors), "--json"]
    lines = subprocess.run(command, capture_output=True, text=True, check=True).stdout.rstrip("\n").splitlines()
    return "\n".join(lines[:-1]), json.loads(lines[-1])


def dev_files(folder: Path) -> list[tuple[Path, str]]:
    rows = [line.split("\t") for line in (folder / "regions.tsv").read_text(encoding="utf-8").splitlines() if line]
    return [(folder / "texts" / name, region.strip()) for name, region in rows]


def merged_set(tmp: Path, folders: list[Path]) -> tuple[Path, Path]:
    """One corpus and one gold folder linking every document of the folders (score.py reads folders)."""
    corpus, gold = tmp / "texts", tmp / "gold"
    corpus.mkdir()
    gold.mkdir()
    for folder in folders:
        for text in (folder / "texts").iterdir():
            (corpus / text.name).symlink_to(text)
        for item in (folder / "gold").glob("*.jsonl"):
            (gold / item.name).symlink_to(item)
    return corpus, gold


def one_document(tmp: Path, corpus: Path, gold_file: Path) -> Path:
    folder = tmp / f"gold-{gold_file.stem}"
    folder.mkdir()
    (folder / gold_file.name).symlink_to(gold_file.resolve())
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument("--only", default="", help="score only the development documents whose name starts so")
    args = parser.parse_args()
    shared = args.shared
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if not args.only:
            seed = [(page, "菏泽市") for page in sorted((shared / "corpus").glob("*.txt"))]
            extract_to(tmp / "seed.jsonl", seed)
            table, _ = run_score(shared, shared / "corpus", shared / "gold", tmp / "seed.jsonl", args.show_errors)
            print("== seed pages (../shared/corpus, region 菏泽市)\n" + table + "\n")
        folders = [shared / "dev", shared / "dev2"]
        files = [item for folder in folders for item in dev_files(folder) if item[0].name.startswith(args.only)]
        extract_to(tmp / "dev.jsonl", files)
        corpus, gold = merged_set(tmp, folders)
        if not args.only:
            for folder in folders:
                table, _ = run_score(shared, folder / "texts", folder / "gold", tmp / "dev.jsonl", 0)
                print(f"== {folder.name} (../shared/{folder.name}, each file with its region)\n{table}\n")
        only = tmp / "gold-only"
        only.mkdir()
        for path, _ in files:
            (only / f"{path.stem}.jsonl").symlink_to((gold / f"{path.stem}.jsonl").resolve())
        table, figures = run_score(shared, corpus, only, tmp / "dev.jsonl", args.show_errors)
        print("== dev + dev2 together (the issue's targets)\n" + table + "\n")
        print("== complete F1 per development document")
        for path, _ in files:
            gold_file = gold / f"{path.stem}.jsonl"
            _, doc = run_score(shared, corpus, one_document(tmp, corpus, gold_file), tmp / "dev.jsonl", 0)
            print(
                f"  {path.name:42s} value {doc['value']['f1']:.3f}  complete {doc['complete']['f1']:.3f}  "
                f"subject {doc['subject']:.3f}  metric {doc['metric']:.3f}"
            )
        print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
