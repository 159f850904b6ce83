"""A part said to be a kind of its whole's thing (當中129宗為暴力罪案) counts that kind; figures after 分别 with no
names of their own (而二〇一八年則分別是728宗及119宗, 上年分别为12.1万人和6.0万人) restate the figures just before
them, one for one."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # Hong Kong's police in Traditional: a part of the crimes per 100,000, then last year's pair
        (
            "以每十萬人口計算的整體罪案有787宗，當中129宗為暴力罪案，而二〇一八年則分別是728宗及119宗。",
            "香港特别行政区",
            {"129宗": "暴力罪案", "728宗": "整体罪案", "119宗": "暴力罪案"},
        ),
        # a county's education communiqué in Simplified
        (
            "全县小学、初中在校生分别为12.5万人和6.3万人，上年分别为12.1万人和6.0万人。",
            "定西市",
            {"12.1万人": "小学在校生", "6.0万人": "初中在校生"},
        ),
        # an industry report: a part of the companies said to be high-tech
        ("全市规模以上工业企业86家，其中12家为高新技术企业。", "定西市", {"12家": "高新技术企业"}),
        # a kind named at length, to 20 characters (a Macau education survey; a Hong Kong crime review, Traditional)
        (
            "全澳共有138间学校或机构提供正规教育,当中12间为澳门特别行政区政府认可的高等教育机构。",
            "澳门特别行政区",
            {"12间": "澳门特别行政区政府认可的高等教育机构"},
        ),
        (
            "整體罪案有787宗，當中129宗為涉及青少年及兒童的嚴重暴力罪案。",
            "香港特别行政区",
            {"129宗": "涉及青少年及儿童的严重暴力罪案"},
        ),
        # people said to be people of another name are of them among the group: a recruitment's part and a
        # bulletin's part (metric_subgroups)
        ("全市新招录公务员86人，其中6人为少数民族干部。", "德州市", {"6人": "公务员中的少数民族干部"}),
        ("全省新增确诊病例9例，其中1例为外地来沪人员家属。", "辽宁省", {"1例": "确诊病例中的外地来沪人员家属"}),
    ],
)
def test_parts_said_to_be_a_kind_and_restated_pairs(claims_of, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a figure whose own clause names its thing keeps it; what it is said to be is its place or origin
        ("死亡病例1例为绥化市确诊病例。", "黑龙江省", {"1例": "死亡病例"}),
        # figures after 分别 named in their own clause keep their name
        (
            "第一、二、三产业增加值比重分别为12.1%、38.5%、49.4%；对经济增长的贡献率分别为22.5%、22.1%、55.4%。",
            "定西市",
            {"22.5%": "贡献率", "55.4%": "贡献率"},
        ),
    ],
)
def test_figures_named_in_their_own_clause_keep_their_name(claims_of, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected


def test_a_headline_mark_inside_a_place_leaves_none_of_it_in_the_metric(claims_of):
    # a feed's topic marks (#…#) cut the name 全国除湖北以外地区: none of it is what the figure counts
    text = "2月15日0-24时，全国除#湖北以外地区新增166例#，连续第12日呈下降态势。"
    claim = claims_of(text, region="中国")[0]
    assert (claim["mention"], claim["subject"]) == ("166例", "全国除湖北以外地区")
    assert claim["metric"] != "地区"


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # rates of change after 分别 are the changes of the levels listed before them with their figures in brackets,
        # one for one, whatever the levels' unit (a Macau gaming survey's expenses; a Hong Kong hospital budget)
        (
            "gaming survey expenses",
            "經營費用為279.4億元，當中市場推廣(47.9億元)及員工培訓(12.1億元)，分別上升12.0%及5.3%。",
            "澳门特别行政区",
            {"12.0%": "市场推广", "5.3%": "员工培训"},
        ),
        (
            "hospital budget",
            "醫療開支包括藥物(32.1億元)、人手(88.4億元)及設備(12.5億元)，按年分別增加5.2%、3.1%及8.8%。",
            "香港特别行政区",
            {"5.2%": "药物", "3.1%": "人手", "8.8%": "设备"},
        ),
    ],
)
def test_rates_of_change_after_respectively_are_of_the_levels_listed(claims_of, genre, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected, genre
