"""``points-tracker-cli check``: the figures against what AliExpress shows, and what is missing.

``check --points N [--tier T] [--date D]`` keeps a check of the Member Center's figure and
prints the comparison; ``check`` alone prints it for the last check; ``check --accept NOTE``
accepts the last check's difference as an adjustment dated that day. ``--json`` gives every
check and the comparison with the points history month by month.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from tracker.cli.arguments import iso_date, print_json
from tracker.cli.database import open_db
from tracker.cli.errors import EXIT_OK, BadInput

if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from tracker.report.check_report import CheckReport
    from tracker.rules import RuleSet


def points(text: str) -> int:
    """A whole number of points as the Member Center writes it: ``1204`` or ``1,204``."""
    digits = text.strip().replace(",", "").replace("_", "")
    try:
        value = int(digits, 10) if digits.lstrip("-").isdigit() else None
    except ValueError:  # more digits than Python reads
        value = None
    if value is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of points like 1204")
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative: the Member Center never shows fewer than 0 points")
    return value


def add_parsers(commands: Any) -> None:
    check = commands.add_parser(
        "check",
        help="check the figures against what AliExpress shows, and find what is missing",
        description="Compare with the points the Member Center shows. With its points history imported "
        "(import FILE --kind points-history), also month by month and by source, with the likely cause and fix "
        "of each difference.",
    )
    check.add_argument("--points", type=points, metavar="N", help="the points the Member Center shows: keeps a check")
    check.add_argument("--tier", metavar="TIER", help="the tier it shows (with --points)")
    check.add_argument(
        "--date", type=iso_date, metavar="DATE", help="the day it showed them (with --points; default: today)"
    )
    check.add_argument(
        "--accept", metavar="NOTE", help="accept the last check's difference: an adjustment dated that day, with NOTE"
    )
    check.add_argument("--fix", type=int, metavar="N", help="make fix N of the list (one change, or one transaction)")
    check.add_argument("--json", action="store_true", help="machine-readable output, with the per-month differences")


def _arguments_fit(args: argparse.Namespace) -> None:
    if args.points is None:
        for given, flag in ((args.tier, "--tier"), (args.date, "--date")):
            if given is not None:
                raise BadInput(f"{flag} goes with --points: give the points the Member Center shows too")
    if sum(given is not None for given in (args.points, args.accept, args.fix)) > 1:
        raise BadInput("--points, --accept and --fix each do one thing: give one of them")


def cmd_check(args: argparse.Namespace, today: date) -> int:
    from tracker.report.check import Figures
    from tracker.report.check_report import accept, check_problems, load_report, record_check
    from tracker.report.check_words import report_json, report_text
    from tracker.report.status import active_ruleset, load_status

    _arguments_fit(args)
    db = open_db(args)
    ruleset = active_ruleset(db)
    status, records, settings = load_status(db, today, ruleset=ruleset)
    if args.points is not None:
        day, tier = args.date or today, (args.tier or "").strip()
        problems = check_problems(args.points, tier, day, today, ruleset)
        if problems:
            raise BadInput("; ".join(problems))
        here = Figures(status.window_points, status.tier.name) if day == today else None
        record_check(db, args.points, tier, day, records, ruleset, settings, here=here)
    report = load_report(db, records, ruleset, settings, status)
    if args.accept is not None:
        latest = report.latest
        if latest is None:
            raise BadInput("there is no check to accept: make one with --points N")
        if latest.state.value != "differs":
            raise BadInput(f"the check of {latest.check.date.isoformat()} does not differ: nothing to accept")
        accept(db, latest, args.accept, today)
        status, records, settings = load_status(db, today, ruleset=ruleset)
        report = load_report(db, records, ruleset, settings, status)
    if args.fix is not None:
        if not _make_fix(db, report, args.fix, ruleset):
            return EXIT_OK
        status, records, settings = load_status(db, today, ruleset=ruleset)
        report = load_report(db, records, ruleset, settings, status)
    ordered = {order.ref: order.order_date for order in records.orders}
    if args.json:
        print_json(report_json(report, today, ordered))
    else:
        print(report_text(report, ordered))
    return EXIT_OK


def _make_fix(db: SqliteDatabase, report: CheckReport, number: int, ruleset: RuleSet) -> bool:
    """Make fix ``number``; False (nothing written) when it is an order to add with its amount."""
    from tracker.report.check_findings import FixKind
    from tracker.report.check_fixes import apply_plan, plan_fix, suggested_order
    from tracker.report.check_words import fix_label, numbered
    from tracker.report.summary import money

    findings = numbered(report.comparison)
    fix = findings[number - 1].fix if 1 <= number <= len(findings) else None
    if fix is None:
        count = len(findings)
        raise BadInput(f"--fix {number}: there is no fix {number} (the list has {count})" if count else "no fixes")
    if fix.kind is FixKind.ADD_ORDER:
        order, day = suggested_order(fix, ruleset), fix.day.isoformat()
        print(
            "Add the order with its real date and amount, for example:\n"
            f"  points-tracker-cli add order --date {order.order_date.isoformat()} "
            f"--amount {money(order.items_cents)} --status confirmed --confirmed {day}\n"
            f"(AliExpress credited {fix.points} points for it on {day}.)"
        )
        return False
    apply_plan(db, plan_fix(db, fix, ruleset))
    print(f"Made fix {number}: {fix_label(fix)}.\n")
    return True


COMMANDS: dict[str, Callable[[argparse.Namespace, date], int]] = {"check": cmd_check}
