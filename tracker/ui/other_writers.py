"""Noticing what another program wrote to the open file — the command line, a script — so that
the window's figures and tables never stay behind.

SQLite's ``PRAGMA data_version`` changes on a connection whenever any *other* connection has
committed to the file since the last time it was asked; asking costs a few microseconds and no
disk read. :class:`OtherWriters` asks every two seconds while the application is active (not
while it is in the background: nobody is looking), and at once when it becomes active again.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from tracker.store.connection import raw_connection

if TYPE_CHECKING:
    from peewee import SqliteDatabase

CHECK_EVERY_MS = 2000


class OtherWriters(QObject):
    """Emits :attr:`noticed` when the file changed under another connection."""

    noticed = Signal()

    def __init__(self, db: SqliteDatabase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._seen = self._version()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.connect(self._on_application_state)
            self._on_application_state(application.applicationState())

    def _version(self) -> int | None:
        # A closed database (another file opened since, or the window closing) is not asked:
        # asking would open it again.
        if self._db.is_closed():
            return None
        try:
            return int(raw_connection(self._db).execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

    def absorb(self) -> None:
        """What is in the file now is known (the window has just read it again)."""
        self._seen = self._version()

    def check(self) -> bool:
        """Emit :attr:`noticed` if another connection wrote since last time; True if it did."""
        version = self._version()
        if version is None or version == self._seen:
            return False
        self._seen = version
        self.noticed.emit()
        return True

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
            self.timer.start()
        else:
            self.timer.stop()
