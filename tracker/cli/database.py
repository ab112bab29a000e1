"""Opening the database file a command works on.

The store is imported only when a command runs, so that building the parser stays cheap.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.cli.errors import PROGRAM

if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from tracker.store.lock import AppLock


logger = logging.getLogger(__name__)


def command_prefix(db_option: str | None) -> str:
    """How the user runs us on this file, for hints: ``points-tracker-cli [--db PATH]``."""
    return f"{PROGRAM} --db {db_option}" if db_option else PROGRAM


def open_for_command(db_option: str | None, today: date) -> SqliteDatabase:
    """Open the file the options name, then make the day's automatic backup if it is due.

    A damaged file's message says how to restore its latest good backup. A backup that cannot be
    made is a warning on stderr, not a failure: the command still runs.
    """
    from tracker.store.backup import daily_backup
    from tracker.store.connection import open_database
    from tracker.store.errors import DamagedDatabaseError, StoreError
    from tracker.store.paths import make_private_folder, resolve_db_path

    path = resolve_db_path(db_option)
    make_private_folder(path.parent)  # user-only, whatever the umask
    try:
        db = open_database(path)
    except DamagedDatabaseError as error:
        if error.backup is None:
            raise
        hint = f" Run `{command_prefix(db_option)} restore-latest` to set the damaged file aside and restore it."
        raise DamagedDatabaseError(f"{error}{hint}", error.backup) from None
    try:
        daily_backup(db, path, today=today)
    except StoreError as error:
        logger.warning("Today's backup of %s was not made: %s", path, error)
        print(f"{PROGRAM}: warning: today's automatic backup was not made: {error}", file=sys.stderr)
    return db


def open_db(args: argparse.Namespace) -> SqliteDatabase:
    """The database of ``--db`` (or the default), opened as :func:`open_for_command` does."""
    return open_for_command(args.db, date.today())


def lock_database(path: Path) -> AppLock:
    """The app lock of ``path`` (not yet taken), its folder made first (user-only)."""
    from tracker.store.lock import AppLock
    from tracker.store.paths import make_private_folder

    make_private_folder(path.parent)
    return AppLock(path)
