"""Where the project's top-level data folders are, installed or not.

schema/, queries/ and data/corpus/ live at the top of the repository (the project layout) and
are copied into the package as extract/schema, extract/queries and extract/sample when a wheel is
built (see pyproject.toml), so a non-editable install finds them. An editable install or a source
checkout reads them where they are.

The folders hold no __init__.py, so importlib.resources would hand back a namespace package's
MultiplexedPath, whose str() is a repr, not a path; a wheel installs as plain files, so a
filesystem Path next to this module is what every caller can open, list and pass on.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_REPOSITORY = _PACKAGE.parent
_FOLDERS = {"schema": "schema", "queries": "queries", "sample": "data/corpus"}


def folder(name: str) -> Path:
    """The folder `schema`, `queries` or `sample` (the bundled corpus), as a real path."""
    installed = _PACKAGE / name
    if installed.is_dir() and any(installed.iterdir()):
        return installed
    return _REPOSITORY / _FOLDERS[name]
