import pytest

from extract.components.period import period_dates, period_pattern


@pytest.mark.parametrize(
    ("text", "mention", "period"),
    [
        ("今年以来，滨河街道共入户走访10余次。", "10余次", "今年以来"),
        ("截至目前，巨野县共投入各类资金6.6亿元。", "6.6亿元", "截至目前"),
        ("近两年先后实施技改项目75个。", "75个", "近两年"),
        ("2024年以来，我市发展党员61名。", "61名", "2024年以来"),
        ("全县建成驿站16处。", "16处", None),
        ("“百日攻坚”专项行动开展以来，全县新增就业岗位1200个。", "1200个", "“百日攻坚”专项行动开展以来"),
        ("专项行动开展以来，今年上半年新增岗位300个。", "300个", "今年上半年"),
        ("自2023年7月启动以来，累计接待游客12万人次。", "12万人次", "自2023年7月启动以来"),
        ("年末全市常住人口875.6万人，比上年末减少2.1万人。", "875.6万人", "年末"),
        ("全年出生人口5.8万人。", "5.8万人", "全年"),
        ("进出口总额1015.3亿元，比上年下降3.4%。", "3.4%", None),  # 上年 is the baseline
        # how long a level has held: its own sentence's period, not carried to the next one
        ("粮食总产量达到185.3万吨，连续五年稳定在180万吨以上。", "180万吨以上", "连续五年"),
        ("粮食总产量连续五年稳定在180万吨以上。新建高标准农田12.5万亩。", "12.5万亩", None),
        ("今年以来，新建驿站16处。累计服务群众3万人次。", "3万人次", "今年以来"),  # carried
        # months of the year, as statistics releases write them
        ("今年前10个月，我国货物贸易进出口总值36.02万亿元。", "36.02万亿元", "今年前10个月"),
        ("10月份，进出口3.7万亿元，增长8.5%。", "8.5%", "10月份"),
        ("1-10月，全市规上工业增加值增长7.2%。", "7.2%", "1-10月"),
        ("增速比1-8月回落0.3个百分点。", "0.3个百分点", None),  # 1-8月 is the baseline
    ],
)
def test_period(claim_of, text, mention, period):
    claim = claim_of(text, mention)
    assert claim["period"] == period


@pytest.mark.parametrize(
    ("period", "dates"),
    [
        ("今年以来", ("2024-01-01", "2024-11-28")),
        ("上半年", ("2024-01-01", "2024-06-30")),
        ("去年", ("2023-01-01", "2023-12-31")),
        ("2022年", ("2022-01-01", "2022-12-31")),
        ("截至目前", (None, "2024-11-28")),
        ("近两年", ("2022-11-28", "2024-11-28")),
        ("今年前10个月", ("2024-01-01", "2024-10-31")),
        ("去年前三个月", ("2023-01-01", "2023-03-31")),
        ("1-10月", ("2024-01-01", "2024-10-31")),
        ("2023年1-9月", ("2023-01-01", "2023-09-30")),
        ("10月份", ("2024-10-01", "2024-10-31")),
    ],
)
def test_period_dates(period, dates):
    from datetime import date

    assert period_dates(period, date(2024, 11, 28)) == dates


@pytest.mark.parametrize(
    "segment",
    ["今年以来，专项整治行动开展以来，近三年", "截至9月底，上半年，前三季度", "活动开展以来", "开展以", ""],
)
def test_period_pattern_for_a_text_finds_what_the_full_pattern_finds(segment):
    assert period_pattern(segment).findall(segment) == period_pattern().findall(segment)


@pytest.mark.parametrize(
    ("text", "mention", "period"),
    [
        # a stock at a date is dated by its date, not by the paragraph's 上半年
        ("上半年，全市实现生产总值1500亿元。6月末，金融机构存款余额1.2万亿元。", "1.2万亿元", "6月末"),
        # a time ahead is a plan's, not the report's; the span itself is dated by nothing
        ("前三季度，全市工业增加值增长5%。未来3年内，计划新建学校12所。", "12所", "未来3年内"),
        ("前三季度，全市工业增加值增长5%。未来3年内，计划新建学校12所。", "3年", None),
        # a period carried from the sentence before stays with its subject
        ("上半年，郓城县新增企业300家。单县建成驿站16处。", "16处", None),
        ("上半年，全市生产总值1500亿元。规上工业增加值增长5%。", "5%", "上半年"),
    ],
)
def test_periods_at_dates_ahead_and_with_their_subject(claim_of, text, mention, period):
    claim = claim_of(text, mention)
    assert claim["period"] == period


@pytest.mark.parametrize(
    ("period", "dates"),
    [
        ("今年前十十个月", ("2024-01-01", "2024-12-31")),  # the year, its months unreadable
        ("十十月份", (None, None)),
        ("1-十十月", (None, None)),
        ("近" + "9" * 60 + "年", (None, None)),  # too long for a numeral
    ],
)
def test_a_month_numeral_that_cannot_be_read_gives_no_month_and_raises_nothing(period, dates):
    from datetime import date

    assert period_dates(period, date(2024, 11, 28)) == dates
