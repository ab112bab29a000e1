"""The frame every chart is drawn in: axes, layout, ticks, grid, bars and legend, built for speed.

Redrawing after an edit must be quick (issue: all four charts in under 150 ms), and with Agg nearly
all the time goes into text, into lines drawn one per tick, and into building axes. So:

- a figure keeps its axes from one draw of a chart to the next; only the data artists go;
- the layout is computed from the font size (no constrained layout, which measures every text
  on every draw);
- no tick marks, and the grid is one line collection (matplotlib draws two lines per tick);
- ticks are placed by hand (no date rule iteration), bars are one collection per series, the
  legend is a few lines and texts (matplotlib's lays itself out on every draw);
- glyphs are rendered without hinting: about a third faster and indistinguishable at these
  sizes. That is matplotlib's global ``text.hinting`` setting; the app draws only these charts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import matplotlib
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle, StepPatch
from matplotlib.text import Text

from tracker.charts.palette import ChartPalette
from tracker.report.summary import month_abbreviation

matplotlib.rcParams["text.hinting"] = "no_hinting"

_EPOCH = date(1970, 1, 1).toordinal()  # matplotlib's default date epoch


def num(value: date) -> float:
    """A date as matplotlib's day number."""
    return float(value.toordinal() - _EPOCH)


def nums(values: Sequence[date]) -> list[float]:
    return [float(v.toordinal() - _EPOCH) for v in values]


def month_name(value: date) -> str:
    return month_abbreviation(value)


# --- sizes ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Frame:
    """A figure's size in pixels and the font size its charts use."""

    width: float
    height: float
    dpi: float
    size: float  # points, for ticks and labels; the title is 3 points larger

    @classmethod
    def of(cls, fig: Figure) -> Frame:
        width, height = fig.get_figwidth() * fig.dpi, fig.get_figheight() * fig.dpi
        size = 9.0 if width >= 800 else 8.0 if width >= 550 else 7.0
        return cls(width, height, fig.dpi, size)

    def px(self, points: float) -> float:
        return points * self.dpi / 72

    def text_width(self, text: str, size: float | None = None, em: float = 0.6) -> float:
        """About how wide ``text`` is in pixels (DejaVu Sans: ~0.6 em a character, digits 0.64)."""
        longest = max((len(line) for line in text.split("\n")), default=0)
        return longest * self.px(size or self.size) * em

    @property
    def narrow(self) -> bool:
        return self.width < 800


# --- axes, reused ---------------------------------------------------------------------------------

_KIND = "_points_tracker_chart"


def chart_axes(fig: Figure, kind: str, palette: ChartPalette, rows: int = 1) -> tuple[list[Axes], Frame]:
    """The figure's axes for a chart of ``kind``: the ones from the last draw of that kind, emptied,
    or new ones (the figure cleared) the first time or when the figure showed another chart.
    """
    frame = Frame.of(fig)
    kept = getattr(fig, _KIND, None)
    if kept is not None and kept[0] == kind and fig.axes == kept[1]:
        axes: list[Axes] = kept[1]
        for ax in axes:
            _empty(ax)
        # The hand-drawn legend (and anything else drawn on the figure itself).
        for artist in [*fig.texts, *fig.lines, *fig.patches, *fig.artists, *fig.legends]:
            artist.remove()
        styled = kept[2] == (palette, frame.size)
    else:
        fig.clear()
        axes = [fig.add_axes((0.1, 0.1, 0.8, 0.8)) for _ in range(rows)]
        for ax in axes:
            # Placed by hand (see arrange), so matplotlib need not measure tick labels to place them.
            ax.xaxis.set_label_coords(0.5, -0.12)
        for other in axes[1:]:
            other.sharex(axes[0])
        styled = False
    if not styled:  # styling is a tenth of a redraw: only when the palette or size changes
        for ax in axes:
            _style(ax, palette, frame.size)
    setattr(fig, _KIND, (kind, axes, (palette, frame.size)))
    if fig.get_layout_engine() is not None:
        fig.set_layout_engine("none")
    fig.set_facecolor(palette.background)
    return axes, frame


def _empty(ax: Axes) -> None:
    for artist in [*ax.lines, *ax.patches, *ax.texts, *ax.collections, *ax.images]:
        artist.remove()
    ax.containers.clear()
    ax.set_title("")
    ax.set_xlabel("")
    ax.set_ylabel("")


