"""The fast paths of a status compute exactly what the plain two-step computation does (S1, S2, S9, L1, F1).

``order_entries_in_one_pass`` folds :func:`orders_as_of` and :func:`per_dollar_entries` into one loop
(under L1 with the slots of the crowded products worked out first), ``flat_entries_in_one_pass``
reckons F1 in one loop where one order earns the day's cap (held to the walk of every order at
every moment, ``tests/rules/reference.py``), and ``ledger_with_totals``
sorts the ledger and sums it per day, split by date; all exist only for speed, so each is held
here to the plain computation it replaces, entry for entry and in order.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from itertools import groupby
from operator import itemgetter

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.reference import flat_entries_by_walking
from tests.rules.test_rules_properties import RULESETS, days, orders, shopper_records
from tracker.rules import Credit, Order, OrderStatus, Promotion, Records, RuleSet, Settings, build_ledger
from tracker.rules.flat import flat_order_entries
from tracker.rules.flat_pass import flat_entries_in_one_pass, flat_in_one_pass
from tracker.rules.ledger import ledger_with_totals, sort_by_date
from tracker.rules.order_pass import crowded_product_slots, earns_in_one_pass, order_entries_in_one_pass
from tracker.rules.orders import DayBook, orders_as_of, per_dollar_entries
from tracker.rules.ruleset import Shopping

PROFILE = settings(max_examples=150, deadline=None)


@st.composite
def some_orders(draw: st.DrawFn) -> tuple[Order, ...]:
    """Up to 20 orders, half of them refunded (by a day or a year, or on an unknown date)."""
    found = []
    for number in range(draw(st.integers(1, 20))):
        one = draw(orders(f"order:{number}"))
        if draw(st.booleans()):
            late = draw(st.none() | st.integers(-5, 400))
            refund_date = None if late is None else one.order_date + timedelta(days=late)
            one = replace(one, refund_cents=draw(st.integers(1, max(1, one.items_cents))), refund_date=refund_date)
        found.append(one)
    return tuple(found)


shoppings = st.builds(
    Shopping,
    min_order_usd=st.sampled_from([Decimal("0"), Decimal("2.00"), Decimal("5.50")]),
    points_per_usd=st.integers(1, 3),
    rounding=st.sampled_from(["floor", "floor", "nearest"]),
    max_points_per_order=st.sampled_from([0, 50, 500]),
    partial_refund=st.sampled_from(["prorate", "forfeit"]),
    cap_before_multiplier=st.booleans(),
)
promotions = st.lists(
    st.builds(
        lambda start, length, multiplier: Promotion(
            "promotion:x", start, date.fromordinal(start.toordinal() + length), multiplier
        ),
        days,
        st.integers(0, 40),
        st.sampled_from([Decimal(1), Decimal("1.5"), Decimal(2), Decimal(3)]),
    ),
    max_size=2,
)


@PROFILE
@given(
    some_orders(),
    shoppings,
    promotions,
    days,
    st.integers(0, 60),
)
def test_s1_s2_s9_one_pass_equals_orders_as_of_then_per_dollar_entries(
    many: tuple[Order, ...], shopping: Shopping, promoted: list[Promotion], as_of: date, lag: int
) -> None:
    user = Settings(confirmation_lag_days=lag)
    plain_days, fast_days = DayBook(), DayBook()
    plain = per_dollar_entries(
        orders_as_of(many, user, as_of, shopping.min_order_cents, plain_days),
        shopping,
        promoted,
    )
    assert earns_in_one_pass(shopping)
    fast = order_entries_in_one_pass(many, user, as_of, shopping, promoted, fast_days)
    assert fast == plain
    assert [type(entry) for entry in fast] == [type(entry) for entry in plain]
    assert fast_days.kept == plain_days.kept
    assert fast_days.lost == plain_days.lost


@st.composite
def orders_of_few_products(draw: st.DrawFn) -> tuple[Order, ...]:
    """Orders of three products, some holding two (or one product twice), for L1's slots."""
    products = st.lists(st.sampled_from(["p1", "p2", "p3"]), min_size=0, max_size=2).map(tuple)
    return tuple(replace(one, product_ids=draw(products)) for one in draw(some_orders()))


