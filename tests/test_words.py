import pytest

from extract.words import phrase_words, starts_a_word, tagged_words


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


def test_tagged_words_carry_offsets_into_the_text_and_tags():
    text = "据悉，他担任湘西州人民医院院长。"
    words = tagged_words(text, text.index("他"), text.index("院长"))
    assert all(text[w.start : w.end] == w.word for w in words)
    assert [w.word for w in words][:2] == ["他", "担任"]
    assert {w.word: w.tag for w in words}["担任"] == "v"


def test_a_word_begun_before_the_range_gives_its_part_inside_it():
    text = "管网。由县供水公司统一供应"
    words = tagged_words(text, text.index("县"), text.index("公司"))
    assert words[0].word == "县" and words[0].start == text.index("县")


# jieba's wrong tags are corrected wherever words are tagged, a text's window as a lone phrase
def test_a_corrected_tag_holds_for_phrases_and_windows_alike():
    text = "全县共有普通初中"
    assert ("初中", "n") in phrase_words(text)
    assert ("初中", "n") in [(w.word, w.tag) for w in tagged_words(text, 0, len(text))]
