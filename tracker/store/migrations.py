"""Schema versions: ``PRAGMA user_version`` and a ladder of forward migrations.

A new (empty) file gets the current schema straight from :mod:`tracker.store.models` and is
stamped ``SCHEMA_VERSION``. An older file climbs the ladder one rung at a time, each rung in
its own transaction, after a backup copy of the file has been made (SQLite's online backup, to
``backups/points-before-upgrade-v1-<time>.sqlite3`` beside the file). A file stamped with a newer
version than this app knows is refused before anything is written to it.

Adding schema version N + 1:

1. change the models (they always describe the newest schema);
2. write ``_step_<N+1>(migrator)`` using :mod:`playhouse.migrate` operations, e.g.
   ``migrate(migrator.add_column("orders", "tracking_no", TextField(default="")))``, or create
   new tables as :func:`_step_4_checks` does;
3. append it to :data:`_STEPS` and raise ``SCHEMA_VERSION`` (in :mod:`tracker.store.schema_id`);
4. run ``tests/fixtures/db/make_fixtures.py`` with the new code, so that
   ``tests/fixtures/db/schema-v<N+1>.sqlite3`` exists; ``tests/safety/test_safety_migrations.py``
   opens a copy of every ``schema-v*.sqlite3`` there and checks the figures.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.store import derived_schema
from tracker.store._sqlite import raw_connection, write_copy
from tracker.store.errors import (
    DamagedDatabaseError,
    ForeignDatabaseError,
    NewerDatabaseError,
    StoreError,
    file_error,
)
from tracker.store.models import CHECK_MODELS, DERIVED_MODELS, MODELS, ImportUpdateModel, RecordIdReserveModel
from tracker.store.paths import stamped_backup_path
from tracker.store.schema_id import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:  # playhouse.migrate is imported only to upgrade a file: opening one stays quick
    from playhouse.migrate import SqliteMigrator

Step = Callable[["SqliteMigrator"], None]


logger = logging.getLogger(__name__)


def _step_currencies(migrator: SqliteMigrator) -> None:
    from tracker.store import migrate_currencies

    migrate_currencies.step(migrator.database)


_RECORD_TABLES_V3 = ("orders", "review", "visit", "club_post", "store_follow", "points_entry", "promotion")


def create_triggers(conn: sqlite3.Connection) -> None:
    """The triggers of version 3 that remember every deleted record's id (idempotent)."""
    for table in _RECORD_TABLES_V3:
        conn.execute(
            f"CREATE TRIGGER IF NOT EXISTS {table}_keeps_deleted_ids AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO record_id_reserve (table_name, last_id) VALUES ('{table}', OLD.id) "
            "ON CONFLICT (table_name) DO UPDATE SET last_id = max(last_id, excluded.last_id); END"
        )


def _step_identity(migrator: SqliteMigrator) -> None:
    """Version 3 ("identity"), additive and self-contained: two new tables and seven triggers; no
    existing table is touched, so it can be renumbered.

    - ``record_id_reserve``: the largest id ever deleted from each record table, kept by an
      ``AFTER DELETE`` trigger on ``orders``, ``review``, ``visit``, ``club_post``,
      ``store_follow``, ``points_entry`` and ``promotion`` (:mod:`tracker.store.history`);
    - ``import_update``: each order an import updated, before and after, for undoing it.
    """
    db = migrator.database
    added = (RecordIdReserveModel, ImportUpdateModel)
    with db.bind_ctx(added):
        db.create_tables(added)
    create_triggers(raw_connection(db))


