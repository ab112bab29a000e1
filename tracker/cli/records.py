"""``points-tracker-cli add KIND``, ``export`` and ``settings``: records and settings one at a time."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.cli.arguments import iso_date, multiplier, usd_cents, what_is
from tracker.cli.database import open_db
from tracker.cli.errors import EXIT_OK, BadInput

if TYPE_CHECKING:
    from peewee import SqliteDatabase


def add_parsers(commands: Any) -> None:
    add = commands.add_parser("add", help="record an order, review, visit, post, follow, bonus or promotion")
    _add_kinds(add.add_subparsers(dest="kind", required=True, metavar="KIND"))

    export = commands.add_parser("export", help="write orders, activity or promotions as CSV")
    export.add_argument("what", choices=("orders", "activity", "promotions"))
    export.add_argument("file", type=Path)

    setting = commands.add_parser("settings", help="show or change a setting")
    setting.add_argument("key", nargs="?")
    setting.add_argument("value", nargs="?")


def _add_kinds(kinds: Any) -> None:
    order = kinds.add_parser("order", help="an order")
    order.add_argument("--date", type=iso_date, required=True, help="order date")
    order.add_argument("--amount", type=usd_cents, required=True, help="item prices in US$ (before discounts)")
    order.add_argument("--order-no", help="AliExpress order number")
    order.add_argument("--status", choices=("pending", "confirmed", "cancelled"), default="pending")
    order.add_argument("--confirmed", type=iso_date, metavar="DATE", help="when you confirmed receipt")
    order.add_argument("--expected", type=iso_date, metavar="DATE", help="when you expect to confirm receipt")
    order.add_argument("--discount", type=usd_cents, default=0, help="coupons, store discounts and coins, US$")
    order.add_argument("--shipping", type=usd_cents, default=0, help="shipping, US$ (never earns points)")
    order.add_argument("--refund", type=usd_cents, default=0, help="refunded amount, US$")
    order.add_argument("--refund-date", type=iso_date, metavar="DATE")
    order.add_argument("--category", action="append", default=[], help="item category (repeat for several)")
    order.add_argument("--title", default="", help="item title")
    order.add_argument("--product-id", default="")
    order.add_argument("--store", default="")

    review = kinds.add_parser("review", help="a product review")
    review.add_argument("--date", type=iso_date, default=None)
    review.add_argument("--price", type=usd_cents, default=None, help="the item's price in US$, if known")
    review.add_argument("--title", default="")

    for name, help_text in (("visit", "a Member Center visit"), ("post", "a Club post"), ("follow", "a store follow")):
        parser = kinds.add_parser(name, help=help_text)
        parser.add_argument("--date", type=iso_date, default=None, help="default: today")
        if name == "post":
            parser.add_argument("--note", default="")
        if name == "follow":
            parser.add_argument("--store", default="")

    for name in ("bonus", "adjustment"):
        parser = kinds.add_parser(name, help=f"a {name} entry")
        parser.add_argument("--date", type=iso_date, default=None, help="default: today")
        parser.add_argument("--points", type=int, required=True)
        parser.add_argument("--note", default="")

    promotion = kinds.add_parser("promotion", help="a promotion multiplying order points")
    promotion.add_argument("--name", default="")
    promotion.add_argument("--start", type=iso_date, required=True)
    promotion.add_argument("--end", type=iso_date, required=True)
    promotion.add_argument("--multiplier", type=multiplier, required=True)


def add_record(db: SqliteDatabase, args: argparse.Namespace, today: date) -> tuple[str, int]:
    """Add what the flags describe; returns the kind and the new record's id."""
    from tracker.importing.native import simple_lines
    from tracker.rules.records import EntryKind, OrderStatus
    from tracker.store import repository
    from tracker.store.drafts import (
        EntryDraft,
        FollowDraft,
        OrderDraft,
        PostDraft,
        PromotionDraft,
        ReviewDraft,
        VisitDraft,
    )

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


