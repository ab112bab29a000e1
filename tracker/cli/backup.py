"""``points-tracker-cli backup|restore|backups|restore-latest``.

Messages are one line. A backup file that cannot be restored is bad input (exit 2, nothing
changed); a database that cannot be used, or a restore while a window has the file open, is
exit 1. Restores take the app lock (:mod:`tracker.store.lock`); nothing else here does.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from tracker.cli.arguments import what_is
from tracker.cli.database import lock_database, open_for_command
from tracker.cli.errors import EXIT_BAD_INPUT, EXIT_OK, fail


def add_parsers(commands: Any) -> None:
    """Add the four commands to ``points-tracker-cli``'s subparsers."""
    backup = commands.add_parser("backup", help="save a copy of the database to FILE (safe while the app is open)")
    backup.add_argument("file", type=Path)
    backup.add_argument("--replace", action="store_true", help="replace FILE if it exists")
    restore = commands.add_parser("restore", help="replace the database with a backup FILE (the current one is kept)")
    restore.add_argument("file", type=Path)
    commands.add_parser("backups", help="list the automatic backups")
    commands.add_parser(
        "restore-latest", help="restore the newest good automatic backup (for a damaged file, which is kept aside)"
    )


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return False


def _bad_input(args: argparse.Namespace, message: str) -> int:
    return fail(f"{args.command}: {message}", EXIT_BAD_INPUT)


def cmd_backup(args: argparse.Namespace, today: date) -> int:
    from tracker.store.backup import backup_database
    from tracker.store.paths import expand_user, resolve_db_path

    path = resolve_db_path(args.db)
    target: Path = expand_user(args.file)
    found = what_is(target)
    if found == "folder":
        return _bad_input(args, f"{target} is a folder; give a file name, such as {target / 'points-backup.sqlite3'}")
    if _same_file(target, path):
        return _bad_input(args, f"{target} is the database itself; give another file name")
    if found is not None and not args.replace:
        return _bad_input(args, f"{target} already exists; choose another name, or add --replace")
    db = open_for_command(args.db, today)
    backup_database(db, target)
    print(f"Saved a backup of {path} to {target}.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, today: date) -> int:
    from tracker.store.errors import BackupFileError
    from tracker.store.paths import expand_user, resolve_db_path
    from tracker.store.restore import restore_database

    path = resolve_db_path(args.db)
    source: Path = expand_user(args.file)
    with lock_database(path):
        try:
            previous = restore_database(path, source)
        except BackupFileError as error:
            return _bad_input(args, str(error))
    kept = f" The previous file was kept as {previous}." if previous is not None else ""
    print(f"Restored {path} from {source}.{kept}")
    return EXIT_OK


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size, 1) / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def cmd_backups(args: argparse.Namespace, today: date) -> int:
    from tracker.store.backup_files import list_backups
    from tracker.store.paths import backups_dir, resolve_db_path

    path = resolve_db_path(args.db)
    backups = list_backups(path)
    if not backups:
        print(f"No automatic backups of {path} yet; they go to {backups_dir(path)}.")
    for backup in backups:
        print(f"{backup.made:%Y-%m-%d %H:%M}  {backup.kind:14}  {_size(backup.size):>8}  {backup.path}")
    return EXIT_OK


def cmd_restore_latest(args: argparse.Namespace, today: date) -> int:
    from tracker.store.paths import resolve_db_path
    from tracker.store.restore import restore_latest

    path = resolve_db_path(args.db)
    with lock_database(path):
        result = restore_latest(path)
    if result.set_aside:
        kept = f" The damaged file was set aside as {result.previous}."
    elif result.previous is not None:
        kept = f" The previous file was kept as {result.previous}."
    else:
        kept = ""
    made = f"{result.backup.made:%Y-%m-%d %H:%M}"
    print(f"Restored {path} from {result.backup.path} (made {made}).{kept}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, date], int]] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "backups": cmd_backups,
    "restore-latest": cmd_restore_latest,
}
