"""Rule sets: the points rules as data (TOML), validated when loaded.

Each section of the file maps to one frozen dataclass below; the dataclass fields *are* the
schema. Unknown keys, wrong types and impossible values are rejected with a
:class:`RuleSetError` that names the file, the key and the problem, so a shopper editing their
own copy learns exactly what to fix.
"""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from tracker.rules.errors import RuleSetError


def _minimum(value: int) -> dict[str, Any]:
    return {"minimum": value}


@dataclass(frozen=True, slots=True)
class Tier:
    name: str
    min_points: int
    colour: str = "#888888"
    benefits: tuple[str, ...] = ()
    fast_refund_usd: int = field(default=0, metadata=_minimum(0))


@dataclass(frozen=True, slots=True)
class Window:
    """How the tier follows the points (RULES W1–W6, legacy L3).

    ``calendar_months``: a recalculation on the last day of every month over ``months`` calendar
    months, effective on ``effective_day`` of the next month. ``rolling_days``: every day is a
    recalculation over the last ``days`` days, effective the same day.
    """

    kind: Literal["calendar_months", "rolling_days"] = "calendar_months"
    months: int = field(default=12, metadata=_minimum(1))
    days: int = field(default=365, metadata=_minimum(1))
    effective_day: int = field(default=8, metadata={"minimum": 1, "maximum": 28})


@dataclass(frozen=True, slots=True)
class Shopping:
    """Points for orders (S1, S2, S9, L1, F1)."""

    rule: Literal["per_dollar", "flat_per_order"] = "per_dollar"
    min_order_usd: Decimal = Decimal("2.00")
    points_per_usd: int = field(default=1, metadata=_minimum(1))
    rounding: Literal["floor", "nearest"] = "floor"
    max_points_per_order: int = field(default=500, metadata=_minimum(0))  # 0: no cap
    partial_refund: Literal["prorate", "forfeit"] = "prorate"
    max_orders_per_product: int = field(default=0, metadata=_minimum(0))  # 0: no limit (L1: 10)
    flat_points_per_order: int = field(default=5, metadata=_minimum(0))
    flat_daily_cap: int = field(default=5, metadata=_minimum(0))
    cap_before_multiplier: bool = True
    min_order_cents: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "min_order_cents", int(self.min_order_usd * 100))


@dataclass(frozen=True, slots=True)
class MultiCategory:
    """Points for a day whose orders span several categories (S3)."""

    enabled: bool = True
    min_categories: int = field(default=2, metadata=_minimum(1))
    points_per_category: int = field(default=1, metadata=_minimum(0))
    daily_cap: int = field(default=5, metadata=_minimum(0))


@dataclass(frozen=True, slots=True)
class PurchaseDay:
    """Points for every day on which the shopper buys (legacy L2)."""

    enabled: bool = False
    points: int = field(default=5, metadata=_minimum(0))


@dataclass(frozen=True, slots=True)
class Reviews:
    """Points per product review (S4)."""

    points: int = field(default=1, metadata=_minimum(0))
    min_item_usd: Decimal = Decimal("2.00")
    unknown_price_counts: bool = True
    min_item_cents: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "min_item_cents", int(self.min_item_usd * 100))


@dataclass(frozen=True, slots=True)
class MonthlyCapped:
    """Points per event with at most ``monthly_cap`` counted events a month; 0 means no cap."""

    points: int = field(default=1, metadata=_minimum(0))
    monthly_cap: int = field(default=0, metadata=_minimum(0))


@dataclass(frozen=True, slots=True)
class Calendar:
    """Dates of level-up coupons, birthday gift and anniversary voucher (C1–C3)."""

    levelup_coupon_first_day: int = field(default=8, metadata={"minimum": 1, "maximum": 28})
    levelup_coupon_last_day: int = field(default=14, metadata={"minimum": 1, "maximum": 28})
    levelup_coupon_valid_days: int = field(default=7, metadata=_minimum(1))
    birthday_notice_days: int = field(default=2, metadata=_minimum(0))
    anniversary_voucher: bool = True


