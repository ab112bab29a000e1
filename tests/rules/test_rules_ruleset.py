"""Rule-set files: the shipped ones load, broken ones are refused with file, key and problem."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.rules import RuleSetError, builtin_rulesets, find_ruleset, load_ruleset
from tracker.rules.ruleset import builtin_dir

GOOD = """
id = "mine"
name = "My rules"

[[tiers]]
name = "Low"
min_points = 0

[[tiers]]
name = "High"
min_points = 100
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_three_shipped_rule_sets_load() -> None:
    assert set(builtin_rulesets()) == {
        "aliexpress-2023",
        "aliexpress-legacy-a0-a4",
        "aliexpress-flat-per-order",
    }


def test_aliexpress_2023_tiers_match_the_rules() -> None:
    ruleset = builtin_rulesets()["aliexpress-2023"]
    assert [(t.name, t.min_points) for t in ruleset.tiers] == [
        ("Silver", 0),
        ("Gold", 101),
        ("Platinum", 501),
        ("Diamond", 1501),
    ]
    assert [t.fast_refund_usd for t in ruleset.tiers] == [0, 0, 25, 100]


def test_legacy_levels_a0_to_a4() -> None:
    ruleset = builtin_rulesets()["aliexpress-legacy-a0-a4"]
    assert [(t.name, t.min_points) for t in ruleset.tiers] == [
        ("A0", 0),
        ("A1", 1),
        ("A2", 100),
        ("A3", 500),
        ("A4", 2000),
    ]


def test_a_users_own_file_loads_by_path_with_defaults(tmp_path: Path) -> None:
    ruleset = find_ruleset(str(write(tmp_path, GOOD)))
    assert ruleset.id == "mine"
    assert ruleset.shopping.max_points_per_order == 500


def test_unknown_name_lists_the_shipped_ones() -> None:
    with pytest.raises(RuleSetError, match=re.escape("aliexpress-2023")):
        find_ruleset("no-such-rules")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("[shopping]\nmax_points_per_order = -1", "shopping.max_points_per_order: must be at least 0"),
        ("[shopping]\nbonus_points = 3", "shopping.bonus_points: unknown key"),
        ('[shopping]\nrule = "per_euro"', "shopping.rule: must be one of"),
        ('[shopping]\nmin_order_usd = "two"', "shopping.min_order_usd: 'two' is not an amount"),
        ("[window]\nmonths = true", "window.months: must be a whole number"),
        ("[window]\neffective_day = 31", "window.effective_day: must be at most 28"),
        ('[[tiers]]\nname = "Top"\nmin_points = 900\ncolour = 3', "tiers[2].colour: must be text"),
        ("[calendar]\nlevelup_coupon_first_day = 20", "levelup_coupon_last_day: is before the first day"),
    ],
)
def test_broken_rule_set_is_refused_naming_file_key_and_problem(tmp_path: Path, change: str, message: str) -> None:
    with pytest.raises(RuleSetError, match=re.escape(message)):
        load_ruleset(write(tmp_path, GOOD + "\n" + change))


def test_thresholds_must_increase(tmp_path: Path) -> None:
    with pytest.raises(RuleSetError, match=re.escape("mine.toml: tiers[1].min_points: thresholds must increase")):
        load_ruleset(write(tmp_path, GOOD.replace("min_points = 100", "min_points = 0")))


def test_unknown_top_level_key(tmp_path: Path) -> None:
    with pytest.raises(RuleSetError, match=re.escape("mine.toml: colour: unknown key")):
        load_ruleset(write(tmp_path, "colour = 3\n" + GOOD))


def test_not_toml_at_all(tmp_path: Path) -> None:
    with pytest.raises(RuleSetError, match=re.escape("mine.toml: not valid TOML")):
        load_ruleset(write(tmp_path, "id = [unclosed"))


def test_missing_tiers(tmp_path: Path) -> None:
    with pytest.raises(RuleSetError, match=re.escape("mine.toml: tiers: missing")):
        load_ruleset(write(tmp_path, 'id = "x"\nname = "y"\n'))


def test_lowest_tier_must_start_at_zero(tmp_path: Path) -> None:
    with pytest.raises(RuleSetError, match=re.escape("tiers[0].min_points: the lowest tier must start at 0")):
        load_ruleset(write(tmp_path, GOOD.replace("min_points = 0", "min_points = 5")))


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RuleSetError, match=re.escape("cannot be read")):
        load_ruleset(tmp_path / "gone.toml")


def test_every_shipped_file_is_in_the_resources_folder() -> None:
    assert sorted(p.stem for p in builtin_dir().glob("*.toml")) == sorted(builtin_rulesets())
