import pytest

from extract.company_short_names import abbreviates, company_short_name


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("南昌公交运输集团", "南昌公交"),
        ("青岛啤酒股份有限公司", "青岛啤酒"),
        ("宇通客车股份有限公司", "宇通客车"),
        ("紫金矿业集团股份有限公司", "紫金矿业"),
        ("菏泽市城投集团", "菏泽市城投"),
        ("华为公司", None),  # too short a stem: 华为 alone is the word the text would write anyway
        ("山东省人民医院", None),  # no company ending
    ],
)
def test_a_companys_short_name_leaves_off_its_legal_form_and_group_word(name, short):
    assert company_short_name(name) == short


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # a company publishing its own data, then written by its short name: its figures are the company's, not the
        # place's its name opens with (a bus company's year in data, a brewery's annual report)
        (
            "bus company data release",
            "南昌公交运输集团于1月4日发布大数据显示,2017年新辟了31条公交线路。据悉,目前,南昌公交营运线路276条。",
            "南昌市",
            "276条",
            "南昌公交运输集团",
        ),
        (
            "brewery annual report",
            "3月20日，青岛啤酒股份有限公司发布2023年年度报告。报告期内，青岛啤酒共实现产品销量800.7万千升。",
            "青岛市",
            "800.7万千升",
            "青岛啤酒股份有限公司",
        ),
        # its short name and stock code in brackets right after its full name, before the publishing verb (a
        # distiller's quarterly results news; a drug maker's half-year results)
        (
            "distiller quarterly results",
            "10月30日,泸州老窖股份有限公司 (泸州老窖,000568.SZ)披露2025年第三季度报告。泸州老窖合同负债为38.38亿元。",
            "泸州市",
            "38.38亿元",
            "泸州老窖股份有限公司",
        ),
        (
            "drug maker half-year results",
            "云南白药集团股份有限公司（云南白药，000538.SZ）公布2024年半年报。云南白药上半年营业收入205.24亿元。",
            "云南省",
            "205.24亿元",
            "云南白药集团股份有限公司",
        ),
    ],
)
def test_a_publishing_companys_short_name_is_the_company(claim_of, genre, text, region, mention, subject):
    assert claim_of(text, mention, region)["subject"] == subject, genre


def test_a_company_named_in_passing_keeps_its_short_name_a_word_of_the_story(claim_of):
    # a court's story about a lawsuit: the short name of the company sued is no mention of it, the court's figures stay
    text = "信宜市人民法院受理紫金矿业集团股份有限公司系列案件。目前，法院已审结紫金矿业相关案件2499件。"
    assert claim_of(text, "2499件", "茂名市")["subject"] != "紫金矿业集团股份有限公司"


@pytest.mark.parametrize(
    ("short", "stem", "abbreviation"),
    [
        ("中铁工业", "中铁高新工业", True),
        ("徐工机械", "徐工集团工程机械", True),
        ("中铁高新", "中铁高新工业", False),  # the stem's last word left off: a part of the name, not its short name
        ("中工业", "中铁高新工业", False),  # too short, and not opening as the stem does
        ("铁高工业", "中铁高新工业", False),
        ("中铁业工", "中铁高新工业", False),  # out of the stem's order
        ("中铁高新工业", "中铁高新工业", False),  # the stem itself
    ],
)
def test_a_short_name_may_leave_out_inner_words_of_the_stem(short, stem, abbreviation):
    assert abbreviates(short, stem) is abbreviation


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "subject"),
    [
        # the company publishes under a short name that leaves out an inner word; its full name is written only in a
        # title or a signature (a rail-equipment maker's annual report news, a machinery maker's half-year report)
        (
            "annual report news",
            "3月28日，中铁工业发布2023年年度报告。报告期内，中铁工业实现营业收入298.7亿元。"
            "详见《中铁高新工业股份有限公司2023年年度报告》。",
            "中国",
            "298.7亿元",
            "中铁高新工业股份有限公司",
        ),
        (
            "half-year report",
            "8月29日晚，徐工机械发布2023年半年度报告。上半年，徐工机械实现营业收入498.2亿元，同比增长1.5%。"
            "徐工集团工程机械股份有限公司董事会",
            "徐州市",
            "1.5%",
            "徐工集团工程机械股份有限公司",
        ),
    ],
)
def test_a_publishing_short_name_leaving_out_inner_words_is_the_company(
    claim_of, genre, text, region, mention, subject
):
    assert claim_of(text, mention, region)["subject"] == subject, genre


def test_a_short_name_that_does_not_publish_is_no_mention_of_the_company(claim_of):
    # a court's story: 中铁工业 is sued, the court publishes; the company named in full keeps no short name here
    text = "某区人民法院审结中铁高新工业股份有限公司合同纠纷案。目前，法院已审结中铁工业相关案件12件。"
    assert claim_of(text, "12件", "中国")["subject"] != "中铁高新工业股份有限公司"
