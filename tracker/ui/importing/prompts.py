"""What the import dialog asks outside itself: a file to open, where to save, a preset's name.

The dialog takes each as a parameter, so tests answer without a real file dialog. The file
prompt opens in the folder the last imported file came from, else the Downloads folder (where
browsers and exporters put their files), else the home folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from tracker.i18n import QT_TRANSLATE_NOOP, translate

FILE_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Orders and activity (*.csv *.tsv *.txt *.json *.xlsx);;All files (*)")
LAST_FOLDER = "import/last_folder"  # QSettings key: the folder the last imported file came from


def start_folder(settings: QSettings) -> str:
    """Where the file prompt opens: the last import's folder, else Downloads, else home."""
    last = settings.value(LAST_FOLDER, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    for location in (QStandardPaths.StandardLocation.DownloadLocation, QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return ""


def remember_folder(settings: QSettings, path: Path) -> None:
    settings.setValue(LAST_FOLDER, str(path.resolve().parent))


def local_file(mime: Any) -> str | None:
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return str(url.toLocalFile())
    return None


def choose_file(parent: QWidget, folder: str = "") -> str | None:
    title = translate("Prompts", "Import a file")
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, translate("Dialogs", FILE_FILTER))
    return path or None


def choose_save(parent: QWidget, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("Prompts", "Save the rejected rows"), suggested, translate("Prompts", "CSV files (*.csv)")
    )
    return path or None


def ask_name(parent: QWidget) -> str | None:
    title, label = translate("Dialogs", "Save as preset"), translate("Dialogs", "Name for these settings:")
    name, ok = QInputDialog.getText(parent, title, label)
    return name.strip() if ok and name.strip() else None