def _style(ax: Axes, palette: ChartPalette, size: float) -> None:
    ax.set_facecolor(palette.background)
    for name, spine in ax.spines.items():
        spine.set_color(palette.muted)
        spine.set_visible(name in ("left", "bottom"))
    # No tick marks and no matplotlib grid: each is a line drawn per tick, a tenth of a redraw.
    # The grid is one collection instead (see grid).
    ax.tick_params(colors=palette.muted, labelcolor=palette.foreground, labelsize=size, pad=4, left=False, bottom=False)
    ax.grid(False)


_BOLD_EM = 0.7  # DejaVu Sans Bold is wider than the regular face


def title(ax: Axes, text: str, palette: ChartPalette, frame: Frame) -> None:
    """The chart's title, left-aligned above ``ax``: smaller, then on two lines, when the figure
    is too narrow for it (call after :func:`arrange`)."""
    room = frame.width * (1 - ax.get_position().x0) - 8
    size, pad = frame.size + 3, 8.0
    if frame.text_width(text, size, em=_BOLD_EM) > room:
        size = max(frame.size, room / (frame.text_width(text, 1, em=_BOLD_EM) or 1))
    if frame.text_width(text, size, em=_BOLD_EM) > room and " " in text:
        middle = len(text) // 2
        cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle))
        text, size, pad = f"{text[:cut]}\n{text[cut + 1 :]}", frame.size, 4.0
    # A fixed y: matplotlib then skips checking what the title might overlap on every draw.
    ax.set_title(
        text, loc="left", color=palette.foreground, fontsize=size, fontweight="bold", pad=pad, y=1.0,
        parse_math=False, linespacing=1.1,
    )  # fmt: skip


def ylabel(ax: Axes, text: str, palette: ChartPalette, frame: Frame) -> None:
    ax.set_ylabel(text, color=palette.foreground, fontsize=frame.size, labelpad=4)


# --- layout ---------------------------------------------------------------------------------------


def arrange(
    fig: Figure,
    axes: Sequence[Axes],
    frame: Frame,
    *,
    ytick_text: str,
    legend_rows: int,
    right: float = 14,
    ratios: Sequence[float] = (1,),
    gap: float = 12,
    xtick_lines: int = 2,
) -> None:
    """Place ``axes`` (stacked, heights in ``ratios``) leaving room for the title, the y labels
    (``ytick_text`` is the widest tick label), ``right`` pixels on the right, the x tick labels and
    the legend below.
    """
    size, px = frame.size, frame.px
    top = 6 + px((size + 3) * 1.2 + 8)
    left = 6 + px(size * 1.2 + 4) + frame.text_width(ytick_text, em=0.64) + px(3 + 3)
    bottom = 6 + px(3 + 3) + px(size * 1.2) * xtick_lines
    if legend_rows:
        bottom += px(size * 1.55) * legend_rows + px(size * 0.6)
    usable = frame.height - top - bottom - gap * (len(axes) - 1)
    width = frame.width - left - right
    # The y label just left of the widest tick label, placed here so matplotlib need not measure
    # every tick label on every draw to find that place.
    label_x = -(frame.text_width(ytick_text, em=0.64) + px(3 + 3 + 4)) / width
    y = frame.height - top
    for ax, ratio in zip(axes, ratios, strict=True):
        height = usable * ratio / sum(ratios)
        y -= height
        ax.set_position((left / frame.width, y / frame.height, width / frame.width, height / frame.height))
        ax.yaxis.set_label_coords(label_x, 0.5)
        y -= gap


