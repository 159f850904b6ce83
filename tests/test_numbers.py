import pytest

from extract.numbers import NumberValue, is_year_numeral, parse_chinese_number, parse_fraction, parse_number


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
    [("百分之四十", 40), ("百分之12.5", 12.5), ("三成", 30), ("三分之一", 100 / 3), ("千分之五", 0.5)],
)
def test_parse_fraction(text, percent):
    assert parse_fraction(text) == pytest.approx(percent)


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
    ],
)
def test_chinese_decimals_and_traditional_scale_words(text, value):
    assert parse_number(text).value == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [("百分之一点二", 1.2), ("百分之三點五", 3.5), ("萬分之五", 0.05)])
def test_percent_words_with_decimals(text, value):
    assert parse_fraction(text) == pytest.approx(value)