@PROFILE
@given(
    orders_of_few_products(),
    shoppings,
    st.sampled_from([1, 2, 3, 10]),
    promotions,
    days,
    st.integers(0, 60),
)
def test_l1_one_pass_with_the_crowded_products_slots_equals_the_two_steps(
    many: tuple[Order, ...], shopping: Shopping, limit: int, promoted: list[Promotion], as_of: date, lag: int
) -> None:
    shopping = replace(shopping, max_orders_per_product=limit)
    user = Settings(confirmation_lag_days=lag)
    plain_days, fast_days = DayBook(), DayBook()
    plain = per_dollar_entries(
        orders_as_of(many, user, as_of, shopping.min_order_cents, plain_days), shopping, promoted
    )
    slots = crowded_product_slots(many, user, as_of, shopping)
    fast = order_entries_in_one_pass(many, user, as_of, shopping, promoted, fast_days, slots)
    assert fast == plain
    assert [type(entry) for entry in fast] == [type(entry) for entry in plain]
    assert fast_days.kept == plain_days.kept
    assert fast_days.lost == plain_days.lost


flat_shoppings = st.builds(
    Shopping,
    rule=st.just("flat_per_order"),
    min_order_usd=st.sampled_from([Decimal("0"), Decimal("2.00"), Decimal("5.50")]),
    partial_refund=st.sampled_from(["prorate", "forfeit"]),
    flat_points_per_order=st.integers(0, 6),
    flat_daily_cap=st.sampled_from([0, 3, 5, 12]),
)


@st.composite
def orders_of_few_days(draw: st.DrawFn) -> tuple[Order, ...]:
    """Orders on three order dates, so that each day has several, refunded or not (F1)."""
    first = draw(days)
    return tuple(
        replace(one, order_date=first + timedelta(days=draw(st.integers(0, 2)))) for one in draw(some_orders())
    )


@PROFILE
@given(orders_of_few_days(), flat_shoppings, promotions, days, st.integers(0, 60))
def test_f1_day_values_equal_a_walk_of_every_order_at_every_moment(
    many: tuple[Order, ...], shopping: Shopping, promoted: list[Promotion], as_of: date, lag: int
) -> None:
    views = list(orders_as_of(many, Settings(confirmation_lag_days=lag), as_of, shopping.min_order_cents, DayBook()))
    assert flat_order_entries(views, shopping, promoted) == flat_entries_by_walking(views, shopping, promoted)


flat_at_once_shoppings = st.builds(
    lambda cap, more, minimum, partial: Shopping(
        rule="flat_per_order",
        min_order_usd=minimum,
        partial_refund=partial,
        flat_points_per_order=cap + more,
        flat_daily_cap=cap,
    ),
    st.sampled_from([1, 3, 5, 12]),
    st.integers(0, 3),
    st.sampled_from([Decimal("0"), Decimal("2.00"), Decimal("5.50")]),
    st.sampled_from(["prorate", "forfeit"]),
)


