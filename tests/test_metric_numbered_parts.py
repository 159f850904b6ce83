"""Numbered lines listing the parts of a whole given before a colon (…累计报告确诊病例30例，其中：\n1.甲市12例…):
each line's part counts what the whole counts, of its aspect, as a part written after 、 does. Texts of our own
in two genres: a provincial health notice and a city's farmland report."""

import pytest

# the lines as bulletins print them: a place's figure, its districts in brackets
HEALTH_NOTICE = (
    "截至3月2日12时，内蒙古自治区累计报告确诊病例30例，其中：\n"
    "1.呼和浩特市12例（新城区8例、赛罕区4例）\n"
    "2.包头市10例（昆都仑区10例）\n"
    "3.赤峰市8例\n"
    "疑似病例8例（呼和浩特市新城区5例；包头市昆都仑区3例）。\n"
)
# a work report's list, numbered in brackets
FARMLAND_REPORT = (
    "2023年，全市共建成高标准农田85万亩，其中：\n（1）安阳县22万亩\n（2）林州市18万亩\n（3）汤阴县15万亩。\n"
    "全市粮食总产量达到300万吨。\n"
)
# the items on one line, a space or nothing between them; a number out of turn opens no item of this list
ONE_LINE_NOTICE = (
    "截至2月7日9时，内蒙古自治区累计报告确诊病例30例，其中：1.呼和浩特市12例 2.包头市10例3.赤峰市8例。"
    "疑似病例9例。5.乌海市2例。"
)
# a county's report numbering its townships' figures in one paragraph
TOWNSHIP_REPORT = "全县新建农村公路120公里，其中：（1）城关镇35公里；（2）石桥镇28公里；（3）河口乡19公里。"
# categories listed by number name themselves: they are no places' parts of the whole
INDUSTRY_REPORT = "全年规模以上工业增加值增长6.5%，其中：\n1.装备制造业增长8.1%\n2.食品工业增长5.2%\n"


@pytest.mark.parametrize(
    ("text", "region", "mention", "nth", "metric", "subject", "aspect"),
    [
        (HEALTH_NOTICE, "内蒙古自治区", "12例", 0, "确诊病例", "呼和浩特市", "cumulative"),
        (HEALTH_NOTICE, "内蒙古自治区", "10例", 0, "确诊病例", "包头市", "cumulative"),
        # a district in the brackets of a later line: a part of that line's part, so of the same whole
        (HEALTH_NOTICE, "内蒙古自治区", "10例", 1, "确诊病例", "昆都仑区", "cumulative"),
        (HEALTH_NOTICE, "内蒙古自治区", "8例", 1, "确诊病例", "赤峰市", "cumulative"),
        # the next whole after the list is its own, and so are its parts (equal figures take nothing from it)
        (HEALTH_NOTICE, "内蒙古自治区", "8例", 2, "疑似病例", "内蒙古自治区", None),
        (FARMLAND_REPORT, "安阳市", "22万亩", 0, "高标准农田", "安阳县", "cumulative"),
        (FARMLAND_REPORT, "安阳市", "15万亩", 0, "高标准农田", "汤阴县", "cumulative"),
        (FARMLAND_REPORT, "安阳市", "300万吨", 0, "粮食总产量", "安阳市", None),
        (ONE_LINE_NOTICE, "内蒙古自治区", "12例", 0, "确诊病例", "呼和浩特市", "cumulative"),
        (ONE_LINE_NOTICE, "内蒙古自治区", "8例", 0, "确诊病例", "赤峰市", "cumulative"),
        # the suspects as of the notice's time: a stock of their own, no part of the running total
        (ONE_LINE_NOTICE, "内蒙古自治区", "9例", 0, "疑似病例", "内蒙古自治区", "stock"),
    ],
)
def test_a_numbered_line_counts_what_its_whole_counts(claim_of, text, region, mention, nth, metric, subject, aspect):
    claim = claim_of(text, mention, region, nth=nth)
    assert (claim["metric"], claim["subject"], claim["aspect"]) == (metric, subject, aspect)


@pytest.mark.parametrize(("mention", "metric"), [("8.1%", "装备制造业"), ("5.2%", "食品工业")])
def test_numbered_categories_keep_their_own_names(claim_of, mention, metric):
    assert claim_of(INDUSTRY_REPORT, mention, "安阳市")["metric"] == metric


def test_a_number_out_of_turn_is_no_item_of_the_list(claim_of):
    assert claim_of(ONE_LINE_NOTICE, "2例", "内蒙古自治区")["metric"] != "确诊病例"


@pytest.mark.parametrize("mention", ["35公里", "28公里", "19公里"])
def test_a_townships_numbered_figure_is_of_the_whole(claim_of, mention):
    claim = claim_of(TOWNSHIP_REPORT, mention, "菏泽市")
    assert claim["metric"] == "农村公路"
