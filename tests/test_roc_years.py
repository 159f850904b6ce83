"""roc_years: Taiwan's 民國 years (106年底 is the end of 2017) read as years, in texts about Taiwan only;
title years and the ages that bound a group of people are no claims."""

from datetime import date

import pytest

from extract.components.period import period_dates
from extract.pipeline import extract_claims
from extract.places import Place
from extract.roc_years import gregorian, writes_roc_years

TAIPEI = Place("台北市", "city", "710100000000", "710000000000")
HONG_KONG = Place("香港特别行政区", "province", "810000000000")
WUHU = Place("芜湖市", "city", "340200000000", "340000000000")


def _claims(text: str, region: str | None = None, published: str | None = None):
    return extract_claims(text, "roc", "0" * 64, region=region, date=published)


def _of(claims, mention: str):
    found = [c for c in claims if c.mention == mention]
    assert found, [c.mention for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "region", "published", "mention", "period", "start", "end"),
    [
        # a city statistics release: the year-end stock, the year's flow, an earlier year-end
        (
            "高雄市政府主計處統計，本市112年底戶籍人口為273萬4,112人，較111年底減少3,210人。",
            "高雄市",
            "2024-03-15",
            "273萬4,112人",
            "112年底",
            "2023-12-31",
            "2023-12-31",
        ),
        (
            "新竹縣政府公布統計通報：本縣111年出生嬰兒數為5,812人，死亡人數4,903人。",
            "新竹县",
            None,
            "5,812人",
            "111年",
            "2022-01-01",
            "2022-12-31",
        ),
        (
            "臺南市政府統計，本市98年底農戶數為8萬2,140戶，占全市總戶數14.2%。",
            "台南市",
            "2024-01-10",
            "8萬2,140戶",
            "98年底",
            "2009-12-31",
            "2009-12-31",
        ),
        # a government press release: a month of the year, a day with 民國
        (
            "交通部觀光署今日發布新聞稿，113年1月臺灣入境旅客達62萬3,000人次，創疫後新高。",
            None,
            "2024-02-20",
            "62萬3,000人次",
            "113年1月",
            "2024-01-01",
            "2024-01-31",
        ),
        (
            "行政院新聞稿指出，臺北捷運自民國85年3月28日通車以來，累計載客突破百億人次，今年日均運量210萬人次。",
            None,
            "2024-05-01",
            "210萬人次",
            "今年",
            "2024-01-01",
            "2024-12-31",
        ),
        # news with the region given and no Taiwan name in the text
        ("本市110年登記結婚對數為1萬2,345對。", "台中市", None, "1萬2,345對", "110年", "2021-01-01", "2021-12-31"),
        # 民国 written says so in Simplified text too, wherever it is published
        (
            "据档案记载，该县民国36年12月底共有人口18.5万人。",
            "芜湖市",
            None,
            "18.5万人",
            "民国36年12月底",
            "1947-12-31",
            "1947-12-31",
        ),
    ],
)
def test_roc_years_are_years_with_their_dates(text, region, published, mention, period, start, end):
    claim = _of(_claims(text, region, published), mention)
    assert (claim.period, claim.period_start, claim.period_end) == (period, start, end)


@pytest.mark.parametrize(
    ("text", "region", "mention", "period"),
    [
        # a mainland text: 106年 is no year, and 2023年 stays 2023 everywhere
        ("芜湖市统计局：2023年末全市户籍人口388.2万人。", "芜湖市", "388.2万人", "2023年末"),
        ("高雄市政府主計處統計，2023年底戶籍人口為273萬4,112人。", "高雄市", "273萬4,112人", "2023年底"),
        # a Hong Kong text writes the common era: a bare 10年 there is no year of the 民國 calendar
        ("香港特區政府統計處公佈，本港2023年本地生產總值為3萬億港元。", "香港", "3萬億港元", "2023年"),
    ],
)
def test_other_years_are_left_as_they_are(text, region, mention, period):
    assert _of(_claims(text, region, "2024-03-01"), mention).period == period


