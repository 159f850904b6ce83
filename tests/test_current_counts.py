"""A count after 目前, 当前 or 此前 is no rank (目前40名在治患者: 前 ends a word of time, not 前十名); where the people
counted are (均在定点医疗机构) is no word of the metric; the parts of how many there are now (87名在治患者中，65例…，
22例…) are stocks too."""

import pytest


@pytest.mark.parametrize(
    ("text", "region", "mention", "metric", "aspect"),
    [
        # a provincial health notice
        ("目前40名在治患者均在定点医疗机构隔离治疗，病情平稳。", "辽宁省", "40名", "在治患者", "stock"),
        # a hospital's news
        ("当前12名患者均在重症监护室接受治疗。", "武汉市", "12名", "患者", "stock"),
    ],
)
def test_a_count_after_a_word_of_time_ending_in_qian(claim_of, text, region, mention, metric, aspect):
    claim = claim_of(text, mention, region=region)
    assert (claim["metric"], claim["aspect"]) == (metric, aspect)


def test_a_rank_after_qian_stays_no_claim(claims_of):
    assert [c["mention"] for c in claims_of("该县进入全省前十名，全县新增就业3200人。")] == ["3200人"]


def test_the_parts_of_a_stock_are_stocks(claims_of):
    text = "目前87名在治患者均在定点医疗机构隔离治疗。87名在治患者中，65例病例为输入性病例，22例病例为本地感染病例。"
    found = {c["mention"]: c["aspect"] for c in claims_of(text, region="辽宁省")}
    assert (found["65例"], found["22例"]) == ("stock", "stock")


@pytest.mark.parametrize(
    ("text", "region", "mention", "stock_mention"),
    [
        # a province's bulletin: the discharges after the stocks 现有 opens are no stock, and 现有 is not their time
        ("全省累计报告确诊病例117例，现有危重3例，重症7例，治愈出院5例，疑似病例225例。", "贵州省", "5例", "7例"),
        # a hospital's report
        ("目前医院现有在院患者56人，康复出院12人，死亡2人。", "武汉市", "12人", "56人"),
    ],
)
def test_an_outcome_after_the_stocks_of_xianyou_is_not_dated_by_it(claims_of, text, region, mention, stock_mention):
    claims = {c["mention"]: c for c in claims_of(text, region=region)}
    assert claims[mention]["period"] != "现有"
    assert claims[mention]["aspect"] != "stock"
    assert claims[stock_mention]["aspect"] == "stock"


@pytest.mark.parametrize(
    ("text", "region", "mention"),
    [
        # a province's notice: the patients' noun between the count and where they are cared for now
        ("目前3名患者均在定点医院隔离治疗，病情稳定。", "辽宁省", "3名"),
        # a county hospital's news
        ("事故造成7人受伤，其中5名伤者在县人民医院住院治疗。", "巴中市", "5名"),
    ],
)
def test_people_said_to_be_in_care_after_their_noun_are_a_stock(claims_of, text, region, mention):
    assert {c["mention"]: c["aspect"] for c in claims_of(text, region=region)}[mention] == "stock"