@dataclass(frozen=True, slots=True)
class RuleSet:
    id: str
    name: str
    tiers: tuple[Tier, ...]
    description: str = ""
    sources: str = ""
    window: Window = Window()
    shopping: Shopping = Shopping()
    multi_category: MultiCategory = MultiCategory()
    purchase_day: PurchaseDay = PurchaseDay()
    reviews: Reviews = Reviews()
    visits: MonthlyCapped = MonthlyCapped(points=1, monthly_cap=10)
    club_posts: MonthlyCapped = MonthlyCapped(points=2, monthly_cap=5)
    store_follows: MonthlyCapped = MonthlyCapped(points=1, monthly_cap=0)
    calendar: Calendar = Calendar()
    path: Path | None = field(default=None, compare=False)

    @property
    def lowest_tier(self) -> Tier:
        return self.tiers[0]

    def tier_for(self, points: int) -> Tier:
        """The highest tier whose minimum is at most ``points`` (RULES W3)."""
        chosen = self.tiers[0]
        for tier in self.tiers:
            if tier.min_points <= points:
                chosen = tier
        return chosen

    def tier_named(self, name: str) -> Tier:
        for tier in self.tiers:
            if tier.name.casefold() == name.casefold():
                return tier
        names = ", ".join(t.name for t in self.tiers)
        raise RuleSetError(f"rule set {self.id!r} has no tier {name!r} (it has {names})")

    def tier_above(self, tier: Tier) -> Tier | None:
        index = self.tiers.index(tier)
        return self.tiers[index + 1] if index + 1 < len(self.tiers) else None

    def rank(self, tier: Tier) -> int:
        return self.tiers.index(tier)


# --- loading -------------------------------------------------------------------------------------

_SECTIONS: dict[str, type[Any]] = {
    "window": Window,
    "shopping": Shopping,
    "multi_category": MultiCategory,
    "purchase_day": PurchaseDay,
    "reviews": Reviews,
    "visits": MonthlyCapped,
    "club_posts": MonthlyCapped,
    "store_follows": MonthlyCapped,
    "calendar": Calendar,
}
_TOP_LEVEL = {"id", "name", "description", "sources", "tiers", *_SECTIONS}


def _convert(where: str, value: Any, annotation: Any, metadata: typing.Mapping[str, Any]) -> Any:
    origin = get_origin(annotation)
    if origin is Literal:
        choices = get_args(annotation)
        if value not in choices:
            raise RuleSetError(f"{where}: must be one of {', '.join(map(repr, choices))}, not {value!r}")
        return value
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise RuleSetError(f"{where}: must be a list of strings")
        return tuple(value)
    if annotation is bool:
        if not isinstance(value, bool):
            raise RuleSetError(f"{where}: must be true or false, not {value!r}")
        return value
    if annotation is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise RuleSetError(f"{where}: must be a whole number, not {value!r}")
        if "minimum" in metadata and value < metadata["minimum"]:
            raise RuleSetError(f"{where}: must be at least {metadata['minimum']}, not {value}")
        if "maximum" in metadata and value > metadata["maximum"]:
            raise RuleSetError(f"{where}: must be at most {metadata['maximum']}, not {value}")
        return value
    if annotation is Decimal:
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise RuleSetError(f'{where}: must be an amount written as a string like "2.00"')
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            raise RuleSetError(f"{where}: {value!r} is not an amount") from None
        if not amount.is_finite() or amount < 0:
            raise RuleSetError(f"{where}: must be a positive amount, not {value!r}")
        return amount
    if annotation is str:
        if not isinstance(value, str):
            raise RuleSetError(f"{where}: must be text, not {value!r}")
        return value
    raise TypeError(f"no converter for {annotation!r}")  # pragma: no cover - programming error


_TYPE_HINTS: dict[type[Any], dict[str, Any]] = {}


def _type_hints(cls: type[Any]) -> dict[str, Any]:
    """The annotations of ``cls`` evaluated (slow: once per class, not once per table)."""
    hints = _TYPE_HINTS.get(cls)
    if hints is None:
        hints = _TYPE_HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _build(cls: type[Any], table: Any, where: str) -> Any:
    if not isinstance(table, dict):
        raise RuleSetError(f"{where}: must be a table")
    hints = _type_hints(cls)
    known = {f.name: f for f in dataclasses.fields(cls) if f.init and f.name != "path"}
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise RuleSetError(f"{where}.{unknown[0]}: unknown key (known keys: {', '.join(known)})")
    values: dict[str, Any] = {}
    for name, value in table.items():
        annotation = hints[name]
        if isinstance(annotation, types.UnionType):  # pragma: no cover - no optional keys today
            annotation = get_args(annotation)[0]
        values[name] = _convert(f"{where}.{name}", value, annotation, known[name].metadata)
    missing = [
        f.name
        for f in known.values()
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING and f.name not in values
    ]
    if missing:
        raise RuleSetError(f"{where}.{missing[0]}: missing")
    return cls(**values)


