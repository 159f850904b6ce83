"""schema.org ClaimReview (JSON-LD), one object per checked claim, for fact-checking platforms.

The reviewed claim is the sentence (cut around the figure when it is long), the item reviewed is a
Claim by the publication that printed it, and the rating's alternateName is the worst verdict of
the checks the claim is in (conflict, unverifiable, corroborated, consistent), explained by every
check's explanation. The whole export is one JSON array, written object by object.
"""

from __future__ import annotations

import json
from typing import IO

import duckdb

from extract.exports.selection import Selection, batches

CLAIM_REVIEWED_CHARS = 80
_COLUMNS = "e.claim_id, e.doc, e.source, e.date, e.url, e.headline, e.sentence, e.mention, e.checks, e.checked_at"


def write_claimreview(
    con: duckdb.DuckDBPyConnection, selection: Selection, out: IO[str], author: str, language: str = "zh"
) -> int:
    """Write the checked claims of the selection as a JSON array of ClaimReview objects."""
    n = 0
    out.write("[")
    for rows in batches(con, selection.narrowed("len(e.checks) > 0"), _COLUMNS):
        for row in rows:
            out.write(",\n" if n else "\n")
            out.write(json.dumps(claim_review(row, author, language), ensure_ascii=False))
            n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def claim_review(row: dict, author: str, language: str = "zh") -> dict:
    """One ClaimReview from a claim_evidence row (with its checks)."""
    checks = row["checks"]
    between = "" if language == "zh" else " "  # explanations are whole sentences
    publisher = row["source"] or row["doc"]
    appearance = {"@type": "CreativeWork", "name": row["headline"] or row["doc"]}
    if row["url"]:
        appearance["url"] = row["url"]
    if row["date"]:
        appearance["datePublished"] = row["date"].isoformat()
    item = {"@type": "Claim", "author": {"@type": "Organization", "name": publisher}, "appearance": appearance}
    if row["date"]:
        item["datePublished"] = row["date"].isoformat()
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": row["claim_id"],
        "claimReviewed": short_sentence(row["sentence"], row["mention"]),
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": author},
        "inLanguage": language,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": checks[0]["verdict"],  # checks come worst verdict first
            "ratingExplanation": between.join(c[f"explanation_{language}"] for c in checks),
        },
        "reviewBody": " ".join(sentence for check in checks for sentence in dict.fromkeys(check["other_sentences"])),
    }
    if row["checked_at"]:
        review["datePublished"] = row["checked_at"].date().isoformat()
    return review


def short_sentence(sentence: str, mention: str, limit: int = CLAIM_REVIEWED_CHARS) -> str:
    """The sentence, or when longer than `limit`, the part around the figure with … where it is cut."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence
    at = max(sentence.find(mention), 0)
    start = max(0, min(at - (limit - len(mention)) // 2, len(sentence) - limit))
    piece = sentence[start : start + limit]
    return ("…" if start else "") + piece + ("…" if start + limit < len(sentence) else "")
