"""R1: a refund that lowers a day bonus or a slot takes the difference away on the refund date.

And the settled readings beside it: P1's confirmed order without a confirmation date, S9's
overlapping promotions and multipliers below 1.
"""

from __future__ import annotations

from tests.rules.builders import SETTINGS, bonus, d, order, promotion, records
from tracker.rules import Credit, OrderStatus, RuleSet, Settings, build_ledger, compute_status
from tracker.rules.window import recalculate

Triple = tuple[str, int, str]


def ledger(ruleset: RuleSet, *items: object, as_of: str = "2025-12-31") -> list[Triple]:
    return [(e.date.isoformat(), e.points, e.rule) for e in build_ledger(records(*items), ruleset, SETTINGS, d(as_of))]


def day_bonuses(entries: list[Triple], *rules: str) -> list[Triple]:
    return [entry for entry in entries if entry[2] in {*rules, "R1"}]


# --- S3 multi-category day ---


def test_r1_refund_below_two_dollars_lowers_the_multi_category_bonus_on_the_refund_date_S3(ae2023: RuleSet) -> None:
    items = [
        order("2025-03-01", "10", categories=("Phones",)),
        order("2025-03-01", "10", categories=("Toys",)),
        order("2025-03-01", "10", categories=("Home",), refund="9", refund_date="2025-03-20"),
    ]
    assert day_bonuses(ledger(ae2023, *items), "S3") == [("2025-03-01", 3, "S3"), ("2025-03-20", -1, "R1")]


def test_r1_a_refund_on_the_order_date_or_without_a_date_only_reduces_the_credit_S3(ae2023: RuleSet) -> None:
    items = [
        order("2025-03-01", "10", categories=("Phones",)),
        order("2025-03-01", "10", categories=("Toys",), refund="9", refund_date="2025-03-01"),
        order("2025-03-01", "10", categories=("Home",), refund="9"),
        order("2025-03-01", "10", categories=("Cars",)),
    ]
    assert day_bonuses(ledger(ae2023, *items), "S3") == [("2025-03-01", 2, "S3")]


def test_r1_each_refund_takes_its_share_on_its_own_date_S3(ae2023: RuleSet) -> None:
    items = [
        order("2025-03-01", "10", categories=("A",)),
        order("2025-03-01", "10", categories=("B",), refund="10", refund_date="2025-04-02"),
        order("2025-03-01", "10", categories=("C",), refund="9.50", refund_date="2025-03-10"),
        order("2025-03-01", "10", categories=("D",), refund="8.50", refund_date="2025-03-10"),
    ]
    assert day_bonuses(ledger(ae2023, *items), "S3") == [
        ("2025-03-01", 4, "S3"),
        ("2025-03-10", -2, "R1"),
        ("2025-04-02", -2, "R1"),  # one category left: below S3's two, the day earns nothing
    ]


def test_r1_a_refund_that_keeps_two_dollars_or_a_shared_category_lowers_nothing_S3(ae2023: RuleSet) -> None:
    items = [
        order("2025-03-01", "10", categories=("A",)),
        order("2025-03-01", "10", categories=("B",), refund="7", refund_date="2025-03-10"),  # $3 kept
        order("2025-03-01", "10", categories=("A",), refund="10", refund_date="2025-03-12"),  # A stays
    ]
    assert day_bonuses(ledger(ae2023, *items), "S3") == [("2025-03-01", 2, "S3")]


def test_r1_a_refund_after_the_as_of_date_has_not_happened_S3(ae2023: RuleSet) -> None:
    items = [
        order("2025-03-01", "10", categories=("A",)),
        order("2025-03-01", "10", categories=("B",), refund="10", refund_date="2025-03-20"),
    ]
    assert day_bonuses(ledger(ae2023, *items, as_of="2025-03-19"), "S3") == [("2025-03-01", 2, "S3")]
    assert day_bonuses(ledger(ae2023, *items, as_of="2025-03-20"), "S3") == [
        ("2025-03-01", 2, "S3"),
        ("2025-03-20", -2, "R1"),
    ]


