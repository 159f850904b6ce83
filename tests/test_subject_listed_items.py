"""Items of a list joined by 、 after a figure, each opening with its own division and verb (温州市应转移20.02万人、
台州市应转移11.84万人), are each their division's: the verb before the first figure governs none of the later items."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a province's typhoon response
        (
            "按地区分，温州市应转移20.02万人、台州市应转移11.84万人、丽水市应转移5929人，均已全部转移。",
            "浙江省",
            {"20.02万人": "温州市", "11.84万人": "台州市", "5929人": "丽水市"},
        ),
        # a province's holiday tourism figures
        (
            "假期间，温州市接待游客20万人次、台州市接待游客11万人次。",
            "浙江省",
            {"20万人次": "温州市", "11万人次": "台州市"},
        ),
        # a region's health notice
        (
            "新增呼伦贝尔市危重病例1例、锡林郭勒盟重症病例2例。",
            "内蒙古自治区",
            {"1例": "呼伦贝尔市", "2例": "锡林郭勒盟"},
        ),
    ],
)
def test_each_listed_item_is_its_own_divisions(claims_of, text, region, expected):
    found = {c["mention"]: c["subject"] for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # bodies joined by 、/和 before one figure did it together: no member is its subject, the last no more than
        # the first (a city's hospitals, a city's sights, a name the text knows no body by among them)
        (
            "hospital news",
            "市立医院、市中医医院、市第三人民医院共接诊患者12万人次。",
            "菏泽市",
            {"12万人次": "菏泽市"},
        ),
        (
            "holiday tourism",
            "清明上河园、万岁山大宋武侠城、开封府景区宋文化主题演艺达350场次。",
            "开封市",
            {"350场次": "开封市"},
        ),
        # 分别 pairs each body with its own figure; a body acting after the list has its own
        (
            "hospital news",
            "市立医院和市中医医院分别接诊3万人次、5万人次。",
            "菏泽市",
            {"3万人次": "菏泽市立医院", "5万人次": "菏泽市中医医院"},
        ),
        (
            "finance digest",
            "美的集团和小米集团都公布了半年业绩，不过美的集团却加速抛售小米集团股票，已累计套现超过16亿元。",
            "中国",
            {"超过16亿元": "美的集团"},
        ),
    ],
)
def test_bodies_listed_before_one_figure_are_no_subject_of_it(claims_of, genre, text, region, expected):
    found = {c["mention"]: c["subject"] for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected, genre


# a list item opening with its place or body, then a short noun and its own figure, is that place's or body's, after
# 为 or the item before's figure: a province's health bulletin (hospitals, cities), a province's daily report
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "nth", "subject"),
    [
        (
            "health bulletin",
            "出院病例8例为黑龙江省传染病防治院治愈患者2例、哈尔滨市传染病医院治愈患者4例、双鸭山市人民医院治愈患者1例。",
            "黑龙江省",
            "4例",
            0,
            "哈尔滨市传染病医院",
        ),
        (
            "health bulletin",
            "死亡病例3例为绥化市确诊病例2例、大庆市确诊病例1例。",
            "黑龙江省",
            "2例",
            0,
            "绥化市",
        ),
        (
            "daily report",
            "16日当天全省新增确诊病例3例，为广州报告3例境外输入病例。",
            "广东省",
            "3例",
            1,
            "广州市",
        ),
    ],
)
def test_a_list_items_own_place_before_its_noun_and_figure(claim_of, genre, text, region, mention, nth, subject):
    assert claim_of(text, mention, region, nth=nth)["subject"] == subject, genre


def test_places_listed_before_each_ones_figure_take_no_last_one(claim_of):
    text = "山东省新增确诊病例3例，其中：潍坊、日照市各首次报告1例确诊病例。"
    assert claim_of(text, "1例", "山东省")["subject"] != "日照市"
