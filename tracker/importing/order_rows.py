"""Every row of an order file read on its own: cells parsed, status, currency and item found.

:mod:`tracker.importing.build_orders` then groups these rows into orders. The work is done
column by column and row by row in plain loops, so that 100,000 rows take well under a second.

Currencies: a currency column, else the amount's own marker (``zł``, ``R$``), else the currency
the shopper chose, else US dollars for plain numbers. ``¥`` and ``kr`` stand for several
currencies and are never guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from tracker.currency.rates import RateBook
from tracker.i18n import translate
from tracker.importing.columns import Bad, Collected, add_problem, bad_cells, is_blank, read_column
from tracker.importing.dates import parse_date
from tracker.importing.errors import CellProblem
from tracker.importing.fields import AMOUNT_FIELDS, label
from tracker.importing.money import Money
from tracker.importing.options import ImportOptions
from tracker.importing.statuses import StatusMapper
from tracker.importing.values import order_status, parse_currency, parse_quantity, plain_text, read_amounts
from tracker.rules.records import OrderStatus
from tracker.store.drafts import LineDraft, new_line

USD = "USD"
TEXT_FIELDS = ("order_no", "parent_order_no", "item_title", "product_id", "category", "store", "end_reason")
DATE_FIELDS = ("order_date", "confirmed_date", "refund_date")
MONEY_FIELDS = ("unit_price", "line_total", "order_total", "discount", "shipping", "refund")


@dataclass
class OrderContext:
    headers: list[str]
    field_columns: dict[str, int]
    options: ImportOptions
    date_formats: dict[str, str]
    decimal: str | None
    rates: RateBook
    existing: Collection[str]
    full_rows: Callable[[Collection[int]], dict[int, tuple[str, ...]]] = lambda lines: {}


def _clean(raw: list[str]) -> list[str]:
    return [v if not v or (v[0] not in " '\t" and v[-1] != " ") else plain_text(v) for v in raw]


def _date(text: str, date_format: str) -> date:
    return parse_date(text, date_format)


class OrderRows:
    """The parsed columns of every row, each row's problems, status, currency and item.

    Attributes:
        problems: row index → what is wrong with the row.
        statuses, currencies: per row; ``None`` where the row has a problem.
        items: per row, ``(quantity, unit price in the row's currency)`` or ``None`` when the
            row has no item amount (a file with order totals only).
        lines: per row, the item as a :class:`LineDraft` priced in the row's currency (or ``None``):
            :mod:`~tracker.importing.build_orders` converts an order in another currency as a whole.
        unknown_statuses: wordings no table maps, as the shopper should see them.
    """

    def __init__(self, collected: Collected, ctx: OrderContext) -> None:
        self.ctx = ctx
        self.lines_of = collected.lines
        self.picked = collected.picked
        self.n = len(collected)
        self.problems: dict[int, list[CellProblem]] = {}
        raw = collected.values
        self.has = set(raw)
        options = ctx.options
        self.text: dict[str, list[str]] = {name: _clean(raw[name]) for name in TEXT_FIELDS if name in raw}
        self.dates: dict[str, list[Any]] = {}
        for name in DATE_FIELDS:
            if name in raw:
                self.dates[name] = read_column(raw[name], partial(_date, date_format=ctx.date_formats[name]))
        self.money: dict[str, list[Any]] = {}
        for name in MONEY_FIELDS:
            if name in raw:
                self.money[name] = read_amounts(raw[name], ctx.decimal, options.amounts_in_cents)
        self.quantity = read_column(raw["quantity"], parse_quantity) if "quantity" in raw else None
        self.currency_cells = read_column(raw["currency"], parse_currency) if "currency" in raw else None
        checked: list[tuple[str, list[Any] | None]] = [*self.dates.items(), *self.money.items()]
        checked += [("quantity", self.quantity), ("currency", self.currency_cells)]
        for name, parsed in checked:
            if parsed is not None:
                bad_cells(parsed, self.lines_of, self.column(name), self.problems)
        if collected.too_wide:
            extra = f"column {collected.width + 1}"
            for index, count in collected.too_wide.items():
                message = translate("Import", "The row has {count} cells but the header only {width}.").format(
                    count=count, width=collected.width
                )
                add_problem(self.problems, index, CellProblem(self.lines_of[index], extra, message))
        self.unknown_statuses: list[str] = []
        self.statuses = self._statuses(raw.get("status"))
        self.currencies = self._currencies()
        self.items, self.lines = self._items()
        self._required()

    # -- where problems go ------------------------------------------------------------------------

    def column(self, name: str) -> str:
        column = self.ctx.field_columns.get(name)
        if column is None:
            return label(name)
        return self.ctx.headers[column] if column < len(self.ctx.headers) else f"column {column + 1}"

    def problem(self, index: int, name: str, message: str) -> None:
        add_problem(self.problems, index, CellProblem(self.lines_of[index], self.column(name), message))

    def first_amount_field(self) -> str:
        return next(name for name in (*AMOUNT_FIELDS, "currency") if name in self.has)

    # -- per row ----------------------------------------------------------------------------------

    def _statuses(self, cells: list[str] | None) -> list[OrderStatus | None]:
        options = self.ctx.options
        default = OrderStatus(options.default_status) if options.default_status else None
        if cells is None:
            return [default] * self.n
        mapper = StatusMapper(options.status_overrides)
        reasons = self.text.get("end_reason")
        keys: list[Any] = cells if reasons is None else list(zip(cells, reasons, strict=True))
        found: dict[Any, tuple[OrderStatus | None, str]] = {}
        for key in dict.fromkeys(keys):
            cell, reason = (key, None) if reasons is None else key
            found[key] = order_status(mapper, cell, reason) if not is_blank(cell) else (None, "")
        statuses = [found[key][0] for key in keys]
        unknown = {wording for status, wording in found.values() if status is None and wording}
        if len(unknown) or any(status is None for status, _ in found.values()):
            for index, key in enumerate(keys):
                status, wording = found[key]
                if status is not None:
                    continue
                if wording:
                    self.problem(
                        index,
                        "status",
                        translate(
                            "Import", "“{wording}” is not a status we know: map it to pending, confirmed or cancelled."
                        ).format(wording=wording),
                    )
                elif default is None:
                    self.problem(
                        index,
                        "status",
                        translate("Import", "The status is empty: fill it in, or choose a status for such orders."),
                    )
                else:
                    statuses[index] = default
        self.unknown_statuses = sorted(unknown, key=str.casefold)
        return statuses

    def _currencies(self) -> list[str | None]:
        options = self.ctx.options
        marker_columns = [
            [m.currency if type(m) is Money and m.symbol else _NO_MARKER for m in column]
            for column in self.money.values()
        ]
        cells = self.currency_cells if self.currency_cells is not None else [None] * self.n
        keys = list(zip(cells, *marker_columns, strict=True))
        fallback = options.currency or USD
        found: dict[tuple[Any, ...], str | Bad | None] = {}
        for key in dict.fromkeys(keys):
            cell = key[0]
            if type(cell) is Bad:
                found[key] = None
            else:
                markers = [code for code in key[1:] if code is not _NO_MARKER]
                found[key] = _currency(cell, markers, options.currency, fallback)
        currencies: list[Any] = [found[key] for key in keys]
        if any(type(value) is Bad for value in found.values()):
            where = "currency" if "currency" in self.has else self.first_amount_field()
            for index, value in enumerate(currencies):
                if type(value) is Bad:
                    self.problem(index, where, value.message)
                    currencies[index] = None
        return currencies

    def _items(self) -> tuple[list[tuple[int, int] | None], list[LineDraft | None]]:
        unit, line_total = self.money.get("unit_price"), self.money.get("line_total")
        n = self.n
        items: list[tuple[int, int] | None] = [None] * n
        lines: list[LineDraft | None] = [None] * n
        if unit is None and line_total is None:
            return items, lines
        quantities: list[Any] = self.quantity if self.quantity is not None else [1] * n
        empty = [""] * n
        titles = self.text.get("item_title", empty)
        product_ids = self.text.get("product_id", empty)
        categories = self.text.get("category", empty)
        units: list[Any] = unit if unit is not None else [None] * n
        totals: list[Any] = line_total if line_total is not None else [None] * n
        currencies = self.currencies
        rows = zip(quantities, units, totals, currencies, strict=True)
        for index, (quantity, price, total, currency) in enumerate(rows):
            if type(quantity) is not int:
                quantity = 1
            if type(price) is Money:
                item = (quantity, price.cents)
            elif type(total) is Money:
                cents = total.cents
                item = (quantity, cents // quantity) if quantity and cents % quantity == 0 else (1, cents)
            else:
                continue
            items[index] = item
            if currency is not None:
                lines[index] = new_line(titles[index], product_ids[index], categories[index], item[0], item[1])
        return items, lines

    def _required(self) -> None:
        order_dates = self.dates["order_date"]
        for index in [i for i, day in enumerate(order_dates) if day is None]:
            self.problem(index, "order_date", translate("Import", "The order date is empty."))
        amounts = [self.money[name] for name in AMOUNT_FIELDS if name in self.money]
        first_amount = self.first_amount_field()
        if len(amounts) == 1:
            empty = [i for i, value in enumerate(amounts[0]) if value is None]
        else:
            empty = [i for i, values in enumerate(zip(*amounts, strict=True)) if all(v is None for v in values)]
        for index in empty:
            self.problem(index, first_amount, translate("Import", "The amount is empty."))


_NO_MARKER = object()


def _currency(cell: str | None, markers: list[str | None], chosen: str | None, fallback: str) -> str | Bad:
    named = sorted({code for code in markers if code is not None})
    ambiguous = any(code is None for code in markers)
    if cell:
        others = [code for code in named if code != cell]
        if others:
            return Bad(
                translate("Import", "The amount is in {value} but the currency column says {cell}.").format(
                    value=others[0], cell=cell
                )
            )
        return cell
    if len(named) > 1:
        return Bad(
            translate("Import", "The amounts of this row are in different currencies ({choices}).").format(
                choices=", ".join(named)
            )
        )
    if named:
        return named[0]
    if ambiguous and chosen is None:
        return Bad(
            translate(
                "Import",
                "“¥” and “kr” each stand for several currencies: add a currency column, or choose the file's currency.",
            )
        )
    return fallback
