import contextlib
import random

import pytest

from extract.numbers import (
    NumberValue,
    Share,
    is_year_numeral,
    parse_chinese_number,
    parse_discount,
    parse_fraction,
    parse_number,
    parse_share,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("465", 465),
        ("４６５", 465),
        ("35,522", 35522),
        ("93.02", 93.02),
        ("两", 2),
        ("一万五千", 15000),
        ("二十万亿", 2e13),
        ("一百零五", 105),
        ("二〇二四", 2024),
        ("三千五", 3500),
        ("6.7万", 67000),
        ("4041万", 40410000),
        ("1.2亿", 1.2e8),
        ("3万4000", 34000),
        ("25万6千", 256000),
        ("1,100万", 11000000),
        ("3500\n\n万", 35000000),
        ("万", 10000),
        ("十五", 15),
        # a decimal before several scale words: cn2an cannot read it, the scales multiply
        ("1.2万亿", 1.2e12),
        ("3.5千万", 3.5e7),
        ("12百万", 1.2e7),
        ("0.3亿", 3e7),
    ],
)
def test_parse_chinese_number(text, value):
    assert parse_chinese_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("七八十", NumberValue(70, 80)),
        ("二、三百", NumberValue(200, 300)),  # a 、 between the two digits, the scale after the second
        ("四五千", NumberValue(4000, 5000)),
        ("两三", NumberValue(2, 3)),
        ("十五六", NumberValue(15, 16)),
        ("二十七八万", NumberValue(270000, 280000)),
        ("2至3", NumberValue(2, 3)),
        ("2-3万", NumberValue(20000, 30000)),
        ("2万到3万", NumberValue(20000, 30000)),
        ("数百万", NumberValue(1e6, None, True)),
        ("上万", NumberValue(1e4, None, True)),
        ("十几", NumberValue(10, None, True)),
        ("二〇二三", NumberValue(2023)),  # digit by digit, not a range
    ],
)
def test_parse_number_ranges_and_vague(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "percent"),
    [("百分之四十", 40), ("百分之12.5", 12.5), ("三成", 30), ("三分之一", 33.33), ("千分之五", 0.5)],
)
def test_parse_fraction(text, percent):
    # the percentage a fraction equals, whatever sign it is written with (千分之五 is 0.5%)
    assert parse_fraction(text) == pytest.approx(percent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("百分之四十", Share(40, None, "%")),
        ("百分之六七十", Share(60, 70, "%")),  # a range after 百分之
        ("百份之三点五", Share(3.5, None, "%")),  # Macau's and Hong Kong's 百份之
        ("百分之几十", Share(10, None, "%", True)),  # vague: the lower bound
        # a fraction is numerator x 100 / denominator to two decimals, as statistics write it (1/3 is 33.33)
        ("三分之一", Share(33.33, None, "%")),
        ("1/3", Share(33.33, None, "%")),
        ("三分之二", Share(66.67, None, "%")),
        ("五分之二", Share(40, None, "%")),
        ("2/5", Share(40, None, "%")),
        # per mille and per ten thousand keep their signs, as 5‰ written with the sign does
        ("千分之五", Share(5, None, "‰")),
        ("万分之三", Share(3, None, "‱")),
        ("萬分之三", Share(3, None, "‱")),
        # 成 is a tenth after any numeral; 三成半 three and a half tenths, 半成 half a tenth
        ("9成", Share(90, None, "%")),
        ("7.2成", Share(72, None, "%")),
        ("八点五成", Share(85, None, "%")),
        ("1成", Share(10, None, "%")),
        ("1.1成", Share(11, None, "%")),  # in decimal: not 11.000000000000002
        ("六七成", Share(60, 70, "%")),
        ("三成半", Share(35, None, "%")),
        ("半成", Share(5, None, "%")),
        ("一半", Share(50, None, "%")),
        ("百分百", Share(100, None, "%")),  # all of it, as people say 百分之百
        # a discount is the share of the price paid
        ("八折", Share(80, None, "%")),
        ("75折", Share(75, None, "%")),
        ("对折", Share(50, None, "%")),
    ],
)
def test_parse_share(text, expected):
    assert parse_share(text) == expected


@pytest.mark.parametrize(
    ("numeral", "expected"),
    [
        ("八", NumberValue(80)),
        ("八五", NumberValue(85)),  # two digits read one by one: 85% of the price
        ("八点五", NumberValue(85)),
        ("8.5", NumberValue(85)),
        ("75", NumberValue(75)),
        ("9.9", NumberValue(99)),
        ("七八", NumberValue(70, 80)),
        ("对", NumberValue(50)),
    ],
)
def test_parse_discount_is_the_share_of_the_price_paid(numeral, expected):
    assert parse_discount(numeral) == expected


