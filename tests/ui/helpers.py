"""Building windows for tests: an isolated QSettings file, drafts with sensible defaults."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tracker.rules import OrderStatus
from tracker.store.drafts import LineDraft, OrderDraft
from tracker.ui.dashboard import DashboardPage
from tracker.ui.main_window import MainWindow
from tracker.ui.opening import DatabaseOpener
from tracker.ui.session import Session


def window_settings(folder: Path) -> QSettings:
    """A settings file of the test's own, never the user's real configuration."""
    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)


def open_window(session: Session, qtbot: QtBot, folder: Path, *, opener: DatabaseOpener | None = None) -> MainWindow:
    window = MainWindow(session, settings=window_settings(folder), opener=opener)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def dashboard_of(window: MainWindow) -> DashboardPage:
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    return page


def confirmed_order(amount_cents: int = 12_000, *, ordered: date = date(2026, 10, 1),
                    confirmed: date = date(2026, 10, 20), category: str = "Home") -> OrderDraft:  # fmt: skip
    return OrderDraft(
        order_no=None,
        order_date=ordered,
        status=OrderStatus.CONFIRMED,
        confirmed_date=confirmed,
        lines=(LineDraft("Lamp", "", category, 1, amount_cents),),
    )


def pending_order(amount_cents: int, ordered: date) -> OrderDraft:
    return OrderDraft(
        order_no=None,
        order_date=ordered,
        status=OrderStatus.PENDING,
        lines=(LineDraft("Cable", "", "Phone accessories", 1, amount_cents),),
    )
