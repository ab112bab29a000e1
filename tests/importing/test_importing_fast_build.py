"""Building and writing orders takes shortcuts too (issue 19): an order whose rows carry the same
order-level cells agrees at once, a rate book answers a currency and day it was asked before from
memory, a converted draft and its row are made field by field, an order's line checks are written
out. Each property here fails if a shortcut ever answers differently from the plain way.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.currency.bundled import BundledRates
from tracker.currency.convert import usd_cents
from tracker.currency.paid import Paid
from tracker.currency.rates import Rate, RateBook, RateSource, UserRate
from tracker.importing.build_orders import _Builder
from tracker.importing.money import Money, new_money
from tracker.rules.records import OrderStatus
from tracker.store._rows import _order_params, iso, normalize_order_no
from tracker.store.conversion import with_rate
from tracker.store.drafts import (
    MAX_CENTS,
    MAX_QUANTITY,
    MAX_TEXT_CHARS,
    FieldProblem,
    LineDraft,
    OrderDraft,
    _not_negative,
    _not_too_long,
    new_line,
    new_order,
    validate_order,
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DAYS = st.dates(min_value=date(2023, 11, 25), max_value=date(2024, 1, 20))
OPTIONAL_DAYS = st.none() | DAYS

# -- the rows of an order agree ------------------------------------------------------------------


class _Rows:
    """The rows as :class:`_Builder` reads them: the order-level columns, and where problems go."""

    def __init__(self, cells: dict[str, list[Any]]) -> None:
        self.has = set(cells)
        self.statuses, self.currencies = cells["status"], cells["currency"]
        self.dates = {"order_date": cells["order_date"]}
        self.money = {"order_total": cells["order_total"]}
        self.text = {"store": cells["store"]}
        self.lines_of = [index + 2 for index in range(len(self.statuses))]
        self.found: list[tuple[int, str, str]] = []

    def problem(self, index: int, name: str, message: str) -> None:
        self.found.append((index, name, message))

    def first_amount_field(self) -> str:
        return "order_total"


ORDER_LEVEL_CELLS = {
    "status": st.sampled_from([None, OrderStatus.CONFIRMED, OrderStatus.PENDING]),
    "currency": st.sampled_from([None, "USD", "EUR"]),
    "order_date": st.sampled_from([None, date(2024, 5, 1), date(2024, 5, 2)]),
    "store": st.sampled_from(["", "Store 1", "Store 2"]),
    "order_total": st.sampled_from([None, Money(1250, "USD", "US $"), Money(1250, "USD", "US $"), Money(99, None)]),
}


def builder(cells: dict[str, list[Any]], *, shortcut: bool) -> tuple[_Builder, _Rows]:
    rows = _Rows(cells)
    made = _Builder(rows, None, None)  # type: ignore[arg-type]
    if not shortcut:  # the plain way: every row's cells unlike any other's, so each order is asked field by field
        made.agreed = [(object(),) for _ in rows.statuses]
    return made, rows


@st.composite
def order_rows(draw: st.DrawFn) -> tuple[dict[str, list[Any]], list[int]]:
    n = draw(st.integers(2, 6))
    cells = {name: draw(st.lists(values, min_size=n, max_size=n)) for name, values in ORDER_LEVEL_CELLS.items()}
    group = draw(st.permutations(range(n)).flatmap(lambda order: st.integers(2, n).map(lambda k: order[:k])))
    return cells, sorted(group)


@FAST
@given(order_rows())
def test_rows_with_the_same_order_level_cells_agree_as_when_asked_field_by_field(
    drawn: tuple[dict[str, list[Any]], list[int]],
) -> None:
    cells, group = drawn
    fast, fast_rows = builder(cells, shortcut=True)
    plain, plain_rows = builder(cells, shortcut=False)
    assert fast._disagree("8100", group) == plain._disagree("8100", group)
    assert fast_rows.found == plain_rows.found


# -- a rate book remembers its answers -----------------------------------------------------------

ECB = """Date,USD,PLN,ISK,RUB,
2024-01-10,1.10,4.40,150,N/A,
2024-01-09,1.08,4.32,150,99,
2024-01-05,1.00,4.00,N/A,100,
2023-12-01,1.00,4.00,140,100,
"""
USER_RATES = st.lists(
    st.builds(
        UserRate,
        st.sampled_from(["PLN", "RUB", "JPY"]),
        st.sampled_from([Decimal("0.25"), Decimal("0.01")]),
        OPTIONAL_DAYS,
    ),
    max_size=3,
)
ASKED = st.lists(st.tuples(st.sampled_from(["USD", "EUR", "PLN", "ISK", "RUB", "JPY"]), DAYS), max_size=30)


@FAST
@given(USER_RATES, ASKED)
def test_a_rate_book_answers_each_question_as_a_fresh_book_does(
    user_rates: list[UserRate], asked: list[tuple[str, date]]
) -> None:
    data = BundledRates(ECB)
    book = RateBook(user_rates, data)
    for currency, day in asked + asked:  # each question asked again, answered from memory
        assert book.rate_for(currency, day) == RateBook(user_rates, data).rate_for(currency, day)


# -- converting an order -------------------------------------------------------------------------

HUNDREDTHS = st.one_of(st.integers(0, 10), st.integers(0, 10**9))
RATES = st.none() | st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(50), places=6).map(
    lambda value: Rate(value, RateSource.ECB, date(2024, 5, 1))
)
TEXTS = st.sampled_from(["", "a", " Store 7 "])


def plain_with_rate(draft: OrderDraft, rate: Rate | None) -> OrderDraft:
    """Every amount as paid converted, and the draft replaced field by field with dataclasses.replace."""
    paid = draft.paid
    assert paid is not None

    def convert(hundredths: int) -> int:
        return 0 if rate is None else usd_cents(hundredths, rate.usd_per_unit)

    lines = tuple(
        replace(line, unit_price_cents=convert(price))
        for line, price in zip(draft.lines, paid.line_prices, strict=True)
    )
    discount, shipping = convert(paid.discount_cents), convert(paid.shipping_cents)
    total = sum(line.total_cents for line in lines) - discount + shipping
    quantities = tuple(line.quantity for line in draft.lines)
    return replace(
        draft,
        lines=lines,
        discount_cents=discount,
        shipping_cents=shipping,
        refund_cents=min(convert(paid.refund_cents), max(total, 0)),
        paid_cents=draft.paid_cents if draft.paid_cents is not None else paid.total_cents(quantities),
        usd_estimated=rate is not None,
        paid=replace(paid, rate=rate),
    )


@st.composite
def paid_drafts(draw: st.DrawFn) -> OrderDraft:
    items = draw(st.lists(st.tuples(st.integers(1, 5), HUNDREDTHS), min_size=1, max_size=4))
    ordered = draw(DAYS)
    return OrderDraft(
        order_no=draw(st.none() | st.sampled_from(["", " 8100000000000001 ", "8100000000000002"])),
        order_date=ordered,
        status=draw(st.sampled_from(list(OrderStatus))),
        lines=tuple(
            LineDraft(title=draw(TEXTS), product_id=draw(TEXTS), category=draw(TEXTS), quantity=quantity)
            for quantity, _ in items
        ),
        confirmed_date=draw(OPTIONAL_DAYS),
        expected_date=draw(OPTIONAL_DAYS),
        refund_date=draw(OPTIONAL_DAYS),
        store=draw(TEXTS),
        currency=draw(st.sampled_from(["EUR", "PLN"])),
        paid_cents=draw(st.none() | HUNDREDTHS),
        usd_estimated=draw(st.booleans()),
        note=draw(TEXTS),
        paid=Paid(tuple(price for _, price in items), draw(HUNDREDTHS), draw(HUNDREDTHS), draw(HUNDREDTHS)),
    )


@FAST
@given(paid_drafts(), RATES)
def test_an_order_converted_field_by_field_is_the_order_replaced(draft: OrderDraft, rate: Rate | None) -> None:
    assert with_rate(draft, rate) == plain_with_rate(draft, rate)


# -- an order's row -------------------------------------------------------------------------------


def plain_order_params(draft: OrderDraft) -> tuple[object, ...]:
    return (
        normalize_order_no(draft.order_no),
        draft.order_date.isoformat(),
        draft.status.value,
        iso(draft.confirmed_date),
        iso(draft.expected_date),
        draft.store,
        draft.discount_cents,
        draft.shipping_cents,
        draft.refund_cents,
        iso(draft.refund_date),
        draft.currency,
        draft.paid_cents,
        int(draft.usd_estimated),
        draft.note,
    )


@FAST
@given(paid_drafts())
def test_an_orders_row_is_made_as_the_plain_helpers_make_it(draft: OrderDraft) -> None:
    assert _order_params(draft) == plain_order_params(draft)


# -- checking an order's lines -------------------------------------------------------------------

LENGTHS = st.sampled_from([0, 3, MAX_TEXT_CHARS, MAX_TEXT_CHARS + 1])
CENTS = st.one_of(
    st.integers(0, 2_000), st.sampled_from([-1, 0, MAX_CENTS, MAX_CENTS + 1]), st.integers(-(10**12), 10**12)
)
LINES = st.lists(
    st.builds(
        LineDraft,
        title=LENGTHS.map("t".__mul__),
        product_id=LENGTHS.map("p".__mul__),
        category=LENGTHS.map("c".__mul__),
        quantity=st.sampled_from([-1, 0, 1, 2, MAX_QUANTITY, MAX_QUANTITY + 1]),
        unit_price_cents=CENTS,
    ),
    max_size=4,
)


def plain_line_problems(lines: tuple[LineDraft, ...]) -> list[FieldProblem]:
    """Each line's problems, every check asked of every line."""
    problems: list[FieldProblem] = []
    for index, line in enumerate(lines):
        if line.quantity < 1:
            problems.append(FieldProblem(f"lines[{index}].quantity", "Quantity must be at least 1"))
        elif line.quantity > MAX_QUANTITY:
            problems.append(FieldProblem(f"lines[{index}].quantity", "Quantity is too large: at most 100,000"))
        _not_negative(problems, f"lines[{index}].unit_price_cents", line.unit_price_cents, "Price")
        _not_too_long(problems, f"lines[{index}].title", line.title, "Title")
        _not_too_long(problems, f"lines[{index}].product_id", line.product_id, "Product id")
        _not_too_long(problems, f"lines[{index}].category", line.category, "Category")
    return problems


