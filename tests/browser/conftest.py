"""Browser tests: Debian's Chromium driven by Playwright, against `claimkb serve`'s app on a free port.

The setup installs what it needs where it can (as root with apt-get: the chromium package and a
Chinese font, so text renders as glyphs); Playwright's own browser download is never used. Where
neither is possible the tests are skipped, except under CI (CI set), where that is a failure.
"""

import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from extract.dashboard import create_app

CHROMIUM = Path("/usr/bin/chromium")
PACKAGES = ("chromium", "fonts-wqy-zenhei")
# as the machine notes advise: no sandbox as root, and no background traffic on a closed network
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]  # fmt: skip


def _has_chinese_font() -> bool:
    if not shutil.which("fc-list"):
        return False
    return bool(subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout.strip())


def _ready() -> bool:
    return CHROMIUM.exists() and _has_chinese_font()


@pytest.fixture(scope="session")
def browser(debian_packages):
    problem = debian_packages(PACKAGES, _ready, "Debian's chromium and fonts-wqy-zenhei")
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests: {problem}")
        pytest.skip(f"browser tests: {problem}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _serve(db: Path):
    http = make_server("127.0.0.1", 0, create_app(db), threaded=True)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{http.server_port}"
    http.shutdown()


@pytest.fixture(scope="session")
def server(checked_sample_db):
    """The dashboard over the sample pages and the planted corpus (which has conflicts)."""
    yield from _serve(checked_sample_db)


@pytest.fixture(scope="session")
def reviewed_server(reviewed_sample_db):
    """The same, after a fact-checker's decisions on three claims."""
    yield from _serve(reviewed_sample_db)


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    """Where the browser tests keep their screenshots, for a look (the path is printed with -s)."""
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"browser screenshots in {folder}")
    return folder


@pytest.fixture
def page(browser, tmp_path):
    context = browser.new_context(viewport={"width": 1300, "height": 900}, accept_downloads=True)
    tab = context.new_page()
    yield tab
    context.close()
