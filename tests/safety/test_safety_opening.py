"""Opening a file that is damaged, read-only, unreachable, busy or on a full disk: a plain message,
the file left as it was, and a way back from damage."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from tests.safety.helpers import assert_plain, damage, fill
from tests.store.factories import order
from tracker.store import connection
from tracker.store.backup import rolling_backup
from tracker.store.connection import close_database, open_database, raw_connection, set_damaged_aside
from tracker.store.drafts import VisitDraft
from tracker.store.errors import DamagedDatabaseError, DatabaseLockedError, StoreError
from tracker.store.repository import add_order, add_visit, list_batches, load_records, write_batch

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_permissions = pytest.mark.skipif(
    sys.platform == "win32" or AS_ROOT, reason="POSIX permissions (root ignores them)"
)


def _damaged_file(db_path: Path, *, backed_up: bool) -> bytes:
    db = open_database(db_path)
    fill(db)
    if backed_up:
        rolling_backup(db, db_path, today=date(2026, 11, 23))
    close_database()
    damage(db_path)
    return db_path.read_bytes()


def test_a_damaged_file_is_refused_naming_the_latest_good_backup(db_path: Path) -> None:
    before = _damaged_file(db_path, backed_up=True)
    backup = db_path.parent / "backups" / "points-2026-11-23.sqlite3"

    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(db_path)

    message = str(caught.value)
    assert f"{db_path} is damaged" in message
    assert f"The latest good backup is {backup}" in message
    assert caught.value.backup == backup
    assert_plain(message.replace(str(backup), "").replace(str(db_path), ""))
    assert db_path.read_bytes() == before
    assert connection.current_database() is None


def test_a_damaged_file_without_backups_says_none_was_found(db_path: Path) -> None:
    _damaged_file(db_path, backed_up=False)
    with pytest.raises(DamagedDatabaseError, match="No automatic backup of it was found") as caught:
        open_database(db_path)
    assert caught.value.backup is None


def test_a_damaged_backup_is_not_offered(db_path: Path) -> None:
    _damaged_file(db_path, backed_up=True)
    damage(db_path.parent / "backups" / "points-2026-11-23.sqlite3")
    with pytest.raises(DamagedDatabaseError, match="No automatic backup") as caught:
        open_database(db_path)
    assert caught.value.backup is None


def test_the_page_check_on_opening_is_cheap(db_path: Path) -> None:
    db = open_database(db_path)
    fill(db, 2_000)
    close_database()
    started = time.perf_counter()
    open_database(db_path)
    assert time.perf_counter() - started < 0.5  # about 20 ms for 20,000 orders on a laptop


def test_setting_a_damaged_file_aside_keeps_it_and_its_journal(db_path: Path) -> None:
    db = open_database(db_path)
    fill(db)
    wal = Path(f"{db_path}-wal")
    other = sqlite3.connect(db_path)  # keeps the -wal from being folded in and removed on close
    other.execute("SELECT count(*) FROM orders").fetchall()
    close_database()
    other.close()
    contents = {end: Path(f"{db_path}{end}").read_bytes() for end in ("", "-wal") if Path(f"{db_path}{end}").exists()}

    aside = set_damaged_aside(db_path, now=datetime(2026, 11, 24, 9, 15, 0))

    assert aside == db_path.with_name("points.sqlite3.damaged-20261124-091500")
    assert not db_path.exists() and not wal.exists()
    assert {end: Path(f"{aside}{end}").read_bytes() for end in contents} == contents
    again = db_path.with_name("points.sqlite3.damaged-20261124-091500")
    db_path.write_bytes(b"second")
    assert set_damaged_aside(db_path, now=datetime(2026, 11, 24, 9, 15, 0)) != again
    assert again.read_bytes() == contents[""]  # the first one was not replaced


def test_a_full_disk_gets_a_plain_message_and_nothing_partial(db: SqliteDatabase) -> None:
    add_order(db, order("kept"))
    conn = raw_connection(db)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 3}")  # a disk with three pages left

    with pytest.raises(StoreError, match="the disk is full") as caught:
        fill(db, 3_000)

    assert_plain(str(caught.value).replace(str(db.database), ""))
    assert [o.ref for o in load_records(db).orders] == ["order:1"]
    assert list_batches(db) == []
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.execute(f"PRAGMA max_page_count = {2**30}")
    fill(db, 10)  # works again once there is room
    assert len(load_records(db).orders) == 11


def test_a_full_disk_for_a_single_record_changes_nothing(db: SqliteDatabase) -> None:
    conn = raw_connection(db)
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(StoreError, match="disk is full"):
        add_order(db, order("1", note="x" * 20_000))
    assert load_records(db).orders == ()


def test_a_database_that_will_not_take_writes_gets_a_plain_message(db: SqliteDatabase) -> None:
    raw_connection(db).execute("PRAGMA query_only = ON")  # what SQLite reports for a read-only file
    with pytest.raises(StoreError, match="read-only") as caught:
        add_visit(db, VisitDraft(date(2024, 1, 1)))
    assert_plain(str(caught.value).replace(str(db.database), ""))


@needs_permissions
def test_a_read_only_file_gets_a_plain_message(db_path: Path) -> None:
    db = open_database(db_path)
    add_visit(db, VisitDraft(date(2024, 1, 1)))
    close_database()
    os.chmod(db_path, 0o400)
    try:
        with pytest.raises(StoreError, match="the file is read-only") as caught:
            db = open_database(db_path)
            add_visit(db, VisitDraft(date(2024, 1, 2)))
        assert_plain(str(caught.value).replace(str(db_path), ""))
    finally:
        close_database()
        os.chmod(db_path, 0o600)


@needs_permissions
def test_a_folder_without_permission_gets_a_plain_message(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    os.chmod(folder, 0)
    try:
        with pytest.raises(StoreError, match="permission") as caught:
            open_database(folder / "points.sqlite3")
        assert_plain(str(caught.value).replace(str(folder), ""))
    finally:
        os.chmod(folder, stat.S_IRWXU)


@needs_permissions
def test_a_read_only_folder_gets_a_plain_message(db_path: Path) -> None:
    db = open_database(db_path)
    add_visit(db, VisitDraft(date(2024, 1, 1)))
    close_database()
    os.chmod(db_path.parent, 0o500)  # WAL needs to create files beside the database
    try:
        with pytest.raises(StoreError) as caught:
            db = open_database(db_path)
            add_visit(db, VisitDraft(date(2024, 1, 2)))
        assert "folder" in str(caught.value)
        assert_plain(str(caught.value).replace(str(db_path), "").replace(str(db_path.parent), ""))
    finally:
        close_database()
        os.chmod(db_path.parent, stat.S_IRWXU)


def test_a_journal_that_cannot_be_opened_gets_a_plain_message(db_path: Path) -> None:
    db = open_database(db_path)
    add_visit(db, VisitDraft(date(2024, 1, 1)))
    close_database()
    Path(f"{db_path}-wal").mkdir()  # SQLite cannot open its journal: what a permission problem looks like
    with pytest.raises(StoreError, match="cannot be opened") as caught:
        open_database(db_path)
    assert_plain(str(caught.value).replace(str(db_path), ""))


def test_a_folder_in_place_of_a_parent_folder_gets_a_plain_message(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StoreError, match="part of the path is a file") as caught:
        open_database(tmp_path / "file" / "points.sqlite3")
    assert_plain(str(caught.value).replace(str(tmp_path), ""))


def test_a_busy_database_waits_a_bounded_time_then_says_so(db: SqliteDatabase, db_path: Path) -> None:
    db.timeout = 0.3
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseLockedError, match="in use by another program") as caught:
            write_batch(db, file_name="a.csv", file_hash="a", kind="orders", orders=[order("1")])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert 0.25 < time.monotonic() - started < 3
    assert_plain(str(caught.value).replace(str(db_path), ""))


def test_a_journal_left_without_its_file_is_set_aside_too(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    Path(f"{db_path}-wal").write_bytes(b"frames of a file that is gone")
    aside = set_damaged_aside(db_path, now=datetime(2026, 11, 24, 9, 15, 0))
    assert Path(f"{aside}-wal").read_bytes() == b"frames of a file that is gone"
    assert not Path(f"{db_path}-wal").exists()
    with pytest.raises(StoreError, match="does not exist"):
        set_damaged_aside(db_path)
