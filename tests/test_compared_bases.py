"""A figure compared with a base (較105年底人口…增加…, 比上年末常住人口…增加…): the base figure is of the time
compared with, the figure after the verb is the change from it, of the figure's own time, and the metric is the
thing counted, without the year (a Taiwan year of the 民國 calendar opening a metric is its period)."""

import pytest

from extract.pipeline import extract_claims


def _of(text: str, region: str, mention: str, published: str = "2024-04-01"):
    claims = extract_claims(text, "bases", "0" * 64, region=region, date=published)
    found = [c for c in claims if c.mention == mention]
    assert found, [c.mention for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "region", "mention", "kind", "direction", "metric", "period"),
    [
        # a Taiwan city statistics release, Traditional: after the base figure, and with no base figure
        (
            "本市112年底戶籍人口為273萬4,112人,較111年底人口271萬9,560人增加1萬4,552人,成長率0.54%。",
            "高雄市",
            "1萬4,552人",
            "change",
            "increase",
            "户籍人口",
            "112年底",
        ),
        (
            "本縣111年底戶數為21萬3,045戶,較110年底減少1,208戶。",
            "新竹县",
            "1,208戶",
            "change",
            "decrease",
            "户数",
            "111年底",
        ),
        (
            "本市112年底戶數為108萬5,432戶,較111年底增加1萬2,005戶。",
            "高雄市",
            "1萬2,005戶",
            "change",
            "increase",
            "户数",
            "112年底",
        ),
        # a mainland statistics communiqué, Simplified: the same, with years of the common era
        (
            "2023年末全市常住人口386.2万人，比2022年末常住人口385.0万人增加1.2万人。",
            "芜湖市",
            "1.2万人",
            "change",
            "increase",
            "常住人口",
            "2023年末",
        ),
        (
            "年末全县户籍人口52.4万人，较上年末的52.9万人减少0.5万人。",
            "芜湖市",
            "0.5万人",
            "change",
            "decrease",
            "户籍人口",
            "年末",
        ),
        # a count that went up with no base written is the count of what was added (the gold's)
        ("今年以来，全市受益群众增加6万人。", "芜湖市", "6万人", "count", None, "受益群众", "今年以来"),
    ],
)
def test_a_figure_after_its_base_is_the_change(text, region, mention, kind, direction, metric, period):
    claim = _of(text, region, mention)
    assert (claim.kind, claim.direction, claim.metric, claim.period) == (kind, direction, metric, period)


@pytest.mark.parametrize(
    ("text", "region", "mention", "kind", "period"),
    [
        # the time compared with, then the figure's noun: the base figure is of that time
        (
            "至112年底人口已達265萬3,201人,較111年底人口264萬1,020人增加1萬2,181人。",
            "高雄市",
            "264萬1,020人",
            "count",
            "111年底",
        ),
        (
            "2023年末全市常住人口386.2万人，比2022年末常住人口385.0万人增加1.2万人。",
            "芜湖市",
            "385.0万人",
            "count",
            "2022年末",
        ),
        (
            "2023年全县地区生产总值215.6亿元，比上年地区生产总值203.1亿元增加12.5亿元。",
            "芜湖市",
            "203.1亿元",
            "money",
            "上年",
        ),
        # a word of the change between the time and the figure: the figure is the change, of the text's time
        ("2023年全市粮食产量52.1万吨，比上年增加1.2万吨。", "芜湖市", "1.2万吨", "change", "2023年"),
        ("2023年全市进出口总额120亿元，比上年增幅12.3%。", "芜湖市", "12.3%", "change", "2023年"),
    ],
)
def test_a_base_figure_is_of_the_time_compared_with(text, region, mention, kind, period):
    claim = _of(text, region, mention)
    assert (claim.kind, claim.period) == (kind, period)


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric", "period"),
    [
        # a Taiwan statistics release: the year opening the phrase is the period, not the thing counted
        ("高雄市政府主計處統計,本市112年底人口密度為每平方公里942人。", "高雄市", "942人", "人口密度", "112年底"),
        ("111年自然增加人數2,145人,社會增加人數為3,021人。", "新竹县", "2,145人", "自然增加人数", "111年"),
        ("新竹縣111年底未滿15歲之人口占15.4%。", "新竹县", "15.4%", "未满15岁之人口占", "111年底"),
        # a mainland communiqué: the same for years of the common era, as before
        ("2023年末全市常住人口386.2万人。", "芜湖市", "386.2万人", "常住人口", "2023年末"),
        # a mainland text's 106年 is no year: a span, kept
        ("该校建校106年来培养学生12万人。", "芜湖市", "12万人", "学生", "106年来"),
    ],
)
def test_a_year_opening_a_metric_is_its_period(text, region, mention, metric, period):
    claim = _of(text, region, mention)
    assert (claim.metric, claim.period) == (metric, period)


