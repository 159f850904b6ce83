"""Named analyst queries (queries/*.sql) and ad-hoc SELECTs, always on a read-only connection."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb

from extract import store
from extract.named_queries import PARAMETER, named_queries
from extract.pattern_cache import compile_pattern
from extract.tables import fetch_frame

Result = TypeVar("Result")

_READING_STATEMENT = compile_pattern(
    r"\s*\(?\s*(SELECT|WITH|FROM|SUMMARIZE|DESCRIBE|SHOW|PRAGMA|VALUES)\b", re.IGNORECASE
)
# the first word of a statement that is SQL but writes, or sets, something
_OTHER_STATEMENT = compile_pattern(
    r"\s*(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|TRUNCATE|COPY|ATTACH|DETACH|INSTALL|LOAD|SET|RESET|CALL|EXPORT|"
    r"IMPORT|CHECKPOINT|VACUUM|BEGIN|COMMIT|ROLLBACK|MERGE|REPLACE|UPSERT|GRANT|USE|EXECUTE|PREPARE)\b",
    re.IGNORECASE,
)


def resolve(query: str) -> str:
    """A named query, a .sql file or a SQL statement -> the SQL to run."""
    queries = named_queries()
    if query in queries:
        return queries[query].sql
    if query.endswith(".sql"):
        path = Path(query)
        if not path.exists():
            raise ValueError(f"{query}: no such file")
        return path.read_text(encoding="utf-8")
    if _READING_STATEMENT.match(query):
        return query
    if _OTHER_STATEMENT.match(query):
        raise ValueError(
            f"only SELECT (or WITH …, FROM …, DESCRIBE, SHOW, SUMMARIZE) statements run here, not {query.split()[0]}:"
            " the database is opened read-only"
        )
    raise ValueError(f"unknown query {query!r}; named queries: {', '.join(queries)}")


def coerce(value: str) -> int | float | str:
    """A --param value of a query that declares no types: numbers as numbers, the rest as text."""
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


# "-- params: subject (text) — …; limit (integer) — …": the types a query's header declares
_DECLARED = compile_pattern(r"([A-Za-z_][A-Za-z0-9_]*)\s*\((text|integer|number)\)")


def declared_types(sql: str) -> dict[str, str]:
    """Parameter -> declared type (text, integer, number), from the query's `-- params:` line."""
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        body = line[2:].strip()
        if body.startswith("params:"):
            return dict(_DECLARED.findall(body))
    return {}


def typed(sql: str, raw: dict[str, object]) -> dict[str, object]:
    """Parameter values as the query declares them: text stays text (subject=5 is the name "5", not
    a number), integers and numbers must be ones; a value that is not is a one-line ValueError."""
    types = declared_types(sql)
    out: dict[str, object] = {}
    for name, value in raw.items():
        kind = types.get(name)
        if not isinstance(value, str):
            out[name] = value  # given typed by a caller in Python
        elif kind == "text":
            out[name] = value
        elif kind in ("integer", "number"):
            out[name] = _number(name, value, kind)
        else:
            out[name] = coerce(value)
    return out


def _number(name: str, value: str, kind: str) -> int | float:
    try:
        number = int(value) if kind == "integer" else float(value)
    except ValueError:
        article = "an integer" if kind == "integer" else "a number"
        raise ValueError(f"parameter {name}: not {article}: {value!r}") from None
    if isinstance(number, float) and not math.isfinite(number):
        raise ValueError(f"parameter {name}: not a finite number: {value!r}")
    return number


def bind(sql: str, params: dict[str, object]) -> dict[str, object]:
    """The parameters a query names ($name), taken from params; a missing one is a ValueError."""
    names = set(PARAMETER.findall(sql))
    missing = sorted(names - set(params))
    if missing:
        raise ValueError(f"missing parameter(s): {', '.join(missing)} (give them as --param name=value)")
    return {k: v for k, v in params.items() if k in names}


def refuse_unknown(sql: str, params: dict[str, object]) -> None:
    """A parameter the user gave that the query does not name is a typo, not something to ignore."""
    names = set(PARAMETER.findall(sql))
    unknown = sorted(set(params) - names)
    if unknown:
        takes = f"it takes {', '.join(sorted(names))}" if names else "it takes none"
        raise ValueError(f"unknown parameter(s) for this query: {', '.join(unknown)} ({takes})")


_READING_TYPES = (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN, duckdb.StatementType.PRAGMA)


def one_reading_statement(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """One statement, and one that reads: "SELECT 1; COPY …" runs nothing (DuckDB would run both)."""
    statements = con.extract_statements(sql)
    if len(statements) != 1:
        raise ValueError(f"one statement at a time, not {len(statements)}")
    if statements[0].type not in _READING_TYPES:
        raise ValueError(f"only statements that read run here, not {statements[0].type.name}")


def run(
    sql: str,
    params: dict[str, object],
    db: str | Path = store.DEFAULT_DB,
    fetch: Callable[[duckdb.DuckDBPyConnection, str, object], Result] = fetch_frame,
) -> Result:
    """Run on a read-only connection with bound parameters; missing ones are an error, not NULL. The
    result is what `fetch` makes of it: a frame, or (tables.fetch_rows) plain rows without pandas."""
    wanted = bind(sql, typed(sql, params))
    con = store.connect(db, sandboxed=True)
    try:
        one_reading_statement(con, sql)
        return fetch(con, sql, wanted)
    except duckdb.Error as err:
        failure = store.file_failure(err)  # the file's failure (damage), not the query's: said as such
        if failure is not None:
            raise store.StoreError(f"{db}: {failure}") from err
        raise ValueError(str(err).splitlines()[0]) from err
    finally:
        con.close()
