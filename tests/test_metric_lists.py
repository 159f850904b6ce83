import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "metric", "subject"),
    [
        # an environmental bulletin: cities ranked by a measure, then their figures after 分别
        (
            "PM2.5平均浓度最低的3个城市依次是北京、廊坊和长治，分别为47、55和55微克/立方米。",
            "中国",
            "55",
            0,
            "PM2.5平均浓度",
            "廊坊市",
        ),
        (
            "PM2.5平均浓度最低的3个城市依次是北京、廊坊和长治，分别为47、55和55微克/立方米；"
            "浓度最高的3个城市依次是安阳、濮阳和石家庄，分别为94、84和81微克/立方米。",
            "中国",
            "84",
            0,
            "浓度",
            "濮阳市",
        ),
        # a power grid's half year and a tourism release: the members named after 分别是 (a metric read from their
        # names, 是河南、安徽…, names none)
        (
            "上半年，新疆电力外送到14个省(市)，送电量最多的分别是河南、安徽、浙江、江苏，分别为254亿千瓦时、146亿千瓦时、"
            "74亿千瓦时、73亿千瓦时。",
            "新疆维吾尔自治区",
            "146亿千瓦时",
            0,
            "送电量",
            "安徽省",
        ),
        ("游客最多的城市分别是北京、上海，分别为120万人次、98万人次。", "中国", "98万人次", 0, "游客", "上海市"),
        # a provincial economic release: provinces ranked by growth
        (
            "一季度，地区生产总值增速最快的3个省份依次是西藏、海南和湖北，分别为9.1%、8.5%和8.2%。",
            "中国",
            "8.5%",
            0,
            "地区生产总值增速",
            "海南省",
        ),
    ],
)
def test_figures_of_a_ranked_list_take_the_measure_ranked_by(claim_of, text, region, mention, nth, metric, subject):
    claim = claim_of(text, mention, region, nth=nth)
    assert (claim["metric"], claim["subject"]) == (metric, subject)


def test_a_ranked_list_gives_no_measure_to_figures_naming_their_own(claim_of):
    text = "增速最快的是制造业，增长12%，其中汽车制造业增长15%。"
    assert claim_of(text, "15%", "中国")["metric"] == "汽车制造业"


@pytest.mark.parametrize(
    ("text", "mention", "nth", "metric"),
    [
        # an electricity release: a list naming nothing of its own repeats the list before the semicolon
        (
            "第一、二、三产业和居民用电量分别同比增长13.08%、13.40%、17.17%和17.83%；"
            "1至9月分别同比增长12.99%、2.53%、-1.17%和7.76%。",
            "2.53%",
            0,
            "第二产业用电量",  # the measure written once after the last category is each one's
        ),
        # a county's statistical communiqué: the same across a semicolon
        (
            "城镇和农村居民人均可支配收入分别为4.2万元和2.1万元；分别增长5.1%和6.8%。",
            "6.8%",
            0,
            "农村居民人均可支配收入",
        ),
    ],
)
def test_a_list_naming_nothing_repeats_the_list_before_its_semicolon(claim_of, text, mention, nth, metric):
    assert claim_of(text, mention, "海南省", nth=nth)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # the energy or water a category uses, written once after the last of the categories listed before 分别
        # (metric_elliptical_measures.txt): each category's own, in a grid company's news and a water bulletin
        (
            "第一、二、三产业和居民用电量分别同比增长13.08%、13.40%、17.17%和17.83%。",
            "海南省",
            "13.08%",
            "第一产业用电量",
        ),
        ("第一、二、三产业和居民用电量分别同比增长13.08%、13.40%、17.17%和17.83%。", "海南省", "17.83%", "居民用电量"),
        (
            "农业、工业、生活和生态用水量分别为45.2亿立方米、12.1亿立方米、8.3亿立方米和1.1亿立方米。",
            "大理白族自治州",
            "12.1亿立方米",
            "工业用水量",
        ),
    ],
)
def test_a_measure_of_energy_or_water_written_once_is_each_categorys(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # categories listed after the first, each alone before its change, are measured as the first (its measure
        # names no thing of its own): a province's industrial release, a city's statistical communiqué
        (
            "分经济类型看，国有控股企业增加值同比增长8.0%；股份制企业增长6.4%，私营企业增长2.9%。",
            "四川省",
            "6.4%",
            "股份制企业增加值",
        ),
        ("分门类看，采矿业增加值下降6.7%，制造业增长2.2%。", "洛阳市", "2.2%", "制造业增加值"),
        # a category naming the measure itself keeps it once: an environment bulletin's pollutants, an industry
        # release's sectors
        (
            "可吸入颗粒物(PM10)平均浓度同比上升2.9个百分点;细颗粒物(PM2.5)平均浓度同比下降8.7个百分点。",
            "宁夏回族自治区",
            "8.7个百分点",
            "细颗粒物平均浓度",
        ),
        ("国有控股企业增加值增长8.0%；股份制企业增加值增长6.4%。", "四川省", "6.4%", "股份制企业增加值"),
        # a count after it counts its own noun
        ("海河产业基金带动74只母基金投资721个项目。", "天津市", "721个", "项目"),
    ],
)
def test_categories_after_a_measured_one_take_its_measure(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "metric", "subject"),
    [
        # a health commission's bulletin: patients counted, the places' parts in cases, after 其中 in the sentence
        (
            "今天，安徽有13名新型冠状病毒感染的肺炎患者治愈出院，其中，合肥2例，阜阳2例，蚌埠1例。",
            "安徽省",
            "2例",
            1,
            "肺炎患者治愈出院",
            "阜阳市",
        ),
        # a jobs item: the whole's noun after its verb, the districts' parts after 其中
        (
            "今年以来全市有1.2万名高校毕业生实现就业，其中，邯山区3000人、复兴区2000人。",
            "邯郸市",
            "3000人",
            0,
            "高校毕业生",
            "邯山区",
        ),
    ],
)
def test_parts_after_qizhong_count_what_the_whole_counts(claim_of, text, region, mention, nth, metric, subject):
    claim = claim_of(text, mention, region, nth=nth)
    assert (claim["metric"], claim["subject"]) == (metric, subject)


