"""Properties that must hold for any shopper's records (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.rules import (
    Order,
    OrderStatus,
    PointsEntry,
    PointsSeries,
    Records,
    Review,
    RuleSet,
    Settings,
    Visit,
    build_ledger,
    builtin_rulesets,
    compute_status,
    window_total,
)
from tracker.rules.dates import month_end, month_index
from tracker.rules.records import EntryKind
from tracker.rules.window import recalculate

RULESETS = builtin_rulesets()
AE2023 = RULESETS["aliexpress-2023"]
START = date(2023, 1, 1)
END = date(2026, 12, 31)

days = st.dates(min_value=START, max_value=END)
cents = st.integers(min_value=0, max_value=150_000)
categories = st.frozensets(st.sampled_from(["Phones", "Toys", "Home", "Tools", "Beauty", "Cars"]), max_size=4)


@st.composite
def orders(draw: st.DrawFn, ref: str) -> Order:
    order_date = draw(days)
    status = draw(st.sampled_from(list(OrderStatus)))
    confirmed = None
    if status == OrderStatus.CONFIRMED and draw(st.booleans()):
        confirmed = order_date + timedelta(days=draw(st.integers(0, 60)))
    items = draw(cents)
    refund, refund_date = 0, None
    if draw(st.integers(0, 4)) == 0:
        refund = draw(st.integers(0, items))
        refund_date = draw(st.none() | st.just(order_date + timedelta(days=draw(st.integers(0, 90)))))
    return Order(
        ref=ref,
        order_date=order_date,
        status=status,
        items_cents=items,
        discount_cents=draw(st.integers(0, items)),
        confirmed_date=confirmed,
        refund_cents=refund,
        refund_date=refund_date,
        categories=draw(categories),
        product_ids=(draw(st.sampled_from(["p1", "p2", "p3"])),),
    )


@st.composite
def shopper_records(draw: st.DrawFn) -> Records:
    n = draw(st.integers(0, 25))
    return Records(
        orders=tuple(draw(orders(f"order:{i}")) for i in range(n)),
        reviews=tuple(
            Review(f"review:{i}", day, draw(st.none() | cents))
            for i, day in enumerate(draw(st.lists(days, max_size=10)))
        ),
        visits=tuple(Visit(f"visit:{i}", day) for i, day in enumerate(draw(st.lists(days, max_size=30)))),
        entries=tuple(
            PointsEntry(f"entry:{i}", day, points, EntryKind.ADJUSTMENT if points < 0 else EntryKind.BONUS)
            for i, (day, points) in enumerate(draw(st.lists(st.tuples(days, st.integers(-300, 1500)), max_size=5)))
        ),
    )


rulesets = st.sampled_from(list(RULESETS.values()))
SETTINGS_PROFILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS_PROFILE
@given(shopper_records(), rulesets, days)
def test_p6_expiring_points_add_up_to_todays_window_total(data: Records, ruleset: RuleSet, today: date) -> None:
    status = compute_status(data, ruleset, Settings(), today)
    assert len(status.expiring) == 12
    assert sum(e.points for e in status.expiring) == status.window_points


@SETTINGS_PROFILE
@given(shopper_records(), rulesets, days, st.booleans())
def test_p3_after_the_keep_plan_every_planned_recalculation_reaches_the_tier(
    data: Records, ruleset: RuleSet, today: date, include_pending: bool
) -> None:
    user = Settings(include_pending=include_pending)
    status = compute_status(data, ruleset, user, today)
    ledger = [e for e in status.ledger if include_pending or e.credit != "expected"]
    planned = PointsSeries.from_entries(ledger).plus((s.recalculation, s.points) for s in status.keep_plan.steps)
    rank = ruleset.rank(status.tier)
    for step in status.keep_plan.steps:
        assert recalculate(planned, ruleset, step.recalculation).points >= status.tier.min_points
        assert step.spend.cents >= ruleset.shopping.min_order_cents
    if ruleset.window.kind == "calendar_months":
        for k in range(12):
            assert ruleset.rank(recalculate(planned, ruleset, month_end(month_index(today) + k)).tier) >= rank
    if rank == 0:
        assert not status.keep_plan.steps  # P3: the lowest tier cannot be lost


@SETTINGS_PROFILE
@given(shopper_records(), shopper_records(), rulesets, days)
def test_p0_records_dated_after_as_of_never_change_a_figure(
    data: Records, later: Records, ruleset: RuleSet, as_of: date
) -> None:
    # Later records get refs of their own so nothing collides with the shopper's own.
    combined = Records(
        orders=data.orders + tuple(replace(o, ref="later-" + o.ref) for o in later.orders if o.order_date > as_of),
        reviews=data.reviews + tuple(replace(r, ref="later-" + r.ref) for r in later.reviews if r.date > as_of),
        visits=data.visits + tuple(replace(v, ref="later-" + v.ref) for v in later.visits if v.date > as_of),
        entries=data.entries + tuple(replace(e, ref="later-" + e.ref) for e in later.entries if e.date > as_of),
    )
    assert compute_status(combined, ruleset, Settings(), as_of) == compute_status(data, ruleset, Settings(), as_of)


@SETTINGS_PROFILE
@given(shopper_records(), orders("order:new"), days)
def test_a_confirmed_order_never_lowers_a_later_total(data: Records, new: Order, as_of: date) -> None:
    # A refund is a later event of its own: its S2 reversal may fall in a window the credit has left.
    new = replace(new, status=OrderStatus.CONFIRMED, refund_cents=0, refund_date=None)
    with_new = replace(data, orders=(*data.orders, new))
    before = PointsSeries.from_entries(build_ledger(data, AE2023, Settings(), as_of))
    after = PointsSeries.from_entries(build_ledger(with_new, AE2023, Settings(), as_of))
    for month in range(month_index(new.order_date), month_index(END) + 13):
        when = month_end(month)
        assert recalculate(after, AE2023, when).points >= recalculate(before, AE2023, when).points
    assert window_total(after, AE2023, as_of) >= window_total(before, AE2023, as_of)
