"""Every module extract/ imports is a declared dependency of the installed claimkb."""

import ast
import re
import sys
from importlib import metadata
from pathlib import Path

import extract

PACKAGE = Path(extract.__file__).resolve().parent
# read as files rather than imported (the division table of cpca)
READ_NOT_IMPORTED = {"cpca"}
# imported only by the command that needs them, and declared in that extra (pip install 'claimkb[spark]')
OPTIONAL = {"pyspark": "spark"}


def _imported_top_modules() -> set[str]:
    names = set()
    for source in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n not in ("extract", "__future__")}


def _declared(extra: str | None = None) -> set[str]:
    requirements = metadata.requires("claimkb") or []
    if extra is None:
        chosen = [r for r in requirements if "extra ==" not in r]
    else:
        chosen = [r for r in requirements if re.search(rf"extra == .{extra}.", r)]
    return {_canonical(re.match(r"[A-Za-z0-9_.-]+", r).group(0)) for r in chosen}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_runtime_import_is_declared():
    distributions = metadata.packages_distributions()
    declared = _declared()
    undeclared = {}
    for module in _imported_top_modules() | READ_NOT_IMPORTED:
        owners = {_canonical(d) for d in distributions.get(module, [module])}
        if module in OPTIONAL:
            if not owners & _declared(OPTIONAL[module]):
                undeclared[module] = sorted(owners)
        elif not owners & declared:
            undeclared[module] = sorted(owners)
    assert not undeclared, f"imported but not in pyproject's dependencies: {undeclared}"


def test_trafilaturas_html_cleaning_is_declared():
    # lxml >= 5.2 no longer holds lxml.html.clean; trafilatura imports it for every page
    assert "lxml-html-clean" in _declared()
    import lxml.html.clean  # noqa: F401


def test_every_dependency_has_an_upper_bound():
    for requirement in metadata.requires("claimkb") or []:
        spec = requirement.split(";")[0]
        assert "<" in spec, f"no upper bound on the next major: {requirement}"