@pytest.mark.parametrize(
    ("text", "region", "published", "mention", "period", "dates"),
    [
        # a Taiwan county's budget news (Traditional): the budget of the year before, 法定預算數, is the base's, dated a
        # year before the budget compared with it (114年度 -> 113年度), not from the day published
        (
            "嘉義縣政府提出114年度總預算案，歲出編列298.5億元，較113年度法定預算數281.2億元，增加17.3億元。",
            "嘉义县",
            "2024-10-20",
            "281.2億元",
            "113年度",
            ("2024-01-01", "2024-12-31"),
        ),
        (
            "嘉義縣114年度社福支出編列65.4億元，較上年度法定預算數60.1億元增加5.3億元。",
            "嘉义县",
            "2024-10-20",
            "60.1億元",
            "上年度",
            ("2024-01-01", "2024-12-31"),
        ),
        (
            "嘉義縣114年度社福支出編列65.4億元，較上年度法定預算數60.1億元增加5.3億元。",
            "嘉义县",
            "2024-10-20",
            "5.3億元",
            "114年度",
            ("2025-01-01", "2025-12-31"),
        ),
        # a mainland budget report (Simplified): 比上年预算数, 比2024年预算数
        (
            "2024年全市一般公共预算收入安排85.6亿元，比上年预算数80.2亿元增加5.4亿元。",
            "芜湖市",
            "2024-01-20",
            "80.2亿元",
            "上年",
            ("2023-01-01", "2023-12-31"),
        ),
        (
            "2025年省级一般公共预算支出安排1320亿元，比2024年预算数1268亿元增长4.1%。",
            "湖南省",
            "2025-01-15",
            "1268亿元",
            "2024年",
            ("2024-01-01", "2024-12-31"),
        ),
    ],
)
def test_a_budgets_base_is_of_the_year_compared_with(text, region, published, mention, period, dates):
    claim = _of(text, region, mention, published)
    assert (claim.period, (claim.period_start, claim.period_end)) == (period, dates)


def test_a_budgets_base_is_marked_as_the_base():
    claim = _of("2024年全市一般公共预算收入安排85.6亿元，比上年预算数80.2亿元增加5.4亿元。", "芜湖市", "80.2亿元")
    assert any(note.startswith("compared base") for note in claim.notes)


# (genre, text, region, mention, metric): a base figure framed by 与…相比 (同, 和, 跟; 相较, 比较) measures what the
# figure before it does at the other time, and the changes after it too — not the census or time named there, nor 相比
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        (
            "county census communiqué",
            "全县常住人口为188194人，与2010年第六次全国人口普查的185869人相比，十年共增加2325人，增长1.25%。",
            "凌云县",
            "185869人",
            "常住人口",
        ),
        (
            "county census communiqué",
            "全县常住人口为188194人，与2010年第六次全国人口普查的185869人相比，十年共增加2325人，增长1.25%。",
            "凌云县",
            "2325人",
            "常住人口",
        ),
        ("city economy news", "2023年全市GDP为5000亿元，同上年的4800亿元相比，增长4.2%。", "菏泽市", "4800亿元", "GDP"),
    ],
)
def test_a_base_framed_by_a_comparison_measures_the_figure_before(genre, text, region, mention, metric):
    assert _of(text, region, mention).metric == metric, genre
