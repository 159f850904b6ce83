"""Pieces extracted in worker processes, results in input order (extract/workers.py)."""

import os

import pytest

from extract.pipeline import Piece, extract_piece
from extract.workers import Extractor, WorkerDied

TEXTS = [f"单县新建暖心驿站{i}处，曹县投放{i + 1}辆自行车。" for i in range(30)]


def pieces_of(item):
    if isinstance(item, int):
        return None  # an input error, passed on in order
    return [Piece(item, 0, "t.txt", "0" * 64, "菏泽市", None)]


def mentions(piece: Piece) -> list[str]:
    if "爆" in piece.text:
        raise ValueError("the pipeline failed")
    return [claim.mention for claim in extract_piece(piece).claims]


def die(piece: Piece) -> list[str]:
    os._exit(3)  # a worker killed mid-piece (out of memory)


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order_with_errors_in_their_place(jobs):
    items = [*TEXTS[:10], 7, "爆", *TEXTS[10:]]
    with Extractor(mentions, jobs) as extractor:
        out = list(extractor.run(items, pieces_of))
    assert [item for item, _ in out] == items
    assert out[10] == (7, None)
    assert isinstance(out[11][1], ValueError)
    text_results = [result for item, result in out if isinstance(item, str) and item != "爆"]
    assert text_results == [[[f"{i}处", f"{i + 1}辆"]] for i in range(30)]


def test_several_jobs_give_what_one_gives():
    with Extractor(mentions, 1) as one, Extractor(mentions, 2) as two:
        assert list(one.run(TEXTS, pieces_of)) == list(two.run(TEXTS, pieces_of))


def test_a_worker_that_dies_stops_the_run_with_one_error():
    with Extractor(die, 2) as extractor, pytest.raises(WorkerDied, match="ended without answering"):
        list(extractor.run(TEXTS[:3], pieces_of))
