"""Which bytes of a database file were last found undamaged.

Opening a file in full checks every page (``PRAGMA quick_check``), so that a damaged file is
named as such before anything is read from it or written to it. That check may be skipped —
by the next open, or by ``status``'s quick read-only look (:mod:`tracker.store.glance`) — only
while the file is, byte for byte, the one last checked and then closed by this program: its
size and CRC-32 are kept beside the backups (``backups/.points.sqlite3.checked``) when the file
is closed (:func:`tracker.store.connection.close_database`) with nothing left in a write-ahead
log and no other file put in its place meanwhile. Any other change — a bad sector, a sync tool,
another program — means the pages are checked again, and a damaged file is named as such.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from tracker.store.paths import backups_dir

_CHUNK = 1 << 20


def has_wal_data(path: Path) -> bool:
    """Whether a write-ahead log beside ``path`` holds pages not yet in the file."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def checked_mark(path: Path) -> Path:
    return backups_dir(path) / f".{path.name}.checked"


def remember_checked(path: Path) -> None:
    """Note ``path`` as it is now as undamaged: call after its pages were checked and the file
    closed. Nothing is noted while a write-ahead log holds part of it (another program has it
    open), nor where there is no backups folder (made by the first daily backup: nothing else is
    made beside a file for this). Not worth failing a command over: an unwritable folder only
    costs the next look a check."""
    mark = checked_mark(path)
    if has_wal_data(path) or not mark.parent.is_dir():
        return
    try:
        from tracker.store.files import write_private_file  # writing: not for a quick look

        write_private_file(mark, _fingerprint(path))
    except OSError:
        pass


def unchanged_since_checked(path: Path) -> bool:
    """Whether ``path`` holds exactly the bytes last noted by :func:`remember_checked`."""
    try:
        return checked_mark(path).read_bytes() == _fingerprint(path)
    except OSError:
        return False


def _fingerprint(path: Path) -> bytes:
    crc = size = 0
    with open(path, "rb") as file:
        while chunk := file.read(_CHUNK):
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
    return f"{size} {crc:08x}".encode("ascii")
