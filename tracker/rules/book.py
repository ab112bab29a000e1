"""A ledger kept up to date one record at a time, for a window that must answer in milliseconds.

:func:`~tracker.rules.projection.compute_status` walks every record; with 100,000 orders that
takes a quarter of a second. A :class:`LedgerBook` builds the ledger once and then, when the
shopper adds, edits or deletes one record, recomputes only the entries that record can touch:
its own, its order date's day bonus (S3, L2) and its month's capped fan points (S5–S7). The
entries come from the very functions :func:`~tracker.rules.ledger.build_ledger` uses, and a
property test checks the book always equals a full computation.

F1's flat points make an order date's orders earn together, so the book recomputes that day.
L1's per-product limit ties the orders of a product together across dates (and the orders of
several products, through an order holding more than one): the book recomputes the orders that
share a product with the changed order, before or after the change, and those that share one
with them, and so on — the slots of any other product cannot move.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import chain
from typing import Any

from tracker.rules.dates import month_index
from tracker.rules.entries import Credit, LedgerEntry, Source, day_of_ref
from tracker.rules.flat import flat_order_entries
from tracker.rules.ledger import _capped_entries, _points_entries, _review_entries, build_ledger
from tracker.rules.orders import DayBook, order_day_entries, orders_as_of, per_dollar_entries
from tracker.rules.projection import Status, status_from_totals
from tracker.rules.records import (
    ClubPost,
    Order,
    PointsEntry,
    Promotion,
    Records,
    Review,
    Settings,
    StoreFollow,
    Visit,
)
from tracker.rules.ruleset import MonthlyCapped, RuleSet

Record = Order | Review | Visit | ClubPost | StoreFollow | PointsEntry

_PRODUCTS = "products"  # (_PRODUCTS, product ids): the orders linked to these products (L1)


@dataclass(frozen=True, slots=True)
class _Capped:
    """A monthly-capped kind of fan point (S5–S7)."""

    rule: MonthlyCapped
    rule_id: str
    source: Source
    one_per_day: bool = False


class LedgerBook:
    """The ledger and status of a set of records, kept current record by record."""

    def __init__(self, records: Records, ruleset: RuleSet, settings: Settings, as_of: date) -> None:
        self.ruleset, self.settings, self.as_of = ruleset, settings, as_of
        self._promotions: tuple[Promotion, ...] = records.promotions
        self._flat = ruleset.shopping.rule == "flat_per_order"  # F1: an order date's orders earn together
        self._linked_orders = not self._flat and ruleset.shopping.max_orders_per_product > 0  # L1: across dates
        self._records: dict[str, Record] = {}
        # order date → order refs, in the order of the records (a dict as an ordered set): F1 marks a
        # day's entry as its first order confirmed on that date is, in the order of the records
        self._by_day: dict[date, dict[str, None]] = {}
        self._by_month: dict[tuple[type[Any], int], dict[str, None]] = {}  # (kind, month) → visit/post/follow refs
        self._by_product: dict[str, dict[str, None]] = {}  # product id → order refs (L1 only)
        self._entries: dict[object, list[LedgerEntry]] = {}
        self._credited: dict[date, int] = {}
        self._expected: dict[date, int] = {}
        self._capped = {
            Visit: _Capped(ruleset.visits, "S5", Source.VISIT, one_per_day=True),
            ClubPost: _Capped(ruleset.club_posts, "S6", Source.POST),
            StoreFollow: _Capped(ruleset.store_follows, "S7", Source.FOLLOW),
        }
        self._records = {record.ref: record for record in _every(records)}
        for order in records.orders:
            _file(self._by_day, order.order_date, order.ref, True)
            if self._linked_orders:
                for product in order.product_ids:
                    _file(self._by_product, product, order.ref, True)
        for kind, events in ((Visit, records.visits), (ClubPost, records.posts), (StoreFollow, records.follows)):
            for event in events:
                _file(self._by_month, (kind, month_index(event.date)), event.ref, True)
        self._file_entries(build_ledger(records, ruleset, settings, as_of))

    # --- changes ---------------------------------------------------------------------------------

    def put(self, record: Record) -> None:
        """Add a record, or replace the one with the same ``ref``."""
        old = self._records.get(record.ref)
        touched = self._unindex(old) if old is not None else set()
        touched |= self._index(record)
        self._refresh(touched)

    def remove(self, ref: str) -> None:
        """Forget the record ``ref`` (no error if it is not there)."""
        old = self._records.get(ref)
        if old is not None:
            self._refresh(self._unindex(old))

    # --- reading ---------------------------------------------------------------------------------

    def records(self) -> Records:
        kinds: dict[type[Any], list[Record]] = {
            cls: [] for cls in (Order, Review, Visit, ClubPost, StoreFollow, PointsEntry)
        }
        for record in self._records.values():
            kinds[type(record)].append(record)
        return Records(
            orders=tuple(kinds[Order]),  # type: ignore[arg-type]
            reviews=tuple(kinds[Review]),  # type: ignore[arg-type]
            visits=tuple(kinds[Visit]),  # type: ignore[arg-type]
            posts=tuple(kinds[ClubPost]),  # type: ignore[arg-type]
            follows=tuple(kinds[StoreFollow]),  # type: ignore[arg-type]
            entries=tuple(kinds[PointsEntry]),  # type: ignore[arg-type]
            promotions=self._promotions,
        )

    def entries(self) -> Iterator[LedgerEntry]:
        """Every ledger entry, in no particular order."""
        return chain.from_iterable(self._entries.values())

    def credited_totals(self) -> dict[date, int]:
        """Points credited per day (on or before ``as_of``)."""
        return dict(self._credited)

    def expected_totals(self) -> dict[date, int]:
        """Points expected per day from pending orders (after ``as_of``)."""
        return dict(self._expected)

    def status(self) -> Status:
        return status_from_totals(
            self._credited, self._expected, tuple(self.entries()), self.ruleset, self.settings, self.as_of
        )

    # --- bookkeeping -----------------------------------------------------------------------------

    def _index(self, record: Record) -> set[object]:
        """File ``record`` away; returns the keys whose entries it can change."""
        self._records[record.ref] = record
        return self._keys_of(record, add=True)

    def _unindex(self, record: Record) -> set[object]:
        del self._records[record.ref]
        return self._keys_of(record, add=False)

    def _keys_of(self, record: Record, *, add: bool) -> set[object]:
        keys: set[object] = {record.ref}
        if isinstance(record, Order):
            keys.add(("day", record.order_date))
            if self._flat:
                keys.add(("orders", record.order_date))
            _file(self._by_day, record.order_date, record.ref, add)
            if self._linked_orders and record.product_ids:
                keys.add((_PRODUCTS, record.product_ids))
                for product in record.product_ids:
                    _file(self._by_product, product, record.ref, add)
        elif type(record) in self._capped:
            day: date = record.date
            key = (type(record), month_index(day))
            keys.add(key)
            _file(self._by_month, key, record.ref, add)
        return keys

    def _refresh(self, keys: set[object]) -> None:
        products = [key[1] for key in keys if isinstance(key, tuple) and key[0] == _PRODUCTS]
        if products:
            linked = self._linked_refs(chain.from_iterable(products))
            self._recompute_linked(linked)
            keys = {key for key in keys if key not in linked and not (isinstance(key, tuple) and key[0] == _PRODUCTS)}
        for key in keys:
            self._recompute(key)

    def _linked_refs(self, products: Iterable[str]) -> set[str]:
        """The orders whose L1 slots can depend on ``products``: every order of them, every order
        of those orders' other products, and so on."""
        refs: set[str] = set()
        seen: set[str] = set()
        todo = list(products)
        while todo:
            product = todo.pop()
            if product in seen:
                continue
            seen.add(product)
            for ref in self._by_product.get(product, ()):
                if ref not in refs:
                    refs.add(ref)
                    todo.extend(self._records[ref].product_ids)  # type: ignore[union-attr]
        return refs

    def _recompute_linked(self, refs: set[str]) -> None:
        """Recompute the order entries of ``refs``, orders linked by their products (L1), together."""
        for ref in refs:
            for entry in self._entries.pop(ref, ()):
                self._add_points(entry, -1)
        orders = [self._records[ref] for ref in refs]
        views = orders_as_of(orders, self.settings, self.as_of, self.ruleset.shopping.min_order_cents, DayBook())  # type: ignore[arg-type]
        for entry in per_dollar_entries(views, self.ruleset.shopping, self._promotions):
            self._entries.setdefault(entry.ref, []).append(entry)
            self._add_points(entry, 1)

    def _file_entries(self, ledger: list[LedgerEntry]) -> None:
        """File a full ledger's entries under the keys that would recompute them, and total them.

        One tight loop: a heavy history has over 100,000 entries and this runs at start-up.
        """
        kind_of_source: dict[Source, object] = {
            Source.MULTI_CATEGORY: "day",
            Source.PURCHASE_DAY: "day",
            **{capped.source: kind for kind, capped in self._capped.items()},
        }
        order_source, expected_credit = Source.ORDER, Credit.EXPECTED
        entries, credited, expected = self._entries, self._credited, self._expected
        for entry in ledger:
            day, points, _, source, ref, credit = entry
            key: object
            if source is order_source:
                # F1 entries are dated when confirmed; their ref names the order date
                key = ("orders", day_of_ref(ref)) if self._flat else ref
            else:
                kind = kind_of_source.get(source)
                # a day bonus's R1 entry is dated on the refund; its ref names the order date
                key = ref if kind is None else ("day", day_of_ref(ref)) if kind == "day" else (kind, month_index(day))
            filed = entries.get(key)
            if filed is None:
                entries[key] = [entry]
            else:
                filed.append(entry)
            into = expected if credit is expected_credit else credited
            into[day] = into.get(day, 0) + points
        for totals in (credited, expected):
            for day in [day for day, points in totals.items() if not points]:
                del totals[day]

    def _recompute(self, key: object) -> None:
        for entry in self._entries.pop(key, ()):
            self._add_points(entry, -1)
        entries = self._compute(key)
        if entries:
            self._entries[key] = entries
            for entry in entries:
                self._add_points(entry, 1)

    def _add_points(self, entry: LedgerEntry, sign: int) -> None:
        into = self._expected if entry.credit is Credit.EXPECTED else self._credited
        into[entry.date] = into.get(entry.date, 0) + sign * entry.points
        if not into[entry.date]:
            del into[entry.date]

    def _compute(self, key: object) -> list[LedgerEntry]:
        """The entries under ``key``, from the same functions a full ledger uses."""
        shopping, as_of = self.ruleset.shopping, self.as_of
        minimum = shopping.min_order_cents
        if isinstance(key, tuple) and key[0] in ("day", "orders"):
            day_orders = [self._records[ref] for ref in self._by_day.get(key[1], ())]
            days = DayBook()
            views = list(orders_as_of(day_orders, self.settings, as_of, minimum, days))  # type: ignore[arg-type]
            if key[0] == "orders":
                return flat_order_entries(views, shopping, self._promotions)
            return order_day_entries(days, self.ruleset)
        if isinstance(key, tuple):
            kind, _ = key
            capped = self._capped[kind]
            events = [(self._records[ref].date, ref) for ref in self._by_month.get(key, ())]  # type: ignore[union-attr]
            return _capped_entries(
                events, capped.rule, capped.rule_id, capped.source, as_of, one_per_day=capped.one_per_day
            )
        record = self._records.get(key)  # type: ignore[call-overload]
        if isinstance(record, Order):
            if self._flat:
                return []  # F1: it earns through its order date's key
            # it earns alone: no L1, or no product for L1 to limit (linked orders never come here)
            return per_dollar_entries(
                orders_as_of([record], self.settings, as_of, minimum, DayBook()), shopping, self._promotions
            )
        if isinstance(record, Review):
            return _review_entries([record], self.ruleset, as_of)
        if isinstance(record, PointsEntry):
            return _points_entries([record], as_of)
        return []  # visits, posts and follows earn through their month's key; a removed record earns nothing


def _file(index: dict[Any, dict[str, None]], key: Any, ref: str, add: bool) -> None:
    """Add ``ref`` under ``key`` (last, as a put record is last among the records), or remove it."""
    if add:
        index.setdefault(key, {})[ref] = None
        return
    refs = index.get(key)
    if refs is not None:
        refs.pop(ref, None)
        if not refs:
            del index[key]


def _every(records: Records) -> Iterator[Record]:
    return chain(records.orders, records.reviews, records.visits, records.posts, records.follows, records.entries)