@pytest.mark.parametrize(
    ("text", "region", "mentions"),
    [
        # a span of years in a text about Taiwan stays a duration
        ("臺北市政府表示，該計畫推動60年來，累計補助3,200戶。", "台北市", {"3,200戶"}),
        ("臺北市政府表示，大稻埕碼頭營運滿30年，年均遊客120萬人次。", "台北市", {"30年", "120萬人次"}),
        # mainland: a duration of 106 years is a claim
        ("该校建校106年，累计培养学生12万人。", "芜湖市", {"106年", "12万人"}),
    ],
)
def test_spans_of_years_stay_durations(text, region, mentions):
    assert {c.mention for c in _claims(text, region, "2024-03-01")} == mentions


@pytest.mark.parametrize(
    ("text", "region", "mentions"),
    [
        # a title's year in brackets (a yearbook, a report) is the edition, no duration
        ("臺中市統計年報(111年)\n本市111年底人口為281萬3,000人。", "台中市", {"281萬3,000人"}),
        ("新北市政府施政報告（112年）\n本市112年觀光旅客達4,500萬人次。", None, {"4,500萬人次"}),
        ("行政院於民國99年12月25日核定改制，合併21個鄉鎮市。", "台中市", {"21個"}),
        # a year whose level is compared with, after 逼近 (its 近 no qualifier) or 了: the year, no span
        ("澎湖今年觀光人數來到107萬7633人，已逼近105年的108萬餘人。", "澎湖县", {"107萬7633人", "108萬餘人"}),
        ("墾丁今年遊客人數達320萬人次，超越了106年的305萬人次。", "屏东县", {"320萬人次", "305萬人次"}),
    ],
)
def test_roc_years_are_no_claims(text, region, mentions):
    assert {c.mention for c in _claims(text, region)} == mentions


@pytest.mark.parametrize(
    ("text", "region", "mentions"),
    [
        # a Taiwan statistics release, Traditional: the ages bound the groups whose shares are given
        (
            "本市111年底未滿15歲之人口占12.1%，15至未滿65歲之人口占70.2%，65歲以上人口占17.7%。",
            "台北市",
            {"12.1%", "70.2%", "17.7%"},
        ),
        ("新北市65歲以上老年人口比率達18.2%，未滿15 歲人口比率為11.3%。", "新北市", {"18.2%", "11.3%"}),
        # a mainland census communiqué and a news report, Simplified
        (
            "全市常住人口中，0-14岁人口占16.1%，15-64岁人口占69.7%，65岁及以上人口占14.2%。",
            "芜湖市",
            {"16.1%", "69.7%", "14.2%"},
        ),
        ("记者获悉，全县60岁以上老年人达12.3万人，80岁以上高龄老人1.2万人。", "芜湖市", {"12.3万人", "1.2万人"}),
        # an age of a person, said exactly or roughly, or an average, stays a claim
        ("89岁老人张某获救，当地平均年龄38.5岁。", "芜湖市", {"89岁", "38.5岁"}),
        ("新增病例为一名50多岁男性，居住在本市。", "芜湖市", {"50多岁"}),
        ("新增病例為一名60多歲女性，居住在臺北市。", "台北市", {"60多歲"}),
    ],
)
def test_ages_that_bound_a_group_are_no_claims(text, region, mentions):
    assert {c.mention for c in _claims(text, region)} == mentions


@pytest.mark.parametrize(
    ("region", "script", "roc"),
    [
        (TAIPEI, None, True),
        (TAIPEI, "tw2sp", True),
        (None, "tw2sp", True),
        (HONG_KONG, "tw2sp", False),  # a Hong Kong text that names Taiwan's places writes the common era
        (WUHU, None, False),
        (WUHU, "t2s", False),  # nor a mainland text in Traditional: it names no Taiwan county by 雲縣府 or 北市府
        (None, "hk2s", False),
        (None, None, False),
    ],
)
def test_a_text_writes_roc_years_when_it_is_about_taiwan(region, script, roc):
    assert writes_roc_years(region, script) is roc


