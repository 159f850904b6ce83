"""A listed company's results report (its headline or lead names the company before its stock code or before the
report's name: 某某科技(300999)2023年年报解读, 某某股份发布2023年年报) is about the company: its figures are the
company's, not the city it is seated in, and a region labelling a row of its revenue by region (华东地区 |
6.1亿元) is a segment of its business, named in the metric, not the subject (subject step)."""

import pytest

from extract.pipeline import extract_claims


def _claims(text: str, region: str, date: str | None = None) -> dict:
    return {c.mention: c for c in extract_claims(text, "results", "0" * 64, region=region, date=date)}


# (genre, text, region, date, the figures and the subject and metric each takes)
_RESULTS = [
    (
        "results analysis with a revenue-by-region table",
        "星河智能(300999)2023年年报解读：营收稳步增长\n杭州星河智能科技股份有限公司于2015年上市，主营工业软件。\n"
        "根据年报披露，2023年公司实现营收12.5亿元，同比增长8.2%。\n分地区 | 营业收入 | 占比 |\n---|---|---|\n"
        "华东地区 | 6.1亿元 | 48.8% |\n浙江省 | 3.2亿元 | 25.6% |",
        "杭州市",
        None,
        {
            "12.5亿元": ("杭州星河智能科技股份有限公司", "营收"),
            "6.1亿元": ("杭州星河智能科技股份有限公司", "华东地区营业收入"),
            "48.8%": ("杭州星河智能科技股份有限公司", "华东地区占比"),
            "3.2亿元": ("杭州星河智能科技股份有限公司", "浙江省营业收入"),
        },
    ),
    (
        "results news naming the company by its short name",
        "华光股份发布2023年年报\n年报显示，2023年公司实现营业收入45.2亿元，同比增长6.4%；归母净利润3.1亿元。",
        "无锡市",
        None,
        {"45.2亿元": ("华光股份", "营业收入"), "3.1亿元": ("华光股份", "归母净利润")},
    ),
    (
        "Taiwan results news, Traditional",
        "星宇電子(2399)公布2023年財報\n星宇電子股份有限公司今日公布財報，2023年營收新台幣152億元，年增12.3%，"
        "公司表示將擴大投資。",
        "新竹市",
        "2024-03-10",
        {"152億元": ("星宇电子股份有限公司", "营收")},
    ),
    (
        "mining results news: a company named by its province and trade, praise before its report",
        "山东黄金2023年净利润大增\n3月28日晚间，山东黄金公布亮丽的2023年年报。2023年，公司产金41.78吨，营收592.75亿元。"
        "报告期内，山东黄金矿产金产量完成41.78吨，年产黄金1吨以上的矿山达到10家。",
        "济南市",
        None,
        {
            "592.75亿元": ("山东黄金", "营收"),
            "10家": ("山东黄金", "年产黄金1吨以上的矿山"),
        },
    ),
    (
        "manufacturing results news: a company named by its city and trade",
        "上海电气发布2023年年报\n年报显示，2023年上海电气实现营业收入1146亿元，同比增长2.5%。",
        "上海市",
        None,
        {"1146亿元": ("上海电气", "营业收入")},
    ),
    (
        "property services results announcement headed by the short name and a colon, speaking as 本集团",
        "万物云:2023年毛利率为14.5%,同比提升0.4个百分点\n本集团毛利为人民币4,811.8百万元,同比增长13.7%\n"
        "截至2023年12月31日止年度,本集团总收入为人民币33,183.5百万元,同比增长10.2%。",
        "深圳市",
        None,
        {"14.5%": ("万物云", "毛利率"), "33,183.5百万元": ("万物云", "总收入")},
    ),
    (
        "food maker's results announcement headed so, speaking as 本公司",
        "海天味业：2023年营业收入245.59亿元\n本公司2023年实现营业收入245.59亿元，同比下降4.10%；"
        "归属于上市公司股东的净利润56.27亿元。",
        "佛山市",
        None,
        {"56.27亿元": ("海天味业", "归属于上市公司股东净利润")},
    ),
    # 业绩 after its year announced is a results report too, under the paper's line of credits (每经记者:…)
    (
        "bank results news under a line of credits, the bank named by the country's name",
        "每经记者:张明 每经编辑:李华\n3月28日,中国银行披露2023年业绩。截至2023年末,集团实现营业收入6228亿元,"
        "同比增长1.5%;实现税后利润2464亿元。",
        "中国",
        None,
        {"6228亿元": ("中国银行", "营业收入"), "2464亿元": ("中国银行", "税后利润")},
    ),
    (
        "property developer's annual results news",
        "记者 王强\n万科企业公布了2023年度业绩,全年实现营业收入4657.4亿元,同比下降7.6%。",
        "深圳市",
        None,
        {"4657.4亿元": ("万科企业", "营业收入")},
    ),
    # a quarter's report by its name (三季度报告, 第一季度报告), and a section heading run into its paragraph with
    # no stop before the company's name (…预期兑现牧原股份2024前三季度…): the name is the company's, not the heading's
    (
        "broker's note on a quarterly report, headings run into their paragraphs",
        "2024年10月29日,牧原股份发布2024年三季度报告。\n投资要点\n生猪业务量价齐升,Q3高利润业绩预期兑现牧原股份"
        "2024前三季度实现营业收入967.75亿元,同比增长16.6%。\n降本增效成果持续显现,盈利空间得以释放牧原股份9月"
        "延续养殖成本下降趋势,9月完全成本已下降至13.7元/公斤。",
        "南阳市",
        None,
        {"967.75亿元": ("牧原股份", "营业收入"), "13.7元/公斤": ("牧原股份", "完全成本")},
    ),
    # the company's short name, 发布的 and the report's name (隆基发布的业绩预告): the company is 隆基, and 2020年度
    # before 公司 is the year of its report, no 年度公司
    (
        "solar results news quoting a rival's forecast",
        "隆基发布的业绩预告则显示，2020年度公司净利润82亿元-86亿元。",
        "中国",
        None,
        {"82亿元-86亿元": ("隆基", "公司净利润")},
    ),
    (
        "solar results news, the year's 年度 before 公司",
        "晶科能源发布2020年年报。另据公告显示，2020年度公司净利润82亿元。",
        "中国",
        None,
        {"82亿元": ("晶科能源", "公司净利润")},
    ),
    (
        "liquor results news",
        "泸州老窖披露的年报显示，公司全年营业收入302亿元。",
        "泸州市",
        None,
        {"302亿元": ("泸州老窖", "公司营业收入")},
    ),
    # a name opening with 港, an organisation's suffix of one character (青岛港), is the name's first character
    (
        "Hong Kong exchange operator's results news",
        "港交所(0388)公布去年全年業績,股東應佔溢利125.4億元,按年增加9%。",
        "香港特别行政区",
        None,
        {"125.4億元": ("香港交易所", "股东应占溢利")},
    ),
    (
        "Hong Kong gas company's interim results news",
        "港华智慧能源(1083)公布中期业绩,股东应占溢利6.2亿元。",
        "香港特别行政区",
        None,
        {"6.2亿元": ("港华智慧能源", "股东应占溢利")},
    ),
    (
        "bank's first-quarter results news",
        "4月29日，郑州银行发布2024年第一季度报告。报告期内，该行实现营业收入32.6亿元，同比下降8.1%。",
        "郑州市",
        None,
        {"32.6亿元": ("郑州银行", "营业收入")},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "date", "expected"), _RESULTS, ids=[r[0] for r in _RESULTS])
