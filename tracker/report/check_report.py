"""Everything the front ends show about the checks, read from an open database, and the two
things they record: a new check, and a difference accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.report.check import CheckResult, CheckState, Figures, evaluate_checks, figures_on, unchecked_since
from tracker.report.check_findings import Comparison
from tracker.report.summary import day as day_words
from tracker.rules import Records, RuleSet, Settings, Status
from tracker.rules.records import EntryKind
from tracker.store import check_reading
from tracker.store.check_reading import CheckDraft, StoredCheck
from tracker.store.connection import read_transaction

if TYPE_CHECKING:
    from tracker.store.checks import LinkedEntry
    from tracker.store.drafts import EntryDraft

# What records a check or accepts its difference (tracker.store.checks) needs the store's writing:
# imported by those functions, so that the dashboard's check line, which only reads, does not.


@dataclass(frozen=True)
class CheckReport:
    """Every check judged against the records now, and the points history beside the ledger."""

    results: tuple[CheckResult, ...]  # oldest first
    comparison: Comparison | None  # None: no points history imported
    order_numbers: Mapping[str, str] = field(default_factory=dict)  # "order:12" → its order number

    @property
    def latest(self) -> CheckResult | None:
        return max(self.results, key=lambda r: (r.check.date, r.check.id), default=None)

    @property
    def unchecked(self) -> CheckResult | None:
        """The check after which the figures are unchecked (the latest, when it differs)."""
        return unchecked_since(self.results)


def load_report(
    db: SqliteDatabase, records: Records, ruleset: RuleSet, settings: Settings, status: Status
) -> CheckReport:
    """The report as of the status's day, from its ledger and figures (every check, and the
    comparison with the points history)."""
    from tracker.report.check_compare import compare  # here: the dashboard's check line needs none of it
    from tracker.store import checks

    results = check_results(db, records, ruleset, settings, status)
    comparison = compare(
        checks.load_history(db), status.ledger, records, ruleset, as_of=status.as_of,
        entry_sources=checks.entry_sources(db), counted_twice=checks.entries_from_history(db),
    )  # fmt: skip
    return CheckReport(tuple(results), comparison, _order_numbers(db, comparison))


_RESULTS_CACHE: dict[tuple[int, tuple[StoredCheck, ...]], tuple[Records, list[CheckResult]]] = {}


def check_results(
    db: SqliteDatabase, records: Records, ruleset: RuleSet, settings: Settings, status: Status
) -> list[CheckResult]:
    """Every check judged against ``records`` now, oldest first; today's figures from ``status``.

    A check of another day needs the ledger as of that day: the results are kept for the same
    records object (the window's, until its next edit) and the same checks, so that the
    dashboard and the timeline share one computation.
    """
    return _judged(tuple(check_reading.list_checks(db)), records, ruleset, settings, status)


def latest_result(
    db: SqliteDatabase, records: Records, ruleset: RuleSet, settings: Settings, status: Status
) -> CheckResult | None:
    """The latest check judged against ``records`` now (all the dashboard needs), or None."""
    stored = check_reading.list_checks(db)
    if not stored:
        return None
    latest = max(stored, key=lambda check: (check.date, check.id))
    return _judged((latest,), records, ruleset, settings, status)[0]


def _judged(
    stored: tuple[StoredCheck, ...], records: Records, ruleset: RuleSet, settings: Settings, status: Status
) -> list[CheckResult]:
    key = (id(records), stored)
    cached = _RESULTS_CACHE.get(key)
    if cached is not None and cached[0] is records:
        return cached[1]
    results = evaluate_checks(stored, records, ruleset, settings, status=status)
    if len(_RESULTS_CACHE) >= 4:
        del _RESULTS_CACHE[next(iter(_RESULTS_CACHE))]
    _RESULTS_CACHE[key] = (records, results)
    return results


def _order_numbers(db: SqliteDatabase, comparison: Comparison | None) -> dict[str, str]:
    refs = {
        finding.ref
        for line in (comparison.lines if comparison else ())
        for finding in line.findings
        if finding.ref.startswith("order:")
    }
    if not refs:
        return {}
    ids = sorted(int(ref.partition(":")[2]) for ref in refs)
    marks = ", ".join("?" * len(ids))
    with read_transaction(db) as conn:
        rows = conn.execute(f"SELECT id, order_no FROM orders WHERE id IN ({marks})", ids).fetchall()
    return {f"order:{row_id}": number for row_id, number in rows if number}


def tier_named(ruleset: RuleSet, name: str) -> str | None:
    """The rule set's tier called ``name`` (any case), or None."""
    wanted = name.strip().casefold()
    return next((tier.name for tier in ruleset.tiers if tier.name.casefold() == wanted), None)


def check_problems(points: int, tier: str, day: date, today: date, ruleset: RuleSet) -> list[str]:
    """What is wrong with a check about to be made, in words for the shopper; [] when nothing."""
    problems = [problem.message for problem in check_reading.validate_check(CheckDraft(day, points))]
    if day > today:
        problems.append(translate("Check", "The Member Center cannot show the points of a day still to come"))
    if tier and tier_named(ruleset, tier) is None:
        names = ", ".join(t.name for t in ruleset.tiers)
        problems.append(
            translate("Check", "{tier} is not a tier of this rule set ({tiers})").format(tier=tier, tiers=names)
        )
    return problems


def record_check(
    db: SqliteDatabase, points: int, tier: str, day: date, records: Records, ruleset: RuleSet, settings: Settings,
    *, here: Figures | None = None,
) -> int:  # fmt: skip
    """Keep a check of ``points`` (and ``tier``, "" when not given) for ``day``, with what the
    records give for that day; returns its id. Check :func:`check_problems` first."""
    from tracker.store import checks

    here = here or figures_on(records, ruleset, settings, day)
    name = tier_named(ruleset, tier) or "" if tier else ""
    return checks.add_check(db, CheckDraft(day, points, name, here.points, here.tier))


def acceptance(result: CheckResult, note: str) -> EntryDraft | None:
    """The adjustment that accepts a check's difference: dated the check's day, with the note;
    None when the points agree (only the tier differed)."""
    from tracker.store.drafts import EntryDraft

    if not result.missing:
        return None
    words = note.strip() or translate("Check", "Difference accepted after the check of {date}").format(
        date=day_words(result.check.date)
    )
    return EntryDraft(result.check.date, result.missing, EntryKind.ADJUSTMENT, words)


def accept(db: SqliteDatabase, result: CheckResult, note: str, today: date) -> LinkedEntry | None:
    """Accept a check's difference now (one transaction); returns the adjustment made, if any."""
    from tracker.store import checks

    return checks.accept_check(db, result.check.id, today, note.strip(), acceptance(result, note))


__all__ = [
    "CheckReport",
    "CheckState",
    "accept",
    "acceptance",
    "check_problems",
    "check_results",
    "latest_result",
    "load_report",
    "record_check",
    "tier_named",
]
