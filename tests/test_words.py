import pytest

from extract.words import starts_a_word


@pytest.mark.parametrize(
    ("text", "name", "starts"),
    [("打造示范县", "范县", False), ("形成县乡两级", "成县", False), ("怀化市通道县坪坦乡", "道县", False),
     ("位于怀化市洪江城区", "江城区", False), ("推动曹县发展", "曹县", True), ("在定陶区", "定陶区", True),
     ("今年巨野县", "巨野县", True), ("菏泽市定陶区天中街道", "定陶区", True), ("全省成县", "成县", True)],
)  # fmt: skip
def test_a_name_starts_a_word_or_is_inside_one(text, name, starts):
    assert starts_a_word(text, text.index(name)) is starts


def test_the_ends_of_the_text_start_words():
    assert starts_a_word("曹县", 0) and starts_a_word("曹县", 2)
