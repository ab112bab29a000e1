"""The settings table's keys and what its text values mean, read from a plain ``{key: value}``.

Apart from :mod:`tracker.store.reading` so that a quick read-only look (:mod:`tracker.store.glance`)
can make sense of the settings without importing peewee.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.rules.settings import Settings

SETTING_RULESET = "ruleset"
"""A shipped rule set's id, or the path of a rule-set file (the default: the newest shipped one)."""
SETTING_CONFIRMATION_LAG = "confirmation_lag_days"
SETTING_NON_SHOPPING_POINTS = "monthly_non_shopping_points"
SETTING_INCLUDE_PENDING = "include_pending"
SETTING_BACKUP_KEEP = "backup_keep"
"""How many daily backups to keep (default :data:`DEFAULT_BACKUP_KEEP`, at least 1)."""
SETTING_BACKUP_DAILY = "backup_daily"
"""``true`` (the default) or ``false``: make a backup the first time the file is opened each day."""
DEFAULT_BACKUP_KEEP = 7


@dataclass(frozen=True, slots=True)
class BackupSettings:
    daily: bool = True
    keep: int = DEFAULT_BACKUP_KEEP


def _int_setting(values: dict[str, str], key: str, default: int, minimum: int | None = None) -> int:
    try:
        number = int(values[key])
    except (KeyError, ValueError):
        return default
    return default if minimum is not None and number < minimum else number


def rules_settings(values: dict[str, str]) -> Settings:
    """The rules' :class:`Settings`; missing or unreadable values fall back to the defaults."""
    defaults = Settings()
    include = values.get(SETTING_INCLUDE_PENDING, "").strip().lower()
    return Settings(
        confirmation_lag_days=_int_setting(values, SETTING_CONFIRMATION_LAG, defaults.confirmation_lag_days, 0),
        monthly_non_shopping_points=_int_setting(
            values, SETTING_NON_SHOPPING_POINTS, defaults.monthly_non_shopping_points, 0
        ),
        include_pending=defaults.include_pending if include not in ("true", "false") else include == "true",
    )


def backup_settings(values: dict[str, str]) -> BackupSettings:
    """The rolling backup settings; missing or unreadable values fall back to the defaults."""
    daily = values.get(SETTING_BACKUP_DAILY, "").strip().lower()
    return BackupSettings(
        daily=daily != "false",
        keep=_int_setting(values, SETTING_BACKUP_KEEP, DEFAULT_BACKUP_KEEP, 1),
    )
