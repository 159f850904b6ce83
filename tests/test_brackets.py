import pytest

from extract.brackets import CLOSING, OPENING, balance, last_open


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", 0), ("全市（含开发区", 1), ("区）增长5%", -1), ("（a）(b)〔c〕[d]", 0), ("((（〔[", 5), ("]〕）)", -4)],
)
def test_balance_counts_every_kind_of_bracket(text, expected):
    assert balance(text) == expected


def test_balance_counts_exactly_the_brackets_named():
    # balance is written out bracket by bracket for speed: it must count what OPENING and CLOSING name
    text = OPENING * 3 + CLOSING + "（）()〔〕[]【】<>" + OPENING[1]
    assert balance(text) == sum(text.count(c) for c in OPENING) - sum(text.count(c) for c in CLOSING)


def test_last_open_is_the_innermost_bracket_left_open():
    assert last_open("a（b(c)d") == 1 and last_open("(a)") is None
