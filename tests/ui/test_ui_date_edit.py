"""Dates typed as a shopper writes them: one Tab per date, and nothing typed is dropped in silence."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tracker.ui.forms import PostForm
from tracker.ui.forms.date_edit import DateEdit, parse_date, shown
from tracker.ui.session import Session

EN, FR, RU, US = QLocale("en_GB"), QLocale("fr_FR"), QLocale("ru_RU"), QLocale("en_US")


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("2026-11-08", FR, date(2026, 11, 8)),
        ("2026/11/8", US, date(2026, 11, 8)),
        ("08/11/2026", FR, date(2026, 11, 8)),  # day first in French
        ("11/8/2026", US, date(2026, 11, 8)),  # month first in the US
        ("8.11.26", RU, date(2026, 11, 8)),
        ("8/11", FR, date(2026, 11, 8)),  # the year of the date shown
        ("8 nov. 2026", FR, date(2026, 11, 8)),
        ("8 novembre 2026", FR, date(2026, 11, 8)),
        ("8 Nov 2026", FR, date(2026, 11, 8)),  # English names are read in every language
        ("Nov 8, 2026", US, date(2026, 11, 8)),
        ("8 ноября 2026", RU, date(2026, 11, 8)),
        ("8 нояб. 2026", RU, date(2026, 11, 8)),
        ("  8   sept  ", FR, date(2026, 9, 8)),
        ("2026 nov 8", EN, date(2026, 11, 8)),
    ],
)
def test_dates_are_read_as_a_shopper_writes_them(text: str, locale: QLocale, expected: date) -> None:
    assert parse_date(text, locale, 2026) == expected


@pytest.mark.parametrize("text", ["", "abc", "31 nov 2026", "2026-13-01", "8 ju 2026", "8 nov 2026 9", "30/02/2026"])
def test_what_is_not_a_date_is_not_read_as_one(text: str) -> None:
    assert parse_date(text, FR, 2026) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_every_date_the_field_writes_reads_back(value: date) -> None:
    for locale in (EN, FR, RU, US, QLocale("pl_PL"), QLocale("pt_BR"), QLocale("es_ES")):
        written = locale.toString(value, "d MMM yyyy")
        assert parse_date(written, locale, 2000) == value, written
        assert parse_date(value.isoformat(), locale, 2000) == value


def test_letters_typed_into_a_date_are_kept_and_named(qtbot: QtBot) -> None:
    edit = DateEdit(date(2026, 11, 8))
    qtbot.addWidget(edit)
    edit.show()
    edit.selectAll()
    qtbot.keyClicks(edit, "next tuesday")
    assert edit.text() == "next tuesday"
    assert "“next tuesday” is not a date" in edit.problem()
    assert edit.value() is None
    assert edit.date().toPython() == date(2026, 11, 8)  # the last good date, until it is mended


def test_a_typed_date_is_written_back_the_way_the_field_shows_dates(qtbot: QtBot) -> None:
    edit = DateEdit(date(2026, 11, 8))
    qtbot.addWidget(edit)
    with qtbot.waitSignal(edit.dateChanged):
        edit.selectAll()
        qtbot.keyClicks(edit, "2027-04-08")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == shown(date(2027, 4, 8))
    assert edit.problem() == ""


def test_a_date_costs_one_tab(qtbot: QtBot) -> None:
    box = QWidget()
    before, field, after = QLineEdit(box), DateEdit(date(2026, 11, 8), box), QLineEdit(box)
    QWidget.setTabOrder(before, field)
    QWidget.setTabOrder(field, after)
    qtbot.addWidget(box)
    with qtbot.waitActive(box):
        box.show()
        box.activateWindow()
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)")  # offscreen popups
def test_alt_down_opens_a_calendar_that_picks_the_day(qtbot: QtBot) -> None:
    edit = DateEdit(date(2026, 11, 8))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit._popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate().toPython() == date(2026, 11, 8)
    popup.calendar.setSelectedDate(popup.calendar.selectedDate().addDays(3))
    qtbot.keyClick(popup.calendar.findChild(QTableView), Qt.Key.Key_Return)
    assert edit.value() == date(2026, 11, 11)
    assert not popup.isVisible()


def test_a_form_with_an_unreadable_date_names_it_and_cannot_be_saved(session: Session, qtbot: QtBot) -> None:
    saved: list[object] = []
    form = PostForm(session, save=saved.append)
    qtbot.addWidget(form)
    form.show()
    form.date.setFocus()
    form.date.selectAll()
    qtbot.keyClicks(form.date, "32 nov")
    form.date.editingFinished.emit()
    assert "“32 nov” is not a date" in form.message_for("date")
    assert not form.ok_button.isEnabled()
    form.date.selectAll()
    qtbot.keyClicks(form.date, "3 nov")
    form.date.editingFinished.emit()
    assert form.message_for("date") == ""
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert [draft.date for draft in saved] == [date(TODAY.year, 11, 3)]  # type: ignore[attr-defined]


def test_amounts_are_shown_and_hinted_with_the_locales_decimal_separator(qtbot: QtBot) -> None:
    from tracker.ui.forms.widgets import MoneyEdit

    QLocale.setDefault(FR)
    try:
        edit = MoneyEdit()
        qtbot.addWidget(edit)
        assert edit.placeholderText() == "0,00"
        edit.set_cents(4250)
        assert edit.text() == "42,50" and edit.cents() == 4250
        edit.setText("12.34")  # typed the other way, still read
        assert edit.cents() == 1234
    finally:
        QLocale.setDefault(QLocale("en_US"))
