from datetime import date

import pytest

from extract.dashboard.charts import bar_chart, line_chart, short_number


@pytest.mark.parametrize(  # fmt: skip
    ("value", "text"),
    [
        (465, "465"),
        (93.02, "93.02"),
        (40410000, "4041万"),
        (67000, "6.7万"),
        (1.2e8, "1.2亿"),
        (-25000, "-2.5万"),
        (456_780_000_000, "4567.8亿"),
        (12_345_678, "1234.57万"),
    ],
)
def test_short_number(value, text):
    assert short_number(value) == text


def test_bar_chart_draws_a_bar_per_label_with_escaped_text():
    svg = str(bar_chart(["定陶区", "<script>x</script>"], [50, 16], "处", "驿站"))
    assert svg.startswith("<svg") and svg.count("<rect") == 2
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "定陶区" in svg and "50处" in svg
    assert str(bar_chart([], [])) == ""


def test_line_chart_has_a_line_per_series_and_a_point_per_figure():
    svg = str(
        line_chart({"东明县": [(date(2023, 12, 31), 400), (date(2024, 3, 5), 460)], "单县": [(date(2024, 1, 1), 10)]})
    )
    assert svg.count("<polyline") == 2 and svg.count("<circle") == 3
    assert "2023-12-31" in svg and "2024-03-05" in svg and "东明县" in svg
    assert str(line_chart({})) == ""
    one = str(line_chart({"a": [(date(2024, 1, 1), 1)]}))
    assert 'cx="345.0"' in one  # a single date sits in the middle


def test_a_line_charts_points_link_to_their_claims():
    series = {"单县": [(date(2023, 1, 1), 10.0), (date(2024, 1, 1), 12.0)]}
    svg = str(line_chart(series, "个", "t", links={("单县", date(2024, 1, 1)): "/claim/abc"}))
    assert svg.count('<a href="/claim/abc">') == 1 and svg.count("<circle") == 2
