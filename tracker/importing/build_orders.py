"""Rows of an order file → order drafts, with every problem pinned to its row and column.

How rows become orders:

- Rows with the same order number are one order, one item per row (the parent order number,
  when mapped and filled, takes the order number's place). A row without an order number is an
  order of its own: such rows are never merged, however alike.
- A row that repeats an earlier row of the same order cell for cell is a duplicate and is left
  out. When no column says anything about items (no price, line total, quantity or product ID),
  each row is a whole order and a second row with the same number is a duplicate.
- An item is ``unit price × quantity`` (quantity 1 when blank), else the line total; an order
  whose file gives only its total gets one item carrying that total, less the shipping and
  before the discount the file names (so the order's total is what was paid). What the shopper paid is
  the order total, else the sum of the line totals next to unit prices; when the file has no
  discount or shipping column, a difference between paid and the items is recorded as the
  discount (paid less) or shipping (paid more).
- Order-level cells (date, status, store, totals …) must agree across the order's rows.
- One bad row rejects its whole order: an order without one of its items would be wrong.
- The confirmation date counts only for a confirmed order (a trade's end time on a cancelled
  order is not a confirmation).

An order in another currency than US$ keeps its amounts as paid and is converted to US$ at the
rate of its date (the shopper's, else the shipped ECB rate: :mod:`tracker.store.conversion`).
An order with no rate is prepared uncounted — US$ unknown, never a made-up rate — and the
front ends ask for the missing rates before importing (:func:`fill_rates`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from tracker.currency.paid import Paid
from tracker.currency.rates import RateBook
from tracker.frozen import maker
from tracker.i18n import translate
from tracker.importing.columns import Collected
from tracker.importing.errors import CellProblem
from tracker.importing.fields import ITEM_LEVEL, ORDER_LEVEL
from tracker.importing.money import Money
from tracker.importing.native import simple_lines
from tracker.importing.order_rows import USD, OrderContext, OrderRows
from tracker.importing.prepared import PreparedOrder
from tracker.rules.records import OrderStatus
from tracker.store.conversion import convert_order
from tracker.store.drafts import LineDraft, new_order, validate_order

__all__ = ["OrderContext", "OrdersResult", "build_orders", "fill_rates"]

_new_prepared = maker(PreparedOrder)


@dataclass
class OrdersResult:
    orders: list[PreparedOrder] = field(default_factory=list)
    problems: dict[int, list[CellProblem]] = field(default_factory=dict)
    duplicate_rows: list[int] = field(default_factory=list)
    unknown_statuses: list[str] = field(default_factory=list)
    unrated: Counter[str] = field(default_factory=Counter)


def build_orders(collected: Collected, ctx: OrderContext) -> OrdersResult:
    """Every row checked and grouped into orders; see the module docstring for the rules."""
    rows = OrderRows(collected, ctx)
    result = OrdersResult(problems=rows.problems, unknown_statuses=rows.unknown_statuses)
    builder = _Builder(rows, ctx, result)
    for key, group in _groups(rows, ctx, result):
        builder.build(key, group)
    return result


def fill_rates(orders: list[PreparedOrder], book: RateBook) -> list[PreparedOrder]:
    """The prepared orders with those still without a rate converted at ``book``'s rates (the
    ones the shopper just gave); the others as they are."""
    return [
        replace(order, draft=convert_order(order.draft, book)) if order.draft.uncounted else order for order in orders
    ]


def _groups(rows: OrderRows, ctx: OrderContext, result: OrdersResult) -> list[tuple[str | None, list[int]]]:
    order_no = rows.text.get("order_no")
    parent = rows.text.get("parent_order_no")
    item_level = any(name in rows.has for name in ITEM_LEVEL)
    picked = rows.picked
    groups: dict[str | int, list[int]] = {}
    maybe_repeated: list[tuple[int, int]] = []  # (row, earlier row with the same mapped cells)
    # Each row's key (its parent order number, else its order number) made in one pass over the
    # columns, not asked row by row of both: 100,000 rows.
    if parent is None:
        keys = order_no if order_no is not None else [""] * rows.n
    else:
        keys = [p or o for p, o in zip(parent, order_no, strict=True)] if order_no is not None else parent
    for index, key in enumerate(keys):
        if not key:
            groups[index] = [index]
            continue
        group = groups.get(key)
        if group is None:
            groups[key] = [index]
        elif not item_level:
            result.duplicate_rows.append(index)
        else:
            cells = picked[index]
            for other in group:
                if picked[other] == cells:
                    maybe_repeated.append((index, other))
                    break
            group.append(index)
    if maybe_repeated:
        _drop_repeated_rows(rows, ctx, maybe_repeated, groups, result)
    return [(key if isinstance(key, str) else None, group) for key, group in groups.items()]


def _drop_repeated_rows(
    rows: OrderRows,
    ctx: OrderContext,
    candidates: list[tuple[int, int]],
    groups: dict[str | int, list[int]],
    result: OrdersResult,
) -> None:
    """Rows whose mapped cells repeat an earlier row's are duplicates if every other cell does too."""
    lines = rows.lines_of
    cells = ctx.full_rows({lines[i] for pair in candidates for i in pair})
    repeated = {row for row, earlier in candidates if cells.get(lines[row]) == cells.get(lines[earlier])}
    if not repeated:
        return
    result.duplicate_rows.extend(sorted(repeated))
    for key, group in groups.items():
        if any(index in repeated for index in group):
            groups[key] = [index for index in group if index not in repeated]