def test_a_part_after_qizhong_counted_otherwise_is_no_part(claim_of):
    # 涉及3个市 counts cities: the part is of the cases before them
    text = "全省新增确诊病例6例，涉及3个市，其中，遵义市2例。"
    assert claim_of(text, "2例", "贵州省")["metric"] == "确诊病例"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a metric is words of one clause: a share after two listed counts (a patents release, a jobs release)
        (
            "浙江企业专利申请和授权分别达103271件、72340件,占全省专利申请量和授权量的比重达64%、71.2%。",
            "浙江省",
            "64%",
            "比重",
        ),
        (
            "全市企业商标申请和注册分别达5000件、3000件,占全省商标申请量和注册量的比重达60%、55%。",
            "杭州市",
            "55%",
            "比重",
        ),
    ],
)
def test_a_metric_is_words_of_one_clause(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a measure right after a count measures the things counted: a flood's damage, a county's roads, farmland
        ("损坏堤防98处20.59千米。", "四川省", "20.59千米", "损坏堤防"),
        ("全年新建农村公路125条580公里。", "菏泽市", "580公里", "农村公路"),
        ("新建高标准农田120片3.2万亩。", "菏泽市", "3.2万亩", "高标准农田"),
        # a measure naming its own thing keeps it
        ("新建农村公路125条，改造危桥面积3200平方米。", "菏泽市", "3200平方米", "危桥面积"),
    ],
)
def test_a_measure_right_after_a_count_measures_the_counted(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


# (genre, text, region, mention, metric): each figure after a member ranked first by a measure is that member's measure
_RANKED_MEMBERS = [
    (
        "graduates report",
        "去年我省毕业研究生就业率排名前五位的学科是历史学(93.5%)、农学(93.4%)、管理学(91.9%)。",
        "辽宁省",
        "93.4%",
        "农学毕业研究生就业率",
    ),
    (
        "graduates report",
        "在本科毕业生中,就业率排名前三位的学科是历史学92%、哲学90.6%和教育学90.5%。",
        "辽宁省",
        "90.5%",
        "教育学就业率",
    ),
    # a place member is the subject: the figure is the measure alone
    ("trade news", "出口额排名前三位的国家是美国(120亿元)、日本(80亿元)。", "浙江省", "120亿元", "出口额"),
    # members of what was done (检获, 查获): the act of each member, and the change right after a member's figure
    (
        "customs year review",
        "年內檢獲最主要的五類毒品依次為大麻2 874.8公斤,按年上升22%;氯胺酮1 202.8公斤,按年減少34%。",
        "香港特别行政区",
        "22%",
        "检获大麻",
    ),
    (
        "police bulletin",
        "全年查获最多的三类违禁品依次为管制刀具1200件、烟花爆竹860件和仿真枪42支。",
        "洛阳市",
        "860件",
        "查获烟花爆竹",
    ),
    # a colon alone after the ranked kind (a province's holiday tourism release; a city's port figures), and a place
    # member's share of the measure
    (
        "holiday tourism release",
        "全省闸机客流排名前三的景区:共和国摇篮景区123.73万人次、庐山风景名胜区123.32万人次、龙虎山风景名胜区94.30万人次。",
        "江西省",
        "94.30万人次",
        "闸机客流",
    ),
    (
        "holiday tourism release",
        "热门客源地排名前三的省份:广东占比24.35%、浙江占比21.95%。",
        "江西省",
        "21.95%",
        "热门客源地占比",
    ),
    # (a port area ranked is a body of its own since 港区 is a suffix: the subject of its figure, the measure alone)
    (
        "port figures",
        "今年一季度，全市货物吞吐量排名前三的港区：龙口港区3200万吨、芝罘港区2100万吨、蓬莱港区800万吨。",
        "烟台市",
        "2100万吨",
        "货物吞吐量",
    ),
    # an order alone ranks the members (由高到低依次为); the members' group where the measure would stand takes it from
    # the superlative of the clause before; 各 and the group before the measure are no measure; a place member's own
    # change verb is no part of it (a price bulletin, Taiwan's labour statistics, a provincial output release)
    (
        "price bulletin",
        "在华中六省省会城市中,长沙市CPI同比涨幅最大,六城市由高到低依次为:长沙市上涨2.1%、武汉市上涨1.9%、郑州市上涨1.2%。",
        "长沙市",
        "1.9%",
        "CPI同比涨幅",
    ),
    (
        "labour statistics",
        "六都之中，臺北市失業率最低，六都由高至低依序為：高雄市3.9%、臺南市3.8%、新北市3.7%。",
        "臺灣",
        "3.8%",
        "失业率",
    ),
    (
        "output release",
        "上半年，全省各市地区生产总值增速由高到低依次为：遵义市增长6.2%、贵阳市增长5.8%、毕节市增长5.1%。",
        "贵州省",
        "5.8%",
        "地区生产总值增速",
    ),
    (
        "county bulletin",
        "全市12个县区中，税收收入从多到少排列为：青秀区38.2亿元、兴宁区21.5亿元、江南区17.9亿元。",
        "南宁市",
        "21.5亿元",
        "税收收入",
    ),
    # a clause after the first member is no member (收入中位數跌幅最大的是製造業，最新數字為17500元)
    (
        "labour statistics",
        "收入中位数跌幅最大的是制造业，最新数字为17500元，较上季大跌12.5%。",
        "香港",
        "12.5%",
        "数字",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "metric"), _RANKED_MEMBERS)
def test_a_ranked_members_figure_is_its_measure(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a kind of division right after the figure counting it is what is counted, not a part's name taking the
        # metric of the figure before (a Red Cross report, an air-quality bulletin)
        ("red cross report", "救助惠及25万余个家庭;深入10个区的36个乡村社区。", "北京市", "10个", "区"),
        (
            "air bulletin",
            "18个县(区)空气质量改善,其中改善的前5个县(区)依次为定边县、绥德县。",
            "榆林市",
            "5个",
            "县(区)",
        ),
        # a place named before its figure is the part's, as before
        ("city bulletin", "累计确诊病例41例，其中西城区4例、朝阳区3例。", "北京市", "4例", "确诊病例"),
    ],
)
def test_a_kind_of_division_counted_is_the_metric(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# a list of figures named only as the corresponding ones (相应升幅, 对应增速) measures, one by one, what the list of as
# many figures right before it measured
@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        (
            "Hong Kong consumer prices (Traditional)",
            "比較三項細分指數,甲類、乙類及丙類消費物價指數在二零零七年十月份的按年升幅分別為2.9%、3.2%及3.5%,"
            "而九月份的相應升幅則為1.0%、1.8%及2.2%。",
            "香港特别行政区",
            {"1.0%": ("甲类", "change"), "1.8%": ("乙类", "change")},
        ),
        (
            "company results",
            "内销收入52亿元、外销收入31亿元，相应增幅为12%和9%。",
            "深圳市",
            {"12%": ("内销收入", "change"), "9%": ("外销收入", "change")},
        ),
    ],
)
def test_a_corresponding_list_pairs_with_the_list_before(genre, text, region, expected):
    from extract.pipeline import extract_claims

    claims = {c.mention: (c.metric, c.kind) for c in extract_claims(text, region=region, date="2007-11-22")}
    assert {mention: claims.get(mention) for mention in expected} == expected, genre


