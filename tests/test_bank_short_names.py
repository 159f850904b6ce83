"""A bank named in full and then by its short name (招商银行 … 招行): the short name is the same bank. Pure
functions, and the figures of a bank's results news and of a city's finance news."""

import pytest

from extract.bank_short_names import short_names


@pytest.mark.parametrize(
    ("name", "shorts"),
    [
        ("招商银行", ("招行",)),
        ("中国工商银行", ("工行", "工商银行")),
        ("中国建设银行", ("建行", "建设银行")),
        ("中国农业银行", ("农行", "农业银行")),
        ("中国银行", ("中行",)),
        ("交通银行", ("交行",)),
        ("青岛啤酒", ()),
        ("银行", ()),
    ],
)
def test_short_names(name, shorts):
    assert short_names(name) == shorts


RESULTS_NEWS = (
    "招商银行交出了2023年度报告。\n\n截至2023年末，招行不良贷款率0.95%，较上年末下降0.01个百分点。\n\n"
    "同期，招行净利息收入2146.69亿元。"
)
CITY_FINANCE = "交通银行发布2023年业绩。全年交行净利润927亿元。全市施工行业新增就业1200人。"


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric", "subject"),
    [
        (RESULTS_NEWS, "深圳市", "0.95%", "不良贷款率", "招商银行"),
        (RESULTS_NEWS, "深圳市", "2146.69亿元", "净利息收入", "招商银行"),
        (CITY_FINANCE, "菏泽市", "927亿元", "净利润", "交通银行"),
    ],
)
def test_a_banks_short_name_is_the_bank(claims_of, text, region, mention, metric, subject):
    claim = next(c for c in claims_of(text, region=region) if c["mention"] == mention)
    assert (claim["metric"], claim["subject"]) == (metric, subject)


def test_a_short_name_inside_another_word_names_no_bank(claims_of):
    claim = next(c for c in claims_of(CITY_FINANCE, region="菏泽市") if c["mention"] == "1200人")
    assert claim["subject"] == "菏泽市"


# a bank whose name opens with 中国 writes itself without it in its own news (a news agency's item on a bank's
# loans; a paper's item on the bank's annual results)
LOANS_NEWS = (
    "记者日前从中国农业银行获悉,截至5月末,农业银行“三农”县域贷款余额达6.8万亿元,较年初增长5879亿元。"
    "截至5月末,农业银行在重点帮扶县贷款余额2878亿元。"
)
RESULTS_ITEM = "中国农业银行发布2023年年报。全年农业银行净利润2693亿元。"


@pytest.mark.parametrize(
    ("genre", "text", "region", "mention", "metric", "subject"),
    [
        ("news agency, bank loans", LOANS_NEWS, "中国", "6.8万亿元", "三农县域贷款余额", "中国农业银行"),
        ("news agency, bank loans", LOANS_NEWS, "中国", "2878亿元", "重点帮扶县贷款余额", "中国农业银行"),
        ("paper, annual results", RESULTS_ITEM, "北京市", "2693亿元", "净利润", "中国农业银行"),
    ],
)
def test_a_bank_named_without_china_is_the_bank(claims_of, genre, text, region, mention, metric, subject):
    claim = next(c for c in claims_of(text, region=region) if c["mention"] == mention)
    assert (claim["metric"], claim["subject"]) == (metric, subject), genre
