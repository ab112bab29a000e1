"""Drawing a chart to PNG or SVG bytes with Agg: no window, no Qt (the CLI's charts).

The bytes are written to a file by the caller (the command line writes them whole or not at all,
readable by the shopper only: :mod:`tracker.store.files`).
"""

from __future__ import annotations

import io
from collections.abc import Callable

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from tracker.charts.palette import ChartPalette


def render_to_bytes(
    draw: Callable[..., None],
    data: object,
    palette: ChartPalette,
    fmt: str,
    *,
    size_px: tuple[int, int],
    dpi: int,
) -> bytes:
    """Draw ``data`` with ``draw`` and return it as a ``fmt`` ("png" or "svg") file's bytes."""
    fig = Figure(figsize=(size_px[0] / dpi, size_px[1] / dpi), dpi=dpi)
    FigureCanvasAgg(fig)
    draw(fig, data, palette)
    # No creation date in the file: the same data gives the same bytes.
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, facecolor=palette.background, metadata=metadata)
    return buffer.getvalue()
