"""`--where`: a small filter language over the export's columns, turned into SQL with bound values.

The filter is parsed, not pasted: only column names from the allowed set, comparison operators and
the keywords below reach the SQL; every literal becomes a bound parameter ($where_1, $where_2 …). So a filter cannot run
other SQL, read other tables or write — and the export's connection is read-only besides.

    filter    := or
    or        := and (OR and)*
    and       := not (AND not)*
    not       := NOT not | '(' or ')' | predicate
    predicate := column ( op value | [NOT] IN '(' value (',' value)* ')' | [NOT] BETWEEN value AND value
                        | [NOT] LIKE text | [NOT] ILIKE text | IS [NOT] NULL )
    op        := = | != | <> | < | <= | > | >=
    value     := 'text' | number | -number | TRUE | FALSE
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NoReturn

from extract.pattern_cache import compile_pattern

MAX_LENGTH = 2000
MAX_DEPTH = 32

_TOKEN = compile_pattern(
    r"""\s*(?:
        (?P<text>'(?:[^']|'')*')
      | (?P<number>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
      | (?P<op><=|>=|<>|!=|=|<|>)
      | (?P<punct>[(),-])
      | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    )""",
    re.VERBOSE,
)
_KEYWORDS = {"AND", "OR", "NOT", "IN", "BETWEEN", "LIKE", "ILIKE", "IS", "NULL", "TRUE", "FALSE"}


class FilterError(ValueError):
    """A --where filter that is not in the filter language, said with where it goes wrong."""


@dataclass(frozen=True)
class Token:
    kind: str  # text number op punct word keyword
    value: str
    position: int


@dataclass(frozen=True)
class Filter:
    sql: str
    params: dict[str, object]


def parse_where(text: str, columns: set[str], alias: str | None = None) -> Filter:
    """Parse a filter over `columns` (of the table `alias`) into a SQL condition with named
    placeholders and their values."""
    if len(text) > MAX_LENGTH:
        raise FilterError(f"filter is {len(text)} characters long; at most {MAX_LENGTH}")
    parser = _Parser(tokenize(text), columns, f"{alias}." if alias else "")
    sql = parser.parse_or(0)
    if parser.peek() is not None:
        parser.fail("expected AND, OR or the end of the filter")
    return Filter(sql, parser.params)


def tokenize(text: str) -> list[Token]:
    tokens, position = [], 0
    end = len(text.rstrip())  # only white space after this
    while position < end:
        match = _TOKEN.match(text, position)
        if match is None:
            start = len(text) - len(text[position:].lstrip())
            raise FilterError(
                f"unexpected {text[start : start + 10]!r} at character {start + 1} (text values go in quotes: 'text')"
            )
        kind = match.lastgroup or ""
        value = match.group(kind)
        start = match.start(kind)
        if kind == "word" and value.upper() in _KEYWORDS:
            kind, value = "keyword", value.upper()
        tokens.append(Token(kind, value, start))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, tokens: list[Token], columns: set[str], prefix: str) -> None:
        self.tokens, self.columns, self.prefix = tokens, columns, prefix
        self.index = 0
        self.params: dict[str, object] = {}

    def peek(self) -> Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def fail(self, message: str) -> NoReturn:
        token = self.peek()
        where = f"at {token.value!r} (character {token.position + 1})" if token else "at the end"
        raise FilterError(f"{message} {where}")

    def accept(self, kind: str, value: str | None = None) -> Token | None:
        token = self.peek()
        if token is not None and token.kind == kind and (value is None or token.value == value):
            self.index += 1
            return token
        return None

    def expect(self, kind: str, value: str, what: str) -> None:
        if self.accept(kind, value) is None:
            self.fail(f"expected {what}")

    def parse_or(self, depth: int) -> str:
        if depth > MAX_DEPTH:
            self.fail(f"filter nested more than {MAX_DEPTH} deep")
        parts = [self.parse_and(depth)]
        while self.accept("keyword", "OR"):
            parts.append(self.parse_and(depth))
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    def parse_and(self, depth: int) -> str:
        parts = [self.parse_not(depth)]
        while self.accept("keyword", "AND"):
            parts.append(self.parse_not(depth))
        return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"

    def parse_not(self, depth: int) -> str:
        if self.accept("keyword", "NOT"):
            if depth > MAX_DEPTH:
                self.fail(f"filter nested more than {MAX_DEPTH} deep")
            return f"(NOT {self.parse_not(depth + 1)})"
        if self.accept("punct", "("):
            inner = self.parse_or(depth + 1)
            self.expect("punct", ")", "')'")
            return f"({inner})"
        return self.parse_predicate()

    def parse_predicate(self) -> str:
        token = self.accept("word")
        if token is None:
            self.fail("expected a column name")
        name = token.value.lower()
        if name not in self.columns:
            self.index -= 1
            self.fail(f"unknown column (columns: {', '.join(sorted(self.columns))})")
        column = f'{self.prefix}"{name}"'
        if op := self.accept("op"):
            return f"{column} {'<>' if op.value == '!=' else op.value} {self.value()}"
        if self.accept("keyword", "IS"):
            negated = self.accept("keyword", "NOT") is not None
            self.expect("keyword", "NULL", "NULL")
            return f"{column} IS {'NOT ' if negated else ''}NULL"
        negated = "NOT " if self.accept("keyword", "NOT") else ""
        if self.accept("keyword", "IN"):
            self.expect("punct", "(", "'(' after IN")
            values = [self.value()]
            while self.accept("punct", ","):
                values.append(self.value())
            self.expect("punct", ")", "')'")
            return f"{column} {negated}IN ({', '.join(values)})"
        if self.accept("keyword", "BETWEEN"):
            low = self.value()
            self.expect("keyword", "AND", "AND")
            return f"{column} {negated}BETWEEN {low} AND {self.value()}"
        for keyword in ("LIKE", "ILIKE"):
            if self.accept("keyword", keyword):
                return f"{column} {negated}{keyword} {self.value(text_only=True)}"
        self.fail("expected a comparison (=, <, IN, BETWEEN, LIKE, IS NULL …)")

    def bind(self, value: object) -> str:
        name = f"where_{len(self.params) + 1}"
        self.params[name] = value
        return f"${name}"

    def value(self, text_only: bool = False) -> str:
        if token := self.accept("text"):
            return self.bind(token.value[1:-1].replace("''", "'"))
        if not text_only:
            negative = self.accept("punct", "-") is not None
            if token := self.accept("number"):
                number = float(token.value) if any(c in token.value for c in ".eE") else int(token.value)
                return self.bind(-number if negative else number)
            if not negative and (token := self.accept("keyword", "TRUE") or self.accept("keyword", "FALSE")):
                return self.bind(token.value == "TRUE")
        self.fail("expected a quoted text" if text_only else "expected a value ('text' or a number)")
