"""Undo and redo give back exactly the database that was — ids, import batches, items and the
review→order links — however adds, edits, deletes, imports and undos are mixed; undoing an
import puts back the orders it updated."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.rules.records import EntryKind, OrderStatus
from tracker.store.batches import undo_batch, write_batch
from tracker.store.connection import close_database, open_database
from tracker.store.drafts import (
    EntryDraft,
    FollowDraft,
    LineDraft,
    OrderDraft,
    PostDraft,
    PromotionDraft,
    ReviewDraft,
    VisitDraft,
)
from tracker.store.errors import InvalidDraftError
from tracker.ui.session import Session

TODAY = date(2026, 11, 24)
NUMBERS = ("8001", "8002", "8003", None)
# Every table a record lives in, in a stable order; settings and the id reserve aside. An order's
# items are values of the order (they have no identity of their own: only their own row id).
TABLES = {
    "orders": "* FROM orders ORDER BY id",
    "order_line": "order_id, position, title, product_id, category, quantity, unit_price_cents FROM order_line "
                  "ORDER BY order_id, position",
    **{table: f"* FROM {table} ORDER BY id" for table in ("review", "visit", "club_post", "store_follow",
                                                          "points_entry", "promotion", "import_batch",
                                                          "import_update")},
}  # fmt: skip
KIND_TABLES = {"order": "orders", "review": "review", "visit": "visit", "post": "club_post",
               "follow": "store_follow", "entry": "points_entry", "promotion": "promotion"}  # fmt: skip

days = st.integers(0, 20).map(lambda n: date(2026, 10, 1) + timedelta(days=n))


@st.composite
def order_drafts(draw: st.DrawFn) -> OrderDraft:
    lines = tuple(
        LineDraft(f"Item {n}", f"P{n}", draw(st.sampled_from(["Toys", "Home", ""])), draw(st.integers(1, 2)),
                  draw(st.integers(0, 5_000)))
        for n in range(draw(st.integers(1, 3)))
    )  # fmt: skip
    status = draw(st.sampled_from(OrderStatus))
    ordered = draw(days)
    return OrderDraft(
        draw(st.sampled_from(NUMBERS)), ordered, status, lines,
        confirmed_date=ordered + timedelta(days=5) if status is OrderStatus.CONFIRMED else None,
        note=draw(st.sampled_from(["", "gift"])),
    )  # fmt: skip


def drafts_of(kind: str, order_ids: list[int]) -> st.SearchStrategy[Any]:
    """Drafts of one kind (not orders); a review may be linked to an order."""
    return {
        "review": st.builds(ReviewDraft, days, st.none() | st.integers(0, 900), st.just("P1"),
                            st.sampled_from(["", "ok"]), st.sampled_from([None, *order_ids])),
        "visit": st.builds(VisitDraft, days),
        "post": st.builds(PostDraft, days, st.sampled_from(["", "haul"])),
        "follow": st.builds(FollowDraft, days, st.sampled_from(["Shop A", "Shop B"])),
        "entry": st.builds(EntryDraft, days, st.integers(1, 50), st.just(EntryKind.BONUS)),
        "promotion": st.builds(PromotionDraft, st.just("11.11"), days, st.just(date(2026, 10, 25)),
                               st.just(Decimal(2))),
    }[kind]  # fmt: skip


def other_drafts(order_ids: list[int]) -> st.SearchStrategy[Any]:
    return st.one_of(*(drafts_of(kind, order_ids) for kind in KIND_TABLES if kind != "order"))


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every record table, ids and links included (read beside the session)."""
    connection = sqlite3.connect(path)
    try:
        return {table: connection.execute(f"SELECT {query}").fetchall() for table, query in TABLES.items()}
    finally:
        connection.close()


def record_ids(path: Path, kind: str) -> list[int]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute(f"SELECT id FROM {KIND_TABLES[kind]} ORDER BY id")]
    finally:
        connection.close()


@pytest.fixture
def fresh_session(qtbot: object) -> Iterator[Any]:
    """Makes a session on a new database in a folder of its own (one per hypothesis example)."""
    folders: list[TemporaryDirectory[str]] = []

    def make() -> tuple[Session, Path]:
        close_database()
        folder = TemporaryDirectory()
        folders.append(folder)
        path = Path(folder.name) / "points.sqlite3"
        return Session(open_database(path), path, today=lambda: TODAY), path

    yield make
    close_database()
    for folder in folders:
        folder.cleanup()


