"""Writing a checked file as one batch, and what goes with it: the stored order numbers and
exchange rates a check needs, and the rejected rows as a CSV file to fix.

:func:`run_import` is one call of :func:`tracker.store.batches.write_batch`: one transaction,
so cancelling midway (``cancel()`` turning true) leaves the database exactly as it was.
"""

from __future__ import annotations

import csv
import io
import logging
import sqlite3
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from peewee import SqliteDatabase

from tracker.collector import collector_paused
from tracker.currency.rates import RateBook
from tracker.i18n import translate
from tracker.importing.errors import ImportProblem
from tracker.importing.options import POINTS_HISTORY, REFUNDS, ImportOptions
from tracker.importing.prepared import ImportReport, Prepared
from tracker.store._rows import LINE_COLUMNS, ORDERS, line_from_row, order_from_row
from tracker.store.batches import BatchResult, write_batch
from tracker.store.connection import read_transaction
from tracker.store.conversion import read_paid
from tracker.store.drafts import OrderDraft
from tracker.store.user_rates import load_rate_book

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], object]


def stored_order_numbers(db: SqliteDatabase) -> set[str]:
    """The order numbers already recorded, to tell new orders from known ones."""
    with read_transaction(db) as conn:
        return {number for (number,) in conn.execute("SELECT order_no FROM orders WHERE order_no IS NOT NULL")}


def stored_orders(db: SqliteDatabase) -> Callable[[Collection[str]], dict[str, OrderDraft]]:
    """Reads the recorded orders with the numbers asked (a refunds file updates them)."""

    def read(order_nos: Collection[str]) -> dict[str, OrderDraft]:
        with read_transaction(db) as conn:
            return orders_by_number(conn, order_nos)

    return read


def orders_by_number(conn: sqlite3.Connection, order_nos: Collection[str]) -> dict[str, OrderDraft]:
    """Order number → the recorded order, items included, for the numbers asked that are recorded."""
    wanted = sorted(set(order_nos))
    found: dict[str, OrderDraft] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT id, {ORDERS.select_columns} FROM orders WHERE order_no IN ({marks})", chunk
        ).fetchall()
        for row in rows:
            lines = conn.execute(
                f"SELECT {', '.join(LINE_COLUMNS)} FROM order_line WHERE order_id = ? ORDER BY position", (row[0],)
            ).fetchall()
            draft = order_from_row(row[1:], tuple(line_from_row(line) for line in lines))
            paid = read_paid(conn, row[0])  # an order paid in another currency: its amounts as paid
            if draft.order_no is not None:
                found[draft.order_no] = draft if paid is None else replace(draft, paid=paid)
    return found


def stored_rates(db: SqliteDatabase) -> RateBook:
    """The shopper's exchange rates over the shipped ECB rates (read only when an order needs them)."""
    return load_rate_book(db)


def clean_rates(rates: Mapping[str, Decimal | str] | None) -> dict[str, Decimal]:
    """Currency → US$ per unit, leaving out entries that are not positive numbers."""
    cleaned: dict[str, Decimal] = {}
    for currency, value in (rates or {}).items():
        try:
            rate = Decimal(str(value).strip())
        except (InvalidOperation, ValueError):
            continue
        if rate.is_finite() and rate > 0:
            cleaned[str(currency).strip().upper()] = rate
    return cleaned


def check_importable(prepared: Prepared, options: ImportOptions | None = None) -> None:
    """Raise the :class:`ImportProblem` that :func:`run_import` would, without writing: for a
    dry run, which must stop where the import would.

    A Points Tracker file is imported whole or not at all: skipping rows with errors does not
    apply to it. A Points Tracker file with no rows (an empty export) imports nothing, fine.
    """
    options = options or prepared.options
    rejected = len(prepared.rejected)
    if rejected and (prepared.native or not options.skip_errors):
        if rejected == 1:
            rows = translate("Import", "1 row has a problem")
        else:
            rows = translate("Import", "%Ln rows have problems", None, rejected)
        if prepared.native:
            raise ImportProblem(
                translate(
                    "Import",
                    "{rows}, so nothing was imported: a Points Tracker file is imported whole or not at all. Fix them "
                    "and import the file again.",
                ).format(rows=rows)
            )
        raise ImportProblem(
            translate(
                "Import",
                "{rows}, so nothing was imported. Fix them (save the rejected rows as a CSV file, correct them and "
                "import that), or choose to skip rows with errors.",
            ).format(rows=rows)
        )
    if not prepared.native and not prepared.orders and not prepared.activity_count and not prepared.duplicate_lines:
        raise ImportProblem(translate("Import", "Nothing to import: no row of the file could be read."))


