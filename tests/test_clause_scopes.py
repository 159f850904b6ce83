"""What a figure's full stop says of it in an earlier clause (issue 25, unseen sets x and y): the first days of a
holiday as its period, parts of a year listed before 分别 each to its figure, a growth rate named only as the
one going with the figure before (对应增速), a region above the province across a semicolon, and the owner of
a measure to the parallel measure of the next clause."""

import pytest

from extract.pipeline import extract_claims


def _claims(text: str, region: str, date: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {c.mention: (c.metric, c.subject, c.period) for c in extract_claims(text, region=region, date=date)}


def _field(text: str, region: str, date: str, index: int) -> dict[str, str | None]:
    return {mention: fields[index] for mention, fields in _claims(text, region, date).items()}


# (genre, text, region, date, the figures and the period each takes): the first days of a holiday (黄金周前4天,
# 假日前三天), also a holiday named in quotation marks, scope the figures of their clause and the next ones;
# 假日前 is no 日前 (recently)
_FIRST_DAYS_OF_A_HOLIDAY = [
    (
        "tourism news",
        "“五一”小长假前3天，全市共接待游客86.5万人次，同比增长12.4%；实现旅游收入5.2亿元。",
        "桂林市",
        "2024-05-04",
        {"86.5万人次": "“五一”小长假前3天", "12.4%": "“五一”小长假前3天", "5.2亿元": "“五一”小长假前3天"},
    ),
    (
        "transport bulletin",
        "假日前三天，全省高速公路车流量达到412万辆次。国庆黄金周头两天，铁路发送旅客58万人次。",
        "江西省",
        "2023-10-03",
        {"412万辆次": "假日前三天", "58万人次": "国庆黄金周头两天"},
    ),
    (
        "retail news",
        "春节假期前四日，全县重点商贸企业实现销售额3.6亿元。",
        "婺源县",
        "2024-02-14",
        {"3.6亿元": "春节假期前四日"},
    ),
]


@pytest.mark.parametrize(
    ("genre", "text", "region", "date", "expected"),
    _FIRST_DAYS_OF_A_HOLIDAY,
    ids=[c[0] for c in _FIRST_DAYS_OF_A_HOLIDAY],
)
def test_the_first_days_of_a_holiday_are_the_figures_period(genre, text, region, date, expected):
    periods = _field(text, region, date, 2)
    assert {mention: periods.get(mention) for mention in expected} == expected, genre


# (genre, text, region, date, the figures and the period each takes): parts of a year listed before 分别, the year
# written once, give each listed figure its own part
_LISTED_PARTS_OF_A_YEAR = [
    (
        "statistics release",
        "2023年第1季、第2季及第3季的本地生产总值按年实质变动分别修订至12.5%、20.4%及31.2%。",
        "澳门特别行政区",
        "2024-02-28",
        {"12.5%": "2023年第1季", "20.4%": "2023年第2季", "31.2%": "2023年第3季"},
    ),
    (
        "work report",
        "今年一季度、二季度和三季度，全市规模以上工业增加值分别增长5.1%、6.2%和7.3%。",
        "襄阳市",
        "2024-10-20",
        {"5.1%": "今年一季度", "6.2%": "今年二季度", "7.3%": "今年三季度"},
    ),
    (
        "energy news",
        "2024年3月、4月和5月，全省全社会用电量分别为120亿千瓦时、131亿千瓦时和142亿千瓦时。",
        "安徽省",
        "2024-06-15",
        {"120亿千瓦时": "2024年3月", "131亿千瓦时": "2024年4月", "142亿千瓦时": "2024年5月"},
    ),
]


@pytest.mark.parametrize(
    ("genre", "text", "region", "date", "expected"),
    _LISTED_PARTS_OF_A_YEAR,
    ids=[c[0] for c in _LISTED_PARTS_OF_A_YEAR],
)
def test_parts_of_a_year_listed_before_fenbie_go_to_their_figures_in_turn(genre, text, region, date, expected):
    periods = _field(text, region, date, 2)
    assert {mention: periods.get(mention) for mention in expected} == expected, genre


# (genre, text, region, date, the figures and the metric each takes): a growth rate named only as the one going
# with the figure before it (对应增速, 相应增长) measures what that figure measured
_CORRESPONDING_RATES = [
    (
        "broker forecast",
        "预计2025-2027年营业收入分别为36.4亿元、42.8亿元、50.1亿元，对应增速分别为18%、17%、17%。",
        "宁波市",
        "2025-04-30",
        {"18%": "营业收入", "17%": "营业收入"},
    ),
    (
        "company results",
        "上半年实现营业收入12.6亿元，相应增长9.3%。",
        "常州市",
        "2024-08-20",
        {"9.3%": "营业收入"},
    ),
    (
        "statistics",
        "2023年全县粮食总产量达到18.2万吨，对应增速为2.4%。",
        "滑县",
        "2024-03-01",
        {"2.4%": "粮食总产量"},
    ),
]


@pytest.mark.parametrize(
    ("genre", "text", "region", "date", "expected"), _CORRESPONDING_RATES, ids=[c[0] for c in _CORRESPONDING_RATES]
)
def test_a_corresponding_growth_rate_names_the_measure_before_it(genre, text, region, date, expected):
    metrics = _field(text, region, date, 0)
    assert {mention: metrics.get(mention) for mention in expected} == expected, genre


def test_a_corresponding_word_reaches_no_figure_of_another_sentence():
    metrics = _field("全年实现营业收入52亿元。相应增长7%的是净利润。", "常州市", "2024-08-20", 0)
    assert metrics.get("7%") != "营业收入"


# (genre, text, region, date, the figures and the subject each takes): a region above the province (京津冀及周边
# 地区, 汾渭平原) is its figures' subject, also in the clause after a semicolon of its full stop
_REGIONS_ACROSS_A_SEMICOLON = [
    (
        "air quality bulletin",
        "7月，京津冀及周边地区平均优良天数比例为71.3%；PM2.5浓度为31微克/立方米，同比下降8.8%。"
        "汾渭平原平均优良天数比例为64.5%。",
        "中国",
        "2023-08-20",
        {
            "71.3%": "京津冀及周边地区",
            "31微克/立方米": "京津冀及周边地区",
            "8.8%": "京津冀及周边地区",
            "64.5%": "汾渭平原",
        },
    ),
    (
        "economy news",
        "2023年，长三角地区生产总值达30.5万亿元；进出口总额15.1万亿元。全国居民人均可支配收入增长6.3%。",
        "中国",
        "2024-02-01",
        {"30.5万亿元": "长三角地区", "15.1万亿元": "长三角地区", "6.3%": "中国"},
    ),
]


@pytest.mark.parametrize(
    ("genre", "text", "region", "date", "expected"),
    _REGIONS_ACROSS_A_SEMICOLON,
    ids=[c[0] for c in _REGIONS_ACROSS_A_SEMICOLON],
)
def test_a_region_is_the_subject_of_the_clauses_of_its_full_stop(genre, text, region, date, expected):
    subjects = _field(text, region, date, 1)
    assert {mention: subjects.get(mention) for mention in expected} == expected, genre


# (genre, text, region, date, the figures and the metric each takes): a clause that is only a measure parallel to
# the measure before it (货运周转量 after 国家铁路货运发送量) is the same owner's; one whose part is singled out
# after it is the whole's
_PARALLEL_MEASURES = [
    (
        "transport statistics",
        "其中，国家铁路货运发送量3.1亿吨，同比增长2.2%；货运周转量2605亿吨公里，同比增长4.1%。",
        "中国",
        "2024-02-01",
        {"2605亿吨公里": "国家铁路货运周转量", "4.1%": "国家铁路货运周转量"},
    ),
    (
        "port news",
        "全年集团港口完成集装箱吞吐量1860万标箱，增长6%；货物吞吐量6.2亿吨，增长3%。",
        "宁波市",
        "2024-01-10",
        {"6.2亿吨": "集团港口货物吞吐量"},
    ),
    (
        "transport statistics",
        "其中动车组旅客发送量28.5亿人次；旅客周转量12960亿人公里，其中动车组旅客周转量8930亿人公里。",
        "中国",
        "2024-02-01",
        {"12960亿人公里": "旅客周转量"},
    ),
    (
        "health statistics",
        "社区卫生服务中心门诊31.2万人次，同比增长8.5%，乡镇卫生院门诊96.4万人次，同比下降2.1%。",
        "达州市",
        "2024-02-01",
        {"96.4万人次": "乡镇卫生院门诊"},
    ),
    (
        "epidemic bulletin",
        "截至今天12时，某市新增2例新型冠状病毒感染的肺炎确诊病例，确诊病例增至19例。",
        "天津市",
        "2020-01-30",
        {"19例": "确诊病例"},
    ),
]


@pytest.mark.parametrize(
    ("genre", "text", "region", "date", "expected"), _PARALLEL_MEASURES, ids=[c[0] for c in _PARALLEL_MEASURES]
)
def test_the_owner_of_a_measure_owns_the_parallel_measure_of_the_next_clause(genre, text, region, date, expected):
    metrics = _field(text, region, date, 0)
    assert {mention: metrics.get(mention) for mention in expected} == expected, genre


# (genre, text, region, date, the figures and the metric each takes): names a 、 joins as the object of one verb
# (审结, 查处, 共有) are counted together by the figure after the last; a list of places or of figures is not
_JOINT_OBJECTS = [
    (
        "court report",
        "全年审结涉外、涉侨案件864件，其中一审案件512件。",
        "宁波市",
        "2024-01-20",
        {"864件": "涉外、涉侨案件"},
    ),
    (
        "police report",
        "去年共查处盗窃、诈骗案件1260起。",
        "潍坊市",
        "2024-01-20",
        {"1260起": "盗窃、诈骗案件"},
    ),
    (
        "health statistics",
        "年末全县共有医院、卫生院38个，床位3120张。",
        "汉川市",
        "2024-03-20",
        {"38个": "医院、卫生院"},
    ),
    (
        "epidemic bulletin",
        "其中南昌市5例、九江市3例。",
        "江西省",
        "2020-02-01",
        {"5例": None, "3例": None},
    ),
]


@pytest.mark.parametrize(
    ("genre", "text", "region", "date", "expected"), _JOINT_OBJECTS, ids=[c[0] for c in _JOINT_OBJECTS]
)
def test_names_joined_as_one_object_are_the_figures_metric(genre, text, region, date, expected):
    metrics = _field(text, region, date, 0)
    assert {mention: metrics.get(mention) for mention in expected} == expected, genre


# (genre, text, region, date, the figures and the metric each takes): the figures of a list before (…16%) are no
# names for the figures of the next list after 分别 when no comma parts them (a bullet or a space in between)
_FIGURES_BEFORE_A_LIST = [
    (
        "broker forecast",
        "预计2025-2027年营业收入分别为36.4亿元、42.8亿元、50.1亿元,对应增速分别为18%、17%、17% - "
        "预计2025-2027年归母净利润分别为3.1亿元、3.8亿元、4.6亿元",
        "宁波市",
        "2025-04-30",
        {"3.1亿元": "预计归母净利润", "3.8亿元": "预计归母净利润", "4.6亿元": "预计归母净利润"},
    ),
    (
        "statistics brief",
        "住宿业、餐饮业营业额分别增长5.1%、6.3% 批发业、零售业销售额分别为280亿元、160亿元",
        "邯郸市",
        "2024-03-01",
        {"280亿元": "批发业销售额", "160亿元": "零售业销售额"},
    ),
]


@pytest.mark.parametrize(
    ("genre", "text", "region", "date", "expected"), _FIGURES_BEFORE_A_LIST, ids=[c[0] for c in _FIGURES_BEFORE_A_LIST]
)
def test_the_figures_of_a_list_before_are_no_names_of_the_next_list(genre, text, region, date, expected):
    metrics = _field(text, region, date, 0)
    assert {mention: metrics.get(mention) for mention in expected} == expected, genre


# (genre, text, region, date, the figures and the metric each takes): a later clause of a sentence opening with
# a verb and no actor of its own tells what the actor opening the sentence did; a speaker is no such actor
_ACTOR_OF_THE_SENTENCE = [
    (
        "holiday transport news",
        "春运首日，高铁发送列车215列，加开42趟列车，共运送旅客18.6万人次；公路运输旅客52万人次。",
        "昆明市",
        "2024-01-27",
        {"42趟": "高铁加开列车", "18.6万人次": "高铁运送旅客", "52万人次": "公路运输旅客"},
    ),
    (
        "police report",
        "节日期间，交警出动警力3600人次，查处酒驾案件125起。",
        "洛阳市",
        "2024-10-08",
        {"125起": "交警酒驾案件"},
    ),
    (
        "court news",
        "村民起诉环境污染索赔案12宗，诉请赔偿金额860万元。",
        "韶关市",
        "2024-01-27",
        {"860万元": "诉请赔偿金额"},
    ),
    (
        "hospital news",
        "院方称新院区建筑面积达3.2万平方米，可容纳800张病床。",
        "襄阳市",
        "2024-03-01",
        {"800张": "病床"},
    ),
]


@pytest.mark.parametrize(
    ("genre", "text", "region", "date", "expected"),
    _ACTOR_OF_THE_SENTENCE,
    ids=[c[0] for c in _ACTOR_OF_THE_SENTENCE],
)
def test_a_clause_opening_with_a_verb_is_of_the_sentences_actor(genre, text, region, date, expected):
    metrics = _field(text, region, date, 0)
    assert {mention: metrics.get(mention) for mention in expected} == expected, genre