def legend_columns(frame: Frame, labels: Sequence[str]) -> int:
    """As many columns as fit across the figure, each as wide as the longest label."""
    if not labels:
        return 1
    entry = max(frame.text_width(label) for label in labels) + frame.px(frame.size * 4.2)
    columns = max(1, min(len(labels), int(frame.width * 0.94 // entry)))
    return math.ceil(len(labels) / math.ceil(len(labels) / columns))  # balanced rows


def legend_rows(frame: Frame, labels: Sequence[str]) -> int:
    return math.ceil(len(labels) / legend_columns(frame, labels)) if labels else 0


def legend(fig: Figure, axes: Sequence[Axes], palette: ChartPalette, frame: Frame) -> list[Text]:
    """The labelled artists of ``axes`` as a legend across the bottom of the figure.

    Drawn by hand, a short line (or swatch) and a text per entry: matplotlib's ``Legend`` lays
    itself out anew on every draw, a fifth of a chart's rendering time. Returns the label texts
    (gid "legend-label").
    """
    handles: list[Artist] = []
    labels: list[str] = []
    for ax in axes:
        more_handles, more_labels = ax.get_legend_handles_labels()
        handles += more_handles
        labels += more_labels
    if not handles:
        return []
    columns = legend_columns(frame, labels)
    rows = math.ceil(len(labels) / columns)
    handle_px, gap_px = frame.px(frame.size * 2.4), frame.px(frame.size * 0.6)
    column_px = max(frame.text_width(label) for label in labels) + handle_px + gap_px + frame.px(frame.size * 1.2)
    left_px = (frame.width - column_px * columns) / 2 + frame.px(frame.size * 0.6)
    row_px = frame.px(frame.size * 1.55)
    texts = []
    for index, (handle, label) in enumerate(zip(handles, labels, strict=True)):
        row, column = divmod(index, columns)
        x = (left_px + column * column_px) / frame.width
        y = (4 + (rows - row - 0.5) * row_px) / frame.height
        _legend_handle(fig, handle, x, x + handle_px / frame.width, y, palette)
        texts.append(
            fig.text(
                x + (handle_px + gap_px) / frame.width, y, label, ha="left", va="center", fontsize=frame.size,
                color=palette.foreground, gid="legend-label", parse_math=False,
            )
        )  # fmt: skip
    return texts


def _legend_handle(fig: Figure, handle: Artist, x0: float, x1: float, y: float, palette: ChartPalette) -> None:
    """A small copy of ``handle``'s look between ``x0`` and ``x1`` (figure fractions) at height ``y``."""
    transform = fig.transFigure
    if isinstance(handle, Line2D):
        sample = Line2D([x0, x1], [y, y], transform=transform)
        sample.update_from(handle)  # copies the clip to the axes too: undone below
        sample.set_transform(transform)
        sample.set_clip_path(None)
        sample.set_clip_on(False)
        if handle.get_linestyle() in ("None", "none", "", " "):
            sample.set_data([(x0 + x1) / 2], [y])
        fig.add_artist(sample)
        return
    if isinstance(handle, StepPatch) and not handle.get_fill():
        fig.add_artist(
            Line2D(
                [x0, x1], [y, y], transform=transform, color=handle.get_edgecolor(),
                linewidth=handle.get_linewidth(), linestyle=handle.get_linestyle(),
            )
        )  # fmt: skip
        return
    face = handle.get_facecolor()  # type: ignore[attr-defined]
    if hasattr(face, "ndim") and face.ndim == 2:
        face = face[0]
    height = 0.55 * (x1 - x0) * fig.get_figwidth() / fig.get_figheight()
    fig.add_artist(Rectangle((x0, y - height / 2), x1 - x0, height, transform=transform, facecolor=face, linewidth=0))


def axis_width(ax: Axes, frame: Frame) -> float:
    return ax.get_position().width * frame.width


def axis_height(ax: Axes, frame: Frame) -> float:
    return ax.get_position().height * frame.height


# --- ticks ----------------------------------------------------------------------------------------


def _month_step(months: int, room: float, frame: Frame) -> int:
    fits = max(2, int(room // frame.text_width("Mmm" + " " * 5)))
    return next(s for s in (1, 2, 3, 4, 6, 12, 24, 60) if months / s <= fits or s == 60)


def month_ticks(ax: Axes, first: date, last: date, frame: Frame) -> None:
    """Ticks on the 1st of months between two dates: "Jan 2027" at a year's start and the first
    tick, else "Mar"; only years when months would crowd.
    """
    months = (last.year - first.year) * 12 + last.month - first.month
    step = _month_step(months, axis_width(ax, frame), frame)
    index = first.year * 12 + first.month  # the month after ``first``'s
    stop = last.year * 12 + last.month - 1
    ticks: list[float] = []
    labels: list[str] = []
    for m in range(index, stop + 1):
        when = date(m // 12, m % 12 + 1, 1)
        if step >= 12:
            if when.month == 1 and when.year % (step // 12) == 0:
                ticks.append(num(when))
                labels.append(str(when.year))
        elif (when.month - 1) % step == 0:
            ticks.append(num(when))
            labels.append(f"{month_name(when)}\n{when.year}" if not labels or when.month == 1 else month_name(when))
    ax.set_xticks(ticks, labels)


def category_month_ticks(
    ax: Axes, months: Sequence[date], frame: Frame, extra: tuple[float, str] | None = None
) -> None:
    """Ticks for one bar a month at x = 0, 1, 2 … (and ``extra``: one more tick and label first)."""
    step = _month_step(len(months), axis_width(ax, frame), frame)
    ticks: list[float] = [] if extra is None else [extra[0]]
    labels: list[str] = [] if extra is None else [extra[1]]
    first = True
    for i, when in enumerate(months):
        if step >= 12:
            if when.month == 1 and when.year % (step // 12) == 0:
                ticks.append(i)
                labels.append(str(when.year))
        elif (when.month - 1) % step == 0 or step == 1:
            ticks.append(i)
            labels.append(f"{month_name(when)}\n{when.year}" if first or when.month == 1 else month_name(when))
            first = False
    ax.set_xticks(ticks, labels)


# --- artists, added without updating the data limits (set by hand; updating them is slow) -----------


def steps(
    ax: Axes, values: Sequence[float], edges: Sequence[float], *, colour: str, fill: bool = False, **style: Any
) -> StepPatch:
    """A step line (``fill``: the area between it and ``baseline``), value ``values[i]`` from
    ``edges[i]`` to ``edges[i + 1]``.
    """
    colours: dict[str, Any] = {"facecolor": colour, "edgecolor": "none"} if fill else {"edgecolor": colour}
    patch = StepPatch(values, edges, fill=fill, **colours, **style)
    ax.add_artist(patch)
    return patch


def line(ax: Axes, xs: Sequence[float], ys: Sequence[float], **style: Any) -> Line2D:
    artist = Line2D(xs, ys, **style)
    ax.add_artist(artist)
    return artist


def hline(ax: Axes, y: float, **style: Any) -> Line2D:
    """A line across the axes at height ``y``."""
    return line(ax, [0, 1], [y, y], transform=ax.get_yaxis_transform(), **style)


def vline(ax: Axes, x: float, **style: Any) -> Line2D:
    """A line from bottom to top at ``x``."""
    return line(ax, [x, x], [0, 1], transform=ax.get_xaxis_transform(), **style)


def hspan(ax: Axes, low: float, high: float, colour: str, **style: Any) -> Rectangle:
    """A band across the axes from ``low`` to ``high``."""
    band = Rectangle(
        (0, low), 1, high - low, transform=ax.get_yaxis_transform(), facecolor=colour, linewidth=0, **style
    )
    ax.add_artist(band)
    return band


def grid(ax: Axes, ys: Sequence[float], palette: ChartPalette) -> LineCollection:
    """Horizontal grid lines at ``ys``, as one artist."""
    lines = LineCollection(
        [[(0, y), (1, y)] for y in ys], transform=ax.get_yaxis_transform(), colors=palette.grid, linewidths=0.8,
        zorder=0.5, gid="grid",
    )  # fmt: skip
    ax.add_collection(lines, autolim=False)
    return lines


# --- bars -----------------------------------------------------------------------------------------


def bars(
    ax: Axes,
    xs: Sequence[float],
    heights: Sequence[float],
    *,
    width: float,
    colour: str,
    bottoms: Sequence[float] | None = None,
    **style: Any,
) -> PolyCollection:
    """Bars as one collection: far quicker to build and draw than ``Axes.bar``'s rectangles.

    Each bar is the path (x−w/2, bottom) → (x−w/2, bottom+h) → (x+w/2, bottom+h) → (x+w/2, bottom),
    so its height is ``vertices[1].y − vertices[0].y`` (negative for a bar going down).
    """
    half = width / 2
    base = bottoms if bottoms is not None else [0.0] * len(xs)
    verts = [
        ((x - half, b), (x - half, b + h), (x + half, b + h), (x + half, b))
        for x, h, b in zip(xs, heights, base, strict=True)
    ]
    collection = PolyCollection(verts, closed=True, facecolors=colour, **style)
    ax.add_collection(collection, autolim=False)
    return collection


def bar_heights(collection: PolyCollection) -> list[float]:
    """The signed height of each bar made by :func:`bars` (for tests and hover)."""
    return [float(v[1][1] - v[0][1]) for v in _vertices(collection)]


def bar_centres(collection: PolyCollection) -> list[float]:
    return [float((v[0][0] + v[2][0]) / 2) for v in _vertices(collection)]


def _vertices(collection: PolyCollection) -> list[Any]:
    return [path.vertices for path in collection.get_paths()]
