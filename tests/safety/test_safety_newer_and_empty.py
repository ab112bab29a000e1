"""A file written by a newer Points Tracker is never changed, not even by a restore or a dry run;
a zero-length file of ours is damaged, not new, when its backups hold the data."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.safety.helpers import fill
from tracker.cli.main import main
from tracker.store.backup import backup_database
from tracker.store.backup_files import latest_good_backup, list_backups
from tracker.store.connection import close_database, open_database
from tracker.store.paths import daily_backup_path
from tracker.store.peek import empty_but_backed_up
from tracker.store.repository import count_orders

TODAY = date(2026, 11, 24)
ORDERS_CSV = (
    "order_no,order_date,status,confirmed_date,items_usd,discount_usd,shipping_usd,refund_usd,refund_date,"
    "category,store,item,product_id\n8001,2026-01-10,confirmed,2026-01-30,42.00,,,,,Toys,,,\n"
)


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data" / "points.sqlite3"
    monkeypatch.setenv("POINTS_TRACKER_DB", str(path))
    return path


def run(*args: str) -> int:
    code = main(list(args), today=TODAY)
    close_database()
    return code


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes (but the lock file, which only holds the OS lock)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith(".lock")
    }


def filled(db_path: Path, count: int = 300) -> None:
    db = open_database(db_path)
    fill(db, count)
    close_database()


def make_newer(db_path: Path) -> None:
    """Stamp the (closed) file as a newer Points Tracker would, leaving it in WAL mode."""
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    assert not Path(f"{db_path}-wal").exists()


def orders_in(path: Path) -> int:
    db = open_database(path)
    try:
        return count_orders(db)
    finally:
        close_database()


# --- a file of a newer version -----------------------------------------------------------------


@pytest.mark.parametrize("command", ["restore", "restore-latest"])
def test_no_restore_ever_changes_a_file_written_by_a_newer_version(
    command: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled(db_path, 5)
    assert run("status") == 0  # today's automatic backup
    assert run("backup", str(tmp_path / "copy.sqlite3")) == 0
    make_newer(db_path)
    before = folder_state(db_path.parent)
    capsys.readouterr()

    args = [command, str(tmp_path / "copy.sqlite3")] if command == "restore" else [command]
    assert run(*args) == 1

    (message,) = capsys.readouterr().err.strip().split("\n")
    assert f"{db_path} was written by a newer Points Tracker (data version 99" in message
    assert message.endswith("Nothing was changed.")
    assert folder_state(db_path.parent) == before  # no copy, no journal, nothing set aside


@pytest.mark.parametrize("dry_run", [True, False])
def test_importing_into_a_newer_file_leaves_no_wal_and_changes_nothing(
    dry_run: bool, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled(db_path, 5)
    make_newer(db_path)
    csv = tmp_path / "orders.csv"
    csv.write_text(ORDERS_CSV)
    before = folder_state(db_path.parent)

    assert run("import", str(csv), *(["--dry-run"] if dry_run else [])) == 1  # as the import itself

    assert "written by a newer Points Tracker" in capsys.readouterr().err
    assert folder_state(db_path.parent) == before
    assert sorted(os.listdir(db_path.parent)) == ["points.sqlite3"]


def test_a_dry_run_reads_a_file_the_window_has_open_without_leaving_files(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled(db_path, 5)
    csv = tmp_path / "orders.csv"
    csv.write_text(ORDERS_CSV.replace("8001", "81000003"))  # an order number fill() used
    assert run("import", str(csv), "--dry-run") == 0
    assert "would import 0 new, update 0, leave out 1 already there" in capsys.readouterr().out
    assert sorted(os.listdir(db_path.parent)) == ["points.sqlite3"]


# --- a zero-length file --------------------------------------------------------------------------


def test_a_zero_length_file_with_backups_is_damaged_and_restore_latest_brings_the_data_back(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled(db_path)
    assert run("status") == 0  # makes today's backup
    backups = folder_state(db_path.parent / "backups")
    db_path.write_bytes(b"")
    capsys.readouterr()

    assert run("status") == 1
    (message,) = capsys.readouterr().err.strip().split("\n")
    assert f"{db_path} is empty (0 bytes), though its backups hold data" in message
    assert f"The latest good backup is {daily_backup_path(db_path, date.today())}" in message
    assert "restore-latest" in message
    assert db_path.stat().st_size == 0  # not made into a new, empty database
    assert folder_state(db_path.parent / "backups") == backups  # and no backup of the empty file

    assert run("restore-latest") == 0
    out = capsys.readouterr().out
    assert "The damaged file was set aside as" in out
    assert orders_in(db_path) == 300


def test_restore_latest_skips_a_newer_empty_backup_for_one_that_holds_the_data(db_path: Path) -> None:
    filled(db_path)
    db = open_database(db_path)
    backup_database(db, daily_backup_path(db_path, TODAY - timedelta(days=1)))
    close_database()
    empty = db_path.with_name("empty.sqlite3")
    db = open_database(empty)
    backup_database(db, daily_backup_path(db_path, TODAY))  # made by an older version from an empty file
    close_database()
    yesterday, today = (daily_backup_path(db_path, TODAY - timedelta(days=n)) for n in (1, 0))
    os.utime(yesterday, (1, 1))  # so that "newest" does not depend on the clock's resolution

    found = latest_good_backup(db_path)
    assert found is not None and found.path == yesterday
    assert list_backups(db_path)[0].path == today


def test_a_zero_length_file_without_backups_is_a_new_file(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")  # e.g. made with `touch` for --db
    db = open_database(db_path)
    assert count_orders(db) == 0
    close_database()


def test_a_zero_length_file_beside_a_wal_is_left_to_sqlite(db_path: Path) -> None:
    """Pages written to the ``-wal`` and not yet into the file belong to it: not "cut short"."""
    filled(db_path, 5)
    assert run("status") == 0
    db_path.write_bytes(b"")
    assert empty_but_backed_up(db_path)
    Path(f"{db_path}-wal").write_bytes(b"pages")
    assert not empty_but_backed_up(db_path)
