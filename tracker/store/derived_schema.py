"""The triggers of schema version 5 that log every change to what the rules read (see
:mod:`tracker.store.derived`). Apart from it so that the migrations can make them without
importing the connection they are part of."""

from __future__ import annotations

import sqlite3

KIND_TABLES = {
    "order": "orders", "review": "review", "visit": "visit", "post": "club_post",
    "follow": "store_follow", "entry": "points_entry",
}  # fmt: skip
"""The tables of the kinds of record that earn points, by their ``ref`` prefix."""

MARKED_TABLES = (*KIND_TABLES.values(), "order_line", "promotion")
"""The tables whose new rows are found by their ids (above the mark) rather than logged one by one."""

_MONTH = "substr({row}.{column}, 1, 7)"


def trigger_name(table: str, when: str) -> str:
    """The name of the trigger that logs ``when`` (``INSERT``, ``DELETE`` or ``UPDATE``) on ``table``."""
    return f"{table}_logs_{when.lower()}"


def _log(kind: str, month: str) -> str:
    return f"INSERT INTO derived_change (kind, month) VALUES ('{kind}', {month});"


def _at_or_below_mark(table: str) -> str:
    """An inserted row is logged only when its id is at or below the table's mark: a row above it
    is found by :func:`tracker.store.derived.take_in_new_rows`, so that an import pays one
    comparison per row, not a write."""
    return f"WHEN NEW.id <= (SELECT mark FROM derived_mark WHERE table_name = '{table}')"


def create_triggers(conn: sqlite3.Connection) -> None:
    """The triggers that log every change to what the rules read (idempotent)."""
    for kind, table in KIND_TABLES.items():
        column = "order_date" if kind == "order" else "date"
        old, new = _MONTH.format(row="OLD", column=column), _MONTH.format(row="NEW", column=column)
        _trigger(
            conn, trigger_name(table, "INSERT"), f"AFTER INSERT ON {table}", _log(kind, new), _at_or_below_mark(table)
        )
        _trigger(conn, trigger_name(table, "DELETE"), f"AFTER DELETE ON {table}", _log(kind, old))
        _trigger(
            conn,
            trigger_name(table, "UPDATE"),
            f"AFTER UPDATE ON {table}",
            _log(kind, old) + f" INSERT INTO derived_change (kind, month) SELECT '{kind}', {new} "
            f"WHERE {new} IS NOT {old};",
        )
    # An item changes its order's points: the order's month (none when the order itself is being
    # deleted, which logs its month on its own).
    for when, row in (("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "NEW")):
        month_of_order = (
            f"INSERT INTO derived_change (kind, month) SELECT 'order', substr(order_date, 1, 7) "
            f"FROM orders WHERE id = {row}.order_id;"
        )
        extra = month_of_order.replace("NEW.", "OLD.") if when == "UPDATE" else ""
        condition = _at_or_below_mark("order_line") if when == "INSERT" else ""
        _trigger(
            conn, trigger_name("order_line", when), f"AFTER {when} ON order_line", month_of_order + extra, condition
        )
    # A promotion multiplies the orders of its dates: every order month, to keep it simple.
    for when in ("INSERT", "DELETE", "UPDATE"):
        condition = _at_or_below_mark("promotion") if when == "INSERT" else ""
        _trigger(conn, trigger_name("promotion", when), f"AFTER {when} ON promotion", _log("order", "NULL"), condition)


def _trigger(conn: sqlite3.Connection, name: str, event: str, body: str, when: str = "") -> None:
    conn.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {event} FOR EACH ROW {when} BEGIN {body} END")
