import pytest

from extract.layout import split_articles
from extract.pipeline import build_pipeline

TEXTS = [
    "巨野县建设驿站\n\n2024年，巨野县新建驿站16处。第一批驿站已投用。",
    "他说：“今年要再建20处。”随后，3000人参加了活动……下午又来了500人！",
    "  共发放奖励资金3500万元，惠及约6.7万人；\u3000\u3000覆盖率达93.02%。\r\n下一段",
    "标题\n——副标题\n本报讯（记者 张三）全市新增企业248家?其中民营企业196家!",
    "",
]
# A number cut by a column break ("3500" / "万元") stays one quantity token even where the layout
# starts a sentence inside it (here the short first line reads as a headline): not tested below.
COLUMN_BREAK = "共发放奖励资金3500\n\n万元，惠及约6.7万人。"


@pytest.mark.parametrize("text", [*TEXTS, COLUMN_BREAK])
def test_tokens_cover_the_text_exactly(text):
    doc = build_pipeline().tokenizer(text)
    assert "".join(token.text for token in doc) == text
    assert all(token.whitespace_ == "" for token in doc)


@pytest.mark.parametrize("text", TEXTS)
def test_every_sentence_starts_on_a_token(text):
    doc = build_pipeline().tokenizer(text)
    token_starts = {token.idx for token in doc}
    sentence_starts = {s for article in split_articles(text) for s, _ in article.sentences}
    assert sentence_starts <= token_starts


def test_quantities_are_tokens_of_their_own_and_text_between_is_not_cut_further():
    doc = build_pipeline().tokenizer("全市新建驿站465处，惠及约6.7万人。下一句")
    assert [token.text for token in doc] == ["全市新建驿站", "465处", "，惠及", "约6.7万人", "。", "下一句"]
