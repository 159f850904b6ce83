"""Extraction speed on the sample corpus repeated to >= 5 MB, single process, run by hand.

Prints chars/second for claimkb's full claim extraction (and for the steps that read all of a
page's text, the floor under it) and, measured in the same run on the
same text, for baselines: a bare regex digit scan (the ceiling) and, when installed, the peers
chinese2digits (numbers only) and JioNLP's extract_money (money only). Ratios are claimkb's speed
over each baseline's, each the best of --repeat passes. Also the start-up time: import to first
claim, in a fresh process (every command's: bench/bench_startup.py), the cost per claim of a file
of one-claim lines against ordinary text, and `claimkb extract` end to end (a fresh process
reading the pages as one file and writing JSON lines) against the in-process speed on that file, the
children run as claimkb runs from its second start on (bytecode and compiled patterns kept).
Each figure with a target (issue 32) is printed with it, met or not.

With --profile N, the extraction of the sample pages and of ../shared/realcorpus/ (when present) is
profiled instead, and the N entries that cost the most (own time, then with what they call) printed.

With --against REF (a commit, tag or branch: the last release, e.g. the commit CI last landed),
the extractor of that commit is checked out in a temporary git worktree and timed on the same
pages in the same run, each version in a fresh process, and the ratio printed: the speed target
is judged against the release, not against a number from another day.

    python bench/bench_extract.py [--megabytes 5] [--repeat 3] [--against REF] [--profile 25]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "data" / "corpus"
REAL_CORPUS = REPO.parent / "shared" / "realcorpus" / "corpus.jsonl"
# the targets (issue 32): ratios measured in one run
PEER_TARGET = 1.0  # full claims against chinese2digits
PAGE_STEPS_TARGET = 2.0  # the steps reading all text against chinese2digits
LINE_CLAIM_TARGET = 2.0  # cost per claim of one-claim lines, at most this times ordinary text's
END_TO_END_TARGET = 0.85  # `claimkb extract` end to end, at least this share of the in-process speed
# run in a fresh process with the tree to time first on sys.path: chars/s, best of the passes
_TIMING_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from extract.pipeline import extract_claims
documents = json.load(open(sys.argv[2], encoding="utf-8"))
extract_claims(documents[0], region="菏泽市")
passes = []
for _ in range(int(sys.argv[3])):
    start = time.process_time()
    for document in documents:
        extract_claims(document, region="菏泽市")
    passes.append(time.process_time() - start)
print(sum(len(d) for d in documents) / min(passes))
"""


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
    slower passes measure the neighbours), printed with the slowest for the spread. Each pass is
    timed in CPU seconds of this process: on a machine its neighbours load, the wall clock counts
    the time they take the core, and ratios of wall times measured minutes apart drift with them."""
    chars = sum(len(d) for d in documents)
    passes = []
    for _ in range(repeat):
        start = time.process_time()
        for document in documents:
            function(document)
        passes.append(time.process_time() - start)
    speed = chars / min(passes)
    print(f"{label:34s} {speed / 1e3:10.0f} K chars/s  (best {min(passes):.2f} s, slowest {max(passes):.2f} s CPU)")
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


def speed_of_tree(tree: Path, documents_file: Path, repeat: int) -> float:
    command = [sys.executable, "-c", _TIMING_CHILD, str(tree), str(documents_file), str(repeat)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=tree)
    if result.returncode != 0:
        raise SystemExit(f"timing {tree} failed:\n{result.stderr.strip().splitlines()[-1]}")
    return float(result.stdout.strip().splitlines()[-1])


def compare_with_release(ref: str, documents: list[str], repeat: int) -> None:
    """This checkout and the extractor at ref, timed on the same pages, each in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        tree, documents_file = Path(tmp) / "release", Path(tmp) / "pages.json"
        documents_file.write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
        add = ["git", "-C", str(REPO), "worktree", "add", "--detach", "--quiet", str(tree), ref]
        if subprocess.run(add, capture_output=True, text=True).returncode != 0:
            raise SystemExit(f"--against {ref}: not a commit of this repository")
        try:
            release = speed_of_tree(tree, documents_file, repeat)
            ours = speed_of_tree(REPO, documents_file, repeat)
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False)
    print(f"release {ref:26s} {release / 1e3:10.0f} K chars/s")
    print(f"this checkout {'':20s} {ours / 1e3:10.0f} K chars/s")
    print(f"claimkb / release {ref:16s} {ours / release:6.2f}x")


