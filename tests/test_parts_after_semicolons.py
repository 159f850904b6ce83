"""A whole and its parts split by semicolons (其中，A完成X，同比下降Y%；B完成Z…。): each part, the first after 其中 and
the next ones after a semicolon, is its own subject's and counts what the whole counts, its change too; the sentence
after the list is the whole's subject's again. Ports of two places (宁波-舟山港) and their areas (宁波港域) are
bodies."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, mention -> (metric, subject))
_LISTS = [
    (
        "port statistics",
        "10月份,宁波-舟山港港口完成旅客吞吐量33.1万人,同比减少28.6%;其中,宁波港域完成15.6万人,同比下降22.4%;"
        "舟山港域完成17.5万人,同比减少33.4%。完成货物吞吐量6484.6万吨,同比增长1.2%。",
        "宁波市",
        {
            "33.1万人": ("港口旅客吞吐量", "宁波-舟山港"),
            "15.6万人": ("港口旅客吞吐量", "宁波港域"),
            "22.4%": ("港口旅客吞吐量", "宁波港域"),
            "17.5万人": ("港口旅客吞吐量", "舟山港域"),
            "33.4%": ("港口旅客吞吐量", "舟山港域"),
            "6484.6万吨": ("货物吞吐量", "宁波-舟山港"),
        },
    ),
    (
        "provincial statistics",
        "1-10月份，全省累计完成旅客吞吐量307.2万人，同比下降19.5%；其中，宁波市累计完成139.2万人，同比下降20.2%；"
        "舟山市累计完成168万人，同比下降19%。完成货物吞吐量6484.6万吨，同比增长1.2%。",
        "浙江省",
        {
            "139.2万人": ("旅客吞吐量", "宁波市"),
            "20.2%": ("旅客吞吐量", "宁波市"),
            "168万人": ("旅客吞吐量", "舟山市"),
            "19%": ("旅客吞吐量", "舟山市"),
            "6484.6万吨": ("货物吞吐量", "浙江省"),
        },
    ),
]

# a part whose level is followed by its change: the next part after the semicolon counts what that level counts
_LISTS += [
    (
        "prefecture communiqué",
        "全市实现地区生产总值520亿元，其中涞水县120亿元，增长6.1%；易县98亿元，增长5.2%。",
        "保定市",
        {"120亿元": ("地区生产总值", "涞水县"), "98亿元": ("地区生产总值", "易县"), "5.2%": ("地区生产总值", "易县")},
    ),
    (
        "state farms report",
        "其中，红旗农场种植面积5.2万亩，增长3%；友谊农场4.1万亩，增长1.2%。",
        "黑河市",
        {"4.1万亩": ("种植面积", "友谊农场"), "1.2%": ("种植面积", "友谊农场")},
    ),
]

# a part whose level is followed by a rank's count (在全省100个工业园区中排位第五位): the next part counts what the
# level counts, past that count
_LISTS += [
    (
        "industrial parks news",
        "过百亿园区5个，其中上饶经济技术开发区主营业务收入494.82亿元，在全省100个工业园区中排位第五位；"
        "广丰经济开发区325.44亿元，全省第八位。",
        "上饶市",
        {"325.44亿元": ("主营业务收入", "广丰经济开发区")},
    ),
    (
        "county tourism ranking",
        "其中，婺源县接待游客1250万人次，在全国1800多个县中排名第十；弋阳县620万人次，全省第五。",
        "上饶市",
        {"620万人次": ("游客", "弋阳县")},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _LISTS, ids=[c[0] for c in _LISTS])
def test_parts_split_by_semicolons_and_the_sentence_after_them(genre, text, region, expected):
    claims = {c.mention: (c.metric, c.subject) for c in extract_claims(text, region=region, date="2024-11-20")}
    assert {mention: claims.get(mention) for mention in expected} == expected, genre


def test_a_sentence_opening_on_another_place_after_a_full_stop_is_no_part():
    text = "其中，宁波市完成投资15.6亿元。舟山市今年新建码头3座。全省完成货物吞吐量6484.6万吨。"
    subjects = {c.mention: c.subject for c in extract_claims(text, region="浙江省", date="2024-11-20")}
    assert subjects["3座"] == "舟山市"
