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
