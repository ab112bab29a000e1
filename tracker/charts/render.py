"""Drawing a chart straight to a PNG or SVG file with Agg: no window, no Qt (the CLI's charts)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from tracker.charts.palette import ChartPalette


def render_to_file(
    draw: Callable[..., None],
    data: object,
    palette: ChartPalette,
    path: Path,
    fmt: str,
    *,
    size_px: tuple[int, int],
    dpi: int,
) -> None:
    """Draw ``data`` with ``draw`` and write it as ``fmt`` ("png" or "svg"); raises OSError."""
    fig = Figure(figsize=(size_px[0] / dpi, size_px[1] / dpi), dpi=dpi)
    FigureCanvasAgg(fig)
    draw(fig, data, palette)
    # No creation date in the file: the same data gives the same bytes.
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    fig.savefig(path, format=fmt, facecolor=palette.background, metadata=metadata)
