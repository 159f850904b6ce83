"""A body named by its level alone (市中院, 省高院) is the body of the document's own place (organisation_names)."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, subject)
_BODIES = [
    # an intermediate court's and a procuratorate's work reports
    # the court or procuratorate in full, the guideline's canonical name, however the report writes it short
    ("court report", "2022年，市中院受理案件2.3万件，审结2.1万件。", "东莞市", "东莞市中级人民法院"),
    ("court report", "东莞市中院全年审结案件2.1万件。", "东莞市", "东莞市中级人民法院"),
    ("court report", "省高院全年审结案件5.1万件。", "东莞市", "广东省高级人民法院"),
    # a province's own court is its high court (a provincial paper's report, a province's court news)
    ("provincial paper", "其中省法院审执结8189件,同比上升55.57%。", "河北省", "河北省高级人民法院"),
    ("court news", "2023年，省法院审结各类案件1.2万件。", "湖南省", "湖南省高级人民法院"),
    ("procuratorate report", "市检察院全年批准逮捕犯罪嫌疑人1200人。", "芜湖市", "芜湖市人民检察院"),
    ("procuratorate report", "市人民检察院全年批准逮捕犯罪嫌疑人1200人。", "芜湖市", "芜湖市人民检察院"),
    # a county's health news: the county's hospital
    ("news", "县人民医院全年门诊量达52万人次。", "陇西县", "陇西县人民医院"),
    # the text's own full name of the body, where it gives one
    ("news", "陇西县中医医院新建病房楼。今年以来，县中医医院接诊患者3.2万人次。", "陇西县", "陇西县中医医院"),
]


@pytest.mark.parametrize(("genre", "text", "region", "subject"), _BODIES)
def test_a_body_named_by_its_level_is_the_regions(genre, text, region, subject):
    claims = extract_claims(text, region=region)
    assert claims, genre
    assert {c.subject for c in claims} == {subject}, genre


# a government body speaks for its place; a whole place's courts and procuratorates are a body whose work their
# reports count, named with the place (system_bodies.txt: the courts of the place, 东莞市法院, as two blind sets' gold
# name them)
@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("全市法院受理各类案件25.4万件。", "东莞市法院"),
        ("全市各级法院受理各类案件25.4万件。", "东莞市法院"),
        ("全市检察机关起诉破坏市场经济秩序案件403件。", "东莞市检察机关"),
        ("市委社会工作部开展活动12场。", "东莞市"),
    ],
)
def test_a_government_body_speaks_for_its_place_and_its_courts_are_a_body(text, subject):
    assert {c.subject for c in extract_claims(text, region="东莞市")} == {subject}


def test_without_a_region_the_name_stays_as_written():
    assert {c.subject for c in extract_claims("市中院全年审结案件2.1万件。")} <= {"市中院", None}


# (genre, text, region, mention, subject): the offices of one kind across the place (全省公安机关, 全市税务部门) are a
# body named with the place written out, whose work the figures are
_SYSTEM_BODIES = [
    (
        "police year news",
        "全省公安机关破获经济犯罪案件2000余起，挽回损失42亿元。",
        "甘肃省",
        "2000余起",
        "甘肃省公安机关",
    ),
    ("police year news", "今年以来，全市公安机关共抓获犯罪嫌疑人1200名。", "兰州市", "1200名", "兰州市公安机关"),
    (
        "consumer rights news",
        "全省市场监管部门共接收公众消费诉求6195件，处置率100%。",
        "海南省",
        "6195件",
        "海南省市场监管部门",
    ),
    ("tax news", "全县税务部门组织税收收入12.5亿元，同比增长8.1%。", "陇西县", "12.5亿元", "陇西县税务部门"),
    (
        "autonomous region news",
        "全区应急管理部门检查企业3200家。",
        "宁夏回族自治区",
        "3200家",
        "宁夏回族自治区应急管理部门",
    ),
    # the offices across the city beside its one court or procuratorate, named in full (青岛市中级人民法院): no short
    # form of it (a court's work report; a court's press release)
    (
        "court work report",
        "我代表市中级人民法院向大会报告工作。2023年,全市法院收案35.8万件、结案35万件;市中院收结案均为3.1万件。",
        "青岛市",
        "35.8万件",
        "青岛市法院",
    ),
    (
        "court press release",
        "深圳市中级人民法院昨日发布白皮书：2023年，全市法院共受理知识产权案件5.2万件。",
        "深圳市",
        "5.2万件",
        "深圳市法院",
    ),
]


# the offices named by their level alone (市检察机关, 县公安机关) are the region's, as 全市检察机关 are; 全市 after the
# city's offices named before (a quarterly analysis's title, its procuratorate as source between) stands for them
_SYSTEM_BODIES += [
    (
        "procuratorate report news",
        "报告显示，2023年，市检察机关保持严打高压态势。批捕各类犯罪嫌疑人3120人，起诉9875人。",
        "成都市",
        "3120人",
        "成都市检察机关",
    ),
    (
        "police work news",
        "去年，县公安机关深入开展打击整治行动，共破获电信诈骗案件215起。",
        "会宁县",
        "215起",
        "会宁县公安机关",
    ),
    (
        "procuratorate quarterly analysis",
        "南通市检察机关2023年第三季度业务数据分析\n来源：南通市人民检察院\n\n三季度，全市共受理审查起诉案件2130件。",
        "南通市",
        "2130件",
        "南通市检察机关",
    ),
    (
        "tax half-year report",
        "无锡市税务部门2024年上半年工作通报\n\n上半年，全市共组织税收收入820亿元。",
        "无锡市",
        "820亿元",
        "无锡市税务部门",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "mention", "subject"), _SYSTEM_BODIES)
def test_a_places_offices_of_one_kind_are_a_body_named_with_the_place(genre, text, region, mention, subject):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert claims[mention].subject == subject, genre
    assert "公安机关" not in (claims[mention].metric or ""), genre


# a sector's statistics are the place's, and so are the figures of a place named on its own after the offices' ones
@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        ("education communiqué", "全省教育系统深化改革。全省共有普通高校82所。", "山西省", "82所", "山西省"),
        (
            "police year news",
            "全省公安机关通报工作成效。去年以来，全省刑事立案同比下降29.2%。",
            "甘肃省",
            "29.2%",
            "甘肃省",
        ),
        ("city news in a province's feed", "全市公安机关破获案件120起。", "湖北省", "120起", "湖北省"),
        # a city bureau publishing the city's figures: 全市 is the city (not a kind of many offices)
        ("tourism release", "市文旅局发布数据：国庆期间，全市接待游客520万人次。", "南京市", "520万人次", "南京市"),
        # a level ending a word is no offices' level (城市, 各市)
        ("court news", "各市法院共审结案件12万件。", "江苏省", "12万件", "江苏省"),
    ],
)
def test_a_sector_and_a_place_alone_keep_the_places_subject(genre, text, region, mention, subject):
    assert {c.mention: c.subject for c in extract_claims(text, region=region)}[mention] == subject, genre


# (genre, text, region, mention, subject): a customs house counts what it supervised (海关, organisation_suffixes.tsv),
# also one named after a place the gazetteer holds under a longer name (浦东 of 浦东新区: jieba tags it a place);
# one a figure is quoted from (据…海关统计) is its source: the trade figures are the place's
_CUSTOMS = [
    ("customs news", "今年前5个月，洋山海关累计监管进口水产品近1万吨。", "上海市", "近1万吨", "洋山海关"),
    ("customs news", "今年前5个月，浦东机场海关累计监管进口鲜活水产品2.2万吨。", "上海市", "2.2万吨", "浦东机场海关"),
    (
        "trade news",
        "据乌鲁木齐海关统计，2025年新疆外贸进出口总值4000亿元。",
        "新疆维吾尔自治区",
        "4000亿元",
        "新疆维吾尔自治区",
    ),
    ("port news", "一季度，黄埔海关共查验进口冷链食品1.2万批次。", "广州市", "1.2万批次", "黄埔海关"),
]


# (genre, text, region, mention, subject): a charity counts what it raised and gave (慈善总会, 红十字会, 基金会);
# named by its level alone it is the region's (县慈善总会 -> 平阳县慈善总会)
_CHARITIES = [
    (
        "county charity news",
        "截至7月31日，县慈善总会今年已收到善款384万余元。",
        "平阳县",
        "384万余元",
        "平阳县慈善总会",
    ),
    (
        "donations notice",
        "截至2月1日12时，湖北省慈善总会共接收捐赠物资696.76万件。",
        "湖北省",
        "696.76万件",
        "湖北省慈善总会",
    ),
    ("donations notice", "中国红十字会总会累计接受网上捐赠30.17万余笔。", "湖北省", "30.17万余笔", "中国红十字会总会"),
    ("city charity news", "市红十字会今年救助困难群众1200人次。", "温州市", "1200人次", "温州市红十字会"),
]


# (genre, text, region, mention, subject): the courts' and the procuratorates' work figures of a whole place, written
# with its scope word (全省法院, 全市检察机关) or its name before 各级 (江苏各级法院); the high court that held the
# press conference is no subject of them
_JUSTICE = [
    # a province's courts written with its name are all its courts (河北省法院), unlike its court named by the level
    # alone (省法院: the high court): a provincial paper's court report, a news agency's
    ("provincial paper", "去年,河北法院与京津协作执行案件934件,执行标的额8.1亿元。", "河北省", "934件", "河北省法院"),
    (
        "news agency court report",
        "去年一年,浙江法院新收各类案件七十八万五千四百三十五件。浙江省法院审结一审刑事案件五万七千五百九十九件。",
        "浙江省",
        "五万七千五百九十九件",
        "浙江省法院",
    ),
    (
        "provincial court press conference",
        "1月17日上午，江苏省高院召开发布会，通报2023年全省法院审判执行工作情况。2023年，全省法院共受理案件239.3万件。",
        "江苏省",
        "239.3万件",
        "江苏省法院",
    ),
    (
        "provincial court press conference",
        "2023年，江苏各级法院依法严惩各类犯罪，一审审结各类刑事案件7.8万件。",
        "江苏省",
        "7.8万件",
        "江苏省法院",
    ),
    (
        "city procuratorate work report",
        "2015年，全市检察机关立案侦查工程建设领域职务犯罪50件63人。",
        "福州市",
        "63人",
        "福州市检察机关",
    ),
    # or its name right before offices of a kind of many (湖南省检察机关, 湖北公安机关): a province's procuratorate
    # report, a police news item; a city's court (东莞市法院) is one court, no system
    (
        "provincial procuratorate work report",
        "报告指出,湖南省检察机关坚决维护国家安全和社会稳定。批捕各类犯罪嫌疑人3.3万人、起诉6.5万人。",
        "湖南省",
        "3.3万人",
        "湖南省检察机关",
    ),
    ("police news", "截至2月25日17时，湖北公安机关已有293名民警感染。", "湖北省", "293名", "湖北省公安机关"),
    ("city court news", "东莞市法院全年审结案件1200件。", "东莞市", "1200件", "东莞市人民法院"),
]


# (genre, text, region, mention, subject): a state farm, forest farm or ranch opening its clause counts its own
# households, people and land (农场, 林场, 牧场); 家庭农场, 国有林场 are kinds, the place's
_FARMS = [
    (
        "township work report",
        "全镇总户数为2823户（其中宗加镇1170户，诺木洪农场1653户），全镇总人口5975人。",
        "都兰县",
        "1653户",
        "诺木洪农场",
    ),
    ("forestry news", "塞罕坝机械林场森林面积达到115.1万亩，森林覆盖率82%。", "承德市", "115.1万亩", "塞罕坝机械林场"),
    ("county farm statistics", "全县家庭农场达到1200家，国有林场12个。", "都兰县", "1200家", "都兰县"),
    ("county farm statistics", "全县家庭农场达到1200家，国有林场12个。", "都兰县", "12个", "都兰县"),
    # kinds of health body as health statistics count them: a city's communiqué, a county's health news
    (
        "city communiqué",
        "其中医院、卫生院71个,妇幼保健院(所、站)5个,专科疾病防治院(所、站)1个,疾病预防控制中心(防疫站)6个。",
        "萍乡市",
        "6个",
        "萍乡市",
    ),
    ("county health news", "全县有专科疾病防治院2个，卫生院18个。", "息烽县", "18个", "息烽县"),
    # a place's public venue written right after it counts its own readers and visitors: a city library's news, a
    # city museum's year; the venues of a place counted by their kind are the place's
    ("city library news", "书香迎春!榆林市图书馆进馆读者突破200万人次。", "榆林市", "突破200万人次", "榆林市图书馆"),
    ("city museum news", "2024年，菏泽市博物馆全年接待观众52万人次。", "菏泽市", "52万人次", "菏泽市博物馆"),
    ("city culture statistics", "全市共有公共图书馆12个，博物馆8个。", "榆林市", "12个", "榆林市"),
]


# customs houses, charities, a place's courts and procuratorates, farms: bodies whose own work the figures count
@pytest.mark.parametrize(("genre", "text", "region", "mention", "subject"), _CUSTOMS + _CHARITIES + _JUSTICE + _FARMS)
def test_a_body_whose_own_work_the_figures_count_is_their_subject(genre, text, region, mention, subject):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert claims[mention].subject == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a name keeps a stop character jieba reads inside its word (华为's 为, 协和's 和) and numerals written with no
        # measure word (三一集团): a private-economy ranking, a hospital's news
        (
            "private economy ranking",
            "三一集团有限公司以1262.27亿元的营业收入位列榜首。",
            "湖南省",
            "1262.27亿元",
            "三一集团有限公司",
        ),
        ("company results", "华为技术有限公司全年实现销售收入7042亿元。", "深圳市", "7042亿元", "华为技术有限公司"),
        ("hospital news", "武汉协和医院首批3名被感染医护人员出院。", "湖北省", "3名", "武汉协和医院"),
        # …and one inside a word jieba reads a place's name (共和国's 和): a holiday tourism release
        ("holiday tourism release", "共和国摇篮景区接待游客123.73万人次。", "江西省", "123.73万人次", "共和国摇篮景区"),
        # an abbreviation of a name (武大, 武汉大学) before a kind of body, no verb: the hospital, though 人民医院
        # alone is no name
        ("hospital news", "武大人民医院已收治重症患者120名。", "湖北省", "120名", "武大人民医院"),
        # a prison named on its own, a numeral opening its name (十里丰, which jieba reads 十里 + 丰), in a
        # province's bulletin and a justice report; a place's prisons are no body
        ("province bulletin", "新增确诊病例中，省十里丰监狱2例，宁波市1例。", "浙江省", "2例", "浙江省十里丰监狱"),
        ("province bulletin", "新增确诊病例中，省十里丰监狱2例，宁波市1例。", "浙江省", "1例", "宁波市"),
        ("justice report", "省十里丰监狱全年组织罪犯学习培训3200人次。", "浙江省", "3200人次", "浙江省十里丰监狱"),
        ("province bulletin", "湖北省监狱部门报告的271例确诊病例中有51例前期已报告。", "湖北省", "271例", "湖北省"),
        # 归属母公司 (profit attributable to the parent) names no company: a province's listed firms, a city's
        (
            "listed companies",
            "87家辽宁A股上市企业2023年第二季度总计归属母公司净利润为98.93亿元。2022年同期总计归属母公司净利润为201.35亿元。",
            "辽宁省",
            "201.35亿元",
            "辽宁省",
        ),
        (
            "listed companies",
            "全市上市公司中，这3家企业归属母公司净利润超过10亿元。",
            "大连市",
            "超过10亿元",
            "大连市",
        ),
        # a department's short form after its full name is one body, named in full: market regulation and medical
        # insurance news; and so is a short form written first or alone (a consumer-protection report, a labour
        # bureau's notice)
        (
            "market regulation",
            "记者从银川市市场监督管理局获悉。今年，银川市市场监管局牵头22家成员单位。",
            "银川市",
            "22家",
            "银川市市场监督管理局",
        ),
        (
            "medical insurance",
            "记者从菏泽市医疗保障局获悉。今年，菏泽市医保局追回医保基金1200万元。",
            "菏泽市",
            "1200万元",
            "菏泽市医疗保障局",
        ),
        (
            "consumer protection",
            "记者从北京市市场监管局获悉，去年北京市市场监管局共接收各类诉求信息115.22万条。"
            "2020年《北京市市场监督管理局消费者权益保护工作报告》显示，全年查处案件421起。",
            "北京市",
            "115.22万条",
            "北京市市场监督管理局",
        ),
        (
            "labour notice",
            "今年，重庆市人力社保局共发放就业补贴资金12.6亿元。",
            "重庆市",
            "12.6亿元",
            "重庆市人力资源和社会保障局",
        ),
        # a body written again by an abbreviation of its name is that body: a gaming regulator (Traditional), a trade
        # promotion council
        (
            "gaming regulator",
            "澳門博彩監察協調局公布數據。他表示博監局在2016年至2018年間，發現500多個網上博彩網站。",
            "澳门特别行政区",
            "500多個",
            "澳门博彩监察协调局",
        ),
        (
            "trade council",
            "香港贸易发展局公布最新调查。贸发局今年共举办展览会32个，吸引买家12万人次。",
            "香港特别行政区",
            "32个",
            "香港贸易发展局",
        ),
        # a place's court or procuratorate written short (the place's short name, 中院, 检察院) is named in full, as the
        # guideline's canonical name asks (a county court's caseload, a city court's report, a procuratorate's)
        ("court caseload", "截至3月30日,建始法院共受理各类案件1803件。", "建始县", "1803件", "建始县人民法院"),
        ("court report", "西安中院去年共审结案件1.2万件。", "西安市", "1.2万件", "西安市中级人民法院"),
        ("procuratorate report", "定陶检察院共办理公益诉讼案件56件。", "菏泽市", "56件", "定陶区人民检察院"),
        # a court named so keeps its name
        ("maritime court", "武汉海事法院共受理案件100件。", "武汉市", "100件", "武汉海事法院"),
        # a place's name and a kind of body is that body, no short form of a fuller one of the place (a universities'
        # employment report, banks' results, a provincial universities' enrolment)
        (
            "employment report",
            "南京大学、南京理工大学等发布就业质量报告。南京大学共有7980名毕业生参加就业。南京理工大学毕业生6277人。",
            "江苏省",
            "7980名",
            "南京大学",
        ),
        (
            "bank results",
            "中国工商银行一季度净利润840亿元。中国银行一季度净利润530亿元。",
            "中国",
            "530亿元",
            "中国银行",
        ),
        ("enrolment", "山东师范大学今年招生5000人。山东大学招生8000人。", "山东省", "8000人", "山东大学"),
        # leaving out only the level's character is a short form still
        (
            "police report",
            "北京市公安局今年破获案件1200起。北京公安局还抓获嫌疑人300名。",
            "北京市",
            "300名",
            "北京市公安局",
        ),
        # bodies numbered apart are two, no abbreviation of each other (a city's school places, a county's hospitals)
        (
            "school places",
            "新建天津路第一小学新增学位2000个。天津路小学增加学位1200个。",
            "十堰市",
            "1200个",
            "天津路小学",
        ),
        (
            "hospital news",
            "县第二人民医院新增床位300张。县人民医院今年新增床位500张。",
            "郓城县",
            "500张",
            "郓城县人民医院",
        ),
        # an emergency medical service counts its own calls and runs (a city's notice, a hospital's news)
        (
            "emergency service",
            "阜阳市紧急救援中心2023上半年120呼叫数据公布\n2023年上半年，共出车33424次。",
            "阜阳市",
            "33424次",
            "阜阳市紧急救援中心",
        ),
        ("hospital news", "市急救中心今年已出车1.2万次。", "菏泽市", "1.2万次", "菏泽市急救中心"),
        # the national expos by their short names are the expo, whose own figures a report of it gives
        (
            "expo report",
            "第七届进博会意向成交金额800.1亿美元，比上届增长2.0%。",
            "上海市",
            "800.1亿美元",
            "中国国际进口博览会",
        ),
        ("trade fair report", "本届广交会累计出口成交223亿美元。", "广州市", "223亿美元", "中国进出口商品交易会"),
        # a province's Red Cross societies at every level report as the province's society
        (
            "charity report",
            "2022年，全省各级红十字会筹集各类人道事业发展款物5.58亿元。",
            "甘肃省",
            "5.58亿元",
            "甘肃省红十字会",
        ),
    ],
)
def test_bodies_named_as_news_writes_them(genre, text, region, mention, subject):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert claims[mention].subject == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a public venue named by its kind alone opening a paragraph of a city's or county's report is the place's
        # venue of that kind: a city's culture review, a county library's year
        (
            "culture review",
            "今年以来,市文化广播电视和旅游局以文化馆、图书馆、博物馆三馆为主要载体。\n"
            "文化馆深入开展文化惠民工程,全年开展送演出下基层活动29次。\n"
            "图书馆全年接待读者12.6万人次。",
            "龙井市",
            "12.6万人次",
            "龙井市图书馆",
        ),
        (
            "county library year",
            "全县公共文化服务稳步推进。\n（一）博物馆全年接待观众3.2万人次,举办临时展览6场。",
            "永昌县",
            "3.2万人次",
            "永昌县博物馆",
        ),
        # a level word naming another level is another place's venue: 市图书馆 in a county's report is the city's
        (
            "county culture review",
            "全县文化事业稳步发展。\n市图书馆全年接待读者12万人次。",
            "永昌县",
            "12万人次",
            "永昌县",
        ),
        # not in a province's report, whose venues are many
        (
            "province review",
            "全省公共文化服务稳步推进。\n图书馆全年接待读者1200万人次。",
            "甘肃省",
            "1200万人次",
            "甘肃省",
        ),
    ],
)
def test_a_venue_opening_a_paragraph_is_the_places(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a school named by its own words is the subject of its own figures: a city's school places, a county's
        # education news; a kind of school (本地国际学校) names none
        ("school places", "茅箭区\n致远学校新增学位200个;\n新建国瑞学校新增学位3900个;", "十堰市", "200个", "致远学校"),
        ("county education news", "育才学校今年共招收新生1200名。", "滑县", "1200名", "育才学校"),
    ],
)
def test_a_school_named_by_its_own_words_is_a_body(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


def test_a_kind_of_school_is_no_body(claims_of):
    # a Hong Kong epidemic notice: 本地国际学校师生 are people of a kind of school, no subject of the next item
    text = "其中包括7名返港留学生、数名在瑞士滑雪后返港的本地国际学校师生、1名由欧洲集训返港的运动员。"
    assert all(c["subject"] != "国际学校" for c in claims_of(text, region="香港特别行政区"))


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a sector named by its kind of body (上海银行业) names no bank, and banks counted by where their capital is
        # from (中资银行) are a kind, no bank: a banking regulator's year review, a city's finance news; a bank named
        # in full keeps its own figures
        (
            "banking review",
            "上海银行业经营效益创历史最好水平，商业银行实现经营利润645.96亿元。",
            "上海市",
            "645.96亿元",
            "上海市",
        ),
        (
            "banking review",
            "截至去年底，中资银行不良贷款余额441.09亿元，不良贷款率2.56%。",
            "上海市",
            "2.56%",
            "上海市",
        ),
        ("city finance news", "全市外资银行贷款余额达到320亿元。", "天津市", "320亿元", "天津市"),
        ("bank results", "上海银行实现净利润120亿元。", "上海市", "120亿元", "上海银行"),
        # financial firms counted by their line of business in a communiqué's finance section, or a county's news
        (
            "communiqué finance section",
            "全市共有保险公司36家,其中,财产保险公司18家,人寿保险公司18家。",
            "亳州市",
            "36家",
            "亳州市",
        ),
        (
            "communiqué finance section",
            "全市共有保险公司36家,其中,财产保险公司18家,人寿保险公司18家。",
            "亳州市",
            "18家",
            "亳州市",
        ),
        ("county finance news", "全县共有小额贷款公司12家,融资担保公司5家。", "滑县", "5家", "滑县"),
        ("county finance news", "全县共有银行业金融机构28家,其中,村镇银行4家。", "滑县", "4家", "滑县"),
    ],
)
def test_a_sector_or_a_kind_of_bank_is_no_bank(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre
