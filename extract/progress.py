"""The progress bar the long commands show on standard error (ingest, check, export): only on a terminal
unless asked, and only after a second of work, so a short run prints nothing."""

from __future__ import annotations

import sys

from tqdm import tqdm

PROGRESS_DELAY = 1.0  # seconds of work before the bar shows


def progress_bar(unit: str, show: bool | None = None) -> tqdm:
    """A bar counting `unit`; `show` True always (at once), False never, None on a terminal after
    PROGRESS_DELAY seconds."""
    visible = show if show is not None else sys.stderr.isatty()
    return tqdm(unit=f" {unit}", disable=not visible, delay=0 if show else PROGRESS_DELAY, file=sys.stderr)