def test_a_results_reports_figures_are_the_companys(genre, text, region, date, expected):
    claims = _claims(text, region, date)
    assert {m: (claims[m].subject, claims[m].metric) for m in expected} == expected


# (genre, text, region, the figure and its subject): a report's name after a place's or an office's is no company's
_NOT_RESULTS = [
    (
        "city statistics yearbook news",
        "无锡市2023年统计年报发布\n年报显示，2023年全市实现地区生产总值15456亿元，同比增长6.0%。",
        "无锡市",
        {"15456亿元": "无锡市"},
    ),
    (
        "county assessment news: a place's scope word announcing its year's 业绩",
        "全县公布2023年业绩考核结果\n全县32个部门参加考核。",
        "单县",
        {"32个": "单县"},
    ),
    (
        "government open-information annual report",
        "市政府信息公开年报发布\n2023年全市主动公开政府信息1.2万条，全市企业登记数量增加。",
        "芜湖市",
        {"1.2万条": "芜湖市"},
    ),
    (
        "city news on a statistics table with regions (no company): the row's region is its subject",
        "全国分地区进出口\n地区 | 进出口总额 | 增长 |\n---|---|---|\n华东地区 | 12.6万亿元 | 5.1% |",
        "北京市",
        {"12.6万亿元": "华东地区"},
    ),
    (
        "statistics release headed by the bureau and a colon: an office, no company",
        "国家统计局：1-10月全国规模以上工业企业利润总额增长2.3%\n1-10月份，全国规模以上工业企业实现利润总额"
        "61023亿元，本公司不涉及。",
        "中国",
        {"61023亿元": "中国"},
    ),
    # a kind of company alone before its reports (上市银行的三季报, 上市公司年报) is no one company's: bank and
    # company results round-ups
    (
        "bank results round-up",
        "近日,上市银行的三季报陆续拉开帷幕。截至记者发稿时,已有四家银行“打头阵”。",
        "中国",
        {"四家": "中国"},
    ),
    (
        "listed companies round-up",
        "上市公司年报陆续披露。截至4月10日，已有512家公司披露年报。",
        "中国",
        {"512家": "中国"},
    ),
    # words of a clause before the report's name (在已发布业绩预告的…: a preposition and an adverb) name no company
    (
        "brokerage results news quoting a data vendor",
        "Wind数据显示，在已发布业绩预告的14只券商股中，有8家预告上半年净利将下滑50%以上。",
        "中国",
        {"14只": "中国", "8家": "中国"},
    ),
    (
        "listed companies round-up, an adverb before the announcing",
        "据统计，均已发布年报的30家公司中，有20家净利润增长。",
        "中国",
        {"30家": "中国"},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _NOT_RESULTS, ids=[r[0] for r in _NOT_RESULTS])
def test_a_places_or_offices_report_is_no_companys(genre, text, region, expected):
    claims = _claims(text, region)
    assert {m: claims[m].subject for m in expected} == expected


# (genre, text, region, the figures and the subject and metric each takes): a company a group's results news names
# after 子公司 (subsidiary_words.txt) is the subject of its own figures, and of the clause after a semicolon that goes
# on with a verb of achieving; the parent keeps its own
_SUBSIDIARIES = [
    (
        "pharmaceutical group's quarterly results",
        "4月23日，长春高新发布2021年一季报，公司一季度实现营业收入22.81亿元。\n"
        "长春高新子公司金赛药业实现收入18.43亿元，同比增长49.71%；实现净利润8.78亿元。"
        "子公司百克生物实现收入2.47亿元。",
        "长春市",
        {
            "18.43亿元": ("金赛药业", "收入"),
            "8.78亿元": ("金赛药业", "净利润"),
            "2.47亿元": ("百克生物", "收入"),
        },
    ),
    (
        "energy group's annual results",
        "华能水电发布2023年年报，全年实现营业收入235亿元。其全资子公司澜沧江能源实现发电量1050亿千瓦时；实现利润"
        "总额62亿元。",
        "昆明市",
        {"1050亿千瓦时": ("澜沧江能源", "发电量"), "62亿元": ("澜沧江能源", "利润总额")},
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "expected"), _SUBSIDIARIES)
def test_a_subsidiary_is_the_subject_of_its_own_figures(genre, text, region, expected):
    claims = _claims(text, region)
    assert {m: (claims[m].subject, claims[m].metric) for m in expected} == expected, genre


def test_a_verb_after_zigongsi_names_no_subsidiary():
    claims = _claims("某某集团3家子公司实现利润5亿元。", "菏泽市")
    assert claims["5亿元"].subject == "菏泽市"
