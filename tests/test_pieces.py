"""Cutting a long document into pieces the pipeline takes (extract/pieces.py)."""

import pytest

from extract.pieces import cut_points, piece_spans

PARAGRAPH = "全市新建暖心驿站46处，服务群众10万余人次。"
P = len(PARAGRAPH)  # 23
HEADLINED = f"{PARAGRAPH * 2}\n\n单县新闻\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n{PARAGRAPH}"


@pytest.mark.parametrize(
    ("text", "limit", "cuts"),
    [
        # fits: no cut
        (PARAGRAPH, 100, []),
        # the blank line an article's headline follows beats a later blank line before running text
        (HEADLINED, 90, [HEADLINED.index("单县新闻")]),
        # no headline: the last blank line in the window (the second half of the limit)
        (f"{PARAGRAPH}\n\n{PARAGRAPH}\n\n{PARAGRAPH}", 60, [2 * P + 4]),
        # no blank line: after the last line end
        (f"{PARAGRAPH}\n{PARAGRAPH}\n{PARAGRAPH}", 60, [2 * P + 2]),
        # one long line: after the last sentence end
        (PARAGRAPH * 3, 60, [2 * P]),
        # no punctuation at all: at the limit
        ("字" * 130, 60, [60, 120]),
    ],
)
def test_cut_points(text, limit, cuts):
    assert cut_points(text, limit) == cuts


@pytest.mark.parametrize("limit", [40, 61, 100, 333])
def test_pieces_cover_the_text_and_none_is_longer_than_the_limit(limit):
    text = "\n".join(f"第{i}版\n\n{PARAGRAPH * (i % 4 + 1)}" for i in range(40))
    spans = piece_spans(text, limit)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(spans, spans[1:], strict=False))
    assert all(0 < end - start <= limit for start, end in spans)
