import pytest

from extract.brackets import CLOSING, OPENING, Balances, balance, last_open, still_open


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


def test_the_balance_of_any_stretch_by_search_is_the_balance_counted_through_it():
    text = "固定资产投资（不含农户，下同）比上年下降7.5%，其中(a[1]〔注〕)）)新增（12例（出院3例"
    balances = Balances(text)
    for start in range(len(text) + 2):
        for end in range(len(text) + 2):
            assert balances.balance(start, end) == balance(text[start:end]), (start, end)


@pytest.mark.parametrize(
    ("text", "end", "still"),
    [
        ("93例（出院26例，死亡2例）", 13, True),  # inside the note, before it closes
        ("93例（出院26例），澳门10例（出院8例）", 20, False),  # closed, then another opened
        ("93例（含（重症）2例", 11, True),  # a nested bracket closed, the first still open
    ],
)
def test_still_open(text, end, still):
    assert still_open(text, text.index("（"), end) is still


@pytest.mark.parametrize(
    ("text", "after", "closing"),
    [
        ("造成3人死亡（广州市2人、深圳市1人）、5人受伤（其中重伤2人）", "广州市", "）"),  # the first bracket's close
        ("93例（含（重症）2例）", "重症", "）"),  # the inner one
        ("93例（出院26例", "出院", None),  # never closed
        ("全市93例，出院26例", "全市", None),  # none open
    ],
)
def test_closing_after_is_the_bracket_that_closes_the_one_open(text, after, closing):
    position = text.index(after) + len(after)
    found = Balances(text).closing_after(position)
    if closing is None:
        assert found is None
    else:
        assert found == text.index(closing, position)
