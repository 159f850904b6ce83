"""schema.org ClaimReview (JSON-LD), one object per checked or reviewed claim, for fact-checking platforms.

The reviewed claim is the sentence (cut around the figure when it is long), the item reviewed is a
Claim by the publication that printed it. A claim a fact-checker decided on is rated on the desk's
scale (RatingScale: confirmed 5 True, corrected 3 Partly true, rejected 1 False unless a JSON file
says otherwise), explained by the reviewer's note; another claim's rating is the worst verdict of the
checks it is in (conflict, unverifiable, corroborated, consistent), explained by every check's
explanation. With a URL template, each review has its url. The whole export is one JSON array,
written object by object.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import duckdb

from extract.exports.selection import Selection, batches
from extract.reviews import CORRECTABLE, STATUSES
from extract.tables import plain_number

CLAIM_REVIEWED_CHARS = 80
_COLUMNS = (
    "e.claim_id, e.doc, e.source, e.date, e.url, e.headline, e.sentence, e.mention, e.checks, e.checked_at,"
    " e.review_status, e.review_note, e.reviewed_at, " + ", ".join(f"e.corrected_{name}" for name in CORRECTABLE)
)


@dataclass(frozen=True)
class RatingScale:
    """The desk's rating of each review status: (ratingValue, alternateName), between worst and best."""

    ratings: dict[str, tuple[int, str]] = field(
        default_factory=lambda: {"confirmed": (5, "True"), "corrected": (3, "Partly true"), "rejected": (1, "False")}
    )
    best: int = 5
    worst: int = 1

    @classmethod
    def from_file(cls, path: str | Path) -> RatingScale:
        """A JSON file: {"confirmed": {"ratingValue": 5, "alternateName": "True"}, "corrected": …, "rejected": …,
        "bestRating": 5, "worstRating": 1}; ValueError naming the file and what is wrong."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as err:
            raise ValueError(f"{path}: cannot read the rating scale: {err.strerror}") from err
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise ValueError(f"{path}: not a JSON rating scale: {err}") from err
        if not isinstance(data, dict):
            raise ValueError(f"{path}: a rating scale is a JSON object with {', '.join(STATUSES)}")
        ratings = {}
        for status in STATUSES:
            rating = data.get(status)
            if not isinstance(rating, dict) or not isinstance(rating.get("alternateName"), str):
                raise ValueError(f'{path}: {status} needs {{"ratingValue": NUMBER, "alternateName": "TEXT"}}')
            if not isinstance(rating.get("ratingValue"), int | float) or isinstance(rating["ratingValue"], bool):
                raise ValueError(f"{path}: the ratingValue of {status} is no number")
            ratings[status] = (rating["ratingValue"], rating["alternateName"])
        values = [value for value, _ in ratings.values()]
        best, worst = data.get("bestRating", max(values)), data.get("worstRating", min(values))
        if not all(isinstance(bound, int | float) and not isinstance(bound, bool) for bound in (best, worst)):
            raise ValueError(f"{path}: bestRating and worstRating are numbers")
        if not all(worst <= value <= best for value in values):
            raise ValueError(f"{path}: every ratingValue lies between worstRating {worst} and bestRating {best}")
        return cls(ratings, best, worst)


def review_url(template: str, claim_id: str) -> str:
    """The review's url from a template naming {claim_id}; ValueError for a template that names anything else."""
    try:
        return template.format(claim_id=claim_id)
    except (KeyError, IndexError, ValueError) as err:
        raise ValueError(f"--url-template {template!r}: name only {{claim_id}} in braces ({err})") from None


def write_claimreview(
    con: duckdb.DuckDBPyConnection,
    selection: Selection,
    out: IO[str],
    author: str,
    language: str = "zh",
    scale: RatingScale | None = None,
    url_template: str | None = None,
) -> int:
    """Write the checked or reviewed claims of the selection as a JSON array of ClaimReview objects."""
    if url_template is not None:
        review_url(url_template, "")  # a bad template is said before anything is written
    n = 0
    out.write("[")
    chosen = selection.narrowed("(len(e.checks) > 0 OR e.review_status IS NOT NULL)")
    for rows in batches(con, chosen, _COLUMNS):
        for row in rows:
            out.write(",\n" if n else "\n")
            review = claim_review(row, author, language, scale or RatingScale(), url_template)
            out.write(json.dumps(review, ensure_ascii=False))
            n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def claim_review(
    row: dict,
    author: str,
    language: str = "zh",
    scale: RatingScale | None = None,
    url_template: str | None = None,
) -> dict:
    """One ClaimReview from a claim_evidence row (with its checks and its standing review, if any)."""
    checks = row["checks"]
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
        "reviewRating": _rating(row, language, scale or RatingScale()),
        "reviewBody": " ".join(sentence for check in checks for sentence in dict.fromkeys(check["other_sentences"])),
    }
    if url_template is not None:
        review["url"] = review_url(url_template, row["claim_id"])
    published = row.get("reviewed_at") or row["checked_at"]
    if published:
        review["datePublished"] = published.date().isoformat()
    return review


def _rating(row: dict, language: str, scale: RatingScale) -> dict:
    """The reviewer's rating on the desk's scale, else the worst verdict of the checks."""
    checks = row["checks"]
    between = "" if language == "zh" else " "  # explanations are whole sentences
    explained = between.join(c[f"explanation_{language}"] for c in checks)
    status = row.get("review_status")
    if status is None:
        return {"@type": "Rating", "alternateName": checks[0]["verdict"], "ratingExplanation": explained}
    value, name = scale.ratings[status]
    rating = {"@type": "Rating", "ratingValue": value, "bestRating": scale.best, "worstRating": scale.worst}
    rating |= {"alternateName": name}
    corrected = "; ".join(
        f"{name}: {plain_number(row[f'corrected_{name}'])}"
        for name in CORRECTABLE
        if row.get(f"corrected_{name}") is not None
    )
    said = (row.get("review_note"), f"corrected {corrected}." if corrected else None, explained)
    explanation = " ".join(part for part in said if part)
    if explanation:
        rating["ratingExplanation"] = explanation
    return rating


def short_sentence(sentence: str, mention: str, limit: int = CLAIM_REVIEWED_CHARS) -> str:
    """The sentence, or when longer than `limit`, the part around the figure with … where it is cut."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence
    at = max(sentence.find(mention), 0)
    start = max(0, min(at - (limit - len(mention)) // 2, len(sentence) - limit))
    piece = sentence[start : start + limit]
    return ("…" if start else "") + piece + ("…" if start + limit < len(sentence) else "")
