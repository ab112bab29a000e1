"""Earning rules S1–S9, L1, L2 and F1: records → ledger entries."""

from __future__ import annotations

from dataclasses import replace

from tests.rules.builders import (
    SETTINGS,
    bonus,
    d,
    follow,
    order,
    post,
    promotion,
    records,
    review,
    visit,
)
from tracker.rules import Credit, OrderStatus, RuleSet, Source, build_ledger
from tracker.rules.records import EntryKind

AS_OF = d("2025-12-31")


def ledger(ruleset: RuleSet, *items: object, as_of: str = "2025-12-31") -> list[tuple[str, int, str]]:
    """The ledger as (date, points, rule) triples, easy to compare."""
    return [(e.date.isoformat(), e.points, e.rule) for e in build_ledger(records(*items), ruleset, SETTINGS, d(as_of))]


# --- S1 order points ---


def test_s1_one_point_per_whole_dollar_rounded_down(ae2023: RuleSet) -> None:
    assert ledger(ae2023, order("2025-03-01", "37.99")) == [("2025-03-01", 37, "S1")]


def test_s1_discounts_are_taken_off_and_shipping_never_counts(ae2023: RuleSet) -> None:
    assert ledger(ae2023, order("2025-03-01", "50.00", discount="12.50", shipping="9.00")) == [("2025-03-01", 37, "S1")]


def test_s1_orders_under_two_dollars_earn_nothing(ae2023: RuleSet) -> None:
    assert ledger(ae2023, order("2025-03-01", "1.99")) == []
    assert ledger(ae2023, order("2025-03-01", "2.00")) == [("2025-03-01", 2, "S1")]


def test_s1_at_most_500_points_per_order(ae2023: RuleSet) -> None:
    assert ledger(ae2023, order("2025-03-01", "1382.11")) == [("2025-03-01", 500, "S1")]


def test_s1_credited_on_confirmation_not_order_date(ae2023: RuleSet) -> None:
    assert ledger(ae2023, order("2025-03-01", "40", confirmed="2025-03-25")) == [("2025-03-25", 40, "S1")]


def test_s1_unconfirmed_order_has_earned_nothing_yet(ae2023: RuleSet) -> None:
    entries = build_ledger(records(order("2025-12-20", "40", status=OrderStatus.PENDING)), ae2023, SETTINGS, AS_OF)
    assert [(e.points, e.credit) for e in entries] == [(40, Credit.EXPECTED)]
    assert all(e.date > AS_OF for e in entries)


def test_s1_nearest_rounding_is_a_rule_set_parameter(ae2023: RuleSet) -> None:
    nearest = replace(ae2023, shopping=replace(ae2023.shopping, rounding="nearest"))
    assert ledger(nearest, order("2025-03-01", "37.50")) == [("2025-03-01", 38, "S1")]


# --- S2 refunds ---


def test_s2_cancelled_order_earns_nothing(ae2023: RuleSet) -> None:
    assert ledger(ae2023, order("2025-03-01", "40", status=OrderStatus.CANCELLED)) == []


def test_s2_fully_refunded_order_earns_nothing(ae2023: RuleSet) -> None:
    assert ledger(ae2023, order("2025-03-01", "40", refund="40", refund_date="2025-02-28")) == []


def test_s2_refund_after_confirmation_reverses_points_on_refund_date(ae2023: RuleSet) -> None:
    assert ledger(ae2023, order("2025-03-01", "40", confirmed="2025-03-10", refund="15", refund_date="2025-04-02")) == [
        ("2025-03-10", 40, "S1"),
        ("2025-04-02", -15, "S2"),
    ]


def test_s2_full_refund_after_confirmation_takes_everything_back(ae2023: RuleSet) -> None:
    assert ledger(ae2023, order("2025-03-01", "40", refund="40", refund_date="2025-04-02")) == [
        ("2025-03-01", 40, "S1"),
        ("2025-04-02", -40, "S2"),
    ]


def test_s2_refund_before_confirmation_only_reduces_the_credit(ae2023: RuleSet) -> None:
    assert ledger(ae2023, order("2025-03-01", "40", confirmed="2025-03-20", refund="15", refund_date="2025-03-12")) == [
        ("2025-03-20", 25, "S2")
    ]


def test_s2_refund_leaving_under_two_dollars_earns_nothing(ae2023: RuleSet) -> None:
    assert (
        ledger(ae2023, order("2025-03-01", "10", confirmed="2025-03-20", refund="8.50", refund_date="2025-03-02")) == []
    )


