"""A record keeps its id for life: undoing a delete puts it back under its id, in its import,
with its links, so the older undo steps still find it; ids are never handed out twice; an undo
step that cannot be taken any more says so and leaves the stack true; undoing an import puts
back the orders it updated; the window notices what another program wrote."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tracker.cli.main import main
from tracker.rules.records import OrderStatus
from tracker.store import history
from tracker.store.batches import undo_batch, write_batch
from tracker.store.connection import close_database, open_database
from tracker.store.crud import get_order, get_review
from tracker.store.drafts import LineDraft, OrderDraft, ReviewDraft, VisitDraft
from tracker.store.repository import add_order, delete_order, list_orders, list_reviews
from tracker.ui.session import Session

TODAY = date(2026, 11, 24)


def order(number: str | None = "8001", cents: int = 12_000, note: str = "") -> OrderDraft:
    return OrderDraft(number, date(2026, 10, 1), OrderStatus.CONFIRMED, (LineDraft("Lamp", "P1", "Home", 1, cents),),
                      confirmed_date=date(2026, 10, 20), note=note)  # fmt: skip


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "points.sqlite3"


@pytest.fixture
def session(qtbot: QtBot, path: Path) -> Iterator[Session]:
    yield Session(open_database(path), path, today=lambda: TODAY)
    close_database()


def test_undoing_a_delete_puts_the_order_back_under_its_id_in_its_import_with_its_review(session: Session) -> None:
    batch = write_batch(session.db, file_name="o.csv", file_hash="h", kind="orders", orders=[order()]).batch_id
    (row,) = list_orders(session.db)
    review_id = session.add(ReviewDraft(date(2026, 10, 25), 1_200, "P1", "Lamp", row.id))
    session.edit("order", row.id, order(cents=30_000, note="edited"))

    session.delete("order", row.id)
    assert get_review(session.db, review_id).order_id is None  # deleting an order unlinks its review
    session.undo_stack.undo()  # the delete

    (back,) = list_orders(session.db)
    assert (back.id, back.batch_id) == (row.id, batch)
    assert get_review(session.db, review_id).order_id == row.id
    session.undo_stack.undo()  # the edit, made before the delete, still finds its order
    assert get_order(session.db, row.id) == order()
    session.undo_stack.redo()
    session.undo_stack.redo()  # the delete again, then put back by undo once more
    session.undo_stack.undo()
    assert get_order(session.db, row.id).note == "edited"
    assert get_review(session.db, review_id).order_id == row.id


def test_undo_and_redo_of_an_add_keep_its_id(session: Session) -> None:
    order_id = session.add(order())
    review_id = session.add(ReviewDraft(date(2026, 10, 25), 1_200, order_id=order_id))
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert [row.id for row in list_orders(session.db)] == [order_id]
    assert [(row.id, row.order_id) for row in list_reviews(session.db)] == [(review_id, order_id)]


def test_an_id_is_never_handed_out_twice(path: Path) -> None:
    db = open_database(path)
    first = add_order(db, order("8001"))
    delete_order(db, first)
    second = add_order(db, order("8002"))
    batch = write_batch(db, file_name="o.csv", file_hash="h", kind="orders", orders=[order("8003")])
    undo_batch(db, batch.batch_id)
    fourth = add_order(db, order("8004"))
    close_database()
    assert (first, second, fourth) == (1, 2, 4)


def test_an_undo_step_whose_record_another_program_deleted_says_so_and_leaves_the_stack(
    session: Session, path: Path
) -> None:
    problems: list[str] = []
    session.problem.connect(problems.append)
    kept = session.add(order("8001"))
    gone = session.add(order("8002"))
    session.edit("order", gone, order("8002", note="edited"))
    connection = sqlite3.connect(path)  # another program deletes the order
    connection.execute("DELETE FROM orders WHERE id = ?", (gone,))
    connection.commit()
    connection.close()

    session.undo_stack.undo()  # the edit: its order is gone

    assert problems == [f"Cannot undo “Edit order”: This order no longer exists (id {gone}); it may have been "
                        "deleted or its import undone."]  # fmt: skip
    assert session.undo_stack.count() == 2  # the step is dropped, the older ones work
    session.undo_stack.undo()  # the add of order 8002: nothing left to take out, so dropped too
    session.undo_stack.undo()  # the add of 8001
    assert list_orders(session.db) == []
    session.undo_stack.redo()
    assert [row.id for row in list_orders(session.db)] == [kept]


def test_adding_a_visit_on_a_day_that_has_one_leaves_nothing_to_undo(session: Session) -> None:
    first = session.add(VisitDraft(date(2026, 11, 2)))
    assert session.add(VisitDraft(date(2026, 11, 2))) == first
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.records().visits == ()


def test_undoing_a_calendar_edit_puts_visits_back_under_their_ids(session: Session) -> None:
    batch = write_batch(session.db, file_name="v.csv", file_hash="h", kind="activity",
                        visits=[VisitDraft(date(2026, 11, day)) for day in (1, 2, 3)]).batch_id  # fmt: skip
    before = _visits(session)
    change = history.set_visit_days(session.db, {(2026, 11): {2, 5}})
    from tracker.ui.forms.visits_calendar import _VisitsCommand

    command = _VisitsCommand(session, change)
    session.undo_stack.push(command)
    session.undo_stack.undo()
    assert _visits(session) == before
    assert all(row[2] == batch for row in before)
    session.undo_stack.redo()
    assert [row[1] for row in _visits(session)] == ["2026-11-02", "2026-11-05"]


def _visits(session: Session) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(session.db_path)
    try:
        return connection.execute("SELECT id, date, batch_id FROM visit ORDER BY id").fetchall()
    finally:
        connection.close()


# --- an import's updates -------------------------------------------------------------------------


def test_undoing_an_import_puts_back_the_orders_it_updated(path: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    header = (
        "order_no,order_date,status,confirmed_date,items_usd,discount_usd,shipping_usd,refund_usd,refund_date,"
        "category,store,item,product_id\n"
    )
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text(header + "8001,2026-10-01,pending,,120.00,,,,,Home,Shop,Lamp,P1\n")
    second.write_text(header + "8001,2026-10-01,confirmed,2026-10-20,150.00,5.00,,,,Toys,Shop,Lamp,P1\n")
    run = [lambda *args: main(["--db", str(path), *args], today=TODAY)][0]
    assert run("import", str(first)) == 0
    db = open_database(path)
    (before,) = list_orders(db)
    close_database()
    assert run("import", str(second), "--update") == 0
    capsys.readouterr()

    assert run("undo-import", "2") == 0

    assert "Put back 1 order it had updated." in capsys.readouterr().out
    db = open_database(path)
    assert list_orders(db) == [before]
    close_database()


def test_undoing_an_import_leaves_an_order_edited_since_as_it_is(path: Path) -> None:
    db = open_database(path)
    add_order(db, order("8001", 12_000))
    batch = write_batch(db, file_name="o.csv", file_hash="h", kind="orders", orders=[order("8001", 15_000)],
                        on_duplicate="update")  # fmt: skip
    (row,) = list_orders(db)
    from tracker.store.repository import update_order

    update_order(db, row.id, order("8001", 16_000, note="by hand"))
    counts = undo_batch(db, batch.batch_id)
    assert (counts.reverted, counts.kept) == (0, 1)
    assert get_order(db, row.id).note == "by hand"
    close_database()


# --- another program's writes --------------------------------------------------------------------


def test_the_window_notices_what_the_command_line_wrote(session: Session, path: Path, qtbot: QtBot) -> None:
    session.add(order("8001"))
    assert len(session.records().orders) == 1
    session.other_writers._on_application_state(Qt.ApplicationState.ApplicationActive)  # the window is in front

    with qtbot.waitSignal(session.changed, timeout=10_000):
        subprocess.run(
            [sys.executable, "-m", "tracker.cli", "--db", str(path), "add", "order", "--date", "2026-11-02",
             "--amount", "40"],
            check=True, capture_output=True,
        )  # fmt: skip

    assert len(session.records().orders) == 2


def test_the_windows_own_writes_and_imports_are_not_news(session: Session, qtbot: QtBot) -> None:
    noticed: list[bool] = []
    session.other_writers.noticed.connect(lambda: noticed.append(True))
    session.add(order("8001"))
    session.delete("order", session.add(order("8002")))
    assert session.other_writers.check() is False
    assert noticed == []


def test_undoing_the_delete_of_an_order_paid_in_zloty_puts_back_what_was_paid(session: Session) -> None:
    from tracker.currency.paid import Paid
    from tracker.currency.rates import RateBook
    from tracker.store.conversion import convert_order

    draft = OrderDraft("8001", date(2026, 3, 4), OrderStatus.PENDING, (LineDraft("Lamp", "", "Home", 2, 0),),
                       currency="PLN", paid=Paid((4_999,), shipping_cents=1_000))  # fmt: skip
    order_id = session.add(convert_order(draft, RateBook()))
    before = get_order(session.db, order_id)
    assert before.paid is not None and before.paid.rate is not None

    session.delete("order", order_id)
    session.undo_stack.undo()

    assert get_order(session.db, order_id) == before


def test_undoing_an_import_puts_back_what_an_order_in_zloty_was_paid(path: Path) -> None:
    from tracker.currency.paid import Paid
    from tracker.currency.rates import RateBook
    from tracker.store.conversion import convert_order

    def zloty(price: int) -> OrderDraft:
        draft = OrderDraft("8001", date(2026, 3, 4), OrderStatus.PENDING, (LineDraft("Lamp", "", "Home", 1, 0),),
                           currency="PLN", paid=Paid((price,)))  # fmt: skip
        return convert_order(draft, RateBook())

    db = open_database(path)
    order_id = add_order(db, zloty(4_999))
    before = get_order(db, order_id)
    batch = write_batch(db, file_name="o.csv", file_hash="h", kind="orders", orders=[zloty(9_999)],
                        on_duplicate="update")  # fmt: skip
    assert get_order(db, order_id).paid != before.paid
    assert undo_batch(db, batch.batch_id).reverted == 1
    assert get_order(db, order_id) == before
    close_database()
