"""Ctrl-C at any moment and a database in a read-only folder end in one line, never a traceback
(issue 27, item 6): exit 130 for Ctrl-C, 1 for a failure."""

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from extract import cli, store

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "data" / "corpus"


def interruptible() -> None:
    """Run in the child before exec: Ctrl-C interrupts it, as from a terminal, even when this test
    run was started where SIGINT is ignored (a background job of a non-interactive shell)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "kb.duckdb"
    store.connect(path).close()
    return path


def test_a_folder_the_writer_marker_cannot_be_written_in_is_no_traceback(db, capsys, monkeypatch):
    """As in a read-only folder (root writes anywhere: the refusal is simulated where claimkb meets it)."""
    unlink, write_text = Path.unlink, Path.write_text

    def refused(call):
        def wrapped(self, *args, **kwargs):
            if self.name.endswith(".writer-waiting"):
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))
            return call(self, *args, **kwargs)

        return wrapped

    monkeypatch.setattr(Path, "unlink", refused(unlink))
    monkeypatch.setattr(Path, "write_text", refused(write_text))
    page = db.with_name("page.txt")
    page.write_text("单县新建驿站16处。", encoding="utf-8")
    assert cli.main(["check", "--db", str(db)]) == 0
    assert cli.main(["ingest", str(page), "--db", str(db), "--no-progress"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a read-only folder: the test above simulates it")
def test_a_database_in_a_read_only_folder_is_one_line(db, capsys):
    folder = db.parent
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        for command in (["check"], ["ingest", str(CORPUS)]):
            assert cli.main([*command, "--db", str(db)]) == 1
            err = capsys.readouterr().err
            assert len(err.splitlines()) == 1 and str(db) in err
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)


def _interrupted(*args, **kwargs):
    raise RuntimeError("Query interrupted")  # what DuckDB's Python module raises when Ctrl-C comes while it works


@pytest.mark.parametrize("command", [["check"], ["stats"], ["export", "--format", "csv"], ["ingest", str(CORPUS)]])
def test_ctrl_c_while_duckdb_opens_the_file_is_an_interrupt(db, capsys, monkeypatch, command):
    monkeypatch.setattr(duckdb, "connect", _interrupted)
    assert cli.main([*command, "--db", str(db)]) == 130
    assert capsys.readouterr().err == "claimkb: interrupted\n"


@pytest.mark.parametrize("command", [["check"], ["ingest", str(CORPUS)]])
def test_ctrl_c_while_the_database_is_created_is_an_interrupt(tmp_path, capsys, monkeypatch, command):
    db = tmp_path / "kb.duckdb"
    duckdb.connect(str(db)).close()  # an empty file: claimkb's tables are being created in it
    monkeypatch.setattr(store, "fill_places", _interrupted)
    assert cli.main([*command, "--db", str(db)]) == 130
    assert capsys.readouterr().err == "claimkb: interrupted\n"


class _InterruptedWhileDropped:
    """An object whose cleanup Python runs for itself, as the import system's module-lock callback: a
    KeyboardInterrupt raised there is printed as "Exception ignored in …" with a traceback, and lost."""

    def __del__(self) -> None:
        raise KeyboardInterrupt


def _drops_an_interrupted_object(args) -> int:
    _InterruptedWhileDropped()
    for _ in range(200):  # an interrupt delivered again arrives at the next check of pending signals
        time.sleep(0.01)
    return 0


def test_ctrl_c_lost_in_a_callback_of_python_is_still_one_line_and_exit_130(capsys, monkeypatch):
    monkeypatch.setattr(cli, "run_extract", _drops_an_interrupted_object)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C as from a terminal
    try:
        status = cli.main(["extract", str(CORPUS)])
    finally:
        signal.signal(signal.SIGINT, previous)
    assert status == 130
    assert capsys.readouterr().err == "claimkb: interrupted\n"


@pytest.mark.parametrize("delay", [0.4, 0.8, 1.2, 1.8])
def test_ctrl_c_at_any_moment_of_an_ingest_is_one_line_and_exit_130(tmp_path, delay):
    """The signal goes to the whole process group, as a terminal's Ctrl-C does: during the imports,
    while the database is created, or while batches are stored."""
    process = subprocess.Popen(
        [sys.executable, "-m", "extract", "ingest", str(CORPUS), "--db", str(tmp_path / "kb.duckdb")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=interruptible,
    )  # fmt: skip
    time.sleep(delay)
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 1, err
    # the status a shell reports: CPython itself ends by the signal (128 + 2) when the interrupt came
    # while an extension ran Python code of its own (PyRun_String), whatever main returned
    status = process.returncode if process.returncode >= 0 else 128 - process.returncode
    if "added" in out and not err:  # the ingest was done before the signal reached claimkb's code
        assert status in (0, 130)
        return
    assert status == 130 and "interrupted" in err, (process.returncode, err)


class _InterruptedWhenNamed:
    """A descriptor whose __set_name__ meets Ctrl-C, as dataclasses' do while a command imports its
    libraries: Python 3.11 raises RuntimeError("Error calling __set_name__ …") from the interrupt."""

    def __set_name__(self, owner: type, name: str) -> None:
        raise KeyboardInterrupt


def _defines_a_class_while_interrupted(args) -> int:
    type("Imported", (), {"field": _InterruptedWhenNamed()})
    return 0


def test_ctrl_c_wrapped_in_another_error_by_python_is_one_line_and_exit_130(capsys, monkeypatch):
    monkeypatch.setattr(cli, "run_extract", _defines_a_class_while_interrupted)
    assert cli.main(["extract", str(CORPUS)]) == 130
    assert capsys.readouterr().err == "claimkb: interrupted\n"


def test_an_error_with_no_interrupt_behind_it_is_still_raised(monkeypatch):
    def fails(args) -> int:
        raise RuntimeError("a bug") from ValueError("its cause")

    monkeypatch.setattr(cli, "run_extract", fails)
    with pytest.raises(RuntimeError, match="a bug"):
        cli.main(["extract", str(CORPUS)])
