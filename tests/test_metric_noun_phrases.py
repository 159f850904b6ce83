"""A metric is the noun phrase of what a figure counts or measures (issue 25): a stock word opening the noun after
the last figure of its clause is that noun's (仍有3名重症患者), an adverb before a verb of allocating money is not
the money's name (紧急下达2亿元救灾资金), a place's composition counts each kind of division (辖1区3市6县), and a
bar written before a group's noun defines the group the count counts (大于100平方公里河流有55条) — in health
bulletins, disaster-relief news, statistical yearbooks' overviews and work reports."""

import pytest

# a health bulletin and a road-accident report: the stock word (重症, 危重) opens the counted people
BULLETIN = "截至3日24时，全市累计报告确诊病例56例，仍有3名重症患者在定点医院接受治疗。"
BULLETIN_CASES = "全区现有确诊病例12例，其中2例重症病例目前生命体征平稳。"
ACCIDENT = "事故造成1人死亡，目前仍有4名危重伤员在市人民医院救治。"
# a figure before another one in its clause: the stock word opens the next figure, not this one's noun
RUNNING = "全省今日新增5例累计确诊212例。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        (BULLETIN, "衡阳市", "3名", "重症患者"),
        (BULLETIN_CASES, "南屯区", "2例", "重症病例"),
        (ACCIDENT, "衡阳市", "4名", "危重伤员"),
    ],
)
def test_a_stock_word_after_the_last_figure_of_a_clause_opens_its_noun(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


def test_a_stock_word_before_the_next_figure_is_that_figures(claim_of):
    assert claim_of(RUNNING, "5例", "湖南省")["metric"] != "累计确诊"


# disaster-relief news and a finance bureau's work report: the money's noun after it names it
RELIEF = "省财政厅紧急下达2亿元救灾资金，支持受灾地区恢复生产。"
REPORT = "区财政及时拨付500万元防汛补助资金，确保工程按期完工。"
REPEATED = "在1月31日下达资金的基础上，2月5日再紧急下达3亿元资金。"
# company news: a verb the lexicon does not list, the kind of money after the sum names it
COMPANY = "集团今年紧急追加1亿元研发经费，用于新产品开发。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        (RELIEF, "湖南省", "2亿元", "救灾资金"),
        (REPORT, "南屯区", "500万元", "防汛补助资金"),
        (REPEATED, "湖北省", "3亿元", "资金"),
        (COMPANY, "东莞市", "1亿元", "研发经费"),
    ],
)
def test_an_adverb_before_a_verb_of_allocating_is_no_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


# a yearbook's overview of a city and a county work report: each count of a kind of division is a claim
OVERVIEW = "全市辖1区3市6县，总面积1.5万平方公里。"
COUNTY = "全县下辖5镇3乡，共有行政村210个。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        (OVERVIEW, "衡阳市", "1区", "区"),
        (OVERVIEW, "衡阳市", "3市", "市"),
        (OVERVIEW, "衡阳市", "6县", "县"),
        (COUNTY, "曹县", "5镇", "镇"),
        (COUNTY, "曹县", "3乡", "乡"),
    ],
)
def test_a_places_composition_counts_each_kind_of_division(claim_of, text, region, mention, metric):
    claim = claim_of(text, mention, region)
    assert (claim["value"], claim["kind"], claim["metric"], claim["subject"]) == (
        float(mention[:-1]),
        "count",
        metric,
        region,
    )


# a health bulletin and a rainstorm damage report: kinds of division written as alternatives in brackets make a
# set of divisions, counted with no verb of governing before it
REPORTING = "1月24日0-24时，8市（县）报告新增确诊病例23例。"
STRUCK = "此次强降雨造成6个市(州)21县(市、区)7.81万人受灾。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "unit"),
    [(REPORTING, "河南省", "8市（县）", "市"), (STRUCK, "四川省", "21县(市、区)", "县")],
)
def test_divisions_written_with_their_alternatives_are_counted(claim_of, text, region, mention, unit):
    claim = claim_of(text, mention, region)
    assert (claim["unit"], claim["kind"], claim["subject"]) == (unit, "count", region)