class Model:
    """What undo and redo must give back: the snapshot before and after each action, last first."""

    def __init__(self, session: Session, path: Path) -> None:
        self.session, self.path = session, path
        self.done: list[tuple[str, int | None, dict[str, Any], dict[str, Any]]] = []  # (how, batch, before, after)
        self.undone: list[tuple[str, int | None, dict[str, Any], dict[str, Any]]] = []

    def change(self, how: str, action: Any) -> None:
        before = snapshot(self.path)
        steps = self.session.undo_stack.index()
        try:
            batch = action()
        except InvalidDraftError:  # a duplicate order number: refused, nothing changed
            assert snapshot(self.path) == before
            return
        after = snapshot(self.path)
        # An edit that changes nothing is still a step to undo; a visit already recorded is none.
        made = self.session.undo_stack.index() != steps if how == "stack" else after != before
        if made:
            self.done.append((how, batch, before, after))
            self.undone.clear()

    def undo(self) -> None:
        if not self.done:
            return
        how, batch, before, after = self.done.pop()
        assert snapshot(self.path) == after
        if how == "import":
            assert batch is not None
            undo_batch(self.session.db, batch)
            self.session.records_changed_elsewhere()
            self.undone.clear()  # the stack's redo steps were made on top of what the import added
        else:
            self.session.undo_stack.undo()
            self.undone.append((how, batch, before, after))
        assert snapshot(self.path) == before

    def redo(self) -> None:
        if not self.undone:
            return
        entry = self.undone.pop()
        self.session.undo_stack.redo()
        assert snapshot(self.path) == entry[3]
        self.done.append(entry)


actions = st.lists(
    st.sampled_from(["add order", "add other", "edit", "delete", "import", "undo", "undo", "redo"]), max_size=24
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])  # fmt: skip
@given(plan=actions, data=st.data())
def test_undo_and_redo_give_back_exactly_the_database_that_was(plan: list[str], data: st.DataObject,
                                                               fresh_session: Any) -> None:  # fmt: skip
    session, path = fresh_session()
    model = Model(session, path)
    problems: list[str] = []
    session.problem.connect(problems.append)
    for step in plan:
        orders = record_ids(path, "order")
        if step in ("add order", "add other"):
            draft = data.draw(order_drafts() if step == "add order" else other_drafts(orders))
            model.change("stack", lambda draft=draft: session.add(draft) and None)
        elif step in ("edit", "delete"):
            kind = data.draw(st.sampled_from(sorted(KIND_TABLES)))
            ids = record_ids(path, kind)
            if not ids:
                continue
            record_id = data.draw(st.sampled_from(ids))
            if step == "delete":
                model.change("stack", lambda kind=kind, record_id=record_id: session.delete(kind, record_id))
                continue
            draft = data.draw(order_drafts() if kind == "order" else drafts_of(kind, orders))
            model.change("stack", lambda k=kind, i=record_id, d=draft: session.edit(k, i, d))
        elif step == "import":
            drafts = data.draw(st.lists(order_drafts(), max_size=3))
            visits = data.draw(st.lists(st.builds(VisitDraft, days), max_size=2))
            update = data.draw(st.sampled_from(["skip", "update"]))
            model.change("import", lambda o=drafts, v=visits, u=update: imported(session, o, v, u))
        elif step == "undo":
            model.undo()
        else:
            model.redo()
    while model.done:  # all the way back to the empty file
        model.undo()
    assert all(rows == [] for table, rows in snapshot(path).items())
    assert problems == []


def imported(session: Session, orders: list[OrderDraft], visits: list[VisitDraft], update: str) -> int:
    """An import as the dialog makes one: a batch, then the window reads everything again."""
    result = write_batch(session.db, file_name="f.csv", file_hash="h", kind="orders", orders=orders, visits=visits,
                         on_duplicate=update)  # type: ignore[arg-type]  # fmt: skip
    session.records_changed_elsewhere()
    return result.batch_id
