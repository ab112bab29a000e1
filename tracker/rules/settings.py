"""The shopper's own settings the rules take beside the records (RULES P1, P4)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    """The shopper's own settings that the projections depend on (RULES P1, P4)."""

    confirmation_lag_days: int = 20
    monthly_non_shopping_points: int = 0
    include_pending: bool = True
