"""A city's figures listed by district (issue 25): the district is the subject, the thing measured the
metric, on texts of our own in two genres: a Taiwan city's statistics release in Traditional script and
a mainland city's statistical communiqué in Simplified."""

import pytest

from extract import lexicon
from extract.pipeline import extract_claims
from extract.places import gazetteer

# a Taiwan city's statistics release (Traditional), region 台南市
TW_DENSITY = (
    "本市108年底人口密度為每平方公里860人,若按各區比較,以中西區每平方公里1萬6,120人最稠密,"
    "北區1萬2,480人次之,東區1萬1,870人居第3位。"
)
TW_ELDERLY = (
    "本市65歲以上老年人口比率呈逐年上升之勢,至108年底達16.20%,較107年底上升0.61個百分點;其中左鎮區最高為30.15%,"
    "其次為龍崎區28.40%及北門區27.90%。最低者為永康區11.30%,次低為安南區12.05%。"
)
TW_GROWTH = "108年自然增加人數1,520人,自然增加率為0.81‰;社會增加率為1.10‰。"
TW_CHILDREN = (
    "另本市未滿15歲人口比率則逐年下降,108年底為11.40%,其中安南區最高為14.20%,而左鎮區6.10%、龍崎區6.30%則相對較低。"
)
# a mainland city's statistical communiqué (Simplified), region 成都市
CN_GROWTH = "全年出生人口15.2万人，自然增长率为2.35‰。全市城镇化率持续提高，年末达到79.9%，比上年末提高0.4个百分点。"
CN_DENSITY = "分区县看，以锦江区每平方公里1.2万人最稠密，青羊区1.1万人次之，金牛区0.9万人居第三。"
CN_RANKED = "分区县看，其中锦江区最高为8.5%，其次为青羊区7.9%及金牛区7.2%。最低者为新都区3.1%，次低为郫都区3.4%。"


def _claims(text: str, region: str | None) -> dict[str, object]:
    return {c.mention: c for c in extract_claims(text, "t", "0" * 64, region=region)}


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject"),
    [
        (TW_DENSITY, "台南市", "860人", "台南市"),
        (TW_DENSITY, "台南市", "1萬6,120人", "台南市中西区"),  # 以…最稠密 ranks the district, governs nothing
        (TW_DENSITY, "台南市", "1萬2,480人", "台南市北区"),  # 北區 is a district in its city's text
        (TW_DENSITY, "台南市", "1萬1,870人", "台南市东区"),
        (TW_ELDERLY, "台南市", "16.20%", "台南市"),
        (TW_ELDERLY, "台南市", "30.15%", "台南市左镇区"),  # 其中左鎮區: no town 中左鎮
        (TW_ELDERLY, "台南市", "28.40%", "台南市龙崎区"),
        (TW_ELDERLY, "台南市", "27.90%", "台南市北门区"),  # 及北門區
        (TW_ELDERLY, "台南市", "11.30%", "台南市永康区"),
        (TW_ELDERLY, "台南市", "12.05%", "台南市安南区"),
        (TW_CHILDREN, "台南市", "11.40%", "台南市"),
        (TW_CHILDREN, "台南市", "6.10%", "台南市左镇区"),  # 而左鎮區
        (TW_CHILDREN, "台南市", "6.30%", "台南市龙崎区"),
        (CN_DENSITY, "成都市", "1.2万人", "锦江区"),
        (CN_DENSITY, "成都市", "1.1万人", "青羊区"),
        (CN_RANKED, "成都市", "7.2%", "金牛区"),
        (CN_RANKED, "成都市", "3.1%", "新都区"),
        # a district written with its city is the district anywhere
        ("臺中市東勢區人口老化指數達166.6%。", None, "166.6%", "台中市东势区"),
        # Hong Kong's 北區 in a Hong Kong text
        ("2019年第二季，北區失業率為3.5%，其次為觀塘區4.1%。", "香港特别行政区", "3.5%", "北区"),
    ],
)
def test_a_figure_listed_by_district_is_the_districts(text, region, mention, subject):
    assert _claims(text, region)[mention].subject == subject


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # the metric is what is measured, never the district or the rank that lists it
        (TW_DENSITY, "台南市", "1萬6,120人", "人口密度"),
        (TW_DENSITY, "台南市", "1萬2,480人", "人口密度"),
        (TW_DENSITY, "台南市", "1萬1,870人", "人口密度"),
        # the metric's head a clause before its figure (呈逐年上升之勢, 則逐年下降)
        (TW_ELDERLY, "台南市", "16.20%", "65岁以上老年人口比率"),
        (TW_ELDERLY, "台南市", "0.61個百分點", "65岁以上老年人口比率"),
        (TW_ELDERLY, "台南市", "30.15%", "65岁以上老年人口比率"),
        (TW_ELDERLY, "台南市", "28.40%", "65岁以上老年人口比率"),
        (TW_ELDERLY, "台南市", "27.90%", "65岁以上老年人口比率"),  # 及北門區: not 北门区
        (TW_ELDERLY, "台南市", "11.30%", "65岁以上老年人口比率"),  # 最低者為: not 最低者
        (TW_ELDERLY, "台南市", "12.05%", "65岁以上老年人口比率"),  # 次低為: not 次低
        (TW_CHILDREN, "台南市", "11.40%", "未满15岁人口比率"),  # 另本市 opens the sentence, names nothing
        (TW_CHILDREN, "台南市", "14.20%", "未满15岁人口比率"),
        # 自然 opens the term: 自然增加率, 社會增加率 and 總增加率 are told apart by it
        (TW_GROWTH, "台南市", "0.81‰", "自然增加率"),
        (TW_GROWTH, "台南市", "1.10‰", "社会增加率"),
        (CN_GROWTH, "成都市", "2.35‰", "自然增长率"),
        (CN_GROWTH, "成都市", "79.9%", "城镇化率"),  # 持续提高, then the figure's clause
        # a trend at a time, with its adverb (在2015年仍有上升), then the series' figures: a grain bulletin, births
        (
            "全省粮食产量在2015年仍有上升，达到450万吨，但自2016年起下降至430万吨，随后逐年递减为2017年420万吨。",
            "江西省",
            "450万吨",
            "粮食产量",
        ),
        (
            "全省粮食产量在2015年仍有上升，达到450万吨，但自2016年起下降至430万吨，随后逐年递减为2017年420万吨。",
            "江西省",
            "420万吨",
            "粮食产量",
        ),
        (
            "全市出生人口数在2016年仍有上升，达到1.2万人，此后逐年下降为2020年0.8万人。",
            "成都市",
            "0.8万人",
            "出生人口数",
        ),
        # a clause of trend that counts something itself heads no figure after it: results news, a county's firms
        ("在14只券商股中，有8家预告上半年净利将下滑50%以上，还有6只预计亏损。", "中国", "6只", "券商"),
        ("全县规上企业中，有12家产值将下降10%以上，还有5家预计停产。", "菏泽市", "5家", "预计停产"),
    ],
)
def test_the_metric_is_what_the_listed_figures_measure(text, region, mention, metric):
    assert _claims(text, region)[mention].metric == metric


