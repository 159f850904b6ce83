"""A company's or bank's own report or announcement is about the company or bank it names at its top, not the city
in its name or the document's region: 本公司 / 本行 resolve to it as 本院 does to a court (subject step)."""

import pytest

from extract.components.places import scope_words
from extract.pipeline import extract_claims

# (genre, text, region, issuer): every figure of each text is the issuer's
_ISSUED = [
    (
        "quarterly report",
        "证券简称：南京啤酒\n南京啤酒股份有限公司2023年半年度报告\n本公司董事会保证本报告内容真实。\n"
        "一、主要财务数据\n项目 | 本报告期 | 上年同期 |\n营业收入(元) | 5,260,114,000 | 5,043,270,000 |\n"
        "二、经营情况\n报告期内，本公司实现产品销量88.4万千升，其中主品牌南京啤酒销量61.2万千升。",
        "南京市",
        "南京啤酒股份有限公司",
    ),
    (
        "bank annual report",
        "证券简称：温州银行\n温州银行股份有限公司2022年年度报告摘要\n本行董事会保证年度报告内容的真实性。\n"
        "一、主要会计数据\n项目 | 本报告期末 | 上年度末 |\n资产总额(元) | 182,450,000,000 | 166,160,000,000 |\n"
        "二、经营情况\n报告期内，本行坚持稳中求进。全年实现净利润21.3亿元，同比增长8.2%。",
        "温州市",
        "温州银行股份有限公司",
    ),
    (
        "company announcement",
        "股票简称：苏州机电\n苏州机电集团股份有限公司关于2024年度经营情况的公告\n"
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n一、主要经营数据\n"
        "产品 | 产量(台) | 销量(台) |\n数控机床 | 12,860 | 12,415 |\n二、其他说明\n全年新签合同额112亿元。",
        "苏州市",
        "苏州机电集团股份有限公司",
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "issuer"), _ISSUED, ids=[g for g, _, _, _ in _ISSUED])
def test_a_company_report_is_about_its_issuer(genre, text, region, issuer):
    claims = extract_claims(text, region=region)
    assert claims, genre
    assert [(c.mention, c.subject) for c in claims] == [(c.mention, issuer) for c in claims]


# 公司 opening a clause of the company's own report is the company, not the place the clause before named
_OPENING_COMPANY = [
    (
        "annual report",
        "证券简称：蓉光电子\n成都蓉光电子股份有限公司2023年年度报告摘要\n本公司董事会保证本报告内容真实。\n"
        "一、经营情况\n报告期内，成都市集成电路产业规模增长12.5%，公司实现营业收入52.6亿元，同比增长7.4%。",
        "成都市",
        ["成都市", "成都蓉光电子股份有限公司", "成都蓉光电子股份有限公司"],
    ),
    (
        "company announcement",
        "绍兴纺织集团有限公司关于2024年经营情况的公告\n本集团董事会保证本公告内容真实。\n一、经营情况\n"
        "2024年，浙江省纺织品出口额下降3.2%，公司完成出口额8.6亿美元。",
        "绍兴市",
        ["浙江省", "绍兴纺织集团有限公司"],
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "subjects"), _OPENING_COMPANY)
def test_company_opening_a_clause_is_the_issuer(genre, text, region, subjects):
    assert [c.subject for c in extract_claims(text, region=region)] == subjects, genre


