"""Fixtures for the chart tests: the Platinum shopper's status, and figures on the Agg renderer."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from tests.charts.shopper import TODAY, platinum_shopper
from tracker.rules import RuleSet, Settings, Status, builtin_rulesets, compute_status


@pytest.fixture(scope="session")
def ruleset() -> RuleSet:
    return builtin_rulesets()["aliexpress-2023"]


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def status(ruleset: RuleSet, settings: Settings) -> Status:
    return compute_status(platinum_shopper(), ruleset, settings, TODAY)


@pytest.fixture
def figure() -> Callable[..., Figure]:
    """A new figure on the Agg renderer, 900×500 px unless told otherwise."""

    def make(width: float = 900, height: float = 500) -> Figure:
        fig = Figure(figsize=(width / 100, height / 100), dpi=100)
        FigureCanvasAgg(fig)
        return fig

    return make
