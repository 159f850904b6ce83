"""The named analyst queries shipped in queries/*.sql, each with what it answers and its parameters
(its header comment, and the same in Chinese on its `zh:` and `zh params:` lines, which the dashboard shows
by default). Plain Python: the command line lists them in its help without loading DuckDB."""

from __future__ import annotations

from dataclasses import dataclass

from extract.pattern_cache import compile_pattern
from extract.resources import folder

PARAMETER = compile_pattern(r"\$([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: str
    sql: str
    description_zh: str = ""  # what it answers, in Chinese ("" when its header has no zh: line)
    params_zh: str = ""

    @property
    def parameters(self) -> list[str]:
        return sorted(set(PARAMETER.findall(self.sql)))

    @property
    def body(self) -> str:
        """The SQL without its closing semicolon, to wrap as a subquery."""
        return self.sql.strip().rstrip(";")


def named_queries() -> dict[str, NamedQuery]:
    out = {}
    for entry in folder("queries").iterdir():
        if entry.name.endswith(".sql"):
            query = parse_query_file(entry.name[:-4], entry.read_text(encoding="utf-8"))
            out[query.name] = query
    return dict(sorted(out.items()))


def parse_query_file(name: str, sql: str) -> NamedQuery:
    """The header comment says what a query answers (first lines) and its parameters (params:)."""
    description, params, chinese = [], "", {"zh:": "", "zh params:": ""}
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        body = line[2:].strip()
        if body.startswith("params:"):
            params = body[len("params:") :].strip()
        elif body.startswith(tuple(chinese)):
            label = "zh params:" if body.startswith("zh params:") else "zh:"
            chinese[label] = body[len(label) :].strip()
        elif body:
            description.append(body.split(": ", 1)[1] if body.startswith(f"{name}:") else body)
    return NamedQuery(name, " ".join(description), params, sql, chinese["zh:"], chinese["zh params:"])