def test_r1_a_january_recalculation_keeps_its_tier_after_a_february_refund(ae2023: RuleSet) -> None:
    """The issue's case: the S3 points that made January Gold are not taken back in January."""
    items = [
        bonus("2025-01-05", 99),
        order("2025-01-10", "1.50", status=OrderStatus.PENDING, categories=("A",)),
        order("2025-01-10", "1.50", status=OrderStatus.PENDING, categories=("B",)),
        order("2025-01-10", "2.00", status=OrderStatus.PENDING, categories=("C",)),
        order(
            "2025-01-10", "2.00", status=OrderStatus.PENDING, categories=("D",), refund="1", refund_date="2025-02-27"
        ),
    ]
    # Only C and D are of $2 or more: 2 categories, 2 points, 99 + 2 = 101: Gold from 8 February.
    before = compute_status(records(*items), ae2023, SETTINGS, d("2025-02-26"))
    after = compute_status(records(*items), ae2023, SETTINGS, d("2025-02-28"))
    for status in (before, after):
        january = recalculate(status.credited, ae2023, d("2025-01-31"))
        assert (january.points, january.tier.name) == (101, "Gold")
        assert status.tier.name == "Gold"
    assert recalculate(after.credited, ae2023, d("2025-02-28")).points == 99  # the loss, dated in February


# --- L2 purchase day and L1 product slots (legacy) ---


def test_r1_purchase_day_lost_on_the_refund_date_L2(legacy: RuleSet) -> None:
    only = order("2025-03-01", "10", refund="9", refund_date="2025-03-15")
    assert day_bonuses(ledger(legacy, only), "L2") == [("2025-03-01", 5, "L2"), ("2025-03-15", -5, "R1")]
    kept = [only, order("2025-03-01", "3")]  # another order of the day still buys
    assert day_bonuses(ledger(legacy, *kept), "L2") == [("2025-03-01", 5, "L2")]
    before = order("2025-03-01", "10", refund="9", refund_date="2025-03-01")
    assert day_bonuses(ledger(legacy, before), "L2") == []


def test_r1_a_freed_product_slot_earns_from_the_refund_date_L1(legacy: RuleSet) -> None:
    tenth_refunded = order("2025-03-10", "10", products=("P1",), refund="9", refund_date="2025-04-20")
    items = [*(order(f"2025-03-{day:02d}", "10", products=("P1",)) for day in range(1, 10)), tenth_refunded]
    eleventh = order("2025-03-11", "30", products=("P1",), confirmed="2025-03-25")
    twelfth = order("2025-03-12", "40", products=("P1",), confirmed="2025-05-02")
    entries = ledger(legacy, *items, eleventh, twelfth)
    orders_points = [e for e in entries if e[2] in {"L1", "S2"}]
    assert ("2025-03-10", 10, "L1") in orders_points and ("2025-04-20", -10, "S2") in orders_points
    # The eleventh order, confirmed on 25 March, earns from the refund that freed a slot: 20 April.
    assert ("2025-04-20", 30, "L1") in orders_points and ("2025-03-25", 30, "L1") not in orders_points
    assert all(points != 40 for _, points, _ in orders_points)  # the twelfth is still past ten
    # As of a date before the refund, the eleventh order has no slot at all.
    early = ledger(legacy, *items, eleventh, twelfth, as_of="2025-04-19")
    assert all(points != 30 for _, points, rule in early if rule == "L1")


def test_r1_a_slot_freed_before_the_confirmation_earns_on_the_confirmation_L1(legacy: RuleSet) -> None:
    items = [order(f"2025-03-{day:02d}", "10", products=("P1",)) for day in range(1, 10)]
    items.append(order("2025-03-10", "10", products=("P1",), refund="9", refund_date="2025-03-20"))
    eleventh = order("2025-03-11", "30", products=("P1",), confirmed="2025-03-25")
    assert ("2025-03-25", 30, "L1") in ledger(legacy, *items, eleventh)


def test_r1_an_order_placed_after_the_refund_takes_the_slot_from_its_order_date_L1(legacy: RuleSet) -> None:
    items = [order(f"2025-03-{day:02d}", "10", products=("P1",)) for day in range(1, 10)]
    items.append(order("2025-03-10", "10", products=("P1",), refund="10", refund_date="2025-03-15"))
    later = order("2025-03-16", "30", products=("P1",), confirmed="2025-03-30")
    assert ("2025-03-30", 30, "L1") in ledger(legacy, *items, later)


def test_l1_two_lines_of_one_product_are_one_order_of_it(legacy: RuleSet) -> None:
    items = [order(f"2025-03-{day:02d}", "10", products=("P1", "P1")) for day in range(1, 11)]
    assert len([e for e in ledger(legacy, *items) if e[2] == "L1"]) == 10


# --- F1 flat per order ---


