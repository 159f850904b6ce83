"""Headings, topic openings and labels that say what the figures under them measure (metric_headings)."""

import pytest


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a figure whose clause names nothing counts the topic its sentence opens with (a fire service's year review,
        # a county's trade news); a connective (另一方面) is no topic
        (
            "fire service year review",
            "特別服務召喚方面,去年共有35 314宗,較二○二一年下跌2.4%。",
            "香港特别行政区",
            "35 314宗",
            "特别服务召唤",
        ),
        ("county trade news", "外贸出口方面，全年共完成12.3亿元。", "义乌市", "12.3亿元", "外贸出口"),
        (
            "Taiwan tourism (Traditional)",
            "另一方面，外國旅客來台僅857萬餘人次。",
            "台湾省",
            "857萬餘人次",
            "外国旅客来台",
        ),
    ],
)
def test_a_figure_naming_nothing_counts_its_sentences_topic(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a heading that opens with its month or year heads its clause all the same (the time is the period's): a
        # Hong Kong retail release (Traditional), a county's industry report
        (
            "Hong Kong retail sales (Traditional)",
            "若扣除期間價格變動,今年8月零售業總銷貨數量的臨時估計,較去年同月上升11%。",
            "香港特别行政区",
            "11%",
            "零售业总销货数量",
        ),
        (
            "county industry report",
            "1至9月全县规模以上工业增加值，同比增长7.6%。",
            "长顺县",
            "7.6%",
            "规模以上工业增加值",
        ),
    ],
)
def test_a_heading_opening_with_its_time_heads_the_figure(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # after a part's share, an amount whose clause names only which estimate it is (臨時估計) or nothing is the
        # part's level, and its change the part's: a Hong Kong retail release (Traditional), a city's trade news
        (
            "Hong Kong retail sales (Traditional)",
            "今年8月零售業總銷貨價值中,網上銷售佔7.3%,臨時估計為24億元,較去年同月下跌9%。",
            "香港特别行政区",
            {"24億元": "网上销售", "9%": "网上销售"},
        ),
        (
            "city trade news",
            "全市进出口总额中，民营企业进出口占61.2%，为835亿元，增长12.4%。",
            "宁波市",
            {"835亿元": "民营企业进出口", "12.4%": "民营企业进出口"},
        ),
    ],
)
def test_an_amount_after_a_parts_share_is_the_parts(claims_of, genre, text, region, expected):
    claims = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {mention: claims.get(mention) for mention in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "metric"),
    [
        # a list under a heading naming the group its parts are of, before a colon (a province's case notice, after a
        # clause of another figure; a Traditional city notice)
        (
            "province case notice",
            "危重病例2例（桂林2例），累计出院病例中：梧州1例、防城港1例。",
            "广西壮族自治区",
            "出院病例",
        ),
        ("Traditional city notice", "累計出院病例中：大安區1例、信義區1例。", "臺北市", "出院病例"),
    ],
)
def test_a_list_under_a_heading_of_its_group_before_a_colon_counts_that_group(claims_of, genre, text, region, metric):
    listed = [c for c in claims_of(text, region=region) if c["mention"] == "1例"]
    assert listed and {c["metric"] for c in listed} == {metric}, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # a numbered heading that tells a part's change heads a section on that part, up to the next numbered heading
        # (a Taiwan crop forecast, Traditional; a county's farm bulletin)
        (
            "Taiwan crop forecast",
            "一、桶柑比上年增產 45%\n本年收穫面積 3,290 公頃;預測今年總產量為 6 萬 5,090 公噸。\n"
            "二、金柑比上年增產 15%\n預估本年收穫面積為 269 公頃。",
            "台湾省",
            {"3,290 公頃": "桶柑收获面积", "6 萬 5,090 公噸": "桶柑预测总产量", "269 公頃": "金柑收获面积"},
        ),
        (
            "county farm bulletin",
            "一、粮食比上年增产3.2%\n全年播种面积12.5万亩，总产量5.1万吨。\n二、生猪较上年减少5%\n年末存栏8.2万头。",
            "嵩明县",
            {"12.5万亩": "粮食播种面积", "5.1万吨": "粮食总产量", "8.2万头": "生猪存栏"},
        ),
    ],
)
def test_a_heading_telling_a_parts_change_heads_a_section_on_it(claims_of, genre, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # growth said of a measure before the clause of the level it reached (增速平稳, 恢复两位数增长, 保持较好增势):
        # the measure is what the level and its change are of (a ministry's industry release, a city's economy)
        (
            "industry release",
            "我国软件业务收入增速平稳,达18965亿元,同比增长9.9%。",
            "中国",
            "18965亿元",
            "软件业务收入",
        ),
        ("industry release", "我国软件业务收入增速平稳,达18965亿元,同比增长9.9%。", "中国", "9.9%", "软件业务收入"),
        ("industry release", "利润总额恢复两位数增长,达2328亿元,同比增长10.7%。", "中国", "2328亿元", "利润总额"),
        ("industry release", "信息技术服务收入保持两位数增长,达12585亿元。", "中国", "12585亿元", "信息技术服务收入"),
        ("city economy", "电子产品制造业保持较好增势,增速为23.7%。", "广州市", "23.7%", "电子产品制造业"),
    ],
)
def test_growth_said_of_a_measure_before_its_level_heads_it(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # the rank a measure holds, ending the heading of the figures after 分别, is no word of what they measure (a
        # ministry's industry release, a province's tourism review)
        (
            "industry release",
            "北京、广东软件业务收入居全国前2位,分别同比增长10.6%、6.5%。",
            "中国",
            "6.5%",
            "软件业务收入",
        ),
        (
            "tourism review",
            "丽江、大理接待游客人数位居全省前两位,分别为5200万人次、4800万人次。",
            "云南省",
            "4800万人次",
            "游客人数",
        ),
    ],
)
def test_the_rank_a_measure_holds_is_no_word_of_it(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre
