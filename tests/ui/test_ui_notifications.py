"""Reminders as desktop notifications: only when asked for, once a day each, never without a tray."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from tests.ui.helpers import confirmed_order, dashboard_of, open_window
from tracker.report.reminders import LAPSE, VISIT, Reminder
from tracker.resources import app_icon_paths
from tracker.ui.notifications import (
    KEY_NOTIFIED,
    KEY_NOTIFY,
    ReminderNotifier,
    not_yet_notified,
    notified_after,
)
from tracker.ui.session import Session

TODAY = date(2026, 11, 24)
VISIT_TODAY = Reminder(VISIT, "Today's Member Center visit is not recorded yet.")
LAPSE_SOON = Reminder(LAPSE, "Gold ends 8 Dec 2026: spend $12 by 30 Nov.", date(2026, 12, 8), urgent=True)


def test_a_reminder_is_new_until_notified_that_day() -> None:
    assert not_yet_notified([VISIT_TODAY, LAPSE_SOON], TODAY, "") == [VISIT_TODAY, LAPSE_SOON]
    stored = notified_after([VISIT_TODAY], TODAY, "")
    assert stored == "2026-11-24|visit:"
    assert not_yet_notified([VISIT_TODAY, LAPSE_SOON], TODAY, stored) == [LAPSE_SOON]
    both = notified_after([LAPSE_SOON], TODAY, stored)
    assert not_yet_notified([VISIT_TODAY, LAPSE_SOON], TODAY, both) == []
    # the next day, each is news again
    assert not_yet_notified([VISIT_TODAY], date(2026, 11, 25), both) == [VISIT_TODAY]
    assert notified_after([VISIT_TODAY], date(2026, 11, 25), both) == "2026-11-25|visit:"


def test_garbled_stored_state_counts_as_nothing_notified() -> None:
    assert not_yet_notified([VISIT_TODAY], TODAY, "nonsense") == [VISIT_TODAY]
    assert not_yet_notified([VISIT_TODAY], TODAY, "|||") == [VISIT_TODAY]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


class FakeTray:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []
        self.visible = False

    def show(self) -> None:
        self.visible = True

    def showMessage(self, title: str, text: str, _icon: QIcon, _ms: int) -> None:
        self.messages.append((title, text))


def _notifier(settings: QSettings, *, tray: bool = True) -> tuple[ReminderNotifier, FakeTray]:
    icon = QIcon(str(app_icon_paths()[2]))
    notifier = ReminderNotifier(settings, icon, tray_available=lambda: tray)
    fake = FakeTray()
    notifier._tray = lambda: fake  # type: ignore[method-assign, assignment, return-value]
    return notifier, fake


def test_nothing_pops_up_unless_the_shopper_turned_notifications_on(qtbot: QtBot, settings: QSettings) -> None:
    notifier, tray = _notifier(settings)
    assert notifier.notify([VISIT_TODAY], TODAY) == []
    assert tray.messages == []


def test_new_reminders_pop_up_together_once_a_day(qtbot: QtBot, settings: QSettings) -> None:
    settings.setValue(KEY_NOTIFY, "true")
    notifier, tray = _notifier(settings)
    assert notifier.notify([VISIT_TODAY, LAPSE_SOON], TODAY) == [VISIT_TODAY, LAPSE_SOON]
    assert tray.visible
    assert tray.messages == [("Points Tracker: 2 reminders", f"{VISIT_TODAY.text}\n{LAPSE_SOON.text}")]
    assert notifier.notify([VISIT_TODAY, LAPSE_SOON], TODAY) == []  # a refresh later that day
    assert len(tray.messages) == 1
    # a new reminder the same day pops up alone; the state survives a restart
    again, tray_again = _notifier(settings)
    other = Reminder("birthday", "Set your birthday by 3 Dec.", date(2026, 12, 3))
    assert again.notify([VISIT_TODAY, other], TODAY) == [other]
    assert tray_again.messages == [("Points Tracker: a reminder", other.text)]
    assert settings.value(KEY_NOTIFIED) == "2026-11-24|birthday:2026-12-03,lapse:2026-12-08,visit:"


def test_without_a_system_tray_nothing_pops_up_and_nothing_is_marked(qtbot: QtBot, settings: QSettings) -> None:
    settings.setValue(KEY_NOTIFY, "true")
    notifier, tray = _notifier(settings, tray=False)
    assert notifier.notify([VISIT_TODAY], TODAY) == []
    assert tray.messages == [] and settings.value(KEY_NOTIFIED) is None


def test_the_real_tray_icon_is_made_with_the_app_icon(qtbot: QtBot, settings: QSettings) -> None:
    notifier = ReminderNotifier(settings, QIcon(str(app_icon_paths()[2])))
    tray = notifier._tray()
    assert not tray.icon().isNull() and tray.toolTip() == "Points Tracker"
    with qtbot.waitSignal(notifier.clicked, timeout=1000):
        tray.messageClicked.emit()
    notifier.close()


def test_the_window_notifies_the_dashboards_new_reminders(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    session.add(confirmed_order())  # a history, so the dashboard shows its reminders
    window = open_window(session, qtbot, tmp_path)
    window._settings.setValue(KEY_NOTIFY, "true")
    fake = FakeTray()
    window.notifier._tray_available = lambda: True
    window.notifier._tray = lambda: fake  # type: ignore[method-assign, assignment, return-value]
    dashboard_of(window).refresh()
    assert len(fake.messages) == 1
    assert "Visit the Member Center today" in fake.messages[0][1]
    dashboard_of(window).refresh()
    assert len(fake.messages) == 1  # not again the same day
