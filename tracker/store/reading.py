"""Reading the records and settings the rules need: everything, or only some months of them.

Kept apart from :mod:`tracker.store.repository` (which also writes, imports and lists) so that a
command that only reads figures — ``status`` — imports only this. :func:`read_records` reads
inside a transaction the caller holds, so that the derived figures (:mod:`tracker.store.derived`)
can read their own state and the records they need from one consistent snapshot.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Mapping
from datetime import date
from decimal import Decimal
from operator import itemgetter

from peewee import SqliteDatabase

from tracker.collector import collector_paused
from tracker.frozen import maker
from tracker.i18n import translate
from tracker.rules.records import (
    ClubPost,
    EntryKind,
    Order,
    OrderStatus,
    PointsEntry,
    Promotion,
    Records,
    Review,
    Settings,
    StoreFollow,
    Visit,
)
from tracker.store.connection import read_transaction, write_transaction
from tracker.store.derived_schema import KIND_TABLES
from tracker.store.errors import DamagedDatabaseError
from tracker.store.setting_values import BackupSettings, backup_settings, rules_settings

DATE_COLUMNS = {kind: "order_date" if kind == "order" else "date" for kind in KIND_TABLES}

Months = Mapping[str, Collection[str] | None]
"""Which records to read: kind → its months (``YYYY-MM``), or None for all of that kind; a kind
left out is not read at all. Promotions are always read whole."""

_STATUSES = {status.value: status for status in OrderStatus}
# Records made with tracker.frozen.maker, not their classes' __init__: a heavy history is 100,000
# orders and thousands of reviews and visits, and the window and status read them all.
_new_order, _new_review, _new_visit = maker(Order), maker(Review), maker(Visit)
_new_post, _new_follow, _new_entry = maker(ClubPost), maker(StoreFollow), maker(PointsEntry)
_ENTRY_KINDS = {kind.value: kind for kind in EntryKind}
_SEPARATOR = "\x1f"  # char(31), the unit separator: never part of a category or product id


class _Dates(dict[str, date]):
    """ISO text → date, parsing each distinct text once (a 10-year history has ~3,650)."""

    def __missing__(self, key: str) -> date:
        value = self[key] = date.fromisoformat(key)
        return value


def load_records(db: SqliteDatabase) -> Records:
    """Everything the shopper recorded, as the rules' plain records, from one snapshot, by date.

    Built from raw tuples (not ORM objects), with the items summed per order by one grouped
    query, so that a heavy 10-year history loads in about a tenth of a second.
    """
    with read_transaction(db) as conn:
        return read_records(conn, db.database)


def read_records(conn: sqlite3.Connection, file: str, months: Months | None = None) -> Records:
    """The records of ``months`` (None: all), read with ``conn`` in the caller's transaction.

    Raises :class:`DamagedDatabaseError` (naming ``file``) for a value garbled on disk.
    """
    with collector_paused():
        try:
            return _records(conn, months)
        except (ValueError, KeyError, ArithmeticError) as error:
            # A date, status or multiplier garbled on disk: SQLite's page check on opening cannot
            # see that (decimal's InvalidOperation is an ArithmeticError, not a ValueError).
            raise DamagedDatabaseError(
                translate("Store", "{file} is damaged: some of its records cannot be read.").format(file=file)
            ) from error


def month_ranges(column: str, months: Collection[str]) -> tuple[str, list[str]]:
    """An SQL condition (and its parameters) true for dates of ``column`` in ``months``: one
    range per run of consecutive months, so that the date index serves it."""
    numbers = sorted({int(month[:4]) * 12 + int(month[5:7]) - 1 for month in months})
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    if not runs:
        return "0", []
    text = [f"({column} >= ? AND {column} <= ?)"] * len(runs)
    params = [bound for first, last in runs for bound in (f"{_month(first)}-01", f"{_month(last)}-99")]
    return "(" + " OR ".join(text) + ")", params


def _month(number: int) -> str:
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def _where(months: Months | None, kind: str) -> tuple[str, list[str]] | None:
    """The WHERE condition for ``kind``, or None when none of it is to be read."""
    if months is None:
        return "1", []
    if kind not in months:
        return None
    chosen = months[kind]
    return ("1", []) if chosen is None else month_ranges(DATE_COLUMNS[kind], chosen)


def _select(conn: sqlite3.Connection, sql: str, where: tuple[str, list[str]] | None, order: str) -> list[tuple]:  # type: ignore[type-arg]
    if where is None:
        return []
    return conn.execute(f"{sql} WHERE {where[0]} ORDER BY {order}", where[1]).fetchall()


def _records(conn: sqlite3.Connection, months: Months | None) -> Records:
    # Sorted by date below: a stable sort of the id-ordered rows beats SQLite's index walk.
    order_where = _where(months, "order")
    order_rows = _select(
        conn,
        "SELECT id, order_date, status, discount_cents, shipping_cents, confirmed_date, "
        "expected_date, refund_cents, refund_date FROM orders",
        order_where,
        "id",
    )
    line_rows: list[tuple] = []  # type: ignore[type-arg]
    if order_where is not None:
        # group_concat skips NULLs, so blank categories and product ids drop out.
        chosen = "" if order_where[0] == "1" else f"WHERE order_id IN (SELECT id FROM orders WHERE {order_where[0]}) "
        line_rows = conn.execute(
            "SELECT order_id, sum(quantity * unit_price_cents), group_concat(nullif(category, ''), "
            f"char(31)), group_concat(nullif(product_id, ''), char(31)) FROM order_line {chosen}GROUP BY order_id",
            order_where[1],
        ).fetchall()
    review_rows = _select(conn, "SELECT id, date, item_price_cents FROM review", _where(months, "review"), "date, id")
    visit_rows = _select(conn, "SELECT id, date FROM visit", _where(months, "visit"), "date")
    post_rows = _select(conn, "SELECT id, date FROM club_post", _where(months, "post"), "date, id")
    follow_rows = _select(conn, "SELECT id, date, store FROM store_follow", _where(months, "follow"), "date, id")
    entry_rows = _select(
        conn, "SELECT id, date, points, kind, note FROM points_entry", _where(months, "entry"), "date, id"
    )
    promotion_rows = conn.execute(
        "SELECT id, start_date, end_date, multiplier, name FROM promotion ORDER BY start_date, id"
    ).fetchall()

    order_rows.sort(key=itemgetter(1))
    items = {row[0]: row for row in line_rows}
    no_items = (0, 0, None, None)
    dates = _Dates()
    category_sets: dict[str | None, frozenset[str]] = {None: frozenset()}
    orders: list[Order] = []
    for oid, ordered, status, discount, shipping, confirmed, expected, refund, refunded in order_rows:
        _, total, categories, product_ids = items.get(oid, no_items)
        category_set = category_sets.get(categories)
        if category_set is None:
            category_set = category_sets[categories] = frozenset(categories.split(_SEPARATOR))
        orders.append(
            _new_order(
                ref=f"order:{oid}",
                order_date=dates[ordered],
                status=_STATUSES[status],
                items_cents=total,
                discount_cents=discount,
                shipping_cents=shipping,
                confirmed_date=None if confirmed is None else dates[confirmed],
                expected_date=None if expected is None else dates[expected],
                refund_cents=refund,
                refund_date=None if refunded is None else dates[refunded],
                categories=category_set,
                product_ids=() if product_ids is None else tuple(product_ids.split(_SEPARATOR)),
            )
        )
    return Records(
        orders=tuple(orders),
        reviews=tuple(_new_review(ref=f"review:{i}", date=dates[d], item_price_cents=p) for i, d, p in review_rows),
        visits=tuple(_new_visit(ref=f"visit:{i}", date=dates[d]) for i, d in visit_rows),
        posts=tuple(_new_post(ref=f"post:{i}", date=dates[d]) for i, d in post_rows),
        follows=tuple(_new_follow(ref=f"follow:{i}", date=dates[d], store=s) for i, d, s in follow_rows),
        entries=tuple(
            _new_entry(ref=f"entry:{i}", date=dates[d], points=p, kind=_ENTRY_KINDS[k], note=n)
            for i, d, p, k, n in entry_rows
        ),
        promotions=tuple(
            Promotion(ref=f"promotion:{i}", start=dates[s], end=dates[e], multiplier=Decimal(m), name=n)
            for i, s, e, m, n in promotion_rows
        ),
    )


# --- imports -----------------------------------------------------------------------------------

DEMO_KIND = "demo"  # the import kind of the demo data (tracker.store.demo writes and removes it)


def has_demo(db: SqliteDatabase) -> bool:
    """Whether the demo data is in the file: the dashboard asks at every start, which need not
    import the demo's writing for that."""
    with read_transaction(db) as conn:
        return conn.execute("SELECT 1 FROM import_batch WHERE kind = ? LIMIT 1", (DEMO_KIND,)).fetchone() is not None


# --- settings ----------------------------------------------------------------------------------


def get_settings(db: SqliteDatabase) -> dict[str, str]:
    with read_transaction(db) as conn:
        return {key: value for key, value in conn.execute("SELECT key, value FROM setting")}


def set_setting(db: SqliteDatabase, key: str, value: str) -> None:
    with write_transaction(db) as conn:
        conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def load_settings(db: SqliteDatabase) -> Settings:
    """The rules' :class:`Settings` from the settings table (:func:`rules_settings`)."""
    return rules_settings(get_settings(db))


def load_backup_settings(db: SqliteDatabase) -> BackupSettings:
    """The rolling backup settings (:func:`backup_settings`)."""
    return backup_settings(get_settings(db))
