import numpy as np
import pytest

from extract.dashboard.labels import cell_text, qualifier_word


@pytest.mark.parametrize(
    ("code", "mention", "word"),
    [("over", "1000余名", "余"), ("over", "80%以上", "以上"), ("approx", "约6.7万人", "约"),
     ("under", "不足100人", "不足"), ("over", "不少于3处", "不少于"), ("over", "465处", "以上"),
     ("approx", None, "约"), (None, "465处", "")],
)  # fmt: skip
def test_qualifier_as_a_chinese_reader_sees_it(code, mention, word):
    assert qualifier_word(code, mention) == word


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, ""), (float("nan"), ""), (465, "465"), ("暖新驿站", "暖新驿站"),
     (["网格员", "网格员总数"], "网格员、网格员总数"), (np.array(["网格员", "网格员总数"]), "网格员、网格员总数")],
)  # fmt: skip
def test_a_cell_shows_a_list_as_its_items(value, text):
    assert cell_text(value) == text


@pytest.mark.parametrize(
    ("sentence", "mention", "at", "marked"),
    [
        ("新增12例，累计12例。", "12例", 7, '新增12例，累计<mark class="claim">12例</mark>。'),
        ("新增12例，累计12例。", "12例", 2, '新增<mark class="claim">12例</mark>，累计12例。'),
        ("<b>3个</b>", "3个", 3, '&lt;b&gt;<mark class="claim">3个</mark>&lt;/b&gt;'),
        ("没有这个数字", "5个", 0, "没有这个数字"),
    ],
)
def test_the_claims_list_marks_which_figure_of_the_sentence_the_row_is(sentence, mention, at, marked):
    from extract.dashboard.labels import marked_mention

    assert str(marked_mention(sentence, mention, at)) == marked
