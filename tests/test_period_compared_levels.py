"""The figures of a comparison (GUIDELINE, "change sentences give every figure"): the base's level keeps the time
compared with, also a year written in characters (较二零零四年的6.9%: 二零零四年), and is of what changed (上年为3.1亿
元: 净利润); the change and the figures after a base's clause keep the report's time. Texts of our own: a survey
of trades written with years in characters, a statistical communiqué, a company's results."""

import pytest

from extract.pipeline import extract_claims

TRADE_SURVEY = (
    "在零售业方面，二零零五年的总收益为2340亿元。盈余总额占总收益的7.2%，较二零零四年的7.5%下降0.3个百分点。"
    "与二零零四年比较，增加价值上升5.7%，二零零四年为340亿元。"
)
COMMUNIQUE = (
    "二〇二三年全市地区生产总值512亿元，比二〇二二年的470亿元增长8.9%。"
    "2023年全县粮食产量12.5万吨，上年为11.8万吨，增长5.9%。"
)
COMPANY_RESULTS = (
    "2023年公司营业收入58.2亿元。与上年相比，净利润增长12%，上年为3.1亿元；毛利率下降1.2个百分点，上年是25.3%。"
)


def _claims(text: str) -> dict:
    return {c.mention: c for c in extract_claims(text, "t.txt", "0" * 64, region="某某市")}


@pytest.mark.parametrize(
    ("text", "mention", "period", "metric"),
    [
        # the base's level: of the time compared with
        (TRADE_SURVEY, "7.5%", "二零零四年", "盈余总额占总收益"),
        (TRADE_SURVEY, "340亿元", "二零零四年", "增加价值"),
        (COMMUNIQUE, "470亿元", "二〇二二年", "地区生产总值"),
        (COMMUNIQUE, "11.8万吨", "上年", "粮食产量"),
        (COMPANY_RESULTS, "3.1亿元", "上年", "净利润"),
        (COMPANY_RESULTS, "25.3%", "上年", "毛利率"),
        # the level and its change: of the report's time
        (TRADE_SURVEY, "7.2%", "二零零五年", "盈余总额占总收益"),
        (TRADE_SURVEY, "0.3个百分点", "二零零五年", "盈余总额占总收益"),
        (TRADE_SURVEY, "5.7%", "二零零五年", "增加价值"),
        (COMMUNIQUE, "8.9%", "二〇二三年", "地区生产总值"),
        (COMMUNIQUE, "5.9%", "2023年", "粮食产量"),
        (COMPANY_RESULTS, "12%", "2023年", "净利润"),
        # after a clause giving the year before's level, the next change is the report's again
        (COMPANY_RESULTS, "1.2个百分点", "2023年", "毛利率"),
    ],
)
def test_a_comparisons_figures_keep_their_own_times(text, mention, period, metric):
    claim = _claims(text)[mention]
    assert (claim.period, claim.metric) == (period, metric)
