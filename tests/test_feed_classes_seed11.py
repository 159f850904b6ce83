"""Classes of errors found reading a fixed-seed sample of real-feed claims (issue 25, seed 11), each on texts
written for the test in at least two genres."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "subject"),
    [
        # places joined by 、 before 各 and a figure have the figure each: the first of them, not the city the bracket
        # is of, nor the province the sentence began with
        (
            "山东省新增确诊病例6例，其中：青岛市2例（市北区）、烟台市2例（莱山区、芝罘区各1例）、菏泽市2例。",
            "山东省",
            "1例",
            0,
            "莱山区",
        ),
        ("全年新建驿站12个，其中济南市5个（历下区和槐荫区各2个），青岛市7个。", "山东省", "2个", 0, "历下区"),
        ("新增出院病例分布如下：深圳8例、珠海3例、湛江、惠州各1例。", "广东省", "1例", 0, "湛江市"),
        ("目前有疑似病例30例，其中滨州市、威海市各4例，枣庄市、潍坊市各3例。", "山东省", "3例", 0, "枣庄市"),
    ],
)
def test_places_listed_before_each_take_its_figure(claim_of, text, region, mention, nth, subject):
    assert claim_of(text, mention, region, nth=nth)["subject"] == subject


@pytest.mark.parametrize(
    ("text", "mention", "aspect"),
    [
        # a rate of an outcome never undone, counted as of a time, is a running total's
        ("2月12日下午，又有4名患者治愈出院。至此，全省确诊的18例患者中已有9例出院，治愈率达50%。", "50%", "cumulative"),
        ("截至6月30日，该院累计收治患者200例，治愈出院180例，治愈出院率达90%。", "90%", "cumulative"),
        ("截至3日24时，全国累计死亡425例，病死率2.1%。", "2.1%", "cumulative"),
        # of no such time, or not an outcome's rate, it is left unknown
        ("专家表示，目前确诊病例病死率大概是2.3%。", "2.3%", None),
        ("截至6月30日，全市病床使用率达85%。", "85%", None),
    ],
)
def test_a_rate_of_running_totals_is_cumulative(claim_of, text, mention, aspect):
    assert claim_of(text, mention, "山东省")["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "mention", "nth", "aspect"),
    [
        # a count followed by 均 (都) restates a group counted before, of its aspect
        (
            "截至今天18时，全省新增3例确诊病例。其中，男性1例、女性2例。3例均有外地旅居史，为散发病例。",
            "3例",
            1,
            "flow",
        ),
        ("今年全市新增上市公司4家，4家都是高新技术企业。", "4家", 1, "flow"),
        ("全区累计建成驿站12处，以上12处均已投入使用。", "12处", 1, "cumulative"),
        # with no group of that size before it, nothing is restated
        ("全省新增确诊病例5例。3例均有外地旅居史。", "3例", 0, None),
    ],
)
def test_a_group_restated_with_all_takes_its_aspect(claim_of, text, mention, nth, aspect):
    assert claim_of(text, mention, "山东省", nth=nth)["aspect"] == aspect


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # a modal word after a figure opens a relative clause; the noun counted follows its 的
        ("研究团队发现了30种可能对该病毒有治疗作用的药物、天然产物和中药。", "30种", "药物"),
        ("研究人员筛选出12种可能抑制病毒复制的化合物。", "12种", "化合物"),
        ("公司今年有3款有望获批上市的新药。", "3款", "新药"),
        ("今年全区共有8个即将开工的重点项目。", "8个", "重点项目"),
    ],
)
def test_a_modal_word_is_never_the_metric(claim_of, text, mention, metric):
    assert claim_of(text, mention, "山东省")["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject", "metric"),
    [
        # a city's short name opening a headline is its place, wherever the page is filed; an age measures the
        # person, not what the person did after
        (
            "武汉98岁新冠肺炎危重症患者出院\n3月1日上午，98岁的胡某从雷神山医院治愈出院。",
            "河北省",
            "98岁",
            "武汉市",
            "新冠肺炎危重症患者",
        ),
        ("郑州6.5吨消毒药剂运抵灾区\n记者获悉，这批药剂今天已全部运抵。", "湖北省", "6.5吨", "郑州市", None),
        ("杭州市90岁老人治愈出院。", "浙江省", "90岁", "杭州市", "老人"),
        # a word only starting like a city's name (安康码, a health code) is no place
        ("安康码上线5天申领超300万人\n记者获悉，安康码申领人数已超过300万人。", "安徽省", "超300万人", "安徽省", None),
        ("其中，1例88岁男性患者合并心肺功能不全，病情危重。", "浙江省", "88岁", "浙江省", "男性患者"),
    ],
)
def test_a_headline_opening_with_a_city_and_an_ages_person(claim_of, text, region, mention, subject, metric):
    claim = claim_of(text, mention, region)
    assert claim["subject"] == subject
    if metric is not None:
        assert claim["metric"] == metric


@pytest.mark.parametrize(
    ("text", "date", "mention", "period", "dates"),
    [
        # a bare 当日 (同日) of the figure's own sentence is the day its article wrote before, as written there
        (
            "2020年2月13日0时至24时，全省无新增确诊病例。目前累计追踪到密切接触者3728人，当日解除医学观察120人。",
            "2020-02-14",
            "120人",
            "2020年2月13日0时至24时",
            ("2020-02-13T00:00", "2020-02-13T24:00"),
        ),
        (
            "2023年5月12日上午，区法院公开宣判一起盗窃案。同日，该院还审结民事案件15件。",
            "2023-05-13",
            "15件",
            "2023年5月12日",
            ("2023-05-12", "2023-05-12"),
        ),
        # an as-of time between (a moment) is passed over to the day
        (
            "3月2日0—24时，全市新增出院病例3例。截至3月2日24时，累计出院120例。当日解除医学观察45人。",
            "2020-03-03",
            "45人",
            "3月2日0—24时",
            ("2020-03-02T00:00", "2020-03-02T24:00"),
        ),
        # half a day's window may or may not be what 当日 means: left as written
        (
            "2月7日12时至24时，全省新增病例2例。密切接触者当日解除医学观察660人。",
            "2020-02-08",
            "660人",
            "当日",
            ("2020-02-07", "2020-02-07"),
        ),
    ],
)
def test_the_day_written_before_resolves_its_anaphor(claim_of, text, date, mention, period, dates):
    claim = claim_of(text, mention, "山西省", date=date)
    assert (claim["period"], (claim["period_start"], claim["period_end"])) == (period, dates)


@pytest.mark.parametrize(
    ("text", "mention", "nth", "period"),
    [
        # 现有 says a figure is a stock; its time is the moment its sentence or paragraph counts at, if written
        (
            "截至2月24日24时，全省累计报告确诊病例1271例，现有重症病例17例，现有危重病例14例。",
            "14例",
            0,
            "截至2月24日24时",
        ),
        ("截至2月4日24时，全省累计报告确诊病例64例，治愈出院5例。现有疑似病例33例。", "33例", 0, "截至2月4日24时"),
        ("截至6月底，全市累计收购粮食12万吨，累计销售8万吨。全市现有库存粮食4万吨。", "4万吨", 0, "截至6月底"),
        # with none written, it is the page's now, no period written (现有 is the stock's aspect, no time)
        ("全市现有库存粮食3.2万吨，今年累计收购粮食12万吨。", "3.2万吨", 0, None),
        ("全省现有疑似病例33例。", "33例", 0, None),
    ],
)
def test_a_stock_now_is_as_of_the_time_written(claim_of, text, mention, nth, period):
    assert claim_of(text, mention, "山东省", date="2020-02-05", nth=nth)["period"] == period


@pytest.mark.parametrize(
    ("text", "mention", "nth", "period"),
    [
        # a post's bracketed title inside its text is a headline: its figures take the period of the body's figure
        # that restates them, and no longer keep the headline above it from doing so
        (
            "北京新增18例\n【#北京新增18例累计315例#】2月7日0时至24时，北京市新增18例病例。截至2月7日24时，累计确诊315例。",
            "315例",
            1,
            "截至2月7日24时",
        ),
        (
            "北京新增18例\n【#北京新增18例累计315例#】2月7日0时至24时，北京市新增18例病例。截至2月7日24时，累计确诊315例。",
            "18例",
            0,
            "2月7日0时至24时",
        ),
        (
            "一季度经济运行情况\n【全市新增市场主体1.2万户】据市场监管局消息，今年一季度，全市新增市场主体1.2万户，"
            "同比增长8%，市场活力持续增强。\n下一步，该局将继续优化营商环境。",
            "1.2万户",
            0,
            "今年一季度",
        ),
    ],
)
def test_a_posts_bracketed_title_is_a_headline(claim_of, text, mention, nth, period):
    assert claim_of(text, mention, "北京市", date="2020-02-08", nth=nth)["period"] == period


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # a doing too long to name a count of people is cut to the people opening it, not at a fixed length inside a
        # word (治愈患者走出自治区第四人民医院隔)
        ("3月16日16时，最后3名康复患者走出市第一人民医院隔离病区。", "3名", "康复患者"),
        ("全市共有56名医护人员组成省第三批驰援湖北医疗队出征。", "56名", "医护人员"),
    ],
)
def test_an_overlong_doing_is_cut_to_its_people(claim_of, text, mention, metric):
    assert claim_of(text, mention, "山东省")["metric"] == metric
