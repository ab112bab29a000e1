"""The points rules (docs/rules/), as pure functions of ``(records, rule_set, settings, today)``.

Standard library only: no Qt, no database, no clock. ``today`` is always an argument.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.rules.dates import DateRangeError
    from tracker.rules.errors import RuleSetError
    from tracker.rules.ledger import Credit, LedgerEntry, Source, build_ledger, points_by_ref
    from tracker.rules.projection import (
        Expiry,
        Plan,
        PlanStep,
        Spend,
        Status,
        TierGap,
        check_as_of,
        compute_status,
        plan_for_tier,
        spend_for_points,
        status_from_ledger,
        steady_monthly_spend,
    )
    from tracker.rules.records import (
        ClubPost,
        EntryKind,
        Order,
        OrderStatus,
        PointsEntry,
        Promotion,
        Records,
        Review,
        Settings,
        StoreFollow,
        Visit,
    )
    from tracker.rules.ruleset import (
        DEFAULT_RULESET_ID,
        RuleSet,
        Tier,
        builtin_rulesets,
        find_ruleset,
        load_ruleset,
    )
    from tracker.rules.window import PointsSeries, Recalculation, tier_in_effect, window_total

__all__ = [
    "DEFAULT_RULESET_ID",
    "ClubPost",
    "Credit",
    "DateRangeError",
    "EntryKind",
    "Expiry",
    "LedgerEntry",
    "Order",
    "OrderStatus",
    "Plan",
    "PlanStep",
    "PointsEntry",
    "PointsSeries",
    "Promotion",
    "Recalculation",
    "Records",
    "Review",
    "RuleSet",
    "RuleSetError",
    "Settings",
    "Source",
    "Spend",
    "Status",
    "StoreFollow",
    "Tier",
    "TierGap",
    "Visit",
    "build_ledger",
    "builtin_rulesets",
    "check_as_of",
    "compute_status",
    "find_ruleset",
    "load_ruleset",
    "plan_for_tier",
    "points_by_ref",
    "spend_for_points",
    "status_from_ledger",
    "steady_monthly_spend",
    "tier_in_effect",
    "window_total",
]

_MODULES = {
    "ClubPost": "tracker.rules.records",
    "Credit": "tracker.rules.ledger",
    "DEFAULT_RULESET_ID": "tracker.rules.ruleset",
    "DateRangeError": "tracker.rules.dates",
    "EntryKind": "tracker.rules.records",
    "Expiry": "tracker.rules.projection",
    "LedgerEntry": "tracker.rules.ledger",
    "Order": "tracker.rules.records",
    "OrderStatus": "tracker.rules.records",
    "Plan": "tracker.rules.projection",
    "PlanStep": "tracker.rules.projection",
    "PointsEntry": "tracker.rules.records",
    "PointsSeries": "tracker.rules.window",
    "Promotion": "tracker.rules.records",
    "Recalculation": "tracker.rules.window",
    "Records": "tracker.rules.records",
    "Review": "tracker.rules.records",
    "RuleSet": "tracker.rules.ruleset",
    "RuleSetError": "tracker.rules.errors",
    "Settings": "tracker.rules.records",
    "Source": "tracker.rules.ledger",
    "Spend": "tracker.rules.projection",
    "Status": "tracker.rules.projection",
    "StoreFollow": "tracker.rules.records",
    "Tier": "tracker.rules.ruleset",
    "TierGap": "tracker.rules.projection",
    "Visit": "tracker.rules.records",
    "build_ledger": "tracker.rules.ledger",
    "builtin_rulesets": "tracker.rules.ruleset",
    "check_as_of": "tracker.rules.projection",
    "compute_status": "tracker.rules.projection",
    "find_ruleset": "tracker.rules.ruleset",
    "load_ruleset": "tracker.rules.ruleset",
    "plan_for_tier": "tracker.rules.projection",
    "points_by_ref": "tracker.rules.ledger",
    "spend_for_points": "tracker.rules.projection",
    "status_from_ledger": "tracker.rules.projection",
    "steady_monthly_spend": "tracker.rules.projection",
    "tier_in_effect": "tracker.rules.window",
    "window_total": "tracker.rules.window",
}
"""Where each name lives: a module of the rules is imported when one of its names is first used
(PEP 562), so that ``from tracker.rules import RuleSetError`` does not import the ledger."""


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
