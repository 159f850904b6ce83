"""A collective of ordered parts before 分别 (三次产业…分别为a、b、c) gives each figure its part (metric step)."""

import pytest

from extract.pipeline import extract_claims

# (genre, text, region, metrics in order)
_COLLECTIVES = [
    # a county's statistics communiqué
    (
        "statistics",
        "三次产业增加值占GDP的比重分别为18.1%、18.7%、63.2%。",
        "陇西县",
        ["第一产业增加值占GDP的比重", "第二产业增加值占GDP的比重", "第三产业增加值占GDP的比重"],
    ),
    (
        "statistics",
        "全年三次产业增加值分别增长3.1%、5.2%和6.3%。",
        "芜湖市",
        ["第一产业增加值", "第二产业增加值", "第三产业增加值"],
    ),
    # a work report: the sector stays in front when the rest of the phrase drops it
    (
        "work report",
        "三次产业对经济增长的贡献率分别为8.2%、35.1%和56.7%。",
        "邯郸市",
        ["第一产业贡献率", "第二产业贡献率", "第三产业贡献率"],
    ),
]


@pytest.mark.parametrize(("genre", "text", "region", "metrics"), _COLLECTIVES)
def test_each_figure_after_a_collective_is_its_parts(genre, text, region, metrics):
    assert [c.metric for c in extract_claims(text, region=region)] == metrics, genre


# as many figures as the collective has parts, or none of this
def test_a_collective_with_fewer_figures_than_parts_shares_its_phrase():
    claims = extract_claims("三次产业增加值分别增长3.1%和5.2%。", region="芜湖市")
    assert len({c.metric for c in claims}) == 1