def test_r1_flat_points_lost_when_the_days_last_order_is_refunded_F1(flat: RuleSet) -> None:
    first = order("2025-03-01", "10", confirmed="2025-03-05", refund="9", refund_date="2025-03-12")
    second = order("2025-03-01", "10", confirmed="2025-03-20")
    assert day_bonuses(ledger(flat, first, second), "F1") == [
        ("2025-03-05", 5, "F1"),
        ("2025-03-12", -5, "R1"),  # no confirmed order of $2 or more is left that day …
        ("2025-03-20", 5, "F1"),  # … until the second one is confirmed
    ]
    third = order("2025-03-01", "10", confirmed="2025-03-06")
    assert day_bonuses(ledger(flat, first, second, third), "F1") == [("2025-03-05", 5, "F1")]


def test_r1_flat_refund_before_the_confirmation_only_reduces_the_credit_F1(flat: RuleSet) -> None:
    refunded = order("2025-03-01", "10", confirmed="2025-03-20", refund="9", refund_date="2025-03-12")
    assert day_bonuses(ledger(flat, refunded), "F1") == []


def test_r1_holds_for_s3_in_the_flat_rule_set_too(flat: RuleSet) -> None:
    items = [
        order("2025-03-01", "10", categories=("A",)),
        order("2025-03-01", "10", categories=("B",), refund="10", refund_date="2025-03-09"),
    ]
    assert day_bonuses(ledger(flat, *items), "S3") == [("2025-03-01", 2, "S3"), ("2025-03-09", -2, "R1")]


# --- P1: a confirmed order without a confirmation date ---


def test_p1_confirmed_without_a_date_is_credited_at_order_date_plus_lag_or_on_D_if_that_is_later(
    ae2023: RuleSet,
) -> None:
    """P1: "on order date + the lag, or on D if that is later (it is confirmed already)": the
    credit is never after D — which is also the issue's "or on the as-of date if that is earlier"."""
    item = order("2025-11-01", "50", confirmed=None)
    settings = Settings(confirmation_lag_days=20)
    long_ago = build_ledger(records(item), ae2023, settings, d("2025-12-05"))
    assert [(e.date, e.credit) for e in long_ago] == [(d("2025-11-21"), Credit.ESTIMATED)]
    recent = build_ledger(records(item), ae2023, settings, d("2025-11-10"))
    assert [(e.date, e.credit) for e in recent] == [(d("2025-11-10"), Credit.ESTIMATED)]


# --- S9 promotions ---


def test_s9_overlapping_promotions_take_the_largest_multiplier_rounded_down(ae2023: RuleSet) -> None:
    items = [
        promotion("2025-11-10", "2025-11-12", "1.5"),
        promotion("2025-11-11", "2025-11-11", "2.5"),
        order("2025-11-10", "9"),
        order("2025-11-11", "9"),
    ]
    assert ledger(ae2023, *items) == [("2025-11-10", 13, "S9"), ("2025-11-11", 22, "S9")]  # never 9 × 3.75


def test_s9_overlapping_promotions_in_the_flat_rule_set_multiply_its_capped_five_points(flat: RuleSet) -> None:
    items = [promotion("2025-11-11", "2025-11-11", "1.5"), promotion("2025-11-01", "2025-11-30", "1.2")]
    assert day_bonuses(ledger(flat, *items, order("2025-11-11", "9"), order("2025-11-11", "9")), "F1") == [
        ("2025-11-11", 7, "F1")
    ]


def test_s9_a_stored_multiplier_below_1_multiplies_nothing(ae2023: RuleSet) -> None:
    """Forms, imports and the command line refuse it; one stored before they did never lowers points."""
    items = [promotion("2025-11-11", "2025-11-11", "0.5"), order("2025-11-11", "40")]
    assert ledger(ae2023, *items) == [("2025-11-11", 40, "S1")]


def test_r1_an_order_of_two_products_takes_the_slot_one_of_them_has_left_L1(legacy: RuleSet) -> None:
    full = [order(f"2025-03-{day:02d}", "10", products=("P1",)) for day in range(1, 11)]
    both = order("2025-03-11", "20", products=("P1", "P2"))  # P1 is full, P2 has room
    more = [order(f"2025-03-{day:02d}", "10", products=("P2",)) for day in range(12, 22)]  # P2's last one is out
    entries = [e for e in ledger(legacy, *full, both, *more) if e[2] == "L1"]
    assert ("2025-03-11", 20, "L1") in entries
    assert len(entries) == 10 + 1 + 9
    # A refund of one of P2's orders frees a slot for P2's eleventh, from the refund date on.
    refunded = order("2025-03-12", "10", products=("P2",), refund="10", refund_date="2025-05-01")
    entries = ledger(legacy, *full, both, refunded, *more[1:])
    assert ("2025-05-01", 10, "L1") in entries and ("2025-03-21", 10, "L1") not in entries
