"""Screenshots of the check against AliExpress, to look at: the dashboard's line, the check dialog
with a difference and its causes, the dialog once the fixes are made, and the tier timeline with
the checks on it.

A shopper's 2026 in a temporary database (tests/check/story.py: an order missing, a refund not
recorded, visits over-counted), in a language (``--language ru``), light or dark (Fusion with a
dark palette), at the scale of ``QT_SCALE_FACTOR``. The PNGs go to ``--out``::

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/screenshots_check.py --language ru --dark
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 uv run python benchmarks/screenshots_check.py
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from screenshots_forms import dark_palette  # noqa: E402

from tests.check.helpers import write_story  # noqa: E402
from tracker.report.check_report import record_check  # noqa: E402
from tracker.store.connection import close_database, open_database  # noqa: E402
from tracker.ui.charts_page import ChartsPage  # noqa: E402
from tracker.ui.check_dialog import show_check_dialog  # noqa: E402
from tracker.ui.dashboard import DashboardPage  # noqa: E402
from tracker.ui.language import apply_language  # noqa: E402
from tracker.ui.main_window import MainWindow  # noqa: E402
from tracker.ui.session import Session  # noqa: E402

TODAY = date(2026, 11, 24)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", help="en, es, pt_BR, fr, ru or pl")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--out", type=Path, default=Path("/tmp/ui-review-check"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(["points-tracker", "-style", "Fusion"])
    apply_language(app, args.language)
    if args.dark:
        app.setPalette(dark_palette())
    prefix = f"{args.language}-{'dark' if args.dark else 'light'}-x{app.devicePixelRatio():g}"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "points.sqlite3"
        db = open_database(path)
        write_story(db)
        session = Session(db, path, today=lambda: TODAY)
        record_check(db, 90, "", date(2026, 9, 30), session.records(), session.ruleset(), session.settings())
        session.records_changed_elsewhere()
        window = MainWindow(session, settings=QSettings(str(Path(folder) / "window.ini"), QSettings.Format.IniFormat))
        window.resize(QSize(1100, 760))
        window.show()
        dashboard = window.show_page("dashboard")
        assert isinstance(dashboard, DashboardPage)
        dialog = show_check_dialog(window, session)
        dialog.resize(QSize(860, 720))
        dialog.points_edit.setText("103")
        dialog.check_button.click()
        settle(app)

        def shot(name: str, widget: object) -> None:
            target = args.out / f"{prefix}-{name}.png"
            widget.grab().save(str(target))  # type: ignore[attr-defined]
            print(target)

        dashboard.refresh()
        settle(app)
        shot("1-dashboard", window)
        shot("2-dialog-differs", dialog)
        for _ in range(3):  # the refund, the visits, then the order, as the shopper clicks them
            buttons = dialog.findings.fix_buttons
            direct = [b for b in buttons if not b.text().endswith("…")]
            if not direct:
                break
            direct[0].click()
            settle(app)
        shot("3-dialog-one-left", dialog)
        page = window.show_page("charts")
        assert isinstance(page, ChartsPage)
        settle(app)
        page.timeline.refresh()
        page.timeline.redraw()
        settle(app)
        shot("4-timeline", window)
        dialog.close()
        window.close()
        close_database()


if __name__ == "__main__":
    main()
