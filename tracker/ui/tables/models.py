"""Table models over the store's listings: orders, reviews, activity and promotions.

Each row shows what its record earned and by which rule, read off the session's ledger
(:mod:`tracker.ui.tables.earned`); expected and estimated credits are set in italics, in the
palette's muted text colour, with a tooltip saying why. The orders, which may number 100,000,
have a module of their own (:mod:`tracker.ui.tables.orders_model`); reviews, activity and
promotions are a few thousand rows at most and are read again after each change.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QObject

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.report.summary import amount, day, dollars
from tracker.store.drafts import PromotionDraft
from tracker.store.listing import ActivityKind, ActivityRow, ReviewRow, list_activity, list_promotions, list_reviews
from tracker.ui.session import Session
from tracker.ui.tables.base import Column, RecordTableModel, text_key
from tracker.ui.tables.columns import ledger_columns
from tracker.ui.tables.orders_model import OrdersModel

_SAMPLE_DAY = date(2026, 9, 28)  # a long date, to size the date columns in the user's locale

__all__ = [
    "ACTIVITY_KIND_LABELS",
    "ActivityModel",
    "OrdersModel",
    "PromotionRow",
    "PromotionsModel",
    "ReviewsModel",
]

ACTIVITY_KIND_LABELS = {
    ActivityKind.VISIT: QT_TRANSLATE_NOOP("Columns", "Visit"),
    ActivityKind.POST: QT_TRANSLATE_NOOP("Columns", "Club post"),
    ActivityKind.FOLLOW: QT_TRANSLATE_NOOP("Columns", "Store follow"),
    ActivityKind.BONUS: QT_TRANSLATE_NOOP("Columns", "Bonus"),
    ActivityKind.ADJUSTMENT: QT_TRANSLATE_NOOP("Columns", "Adjustment"),
}


# --- reviews -----------------------------------------------------------------------------------


class ReviewsModel(RecordTableModel[ReviewRow]):
    default_sort_column = 0
    stretch_column = 1

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.reload()

    def _make_columns(self) -> list[Column[ReviewRow]]:
        return [
            Column(
                QT_TRANSLATE_NOOP("Columns", "Date"),
                lambda r: day(r.date),
                lambda r: r.date.toordinal(),
                sample=day(_SAMPLE_DAY),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Product"),
                lambda r: r.title,
                lambda r: text_key(r.title),
                sample="Wireless earbuds, black",
                elide=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Product id"),
                lambda r: r.product_id,
                lambda r: r.product_id,
                sample="1005004123456789",
                optional=True,  # left out while the table is too narrow for the product's name
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Order no."),
                lambda r: r.order_no or "",
                lambda r: text_key(r.order_no),
                sample="8100123456789012345",
                elide=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Item price $"),
                lambda r: amount(r.item_price_cents) if r.item_price_cents is not None else "",
                lambda r: r.item_price_cents if r.item_price_cents is not None else -1,
                numeric=True,
                tooltip=lambda r: translate("Tables", "Price unknown") if r.item_price_cents is None else "",
                sample="1,234.56",
            ),
            *ledger_columns(self, with_credit=False),
        ]

    def unearned_reason(self, row: ReviewRow) -> str:
        if row.date > self._session.today():
            return translate("Tables", "Dated after today: not counted yet")
        rule = self._session.ruleset().reviews
        if row.item_price_cents is not None and row.item_price_cents < rule.min_item_cents:
            return translate("Tables", "Reviews of items under {amount} earn no points (S4)").format(
                amount=dollars(rule.min_item_cents)
            )
        return translate("Tables", "Earns nothing under the active rule set")

    def key_of(self, row: ReviewRow) -> Hashable:
        return row.id

    def ref_of(self, row: ReviewRow) -> str:
        return f"review:{row.id}"

    def date_of(self, row: ReviewRow) -> date:
        return row.date

    def search_text(self, row: ReviewRow) -> str:
        return f"{row.title} {row.product_id} {row.order_no or ''}".casefold()

    def read_rows(self) -> list[ReviewRow]:
        return list_reviews(self._session.db)

    def summary(self) -> str:
        return self.counts_text("review", "reviews")


# --- activity ----------------------------------------------------------------------------------


def kind_label(kind: ActivityKind) -> str:
    """The kind of an activity row as the table shows it: "Visit", "Визит" …"""
    return translate("Columns", ACTIVITY_KIND_LABELS[kind])


class ActivityModel(RecordTableModel[ActivityRow]):
    """Member Center visits, Club posts, store follows, bonuses and adjustments."""

    default_sort_column = 0
    stretch_column = 2

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.reload()

    def _make_columns(self) -> list[Column[ActivityRow]]:
        return [
            Column(
                QT_TRANSLATE_NOOP("Columns", "Date"),
                lambda r: day(r.date),
                lambda r: r.date.toordinal(),
                sample=day(_SAMPLE_DAY),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Kind"),
                lambda r: kind_label(r.kind),
                lambda r: r.kind.value,
                sample=max(map(kind_label, ACTIVITY_KIND_LABELS), key=len),  # in the shopper's language
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Details"),
                lambda r: r.detail,
                lambda r: text_key(r.detail),
                sample="Birthday coupon game bonus",
                elide=True,
            ),
            *ledger_columns(self, with_credit=False),
        ]

    def key_of(self, row: ActivityRow) -> Hashable:
        return (row.kind, row.id)

    def ref_of(self, row: ActivityRow) -> str:
        return row.ref

    def date_of(self, row: ActivityRow) -> date:
        return row.date

    def search_text(self, row: ActivityRow) -> str:
        return f"{kind_label(row.kind)} {row.detail}".casefold()  # the kind as the table words it

    def unearned_reason(self, row: ActivityRow) -> str:
        if row.date > self._session.today():
            return translate("Tables", "Dated after today: not counted yet")
        rules = self._session.ruleset()
        capped = {ActivityKind.VISIT: (rules.visits, "S5"), ActivityKind.POST: (rules.club_posts, "S6"),
                  ActivityKind.FOLLOW: (rules.store_follows, "S7")}  # fmt: skip
        if row.kind in capped:
            rule, rule_id = capped[row.kind]
            cap = rule.monthly_cap
            if rule.points and cap:
                if row.kind is ActivityKind.VISIT:
                    text = translate(
                        "Tables", "Not counted: the month's first %n visits earn points ({rule})", None, cap
                    )
                elif row.kind is ActivityKind.POST:
                    text = translate(
                        "Tables", "Not counted: the month's first %n Club posts earn points ({rule})", None, cap
                    )
                else:
                    text = translate(
                        "Tables", "Not counted: the month's first %n store follows earn points ({rule})", None, cap
                    )
                return text.format(rule=rule_id)
        return translate("Tables", "Earns nothing under the active rule set")

    def unearned_word(self, row: ActivityRow) -> str:
        if row.date > self._session.today():
            return translate("Tables", "after today")
        if row.kind in (ActivityKind.VISIT, ActivityKind.POST, ActivityKind.FOLLOW):
            return translate("Tables", "over the month's cap")
        return translate("Tables", "not counted")

    def read_rows(self) -> list[ActivityRow]:
        return list_activity(self._session.db)

    def summary(self) -> str:
        visits = sum(1 for row in self._shown if row.kind is ActivityKind.VISIT)
        text = self.counts_text("entry", "entries")
        if visits == 1:
            return translate("Tables", "{entries}, 1 visit").format(entries=text)
        return translate("Tables", "{entries}, %Ln visits", None, visits).format(entries=text)


# --- promotions --------------------------------------------------------------------------------


class PromotionRow(NamedTuple):
    id: int
    promotion: PromotionDraft

    @property
    def ref(self) -> str:
        return f"promotion:{self.id}"


def multiplier_label(promotion: PromotionDraft) -> str:
    return f"×{format(promotion.multiplier.normalize(), 'f')}"


class PromotionsModel(RecordTableModel[PromotionRow]):
    """Promotions (S9): orders placed in a date range earn shopping points × a multiplier."""

    default_sort_column = 1
    stretch_column = 0

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.reload()

    def _make_columns(self) -> list[Column[PromotionRow]]:
        return [
            Column(
                QT_TRANSLATE_NOOP("Columns", "Promotion"),
                lambda r: r.promotion.name,
                lambda r: text_key(r.promotion.name),
                sample="11.11 Global Shopping Festival",
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "From"),
                lambda r: day(r.promotion.start),
                lambda r: r.promotion.start.toordinal(),
                sample=day(_SAMPLE_DAY),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "To"),
                lambda r: day(r.promotion.end),
                lambda r: r.promotion.end.toordinal(),
                sample=day(_SAMPLE_DAY),
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Multiplier"),
                lambda r: multiplier_label(r.promotion),
                lambda r: r.promotion.multiplier,
                numeric=True,
                sample="×1.5",
            ),
        ]

    def key_of(self, row: PromotionRow) -> Hashable:
        return row.id

    def ref_of(self, row: PromotionRow) -> str:
        return row.ref

    def date_of(self, row: PromotionRow) -> date:
        return row.promotion.start

    def search_text(self, row: PromotionRow) -> str:
        return row.promotion.name.casefold()

    def read_rows(self) -> list[PromotionRow]:
        return [PromotionRow(promotion_id, draft) for promotion_id, draft in list_promotions(self._session.db)]

    def summary(self) -> str:
        return self.counts_text("promotion", "promotions")
