"""PDF reading: speed and text quality of claimkb's reader (PDFium, pypdfium2) against pdfplumber
(pdfminer.six), on Chinese PDFs made here as offices print them. Run by hand; needs reportlab (the
test extra) and, for the comparison, pdfplumber (pip install pdfplumber: not a claimkb dependency).

    python bench/bench_pdf.py [--pages 100]

Quality: of the paragraphs written, the share found whole (one line of the text, re-joined across
line ends) — what extraction needs, since a figure broken over a line end ("32" / "11.5亿元") is a
wrong figure; and the share of written characters found in order with whitespace ignored.
"""

from __future__ import annotations

import argparse
import difflib
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import conftest  # noqa: E402  (make_pdf: the PDFs the tests make)

from extract.pdf import pdf_text  # noqa: E402

_SENTENCES = [
    "全市实现地区生产总值{}亿元，比上年增长{}%。",
    "全市共有农民专业合作社{}家，其中规范运营的有{}家。",
    "全年新增城镇就业{}万人，城镇登记失业率控制在{}%以内。",
    "年末全市常住人口{}万人，城镇化率{}%。",
    "全市共建成城市书房{}个、口袋公园{}个。",
]


def _paragraphs(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        parts = [rng.choice(_SENTENCES).format(rng.randint(10, 9999), round(rng.uniform(1, 99), 1)) for _ in range(6)]
        out.append("".join(parts))
    return out


def _plain(text: str) -> str:
    return "".join(text.split())


def _quality(text: str, paragraphs: list[str]) -> tuple[float, float]:
    lines = set(text.split("\n"))
    whole = sum(p in lines for p in paragraphs) / len(paragraphs)
    written = _plain("".join(paragraphs))
    matcher = difflib.SequenceMatcher(None, written, _plain(text), autojunk=False)
    found = sum(block.size for block in matcher.get_matching_blocks()) / len(written)
    return whole, found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args()
    rng = random.Random(1)
    paragraphs = _paragraphs(rng, args.pages * 4)
    pages = [paragraphs[i : i + 4] for i in range(0, len(paragraphs), 4)]
    with tempfile.TemporaryDirectory() as tmp:
        path = conftest.make_pdf.__wrapped__()(Path(tmp) / "report.pdf", pages, header="某市统计公报")
        data = path.read_bytes()
        start = time.perf_counter()
        ours = pdf_text(data).text
        ours_s = time.perf_counter() - start
        rows = [("claimkb (pypdfium2)", ours_s, *_quality(ours, paragraphs))]
        try:
            import pdfplumber
        except ImportError:
            print("pdfplumber not installed: only claimkb's reader measured")
        else:
            start = time.perf_counter()
            with pdfplumber.open(path) as pdf:
                theirs = "\n".join(page.extract_text() or "" for page in pdf.pages)
            rows.append(("pdfplumber extract_text", time.perf_counter() - start, *_quality(theirs, paragraphs)))
    baseline = rows[-1][1]
    print(f"{args.pages} pages, {sum(map(len, paragraphs))} characters written")
    print(f"{'reader':26s} {'seconds':>8s} {'pages/s':>8s} {'vs last':>8s} {'whole paragraphs':>17s} {'chars':>6s}")
    for name, seconds, whole, found in rows:
        speed = f"{seconds:8.2f} {args.pages / seconds:8.0f} {baseline / seconds:7.1f}x"
        print(f"{name:26s} {speed} {whole:17.3f} {found:6.3f}")


if __name__ == "__main__":
    main()
