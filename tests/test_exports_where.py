"""The --where filter language: what it accepts becomes SQL with bound values; anything else —
above all anything that would run other SQL — is refused with where it goes wrong."""

import pytest

from extract.exports.where import MAX_DEPTH, MAX_LENGTH, FilterError, parse_where

COLUMNS = {"subject", "value", "kind", "metric", "date", "period", "unit"}


@pytest.mark.parametrize(
    ("text", "sql", "params"),
    [
        ("subject = '单县'", '"subject" = $where_1', ["单县"]),
        ("value >= 100", '"value" >= $where_1', [100]),
        ("value != -2.5", '"value" <> $where_1', [-2.5]),
        ("value < 1e3", '"value" < $where_1', [1000.0]),
        ("subject = 'it''s'", '"subject" = $where_1', ["it's"]),
        ("subject = '单县' and value > 10", '("subject" = $where_1 AND "value" > $where_2)', ["单县", 10]),
        ("kind IN ('money', 'percent')", '"kind" IN ($where_1, $where_2)', ["money", "percent"]),
        ("kind NOT IN ('count')", '"kind" NOT IN ($where_1)', ["count"]),
        (
            "date BETWEEN '2024-01-01' AND '2024-12-31'",
            '"date" BETWEEN $where_1 AND $where_2',
            ["2024-01-01", "2024-12-31"],
        ),
        ("metric LIKE '%驿站%'", '"metric" LIKE $where_1', ["%驿站%"]),
        ("metric not ilike '%x%'", '"metric" NOT ILIKE $where_1', ["%x%"]),
        ("period IS NULL", '"period" IS NULL', []),
        ("period is not null", '"period" IS NOT NULL', []),
        (
            "NOT (subject = 'a' OR subject = 'b') AND unit = '亩'",
            '((NOT (("subject" = $where_1 OR "subject" = $where_2))) AND "unit" = $where_3)',
            ["a", "b", "亩"],
        ),
        ("  Subject='单县'  ", '"subject" = $where_1', ["单县"]),
    ],
)
def test_accepted_filters(text, sql, params):
    parsed = parse_where(text, COLUMNS)
    assert parsed.sql == sql
    assert list(parsed.params.values()) == params


def test_alias_qualifies_columns():
    assert (
        parse_where("value > 1 AND (unit = '亩')", COLUMNS, alias="e").sql
        == '(e."value" > $where_1 AND (e."unit" = $where_2))'
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # statements and SQL beyond comparisons
        ("1=1; DELETE FROM claims", "unexpected"),
        ("subject = '单县'; DROP TABLE claims", "unexpected ';"),
        ("subject = '单县' UNION SELECT text FROM documents", "expected AND, OR"),
        ("subject = (SELECT max(text) FROM documents)", "expected a value"),
        ("subject IN (SELECT subject FROM claims)", "expected a value"),
        ("lower(subject) = 'x'", "unknown column"),
        ("subject = lower('X')", "expected a value"),
        ("read_csv('/etc/passwd') IS NULL", "unknown column"),
        ("claims.subject = 'x'", "unexpected '.subject"),
        ("subject = '单县' -- comment", "expected AND, OR"),
        ("subject = '单县' /* c */", "unexpected '/"),
        ('subject = "kind"', "unexpected '\"kind\"'"),
        ("subject = 单县", "text values go in quotes"),
        ("subject = 'x' OR 1=1", "expected a column name"),
        ("subject = 'x' OR TRUE", "expected a column name"),
        ("value = 1 OR value", "expected a comparison"),
        ("subject = 'unterminated", "unexpected"),
        ("text = 'x'", "unknown column"),
        ("SELECT = 'x'", "unknown column"),
        ("subject LIKE 5", "expected a quoted text"),
        ("subject = - 'x'", "expected a value"),
        ("(subject = 'x'", "expected '\\)'"),
        ("subject = 'x')", "expected AND, OR"),
        ("subject BETWEEN 'a'", "expected AND"),
        ("", "expected a column name"),
        ("subject = $where_1", "unexpected '\\$"),
        ("subject = ?", "unexpected '\\?"),
    ],
)
def test_refused_filters(text, message):
    with pytest.raises(FilterError, match=message):
        parse_where(text, COLUMNS)


def test_length_and_depth_are_bounded():
    with pytest.raises(FilterError, match="characters long"):
        parse_where("subject = '" + "x" * MAX_LENGTH + "'", COLUMNS)
    deep = "(" * (MAX_DEPTH + 2) + "value = 1" + ")" * (MAX_DEPTH + 2)
    with pytest.raises(FilterError, match="nested"):
        parse_where(deep, COLUMNS)
    with pytest.raises(FilterError, match="nested"):
        parse_where("NOT " * (MAX_DEPTH + 2) + "value = 1", COLUMNS)
    assert parse_where("(" * 5 + "value = 1" + ")" * 5, COLUMNS).params == {"where_1": 1}
