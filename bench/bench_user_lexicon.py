"""Extraction speed with a large user lexicon against none, on the sample corpus, run by hand.

Makes a lexicon of --entries entries (seeded random names: villages under 菏泽市's counties, companies
with short names, metric synonyms, subject aliases, units and excluded phrases, in the shares a newsroom's
might have), then times claimkb's extraction of the same pages without it and with it, alternately in one
process, and prints chars/second for each and the ratio (the target: within 10%). Also the time to load
and validate the lexicon.

    python bench/bench_user_lexicon.py [--entries 10000] [--megabytes 1] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from extract import lexicon, user_lexicon
from extract.pipeline import extract_claims
from extract.places import package_gazetteer

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "data" / "corpus"
# characters of place and company names, none a suffix or a number
_NAME_CHARACTERS = "李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"  # noqa: E501
# shares of the entries per file
_SHARES = {"places": 0.6, "organisations": 0.2, "metric_synonyms": 0.1, "subject_aliases": 0.05}


def corpus_text(megabytes: float) -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    out, size = [], 0
    while size < megabytes * 1_000_000:
        for page in pages:
            out.append(page)
            size += len(page.encode("utf-8"))
    return out


def make_lexicon(folder: Path, entries: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    taken: set[str] = set(package_gazetteer().by_name) | set(lexicon.package_units())

    def name(length: int, suffix: str = "") -> str:
        while True:
            candidate = "".join(rng.choice(_NAME_CHARACTERS) for _ in range(length)) + suffix
            if candidate not in taken:
                taken.add(candidate)
                return candidate

    counties = [
        p.name for p in package_gazetteer().by_code.values() if p.code.startswith("3717") and p.level == "county"
    ]
    cities = [p.name for p in package_gazetteer().by_code.values() if p.level == "city"]
    n = {kind: int(entries * share) for kind, share in _SHARES.items()}
    rest = entries - sum(n.values())
    places = [f"{name(3, '村')}\tvillage\t{rng.choice(counties)}\t" for _ in range(n["places"])]
    organisations = [
        f"{(short := name(4))}有限公司\t{short}|{name(3)}\t{rng.choice(cities)}" for _ in range(n["organisations"])
    ]
    synonyms = [f"{name(4)}\t{name(3)}数" for _ in range(n["metric_synonyms"])]
    aliases = [f"{name(3)}\t{rng.choice(cities)}" for _ in range(n["subject_aliases"])]
    units = [f"{name(2)}\tcount" for _ in range(rest // 2)]
    exclusions = [f"{name(2)}个{name(2)}" for _ in range(rest - rest // 2)]
    files = {
        "places.tsv": ["name\tlevel\tparent\tcode", *places],
        "organisations.tsv": ["name\tshort_names\tparent", *organisations],
        "metric_synonyms.tsv": ["form\tkey", *synonyms],
        "subject_aliases.tsv": ["alias\tname", *aliases],
        "units.tsv": ["unit\tkind", *units],
        "exclusions.txt": exclusions,
    }
    for file, lines in files.items():
        (folder / file).write_text("\n".join(lines) + "\n", encoding="utf-8")


def chars_per_second(documents: list[str]) -> float:
    start = time.perf_counter()
    for document in documents:
        extract_claims(document, region="菏泽市")
    return sum(len(d) for d in documents) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    documents = corpus_text(args.megabytes)
    with tempfile.TemporaryDirectory() as folder:
        make_lexicon(Path(folder), args.entries)
        start = time.perf_counter()
        user = user_lexicon.load(folder)
        loading = time.perf_counter() - start
    entries = len(user.places) + len(user.organisations) + len(user.units) + len(user.metric_synonyms)
    entries += len(user.subject_aliases) + len(user.exclusions)
    best: dict[str, float] = {"without": 0.0, "with": 0.0}
    for _ in range(args.repeat):
        for label, active in (("without", None), ("with", user)):
            user_lexicon.activate(active)
            extract_claims(documents[0], region="菏泽市")  # the caches built before timing
            best[label] = max(best[label], chars_per_second(documents))
    user_lexicon.activate(None)
    print(f"user lexicon of {entries} entries: loaded and validated in {loading:.2f} s")
    print(f"without: {best['without']:,.0f} chars/s; with: {best['with']:,.0f} chars/s")
    print(f"with / without: {best['with'] / best['without']:.3f} (best of {args.repeat} passes each)")


if __name__ == "__main__":
    main()