# a 、-list naming nothing of its own repeats a parallel list in a clause before it, never the same list's items
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "not_the_metric"),
    [
        ("flood news", "全州共有36个乡镇、250个村、30027户、126117人受灾。", "黔南布依族苗族自治州", "30027户", "乡镇"),
        ("poverty report", "全县有12个乡镇、86个村、5600户、2.1万人脱贫。", "丰都县", "2.1万人", "村"),
    ],
)
def test_a_lists_later_items_take_no_earlier_items_noun(genre, text, region, mention, not_the_metric):
    from extract.pipeline import extract_claims

    claim = next(c for c in extract_claims(text, region=region, date="2004-07-20") if c.mention == mention)
    assert claim.metric != not_the_metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # what one listed item's people did (已痊愈出院) is that item's alone: the next items count what the list's
        # whole counts, in a province's case list and a city's casualty report
        (
            "province bulletin",
            "全区累计报告确诊病例34例，其中：呼伦贝尔市2例（满洲里市1例已痊愈出院、牙克石市1例），乌兰浩特市1例。",
            "内蒙古自治区",
            ["确诊病例", "确诊病例", "痊愈出院", "确诊病例", "确诊病例"],
        ),
        (
            "casualty report",
            "全市累计救治伤员12人，其中：曹县5人已出院、单县7人。",
            "菏泽市",
            ["救治伤员", "出院", "救治伤员"],
        ),
        # a state each part is in, item by item
        (
            "province bulletin",
            "5例危重症与昨日相比，1例好转，1例稳定，3例加重。",
            "黑龙江省",
            ["危重症与昨日相比", "好转", "稳定", "加重"],
        ),
    ],
)
def test_what_a_listed_items_people_did_is_that_items_alone(claims_of, genre, text, region, expected):
    assert [c["metric"] for c in claims_of(text, region=region)] == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "nth", "metric"),
    [
        # an item naming only the head of what its whole counts (达拉特旗病例1例) counts the whole's: a region's new
        # suspected cases, a city's running total
        (
            "region bulletin",
            "新增疑似病例5例为呼和浩特市2例、包头市土右旗1例、鄂尔多斯市达拉特旗病例1例。",
            "内蒙古自治区",
            "1例",
            1,
            "疑似病例",
        ),
        ("city bulletin", "全市累计报告确诊病例12例，其中：历下区5例、槐荫区病例7例。", "济南市", "7例", 0, "确诊病例"),
        # an outcome broken down by what its parts are (死亡病例5例为…确诊病例2例): the parts are deaths, of confirmed
        # cases; a province's deaths, a city's discharges
        (
            "province bulletin, deaths",
            "全省累计报告确诊病例277例。死亡病例5例为绥化市确诊病例2例、大庆市确诊病例1例、双鸭山市确诊病例2例。",
            "黑龙江省",
            "1例",
            0,
            "死亡病例",
        ),
        (
            "city bulletin, discharges",
            "全市累计报告确诊病例41例。今日治愈出院病例3例，分别为南岗区确诊病例2例、道里区确诊病例1例。",
            "哈尔滨市",
            "1例",
            0,
            "治愈出院病例",
        ),
    ],
)
def test_an_item_naming_only_the_head_counts_what_its_whole_does(claims_of, genre, text, region, mention, nth, metric):
    found = [c for c in claims_of(text, region=region) if c["mention"] == mention]
    assert found[nth]["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # a bracket breaking down a figure whose metric is what its people suffered, written after it (86人死亡): the
        # parts count that, though a list's part said of by a doing is passed over elsewhere
        ("earthquake briefing", "地震已造成86人死亡（泸定县50人、石棉县36人）、35人失联。", "泸定县", "36人", "死亡"),
        ("accident report", "事故造成5人受伤（南海区3人、顺德区2人），均已送医。", "佛山市", "3人", "受伤"),
    ],
)
def test_a_bracket_after_an_outcome_breaks_it_down(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # two 分别 lists in one sentence, each after its own list of names: a police report, a city's trade bulletin
        (
            "police report",
            "刑事案件破案总数、打击处理人数分别比上年同期上升142%和156%，治安案件查处数、治安处罚人数分别比去年同期"
            "上升60%和70%。",
            "随州市",
            {"156%": "打击处理人数", "60%": "治安案件查处数", "70%": "治安处罚人数"},
        ),
        (
            "trade bulletin",
            "进口额、出口额分别增长12.5%和8.1%，加工贸易额、一般贸易额分别下降3.2%和1.4%。",
            "宁波市",
            {"12.5%": "进口额", "3.2%": "加工贸易额", "1.4%": "一般贸易额"},
        ),
    ],
)
def test_a_second_respective_list_pairs_with_its_own_names(claims_of, genre, text, region, expected):
    claims = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {mention: claims.get(mention) for mention in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric", "subject"),
    [
        # a kind of body in generic words alone, listed with its figure, is what is counted, no body nor a name of a
        # part: a county's work report (新增 opens no base's name), a city's housing news
        (
            "county work report",
            "改造高标准农田3.39万亩，补充耕地800亩，新增农业标准化示范基地2000亩、生态茶园1000亩。",
            "闽清县",
            "2000亩",
            "农业标准化示范基地",
            "闽清县",
        ),
        (
            "city housing news",
            "全市现有7148个小区，其中物业小区3159个，老旧开放式小区3989个。",
            "武汉市",
            "3989个",
            "老旧开放式小区",
            "武汉市",
        ),
    ],
)
def test_a_kind_of_body_listed_is_what_is_counted(claim_of, genre, text, region, mention, metric, subject):
    claim = claim_of(text, mention, region)
    assert (claim["metric"], claim["subject"]) == (metric, subject), genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # growths listed by place after a topic of the places, with no noun of their own: the rate before them of their
        # unit, not the figures before them one by one in other units (Taiwan population news, Traditional; a city's
        # population bulletin)
        (
            "Taiwan population news",
            "宜蘭縣人口數較前年增加828人,成長率1.8‰,總人口數44萬9890人;至於各鄉鎮市,以五結鄉、冬山鄉分別成長9.5‰、"
            "9.16‰最多。",
            "宜蘭縣",
            {"9.5‰": "成长率", "9.16‰": "成长率"},
        ),
        (
            "city population bulletin",
            "全市常住人口比上年增加1.2万人，自然增长率3.1‰，年末常住人口520万人；分县市区看，以团风县、红安县分别"
            "增长4.2‰、3.9‰最多。",
            "黄冈市",
            {"4.2‰": "自然增长率", "3.9‰": "自然增长率"},
        ),
    ],
)
def test_growths_by_place_take_the_rate_of_their_unit(claims_of, genre, text, region, expected):
    claims = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {mention: claims.get(mention) for mention in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # the noun the parts share written once after the last part's 的: a hospital authority's release, a county's
        # growth news
        (
            "hospital release",
            "玛丽医院、广华医院和屯门医院也分别录得18.1%、17.2%和10.1%的增幅。",
            "香港特别行政区",
            "17.2%",
            "增幅",
        ),
        ("county news", "单县、曹县分别完成12亿元和15亿元的固定资产投资。", "菏泽市", "12亿元", "固定资产投资"),
    ],
)
def test_the_noun_after_the_last_parts_de_is_every_parts(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # a list's last step joined by two words: the looser one (和) parts the items, the tighter (及) stays inside
        # one (a Macau exhibitions release, Traditional; a city's communiqué)
        (
            "Macau exhibitions release",
            "按會展主題劃分,教育及培訓和信息科技分別爲62項及48項。",
            "澳门特别行政区",
            {"62項": "教育及培训", "48項": "信息科技"},
        ),
        (
            "city communiqué",
            "全年批发及零售业和住宿餐饮业增加值分别增长5.2%和3.1%。",
            "郑州市",
            {"5.2%": "批发及零售业增加值", "3.1%": "住宿餐饮业增加值"},
        ),
    ],
)
def test_the_looser_joining_word_parts_the_last_two_items(claims_of, genre, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # a split by sex adding up to the figure before it counts the people of each sex among what that figure
        # counts (a feed's bulletin with 其中; a province's bulletin whose split stands sentences after the total; a
        # county's communiqué of population, as the gold's 男性户籍人口)
        (
            "city bulletin",
            "截至目前，天津累计报告新型冠状病毒感染的肺炎确诊病例45例，其中男性28例，女性17例；年龄最大的83岁。",
            "天津市",
            {"28例": ("男性肺炎确诊病例", "cumulative"), "17例": ("女性肺炎确诊病例", "cumulative")},
        ),
        (
            "province bulletin",
            "截至2月6日12时，全省累计报告确诊病例970例。6日当天0-12时全省新增确诊病例26例。新增确诊病例中，"
            "广州市15例、佛山市11例。男性475例，女性495例，年龄介于2月龄-86岁之间。",
            "广东省",
            {"475例": ("男性确诊病例", "cumulative"), "495例": ("女性确诊病例", "cumulative")},
        ),
        (
            "county communiqué",
            "年末全县户籍人口52.3万人，其中男性27.1万人，女性25.2万人。",
            "嵩明县",
            {"27.1万人": ("男性户籍人口", "stock"), "25.2万人": ("女性户籍人口", "stock")},
        ),
    ],
)
def test_a_split_by_sex_counts_its_wholes_people_of_that_sex(claims_of, genre, text, region, expected):
    found = {c["mention"]: (c["metric"], c["aspect"]) for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # a split adding up to no figure before it, or a sex written after its figure, says nothing of a whole
        ("city bulletin", "全市累计确诊病例10例，其中男性3例，女性2例已出院。", "天津市", {"3例": "男性"}),
        (
            "Macau fire services report",
            "消防局合共運送了6,368宗個案,涉及11,540人(5,903男、5,637女)。",
            "澳门特别行政区",
            {"5,903男": "男性", "5,637女": "女性"},
        ),
    ],
)
def test_a_split_by_sex_adding_up_to_nothing_stays_a_sex(claims_of, genre, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # the parts a whole is broken down into right after it, named by their kind or source alone, count the
        # whole's things of that kind: a contacts bulletin's bracket, a court report's, a Traditional notice's 其中
        # run, a case bulletin's bracket with 其中
        (
            "contacts bulletin",
            "全省新增密切接触者34人（境外输入病例密切接触者9人，外省协查25人），当前隔离191人。",
            "陕西省",
            {"9人": "境外输入病例密切接触者", "25人": "外省协查密切接触者"},
        ),
        (
            "court report",
            "全年共受理案件300件（民事200件，刑事100件），审结280件。",
            "东莞市",
            {"200件": "民事案件", "100件": "刑事案件"},
        ),
        (
            "Traditional case notice",
            "本日新增確診病例7例，其中境外移入3例，本土4例，另新增出院5例。",
            "台湾省",
            {"3例": "境外移入確診病例", "4例": "本土確診病例", "5例": "出院"},
        ),
        (
            "case bulletin",
            "新增确诊病例5例（其中境外输入3例），累计确诊病例120例。",
            "广东省",
            {"3例": "境外输入确诊病例"},
        ),
    ],
)
def test_parts_named_by_their_kind_alone_count_the_wholes_things_of_that_kind(claims_of, genre, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        # no kinds: the conditions of the whole's people (重症, 危重), parts adding up to more than the bracket's
        # whole, a 其中 run falling short of the whole, parts naming their own people or places, a bare act
        (
            "province bulletin",
            "累计报告确诊病例144例（危重症3例、重症8例）。",
            "福建省",
            {"3例": "危重症", "8例": "重症"},
        ),
        ("court report", "受理案件30件（民事20件，刑事15件）。", "东莞市", {"20件": "民事", "15件": "刑事"}),
        ("case bulletin", "新增确诊病例9例，其中境外输入3例，本土4例。", "广东省", {"3例": "境外输入", "4例": "本土"}),
        (
            "city bulletin",
            "新增确诊病例7例，其中外地来沪人员4例，本市常住人口3例。",
            "上海市",
            {"4例": "外地来沪人员"},
        ),
        (
            "province bulletin",
            "确诊病例中，沈阳市17例（铁岭市转入1例，鞍山市转入2例）。",
            "辽宁省",
            {"1例": "转入", "2例": "转入"},
        ),
    ],
)
def test_parts_that_are_no_kinds_of_the_whole_keep_their_names(claims_of, genre, text, region, expected):
    found = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {m: found.get(m) for m in expected} == expected, genre


