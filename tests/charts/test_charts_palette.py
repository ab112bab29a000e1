"""Chart colours: light and dark, distinguishable, and fitted to the system's palette."""

from __future__ import annotations

from itertools import combinations

import pytest

from tracker.charts import ChartPalette
from tracker.charts.palette import contrast, luminance

SERIES = ("history", "expected", "plan", "lapse")


@pytest.mark.parametrize("palette", [ChartPalette.light(), ChartPalette.dark()], ids=["light", "dark"])
def test_series_read_against_the_background_and_the_tier_bands(palette: ChartPalette) -> None:
    for name in (*SERIES, "today", "leaving", "remaining"):
        colour = getattr(palette, name)
        assert contrast(colour, palette.background) >= 3, name  # WCAG 1.4.11 for graphics
        assert contrast(colour, palette.tier_bands[3]) >= 2.5, name
    assert contrast(palette.foreground, palette.background) >= 7


@pytest.mark.parametrize("palette", [ChartPalette.light(), ChartPalette.dark()], ids=["light", "dark"])
def test_series_and_sources_have_distinct_colours(palette: ChartPalette) -> None:
    series = [getattr(palette, name) for name in SERIES]
    assert len(set(series)) == len(series)
    assert len(set(palette.sources)) == len(palette.sources) == 9
    # Higher tiers get steadily stronger bands, so the order reads without colour.
    steps = [contrast(band, palette.background) for band in palette.tier_bands]
    assert steps == sorted(steps)
    assert all(contrast(a, b) > 1.05 for a, b in combinations(palette.tier_bands[:4], 2))


def test_light_and_dark_differ() -> None:
    light, dark = ChartPalette.light(), ChartPalette.dark()
    assert luminance(light.background) > 0.9 > 0.1 > luminance(dark.background)
    assert not light.is_dark and dark.is_dark


def test_system_colours_set_background_text_and_the_today_line() -> None:
    palette = ChartPalette.from_colours("#2b2b2b", "#eeeeee", "#3daee9")
    assert (palette.background, palette.foreground, palette.today) == ("#2B2B2B", "#EEEEEE", "#3DAEE9")
    assert palette.is_dark and palette.history == ChartPalette.dark().history


def test_a_highlight_too_faint_for_the_background_is_not_used() -> None:
    palette = ChartPalette.from_colours("#ffffff", "#000000", "#f0f0f0")
    assert palette.today == "#000000" and not palette.is_dark


def test_qt_style_argb_colours_are_accepted_and_nonsense_is_refused() -> None:
    assert ChartPalette.from_colours("#ff202020", "#ffe0e0e0", "#ff308cc6").background == "#202020"
    with pytest.raises(ValueError, match="not a colour"):
        ChartPalette.from_colours("blue-ish", "#000", "#fff")
