"""Screenshots of the window with demo data, light and dark, large and small.

For looking at the app without a display (and for the AppStream metadata and store pages):

    uv run python packaging/screenshots.py --out /tmp/ui-review

Writes ``<page>-<width>x<height>-<light|dark>.png`` for every page, the empty start page, the
settings dialog and Help ▸ How points work. Runs offscreen with the Fusion style; "dark" sets a
dark palette the way a dark desktop theme would. Nothing touches your own database or settings.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from tracker.store.demo import load_demo
from tracker.ui.import_dialog import ImportDialog
from tracker.ui.language import apply_language
from tracker.ui.main_window import MainWindow
from tracker.ui.opening import DatabaseOpener
from tracker.ui.ruleset_view import HowPointsWorkDialog
from tracker.ui.session import Session
from tracker.ui.settings_dialog import SettingsDialog
from tracker.ui.worker import run_now

SIZES = ((1200, 800), (800, 560))


def dark_palette() -> QPalette:
    """What a dark desktop theme hands a Qt app (colours as in KDE's Breeze Dark)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202326",
        QPalette.ColorRole.WindowText: "#fcfcfc",
        QPalette.ColorRole.Base: "#141618",
        QPalette.ColorRole.AlternateBase: "#1d1f22",
        QPalette.ColorRole.ToolTipBase: "#292c30",
        QPalette.ColorRole.ToolTipText: "#fcfcfc",
        QPalette.ColorRole.PlaceholderText: "#a1a9b1",
        QPalette.ColorRole.Text: "#fcfcfc",
        QPalette.ColorRole.Button: "#292c30",
        QPalette.ColorRole.ButtonText: "#fcfcfc",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#40464c",
        QPalette.ColorRole.Midlight: "#33383d",
        QPalette.ColorRole.Mid: "#1e2124",
        QPalette.ColorRole.Dark: "#0f1012",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3daee9",
        QPalette.ColorRole.HighlightedText: "#fcfcfc",
        QPalette.ColorRole.Link: "#1d99f3",
        QPalette.ColorRole.LinkVisited: "#9b59b6",
        QPalette.ColorRole.Accent: "#3daee9",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e7175"))
    return palette


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def shoot(widget: QWidget, path: Path, app: QApplication) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/ui-review"))
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 24))
    parser.add_argument("--language", default="en", help="es, fr, pl, pt_BR, ru … (default: English)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    apply_language(app, args.language, system=QLocale(args.language))
    light = app.style().standardPalette()
    work = Path(tempfile.mkdtemp(prefix="points-shots-"))
    settings = QSettings(str(work / "window.ini"), QSettings.Format.IniFormat)
    opener = DatabaseOpener(today=lambda: args.today, take_lock=False)

    empty_session = opener.open(work / "empty.sqlite3")
    for scheme, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        window = MainWindow(empty_session, settings=settings, opener=opener)
        window.show()
        for width, height in SIZES:
            window.resize(width, height)
            shoot(window, args.out / f"empty-{width}x{height}-{scheme}.png", app)
        window.close()
        window.deleteLater()

    session = opener.open(work / "demo.sqlite3")
    load_demo(session.db, args.today)
    session.records_changed_elsewhere()
    for scheme, palette in (("light", light), ("dark", dark_palette())):
        app.setPalette(palette)
        window = MainWindow(session, settings=settings, opener=opener)
        window.show()
        for width, height in SIZES:
            window.resize(width, height)
            for key in window.page_keys():
                window.show_page(key)
                shoot(window, args.out / f"{key}-{width}x{height}-{scheme}.png", app)
        window.show_page("dashboard")
        dialogs: list[tuple[str, QDialog]] = [
            ("settings", SettingsDialog(session, window, app_settings=settings)),
            ("how-points-work", HowPointsWorkDialog(session.ruleset(), window)),
        ]
        for name, dialog in dialogs:
            dialog.show()
            tabs = dialog.findChild(QTabWidget)
            for tab in range(tabs.count() if tabs else 1):
                if tabs:
                    tabs.setCurrentIndex(tab)
                suffix = f"-{tabs.tabText(tab).replace('&', '').lower().replace(' ', '-')}" if tabs else ""
                shoot(dialog, args.out / f"{name}{suffix}-{scheme}.png", app)
            dialog.close()
        shoot_import_dialog(session, window, work, args.out, scheme, app)
        window.close()
        window.deleteLater()
    opener.close()
    return 0


# A spreadsheet of orders as a shopper might have typed it: semicolons, euro amounts, a status
# the app does not know and a date that does not exist.
SAMPLE_CSV = (
    "Order ID;Date;Item;Price;Status\r\n"
    "8100123456789012;2026-10-02;LED desk lamp;24,90 €;Completed\r\n"
    "8100123456789013;2026-10-14;Phone case;3,50 €;Finished\r\n"
    "8100123456789014;2026-10-30;Cable organiser;6,20 €;Completed\r\n"
    "8100123456789015;2026-11-31;Coffee grinder;31,00 €;Completed\r\n"
)


def shoot_import_dialog(
    session: Session, window: QWidget, work: Path, out: Path, scheme: str, app: QApplication
) -> None:
    """File ▸ Import on a sample file: the columns step and the check before importing."""
    path = work / "my-orders.csv"
    path.write_text(SAMPLE_CSV, encoding="utf-8")
    dialog = ImportDialog(session, window, path, runner=run_now)
    dialog.resize(1000, 680)
    dialog.show()
    for _ in range(2):  # file → format → columns
        dialog.next_button.click()
        app.processEvents()
    shoot(dialog, out / f"import-columns-{scheme}.png", app)
    dialog.next_button.click()  # → the check before importing
    app.processEvents()
    shoot(dialog, out / f"import-review-{scheme}.png", app)
    dialog.reject()


if __name__ == "__main__":
    sys.exit(main())