@st.composite
def crowded_flat_days(draw: st.DrawFn) -> tuple[tuple[Order, ...], date, list[Promotion], int]:
    """Orders on three order dates whose confirmations, refunds, lag, as-of date and promotions
    all fall within a few days of each other, amounts about the minimum: so that orders share
    moments (a credited and an estimated one among them), refunds come before, on and after
    confirmations, and days earn, lose and earn again (F1 with R1)."""
    first = draw(days)

    def near(low: int, high: int) -> date:
        return first + timedelta(days=draw(st.integers(low, high)))

    def maybe_after(day: date, low: int, high: int) -> date | None:
        offset = draw(st.none() | st.integers(low, high))
        return None if offset is None else day + timedelta(days=offset)

    found = []
    for number in range(draw(st.integers(1, 12))):
        ordered = near(0, 2)
        status = draw(st.sampled_from(list(OrderStatus)))
        items = draw(st.sampled_from([0, 150, 200, 549, 550, 600, 2000]))
        refund = draw(st.sampled_from([0, 0, 50, 400, items]))
        found.append(
            Order(
                ref=f"order:{number}",
                order_date=ordered,
                status=status,
                items_cents=items,
                discount_cents=draw(st.sampled_from([0, 0, 50])),
                confirmed_date=maybe_after(ordered, 0, 5),
                expected_date=maybe_after(ordered, 0, 8),
                refund_cents=refund,
                refund_date=maybe_after(ordered, -1, 8),
            )
        )
    promoted = []
    for _ in range(draw(st.integers(0, 2))):
        start = near(-2, 3)
        end = start + timedelta(days=draw(st.integers(0, 3)))
        promoted.append(Promotion("promotion:x", start, end, draw(st.sampled_from(MULTIPLIERS))))
    return tuple(found), near(-1, 10), promoted, draw(st.integers(0, 4))


MULTIPLIERS = [Decimal(1), Decimal("1.5"), Decimal(2), Decimal("0.5")]  # 0.5: stored before forms refused it


@settings(max_examples=400, deadline=None)
@given(crowded_flat_days(), flat_at_once_shoppings)
def test_f1_one_pass_equals_the_walk_of_every_order_at_every_moment(
    history: tuple[tuple[Order, ...], date, list[Promotion], int], shopping: Shopping
) -> None:
    """``flat_entries_in_one_pass`` (one order earns the day's cap) against the plain F1 walk of the
    orders as they stood on ``as_of``, entry for entry, and the day bonuses' notes against
    ``orders_as_of``'s."""
    many, as_of, promoted, lag = history
    user = Settings(confirmation_lag_days=lag)
    plain_days, fast_days = DayBook(), DayBook()
    views = list(orders_as_of(many, user, as_of, shopping.min_order_cents, plain_days))
    plain = flat_entries_by_walking(views, shopping, promoted)
    assert flat_in_one_pass(shopping)
    fast = flat_entries_in_one_pass(many, user, as_of, shopping, promoted, fast_days)
    assert fast == plain
    assert [type(entry) for entry in fast] == [type(entry) for entry in plain]
    assert fast_days.kept == plain_days.kept
    assert fast_days.lost == plain_days.lost


@PROFILE
@given(orders_of_few_days(), flat_at_once_shoppings, promotions, days, st.integers(0, 60))
def test_f1_one_pass_equals_the_walk_for_orders_spread_over_years(
    many: tuple[Order, ...], shopping: Shopping, promoted: list[Promotion], as_of: date, lag: int
) -> None:
    user = Settings(confirmation_lag_days=lag)
    views = list(orders_as_of(many, user, as_of, shopping.min_order_cents, DayBook()))
    fast = flat_entries_in_one_pass(many, user, as_of, shopping, promoted, DayBook())
    assert fast == flat_entries_by_walking(views, shopping, promoted)


@given(flat_shoppings)
def test_f1_one_pass_only_where_one_order_earns_the_days_cap(shopping: Shopping) -> None:
    cap = shopping.flat_daily_cap
    assert flat_in_one_pass(shopping) == (cap > 0 and shopping.flat_points_per_order >= cap)
    assert not flat_in_one_pass(replace(shopping, rule="per_dollar", flat_daily_cap=5, flat_points_per_order=5))


