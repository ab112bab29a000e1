"""``points-tracker-cli``: the same core as the window, for scripting and for checks.

Exit status: 0 on success; 2 on bad input (a one-line message saying what and where, and
nothing written); 1 when the database cannot be used (locked, damaged, newer). Never imports Qt
or matplotlib, so ``status --json`` starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NoReturn

from tracker import __version__

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """Something the user typed or gave us is wrong; the message says what and where."""


# --- argument types ------------------------------------------------------------------------------


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-02-20") from None


def usd_cents(text: str) -> int:
    try:
        amount = Decimal(text.strip().lstrip("$"))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount like 12.34") from None
    try:
        exact = amount.is_finite() and amount == amount.quantize(Decimal("0.01"))
    except InvalidOperation:  # more digits than cents can hold
        raise argparse.ArgumentTypeError(f"{text} is too large") from None
    if not exact:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount like 12.34")
    if amount < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative: amounts are never below zero")
    if amount >= 1_000_000_000:
        raise argparse.ArgumentTypeError(f"{text} is too large")
    return int(amount * 100)


def multiplier(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number like 2 or 1.5") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"{text!r} is not a number like 2 or 1.5")
    return value


# --- the parser ----------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """Bad arguments get one line, not the whole usage text."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="points-tracker-cli",
        description="Your own record of AliExpress member points: status, plans, import and export.",
    )
    parser.add_argument("--db", metavar="PATH", help="database file (default: $POINTS_TRACKER_DB or your data folder)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    status = commands.add_parser("status", help="tier, points, lapse and what to spend")
    _as_of_options(status)
    status.add_argument("--no-pending", action="store_true", help="leave out credits expected from pending orders")
    status.add_argument("--json", action="store_true", help="machine-readable output")

    plan = commands.add_parser("plan", help="what to spend, and by when, to keep or reach a tier")
    _as_of_options(plan)
    plan.add_argument("--tier", help="the tier to keep or reach (default: today's)")
    plan.add_argument("--months", type=int, default=12, help="how many coming recalculations (default 12)")
    plan.add_argument("--no-pending", action="store_true", help="leave out credits expected from pending orders")
    plan.add_argument("--json", action="store_true", help="machine-readable output")

    commands.add_parser("rulesets", help="list the rule sets and which is active")

    importing = commands.add_parser(
        "import", help="import orders or activity from a CSV or Excel file (Points Tracker's own, or any export)"
    )
    importing.add_argument("file", type=Path)
    importing.add_argument("--json", action="store_true", help="counts, the mapping used and rejected rows as JSON")
    from tracker.cli_import import add_arguments as add_import_arguments

    add_import_arguments(importing)

    export = commands.add_parser("export", help="write orders, activity or promotions as CSV")
    export.add_argument("what", choices=("orders", "activity", "promotions"))
    export.add_argument("file", type=Path)

    commands.add_parser("imports", help="list past imports")
    undo = commands.add_parser("undo-import", help="remove everything one import added")
    undo.add_argument("batch", type=int)

    add = commands.add_parser("add", help="record an order, review, visit, post, follow, bonus or promotion")
    _add_parsers(add.add_subparsers(dest="kind", required=True, metavar="KIND"))

    setting = commands.add_parser("settings", help="show or change a setting")
    setting.add_argument("key", nargs="?")
    setting.add_argument("value", nargs="?")

    chart = commands.add_parser("chart", help="draw a chart to a PNG or SVG file")
    chart.add_argument("which", choices=("timeline", "expiring", "plan", "sources"))
    chart.add_argument("--out", type=Path, required=True, metavar="FILE.png|FILE.svg", help="the file to write")
    _as_of_options(chart)
    chart.add_argument("--tier", help="timeline and plan: the tier to keep or reach (default: today's)")
    chart.add_argument("--dark", action="store_true", help="dark colours")

    from tracker.cli_backup import add_parsers as add_backup_parsers

    add_backup_parsers(commands)
    return parser


def _as_of_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as-of", type=iso_date, metavar="DATE", help="what it looked like on DATE (default: today)")
    parser.add_argument("--ruleset", metavar="NAME|FILE", help="another rule set than the active one")


def _add_parsers(kinds: Any) -> None:
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


# --- running -------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None, *, today: date | None = None) -> int:
    """Run one command. ``today`` is for tests; the command line uses the clock."""
    args = build_parser().parse_args(argv)
    from tracker.rules import RuleSetError
    from tracker.store.errors import InvalidDraftError, StoreError

    try:
        return _COMMANDS[args.command](args, today or date.today())
    except (BadInput, RuleSetError, InvalidDraftError) as error:
        return _fail(f"{args.command}: {error}", EXIT_BAD_INPUT)
    except StoreError as error:
        return _fail(f"{args.command}: {error}", EXIT_FAILED)
    except BrokenPipeError:
        return EXIT_OK


def _fail(message: str, code: int) -> int:
    print(f"points-tracker-cli: {message}", file=sys.stderr)
    return code


def _open(args: argparse.Namespace) -> Any:
    from tracker.cli_backup import open_for_command

    return open_for_command(args.db, date.today())  # also makes the day's automatic backup


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


def cmd_status(args: argparse.Namespace, today: date) -> int:
    from tracker.core import active_ruleset, load_status
    from tracker.summary import status_json, status_text

    db = _open(args)
    ruleset = active_ruleset(db, args.ruleset)
    pending = False if args.no_pending else None
    status, _, _ = load_status(db, args.as_of or today, ruleset=ruleset, include_pending=pending)
    if args.json:
        _print_json(status_json(status))
    else:
        print(status_text(status))
    return EXIT_OK


def cmd_plan(args: argparse.Namespace, today: date) -> int:
    from tracker.core import active_ruleset, load_status
    from tracker.rules import PointsSeries, plan_for_tier
    from tracker.summary import plan_json, plan_text

    if not 1 <= args.months <= 120:
        raise BadInput(f"--months {args.months}: give a number from 1 to 120")
    db = _open(args)
    ruleset = active_ruleset(db, args.ruleset)
    as_of = args.as_of or today
    status, _, settings = load_status(db, as_of, ruleset=ruleset, include_pending=False if args.no_pending else None)
    tier = ruleset.tier_named(args.tier) if args.tier else status.tier
    ledger = [e for e in status.ledger if settings.include_pending or e.credit != "expected"]
    plan = plan_for_tier(PointsSeries.from_entries(ledger), ruleset, settings, as_of, tier, args.months)
    if args.json:
        _print_json({"as_of": as_of.isoformat(), "ruleset": ruleset.id, "tier": tier.name, "plan": plan_json(plan)})
    else:
        print(plan_text(plan, as_of))
    return EXIT_OK


def cmd_rulesets(args: argparse.Namespace, today: date) -> int:
    from tracker.core import active_ruleset
    from tracker.rules import builtin_rulesets

    active = active_ruleset(_open(args))
    shipped = builtin_rulesets()
    if active.id not in shipped:
        print(f"* {active.id:28} {active.name} ({active.path})")
    for ruleset in shipped.values():
        mark = "*" if ruleset.id == active.id else " "
        tiers = ", ".join(f"{t.name} {t.min_points}+" for t in ruleset.tiers)
        print(f"{mark} {ruleset.id:28} {ruleset.name}\n  {'':28} {tiers}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, today: date) -> int:
    from tracker.cli_import import run

    return run(args, _read_file(args.file), lambda: _open(args), _print_json, BadInput)


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadInput(f"{path}: is a folder, not a file") from None
    except OSError as error:
        raise BadInput(f"{path}: cannot be read ({error.strerror})") from None


def cmd_export(args: argparse.Namespace, today: date) -> int:
    from tracker.importing import native
    from tracker.store.export import export_drafts

    drafts = export_drafts(_open(args))
    if args.what == "orders":
        data, count = native.write_orders(drafts.orders), len(drafts.orders)
    elif args.what == "promotions":
        data, count = native.write_promotions(drafts.promotions), len(drafts.promotions)
    else:
        data = native.write_activity(drafts.reviews, drafts.visits, drafts.posts, drafts.follows, drafts.entries)
        count = sum(map(len, (drafts.reviews, drafts.visits, drafts.posts, drafts.follows, drafts.entries)))
    try:
        args.file.write_bytes(data)
    except OSError as error:
        raise BadInput(f"{args.file}: cannot be written ({error.strerror})") from None
    print(f"Wrote {count} {args.what} rows to {args.file}.")
    return EXIT_OK


def cmd_imports(args: argparse.Namespace, today: date) -> int:
    from tracker.store.batches import list_batches

    batches = list_batches(_open(args))
    if not batches:
        print("No imports yet.")
        return EXIT_OK
    print(f"{'batch':>5}  {'imported':16}  {'new':>6}  {'updated':>7}  {'skipped':>7}  {'rejected':>8}  file")
    for batch in batches:
        preset = f"  ({batch.preset})" if batch.preset else ""
        print(
            f"{batch.id:5}  {batch.imported_at:%Y-%m-%d %H:%M}  {batch.new:6}  {batch.updated:7}  {batch.skipped:7}  "
            f"{batch.rejected:8}  {batch.file_name}{preset}"
        )
    print("Remove one with: points-tracker-cli undo-import BATCH")
    return EXIT_OK


def cmd_undo_import(args: argparse.Namespace, today: date) -> int:
    from tracker.store.batches import list_batches, undo_batch

    db = _open(args)
    name = next((f" ({b.file_name})" for b in list_batches(db) if b.id == args.batch), "")
    counts = undo_batch(db, args.batch)
    kinds = [
        (counts.orders, "order", "orders"), (counts.reviews, "review", "reviews"), (counts.visits, "visit", "visits"),
        (counts.posts, "Club post", "Club posts"), (counts.follows, "store follow", "store follows"),
        (counts.entries, "points entry", "points entries"), (counts.promotions, "promotion", "promotions"),
    ]  # fmt: skip
    removed = ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in kinds if n)
    print(f"Removed import {args.batch}{name}: {removed or 'nothing it added was still there'}.")
    return EXIT_OK


def cmd_settings(args: argparse.Namespace, today: date) -> int:
    from tracker.core import SETTING_RULESET
    from tracker.rules import find_ruleset
    from tracker.store import repository

    db = _open(args)
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


def cmd_add(args: argparse.Namespace, today: date) -> int:
    from tracker.cli_add import add_record

    kind, record_id = add_record(_open(args), args, today)
    print(f"Added {kind} {record_id}.")
    return EXIT_OK


def cmd_chart(args: argparse.Namespace, today: date) -> int:
    from tracker.cli_chart import chart_command

    return chart_command(args, today, _open)


_COMMANDS: dict[str, Callable[[argparse.Namespace, date], int]] = {
    "status": cmd_status,
    "plan": cmd_plan,
    "rulesets": cmd_rulesets,
    "import": cmd_import,
    "export": cmd_export,
    "imports": cmd_imports,
    "undo-import": cmd_undo_import,
    "settings": cmd_settings,
    "add": cmd_add,
    "chart": cmd_chart,
}


def _cmd_backups_and_restores(args: argparse.Namespace, today: date) -> int:
    from tracker.cli_backup import COMMANDS

    return COMMANDS[args.command](args, today)


_COMMANDS.update(dict.fromkeys(("backup", "restore", "backups", "restore-latest"), _cmd_backups_and_restores))


if __name__ == "__main__":
    sys.exit(main())
