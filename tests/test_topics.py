"""What an article is about and which subjects carry (extract/components/topics.py), on places of our own."""

from collections import Counter

import pytest

from extract.components.topics import about_the_body, above, inside, story_bodies
from extract.places import Place, gazetteer

_GAZ = gazetteer()
_HUNAN = _GAZ.lookup("湖南省")
_LIUYANG = _GAZ.lookup("浏阳市")
_TOWN = Place("浏阳市文家市镇", "town", None, "浏阳市")
_VILLAGE = Place("浏阳市文家市镇王家村", "village", None, "浏阳市文家市镇")
_HOSPITAL = Place("湘西州人民医院", "organisation")
_SUPPLIER = Place("湖南某医药公司", "organisation")


@pytest.mark.parametrize(
    ("place", "around", "expected"),
    [
        (_VILLAGE, _TOWN, True),  # by name
        (_TOWN, _LIUYANG, True),  # by the parent it was attached to
        (_TOWN, _HUNAN, True),  # by division code
        (_LIUYANG, _TOWN, False),  # the county is around the town, not inside it
        (_TOWN, _GAZ.lookup("河南省"), False),
        (_HOSPITAL, _HUNAN, False),  # a body is in no division by this test
    ],
)
def test_inside(place, around, expected):
    assert inside(place, around) is expected


def test_above_orders_the_division_levels_only():
    assert above(_HUNAN, _TOWN) and not above(_TOWN, _HUNAN)
    assert not above(_HUNAN, _HOSPITAL)


def test_a_story_is_about_the_body_named_six_times_and_thrice_as_often_as_any_other():
    namings = [(0, _HOSPITAL)] * 4 + [(1, _HOSPITAL)] * 2 + [(1, _SUPPLIER)] * 2 + [(2, _LIUYANG)]
    # not article 2: it never names it and has a topic of its own; article 3, a later subhead with no
    # topic of its own, is still the story's
    assert story_bodies(namings, {2: _LIUYANG}, 4) == {0: _HOSPITAL, 1: _HOSPITAL, 3: _HOSPITAL}


@pytest.mark.parametrize(
    "namings",
    [
        [(0, _HOSPITAL)] * 5,  # named too seldom
        [(0, _HOSPITAL)] * 6 + [(0, _SUPPLIER)] * 3,  # another body named half as often
    ],
)
def test_no_story_body_without_a_clear_one(namings):
    assert story_bodies(namings, {}, 2) == {}


