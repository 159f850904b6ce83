"""The extractor's version: a release number and a digest of the rules that decide the claims.

A database keeps, with each document, the version that read it, and `claimkb ingest` skips a
document only when both its text and that version are unchanged. The release number alone was
never raised when a rule changed, so an upgraded claimkb kept the claims of the old rules; the
digest of the lexicons and the pipeline's code changes with any rule. A user lexicon's digest is
added to it (extractor_version): the same text read with other user words is read again.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from extract import user_lexicon

RELEASE = "0.5.0"
_PACKAGE = Path(__file__).resolve().parent
# what decides the claims: the pipeline's code and its word lists (not the store, checks or CLI)
_RULE_FILES = ("*.py", "components/*.py", "lexicon/*.py", "lexicon/*.txt", "lexicon/*.tsv")
_NOT_RULES = {
    "cli.py",
    "ingest.py",
    "loading.py",
    "query.py",
    "reviews.py",
    "sources.py",
    "startup.py",
    "store.py",
    "summary.py",
    "version.py",
    "workers.py",
    "__main__.py",
}


def rules_digest(package: Path = _PACKAGE) -> str:
    """Eight hex digits of SHA-256 over the rule files of the package, by path, in a fixed order."""
    digest = hashlib.sha256()
    for pattern in _RULE_FILES:
        for path in sorted(package.glob(pattern)):
            if path.name in _NOT_RULES and path.parent == package:
                continue
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


USER_LEXICON_MARK = ".lexicon."


@cache
def rules_version() -> str:
    """The release and the digest of the rules (EXTRACTOR_VERSION), computed when first asked for: reading
    and hashing every rule file is a hundredth of a second that the commands not reading text never need."""
    return f"{RELEASE}+{rules_digest()}"


def __getattr__(name: str) -> str:
    if name == "EXTRACTOR_VERSION":  # a module attribute computed on first use (PEP 562)
        return rules_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def extractor_version() -> str:
    """The version claims are read with now: EXTRACTOR_VERSION, and the digest of the user lexicon
    active (extract/user_lexicon.py), which decides claims as the package's lexicons do."""
    user = user_lexicon.active()
    return rules_version() if user is None else f"{rules_version()}{USER_LEXICON_MARK}{user.digest}"


def lexicon_digest() -> str | None:
    """The digest of the active user lexicon, None without one."""
    user = user_lexicon.active()
    return user.digest if user is not None else None
