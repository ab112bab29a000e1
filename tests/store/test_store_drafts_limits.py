"""validate_order asks its per-field checks only when they can fail (an import checks 100,000
orders): at, below and above every limit it says exactly what asking each check says."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.rules import OrderStatus
from tracker.store import drafts
from tracker.store.drafts import MAX_CENTS, MAX_TEXT_CHARS, FieldProblem, LineDraft, OrderDraft, validate_order

amounts = st.sampled_from([-1, 0, 1, MAX_CENTS - 1, MAX_CENTS, MAX_CENTS + 1])
texts = st.sampled_from(["", "x", "x" * MAX_TEXT_CHARS, "x" * (MAX_TEXT_CHARS + 1)])
lines = st.builds(
    LineDraft, title=texts, product_id=texts, category=texts, quantity=st.just(1), unit_price_cents=amounts
)


def each_check(draft: OrderDraft) -> list[FieldProblem]:
    """The amount and text problems, every check asked."""
    problems: list[FieldProblem] = []
    for index, line in enumerate(draft.lines):
        drafts._not_negative(problems, f"lines[{index}].unit_price_cents", line.unit_price_cents, "Price")
        drafts._not_too_long(problems, f"lines[{index}].title", line.title, "Title")
        drafts._not_too_long(problems, f"lines[{index}].product_id", line.product_id, "Product id")
        drafts._not_too_long(problems, f"lines[{index}].category", line.category, "Category")
    drafts._not_negative(problems, "discount_cents", draft.discount_cents, "Discount")
    drafts._not_negative(problems, "shipping_cents", draft.shipping_cents, "Shipping")
    drafts._not_negative(problems, "refund_cents", draft.refund_cents, "Refund")
    drafts._not_negative(problems, "paid_cents", draft.paid_cents, "Amount paid")
    return problems


@settings(max_examples=200, deadline=None)
@given(
    st.lists(lines, min_size=1, max_size=3),
    amounts,
    amounts,
    amounts,
    st.none() | amounts,
)
def test_every_amount_and_text_limit_is_named_as_asking_each_check_names_it(
    items: list[LineDraft], discount: int, shipping: int, refund: int, paid: int | None
) -> None:
    draft = OrderDraft(
        order_no="1",
        order_date=date(2026, 1, 1),
        status=OrderStatus.CONFIRMED,
        lines=tuple(items),
        discount_cents=discount,
        shipping_cents=shipping,
        refund_cents=refund,
        refund_date=date(2026, 1, 2) if refund else None,
        currency="EUR" if paid is not None else "USD",
        paid_cents=paid,
    )
    limits = ("cannot be negative", "is too large: at most", "is too long: at most")
    named = [problem for problem in validate_order(draft) if any(words in problem.message for words in limits)]
    assert named == each_check(draft)