def parse_ruleset(data: dict[str, Any], origin: str, path: Path | None = None) -> RuleSet:
    """Build a validated :class:`RuleSet` from parsed TOML; ``origin`` names the file in errors."""
    unknown = sorted(set(data) - _TOP_LEVEL)
    if unknown:
        raise RuleSetError(f"{origin}: {unknown[0]}: unknown key")
    for key in ("id", "name", "tiers"):
        if key not in data:
            raise RuleSetError(f"{origin}: {key}: missing")
    tiers_raw = data["tiers"]
    if not isinstance(tiers_raw, list) or not tiers_raw:
        raise RuleSetError(f"{origin}: tiers: must be a list of [[tiers]] tables, at least one")
    tiers = tuple(_build(Tier, raw, f"{origin}: tiers[{i}]") for i, raw in enumerate(tiers_raw))
    if tiers[0].min_points != 0:
        raise RuleSetError(f"{origin}: tiers[0].min_points: the lowest tier must start at 0")
    for i in range(1, len(tiers)):
        if tiers[i].min_points <= tiers[i - 1].min_points:
            raise RuleSetError(
                f"{origin}: tiers[{i}].min_points: thresholds must increase "
                f"({tiers[i].min_points} is not above {tiers[i - 1].min_points})"
            )
    names = [t.name.casefold() for t in tiers]
    if len(set(names)) != len(names):
        raise RuleSetError(f"{origin}: tiers: two tiers have the same name")
    sections = {key: _build(cls, data[key], f"{origin}: {key}") for key, cls in _SECTIONS.items() if key in data}
    for key in ("id", "name", "description", "sources"):
        if key in data and not isinstance(data[key], str):
            raise RuleSetError(f"{origin}: {key}: must be text")
    calendar: Calendar = sections.get("calendar", Calendar())
    if calendar.levelup_coupon_last_day < calendar.levelup_coupon_first_day:
        raise RuleSetError(f"{origin}: calendar.levelup_coupon_last_day: is before the first day")
    return RuleSet(
        id=data["id"],
        name=data["name"],
        description=data.get("description", ""),
        sources=data.get("sources", ""),
        tiers=tiers,
        path=path,
        **sections,
    )


def load_ruleset(path: Path) -> RuleSet:
    """Read and validate one rule-set file."""
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except OSError as error:
        raise RuleSetError(f"{path}: cannot be read ({error.strerror or error})") from None
    except tomllib.TOMLDecodeError as error:
        raise RuleSetError(f"{path}: not valid TOML ({error})") from None
    except UnicodeDecodeError:
        raise RuleSetError(f"{path}: not valid TOML (the file is not UTF-8 text)") from None
    return parse_ruleset(data, str(path), path)


def builtin_dir() -> Path:
    """The folder holding the rule sets that ship with the app."""
    from tracker.resources import resource_path

    return resource_path("rulesets")


def builtin_rulesets() -> dict[str, RuleSet]:
    """The shipped rule sets by id, in file-name order."""
    found: dict[str, RuleSet] = {}
    for path in sorted(builtin_dir().glob("*.toml")):
        ruleset = load_ruleset(path)
        found[ruleset.id] = ruleset
    return found


DEFAULT_RULESET_ID = "aliexpress-2023"


def find_ruleset(name_or_path: str) -> RuleSet:
    """A shipped rule set by id, or a user's own file by path."""
    candidate = Path(name_or_path)
    try:
        is_file = candidate.suffix == ".toml" or candidate.exists()
    except OSError:  # a name no file can have (too long, …): not a file
        is_file = False
    if is_file:
        return load_ruleset(candidate)
    shipped = builtin_rulesets()
    if name_or_path in shipped:
        return shipped[name_or_path]
    raise RuleSetError(f"no rule set named {name_or_path!r} (shipped: {', '.join(shipped)}; or give a .toml file)")
