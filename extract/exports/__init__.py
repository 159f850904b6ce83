"""`claimkb export`: claims with their evidence as CSV, XLSX, JSONL, Parquet or ClaimReview JSON-LD.

The formats are named here and the export itself (job.py) is imported when first used: every
`claimkb` command builds its argument parser with these names, and need not load pandas, openpyxl
and Parquet for it (a third of a second at each start).
"""

from __future__ import annotations

from typing import Any

FORMATS = ("csv", "xlsx", "jsonl", "parquet", "claimreview")
BINARY_FORMATS = ("xlsx", "parquet")

__all__ = ["BINARY_FORMATS", "FORMATS", "export"]


def __getattr__(name: str) -> Any:
    if name == "export":
        from extract.exports.job import export

        return export
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
