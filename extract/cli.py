"""The `claimkb` command: parse arguments, call the library, print. Thin on purpose."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from extract import __version__


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimkb",
        description="Pull quantitative claims out of Chinese news and government text into DuckDB.",
    )
    parser.add_argument("--version", action="version", version=f"claimkb {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        help="print the claims of files or folders (no database)",
        description="Print every claim found in the given files or folders; nothing is stored.",
        epilog="example: claimkb extract data/corpus --format jsonl --region 菏泽市 > claims.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .html, .jsonl files or folders")
    extract.add_argument("--format", choices=("jsonl", "csv", "table"), default="table")
    extract.add_argument("--region", help="publishing city, for 我市/全市 (default: inferred from the text)")
    extract.add_argument("--date", help="publication date, YYYY-MM-DD, for periods such as 今年以来")
    extract.set_defaults(handler=run_extract)
    return parser


def run_extract(args: argparse.Namespace) -> int:
    from extract.pipeline import extract_claims
    from extract.sources import SourceError, read_documents

    failures = 0
    writer = None
    for item in read_documents(args.paths):
        if isinstance(item, SourceError):
            print(f"claimkb: skipped {item}", file=sys.stderr)
            failures += 1
            continue
        claims = extract_claims(
            item.text, item.name, item.doc_id, region=item.region or args.region, date=item.date or args.date
        )
        for claim in claims:
            record = claim.to_record()
            if args.format == "jsonl":
                print(json.dumps(record, ensure_ascii=False))
            elif args.format == "csv":
                if writer is None:
                    writer = csv.DictWriter(sys.stdout, fieldnames=list(record))
                    writer.writeheader()
                writer.writerow(record)
            else:
                print(_table_line(record))
    if failures:
        print(f"claimkb: {failures} input(s) skipped", file=sys.stderr)
    return 1 if failures else 0


def _table_line(record: dict) -> str:
    value = f"{record['value']:g}" + (f"-{record['value_high']:g}" if record["value_high"] is not None else "")
    return "\t".join(
        str(x or "")
        for x in (record["doc"], record["mention"].replace("\n", ""), value, record["unit"],
                  record["qualifier"], record["kind"], record["metric"], record["subject"], record["period"])
    )
