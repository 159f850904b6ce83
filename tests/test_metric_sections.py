"""A report in numbered sections names the part a section is about in its heading only: a metric standing in
two sections takes the heading of each section on a part (education and statistics communiqués)."""

import pytest

EDUCATION = (
    "一、综合\n全市共有各级各类学校820所。其中专任教师41250人，比上年增加320人。\n"
    "二、学前教育\n全市共有幼儿园402所。幼儿园教职工9810人；专任教师6120人，比上年增加150人。\n"
    "三、义务教育\n全市义务教育阶段学校312所。专任教师25630人，增长1.2%。"
)
INDUSTRY = (
    "三、工业\n全年规模以上工业企业实现营业收入1820亿元。利润总额96.5亿元，增长4.3%。\n"
    "四、服务业\n全年规模以上服务业企业实现营业收入640亿元。利润总额31.2亿元，下降2.1%。"
)


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # an education communiqué: the overall section keeps the bare metric, each level's section names its level
        (EDUCATION, "41250人", "专任教师"),
        (EDUCATION, "6120人", "学前教育专任教师"),
        (EDUCATION, "150人", "学前教育专任教师"),
        (EDUCATION, "25630人", "义务教育专任教师"),
        (EDUCATION, "1.2%", "义务教育专任教师"),
        (EDUCATION, "9810人", "幼儿园教职工"),  # a metric standing in one section only is left alone
        # a statistics communiqué: the profits of industry and of services
        (INDUSTRY, "96.5亿元", "工业利润总额"),
        (INDUSTRY, "31.2亿元", "服务业利润总额"),
        (INDUSTRY, "2.1%", "服务业利润总额"),
    ],
)
def test_a_metric_standing_in_two_sections_takes_its_sections_heading(claim_of, text, mention, metric):
    assert claim_of(text, mention, "绵阳市")["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # one section only: the heading scopes nothing apart
        ("二、学前教育\n全市共有幼儿园402所，专任教师6120人。", "6120人", "专任教师"),
        # a work report's headings are a year's review and plan, not parts
        (
            "一、2024年工作回顾\n全市地区生产总值增长5.2%。\n二、2025年工作安排\n全市地区生产总值预期增长5%左右。",
            "5%左右",
            "地区生产总值",
        ),
        # a heading that ends with the metric is about it (a census communiqué's 户别人口 over 人口), in two sections
        (
            "一、常住人口\n全县常住人口为188194人，平均每个家庭户的人口为3.50人。\n二、户别人口\n"
            "平均每个家庭户的人口为3.34人。",
            "3.34人",
            "人口",
        ),
        # a heading that is a sentence (a work report's) names no part
        (
            "一、经济运行稳中向好\n全市地区生产总值增长5.2%。\n二、民生保障持续加强\n全市地区生产总值增长5%。",
            "5%",
            "地区生产总值",
        ),
    ],
)
def test_headings_that_set_nothing_apart_leave_the_metric(claim_of, text, mention, metric):
    assert claim_of(text, mention, "绵阳市")["metric"] == metric


def test_a_headings_closing_word_naming_no_part_is_left_off(claims_of):
    # a court's work report in sections: the cases closed in each line of trial work
    text = "一、刑事审判工作\n全年审结案件1260件，同比增长3%。\n二、民事审判工作\n全年审结案件8640件。"
    metrics = [c["metric"] for c in claims_of(text, region="珠海市")]
    assert metrics == ["刑事审判审结案件", "刑事审判审结案件", "民事审判审结案件"]


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric", "kind"),
    [
        # a communiqué's label run into a paragraph's first sentence before its time is the section's heading; the
        # parts after 其中 are of the level before the change, in its kind (a county's and a city's 统计公报)
        (
            "county communiqué",
            "一、综 合\n人口年末常住人口94.9万人,比上年末增加0.1万人,其中城镇人口41.4万人,乡村人口53.5万人。",
            "中江县",
            "94.9万人",
            "常住人口",
            "count",
        ),
        (
            "county communiqué",
            "一、综 合\n人口年末常住人口94.9万人,比上年末增加0.1万人,其中城镇人口41.4万人,乡村人口53.5万人。",
            "中江县",
            "41.4万人",
            "城镇人口",
            "count",
        ),
        (
            "city communiqué",
            "国民经济\n国民经济全年实现地区生产总值439.19亿元。",
            "洛阳市",
            "439.19亿元",
            "地区生产总值",
            "money",
        ),
        # not a category that opens a measure (城镇居民 is no label)
        (
            "city communiqué",
            "城镇居民全年人均可支配收入4.8万元。",
            "洛阳市",
            "4.8万元",
            "城镇居民人均可支配收入",
            "rate",
        ),
    ],
)
def test_a_run_in_label_heads_its_section(claim_of, genre, text, region, mention, metric, kind):
    claim = claim_of(text, mention, region)
    assert (claim["metric"], claim["kind"]) == (metric, kind), genre
