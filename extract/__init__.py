"""claimkb: a statistics-and-claims knowledge base for Chinese news and government reporting."""

from extract import spacy_import

spacy_import.install()  # before anything imports spaCy: without its command line (extract/spacy_import.py)


def __getattr__(name: str) -> str:
    """__version__, the rules' version (extract/version.py), computed when first asked for."""
    if name == "__version__":
        from extract.version import rules_version

        return rules_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