def cmd_add(args: argparse.Namespace, today: date) -> int:
    kind, record_id = add_record(open_db(args), args, today)
    print(f"Added {kind} {record_id}.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, today: date) -> int:
    from tracker.importing import native
    from tracker.store.export import export_drafts

    drafts = export_drafts(open_db(args))
    if args.what == "orders":
        data, count = native.write_orders(drafts.orders), len(drafts.orders)
    elif args.what == "promotions":
        data, count = native.write_promotions(drafts.promotions), len(drafts.promotions)
    else:
        data = native.write_activity(
            drafts.reviews, drafts.visits, drafts.posts, drafts.follows, drafts.entries, drafts.order_numbers
        )
        count = sum(map(len, (drafts.reviews, drafts.visits, drafts.posts, drafts.follows, drafts.entries)))
    _write_export(args.file, data)
    print(f"Wrote {count} {args.what} rows to {args.file}.")
    if args.what == "activity" and drafts.unnamed_links:
        print(
            f"Note: {drafts.unnamed_links} reviews are of orders without an order number; the file cannot name "
            "those orders, so it does not link them."
        )
    return EXIT_OK


def _write_export(path: Path, data: bytes) -> None:
    """Replace ``path`` whole or not at all (a full disk leaves the previous export as it was)."""
    from tracker.store.errors import write_error
    from tracker.store.files import is_disk_problem, write_private_file

    existed = what_is(path) is not None
    try:
        write_private_file(path, data)
    except OSError as error:
        problem = write_error(path, error, existed=existed)
        if is_disk_problem(error):
            raise problem from None  # the computer's trouble, not the name given: exit 1
        raise BadInput(str(problem)) from None


def cmd_settings(args: argparse.Namespace, today: date) -> int:
    from tracker.rules import find_ruleset
    from tracker.store import repository
    from tracker.store.setting_values import SETTING_RULESET

    db = open_db(args)
    known = {
        SETTING_RULESET: "rule set id or file",
        repository.SETTING_CONFIRMATION_LAG: "days from order to confirmed receipt (default 20)",
        repository.SETTING_NON_SHOPPING_POINTS: "points a month from visits, reviews and posts (default 0)",
        repository.SETTING_INCLUDE_PENDING: "count pending orders in projections: true or false",
        repository.SETTING_BACKUP_DAILY: "a backup each day the file is used: true (default) or false",
        repository.SETTING_BACKUP_KEEP: "how many daily backups to keep (default 7)",
    }
    values = repository.get_settings(db)
    if args.key is None:
        for key, meaning in known.items():
            print(f"{key:30} {values.get(key, '(default)'):20} {meaning}")
        return EXIT_OK
    if args.key not in known:
        raise BadInput(f"unknown setting {args.key!r} (known: {', '.join(known)})")
    if args.value is None:
        print(values.get(args.key, "(default)"))
        return EXIT_OK
    _check_setting(args.key, args.value, find_ruleset)
    repository.set_setting(db, args.key, args.value)
    return EXIT_OK


def _check_setting(key: str, value: str, find_ruleset: Callable[[str], object]) -> None:
    from tracker.store import repository

    if key == "ruleset":
        find_ruleset(value)
    elif key == repository.SETTING_BACKUP_KEEP:
        if not value.isdigit() or not 1 <= int(value) <= 365:
            raise BadInput(f"{key}: give a whole number from 1 to 365, not {value!r}")
    elif key in (repository.SETTING_INCLUDE_PENDING, repository.SETTING_BACKUP_DAILY):
        if value not in ("true", "false"):
            raise BadInput(f"{key}: give true or false, not {value!r}")
    elif not value.isdigit() or int(value) > 365:
        raise BadInput(f"{key}: give a whole number from 0 to 365, not {value!r}")


COMMANDS: dict[str, Callable[[argparse.Namespace, date], int]] = {
    "add": cmd_add,
    "export": cmd_export,
    "settings": cmd_settings,
}
