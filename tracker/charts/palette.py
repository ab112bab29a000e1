"""Chart colours, light and dark, from the Okabe–Ito set so colour-blind shoppers can tell them apart.

Every series also differs in line style or label, so no chart relies on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

# Okabe & Ito, "Color Universal Design" (2008): eight colours distinguishable in all common
# kinds of colour blindness.
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
BLACK = "#000000"

# The same hues a shade darker, for lines on a light background: WCAG asks 3:1 for graphics, and
# Okabe–Ito orange and bluish green on white have 2.3 and 3.4.
DARK_ORANGE = "#B57A00"
DARK_GREEN = "#008A64"


def _rgb(colour: str) -> tuple[float, float, float]:
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) == 8:  # #AARRGGBB as Qt writes it: drop the alpha
        text = text[2:]
    if len(text) != 6 or any(c not in "0123456789abcdefABCDEF" for c in text):
        raise ValueError(f"{colour!r} is not a colour like #1E1E1E")
    return int(text[0:2], 16) / 255, int(text[2:4], 16) / 255, int(text[4:6], 16) / 255


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in rgb)


def mix(first: str, second: str, amount: float) -> str:
    """``first`` moved ``amount`` (0–1) of the way to ``second``."""
    a, b = _rgb(first), _rgb(second)
    return _hex((a[0] + (b[0] - a[0]) * amount, a[1] + (b[1] - a[1]) * amount, a[2] + (b[2] - a[2]) * amount))


def luminance(colour: str) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio, 1 to 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _bands(background: str, foreground: str) -> tuple[str, ...]:
    # A ramp from the background towards the text colour: higher tiers are darker (lighter on
    # dark), readable in grey scale, and every band is named on the chart anyway.
    return tuple(mix(background, foreground, amount) for amount in (0.015, 0.05, 0.09, 0.13, 0.17, 0.21))


@dataclass(frozen=True, slots=True)
class ChartPalette:
    """The colours of every chart. ``sources`` follows :data:`tracker.charts.data.SOURCE_LABELS`."""

    background: str
    foreground: str
    grid: str
    muted: str
    history: str  # the counted totals, solid
    projection: str  # the coming totals with no new activity, dashed
    expected: str  # with the credits expected from pending orders
    plan: str  # with the plan applied, and the plan's spend bars
    today: str
    lapse: str
    leaving: str  # expiring points bars
    remaining: str  # what is left of today's points
    sources: tuple[str, ...]
    tier_bands: tuple[str, ...]
    is_dark: bool = False
    check_agrees: str = DARK_GREEN  # a check against AliExpress that agrees (a round marker)
    check_differs: str = VERMILLION  # … that differs (a cross)

    @classmethod
    def light(cls) -> ChartPalette:
        background, foreground = "#FFFFFF", "#1F1F1F"
        return cls(
            background=background,
            foreground=foreground,
            grid=mix(background, foreground, 0.12),
            muted=mix(background, foreground, 0.6),
            history=BLUE,
            projection=BLUE,
            expected=DARK_GREEN,
            plan=DARK_ORANGE,
            today=foreground,
            lapse=VERMILLION,
            leaving=VERMILLION,
            remaining=BLUE,
            sources=(BLUE, SKY_BLUE, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, VERMILLION, YELLOW, "#555555", "#AAAAAA"),
            tier_bands=_bands(background, foreground),
        )

    @classmethod
    def dark(cls) -> ChartPalette:
        background, foreground = "#1E1F22", "#E8E8E8"
        return cls(
            background=background,
            foreground=foreground,
            grid=mix(background, foreground, 0.14),
            muted=mix(background, foreground, 0.6),
            history=SKY_BLUE,
            projection=SKY_BLUE,
            expected=BLUISH_GREEN,
            plan=ORANGE,
            today=foreground,
            lapse="#FF7A2F",  # vermillion, lighter to read on a dark background
            leaving="#FF7A2F",
            remaining=SKY_BLUE,
            sources=(SKY_BLUE, YELLOW, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, VERMILLION, BLUE, "#DDDDDD", "#888888"),
            tier_bands=_bands(background, foreground),
            is_dark=True,
            check_agrees=BLUISH_GREEN,
            check_differs="#FF7A2F",
        )

    @classmethod
    def from_colours(cls, window: str, text: str, highlight: str) -> ChartPalette:
        """A palette that fits the system's: its window and text colours, and its highlight for
        the "today" line when that reads well. The series keep the Okabe–Ito colours that suit a
        light or dark window, so they stay distinguishable whatever the system theme.
        """
        base = cls.dark() if luminance(window) < 0.4 else cls.light()
        window, text = _hex(_rgb(window)), _hex(_rgb(text))
        today = _hex(_rgb(highlight)) if contrast(highlight, window) >= 3 else text
        return replace(
            base,
            background=window,
            foreground=text,
            grid=mix(window, text, 0.13),
            muted=mix(window, text, 0.6),
            today=today,
            tier_bands=_bands(window, text),
        )
