"""The `claimkb` command: parse arguments, call the library, print. Thin on purpose."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from extract.startup import long_lived

if TYPE_CHECKING:
    from collections.abc import Callable

    from extract.reviews import ReviewReport
    from extract.sources import Document

# Modules beyond the standard library are imported inside main (the parser's help needs some): a
# Ctrl-C during the second it takes to import them is an interrupt like any other, not a traceback.
# A command imports them inside long_lived(): what they build, no garbage collection walks again.


def main(argv: list[str] | None = None) -> int:
    args = None
    ignored_exceptions_hook = sys.unraisablehook
    sys.unraisablehook = _interrupt_lost_in_a_callback
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "handler", None):
            parser.print_help()
            return 2
        if hasattr(args, "lexicon") and not _use_lexicon(args):
            return 1
        return args.handler(args)
    except KeyboardInterrupt:
        print("claimkb: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of the output went away (… | head): stop quietly, and keep Python from reporting
        # the failed flush of what is still buffered when it exits
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except ModuleNotFoundError as err:  # an install without its dependencies: say which, not a traceback
        print(f"claimkb: the package {err.name!r} is not installed; reinstall claimkb with pip", file=sys.stderr)
        return 1
    except Exception as err:  # a traceback shown to a user is a bug: one line, naming the database
        if _caused_by_an_interrupt(err):  # checked before importing anything: the import may be what was hit
            print("claimkb: interrupted", file=sys.stderr)
            return 130
        import duckdb

        from extract.store import StoreError, file_failure, interrupted

        if interrupted(err):  # Ctrl-C while DuckDB opened the file or ran a statement
            print("claimkb: interrupted", file=sys.stderr)
            return 130
        if isinstance(err, StoreError):
            print(f"claimkb: {err}", file=sys.stderr)
            return 1
        if not isinstance(err, duckdb.Error):
            raise
        where = getattr(args, "db", None) or "the database"
        print(f"claimkb: {where}: {file_failure(err) or str(err).splitlines()[0]}", file=sys.stderr)
        return 1
    finally:
        sys.unraisablehook = ignored_exceptions_hook


def _caused_by_an_interrupt(err: BaseException) -> bool:
    """Whether a Ctrl-C lies behind an error: Python 3.11 wraps one that lands in a class's creation
    (a descriptor's __set_name__, as dataclasses run while a command imports its libraries) in
    RuntimeError("Error calling __set_name__ …") raised from it."""
    seen: set[int] = set()
    cause: BaseException | None = err
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def _interrupt_lost_in_a_callback(unraisable: sys.UnraisableHookArgs) -> None:
    """A Ctrl-C that lands in a callback Python runs for itself (the import system's module-lock cleanup,
    while a command imports its libraries) is printed as "Exception ignored in …" with a traceback, and
    lost. Deliver it again to the main thread, where main turns it into one line and exit status 130: a
    moment later, from a timer, as delivered at once it would be raised inside this hook and lost again."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        import _thread
        import threading

        threading.Timer(_REDELIVERY_DELAY, _thread.interrupt_main).start()
        return
    sys.__unraisablehook__(unraisable)


_REDELIVERY_DELAY = 0.05  # seconds: past the hook's return, well within a command's imports


def build_parser() -> argparse.ArgumentParser:
    from extract.defaults import BATCH_DOCUMENTS, CORRECTABLE, REVIEW_STATUSES
    from extract.exports import FORMATS

    parser = argparse.ArgumentParser(
        prog="claimkb",
        description="Pull quantitative claims out of Chinese news and government text into DuckDB.",
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        help="print the claims of files or folders (no database)",
        description="Print every claim found in the given files or folders (or standard input: -); nothing is stored.",
        epilog="example: claimkb extract data/corpus --format jsonl --region 菏泽市 > claims.jsonl\n"
        "         echo '全市新增病例12例，累计确诊300例。' | claimkb extract -",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument(
        "paths", nargs="+", metavar="PATH", help=input_help() + "; - reads standard input (UTF-8 text)"
    )
    extract.add_argument(
        "--format",
        choices=("jsonl", "csv", "table"),
        default="table",
        help="table: one claim a line under a header (default); jsonl or csv: every field, for other tools",
    )
    extract.add_argument("--region", help="publishing city, for 我市/全市 (default: inferred from the text)")
    extract.add_argument(
        "--date", type=publication_date, help="publication date, YYYY-MM-DD, for periods such as 今年以来"
    )
    _add_lexicon_option(extract)
    extract.set_defaults(handler=run_extract)

    demo = commands.add_parser(
        "demo",
        help="ingest the bundled sample pages into ./claims.duckdb and summarise",
        description="Ingest the five bundled pages of a Heze city newspaper, then print a summary.",
        epilog="example: claimkb demo && claimkb query top_metrics --param limit=10",
    )
    _add_db_option(demo)
    _add_lexicon_option(demo)
    demo.set_defaults(handler=run_demo, full=False)  # demo checks what it ingested

    ingest = commands.add_parser(
        "ingest",
        help="store the claims of files or folders in the database",
        description="Extract and store every document under the given paths. Re-running adds nothing for "
        "unchanged documents and replaces changed ones; bad files are reported and skipped.",
        epilog="example: claimkb ingest pages/ --region 菏泽市 --source 菏泽日报 --date 2024-11-28",
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH", help=input_help())
    _add_db_option(ingest)
    _add_document_options(ingest)
    ingest.add_argument(
        "--jobs",
        type=positive_count,
        help="worker processes extracting (default: every core; one for an input under 2 MB); "
        "the database is the same for any number",
    )
    ingest.add_argument(
        "--batch-size",
        type=positive_count,
        default=BATCH_DOCUMENTS,
        metavar="N",
        help=f"documents stored per transaction (default {BATCH_DOCUMENTS}); a killed ingest loses at most one batch",
    )
    ingest.add_argument("--no-progress", action="store_true", help="no progress bar")
    ingest.add_argument(
        "--official",
        action="store_true",
        help="the documents are official statistics (a bureau's communiqué): `claimkb check` compares the other "
        "documents' figures with theirs (a JSONL record's \"official\": true, or a source name listed in "
        "official_sources.txt, marks one too)",
    )
    ingest.add_argument(
        "--prune",
        action="store_true",
        help="then remove the stored documents of the given folders (and files) that were not read: their files "
        "(or JSONL lines) are gone; nothing is removed after an interruption or under a path that could not be read",
    )
    _add_lexicon_option(ingest)
    ingest.set_defaults(handler=run_ingest)

    remove = commands.add_parser(
        "remove",
        help="remove documents, with their claims and verdicts, from the database",
        description="Remove the documents stored from the given paths (a file, or every file under a folder, "
        "as given to ingest) or with the given document ids, with their articles, claims, reprint pairs and the "
        "verdicts they are in, in one transaction. The documents they were checked with are checked again by "
        "the next `claimkb check`. A path or id naming no stored document is an error, and nothing is removed.",
        epilog="example: claimkb remove pages/old.txt --db kb.duckdb && claimkb check --db kb.duckdb",
    )
    remove.add_argument("targets", nargs="+", metavar="PATH|DOC_ID", help="a file or folder ingested, or a doc_id")
    _add_db_option(remove)
    remove.set_defaults(handler=run_remove)

    spark = commands.add_parser(
        "spark",
        help="extract on Apache Spark, writing Parquet for `claimkb load`",
        description="Extract every document under the given paths (any path Spark reads: folders of the files "
        "ingest reads, and .parquet with a text column) on Spark, and write documents/, articles/ and claims/ as "
        "Parquet under --out. Run locally with --master local[N], or under spark-submit on a cluster.",
        epilog="example: claimkb spark pages/ --out parquet/ --master 'local[2]' && claimkb load parquet/",
    )
    spark.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or .parquet datasets")
    spark.add_argument("--out", required=True, metavar="DIR", help="folder to write the Parquet datasets in")
    spark.add_argument("--master", help="Spark master URL (default: spark-submit's, or Spark's own)")
    _add_document_options(spark)
    _add_lexicon_option(spark)
    spark.set_defaults(handler=run_spark)

    load = commands.add_parser(
        "load",
        help="store the Parquet output of `claimkb spark` in the database",
        description="Bring documents, articles and claims written by `claimkb spark` into the database, with "
        "the keys `claimkb ingest` uses: loading twice adds nothing.",
        epilog="example: claimkb load parquet/ --db kb.duckdb && claimkb check --db kb.duckdb",
    )
    load.add_argument("folder", metavar="DIR", help="the --out folder of `claimkb spark`")
    _add_db_option(load)
    load.set_defaults(handler=run_load)

    query = commands.add_parser(
        "query",
        help="run a named query, a .sql file or a SELECT",
        description=_QUERY_DESCRIPTION,
        epilog="example: claimkb query claims_by_subject --param subject=定陶区",
        formatter_class=_QueryHelpFormatter,
    )
    query.add_argument("query", help='query name, FILE.sql or "SELECT …"')
    _add_param_option(query, "bind a parameter")
    query.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="table to read (default), csv or json"
    )
    _add_db_option(query)
    query.set_defaults(handler=run_query)

    check = commands.add_parser(
        "check",
        help="cross-check the stored claims: do the figures add up, within and across articles",
        description="Evaluate the cross-check rules (parts and total, share of a count, change between two "
        "levels, rate x quantity, the same fact in several documents, part and whole across the place "
        "hierarchy, running totals over time) and store the verdicts in the cross_checks table. "
        "Only documents not checked yet are looked at, unless --full. Every figure linked to a standard "
        "indicator is also compared with the official figure of its place and period (documents ingested with "
        "--official, tables loaded with `claimkb official load`): matches_official or differs_from_official.",
        epilog="example: claimkb check && claimkb query conflicts",
    )
    _add_db_option(check)
    check.add_argument("--full", action="store_true", help="forget all verdicts and check every document again")
    check.set_defaults(handler=run_check)

    verify = commands.add_parser(
        "verify",
        help="read every block of the database and check it against its checksum",
        description="Read every block of the database file and check it against the checksum stored with it. "
        "A query finds damage only in the blocks it reads; this finds it in all, an index's too. ingest, load and "
        "check do the same before they write, and write nothing into a damaged file. Opened read-only.",
        epilog="example: claimkb verify --db kb.duckdb",
    )
    _add_db_option(verify)
    verify.set_defaults(handler=run_verify)

    export = commands.add_parser(
        "export",
        help="write claims with their evidence as CSV, XLSX, JSONL, Parquet or ClaimReview JSON-LD",
        description="Write one row per claim with its provenance (document, article, sentence, offsets), "
        "its place's parent chain and the verdicts of the cross-checks it is in, with the other claims' ids "
        "and sentences, and its fact-checker's standing decision (review_status, corrected_*, review_note: the "
        "columns `claimkb review import` reads back from an edited CSV or XLSX). Choose claims with a named "
        "query, a --where filter and/or --checks. The database is opened read-only.\n\n"
        "--where is a filter on the columns of the claim_evidence view (see README), e.g.\n"
        "  \"subject = '单县' AND value >= 100\"   \"kind IN ('money', 'percent')\"   \"metric LIKE '%驿站%'\"\n"
        "  \"date BETWEEN '2024-01-01' AND '2024-12-31'\"   \"period IS NOT NULL\"\n"
        "Only column names, comparisons (= != < <= > >= IN BETWEEN LIKE ILIKE IS NULL), AND/OR/NOT, "
        "brackets, quoted text and numbers are accepted; values are bound, never pasted into SQL.",
        epilog="examples:\n  claimkb export --format xlsx --out claims.xlsx --where \"subject = '定陶区'\"\n"
        "  claimkb export --format claimreview --checks conflict --author 某某核查 --out reviews.json\n"
        "  claimkb export --format csv --query claims_by_subject --param subject=曹县 > caoxian.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("--format", choices=FORMATS, default="csv", help="file format (default csv)")
    export.add_argument("--out", metavar="FILE", help="file to write (default: stdout, for csv, jsonl, claimreview)")
    _add_db_option(export)
    export.add_argument("--query", metavar="NAME", help="only the claims a named query returns")
    _add_param_option(export, "a parameter of --query")
    export.add_argument("--where", metavar="FILTER", help="only claims matching a filter on claim_evidence columns")
    export.add_argument(
        "--checks",
        metavar="VERDICTS",
        help="only claims in a check with one of these verdicts, e.g. conflict,corroborated",
    )
    export.add_argument("--author", help="the exporting organisation (claimreview: required)")
    export.add_argument("--language", choices=("zh", "en"), default="zh", help="language of claimreview explanations")
    export.add_argument(
        "--rating-scale",
        metavar="FILE",
        help="claimreview: JSON rating of each review status (default: confirmed 5 True, corrected 3 Partly true, "
        'rejected 1 False), e.g. {"confirmed": {"ratingValue": 5, "alternateName": "属实"}, …}',
    )
    export.add_argument(
        "--url-template",
        metavar="URL",
        help="claimreview: each review's url, {claim_id} replaced, e.g. https://desk.example/claims/{claim_id}",
    )
    export.set_defaults(handler=run_export)

    serve = commands.add_parser(
        "serve",
        help="a local web dashboard over the database (read-only)",
        description="Serve the dashboard: overview, claims with filters, sources with claims highlighted, "
        "metrics across places and over time, cross-check verdicts and the named queries. Every page has a "
        ".csv and a .json twin. The database is opened read-only, per request.",
        epilog="example: claimkb demo && claimkb serve   # then open http://127.0.0.1:8000",
    )
    _add_db_option(serve)
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    serve.add_argument(
        "--port", type=port_number, default=8000, help="TCP port, 1-65535 (default 8000; 0: any free port)"
    )
    serve.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help="the pages' language (default zh, Chinese); a reader switches with ?lang=en or ?lang=zh",
    )
    serve.set_defaults(handler=run_serve)

    review = commands.add_parser(
        "review",
        help="record a fact-checker's decisions on claims: confirmed, rejected or corrected",
        description="Decisions on claims, kept for good: a later decision supersedes an earlier one and both "
        "stay; after a re-extraction each attaches to the claim read at the same place (or the same figure in "
        "the same sentence), and one whose claim is gone is listed by `review list --orphaned`. The checks, "
        "exports and dashboard read the claims with the standing decisions applied.",
        epilog='examples:\n  claimkb review set 3f2a… --status rejected --note "一张表格的页码"\n'
        "  claimkb review set 3f2a… --subject 单县\n"
        "  claimkb export --format xlsx --out claims.xlsx && claimkb review import claims.xlsx\n"
        "  claimkb review list --status corrected",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    review.set_defaults(handler=lambda _args: review.print_help() or 2)  # `claimkb review` alone: its actions
    actions = review.add_subparsers(title="actions", metavar="ACTION")
    review_set = actions.add_parser(
        "set",
        help="record a decision on one claim",
        description="Record a decision on one claim. A corrected field (--value, --subject …) makes it a "
        "correction; the status is then corrected unless given.",
    )
    review_set.add_argument("claim_id", metavar="CLAIM_ID")
    review_set.add_argument("--status", choices=REVIEW_STATUSES, help="confirmed, rejected or corrected")
    review_set.add_argument("--note", help="why: the source checked, what is wrong")
    for name in CORRECTABLE:
        review_set.add_argument(
            f"--{name.replace('_', '-')}", dest=f"corrected_{name}", metavar=name.upper(), help=f"the right {name}"
        )
    _add_reviewer_option(review_set)
    _add_db_option(review_set)
    review_set.set_defaults(handler=run_review_set)
    review_list = actions.add_parser(
        "list",
        help="the standing decision of each reviewed claim, or the orphaned decisions",
        description="List the decision that stands for each reviewed claim, latest first; with --orphaned, "
        "every decision whose claim a re-extraction no longer finds, with the sentence it was made on.",
    )
    review_list.add_argument("--status", choices=REVIEW_STATUSES, help="only decisions of this status")
    review_list.add_argument("--orphaned", action="store_true", help="the decisions attached to no claim")
    review_list.add_argument("--format", choices=("table", "csv", "json"), default="table", help="default table")
    _add_db_option(review_list)
    review_list.set_defaults(handler=run_review_list)
    review_import = actions.add_parser(
        "import",
        help="apply the decisions of an edited export (.xlsx or .csv)",
        description="Read the review_status, corrected_* and review_note columns of a spreadsheet written by "
        "`claimkb export --format xlsx` (or csv) and edited by a fact-checker, and record its decisions in one "
        "transaction. Every bad row is reported on a line naming it, and then nothing is recorded unless "
        "--skip-bad. A row that says what the claim's standing decision says adds nothing: importing a file "
        "twice changes nothing.",
    )
    review_import.add_argument("file", metavar="FILE")
    review_import.add_argument("--skip-bad", action="store_true", help="record the good rows, leave out the bad")
    _add_reviewer_option(review_import)
    _add_db_option(review_import)
    review_import.set_defaults(handler=run_review_import)

    official = commands.add_parser(
        "official",
        help="official figures: load reference tables (CSV, XLSX) the claims are checked against",
        description="Official figures the claims are checked against (`claimkb check`, rule official): the "
        "documents ingested with --official and the reference tables loaded here.",
    )
    official.set_defaults(handler=lambda _args: official.print_help() or 2)
    official_actions = official.add_subparsers(title="actions", metavar="ACTION")
    official_load = official_actions.add_parser(
        "load",
        help="load reference tables of official figures (.csv, .tsv, .xlsx)",
        description="Load official figures from tables in the long form (columns place, indicator or metric, "
        "period, value, and optionally unit, source, release_date; or the Chinese headers 地区 指标 时间 数值 "
        "单位 来源 发布日期) or the wide form the statistics bureau's data portal exports (a first column 指标 "
        "with the indicators as rows and years as columns, the place in a 地区： line; or 地区 as rows under an "
        "指标： line). An indicator must be in the catalogue (its name or an alias); 增长率 or 增速 after it, or a "
        "% unit, makes it a growth rate. Each bad row is reported on one line naming file:line and left out; the "
        "rest is loaded. A row of the same place, indicator, period and source replaces the stored one: loading "
        "twice adds nothing.",
        epilog="example: claimkb official load gdp.csv portal_export.xlsx --place 开封市 && claimkb check",
    )
    official_load.add_argument("files", nargs="+", metavar="FILE")
    official_load.add_argument("--place", help="the place of a table that does not say (no place column, no 地区：)")
    official_load.add_argument("--source", help="the source of a table that does not say (default for the wide "
                               "form: its 数据来源： line, else 国家统计局)")  # fmt: skip
    official_load.add_argument("--release-date", type=publication_date, help="release date, YYYY-MM-DD, of a "
                               "table that does not say")  # fmt: skip
    _add_db_option(official_load)
    official_load.set_defaults(handler=run_official_load)

    stats = commands.add_parser(
        "stats",
        help="what the database holds",
        description="Count the documents, articles and claims in the database, claims by kind and the subjects "
        "with the most claims; with reviews, the standing decisions and the extractor's precision on the "
        "reviewed claims, per extractor version and field (the named query review_precision). The database is "
        "opened read-only.",
        epilog="example: claimkb stats --db claims.duckdb",
    )
    _add_db_option(stats)
    _add_lexicon_option(stats)
    stats.set_defaults(handler=run_stats)
    return parser


def input_help() -> str:
    from extract.defaults import READ_SUFFIXES

    return (
        "files or folders; a folder is walked for "
        + ", ".join(sorted(READ_SUFFIXES))
        + " files (others are reported, not read): text in any Chinese encoding, Simplified or Traditional"
        " (read through OpenCC, stored as printed), HTML, JSONL articles, Word, PDF (each claim with its page)"
        " and web archives (each HTML response a document with its URL and crawl date)"
    )


def publication_date(text: str) -> str:
    """--date: a calendar date; argparse says why another value is refused."""
    from extract.sources import parse_date

    parsed = parse_date(text)
    if parsed is None:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}")
    return parsed


def _whole_number(text: str, what: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a {what}: {text!r}") from None


def positive_count(text: str) -> int:
    """--jobs, --batch-size: a whole number from 1; argparse says why another value is refused."""
    count = _whole_number(text, "whole number")
    if count < 1:
        raise argparse.ArgumentTypeError(f"{count} is less than 1")
    return count


def port_number(text: str) -> int:
    """--port: a TCP port; argparse says why another value is refused."""
    port = _whole_number(text, "port number")
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port {port} is outside 1-65535")
    return port


def _add_document_options(command: argparse.ArgumentParser) -> None:
    """What a document that does not say is taken to be: its source, region and date."""
    command.add_argument("--source", help="publication or collection name stored with each document")
    command.add_argument("--region", help="publishing city, for 我市/全市 (default: inferred from the text)")
    command.add_argument("--date", type=publication_date, help="publication date, YYYY-MM-DD")


def _add_db_option(command: argparse.ArgumentParser) -> None:
    from extract.defaults import DEFAULT_DB

    command.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")


def _add_lexicon_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--lexicon",
        metavar="DIR",
        help="a folder of your own places, organisations, units, metric names, subject aliases and excluded "
        "phrases (default: $CLAIMKB_LEXICON, else ./claimkb-lexicon when present)",
    )


def _use_lexicon(args: argparse.Namespace) -> bool:
    """Load and activate the user lexicon of the command (--lexicon, $CLAIMKB_LEXICON, ./claimkb-lexicon);
    False, having said why in one line, when it cannot be read: nothing is extracted with a broken one."""
    from extract.user_lexicon import LexiconError, use

    try:
        args.user_lexicon = use(args.lexicon)
    except LexiconError as err:
        print(f"claimkb: {err}; nothing was extracted", file=sys.stderr)
        return False
    except OSError as err:
        print(f"claimkb: {err.filename or args.lexicon}: {err.strerror}; nothing was extracted", file=sys.stderr)
        return False
    return True


def _add_reviewer_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--reviewer", metavar="NAME", help="who decides (default: the OS user)")


def _add_param_option(command: argparse.ArgumentParser, help: str) -> None:
    command.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help=help)


_QUERY_DESCRIPTION = (
    "Run a named query from queries/, a .sql file or a SELECT statement on a read-only "
    "connection. Parameters are bound, never pasted into the SQL."
)


class _QueryHelpFormatter(argparse.RawDescriptionHelpFormatter):
    """The query command's help, with the named queries listed: read from queries/ when the help is shown,
    not while the parser of every command is built (issue 32)."""

    def add_text(self, text: str | None) -> None:
        super().add_text(f"{text}\n\n{_named_query_help()}" if text == _QUERY_DESCRIPTION else text)


def _named_query_help() -> str:
    from extract.named_queries import named_queries

    lines = ["named queries:"]
    for query in named_queries().values():
        lines.append(f"  {query.name:26s} {query.description}")
        if query.params and query.params != "none":
            lines.append(f"  {'':26s} params: {query.params}")
    return "\n".join(lines)


def run_ingest(args: argparse.Namespace) -> int:
    with long_lived():
        from extract.ingest import MissingInput, ingest
        from extract.pipeline import unknown_region
        from extract.store import StoreError

    if (warning := unknown_region(args.region)) is not None:
        print(f"claimkb: {warning}", file=sys.stderr)
    try:
        report = ingest(
            args.paths,
            args.db,
            source=args.source,
            region=args.region,
            date=args.date,
            progress=False if args.no_progress else None,
            jobs=args.jobs,
            batch_documents=args.batch_size,
            prune=args.prune,
            official=args.official,
        )
    except (StoreError, MissingInput) as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    print(f"{args.db}: {report.summary()}")
    if report.interrupted is not None:
        in_flight = f"the {report.interrupted} document(s) of the batch in flight were not stored, " * bool(
            report.interrupted
        )
        print(
            f"claimkb: interrupted; {in_flight}the batches before were: run the same command again to complete",
            file=sys.stderr,
        )
        return 130
    if report.stopped:
        print(f"claimkb: stopped: {report.stopped}; run the same command again to complete", file=sys.stderr)
        return 1
    return 1 if report.errors else 0


def run_remove(args: argparse.Namespace) -> int:
    with long_lived():
        from extract.removal import RemoveError, remove
        from extract.store import StoreError, connect

    try:
        con = connect(args.db, create=False)
        try:
            removed = remove(con, args.targets)
        finally:
            con.close()
    except (StoreError, RemoveError) as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    print(f"{args.db}: {removed.summary()}; `claimkb check` checks again what they were checked with")
    return 0


def spark_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("pyspark") is not None


def run_spark(args: argparse.Namespace) -> int:
    if not spark_installed():
        print("claimkb: Spark is not installed: pip install 'claimkb[spark]' (and Java 17 or later)", file=sys.stderr)
        return 1
    with long_lived():
        from extract.spark import Options, run_job

    options = Options(args.region, args.date, args.source, args.user_lexicon)
    try:
        report = run_job(args.paths, args.out, args.master, options)
    except Exception as err:  # Spark's errors (no Java, a path it cannot read) are long: their first line
        print(f"claimkb: spark: {type(err).__name__}: {str(err).strip().splitlines()[0]}", file=sys.stderr)
        return 1
    for line, _skipped in report.problems:
        print(f"claimkb: {line}", file=sys.stderr)
    print(f"{args.out}: {report.summary()}")
    print(f"next: claimkb load {args.out} --db claims.duckdb")
    return 1 if any(skipped for _, skipped in report.problems) else 0


def run_load(args: argparse.Namespace) -> int:
    with long_lived():
        from extract.ingest import load_spark_output
        from extract.spark_output import OutputError
        from extract.store import StoreError

    try:
        report = load_spark_output(args.folder, args.db)
    except (StoreError, OutputError) as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    print(f"{args.db}: {report.summary()}")
    if report.interrupted is not None:
        print("claimkb: interrupted; the batches stored stay: run the same command again to complete", file=sys.stderr)
        return 130
    if report.stopped:
        print(f"claimkb: stopped: {report.stopped}; run the same command again to complete", file=sys.stderr)
        return 1
    return 1 if report.errors else 0


def run_check(args: argparse.Namespace) -> int:
    with long_lived():
        from extract.checks.runner import run_checks
        from extract.store import StoreError, connect

    try:
        con = connect(args.db, create=False)
        report = run_checks(con, full=args.full, progress=None)
        con.execute("CHECKPOINT")  # here, where a failure (a full disk) is said: the one on closing is silent
        con.close()
    except StoreError as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    print(f"{args.db}: {report.summary()}")
    return 0


def run_official_load(args: argparse.Namespace) -> int:
    with long_lived():
        from extract.official import OfficialError, load_tables
        from extract.store import StoreError, connect

    missing = [name for name in args.files if not Path(name).is_file()]
    if missing:
        print(f"claimkb: {', '.join(missing)}: no such file; nothing was loaded", file=sys.stderr)
        return 1
    try:
        con = connect(args.db)
        try:
            report = load_tables(con, args.files, args.place, args.source, args.release_date)
            con.execute("CHECKPOINT")
        finally:
            con.close()
    except (StoreError, OfficialError) as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    for line in report.errors:
        print(f"claimkb: {line}", file=sys.stderr)
    print(f"{args.db}: {report.summary()}; `claimkb check` compares the claims with them")
    return 1 if report.errors else 0


def run_verify(args: argparse.Namespace) -> int:
    with long_lived():
        from extract.store import StoreError, connect, verify

    try:
        con = connect(args.db, read_only=True)
        blocks = verify(con, args.db)
        con.close()
    except StoreError as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    print(f"{args.db}: {blocks} blocks read, none damaged")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    with long_lived():
        from extract.ingest import ingest
        from extract.resources import folder
        from extract.store import StoreError

    corpus = folder("sample")
    try:
        report = ingest([str(corpus)], args.db, source="菏泽日报 (sample)", region="菏泽市")
    except StoreError as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    print(f"{args.db}: {report.summary()}")
    if not report.stored:
        print(f"claimkb: the sample pages were not stored (looked in {corpus})", file=sys.stderr)
        return 1
    run_check(args)
    run_stats(args)
    print("\nnext:")
    print(f"  claimkb query top_metrics --param limit=10 --db {args.db}")
    print(f"  claimkb query checks_by_verdict --db {args.db}")
    print(f"  claimkb query claims_by_subject --param subject=定陶区 --db {args.db}")
    print(f"  claimkb export --format xlsx --out claims.xlsx --db {args.db}")
    print(f"  claimkb serve --db {args.db}    # the dashboard, at http://127.0.0.1:8000/")
    return 1 if report.errors else 0


def _parse_params(items: list[str]) -> dict[str, object]:
    """--param NAME=VALUE options, as text (the query's declared types convert them); ValueError for
    one without a name or an =."""
    params: dict[str, object] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ValueError(f"--param needs NAME=VALUE, got {item!r}")
        params[name] = value
    return params


def run_query(args: argparse.Namespace) -> int:
    with long_lived():
        from extract.query import refuse_unknown, resolve, run
        from extract.store import StoreError

    try:
        params = _parse_params(args.param)
    except ValueError as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 2
    try:
        sql = resolve(args.query)
        refuse_unknown(sql, params)
        result = run(sql, params, args.db, _fetcher(args.format))
    except (ValueError, StoreError) as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    _print_result(result, args.format)
    return 0


def run_export(args: argparse.Namespace) -> int:
    with long_lived():
        from extract.exports import export
        from extract.store import StoreError

    verdicts = [v.strip() for v in args.checks.split(",") if v.strip()] if args.checks else None
    if args.param and not args.query:
        print("claimkb: --param sets a parameter of --query; give --query NAME too", file=sys.stderr)
        return 2
    try:
        params = _parse_params(args.param)
        n = export(
            args.db,
            args.format,
            args.out,
            query=args.query,
            query_params=params,
            where=args.where,
            verdicts=verdicts,
            author=args.author,
            language=args.language,
            rating_scale=args.rating_scale,
            url_template=args.url_template,
            progress=None,
        )
    except (ValueError, StoreError) as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    if args.out:
        print(f"{args.out}: {n} {'reviews' if args.format == 'claimreview' else 'claims'}", file=sys.stderr)
    return 0


def run_review_set(args: argparse.Namespace) -> int:
    with long_lived():
        from extract import reviews
        from extract.store import StoreError, connect

    corrections = {name: getattr(args, f"corrected_{name}") for name in reviews.CORRECTABLE}
    try:
        con = connect(args.db, create=False)
        try:
            report = reviews.decide(
                con,
                args.claim_id,
                args.reviewer or reviews.default_reviewer(),
                status=args.status,
                note=args.note,
                corrections={name: value for name, value in corrections.items() if value is not None},
            )
        finally:
            con.close()
    except StoreError as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    return _review_outcome(args.db, report, single=True)


def run_review_import(args: argparse.Namespace) -> int:
    with long_lived():
        from extract import reviews
        from extract.store import StoreError, connect

    try:
        rows = reviews.read_file(args.file)
        con = connect(args.db, create=False)
        try:
            report = reviews.apply(con, rows, args.reviewer or reviews.default_reviewer(), skip_bad=args.skip_bad)
        finally:
            con.close()
    except (StoreError, reviews.ReviewError) as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    return _review_outcome(args.db, report)


def _review_outcome(db: str, report: ReviewReport, single: bool = False) -> int:
    for problem in report.problems:
        print(f"claimkb: {problem}", file=sys.stderr)
    if report.applied:
        print(f"{db}: {report.summary()}")
    elif not single:  # one decision's problem is its whole story
        print(f"claimkb: {db}: {report.summary()}", file=sys.stderr)
    return 0 if report.applied and not report.problems else 1


def run_review_list(args: argparse.Namespace) -> int:
    with long_lived():
        from extract import reviews
        from extract.store import StoreError, connect

    try:
        con = connect(args.db, read_only=True)
        try:
            listed = reviews.orphaned_reviews if args.orphaned else reviews.standing_reviews
            result = listed(con, args.status, _fetcher(args.format))
        finally:
            con.close()
    except StoreError as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    _print_result(result, args.format)
    return 0


def run_serve(args: argparse.Namespace) -> int:
    with long_lived():
        from werkzeug.serving import make_server

        from extract.dashboard import DeferredApp
        from extract.store import StoreError, connect

    try:
        connect(args.db, read_only=True).close()  # say now, not on the first page, if it cannot be read
    except StoreError as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    try:
        server = make_server(args.host, args.port, DeferredApp(args.db, args.lang), threaded=True)
    except OSError as err:
        print(f"claimkb: cannot listen on {args.host}:{args.port}: {err.strerror}", file=sys.stderr)
        return 1
    print(f"claimkb dashboard on http://{args.host}:{server.server_port}/ for {args.db} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


def run_stats(args: argparse.Namespace) -> int:
    with long_lived():
        import duckdb

        from extract import store
        from extract.reviews import review_counts
        from extract.summary import other_lexicons, summarise, user_lexicon_claims
        from extract.tables import fetch_rows

    lexicon = getattr(args, "user_lexicon", None)
    try:
        con = store.connect(args.db, read_only=True)
        try:
            counts = summarise(con, 8, fetch_rows)
            reviewed = review_counts(con)
            by_lexicon = user_lexicon_claims(con, lexicon) if lexicon is not None else None
            others = other_lexicons(con, lexicon.digest if lexicon is not None else None)
        finally:
            con.close()
    except store.StoreError as err:
        print(f"claimkb: {err}", file=sys.stderr)
        return 1
    except duckdb.Error as err:
        print(f"claimkb: {args.db}: {store.file_failure(err) or str(err).splitlines()[0]}", file=sys.stderr)
        return 1
    totals = counts.totals
    print(f"{totals['documents']} documents, {totals['articles']} articles, {totals['claims']} claims")
    print("by kind: " + ", ".join(f"{k} {n}" for k, n in counts.kinds.rows))
    print("top subjects: " + ", ".join(f"{s} {n}" for s, n, _ in counts.subjects.rows))
    if lexicon is not None and by_lexicon is not None:
        read, decided = by_lexicon
        print(
            f"user lexicon {lexicon.digest} ({lexicon.folder}): {read} claims read with it, "
            f"{decided} of them with a subject or metric from its entries"
        )
    if others:
        listed = ", ".join(f"{digest} ({n} claims)" for digest, n in others.items())
        print(f"claims read with another user lexicon than this command's: {listed}")
    if reviewed.decisions:
        standing = ", ".join(f"{n} {status}" for status, n in reviewed.statuses.items())
        print(f"reviews: {reviewed.decisions} decisions; standing: {standing}; {reviewed.orphaned} orphaned")
        by_version: dict[str, list[str]] = {}
        for version, field, reviewed_claims, correct, precision in reviewed.precision.rows:
            by_version.setdefault(version, []).append(f"{field} {precision:.2f} ({correct}/{reviewed_claims})")
        for version, shares in by_version.items():
            print(f"precision of extractor {version} on reviewed claims: {', '.join(shares)}")
    return 0


def _fetcher(fmt: str) -> Callable:
    """How a listing is fetched for its format: a table for the terminal as plain rows (no pandas to load),
    csv and json as a frame (pandas writes them)."""
    from extract.tables import fetch_frame, fetch_rows

    return fetch_rows if fmt == "table" else fetch_frame


def _print_result(result, fmt: str) -> None:
    """A listing fetched by `_fetcher(fmt)`, printed in that format."""
    from extract.tables import rows_table

    if fmt == "csv":
        result.to_csv(sys.stdout, index=False)
    elif fmt == "json":
        print(result.to_json(orient="records", force_ascii=False, date_format="iso"))
    elif not result.rows:
        print("(no rows)")
    else:
        print(rows_table(result))


class _VersionAction(argparse.Action):
    """--version: the version is computed when asked for (it hashes the rule files), not for every command."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show program's version number and exit"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from extract.version import rules_version

        print(f"claimkb {rules_version()}")  # to standard output, as argparse's version action prints
        parser.exit()


def run_extract(args: argparse.Namespace) -> int:
    with long_lived():
        from extract.pipeline import extract_pieces, extraction_failure, unknown_region
        from extract.sources import NotRead, SourceError, read_documents

    failures = 0
    printer = _ClaimPrinter(args.format)
    regions_checked: set[str | None] = set()
    for item in read_documents(args.paths):
        if isinstance(item, NotRead):
            print(f"claimkb: {item}", file=sys.stderr)
            continue
        if isinstance(item, SourceError):
            print(f"claimkb: {item.report}", file=sys.stderr)
            failures += 1
            continue
        if (region := item.region or args.region) not in regions_checked:
            regions_checked.add(region)
            if (warning := unknown_region(region)) is not None:
                print(f"claimkb: {warning}", file=sys.stderr)
        found = extract_pieces(
            item.text, item.name, item.doc_id, region=item.region or args.region, date=item.date or args.date
        )
        try:
            for extraction in found:  # a long document's claims printed piece by piece, not held to its end
                printer.print(extraction.claims, item)
        except BrokenPipeError:
            raise  # the reader went away (claimkb extract … | head): stop, it is no document's failure
        except Exception as err:  # one document's failure must not stop the others
            print(f"claimkb: skipped {SourceError(item.path, item.line, extraction_failure(err))}", file=sys.stderr)
            failures += 1
    if failures:
        print(f"claimkb: {failures} input(s) with errors", file=sys.stderr)
    return 1 if failures else 0


class _ClaimPrinter:
    """Claims to standard output as JSON lines, CSV rows or table lines, one header for all."""

    def __init__(self, fmt: str) -> None:
        self.fmt = fmt
        self.writer: csv.DictWriter | None = None
        self.header_printed = False

    def print(self, claims: list, document: Document) -> None:
        for claim in claims:
            record = claim.to_record() | {"page": document.page_of(claim.start)}
            if self.fmt == "jsonl":
                print(json.dumps(record, ensure_ascii=False))
            elif self.fmt == "csv":
                if self.writer is None:
                    self.writer = csv.DictWriter(sys.stdout, fieldnames=list(record))
                    self.writer.writeheader()
                self.writer.writerow(record)
            else:
                if not self.header_printed:
                    print("\t".join(TABLE_COLUMNS))
                    self.header_printed = True
                print(_table_line(record))


TABLE_COLUMNS = ("doc", "mention", "value", "unit", "qualifier", "kind", "metric", "subject", "period")


def _table_line(record: dict) -> str:
    from extract.tables import plain_number

    value = plain_number(record["value"])
    if record["value_high"] is not None:
        value += "-" + plain_number(record["value_high"])
    cells = {**record, "value": value}
    return "\t".join(str(cells[column] or "") for column in TABLE_COLUMNS)