def run_import(
    db: SqliteDatabase,
    prepared: Prepared,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Writes the prepared rows as one batch, in one transaction.

    ``options`` may change what to do since :func:`prepare` (skip rows with errors, update
    stored orders); by default the prepared ones. ``progress(done, total)`` is called as the
    records are written; when ``cancel()`` turns true the import stops and the database is
    exactly as before.

    Raises:
        ImportProblem: rows were rejected and skipping them was not chosen, or nothing is left.
        ImportCancelled: ``cancel()`` said stop; nothing was written.
    """
    options = options or prepared.options
    if options.preset is None and prepared.options.preset:
        options = options.but(preset=prepared.options.preset)
    if prepared.kind == REFUNDS:  # a refunds file only ever updates orders already recorded
        options = options.but(on_duplicate="update")
    check_importable(prepared, options)
    rejected = len(prepared.rejected)

    def report(done: int, total: int) -> bool:
        if progress is not None:
            progress(done, total)
        return not (cancel is not None and cancel())

    with collector_paused():
        result = _write(db, prepared, options, report, rejected)
    logger.info(
        "Imported %s as import %d (%s, preset %r): %d new, %d updated, %d skipped, %d rejected",
        prepared.file_name, result.batch_id, prepared.kind, options.preset or "", result.new, result.updated,
        result.skipped + len(prepared.duplicate_lines), rejected,
    )  # fmt: skip
    return ImportReport(
        batch_id=result.batch_id,
        file_name=prepared.file_name,
        kind=prepared.kind,
        preset=options.preset or "",
        new=result.new,
        updated=result.updated,
        skipped=result.skipped + len(prepared.duplicate_lines),
        rejected=rejected,
        warnings=tuple(prepared.warnings),
    )


def _write(
    db: SqliteDatabase, prepared: Prepared, options: ImportOptions, report: Callable[[int, int], bool], rejected: int
) -> BatchResult:
    return write_batch(
        db,
        file_name=prepared.file_name,
        file_hash=prepared.file_hash,
        kind=prepared.kind,
        orders=[order.draft for order in prepared.orders],
        checked_orders={index for index, order in enumerate(prepared.orders) if order.draft is order.checked},
        reviews=prepared.reviews,
        visits=prepared.visits,
        posts=prepared.posts,
        follows=prepared.follows,
        # A points history is AliExpress's record to check against, not points of its own.
        entries=[] if prepared.kind == POINTS_HISTORY else prepared.entries,
        history=prepared.entries if prepared.kind == POINTS_HISTORY else [],
        promotions=prepared.promotions,
        on_duplicate="update" if options.on_duplicate == "update" else "skip",
        progress=report,
        rejected=rejected,
        preset="native" if prepared.native else options.preset or "",
        left_out=len(prepared.duplicate_lines),
    )


def rejected_csv(prepared: Prepared) -> bytes:
    """The rejected rows as the file had them, plus a "problem" column, as UTF-8 CSV for Excel.

    The header and separator are the original file's, so the fixed file imports the same way.
    """
    source = prepared.source
    delimiter = source.dialect.delimiter if source is not None and source.dialect is not None else ","
    header = list(source.raw_header or source.headers) if source is not None else list(prepared.headers)
    width = len(header)
    problems = {row.line: row.reason for row in prepared.rejected}
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    if source is not None and source.dialect is not None and source.dialect.skip_lines:
        buffer.write(f"sep={delimiter}\r\n")
    writer.writerow([*header, "problem"])
    if source is not None and problems:
        for row in source.records():
            if row.line in problems:
                cells = list(row.cells) + [""] * (width - len(row.cells))
                writer.writerow([*cells, f"Row {row.line}: {problems[row.line]}"])
    return buffer.getvalue().encode("utf-8-sig")