def _step_4_checks(migrator: SqliteMigrator) -> None:
    """Version 4: the checks against AliExpress — ``points_check``, ``points_history`` and
    ``check_entry``, three new tables. Nothing else changes: every record keeps counting as it did.

    Versions 1 to 3 imported a points history as bonuses and adjustments. Those entries stay (only
    the shopper knows whether they count twice; the check names them), and their rows are copied
    into ``points_history``, in the same import batch, so the check has the history to compare.
    """
    db = migrator.database
    with db.bind_ctx(CHECK_MODELS):
        db.create_tables(CHECK_MODELS)
    raw_connection(db).execute(
        "INSERT INTO points_history (date, points, note, batch_id) SELECT date, points, note, batch_id "
        "FROM points_entry WHERE batch_id IN (SELECT id FROM import_batch WHERE kind = 'points_history') "
        "ORDER BY date, id"
    )


def _step_5_derived(migrator: SqliteMigrator) -> None:
    """Version 5, additive and self-contained: the derived points (:mod:`tracker.store.derived`).

    Four new tables — ``derived_state`` (what the sums were computed from), ``derived_points``
    (points per kind of record, month, day, source and credit), ``derived_change`` (the log of
    changed kinds and months) and ``derived_mark`` (each record table's largest id when its new
    rows were last taken in) — and 24 triggers that add to that log: ``AFTER INSERT`` (only for
    an id at or below the table's mark), ``AFTER DELETE`` and ``AFTER UPDATE`` on ``orders``,
    ``order_line``, ``review``, ``visit``, ``club_post``, ``store_follow``, ``points_entry`` and
    ``promotion``. No existing table or row changes; the sums start empty and are computed the
    first time figures are asked for.
    """
    db = migrator.database
    with db.bind_ctx(DERIVED_MODELS):
        db.create_tables(DERIVED_MODELS)
    derived_schema.create_triggers(raw_connection(db))


# (version reached, step): "if version < N: step N".
_STEPS: tuple[tuple[int, Step], ...] = (
    (2, _step_currencies),
    (3, _step_identity),
    (4, _step_4_checks),
    (5, _step_5_derived),
)


def read_version(db: SqliteDatabase) -> int:
    return int(raw_connection(db).execute("PRAGMA user_version").fetchone()[0])


def _write_version(db: SqliteDatabase, version: int) -> None:
    raw_connection(db).execute(f"PRAGMA user_version = {int(version)}")


def _has_tables(db: SqliteDatabase) -> bool:
    row = raw_connection(db).execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return int(row[0]) > 0


def check_openable(db: SqliteDatabase, path: Path) -> int:
    """The file's schema version, or an error when this app must not touch the file.

    Only reads: a refused file is left exactly as it was.
    """
    application_id = int(raw_connection(db).execute("PRAGMA application_id").fetchone()[0])
    version = read_version(db)
    refuse_unless_ours(path, application_id, version, has_tables=lambda: _has_tables(db))
    return version


def refuse_unless_ours(path: Path, application_id: int, version: int, *, has_tables: Callable[[], bool]) -> None:
    """Raise when a file with this ``application_id`` and schema ``version`` must not be touched:
    another program's database, or one written by a newer Points Tracker. ``has_tables`` tells a
    new file (nothing in it yet) from another program's database without an id."""
    if application_id not in (0, APPLICATION_ID):
        raise ForeignDatabaseError(
            translate(
                "Store", "{path} is a database of another program, not a Points Tracker file. Choose another file."
            ).format(path=path)
        )
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            translate(
                "Store",
                "{path} was written by a newer Points Tracker (data version {version}; this one understands up to "
                "{SCHEMA_VERSION}). Update Points Tracker to open it; the file was not changed.",
            ).format(path=path, version=version, SCHEMA_VERSION=SCHEMA_VERSION)
        )
    if version == 0 and has_tables():
        raise ForeignDatabaseError(
            translate(
                "Store",
                "{path} is an SQLite database of another program, not a Points Tracker file. Choose another file.",
            ).format(path=path)
        )


def _create_schema(db: SqliteDatabase) -> None:
    with db.bind_ctx(MODELS):
        db.create_tables(MODELS)
    create_triggers(raw_connection(db))
    derived_schema.create_triggers(raw_connection(db))
    raw_connection(db).execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _write_version(db, SCHEMA_VERSION)