_AIRPORTS = (
    "“五一”假期湖北各机场运输旅客45.79万人次\n"
    "假期5天，武汉天河机场共保障运输航班2977架次，运送旅客38.18万人次。\n"
    "鄂州花湖机场共保障航班109架次，保障旅客7488人次。4月29日，鄂州花湖机场单日保障旅客2042人次。\n"
    "恩施机场假期累计保障航班208架次。其中，4月29日旅客吞吐量达到6360人次。"
)
_HOSPITALS = (
    "全市卫生健康工作会议召开\n"
    "市人民医院全年门诊量突破120万人次，住院病人5.2万人次。市人民医院新增床位300张。\n"
    "市中医院全年门诊量68万人次。同比增长6.5%，出院病人2.1万人次。"
)


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        # a paragraph opening with a body named once is about it: its later sentences are that body's, not those of
        # the body the paragraphs before were about (an airport group's holiday news, a city's hospitals)
        (_AIRPORTS, "湖北省", "6360人次", "恩施机场"),
        (_HOSPITALS, "某某市", "6.5%", "市中医院"),
    ],
)
def test_a_body_opening_its_paragraph_is_what_the_paragraph_is_about(claim_of, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject


# (genre, text, region, mention -> subject): a headline ranking its place in a larger whole, over a body that breaks
# its figures down by division, makes no topic of the place: the figures with no place of their own are the whole's
@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        (
            "Taiwan population statistics (Traditional)",
            "101年12月連江縣人口增加率119.14‰全國最高\n2013-01-12\n"
            "【本報訊】依據內政部統計資料,101年12月人口增加率與100年同月比較,最高的前三名由連江、金門與澎湖離島三縣市包辦。\n"
            "101年12月底人口數為23,315,822人,與上年同月比較增加90,910人,人口增加率為3.91‰。"
            "就縣市別言,人口增加率最高者為連江縣119.14‰,其次為金門縣88.83‰。\n"
            "101年12月出生數為21,202人,折合年粗出生率為10.74‰。",
            "台湾",
            {"23,315,822人": "台湾", "21,202人": "台湾", "119.14‰": "连江县", "88.83‰": "金门县"},
        ),
        (
            "provincial statistics",
            "长沙市GDP增速全省第一\n全省上半年实现地区生产总值24386亿元，同比增长4.5%。分市州看，长沙市增长6.1%，株洲市增长4.8%。"
            "全省规模以上工业增加值增长6.8%。",
            "湖南省",
            {"24386亿元": "湖南省", "6.8%": "湖南省", "6.1%": "长沙市"},
        ),
        # ranked among the others the body compares it with (表现最佳), the place is not carried to the lead either
        (
            "Taiwan traffic statistics (Traditional)",
            "8月車禍死亡減少 台中表現最佳\n交通部今日公布最新交通事故統計,8月道路交通事故3.2萬件雖較去年增加,"
            "但死亡較去年減少63人。\n就縣市來看,整體死亡人數以南投增加7人最多。",
            "台湾",
            {"3.2萬件": "台湾", "63人": "台湾"},
        ),
        (
            "city district statistics",
            "上半年福田区经济表现最佳\n上半年，深圳全市实现地区生产总值16000亿元，同比增长5.0%。分区看，福田区增长6.2%，南山区增长5.1%。",
            "深圳市",
            {"16000亿元": "深圳市", "6.2%": "福田区"},
        ),
    ],
)
def test_a_headline_ranking_a_part_of_a_broken_down_whole_is_no_topic(claim_of, genre, text, region, expected):
    subjects = {mention: claim_of(text, mention, region, date="2013-01-12")["subject"] for mention in expected}
    assert subjects == expected, genre


def test_a_headline_ranking_its_place_over_a_story_of_that_place_keeps_it_the_topic(claim_of):
    text = "长沙市GDP增速全省第一\n上半年实现地区生产总值7200亿元，同比增长6.1%。规模以上工业增加值增长7.2%。"
    assert claim_of(text, "7200亿元", "湖南省", date="2024-07-20")["subject"] == "长沙市"


_CHINA = Place("中国", "country")
_MINISTRY = Place("商务部", "organisation")


# in a story about one body, a figure carried from the region is the body's (a hospital's bribes in a prefecture's
# text); the country carried in a national text stays the country's (a ministry's release of the country's trade)
@pytest.mark.parametrize(
    ("carried", "body", "region", "expected"),
    [
        (_HUNAN, _HOSPITAL, _HUNAN, _HOSPITAL),
        (_HUNAN, _HOSPITAL, _LIUYANG, _HOSPITAL),  # a place above the region
        (_CHINA, _MINISTRY, _CHINA, _CHINA),
        (_HUNAN, _MINISTRY, _CHINA, _HUNAN),
    ],
)
def test_a_figure_carried_from_the_region_is_the_story_bodys_unless_the_region_is_the_country(
    carried, body, region, expected
):
    assert about_the_body(carried, body, Counter(), region) == expected


def test_a_ministrys_release_of_the_countrys_figures_gives_them_the_country(claims_of):
    text = (
        "在商务部1日举行的网上例行发布会上，商务部新闻发言人束珏婷针对近期热点问题进行了回应。\n"
        "商务部当天公布的数据显示，1至7月，我国服务贸易继续保持平稳增长。服务进出口总额33922.1亿元，同比增长20.7%。\n"
        "束珏婷说，商务部将持续发力推动服务贸易高质量发展。\n"
        "她表示，商务部将持续跟踪各地市场运行情况，商务部将加强监测。商务部还将做好保供工作，商务部将及时发布信息。\n"
    )
    subjects = {c["mention"]: c["subject"] for c in claims_of(text, region="中国")}
    assert subjects["33922.1亿元"] == "中国"