def test_s2_forfeit_makes_a_partly_refunded_order_earn_nothing(ae2023: RuleSet) -> None:
    forfeit = replace(ae2023, shopping=replace(ae2023.shopping, partial_refund="forfeit"))
    assert (
        ledger(forfeit, order("2025-03-01", "40", confirmed="2025-03-20", refund="1", refund_date="2025-03-02")) == []
    )
    assert ledger(forfeit, order("2025-03-01", "40", refund="1", refund_date="2025-04-02")) == [
        ("2025-03-01", 40, "S1"),
        ("2025-04-02", -40, "S2"),
    ]


def test_s2_refund_without_a_date_reduces_the_credit(ae2023: RuleSet) -> None:
    assert ledger(ae2023, order("2025-03-01", "40", refund="10")) == [("2025-03-01", 30, "S2")]


# --- S3 multi-category day ---


def test_s3_one_point_per_category_on_the_order_date(ae2023: RuleSet) -> None:
    items = [
        order("2025-03-01", "10", confirmed="2025-03-20", categories=("Phones", "Toys")),
        order("2025-03-01", "10", confirmed="2025-03-21", categories=("Toys", "Home")),
    ]
    entries = ledger(ae2023, *items)
    assert ("2025-03-01", 3, "S3") in entries


def test_s3_at_most_five_points_a_day(ae2023: RuleSet) -> None:
    entries = ledger(ae2023, order("2025-03-01", "10", categories=tuple("ABCDEFG")))
    assert ("2025-03-01", 5, "S3") in entries


def test_s3_needs_two_categories(ae2023: RuleSet) -> None:
    entries = ledger(ae2023, order("2025-03-01", "10", categories=("A",)), order("2025-03-01", "10", categories=("A",)))
    assert all(rule != "S3" for _, _, rule in entries)


def test_s3_ignores_cancelled_and_refunded_below_two_dollars(ae2023: RuleSet) -> None:
    items = [
        order("2025-03-01", "10", categories=("A",)),
        order("2025-03-01", "10", categories=("B",), status=OrderStatus.CANCELLED),
        order("2025-03-01", "10", categories=("C",), refund="9", refund_date="2025-03-01"),
        order("2025-03-01", "10", categories=("D",), refund="9"),  # no date: from the order date
    ]
    assert all(rule != "S3" for _, _, rule in ledger(ae2023, *items))


def test_s3_counts_pending_orders_on_their_order_date(ae2023: RuleSet) -> None:
    items = [
        order("2025-12-20", "10", categories=("A",), status=OrderStatus.PENDING),
        order("2025-12-20", "10", categories=("B",), status=OrderStatus.PENDING),
    ]
    assert ("2025-12-20", 2, "S3") in ledger(ae2023, *items)


# --- S4 reviews ---


def test_s4_one_point_per_review_of_an_item_of_two_dollars_or_more(ae2023: RuleSet) -> None:
    assert ledger(ae2023, review("2025-03-01", "2.00"), review("2025-03-01", "1.99")) == [("2025-03-01", 1, "S4")]


def test_s4_review_with_unknown_price_counts(ae2023: RuleSet) -> None:
    assert ledger(ae2023, review("2025-03-01", None)) == [("2025-03-01", 1, "S4")]


def test_s4_reviews_have_no_cap(ae2023: RuleSet) -> None:
    assert len(ledger(ae2023, *[review("2025-03-01") for _ in range(40)])) == 40


# --- S5 visits ---


def test_s5_first_ten_distinct_visit_days_of_a_month_count(ae2023: RuleSet) -> None:
    days = [visit(f"2025-03-{day:02d}") for day in range(1, 16)] + [visit("2025-03-01")]
    entries = ledger(ae2023, *days, visit("2025-04-01"))
    march = [e for e in entries if e[0].startswith("2025-03")]
    assert [e[0] for e in march] == [f"2025-03-{day:02d}" for day in range(1, 11)]
    assert sum(e[1] for e in march) == 10
    assert ("2025-04-01", 1, "S5") in entries


# --- S6 Club posts ---


def test_s6_two_points_per_post_first_five_posts_a_month(ae2023: RuleSet) -> None:
    posts = [post(f"2025-03-{day:02d}") for day in range(1, 8)]
    entries = ledger(ae2023, *posts)
    assert sum(e[1] for e in entries) == 10
    assert {e[2] for e in entries} == {"S6"}
    assert [e[0] for e in entries] == [f"2025-03-{day:02d}" for day in range(1, 6)]


# --- S7 store follows ---


def test_s7_one_point_per_follow_no_cap_by_default(ae2023: RuleSet) -> None:
    assert sum(e[1] for e in ledger(ae2023, *[follow("2025-03-02") for _ in range(30)])) == 30


def test_s7_cap_is_a_rule_set_parameter(ae2023: RuleSet) -> None:
    capped = replace(ae2023, store_follows=replace(ae2023.store_follows, monthly_cap=3))
    assert sum(e[1] for e in ledger(capped, *[follow("2025-03-02") for _ in range(30)])) == 3


