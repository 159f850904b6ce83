"""Where the project's top-level data folders are, installed or not.

schema/, queries/ and data/corpus/ live at the top of the repository (the project layout) and
are copied into the package as extract.schema, extract.queries and extract.sample when a wheel is
built (see pyproject.toml), so a non-editable install finds them. An editable install or a source
checkout reads them where they are.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

_REPOSITORY = Path(__file__).resolve().parent.parent
_FOLDERS = {"schema": "schema", "queries": "queries", "sample": "data/corpus"}


def folder(name: str) -> Traversable:
    """The folder `schema`, `queries` or `sample` (the bundled corpus)."""
    try:
        installed = resources.files(f"extract.{name}")
        if any(True for _ in installed.iterdir()):
            return installed
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        pass
    return _REPOSITORY / _FOLDERS[name]
