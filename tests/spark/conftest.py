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


@pytest.fixture(scope="session")
def java(debian_packages):
    problem = debian_packages((PACKAGE,), lambda: (_java_major() or 0) >= 17, f"Java 17 or later (Debian's {PACKAGE})")
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"spark tests: {problem}")
        pytest.skip(f"spark tests: {problem}")
