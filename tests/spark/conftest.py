"""Spark tests: `claimkb spark` in local mode, on the pyspark the test extra installs.

Spark needs Java 17 or later. The setup installs Debian's openjdk-17-jre-headless where it can
(apt-get as root) when no such Java is on the PATH; where that is not possible the tests are
skipped, except under CI (CI set), where that is a failure.
"""

import os
import re
import shutil
import subprocess

import pytest

PACKAGE = "openjdk-17-jre-headless"


def _java_major() -> int | None:
    if not shutil.which("java"):
        return None
    out = subprocess.run(["java", "-version"], capture_output=True, text=True)
    found = re.search(r'version "(\d+)', out.stderr + out.stdout)
    return int(found.group(1)) if found else None


def _install() -> str | None:
    """Java 17+ on the PATH, installed with apt-get if need be; None when there, else why not."""
    if (_java_major() or 0) >= 17:
        return None
    if not shutil.which("apt-get") or os.geteuid() != 0:
        return f"needs Java 17 or later (Debian's {PACKAGE}; apt-get as root is not available here)"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", PACKAGE]):
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=1200)
        if result.returncode != 0:
            return f"{' '.join(command)} failed: {result.stderr.strip().splitlines()[-1:]}"
    return None if (_java_major() or 0) >= 17 else "no Java 17 after apt-get"


@pytest.fixture(scope="session")
def java():
    problem = _install()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"spark tests: {problem}")
        pytest.skip(f"spark tests: {problem}")