@pytest.mark.parametrize("text", ["第2区3县市的分界线调整完毕。", "全市2区县列入名单。"])
def test_a_division_word_after_a_number_is_a_count_only_after_a_verb_of_governing(claims_of, text):
    assert not any(c["unit"] in ("区", "县", "市") for c in claims_of(text, region="衡阳市"))


# a water resources bulletin and an industry report: the bar before the group's noun defines the group
RIVERS = "全省流域面积大于100平方公里河流有55条，总长度3200公里。"
RIVERS_LINKED = "全省流域面积大于100平方公里的河流有55条。"
FIRMS = "全区年销售收入超过2000万元企业有120家，比上年增加8家。"


@pytest.mark.parametrize(
    ("text", "region", "bar", "mention", "metric"),
    [
        (RIVERS, "湖南省", "100平方公里", "55条", "流域面积大于100平方公里的河流"),
        (RIVERS_LINKED, "湖南省", "100平方公里", "55条", "流域面积大于100平方公里的河流"),
        (FIRMS, "南屯区", "超过2000万元", "120家", "年销售收入超过2000万元的企业"),
    ],
)
def test_a_bar_before_a_groups_noun_defines_the_group(claims_of, text, region, bar, mention, metric):
    claims = {c["mention"]: c for c in claims_of(text, region=region)}
    assert bar not in claims
    assert claims[mention]["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # what is built is no kind of money: it names the sum with the verb of spending (test_metric: a sum spent)
        ("下一步将投资8000万元建设冷链物流中心。", "8000万元", "建设冷链物流中心投资"),
        ("中央财政按照每人每天200元予以补助。", "200元", None),  # a verb phrase ending in 补助 is not its noun
    ],
)
def test_a_verb_phrase_after_the_money_does_not_name_it(claim_of, text, mention, metric):
    assert claim_of(text, mention, "南屯区")["metric"] != "予以补助"
    if metric:
        assert claim_of(text, mention, "南屯区")["metric"] == metric


def test_a_figure_over_a_bar_with_no_group_after_it_stays_a_claim(claim_of):
    assert claim_of("全年完成投资超过2000万元，新开工项目12个。", "超过2000万元", "南屯区")["metric"] == "投资"


# a health bulletin and a discipline inspection report: tracing or receiving word of people or cases is how they
# were found, not what is counted; the count keeps its noun and stays comparable with the bare noun's counts
TRACED = "截至3日24时，全市累计追踪到密切接触者1250人，已解除医学观察980人。"
TRACED_AFTER = "疾控部门当日追踪到86名密切接触者，均已集中隔离。"
REPORTED = "累计收到港澳地区通报确诊病例25例：香港特别行政区18例、澳门特别行政区7例。"
DISCIPLINE = "今年以来，市纪委监委接到上级通报问题线索45件，已办结40件。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        (TRACED, "衡阳市", "1250人", "密切接触者"),
        (TRACED_AFTER, "衡阳市", "86名", "密切接触者"),
        (REPORTED, None, "25例", "确诊病例"),
        (DISCIPLINE, "衡阳市", "45件", "问题线索"),
    ],
)
def test_how_the_counted_were_found_is_no_part_of_the_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