def one_claim_lines(count: int) -> list[str]:
    """Short lines each holding one claim, varied (seeded) so that no two are alike."""
    rng = random.Random(20261203)
    places = ("曹县", "单县", "成武县", "巨野县", "郓城县", "鄄城县", "东明县", "定陶区", "牡丹区")
    templates = (
        "{}新建驿站{}处。",
        "{}新增就业{}人。",
        "{}粮食产量达{}万吨。",
        "{}完成投资{}亿元。",
        "{}接待游客{}万人次。",
    )
    return [rng.choice(templates).format(rng.choice(places), rng.randint(2, 99999)) for _ in range(count)]


def seconds_per_claim(extract, documents: list[str], repeat: int) -> float:
    """CPU seconds per claim found, the best of the passes (CPU time: the neighbours' load is not counted)."""
    passes, claims = [], 0
    for _ in range(repeat):
        start = time.process_time()
        claims = sum(len(extract(document)) for document in documents)
        passes.append(time.process_time() - start)
    return min(passes) / max(claims, 1)


def per_claim_costs(documents: list[str], repeat: int) -> None:
    """The cost of a claim in ordinary text, in a file of one-claim lines, and in one-claim documents
    (a JSONL of short records): the per-claim target is judged on both."""
    from extract.pipeline import extract_claims

    def claims(document: str) -> list:
        return extract_claims(document, region="菏泽市")

    lines = one_claim_lines(20_000)
    ordinary = seconds_per_claim(claims, documents, repeat)
    print(f"cost per claim, ordinary text: {ordinary * 1e6:8.0f} µs")
    for label, case in (("one file of one-claim lines", ["\n".join(lines)]), ("a document a line", lines[:5000])):
        cost = seconds_per_claim(claims, case, repeat)
        verdict = "met" if cost <= LINE_CLAIM_TARGET * ordinary else "MISSED"
        print(
            f"cost per claim, {label:27s} {cost * 1e6:5.0f} µs: {cost / ordinary:.2f}x ordinary"
            f" (target <= {LINE_CLAIM_TARGET:.0f}x: {verdict})"
        )


_IN_PROCESS_CHILD = """
import sys, time
from extract.pipeline import extract_claims
text = open(sys.argv[1], encoding="utf-8").read()
start = time.process_time()
extract_claims(text)
print(len(text) / (time.process_time() - start))
"""


