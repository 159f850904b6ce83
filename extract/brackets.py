"""Brackets in running text (（）, (), 〔〕, []): which figures sit inside one. The checks and the metric
and subject steps all ask it, of a clause or of the text between two figures."""

from __future__ import annotations

OPENING = "（(〔["
CLOSING = "）)〕]"


def balance(text: str) -> int:
    """Brackets opened in `text` less those closed: positive when it leaves some open, negative when it
    closes some opened before it."""
    # written out, not summed over OPENING and CLOSING: the metric and subject steps ask it of every
    # figure, and the generators were most of its cost
    opened = text.count("（") + text.count("(") + text.count("〔") + text.count("[")
    return opened - text.count("）") - text.count(")") - text.count("〕") - text.count("]")


def last_open(text: str) -> int | None:
    """The offset of the innermost bracket still open at the end of `text`, if any."""
    opened: list[int] = []
    for i, char in enumerate(text):
        if char in OPENING:
            opened.append(i)
        elif char in CLOSING and opened:
            opened.pop()
    return opened[-1] if opened else None
