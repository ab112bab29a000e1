"""Writing the files the shopper asks for — exports, charts, backups: whole or not at all, and
readable by the shopper only.

Every file is written beside its target under a name that says what it is
(``.orders.csv.points-tracker-partial-1234``: hidden, and named after the program and the process
that writes it), flushed to the disk, made readable and writable by its owner only (0600,
whatever the umask) and then renamed over the target in one step. So a full disk, a crash or a
killed process never leaves half a file under the target's name, and never damages the file
that was there before: it stays as it was until the new one is complete.

A partial file that a killed process left behind is deleted the next time anything is written
into that folder, once its process is gone (or, where that cannot be told, after a day).
"""

from __future__ import annotations

import errno
import os
import re
import sys
import time
from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path

__all__ = [
    "PARTIAL_MARK",
    "create_private_file",
    "is_disk_problem",
    "partial_path",
    "remove_stale_partials",
    "replace_with",
    "write_private_file",
    "write_private_files",
]

PARTIAL_MARK = ".points-tracker-partial-"
PRIVATE_MODE = 0o600
STALE_AFTER_SECONDS = 24 * 60 * 60  # a write takes seconds; a day-old partial was left by a crash
_DISK_ERRORS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EROFS", "EIO", "EFBIG") if hasattr(errno, name)
)
_PARTIAL_NAME = re.compile(r"\..+" + re.escape(PARTIAL_MARK) + r"(\d{1,10})(?:-journal|-wal|-shm)?", re.ASCII)


def partial_path(target: Path) -> Path:
    """Where ``target`` is written before it is complete: ``.<name>.points-tracker-partial-<pid>``."""
    return target.with_name(f".{target.name}{PARTIAL_MARK}{os.getpid()}")


def create_private_file(path: Path, *, exclusive: bool = True) -> int:
    """Create ``path`` readable and writable by its owner only and return an open descriptor.

    The mode is set again after creating, because the umask can take bits away from the one
    asked for (a umask of 0277 would leave a file its owner cannot write).
    """
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, PRIVATE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, PRIVATE_MODE)
    except OSError:
        os.close(descriptor)
        raise
    return descriptor


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; Windows has no folder handles)."""
    if sys.platform == "win32":
        return
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def replace_with(partial: Path, target: Path) -> None:
    """Flush the complete ``partial`` to the disk and rename it over ``target`` in one step."""
    descriptor = os.open(partial, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(partial, target)
    _sync_folder(target.parent)


def _remove_partial(partial: Path) -> None:
    for leftover in (partial, *(Path(f"{partial}{end}") for end in ("-journal", "-wal", "-shm"))):
        with suppress(OSError):
            leftover.unlink()


def _write_partial(target: Path, data: bytes) -> Path:
    partial = partial_path(target)
    _remove_partial(partial)  # our own, from an earlier write that was killed (same process id)
    descriptor = create_private_file(partial)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(descriptor, view)
                view = view[written:]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except BaseException:
        _remove_partial(partial)
        raise
    return partial


def write_private_file(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` (replacing it) whole or not at all, readable by its owner only.

    Raises:
        OSError: the file could not be written (full disk, no permission, no such folder …);
            ``target`` is then exactly as it was, and no partial file is left.
    """
    write_private_files({target: data})


def write_private_files(files: Mapping[Path, bytes]) -> None:
    """Write several files, each as :func:`write_private_file` does, replacing none of them until
    all are complete: a full disk half-way leaves every previous file as it was."""
    for target in files:
        if not target.name or target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(target))
    for folder in {target.parent for target in files}:
        remove_stale_partials(folder)
    written: list[tuple[Path, Path]] = []
    try:
        for target, data in files.items():
            written.append((_write_partial(target, data), target))
        while written:
            partial, target = written[0]
            os.replace(partial, target)
            written.pop(0)
    except BaseException:
        for partial, _ in written:
            _remove_partial(partial)
        raise
    for folder in {target.parent for target in files}:
        _sync_folder(folder)


def is_disk_problem(error: OSError) -> bool:
    """Whether writing failed because of the disk (full, read-only, failing), not because of the
    name the shopper gave (no such folder, a folder, no permission)."""
    return error.errno in _DISK_ERRORS


def _process_gone(pid: int) -> bool | None:
    """True when no process ``pid`` runs, False when one does, None when that cannot be told."""
    if pid == os.getpid():
        return False
    if sys.platform == "win32":
        return None  # os.kill(pid, 0) would send Ctrl+C there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # someone else's process
    except (OSError, OverflowError, ValueError):
        return None
    return False


def remove_stale_partials(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete the partial files (see :func:`partial_path`) a killed or crashed write left in
    ``folder``: those whose process is gone, and any older than a day. Returns what was deleted.

    Only regular files named exactly as this module names them are touched.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _PARTIAL_NAME.fullmatch(entry.name)
        if match is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER_SECONDS
            pid = int(match.group(1))
            if int(pid) == os.getpid() and not old:
                continue
            if old or _process_gone(pid):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