@FAST
@given(LINES)
def test_an_orders_line_checks_written_out_are_every_check_asked(lines: list[LineDraft]) -> None:
    draft = OrderDraft(order_no="8100", order_date=date(2024, 5, 1), status=OrderStatus.PENDING, lines=tuple(lines))
    found = [problem for problem in validate_order(draft) if problem.field.startswith("lines[")]
    assert found == plain_line_problems(draft.lines)


def test_a_rate_book_keeps_an_answer_per_currency_and_day() -> None:
    data = BundledRates(ECB)
    book = RateBook([UserRate("PLN", Decimal("0.25"), date(2024, 1, 9))], data)
    assert book.rate_for("PLN", date(2024, 1, 8)) == Rate(Decimal("0.25"), RateSource.ECB, date(2024, 1, 5))
    assert book.rate_for("PLN", date(2024, 1, 9)) == Rate(Decimal("0.25"), RateSource.YOURS, date(2024, 1, 9))
    assert book.rate_for("PLN", date(2024, 1, 9) + timedelta(days=30)).source is RateSource.YOURS


# -- items and amounts made slot by slot ---------------------------------------------------------


@FAST
@given(st.text(max_size=5), st.text(max_size=5), st.text(max_size=5), st.integers(), st.integers())
def test_an_item_made_slot_by_slot_is_the_item_made_by_its_class(
    title: str, product_id: str, category: str, quantity: int, unit_price_cents: int
) -> None:
    fast = new_line(title, product_id, category, quantity, unit_price_cents)
    plain = LineDraft(title, product_id, category, quantity, unit_price_cents)
    assert type(fast) is LineDraft
    assert (fast, hash(fast), repr(fast)) == (plain, hash(plain), repr(plain))
    with pytest.raises(FrozenInstanceError):
        fast.quantity = 2  # type: ignore[misc]


@FAST
@given(st.integers(), st.none() | st.sampled_from(["USD", "EUR"]), st.sampled_from(["", "US $", "€"]))
def test_an_amount_made_slot_by_slot_is_the_amount_made_by_its_class(
    cents: int, currency: str | None, symbol: str
) -> None:
    fast, plain = new_money(cents, currency, symbol), Money(cents, currency, symbol)
    assert type(fast) is Money
    assert (fast, hash(fast), repr(fast)) == (plain, hash(plain), repr(plain))
    with pytest.raises(FrozenInstanceError):
        fast.cents = 1  # type: ignore[misc]


@FAST
@given(paid_drafts())
def test_an_order_made_slot_by_slot_is_the_order_made_by_its_class(draft: OrderDraft) -> None:
    values = {field.name: getattr(draft, field.name) for field in fields(OrderDraft)}
    fast, plain = new_order(**values), OrderDraft(**values)
    assert type(fast) is OrderDraft
    assert (fast, hash(fast), repr(fast)) == (plain, hash(plain), repr(plain))
    with pytest.raises(FrozenInstanceError):
        fast.store = "x"  # type: ignore[misc]
