"""The figures as points per day, and the status from them, apart from how they were found.

:mod:`tracker.report.figures` finds them from the derived sums, computing what is out of date;
:mod:`tracker.report.stored_status` reads them when nothing is (without peewee). Both key the sums
by :func:`fingerprint` and turn them into a status with :func:`status_of`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from tracker.rules.projection import Status, status_from_totals

if TYPE_CHECKING:
    from tracker.rules.ruleset import RuleSet
    from tracker.rules.settings import Settings
    from tracker.store.derived import Row


@dataclass(frozen=True, slots=True)
class Figures:
    """Points per day, credited (on or before the date) and expected from pending orders."""

    as_of: date
    credited: dict[date, int]
    expected: dict[date, int]
    empty: bool  # no record that can earn points
    recomputed: bool  # everything was computed again (no usable sums)
    # The first day counted, when the days before it were left out (figures.recent_figures): the
    # status is still exact, but nothing else may read these figures for an earlier day.
    since: date | None = None


def fingerprint(ruleset: RuleSet, settings: Settings) -> str:
    """What the ledger depends on besides the records: the rule set, and of the settings only the
    confirmation lag (whether pending orders count, and the plans' figures, come later)."""
    return repr((ruleset, settings.confirmation_lag_days))


def status_of(figures: Figures, ruleset: RuleSet, settings: Settings, include_pending: bool | None = None) -> Status:
    """The status from :func:`figures` (without a ledger)."""
    if include_pending is not None:
        settings = replace(settings, include_pending=include_pending)
    return status_from_totals(figures.credited, figures.expected, (), ruleset, settings, figures.as_of)


def day_totals(stored: list[tuple[int, int, int]], rows: list[Row]) -> tuple[dict[date, int], dict[date, int]]:
    """Points per day, credited and expected, from stored (day, expected, points) sums — one per
    day and flag — and new rows."""
    triples: Iterable[tuple[int, int, int]] = stored
    if rows:
        sums: dict[tuple[int, int], int] = defaultdict(int)
        for day, flag, points in stored:
            sums[(day, flag)] += points
        for _, _, day, _, flag, points in rows:
            sums[(day, flag)] += points
        triples = ((day, flag, points) for (day, flag), points in sums.items())
    credited: dict[date, int] = {}
    expected: dict[date, int] = {}
    for day, flag, points in triples:
        if points:
            (expected if flag else credited)[date.fromordinal(day)] = points
    return credited, expected
