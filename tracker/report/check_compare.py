"""Where a difference comes from: AliExpress's points history beside the ledger.

:func:`compare` sets what AliExpress credited, month by month and by source (orders, reviews,
visits, other), beside the app's ledger, pairs the changes that match, and hands what is left to
:func:`tracker.report.check_causes.explain` for its likely causes. The points history is never
counted as points: the ledger holds the records it describes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from tracker.report.check_causes import Change, Context, explain
from tracker.report.check_findings import COMPARED_ORDER, Comparison, MonthLine
from tracker.rules import Credit, LedgerEntry, Records, RuleSet, Source
from tracker.rules.dates import month_end, month_index, month_start
from tracker.store.checks import CheckSource, HistoryRow

SOURCE_OF: dict[Source, CheckSource] = {
    Source.ORDER: CheckSource.ORDERS,
    Source.MULTI_CATEGORY: CheckSource.ORDERS,
    Source.PURCHASE_DAY: CheckSource.ORDERS,
    Source.REVIEW: CheckSource.REVIEWS,
    Source.VISIT: CheckSource.VISITS,
    Source.POST: CheckSource.OTHER,
    Source.FOLLOW: CheckSource.OTHER,
    Source.BONUS: CheckSource.OTHER,
    Source.ADJUSTMENT: CheckSource.OTHER,
}
"""Where a ledger entry's points count in the comparison."""

# Words in AliExpress's descriptions (in the languages of the app), tried in this order: a
# "review of an order" is a review. Anything else — games, promotions, tasks, Club posts — is other.
_WORDS: tuple[tuple[CheckSource, tuple[str, ...]], ...] = (
    (CheckSource.REVIEWS, ("review", "feedback", "evaluat", "rating", "reseña", "resena", "valoraci", "avalia",
                           "avis", "évaluation", "отзыв", "оценк", "opini", "recenzj", "ocen")),
    (CheckSource.VISITS, ("visit", "check-in", "check in", "checkin", "sign-in", "sign in", "посещ", "отметк",
                          "wizyt", "odwiedz", "member center")),
    (CheckSource.ORDERS, ("order", "purchase", "shopping", "refund", "pedido", "compra", "reembolso", "devolu",
                          "commande", "achat", "rembours", "заказ", "покуп", "возврат", "zamówien", "zamowien",
                          "zakup", "zwrot", "encomenda")),
)  # fmt: skip


def history_source(description: str) -> CheckSource:
    """The source a points-history row speaks of, from AliExpress's description of it."""
    text = description.casefold()
    for source, words in _WORDS:
        if any(word in text for word in words):
            return source
    return CheckSource.OTHER


def compare(
    history: Sequence[HistoryRow],
    ledger: Iterable[LedgerEntry],
    records: Records,
    ruleset: RuleSet,
    *,
    as_of: date,
    entry_sources: Mapping[str, CheckSource] | None = None,
    counted_twice: frozenset[str] = frozenset(),
) -> Comparison | None:
    """AliExpress's points history beside the ledger (built as of ``as_of``), month by month and by
    source, over the months the history covers; None without any history up to ``as_of``.

    ``entry_sources`` says which source each adjustment made by a check corrects (or that it
    accepts a difference); other entries count where :data:`SOURCE_OF` puts them.
    ``counted_twice`` names the entries an earlier version imported from the points history.
    """
    rows = [row for row in history if row.date <= as_of and row.points]
    if not rows:
        return None
    sources = entry_sources or {}
    first, last = min(month_index(row.date) for row in rows), max(month_index(row.date) for row in rows)
    words: dict[str, CheckSource] = {}  # a history's descriptions repeat: read each once
    for row in rows:
        if row.note not in words:
            words[row.note] = history_source(row.note)
    items = [Change(row.date, row.points, words[row.note], True, note=row.note) for row in rows]
    context = Context(
        ruleset, as_of, {order.ref: order for order in records.orders}, frozenset(sources), counted_twice,
        frozenset(visit.date for visit in records.visits),
    )  # fmt: skip
    # Order changes outside the months compared matter only near them: an order confirmed here a
    # few months later than AliExpress credited it, or credited within a year before its refund.
    start, end = month_start(first), month_end(last)
    # (clamped to the calendar: a history may hold a day of year 1 or 9999)
    near_start, near_end = month_start(max(first - 12, 12)), month_end(min(last + 3, 9999 * 12 + 11))
    order_source, expected = Source.ORDER, Credit.EXPECTED
    for entry in ledger:
        day = entry.date
        if day < near_start or (day > near_end and entry.credit is not expected):
            continue
        is_order = entry.source is order_source and entry.ref.startswith("order:")
        if entry.credit is expected or day > as_of:
            if is_order:
                context.expected.append(entry)
            continue
        inside = start <= day <= end
        if not inside and not is_order:
            continue
        source = sources.get(entry.ref) or SOURCE_OF[entry.source]
        item = Change(day, -entry.points, source, False, entry.ref, entry.rule, inside=inside)
        if inside:
            items.append(item)
        else:
            context.spare.append(item)
        if is_order and entry.points > 0 and entry.rule != "S2":
            context.credits.append(item)
    by_line: dict[tuple[int, CheckSource], list[Change]] = defaultdict(list)
    for item in items:
        by_line[(item.month, item.source)].append(item)
    for line_items in by_line.values():
        _pair(line_items)
    found = explain(by_line, context)
    lines = []
    for (month, source), line_items in sorted(by_line.items(), key=_line_order):
        aliexpress = sum(item.value for item in line_items if item.history)
        here = -sum(item.value for item in line_items if not item.history)
        line = MonthLine(month_start(month), source, aliexpress, here)
        if line.difference or source is CheckSource.ACCEPTED:
            line = MonthLine(line.month, source, aliexpress, here, tuple(found.get((month, source), ())))
        lines.append(line)
    return Comparison(month_start(first), month_start(last), len(rows), tuple(lines))


def _line_order(pair: tuple[tuple[int, CheckSource], list[Change]]) -> tuple[int, int]:
    (month, source), _ = pair
    return month, COMPARED_ORDER[source]


def _pair(items: list[Change]) -> None:
    """Match changes that cancel out within a month and source: each history row with a ledger
    entry of the same points (the nearest in date), then what is left of the ledger among itself
    (an adjustment that corrects an entry)."""
    _pair_between([i for i in items if i.history], [i for i in items if not i.history])
    ledger = [i for i in items if not i.history and not i.matched]
    _pair_between([i for i in ledger if i.value > 0], [i for i in ledger if i.value < 0])


def _pair_between(first: list[Change], second: list[Change]) -> None:
    by_value: dict[int, list[Change]] = defaultdict(list)
    for other in second:
        if not other.matched:
            by_value[other.value].append(other)
    for item in sorted(first, key=lambda i: i.day):
        candidates = by_value.get(-item.value)
        if item.matched or not candidates:
            continue
        best = min(candidates, key=lambda other: abs((other.day - item.day).days))
        candidates.remove(best)
        item.matched = best.matched = True
