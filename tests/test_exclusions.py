"""Not claims: dates, ordinals, names, slogans, titles and set phrases (GUIDELINE.md)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "11月25日，全市召开推进会。",
        "2024年，该县持续推进改革。",
        "10月22日至24日，培训班举行。",
        "晚七点，活动开始。",
        "第一批博士生来到这里。",
        "首批试点工作顺利完成。",
        "推动建立“1+5”社会工作机制。",
        "制定“十个一”创建标准。",
        "实施“1443”志愿服务行动。",
        "出台了《关于加强党建工作的二十条措施》。",
        # a package of measures named by its count in Chinese numerals, outside its title's brackets: a province's
        # epidemic notice, a city's business policy
        "江西发布强化疫情防控十条措施。",
        # 二次 before a word is "second", no count: an expert's forecast, a hospital's tests
        "钟南山表示，至于拐点，要看二次返程情况。",
        "出院前需对患者进行二次核酸检测。",
        "市政府出台支持民营经济发展二十条意见。",
        "形成新就业群体“15分钟服务圈”。",
        # a train car's number and its seat in a case's travel history (epidemic notices): no wagon loads
        "1月21日乘C1007次列车（16车06F）自长春市到达敦化市。",
        "1月18日由包头市乘Z352次列车（3车56号）至呼和浩特市。",
        "这是一个生动实践。",
        # N things as one: a formula (a county's energy news, a party plan)
        "木垒已构建起“建设、发电、输送、储能、用能、制造”六位一体的新能源产业体系。",
        "统筹推进四位一体的乡村治理体系。",
        "全市上下一盘棋。",
        # all quarters: a holiday tourism release's guests, a disaster's help from everywhere
        "百年梨花喜迎八方来客。",
        "灾情发生后，八方支援源源不断。",
        "实现两个覆盖。",
        "万家灯火，百年大计。",
        "工作人员一一个别走访。",
        "该县建设“1146”工作体系，铁拳2024行动成效明显。",
        "前三季度，全市经济运行稳中有进。",  # a quarter is a time, not three seasons
        "一季度以来，各项工作有序推进。",
        "五年前，这里还是一片荒地。",  # a point in time
        "前10个月，全市外贸稳中有升。",  # the first months of the year: a period
        "今年头两个月，外贸稳中有升。",
        "首十个月，入境旅客稳步回升。",
        "截至二零一二年六月三十日止六个月，集团营业额上升。",  # the length of accounts' period ending that day
        "截至2023年12月31日止12个月，本行净利润稳步增长。",
        "全市一二三级社会体育指导员队伍不断壮大。",  # grades listed, no 123 (a sports review; a water bulletin)
        "一二三四类水质断面比例有所提高。",
        "两年后，他回到了家乡。",
        "一个多月来，各地公安机关持续开展专项行动。",  # a span up to now: the period of what follows
        "三年来，全县上下齐心协力。",
        "寿光市三元朱村的蔬菜大棚里一片忙碌。",  # a numeral inside a village's name
        "东明县焦园乡六合新村召开会议。",
        "三次产业结构调整为8.4:40.6:51.0。",  # the three sectors of the economy
        "五一节期间，景区游人如织。",  # holidays named by their date, not counts of 节
        "三八节前夕，妇联走访慰问。",
        "他们是一个三口之家。",  # a household as a set phrase, not wells
        "主因電子零組件國外需求暢旺。",  # components (零組件), not 0 组
        "汽车零部件企业加快转型。",  # parts (零部件), not 0 部
        "这家工厂专门生产汽车零件。",  # parts (零件), not 0 件
        "一家三口其乐融融。",
        "双11期间，快递业务繁忙。",  # 期间 is a span of time, not 11 issues
        "1月23日11:20起，全市公交停运。",  # minutes of a time of day, not 20 incidents
        # the day of a date written in digits (a post's dateline, a notice's date), not 10 head of cattle
        "2017-10-10 头条江西",
        # a project's next phases and a weather event's grades: ordinals and classes, not counts (a work report, an
        # environment bulletin)
        "中环光伏四期建成投产，五期设备安装。",
        "其中二级沙尘天气(扬沙)和三级沙尘天气(沙尘暴)各出现，四级沙尘天气(强沙尘暴)一次未现。",
        "发布日期：2020/3/5 台风“米克拉”过境。",
        "王庄村3组村民自发清理河道。",  # a village's group named by its number
        "张家村二组召开群众会议。",
        "2027台湾灯会筹备工作启动。",  # 台 opening 台湾 is no unit after a year
        "2025台灣燈會在桃園舉辦。",
        "其二，加快推进产业升级。",  # the second of a list of points
        "其一是稳就业，其二是保民生。",
        "明阳电气2025年三季报点评。",  # a results report named by its quarters
        "公司发布一季报。",
    ],
)
def test_not_claims(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "region", "kept"),
    [
        # the national health commission's bulletin: the formula of who reported is its source, not a count
        ("2月3日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例3235例。", None, ["3235例"]),
        (
            "截至1月29日24时，国家卫生健康委收到31个省（自治区、直辖市）和新疆生产建设兵团累计报告确诊病例7711例。",
            None,
            ["7711例"],
        ),
        # a news item quoting it with Hubei left out
        ("2月18日0时至24时，湖北以外30个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例56例。", None, ["56例"]),
        # a count of the provinces that reported something, without the corps, is a claim
        ("截至目前，全国共有25个省（区、市）报告疫情。", None, ["25个"]),
    ],
)
def test_the_formula_of_who_reported_is_no_count(claims_of, text, region, kept):
    assert [c["mention"] for c in claims_of(text, region=region)] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a health notice: the levels of the hospitals, not a count of levels
        ("治愈出院患者9例，分别从市区两级定点医院出院。", ["9例"]),
        # a county's work report: the levels acting together
        ("建立省市县三级联动机制，市县乡村四级书记抓防控，全县投入资金300万元。", ["300万元"]),
        # a grade with its count stays the count's
        ("全县有二级以上医院3家。", ["3家"]),
    ],
)
def test_the_levels_of_government_acting_together_are_no_count(claims_of, text, kept):
    assert [c["mention"] for c in claims_of(text)] == kept


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("受益群众300余人。", "300余人"),
        ("“今年我们举办讲堂159期，培训学员2000余名。”会长说。", "159期"),  # quoted speech is not a label
        ("此次活动历时近十天。", "近十天"),
        ("PH值8.61，超出标准。", "8.61"),
        # a price index's value in brackets after its name (Macau's CPI release, Traditional; a city's bulletin)
        ("8月綜合消費物價指數(104.80)按年上升0.99%。", "104.80"),
        ("全市居民消费价格指数（101.6）比上年上涨1.6%。", "101.6"),
        ("小麦和玉米一年种植两季。", "两季"),
        ("历时10天前后，工程完工。", "10天前后"),  # 前后 after a figure is "about"
        ("工程比计划提前10天，顺利完工。", "10天"),  # 提前: ahead of time by a duration, not the first days
        ("全年开展督查三次，发现问题12个。", "三次"),  # three times is a count
        ("他在外务工三年来京后，月收入5000元。", "三年"),  # 来京: came to Beijing, no span up to now
        # 其 before a figure with its unit is a pronoun (his, its), not the 其 of the ordinal 其二
        ("患者体温正常，其2名密切接触者正在医学观察。", "2名"),
        ("公司发布公告，其3家子公司合计实现营业收入12亿元。", "3家"),
        # a count of groups that is no village's group, and 台 counting machines
        ("全村成立5组巡逻队，开展夜间巡逻。", "5组"),
        ("该厂新购置数控机床12台，全部投入使用。", "12台"),
    ],
)
def test_claims_kept(claims_of, text, mention):
    assert mention in [c["mention"] for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "mention", "qualifier"),
    [
        ("全县电商企业约占全市的三分之一。", "三分之一", "approx"),
        ("中西部地区实际使用外资约占全国的四成。", "四成", "approx"),
        ("产量大约占全省粮食总产量的12%。", "12%", "approx"),
        ("产量占全省的12%。", "12%", None),
        # a clause boundary ends the reach of 约占
        ("产量约占全省的一成，出口占15%。", "15%", None),
    ],
)
def test_a_qualifier_written_before_the_whole_of_a_share(claim_of, text, mention, qualifier):
    claim = claim_of(text, mention)
    assert claim["qualifier"] == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "全面贯彻落实党的二十大和二十届二中、三中全会精神。",  # meetings, not counts
        "学习贯彻十九大精神。",
        "获评中国十大经典红色景区。",  # the title of an honour list
        "入选全国十大乡村旅游线路。",
        "严格落实中央八项规定精神。",
        "码头二期等项目完工。",  # a project's stage
        "机场三期改扩建工程开工。",
        "柳林公园二期和口袋公园向市民开放。",
        "受損作物主要為二期水稻。",  # a crop's season (a Taiwan farm-loss report, a county's farm news)
        "今年一期稻作收成良好。",
        "经过三轮车碾压脱壳后装袋。",  # a vehicle named by its wheels (a village's millet story, a car dealer's)
        "新购四轮驱动越野车投入使用。",
        "首届五大道金融论坛举行。",  # 五大道, 人民大道: a street's name
        "2024届毕业生留津就业。",  # a graduating year
    ],
)
def test_meetings_honours_phases_and_streets_are_no_claims(claims_of, text):
    assert claims_of(text, region="天津市") == []


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("举办培训班三期。", "三期", 3, "期"),  # sessions held, not a stage
        ("连续举办四届。", "四届", 4, "届"),
        ("法院对黄某受贿两案进行宣判。", "两案", 2, "案"),
        ("有两个4A级景区。", "两个", 2, "个"),  # a unit ends the figure: the 4 after it is no code
    ],
)
def test_counts_of_sessions_cases_and_things_before_a_code(claim_of, text, mention, value, unit):
    claim = claim_of(text, mention)
    assert (claim["value"], claim["unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("一季度亏损12.4亿。", "12.4亿", 1.24e9, "元"),
        ("实现旅游产值30亿以上。", "30亿以上", 3e9, "元"),
        ("文旅综合收入突破50亿。", "突破50亿", 5e9, "元"),
        ("三人分别非法敛财135万、133万、79.4万元。", "133万", 1.33e6, "元"),  # a list shares its unit
        ("计划投资3000亿，负债近1万亿。", "近1万亿", 1e12, "元"),
        # taxes and a budget's revenue (a county's budget news, a city's fiscal report)
        ("其中包括統籌分配稅196.47億。", "196.47億", 1.9647e10, "元"),
        ("全年组织税收收入52亿，增长3%。", "52亿", 5.2e9, "元"),
        # sales done (a lottery's half-year news)
        ("超级大乐透半年共销售了34.6亿，排列3累计销售52亿多元。", "34.6亿", 3.46e9, "元"),
        # sales and trade totals in a release's headline (Hong Kong retail, Traditional, its 年升 no year), a city's
        # trade news, a film's takings
        ("8月零售業銷貨額達324億年升13.7%", "324億", 3.24e10, "元"),
        ("全年出口额突破50亿，增长6%。", "突破50亿", 5e9, "元"),
        ("春节档电影票房突破80亿。", "突破80亿", 8e9, "元"),
        # a money word right after the figure names it too
        ("一度拥有1.2万亿资产的集团如今已被一分为四。", "1.2万亿", 1.2e12, "元"),
        ("集团留下300亿债务。", "300亿", 3e10, "元"),
        # sums transferred (a Taiwan city's budget news, Traditional; a county's fiscal report)
        ("新版財劃法通過後，中央挹注款項增257億。", "257億", 2.57e10, "元"),
        ("上级下达各类款项3.2亿，全部拨付到位。", "3.2亿", 3.2e8, "元"),
        # a scale word alone before a money word is a sum too: company news and a work report
        ("这家地产商一度坐拥万亿资产，如今负债累累。", "万亿", 1e12, "元"),
        ("航运集团留下的千亿债务正在分期偿还。", "千亿", 1e11, "元"),
        ("市财政统筹百亿资金支持城市更新。", "百亿", 1e10, "元"),
        # debts paid and costs (a Taiwan county's council news, Traditional; a company's results news)
        ("張麗善表示，雲林縣現已還債100億。", "100億", 1e10, "元"),
        ("公司全年管理费用3.2亿，同比下降5%。", "3.2亿", 3.2e8, "元"),
        # a bare sum in 亿 after a sum of money in its sentence (a county's finances; a city's budget news)
        ("雲林縣1年稅收約40億，人事費就將近150億。", "將近150億", 1.5e10, "元"),
        ("全年财政收入86亿元，其中上级转移支付也有30亿。", "30亿", 3e9, "元"),
        # a sum named alone as the topic of the clause before (a Taiwan county's council news, Traditional; a city's
        # debt report)
        ("雲林縣公共債務，從她上任時227億，現已還債100億。", "227億", 2.27e10, "元"),
        ("全市政府债务，截至去年底312亿，比年初减少18亿。", "312亿", 3.12e10, "元"),
    ],
)
def test_money_without_yuan_after_a_money_word(claim_of, text, mention, value, unit):
    claim = claim_of(text, mention)
    assert (claim["value"], claim["unit"], claim["kind"]) == (pytest.approx(value), unit, "money")


@pytest.mark.parametrize(
    ("text", "region", "mention", "value", "unit", "qualifier"),
    [
        # a Taiwan city's press release and a city's statistics news: a bare scale after a verb of change is the
        # change of the figure before it, in its unit
        ("住宿人次412.5萬，較去年同期增加21.3萬，成長5.47%。", "高雄市", "21.3萬", 2.13e5, "人次", None),
        ("營運收入89.2億，較去年同期增加約7億，成長9.17%。", "高雄市", "約7億", 7e8, "元", "approx"),
        ("年末全市常住人口1200万，比上年末增加12万。", "洛阳市", "12万", 1.2e5, "人", None),
    ],
)
def test_a_bare_scale_after_a_change_verb_is_the_change_of_the_figure_before(
    claim_of, text, region, mention, value, unit, qualifier
):
    claim = claim_of(text, mention, region)
    assert (claim["value"], claim["unit"], claim["kind"], claim["qualifier"]) == (
        pytest.approx(value),
        unit,
        "change",
        qualifier,
    )


def test_a_bare_scale_in_the_next_sentence_is_no_change_of_the_figure_before(claims_of):
    assert [c["mention"] for c in claims_of("利润总额3.2亿元。减少了5万", region="洛阳市")] == ["3.2亿元"]


@pytest.mark.parametrize(
    ("text", "region", "mention", "value"),
    [
        # a bare scale after a word for people counts people (issue 25: 386.1萬, 24萬 in Hong Kong news)
        ("全港勞動人口為386.1萬，失業人數為24萬。", "香港特别行政区", "386.1萬", 3.861e6),
        ("全港勞動人口為386.1萬，失業人數為24萬。", "香港特别行政区", "24萬", 2.4e5),
        ("年均接待游客1000万。", "菏泽市", "1000万", 1e7),
        ("党性教育培训100万，接待游客1000万。", "菏泽市", "100万", 1e6),
        ("全市人口880万。", "洛阳市", "880万", 8.8e6),
        # and after a government's allocation, money
        ("港府預留超過15億，資助僱主。", "香港特别行政区", "超過15億", 1.5e9),
    ],
)
def test_a_bare_scale_takes_the_unit_of_the_noun_before_it(claim_of, text, region, mention, value):
    claim = claim_of(text, mention, region)
    assert claim["value"] == pytest.approx(value)
    unit = "元" if "預留" in text else "人次" if "游客" in text else "人"  # visits are person-times
    assert claim["unit"].split("/")[0] == unit  # 年均: 人次/年


@pytest.mark.parametrize(
    ("genre", "text", "mention", "value"),
    [
        # a bare scale right before the noun of people it counts: a water-works report's and a rural-relief report's
        ("water-works news", "共解决740余万农村居民饮水安全问题。", "740余万", 7.4e6),
        ("rural-relief report", "38.4万脱贫人口和5.4万监测对象享受到低保政策。", "38.4万", 3.84e5),
        ("Hong Kong news", "全港386.1萬市民受惠於新措施。", "386.1萬", 3.861e6),
        # a noun of people qualified at length: a city's school news, a county's health news
        ("city school news", "全市50.5万农村义务教育在校学生全部享受免交学杂费。", "50.5万", 5.05e5),
        ("province education news", "全省12.3万建档立卡贫困家庭学生获得资助。", "12.3万", 1.23e5),
    ],
)
def test_a_bare_scale_takes_the_unit_of_the_noun_of_people_after_it(claim_of, genre, text, mention, value):
    claim = claim_of(text, mention, "贵州省")
    assert (claim["value"], claim["unit"], claim["kind"]) == (pytest.approx(value), "人", "count"), genre


def test_a_bare_scale_before_a_noun_of_no_people_stays_no_claim(claims_of):
    assert [c["mention"] for c in claims_of("建成30万平方米厂房，投资3亿建设居民小区。", region="贵州省")] == [
        "30万平方米",
        "3亿",
    ]


@pytest.mark.parametrize(
    ("text", "region", "mention", "value", "unit"),
    [
        # a health statistics release: the unit written as the noun before the figure
        ("总诊疗人次15.4亿，出院人次4981.0万，比上年增加1119.7万人次。", None, "15.4亿", 1.54e9, "人次"),
        ("总诊疗人次15.4亿，出院人次4981.0万，比上年增加1119.7万人次。", None, "4981.0万", 4.981e7, "人次"),
        ("全省门急诊人次比上年增加1200万。", "湖南省", "1200万", 1.2e7, "人次"),
        # Taiwan tourism news: the per-day figure of 日均人次 is a rate, the day's passengers a count
        ("國旅日均人次從去年35萬，今年成長109%、達到73萬人次。", "台湾", "35萬", 3.5e5, "人次/日"),
        ("昨天桃園機場疏運人次也達16.2萬，幾乎打平疫情前最高紀錄。", "台湾", "16.2萬", 1.62e5, "人次"),
        # a noun of people: 人, as before
        ("常住人口由去年35萬增至50萬。", "台湾", "35萬", 3.5e5, "人"),
        # a noun that names no unit gives the figure none: it stays out
        ("全年门诊量达15.4亿。", "湖南省", "15.4亿", None, None),
    ],
)
def test_a_bare_scale_after_a_noun_naming_its_unit_takes_that_unit(claims_of, text, region, mention, value, unit):
    found = [(c["value"], c["unit"]) for c in claims_of(text, region) if c["mention"] == mention]
    assert found == ([(pytest.approx(value), unit)] if unit else [])


@pytest.mark.parametrize("text", ["利润100。", "今年增长1000万。", "排名第1000万。"])
def test_a_bare_figure_without_a_money_or_people_word_or_scale_stays_out(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text", ["综合排名进入全国前十名。", "位列全省前三位。", "2007年-2009年，该县持续投入。"])
def test_ranks_and_spans_of_years_are_no_claims(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("猪肉价格涨了一倍。", "一倍", 1, "倍"),  # 一 before 倍 is a figure, not the article
        ("种植面积约8000（5200）亩。", "约8000", 8000, "亩"),  # the unit after a bracketed figure is both's
        ("种植面积约8000（5200）亩。", "5200", 5200, "亩"),
        ("完成投资3.2（2.8）亿元。", "3.2", 3.2e8, "元"),
    ],
)
def test_doublings_and_bracketed_alternatives(claim_of, text, mention, value, unit):
    claim = claim_of(text, mention)
    assert (claim["value"], claim["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # company and industry news: model and code numbers
        ("CR450型动车组完成试验。", []),
        ("G20峰会在杭州举行。", []),
        # an indicator's acronym right before a figure with a unit names it, no code (a county's work report, a
        # city's price statistics)
        ("完成gdp113.8亿元，增长6.5%。", ["113.8亿元", "6.5%"]),
        ("全年CPI102.1%。", ["102.1%"]),
        ("空客A320飞机交付5架。", ["5架"]),
        ("全市建成5G基站3.2万个。", ["3.2万个"]),  # the count of 5G基站 is a claim, 5G is not
        # congresses, their terms and sessions
        ("贯彻党的十九届五中全会精神和二十大精神。", []),
        ("十四届全国人大二次会议开幕。", []),
        ("市政协十届三次会议审议通过。", []),
        # sessions listed together (a district communiqué's preamble, a county's news)
        ("全面贯彻落实市委二届四次、五次全会精神。", []),
        ("县委十四届三次和四次全体会议召开。", []),
        ("第十四届全国人大代表共2977名。", ["2977名"]),
        ("全年召开常委会会议三次。", ["三次"]),  # times a body met is a count
        # response levels and grades: the class of a thing, its count apart
        ("将应急响应级别调整为三级响应。", []),
        ("由一级应急响应调整为三级。", []),
        ("气象台发布三级预警。", []),
        ("市卫健委二级巡视员到现场督导。", []),
        ("全市共有二级以上医院35家。", ["35家"]),
        # a place's courts or finance at its two levels: which bodies (IP enforcement news, a county budget)
        ("两级人民法院共受理商标权纠纷212件。", ["212件"]),
        ("市县两级财政投入资金1.2亿元。", ["1.2亿元"]),
        ("二级甲等医院5家。", ["5家"]),
        ("新增三甲医院2家。", ["2家"]),
        ("全市有4A级景区12家。", ["12家"]),
        ("新建公路12公里，其中一级公路3公里。", ["12公里", "3公里"]),
        # a fire's alarm grade (a fire service's year review, a city's fire news)
        ("當中三級或以上的火警有五宗。", ["五宗"]),
        ("六月元朗發生一宗一級火警。", []),
        # a river's navigation class (a province's transport review, a port's news)
        ("赣江、信江基本具备三级通航条件。", []),
        ("整治航道65公里，达到四级通航标准。", ["65公里"]),
        # policy formulas
        ("做好四类人员排查。", []),
        ("打好三大攻坚战。", []),
        ("统筹国内国际两个大局。", []),
        # section numbers of a communiqué
        ("02 经济运行", []),
        ("一、总体情况", []),
        ("（三）社会事业", []),
        ("1.总体情况", []),
        ("（1）农业生产", []),
        ("表3：分行业增加值", []),
        # the bar a counted group is over or under (communiqué and company news)
        ("营收超百亿元的企业有12家。", ["12家"]),
        ("年销售收入500万元以上的企业有120家。", ["120家"]),
        ("净利润增速超100%的公司42家。", ["42家"]),
        ("新增就业超过1万人的县有五个。", ["五个"]),
        ("全年接待游客超过1000万人次的景区一律免费。", ["超过1000万人次"]),  # no count after it
        ("完成投资3.2亿元的项目有12个。", ["3.2亿元", "12个"]),  # no bar: an amount
        # a band closed by 之间 that defines the group counted (transport statistics, a household survey)
        ("增速在50%至100%之间的港口有9个。", ["9个"]),
        ("月收入在3000元至5000元之间的家庭有1200户。", ["1200户"]),
        ("气温在20至25摄氏度之间。", ["20至25摄氏度"]),  # no group counted after it
    ],
)
def test_codes_congresses_grades_formulas_sections_and_bars_are_no_claims(claims_of, text, kept):
    assert [c["mention"] for c in claims_of(text)] == kept


@pytest.mark.parametrize(
    "text",
    [
        "15、三年前，海航集团破产重整已全部完成。",  # a digest's item number at a line's start
        "国内股市\n3．上市公司现金分红意愿增强。",
        "航空航天等产业保持两位数增长。",  # growth of ten percent or more
        "截至8月24日，上市公司前十大股东名单出现私募身影。",  # a rank list
        "我國發明專利申請前3大領域為半導體、運算科技。",  # a rank list in a patent release
        "前三大出口市场依次为美国、欧盟和东盟。",  # a rank list in trade news
    ],
)
def test_item_numbers_digit_counts_and_rank_lists_are_no_claims(claims_of, text):
    assert claims_of(text, region="中国") == []


@pytest.mark.parametrize(
    "text",
    [
        "千万投资者关注这次降息。",  # 千万 counts the investors, 投资 is inside 投资者
        "亿万资产化为乌有。",  # 亿万: countless, no sum
        "千万不要轻信高额回报。",  # 千万: by all means
        "百亿私募持仓曝光。",  # a class of fund named by its size, no money word after it
    ],
)
def test_a_scale_word_alone_is_no_sum_without_a_money_word_of_its_own(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "bar", "claim", "metric"),
    [
        # a housing sales release and a land report: a size class (90平方米及以下) defines the category the figure
        # after it measures; it is no claim of its own, and the category keeps it
        ("其中，90平方米及以下销售面积下降36.0%。", "90平方米", "36.0%", "90平方米及以下销售面积"),
        ("144平方米以上住宅成交面积增长12.1%。", "144平方米", "12.1%", "144平方米以上住宅成交面积"),
    ],
)
def test_a_size_class_before_its_category_is_no_claim(claims_of, text, bar, claim, metric):
    claims = {c["mention"]: c for c in claims_of(text, region="白山市")}
    assert bar not in claims
    assert claims[claim]["metric"] == metric


def test_a_bar_before_a_time_span_is_still_a_claim(claim_of):
    assert claim_of("全年粮食产量1000万吨以上，连续12年稳定。", "1000万吨以上", "白山市")["metric"] == "粮食产量"


@pytest.mark.parametrize(
    "text",
    [
        # a county's work report: the plenums of a congress term are its name, not a count
        "我们深入贯彻落实党的十九大和十九届历次全会精神。",
        # a police summary: a campaign's quoted name with its comma, before its noun
        "组织开展“全省轮战300天，守护平安积石山”专项行动。",
        # a city's work report: the same for a project
        "实施“十大产业集群，百个重点项目”工程。",
    ],
)
def test_congress_terms_and_campaign_names_hold_no_claims(claims_of, text):
    assert claims_of(text, region="甘肃省") == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("专项行动期间，全省投入警力1300多名。", "1300多名"),  # a count after the campaign's noun stays
        ("他说：“今年破获案件300起，挽回损失42亿元。”", "300起"),  # quoted speech is no label
        ("举办了四届夏令营活动。", "四届"),
    ],
)
def test_counts_beside_campaigns_and_in_speech_stay_claims(claims_of, text, mention):
    assert mention in [c["mention"] for c in claims_of(text, region="甘肃省")]


@pytest.mark.parametrize("text", ["逐一一一核对。", "数据一一对应。"])
def test_one_by_one_is_no_figure(claims_of, text):
    assert claims_of(text, region="北京市") == []


@pytest.mark.parametrize(
    ("text", "region", "mention"),
    [
        # a city's retail news and a province's investment report: the 个 of a figure joined to the next is the first
        # character of the 个百分点 written once after the last, not a count
        ("增速分别比全国、全省提高24.5个和16.9个百分点。", "合肥市", "24.5个"),
        ("工业投资和民间投资增速同比分别提高1.2个、0.8个百分点。", "江西省", "1.2个"),
    ],
)
def test_a_measure_word_before_a_shared_unit_is_no_count(claim_of, text, region, mention):
    claim = claim_of(text, mention, region)
    assert (claim["unit"], claim["kind"]) == ("百分点", "change")


def test_counts_joined_by_he_stay_counts(claim_of):
    assert claim_of("新建学校3个和幼儿园5个。", "3个", "合肥市")["unit"] == "个"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a phase of a project or an estate is an ordinal without 第: a county's farming news, a city's works news,
        # an epidemic notice's address; sessions held stay counts
        ("二期于2022年秋季建设完成，占地2000亩；三期于2023年春季开工建设，占地200亩。", ["2000亩", "200亩"]),
        ("地铁三期工程完成投资12亿元。", ["12亿元"]),
        ("住址为铁西区宏泰第一城二期。", []),
        ("举办“e裳讲堂”159期。", ["159期"]),
    ],
)
def test_a_phase_is_no_count(claims_of, text, kept):
    assert [c["mention"] for c in claims_of(text)] == kept


@pytest.mark.parametrize(
    ("text", "region", "kept"),
    [
        # grades of a profession, also listed before 分别, are titles: a city's sports review, a county's sports news
        (
            "全市一级、二级、三级社会体育指导员人数分别达到166人、1563人、3835人。",
            "黄山市",
            ["166人", "1563人", "3835人"],
        ),
        ("全区一级、二级、三级教练员分别为3人、8人、20人。", "安化县", ["3人", "8人", "20人"]),
    ],
)
def test_grades_of_a_profession_are_no_counts(claims_of, text, region, kept):
    assert [c["mention"] for c in claims_of(text, region=region)] == kept


# a bare scale in brackets after an item counts people when the rest of its clause names them (的就業人數) or gives
# the item's change in people (則減少3,600人); the noun before the bracket, a 及 inside it, is the item's name
@pytest.mark.parametrize(
    ("text", "mention", "value", "metric"),
    [
        ("酒店及飲食業(4.90萬)和教育(2.09萬)的就業人數均增加2,100人。", "4.90萬", 4.9e4, "酒店及饮食业"),
        ("酒店及飲食業(4.90萬)和教育(2.09萬)的就業人數均增加2,100人。", "2.09萬", 2.09e4, "教育"),
        ("博彩及博彩中介業(6.74萬)則減少3,600人。", "6.74萬", 6.74e4, "博彩及博彩中介业"),
    ],
)
def test_a_bare_scale_in_brackets_after_an_item_counts_the_people_its_clause_names(
    claim_of, text, mention, value, metric
):
    claim = claim_of(text, mention, "澳门特别行政区")
    assert (claim["value"], claim["unit"], claim["metric"]) == (pytest.approx(value), "人", metric)


def test_a_bare_scale_in_brackets_with_no_people_after_stays_no_claim(claims_of):
    assert [c["mention"] for c in claims_of("其中珠海(3.2萬)則增長明顯。", region="澳门特别行政区")] == []


def test_a_bare_scale_opening_the_text_is_in_no_bracket(claims_of):
    # a figure at the text's start has no opening bracket before it, whatever closes after it
    assert [c["mention"] for c in claims_of("4.90萬)的就業人數均增加。", region="澳门特别行政区")] == []