# (genre, text, region, expected): items named by codes with digits (PM2.5, NO2, 4G) are names, not items with figures
# of their own: every one pairs with its figure after 分别 (an environment report, a telecom year review)
@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        (
            "environment report",
            "评价空气质量的PM2.5、PM10、NO2和SO2浓度同比均分别上升3.1%、5.7%、8%和14.3%。",
            "江苏省",
            {"3.1%": "PM2.5浓度", "5.7%": "PM10浓度", "8%": "NO2浓度", "14.3%": "SO2浓度"},
        ),
        (
            "telecom year review",
            "全年4G、5G基站分别新增1.2万个和3.1万个。",
            "广东省",
            {"1.2万个": "4G基站", "3.1万个": "5G基站"},
        ),
    ],
)
def test_items_named_by_codes_with_digits_pair_with_their_figures(claims_of, genre, text, region, expected):
    claims = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {mention: claims.get(mention) for mention in expected} == expected, genre


# (genre, text, region, expected): years listed before 分别 are times of one measure, the last named before them, each
# figure of its year in turn, not each earlier measure in its place (a city's tourism review, a county's farm news)
@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        (
            "tourism review",
            "2022年至2024年,全市游客量从3187万人次跃升至6229万人次,旅游收入从152亿元上升至613亿元,"
            "其中2023年、2024年同比增幅分别为104%和97%。",
            "大同市",
            {"104%": ("旅游收入", "2023年"), "97%": ("旅游收入", "2024年")},
        ),
        (
            "farm news",
            "全县游客人数从120万人次增至180万人次,粮食产量从30万吨增至36万吨,其中2022年、2023年同比分别增长8.1%和11.2%。",
            "沈丘县",
            {"8.1%": ("粮食产量", "2022年"), "11.2%": ("粮食产量", "2023年")},
        ),
    ],
)
def test_years_listed_before_fenbie_are_times_of_one_measure(claims_of, genre, text, region, expected):
    found = {c["mention"]: (c["metric"], c["period"]) for c in claims_of(text, region=region)}
    assert {mention: found.get(mention) for mention in expected} == expected, genre


