"""Charts as inline SVG, drawn on the server: no script, no CDN, Chinese labels as real text.

Pure functions from numbers to markup, so pages work offline and in any browser, and the charts
can be tested without one.
"""

from __future__ import annotations

from datetime import date
from html import escape

from markupsafe import Markup

FONT = "'Noto Sans CJK SC','WenQuanYi Zen Hei','Microsoft YaHei','PingFang SC',sans-serif"
PALETTE = ("#3b6ea8", "#d0733a", "#4f9a5b", "#a64d79", "#8c7a2b", "#5a5a5a")


def short_number(value: float) -> str:
    """4041万 for 40410000, 4567.8亿 for 456,780,000,000, 93.02 for 93.02: labels a reader of Chinese
    figures expects, keeping what the figure printed (two decimals at most, never rounded to 4568亿)."""
    magnitude = abs(value)
    if magnitude >= 1e8:
        return f"{_plain(value / 1e8)}亿"
    if magnitude >= 1e4:
        return f"{_plain(value / 1e4)}万"
    return _plain(value)


def _plain(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def bar_chart(labels: list[str], values: list[float], unit: str = "", title: str = "", width: int = 640) -> Markup:
    """Horizontal bars, one per label, longest first as given."""
    if not labels:
        return Markup("")
    row, label_width, value_width = 24, 170, 80
    height = row * len(labels) + 30
    top = max(max(values), 0) or 1
    plot = width - label_width - value_width
    parts = [_open(width, height, title)]
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = 24 + index * row
        length = max(value, 0) / top * plot
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end">{escape(_clip(label, 14))}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{length:.1f}" height="{row - 7}" fill="{PALETTE[0]}">'
            f"<title>{escape(label)}: {escape(short_number(value))}{escape(unit)}</title></rect>"
            f'<text x="{label_width + length + 4:.1f}" y="{y + 15}">{escape(short_number(value))}{escape(unit)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def line_chart(
    series: dict[str, list[tuple[date, float]]],
    unit: str = "",
    title: str = "",
    width: int = 640,
    links: dict[tuple[str, date], str] | None = None,
) -> Markup:
    """One line per series over dates; points carry their value in a tooltip, and link to `links`'
    address for their (series, date) when given (each figure's claim page)."""
    points = [p for values in series.values() for p in values]
    if not points:
        return Markup("")
    height, left, right, top_margin, bottom = 260, 70, 20, 28, 40
    days = [d.toordinal() for d, _ in points]
    low_day, high_day = min(days), max(days)
    high = max(max(v for _, v in points), 0) or 1
    low = min(min(v for _, v in points), 0)

    def x(day: date) -> float:
        if high_day == low_day:  # one date: in the middle
            return (left + width - right) / 2
        return left + (day.toordinal() - low_day) / (high_day - low_day) * (width - left - right)

    def y(value: float) -> float:
        return top_margin + (1 - (value - low) / ((high - low) or 1)) * (height - top_margin - bottom)

    parts = [_open(width, height, title)]
    parts.append(
        f'<line x1="{left}" y1="{y(low)}" x2="{width - right}" y2="{y(low)}" stroke="#999"/>'
        f'<text x="{left - 6}" y="{y(high) + 4:.1f}" text-anchor="end">{escape(short_number(high) + unit)}</text>'
        f'<text x="{left - 6}" y="{y(low) + 4:.1f}" text-anchor="end">{escape(short_number(low))}</text>'
        f'<text x="{left}" y="{height - 12}">{date.fromordinal(low_day).isoformat()}</text>'
        f'<text x="{width - right}" y="{height - 12}" text-anchor="end">{date.fromordinal(high_day).isoformat()}</text>'
    )
    for index, (name, values) in enumerate(series.items()):
        colour = PALETTE[index % len(PALETTE)]
        ordered = sorted(values)
        path = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in ordered)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for d, v in ordered:
            point = (
                f'<circle cx="{x(d):.1f}" cy="{y(v):.1f}" r="3.5" fill="{colour}">'
                f"<title>{escape(name)} {d.isoformat()}: {escape(short_number(v))}{escape(unit)}</title></circle>"
            )
            href = (links or {}).get((name, d))
            parts.append(f'<a href="{escape(href)}">{point}</a>' if href else point)
        parts.append(
            f'<rect x="{left + 10 + index * 110}" y="6" width="10" height="10" fill="{colour}"/>'
            f'<text x="{left + 24 + index * 110}" y="15">{escape(_clip(name, 7))}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _open(width: int, height: int, title: str) -> str:
    return (
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" width="{width}"'
        f' height="{height}" xmlns="http://www.w3.org/2000/svg" font-family="{FONT}" font-size="13">'
        f"<title>{escape(title)}</title>"
    )


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
