"""spaCy imported without its command line, a third of its import time (issue 32).

spacy/__init__.py imports `info` from spacy.cli.info, and so the whole spacy.cli package: every spaCy
command, with typer, weasel, requests, httpx and click, about 0.25 s of the 0.6 s `import spacy` takes,
for a function claimkb never calls. `install` puts a finder first on sys.meta_path that, the one time
spaCy is imported, runs spaCy's own loader with two stand-ins in sys.modules: `spacy.cli`, an empty
package, and `spacy.cli.info`, whose `info` imports the real one when called. The stand-ins are removed
as soon as spacy/__init__.py has run, so a later `import spacy.cli` (python -m spacy, spacy.cli.download)
loads the real package. Should a spaCy release need more of spacy.cli at import, the import is run again
without the stand-ins: slower, never broken.
"""

from __future__ import annotations

import importlib.machinery
import sys
from types import ModuleType
from typing import Any

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def install() -> None:
    """Have the next `import spacy` of this process skip spacy.cli (a no-op once spaCy is imported)."""
    if "spacy" in sys.modules or any(isinstance(f, _SpacyFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _SpacyFinder())


def spacy_info(*args: Any, **kwargs: Any) -> Any:
    """spacy.info, imported when it is called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


class _SpacyFinder:
    """Finds spaCy as the other finders do, and wraps its loader (once). A plain class, as the import system
    needs no more: importlib.abc takes longer to import than all of this module."""

    def find_spec(self, name: str, path: Any = None, target: ModuleType | None = None) -> Any:
        if name != "spacy":
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _WithoutCli(spec.loader)
        return spec


class _WithoutCli:
    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        cli, info = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")
        cli.__path__ = []  # a package, with no submodule to find
        info.info = spacy_info  # type: ignore[attr-defined]
        cli.info = info  # type: ignore[attr-defined]
        stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
        sys.modules.update(stand_ins)
        try:
            self.loader.exec_module(module)
        except ImportError:  # a spaCy that needs more of its command line at import: import it as it is
            self._remove(module, stand_ins)
            self.loader.exec_module(module)
        finally:
            self._remove(module, stand_ins)

    @staticmethod
    def _remove(module: ModuleType, stand_ins: dict[str, ModuleType]) -> None:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
        if module.__dict__.get("cli") is stand_ins["spacy.cli"]:
            del module.cli

    def __getattr__(self, name: str) -> Any:  # get_resource_reader, is_package…: spaCy's own loader's
        return getattr(self.loader, name)