# (genre, text, region, {mention: metric}): two items sharing a prefix before the list and a noun after it, the first
# ending in a word of one character (存, 进) that makes a word with the noun's opening less its first (存款, 进口额)
_PREFIXED_MODIFIERS = [
    ("finance news", "6月末，全省本外币存、贷款余额分别为8.87万亿元、8.42万亿元。", "福建省",
     {"8.87万亿元": "本外币存款余额", "8.42万亿元": "本外币贷款余额"}),
    ("trade news", "1-6月，全市货物进、出口额分别为2000亿元、3000亿元。", "宁波市",
     {"2000亿元": "货物进口额", "3000亿元": "货物出口额"}),
    ("industry news", "全市工业、服务业增加值分别增长5%、6%。", "宁波市", {"5%": "工业增加值", "6%": "服务业增加值"}),
]  # fmt: skip


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _PREFIXED_MODIFIERS)
def test_a_prefixed_one_character_item_shares_the_noun_after_the_list(claims_of, genre, text, region, expected):
    metrics = {c["mention"]: c["metric"] for c in claims_of(text, region=region)}
    assert {mention: metrics.get(mention) for mention in expected} == expected, genre


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        # a clause naming its cases, then 为 and where they are, after a list of another grade's: its own grade
        (
            "确诊病例中，危重病例2例（牙克石市1例、锡林浩特市1例）；重症病例为包头市昆都仑区2例。",
            "内蒙古自治区",
            "2例",
            "重症病例",
        ),
        (
            "现有确诊病例中，危重型病例3例（哈尔滨市2例、绥化市1例）；重型病例为哈尔滨市南岗区4例。",
            "黑龙江省",
            "4例",
            "重型病例",
        ),
        # a poverty report: people of a kind at a village
        (
            "全县贫困人口中，重度残疾人120人（城关镇70人、涧池乡50人）；孤儿为城关镇西关村35人。",
            "郧西县",
            "35人",
            "孤儿",
        ),
    ],
)
def test_a_noun_said_to_be_at_a_place_names_its_figure(claims_of, text, region, mention, metric):
    assert [c["metric"] for c in claims_of(text, region=region) if c["mention"] == mention][-1] == metric


