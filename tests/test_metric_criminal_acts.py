"""A bare act of a procuratorate or court (起诉, 批捕, 审结) takes the crimes its sentence names, so that parallel
counts of one report (起诉15件 for one crime, 起诉1106件 for another) can be told apart; texts of our own, in a
procuratorate's work report, a court's work report and a police news item."""

import pytest

PROCURATORATE_REPORT = (
    "2023年，区检察院对电信网络诈骗犯罪批捕45件61人，起诉52件70人。"
    "对故意伤害、抢劫等暴力犯罪批捕12件15人，起诉20件26人。"
    "严惩毒品犯罪，批准逮捕18人，起诉23人。"
    "对“5·12”特大跨境赌博专案快捕快诉，批捕36人，起诉30人。"
)
PROSECUTION_OF_SUSPECTS = "全年批捕电信网络诈骗犯罪嫌疑人120人，起诉150人。"
COURT_REPORT = "对危害食品安全犯罪审结35件，判处42人。审结刑事案件860件，判处罪犯1020人。"
POLICE_NEWS = "1月23日以来，已累计对31件价格违法案件立案调查，其中1月28日立案15件。"
GENERIC_HEADING = "依法惩治各类刑事犯罪，批准逮捕1269件1573人。"


@pytest.mark.parametrize(
    ("text", "mention", "nth", "metric"),
    [
        # the crimes named before the first act of the clause (…犯罪批捕) go to the acts after it
        (PROCURATORATE_REPORT, "52件", 0, "电信网络诈骗犯罪起诉"),
        (PROCURATORATE_REPORT, "70人", 0, "电信网络诈骗犯罪起诉"),
        # …the kind the crimes 、 joins before 等 are examples of (故意伤害、抢劫等暴力犯罪: 暴力犯罪), not the last
        (PROCURATORATE_REPORT, "20件", 0, "暴力犯罪起诉"),
        (PROCURATORATE_REPORT, "26人", 0, "暴力犯罪起诉"),
        # named by the clause opening the sentence (严惩…犯罪, 对…专案)
        (PROCURATORATE_REPORT, "18人", 0, "毒品犯罪批准逮捕"),
        (PROCURATORATE_REPORT, "23人", 0, "毒品犯罪起诉"),
        (PROCURATORATE_REPORT, "36人", 0, "5·12特大跨境赌博专案批捕"),
        (PROCURATORATE_REPORT, "30人", 0, "5·12特大跨境赌博专案起诉"),
        # the persons the act before was taken on, for people counted after it
        (PROSECUTION_OF_SUSPECTS, "150人", 0, "起诉电信网络诈骗犯罪嫌疑人"),
        (COURT_REPORT, "42人", 0, "危害食品安全犯罪判处"),
        # a count of the cases between the opener and their name is no word of the name
        (POLICE_NEWS, "15件", 0, "价格违法案件立案"),
    ],
)
def test_a_bare_act_takes_the_crimes_its_sentence_names(claims_of, text, mention, nth, metric):
    found = [c for c in claims_of(text, region="某某区") if c["mention"] == mention]
    assert found[nth]["metric"] == metric


@pytest.mark.parametrize(
    ("text", "mention", "metric"),
    [
        # crimes of no kind tell no act apart: the act keeps its own metric
        (GENERIC_HEADING, "1269件", "批准逮捕"),
        # an act with its own object is left as it is
        (COURT_REPORT, "1020人", "判处罪犯"),
        (PROSECUTION_OF_SUSPECTS, "120人", "批捕电信网络诈骗犯罪嫌疑人"),
    ],
)
def test_an_act_that_names_its_crimes_or_none_is_kept(claims_of, text, mention, metric):
    found = next(c for c in claims_of(text, region="某某区") if c["mention"] == mention)
    assert found["metric"] == metric
