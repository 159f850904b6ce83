"""Web archives (.warc, .warc.gz) -> the HTML pages they hold, by warcio.

Each HTTP response whose body is HTML is one page: its target URL, the crawl date (WARC-Date) and
its number among the archive's records, so a claim is traced to its record. Requests, metadata,
redirects and responses of other kinds (images, scripts) are passed over; a record that cannot be
read is a problem naming its number, and the records after it are still read when the archive's
framing allows.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from extract.defaults import WARC_SUFFIXES
from extract.pattern_cache import compile_pattern

_CHARSET = compile_pattern(r"charset=[\"']?([A-Za-z0-9_.:-]+)", re.I)


@dataclass(frozen=True)
class Page:
    number: int  # the record's number in the archive, from 1
    url: str | None
    date: str | None  # YYYY-MM-DD of the crawl
    body: bytes
    charset: str | None  # as the HTTP header declares it


@dataclass(frozen=True)
class RecordProblem:
    number: int | None  # None: the archive itself
    message: str


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def html_pages(data: bytes) -> Iterator[Page | RecordProblem]:
    """The HTML responses of an archive, in order, and a problem for what cannot be read."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        records = ArchiveIterator(io.BytesIO(data), arc2warc=True)
        for record in records:
            number += 1
            if record.rec_type != "response":
                continue
            if record.http_headers is None or not record.http_headers.get_statuscode():
                yield RecordProblem(number, f"record {number}: a web archive response without its HTTP headers")
                continue
            status = record.http_headers.get_statuscode()
            content_type = record.http_headers.get_header("Content-Type") or ""
            if status != "200" or "html" not in content_type.lower():
                continue
            try:
                body = record.content_stream().read()
            except Exception as err:  # a damaged body (bad chunking, bad gzip): this record only
                yield RecordProblem(number, f"record {number}: cannot read the page body ({type(err).__name__}: {err})")
                continue
            if getattr(record.raw_stream, "limit", 0):
                yield RecordProblem(number, f"record {number}: cut short (the archive ends inside it)")
                continue
            match = _CHARSET.search(content_type)
            crawled = record.rec_headers.get_header("WARC-Date") or ""
            yield Page(
                number,
                record.rec_headers.get_header("WARC-Target-URI"),
                crawled[:10] if re.match(r"\d{4}-\d{2}-\d{2}", crawled) else None,
                body,
                match.group(1) if match else None,
            )
        if records.offset < len(data):  # a gzip member cut off: warcio stops before it, saying nothing
            yield RecordProblem(number + 1, f"record {number + 1}: cut short (the archive ends inside it)")
    except ArchiveLoadFailed as err:
        where = f"after record {number}" if number else "at its start"
        yield RecordProblem(number or None, f"not a readable web archive {where} ({_one_line(err)[:200]})")
    except Exception as err:  # warcio raises what its gzip and header parsers raise: any of it is one line
        where = f"after record {number}" if number else "at its start"
        yield RecordProblem(number or None, f"a broken web archive {where} ({type(err).__name__}: {_one_line(err)})")


def _one_line(err: Exception) -> str:
    """warcio's message on one line: some run over several (non-chunked gzip file detected, …\n    beyond …)."""
    return " ".join(str(err).split())
