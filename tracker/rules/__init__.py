"""The points rules (docs/rules/), as pure functions of ``(records, rule_set, settings, today)``.

Standard library only: no Qt, no database, no clock. ``today`` is always an argument.
"""

from tracker.rules.dates import DateRangeError
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
    RuleSetError,
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
