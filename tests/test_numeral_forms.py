import pytest

from extract.numeral_forms import numeral_forms_view


@pytest.mark.parametrize(
    ("text", "view"),
    [
        # Taiwan's economic news: zero as a circle, thirty as one character
        ("高出○點二九個百分點", "高出〇點二九個百分點"),
        ("成長率為百分之卅六點八四", "成長率為百分之三十六點八四"),
        ("二○二一至二○二五年", "二〇二一至二〇二五年"),
        # a plan's dates and counts: twenty and forty as one character
        ("廿五萬人", "二十五萬人"),
        ("卌二項", "四十二項"),
        ("◯點五", "〇點五"),
        # a ten alone before a percent sign (a county's elderly share, a survey's)
        ("老年人口比率已超過廿％", "老年人口比率已超過二十％"),
        ("受訪者約卅%表示", "受訪者約三十%表示"),
    ],
)
def test_circles_and_one_character_tens_inside_numerals_are_rewritten(text, view):
    assert numeral_forms_view(text).text == view


@pytest.mark.parametrize(
    "text",
    [
        "○ 主要指標",  # a circle drawn as a bullet
        "卅年老店",  # 卅 before no numeral: a word of its own
        "全市新增就业2.1万人。",  # most texts: nothing to rewrite, no copy made
    ],
)
def test_forms_outside_numerals_are_left_alone(text):
    assert numeral_forms_view(text) is None


def test_offsets_of_the_view_lead_back_to_the_text_as_published():
    text = "比率為百分之卅六點八四，較上年高"
    view = numeral_forms_view(text)
    start = view.text.index("百分之")
    end = view.text.index("，")
    assert text[view.original_start(start) : view.original_end(end)] == "百分之卅六點八四"


@pytest.mark.parametrize(
    ("text", "mention", "value", "unit"),
    [
        ("今年第一季經濟成長率為百分之卅六點八四。", "百分之卅六點八四", 36.84, "%"),
        ("較上年高出○點二九個百分點。", "○點二九個百分點", 0.29, "百分点"),
        ("全年外銷訂單一八八一億美元。", "一八八一億美元", 188_100_000_000, "美元"),
        # a county's budget written digit by digit, and seats of a council
        ("總預算歲入編列三六六億二三二九萬七千元。", "三六六億二三二九萬七千元", 36_623_297_000, "元"),
        ("歲出一一六億元。", "一一六億元", 11_600_000_000, "元"),
        ("縣議會共有三十四席。", "三十四席", 34, "席"),
        # the percent word after 预测数: 数百 of 数百分之 is no vague hundreds
        ("較預測數百分之三點一四為高。", "百分之三點一四", 3.14, "%"),
    ],
)
def test_such_numerals_are_read_and_stored_as_published(claims_of, text, mention, value, unit):
    [claim] = [c for c in claims_of(text, region="台湾省") if c["mention"] == mention]
    assert (claim["value"], claim["unit"]) == (pytest.approx(value), unit)
