"""claimkb: a statistics-and-claims knowledge base for Chinese news and government reporting."""

from extract import spacy_import

spacy_import.install()  # before anything imports spaCy: without its command line (extract/spacy_import.py)

from extract.version import EXTRACTOR_VERSION  # noqa: E402

__version__ = EXTRACTOR_VERSION