# one measure compared with bases listed one for one with its figures, 分别 before or after the bases: each figure is
# the measure against its base, the bases no names of the figures (a city's trade news, a county's communiqué)
@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        ("进出口增速分别比全国、全省高出6.7、4.7个百分点。", "泉州市", "6.7", "进出口增速比全国高出"),
        ("进出口增速分别比全国、全省高出6.7、4.7个百分点。", "泉州市", "4.7个百分点", "进出口增速比全省高出"),
        ("全县GDP增速比全国、全省分别高1.2、0.8个百分点。", "固阳县", "1.2", "GDP增速比全国高"),
        ("全县GDP增速分别高于全国、全省1.2和0.8个百分点。", "固阳县", "0.8个百分点", "GDP增速高于全省"),
    ],
)
def test_figures_against_listed_bases_are_the_measure_against_each(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


# names listed before 分别由 and two lists of levels, a rate per 100,000 among them: each name its levels one for one
# (a province's health results, a city's health statistics)
@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        (
            "婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别由4.35‰、5.91‰、10.46/10万降至3.21‰、4.67‰、9.27/10万。",
            "河南省",
            "5.91‰",
            "5岁以下儿童死亡率",
        ),
        (
            "婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别由4.35‰、5.91‰、10.46/10万降至3.21‰、4.67‰、9.27/10万。",
            "河南省",
            "9.27/10万",
            "孕产妇死亡率",
        ),
        ("全市孕产妇死亡率和婴儿死亡率分别为8.5/10万和2.1‰。", "郑州市", "2.1‰", "婴儿死亡率"),
    ],
)
def test_a_rate_per_100000_is_one_of_its_list(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


# a rate alone before 分别 (增速分别为) and the clause before listing what it is of, with what the last did after it:
# each figure the rate of its name (a city's monthly economy release, a province's farm news)
@pytest.mark.parametrize(
    ("text", "region", "mention", "metric"),
    [
        ("房地产开发投资、工业投资提速,增速分别为22.9%和8.6%。", "广州市", "22.9%", "房地产开发投资增速"),
        ("房地产开发投资、工业投资提速,增速分别为22.9%和8.6%。", "广州市", "8.6%", "工业投资增速"),
        ("全省粮食和油料增产,增速分别为3.2%、5.1%。", "河南省", "3.2%", "粮食增速"),
        ("全省粮食和油料增产,增速分别为3.2%、5.1%。", "河南省", "5.1%", "油料增速"),
    ],
)
def test_a_rate_alone_before_respectively_is_of_the_names_before(claim_of, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # modifiers of one row of lexicon/parallel_modifiers.tsv before one noun written once after the last: a
        # county's work report, a city's education communiqué, a county's communiqué in Traditional, a port release
        (
            "work report",
            "全年城镇、农村居民人均可支配收入分别达到45210元、21330元，分别增长5.1%和7.2%。",
            "平阴县",
            "45210元",
            "城镇居民人均可支配收入",
        ),
        (
            "work report",
            "全年城镇、农村居民人均可支配收入分别达到45210元、21330元，分别增长5.1%和7.2%。",
            "平阴县",
            "5.1%",
            "城镇居民人均可支配收入",
        ),
        ("education communiqué", "全市公办、民办幼儿园分别有120所、45所。", "江门市", "120所", "公办幼儿园"),
        (
            "Traditional communiqué",
            "全縣城鎮、農村居民人均消費支出分別為2.1萬元和1.3萬元。",
            "屏東縣",
            "2.1萬元",
            "城镇居民人均消费支出",
        ),
        ("port release", "全年口岸入境、出境旅客分别为12万人次、15万人次。", "珠海市", "15万人次", "口岸出境旅客"),
    ],
)
def test_parallel_modifiers_before_one_noun_each_take_it(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric"),
    [
        # two measures listed are each their own, not a modifier of the other's noun: a company's results, a county's
        # fiscal news
        ("company results", "公司利润、营业收入分别增长5%和6%。", "深圳市", "5%", "公司利润"),
        ("fiscal news", "全县税收、非税收入分别完成8亿元、3亿元。", "曹县", "8亿元", "税收"),
    ],
)
def test_measures_listed_keep_their_own_names(claim_of, genre, text, region, mention, metric):
    assert claim_of(text, mention, region)["metric"] == metric, genre


