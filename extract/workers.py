"""The pipeline on every core: pieces of documents extracted in worker processes, in input order.

`Extractor(work, jobs).run(items, pieces_of)` yields each item with the results of `work` on its
pieces, in the order the items came, whatever order the workers finish in: an ingest with several
jobs stores the same rows in the same order as one with a single job. With jobs=1 the work runs in
this process.

On Linux the workers are forked from a parent that has built the pipeline, when the pool starts
(enter the Extractor before opening the database: a child forked while the parent's DuckDB or
progress-bar threads run could inherit a lock mid-use); they start at once and share the parent's
lexicons. Elsewhere they are spawned and build their own. They ignore Ctrl-C; the parent, on
Ctrl-C, cancels what has not started and waits for the pieces being extracted (a fraction of a
second each).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Generic, TypeVar

from extract import user_lexicon
from extract.pipeline import Piece, build_pipeline

Item = TypeVar("Item")
Result = TypeVar("Result")
# text sent ahead per worker: work for a second or so, which keeps the workers busy while the parent
# stores a batch, and bounds the memory the documents in flight take
CHARS_IN_FLIGHT_PER_JOB = 1_000_000


class WorkerDied(Exception):
    """A worker process ended without answering (killed, out of memory)."""


def available_cores() -> int:
    """The cores this process may run on (a container's or a job scheduler's share, not the machine's)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _start_method() -> str:
    return "fork" if sys.platform.startswith("linux") else "spawn"


class Extractor(Generic[Item, Result]):
    """Runs `work` (a picklable function of one piece) on documents' pieces; a context manager."""

    def __init__(self, work: Callable[[Piece], Result], jobs: int = 1) -> None:
        self.work = work
        self.jobs = max(1, jobs)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Extractor[Item, Result]:
        if self.jobs > 1:
            method = _start_method()
            if method == "fork":
                build_pipeline()  # inherited by the workers
                # what the parent holds now is not collected in the children: a collection writes to
                # every object it visits, which copies the shared pages into each worker
                gc.freeze()
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=multiprocessing.get_context(method),
                initializer=_start_worker,
                initargs=(user_lexicon.active(),),
            )
            # the first task starts every (forked) worker: now, before the caller opens anything
            self._pool.submit(build_pipeline).result()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            # on an error or Ctrl-C: what has not started is dropped, what runs finishes
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def run(
        self, items: Iterable[Item], pieces_of: Callable[[Item], list[Piece] | None]
    ) -> Iterator[tuple[Item, list[Result] | Exception | None]]:
        """Each item with the results of its pieces, in order, or the exception that stopped one of
        them; None for an item with no pieces (pieces_of gave None: an input error to pass on in
        order)."""
        if self._pool is None:
            for item in items:
                yield item, self._here(item, pieces_of)
            return
        # (item, its pieces' futures or its error, characters sent), in input order
        pending: deque[tuple[Item, list[Future[Result]] | Exception | None, int]] = deque()
        in_flight = 0  # characters sent and not yet answered
        limit = self.jobs * CHARS_IN_FLIGHT_PER_JOB
        for item in items:
            try:
                work = pieces_of(item)
            except Exception as err:  # one document's failure must not stop the corpus
                pending.append((item, err, 0))
                continue
            futures = None if work is None else [self._pool.submit(self.work, piece) for piece in work]
            size = sum(len(piece.text) for piece in work or [])
            pending.append((item, futures, size))
            in_flight += size
            while pending and (in_flight >= limit or not isinstance(pending[0][1], list)):
                head, work_of_head, size = pending.popleft()
                in_flight -= size
                yield _answer(head, work_of_head)
        while pending:
            head, work_of_head, _ = pending.popleft()
            yield _answer(head, work_of_head)

    def _here(self, item: Item, pieces_of: Callable[[Item], list[Piece] | None]) -> list[Result] | Exception | None:
        try:
            work = pieces_of(item)
            return None if work is None else [self.work(piece) for piece in work]
        except Exception as err:  # one document's failure must not stop the corpus
            return err


def _answer(item: Item, work: list[Future[Result]] | Exception | None) -> tuple[Item, list[Result] | Exception | None]:
    """The item with its pieces' results (waiting for them)."""
    if not isinstance(work, list):
        return item, work
    try:
        return item, [future.result() for future in work]
    except BrokenProcessPool as err:
        raise WorkerDied("a worker process ended without answering (killed, or out of memory?)") from err
    except Exception as err:  # the pipeline failed on this document
        for future in work:
            future.cancel()
        return item, err


PARENT_CHECK_SECONDS = 1.0


def _start_worker(lexicon: user_lexicon.UserLexicon | None) -> None:
    # the parent's user lexicon, validated there (a forked worker has it already; a spawned one not)
    user_lexicon.activate(lexicon)
    # Ctrl-C reaches the whole process group: the parent decides, the workers finish their piece
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(os.getppid(),), daemon=True, name="claimkb-parent-watch").start()
    build_pipeline()


def _exit_with(parent: int) -> None:
    """End this worker when its parent is gone (killed with SIGKILL, it cannot stop its workers): a
    forked worker holds its own copy of the task pipe open, so it would otherwise wait forever."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
