"""Small helpers shared by the data-safety tests."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from peewee import SqliteDatabase

from tests.store.factories import order
from tracker.rules.records import OrderStatus
from tracker.store.batches import write_batch

JARGON = ("sqlite", "pragma", "traceback", "errno", "operationalerror", "disk image", "sqlite_")


def fill(db: SqliteDatabase, count: int = 300, first: int = 0) -> None:
    """``count`` orders, one a day, numbered from ``first``."""
    orders = [
        order(
            f"81{n:06}",
            order_date=date(2024, 1, 1) + timedelta(days=n % 700),
            status=OrderStatus.PENDING,
            store=f"Store {n % 40}",
        )
        for n in range(first, first + count)
    ]
    write_batch(db, file_name=f"orders-{first}.csv", file_hash=f"hash-{first}", kind="orders", orders=orders)


def damage(path: Path) -> None:
    """Overwrite a page in the middle of a closed database file, as a bad disk sector would."""
    data = bytearray(path.read_bytes())
    assert len(data) >= 4096 * 8, "make the file bigger first"
    start = (len(data) // 4096 // 2) * 4096
    for offset in range(start, start + 4096, 7):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def assert_plain(message: str) -> None:
    """A message for a shopper: no SQLite words, no traceback."""
    lowered = message.lower().replace(".sqlite3", "")  # file names may say sqlite
    assert not any(word in lowered for word in JARGON), message
    assert "\n" not in message, message
