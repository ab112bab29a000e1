"""Where the window first suggests saving a file for the shopper: a backup, an export, a chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The Documents folder, where the shopper finds the file again; the home folder if there is
    none. Never the data folder: it is hidden on Linux, and a backup beside the file it guards is
    lost with it."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()
