"""Figures measured against a plan (metric_plans): the share of the plan is the amount's completion of it, the
plan's own amount the amount's plan, and a change after them the amount's change."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, the figures and the metric each takes)
_PLANS = [
    (
        "county budget report",
        "2023年全县财政总收入完成545876万元,完成年初预算552200万元的98.9%,同比增长4%。"
        "税收收入完成169975万元,完成预算98%,同比增长6%,其中:增值税91260万元,完成预算111%,同比增长21%;"
        "企业所得税30791万元,完成预算66%,同比下降28%。",
        "湖口县",
        {
            "552200万元": "财政总收入年初预算",
            "98.9%": "财政总收入完成年初预算",
            "4%": "财政总收入",
            "98%": "税收收入完成预算",
            "6%": "税收收入",
            "111%": "增值税完成预算",
            "21%": "增值税",
            "66%": "企业所得税完成预算",
            "28%": "企业所得税",
        },
    ),
    (
        "company results",
        "今年前三季度，公司实现营业收入86.5亿元，完成年度计划的78%，同比增长12.3%；"
        "实现利润总额5.2亿元，完成年度目标的81%，同比下降3.1%。",
        "深圳市",
        {"78%": "营业收入完成年度计划", "12.3%": "营业收入", "81%": "利润总额完成年度目标", "3.1%": "利润总额"},
    ),
    (
        "work report",
        "全市固定资产投资完成320亿元，为年度计划的105%，比上年增长8.2%。",
        "芜湖市",
        {"105%": "固定资产投资为年度计划", "8.2%": "固定资产投资"},
    ),
    (
        "budget report, the amount reached",
        "一般公共预算收入完成数274609万元,完成年初预算225630万元的122%,同比增收56533万元,同比增长26%。",
        "湖口县",
        {
            "225630万元": "一般公共预算收入年初预算",
            "122%": "一般公共预算收入完成年初预算",
            "56533万元": "一般公共预算收入",
            "26%": "一般公共预算收入",
        },
    ),
    (
        "employment news, the plan's amount in brackets",
        "1-9月，全市城镇新增就业3.2万人，完成全年目标（4万人）的80%。",
        "黄冈市",
        {"4万人": "城镇新增就业全年目标", "80%": "城镇新增就业完成全年目标"},
    ),
    (
        "company results, the plan's amount in brackets",
        "公司上半年实现净利润12.6亿元，完成年度计划(20亿元)的63%，同比增长8.1%。",
        "深圳市",
        {"20亿元": "净利润年度计划", "63%": "净利润完成年度计划", "8.1%": "净利润"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _PLANS, ids=[p[0] for p in _PLANS])
def test_a_plans_share_and_the_change_after_it_are_of_the_amount_measured(genre, text, region, expected):
    metrics = {c.mention: c.metric for c in extract_claims(text, region=region, date="2024-02-01")}
    assert {mention: metrics.get(mention) for mention in expected} == expected, genre


def test_an_amount_whose_own_words_name_a_plan_keeps_them():
    text = "全年完成预算收入12.5亿元，同比增长6.1%。"
    metrics = {c.mention: c.metric for c in extract_claims(text, region="湖口县", date="2024-02-01")}
    assert metrics["12.5亿元"] == "预算收入"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2023年全县财政总收入完成545876万元,完成年初预算552200万元的98.9%。", "2023年"),
        ("2023年，公司营业收入完成年初计划的102%。", "2023年"),
    ],
)
def test_nian_chu_before_a_plan_names_the_plan_not_the_time(text, period):
    claims = extract_claims(text, region="湖口县", date="2024-02-01")
    assert {c.period for c in claims} == {period}
