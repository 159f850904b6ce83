"""A command's start-up (issue 32): what its imports build lives until the process ends.

Python's cyclic garbage collector runs every few hundred allocations, and every so often walks every
object there is. Importing spaCy and the pipeline's modules makes hundreds of thousands of objects,
none of them garbage; the collections walked them all again during the imports, again when the first
document built the gazetteer, and once more when the process exited: a quarter of a second of
`claimkb extract` on one sentence.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived() -> Iterator[None]:
    """Runs the block (the imports a command needs) with the collector paused, then freezes every object
    there is (gc.freeze): no later collection, nor the one at exit, walks them again. What the command
    makes after the block is collected as before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