# changes after 分别 in the clause after as many levels, each level in a clause of its own, change those levels in
# order, in their own unit or in points of a percentage
@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        ("全年總體失業率為2.7%,本地居民失業率為3.4%,按年分別下跌1.0及1.4個百分點。", "1.0", "总体失业率"),
        ("全年總體失業率為2.7%,本地居民失業率為3.4%,按年分別下跌1.0及1.4個百分點。", "1.4個百分點", "本地居民失业率"),
        ("全市城镇登记失业率为3.1%，调查失业率为5.0%，分别下降0.2和0.3个百分点。", "0.2", "城镇登记失业率"),
    ],
)
def test_changes_after_levels_each_in_a_clause_of_its_own_change_them_in_order(claim_of, text, mention, metric):
    assert claim_of(text, mention, "澳门特别行政区")["metric"] == metric


# shares after 分别占, in the clause right after a list of as many figures, are those figures' shares in order; and
# what the first item of a 分别 list opens with up to its link (水质为) is every item's
@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        ("水质为Ⅲ类、Ⅳ类、Ⅴ类的数量分别为1个、10个和2个,分别占7.7%、76.9%、15.4%。", "76.9%", "水质为Ⅳ类数量占比"),
        ("水质为Ⅲ类、Ⅳ类、Ⅴ类的数量分别为1个、10个和2个,分别占7.7%、76.9%、15.4%。", "2个", "水质为Ⅴ类数量"),
        ("全市小学、初中在校生分别为12万人和6万人，分别占35%、18%。", "18%", "初中在校生占比"),
        ("全市小学、初中在校生分别为12万人和6万人，分别增长3%、2%。", "2%", "初中在校生"),
    ],
)
def test_shares_after_a_respective_list_and_its_shared_link(claim_of, text, mention, metric):
    assert claim_of(text, mention, "上海市")["metric"] == metric