def backup_path_for(path: Path, version: int, now: datetime | None = None) -> Path:
    """Where the copy made before upgrading from ``version`` goes, a new name each time:
    ``backups/points-before-upgrade-v1-20261124-091500.sqlite3``."""
    return stamped_backup_path(path, f"before-upgrade-v{version}", now or datetime.now())


def upgrade(db: SqliteDatabase, path: Path) -> int:
    """Bring the open file to :data:`SCHEMA_VERSION`; returns the version it had before.

    Call :func:`check_openable` first. Safe against a second process opening the same new file
    at the same moment: the version is read again under the write lock.
    """
    version = read_version(db)
    if version == 0:
        with db.atomic(lock_type="IMMEDIATE"):
            version = read_version(db)
            if version == 0:
                _create_schema(db)
                logger.info("Created the tables of schema version %d in %s", SCHEMA_VERSION, path)
                return 0
    if version >= SCHEMA_VERSION:
        return version

    backup_path = backup_path_for(path, version)
    try:
        # Five seconds: the same busy timeout as every other wait on the file.
        write_copy(raw_connection(db), backup_path, timeout=5.0)
    except OSError as error:
        raise StoreError(
            translate("Store", "{file_error} {path} was not upgraded.").format(
                file_error=file_error("write the backup", backup_path, error), path=path
            )
        ) from None
    logger.info(
        "Upgrading %s from schema version %d to %d (a copy is in %s)", path, version, SCHEMA_VERSION, backup_path
    )
    from playhouse.migrate import SqliteMigrator

    migrator = SqliteMigrator(db)
    for target, step in _STEPS:
        if version < target:
            with _rung(db, path):
                if read_version(db) < target:
                    step(migrator)
                    _write_version(db, target)
                    logger.info("%s is at schema version %d", path, target)
    _keep_triggers(db)
    return version


def _keep_triggers(db: SqliteDatabase) -> None:
    """A step that rebuilds a table (SQLite's way to change a column) drops the table's triggers:
    make them again. Without their change log the derived points cannot be trusted, so they are
    computed afresh the next time (their state is forgotten)."""
    connection = raw_connection(db)
    with db.atomic(lock_type="IMMEDIATE"):
        before = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        create_triggers(connection)
        derived_schema.create_triggers(connection)
        after = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        if after != before and read_version(db) >= 5:
            connection.execute("DELETE FROM derived_state")


@contextmanager
def _rung(db: SqliteDatabase, path: Path) -> Iterator[None]:
    """One rung's transaction, with foreign keys off around it, so that a step which rebuilds a
    table (SQLite's way to change a column) does not cascade deletes into the rows that refer to
    it; the keys are checked before the rung commits. (playhouse's ``migration_context`` does the
    same only from peewee 4.4 on.)
    """
    connection = raw_connection(db)
    connection.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: set before
    # A rebuilt table is renamed into place: without the legacy rule, SQLite would refuse the
    # rename while a trigger on another table names the table being rebuilt.
    connection.execute("PRAGMA legacy_alter_table = ON")
    try:
        with db.atomic(lock_type="IMMEDIATE"):
            yield
            if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise StoreError(
                    translate(
                        "Store", "{path} was not upgraded: the upgrade would break links between records."
                    ).format(path=path)
                )
    finally:
        connection.execute("PRAGMA legacy_alter_table = OFF")
        connection.execute("PRAGMA foreign_keys = ON")


def check_tables(db: SqliteDatabase, path: Path) -> None:
    """Every model's table exists with every column of its model (after :func:`upgrade`).

    Damage inside the stored table definitions can pass SQLite's page checks and surface later
    as "no such column"; this catches it on opening, in well under a millisecond.
    """
    connection = raw_connection(db)
    for model in MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
        expected = {field.column_name for field in model._meta.sorted_fields}
        if not expected <= columns:
            raise DamagedDatabaseError(
                translate("Store", "{path} is damaged: its {table} table is not as Points Tracker made it.").format(
                    path=path, table=table
                )
            )
