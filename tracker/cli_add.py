"""``points-tracker-cli add KIND``: command-line flags → a draft → the store."""

from __future__ import annotations

import argparse
from datetime import date

from peewee import SqliteDatabase

from tracker.importing.native import simple_lines
from tracker.rules.records import EntryKind, OrderStatus
from tracker.store import repository
from tracker.store.drafts import EntryDraft, FollowDraft, OrderDraft, PostDraft, PromotionDraft, ReviewDraft, VisitDraft


def add_record(db: SqliteDatabase, args: argparse.Namespace, today: date) -> tuple[str, int]:
    """Add what the flags describe; returns the kind and the new record's id."""
    kind: str = args.kind
    day = getattr(args, "date", None) or today
    if kind == "order":
        draft = OrderDraft(
            order_no=args.order_no,
            order_date=args.date,
            status=OrderStatus(args.status),
            lines=simple_lines(args.amount, args.category, args.title, args.product_id),
            discount_cents=args.discount,
            shipping_cents=args.shipping,
            confirmed_date=args.confirmed,
            expected_date=args.expected,
            refund_cents=args.refund,
            refund_date=args.refund_date,
            store=args.store,
        )
        return kind, repository.add_order(db, draft)
    if kind == "review":
        return kind, repository.add_review(db, ReviewDraft(day, args.price, title=args.title))
    if kind == "visit":
        return kind, repository.add_visit(db, VisitDraft(day))
    if kind == "post":
        return kind, repository.add_post(db, PostDraft(day, args.note))
    if kind == "follow":
        return kind, repository.add_follow(db, FollowDraft(day, args.store))
    if kind in ("bonus", "adjustment"):
        return kind, repository.add_entry(db, EntryDraft(day, args.points, EntryKind(kind), args.note))
    draft_promotion = PromotionDraft(args.name, args.start, args.end, args.multiplier)
    return kind, repository.add_promotion(db, draft_promotion)
