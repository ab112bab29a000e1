"""Opening files: creation, settings, refusals, versions and migrations."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from datetime import date
from pathlib import Path

import pytest
from peewee import IntegerField, SqliteDatabase
from playhouse.migrate import SqliteMigrator, migrate

from tracker.store import migrations
from tracker.store.backup_files import list_backups
from tracker.store.connection import close_database, current_database, open_database, raw_connection
from tracker.store.drafts import VisitDraft
from tracker.store.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    ForeignDatabaseError,
    NewerDatabaseError,
    StoreError,
)
from tracker.store.models import VisitModel
from tracker.store.paths import BACKUP_BEFORE_UPGRADE
from tracker.store.repository import add_visit, load_records


def test_new_file_is_created_with_its_folders_and_the_current_schema(db: SqliteDatabase, db_path: Path) -> None:
    assert db_path.is_file()
    assert migrations.read_version(db) == migrations.SCHEMA_VERSION
    assert "orders" in db.get_tables()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_new_file_is_readable_by_its_owner_only(db: SqliteDatabase, db_path: Path) -> None:
    add_visit(db, VisitDraft(date(2024, 1, 1)))
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    wal = db_path.with_name(db_path.name + "-wal")
    assert stat.S_IMODE(os.stat(wal).st_mode) == 0o600


def test_wal_foreign_keys_and_busy_timeout_are_on(db: SqliteDatabase) -> None:
    conn = raw_connection(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 2000


def test_reopening_keeps_the_data(db_path: Path) -> None:
    db = open_database(db_path)
    add_visit(db, VisitDraft(date(2024, 1, 1)))
    close_database()
    db = open_database(db_path)
    assert [v.date for v in load_records(db).visits] == [date(2024, 1, 1)]
    close_database()


def test_two_files_one_after_the_other_bind_the_models_to_the_open_one(tmp_path: Path) -> None:
    first = open_database(tmp_path / "first.sqlite3")
    add_visit(first, VisitDraft(date(2024, 1, 1)))
    assert VisitModel.select().count() == 1
    second = open_database(tmp_path / "second.sqlite3")
    assert first.is_closed()
    assert current_database() is second
    assert VisitModel.select().count() == 0
    close_database()
    assert current_database() is None


def test_a_newer_file_is_refused_and_left_unchanged(db_path: Path) -> None:
    open_database(db_path)
    close_database()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db_path.read_bytes()

    with pytest.raises(NewerDatabaseError, match="newer Points Tracker") as caught:
        open_database(db_path)

    assert str(db_path) in str(caught.value)
    assert db_path.read_bytes() == before
    assert current_database() is None


def test_a_file_that_is_not_sqlite_is_refused_with_a_plain_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("these are my shopping notes, not a database\n" * 50)
    before = path.read_bytes()

    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(path)

    assert isinstance(caught.value, StoreError)
    assert str(path) in str(caught.value) and "Traceback" not in str(caught.value)
    assert path.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    with pytest.raises(ForeignDatabaseError, match="another program"):
        open_database(path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        open_database(tmp_path)


def test_a_second_writer_waits_then_gets_a_clear_error(db: SqliteDatabase, db_path: Path) -> None:
    db.timeout = 0.05  # keep the test fast; the real timeout is seconds
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError, match="in use by another program"):
            add_visit(db, VisitDraft(date(2024, 1, 1)))
    finally:
        other.execute("ROLLBACK")
        other.close()
    add_visit(db, VisitDraft(date(2024, 1, 1)))  # works again once the other writer is done


def test_an_older_file_is_backed_up_and_climbs_the_ladder(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(db_path)
    add_visit(db, VisitDraft(date(2024, 1, 1)))
    close_database()

    def step_next(migrator: SqliteMigrator) -> None:
        migrate(migrator.add_column("visit", "minutes", IntegerField(default=0)))

    current = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", current + 1)
    monkeypatch.setattr(migrations, "_STEPS", (*migrations._STEPS, (current + 1, step_next)))
    db = open_database(db_path)

    assert migrations.read_version(db) == current + 1
    assert "minutes" in [column.name for column in db.get_columns("visit")]
    assert len(load_records(db).visits) == 1
    close_database()
    (backup,) = list_backups(db_path)
    assert backup.kind == BACKUP_BEFORE_UPGRADE
    assert backup.path.name.startswith(f"points-before-upgrade-v{current}-")
    with sqlite3.connect(backup.path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == current
        assert conn.execute("SELECT count(*) FROM visit").fetchone()[0] == 1
    conn.close()


def test_models_match_the_tables(db: SqliteDatabase) -> None:
    from tracker.store.models import MODELS

    for model in MODELS:
        table = model._meta.table_name
        columns = {column.name for column in db.get_columns(table)}
        assert columns == {field.column_name for field in model._meta.sorted_fields}, table
