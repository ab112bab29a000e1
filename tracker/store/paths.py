"""Where the database file lives, and the names of its backups.

The GUI must use :func:`default_db_path` too (not ``QStandardPaths``), so that both front ends
open the same file on every platform.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Mapping
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path

from tracker.i18n import translate
from tracker.store.errors import StoreError

APP_DIR_NAME = "PointsTracker"
DB_FILE_NAME = "points.sqlite3"
DB_ENV_VAR = "POINTS_TRACKER_DB"


def expand_user(path: str | os.PathLike[str]) -> Path:
    """``path`` with a leading ``~`` or ``~user`` expanded as a shell does: a ``~name`` that
    names no user (or a ``~`` with no home folder to be found) is left as written, a file of
    that name, instead of the RuntimeError :meth:`Path.expanduser` raises."""
    try:
        return Path(path).expanduser()
    except RuntimeError:
        return Path(path)


def default_db_path() -> Path:
    """The platform's user data folder (e.g. ``~/.local/share/PointsTracker``) / ``points.sqlite3``."""
    import platformdirs  # only when no file is named: a command given --db never needs it

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / DB_FILE_NAME


def resolve_db_path(cli_value: str | None, environ: Mapping[str, str] | None = None) -> Path:
    """The file to open: an explicit ``--db`` wins, then ``$POINTS_TRACKER_DB``, then the default.

    Blank values count as not given; ``~`` is expanded. The parent folders are created when the
    database is opened, not here.
    """
    env = os.environ if environ is None else environ
    for value in (cli_value, env.get(DB_ENV_VAR)):
        if value is not None and value.strip():
            return expand_user(value.strip())
    return default_db_path()


def real_db_path(path: Path) -> Path:
    """``path`` with ``~`` expanded, made absolute and with symbolic links followed (as SQLite
    follows them), so that every name of one file means one lock and one window."""
    return expand_user(path).resolve()


# --- the data folder -----------------------------------------------------------------------------

PRIVATE_FOLDER_MODE = 0o700


class FolderError(StoreError):
    """The folder for the database cannot be made; ``folder`` is the one that failed."""

    def __init__(self, message: str, folder: Path) -> None:
        super().__init__(message)
        self.folder = folder


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parents, readable by the user only (0700, whatever the
    umask, as the XDG base directory specification asks). Folders that exist are left as they are.

    Raises:
        FolderError: it cannot be made; the message names the folder and says why in plain words.
    """
    folder = expand_user(folder).absolute()
    missing = [folder, *folder.parents]
    missing = list(reversed([part for part in missing if not part.is_dir()]))
    for part in missing:
        try:
            part.mkdir(mode=PRIVATE_FOLDER_MODE)
        except FileExistsError:
            if not part.is_dir():
                raise _folder_error(folder, part, None) from None
            continue  # made meanwhile by another process: fine
        except OSError as error:
            raise _folder_error(folder, part, error) from None
        # mkdir's mode is masked by the umask. A file system without permissions (FAT) refuses:
        # the folder is there, that is what counts.
        with suppress(OSError):
            os.chmod(part, PRIVATE_FOLDER_MODE)


def _folder_error(folder: Path, failed: Path, error: OSError | None) -> FolderError:
    if error is None or isinstance(error, NotADirectoryError):
        blocker = next((part for part in (failed, *failed.parents) if part.exists() and not part.is_dir()), failed)
        reason = translate("Store", "{file} is a file, not a folder").format(file=blocker)
    elif isinstance(error, PermissionError):
        reason = translate("Store", "you are not allowed to create folders in {place}").format(place=failed.parent)
    elif error.errno == errno.EROFS:
        reason = translate("Store", "{place} is on a disk that can only be read").format(place=failed.parent)
    elif error.errno == errno.ENOSPC:
        reason = translate("Store", "the disk is full")
    else:
        reason = (error.strerror or str(error)).rstrip(".")
    message = translate("Store", "Points Tracker cannot create the folder {folder} for your records: {reason}.")
    return FolderError(message.format(folder=folder, reason=reason), folder)


# --- backups -------------------------------------------------------------------------------------
# Backups live in a "backups" folder beside the database and are named after it, so that two
# databases in one folder keep apart. Pruning deletes only names that daily_backup_path() makes.

BACKUPS_DIR_NAME = "backups"
BACKUP_SUFFIX = ".sqlite3"
BACKUP_DAILY = "daily"
BACKUP_BEFORE_RESTORE = "before restore"
BACKUP_BEFORE_UPGRADE = "before upgrade"


def backups_dir(db_path: Path) -> Path:
    """``<folder of the database>/backups``."""
    return db_path.parent / BACKUPS_DIR_NAME


def daily_backup_path(db_path: Path, day: date) -> Path:
    """``backups/points-2026-11-24.sqlite3`` for ``points.sqlite3``."""
    return backups_dir(db_path) / f"{db_path.stem}-{day.isoformat()}{BACKUP_SUFFIX}"


def stamped_backup_path(db_path: Path, reason: str, now: datetime) -> Path:
    """A new, unused name such as ``backups/points-before-restore-20261124-091500.sqlite3``.

    ``reason`` is ``before-restore`` or ``before-upgrade-v1``; a second copy in the same second
    gets ``-2`` and so on, so no backup is ever replaced.
    """
    base = f"{db_path.stem}-{reason}-{now:%Y%m%d-%H%M%S}"
    candidate = backups_dir(db_path) / f"{base}{BACKUP_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = candidate.with_name(f"{base}-{number}{BACKUP_SUFFIX}")
        number += 1
    return candidate


def _backup_patterns(db_path: Path) -> tuple[tuple[str, re.Pattern[str]], ...]:
    stem = re.escape(db_path.stem)
    suffix = re.escape(BACKUP_SUFFIX)
    stamp = r"\d{8}-\d{6}(?:-\d+)?"
    return (
        (BACKUP_DAILY, re.compile(rf"{stem}-\d{{4}}-\d{{2}}-\d{{2}}{suffix}", re.ASCII)),
        (BACKUP_BEFORE_RESTORE, re.compile(rf"{stem}-before-restore-{stamp}{suffix}", re.ASCII)),
        (BACKUP_BEFORE_UPGRADE, re.compile(rf"{stem}-before-upgrade-v\d+-{stamp}{suffix}", re.ASCII)),
    )


def backup_kind(db_path: Path, file_name: str) -> str | None:
    """:data:`BACKUP_DAILY`, :data:`BACKUP_BEFORE_RESTORE` or :data:`BACKUP_BEFORE_UPGRADE` when
    ``file_name`` is a name this app gives to a backup of ``db_path``; None for anything else."""
    for kind, pattern in _backup_patterns(db_path):
        if pattern.fullmatch(file_name):
            return kind
    return None


def damaged_aside_path(db_path: Path, now: datetime) -> Path:
    """An unused name beside the file: ``points.sqlite3.damaged-20261124-091500``."""
    base = f"{db_path.name}.damaged-{now:%Y%m%d-%H%M%S}"
    candidate = db_path.with_name(base)
    number = 2
    while any(Path(f"{candidate}{end}").exists() for end in ("", "-wal", "-shm")):
        candidate = db_path.with_name(f"{base}-{number}")
        number += 1
    return candidate
