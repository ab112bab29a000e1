"""The log file both front ends write (tracker/logs.py): private, rotated, quiet when it cannot
be written, and free of the libraries' chatter."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from tracker import logs


def test_lines_are_appended_with_time_level_and_module(log_file: Path) -> None:
    logs.configure(debug=False, file_level=logging.INFO)
    logging.getLogger("tracker.store.backup").info("first")
    logs.configure(debug=False, file_level=logging.INFO)  # the next run appends
    logging.getLogger("tracker.store.backup").info("second")
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert [line.split(" ", 2)[2] for line in lines] == [
        f"INFO tracker.store.backup [{os.getpid()}] first",
        f"INFO tracker.store.backup [{os.getpid()}] second",
    ]


def test_nothing_is_written_below_the_file_level_and_no_file_is_made(log_file: Path) -> None:
    logs.configure(debug=False, file_level=logging.WARNING)
    logging.getLogger("tracker.store.connection").info("Opened points.sqlite3")
    logs.current_log().flush()  # type: ignore[union-attr]
    assert not log_file.exists()
    logging.getLogger("tracker.cli").warning("the backup was not made")
    assert "WARNING tracker.cli" in log_file.read_text(encoding="utf-8")


def test_debug_writes_debugging_details_to_the_file_and_stderr_but_not_the_libraries(
    log_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logs.configure(debug=True, file_level=logging.WARNING)
    logging.getLogger("tracker.importing.plan").debug("orders.csv read as csv")
    logging.getLogger("peewee").debug("('SELECT 1', [])")
    logging.getLogger("filelock").debug("Attempting to acquire lock")
    written = log_file.read_text(encoding="utf-8")
    assert "DEBUG tracker.importing.plan" in written and "orders.csv read as csv" in written
    assert "peewee" not in written and "filelock" not in written
    err = capsys.readouterr().err
    assert "orders.csv read as csv" in err and "SELECT" not in err


def test_a_second_configure_replaces_the_first(log_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure(debug=True, file_level=logging.WARNING)
    logs.configure(debug=True, file_level=logging.WARNING)
    logging.getLogger("tracker").debug("once")
    assert log_file.read_text(encoding="utf-8").count("once") == 1
    assert capsys.readouterr().err.count("once") == 1
    assert sum(isinstance(handler, logs.LogFile) for handler in logging.getLogger().handlers) == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_log_and_its_folder_are_the_users_only(log_file: Path) -> None:
    old = os.umask(0)
    try:
        logs.configure(debug=False, file_level=logging.INFO)
        logging.getLogger("tracker").error("a traceback")
    finally:
        os.umask(old)
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_log_is_rotated_past_its_size_keeping_one_older_file_private_too(
    log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    logs.configure(debug=False, file_level=logging.INFO)
    for number in range(100):
        logging.getLogger("tracker").info("line %d %s", number, "x" * 50)
    older = log_file.with_name(log_file.name + ".1")
    assert older.exists() and not log_file.with_name(log_file.name + ".2").exists()
    assert log_file.stat().st_size <= 2_000 and older.stat().st_size <= 2_000
    assert "line 99 " in log_file.read_text(encoding="utf-8")
    assert stat.S_IMODE(log_file.stat().st_mode) == stat.S_IMODE(older.stat().st_mode) == 0o600


def test_a_log_that_cannot_be_written_is_given_up_without_a_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log's folder should be")
    log_file = logs.configure(debug=False, file_level=logging.INFO, path=blocker / "points-tracker.log")
    try:
        raise ValueError("boom")
    except ValueError as error:
        assert logs.log_unexpected((ValueError, error, error.__traceback__)) is None
    assert log_file.failed
    assert capsys.readouterr().err == ""  # no "--- Logging error ---" from the logging module


def test_log_unexpected_says_where_the_traceback_went(log_file: Path) -> None:
    logs.configure(debug=False, file_level=logging.WARNING)
    try:
        {}["missing"]
    except KeyError as error:
        assert logs.log_unexpected((KeyError, error, error.__traceback__), where="status") == log_file
    written = log_file.read_text(encoding="utf-8")
    assert f"ERROR tracker [{os.getpid()}] Unexpected error in status" in written and "KeyError: 'missing'" in written


def test_stop_logging_leaves_other_handlers_alone(caplog: pytest.LogCaptureFixture) -> None:
    logs.configure(debug=True, file_level=logging.INFO)
    logs.stop_logging()
    assert logs.current_log() is None
    assert caplog.handler in logging.getLogger().handlers
