"""Shared fixtures. The tests exercise the installed claimkb, as users get it, not the source tree."""

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# `python -m pytest` puts the working directory (the checkout) first on sys.path, where `import extract`
# would find the source tree and hide whatever the wheel lacks; drop it so the installed package is used
# (an editable install still resolves to the checkout, through its own finder).
# Unless PYTHONPATH names the checkout: a git worktree's tests then run on its own source, where the editable
# install points at another checkout (dropping the entry ran the worktree's tests on the other's code).
if REPO not in {Path(entry).resolve() for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep) if entry}:
    sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != REPO]

from extract.checks.runner import run_checks  # noqa: E402
from extract.ingest import ingest  # noqa: E402
from extract.pipeline import extract_claims  # noqa: E402
from extract.store import connect  # noqa: E402


@pytest.fixture
def claims_of():
    """Claims of a text, as (mention, value, unit, kind, metric, subject, …) records."""

    def run(text: str, region: str | None = "菏泽市", date: str | None = None):
        return [c.to_record() for c in extract_claims(text, "test.txt", "0" * 64, region=region, date=date)]

    return run


@pytest.fixture
def claim_of(claims_of):
    """The claim of a text whose mention is this one (the nth such, counted from 0, where the mention repeats),
    with the text published on `date` when given."""

    def find(text: str, mention: str, region: str | None = "菏泽市", *, date: str | None = None, nth: int = 0):
        return [c for c in claims_of(text, region=region, date=date) if c["mention"] == mention][nth]

    return find


@pytest.fixture(scope="session")
def checked_sample_db(tmp_path_factory) -> Path:
    """The sample pages (dated) and the planted cross-check corpus, ingested and checked: real text
    plus every verdict, conflicts included. Read it, never write it (it is shared)."""
    path = tmp_path_factory.mktemp("checked") / "kb.duckdb"
    ingest([str(REPO / "data" / "corpus")], str(path), region="菏泽市", date="2024-11-28", progress=False)
    ingest([str(REPO / "tests" / "data" / "planted_checks.jsonl")], str(path), progress=False)
    con = connect(path)
    run_checks(con)
    con.close()
    return path


@pytest.fixture(scope="session")
def reviewed_sample_db(checked_sample_db, tmp_path_factory) -> Path:
    """A copy of checked_sample_db with a fact-checker's decisions on three claims of 曹县: one confirmed, one
    rejected, one corrected. Read it, never write it (it is shared)."""
    from extract.reviews import decide

    path = tmp_path_factory.mktemp("reviewed") / "kb.duckdb"
    shutil.copy(checked_sample_db, path)
    con = connect(path)
    first, second, third = (
        row[0]
        for row in con.execute(
            "SELECT claim_id FROM claims WHERE subject = '曹县' ORDER BY doc_id, start_offset LIMIT 3"
        ).fetchall()
    )
    decide(con, first, "甲", status="confirmed")
    decide(con, second, "甲", status="rejected", note="不是这条")
    decide(con, third, "甲", corrections={"period": "2023年"})
    con.close()
    return path


def install_debian_packages(packages: tuple[str, ...], ready: Callable[[], bool], need: str) -> str | None:
    """Make a service a test needs ready with apt-get (as root): None when ready, else why not."""
    if ready():
        return None
    if not shutil.which("apt-get") or os.geteuid() != 0:
        return f"needs {need} (apt-get as root is not available here)"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *packages]):
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=1200)
        if result.returncode != 0:
            return f"{' '.join(command)} failed: {result.stderr.strip().splitlines()[-1:]}"
    return None if ready() else f"{need}: still missing after apt-get"


@pytest.fixture(scope="session")
def debian_packages() -> Callable[[tuple[str, ...], Callable[[], bool], str], str | None]:
    """install_debian_packages, for the setups that need a service from Debian (a browser, Java)."""
    return install_debian_packages


@pytest.fixture
def make_pdf():
    """Writes a PDF the way offices print reports: justified paragraphs of Chinese text wrapped at the
    page width with a first-line indent, tables, a running header and page numbers (reportlab, its
    built-in Chinese CID font: no font file needed). `pages` is a list of pages, each a list of
    paragraphs (str) and tables (lists of rows)."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle(
        "body", fontName="STSong-Light", fontSize=12, leading=20, firstLineIndent=24, alignment=TA_JUSTIFY,
        wordWrap="CJK",
    )  # fmt: skip

    def write(path: Path, pages: list[list], header: str | None = None, encrypt: str | None = None) -> Path:
        def furniture(canvas, doc) -> None:
            canvas.setFont("STSong-Light", 9)
            if header:
                canvas.drawString(72, A4[1] - 40, header)
            canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")

        flow: list = []
        for n, page in enumerate(pages):
            if n:
                flow.append(PageBreak())
            for block in page:
                if isinstance(block, str):
                    flow.append(Paragraph(block, body))
                else:
                    flow.append(Table(block, style=[("FONT", (0, 0), (-1, -1), "STSong-Light", 11)]))
                flow.append(Spacer(1, 6))
        doc = SimpleDocTemplate(str(path), pagesize=A4, encrypt=encrypt)
        doc.build(flow, onFirstPage=furniture, onLaterPages=furniture)
        return path

    return write


@pytest.fixture
def make_warc():
    """Writes a web archive as a crawler does (warcio): a warcinfo record, then for each (url, html,
    content type) a response, the body in the charset the type names; gzip per record for .warc.gz."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def write(path: Path, pages: list[tuple[str, str, str]], date: str = "2024-05-01T08:00:00Z") -> Path:
        with path.open("wb") as out:
            writer = WARCWriter(out, gzip=path.name.endswith(".gz"))
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "claimkb tests"}))
            for url, body, content_type in pages:
                charset = content_type.partition("charset=")[2] or "utf-8"
                payload = body.encode(charset)
                headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(payload), http_headers=headers,
                    warc_headers_dict={"WARC-Date": date},
                )  # fmt: skip
                writer.write_record(record)
        return path

    return write