# the things counted before 均/都/各 each have the figure after: they say whose it is, not what it counts (the whole's
# new cases, given the part by the list it closes)
@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        ("全省新增新冠肺炎确诊病例1例，其中：武汉市1例，其他16个市州均为0例。", "0例", "新冠肺炎确诊病例"),
        ("全省新增病亡12例，其中：武汉市11例，咸宁市1例，其他15个市州均为0例。", "0例", "病亡"),
        ("其他16个市州均为0例。", "16个", "市州"),
    ],
)
def test_things_counted_before_each_say_whose_the_figure_is(claim_of, text, mention, metric):
    assert claim_of(text, mention, "湖北省")["metric"] == metric


# a total right after a list of items of its unit (共计, 合计, 总计) sums them: no item of the list, it takes what is
# said of it after it, or the noun the items' names end with alike, or none
@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        ("指挥部调集消防救援队伍526人、武警部队760人、电力抢险110人,共计3065人陆续到达灾区。", "3065人", "到达灾区"),
        ("当年接待国内游客1200万人次、入境游客30万人次，共计1230万人次。", "1230万人次", "游客"),
        ("全市有公办幼儿园120所、民办幼儿园300所、小学450所，合计870所。", "870所", None),
        ("全市有公办幼儿园120所、民办幼儿园300所、小学450所，合计870所。", "450所", "小学"),
    ],
)
def test_a_total_after_the_items_it_sums_is_no_item(claim_of, text, mention, metric):
    assert claim_of(text, mention, "宜宾市")["metric"] == metric


@pytest.mark.parametrize(
    ("text", "region", "metrics"),
    [
        # an adverb after the last item's own level in brackets is no word of its name
        (
            "手提電話(20.5億元)與建築材料(12.8億元)則分別錄得31.8%和27.8%的跌幅。",
            "澳门特别行政区",
            ["手提电话", "建筑材料", "手提电话", "建筑材料"],
        ),
        (
            "小麦(32.1万吨)和玉米(41.5万吨)亦分别增长3.2%和4.1%。",
            "滑县",
            ["小麦", "玉米", "小麦", "玉米"],
        ),
    ],
)
def test_an_adverb_closing_a_list_after_bracketed_levels_names_nothing(claims_of, text, region, metrics):
    assert [c["metric"] for c in claims_of(text, region=region)] == metrics
