"""Render the app icon from its SVG to PNG sizes, a Windows ``.ico`` and a macOS ``.icns``.

    uv run python packaging/render_icons.py

Qt draws the SVG (``QSvgRenderer`` from PySide6-Essentials' QtSvg, the renderer the app itself
uses), so no extra tool is needed. Pillow (installed with matplotlib) packs the ``.ico`` and
``.icns`` from the PNGs. The outputs are committed; run this again after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "points-tracker.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows uses up to 256
ICNS_SIZES = (16, 32, 64, 128, 256, 512)  # macOS icon sizes Pillow can pack


def png_path(size: int) -> Path:
    return ICONS / f"points-tracker-{size}.png"


def render_pngs(svg: Path = SVG, sizes: tuple[int, ...] = PNG_SIZES) -> list[Path]:
    """Draw ``svg`` into a square transparent PNG for each size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: Qt could not read this SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        out = png_path(size)
        if not image.save(str(out), "PNG"):
            raise SystemExit(f"{out}: could not write")
        written.append(out)
    return written


def pack_ico_and_icns() -> list[Path]:
    """The Windows ``.ico`` and macOS ``.icns``, each holding the PNGs drawn at its sizes."""
    from PIL import Image

    largest = Image.open(png_path(max(PNG_SIZES))).convert("RGBA")
    # Each size comes from its own rendering, not from scaling the largest, so small sizes stay crisp.
    ico = ICONS / "points-tracker.ico"
    ico_images = [Image.open(png_path(s)).convert("RGBA") for s in ICO_SIZES]
    ico_images[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=ico_images[:-1])
    icns = ICONS / "points-tracker.icns"
    icns_images = [Image.open(png_path(s)).convert("RGBA") for s in ICNS_SIZES if s != max(PNG_SIZES)]
    largest.save(icns, format="ICNS", append_images=icns_images)
    return [ico, icns]


def main() -> int:
    for path in [*render_pngs(), *pack_ico_and_icns()]:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
