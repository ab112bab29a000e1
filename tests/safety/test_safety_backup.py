"""Backups through SQLite's online backup API, restoring all or nothing, and rolling daily copies."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from tests.safety.helpers import assert_plain, damage, fill
from tests.store.factories import order
from tracker.store import repository as repo
from tracker.store import restore as restore_module
from tracker.store import sqlite_errors
from tracker.store.backup import (
    backup_database,
    daily_backup,
    prune_safety_backups,
    remove_leftover_partials,
    rolling_backup,
)
from tracker.store.backup_files import check_backup, latest_good_backup, list_backups
from tracker.store.checked import checked_mark
from tracker.store.connection import close_database, open_database
from tracker.store.errors import BackupFileError, DatabaseLockedError, StoreError
from tracker.store.migrations import APPLICATION_ID, SCHEMA_VERSION
from tracker.store.paths import BACKUP_BEFORE_RESTORE, BACKUP_DAILY
from tracker.store.restore import restore_database, restore_latest

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
TODAY = date(2026, 11, 24)


def _order_numbers(db_path: Path) -> list[str | None]:
    db = open_database(db_path)
    numbers = sorted(row.order_no or "" for row in repo.list_orders(db))
    close_database()
    return numbers


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes (a database must be closed first)."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# --- backup and restore --------------------------------------------------------------------------


def test_backup_then_restore_gives_back_the_records_and_keeps_the_later_file(db: SqliteDatabase, db_path: Path,
                                                                              tmp_path: Path) -> None:  # fmt: skip
    fill(db, 50)
    copy = tmp_path / "saved" / "points-copy.sqlite3"
    backup_database(db, copy)
    repo.add_order(db, order("after-the-backup"))
    close_database()

    previous = restore_database(db_path, copy, now=datetime(2026, 11, 24, 10, 0, 0))

    assert previous == db_path.parent / "backups" / "points-before-restore-20261124-100000.sqlite3"
    assert "after-the-backup" not in _order_numbers(db_path)
    assert len(_order_numbers(db_path)) == 50
    assert "after-the-backup" in _order_numbers(previous)
    (kept,) = list_backups(db_path)
    assert (kept.path, kept.kind) == (previous, BACKUP_BEFORE_RESTORE)


def test_a_backup_is_one_private_file_made_while_the_database_is_open(db: SqliteDatabase, tmp_path: Path) -> None:
    fill(db, 20)
    target = tmp_path / "copy.sqlite3"
    backup_database(db, target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.sqlite3"]
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 20
    conn.close()
    if sys.platform != "win32":
        assert _mode(target) == 0o600
    assert check_backup(target) == SCHEMA_VERSION


def test_a_backup_refuses_to_write_over_the_database_itself(db: SqliteDatabase, db_path: Path) -> None:
    with pytest.raises(StoreError, match="database in use"):
        backup_database(db, db_path)
    assert len(repo.load_records(db).orders) == 0


def _newer_database(path: Path) -> None:
    db = open_database(path)
    fill(db, 5)
    close_database()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()


def _foreign_database(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Ann')")
    conn.close()


def _damaged_backup(path: Path) -> None:
    db = open_database(path)
    fill(db, 300)
    close_database()
    damage(path)


BAD_BACKUPS = {
    "notes": (lambda path: path.write_text("my shopping notes\n" * 200), "not a Points Tracker backup"),
    "empty": (lambda path: path.write_bytes(b""), "not a Points Tracker database"),
    "newer": (_newer_database, "newer Points Tracker"),
    "foreign": (_foreign_database, "not a Points Tracker database"),
    "damaged": (_damaged_backup, "damaged"),
    "missing": (lambda path: None, "no such file"),
    "folder": (lambda path: path.mkdir(), "is a folder"),
}


@pytest.mark.parametrize("kind", BAD_BACKUPS)
def test_restore_refuses_a_file_it_cannot_use_and_changes_nothing(kind: str, db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    fill(db, 10)
    close_database()
    make, reason = BAD_BACKUPS[kind]
    bad = tmp_path / "elsewhere" / "backup.sqlite3"
    bad.parent.mkdir()
    make(bad)
    before = _snapshot(db_path.parent)

    with pytest.raises(BackupFileError, match=reason) as caught:
        restore_database(db_path, bad)

    assert "Nothing was changed" in str(caught.value)
    assert_plain(str(caught.value).replace(str(bad), ""))
    assert _snapshot(db_path.parent) == before  # no pre-restore copy either
    assert len(_order_numbers(db_path)) == 10


def test_restore_refuses_the_database_itself(db_path: Path) -> None:
    open_database(db_path)
    close_database()
    with pytest.raises(BackupFileError, match="is the database itself"):
        restore_database(db_path, db_path)


def test_restore_onto_a_new_computer_creates_the_file(tmp_path: Path) -> None:
    source = tmp_path / "usb" / "points.sqlite3"
    db = open_database(source)
    fill(db, 12)
    close_database()
    target = tmp_path / "new-home" / "data" / "points.sqlite3"

    assert restore_database(target, source) is None

    assert len(_order_numbers(target)) == 12
    if sys.platform != "win32":
        assert _mode(target) == 0o600
    assert not (target.parent / "backups").exists()


def test_restore_copies_in_a_backup_with_another_page_size(db: SqliteDatabase, db_path: Path, tmp_path: Path) -> None:
    fill(db, 5)
    close_database()
    other = tmp_path / "big-pages.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("PRAGMA page_size = 8192")
        conn.execute("VACUUM")
    conn.close()
    db = open_database(other)  # becomes a Points Tracker file with 8 KiB pages
    fill(db, 7, first=1000)
    close_database()

    restore_database(db_path, other)

    assert len(_order_numbers(db_path)) == 7
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_restore_waits_a_bounded_time_for_a_busy_database_then_changes_nothing(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(db_path)
    fill(db, 5)
    backup_database(db, tmp_path / "copy.sqlite3")
    fill(db, 5, first=100)
    close_database()
    monkeypatch.setattr(sqlite_errors, "BUSY_TIMEOUT_SECONDS", 0.3)
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseLockedError, match="in use by another program") as caught:
            restore_database(db_path, tmp_path / "copy.sqlite3")
        assert str(caught.value).startswith(f"{db_path} is in use")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert time.monotonic() - started < 5
    assert len(_order_numbers(db_path)) == 10


def test_restore_closes_the_current_database_first(db: SqliteDatabase, db_path: Path, tmp_path: Path) -> None:
    backup_database(db, tmp_path / "empty.sqlite3")
    fill(db, 3)
    restore_database(db_path, tmp_path / "empty.sqlite3")
    assert _order_numbers(db_path) == []


# --- a damaged file and the latest good backup ---------------------------------------------------


def test_restore_latest_sets_a_damaged_file_aside_and_restores_the_newest_good_backup(db_path: Path) -> None:
    db = open_database(db_path)
    fill(db, 300)
    rolling_backup(db, db_path, today=TODAY - timedelta(days=1))
    fill(db, 10, first=5000)
    rolling_backup(db, db_path, today=TODAY)
    close_database()
    damage(db_path)
    damaged = db_path.read_bytes()
    damage(db_path.parent / "backups" / "points-2026-11-24.sqlite3")  # the newest backup is bad too

    result = restore_latest(db_path, now=datetime(2026, 11, 24, 12, 0, 0))

    assert result.backup.path.name == "points-2026-11-23.sqlite3"
    assert result.set_aside
    assert result.previous == db_path.with_name("points.sqlite3.damaged-20261124-120000")
    assert result.previous.read_bytes() == damaged  # kept, never deleted
    assert len(_order_numbers(db_path)) == 300


def test_restore_latest_without_a_good_backup_changes_nothing(db_path: Path) -> None:
    db = open_database(db_path)
    fill(db, 300)
    close_database()
    damage(db_path)
    before = _snapshot(db_path.parent)
    with pytest.raises(StoreError, match="No good automatic backup"):
        restore_latest(db_path)
    assert _snapshot(db_path.parent) == before


def test_a_restore_that_fails_puts_a_damaged_file_back(db_path: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    good = tmp_path / "good.sqlite3"
    db = open_database(good)
    fill(db, 3)
    close_database()
    db = open_database(db_path)
    fill(db, 300)
    close_database()
    damage(db_path)
    before = _snapshot(db_path.parent)

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(restore_module, "write_copy", disk_full)
    with pytest.raises(StoreError, match="the disk is full"):
        restore_database(db_path, good)
    assert _snapshot(db_path.parent) == before


# --- rolling daily backups -----------------------------------------------------------------------


def test_daily_backups_make_one_a_day_and_keep_the_newest(db: SqliteDatabase, db_path: Path) -> None:
    made = [rolling_backup(db, db_path, today=TODAY - timedelta(days=n), keep=3) for n in range(9, -1, -1)]
    assert all(path is not None for path in made)
    assert rolling_backup(db, db_path, today=TODAY, keep=3) is None  # today's exists already
    names = sorted(p.name for p in (db_path.parent / "backups").iterdir())
    assert names == ["points-2026-11-22.sqlite3", "points-2026-11-23.sqlite3", "points-2026-11-24.sqlite3"]
    assert [b.kind for b in list_backups(db_path)] == [BACKUP_DAILY] * 3


def test_pruning_never_touches_a_file_the_app_did_not_name(db: SqliteDatabase, db_path: Path, tmp_path: Path) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir()
    outside = tmp_path / "precious.sqlite3"
    outside.write_text("precious")
    foreign = {
        "notes.txt": "mine",
        "points-2020-01-01.sqlite3.bak": "mine",
        "points-2020-1-1.sqlite3": "mine",
        "Points-2020-01-01.sqlite3": "mine",
        "other-2020-01-01.sqlite3": "another database's backup",
        "points-2020-01-01.sqlite3-wal": "mine",
        "points-before-restore-20200101-000000.sqlite3": "kept: the newest five before-restore copies stay",
    }
    for name, text in foreign.items():
        (folder / name).write_text(text)
    (folder / "points-2019-01-01.sqlite3").mkdir()  # a folder with a backup's name
    (folder / "points-2019-01-02.sqlite3").symlink_to(outside)
    for day in range(5):
        rolling_backup(db, db_path, today=TODAY - timedelta(days=day), keep=1)

    assert {name: (folder / name).read_text() for name in foreign} == foreign
    assert (folder / "points-2019-01-01.sqlite3").is_dir()
    assert outside.read_text() == "precious"
    dailies = sorted(p.name for p in folder.glob("points-20??-??-??.sqlite3") if p.is_file() and not p.is_symlink())
    assert dailies == ["points-2026-11-24.sqlite3"]


def test_before_restore_and_upgrade_copies_keep_the_newest_five_and_a_month(db_path: Path) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir(parents=True)
    restores = [f"points-before-restore-2026{month:02d}01-120000.sqlite3" for month in range(1, 11)]
    upgrades = ["points-before-upgrade-v1-20250101-000000.sqlite3", "points-before-upgrade-v2-20260101-000000.sqlite3"]
    recent = [f"points-before-restore-202611{day:02d}-090000.sqlite3" for day in range(1, 20)]  # a busy month
    for name in [*restores, *upgrades, *recent]:
        (folder / name).write_text("copy")
    (folder / "points-before-restore-19990101-000000.sqlite3.txt").write_text("mine")

    removed = prune_safety_backups(db_path, today=TODAY)

    left = sorted(path.name for path in folder.iterdir())
    # every copy from the last month stays, however many; older ones beyond the newest five go
    assert set(recent) <= set(left)
    assert [name for name in restores if name in left] == []  # all ten are older than a month and beyond five
    assert set(upgrades) <= set(left)  # only two of that kind
    assert "points-before-restore-19990101-000000.sqlite3.txt" in left
    assert sorted(path.name for path in removed) == sorted(restores)


def test_a_few_old_safety_copies_are_all_kept(db_path: Path) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir(parents=True)
    names = [f"points-before-restore-2020010{day}-000000.sqlite3" for day in range(1, 6)]
    for name in names:
        (folder / name).write_text("copy")
    assert prune_safety_backups(db_path, today=TODAY) == []
    assert sorted(path.name for path in folder.iterdir()) == names


def test_half_made_copies_left_by_a_crash_are_removed_once_a_day_old(db_path: Path) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir(parents=True)
    now = datetime(2026, 11, 24, 12, 0)
    old = ["points-2026-11-20.sqlite3.partial-4242", "points-2026-11-20.sqlite3.partial-4242-journal",
           "points-before-restore-20261120-010203.sqlite3.partial-77"]  # fmt: skip
    fresh = ["points-2026-11-24.sqlite3.partial-99"]  # may be a copy being made right now
    foreign = ["notes.sqlite3.partial-1", "points-2026-11-20.sqlite3.partial-x", "points-2026-11-20.sqlite3"]
    for name in [*old, *fresh, *foreign]:
        (folder / name).write_text("x")
    day_old = (now - timedelta(days=2)).timestamp()
    for name in [*old, *foreign]:
        os.utime(folder / name, (day_old, day_old))
    for name in fresh:
        os.utime(folder / name, (now.timestamp() - 60, now.timestamp() - 60))

    removed = remove_leftover_partials(db_path, now=now)

    assert sorted(path.name for path in removed) == sorted(old)
    assert sorted(path.name for path in folder.iterdir()) == sorted([*fresh, *foreign])


def test_the_daily_backup_tidies_the_backups_folder(db: SqliteDatabase, db_path: Path) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir(parents=True)
    stale = folder / "points-2026-01-01.sqlite3.partial-1"
    stale.write_text("x")
    os.utime(stale, (0, 0))
    for month in range(1, 8):
        (folder / f"points-before-upgrade-v1-2025{month:02d}01-000000.sqlite3").write_text("copy")
    rolling_backup(db, db_path, today=TODAY)
    assert not stale.exists()
    assert len(list(folder.glob("points-before-upgrade-*"))) == 5


@posix_only
def test_backups_and_their_folder_are_readable_by_the_owner_only(db: SqliteDatabase, db_path: Path,
                                                                  tmp_path: Path) -> None:  # fmt: skip
    rolling_backup(db, db_path, today=TODAY)
    close_database()
    restore_database(db_path, db_path.parent / "backups" / "points-2026-11-24.sqlite3")
    folder = db_path.parent / "backups"
    assert _mode(folder) == 0o700
    assert {p.name: _mode(p) for p in folder.iterdir()} == {p.name: 0o600 for p in folder.iterdir()}
    # the day's backup and the copy made before the restore, beside the note of the checked file
    assert len([p for p in folder.iterdir() if p != checked_mark(db_path)]) == 2


def test_the_daily_backup_follows_the_settings(db: SqliteDatabase, db_path: Path) -> None:
    repo.set_setting(db, repo.SETTING_BACKUP_DAILY, "false")
    assert daily_backup(db, db_path, today=TODAY) is None
    repo.set_setting(db, repo.SETTING_BACKUP_DAILY, "true")
    repo.set_setting(db, repo.SETTING_BACKUP_KEEP, "2")
    for day in range(4):
        daily_backup(db, db_path, today=TODAY + timedelta(days=day))
    assert [b.path.name for b in list_backups(db_path)][:2] == [
        "points-2026-11-27.sqlite3",
        "points-2026-11-26.sqlite3",
    ]
    assert len(list_backups(db_path)) == 2
    assert repo.load_backup_settings(db) == repo.BackupSettings(daily=True, keep=2)
    repo.set_setting(db, repo.SETTING_BACKUP_KEEP, "0")
    assert repo.load_backup_settings(db).keep == repo.DEFAULT_BACKUP_KEEP


def test_the_latest_good_backup_skips_damaged_ones(db: SqliteDatabase, db_path: Path) -> None:
    fill(db, 300)
    rolling_backup(db, db_path, today=TODAY - timedelta(days=1))
    newest = rolling_backup(db, db_path, today=TODAY)
    assert newest is not None
    os.utime(newest, (time.time() + 60, time.time() + 60))
    damage(newest)
    found = latest_good_backup(db_path)
    assert found is not None and found.path.name == "points-2026-11-23.sqlite3"


def test_a_backup_file_carries_the_apps_mark(db: SqliteDatabase, tmp_path: Path) -> None:
    backup_database(db, tmp_path / "copy.sqlite3")
    with sqlite3.connect(tmp_path / "copy.sqlite3") as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="POSIX permissions (root ignores them)")
def test_restore_reads_a_plain_copy_of_a_database_from_a_read_only_folder(db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "stick" / "points.sqlite3"
    db = open_database(source)
    fill(db, 4)
    close_database()  # a file copied while the app was closed: its header still says WAL
    os.chmod(source.parent, 0o500)
    try:
        restore_database(db_path, source)
    finally:
        os.chmod(source.parent, 0o700)
    assert len(_order_numbers(db_path)) == 4
    assert sorted(p.name for p in source.parent.iterdir()) == ["points.sqlite3"]