# a health bulletin and a market supervision report: a bare verb ruling out takes the suspected thing counted before it
SUSPECTED = "当日新增疑似病例6例，排除4例，现有疑似病例15例。"
SUSPECTED_WHOLE = "全市原有12例疑似病例中，排除9例。"
PRODUCTS = "本月共有疑似问题产品40批次，排除32批次。"
# a change of suspected cases is no object of the ruling out
CHANGED = "全省原有14例疑似病例转为确诊病例8例，排除1例。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        (SUSPECTED, "衡阳市", "4例", "排除疑似病例"),
        (SUSPECTED_WHOLE, "衡阳市", "9例", "排除疑似病例"),
        (PRODUCTS, "南屯区", "32批次", "排除疑似问题产品"),
    ],
)
def test_a_bare_verb_ruling_out_names_what_it_rules_out(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


def test_a_change_is_no_object_of_ruling_out(claim_of):
    assert claim_of(CHANGED, "1例", "湖南省")["metric"] != "排除疑似病例转为确诊病例"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a communiqué and a work report's targets: an official indicator's name keeps the verb inside it (新增)
        ("全年城镇新增就业人员10.8万人，增长2.1%。", "洛阳市", "10.8万人", "城镇新增就业人员"),
        ("全州实现城镇新增就业6.2万人。", "黔东南苗族侗族自治州", "6.2万人", "城镇新增就业"),
        ("主要预期目标是：地区生产总值增长5%左右，城镇新增就业6万人以上。", "南阳市", "6万人以上", "城镇新增就业"),
        # a verb before the name still goes
        ("全年实现地区生产总值5000亿元。", "南阳市", "5000亿元", "地区生产总值"),
    ],
)
def test_an_indicators_name_is_not_cut_at_a_verb_inside_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a work report and a telecom news item: a total named only 总数/总量 after a figure of the same unit
        ("新增市场主体32.6万户，总数达到98万户。", "合肥市", "98万户", "市场主体总数"),
        ("今年新建5G基站1.2万个，总量达到4.5万个。", "洛阳市", "4.5万个", "5G基站总量"),
        # another unit: not the same thing
        ("新增市场主体32.6万户，总数达到98万个。", "合肥市", "98万个", "总数"),
    ],
)
def test_a_bare_total_is_of_what_the_figure_before_counts(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # growth as Taiwan writes it (成长, 年增) and in real terms (实质, 实际): no part of the measure
        ("第3季民間消費實質成長2.5%，輸出成長8.9%。", "台湾省", "2.5%", "民间消费"),
        ("出口年增36.5%，进口衰退3.2%。", "台湾省", "3.2%", "进口"),
        ("全年全市地区生产总值实际增长5.2%。", "洛阳市", "5.2%", "地区生产总值"),
        ("本地生产总值录得3.1%的升幅。", "香港特别行政区", "3.1%", "本地生产总值"),
        ("高铁香港段乘客量升16%至3110万人次。", "香港特别行政区", "16%", "高铁香港段乘客量"),
        # the growth a contribution is to stays: it is what the points are of
        ("国外净需求贡献经济成长7.21个百分点。", "台湾省", "7.21个百分点", "国外净需求贡献经济成长"),
        ("投资拉动经济增长2.1个百分点。", "洛阳市", "2.1个百分点", "投资拉动经济增长"),
    ],
)
def test_change_words_and_real_terms_end_no_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a noun ending with a link's character keeps it (违法行为: 为 is no 为 of 为120起)
        ("县交警大队查处酒驾违法行为120起。", "株洲市", "120起", "酒驾违法行为"),
        ("全年查处不文明行为3200起。", "洛阳市", "3200起", "不文明行为"),
        ("就业不足率为3.7%。", "香港特别行政区", "3.7%", "就业不足率"),
    ],
)
def test_a_noun_ending_with_a_links_character_keeps_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