def _shown(value: Any) -> str:
    if isinstance(value, Money):
        return f"{value.amount}" + (f" {value.currency}" if value.currency else "")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, OrderStatus):
        return value.value
    return str(value)


# Where a problem the store finds with a draft shows in the file.
_FIELD_OF_DRAFT = {
    "order_no": "order_no",
    "discount_cents": "discount",
    "shipping_cents": "shipping",
    "refund_cents": "refund",
    "refund_date": "refund_date",
    "confirmed_date": "confirmed_date",
    "expected_date": "order_date",
    "paid_cents": "order_total",
    "currency": "currency",
}


class _Builder:
    def __init__(self, rows: OrderRows, ctx: OrderContext, result: OrdersResult) -> None:
        self.rows = rows
        self.ctx = ctx
        self.result = result
        money = rows.money
        self.unit = money.get("unit_price")
        self.line_total = money.get("line_total")
        self.order_total = money.get("order_total")
        self.discount = money.get("discount")
        self.shipping = money.get("shipping")
        self.refund = money.get("refund")
        self.reconcile = "discount" not in rows.has and "shipping" not in rows.has
        self.order_dates = rows.dates["order_date"]
        self.confirmed = rows.dates.get("confirmed_date")
        self.refund_dates = rows.dates.get("refund_date")
        self.stores = rows.text.get("store")
        self.agreeing: list[tuple[str, list[Any]]] = [("status", rows.statuses), ("currency", rows.currencies)]
        for name in ORDER_LEVEL:
            values = rows.dates.get(name) or money.get(name) or rows.text.get(name)
            if values is not None and name != "status":
                self.agreeing.append((name, values))
        # Each row's order-level cells side by side: an order whose rows all have the same ones
        # agrees without asking field by field (most orders of many rows do).
        self.agreed = list(zip(*(values for _, values in self.agreeing), strict=True))

    def build(self, key: str | None, group: list[int]) -> None:
        rows = self.rows
        problems = rows.problems
        if problems and any(index in problems for index in group):
            self._reject(key, group)
            return
        if len(group) > 1 and self._disagree(key, group):
            self._reject(key, group)
            return
        first = group[0]
        single = len(group) == 1
        pick = self._only if single else self._first
        currency = rows.currencies[first] or USD
        items = rows.items
        item_rows = group if single else [i for i in group if items[i] is not None]
        has_items = bool(item_rows) and items[item_rows[0]] is not None
        if has_items:
            if single:
                lines: tuple[LineDraft, ...] = (rows.lines[first],)  # type: ignore[assignment]
                quantity, cents = items[first]  # type: ignore[misc]
                items_cents = quantity * cents
            else:
                lines = tuple([rows.lines[i] for i in item_rows])  # type: ignore[misc]
                items_cents = 0
                for i in item_rows:
                    quantity, cents = items[i]  # type: ignore[misc]
                    items_cents += quantity * cents
        order_total = pick(self.order_total, group) if self.order_total is not None else None
        if order_total is not None:
            paid: int | None = order_total.cents
        elif self.unit is not None and self.line_total is not None:
            totals = [self.line_total[i] for i in group]
            paid = sum(t.cents for t in totals) if all(t is not None for t in totals) else None
        else:
            paid = None
        discount_money = pick(self.discount, group) if self.discount is not None else None
        shipping_money = pick(self.shipping, group) if self.shipping is not None else None
        discount = discount_money.cents if discount_money is not None else 0
        shipping = shipping_money.cents if shipping_money is not None else 0
        if not has_items:
            # The total is what was paid: the items are what is left without shipping, before discounts.
            items_cents = (paid or 0) + discount - shipping if paid is not None else 0
            categories = rows.text.get("category")
            titles, product_ids = rows.text.get("item_title"), rows.text.get("product_id")
            category_cell = categories[first] if categories is not None else ""
            lines = simple_lines(
                items_cents,
                [c.strip() for c in category_cell.split("|") if c.strip()],
                titles[first] if titles is not None else "",
                product_ids[first] if product_ids is not None else "",
            )
        elif paid is not None and self.reconcile and paid != items_cents:
            if items_cents > paid:
                discount = items_cents - paid
            else:
                shipping = paid - items_cents
        refund = pick(self.refund, group) if self.refund is not None else None
        refund_cents = refund.cents if refund is not None else 0
        status = rows.statuses[first]
        assert status is not None
        # The file's amounts are as paid: in another currency kept so, and converted to US$ below.
        as_paid = (
            None
            if currency == USD
            else Paid(tuple(line.unit_price_cents for line in lines), discount, shipping, refund_cents)
        )
        draft = new_order(  # OrderDraft(...), made faster: every field given
            order_no=key,
            order_date=self.order_dates[first],
            status=status,
            lines=lines,
            discount_cents=discount,
            shipping_cents=shipping,
            confirmed_date=pick(self.confirmed, group)
            if status is OrderStatus.CONFIRMED and self.confirmed is not None
            else None,
            expected_date=None,
            refund_cents=refund_cents,
            refund_date=pick(self.refund_dates, group) if self.refund_dates is not None else None,
            store=(pick(self.stores, group) or "") if self.stores is not None else "",
            currency=currency,
            paid_cents=None if currency == USD else paid,
            usd_estimated=False,
            note="",
            paid=as_paid,
        )
        if as_paid is not None:
            draft = convert_order(draft, self.ctx.rates)
        found = validate_order(draft)
        if found:
            for problem in found:
                index, name = self._where(problem.field, group, item_rows if has_items else [])
                rows.problem(index, name, problem.message + ".")
            self._reject(key, group)
            return
        if draft.uncounted:
            self.result.unrated[currency] += 1
        self.result.orders.append(
            _new_prepared(  # PreparedOrder(...), made faster: one per order
                draft,
                (rows.lines_of[first],) if single else tuple([rows.lines_of[i] for i in group]),
                key is not None and key in self.ctx.existing,
                draft,  # checked
            )
        )

    @staticmethod
    def _only(values: list[Any] | None, group: list[int]) -> Any:
        if values is None:
            return None
        value = values[group[0]]
        return None if value == "" else value

    @staticmethod
    def _first(values: list[Any] | None, group: list[int]) -> Any:
        if values is None:
            return None
        for index in group:
            value = values[index]
            if value is not None and value != "":
                return value
        return None

    def _disagree(self, key: str | None, group: list[int]) -> bool:
        agreed = self.agreed
        cells = agreed[group[0]]
        for index in group:
            if agreed[index] != cells:
                break
        else:
            return False
        rows = self.rows
        for name, values in self.agreeing:
            first_index: int | None = None
            for index in group:
                value = values[index]
                if value is None or value == "":
                    continue
                if first_index is None:
                    first_index = index
                elif value != values[first_index]:
                    where = name if name in rows.has else rows.first_amount_field()
                    rows.problem(
                        index,
                        where,
                        translate(
                            "Import",
                            "Order {key}: “{here}” here but “{there}” on row {row}; the rows of one order must agree.",
                        ).format(
                            key=key,
                            here=_shown(value),
                            there=_shown(values[first_index]),
                            row=rows.lines_of[first_index],
                        ),
                    )
                    return True
        return False

    def _reject(self, key: str | None, group: list[int]) -> None:
        rows = self.rows
        first_bad = next(index for index in group if index in rows.problems)
        name = "order_no" if "order_no" in rows.has else "order_date"
        for index in group:
            if index not in rows.problems:
                rows.problem(
                    index,
                    name,
                    translate("Import", "Order {key} is not imported: see row {row}.").format(
                        key=key, row=rows.lines_of[first_bad]
                    ),
                )

    def _where(self, draft_field: str, group: list[int], item_rows: list[int]) -> tuple[int, str]:
        """The row and field a problem with one draft field belongs to."""
        rows = self.rows
        if draft_field.startswith("lines["):
            position = int(draft_field[6 : draft_field.index("]")])
            index = item_rows[position] if position < len(item_rows) else group[0]
            if draft_field.endswith(".quantity") and "quantity" in rows.has:
                return index, "quantity"
            return index, rows.first_amount_field()
        name = _FIELD_OF_DRAFT.get(draft_field)
        if name is None or name not in rows.has:
            name = "status" if draft_field == "confirmed_date" and "status" in rows.has else rows.first_amount_field()
        return group[0], name
