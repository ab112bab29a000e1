"""Reminders as desktop notifications, for a shopper who turned them on in Settings.

The dashboard always lists the reminders (:mod:`tracker.report.reminders`); with notifications on, a
reminder also pops up once — the first time the window finds it on a given day — through the
system tray's message, which Windows, macOS and Linux desktops show as a notification. Where
there is no tray (some Linux desktops, the offscreen platform) nothing pops up and the
dashboard still has them. Clicking the notification brings the window forward.

Off by default: a notification is an interruption the shopper asks for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from tracker import APP_NAME
from tracker.report.reminders import Reminder

KEY_NOTIFY = "notify_reminders"
KEY_NOTIFIED = "notified_reminders"
MESSAGE_MS = 15_000


def _key(reminder: Reminder) -> str:
    return f"{reminder.kind}:{reminder.due.isoformat() if reminder.due else ''}"


def not_yet_notified(found: Sequence[Reminder], today: date, notified: str) -> list[Reminder]:
    """The reminders not notified today. ``notified`` is what :func:`notified_after` stored."""
    stamp, _, keys = notified.partition("|")
    seen = set(keys.split(",")) if stamp == today.isoformat() else set()
    return [reminder for reminder in found if _key(reminder) not in seen]


def notified_after(shown: Sequence[Reminder], today: date, notified: str) -> str:
    """``notified`` with ``shown`` added: ``2026-11-24|visit:,lapse:2026-12-08``."""
    stamp, _, keys = notified.partition("|")
    seen = set(keys.split(",")) - {""} if stamp == today.isoformat() else set()
    return f"{today.isoformat()}|{','.join(sorted(seen | {_key(reminder) for reminder in shown}))}"


def notifications_wanted(settings: QSettings) -> bool:
    return str(settings.value(KEY_NOTIFY, "false")).lower() == "true"


class ReminderNotifier(QObject):
    """Shows new reminders as one notification; :attr:`clicked` when the shopper clicks it."""

    clicked = Signal()

    def __init__(
        self,
        settings: QSettings,
        icon: QIcon,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._icon = icon
        self._tray_available = tray_available
        self.tray: QSystemTrayIcon | None = None

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            self.tray = QSystemTrayIcon(self._icon, self)
            self.tray.setToolTip(APP_NAME)
            self.tray.messageClicked.connect(self.clicked)
            self.tray.activated.connect(lambda _reason: self.clicked.emit())
        return self.tray

    def notify(self, found: Sequence[Reminder], today: date) -> list[Reminder]:
        """Notify the reminders in ``found`` not notified today; returns those shown."""
        if not found or not notifications_wanted(self._settings) or not self._tray_available():
            return []
        notified = str(self._settings.value(KEY_NOTIFIED, ""))
        new = not_yet_notified(found, today, notified)
        if not new:
            return []
        tray = self._tray()
        tray.show()  # a message needs a visible tray icon; it stays while the window is open
        if len(new) == 1:
            title = self.tr("{app}: a reminder").format(app=APP_NAME)
        else:
            count = len(new)
            title = self.tr("{app}: %n reminders", "", count).format(app=APP_NAME)
        tray.showMessage(title, "\n".join(reminder.text for reminder in new), self._icon, MESSAGE_MS)
        self._settings.setValue(KEY_NOTIFIED, notified_after(new, today, notified))
        return new

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()
