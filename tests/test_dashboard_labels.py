import pytest

from extract.dashboard.labels import qualifier_word


@pytest.mark.parametrize(
    ("code", "mention", "word"),
    [("over", "1000余名", "余"), ("over", "80%以上", "以上"), ("approx", "约6.7万人", "约"),
     ("under", "不足100人", "不足"), ("over", "不少于3处", "不少于"), ("over", "465处", "以上"),
     ("approx", None, "约"), (None, "465处", "")],
)  # fmt: skip
def test_qualifier_as_a_chinese_reader_sees_it(code, mention, word):
    assert qualifier_word(code, mention) == word
