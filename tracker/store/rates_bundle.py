"""Whether the stored orders were converted with the ECB data this package ships.

A newer package brings newer rates; the orders converted at the shipped rates are then converted
again (:func:`tracker.store.conversion.refresh`) when the file is opened. Apart from
:mod:`tracker.store.conversion` so that deciding it costs one query, not the currency data.
"""

from __future__ import annotations

import sqlite3

SETTING_RATES_BUNDLE = "rates_bundle"
"""The fingerprint of the shipped ECB data the stored orders were converted with."""


def refresh_due(conn: sqlite3.Connection) -> str | None:
    """The shipped data's fingerprint when orders converted at ECB rates (or waiting for a rate)
    were converted with other data — a newer package came — else None. One query when none are."""
    due = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM order_conversion WHERE source IS NULL OR source = 'ecb')"
    ).fetchone()[0]
    if not due:
        return None
    from tracker.currency import bundled

    row = conn.execute("SELECT value FROM setting WHERE key = ?", (SETTING_RATES_BUNDLE,)).fetchone()
    current = bundled.fingerprint()
    return current if current and (row is None or row[0] != current) else None
