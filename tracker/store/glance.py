"""A quick, read-only look at a file whose derived sums are already current — without peewee.

``points-tracker-cli status`` looks here first. When the file is, byte for byte, the one a
command last checked page by page and closed (:mod:`tracker.store.checked`), ours and at this
schema version, today's automatic backup exists, the orders were converted with the exchange
rates this package ships, and the derived sums (:mod:`tracker.store.derived`) are current —
nothing in the change log, no row above the marks, computed for the same rule set, settings and
date — the figures are the stored sums, read in one read transaction, and nothing is written.

Anything else is left to the full open (:func:`tracker.store.connection.open_database`), which
upgrades, checks every page, makes the day's backup, converts with newer rates, brings the sums
up to date and says in words what is wrong: :func:`look` gives None, and any ``sqlite3.Error``
on the way (a busy file …) is the caller's cue to do the same.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date
from pathlib import Path

from tracker.store import derived
from tracker.store._sqlite import BUSY_TIMEOUT_SECONDS
from tracker.store.checked import has_wal_data, unchanged_since_checked
from tracker.store.paths import daily_backup_path, expand_user
from tracker.store.rates_bundle import refresh_due
from tracker.store.schema_id import APPLICATION_ID, SCHEMA_VERSION
from tracker.store.setting_values import backup_settings
from tracker.store.uncounted import Uncounted, uncounted_in

logger = logging.getLogger(__name__)


class Look:
    """One read transaction on a file that needs nothing done before it is read."""

    def __init__(self, conn: sqlite3.Connection, settings: dict[str, str]) -> None:
        self._conn = conn
        self.settings = settings
        """The settings table, as text."""

    def sums_current(self, fingerprint: str, as_of: date) -> bool:
        """Whether the stored sums are the figures as of ``as_of`` for ``fingerprint``
        (:func:`tracker.report.sums.fingerprint`), with nothing to compute again."""
        seen = derived.read_seen(self._conn)
        return (
            seen.current
            and seen.fingerprint == fingerprint
            and seen.as_of == as_of
            and not derived.new_rows_waiting(self._conn)
        )

    def stored_totals(self) -> list[tuple[int, int, int]]:
        """(day, expected, points) over every stored bucket."""
        return derived.stored_totals(self._conn, {})

    def has_records(self) -> bool:
        return derived.has_records(self._conn)

    def uncounted(self) -> list[Uncounted]:
        return uncounted_in(self._conn)


@contextmanager
def look(path: Path, today: date) -> Iterator[Look | None]:
    """A :class:`Look` at ``path``, or None when the file must be opened in full first.

    Raises ``sqlite3.Error`` when the file cannot be read as it is (busy, damaged …).
    """
    path = expand_user(path)
    if not unchanged_since_checked(path) or has_wal_data(path):  # (no file, or an empty one, too)
        yield None  # the full open checks its pages, and tells a new file from one cut short
        return
    # mode=rw: never create the file (the full open does that, with its folder, privately).
    uri = f"{path.absolute().as_uri()}?mode=rw"
    with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)) as conn:
        if not _current_schema(conn):
            yield None
            return
        conn.execute("BEGIN")  # one snapshot for every read below
        try:
            settings = {str(key): str(value) for key, value in conn.execute("SELECT key, value FROM setting")}
            if not _nothing_to_do(conn, path, settings, today):
                yield None
                return
            logger.debug("Reading the stored figures of %s", path)
            yield Look(conn, settings)
        finally:
            conn.execute("ROLLBACK")


def _current_schema(conn: sqlite3.Connection) -> bool:
    application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    journal = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    return application_id == APPLICATION_ID and version == SCHEMA_VERSION and journal == "wal"


def _nothing_to_do(conn: sqlite3.Connection, path: Path, settings: dict[str, str], today: date) -> bool:
    """Whether the full open would write nothing: today's backup made (when they are made) and
    the orders converted with the shipped exchange rates."""
    if backup_settings(settings).daily and not daily_backup_path(path, today).exists():
        return False
    return refresh_due(conn) is None
