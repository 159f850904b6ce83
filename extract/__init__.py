"""claimkb: a statistics-and-claims knowledge base for Chinese news and government reporting."""

from extract.version import EXTRACTOR_VERSION

__version__ = EXTRACTOR_VERSION