@PROFILE
@given(shopper_records(), st.sampled_from(list(RULESETS.values())), days, promotions)
def test_the_ledger_and_its_daily_totals_equal_a_stable_sort_and_a_sum(
    data: Records, ruleset: RuleSet, as_of: date, promoted: list[Promotion]
) -> None:
    data = replace(data, promotions=tuple(promoted))
    ledger, credited, expected = ledger_with_totals(data, ruleset, Settings(), as_of)
    assert ledger == build_ledger(data, ruleset, Settings(), as_of)
    assert ledger == sorted(ledger, key=itemgetter(0))
    plain_credited: dict[date, int] = {}
    plain_expected: dict[date, int] = {}
    for day, run in groupby(ledger, itemgetter(0)):
        entries = list(run)
        plain_credited[day] = sum(e.points for e in entries if e.credit is not Credit.EXPECTED)
        plain_expected[day] = sum(e.points for e in entries if e.credit is Credit.EXPECTED)
    assert credited == {day: points for day, points in plain_credited.items() if points}
    assert expected == {day: points for day, points in plain_expected.items() if points}


@PROFILE
@given(st.lists(st.tuples(days, st.integers(-5, 5)), max_size=40))
def test_sort_by_date_is_a_stable_sort(pairs: list[tuple[date, int]]) -> None:
    assert sort_by_date(pairs) == sorted(pairs, key=itemgetter(0))  # type: ignore[arg-type]


def test_f1_marks_a_days_entry_as_its_first_order_confirmed_that_date_is() -> None:
    """An order whose confirmation date is unknown (estimated on order date + lag) and one
    confirmed on that same date: the day's entry is marked as the first of them given is, as
    the walk of every order marks it (it once took the credited one, whichever came first)."""
    shopping = Shopping(rule="flat_per_order", min_order_usd=Decimal(2), flat_points_per_order=5, flat_daily_cap=5)
    estimated = Order("order:e", date(2025, 3, 1), OrderStatus.CONFIRMED, 1000)  # 20 days' lag: 21 March
    credited = Order("order:c", date(2025, 3, 1), OrderStatus.CONFIRMED, 1000, confirmed_date=date(2025, 3, 21))
    small = replace(estimated, ref="order:s", items_cents=100)  # earns nothing, but is confirmed first
    estimated_first, credited_first = Credit.ESTIMATED, Credit.CREDITED
    for listed, credit in (
        ((estimated, credited), estimated_first),
        ((credited, estimated), credited_first),
        ((small, credited), estimated_first),
        ((credited, small, estimated), credited_first),
    ):
        views = list(orders_as_of(listed, Settings(), date(2025, 3, 30), shopping.min_order_cents, DayBook()))
        for steps in (shopping, replace(shopping, flat_points_per_order=3)):  # at once, and in steps
            walked = flat_entries_by_walking(views, steps, [])
            assert walked[0].date == date(2025, 3, 21)
            assert walked[0].credit is credit
            assert flat_order_entries(views, steps, []) == walked
        one_pass = flat_entries_in_one_pass(listed, Settings(), date(2025, 3, 30), shopping, [], DayBook())
        assert one_pass == flat_entries_by_walking(views, shopping, [])


def test_f1_one_pass_counts_an_order_expected_on_the_calendars_last_day() -> None:
    """A day's orders that earn for good start from ``date.max`` until one is found: a pending order
    expected on the calendar's last day, after one that earns nothing, still earns the day."""
    shopping = Shopping(rule="flat_per_order", min_order_usd=Decimal(2), flat_points_per_order=5, flat_daily_cap=5)
    small = Order("order:s", date(2025, 3, 1), OrderStatus.CONFIRMED, 100, confirmed_date=date(2025, 3, 2))
    last = Order("order:l", date(2025, 3, 1), OrderStatus.PENDING, 1000, expected_date=date.max)
    views = list(orders_as_of((small, last), Settings(), date(2025, 3, 30), shopping.min_order_cents, DayBook()))
    walked = flat_entries_by_walking(views, shopping, [])
    assert [(entry.date, entry.points) for entry in walked] == [(date.max, 5)]
    assert flat_entries_in_one_pass((small, last), Settings(), date(2025, 3, 30), shopping, [], DayBook()) == walked
