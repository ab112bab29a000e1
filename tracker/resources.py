"""Where the files in ``resources/`` are, whether running from a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The resources folder: bundled inside the package when installed, else the checkout's."""
    bundled = _PACKAGE_DIR / "_resources"
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon_paths() -> list[Path]:
    """The app icon as PNG files, smallest first (``resources/icons``, drawn from
    ``points-tracker.svg`` by ``packaging/render_icons.py``).

    Add each to one ``QIcon`` (``icon.addFile(str(path))``): Qt then picks the file drawn for the
    size it needs, which at 16 and 24 px is sharper than the SVG scaled down.
    """
    return [resource_path("icons", f"points-tracker-{size}.png") for size in APP_ICON_SIZES]
