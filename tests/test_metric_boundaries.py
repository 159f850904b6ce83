"""Metrics read on genres beyond the feed (statistics communiqués, tourism and business news, health statistics):
a negation opening the noun is the noun's, an adverb joining the clause to the one before is not; a part after
其中 naming a kind of body counts that kind; a list closed by its count (A、B和C3家公司的营业收入) shares the
metric after the count; a count of bodies with no noun counts those doing what follows it."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # tourism release: 不过夜 is the kind of visitor; without 不 the figure counts the others
        ("不过夜旅客为785369人次，占入境旅客52.0%。", "澳门", "785369人次", "不过夜旅客"),
        ("全年不过夜游客达到320.5万人次，增长8.2%。", "菏泽市", "320.5万人次", "不过夜游客"),
        # statistics communiqué: 未 opens the people counted
        ("年末全市未就业高校毕业生1260人。", "菏泽市", "1260人", "未就业高校毕业生"),
        ("全市未参保人员减少至3.2万人。", "菏泽市", "3.2万人", "未参保人员"),
        # health statistics: the cases not yet traced, an adverb of time before the negation falls away
        ("全市新增确诊病例11例，1例尚未完成流行病学调查。", "北京市", "1例", "未完成流行病学调查"),
        ("全国未接种疫苗人群约1200万人。", "中国", "约1200万人", "未接种疫苗人群"),
        # business news: a negation jieba keeps inside its word (未分配利润) was never lost, and stays
        ("公司未分配利润为12.3亿元。", "成都市", "12.3亿元", "公司未分配利润"),
        # a negation alone before a threshold verb is the threshold's (不超过), and names nothing counted
        ("人均收入不低于2万元。", "菏泽市", "不低于2万元", "人均收入"),
    ],
)
def test_a_negation_opening_the_counted_noun_stays_in_the_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # tourism release: 则, 亦 and 亦分别 between the visitors and 占
        ("中国台湾旅客则占8.3%。", "澳门", "8.3%", "中国台湾旅客占"),
        ("入境旅客中，中国台湾旅客亦占7.6%。", "澳门", "7.6%", "中国台湾旅客占"),
        ("香港及中国台湾旅客亦分别占30.7%及7.6%。", "澳门", "7.6%", "中国台湾旅客占"),
        # business news and health statistics: a share of a whole
        ("公司海外业务收入则占营业收入的35%。", "成都市", "35%", "公司海外业务收入占营业收入"),
        ("民营医院数量则占医院总数的60%以上。", "中国", "60%以上", "民营医院数量占医院总数"),
        # statistics communiqué: a list before 分别 keeps no adverb on its last phrase
        ("一产和二产增加值则分别增长3.1%、5.2%。", "菏泽市", "5.2%", "二产增加值"),
        # health statistics and news: 则 and 都 between what is counted and its verb
        ("全国诊疗人次中，基层医疗卫生机构诊疗人次则占52.0%。", "中国", "52.0%", "基层医疗卫生机构诊疗人次占"),
        ("其中学校师生都有发热症状的5起。", "上海市", "5起", "学校师生有发热症状"),
        # 均 after one character is jieba's cut of a per-unit word (亩均, 生均), which stays whole
        ("全市规模以上工业企业亩均税收达到32.5万元。", "菏泽市", "32.5万元", "规模以上工业企业亩均税收"),
        ("全县义务教育生均经费增长8.1%。", "菏泽市", "8.1%", "义务教育生均经费"),
        # bank results and a communiqué: a concession or contrast before the verb (虽, 却, 仍)
        ("同期，贷款与垫款平均余额虽同比增长7.7%至6.3万亿元。", "深圳市", "7.7%", "贷款与垫款平均余额"),
        ("全年工业用电量却下降3.1%，居民用电量仍增长5%。", "菏泽市", "5%", "居民用电量"),
        # what a report shows and the bank or company it names by a pronoun are no part of what is counted
        ("年报显示，该行全年营业收入达3391.23亿元。", "深圳市", "3391.23亿元", "营业收入"),
        ("财报显示该公司净利润12.5亿元。", "成都市", "12.5亿元", "净利润"),
        # a sentence saying what the one before amounts to: a customs release's and a city's news
        ("这是新疆外贸进出口规模首次突破5000亿元。", "新疆维吾尔自治区", "突破5000亿元", "外贸进出口规模"),
        ("这标志着我市地区生产总值突破1万亿元。", "苏州市", "突破1万亿元", "地区生产总值"),
        # the terms of a sum as a budget report adds them up
        ("省级一般公共预算收入265.9亿元，加上中央补助3418.8亿元。", "甘肃省", "3418.8亿元", "中央补助"),
    ],
)
def test_an_adverb_joining_the_clause_is_no_part_of_the_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # health statistics: a kind of body counted in 个 names what the part counts, and its change is its own
        ("全国医疗卫生机构总数1070785个，其中医院38355个，比上年增加1379个。", "中国", "38355个", "医院"),
        ("全国医疗卫生机构总数1070785个，其中医院38355个，比上年增加1379个。", "中国", "1379个", "医院"),
        ("全市卫生机构共有820个，其中医院45个，乡镇卫生院120个。", "菏泽市", "120个", "乡镇卫生院"),
        # statistics communiqué: schools counted in 所
        ("年末全市共有各级各类学校1320所，其中普通中学86所，小学412所。", "菏泽市", "86所", "普通中学"),
        ("年末全市共有各级各类学校1320所，其中普通中学86所，小学412所。", "菏泽市", "412所", "小学"),
        # tourism and business news: companies counted in 家
        ("全市旅行社总数420家，其中旅游公司65家。", "成都市", "65家", "旅游公司"),
        ("全市共有38家上市公司发布了半年报。其中，12家公司净利润增长超过20%。", "成都市", "12家", "公司"),
        # a part naming only where (a place, or a body counted in 例 or 人) still counts what the whole counts
        ("全市新增确诊病例20例，其中医院3例。", "长沙市", "3例", "确诊病例"),
        ("全市常住人口500万人，其中城镇320万人。", "菏泽市", "320万人", "常住人口"),
        # the rest, with no noun of its own, is not of the kind of the part before it
        ("全市卫生机构共有820个，其中医院45个，其余775个。", "菏泽市", "775个", "卫生机构"),
    ],
)
def test_a_part_naming_a_kind_of_body_counts_it_not_the_whole(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # business news: the companies listed, their count, then what each figure measures
        (
            "四川路桥、通威股份和东方电气3家公司的营业收入分别达到325.17亿元、265.62亿元和222.13亿元。",
            "成都市",
            "325.17亿元",
            "营业收入",
        ),
        (
            "四川路桥、通威股份和东方电气3家公司的营业收入分别达到325.17亿元、265.62亿元和222.13亿元。",
            "成都市",
            "265.62亿元",
            "营业收入",
        ),
        ("五粮液、泸州老窖两家公司的净利润分别增长13.5%、27.4%。", "四川省", "13.5%", "净利润"),
        # tourism news: scenic areas counted with 个
        (
            "峨眉山、乐山大佛和九寨沟三个景区的接待游客量分别为120万人次、80万人次和60万人次。",
            "四川省",
            "80万人次",
            "游客量",
        ),
        # statistics communiqué: districts counted by their level
        ("东城、西城、朝阳三区的常住人口分别为70.9万人、110.6万人和344.2万人。", "北京市", "70.9万人", "常住人口"),
        # health statistics: named hospitals, cut as bodies' names, came out right before and still do
        (
            "华西医院、省人民医院和市中心医院3家医院的门诊量分别为520万人次、310万人次和120万人次。",
            "成都市",
            "310万人次",
            "门诊量",
        ),
    ],
)
def test_a_list_closed_by_its_count_shares_the_metric_after_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # business news: the loss-makers are not the companies of the figure before, which made a profit
        ("上半年91家公司实现盈利，7家出现亏损。", "成都市", "7家", "出现亏损"),
        # the figure before names its noun, and keeps it (the guideline's 12名党员成长为行业能手 -> 党员)
        ("上半年91家公司实现盈利，7家出现亏损。", "成都市", "91家", "公司"),
        # tourism news and health statistics: the part of a whole that did something
        ("全市A级旅游景区80家，其中25家已恢复开放。", "成都市", "25家", "恢复开放"),
        ("全省公立医院320所，其中45所开展日间手术。", "四川省", "45所", "开展日间手术"),
    ],
)
def test_a_count_of_bodies_with_no_noun_counts_those_doing_what_follows(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


# a toll written with one character before its figure (亡1390人，伤881人) counts the dead and the injured
@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        ("2017年，全国共接报火灾28.1万起，亡1390人，伤881人。", "中国", "1390人", "死亡"),
        ("2017年，全国共接报火灾28.1万起，亡1390人，伤881人。", "中国", "881人", "受伤"),
        ("全年全市发生道路交通事故312起，亡41人，伤297人。", "菏泽市", "297人", "受伤"),
    ],
)
def test_a_tolls_one_character_names_it_in_full(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


# a milestone word after a figure (突破43亿人次大关) is no noun of what is counted
@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        ("2024年，全国铁路年度旅客发送量首次突破43亿人次大关。", "中国", "突破43亿人次", "铁路年度旅客发送量"),
        ("全市地区生产总值突破5000亿元大关。", "菏泽市", "突破5000亿元", "地区生产总值"),
        ("中坜区人口于2017年8月达40万人里程碑。", "桃园市", "40万人", "人口"),
        ("全省高速公路通车里程达到1万公里里程碑。", "江西省", "1万公里", "高速公路通车里程"),
    ],
)
def test_a_milestone_word_is_no_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a word ending in a link's character keeps it: 合约 is a contract, not 合 and "about"
        ("land registry release", "九月份所有种类楼宇买卖合约共3,893份。", "香港", "3,893份", "所有种类楼宇买卖合约"),
        ("land registry release", "九月份的樓宇買賣合約共3,893份。", "香港", "3,893份", "楼宇买卖合约"),
        ("labour news", "全市新签劳务合约1200份。", "东莞市", "1200份", "新签劳务合约"),
        # 计 alone after a clause mark and 小计 link the figure to what is named before them
        ("port news", "其中，区外班列小计651列，同比增长43%。", "北海市", "651列", "区外班列"),
        ("budget release", "其中，教育支出小计12.5亿元。", "北海市", "12.5亿元", "教育支出"),
        ("tourism news", "全年共接待游客，计120万人次。", "北海市", "120万人次", "游客"),
        # a rank after the figure is no part of what is counted (居冠, 居次, as Taiwan's papers write them)
        ("population release", "新北市净移入4.7万人居冠。", "桃园市", "4.7万人", "净移入"),
        ("talent news", "海淀区引进人才4.7万人居冠，朝阳区3.1万人居次。", "北京市", "3.1万人", "引进人才"),
    ],
)
def test_a_words_last_character_a_link_and_a_rank_after_the_figure(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "mention"),
    [
        ("population release", "2015年净迁入人口为近5年最多，计3.6万人。", "3.6万人"),
        ("sports news", "本届赛事参赛选手创历史新高，计2.1万人。", "2.1万人"),
    ],
)
def test_a_lone_link_is_never_the_metric(claim_of, genre, text, mention):
    assert claim_of(text, mention, "北京市")["metric"] != "计", genre


# two measures of one thing written with a slash between (its count and its area, its count and its weight)
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        (
            "housing market weekly",
            "上周全市新房成交1325套/104390.1㎡，均价52774元/㎡。",
            "深圳市",
            "104390.1㎡",
            "新房成交",
        ),
        ("port news", "本月港口接卸进口粮食船舶12艘/36.5万吨。", "湛江市", "36.5万吨", "港口接卸进口粮食船舶"),
    ],
)
def test_a_measure_after_a_slash_is_of_the_thing_before(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# the noun after a figure ends where the next figure starts with its qualifier (近, 约, 超过)
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        ("headline", "一省包一市强援抵达：41架包机近6000人同天抵达武汉", "武汉市", "41架", "包机"),
        ("transport news", "当日共有126列旅客列车约8万人次出行。", "广州市", "126列", "旅客列车"),
        ("event news", "活动吸引参展企业320家超过2万人次观展。", "成都市", "320家", "参展企业"),
    ],
)
def test_the_noun_after_a_figure_stops_at_the_next_figures_qualifier(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# the superlative ranking the place after a measure (最高者為, 最高為…之) is no word of the measure; one opening the
# noun after it (单日最高接待游客, 最高气温) stays
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        ("Taiwan population statistics", "人口增加率最高者為連江縣119.14‰。", "台湾省", "119.14‰", "人口增加率"),
        ("Taiwan population statistics", "粗出生率最高為新竹市之16.76‰。", "台湾省", "16.76‰", "粗出生率"),
        ("provincial statistics", "城镇化率最低的为怀化市52.3%。", "湖南省", "52.3%", "城镇化率"),
        ("weather report", "全市最高气温38℃。", "长沙市", "38℃", "最高气温"),
    ],
)
def test_a_superlative_ranking_the_place_after_is_no_measures_word(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# a share after a level: a clause naming its whole (占全社会用电量的比重为) is the level's share of that whole, and a
# bare share after a time (1-2月占17.13%) is the share before it at another time
@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        (
            "electricity statistics",
            "1-5月,全市城镇居民用电量15.1亿千瓦时,占全社会用电量的比重为17.45%,各月累计用电量占比总体呈现出上升的态势:"
            "1月份,城乡居民用电量占全社会用电量的15.38%,1-2月占17.13%,1-3月占17.04%。",
            "长春市",
            {
                "17.45%": "城镇居民用电量占全社会用电量比重",
                "17.13%": "城乡居民用电量占全社会用电量",
                "17.04%": "城乡居民用电量占全社会用电量",
            },
        ),
        (
            "e-commerce news",
            "其中,实物商品网上零售额6.06万亿元,同比增长10.8%,占社会消费品零售总额的比重为26.6%。",
            "中国",
            {"26.6%": "实物商品网上零售额占社会消费品零售总额比重"},
        ),
        (
            "statistical communiqué, the share named in brackets",
            "城镇常住人口61.18万人,占全市常住人口的比重(常住人口城镇化率)为40.97%。",
            "海东市",
            {"40.97%": "常住人口城镇化率"},
        ),
    ],
)
def test_a_share_after_a_level_is_of_the_level(claims_of, genre, text, region, expected):
    metrics = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {mention: metrics.get(mention) for mention in expected} == expected, genre


# what people are doing after their count ends its clause: a feed's topic tag, a space or a headline bracket ends it,
# and words leading straight to the next figure (…830例 #安徽新增死亡病例2例#) are that figure's noun, not this one's
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "not_the_metric"),
    [
        (
            "feed headline",
            "#新冠肺炎最新动态#【安徽新增51例累计830例 #安徽新增死亡病例2例#】"
            "2020年2月9日0-24时，安徽省报告新增确诊病例51例。",
            "安徽省",
            "830例",
            "安徽新增死亡病",
        ),
        (
            "feed headline",
            "#新冠肺炎最新动态#【#北京又有7位患者治愈出院#，北京新增21例累计274例】北京市卫健委通报，北京市又有7例患者出院。",
            "北京市",
            "274例",
            "北京市卫健委通报",
        ),
    ],
)
def test_a_doing_stops_at_a_feeds_markup_and_the_next_figure(claim_of, genre, text, region, mention, not_the_metric):
    assert claim_of(text, mention, region, date="2020-02-10")["metric"] != not_the_metric, genre


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        ("1名危重症病例和2名重症病例，目前病情基本平稳。", "1名", "危重症病例"),
        ("5名危重症和6名重症病例目前生命体征平稳。", "5名", "危重症"),
    ],
)
def test_a_doing_before_a_link_to_the_next_figure_is_this_ones(claim_of, text, mention, metric):
    assert claim_of(text, mention, "湖南省", date="2020-02-10")["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a verb with 性 or 型 after it is an adjective of the noun, and 发现 takes what it found after the figure or
        # before it: a health notice's clusters and imported cases
        ("截至1月24日，累计发现聚集性疫情14起。", "广东省", "14起", "聚集性疫情"),
        ("截至2月10日24时，全市累计报告聚集性疫情26起，涉及病例78例。", "北京市", "26起", "聚集性疫情"),
        ("全省新增输入型病例3例。", "广东省", "3例", "输入型病例"),
        ("全省累计报告输入性病例120例。", "广东省", "120例", "输入性病例"),
        # an inspection team's report
        ("今年以来共发现问题线索12条。", "菏泽市", "12条", "问题线索"),
        # 发现 is no verb to cut at inside a phrase (每10股派发现金红利: 派发 and 现金)
        ("公司拟向全体股东每10股派发现金红利2.8元（含税）。", "上海市", "2.8元", "派发现金红利"),
        ("今年以来共发现突发性环境事件3起。", "菏泽市", "3起", "突发性环境事件"),
    ],
)
def test_a_verb_of_finding_and_an_adjective_in_xing_are_no_metric_boundary(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention"),
    [
        # a state word (短短, jieba's z) names nothing: a medical team's story and a construction story
        ("这是短短24小时内即组建而成的医疗队。", "福建省", "24小时"),
        ("短短3天时间，工人们就完成了全部安装。", "菏泽市", "3天"),
    ],
)
def test_a_state_word_alone_is_no_metric(claim_of, text, region, mention):
    assert claim_of(text, mention, region)["metric"] not in ("短短", "这是短短")


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a part's own count after 占 (accounts for): 占 is no word of what is counted — Hong Kong housing, a census
        ("今年第一季一般申請共有約4700宗，當中長者一人申請佔約440宗。", "香港特别行政区", "約440宗", "申请"),
        ("全市常住人口2185万人，其中外来人口占825万人。", "北京市", "825万人", "外来人口"),
    ],
)
def test_a_count_after_zhan_measures_the_part_before_it(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"].endswith(metric)
    assert not claim_of(text, mention, region)["metric"].endswith(("占", "佔"))


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a generic head (人数) keeps the clause telling whose it is; a rate's noun in brackets is not cut at the 与 of
        # 参与; a strong change after the bracket measures the bracket's noun — Macau's culture survey, a city's report
        (
            "本地人口中曾觀看表演的人數(9.18萬人)按年大幅增加82.8%,參與率(19.6%)更躍升8.8個百分點。",
            "澳门特别行政区",
            {"9.18萬人": "本地人口中曾观看表演的人数", "19.6%": "参与率", "8.8個百分點": "参与率"},
        ),
        (
            "全市参观博物馆的人数为120万人次，参与率（35.2%）跃升5.1个百分点。",
            "杭州市",
            {"120万人次": "参观博物馆的人数", "35.2%": "参与率", "5.1个百分点": "参与率"},
        ),
    ],
)
def test_a_generic_head_keeps_its_clause_and_a_bracketed_level_its_noun(claims_of, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found[m] for m in expected} == expected


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a dateline, its reporter's credit and the quote opening the story are no words of the metric: an expo's
        # closing news, an agency's trade story
        (
            "人民网上海11月10日电 (记者王文娟)“第七届进博会意向成交金额800.1亿美元，比上届增长2.0%。”",
            "上海市",
            "800.1亿美元",
            "第七届进博会意向成交金额",
        ),
        (
            "新华社北京3月7日电（记者刘红霞）今年前两个月，我国货物贸易进出口总值6.61万亿元。",
            "中国",
            "6.61万亿元",
            "货物贸易进出口总值",
        ),
        # a Taiwan paper's bracketed credit opening the story (Traditional): a county's population news, a city's
        # tourism news
        (
            "〔記者游明金/宜蘭報導〕歷經8年,宜蘭縣人口數總算在去年底出現正成長,較前年增加828人,成長率1.8‰。",
            "宜蘭縣",
            "828人",
            "人口数",
        ),
        ("【記者王小明／台中報導】台中市去年觀光人次達3850萬人次,創下新高。", "台中市", "3850萬人次", "观光人次"),
    ],
)
def test_a_dateline_is_no_part_of_a_metric(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a level reached with 降为/增为, slight changes (小增, 微增, 微降): Taiwan's patent release, a city's output
        (
            "我國新申請專利案件數降為7.2萬件,年減3.2%,之後2023年小增0.8%,2024年1月~7月續微增0.2%。",
            "台湾省",
            "0.8%",
            "新申请专利案件数",
        ),
        ("全市粮食产量增为120万吨，同比微降0.3%。", "菏泽市", "120万吨", "粮食产量"),
    ],
)
def test_a_level_reached_and_a_slight_change_keep_their_measure(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a share the next figure gives (占…的) right after a count is that figure's frame: the count keeps the noun
        # before it (a town's profile, a county's population figures)
        ("全镇少数民族7090人占总人口的15%。", "罗平县", "7090人", "少数民族"),
        ("全县户籍人口中，女性18.2万人占总人口的49.1%。", "犍为县", "18.2万人", "女性"),
    ],
)
def test_a_share_after_a_count_is_the_next_figures(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # 均 closing 平均 or 人均 is no link to strip (均为, 均达): the metric keeps the whole word (a health-policy
        # feature; a Taiwan city's budget news, Traditional)
        ("health-policy feature", "运用新采购办法后，药价平均下降38%。", "中国", "38%", "药价平均"),
        ("Taiwan budget news", "新北市歲出人均6萬4531元。", "新北市", "6萬4531元", "岁出人均"),
    ],
)
def test_a_word_ending_in_jun_keeps_it(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a verb of change of two characters (change_verbs.tsv) links the noun to its change: 同比 before it falls away
        ("全市劣Ⅴ类断面同比减11.1%，优良断面同比骤降3.2%。", "上海市", "3.2%", "优良断面"),
        ("港口货物吞吐量同比止跌回升2.4%。", "宁波市", "2.4%", "港口货物吞吐量"),
        # a change naming what changed (增收: income, 增产: output) stays in the metric
        ("养殖小龙虾为全市农民人均增收1000元。", "潜江市", "1000元", "养殖小龙虾为全市农民人均增收"),
        ("全县粮食增产5万吨。", "巨野县", "5万吨", "粮食增产"),
        # one character of change is no link: 新增 after the noun goes whole, no 新 left behind
        ("全省确诊病例新增4例，治愈新增2例。", "吉林省", "4例", "确诊病例"),
    ],
)
def test_verbs_of_change_link_a_noun_to_its_change(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a Hong Kong paper's and a mainland site's headlines: a topic before a bar is no word of the figure's name
        ("香港治安|上半年罪案按年減4.6% 網上情緣騙案升近倍\n本港治安有改善趨勢。", "香港特别行政区", "4.6%", "罪案"),
        ("经济观察|一季度地区生产总值增长5.3%\n全市经济开局良好。", "洛阳市", "5.3%", "地区生产总值"),
    ],
)
def test_a_headlines_topic_before_a_bar_is_no_word_of_the_name(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric
