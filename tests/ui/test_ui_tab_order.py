"""Every form and dialog walked with Tab only, as a keyboard user would: each input once, in the
order it is read, the buttons last, and round to the start again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import confirmed_order, open_window
from tracker.rules import OrderStatus
from tracker.store.drafts import LineDraft, OrderDraft
from tracker.ui.forms import EntryForm, FollowForm, OrderForm, PostForm, PromotionForm, ReviewForm
from tracker.ui.forms.visits_calendar import VisitsCalendarDialog
from tracker.ui.import_dialog import ImportDialog
from tracker.ui.session import Session
from tracker.ui.settings_dialog import SettingsDialog
from tracker.ui.worker import run_now

SAMPLE_CSV = (
    "Order ID;Date;Item;Price;Status\r\n"
    "8100123456789012;2026-10-02;LED desk lamp;24,90 €;Completed\r\n"
    "8100123456789013;2026-10-14;Phone case;3,50 €;Completed\r\n"
)


def shown(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def walk(qtbot: QtBot, start: QWidget, steps: int) -> list[QWidget]:
    """Focus ``start``, press Tab ``steps`` times; every widget that had the focus, in order."""
    start.setFocus()
    assert QApplication.focusWidget() is start, f"{start} cannot take the focus"
    seen = [start]
    for _ in range(steps):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def round_trip(qtbot: QtBot, expected: list[QWidget]) -> None:
    """Tab visits exactly ``expected`` and comes back to its first widget."""
    seen = walk(qtbot, expected[0], len(expected))
    names = [f"{type(w).__name__} {w.accessibleName() or w.objectName()}" for w in seen]
    assert seen == [*expected, expected[0]], "\n".join(names)


def cancel_of(dialog: QDialog) -> QWidget:
    button = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)  # type: ignore[attr-defined]
    assert button is not None
    return button


def test_the_order_form_goes_through_the_items_before_the_note_and_the_buttons(session: Session, qtbot: QtBot) -> None:
    form = shown(qtbot, OrderForm(session))
    assert isinstance(form, OrderForm)
    item = form.items.rows[0]
    round_trip(qtbot, [
        form.order_no, form.order_date, form.store, form.status, form.expected_date, form.currency,
        item.title, item.category, item.product_id, item.quantity, item.price, form.items.add_button,
        form.discount, form.shipping, form.refund, form.refund_date, form.note,
        cancel_of(form),  # Save is disabled until the order is complete
    ])  # fmt: skip


def test_an_item_added_while_editing_takes_its_place_before_the_note(session: Session, qtbot: QtBot) -> None:
    draft = OrderDraft(
        order_no="1", order_date=date(2026, 10, 1), status=OrderStatus.CONFIRMED, confirmed_date=date(2026, 10, 20),
        lines=(LineDraft("Lamp", "", "Home", 1, 1_000), LineDraft("Cable", "", "Phones", 1, 2_000)),
    )  # fmt: skip
    form = shown(qtbot, OrderForm(session, draft))
    assert isinstance(form, OrderForm)
    qtbot.mouseClick(form.items.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.items.rows[-1].title.isVisible())  # a new row's inputs show a moment later
    items = [widget for row in form.items.rows for widget in row.widgets()]
    round_trip(qtbot, [
        form.order_no, form.order_date, form.store, form.status, form.confirmed_date, form.currency,
        *items, form.items.add_button, form.discount, form.shipping, form.refund, form.refund_date,
        form.note, cancel_of(form),  # the new item has no price yet: Save waits
    ])  # fmt: skip
    assert len(form.items.rows) == 3


@pytest.mark.parametrize(
    ("form_type", "fields"),
    [
        (ReviewForm, ("date", "title", "product_id", "price")),
        (PostForm, ("date", "note")),
        (FollowForm, ("date", "store")),
        (EntryForm, ("date", "kind", "points", "note")),
        (PromotionForm, ("name", "start", "end", "multiplier")),
    ],
)
def test_each_small_form_goes_field_by_field_then_to_its_buttons(
    session: Session, qtbot: QtBot, form_type: type[QDialog], fields: tuple[str, ...]
) -> None:
    form = shown(qtbot, form_type(session))  # type: ignore[call-arg]
    buttons = [button for button in form.buttons.buttons() if button.isEnabled()]  # type: ignore[attr-defined]
    round_trip(qtbot, [*(getattr(form, name) for name in fields), *buttons])


def test_a_date_is_one_tab_stop_in_every_form(session: Session, qtbot: QtBot) -> None:
    form = shown(qtbot, PostForm(session))
    assert isinstance(form, PostForm)
    assert walk(qtbot, form.date, 1) == [form.date, form.note]


def test_the_visits_calendar_goes_month_days_then_buttons(session: Session, qtbot: QtBot) -> None:
    dialog = shown(qtbot, VisitsCalendarDialog(session, date(2026, 10, 1)))  # a past month: both arrows work
    assert isinstance(dialog, VisitsCalendarDialog)
    days = [button for button in dialog.day_buttons if button.isEnabled() and button.isVisible()]
    buttons = [button for button in dialog.buttons.buttons() if button.isEnabled()]
    round_trip(qtbot, [dialog.previous_button, dialog.next_button, *days, *buttons])


def test_the_settings_tabs_are_walked_in_reading_order(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = shown(qtbot, SettingsDialog(session, app_settings=QSettings(str(tmp_path / "a.ini"),
                                                                         QSettings.Format.IniFormat)))  # fmt: skip
    assert isinstance(dialog, SettingsDialog)
    bar = dialog.tabs.tabBar()
    ok, cancel = dialog.ok_button, cancel_of(dialog)
    round_trip(qtbot, [bar, dialog.ruleset_combo, dialog.ruleset_view, dialog.lag_spin, dialog.non_shopping_spin,
                       dialog.pending_check, ok, cancel])  # fmt: skip
    dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(dialog.notify_check.parentWidget()))
    reminders = list(dialog.reminder_checks.values())
    round_trip(qtbot, [bar, *reminders, dialog.notify_check, dialog.language_combo, ok, cancel])


def test_the_import_dialog_reaches_every_choice_and_the_buttons_on_each_step(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(SAMPLE_CSV, encoding="utf-8")
    dialog = shown(qtbot, ImportDialog(session, None, path, runner=run_now))
    assert isinstance(dialog, ImportDialog)
    file_page = dialog.file_page
    round_trip(qtbot, [file_page.path_edit, file_page.choose_button, file_page.preset_combo, dialog.next_button,
                       dialog.close_button])  # fmt: skip
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    page = dialog.columns_page
    fields = page._field_combos
    assert [combo.accessibleName() for combo in fields] == [
        "Field for column “Order ID”", "Field for column “Date”", "Field for column “Item”",
        "Field for column “Price”", "Field for column “Status”",
    ]  # fmt: skip
    seen = walk(qtbot, page.date_format, 30)
    for wanted in (page.decimal, page.currency, page.default_status, *fields, page.table, dialog.back_button,
                   dialog.next_button, dialog.close_button):  # fmt: skip
        assert wanted in seen, f"Tab never reaches {wanted.accessibleName() or wanted}"
    assert seen.index(page.date_format, 1) > seen.index(dialog.close_button), "Tab comes round again"


def test_enter_after_choosing_a_file_goes_to_the_next_step(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(SAMPLE_CSV, encoding="utf-8")
    dialog = shown(qtbot, ImportDialog(session, None, runner=run_now, choose_file=lambda parent, folder: str(path)))
    assert isinstance(dialog, ImportDialog)
    dialog.file_page.choose_button.setFocus()
    qtbot.keyClick(dialog.file_page.choose_button, Qt.Key.Key_Space)  # the chooser, answered at once
    assert dialog.next_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.step() == 1  # Format


def test_a_path_typed_into_step_one_is_read_and_enter_goes_on(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(SAMPLE_CSV, encoding="utf-8")
    dialog = shown(qtbot, ImportDialog(session, None, runner=run_now))
    assert isinstance(dialog, ImportDialog)
    edit = dialog.file_page.path_edit
    assert not edit.isReadOnly()
    edit.setFocus()
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.step() == 1


def test_the_dashboards_scroll_area_is_no_tab_stop(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    session.add(confirmed_order())
    window = open_window(session, qtbot, tmp_path)
    with qtbot.waitActive(window):
        window.activateWindow()
    page = window.show_page("dashboard")
    assert page.scroll_area.focusPolicy() == Qt.FocusPolicy.NoFocus  # type: ignore[attr-defined]
    window.nav.setFocus()
    seen = walk(qtbot, window.nav, 6)
    assert page.scroll_area not in seen  # type: ignore[attr-defined]
