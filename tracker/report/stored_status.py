"""``status`` at once when nothing needs computing: the stored sums, read without peewee.

:func:`stored_status` is what ``points-tracker-cli status`` tries first. It opens no database
through the store (so imports neither peewee nor the ledger) and gives None whenever the file
needs anything done before it is read — the full open (:func:`tracker.report.status.quick_status`)
then does it, and reports any problem in words. When it answers, the answer is the same status
the full path computes from the same sums (tests/report/test_stored_status.py).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.report.sums import Figures, day_totals, fingerprint, status_of
from tracker.rules.errors import RuleSetError
from tracker.rules.projection import Status
from tracker.rules.ruleset import DEFAULT_RULESET_ID, RuleSet, builtin_dir, find_ruleset, load_ruleset
from tracker.store.glance import look
from tracker.store.setting_values import SETTING_RULESET, rules_settings
from tracker.store.uncounted import Uncounted

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StoredStatus:
    status: Status
    uncounted: list[Uncounted]  # orders left out for want of an exchange rate


def stored_status(path: Path, as_of: date, today: date, include_pending: bool | None = None) -> StoredStatus | None:
    """The status as of ``as_of`` of the file at ``path`` with the rule set its settings choose,
    when the stored sums are current and nothing else needs doing (``today``'s backup made …);
    else None."""
    try:
        with look(path, today) as found:
            if found is None:
                return None
            ruleset = ruleset_named(found.settings.get(SETTING_RULESET) or DEFAULT_RULESET_ID)
            settings = rules_settings(found.settings)
            if not found.sums_current(fingerprint(ruleset, settings), as_of):
                return None
            credited, expected = day_totals(found.stored_totals(), [])
            figures = Figures(as_of, credited, expected, not found.has_records(), recomputed=False)
            uncounted = found.uncounted()
    except (sqlite3.Error, RuleSetError) as error:  # the full open says what is wrong, in words
        logger.debug("The stored figures of %s were not read: %s", path, error)
        return None
    return StoredStatus(status_of(figures, ruleset, settings, include_pending), uncounted)


def ruleset_named(chosen: str) -> RuleSet:
    """A shipped rule set by id, or a rule-set file by path (:func:`~tracker.rules.find_ruleset`).

    Raises :class:`~tracker.rules.RuleSetError` with a message fit to show as it is.
    """
    return _shipped_by_file_name(chosen) or find_ruleset(chosen)


def _shipped_by_file_name(chosen: str) -> RuleSet | None:
    """A shipped rule set read from its own file alone (``<id>.toml``) rather than all of them,
    when ``chosen`` is a plain id that names one; None to leave it to :func:`find_ruleset`."""
    if chosen.endswith(".toml") or not chosen.replace("-", "").replace("_", "").isalnum() or Path(chosen).exists():
        return None
    path = builtin_dir() / f"{chosen}.toml"
    if not path.is_file():
        return None
    ruleset = load_ruleset(path)
    return ruleset if ruleset.id == chosen else None
