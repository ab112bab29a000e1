"""The command line's log: silent on an ordinary run, one line and a logged traceback for a bug,
everything with --debug (tracker/logs.py)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest

from tracker.cli import main as cli_main
from tracker.cli.main import main

TODAY = date(2026, 11, 24)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "points.sqlite3"
    monkeypatch.setenv("POINTS_TRACKER_DB", str(path))
    return path


def _a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    def status(args: argparse.Namespace, today: date) -> int:
        return 1 // 0

    monkeypatch.setitem(cli_main.COMMANDS, "status", status)


@pytest.mark.usefixtures("db")
def test_an_ordinary_run_leaves_no_log(log_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status"], today=TODAY) == 0
    assert main(["add", "visit", "--date", "2026-11-20"], today=TODAY) == 0
    assert not log_file.exists()
    assert capsys.readouterr().err == ""


@pytest.mark.usefixtures("db")
def test_an_unexpected_error_is_one_line_naming_the_log_that_holds_the_traceback(
    log_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _a_bug(monkeypatch)
    assert main(["status"], today=TODAY) == 3
    err = capsys.readouterr().err
    assert err == (
        "points-tracker-cli: status: unexpected error (ZeroDivisionError: integer division or modulo by zero); "
        f"the details are in {log_file}\n"
    )
    written = log_file.read_text(encoding="utf-8")
    assert "Unexpected error in status" in written
    assert "Traceback" in written and "return 1 // 0" in written


@pytest.mark.usefixtures("db")
def test_with_debug_the_traceback_is_printed_and_every_step_logged(
    log_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["--debug", "add", "visit", "--date", "2026-11-20"], today=TODAY) == 0
    err = capsys.readouterr().err
    assert "INFO tracker.store.connection" in err and "Opened " in err
    assert "INFO tracker.store.backup" in err and "Made the daily backup" in err
    assert "peewee" not in err  # the libraries' debugging chatter stays out
    assert "Opened " in log_file.read_text(encoding="utf-8")

    _a_bug(monkeypatch)
    assert main(["--debug", "status"], today=TODAY) == 3
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "ZeroDivisionError" in err
    assert err.rstrip().endswith(f"the details are in {log_file}")


@pytest.mark.usefixtures("db")
def test_when_the_log_cannot_be_written_the_line_says_how_to_see_the_details(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setattr("tracker.logs.log_path", lambda: blocker / "points-tracker.log")
    _a_bug(monkeypatch)
    assert main(["status"], today=TODAY) == 3
    assert capsys.readouterr().err == (
        "points-tracker-cli: status: unexpected error (ZeroDivisionError: integer division or modulo by zero); "
        "run it again with --debug to see the details\n"
    )


def test_a_warning_goes_to_the_log_as_well_as_to_stderr(
    db: Path, log_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (db.parent / "backups").write_text("a file where the backups folder should be")
    assert main(["status"], today=TODAY) == 0
    assert "warning: today's automatic backup was not made" in capsys.readouterr().err
    assert "WARNING tracker.cli.database" in log_file.read_text(encoding="utf-8")


@pytest.mark.usefixtures("db")
def test_ctrl_c_stops_a_command_with_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def status(args: argparse.Namespace, today: date) -> int:
        raise KeyboardInterrupt

    monkeypatch.setitem(cli_main.COMMANDS, "status", status)
    assert main(["status"], today=TODAY) == 130
    assert capsys.readouterr().err == "points-tracker-cli: status: interrupted\n"
