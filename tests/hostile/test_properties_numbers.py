"""Properties of the numeral parsers (extract/numbers.py) and the quantity reader (extract/quantities.py).

On any run of numeral characters, with or without units, a parser returns a finite figure or raises
ValueError (the one exception its callers catch), and the quantity reader returns a Quantity or None:
nothing else escapes. Where the value is known (Arabic digits, cn2an's own writing of an integer), the
figure read is that value.
"""

from decimal import Decimal
from math import isfinite

import cn2an
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract import lexicon
from extract.numbers import (
    NumberValue,
    Share,
    parse_chinese_number,
    parse_discount,
    parse_fraction,
    parse_number,
    parse_share,
)
from extract.quantities import Quantity, find_quantities, join_unit_ranges, read_quantity, settle_units

NUMERAL_CHARACTERS = (
    "零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟兆半几余多点分之成折负数上对至-" + "0123456789.,%‰"
)
numerals = st.text(alphabet=NUMERAL_CHARACTERS, min_size=1, max_size=16)
# a unit, qualifier or word around a figure: what the quantity pattern reads after and before a numeral
UNITS = sorted(lexicon.units())
QUALIFIER_WORDS = sorted({word for words in lexicon.qualifiers().values() for word in words})
around = st.sampled_from(UNITS + QUALIFIER_WORDS + ["", " ", "　", "\t", "\n", "。", "，", "其中", "累计", "新增"])
quantity_texts = st.lists(st.one_of(numerals, around), min_size=1, max_size=8).map("".join)

PARSERS = (parse_chinese_number, parse_number, parse_share, parse_fraction, parse_discount)


def _finite_figure(result: object) -> bool:
    if isinstance(result, float):
        return isfinite(result)
    assert isinstance(result, NumberValue | Share)
    return isfinite(result.value) and (result.value_high is None or isfinite(result.value_high))


def _assert_sound(quantities: list[Quantity], text: str) -> None:
    end = 0
    for quantity in quantities:
        assert end <= quantity.start < quantity.end <= len(text)  # in order, not overlapping, inside the text
        assert text[quantity.start : quantity.end] == quantity.mention
        assert isfinite(quantity.value)
        assert quantity.value_high is None or isfinite(quantity.value_high)
        end = quantity.end


@settings(max_examples=600)
@given(numerals)
@example("一万万")
@example("七十百")
@example("百分之六七十")
@example("1" * 400)
@example("亿" * 60)
def test_a_parser_reads_a_finite_figure_or_raises_value_error(text):
    for parse in PARSERS:
        try:
            result = parse(text)
        except ValueError:
            continue
        assert _finite_figure(result), (parse.__name__, text, result)


@settings(max_examples=300)
@given(quantity_texts)
@example("一万万人")
@example("七十百人")
@example("百分之六七十")
def test_the_quantity_reader_reads_a_quantity_or_none(text):
    quantity = read_quantity(text, 5)
    if quantity is not None:
        assert (quantity.start, quantity.end, quantity.mention) == (5, 5 + len(text), text)
        assert isfinite(quantity.value) and (quantity.value_high is None or isfinite(quantity.value_high))
    found = find_quantities(text)
    _assert_sound(found, text)
    _assert_sound(join_unit_ranges(text, settle_units(text, found)), text)


def test_the_examples_of_the_spec():
    # 一万万 is the older 亿; 七十百 no numeral, so no claim; 六七十 after 百分之 the range 60-70 %
    assert parse_number("一万万") == NumberValue(100_000_000)
    with pytest.raises(ValueError):
        parse_number("七十百")
    assert read_quantity("七十百人") is None and find_quantities("七十百人") == []
    assert parse_share("百分之六七十") == Share(60, 70, "%")
    [share] = find_quantities("百分之六七十")
    assert (share.value, share.value_high, share.unit, share.qualifier) == (60, 70, "%", "range")


@settings(max_examples=300)
@given(
    st.one_of(
        st.integers(min_value=0, max_value=10**15),
        st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False),
    )
)
def test_arabic_digits_read_as_their_value(number):
    written = str(number)
    assert parse_chinese_number(written) == pytest.approx(float(number))
    assert parse_number(written) == NumberValue(parse_chinese_number(written))
    full_width = written.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
    assert parse_chinese_number(full_width) == parse_chinese_number(written)
    if isinstance(number, int):
        assert parse_chinese_number(f"{number:,}") == number  # thousands separators


@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["low", "up"]))
def test_a_chinese_numeral_cn2an_writes_reads_back_as_its_integer(number, style):
    # "up": the capital numerals of amounts written out (壹万贰仟叁佰)
    written = cn2an.an2cn(number, style)
    assert parse_chinese_number(written) == number, written
    assert parse_number(written) == NumberValue(number), written


@settings(max_examples=200)
@given(st.decimals(min_value=0, max_value=10**8, places=3, allow_nan=False, allow_infinity=False))
def test_a_chinese_decimal_cn2an_writes_reads_back_as_its_value(number):
    written = cn2an.an2cn(str(number))  # 一百点零五
    assert parse_chinese_number(written) == pytest.approx(float(number)), written


@settings(max_examples=400)
@given(
    st.sampled_from([unit for unit in UNITS if unit != "折"]),  # 八折 is a share of the price: numbers.parse_discount
    st.one_of(st.integers(min_value=2, max_value=10**9), st.decimals(min_value=0, max_value=10**6, places=2)),
)
@example("千伏", 500)  # 千 begins the unit: was 500千 = 500000 with no unit
@example("大卡", 2000)  # was 2000 大 (a rhetorical count)
@example("百分点", Decimal("0.5"))  # was 0.5百 = 50 with no unit
@example("/10万", 2)  # was the fraction 2/10 = 20%
def test_a_figure_in_arabic_digits_before_any_unit_of_the_lexicon_is_that_figure_of_that_unit(unit, number):
    text = f"{number}{unit}。"
    entry = lexicon.units()[unit]
    [quantity] = find_quantities(text)
    assert quantity.mention == f"{number}{unit}" and quantity.unit == entry.unit, quantity
    assert quantity.value == pytest.approx(float(number) * entry.scale), quantity
