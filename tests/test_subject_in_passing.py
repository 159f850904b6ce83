"""Places and bodies named in passing are no subjects of the sentences after them (issue 25, classes 1 and 2)."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, mention, subject): a list of places the sentence gives as examples or as a group is no
# subject to carry; the next sentence's figure with no place of its own is the region's
_LISTED_THEN_CARRIED = [
    (
        "transport bulletin",
        "全国港口完成集装箱吞吐量3.1亿标箱。天津、青岛和宁波三大港口吞吐量占全国的35.2%。"
        "年吞吐量100万标箱以下的港口有41个，较上年减少3个。",
        "中国",
        "41个",
        "中国",
    ),
    (
        "tourism news",
        "全省接待游客5.6亿人次。长沙、株洲和湘潭三市接待游客占全省的40.1%。乡村旅游点有1200个。",
        "湖南省",
        "1200个",
        "湖南省",
    ),
    (
        "statistics communiqué",
        "全年新增就业8.2万人。其中，武汉、宜昌、襄阳等地贡献较大。全年城镇登记失业率为2.9%。",
        "湖北省",
        "2.9%",
        "湖北省",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "subject"), _LISTED_THEN_CARRIED)
def test_a_list_of_places_carries_to_no_later_sentence(genre, text, region, mention, subject):
    claims = {c.mention: c.subject for c in extract_claims(text, region=region)}
    assert claims[mention] == subject, genre


# (genre, text, region, subject): a dateline's place names where the story was filed; the figures are the story's
_DATELINED = [
    (
        "transport bulletin news",
        "人民网北京3月20日电（记者张华）今日，交通运输部发布统计公报，全年新开通的高速公路线路有35条，较上年增加4条。",
        "中国",
        "中国",  # not 北京市: the ministry publishing its statistics is their source, the country's figures
    ),
    (
        "trade news",
        "新华社广州6月2日电 记者从海关总署获悉，前5个月，进出口总值17.5万亿元，增长6.3%。",
        "中国",
        "中国",
    ),
    (
        "company news",
        "本报深圳4月9日电 今年一季度，星河智能科技股份有限公司营业收入12.6亿元。研发投入1.8亿元。",
        "中国",
        "星河智能科技股份有限公司",
    ),
    (
        "headline over a dateline",
        "全国高速公路线路增至35条\n人民网北京3月20日电 全年新开通的高速公路线路有35条。另有12条在建。",
        "中国",
        "中国",
    ),
    # copied without its agency: a place and a date before 电 (a wire story on a market's year, a railway's summer)
    (
        "market wire",
        "昆明2月27日电 记者27日获悉，2017年，斗南花卉市场鲜切花交易量达65.3亿枝，交易额53.55亿元。",
        "昆明市",
        "斗南花卉市场",
    ),
    (
        "railway wire",
        "中新社 北京9月1日电 (尹倩芸)8月31日，为期62天的中国铁路暑运结束，全国铁路发送旅客8.87亿人次。",
        "中国",
        "中国",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "subject"), _DATELINED)
def test_a_datelines_place_is_no_subject(genre, text, region, subject):
    claims = extract_claims(text, region=region)
    assert claims, genre
    assert {c.subject for c in claims} == {subject}, genre


def test_a_sentence_that_says_where_it_heard_is_no_dateline():
    # 本报记者从…获悉 opens a sentence, not a dateline: the bureau it names is left to the usual rules
    claims = extract_claims("本报记者从单县教体局获悉，单县今年新建校舍52所。", region="菏泽市")
    assert [(c.mention, c.subject) for c in claims] == [("52所", "单县")]


# (genre, text, region, subject): the place at the head of a survey's or census's name names the survey; the figures
# estimated from it are those of the text's own place
_SURVEYED = [
    (
        "county statistics communiqué",
        "全县户籍人口11.2万人。据2023年全省5‰人口变动抽样调查推算，年末全县常住人口12.7万人，城镇化率为71.3%。",
        "景宁畲族自治县",
        "景宁畲族自治县",
    ),
    (
        "city population news",
        "根据全国第七次人口普查数据，全市常住人口为876.5万人，比十年前增加41.2万人。",
        "邢台市",
        "邢台市",
    ),
    (
        "provincial yearbook",
        "根据全国1%人口抽样调查推算，全省常住人口4020万人。",
        "江西省",
        "江西省",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "subject"), _SURVEYED)
def test_a_surveys_place_is_no_subject(genre, text, region, subject):
    # the figures after the survey's name (its sampling fraction is another question)
    named_at = max(text.find("调查"), text.find("普查"))
    claims = [c for c in extract_claims(text, region=region) if c.start > named_at]
    assert claims, genre
    assert {c.subject for c in claims} == {subject}, genre


# (genre, text, region): a category of bodies (公立医院, 民营医院, 卫生院, 民办学校) is no subject and is not carried
# down a list: every figure is the region's, its category in the metric
_CATEGORIES = [
    (
        "quarterly health statistics",
        "2023年，全市医疗卫生机构总诊疗552.2万人次。\n公立医院诊疗176.4万人次，同比增加30.0%；"
        "民营医院诊疗44.8万人次，同比增加5.6%。\n社区卫生服务中心诊疗25.6万人次，卫生院诊疗88.5万人次。",
        "达州市",
    ),
    ("health price news", "公立医院门诊次均费用236.5元，同比下降2.1%。民营医院床位3200张。", "宜宾市"),
    (
        "education communiqué",
        "全县共有各级各类学校86所。公立学校在校生5.6万人，同比增长2.1%；民办学校在校生1.2万人。",
        "永康市",
    ),
    (
        "fire service's summary: kinds of places listed before 等",
        "商场市场、宾馆饭店、学校医院、车站码头等人员密集场所发生火灾2万起，亡144人。",
        "中国",
    ),
    (
        "national health bulletin: bodies of the township level",
        "2023年末，全国共有乡镇卫生院33753个，床位150.5万张。乡镇卫生院诊疗人次13.1亿。村卫生室诊疗人次14.0亿。",
        "中国",
    ),
    (
        "retail sales release: a kind of shop among the retail categories",
        "超級市場貨品的銷貨價值上升3.3%。其次為百貨公司貨品（上升5.0%）；燃料（上升6.4%）。",
        "香港特别行政区",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region"), _CATEGORIES)
def test_a_category_of_bodies_is_no_subject(genre, text, region):
    claims = extract_claims(text, region=region)
    assert claims, genre
    assert [(c.mention, c.subject) for c in claims] == [(c.mention, region) for c in claims], genre


def test_a_category_keeps_its_name_in_the_metric():
    claims = extract_claims("公立医院门诊次均费用236.5元。民营医院床位3200张。", region="宜宾市")
    assert [c.metric for c in claims] == ["公立医院门诊次均费用", "民营医院床位"]


# (genre, text, region, subject): the body whose head opens its work report with 我代表X向大会报告工作 is the report's
# subject, as 本院 is; 代表 (on behalf of) is no part of its name, and 大会 after 向 names no event the body heads
_WORK_REPORTS = [
    (
        "court work report",
        "各位代表：\n现在，我代表江岸区人民法院向大会报告工作，请予审议。\n一、2023年主要工作\n"
        "2023年，共受理各类案件12850件，审结11960件，结案率93.1%。全年执行到位金额8.6亿元。",
        "江岸区",
        "江岸区人民法院",
    ),
    (
        "procuratorate work report",
        "各位代表：\n现在，我代表青羊区人民检察院，向大会报告工作。\n过去一年，全院共受理审查逮捕案件820件，批准逮捕615人。"
        "\n二、加强自身建设\n开展业务培训36场次。",
        "青羊区",
        "青羊区人民检察院",
    ),
    (
        "government work report",
        "现在，我代表区人民政府向大会报告工作。\n过去一年，全区地区生产总值增长5.2%，城镇新增就业3.1万人。",
        "江岸区",
        "江岸区",
    ),
    # a county's and a city's report with the usual request to the CPPCC's members: the government's place
    # throughout, not the CPPCC the request names in passing
    (
        "county government work report",
        "政府工作报告\n各位代表：\n现在，我代表县人民政府向大会作工作报告，请予审议，并请县政协委员和其他列席人员提出意见。"
        "\n一、2023年工作回顾\n这一年，地区生产总值增长7%左右，财政收入26.17亿元。",
        "霍邱县",
        "霍邱县",
    ),
    (
        "city government work report",
        "政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。"
        "\n过去一年，全年新增城镇就业4.2万人，粮食产量52亿斤。",
        "商丘市",
        "商丘市",
    ),
]


# news of a body's work report presented to its congress (检察长…在…会议上作工作报告) gives its figures to it as the
# report does, and where the text names the offices of its kind across its place (全市检察机关, 全市法院) to them: the
# work of every procuratorate or court of the place (a city paper's report on the procuratorate's, on the court's)
_WORK_REPORTS += [
    (
        "procuratorate report news",
        "1月8日下午,成都市人民检察院检察长张某在成都市十八届人大三次会议上作工作报告。\n报告显示,2023年,全市检察机关"
        "共办理各类案件6.2万件。\n全面落实少捕慎诉慎押刑事司法政策,刑事案件不捕率从2022年41.7%上升至60.1%。",
        "成都市",
        "成都市检察机关",
    ),
    (
        "court report news",
        "1月9日,南京市中级人民法院院长李某在南京市第十七届人大三次会议上作工作报告。\n报告显示,2023年全市法院受理案件"
        "35.2万件。\n持续优化营商环境,审结知识产权案件1.2万件。",
        "南京市",
        "南京市法院",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "subject"), _WORK_REPORTS)
def test_a_work_reports_body_keeps_its_figures(genre, text, region, subject):
    claims = extract_claims(text, region=region)
    assert claims, genre
    assert {c.subject for c in claims} == {subject}, genre


def test_a_congress_keeps_its_name():
    # 代表 ends a name on its left only as "on behalf of": 人民代表大会, 代表团 and 代表处 keep theirs
    text = "洪山区人民代表大会常务委员会全年审议议案12件。某公司驻京代表处全年签约合同8份。"
    claims = extract_claims(text, region="洪山区")
    assert [c.subject for c in claims] == ["洪山区", "某公司"]


# (genre, text, region): the places a river, road or railway runs through (流经, 斜贯, 横贯, 穿越) are where it goes,
# not the subject of its length nor of the sentences after it
_RUN_THROUGH = [
    (
        "water resources bulletin",
        "全市河流众多。赣江自南向北入境，斜贯樟树、丰城两市中部，境内河长79公里。锦江全长307公里。",
        "宜春市",
    ),
    ("provincial yearbook", "黄河干流自西向东流经兰州、白银两市，省内河长913公里。全省共有水库385座。", "甘肃省"),
    ("heritage feature", "这条古驿道横贯婺源、德兴两县，保存完好的路段长42公里。沿途有古村落26个。", "上饶市"),
]


@pytest.mark.parametrize(("genre", "text", "region"), _RUN_THROUGH)
def test_the_places_a_river_runs_through_are_no_subjects(genre, text, region):
    claims = extract_claims(text, region=region)
    assert claims, genre
    assert [(c.mention, c.subject) for c in claims] == [(c.mention, region) for c in claims], genre


# (genre, text, region): a place naming an event or piece of work a body held or did (完成了山西省…调查工作, 承办了
# 湖北省…艺术节) names the event; the figures after it are the body's place's, not carried from that place
_EVENTS_HELD = [
    (
        "city sports bureau's year summary",
        "完成了山西省2025年全民健身状况调查工作;组织开展了全国第六次国民体质监测工作,监测样本达3000人。"
        "举办了山西省社会体育指导员技能再培训;组织开展了两期二级社会体育指导员培训,培训学员200余人。",
        "朔州市",
    ),
    (
        "county culture bureau's news",
        "今年县文化馆承办了湖北省第十届楚天群星奖决赛。全年开展送戏下乡演出120场,观众达5万人次。",
        "郧西县",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region"), _EVENTS_HELD)
def test_a_place_naming_an_event_held_is_no_subject(genre, text, region):
    claims = [c for c in extract_claims(text, region=region) if c.kind == "count"]
    assert claims, genre
    assert {c.subject for c in claims} == {region}, genre


# (genre, text, region, subject): a national body's branch in a place (国家统计局云南调查总队) speaks for that place,
# not for the country as the national body does
_NATIONAL_BRANCHES = [
    (
        "statistics survey team's harvest release",
        "国家统计局云南调查总队副总队长张华表示，今年夏粮产量达到181.3万吨，增长2.1%。",
        "云南省",
        "云南省",
    ),
    (
        "financial regulator's branch briefing",
        "国家金融监督管理总局吉林监管局副局长李明介绍，一季度银行业各项贷款余额达到2.9万亿元。",
        "吉林省",
        "吉林省",
    ),
    ("the national body itself", "国家统计局发布数据，全年粮食产量13908亿斤。", "吉林省", "中国"),
]


@pytest.mark.parametrize(("genre", "text", "region", "subject"), _NATIONAL_BRANCHES)
def test_a_national_bodys_branch_speaks_for_its_place(genre, text, region, subject):
    claims = extract_claims(text, region=region)
    assert claims, genre
    assert {c.subject for c in claims} == {subject}, genre


def test_places_listed_before_each_keep_their_figure():
    # 芜湖、宣城各1例: the places listed before one figure are its own, not the province's (the list rule that takes
    # the places a river runs through from their sentence leaves them alone)
    claims = extract_claims("新增治愈出院2例（芜湖、宣城各1例）。", region="安徽省")
    assert [c.subject for c in claims][0] == "安徽省"
    assert [c.subject for c in claims][1] in ("芜湖市", "宣城市")


# (genre, text, region, mention, subject): the source a report quotes (据…调查总队…显示) and the province a figure is
# ranked in (全省排位第三) are no subjects; a clause opening with its time, then its place (上半年全州…), is that
# place's
_SOURCES_AND_RANKS = [
    # a place or group after 在, closed by 中 and ranked in later in the sentence (在我省三大中心城市中…排第一): the
    # group the subject ranks in, carried to no later figure (a city's trade news, a city's economy news)
    (
        "city trade news",
        "在我省三大中心城市中,进出口增速、进口增速排第一。其中民营企业占近七成。",
        "泉州市",
        "近七成",
        "泉州市",
    ),
    (
        "city economy news",
        "在四川省各市州中，宜宾市经济总量排名第3位。全年新增城镇就业4.5万人。",
        "宜宾市",
        "4.5万人",
        "宜宾市",
    ),
    (
        "city economy news",
        "在江苏省各设区市中，我市高新技术产业产值占比名列第一。全年新增高新技术企业520家。",
        "常州市",
        "520家",
        "常州市",
    ),
    (
        "prefecture livestock news",
        "据国家统计局云南调查总队核定数据显示：上半年全州肉类总产量20.37万吨，全省排位第三；生牛奶产量15万吨。",
        "大理白族自治州",
        "15万吨",
        "大理白族自治州",
    ),
    (
        "prefecture livestock news",
        "据国家统计局云南调查总队核定数据显示：上半年全州肉类总产量20.37万吨，全省排位第三；生牛奶产量15万吨。",
        "大理白族自治州",
        "20.37万吨",
        "大理白族自治州",
    ),
    (
        "county statistics news",
        "根据省统计局公布的数据显示，一季度全县地区生产总值增长6.1%，全市排名第2位；固定资产投资增长9.3%。",
        "汝阳县",
        "9.3%",
        "汝阳县",
    ),
    # and a place named deep inside the source's frame (据…发布的…全省…情况显示), the clause after it opening with its
    # own place: industrial parks news, a county's farm news
    (
        "industrial parks news",
        "据省统计局正式发布的2016年1—7月全省工业园区发展情况显示,上饶市工业园区经济运行良好,主营业务收入1524.1亿元。",
        "上饶市",
        "1524.1亿元",
        "上饶市",
    ),
    (
        "county farm news",
        "据省统计局日前发布的今年上半年全省农业农村经济运行情况显示，汝阳县农业生产形势良好，粮食产量12.3万吨。",
        "洛阳市",
        "12.3万吨",
        "汝阳县",
    ),
    # a body's statistics said before a comma, as 据…统计 says them: Taiwan's population figures, a city's economy
    ("Taiwan population news", "內政部統計，105年出生數為20萬8440人。", "台湾", "20萬8440人", "台湾"),
    (
        "city economy news",
        "市统计局数据显示，今年以来实现地区生产总值1200亿元，同比增长5.1%。",
        "芜湖市",
        "1200亿元",
        "芜湖市",
    ),
    # a company the reporter learnt the figures from is no subject of them (the port's, as 天津港's are); a
    # government body's bulletin still gives its place's figures
    (
        "port news",
        "1月23日，记者从广西北部湾港集团获悉，2021年，北部湾港港口完成货物吞吐量3.58亿吨，同比增长21%。",
        "广西壮族自治区",
        "3.58亿吨",
        "北部湾港",
    ),
    (
        "port news",
        "1月23日，记者从天津港集团获悉，2021年，天津港完成货物吞吐量5.29亿吨，同比增长5.3%。",
        "天津市",
        "5.29亿吨",
        "天津港",
    ),
    (
        "railway holiday news",
        "记者从中国铁路济南局集团有限公司了解到，国庆假期全省铁路发送旅客412万人次。",
        "山东省",
        "412万人次",
        "山东省",
    ),
    (
        "holiday tourism news",
        "国庆长假，你为江西GDP做贡献了吗？\n根据江西省旅发委统计，黄金周期间，全省共接待游客6087.21万人次。",
        "江西省",
        "6087.21万人次",
        "江西省",
    ),
    # who checked the figures (经国家统计局审核认定) is a source too: a harvest news item and a city's statistics news
    (
        "harvest news",
        "根据国家统计局河南调查总队调查，并经国家统计局审核认定，今年河南夏粮播种面积为8237.50万亩，平均亩产量达到431.4公斤。",
        "河南省",
        "431.4公斤",
        "河南省",
    ),
    (
        "city statistics news",
        "经国家统计局信阳调查队核实，一季度全市规上工业增加值增长6.1%；经省统计局核定，固定资产投资增长8.2%。",
        "信阳市",
        "8.2%",
        "信阳市",
    ),
    # the body quoting a source (观光局今日依…统计) and the source are no subjects; the figures are the place's
    (
        "Taiwan city press release",
        "高市觀光局今(8)日依交通部觀光署統計數據表示，高雄旅宿業今年上半年住宿人次412.5萬，成長5.47%。",
        "高雄市",
        "412.5萬",
        "高雄市",
    ),
    (
        "city tourism news",
        "对此，市文旅局今日表示，依据省统计局数据，全市上半年接待游客3250万人次，增长12%。",
        "洛阳市",
        "3250万人次",
        "洛阳市",
    ),
    (
        "health bulletin",
        "据国家卫健委通报，3月7日0—24时，新增报告境外输入确诊病例3例（北京2例，甘肃1例）。",
        "湖北省",
        "3例",
        "中国",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "subject"), _SOURCES_AND_RANKS)
def test_a_source_and_a_rank_scope_are_no_subjects(genre, text, region, mention, subject):
    claims = extract_claims(text, "t.txt", "0" * 64, region=region)
    assert next(c for c in claims if c.mention == mention).subject == subject


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # 和 before 县委 is no 和县: a county's work report; 和县 ending a word is the county (a city's farm news)
        (
            "county work report",
            "在市委市政府和县委的坚强领导下，全县地区生产总值年均增长6.8%。",
            "围场满族蒙古族自治县",
            "6.8%",
            "围场满族蒙古族自治县",
        ),
        ("city farm news", "和县今年粮食总产量30万吨。", "马鞍山市", "30万吨", "和县"),
        # 和 after a bureau's name joins the next bureau (县水利局和县林业局): a county's forestry news
        (
            "county forestry news",
            "受表彰的有县水利局和县林业局。全县共完成植树造林1.2万亩。",
            "麻城市",
            "1.2万亩",
            "麻城市",
        ),
        # 全港 in a mainland port's news is the whole port, not Hong Kong; in Hong Kong's own text it is Hong Kong
        ("port news", "上半年全港完成集装箱吞吐量386万标箱。", "厦门市", "386万标箱", "厦门市"),
        ("Hong Kong release", "全港失業率為3.1%。", "香港特别行政区", "3.1%", "香港特别行政区"),
    ],
)
def test_words_read_as_places_only_where_they_are(genre, text, region, mention, subject):
    claims = extract_claims(text, region=region)
    assert next(c for c in claims if c.mention == mention).subject == subject, genre


# (genre, text, region, mention, subject): bodies listed as examples of a group (甲公司、乙公司等本地企业) are no
# subject of what the group did, however long the list; a body acting on the group (召集中建三局等单位) still is
_EXAMPLES_OF_A_GROUP = [
    (
        "investment signing news",
        "银川通联资本投资运营有限公司、西部(银川)融资担保有限公司、银川市城市建设投资控股有限公司,中国电信宁夏分公司等"
        "银川本地企业当天分别与宁夏环保集团等区属国有企业签署合作项目21个,投入资金近200亿元。",
        "银川市",
        "近200亿元",
        "银川市",
    ),
    (
        "bank lending news",
        "工商银行、农业银行等金融机构向全市小微企业发放贷款85亿元。",
        "长沙市",
        "85亿元",
        "长沙市",
    ),
    (
        "trade fair news",
        "甲科技有限公司、乙食品有限公司等参展企业达成意向订单32亿元。",
        "义乌市",
        "32亿元",
        "义乌市",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "subject"), _EXAMPLES_OF_A_GROUP)
def test_bodies_listed_as_examples_of_a_group_are_no_subject(genre, text, region, mention, subject):
    claims = {c.mention: c.subject for c in extract_claims(text, region=region)}
    assert claims[mention] == subject, genre


# bodies right before a count of bodies of their kind, no 等 between: examples of what is counted; the figures after
# them are the region's. A count of a body's own subsidiaries stays the body's.
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "city education spending",
            "投入8.4亿元,迁建包一中、新建包九中外国语学校2所直属高中学校;投入4220万元,为全市16所高中更新实验设备。",
            "包头市",
            "4220万元",
            "包头市",
        ),
        ("city health news", "新建市第一人民医院、市妇幼保健院2所医院,新增床位1200张。", "包头市", "1200张", "包头市"),
        (
            "company news",
            "华联控股股份有限公司3家子公司实现营业收入12亿元。",
            "深圳市",
            "12亿元",
            "华联控股股份有限公司",
        ),
    ],
)
def test_bodies_before_a_count_of_their_kind_are_examples(genre, text, region, mention, subject):
    claims = {c.mention: c.subject for c in extract_claims(text, region=region)}
    assert claims[mention] == subject, genre


def test_a_body_acting_on_a_group_keeps_its_figures():
    text = "武汉市城建局紧急召集中建三局等单位举行专题会议。医院建筑面积2.5万平方米。"
    assert {c.mention: c.subject for c in extract_claims(text, region="武汉市")}["2.5万平方米"] == "武汉市城建局"


# an adverb between a place's name and a verb of receiving is no part of an attraction's name (南宁地铁则迎来…)
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        ("transport news", "南宁地铁则迎来了客流量历史新高，单日客运量93.3万人次。", "南宁市", "93.3万人次", "南宁市"),
        ("holiday news", "渝中区也接待游客14万人次。", "重庆市", "14万人次", "渝中区"),
        ("port news", "截至9月底,厦门港已吸引超大型集装箱船舶进港作业242艘次。", "厦门市", "242艘次", "厦门港"),
    ],
)
def test_an_adverb_before_a_verb_of_receiving_names_no_attraction(genre, text, region, mention, subject):
    assert {c.mention: c.subject for c in extract_claims(text, region=region)}[mention] == subject, genre


# (genre, text, region, mention, subject): a place inside a quoted name (a landmark, a dish, a brand) is no subject;
# a body quoted whole still is
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "greening news",
            "于2025年3月启动的大墩岭景区试点工作成效显著。截至10月底,景区地标“西宁之眼”在自媒体上的点击量总计达912万次。",
            "青海省",
            "912万次",
            "大墩岭景区",
        ),
        (
            "food festival news",
            "美食节期间，全市餐饮门店营业额增长35%，“兰州牛肉面”单品销量达120万碗。",
            "甘肃省",
            "120万碗",
            "甘肃省",
        ),
        ("work report", "我市从“兴荷惠民服务联合会”30家央企国企选拔党建骨干。", "菏泽市", "30家", "兴荷惠民服务联合会"),
    ],
)
def test_a_place_in_a_quoted_name_is_no_subject(genre, text, region, mention, subject):
    assert {c.mention: c.subject for c in extract_claims(text, region=region)}[mention] == subject, genre


# a body whose instruction the clause's actors followed (按照…的工作部署, 根据…的要求) is no subject of what they did
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "epidemic funding news",
            "按照湖北省新型冠状病毒感染肺炎疫情防控指挥部的工作部署，省发展改革委、省财政厅在1月31日紧急下达2亿元"
            "补助资金的基础上，2月5日再紧急下达3亿元资金。",
            "湖北省",
            "3亿元",
            "湖北省",  # two departments issued it together: the province's funds, no one department's
        ),
        (
            "poverty alleviation news",
            "根据县扶贫开发领导小组办公室的要求，县农业农村局在发放种苗补贴的基础上，再发放养殖补贴120万元。",
            "和政县",
            "120万元",
            "和政县",
        ),
    ],
)
def test_a_body_whose_instruction_was_followed_is_no_subject(genre, text, region, mention, subject):
    assert {c.mention: c.subject for c in extract_claims(text, region=region)}[mention] == subject, genre


# (genre, text, region, mention, subject): visitors of a place listed with the mainland (香港及中國大陸旅客) are the
# receiving region's figures, as 香港旅客 alone are
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "Macau arrivals (Traditional)",
            "經外港客運碼頭入境旅客為5,906,408人次,香港及中國大陸旅客分別佔59.2%及29.6%。",
            "澳门特别行政区",
            "29.6%",
            "澳门特别行政区",
        ),
        (
            "Hong Kong hotels",
            "全港酒店入住旅客420万人次，澳门和内地旅客分别占8.1%和71.3%。",
            "香港特别行政区",
            "8.1%",
            "香港特别行政区",
        ),
    ],
)
def test_visitors_of_a_place_listed_with_the_mainland_are_the_regions(genre, text, region, mention, subject):
    claims = {c.mention: c.subject for c in extract_claims(text, region=region, date="2005-12-20")}
    assert claims[mention] == subject, genre


# (genre, text, region, mention -> subject): a county after 至于 (as for) is its clause's topic, and one ranked next
# (其次為) with a verb before its figure the figure's
@pytest.mark.parametrize(
    ("genre", "text", "region", "expected"),
    [
        (
            "Taiwan population statistics",
            "人口增加率最高者為連江縣119.14‰,其次為金門縣88.83‰;至於臺東縣反而減少8.93‰,其次為嘉義縣減少7.84‰,"
            "再其次為基隆市減少7.30‰。",
            "台湾",
            {"8.93‰": "台东县", "7.84‰": "嘉义县", "7.30‰": "基隆市"},
        ),
        (
            "provincial statistics",
            "增速最高的为长沙市9.2%，其次为株洲市8.8%；至于张家界市则下降1.3%，其次为湘西州下降0.6%。",
            "湖南省",
            {"1.3%": "张家界市", "0.6%": "湘西土家族苗族自治州"},
        ),
    ],
)
def test_a_place_after_as_for_or_ranked_next_with_a_verb_is_the_figures(genre, text, region, expected):
    claims = {c.mention: c.subject for c in extract_claims(text, region=region, date="2013-01-12")}
    assert {mention: claims.get(mention) for mention in expected} == expected, genre


# (genre, text, region, mention, subject): a place and its 的 with the noun left out, right after a clause naming
# visitors by where they come from (當中香港的佔48.1%), is that noun's kind, not the figure's subject
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "Macau arrivals (Traditional)",
            "此外,來自大灣區城市的入境旅客同比增加17.6%至1,449,185人次;當中香港的佔48.1%,來自珠海市的旅客有227,651人次,"
            "上升40.6%,廣州市的則下跌6.0%至140,945人次。",
            "澳门特别行政区",
            "6.0%",
            "澳门特别行政区",
        ),
        (
            "city tourism",
            "国庆假期全市接待外地游客120万人次，其中来自省内的游客占62%，广州的占18.5%，深圳的占9.1%。",
            "韶关市",
            "18.5%",
            "韶关市",
        ),
    ],
)
def test_a_place_of_the_visitors_just_named_is_no_subject(genre, text, region, mention, subject):
    claims = {c.mention: c.subject for c in extract_claims(text, region=region, date="2019-05-20")}
    assert claims[mention] == subject, genre


def test_a_place_and_its_de_before_its_own_figure_stays_its_subject():
    text = "全省生产总值增长5.2%，其中广州的增长6.1%。"
    claims = {c.mention: c.subject for c in extract_claims(text, region="广东省", date="2024-02-01")}
    assert claims["6.1%"] == "广州市"


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a body a preposition or verb governs is not what a later 全省/全县 stands for: a province's retail news
        (
            "province retail news",
            "2021年清明小长假我省市场平稳。来自陕西省商务厅消息，假日期间全省467家零售样本企业商品销售额6.36亿元。",
            "陕西省",
            "6.36亿元",
            "陕西省",
        ),
        # a county's police news, the bureau only guiding
        (
            "county police news",
            "今年以来沛县治安平稳。在县公安局的指导下，全县共调解矛盾纠纷312起。",
            "沛县",
            "312起",
            "沛县",
        ),
    ],
)
def test_a_governed_body_is_not_what_a_scope_word_after_it_stands_for(genre, text, region, mention, subject):
    claims = extract_claims(text, region=region)
    assert next(c for c in claims if c.mention == mention).subject == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # Taiwan's ministries speak for Taiwan, also with the day's date in brackets before their verb
        (
            "Taiwan traffic statistics",
            "交通部今(27)日召開道安說明會並公布統計資料,8月單月道路交通事故3萬2,699件。",
            "台湾",
            "3萬2,699件",
            "台湾",
        ),
        ("Taiwan export orders", "經濟部今(20)日公布,10月外銷訂單金額為526億美元。", "台湾", "526億美元", "台湾"),
        # the day written 今（10）天, full-width brackets and 天 (household registration, labour statistics)
        (
            "Taiwan household registration",
            "內政部今（10）天公布最新戶籍登記資料，1月底人口數為2328萬9045人。",
            "台湾",
            "2328萬9045人",
            "台湾",
        ),
        ("Taiwan labour statistics", "勞動部今（22）天公布，3月失業人數為40.1萬人。", "台湾", "40.1萬人", "台湾"),
        # a place's epidemic command speaks for its place (its name no longer cut inside the place's)
        (
            "city epidemic notice",
            "据重庆市渝北区新冠肺炎疫情防控指挥部消息，当日共对79名入境乘客进行核酸检测。",
            "重庆市",
            "79名",
            "渝北区",
        ),
    ],
)
def test_a_government_body_speaking_gives_its_place(genre, text, region, mention, subject):
    claims = extract_claims(text, region=region)
    assert next(c for c in claims if c.mention == mention).subject == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention"),
    [
        # zones whose building the place promotes (推进) are the object of its work: their projects are the place's
        # (a county's work report, a city's development news)
        (
            "county work report",
            "协同推进城南新区和飞地产业园区建设,总投资166.25亿元的37个项目,累计完成投资68.39亿元。",
            "封丘县",
            "37个",
        ),
        ("city development news", "协同推进丰泽区和洛江区建设,总投资86亿元的20个项目全部开工。", "泉州市", "20个"),
    ],
)
def test_zones_a_place_promotes_are_no_subject(claim_of, genre, text, region, mention):
    assert claim_of(text, mention, region)["subject"] == region, genre


# a place noted as the first or only one of a kind (lexicon/first_of_a_kind_words.txt) in a sentence of its own carries
# to no figure after it: a province's health bulletin, a city's business news
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "health bulletin",
            "黑龙江省报告新增确诊病例6例。齐齐哈尔市为报告首例确诊病例。新增疑似病例10例。",
            "黑龙江省",
            "10例",
            "黑龙江省",
        ),
        (
            "health bulletin",
            "重庆市报告新增确诊病例15例。渝中区为报告首例确诊病例。累计追踪到密切接触者2462人。",
            "重庆市",
            "2462人",
            "重庆市",
        ),
        (
            "business news",
            "全省新增高新技术企业320家。昆山市成为全省首个工业总产值破万亿的县级市。全年技术合同成交额增长12%。",
            "江苏省",
            "12%",
            "江苏省",
        ),
        # the largest of a kind: a customs release's trade partner, a national farm news item
        (
            "customs release",
            "德国是我在欧盟内的第一大贸易国。同期，与荷兰、法国、意大利进出口规模均超过1000亿元。",
            "中国",
            "超过1000亿元",
            "中国",
        ),
        (
            "farm news",
            "全国小麦产量创新高。河南省是全国最大的小麦产区。全年小麦播种面积增长1.2%。",
            "中国",
            "1.2%",
            "中国",
        ),
    ],
)
def test_a_place_noted_as_a_first_carries_to_nothing(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


# bodies inside a frame of examples (以…为代表的, 以…为龙头的: lexicon/example_frame_heads.txt; 以 no word of a name)
# are no subject of the group's figures: a city's investment news, two industry news items
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        (
            "investment news",
            "以正威集团哈尔滨新一代材料技术产业园项目等为代表的总投资亿元以上项目数量比去年同期增加17个。",
            "哈尔滨市",
            "17个",
            "哈尔滨市",
        ),
        ("industry news", "以比亚迪集团为龙头的新能源汽车产业今年实现产值1200亿元。", "深圳市", "1200亿元", "深圳市"),
        (
            "industry news",
            "以宁德时代新能源科技股份有限公司为核心的锂电产业集群产值突破3000亿元。",
            "宁德市",
            "突破3000亿元",
            "宁德市",
        ),
    ],
)
def test_bodies_in_a_frame_of_examples_are_no_subject(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre
