"""How fast each `claimkb` command answers, in a fresh process, against its target (issue 32), run by hand.

A command that does not extract must answer in < 0.3 s (the serve command: until it listens), and
`claimkb extract` on one sentence in < 1.0 s. Each figure is the best of --repeat runs (on a shared
machine the slower runs measure the neighbours), on a database `claimkb demo` makes in a temporary folder.
Beside the wall-clock time, on which the target is judged, the CPU seconds the process took: on a machine
its neighbours load, that is what tells whether the command or the machine is slow.

The commands run as an installed claimkb runs from its second start on: with the bytecode Python writes
(PYTHONDONTWRITEBYTECODE, set in some shells and CI, is dropped for the runs, and the bytecode goes to a
temporary PYTHONPYCACHEPREFIX, not into the source tree) and with the compiled-pattern cache filled
(extract/pattern_cache.py, in a temporary CLAIMKB_CACHE_DIR): one run of each command, not counted, fills
both. Without them `claimkb extract` compiled every module and pattern again in each run, 0.4 s more,
which no user who has run claimkb once waits for.

    python bench/bench_startup.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMAND_TARGET = 0.3  # seconds: every command that reads the database or prints help
EXTRACT_TARGET = 1.0  # seconds: `claimkb extract` on one sentence


def claimkb_command() -> list[str]:
    """The installed console script when there is one (what a user runs), else the module."""
    script = shutil.which("claimkb", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "extract"]


def warm_environment(tmp: Path) -> dict[str, str]:
    """The environment of the runs: bytecode and compiled patterns kept, in folders of this bench."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    return environment | {"PYTHONPYCACHEPREFIX": str(tmp / "bytecode"), "CLAIMKB_CACHE_DIR": str(tmp / "cache")}


ENVIRONMENT: dict[str, str] | None = None  # set by main: the warm environment of the runs


def seconds_to_exit(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of the command, run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=ENVIRONMENT)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {result.stderr.strip()}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def seconds_to_listen(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds until serve prints the address it listens on; then it is stopped."""
    start = time.perf_counter()
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENVIRONMENT)
    try:
        line = server.stdout.readline() if server.stdout else ""
        elapsed = time.perf_counter() - start
        cpu = cpu_seconds_so_far(server.pid)
    finally:
        server.terminate()
        server.wait()
    if "dashboard on http" not in line:
        raise SystemExit(f"{' '.join(command)} did not start: {line.strip()}")
    return elapsed, cpu


def cpu_seconds_so_far(pid: int) -> float:
    """The CPU seconds a running process has taken (Linux's /proc; NaN elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def main() -> None:
    global ENVIRONMENT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per command; the best is reported")
    args = parser.parse_args()
    claimkb = claimkb_command()
    with tempfile.TemporaryDirectory() as tmp:
        ENVIRONMENT = warm_environment(Path(tmp))
        db, sentence = str(Path(tmp) / "demo.duckdb"), Path(tmp) / "one.txt"
        subprocess.run([*claimkb, "demo", "--db", db], capture_output=True, check=True, env=ENVIRONMENT)
        sentence.write_text("全市新增病例12例，累计确诊300例。\n", encoding="utf-8")
        cases = [
            ("claimkb --help", [*claimkb, "--help"], COMMAND_TARGET, seconds_to_exit),
            ("claimkb stats", [*claimkb, "stats", "--db", db], COMMAND_TARGET, seconds_to_exit),
            (
                "claimkb query (named)",
                [*claimkb, "query", "top_metrics", "--param", "limit=10", "--db", db],
                COMMAND_TARGET,
                seconds_to_exit,
            ),
            ("claimkb review list", [*claimkb, "review", "list", "--db", db], COMMAND_TARGET, seconds_to_exit),
            ("claimkb verify", [*claimkb, "verify", "--db", db], COMMAND_TARGET, seconds_to_exit),
            (
                "claimkb export (empty selection)",
                [*claimkb, "export", "--db", db, "--where", "value < 0"],
                COMMAND_TARGET,
                seconds_to_exit,
            ),
            (
                "claimkb serve (until listening)",
                [*claimkb, "serve", "--db", db, "--port", "0"],
                COMMAND_TARGET,
                seconds_to_listen,
            ),
            ("claimkb extract (one sentence)", [*claimkb, "extract", str(sentence)], EXTRACT_TARGET, seconds_to_exit),
        ]
        met = 0
        for label, command, target, measure in cases:
            measure(command)  # fills the bytecode and pattern caches, as a user's first run does
            runs = [measure(command) for _ in range(args.repeat)]
            best, cpu = min(wall for wall, _ in runs), min(cpu for _, cpu in runs)
            met += best < target
            verdict = "met" if best < target else "MISSED"
            print(f"{label:34s} {best:6.2f} s, CPU {cpu:5.2f} s  (target < {target:.1f} s: {verdict})")
    print(f"{met} of {len(cases)} start-up targets met (best of {args.repeat} runs each)")


if __name__ == "__main__":
    main()
