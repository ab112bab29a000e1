"""Imports as batches: write a whole file's records in one transaction, list them, undo them.

Duplicates (so that importing the same file again adds nothing):

- an order is a duplicate when its ``order_no`` is already stored or appeared earlier in the
  same batch (the first wins). Orders without an order number are never merged with anything;
  they are skipped only when a file with the same hash was imported before.
- a visit is a duplicate when its day already has one (stored or earlier in the batch).
- a review, Club post, store follow, points entry, promotion or points-history row is a duplicate
  when an identical one is stored: each stored record absorbs one identical incoming record, so two
  identical rows in one file (two reviews the same day) both count the first time and neither the
  second time.

``on_duplicate="update"`` overwrites duplicate orders with the file's data (items included; a
note is kept when the file has none). Other kinds have nothing to update and are skipped.

Undo removes the rows the batch *created* and puts the orders it *updated* back as they were
(each update's before and after are kept in ``import_update``), unless they were changed since.
An order that a later import updated still belongs to the batch that created it.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal, TypeVar

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.store._rows import (
    ENTRIES,
    FOLLOWS,
    HISTORY,
    INSERT_LINE_SQL,
    ORDERS,
    POSTS,
    PROMOTIONS,
    REVIEWS,
    VISITS,
    Kind,
    Params,
    Row,
    line_params,
    normalize_order_no,
)
from tracker.store.bulk import indexes_made_after, insert_rows
from tracker.store.connection import read_transaction, write_transaction
from tracker.store.conversion import write_conversions
from tracker.store.derived import insert_triggers_paused
from tracker.store.drafts import (
    EntryDraft,
    FieldProblem,
    FollowDraft,
    OrderDraft,
    PostDraft,
    PromotionDraft,
    ReviewDraft,
    VisitDraft,
)
from tracker.store.errors import ImportCancelled, InvalidDraftError, RecordNotFoundError
from tracker.store.history import first_free_id, order_image, restore_order_image

logger = logging.getLogger(__name__)

D = TypeVar("D")
OnDuplicate = Literal["skip", "update"]
ProgressCallback = Callable[[int, int], bool]
"""``progress(done, total)``; returning False cancels the import (nothing is written)."""

CHUNK_SIZE = 1000  # records written between two progress reports

_UPDATE_ORDER_SQL = (
    "UPDATE orders SET "
    + ", ".join(f"{column} = ?" for column in ORDERS.columns if column != "note")
    + ", note = COALESCE(NULLIF(?, ''), note) WHERE id = ?"
)
assert ORDERS.columns[-1] == "note"  # _UPDATE_ORDER_SQL relies on the parameter order


@dataclass(frozen=True, slots=True)
class BatchResult:
    batch_id: int
    new: int
    updated: int
    skipped: int


@dataclass(frozen=True, slots=True)
class BatchRow:
    """One recorded import, for the import history table."""

    id: int
    file_name: str
    file_hash: str
    kind: str
    preset: str
    imported_at: datetime
    new: int
    updated: int
    skipped: int
    rejected: int


@dataclass(frozen=True, slots=True)
class UndoCounts:
    """How many records undoing a batch removed, by kind."""

    orders: int = 0
    reviews: int = 0
    visits: int = 0
    posts: int = 0
    follows: int = 0
    entries: int = 0
    promotions: int = 0
    reverted: int = 0  # orders the import had updated, put back as they were
    kept: int = 0  # orders the import had updated and that were changed since: left as they are
    history: int = 0  # rows of the Member Center's points history (tracker.store.checks)

    @property
    def total(self) -> int:
        kinds = (self.orders, self.reviews, self.visits, self.posts, self.follows, self.entries, self.promotions)
        return sum(kinds) + self.history


class _Progress:
    def __init__(self, callback: ProgressCallback | None, total: int) -> None:
        self.callback = callback
        self.total = total
        self.done = 0

    def advance(self, count: int) -> None:
        self.done += count
        if self.callback is not None and self.callback(self.done, self.total) is False:
            raise ImportCancelled()


@dataclass
class _Counts:
    new: int = 0
    updated: int = 0
    skipped: int = 0


def _chunks(items: Sequence[D]) -> list[Sequence[D]]:
    return [items[start : start + CHUNK_SIZE] for start in range(0, len(items), CHUNK_SIZE)]


def _validate_all(kind: Kind[D], drafts: Sequence[D], checked: Collection[int] = frozenset()) -> None:
    for index, draft in enumerate(drafts):
        if index in checked:
            continue
        problems = kind.validate(draft)
        if problems:
            raise InvalidDraftError(problems, prefix=f"{kind.label.capitalize()} {index + 1}: ")


def _write_orders(
    conn: sqlite3.Connection,
    drafts: Sequence[OrderDraft],
    batch_id: int,
    *,
    update: bool,
    file_seen_before: bool,
    counts: _Counts,
    progress: _Progress,
) -> None:
    stored: dict[str, int] = dict(conn.execute("SELECT order_no, id FROM orders WHERE order_no IS NOT NULL"))
    # Ids are handed out here so that the items can refer to them; the write lock is held.
    next_id = first_free_id(conn, ORDERS.table)
    insert_sql = ORDERS.insert_sql(with_id=True)
    in_batch: set[str] = set()
    for chunk in _chunks(drafts):
        inserts: list[Params] = []
        updates: list[Params] = []
        replaced: list[tuple[int]] = []
        lines: list[Params] = []
        converted: list[tuple[int, OrderDraft]] = []  # new orders in another currency, by id
        reconverted: list[tuple[int, OrderDraft]] = []  # updated ones, whose old conversion goes
        for draft in chunk:
            params = ORDERS.to_params(draft)
            order_no = params[0]
            if order_no is None:
                if file_seen_before:
                    counts.skipped += 1
                    continue
            elif not isinstance(order_no, str) or order_no in in_batch:
                counts.skipped += 1
                continue
            else:
                in_batch.add(order_no)
                existing_id = stored.get(order_no)
                if existing_id is not None:
                    if update:
                        updates.append((*params, existing_id))
                        replaced.append((existing_id,))
                        lines.extend(line_params(existing_id, draft))
                        reconverted.append((existing_id, draft))
                        counts.updated += 1
                    else:
                        counts.skipped += 1
                    continue
            inserts.append((next_id, *params, batch_id))
            lines.extend(line_params(next_id, draft))
            converted.append((next_id, draft))
            next_id += 1
            counts.new += 1
        before = [(order_id, order_image(conn, order_id)) for (order_id,) in replaced]
        insert_rows(conn, insert_sql, inserts)
        conn.executemany(_UPDATE_ORDER_SQL, updates)
        conn.executemany("DELETE FROM order_line WHERE order_id = ?", replaced)
        insert_rows(conn, INSERT_LINE_SQL, lines)
        write_conversions(conn, reconverted, replacing=True)
        write_conversions(conn, converted, replacing=False)
        # What each update changed, so that undoing the import puts the order back.
        conn.executemany(
            "INSERT INTO import_update (batch_id, order_id, before, after) VALUES (?, ?, ?, ?)",
            [(batch_id, order_id, image, order_image(conn, order_id)) for order_id, image in before],
        )
        progress.advance(len(chunk))


def _write_visits(
    conn: sqlite3.Connection,
    drafts: Sequence[VisitDraft],
    batch_id: int,
    counts: _Counts,
    progress: _Progress,
) -> None:
    taken = {day for (day,) in conn.execute("SELECT date FROM visit")}
    insert_sql = VISITS.insert_sql(with_id=True)
    next_id = first_free_id(conn, VISITS.table)
    for chunk in _chunks(drafts):
        rows: list[Params] = []
        for draft in chunk:
            day = draft.date.isoformat()
            if day in taken:
                counts.skipped += 1
            else:
                taken.add(day)
                rows.append((next_id, day, batch_id))
                next_id += 1
                counts.new += 1
        insert_rows(conn, insert_sql, rows)
        progress.advance(len(chunk))


def _write_identical_once(
    conn: sqlite3.Connection,
    kind: Kind[D],
    drafts: Sequence[D],
    batch_id: int,
    counts: _Counts,
    progress: _Progress,
) -> None:
    if not drafts:
        return
    incoming = [kind.to_params(draft) for draft in drafts]
    stored = Counter(tuple(row) for row in conn.execute(*stored_rows_query(kind, incoming)))
    insert_sql = kind.insert_sql(with_id=True)
    next_id = first_free_id(conn, kind.table)
    for start in range(0, len(incoming), CHUNK_SIZE):
        chunk = incoming[start : start + CHUNK_SIZE]
        rows: list[Params] = []
        for params in chunk:
            if stored[params] > 0:
                stored[params] -= 1
                counts.skipped += 1
            else:
                rows.append((next_id, *params, batch_id))
                next_id += 1
                counts.new += 1
        insert_rows(conn, insert_sql, rows)
        progress.advance(len(chunk))


def stored_rows_query(kind: Kind[D], incoming: Sequence[Params]) -> tuple[str, tuple[object, ...]]:
    """The query for the stored rows an incoming row may be identical to: only those of the
    incoming rows' dates, through the table's date index, where it has a date — not every row
    of a long history."""
    select = f"SELECT {kind.select_columns} FROM {kind.table}"
    if "date" not in kind.columns:
        return select, ()
    position = kind.columns.index("date")
    days = [params[position] for params in incoming]
    return f"{select} WHERE date BETWEEN ? AND ?", (min(days), max(days))  # type: ignore[type-var]


def _linked(conn: sqlite3.Connection, reviews: Sequence[ReviewDraft]) -> Sequence[ReviewDraft]:
    """Reviews that name their order by number, linked to the order recorded under it."""
    if not any(review.order_no for review in reviews):
        return reviews
    stored: dict[str, int] = dict(conn.execute("SELECT order_no, id FROM orders WHERE order_no IS NOT NULL"))
    linked: list[ReviewDraft] = []
    for index, review in enumerate(reviews):
        number = normalize_order_no(review.order_no)
        if number is not None:
            if number not in stored:
                message = translate("Store", "No order {order_no} is recorded: import the orders first").format(
                    order_no=number
                )
                raise InvalidDraftError([FieldProblem("order_no", message)], prefix=f"Review {index + 1}: ")
            review = replace(review, order_id=stored[number])
        linked.append(replace(review, order_no=None) if review.order_no is not None else review)
    return linked


def write_batch(
    db: SqliteDatabase,
    *,
    file_name: str,
    file_hash: str,
    kind: str,
    orders: Sequence[OrderDraft] = (),
    checked_orders: Collection[int] = frozenset(),
    reviews: Sequence[ReviewDraft] = (),
    visits: Sequence[VisitDraft] = (),
    posts: Sequence[PostDraft] = (),
    follows: Sequence[FollowDraft] = (),
    entries: Sequence[EntryDraft] = (),
    promotions: Sequence[PromotionDraft] = (),
    history: Sequence[EntryDraft] = (),
    on_duplicate: OnDuplicate = "skip",
    progress: ProgressCallback | None = None,
    rejected: int = 0,
    preset: str = "",
    imported_at: datetime | None = None,
    left_out: int = 0,
) -> BatchResult:
    """Write one imported file as one batch, in one transaction.

    ``rejected`` is how many rows the importer refused and ``left_out`` how many it left out as
    repeating an earlier row of the file (both recorded in the history only, ``left_out`` with
    the records skipped as already stored, so the history counts what the import reported). Every
    draft is validated first (but the orders whose indexes are in ``checked_orders``: the caller
    has just checked them with the same validation, as the importer does row by row, and
    checking 100,000 orders twice is a noticeable part of an import); one bad draft raises
    InvalidDraftError naming it ("Order 12: …") and nothing is written. ``history`` are rows of
    the Member Center's points history: kept to check the records against, never counted as
    points (:mod:`tracker.store.checks`).
    ``progress(done, total)`` is called before the first write and after
    every chunk; when it returns False, ImportCancelled is raised and the database is exactly as
    before.
    """
    if on_duplicate not in ("skip", "update"):
        raise ValueError(f"on_duplicate must be 'skip' or 'update', not {on_duplicate!r}")
    _validate_all(ORDERS, orders, checked_orders)
    _validate_all(REVIEWS, reviews)
    _validate_all(POSTS, posts)
    _validate_all(FOLLOWS, follows)
    _validate_all(ENTRIES, entries)
    _validate_all(PROMOTIONS, promotions)
    _validate_all(HISTORY, history)
    total = sum(map(len, (orders, reviews, visits, posts, follows, entries, promotions, history)))
    tracker = _Progress(progress, total)
    stamp = (imported_at or datetime.now().astimezone()).isoformat(timespec="seconds")
    counts = _Counts()
    with write_transaction(db) as conn:
        tracker.advance(0)
        file_seen_before = (
            conn.execute("SELECT 1 FROM import_batch WHERE file_hash = ?", (file_hash,)).fetchone() is not None
        )
        batch_id = conn.execute(
            "INSERT INTO import_batch (file_name, file_hash, kind, preset, imported_at, new_count, "
            "updated_count, skipped_count, rejected_count) VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?)",
            (file_name, file_hash, kind, preset, stamp, rejected),
        ).lastrowid
        assert batch_id is not None
        with insert_triggers_paused(conn), indexes_made_after(conn, (ORDERS.table, "order_line")):
            _write_orders(
                conn,
                orders,
                batch_id,
                update=on_duplicate == "update",
                file_seen_before=file_seen_before,
                counts=counts,
                progress=tracker,
            )
            _write_visits(conn, visits, batch_id, counts, tracker)
            _write_identical_once(conn, REVIEWS, _linked(conn, reviews), batch_id, counts, tracker)
            _write_identical_once(conn, POSTS, posts, batch_id, counts, tracker)
            _write_identical_once(conn, FOLLOWS, follows, batch_id, counts, tracker)
            _write_identical_once(conn, ENTRIES, entries, batch_id, counts, tracker)
            _write_identical_once(conn, PROMOTIONS, promotions, batch_id, counts, tracker)
            _write_identical_once(conn, HISTORY, history, batch_id, counts, tracker)
        conn.execute(
            "UPDATE import_batch SET new_count = ?, updated_count = ?, skipped_count = ? WHERE id = ?",
            (counts.new, counts.updated, counts.skipped + left_out, batch_id),
        )
    return BatchResult(batch_id=batch_id, new=counts.new, updated=counts.updated, skipped=counts.skipped)


_BATCH_COLUMNS = (
    "id, file_name, file_hash, kind, preset, imported_at, new_count, updated_count, skipped_count, rejected_count"
)


def _batch_from_row(row: Row) -> BatchRow:
    return BatchRow(
        id=row[0],
        file_name=row[1],
        file_hash=row[2],
        kind=row[3],
        preset=row[4],
        imported_at=datetime.fromisoformat(row[5]),
        new=row[6],
        updated=row[7],
        skipped=row[8],
        rejected=row[9],
    )


def list_batches(db: SqliteDatabase) -> list[BatchRow]:
    """Every recorded import, newest first."""
    with read_transaction(db) as conn:
        rows = conn.execute(f"SELECT {_BATCH_COLUMNS} FROM import_batch ORDER BY id DESC").fetchall()
    return [_batch_from_row(row) for row in rows]


def find_batch(db: SqliteDatabase, file_hash: str) -> BatchRow | None:
    """The latest import of a file with this hash, to warn "already imported on …"."""
    with read_transaction(db) as conn:
        row = conn.execute(
            f"SELECT {_BATCH_COLUMNS} FROM import_batch WHERE file_hash = ? ORDER BY id DESC LIMIT 1",
            (file_hash,),
        ).fetchone()
    return None if row is None else _batch_from_row(row)


def _revert_updates(conn: sqlite3.Connection, batch_id: int) -> tuple[int, int]:
    """Put the orders the batch updated back as they were; an order changed since (edited, or
    updated by a later import) is left as it is. Returns (put back, left)."""
    reverted = kept = 0
    for order_id, before, after in conn.execute(
        "SELECT order_id, before, after FROM import_update WHERE batch_id = ? ORDER BY id DESC", (batch_id,)
    ).fetchall():
        current = order_image(conn, order_id)
        if current is None:
            continue  # deleted since: nothing to put back into
        if current == after:
            restore_order_image(conn, order_id, before)
            reverted += 1
        else:
            kept += 1
    return reverted, kept


def undo_batch(db: SqliteDatabase, batch_id: int) -> UndoCounts:
    """Remove every record the batch created, put back the orders it updated, and remove the
    batch itself, in one transaction.

    An order it updated that was changed since (by hand, or by a later import) is left as it is
    (``kept`` says how many). Reviews linked to a removed order stay, without the link.
    """
    with write_transaction(db) as conn:
        known = 0 < batch_id < 2**63  # SQLite's ids are 64-bit; anything else names no import
        if not known or conn.execute("SELECT 1 FROM import_batch WHERE id = ?", (batch_id,)).fetchone() is None:
            raise RecordNotFoundError(
                translate("Store", "This import is no longer recorded; it may have been undone already.")
            )

        def remove(table: str) -> int:
            return conn.execute(f"DELETE FROM {table} WHERE batch_id = ?", (batch_id,)).rowcount

        reverted, kept = _revert_updates(conn, batch_id)
        counts = UndoCounts(
            reverted=reverted,
            kept=kept,
            reviews=remove("review"),
            orders=remove("orders"),
            visits=remove("visit"),
            posts=remove("club_post"),
            follows=remove("store_follow"),
            entries=remove("points_entry"),
            promotions=remove("promotion"),
            history=remove("points_history"),
        )
        conn.execute("DELETE FROM import_batch WHERE id = ?", (batch_id,))
    logger.info("Undid import %d: %s", batch_id, counts)
    return counts
