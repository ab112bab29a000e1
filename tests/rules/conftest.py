"""Fixtures for the rules tests: the shipped rule sets, loaded once."""

from __future__ import annotations

import pytest

from tracker.rules import RuleSet, builtin_rulesets


@pytest.fixture(scope="session")
def rulesets() -> dict[str, RuleSet]:
    return builtin_rulesets()


@pytest.fixture(scope="session")
def ae2023(rulesets: dict[str, RuleSet]) -> RuleSet:
    return rulesets["aliexpress-2023"]


@pytest.fixture(scope="session")
def legacy(rulesets: dict[str, RuleSet]) -> RuleSet:
    return rulesets["aliexpress-legacy-a0-a4"]


@pytest.fixture(scope="session")
def flat(rulesets: dict[str, RuleSet]) -> RuleSet:
    return rulesets["aliexpress-flat-per-order"]