INCOMES = "全市居民人均可支配收入4.8万元，其中城镇居民5.6万元、农村居民2.4万元。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric", "kind"),
    [
        # a communiqué's income and a bank's deposits: a part after 其中 named by its category takes the whole's measure
        (INCOMES, "株洲市", "2.4万元", "农村居民人均可支配收入", "rate"),
        ("年末居民存款余额1000亿元，其中城乡居民600亿元。", "株洲市", "600亿元", "城乡居民存款余额", "money"),
        ("全国医院病床使用率79.4%，其中，公立医院86.0%。", "中国", "86.0%", "公立医院病床使用率", "percent"),
        # no 其中: a figure of its own
        ("全市常住人口500万人，城镇人口300万人。", "株洲市", "300万人", "城镇人口", "count"),
    ],
)
def test_a_category_singled_out_takes_the_wholes_measure(claim_of, text, region, mention, metric, kind):
    claim = claim_of(text, mention, region)
    assert (claim["metric"], claim["kind"]) == (metric, kind)


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a school's staff and a fund digest: 占比 alone after a part is that part's share
        ("该校现有教职工320人，其中高级职称86人，占比26.9%。", "曲阜市", "26.9%", "高级职称占比"),
        ("年内债券型基金共分红949.26亿元，占比超八成。", "中国", "超八成", "债券型基金共分红占比"),
        # 年内 (within the year) is the figure's time, not what it counts
        ("年内债券型基金共分红949.26亿元。", "中国", "949.26亿元", "债券型基金共分红"),
    ],
)
def test_a_bare_share_after_a_part_and_the_year_so_far(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a science news item, a tourism report and a health one: a grade alone is of the kind graded before it
        ("全市拥有国家级科技企业孵化器6家、省级23家。", "芜湖市", "23家", "省级科技企业孵化器"),
        ("全市有5A级景区3家、4A级21家、3A级45家。", "芜湖市", "45家", "3A级景区"),
        ("全市有三甲医院5家、三乙8家。", "芜湖市", "8家", "三乙医院"),
        # another unit: not the same kind
        ("全市拥有国家级科技企业孵化器6家、省级23个。", "芜湖市", "23个", "省级"),
    ],
)
def test_a_grade_alone_is_of_the_kind_graded_before_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


def test_a_grade_of_hospital_is_no_organisation(claim_of):
    assert claim_of("全市有三甲医院5家。", "5家", "芜湖市")["subject"] == "芜湖市"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a county communiqué and a farm news item: a bare 产量 after a crop's sown area is the crop's
        ("全县小麦播种面积32.5万亩，产量达到12万吨。", "寿光市", "12万吨", "小麦产量"),
        ("今年全镇大蒜种植面积3.2万亩，总产量12万吨。", "金乡县", "12万吨", "大蒜总产量"),
        # the same measure again is no owner's
        ("全市营业收入达3391亿元，营业收入同比下降1.6%。", "深圳市", "3391亿元", "营业收入"),
    ],
)
def test_a_bare_measure_after_a_crops_area_is_the_crops(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a retail release and a trade report: a category told with the cause of its change, then the change alone
        (
            "6月零售业营业额3454亿元，年增4.9%，其中百货公司因逢年中庆，年增5.9%，便利商店因门市扩增，年增7.2%。",
            "台湾省",
            "7.2%",
            "便利商店营业额",
        ),
        (
            "全市社会消费品零售总额增长6.2%，其中汽车类由于以旧换新政策带动，增长12.1%；石油制品类受油价下行影响，下降3.5%。",
            "合肥市",
            "3.5%",
            "石油制品类零售总额",
        ),
        # a category after 则, in a sentence of its own
        ("6月零售业营业额年增4.9%。燃料零售业则因油价上涨，年增25.8%。", "台湾省", "25.8%", "燃料零售业营业额"),
    ],
)
def test_a_category_told_with_the_cause_of_its_change_names_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


# a civil aviation bulletin and a labour report: shares listed after a heading of a distribution
AIR_CARGO = (
    "全年国内各地区货邮吞吐量的分布情况为，华北地区占10.0%，较上年提高0.5个百分点；中南地区占32.4%，"
    "较上年下降1.3个百分点。"
)
WORKFORCE = "全市从业人员的构成是：第一产业占12.5%，第二产业占40.1%，第三产业占47.4%。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric", "subject"),
    [
        (AIR_CARGO, "中国", "10.0%", "货邮吞吐量占比", "华北地区"),
        (AIR_CARGO, "中国", "1.3个百分点", "货邮吞吐量占比", "中南地区"),
        (WORKFORCE, "洛阳市", "47.4%", "第三产业从业人员占比", "洛阳市"),
    ],
)
def test_shares_after_a_distribution_heading_are_of_its_measure(claim_of, text, region, mention, metric, subject):
    claim = claim_of(text, mention, region)
    assert (claim["metric"], claim["subject"]) == (metric, subject)


