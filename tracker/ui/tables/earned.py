"""What each record earned, read off the session's ledger: points, rules and how sure the credit is.

The ledger of a heavy history has over 100,000 entries, so it is indexed once per status (in one
pass, shared by every table that shows it), never per cell; most records have a single entry,
and only the few with more (a refund's S2) are merged up front.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from operator import itemgetter
from typing import NamedTuple

from tracker.collector import collector_paused
from tracker.i18n import translate
from tracker.report.summary import short_day
from tracker.rules import Status
from tracker.rules.ledger import Credit, LedgerEntry

_UNCERTAINTY = {Credit.CREDITED: 0, Credit.ESTIMATED: 1, Credit.EXPECTED: 2}


class Earned(NamedTuple):
    """The points one record earned; ``credit`` is that of its least certain entry."""

    points: int
    rules: str  # "S1", or "S1 S2" when a refund took some back
    credit: Credit
    credit_date: date  # when that entry is (or is expected to be) credited

    @property
    def uncertain(self) -> bool:
        return self.credit is not Credit.CREDITED

    def credit_text(self) -> str:
        """``credited``, ``expected 12 Dec`` or ``estimated``: the Credit column."""
        if self.credit is Credit.EXPECTED:
            return translate("Tables", "expected {date}").format(date=short_day(self.credit_date))
        if self.credit is Credit.ESTIMATED:
            return translate("Tables", "estimated")
        return translate("Tables", "credited")

    def explanation(self) -> str:
        """The tooltip of an uncertain credit; empty for a credited one."""
        if self.credit is Credit.EXPECTED:
            return translate("Tables", "Expected when you confirm receipt around {short_day}").format(
                short_day=short_day(self.credit_date)
            )
        if self.credit is Credit.ESTIMATED:
            return translate("Tables", "Estimated: confirmation date unknown")
        return ""


class EarnedIndex:
    """Every record's :class:`Earned` by ledger ref (``"order:42"``), from one ledger."""

    def __init__(self, ledger: Sequence[LedgerEntry]) -> None:
        with collector_paused():
            refs = list(map(itemgetter(4), ledger))
            self._single: dict[str, LedgerEntry] = dict(zip(refs, ledger, strict=True))
            self._merged: dict[str, Earned] = {}
            if len(self._single) != len(refs):
                several = {ref for ref, count in Counter(refs).items() if count > 1}
                for entry in ledger:
                    if entry.ref in several:
                        found = self._merged.get(entry.ref)
                        self._merged[entry.ref] = _earned(entry) if found is None else _merged(found, entry)

    def get(self, ref: str) -> Earned | None:
        """What the record ``ref`` earned; None if the ledger has nothing for it."""
        merged = self._merged.get(ref)
        if merged is not None:
            return merged
        entry = self._single.get(ref)
        return None if entry is None else _earned(entry)

    def __len__(self) -> int:
        return len(self._single)


def _earned(entry: LedgerEntry) -> Earned:
    return Earned(entry.points, entry.rule, entry.credit, entry.date)


def _merged(earned: Earned, entry: LedgerEntry) -> Earned:
    rules = earned.rules if entry.rule in earned.rules.split(" ") else f"{earned.rules} {entry.rule}"
    if _UNCERTAINTY[entry.credit] > _UNCERTAINTY[earned.credit]:
        return Earned(earned.points + entry.points, rules, entry.credit, entry.date)
    return Earned(earned.points + entry.points, rules, earned.credit, earned.credit_date)


_cache: tuple[Status | None, EarnedIndex] = (None, EarnedIndex(()))


def earned_for(status: Status) -> EarnedIndex:
    """The :class:`EarnedIndex` of ``status.ledger``, built once per status object."""
    global _cache
    cached_status, index = _cache
    if cached_status is not status:
        index = EarnedIndex(status.ledger)
        _cache = (status, index)
    return index