@pytest.mark.parametrize("numeral", ["150", "0", "十万", "abc"])
def test_what_is_no_discount_raises(numeral):
    with pytest.raises(ValueError):
        parse_discount(numeral)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 几 as a digit: the figure is vague and its value the lower bound (十几年 is 10, over)
        ("十几", NumberValue(10, None, True)),
        ("十几万", NumberValue(100_000, None, True)),
        ("三十几万", NumberValue(300_000, None, True)),
        ("几十", NumberValue(10, None, True)),
        ("几百万", NumberValue(1_000_000, None, True)),
        ("六七十", NumberValue(60, 70)),
        ("两三", NumberValue(2, 3)),
        # 万万 is the older 亿
        ("一万万", NumberValue(100_000_000)),
        # the capital numerals of amounts written out
        ("壹佰", NumberValue(100)),
        ("贰仟", NumberValue(2000)),
        ("貳仟", NumberValue(2000)),
        ("叁万伍仟", NumberValue(35000)),
        ("壹仟零伍拾", NumberValue(1050)),
        ("玖", NumberValue(9)),
        ("陆拾柒", NumberValue(67)),
        # 兆 is 10^12 as Taiwan and Hong Kong write money
        ("1兆6,951亿", NumberValue(1.6951e12)),
        ("1.5兆", NumberValue(1.5e12)),
    ],
)
def test_parse_number_vague_old_and_capital_forms(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["七十百", "几", "零分之一", "分之", "十分之", "一亿亿亿", "亿" * 60, "1" * 400])
def test_unreadable_numerals_raise_value_error(text):
    with pytest.raises(ValueError):
        parse_share(text) if "分之" in text else parse_number(text)


# the characters numerals are written with, and the words around them that the parsers look at
_NUMERAL_CHARACTERS = list(
    "一二两三四五六七八九十百千万亿零〇点半几余多成分之折对兆" + "壹贰叁伍陆柒捌玖拾佰仟0123456789./%-至"
)


@pytest.mark.parametrize("seed", range(8))
def test_no_run_of_numeral_characters_raises_anything_but_value_error(seed):
    """Property: the parsers read a numeral or raise ValueError, never another exception, on any
    run of numeral characters (a caller catches ValueError and the figure is no claim)."""
    rng = random.Random(seed)
    for _ in range(400):
        text = "".join(rng.choice(_NUMERAL_CHARACTERS) for _ in range(rng.randint(1, 14)))
        for parse in (parse_chinese_number, parse_number, parse_share, parse_fraction, parse_discount):
            with contextlib.suppress(ValueError):
                parse(text)


@pytest.mark.parametrize("text", ["", "abc", "百分"])
def test_bad_numerals_raise(text):
    with pytest.raises(ValueError):
        parse_fraction(text) if text == "百分" else parse_chinese_number(text)


@pytest.mark.parametrize(("text", "is_year"), [("2024", True), ("二〇二四", True), ("24", False), ("两千", False)])
def test_year_numerals(text, is_year):
    assert is_year_numeral(text) is is_year


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一点二", 1.2),  # 点 between Chinese digits is a decimal point
        ("一点五万", 15000),  # and a scale after it multiplies
        ("十五点八亿", 1.58e9),
        ("二百五十萬", 2.5e6),  # Traditional scale words
        ("15億", 1.5e9),
        ("兩萬", 20000),
        ("三點五", 3.5),
        ("參萬", 30000),  # 參/叄: the 3 of amounts written out
        ("參百億", 3e10),
        # digits written one by one before a scale word (Taiwan's economic news, a plan's sums)
        ("一八八一億", 1.881e11),
        ("二〇五万", 2.05e6),
        ("三〇亿", 3e9),  # two digits with a zero: no range
        ("七八万", 70000),  # two other adjacent digits stay a range (its lower bound here)
        # groups before 亿 and 万, digit by digit, and a plain numeral after them (a county budget's sums)
        ("三六六億二三二九萬七千", 36_623_297_000),
        ("二三二九萬七千", 23_297_000),
        ("一一六億", 1.16e10),
        ("十二亿三千万", 1.23e9),  # no group digit by digit: read as before
    ],
)
def test_chinese_decimals_and_traditional_scale_words(text, value):
    assert parse_number(text).value == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [("百分之一点二", 1.2), ("百分之三點五", 3.5), ("萬分之五", 0.05)])
def test_percent_words_with_decimals(text, value):
    assert parse_fraction(text) == pytest.approx(value)