# (genre, text, region, mention, metric): places listed in parallel, each with a verb of receiving visitors, the noun
# written once with the first (接待国内游客…；万盛经开区接待53.13万人次): each counts that noun, not the bare verb
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        (
            "holiday tourism news",
            "渝中区接待国内游客252.3万人次，同比增长19.7%；万盛经开区接待53.13万人次，同比增长78.1%。",
            "重庆市",
            "53.13万人次",
            "国内游客",
        ),
        (
            "holiday tourism news",
            "渝中区接待国内游客252.3万人次，同比增长19.7%；万盛经开区接待53.13万人次，同比增长78.1%。",
            "重庆市",
            "78.1%",
            "国内游客",
        ),
        ("scenic area news", "黄山风景区迎来游客2.1万人次，西递宏村迎来1.3万人次。", "黄山市", "1.3万人次", "迎来游客"),
    ],
)
def test_a_bare_verb_of_receiving_counts_the_visitors_named_before(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # how the figure strikes the writer (惊人的, 创纪录的) is no word of what it measures: a fruit industry feature,
        # a county's harvest news
        (
            "fruit industry feature",
            "广西的柑橘产量,达到了惊人的1124.52万吨。",
            "广西壮族自治区",
            "1124.52万吨",
            "柑橘产量",
        ),
        ("harvest news", "全县粮食产量达到创纪录的52万吨。", "安化县", "52万吨", "粮食产量"),
    ],
)
def test_words_of_how_a_figure_strikes_the_writer_are_no_metric(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a statistics release's tally of crops up and down: the label says which group the item is in
        (
            "产量结构呈“四增一减”态势。四增为水稻产量412.4亿斤，比上年增加43.6亿斤；一减为大豆产量108.3亿斤。",
            "黑龙江省",
            "412.4亿斤",
            "水稻产量",
        ),
        (
            "产量结构呈“四增一减”态势。四增为水稻产量412.4亿斤，比上年增加43.6亿斤；一减为大豆产量108.3亿斤。",
            "黑龙江省",
            "108.3亿斤",
            "大豆产量",
        ),
        # a power bureau's: 两升 is the tally, no two liters
        (
            "工业用电量呈两升一降态势，两升为制造业用电量15.2亿千瓦时、建筑业用电量2.1亿千瓦时。",
            "济南市",
            "15.2亿千瓦时",
            "制造业用电量",
        ),
    ],
)
def test_a_tallys_label_is_no_word_of_its_items(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("工业用电量呈两升一降态势，两升为制造业用电量15.2亿千瓦时。", ["15.2亿千瓦时"]),
        # liters of oil handed out stay a figure
        ("每户发放食用油两升。", ["两升"]),
    ],
)
def test_a_tally_of_rises_is_no_liters(claims_of, text, mentions):
    assert [c["mention"] for c in claims_of(text, region="济南市")] == mentions


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a quoted name opening the noun holds its own list marks: a sports bureau's year and a rural-work report
        ("完成15个“国球进社区、进公园”项目。", "朔州市", "15个", "国球进社区、进公园项目"),
        ("全省建成8个“美丽乡村、幸福家园”示范点。", "湖南省", "8个", "美丽乡村、幸福家园示范点"),
        # a quoted name with no list mark, as before
        ("全年建成12个“四好农村路”示范村。", "朔州市", "12个", "四好农村路示范村"),
    ],
)
def test_a_quoted_name_before_the_noun_is_one_word(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a category's price index or price after its 的 is the category's (a Macau CPI release, in Traditional; a
        # city's price monitoring report)
        (
            "CPI release",
            "機票和汽油售價調升,帶動交通的價格指數按月上升1.45%。",
            "澳门特别行政区",
            "1.45%",
            "交通价格指数",
        ),
        (
            "CPI release",
            "水果和海產售價的下調,致使食物及非酒精飲品的價格指數下跌0.08%。",
            "澳门特别行政区",
            "0.08%",
            "食物及非酒精饮品价格指数",
        ),
        (
            "price report",
            "受供应增加影响，猪肉的价格指数下降12%，鸡蛋的价格指数上涨3%。",
            "菏泽市",
            "3%",
            "鸡蛋价格指数",
        ),
    ],
)
def test_a_categorys_price_index_is_the_categorys(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# examples listed before 等 name some of the kind after it, and the kind is what is counted: a court's work report, a
# province's holiday culture news, a town's heritage feature
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        (
            "court report",
            "五年来审结著作权、商标权、专利权等知识产权纠纷案件1.2万件。",
            "西安市",
            "1.2万件",
            "知识产权纠纷案件",
        ),
        ("court report", "依法审结贪污、贿赂、渎职等职务犯罪案件1138件。", "西安市", "1138件", "职务犯罪案件"),
        (
            "culture news",
            "举办音乐、戏曲演出、展览展示等群众文化活动近150场次。",
            "辽宁省",
            "近150场次",
            "群众文化活动",
        ),
        (
            "heritage feature",
            "拥有杨勇故居、文家市大捷遗址等省级文物保护单位5处。",
            "浏阳市",
            "5处",
            "省级文物保护单位",
        ),
    ],
)
def test_examples_before_deng_leave_their_kind(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "mention", "metric"),
    [
        # Hong Kong housing news: 單位 (flats) after a figure its clause links to a measure names only the units the
        # measure is counted in (lexicon/unit_only_nouns.txt)
        ("housing target", "政府訂立未來10年的總房屋供應目標是46萬個單位。", "46萬個", "总房屋供应目标"),
        ("housing demand", "政府估算，總房屋需求介乎41.9萬至46.3萬個單位之間。", "41.9萬至46.3萬個", "总房屋需求"),
        # 即 (that is) opens a restatement, no word of the measure
        ("housing split", "公私營比例維持6:4，即公營房屋供應目標為28萬個單位。", "28萬個", "公营房屋供应目标"),
        ("housing split", "新供應比例維持6:4，即私營房屋供應目標為18萬個單位。", "18萬個", "私营房屋供应目标"),
        # a noun naming the kind of unit is what is counted; so is 單位 after a verb (no measure linked to)
        ("housing supply", "公營房屋方面，維持提供20萬個公屋單位的目標。", "20萬個", "公屋单位"),
        ("land found", "但截至今年9月，只覓得興建23.7萬個單位的土地。", "23.7萬個", "单位"),
    ],
)
def test_a_noun_naming_only_the_units_counted_leaves_the_measure_linked_to(claim_of, genre, text, mention, metric):
    assert claim_of(text, mention, "香港特别行政区")["metric"] == metric, genre


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # 同城 (same-city) opens the noun though jieba cuts 同 off as a preposition (a postal bureau's monthly release)
        ("其中,同城业务量累计完成6.61亿件,同比下降36.96%。", "6.61亿件", "同城业务量"),
        ("全市同城快递业务量6.61亿件。", "6.61亿件", "同城快递业务量"),
    ],
)
def test_a_noun_opening_with_a_prepositions_character_keeps_it(claim_of, text, mention, metric):
    assert claim_of(text, mention, "北京市")["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # 在 and a province's one-character name after a count say where the people stay, no word of who they are (a
        # city's first-case notice, a capital's contacts notice); the doing after them is no part of the noun
        ("现患者体温正常，其 2 名在沪密切接触者正在医学观察。", "上海市", "2 名", "密切接触者"),
        ("其2名在京密切接触者正在医学观察。", "北京市", "2名", "密切接触者"),
        ("目前有5名在鄂人员已返回本市。", "天津市", "5名", "人员"),
    ],
)
def test_a_province_stayed_in_is_no_word_of_the_people_counted(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a kind of division counted, then the verb its divisions did: the divisions are counted, not the cases after
        # the relative clause's 的 (provinces' daily notices)
        ("截至1月28日24时，山西省9个市累计报告新型冠状病毒感染的肺炎确诊病例27例。", "山西省", "9个", "市"),
        ("截至2月3日24时，全省11个市累计报告新型冠状病毒感染的肺炎确诊病例96例。", "河北省", "11个", "市"),
        # the cases keep their noun
        ("截至1月28日24时，山西省9个市累计报告新型冠状病毒感染的肺炎确诊病例27例。", "山西省", "27例", "肺炎确诊病例"),
    ],
)
def test_divisions_counted_before_what_they_reported_are_the_divisions(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric
