"""Plain input records for writing to the store, and their validation.

Forms, the CLI and the importer build drafts; the repository writes them. A draft has no id:
``add_*`` returns the new id, ``get_*`` hands a stored record back as a draft. Money is integer
US cents, dates are ``datetime.date``.

The ``validate_*`` functions return every problem at once as :class:`FieldProblem` with a short
message the UI and the CLI show verbatim ("Discount cannot be negative"). The repository runs
them again before writing and raises :class:`~tracker.store.errors.InvalidDraftError`, so a bad
draft never reaches the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from tracker.currency.paid import Paid
from tracker.frozen import maker
from tracker.i18n import QT_TRANSLATE_NOOP, number, translate
from tracker.rules.records import MIN_MULTIPLIER, EntryKind, OrderStatus
from tracker.store.errors import FieldProblem

__all__ = [
    "Draft",
    "EntryDraft",
    "FieldProblem",
    "FollowDraft",
    "LineDraft",
    "OrderDraft",
    "PostDraft",
    "PromotionDraft",
    "ReviewDraft",
    "VisitDraft",
    "new_line",
    "new_order",
    "validate",
    "validate_entry",
    "validate_follow",
    "validate_order",
    "validate_post",
    "validate_promotion",
    "validate_review",
    "validate_visit",
]


@dataclass(frozen=True, slots=True)
class LineDraft:
    """One item of an order: ``quantity`` × ``unit_price_cents`` (US cents)."""

    title: str = ""
    product_id: str = ""
    category: str = ""
    quantity: int = 1
    unit_price_cents: int = 0

    @property
    def total_cents(self) -> int:
        return self.quantity * self.unit_price_cents


new_line = maker(LineDraft)
"""``LineDraft(title, product_id, category, quantity, unit_price_cents)``, about twice as fast: an
import makes one per row (100,000)."""


@dataclass(frozen=True, slots=True)
class OrderDraft:
    """An order as entered or imported.

    ``order_no`` is AliExpress's order number; ``None`` (or blank) when unknown, and such orders
    are never merged with others. The US-dollar amounts (lines, discount, shipping, refund) are
    what the points rules use; ``currency``/``paid_cents`` record what was actually paid, and
    ``usd_estimated`` says the US amounts were converted with a rate (an estimate).

    ``paid`` (only for another currency than US$) holds the amounts as paid, in that currency,
    and the rate the US$ amounts were converted with (:mod:`tracker.store.conversion`); a change
    of rate converts them again. Without it, the US$ amounts are as the shopper typed them.
    """

    order_no: str | None
    order_date: date
    status: OrderStatus
    lines: tuple[LineDraft, ...]
    discount_cents: int = 0
    shipping_cents: int = 0
    confirmed_date: date | None = None
    expected_date: date | None = None
    refund_cents: int = 0
    refund_date: date | None = None
    store: str = ""
    currency: str = "USD"
    paid_cents: int | None = None
    usd_estimated: bool = False
    note: str = ""
    paid: Paid | None = None

    @property
    def uncounted(self) -> bool:
        """Paid in another currency with no rate yet: its US$ amounts are unknown, so it earns nothing."""
        return self.paid is not None and self.paid.rate is None

    @property
    def items_cents(self) -> int:
        return sum(line.total_cents for line in self.lines)

    @property
    def total_cents(self) -> int:
        """What the shopper paid in US cents: items less discount plus shipping."""
        return self.items_cents - self.discount_cents + self.shipping_cents


new_order = maker(OrderDraft)
"""``OrderDraft(...)`` with every field given, about twice as fast: an import makes one per order."""


@dataclass(frozen=True, slots=True)
class ReviewDraft:
    """A product review; ``item_price_cents`` is ``None`` when the price is unknown (S4).

    ``order_id`` links it to the reviewed order. An import names the order by its number
    instead (``order_no``, the id is not known outside this database); writing the batch links
    it to the order recorded under that number.
    """

    date: date
    item_price_cents: int | None = None
    product_id: str = ""
    title: str = ""
    order_id: int | None = None
    order_no: str | None = None


@dataclass(frozen=True, slots=True)
class VisitDraft:
    """A Member Center visit; there is at most one per day."""

    date: date


@dataclass(frozen=True, slots=True)
class PostDraft:
    """A Club post."""

    date: date
    note: str = ""


@dataclass(frozen=True, slots=True)
class FollowDraft:
    """A store followed."""

    date: date
    store: str = ""


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """Points entered by hand: a bonus, or an adjustment that may be negative (S8)."""

    date: date
    points: int
    kind: EntryKind = EntryKind.BONUS
    note: str = ""


@dataclass(frozen=True, slots=True)
class PromotionDraft:
    """Orders placed from ``start`` through ``end`` earn shopping points × ``multiplier`` (S9)."""

    name: str
    start: date
    end: date
    multiplier: Decimal


Draft = OrderDraft | ReviewDraft | VisitDraft | PostDraft | FollowDraft | EntryDraft | PromotionDraft


# Far above any real order, far below what SQLite's 64-bit integers hold even summed over an
# order's lines: a typo of a few extra digits is named here instead of failing on the way in.
MAX_CENTS = 100_000_000_00  # US$100 million
MAX_QUANTITY = 100_000
MAX_POINTS = 10_000_000
MAX_MULTIPLIER = Decimal(100)
MAX_MULTIPLIER_DECIMALS = 4  # "1.2345"; a multiplier such as 1E-999999 would be a million digits
# What any file may make us store: a product title, a store's name, a category … is short; a
# note may be long (pasted text), but not without end.
MAX_TEXT_CHARS = 1_000
MAX_NOTE_CHARS = 1_000_000


def _not_too_long(problems: list[FieldProblem], field: str, text: str, label: str, limit: int = MAX_TEXT_CHARS) -> None:
    """``label`` names the text in the message: marked with QT_TRANSLATE_NOOP("Drafts", …)."""
    if len(text) > limit:
        problems.append(
            FieldProblem(
                field,
                translate("Drafts", "{text} is too long: at most {count} characters").format(
                    text=translate("Drafts", label), count=number(limit)
                ),
            )
        )


_STORE = QT_TRANSLATE_NOOP("Drafts", "Store")
_NOTE = QT_TRANSLATE_NOOP("Drafts", "Note")
_TITLE = QT_TRANSLATE_NOOP("Drafts", "Title")
_PRODUCT_ID = QT_TRANSLATE_NOOP("Drafts", "Product id")
_CATEGORY = QT_TRANSLATE_NOOP("Drafts", "Category")
_NAME = QT_TRANSLATE_NOOP("Drafts", "Name")


def _not_negative(problems: list[FieldProblem], field: str, value: int | None, label: str) -> None:
    """``label`` names the amount in the message: marked with QT_TRANSLATE_NOOP("Drafts", …)."""
    if value is not None and value < 0:
        problems.append(
            FieldProblem(
                field, translate("Drafts", "{amount} cannot be negative").format(amount=translate("Drafts", label))
            )
        )
    elif value is not None and value > MAX_CENTS:
        problems.append(
            FieldProblem(
                field,
                translate("Drafts", "{amount} is too large: at most {maximum}").format(
                    amount=translate("Drafts", label), maximum=number(MAX_CENTS // 100)
                ),
            )
        )


def _plain_cents(value: object) -> bool:
    """An amount :func:`_not_negative` has nothing to say about (the common case, asked first)."""
    return type(value) is int and 0 <= value <= MAX_CENTS


def validate_order(draft: OrderDraft) -> list[FieldProblem]:
    """Every problem with an order draft, in form order; empty when it can be saved."""
    problems: list[FieldProblem] = []
    if draft.order_no is not None and len(draft.order_no.strip()) > 64:
        problems.append(FieldProblem("order_no", translate("Drafts", "Order number is too long")))
    if not draft.lines:
        problems.append(FieldProblem("lines", translate("Drafts", "An order needs at least one item")))
    items_cents = 0  # draft.items_cents, summed on the way: an import checks 100,000 orders
    for index, line in enumerate(draft.lines):
        quantity, price = line.quantity, line.unit_price_cents
        items_cents += quantity * price
        if quantity < 1:
            problems.append(
                FieldProblem(f"lines[{index}].quantity", translate("Drafts", "Quantity must be at least 1"))
            )
        elif quantity > MAX_QUANTITY:
            problems.append(
                FieldProblem(f"lines[{index}].quantity", translate("Drafts", "Quantity is too large: at most 100,000"))
            )
        # The checks below are asked only when they can fail: an import checks 100,000 orders.
        if not _plain_cents(price):
            _not_negative(problems, f"lines[{index}].unit_price_cents", price, QT_TRANSLATE_NOOP("Drafts", "Price"))
        if (
            len(line.title) > MAX_TEXT_CHARS
            or len(line.product_id) > MAX_TEXT_CHARS
            or len(line.category) > MAX_TEXT_CHARS
        ):
            _not_too_long(problems, f"lines[{index}].title", line.title, _TITLE)
            _not_too_long(problems, f"lines[{index}].product_id", line.product_id, _PRODUCT_ID)
            _not_too_long(problems, f"lines[{index}].category", line.category, _CATEGORY)
    if not (_plain_cents(draft.discount_cents) and _plain_cents(draft.shipping_cents)):
        _not_negative(problems, "discount_cents", draft.discount_cents, QT_TRANSLATE_NOOP("Drafts", "Discount"))
        _not_negative(problems, "shipping_cents", draft.shipping_cents, QT_TRANSLATE_NOOP("Drafts", "Shipping"))
    if not _plain_cents(draft.refund_cents):
        _not_negative(problems, "refund_cents", draft.refund_cents, QT_TRANSLATE_NOOP("Drafts", "Refund"))
    if draft.paid_cents is not None and not _plain_cents(draft.paid_cents):
        _not_negative(problems, "paid_cents", draft.paid_cents, QT_TRANSLATE_NOOP("Drafts", "Amount paid"))
    if not problems and items_cents > MAX_CENTS:
        problems.append(
            FieldProblem("lines", translate("Drafts", "The items come to more than 100,000,000.00: check the prices"))
        )
    refund = draft.refund_cents
    if refund > 0 and refund > max(draft.total_cents, 0):  # the total only when there is a refund: rare
        problems.append(FieldProblem("refund_cents", translate("Drafts", "Refund cannot be more than the order total")))

    if draft.status is OrderStatus.PENDING and draft.confirmed_date is not None:
        problems.append(
            FieldProblem(
                "confirmed_date", translate("Drafts", "A pending order has no confirmation date; mark it confirmed")
            )
        )
    if draft.status is OrderStatus.CANCELLED and draft.confirmed_date is not None:
        problems.append(
            FieldProblem("confirmed_date", translate("Drafts", "A cancelled order has no confirmation date"))
        )
    if draft.confirmed_date is not None and draft.confirmed_date < draft.order_date:
        problems.append(
            FieldProblem("confirmed_date", translate("Drafts", "Confirmation date cannot be before the order date"))
        )
    if draft.expected_date is not None and draft.expected_date < draft.order_date:
        problems.append(
            FieldProblem("expected_date", translate("Drafts", "Expected confirmation cannot be before the order date"))
        )
    if draft.refund_date is not None:
        if draft.refund_cents == 0:
            problems.append(
                FieldProblem("refund_cents", translate("Drafts", "Enter the refund amount, or clear the refund date"))
            )
        if draft.refund_date < draft.order_date:
            problems.append(
                FieldProblem("refund_date", translate("Drafts", "Refund date cannot be before the order date"))
            )

    currency = draft.currency
    if not (len(currency) == 3 and currency.isascii() and currency.isalpha() and currency.isupper()):
        problems.append(FieldProblem("currency", translate("Drafts", "Currency must be a three-letter code like USD")))
    if draft.paid is not None:
        _validate_paid(problems, draft)
    if len(draft.store) > MAX_TEXT_CHARS or len(draft.note) > MAX_NOTE_CHARS:
        _not_too_long(problems, "store", draft.store, _STORE)
        _not_too_long(problems, "note", draft.note, _NOTE, MAX_NOTE_CHARS)
    return problems


def _validate_paid(problems: list[FieldProblem], draft: OrderDraft) -> None:
    """The amounts as paid in another currency: as many prices as items, none negative (a field
    already found wrong in US$ is not named twice)."""
    paid = draft.paid
    assert paid is not None
    named = len(problems)
    if draft.currency == "USD":
        problems.append(
            FieldProblem("currency", translate("Drafts", "An order in US$ has no amounts in another currency"))
        )
    if len(paid.line_prices) != len(draft.lines):
        problems.append(FieldProblem("lines", translate("Drafts", "Each item needs its price as paid")))
    for index, price in enumerate(paid.line_prices):
        _not_negative(problems, f"lines[{index}].unit_price_cents", price, QT_TRANSLATE_NOOP("Drafts", "Price"))
    _not_negative(problems, "discount_cents", paid.discount_cents, QT_TRANSLATE_NOOP("Drafts", "Discount"))
    _not_negative(problems, "shipping_cents", paid.shipping_cents, QT_TRANSLATE_NOOP("Drafts", "Shipping"))
    _not_negative(problems, "refund_cents", paid.refund_cents, QT_TRANSLATE_NOOP("Drafts", "Refund"))
    quantities = tuple(line.quantity for line in draft.lines)
    if paid.refund_cents > 0 and paid.refund_cents > max(paid.total_cents(quantities), 0):
        problems.append(FieldProblem("refund_cents", translate("Drafts", "Refund cannot be more than the order total")))
    seen = {problem.field for problem in problems[:named]}
    problems[named:] = [problem for problem in problems[named:] if problem.field not in seen]


def validate_review(draft: ReviewDraft) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    _not_negative(problems, "item_price_cents", draft.item_price_cents, QT_TRANSLATE_NOOP("Drafts", "Item price"))
    _not_too_long(problems, "title", draft.title, _TITLE)
    _not_too_long(problems, "product_id", draft.product_id, _PRODUCT_ID)
    if draft.order_no is not None and len(draft.order_no.strip()) > 64:
        problems.append(FieldProblem("order_no", translate("Drafts", "Order number is too long")))
    return problems


def validate_visit(draft: VisitDraft) -> list[FieldProblem]:
    return []


def validate_post(draft: PostDraft) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    _not_too_long(problems, "note", draft.note, _NOTE, MAX_NOTE_CHARS)
    return problems


def validate_follow(draft: FollowDraft) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    _not_too_long(problems, "store", draft.store, _STORE)
    return problems


def validate_entry(draft: EntryDraft) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if draft.points == 0:
        problems.append(FieldProblem("points", translate("Drafts", "Points cannot be 0")))
    elif abs(draft.points) > MAX_POINTS:
        problems.append(FieldProblem("points", translate("Drafts", "Points are too many: at most 10,000,000")))
    elif draft.points < 0 and draft.kind is EntryKind.BONUS:
        problems.append(FieldProblem("points", translate("Drafts", "A bonus cannot be negative; use an adjustment")))
    _not_too_long(problems, "note", draft.note, _NOTE, MAX_NOTE_CHARS)
    return problems


def validate_promotion(draft: PromotionDraft) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    try:
        multiplier = Decimal(draft.multiplier)
    except (InvalidOperation, TypeError, ValueError):
        multiplier = Decimal("NaN")
    if not multiplier.is_finite():
        problems.append(FieldProblem("multiplier", translate("Drafts", "Multiplier must be a number like 2 or 1.5")))
    elif multiplier < MIN_MULTIPLIER:  # S9: a promotion never lowers points
        problems.append(
            FieldProblem(
                "multiplier", translate("Drafts", "Multiplier must be at least 1: a promotion never lowers points")
            )
        )
    elif multiplier > MAX_MULTIPLIER:
        problems.append(FieldProblem("multiplier", translate("Drafts", "Multiplier is too large: at most 100")))
    elif _decimals(multiplier) > MAX_MULTIPLIER_DECIMALS:
        problems.append(
            FieldProblem("multiplier", translate("Drafts", "Multiplier has too many decimals: at most 4, like 1.25"))
        )
    if draft.end < draft.start:
        problems.append(FieldProblem("end", translate("Drafts", "End date cannot be before the start date")))
    _not_too_long(problems, "name", draft.name, _NAME)
    return problems


def _decimals(value: Decimal) -> int:
    """How many digits ``value`` has after the point, written without trailing zeros.

    Counted on the digits as written: ``normalize()`` would round to the context's 28 digits
    first, so that ``1.000…0001`` (a thousand zeros) would pass as ``1``.
    """
    _, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0:
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -exponent - trailing_zeros)


def validate(draft: Draft) -> list[FieldProblem]:
    """Dispatch to the ``validate_*`` function for the draft's kind."""
    match draft:
        case OrderDraft():
            return validate_order(draft)
        case ReviewDraft():
            return validate_review(draft)
        case VisitDraft():
            return validate_visit(draft)
        case PostDraft():
            return validate_post(draft)
        case FollowDraft():
            return validate_follow(draft)
        case EntryDraft():
            return validate_entry(draft)
        case PromotionDraft():
            return validate_promotion(draft)
