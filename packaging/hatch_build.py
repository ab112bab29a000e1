"""The wheel's build hook: resources compiled and placed where an installed app looks for them.

- Every file of ``resources/`` goes into the package as ``tracker/_resources/…`` (where
  ``tracker/resources.py`` looks first), except the translations: each ``.ts`` is compiled
  to ``.qm`` here with the ``lrelease`` that PySide6 ships, so an installed app never compiles
  anything at its first start.
- The ``.desktop`` file, the AppStream metainfo and the icons are installed as shared data
  (``share/applications``, ``share/metainfo``, ``share/icons/hicolor``), so that a ``pip install
  --user`` or ``pipx`` install gets a menu entry and icons where the desktop looks for them.

An editable install (``uv run`` in a checkout) skips all of this: a checkout reads ``resources/``
as it is and compiles translations on first use.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
APP_ID = "io.github.pointstracker.PointsTracker"
PACKAGED_AS = "tracker/_resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def packaged_files(resources: Path = RESOURCES) -> dict[str, str]:
    """(file in the checkout, path in the wheel) of every resource but the translations: their
    sources stay out, and ``.qm`` files lying in the checkout (``packaging/build.py`` compiles them
    there) may be stale, so the wheel gets freshly compiled ones (:func:`compile_translations`)."""
    return {
        str(path): f"{PACKAGED_AS}/{path.relative_to(resources).as_posix()}"
        for path in sorted(resources.rglob("*"))
        if path.is_file() and path.suffix not in (".ts", ".qm")
    }


def shared_data(resources: Path = RESOURCES) -> dict[str, str]:
    """(file in the checkout, path under the install prefix) for the desktop's menu and icons."""
    icons = resources / "icons"
    found = {
        str(resources / f"{APP_ID}.desktop"): f"share/applications/{APP_ID}.desktop",
        str(resources / f"{APP_ID}.metainfo.xml"): f"share/metainfo/{APP_ID}.metainfo.xml",
        str(icons / "points-tracker.svg"): f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        found[str(icons / f"points-tracker-{size}.png")] = f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
    return found


def lrelease() -> Path:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def compile_translations(out: Path, resources: Path = RESOURCES) -> dict[str, str]:
    """Each ``.ts`` compiled into ``out``: (compiled file, path in the wheel)."""
    compiled = {}
    for ts in sorted((resources / "translations").glob("*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled[str(qm)] = f"{PACKAGED_AS}/translations/{qm.name}"
    return compiled


class ResourcesHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        self._compiled = tempfile.TemporaryDirectory(prefix="points-tracker-qm-")
        build_data["force_include"].update(packaged_files())
        build_data["force_include"].update(compile_translations(Path(self._compiled.name)))
        build_data["shared_data"].update(shared_data())

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        compiled = getattr(self, "_compiled", None)
        if compiled is not None:
            compiled.cleanup()
