"""Lists of parallel parts before 分别 (issue 25): each figure names its own part.

Categories (industries, products, age groups) listed before a measure written once after the last of them take
the measure each (批发业营业额, 0-14岁常住人口), and measures listed before a share written once take the share
each (工业投资增速); places listed so are each figure's subject, the measure its metric. A list of places with a
count or total word after it (三大城市, 两省, 合计) is one group: the figures after it are the group's, its subject
names every place. A group of cities or airports (长三角城市群, 成渝机场群, 珠三角九市) is a subject itself."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, metrics of the claims in order)
_CATEGORIES = [
    (
        "statistics communiqué, industries with 的",
        "2023年，全市批发业、零售业、住宿业的营业额分别增长5.1%、3.2%和7.4%。",
        "菏泽市",
        ["批发业营业额", "零售业营业额", "住宿业营业额"],
    ),
    (
        "statistics communiqué, industries sharing their ending",
        "全年全县工业、服务业增加值分别增长6.2%和4.8%。",
        "菏泽市",
        ["工业增加值", "服务业增加值"],
    ),
    (
        "power release, numbered industries then another category and the measure once",
        "全年第一、第二、第三产业和居民用电量增速分别为11.3%、8.1%、12.5%和4.2%。",
        "太原市",
        ["第一产业增速", "第二产业增速", "第三产业增速", "居民用电量增速"],
    ),
    (
        "enterprise survey, one-character sizes sharing their noun",
        "全市大、中、小型企业分别有12家、35家和120家。",
        "太原市",
        ["大型企业", "中型企业", "小型企业"],
    ),
    (
        "statistics communiqué, age groups with a bound",
        "年末全县0-14岁、15-59岁、60岁及以上常住人口分别为8.1万人、30.2万人和9.6万人。",
        "菏泽市",
        [None, None, "0-14岁常住人口", "15-59岁常住人口", "60岁及以上常住人口"],
    ),
    (
        "industry survey, items with joining words of their own",
        "今年，影院及剧场业、出版与印刷业、游戏业及会展业的营业收入较上年分别上升6.1%、2.4%、11.9%及8.3%。",
        "香港特别行政区",
        ["影院及剧场业营业收入", "出版与印刷业营业收入", "游戏业营业收入", "会展业营业收入"],
    ),
    (
        "government work report, products before a measure of the lexicon",
        "去年，我市新能源汽车、工业机器人和集成电路产量分别增长31.5%、12.7%和9.8%。",
        "菏泽市",
        ["新能源汽车产量", "工业机器人产量", "集成电路产量"],
    ),
    (
        "financial news, fund types with 的",
        "今年以来，货币型基金、指数型基金和债券型基金的规模分别为1.2万亿元、8000亿元和6500亿元。",
        None,
        ["货币型基金规模", "指数型基金规模", "债券型基金规模"],
    ),
    (
        "government work report, measures before a share written once",
        "高新技术产业产值、战略性新兴产业产值占比分别为41.2%、28.6%。",
        "菏泽市",
        ["高新技术产业产值占比", "战略性新兴产业产值占比"],
    ),
    (
        "statistics communiqué, sectors before a measure and its share",
        "第一产业、第二产业和第三产业增加值占比分别为9.8%、38.1%和52.1%。",
        "菏泽市",
        ["第一产业增加值占比", "第二产业增加值占比", "第三产业增加值占比"],
    ),
]

# lists whose items are measures of their own: nothing is shared out
_MEASURES = [
    (
        "tourism news, a count and an income",
        "国庆假期，全市游客人数及旅游收入同比分别增长21.4%和18.2%。",
        "菏泽市",
        ["游客人数", "旅游收入"],
    ),
    (
        "statistics release, two expenditures",
        "全年居民消费及固定资产投资总额分别上升4.2%及6.5%。",
        "菏泽市",
        ["居民消费", "固定资产投资总额"],
    ),
    (
        "environment report, pollutants with their formulas in brackets",
        "2020年，全省细颗粒物(PM2.5)、可吸入颗粒物(PM10)、二氧化硫(SO2)浓度同比分别下降11.5%、15.8%、14.3%。",
        "山东省",
        ["细颗粒物浓度", "可吸入颗粒物浓度", "二氧化硫浓度"],
    ),
    (
        "city emissions news, pollutants with their formulas in brackets",
        "全市二氧化硫(SO2)、氮氧化物(NOx)、烟尘排放量分别下降3.2%、4.1%、2.6%。",
        "济南市",
        ["二氧化硫排放量", "氮氧化物排放量", "烟尘排放量"],
    ),
    (
        "statistics communiqué, measures before 分别",
        "全市营业收入、利润总额分别增长5.3%和2.9%。",
        "菏泽市",
        ["营业收入", "利润总额"],
    ),
    (
        "Macau transport statistics, a note in brackets after each level and the changes in the next clause",
        "輕型汽車與重型電單車分別有488輛(電動車佔128輛)及480輛(電動車佔66輛),按年增加2.1倍及1.2倍。",
        "澳门特别行政区",
        ["轻型汽车", "电动车", "重型电单车", "电动车", "轻型汽车", "重型电单车"],
    ),
    (
        "city statistics release, a share of each level in brackets",
        "全市商品房与二手房分别成交1200套(同比增长5%)和860套(同比下降3%),环比分别增长8%和6%。",
        "宁波市",
        ["商品房成交", "商品房成交", "二手房成交", "二手房成交", "商品房成交", "二手房成交"],
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "metrics"), _CATEGORIES + _MEASURES)
def test_each_part_of_a_respective_list_names_its_figure(genre, text, region, metrics):
    assert [c.metric for c in extract_claims(text, region=region)] == metrics, genre


# (genre, text, region, (metric, subject) of the claims in order)
_PLACES = [
    (
        "statistics communiqué, provinces before 分别",
        "2023年，江西省、湖南省分别实现地区生产总值3.2万亿元和5.0万亿元。",
        None,
        [("地区生产总值", "江西省"), ("地区生产总值", "湖南省")],
    ),
    (
        "aviation news, three cities together",
        "2023年，北京、上海和广州三大城市机场旅客吞吐量占全国的28.4%，比上年提高1.2个百分点。",
        None,
        [
            ("城市机场旅客吞吐量占全国", "北京市、上海市、广州市"),
            ("城市机场旅客吞吐量占全国", "北京市、上海市、广州市"),
        ],
    ),
    (
        "trade news, two provinces' total",
        "广东、江苏两省外贸进出口总额合计12.6万亿元，同比增长2.1%。",
        None,
        [("外贸进出口总额", "广东省、江苏省"), ("外贸进出口总额", "广东省、江苏省")],
    ),
    (
        "statistics release, the group's per-head figure (人均 is no 均 of each)",
        "2023年，深圳、东莞两市人均地区生产总值为15.2万元。",
        None,
        [("人均地区生产总值", "深圳市、东莞市")],
    ),
    (
        "epidemic bulletin, a part singled out after the group",
        "湖北、河南两省新增确诊病例7例，其中河南省2例。",
        None,
        [("确诊病例", "湖北省、河南省"), ("确诊病例", "河南省")],
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _PLACES)
def test_listed_places_are_each_figures_subject_or_one_group(genre, text, region, expected):
    claims = [c for c in extract_claims(text, region=region) if c.mention not in ("三大",)]
    assert [(c.metric, c.subject) for c in claims] == expected, genre


def test_a_figure_of_each_listed_place_is_not_the_groups():
    """浙江、福建两省各新增2例: 各 makes the figure each province's, not the two's together."""
    claims = extract_claims("浙江、福建两省各新增确诊病例2例。", region=None)
    assert [c.subject for c in claims] != ["浙江省、福建省"]


def test_the_count_of_listed_places_is_not_the_groups():
    """新增河北、辽宁4个省: the four provinces are counted in the country, not a group that has four provinces."""
    claims = extract_claims("全国共有20个省报告疫情，新增山西、吉林、安徽、江西4个省。", region=None)
    assert [c.subject for c in claims if c.mention == "4个"] == ["中国"]


_GROUPS = [
    (
        "aviation news",
        "2023年，成渝机场群完成旅客吞吐量1.1亿人次，较上年增长62.3%。",
        [("旅客吞吐量", "成渝机场群"), ("旅客吞吐量", "成渝机场群")],
    ),
    (
        "statistics release, a city cluster and a region's counted cities",
        "长三角城市群实现地区生产总值28.1万亿元。珠三角九市完成地区生产总值11.0万亿元。",
        [("地区生产总值", "长三角城市群"), ("地区生产总值", "珠三角九市")],
    ),
    (
        "port news, a cluster's counted cities",
        "粤港澳大湾区港口群珠三角九市完成集装箱吞吐量6500万标箱。",
        [("集装箱吞吐量", "粤港澳大湾区珠三角九市")],
    ),
    (
        "government work report, a region",
        "京津冀地区实现进出口总额4.1万亿元。北部湾城市群完成地区生产总值2.6万亿元。",
        [("进出口总额", "京津冀地区"), ("地区生产总值", "北部湾城市群")],
    ),
]


@pytest.mark.parametrize(("genre", "text", "expected"), _GROUPS)
def test_a_group_of_cities_or_airports_is_the_subject(genre, text, expected):
    claims = extract_claims(text, region="中国")
    assert [(c.metric, c.subject) for c in claims] == expected, genre


# lists of figures copied with spaces around their separators (17.9%、7.6% 、16.8%) pair with the places as well
SPACED_TRADE_NEWS = (
    "青岛、烟台、潍坊三市分别进出口4588.6亿元、2800.7亿元和1320.5亿元，分别增长17.9%、7.6% 、16.8%，"
    "分别占全省进出口总值的28.3% 、17.3% 、8.1%。"
)


@pytest.mark.parametrize(
    ("mention", "subject", "kind"),
    [("16.8%", "潍坊市", "change"), ("7.6%", "烟台市", "change"), ("17.3%", "烟台市", "percent")],
)
def test_a_spaced_list_pairs_with_its_places(claims_of, mention, subject, kind):
    claim = next(c for c in claims_of(SPACED_TRADE_NEWS, region="山东省") if c["mention"] == mention)
    assert (claim["subject"], claim["kind"]) == (subject, kind)


# a Macau visitor release and a city's trade release: 分别 opening its clause pairs its figures with the list the
# clause before frames (以…为主, 主要来自…), the mainland (中国大陆) a place visitors come from like the others
@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        (
            "從關閘入境旅客為725萬人次，以中國大陸、香港及中國台灣旅客為主，分別佔79.6%、14.2%及4.1%。",
            "澳门特别行政区",
            {"79.6%": "中国大陆旅客占", "14.2%": "香港旅客占", "4.1%": "中国台湾旅客占"},
        ),
        (
            "全市出口以机电产品和劳动密集型产品为主，分别增长12%和5%。",
            "宁波市",
            {"12%": "机电产品", "5%": "劳动密集型产品"},
        ),
        # a tourism release: the comparison before 分别 written with its base time (较去年同期), as the period step
        # reads comparisons (comparison_words.txt, comparison_baselines.txt)
        (
            "外地游客以广东、湖南和江西游客为主，较去年同期分别增长12%、8%和5%。",
            "韶关市",
            {"12%": "广东游客", "8%": "湖南游客", "5%": "江西游客"},
        ),
        (
            "进口以原油和铁矿砂为主，与上年相比分别下降3.2%和1.5%。",
            "青岛市",
            {"3.2%": "原油", "1.5%": "铁矿砂"},
        ),
        # a list the clause before closes with 均 and a trend they share (a civil-affairs release, a trade release)
        (
            "2018年，杭州市結婚登記量與離婚登記量均呈下降趨勢，相比2017年分別下降2.78%和9.74%。",
            "杭州市",
            {"2.78%": "结婚登记量", "9.74%": "离婚登记量"},
        ),
        (
            "全年出口和进口均实现增长，同比分别增长12.3%和8.1%。",
            "宁波市",
            {"12.3%": "出口", "8.1%": "进口"},
        ),
    ],
)
def test_a_list_framed_in_the_clause_before_pairs_with_the_figures(claims_of, text, region, expected):
    metrics = {c["mention"]: c["metric"] for c in claims_of(text, region=region) if c["mention"] in expected}
    assert metrics == expected


def test_a_respectively_of_an_earlier_clause_names_no_later_list(claims_of):
    # a high-tech industry report: the shares after the comma are of their own clause, not the counts' list
    text = "1月到6月，全省企业专利申请和授权分别达103271件、72340件，占全省专利申请量和授权量的比重达64%、71.2%。"
    metrics = {c["mention"]: c["metric"] for c in claims_of(text, region="浙江省")}
    assert not any("," in (m or "") or "，" in (m or "") for m in metrics.values())
    assert metrics["103271件"] == "企业专利申请"


# (genre, text, region, mention, metric): a list closed by 等 and what it did, in the clause before a 分别 that the
# comparison of its changes may open (同比分别增长)
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        (
            "statistics release",
            "从产量看,光电子器件、太阳能电池(光伏电池)、中成药等呈现可喜发展势头,同比分别增长57.4%、51.4%、48.6%。",
            "泉州市",
            "51.4%",
            "太阳能电池",
        ),
        (
            "trade news",
            "机电产品、劳动密集型产品等保持增长，同比分别增长5.4%和3.1%。",
            "宁波市",
            "3.1%",
            "劳动密集型产品",
        ),
    ],
)
def test_a_list_closed_by_etc_pairs_with_the_figures_after_respectively(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# (genre, text, region, {mention: metric}): rates each with its level in brackets after it, then their changes after
# 分别 (and a comparison closing the list): the bracket is the rate's level, no word of its name, and each change is
# its rate's
@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        (
            "Macau employment survey, Traditional",
            "2023年第4季總體失業率(2.3%)和本地居民失業率(2.9%)較第3季分別下跌0.1及0.2個百分點。",
            "澳门特别行政区",
            {"2.3%": "总体失业率", "2.9%": "本地居民失业率", "0.1": "总体失业率", "0.2個百分點": "本地居民失业率"},
        ),
        (
            "city statistics communiqué",
            "全市城镇登记失业率(3.2%)和调查失业率(5.1%)比上年分别下降0.2和0.3个百分点。",
            "菏泽市",
            {"3.2%": "城镇登记失业率", "0.3个百分点": "调查失业率"},
        ),
        # levels with a thousands comma (109,420輛, 4,024元): the comma is the number's, no end of the list's clause
        (
            "Macau transport statistics, Traditional",
            "輕型汽車(109,420輛)及重型電單車(99,958輛)分別增加1.4%及2.2%。",
            "澳门特别行政区",
            {"1.4%": "轻型汽车", "2.2%": "重型电单车"},
        ),
        (
            "Macau visitor spending, Traditional",
            "首季留宿旅客(4,024元)及不過夜旅客(817元)的人均消費按年分別減少14.0%及28.4%。",
            "澳门特别行政区",
            {"14.0%": "留宿旅客人均消费", "28.4%": "不过夜旅客人均消费"},
        ),
        # levels counted in a measure word, padded with spaces, before the measure written once after the last item
        # (Macau's property and employment releases, Traditional): the bracket ends the item's name
        (
            "Macau property statistics, Traditional",
            "現貨住宅( 3,023個 )及住宅樓花( 357個 )成交金額分別為184.8億元及18.5億元。",
            "澳门特别行政区",
            {"184.8億元": "现货住宅成交金额", "18.5億元": "住宅楼花成交金额"},
        ),
        (
            "Macau employment survey, Traditional",
            "居澳勞動人口( 38.34萬人 )及就業人口( 37.68萬人 )較上一期分別增加300人及400人。",
            "澳门特别行政区",
            {"300人": "居澳劳动人口", "400人": "就业人口"},
        ),
    ],
)
def test_rates_with_their_levels_in_brackets_pair_with_their_changes(claims_of, genre, text, region, expected):
    metrics = {c["mention"]: c["metric"] for c in claims_of(text, region=region) if c["mention"] in expected}
    assert metrics == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        (
            "province holiday retail, a demonstration zone the gazetteer does not hold",
            "其中咸阳、铜川、西安市、杨凌区、延安和榆林市监测企业商品销售额同比分别增长51.82%、41.55%、29.79%、28.31%、"
            "23.23%、5.49%。",
            "陕西省",
            ["咸阳市", "铜川市", "西安市", "杨凌区", "延安市", "榆林市"],
        ),
        (
            "city industry report, an economic zone among the districts",
            "其中，和平区、河西区、空港经济区、南开区工业产值分别增长5.1%、4.2%、3.3%、2.4%。",
            "天津市",
            ["和平区", "河西区", "空港经济区", "南开区"],
        ),
    ],
)
def test_a_listed_name_the_gazetteer_does_not_hold_is_still_an_item(genre, text, region, expected):
    assert [c.subject for c in extract_claims(text, region=region)] == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        (
            "province safety review",
            "农林牧渔业，房地产业，文化、体育和娱乐业等行业共发生事故39起、死亡53人，同比分别增加6起、19人，"
            "上升15.38%、35.85%。",
            "云南省",
            {"19人": "死亡", "35.85%": "死亡"},
        ),
        (
            "city services statistics",
            "住宿业、餐饮业等服务行业共实现营业额52亿元、利润6亿元，同比分别增长8.2%、5.1%。",
            "菏泽市",
            {"8.2%": "营业额", "5.1%": "利润"},
        ),
    ],
)
def test_changes_after_fenbie_change_the_figures_listed_before_them(genre, text, region, expected):
    claims = {c.mention: c.metric for c in extract_claims(text, region=region)}
    assert {m: claims[m] for m in expected} == expected, genre
