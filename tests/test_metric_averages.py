"""An average yearly change over several years (两年平均增长, 年均增长) is the change of the figure before it,
told apart from that figure's own change by its averaging words (metric step)."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, mention, metric)
_GDP = "全年地区生产总值87.4亿元，比上年增长8%，两年平均增长6%。"
_AVERAGES = [
    # a county's statistics communiqué of a year after a slump: the year's change and the two-year average
    ("statistics", _GDP, "陇西县", "6%", "地区生产总值两年平均增长"),
    ("statistics", _GDP, "陇西县", "8%", "地区生产总值"),
    ("statistics", "第二产业增加值16.3亿元，增长7.5%，两年平均增长6%；", "陇西县", "6%", "第二产业增加值两年平均增长"),
    ("statistics", "工业增加值增长9.6%，三年平均增长7.1%。", "芜湖市", "7.1%", "工业增加值三年平均增长"),
    # a work report's review of the last five years
    ("work report", "居民人均可支配收入达到4.2万元，年均增长6.5%。", "邯郸市", "6.5%", "居民人均可支配收入年均增长"),
    ("work report", "一般公共预算收入152亿元，五年平均增长 4.8%。", "邯郸市", "4.8%", "一般公共预算收入五年平均增长"),
    # company news: a change written on its own keeps its averaging words
    ("company news", "公司营业收入连续三年保持增长，年均增长12%。", "北京市", "12%", "年均增长"),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "metric"), _AVERAGES)
def test_an_average_yearly_change_is_of_the_figure_before_it(genre, text, region, mention, metric):
    claims = {c.mention.replace(" ", ""): c for c in extract_claims(text, region=region)}
    assert claims[mention].metric == metric, genre
    assert claims[mention].kind == "change", genre


# averages that are no change: a level averaged over people or years keeps its own noun
@pytest.mark.parametrize(
    ("genre", "text", "mention", "metric"),
    [
        ("statistics", "全年平均气温15.2摄氏度，比上年高0.3摄氏度。", "15.2摄氏度", "平均气温"),
        ("news", "该村年均接待游客3.5万人次。", "3.5万人次", "游客"),
    ],
)
def test_an_average_level_keeps_its_own_metric(genre, text, mention, metric):
    claims = {c.mention: c for c in extract_claims(text, region="陇西县")}
    assert metric in (claims[mention].metric or ""), genre
