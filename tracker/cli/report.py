"""``points-tracker-cli status``, ``plan`` and ``rulesets``: the figures, as text or JSON."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from tracker.cli.arguments import as_of_options, print_json
from tracker.cli.database import open_db
from tracker.cli.errors import EXIT_OK, BadInput

if TYPE_CHECKING:
    from tracker.report.stored_status import StoredStatus


def add_parsers(commands: Any) -> None:
    status = commands.add_parser("status", help="tier, points, lapse and what to spend")
    as_of_options(status)
    status.add_argument("--no-pending", action="store_true", help="leave out credits expected from pending orders")
    status.add_argument("--json", action="store_true", help="machine-readable output")

    plan = commands.add_parser("plan", help="what to spend, and by when, to keep or reach a tier")
    as_of_options(plan)
    plan.add_argument("--tier", help="the tier to keep or reach (default: today's)")
    plan.add_argument("--months", type=int, default=12, help="how many coming recalculations (default 12)")
    plan.add_argument("--no-pending", action="store_true", help="leave out credits expected from pending orders")
    plan.add_argument("--json", action="store_true", help="machine-readable output")

    commands.add_parser("rulesets", help="list the rule sets and which is active")


def cmd_status(args: argparse.Namespace, today: date) -> int:
    from tracker.cli.rates import uncounted_json, uncounted_text

    pending = False if args.no_pending else None
    as_of = args.as_of or today
    found = None if args.ruleset else _stored_status(args, as_of, pending)
    if found is None:
        from tracker.report.status import active_ruleset, quick_status
        from tracker.store.uncounted import uncounted_orders

        db = open_db(args)
        ruleset = active_ruleset(db, args.ruleset)
        # The derived sums are kept for the rule set in use, not for a one-off --ruleset.
        status = quick_status(db, as_of, ruleset=ruleset, include_pending=pending, keep=not args.ruleset)
        uncounted = uncounted_orders(db)
    else:
        status, uncounted = found.status, found.uncounted
    from tracker.report.summary import status_json, status_text

    if args.json:
        print_json({**status_json(status), "uncounted": uncounted_json(uncounted)})
    else:
        print(status_text(status))
        if uncounted:
            print(uncounted_text(uncounted))
    return EXIT_OK


def _stored_status(args: argparse.Namespace, as_of: date, pending: bool | None) -> StoredStatus | None:
    """The status read from the stored sums when they are current and the file needs nothing
    done (:mod:`tracker.report.stored_status`): no peewee, no ledger, nothing written."""
    from tracker.report.stored_status import stored_status
    from tracker.store.paths import resolve_db_path

    # Today's backup by the clock, as open_db() makes it (``today`` may be a test's date).
    return stored_status(resolve_db_path(args.db), as_of, date.today(), pending)


def cmd_plan(args: argparse.Namespace, today: date) -> int:
    from tracker.report.status import active_ruleset, load_status
    from tracker.report.summary import plan_json, plan_text
    from tracker.rules import PointsSeries, plan_for_tier

    if not 1 <= args.months <= 120:
        raise BadInput(f"--months {args.months}: give a number from 1 to 120")
    db = open_db(args)
    ruleset = active_ruleset(db, args.ruleset)
    as_of = args.as_of or today
    status, _, settings = load_status(db, as_of, ruleset=ruleset, include_pending=False if args.no_pending else None)
    tier = ruleset.tier_named(args.tier) if args.tier else status.tier
    ledger = [e for e in status.ledger if settings.include_pending or e.credit != "expected"]
    plan = plan_for_tier(PointsSeries.from_entries(ledger), ruleset, settings, as_of, tier, args.months)
    if args.json:
        print_json({"as_of": as_of.isoformat(), "ruleset": ruleset.id, "tier": tier.name, "plan": plan_json(plan)})
    else:
        print(plan_text(plan, as_of))
    return EXIT_OK


def cmd_rulesets(args: argparse.Namespace, today: date) -> int:
    from tracker.report.status import active_ruleset
    from tracker.rules import builtin_rulesets

    active = active_ruleset(open_db(args))
    shipped = builtin_rulesets()
    if active.id not in shipped:
        print(f"* {active.id:28} {active.name} ({active.path})")
    for ruleset in shipped.values():
        mark = "*" if ruleset.id == active.id else " "
        tiers = ", ".join(f"{t.name} {t.min_points}+" for t in ruleset.tiers)
        print(f"{mark} {ruleset.id:28} {ruleset.name}\n  {'':28} {tiers}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, date], int]] = {
    "status": cmd_status,
    "plan": cmd_plan,
    "rulesets": cmd_rulesets,
}
