"""What befell the people a figure counts, written after their noun (outcome_clauses), and what the metric, period
and aspect steps make of it: the outcome is what is counted, the day before it the figure's period, a flow."""

import pytest

from extract.components.outcome_clauses import OutcomeAfter, outcome_after_the_noun
from extract.components.period import period_pattern
from extract.pipeline import extract_claims


def _after(text: str, figure: str) -> OutcomeAfter | None:
    return outcome_after_the_noun(text, text.index(figure) + len(figure), period_pattern(text))


# (text, the figure, what is found after it)
_FOUND = [
    ("北京1名女患者于1月24日痊愈出院。", "1名", OutcomeAfter("女患者", "1月24日", "痊愈出院", True)),
    ("重庆9名患者今日出院。", "9名", OutcomeAfter("患者", "今日", "出院", True)),
    ("1例密切接触者也已经痊愈出院。", "1例", OutcomeAfter("密切接触者", None, "痊愈出院", True)),
    ("宁夏75例确诊病例已全部出院。", "75例", OutcomeAfter("确诊病例", None, "出院", True)),
    (
        "重庆9名患者，经定点医疗机构医护人员精心诊治和护理，专家组评估，认为符合出院标准，于今日出院。",
        "9名",
        OutcomeAfter("患者", "今日", "出院", False),
    ),
    (
        "海南省人民医院12例确诊病例患者经过综合诊治，符合解除隔离和出院标准，于今天同时出院。",
        "12例",
        OutcomeAfter("确诊病例患者", "今天", "出院", False),
    ),
    ("其中1名伤者经全力抢救无效，于3月6日死亡。", "1名", OutcomeAfter("伤者", "3月6日", "死亡", False)),
    ("该院收治的5名伤员，经治疗，于今日上午康复出院。", "5名", OutcomeAfter("伤员", "今日", "康复出院", False)),
    (
        "北京市又有7例新冠肺炎患者，经过医护人员精心治疗后，符合出院标准，于2月9日先后从地坛医院、佑安医院出院。",
        "7例",
        OutcomeAfter("新冠肺炎患者", "2月9日", "出院", False),
    ),
    (
        "武汉市肺科医院4名新型冠状病毒感染的肺炎患者在经过治疗后康复出院。",
        "4名",
        OutcomeAfter("新型冠状病毒感染的肺炎患者", None, "康复出院", True),
    ),
]

# (text, the figure): nothing found — the noun already holds the outcome, the outcome is only planned, the clause
# has a verb of its own, another figure stands between, or the outcome is not the sentence's last clause
_NOT_FOUND = [
    ("1例确诊病例出院。", "1例"),
    ("有2例病情好转拟于近期出院。", "2例"),
    ("2名患者，经专家组评估，将于明日出院。", "2名"),
    ("4名患者符合出院标准，于下午3时陆续出院。", "4名"),
    ("重庆9名患者，其中3名于今日出院。", "9名"),
    ("全市12名患者，于今日出院，其余仍在治疗。", "12名"),
    ("全县新招聘教师120名，于今日上岗。", "120名"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), _FOUND, ids=[f[0][:12] for f in _FOUND])
def test_the_outcome_after_the_noun_is_found_with_its_day(text, figure, expected):
    assert _after(text, figure) == expected


@pytest.mark.parametrize(("text", "figure"), _NOT_FOUND, ids=[f[0][:12] for f in _NOT_FOUND])
def test_no_outcome_is_read_where_none_befell_the_counted(text, figure):
    assert _after(text, figure) is None


# (genre, text, region, date, the figure, its metric, period, period_start, aspect)
_CLAIMS = [
    (
        "health commission release",
        "重庆9名患者，经定点医疗机构医护人员精心诊治和护理，专家组评估，认为符合国家卫生健康委最新的新型冠状病毒肺炎"
        "确诊病例解除隔离和出院标准，于今日出院。",
        "重庆市",
        "2020-02-10",
        "9名",
        ("患者出院", "今日", "2020-02-10", "flow"),
    ),
    (
        "health news",
        "经北京市专家组会诊，北京1名新型冠状病毒感染肺炎女患者于1月24日痊愈出院。",
        "北京市",
        "2020-01-25",
        "1名",
        ("新型冠状病毒感染肺炎女患者痊愈出院", "1月24日", "2020-01-24", "flow"),
    ),
    (
        "hospital news, the noun after its 的",
        "1月29日，武汉市肺科医院4名新型冠状病毒感染的肺炎患者在经过治疗后康复出院，其中包括一位急危重症患者。",
        "武汉市",
        "2020-01-29",
        "4名",
        ("肺炎患者康复出院", "1月29日", "2020-01-29", "flow"),
    ),
    (
        "accident news",
        "事故造成3人受伤，其中1名伤者经全力抢救无效，于3月6日死亡。",
        "银川市",
        "2021-03-07",
        "1名",
        ("伤者死亡", "3月6日", "2021-03-06", "flow"),
    ),
    (
        "hospital news",
        "该院收治的5名伤员，经治疗，于今日上午康复出院。",
        "银川市",
        "2021-03-07",
        "5名",
        ("伤员康复出院", "今日", "2021-03-07", "flow"),
    ),
]


@pytest.mark.parametrize(
    ("genre", "text", "region", "date", "figure", "expected"), _CLAIMS, ids=[c[0] for c in _CLAIMS]
)
def test_the_outcome_is_what_is_counted_and_its_day_the_period(genre, text, region, date, figure, expected):
    claim = next(c for c in extract_claims(text, region=region, date=date) if c.mention == figure)
    assert (claim.metric, claim.period, claim.period_start, claim.aspect) == expected, genre


def test_an_hour_alone_before_the_outcome_leaves_the_day_the_sentence_wrote():
    text = "3月18日上午，黄冈市中心医院最后2名患者走出病区（另1名患者早上8：30已出院），黄州区患者全部治愈出院。"
    claim = next(c for c in extract_claims(text, region="黄冈市", date="2020-03-18") if c.mention == "1名")
    assert claim.metric == "患者出院"
    assert claim.period != "早上8：30"