# a school's or a hospital's profile, named at its top, speaks of itself as 学校 / 医院 opening its clauses, or as
# 我校 / 本院: its figures are the body's, not its city's; an honour a government grants and a kind of attached
# hospital are no subjects
_PROFILES = [
    (
        "university profile",
        "湘江学院是经教育部批准设立的普通本科院校。学校位于衡阳市。学校占地1510亩，总建筑面积79.99万平方米。"
        "学校设23个教学单位，有1所直属附属医院、3所非直属附属医院。有44个本科专业。",
        "衡阳市",
        {"1510亩": "湘江学院", "79.99万平方米": "湘江学院", "23个": "湘江学院", "1所": "湘江学院", "44个": "湘江学院"},
    ),
    (
        "school profile",
        "滨江实验中学创办于1956年。我校现有教学班48个，在校学生2300余人。有享受国务院政府特殊津贴专家1人。",
        "杭州市",
        {"48个": "滨江实验中学", "2300余人": "滨江实验中学", "1人": "滨江实验中学"},
    ),
    (
        "hospital profile",
        "安平县人民医院始建于1950年，坐落在安平县城。医院开放床位680张，年门诊量36万人次。",
        "衡水市",
        {"680张": "安平县人民医院", "36万人次": "安平县人民医院"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "subjects"), _PROFILES)
def test_a_school_or_hospital_profile_is_the_bodys(genre, text, region, subjects):
    claims = {c.mention: c.subject for c in extract_claims(text, region=region)}
    assert {mention: claims.get(mention) for mention in subjects} == subjects, genre


# a text that names no company at its top, or never speaks of itself as 本公司, keeps its figures' places
_NOT_ISSUED = [
    # a news story quoting a company: 本公司 is the speaker's, the story is the city's
    (
        "news",
        "全市外贸进出口总额增长8.1%。一家企业负责人说：“本公司今年出口订单增加了三成。”",
        "宁波市",
        {"宁波市"},
    ),
    # a work report that names a company first but never speaks as it: the city's figures stay the city's
    (
        "work report",
        "宁波港集团有限公司新开航线12条。全年全市地区生产总值增长5.6%。",
        "宁波市",
        {"宁波港集团有限公司", "宁波市"},
    ),
    # a city's library report named in its title (《…建设2018年年报》) is no company's results
    (
        "library news",
        "昨日，读书月发布会公布了《广州市“图书馆之城”建设2018年年报》。截至2018年底，广州市共有公共图书馆191个。",
        "广州市",
        {"广州市"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "subjects"), _NOT_ISSUED)
def test_a_text_not_issued_by_a_company_keeps_its_places(genre, text, region, subjects):
    assert {c.subject for c in extract_claims(text, region=region)} == subjects, genre


# a court's report still speaks of the court as 本院
def test_a_courts_report_is_unchanged():
    text = "江北区人民法院2023年工作报告\n全年本院受理案件1.2万件，审结1.1万件。"
    assert {c.subject for c in extract_claims(text, region="重庆市")} == {"江北区人民法院"}


# 日本公司, 基本公司 hold no 本公司
def test_a_word_ending_in_ben_is_no_self_reference():
    words = [m.group() for m in scope_words().finditer("与日本公司合作，本公司、我行")]
    assert words == ["本公司", "我行"]


# (genre, text, region, {mention: subject}): a company named by its stock code in brackets is a company, in that
# sentence and wherever its name comes again, not the country or the exchange named in passing
_LISTED = [
    (
        "finance digest",
        "3、在深交所的问询之后，云岭药业（002817）本月拟斥资3.6亿元收购一家子公司，此前不久，云岭药业发布的半年度"
        "报告显示其净利润下降12%。\n4、广东省前7个月外贸进出口总值增长5.1%，增速比上半年加快0.3个百分点，出口"
        "表现好于预期。",
        "中国",
        {"3.6亿元": "云岭药业", "12%": "云岭药业", "5.1%": "广东省"},
    ),
    (
        "company news",
        "昨日，东海电气(601288.SH)公告称，公司上半年实现营业收入86亿元，同比增长9.8%。",
        "上海市",
        {"86亿元": "东海电气", "9.8%": "东海电气"},
    ),
    (
        "broker's results review: the short name opening the headline, whose first word jieba reads apart",
        "明阳电气(301291):2025年三季报点评\n报告对明阳电气维持推荐评级。前三季度实现营业收入52.00亿元。",
        "中山市",
        {"52.00亿元": "明阳电气"},
    ),
    (
        "Hong Kong market news",
        "港股方面，华南置业（01968.HK）中期派息总额约22亿港元。",
        "香港特别行政区",
        {"约22亿港元": "华南置业"},
    ),
    (
        "results news: a kind of company (A股公司) before the short name, itself starting with a place's name",
        "资本邦了解到,A股公司贵州茅台(600519.SH)发布2022年第一季度报告。报告期内,公司实现营收322.96亿元。"
        "2021年,贵州茅台实现营业收入1061.9亿元。",
        "中国",
        {"322.96亿元": "贵州茅台", "1061.9亿元": "贵州茅台"},
    ),
    (
        "Hong Kong results news (Traditional): the short name the lexicon knows, and places of its business segments",
        "領展（0823）公布中期業績，可分派總額為32.83億元。\n領展表示，香港物業組合收益按年下跌2.4%。\n"
        "香港零售物業收益37億元\n截至今年9月底，債務為550億元。",
        "香港特别行政区",
        {"32.83億元": "领展房产基金", "2.4%": "领展房产基金", "37億元": "领展房产基金", "550億元": "领展房产基金"},
    ),
    (
        "Hong Kong results news (Traditional): a code of three digits before the word announcing the results",
        "莎莎國際(178)公布9月底止半年純利5,015.7萬元，按年多54.8%；營業額19.906億元，升6.6%。",
        "香港特别行政区",
        {"19.906億元": "莎莎国际", "6.6%": "莎莎国际"},
    ),
    (
        "annual results news: the short name declared inside the code's bracket stands for the company",
        "4月2日晚间,贵州茅台(600519.SH,下称“茅台”)发布了2023年年报。此次年报显示,2023年,茅台实现利润总额1036.63亿元,"
        "同比增长18.20%。",
        "贵州省",
        {"1036.63亿元": "贵州茅台", "18.20%": "贵州茅台"},
    ),
    (
        "mainland results news: a place before the company's business is a segment, no subject",
        "东海电气(601288.SH)公告称，上半年实现营业收入86亿元。其中，江苏业务收入12亿元，海外市场营收9亿元。",
        "上海市",
        {"86亿元": "东海电气", "12亿元": "东海电气"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "subjects"), _LISTED, ids=[g for g, _, _, _ in _LISTED])
def test_a_company_named_by_its_stock_code(genre, text, region, subjects):
    claims = {c.mention: c for c in extract_claims(text, region=region)}
    assert {mention: claims[mention].subject for mention in subjects} == subjects
    assert not {"002817", "601288", "01968"} & set(claims)  # the code is no figure


def test_a_short_name_declared_after_the_code_is_no_word_of_the_metric(claim_of):
    # a Hong Kong utility's results (Traditional): 中電 stands for 中電控股, named by its own clause
    text = "中電控股(00002.HK，以下簡稱「中電」)公布業績。中電全年經營盈利115億元。"
    claim = claim_of(text, "115億元", "香港特别行政区")
    assert (claim["subject"], claim["subject_basis"], claim["metric"]) == ("中电控股", "clause", "经营盈利")


# a province's department reporting the work of the province's offices of its kind (通报…全省公安机关工作成效): the
# figures its 全省 gives are those offices', not the department's alone, even where the department is named last
_PROVINCE_OFFICES_REPORTED = (
    "2024年江苏公安破获电诈案件2100余起\n"
    "新华日报讯(记者 王某)在人民警察节到来之际,1月5日上午,江苏省公安厅举行“向人民报告”主题新闻发布会,通报2024年以来"
    "全省公安机关工作成效。同时,省公安厅经侦、治安、刑侦、网安4部门负责人回答了媒体记者提问。\n"
    "去年以来,全省刑事立案同比下降12.5%,治安案件同比下降6.1%。常态化扫黑除恶,打掉26个黑恶组织,抓获310名嫌疑人。"
)


@pytest.mark.parametrize("mention", ["12.5%", "6.1%", "26个", "310名"])
def test_a_provinces_offices_reported_on_are_the_subject(mention):
    claims = {c.mention: c.subject for c in extract_claims(_PROVINCE_OFFICES_REPORTED, region="江苏省")}
    assert claims[mention] == "江苏省公安机关"