@pytest.mark.parametrize(
    ("text", "region", "mention"),
    [
        (CN_RANKED, "成都市", "7.9%"),
        (CN_RANKED, "成都市", "7.2%"),
        (CN_RANKED, "成都市", "3.1%"),
        (CN_RANKED, "成都市", "3.4%"),
    ],
)
def test_no_district_or_rank_word_is_a_metric(text, region, mention):
    metric = _claims(text, region)[mention].metric or ""
    assert "区" not in metric and "最" not in metric and "次" not in metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "unit", "kind"),
    [
        # the density's unit carried through the list; 人次之 is 人 and 次之 (comes second), not 人次
        (TW_DENSITY, "台南市", "1萬2,480人", "人/平方公里", "rate"),
        (TW_DENSITY, "台南市", "1萬1,870人", "人/平方公里", "rate"),
        (CN_DENSITY, "成都市", "1.1万人", "人/平方公里", "rate"),
        (CN_DENSITY, "成都市", "0.9万人", "人/平方公里", "rate"),
        # 人次之多 is person-times all the same
        ("国庆期间全市接待游客达10万人次之多。", "菏泽市", "10万人次之多", "人次", "count"),
        ("全市接待游客10万人次，其中外地游客6万人次。", "菏泽市", "6万人次", "人次", "count"),
    ],
)
def test_a_listed_figure_keeps_its_lists_unit(text, region, mention, unit, kind):
    claim = _claims(text, region)[mention]
    assert (claim.unit, claim.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        ("全省评出3个最美乡村。", "山东省", "3个", "最美乡村"),  # after a count 最 opens its noun
        # an age's person after it, without what the person did (issue 25 seed 11: an age's metric names the person)
        ("黄冈90岁最高龄患者治愈出院。", "湖北省", "90岁", "高龄患者"),
    ],
)
def test_a_superlative_after_a_count_or_age_still_opens_its_noun(text, region, mention, metric):
    assert _claims(text, region)[mention].metric == metric


@pytest.mark.parametrize(
    ("text", "region", "mention"),
    [
        ("黄河以北区域降水量增加12%。", "菏泽市", "12%"),  # 以北|区域: no 北区
        ("中区增长5%。", "菏泽市", "5%"),  # a Taiwan district's short name outside its city
        ("东区新增绿地120公顷。", "成都市", "120公顷"),
        ("全省北区、南区共有学校12所。", "台湾", "12所"),  # Taiwan as a whole: 北區 of which city?
    ],
)
def test_a_districts_short_name_outside_its_city_is_no_place(text, region, mention):
    subject = _claims(text, region)[mention].subject or ""
    assert not subject.endswith(("北区", "中区", "东区", "南区"))


def test_taiwans_districts_lie_in_their_cities_and_are_looked_up_in_either_script():
    gaz = gazetteer()
    rows = lexicon.rows("taiwan_districts.tsv")
    assert len(rows) > 360  # 368 districts, townships and county-administered cities
    for code, name, _written in rows:
        city = gaz.by_code[code[:4] + "0" * 8]
        assert name.startswith(city.name), (code, name)
    taichung, tainan = gaz.lookup("台中市"), gaz.lookup("台南市")
    assert gaz.lookup("東勢區", taichung).name == "台中市东势区"
    assert gaz.lookup("东势区", taichung).name == "台中市东势区"
    assert gaz.lookup("臺中市東勢區").name == "台中市东势区"
    assert gaz.lookup("北區", tainan).name == "台南市北区"
    assert gaz.lookup("北區", taichung).name == "台中市北区"
    assert gaz.city_of(gaz.lookup("東勢區", taichung)) == taichung
