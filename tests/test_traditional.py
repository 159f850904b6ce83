"""traditional: Traditional documents told apart, a Simplified view to extract from, offsets back."""

import pytest

from extract.pipeline import extract_claims
from extract.traditional import is_traditional, simplified_view, variant

HONG_KONG = "香港特區政府統計處公佈，二〇二三年本地生產總值為三萬億港元，按年增長百分之三點二。"
TAIWAN = "臺北市政府表示，網際網路普及率達百分之九十二，軟體產業產值兩千億新臺幣。"


@pytest.mark.parametrize(
    ("text", "traditional"),
    [
        (HONG_KONG, True),
        (TAIWAN, True),
        ("澳門特別行政區統計暨普查局公佈，全澳共有酒店一百二十間。", True),
        ("菏泽市新建暖心驿站465处，服务骑手3000余人次。", False),
        ("国台办表示，臺灣同胞参与的项目达到120个，两岸交流持续扩大。", False),  # Simplified quoting 臺灣
        ("2023 GDP 3.2%", False),
        ("", False),
        # short texts: a headline or a two-line post is told by a tenth of its Han characters
        ("失業率升至6.2個百分點", True),
        ("本港失業率升至6.2%", True),
        ("臺南市觀光旅客突破2,300萬人次", True),
        ("菏泽市失业率5.2%", False),
        # a short line of trade or transport figures, none of whose characters the first list held
        ("港口貨櫃貨物毛重共52,510公噸", True),
        ("新登記車輛共1,234輛", True),
    ],
)
def test_a_document_is_traditional_when_opencc_changes_enough_of_it(text, traditional):
    assert is_traditional(text) is traditional


@pytest.mark.parametrize(("text", "config"), [(TAIWAN, "tw2sp"), (HONG_KONG, "hk2s"), ("國務院公佈數據。", "t2s")])
def test_the_conversion_follows_the_place_the_text_names(text, config):
    assert variant(text) == config


@pytest.mark.parametrize(
    ("simplified", "original"),
    [
        ("互联网普及率", "網際網路普及率"),  # four characters to three
        ("软件产业", "軟體產業"),
        ("两千亿", "兩千億"),
        ("百分之九十二", "百分之九十二"),
        ("台北市", "臺北市"),
    ],
)
def test_a_view_offset_goes_back_to_the_original_words(simplified, original):
    view = simplified_view(TAIWAN)
    start = view.text.index(simplified)
    assert TAIWAN[view.original_start(start) : view.original_end(start + len(simplified))] == original


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        (HONG_KONG, "三萬億港元", 3e12, "港元"),
        (HONG_KONG, "百分之三點二", 3.2, "%"),
        (TAIWAN, "百分之九十二", 92, "%"),
        (TAIWAN, "兩千億新臺幣", 2e11, "元"),  # a text about Taiwan counts its own dollar in 元
        ("臺北市共有公園九百三十五座，參萬人次參與志願服務。", "參萬人次", 30000, "人次"),
        ("全港共有公共圖書館七十間，其中流動圖書館十二間。", "十二間", 12, "间"),
        # a metric ton as Hong Kong, Macau and Taiwan write it, kept as written
        ("第1季鳳梨出口1萬7167公噸，較去年同期增加。", "1萬7167公噸", 17167, "公吨"),
        ("港口貨櫃貨物毛重共52,510公噸。", "52,510公噸", 52510, "公吨"),
        # 度 of power read by the paragraph's words, in a clause that names none (an energy report)
        ("全國總用電量達2710億度,較前(2019)年成長55億度。", "55億度", 5.5e9, "度"),
    ],
)
def test_traditional_figures_are_read_and_stored_as_printed(text, mention, value, unit):
    claims = extract_claims(text, "a.txt", "0" * 64, region=None)
    found = {c.mention: c for c in claims}
    assert mention in found, [c.mention for c in claims]
    claim = found[mention]
    assert (claim.value, claim.unit) == (pytest.approx(value), unit)
    assert text[claim.start : claim.end] == claim.mention
    assert claim.sentence in text  # the sentence as printed, in Traditional


def test_every_offset_of_a_traditional_document_indexes_its_text():
    text = f"統計公報\n\n{HONG_KONG}\n\n{TAIWAN}\n臺北市共有公園九百三十五座，參萬人次參與志願服務。"
    claims = extract_claims(text, "a.txt", "0" * 64)
    assert len(claims) >= 6
    for claim in claims:
        assert text[claim.start : claim.end] == claim.mention
        assert text[claim.sentence_start :].startswith(claim.sentence[:4])
    subjects = {c.subject for c in claims}
    assert {"香港特别行政区", "台北市"} <= subjects  # compared with Simplified documents under one name


@pytest.mark.parametrize(
    ("text", "region", "mention", "subject", "metric"),
    [
        # a headline in Traditional characters, with no region given: its place words resolve
        ("本港失業率升至6.2%", None, "6.2%", "香港特别行政区", "失业率"),
        ("失業率升至6.2個百分點", "香港特别行政区", "6.2個百分點", "香港特别行政区", "失业率"),
        ("本澳上月入境旅客約280萬人次。", None, "約280萬人次", "澳门特别行政区", "入境旅客"),
        ("全臺用電量增加12%。", "台南市", "12%", "台湾", "用电量"),
        # its quarter with no year (第二季) is the figure's time, no word of the metric
        ("港府宣布，全港第二季失業率為6.2%。", "香港特别行政区", "6.2%", "香港特别行政区", "失业率"),
        # a county's budget: the year's 年度 and the budgeting verb before the currency are no part of the metric
        ("本縣113年度總預算歲入編列新臺幣198億元。", "新竹县", "198億元", "新竹县", "总预算岁入"),
        # a year in brackets before its 年 (前(2019)年) is no stock code naming a company (較前)
        ("全國總用電量達2710億度,較前(2019)年成長55億度。", "台湾", "55億度", "台湾", "总用电量"),
        # a level written in numerals before a change and its percent in brackets: the percent is the change's
        (
            "平均失業人數為五萬三千人,比去年同期減少一千人(百分之一點八五)。",
            "台中市",
            "百分之一點八五",
            "台中市",
            "平均失业人数",
        ),
    ],
)
def test_short_traditional_texts_read_as_well_as_simplified(claim_of, text, region, mention, subject, metric):
    claim = claim_of(text, mention, region)
    assert (claim["subject"], claim["metric"]) == (subject, metric)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a budget release: the execution rate of a budget, not a program's 运行率
        ("財政部國庫署公布,臺灣第一季預算執行率95.5%,軟體業稅收增加。", "执行率"),
        ("臺北市捷運工程執行進度達98%。", "执行进度"),
        # a housing report: homes for sale are 物件, not objects
        ("新北市待售物件減少12%。", "待售物件"),
        # an archive's records
        ("臺中市檔案管理局典藏檔案3,000件。", "档案"),
    ],
)
def test_a_taiwan_text_keeps_words_whose_taiwan_phrase_means_another_thing(text, word):
    view = simplified_view(text)
    assert word in view.text
    start = view.text.index(word)
    assert view.original_start(start) == start  # the same length: offsets stay put


def test_taiwan_phrases_still_convert_around_a_kept_word():
    assert simplified_view("臺灣軟體業執行率達九成。").text == "台湾软件业执行率达九成。"
