"""The figures without reading every record: points per day from the derived sums.

:mod:`tracker.store.derived` keeps, per kind of record and month, the points the rules give
them; this module computes what is missing or out of date — the months the change log names,
the months whose records change meaning between the sums' date and the one asked for (pending
orders, refunds still to come …), or everything when the rule set or the settings the ledger
depends on differ — and saves it back. A property test
(``tests/report/test_figures_property.py``) checks the result always equals a full
computation from every record.

Only the ledger is split by month: the totals per day go to
:func:`~tracker.rules.projection.status_from_totals`, so the status has no ledger
(``status.ledger == ()``); what needs the entries builds them.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date
from operator import attrgetter

from peewee import SqliteDatabase

from tracker.report.sums import Figures, day_totals, fingerprint
from tracker.rules.entries import Credit, Source
from tracker.rules.ledger import LedgerEntry, build_ledger, ledger_with_totals
from tracker.rules.projection import first_day_read
from tracker.rules.records import Records, Settings
from tracker.rules.ruleset import RuleSet
from tracker.store import derived
from tracker.store.connection import read_transaction
from tracker.store.reading import Months, read_records

COSTLY_MONTHS = 24
"""More changed months than this (or every month of a kind) may be a long computation …"""
QUICK_ORDERS = 1_000
"""… unless there are no more orders than this: some 20 ms to read and compute. Beyond both,
:func:`figures` with ``quick_only`` leaves the work to a background worker, and the window shows
the status from the recent records meanwhile (:func:`recent_figures`): at 2,000 orders over ten
years, 4 ms rather than 48 before the first paint."""
RECENT_ORDERS = 20_000
"""The most orders :func:`recent_figures` reads: about a fifth of a second."""


def figures(
    db: SqliteDatabase,
    ruleset: RuleSet,
    settings: Settings,
    as_of: date,
    *,
    keep: bool = True,
    quick_only: bool = False,
) -> Figures | None:
    """The points per day as of ``as_of``, from the sums where they are current.

    ``keep``: save what was computed (not for a one-off rule set). ``quick_only``: return None
    instead of computing more than :data:`COSTLY_MONTHS` months. Raises the store's errors.
    """
    took_in = derived.take_in_new_rows(db)  # False while another program writes: read them below
    print_ = fingerprint(ruleset, settings)
    with read_transaction(db) as conn:
        seen = derived.read_seen(conn)
        todo = _to_compute(conn, seen, print_, ruleset, settings, as_of)
        if not took_in and todo is not None:
            for kind, months in derived.new_row_months(conn).items():
                derived.add_months(todo, kind, months)  # type: ignore[arg-type]
        if quick_only and _costly(todo) and derived.order_count(conn) > QUICK_ORDERS:
            return None
        records = read_records(conn, db.database, todo)
        stored = [] if todo is None else derived.stored_totals(conn, todo)
        empty = not derived.has_records(conn)
    rows = bucket_rows(build_ledger(records, ruleset, settings, as_of), records)
    moved_on = seen.as_of is None or as_of >= seen.as_of
    if keep and took_in and moved_on and (todo is None or todo or seen.as_of != as_of):
        derived.save(db, seen, print_, as_of, todo, rows)
    credited, expected = day_totals(stored, rows)
    return Figures(as_of, credited, expected, empty, todo is None)


def _to_compute(
    conn: sqlite3.Connection, seen: derived.Seen, print_: str, ruleset: RuleSet, settings: Settings, as_of: date
) -> Months | None:
    """The months to compute again; None for everything."""
    if seen.generation < 0 or seen.fingerprint != print_ or seen.as_of is None:
        return None
    todo: dict[str, set[str] | None] = {
        kind: None if months is None else set(months) for kind, months in seen.changed.items()
    }
    if seen.as_of != as_of:
        changing = derived.months_changed_after(conn, min(seen.as_of, as_of), settings.confirmation_lag_days)
        for kind, months in changing.items():
            derived.add_months(todo, kind, months)
    if _linked(ruleset) and "order" in todo:
        todo["order"] = None
    return todo


def _linked(ruleset: RuleSet) -> bool:
    """Whether one order's entries depend on orders of other months: L1 ties a product's orders."""
    shopping = ruleset.shopping
    return shopping.rule != "flat_per_order" and shopping.max_orders_per_product > 0


def recent_figures(db: SqliteDatabase, ruleset: RuleSet, settings: Settings, as_of: date) -> Figures | None:
    """The points per day that the status as of ``as_of`` reads, from the records that reach them.

    For a start whose sums would take long to compute (:func:`figures` with ``quick_only`` gave
    None): the status reads no day before :func:`~tracker.rules.projection.first_day_read`
    (about 14 months back), so only the months whose records can have entries from that day on
    are read — a tenth of a heavy 10-year history (with L1, also every order sharing a product
    with them, as they share its slots). The figures hold those days only
    (``since``); nothing is saved, as the other months' sums are not known. None when even these
    records hold more than :data:`RECENT_ORDERS` orders. Raises the store's errors.
    """
    since = first_day_read(ruleset, as_of)
    with read_transaction(db) as conn:
        months = derived.months_reaching(conn, since, settings.confirmation_lag_days)
        chosen = months.get("order")
        if _linked(ruleset) and chosen is not None:
            months["order"] = derived.months_sharing_products(conn, chosen)  # L1: their slots' other orders
        if "order" in months and derived.order_count(conn, months["order"]) > RECENT_ORDERS:
            return None
        records = read_records(conn, db.database, months)
        empty = not derived.has_records(conn)
    _, credited, expected = ledger_with_totals(records, ruleset, settings, as_of)
    recent = {day: points for day, points in credited.items() if day >= since}
    return Figures(as_of, recent, expected, empty, recomputed=True, since=since)


def _costly(todo: Months | None) -> bool:
    if todo is None:
        return True
    months = 0
    for chosen in todo.values():
        if chosen is None:
            return True
        months += len(chosen)
    return months > COSTLY_MONTHS


_ref = attrgetter("ref")


def bucket_rows(ledger: list[LedgerEntry], records: Records) -> list[derived.Row]:
    """The ledger summed per (kind, month of the record, day, source, expected).

    Summed first per the entries' own day, source and credit (no conversion per entry: a heavy
    history has 100,000 of them), then per the stored columns, each key converted once.
    """
    month_of: dict[str, tuple[str, str]] = {}
    for kind, group, day_of in (
        ("order", records.orders, attrgetter("order_date")), ("review", records.reviews, attrgetter("date")),
        ("visit", records.visits, attrgetter("date")), ("post", records.posts, attrgetter("date")),
        ("follow", records.follows, attrgetter("date")), ("entry", records.entries, attrgetter("date")),
    ):  # fmt: skip
        days = list(map(day_of, group))
        months = {day: (kind, day.isoformat()[:7]) for day in set(days)}  # each day's (kind, month)
        month_of.update(zip(map(_ref, group), map(months.__getitem__, days), strict=True))
    by_entry: dict[tuple[tuple[str, str], date, Source, Credit], int] = defaultdict(int)
    for day, points, _, source, ref, credit in ledger:
        where = ("order", ref[4:11]) if ref.startswith("day:") else month_of[ref]
        by_entry[(where, day, source, credit)] += points
    stored_source = {source: source.value for source in Source}
    stored_expected = {credit: int(credit is Credit.EXPECTED) for credit in Credit}
    sums: dict[tuple[str, str, int, str, int], int] = defaultdict(int)
    for ((kind, month), day, source, credit), points in by_entry.items():
        sums[(kind, month, day.toordinal(), stored_source[source], stored_expected[credit])] += points
    return [
        (kind, month, day, source, flag, points) for (kind, month, day, source, flag), points in sums.items() if points
    ]
