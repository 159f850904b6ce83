"""Reprints: the same text stored more than once (a notice reposted by several outlets, an article
kept as .txt and as .html, a headline changed, a few characters edited) is one source, not several.

Two documents are reprints of each other when the Jaccard similarity of their sets of character
5-grams is at least THRESHOLD, over their normalised texts (full-width digits and letters as ASCII,
lower case, whitespace and punctuation dropped: a .txt and an .html copy differ in those), and they
print the same figures: the sequences of their numbers at least NUMBERS_AGREE alike, and the same
days named. 5-grams of Chinese text are about a word and a half, so the same notice with its
headline changed or a few characters edited stays above the threshold. The figures are required as
well because a short daily notice is a template: on the real feed, two of a commission's notices
days apart ("上海有5例确诊病例2月13日出院" and its March twin) share 80% of their 5-grams and none of
their numbers — different facts, not one source (bench/bench_reprints.py shows those pairs); and a
province's notices of successive days with no new cases print the same totals and differ only in
the day they name.

Finding them scales by MinHash with banded locality-sensitive hashing: each document's signature
(N_BANDS x BAND_ROWS minimum hashes of its 5-grams, one-permutation MinHash) is cut into bands, and
the bands' hashes are stored (the reprint_bands table, N_BANDS rows a document), so a new document is compared only with
the stored documents that share a band with it — found by a join, not by reading every text — and
each such candidate is then confirmed by the exact Jaccard of the two texts. The similarity stored
is that exact value; LSH only decides which pairs are looked at (a pair at THRESHOLD is a
candidate with probability 1 - (1 - 0.8^5)^20 = 0.9996).

Everything is vectorised with numpy (a document's 5-grams are hashed as arrays of code points), so
the cost at ingest is a few array operations per document, not a Python loop over its characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np

from extract.pattern_cache import compile_pattern

SHINGLE = 5  # characters per shingle
THRESHOLD = 0.8  # Jaccard of the shingle sets at or above which two documents are reprints
NUMBERS_AGREE = 0.8  # and how alike the sequences of their numbers must be (1.0 when neither has any)
N_BANDS = 20
BAND_ROWS = 5  # N_BANDS * BAND_ROWS minimum hashes a document
# stored documents a new one is compared with, at most: those sharing the most bands with it. A text copied
# a thousand times must not cost a thousand comparisons per copy; one confirmed pair joins the new copy to
# its group (the checks join groups transitively), so the best few candidates are enough.
MAX_CANDIDATES = 8
# a stored candidate's text is read only when the sketches estimate at least this Jaccard: at THRESHOLD the
# estimate's standard deviation over 100 bins is 0.04, so a true pair falls below this about once in 10,000
PREFILTER = 0.65
HEADLINE_CHARS = 40  # a first line this short, with text after it, is a headline (left out of the comparison)
MIN_CHARS = 20  # normalised texts shorter than this are not compared: too short to tell a reprint from a coincidence
METHOD = f"oph-minhash-lsh-{N_BANDS}x{BAND_ROWS}+jaccard-{SHINGLE}gram"

# whitespace, punctuation and symbols: what a .txt and an .html copy of one text differ in
_NOISE = compile_pattern(r"[\W_]+")
_NUMBER = compile_pattern(r"\d+(?:\.\d+)?")
_DAY = compile_pattern(r"(\d{1,2})月(\d{1,2})日")
_FULL_WIDTH = compile_pattern("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e]")
_HALF_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_EMPTY32 = np.uint32(0xFFFFFFFF)  # an empty bin in a sketch

_POWERS = np.array([pow(1_000_003, k, 2**64) for k in range(SHINGLE)], dtype=np.uint64)
_BAND_MIX = np.array([pow(0x9E3779B97F4A7C15, k + 1, 2**64) for k in range(BAND_ROWS)], dtype=np.uint64)


def half_width(text: str) -> str:
    """Full-width digits and letters as ASCII (what NFKC does to them; the rest of NFKC, at twice the cost
    of all else here, changes nothing the comparison keeps: punctuation and spaces are dropped)."""
    return text.translate(_HALF_WIDTH) if _FULL_WIDTH.search(text) else text


def normalise(text: str, nfkc: bool = True) -> str:
    """The text as compared: full-width digits and letters as ASCII, lower case, no whitespace or
    punctuation. `nfkc=False` for a text already made half-width."""
    return _NOISE.sub("", (half_width(text) if nfkc else text).lower())


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads the bits of a polynomial hash, elementwise."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def shingle_hashes(text: str, nfkc: bool = True) -> np.ndarray:
    """The sorted, distinct 64-bit hashes of the normalised text's 5-grams (the text itself, when shorter)."""
    norm = normalise(text, nfkc)
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) == 0:
        return np.empty(0, dtype=np.uint64)
    width = min(SHINGLE, len(codes))
    n = len(codes) - width + 1
    with np.errstate(over="ignore"):
        h = np.zeros(n, dtype=np.uint64)
        for k in range(width):  # SHINGLE vector operations, not a loop over characters
            h += codes[k : k + n] * _POWERS[k]
        h = np.sort(_mix(h))
    return h[np.concatenate(([True], h[1:] != h[:-1]))]  # distinct, sorted (np.unique hashes first, then sorts)


