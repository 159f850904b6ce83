"""A writer's marker left by a writer that was killed holds no reader back (issue 27, item 7)."""

import os
import subprocess
import sys
import time

import pytest

from extract import store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kb.duckdb"
    store.connect(path).close()
    return path


def _dead_pid() -> int:
    """The id of a process that has ended (reused by another before the test reads it: unlikely)."""
    process = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(process.stdout)


def test_a_reader_opens_at_once_past_the_marker_of_a_writer_that_is_gone(db):
    store.writer_marker(db).write_text(str(_dead_pid()), encoding="utf-8")  # fresh: written this moment
    started = time.monotonic()
    store.connect(db, sandboxed=True).close()  # a dashboard request's connection
    store.connect(db, read_only=True).close()
    assert time.monotonic() - started < 2


def test_a_reader_still_waits_for_a_writer_that_is_alive(db, monkeypatch):
    monkeypatch.setattr(store, "READER_WAIT_SECONDS", 0.5)
    store.writer_marker(db).write_text(str(os.getpid()), encoding="utf-8")
    started = time.monotonic()
    store.connect(db, read_only=True).close()
    assert time.monotonic() - started >= 0.5
