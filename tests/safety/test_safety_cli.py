"""points-tracker-cli backup, restore, backups and restore-latest; damaged and busy files."""

from __future__ import annotations

import shutil
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest

from tests.safety.helpers import assert_plain, damage, fill
from tracker.cli.main import main
from tracker.store import sqlite_errors
from tracker.store.backup_files import list_backups
from tracker.store.connection import close_database, open_database
from tracker.store.lock import AppLock
from tracker.store.repository import list_orders

TODAY = date(2026, 11, 24)


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data" / "points.sqlite3"
    monkeypatch.setenv("POINTS_TRACKER_DB", str(path))
    return path


def run(*args: str) -> int:
    return main(list(args), today=TODAY)


def _orders(db_path: Path) -> int:
    db = open_database(db_path)
    count = len(list_orders(db))
    close_database()
    return count


def _filled(db_path: Path, count: int = 300) -> None:
    db = open_database(db_path)
    fill(db, count)
    close_database()


def test_backup_writes_a_copy_and_never_over_an_existing_file(db_path: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    _filled(db_path, 5)
    target = tmp_path / "copy.sqlite3"

    assert run("backup", str(target)) == 0
    assert capsys.readouterr().out == f"Saved a backup of {db_path} to {target}.\n"
    assert _orders(target) == 5

    assert run("backup", str(target)) == 2
    assert "already exists; choose another name, or add --replace" in capsys.readouterr().err
    assert run("backup", "--replace", str(target)) == 0
    assert run("backup", str(tmp_path)) == 2
    assert "is a folder" in capsys.readouterr().err
    assert run("backup", str(db_path)) == 2
    assert "is the database itself" in capsys.readouterr().err


def test_restore_says_where_the_previous_file_went(db_path: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    _filled(db_path, 5)
    run("backup", str(tmp_path / "copy.sqlite3"))
    run("add", "order", "--date", "2026-11-01", "--amount", "10", "--order-no", "later")
    capsys.readouterr()

    assert run("restore", str(tmp_path / "copy.sqlite3")) == 0

    out = capsys.readouterr().out.strip()
    assert out.startswith(f"Restored {db_path} from {tmp_path / 'copy.sqlite3'}. The previous file was kept as ")
    kept = Path(out.rsplit(" as ", 1)[1].rstrip("."))
    assert kept.parent == db_path.parent / "backups" and _orders(kept) == 6
    assert _orders(db_path) == 5
    assert "\n" not in out


def test_restore_refuses_a_file_it_cannot_use_as_bad_input(db_path: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    _filled(db_path, 5)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 100)
    newer = tmp_path / "newer.sqlite3"
    _filled(newer, 1)
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db_path.read_bytes()

    assert run("restore", str(notes)) == 2
    assert run("restore", str(newer)) == 2
    assert run("restore", str(tmp_path / "missing.sqlite3")) == 2

    errors = capsys.readouterr().err.strip().split("\n")
    assert len(errors) == 3 and all("Nothing was changed" in line for line in errors)
    assert "newer Points Tracker" in errors[1]
    assert db_path.read_bytes() == before


def test_restore_is_refused_while_the_window_has_the_file_open(db_path: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    _filled(db_path, 5)
    run("backup", str(tmp_path / "copy.sqlite3"))
    capsys.readouterr()
    with AppLock(db_path):
        assert run("restore", str(tmp_path / "copy.sqlite3")) == 1
        assert run("restore-latest") == 1
    err = capsys.readouterr().err
    assert "is open in another Points Tracker" in err
    assert_plain(err.split("\n")[0].replace(str(db_path), "").replace(str(db_path) + ".lock", ""))


def test_backups_lists_the_automatic_ones(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("backups") == 0
    assert capsys.readouterr().out.startswith(f"No automatic backups of {db_path} yet")
    run("add", "visit")  # opening the file makes the day's backup
    run("add", "visit", "--date", "2026-11-23")  # once a day only
    capsys.readouterr()

    assert run("backups") == 0

    (line,) = capsys.readouterr().out.strip().split("\n")
    assert "daily" in line and line.endswith(f"points-{date.today().isoformat()}.sqlite3")


def test_the_daily_backup_can_be_turned_off_and_kept_shorter(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("settings", "backup_keep", "0") == 2
    assert "from 1 to 365" in capsys.readouterr().err
    assert run("settings", "backup_daily", "maybe") == 2
    assert run("settings", "backup_daily", "false") == 0
    assert run("settings", "backup_keep", "3") == 0
    for made in list_backups(db_path):  # by the commands above, before the setting took effect
        made.path.unlink()
    run("add", "visit")
    assert list_backups(db_path) == []


def test_a_damaged_file_is_explained_and_restore_latest_brings_the_backup_back(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _filled(db_path)
    assert run("status") == 0  # makes today's backup
    damage(db_path)
    damaged = db_path.read_bytes()
    capsys.readouterr()

    assert run("status") == 1
    (message,) = capsys.readouterr().err.strip().split("\n")
    assert f"{db_path} is damaged" in message
    assert "The latest good backup is" in message
    assert message.endswith("Run `points-tracker-cli restore-latest` to set the damaged file aside and restore it.")

    assert run("restore-latest") == 0
    out = capsys.readouterr().out.strip()
    assert "The damaged file was set aside as " in out
    aside = Path(out.rsplit(" as ", 1)[1].rstrip("."))
    assert aside.read_bytes() == damaged
    assert _orders(db_path) == 300
    assert run("status") == 0


def test_restore_latest_without_a_backup_changes_nothing(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _filled(db_path)
    damage(db_path)
    before = db_path.read_bytes()
    assert run("restore-latest") == 1
    assert "No good automatic backup" in capsys.readouterr().err
    assert db_path.read_bytes() == before


def test_a_busy_database_makes_the_cli_wait_then_say_so(db_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    _filled(db_path, 1)
    monkeypatch.setattr(sqlite_errors, "BUSY_TIMEOUT_SECONDS", 0.3)
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    try:
        assert run("add", "visit") == 1
        waited = time.monotonic() - started
        assert run("status") == 0  # reading does not wait for a writer
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert 0.25 < waited < 5
    err = capsys.readouterr().err.strip()
    assert err == (
        f"points-tracker-cli: add: {db_path} is in use by another program and stayed busy for 0.3 seconds. "
        "Close the other program or window and try again."
    )


def test_exporting_everything_from_a_real_file_and_importing_it_gives_the_same_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "schema-v1.sqlite3"
    first = tmp_path / "first.sqlite3"
    shutil.copyfile(fixture, first)
    monkeypatch.setenv("POINTS_TRACKER_DB", str(first))
    figures = [run("status", "--json", "--as-of", day) for day in ("2026-06-30", "2026-12-01")]
    assert figures == [0, 0]
    before = capsys.readouterr().out
    for what in ("orders", "activity", "promotions"):
        assert run("export", what, str(tmp_path / f"{what}.csv")) == 0
    exported = (tmp_path / "orders.csv").read_text(encoding="utf-8-sig")
    assert "''=Formula Store" in exported  # a store whose name starts with '= stays text, and intact

    monkeypatch.setenv("POINTS_TRACKER_DB", str(tmp_path / "second.sqlite3"))
    for what in ("orders", "activity", "promotions"):
        assert run("import", str(tmp_path / f"{what}.csv")) == 0
    run("settings", "confirmation_lag_days", "15")  # settings travel in the database, not the CSV files
    run("settings", "include_pending", "true")
    capsys.readouterr()
    for day in ("2026-06-30", "2026-12-01"):
        run("status", "--json", "--as-of", day)
    assert capsys.readouterr().out == before
    db = open_database(tmp_path / "second.sqlite3")
    assert "'=Formula Store" in {row.store for row in list_orders(db)}
    close_database()


@pytest.mark.parametrize("amount", ["1e100", "9" * 40, "NaN", "-0.001"])
def test_an_absurd_amount_on_the_command_line_is_bad_input(amount: str, db_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    with pytest.raises(SystemExit) as caught:
        run("add", "order", "--date", "2026-01-01", "--amount", amount)
    assert caught.value.code == 2
    assert_plain(capsys.readouterr().err.strip())


def test_a_backup_to_a_tilde_naming_no_user_is_written_under_that_name(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(db_path, 3)
    monkeypatch.chdir(tmp_path)
    assert run("backup", "~0") == 0  # was "unexpected error": Path.expanduser() raised RuntimeError
    assert (tmp_path / "~0").is_file()