def warm_environment(tmp: Path) -> dict[str, str]:
    """The children's environment: claimkb as it starts from its second run, with its bytecode and its
    compiled patterns kept (in folders of this bench; see bench/bench_startup.py)."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    return environment | {"PYTHONPYCACHEPREFIX": str(tmp / "bytecode"), "CLAIMKB_CACHE_DIR": str(tmp / "cache")}


def child_cpu_seconds(command: list[str], environment: dict[str, str] | None = None) -> float:
    """The CPU seconds (user and system) a child process takes to run the command to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=environment)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def end_to_end(documents: list[str], repeat: int) -> None:
    """`claimkb extract FILE --format jsonl` in a fresh process (start-up, reading, extraction, JSON out),
    against the extraction of the same text in a process already started, each the best of the passes
    in CPU seconds (see `timed`)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pages.txt"
        path.write_text("\n\n".join(documents), encoding="utf-8")
        chars = len(path.read_text(encoding="utf-8"))
        command = [sys.executable, "-m", "extract", "extract", str(path), "--format", "jsonl"]
        sentence = Path(tmp) / "one.txt"
        sentence.write_text("全市新增病例12例。\n", encoding="utf-8")
        environment = warm_environment(Path(tmp))
        child_cpu_seconds([*command[:4], str(sentence)], environment)  # fills the bytecode and pattern caches
        whole, inside, start_up = [], [], []
        for _ in range(repeat):
            whole.append(child_cpu_seconds(command, environment))
            child = subprocess.run(
                [sys.executable, "-c", _IN_PROCESS_CHILD, str(path)], capture_output=True, text=True, env=environment
            )
            inside.append(chars / float(child.stdout.strip()))
            start_up.append(child_cpu_seconds([*command[:4], str(sentence)], environment))
    share = min(inside) / min(whole)  # seconds in the process already started, over the whole run's
    verdict = "met" if share >= END_TO_END_TARGET else "MISSED"
    print(
        f"claimkb extract end to end, {chars / 1e6:.1f} M chars in one file: {chars / min(whole) / 1e3:.0f} K chars/s,"
        f" {share:.0%} of in-process {chars / min(inside) / 1e3:.0f} K (target >= {END_TO_END_TARGET:.0%}: {verdict})"
    )
    beyond = min(inside) / (min(whole) - min(start_up))
    print(f"  of which start-up (extract of one sentence) {min(start_up):.2f} s; the rest runs at {beyond:.0%}")


def print_profile(top: int) -> None:
    """The costliest entries of the extraction of the sample pages and of the real corpus (when present)."""
    from extract.pipeline import extract_claims

    cases = [("sample pages (data/corpus repeated to 0.5 MB, region 菏泽市)", corpus_text(0.5), "菏泽市")]
    if REAL_CORPUS.exists():
        records = [json.loads(line) for line in REAL_CORPUS.read_text(encoding="utf-8").splitlines() if line]
        cases.append((f"{REAL_CORPUS.parent.name} ({len(records)} items, each with its region)", records, None))
    else:
        print(f"{REAL_CORPUS}: not there, the real corpus is not profiled")
    for label, documents, region in cases:

        def extract(document: str | dict, region: str | None = region) -> object:
            if isinstance(document, dict):
                return extract_claims(document["text"], region=document.get("region"), date=document.get("date"))
            return extract_claims(document, region=region)

        for document in documents[:50]:  # the lexicons and patterns load before the profile
            extract(document)
        profile = cProfile.Profile()
        profile.enable()
        for document in documents:
            extract(document)
        profile.disable()
        # the steps (each component, and the tokenizer's quantity scan) with what they call, then the
        # functions by their own time
        for heading, order, restriction in (
            ("each step, with what it calls", "cumulative", [r"_component|tokenizer.py"]),
            (f"top {top} by own time", "tottime", [top]),
        ):
            out = io.StringIO()
            pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order).print_stats(*restriction)
            body = [line for line in out.getvalue().splitlines() if line.strip()]
            table = body[next(i for i, line in enumerate(body) if line.lstrip().startswith("ncalls")) :]
            print(f"== {label}: {heading}\n" + "\n".join(table) + "\n")


def startup_seconds() -> float:
    code = "from extract.pipeline import extract_claims; extract_claims('我市新建驿站465处。', region='菏泽市')"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3, help="passes per measurement; the best is reported")
    parser.add_argument("--against", metavar="REF", help="also time the extractor of this commit (the last release)")
    parser.add_argument("--profile", type=int, metavar="N", help="profile instead: print the N costliest entries")
    args = parser.parse_args()
    if args.profile:
        print_profile(args.profile)
        return
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
    page_speed = timed("  only the steps reading all text", page_steps(), documents, args.repeat)
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
    if "chinese2digits" in speeds:
        for label, speed, target in (
            ("full claims", ours, PEER_TARGET),
            ("steps reading all text", page_speed, PAGE_STEPS_TARGET),
        ):
            ratio = speed / speeds["chinese2digits"]
            verdict = "met" if ratio >= target else "MISSED"
            print(f"{label} / chinese2digits: {ratio:.2f}x (target >= {target:.1f}x: {verdict})")
    print()
    per_claim_costs(documents, args.repeat)
    end_to_end(documents, args.repeat)
    print(f"start-up, import to first claim: {startup_seconds():.2f} s (each command's: bench/bench_startup.py)")
    if args.against:
        print()
        compare_with_release(args.against, documents, args.repeat)


if __name__ == "__main__":
    main()