# --- S8 bonus and adjustments ---


def test_s8_bonus_and_negative_adjustment_entries(ae2023: RuleSet) -> None:
    entries = build_ledger(
        records(bonus("2025-03-01", 50), bonus("2025-03-02", -20, EntryKind.ADJUSTMENT)),
        ae2023,
        SETTINGS,
        AS_OF,
    )
    assert [(e.points, e.rule, e.source) for e in entries] == [
        (50, "S8", Source.BONUS),
        (-20, "S8", Source.ADJUSTMENT),
    ]


# --- S9 promotions ---


def test_s9_promotion_multiplies_order_points_in_its_date_range(ae2023: RuleSet) -> None:
    items = [
        promotion("2025-11-11", "2025-11-12", "2"),
        order("2025-11-11", "40.50", confirmed="2025-11-30"),
        order("2025-11-13", "40.50"),
    ]
    assert ledger(ae2023, *items) == [("2025-11-13", 40, "S1"), ("2025-11-30", 80, "S9")]


def test_s9_cap_applies_before_the_multiplier(ae2023: RuleSet) -> None:
    items = [promotion("2025-11-11", "2025-11-11", "2"), order("2025-11-11", "900")]
    assert ledger(ae2023, *items) == [("2025-11-11", 1000, "S9")]
    after = replace(ae2023, shopping=replace(ae2023.shopping, cap_before_multiplier=False))
    assert ledger(after, *items) == [("2025-11-11", 500, "S9")]


def test_s9_fractional_multiplier_rounds_down(ae2023: RuleSet) -> None:
    items = [promotion("2025-11-11", "2025-11-11", "1.5"), order("2025-11-11", "5")]
    assert ledger(ae2023, *items) == [("2025-11-11", 7, "S9")]


# --- legacy L1, L2 ---


def test_l1_at_most_ten_orders_of_the_same_product_earn(legacy: RuleSet) -> None:
    items = [order(f"2025-03-{day:02d}", "10", products=("P1",)) for day in range(1, 13)]
    entries = [e for e in ledger(legacy, *items) if e[2] == "L1"]
    assert len(entries) == 10
    assert entries[-1][0] == "2025-03-10"


def test_l1_has_no_per_order_cap(legacy: RuleSet) -> None:
    assert ("2025-03-01", 1382, "L1") in ledger(legacy, order("2025-03-01", "1382.11"))


def test_l2_five_points_per_purchase_day_and_one_per_review(legacy: RuleSet) -> None:
    items = [order("2025-03-01", "10"), order("2025-03-01", "20"), review("2025-03-05", "1.00")]
    entries = ledger(legacy, *items)
    assert entries.count(("2025-03-01", 5, "L2")) == 1
    assert ("2025-03-05", 1, "S4") in entries


# --- F1 flat per order ---


def test_f1_five_points_per_order_date_on_first_confirmation(flat: RuleSet) -> None:
    items = [
        order("2025-03-01", "10", confirmed="2025-03-15"),
        order("2025-03-01", "30", confirmed="2025-03-12"),
        order("2025-03-02", "1.50"),
    ]
    entries = [e for e in ledger(flat, *items) if e[2] in {"F1", "S2"}]
    assert entries == [("2025-03-12", 5, "F1")]


def test_f1_refund_of_the_only_order_takes_the_points_back(flat: RuleSet) -> None:
    entries = ledger(flat, order("2025-03-01", "10", refund="10", refund_date="2025-04-01"))
    assert [e for e in entries if e[2] in {"F1", "R1"}] == [("2025-03-01", 5, "F1"), ("2025-04-01", -5, "R1")]


def test_p0_records_after_as_of_do_not_exist(ae2023: RuleSet) -> None:
    items = [order("2025-03-01", "40"), review("2025-03-02"), visit("2025-03-03"), bonus("2025-03-04", 9)]
    assert ledger(ae2023, *items, as_of="2025-02-28") == []


def test_p0_refund_after_as_of_has_not_happened(ae2023: RuleSet) -> None:
    assert ledger(ae2023, order("2025-03-01", "40", refund="40", refund_date="2025-04-02"), as_of="2025-04-01") == [
        ("2025-03-01", 40, "S1")
    ]


def test_p0_order_confirmed_after_as_of_is_pending_expected_on_its_confirmation(ae2023: RuleSet) -> None:
    entries = build_ledger(
        records(order("2025-03-01", "40", confirmed="2025-03-20")), ae2023, SETTINGS, d("2025-03-10")
    )
    assert [(e.date, e.credit) for e in entries] == [(d("2025-03-20"), Credit.EXPECTED)]
