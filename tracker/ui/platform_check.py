"""Before the window: can Qt's X11 plugin load on this Linux machine?

When a library the plugin needs is missing, Qt prints "could not load the Qt platform plugin
"xcb"" and aborts the process, which tells a shopper nothing they can act on. So, on Linux, when
Qt is going to use X11 (``QT_QPA_PLATFORM`` unset or ``xcb``, no Wayland display), the plugin is
loaded here first, the way Qt loads it (``dlopen``, which loads every library it needs); when that
fails the start stops with the missing library and the packages that bring it.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

DEBIAN_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 "
    "libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libfontconfig1"
)
FEDORA_PACKAGES = (
    "xcb-util-cursor xcb-util-wm xcb-util-image xcb-util-keysyms xcb-util-renderutil libxkbcommon-x11 "
    "mesa-libEGL fontconfig"
)
INSTALL_LINE = f"Debian/Ubuntu: sudo apt install {DEBIAN_PACKAGES}; Fedora: sudo dnf install {FEDORA_PACKAGES}"
_MISSING = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


def xcb_plugin() -> Path:
    """Qt's X11 platform plugin, where this Qt looks for it."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will pick its X11 plugin: on Linux, asked for or by default without Wayland."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(":", 1)[0].split(";", 1)[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def load_problem(plugin: Path) -> str | None:
    """Why ``plugin`` cannot be loaded (the loader's own words), or None when it loads.

    A plugin that is not there is no problem of ours: a packaged app may keep it elsewhere.
    """
    if not plugin.is_file():
        return None
    import ctypes  # only where Qt will use X11: some 2 ms of a start elsewhere

    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return str(error)
    return None


def missing_libraries_message(problem: str) -> str:
    """What to tell the shopper when the plugin does not load (English: printed to a terminal)."""
    found = _MISSING.search(problem)
    what = f"the library {found.group(1)} is missing" if found else problem
    return (
        f"Points Tracker cannot open its window: Qt's X11 plugin does not load ({what}).\n"
        f"Install the libraries Qt needs — {INSTALL_LINE}"
    )


def platform_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """The message to print instead of starting, or None when the window can be tried."""
    env = os.environ if environ is None else environ
    if not uses_xcb(env):
        return None
    problem = load_problem(xcb_plugin())
    return missing_libraries_message(problem) if problem else None
