"""A text about Hong Kong, Macau or Taiwan counts its own dollar in 元, named or as a bare dollar sign; a bare
dollar sign is the US dollar elsewhere (local_dollars)."""

import pytest

from extract.local_dollars import local_unit
from extract.places import Place

_HONG_KONG = Place("香港特别行政区", "province", "810000000000")
_MACAU = Place("澳门特别行政区", "province", "820000000000")
_TAIPEI = Place("台北市", "city", "710100000000")
_BEIJING = Place("北京市", "province", "110000000000")


@pytest.mark.parametrize(
    ("unit", "mention", "region", "expected"),
    [
        ("美元", "$1,072,154,197", _HONG_KONG, "元"),
        ("美元", "＄300", _MACAU, "元"),
        ("美元", "$5億", _TAIPEI, "元"),
        ("港元", "港幣10億元", _HONG_KONG, "元"),  # the place's own dollar named
        ("新台币", "新臺幣2478.1億元", _TAIPEI, "元"),
        ("澳门元", "澳門元500萬", _MACAU, "元"),
        ("美元", "$20", _BEIJING, "美元"),  # a mainland text's dollar is the US dollar
        ("港元", "1.5亿港元", _BEIJING, "港元"),  # and Hong Kong's is named
        ("美元", "$20", None, "美元"),  # no place known: as read
        ("美元", "US$20", _HONG_KONG, "美元"),  # US$ says its own
        ("美元", "20美元", _HONG_KONG, "美元"),  # 美元 written out
        ("港元", "HK$20", _TAIPEI, "港元"),  # another place's dollar
    ],
)
def test_a_places_own_dollar_is_yuan(unit, mention, region, expected):
    assert local_unit(unit, mention, region) == expected


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "unit"),
    [
        (
            "Hong Kong consumer council (Traditional)",
            "所涉及金額亦大幅上升33%,達港幣10億元($1,072,154,197)。",
            "香港特别行政区",
            "$1,072,154,197",
            "元",
        ),
        (
            "Taiwan city budget news (Traditional)",
            "新北市115年度總預算歲入新台幣2478.1億元。",
            "新北市",
            "2478.1億元",
            "元",
        ),
        (
            "Taiwan city budget (Traditional)",
            "本年度編列預算$3,500,000,用於道路養護。",
            "台北市",
            "$3,500,000",
            "元",
        ),
        ("mainland import news", "全年进口牛肉货值$20亿。", "上海市", "$20亿", "美元"),
    ],
)
def test_a_dollar_figure_of_the_texts_own_money_is_yuan(claim_of, genre, text, region, mention, unit):
    assert claim_of(text, mention, region)["unit"] == unit, genre
