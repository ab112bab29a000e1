"""Validation of drafts: the messages the forms and the CLI show verbatim."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.store.factories import DAY, line, order
from tracker.rules.records import EntryKind, OrderStatus
from tracker.store.drafts import (
    Draft,
    EntryDraft,
    FieldProblem,
    FollowDraft,
    PostDraft,
    PromotionDraft,
    ReviewDraft,
    VisitDraft,
    validate,
    validate_entry,
    validate_order,
    validate_promotion,
    validate_review,
)


def test_a_plain_order_is_valid() -> None:
    assert validate_order(order()) == []


@pytest.mark.parametrize(
    ("draft", "problem"),
    [
        (order(discount_cents=-1), FieldProblem("discount_cents", "Discount cannot be negative")),
        (order(shipping_cents=-1), FieldProblem("shipping_cents", "Shipping cannot be negative")),
        (order(paid_cents=-5), FieldProblem("paid_cents", "Amount paid cannot be negative")),
        (order(lines=()), FieldProblem("lines", "An order needs at least one item")),
        (order(lines=(line(), line(quantity=0))), FieldProblem("lines[1].quantity", "Quantity must be at least 1")),
        (order(lines=(line(price_cents=-100),)), FieldProblem("lines[0].unit_price_cents", "Price cannot be negative")),
        (
            order(refund_cents=1_001, refund_date=date(2024, 4, 1)),
            FieldProblem("refund_cents", "Refund cannot be more than the order total"),
        ),
        (
            order(confirmed_date=date(2024, 2, 1)),
            FieldProblem("confirmed_date", "Confirmation date cannot be before the order date"),
        ),
        (
            order(refund_cents=100, refund_date=date(2024, 2, 1)),
            FieldProblem("refund_date", "Refund date cannot be before the order date"),
        ),
        (
            order(refund_date=date(2024, 4, 1)),
            FieldProblem("refund_cents", "Enter the refund amount, or clear the refund date"),
        ),
        (
            order(status=OrderStatus.CANCELLED, confirmed_date=date(2024, 3, 5)),
            FieldProblem("confirmed_date", "A cancelled order has no confirmation date"),
        ),
        (
            order(status=OrderStatus.PENDING, expected_date=date(2024, 2, 1)),
            FieldProblem("expected_date", "Expected confirmation cannot be before the order date"),
        ),
        (order(currency="usd"), FieldProblem("currency", "Currency must be a three-letter code like USD")),
    ],
)
def test_order_problems_have_short_human_messages(draft: Draft, problem: FieldProblem) -> None:
    assert problem in validate(draft)


def test_every_problem_is_reported_at_once() -> None:
    problems = validate_order(order(discount_cents=-1, shipping_cents=-1))
    assert [p.field for p in problems] == ["discount_cents", "shipping_cents"]


def test_a_refund_may_cover_shipping() -> None:
    draft = order(shipping_cents=300, refund_cents=1_300, refund_date=date(2024, 4, 1))
    assert validate_order(draft) == []


def test_a_confirmed_order_without_a_confirmation_date_is_allowed() -> None:
    # Many exports only have the order date (RULES P1: estimated confirmation).
    assert validate_order(order(confirmed_date=None)) == []


def test_review_price_cannot_be_negative() -> None:
    assert validate_review(ReviewDraft(DAY, -1)) == [FieldProblem("item_price_cents", "Item price cannot be negative")]
    assert validate_review(ReviewDraft(DAY, None)) == []


def test_entries_need_points_and_bonuses_cannot_be_negative() -> None:
    assert validate_entry(EntryDraft(DAY, 0)) == [FieldProblem("points", "Points cannot be 0")]
    assert validate_entry(EntryDraft(DAY, -5)) == [
        FieldProblem("points", "A bonus cannot be negative; use an adjustment")
    ]
    assert validate_entry(EntryDraft(DAY, -5, EntryKind.ADJUSTMENT)) == []


def test_promotion_multiplier_and_dates() -> None:
    good = PromotionDraft("11.11", date(2024, 11, 11), date(2024, 11, 13), Decimal("2"))
    assert validate_promotion(good) == []
    zero = PromotionDraft("x", DAY, DAY, Decimal("0"))
    below_one = [FieldProblem("multiplier", "Multiplier must be at least 1: a promotion never lowers points")]
    assert validate_promotion(zero) == below_one
    assert validate_promotion(PromotionDraft("x", DAY, DAY, Decimal("0.5"))) == below_one  # S9
    assert validate_promotion(PromotionDraft("x", DAY, DAY, Decimal("1"))) == []
    backwards = PromotionDraft("x", date(2024, 3, 2), DAY, Decimal("1.5"))
    assert validate_promotion(backwards) == [FieldProblem("end", "End date cannot be before the start date")]
    nan = PromotionDraft("x", DAY, DAY, Decimal("NaN"))
    assert validate_promotion(nan)[0].field == "multiplier"


def test_kinds_without_rules_are_always_valid() -> None:
    assert validate(VisitDraft(DAY)) == validate(PostDraft(DAY)) == validate(FollowDraft(DAY, "Shop")) == []
