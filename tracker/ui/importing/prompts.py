"""What the import dialog asks outside itself: a file to open, where to save, a preset's name.

The dialog takes each as a parameter, so tests answer without a real file dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from tracker.i18n import QT_TRANSLATE_NOOP, translate

FILE_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Orders and activity (*.csv *.tsv *.txt *.xlsx);;All files (*)")


def local_file(mime: Any) -> str | None:
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return str(url.toLocalFile())
    return None


def choose_file(parent: QWidget) -> str | None:
    title = translate("Prompts", "Import a file")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", translate("Dialogs", FILE_FILTER))
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
