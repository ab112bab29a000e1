"""Demo data: a realistic year, one batch marked "demo", loaded from the empty state, removed in one step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tests.ui.helpers import confirmed_order, dashboard_of, open_window
from tracker.report.status import load_status
from tracker.rules import OrderStatus
from tracker.store import demo
from tracker.store.batches import list_batches
from tracker.ui import editing
from tracker.ui.session import Session


@pytest.mark.parametrize("today", [TODAY, date(2026, 1, 1), date(2026, 3, 31), date(2026, 7, 15), date(2027, 2, 28)])
def test_the_demo_year_is_a_platinum_shopper_who_lapses_a_few_months_ahead(session: Session, today: date) -> None:
    drafts = demo.demo_drafts(today)
    assert 60 <= len(drafts.orders) <= 120
    statuses = [order.status for order in drafts.orders]
    assert statuses.count(OrderStatus.CANCELLED) == 2
    assert OrderStatus.PENDING in statuses
    assert sum(1 for order in drafts.orders if order.refund_cents) == 2
    assert all(order.order_date <= today for order in drafts.orders)
    assert len(drafts.visits) > 200 and today not in {visit.date for visit in drafts.visits}
    assert drafts.reviews and drafts.posts and drafts.follows and drafts.entries
    assert [promotion.name for promotion in drafts.promotions] == ["11.11 Global Shopping Festival"]

    demo.load_demo(session.db, today)
    status, _, _ = load_status(session.db, today)
    assert status.tier.name == "Platinum"
    assert status.lapse is not None and status.lapse.tier.name == "Gold"
    assert 60 <= (status.lapse.effective - today).days <= 220


def test_the_same_day_and_seed_give_the_same_year() -> None:
    assert demo.demo_drafts(TODAY, seed=3) == demo.demo_drafts(TODAY, seed=3)
    assert demo.demo_drafts(TODAY, seed=3) != demo.demo_drafts(TODAY, seed=4)


def test_demo_data_is_one_batch_and_removing_it_keeps_the_shoppers_own_records(session: Session) -> None:
    own = session.add(confirmed_order())
    result = demo.load_demo(session.db, TODAY)
    [batch] = list_batches(session.db)
    assert (batch.kind, batch.file_name, batch.new) == ("demo", "Demo data", result.new)
    assert demo.has_demo(session.db)

    assert demo.remove_demo(session.db) == result.new
    assert not demo.has_demo(session.db)
    session.reload()
    assert [order.ref for order in session.records().orders] == [f"order:{own}"]


def test_the_empty_state_loads_demo_data_and_remove_takes_it_all_out(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(session, qtbot, tmp_path)
    dashboard = dashboard_of(window)
    assert dashboard._stack.currentWidget() is dashboard.empty_state

    qtbot.mouseClick(dashboard.empty_state.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dashboard._stack.currentWidget() is dashboard.scroll_area)
    assert dashboard.demo_banner.isVisible()
    assert dashboard.tier_badge.name() == "Platinum"
    assert window.statusBar().currentMessage().startswith("Demo data loaded")

    qtbot.mouseClick(dashboard.remove_demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dashboard._stack.currentWidget() is dashboard.empty_state)
    assert session.is_empty()
    assert list_batches(session.db) == []
    assert window.statusBar().currentMessage().startswith("Demo data removed")


def test_the_empty_state_offers_the_first_order_and_the_import(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(editing, "edit_record", lambda parent, session, kind, record_id=None: asked.append(kind))
    window = open_window(session, qtbot, tmp_path)
    empty = dashboard_of(window).empty_state
    qtbot.mouseClick(empty.add_order_button, Qt.MouseButton.LeftButton)
    assert asked == ["order"]

    from tracker.ui.import_dialog import ImportDialog

    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda cls, parent, session, path=None: None))
    with qtbot.waitSignal(window.action_import.triggered):
        qtbot.mouseClick(empty.import_button, Qt.MouseButton.LeftButton)


def test_a_first_start_opens_with_the_focus_on_the_first_order_so_that_enter_adds_it(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The welcome's first button is drawn as the one Enter presses: it has the focus, so it does.
    With records, the window opens as Qt would, on the page list."""
    asked: list[str] = []
    monkeypatch.setattr(editing, "edit_record", lambda parent, session, kind, record_id=None: asked.append(kind))
    window = open_window(session, qtbot, tmp_path)
    empty = dashboard_of(window).empty_state
    assert window.focusWidget() is empty.add_order_button
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert asked == ["order"]

    session.add(confirmed_order())
    again = open_window(session, qtbot, tmp_path / "again")
    assert (
        dashboard_of(again).first_focus() is None
        and again.focusWidget() is not dashboard_of(again).empty_state.add_order_button
    )
