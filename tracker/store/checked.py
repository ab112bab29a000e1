"""Which bytes of a database file were last found undamaged.

Opening a file in full checks every page (``PRAGMA quick_check``), so that a damaged file is
named as such before anything is read from it or written to it. A quick read-only look
(:mod:`tracker.store.glance`) may skip that check only when the file is, byte for byte, the one
last checked and then closed by this program: its size and CRC-32 are kept beside the backups
(``backups/.points.sqlite3.checked``) when a command that checked it closes it with nothing left
in a write-ahead log. Any other change — a bad sector, a sync tool, another program — makes the
look decline, and the full open checks the pages and says what is wrong.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from tracker.store.errors import StoreError
from tracker.store.paths import backups_dir, make_private_folder

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
    open). Not worth failing a command over: an unwritable folder only costs the next look."""
    if has_wal_data(path):
        return
    mark = checked_mark(path)
    try:
        make_private_folder(mark.parent)
        from tracker.store.files import write_private_file  # writing: not for a quick look

        write_private_file(mark, _fingerprint(path))
    except (OSError, StoreError):
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
