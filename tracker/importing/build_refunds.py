"""Rows of a refunds file → the orders already recorded that they refund, with refund and date set.

A refunds file (such as the refunds export of ``maxwellmezadre/aliexpress-mcp``) lists refunds,
one item per row: the order number, when, and how much — a refund amount, or the item's price
and how many were refunded. It adds no order: each row's order must be recorded already, and
the import *updates* it:

- the order's refund becomes the sum of its rows in the file (so importing the file again
  changes nothing), dated by the latest of them — the rules count a refund once per order;
- an amount in the currency the order was paid in (or naming none: a refunds file is in the
  shopper's own currency) is kept as paid and turned into US$ at the rate the order itself
  counts with, so refunding a whole order takes back exactly what it counted (an order still
  without a rate keeps its refund as paid, uncounted like the rest of it); a refund in another
  currency than the order's is refused, except for a US$ order, where it is converted at the
  rate of the refund's date;
- a row whose order is not recorded, whose amount or date does not read, or that would refund
  more than the order's total is rejected, with the reason.

Every row is taken as money the shopper got back: the file cannot tell a refund that was refused
or is still open, so the import says so, and such rows should be left out of the file.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from typing import Any

from tracker.currency.convert import usd_cents
from tracker.i18n import translate
from tracker.importing.columns import Collected, add_problem, bad_cells, read_column
from tracker.importing.dates import parse_date
from tracker.importing.errors import CellProblem
from tracker.importing.fields import label
from tracker.importing.money import Money
from tracker.importing.order_rows import USD, OrderContext
from tracker.importing.prepared import PreparedOrder
from tracker.importing.values import parse_currency, parse_quantity, plain_text, read_amounts
from tracker.store.conversion import with_rate
from tracker.store.drafts import OrderDraft, validate_order


@dataclass
class RefundsResult:
    orders: list[PreparedOrder] = field(default_factory=list)
    problems: dict[int, list[CellProblem]] = field(default_factory=dict)
    unchanged_rows: list[int] = field(default_factory=list)
    unrated: Counter[str] = field(default_factory=Counter)


class _Rows:
    """The refunds file's cells, read column by column."""

    def __init__(self, collected: Collected, ctx: OrderContext) -> None:
        raw = collected.values
        self.ctx = ctx
        self.lines = collected.lines
        self.problems: dict[int, list[CellProblem]] = {}
        self.order_nos = [plain_text(value) for value in raw["order_no"]]
        date_format = ctx.date_formats.get("refund_date", "YYYY-MM-DD")
        self.dates = read_column(raw["refund_date"], partial(parse_date, format_id=date_format))
        in_cents = ctx.options.amounts_in_cents
        self.refunds = read_amounts(raw["refund"], ctx.decimal, in_cents) if "refund" in raw else None
        self.units = read_amounts(raw["unit_price"], ctx.decimal, in_cents) if "unit_price" in raw else None
        self.quantities = read_column(raw["quantity"], parse_quantity) if "quantity" in raw else None
        self.currencies = read_column(raw["currency"], parse_currency) if "currency" in raw else None
        for name, parsed in (("refund_date", self.dates), ("refund", self.refunds), ("unit_price", self.units),
                             ("quantity", self.quantities), ("currency", self.currencies)):  # fmt: skip
            if parsed is not None:
                bad_cells(parsed, self.lines, self.column(name), self.problems)

    def column(self, name: str) -> str:
        index = self.ctx.field_columns.get(name)
        return label(name) if index is None else self.ctx.headers[index]

    def problem(self, index: int, name: str, message: str) -> None:
        add_problem(self.problems, index, CellProblem(self.lines[index], self.column(name), message))

    def amount(self, index: int) -> tuple[int, str | None] | None:
        """The row's refund in cents of its currency (``None``: the order's), or ``None`` if missing."""
        money: Any = self.refunds[index] if self.refunds is not None else None
        quantity = 1
        if type(money) is not Money and self.units is not None:
            money = self.units[index]
            found = self.quantities[index] if self.quantities is not None else None
            quantity = found if type(found) is int else 1
        if type(money) is not Money:
            return None
        named: Any = self.currencies[index] if self.currencies is not None else None
        currency = named if isinstance(named, str) else money.currency
        return money.cents * quantity, currency