@pytest.mark.parametrize(
    ("phrase", "roc", "gregorian_phrase"),
    [
        ("106年底", True, "2017年底"),
        ("106年底", False, "106年底"),
        ("民国99年12月25日", False, "2010年12月25日"),
        ("2023年", True, "2023年"),
        ("60年来", True, "60年来"),
        ("成长60年", True, "成长60年"),
    ],
)
def test_phrases_are_read_in_the_common_era(phrase, roc, gregorian_phrase):
    assert gregorian(phrase, roc) == gregorian_phrase


def test_period_dates_take_the_roc_offset():
    assert period_dates("96年底", date(2018, 5, 28), roc=True) == ("2007-12-31", "2007-12-31")
    assert period_dates("民国99年12月25日", None) == ("2010-12-25", "2010-12-25")


@pytest.mark.parametrize(
    "text",
    ["臺中市政府表示，見證城市成長60年。", "臺北市立動物園成立70年，今年遊客達500萬人次。"],
)
def test_a_span_of_years_in_a_taiwan_text_is_no_year(text):
    claims = _claims(text, "台北市", "2024-03-01")
    assert all(c.period is None or not c.period[0].isdigit() for c in claims)


# a quarter written alone in a text about Taiwan is the figure's period: a metric left with nothing else is none, and
# a figure after a list item with its own figure names the item after it (釋迦及蓮霧則分別為9188公噸及1785公噸)
@pytest.mark.parametrize(
    ("genre", "text", "mention", "metric"),
    [
        ("agriculture headline", "農委會組國家隊賣水果 第1季突破20億元", "突破20億元", None),
        ("economy headline", "主計總處：第3季突破5兆元", "突破5兆元", None),
        (
            "agriculture release",
            "今年總出口噸數為3萬4687公噸，其中鳳梨出口1萬7167公噸、釋迦及蓮霧則分別為9188公噸及1785公噸。",
            "9188公噸",
            "释迦",
        ),
    ],
)
def test_a_quarter_alone_is_no_metric_and_a_figured_item_no_name(claim_of, genre, text, mention, metric):
    assert claim_of(text, mention, "台湾省")["metric"] == metric, genre


# since a year of the 民國 calendar (自105年起) is the period, no metric: the level reached after it is of what the
# figure before measures, and so are the levels a yearly fall reaches (逐年遞減為106年…), 遞減 a change's verb
@pytest.mark.parametrize(
    ("genre", "text", "mention", "metric"),
    [
        (
            "births release",
            "台灣新生兒數在104年仍有上升，人數來到21萬3598人，但自105年起下降至20萬8440人，隨後更逐年遞減為106年19萬3844人。",
            "20萬8440人",
            "人数",
        ),
        (
            "births release",
            "台灣新生兒數在104年仍有上升，人數來到21萬3598人，但自105年起下降至20萬8440人，隨後更逐年遞減為106年19萬3844人。",
            "19萬3844人",
            "人数",
        ),
        (
            "farm output release",
            "全縣稻米產量在104年為12萬公噸，自105年起逐年遞增為106年13萬公噸。",
            "13萬公噸",
            "稻米产量",
        ),
    ],
)
def test_since_a_roc_year_is_no_metric_and_a_yearly_fall_reaches_levels(claim_of, genre, text, mention, metric):
    assert claim_of(text, mention, "台湾省")["metric"] == metric, genre


# a year of the 民國 calendar and its month or end before a place's or body's name is the period, as 2024年9月底北京市
# is: no part of the metric, nor is the name (a city's statistics weekly, a county's population figures)
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        (
            "city statistics weekly",
            "113年9月底臺北市實際進用高齡身心障礙者計996人。",
            "台北市",
            "996人",
            "实际进用高龄身心障碍者",
        ),
        ("city statistics weekly", "112年底臺北市失智共同照護中心計11家。", "台北市", "11家", "失智共同照护中心"),
        ("county population", "112年12月連江縣人口增加率為119.14‰。", "连江县", "119.14‰", "人口增加率"),
    ],
)
def test_a_roc_period_before_a_name_opens_no_metric(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre
