import duckdb
import pandas as pd
import pytest

from extract.tables import Rows, aligned, fetch_frame, fetch_rows, plain_number, rows_table, without_missing


@pytest.mark.parametrize(
    ("value", "text"),
    [(465.0, "465"), (93.02, "93.02"), (1.2345e11, "123450000000"), (0.000015, "0.000015"), (7, "7"),
     (None, ""), (float("nan"), ""), ("曹县", "曹县"), (-2.5, "-2.5")],
)  # fmt: skip
def test_plain_number(value, text):
    assert plain_number(value) == text


def test_fetch_frame_gives_none_for_every_missing_value():
    con = duckdb.connect()
    frame = fetch_frame(
        con,
        "SELECT * FROM (VALUES ('曹县', 1.5, 3, DATE '2024-01-02'), (NULL, NULL, NULL, NULL)) t(s, x, n, d)",
    )
    assert frame.iloc[1].tolist() == [None, None, None, None]
    assert frame.iloc[0]["s"] == "曹县" and frame.iloc[0]["n"] == 3


def test_without_missing_keeps_present_values():
    frame = without_missing(pd.DataFrame({"a": ["x", None], "b": [1.0, float("nan")]}))
    assert frame.to_dict("records") == [{"a": "x", "b": 1.0}, {"a": None, "b": None}]


def test_rows_table_has_a_header_blanks_and_aligned_wide_characters():
    table = rows_table(Rows(["subject", "claims"], [("菏泽市", 465.0), (None, 12.0)]))
    lines = table.splitlines()
    assert lines[0].split() == ["subject", "claims"]
    assert lines[1] == "菏泽市   465"  # 菏泽市 is six columns wide, padded to the header's seven
    assert lines[2] == " " * 9 + "12"


def test_rows_table_writes_what_duckdb_returns_as_numbers_not_objects():
    con = duckdb.connect()
    result = fetch_rows(
        con, "SELECT CAST(1.50 AS DECIMAL(5, 2)) AS d, 'nan'::DOUBLE AS nan, 2.0::DOUBLE AS f, NULL AS n"
    )
    assert result.columns == ["d", "nan", "f", "n"]
    assert rows_table(result).splitlines()[1].split() == ["1.5", "2"]


def test_aligned_clips_long_cells():
    line = aligned([["a" * 60]], max_width=10)
    assert line == "a" * 9 + "…"