def build_refunds(collected: Collected, ctx: OrderContext, stored: Mapping[str, OrderDraft]) -> RefundsResult:
    """The stored orders the rows refund, updated; see the module docstring for the rules."""
    rows = _Rows(collected, ctx)
    result = RefundsResult(problems=rows.problems)
    groups: dict[str, list[int]] = defaultdict(list)
    amount_name = "refund" if rows.refunds is not None else "unit_price"
    for index, order_no in enumerate(rows.order_nos):
        if not order_no:
            rows.problem(index, "order_no", translate("Import", "The order number is empty."))
        elif rows.dates[index] is None:
            rows.problem(index, "refund_date", translate("Import", "The refund date is empty."))
        elif rows.amount(index) is None and index not in rows.problems:
            rows.problem(index, amount_name, translate("Import", "The amount is empty."))
        if order_no:
            groups[order_no].append(index)
    for order_no, group in groups.items():
        order = stored.get(order_no)
        if order is None:
            for index in group:
                rows.problem(
                    index,
                    "order_no",
                    translate(
                        "Import", "Order {order_no} is not recorded: import your orders first, then this file."
                    ).format(order_no=order_no),
                )
            continue
        if any(index in rows.problems for index in group):
            _reject(rows, group)
            continue
        _refund(rows, order_no, order, group, result)
    return result


def _refund(rows: _Rows, order_no: str, order: OrderDraft, group: list[int], result: RefundsResult) -> None:
    day = max(rows.dates[index] for index in group)
    local = usd = 0
    foreign: str | None = None
    for index in group:
        found = rows.amount(index)
        assert found is not None
        cents, currency = found
        if currency is None or currency == order.currency:
            local += cents
        elif order.currency == USD and (rate := rows.ctx.rates.rate_for(currency, day)) is not None:
            usd += usd_cents(cents, rate.usd_per_unit)
        else:
            foreign = currency
    if foreign is not None:
        for index in group:
            rows.problem(
                index,
                "currency" if "currency" in rows.ctx.field_columns else "order_no",
                translate(
                    "Import",
                    "The refund is in {currency}, but order {order_no} was paid in {paid}: give the refund in {paid}.",
                ).format(currency=foreign, order_no=order_no, paid=order.currency),
            )
        return
    draft = _refunded(order, local, usd, day)
    if draft is None:
        for index in group:
            rows.problem(
                index,
                "order_no",
                translate(
                    "Import",
                    "The refund is in {currency}, which has no exchange rate to US$ yet: set one, then import again.",
                ).format(currency=order.currency),
            )
        return
    if (draft.refund_cents, draft.refund_date, draft.paid) == (order.refund_cents, order.refund_date, order.paid):
        result.unchanged_rows.extend(group)
        return
    invalid = validate_order(draft)
    if invalid:
        name = "refund_date" if invalid[0].field == "refund_date" else ("refund" if rows.refunds else "unit_price")
        message = translate("Import", "Order {order_no}: {problem}.").format(
            order_no=order_no, problem=invalid[0].message
        )
        rows.problem(group[0], name, message)
        _reject(rows, group)
        return
    result.orders.append(PreparedOrder(draft, tuple(rows.lines[index] for index in group), stored=True))


def _refunded(order: OrderDraft, local: int, usd: int, day: date) -> OrderDraft | None:
    """The order with its refund set: ``local`` hundredths of the order's own currency (kept as
    paid and converted at the order's own rate) plus ``usd`` US cents; ``None`` when an amount in
    the order's currency cannot be turned into US$."""
    if order.currency == USD:
        return dataclasses.replace(order, refund_cents=local + usd, refund_date=day)
    if order.paid is not None:  # converted at the rate the order itself counts with (none: uncounted)
        paid = dataclasses.replace(order.paid, refund_cents=local)
        return dataclasses.replace(with_rate(dataclasses.replace(order, paid=paid), paid.rate), refund_date=day)
    counted = _in_usd(local, order)
    return None if counted is None else dataclasses.replace(order, refund_cents=counted, refund_date=day)


def _in_usd(cents: int, order: OrderDraft) -> int | None:
    """An amount in the currency of an order typed in US$ by hand, at the proportion it was counted."""
    if not order.paid_cents or order.total_cents <= 0:
        return None
    ratio = Decimal(order.total_cents) / Decimal(order.paid_cents)
    return int((Decimal(cents) * ratio).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _reject(rows: _Rows, group: list[int]) -> None:
    first = next(index for index in group if index in rows.problems)
    for index in group:
        if index not in rows.problems:
            rows.problem(
                index,
                "order_no",
                translate("Import", "Order {key} is not imported: see row {row}.").format(
                    key=rows.order_nos[index], row=rows.lines[first]
                ),
            )