def numbers(text: str, nfkc: bool = True) -> tuple[str, ...]:
    """The numbers the text prints, in order (Arabic digits, full-width ones as ASCII)."""
    return tuple(_NUMBER.findall(half_width(text) if nfkc else text))


def days(text: str) -> frozenset[str]:
    """The days a (half-width) text names (3月5日, as "3-5"): a commission's notices of two days name two
    days, a notice and its repost the same one."""
    return frozenset(f"{m}-{d}" for m, d in _DAY.findall(text))


def figures_agree(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether two texts print the same figures: their numbers alike in order (NUMBERS_AGREE), and the
    same days named when both name any. A commission's notice of another day with unchanged figures (no
    new cases, the same totals) differs only in its date: a report of that day, not a copy."""
    if a.days and b.days and a.days != b.days:
        return False
    return numbers_agree(a.numbers, b.numbers) >= NUMBERS_AGREE


def numbers_agree(a: Sequence[str], b: Sequence[str]) -> float:
    """How alike two sequences of numbers are (difflib's ratio: 2 x matched / total), 1.0 for two empty ones."""
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sorted distinct hash arrays (shingle_hashes)."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def signature(hashes: np.ndarray) -> np.ndarray:
    """The one-permutation MinHash signature of a shingle set: the hashes fall into N_BANDS x BAND_ROWS
    bins by their top bits, and each bin keeps its least hash (an empty bin, the largest uint64). One
    pass over the shingles rather than one per hash function: the sorted hashes' first of each bin is its
    least, found without a loop (100 hash functions took 1.5 s for a 1.1 M-character text; this, 0.1 s)."""
    out = np.full(N_BANDS * BAND_ROWS, _MASK64, dtype=np.uint64)
    if len(hashes) == 0:
        return out
    with np.errstate(over="ignore"):
        # the bin, a multiply-shift of the top 32 bits: monotone in the hash, so sorted hashes are in bin order
        bins = ((hashes >> np.uint64(32)) * np.uint64(N_BANDS * BAND_ROWS)) >> np.uint64(32)
    first = np.flatnonzero(np.concatenate(([True], bins[1:] != bins[:-1])))
    out[bins[first]] = hashes[first]
    return out


def band_keys(hashes: np.ndarray, sig: np.ndarray | None = None) -> list[int]:
    """One signed 64-bit key per band of the signature (what reprint_bands stores); none for a text
    too short to compare."""
    if len(hashes) < MIN_CHARS - SHINGLE + 1:
        return []
    rows = (signature(hashes) if sig is None else sig).reshape(N_BANDS, BAND_ROWS)
    with np.errstate(over="ignore"):
        keys = _mix((rows * _BAND_MIX).sum(axis=1, dtype=np.uint64))
    return keys.view(np.int64).tolist()


def sketch(sig: np.ndarray) -> bytes:
    """The signature's top 32 bits a bin (400 bytes, what reprint_sketches stores): enough to estimate a
    stored document's Jaccard with a new one before its text is read."""
    return (sig >> np.uint64(32)).astype("<u4").tobytes()


def estimate(a: bytes, b: bytes) -> float:
    """The Jaccard two sketches estimate: the share of bins, not empty in both, holding the same hash."""
    x, y = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    if len(x) != len(y) or len(x) == 0:
        return 0.0
    used = (x != _EMPTY32) | (y != _EMPTY32)
    return float((x == y)[used].mean()) if used.any() else 0.0


def body(text: str, title: str | None = None) -> str:
    """The text as compared, without its headline: outlets reposting a notice give it headlines of their
    own, and in a short notice the headline's 5-grams weigh as much as a changed figure's. The headline
    is the title, when the text starts with it, else a short first line (HEADLINE_CHARS at most) with a
    body after it."""
    text = text.strip()
    if title and text.startswith(title.strip()):
        return text[len(title.strip()) :]
    first, newline, rest = text.partition("\n")
    if newline and len(first) <= HEADLINE_CHARS and len(rest.strip()) >= MIN_CHARS:
        return rest
    return text


@dataclass(frozen=True)
class Reprint:
    doc_id: str
    original_doc_id: str
    similarity: float


@dataclass(frozen=True)
class Fingerprint:
    """What the detector needs of a document: its shingles, band keys and date (to tell the original)."""

    doc_id: str
    hashes: np.ndarray
    keys: list[int]
    numbers: tuple[str, ...]
    date: str | None = None
    sketch: bytes = b""  # empty for a text too short to compare
    days: frozenset[str] = frozenset()  # the days the text names (reprints.days)

    @classmethod
    def of(cls, doc_id: str, text: str, date: object = None, title: str | None = None) -> Fingerprint:
        text = body(text, title)
        text = half_width(text)
        hashes = shingle_hashes(text, nfkc=False)
        sig = signature(hashes)
        keys = band_keys(hashes, sig)
        day = None if date is None else str(date)
        figures = numbers(text, nfkc=False)
        return cls(doc_id, hashes, keys, figures, day, sketch(sig) if keys else b"", days(text))


def pair(first: Fingerprint, second: Fingerprint, similarity: float) -> Reprint:
    """The pair as stored: the original is the earlier dated, else `first` (the one stored first)."""
    if second.date is not None and (first.date is None or second.date < first.date):
        return Reprint(first.doc_id, second.doc_id, similarity)
    return Reprint(second.doc_id, first.doc_id, similarity)


def find_within(prints: Sequence[Fingerprint]) -> list[Reprint]:
    """Reprint pairs among documents given in the order stored (a batch): band collisions (for each
    document, the MAX_CANDIDATES earlier ones sharing most bands with it), then the exact test."""
    buckets: dict[tuple[int, int], list[int]] = {}
    candidates: list[tuple[int, int]] = []
    for i, fp in enumerate(prints):
        shared: dict[int, int] = {}
        for band, key in enumerate(fp.keys):
            held = buckets.setdefault((band, key), [])
            for j in held:
                shared[j] = shared.get(j, 0) + 1
            held.append(i)
        best = sorted(shared, key=lambda j: (-shared[j], j))[:MAX_CANDIDATES]
        candidates.extend((j, i) for j in sorted(best))
    likely = [(j, i) for j, i in candidates if estimate(prints[j].sketch, prints[i].sketch) >= PREFILTER]
    return confirm([(prints[j], prints[i]) for j, i in likely])


def confirm(candidates: Sequence[tuple[Fingerprint, Fingerprint]]) -> list[Reprint]:
    """The candidate pairs (stored first, then later) whose exact Jaccard reaches THRESHOLD and whose
    numbers agree."""
    out = []
    shortest = MIN_CHARS - SHINGLE + 1
    for first, second in candidates:
        if first.doc_id == second.doc_id or min(len(first.hashes), len(second.hashes)) < shortest:
            continue
        similarity = jaccard(first.hashes, second.hashes)
        if similarity >= THRESHOLD and figures_agree(first, second):
            out.append(pair(first, second, round(similarity, 4)))
    return out


def sources_of(pairs: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Each document in a reprint pair -> the document standing for its group (the least doc_id of
    the group the pairs connect, transitively): documents with the same value are one source."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: root(x) for x in parent}
