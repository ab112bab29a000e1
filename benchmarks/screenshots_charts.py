"""Screenshots of the Charts page with the what-if planner, to look at.

The window at 1200×800 and 800×560, light and dark (Fusion with a dark palette), on the demo
shopper (:mod:`tracker.store.demo`: Platinum today, lapsing in a few months) in a temporary database,
with each of the four charts, a plan typed into the planner, and a chart's table. The PNGs are
written to ``--out`` (default ``/tmp/charts-page-review``)::

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/screenshots_charts.py
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots_forms import dark_palette

from tracker.report.planning import WhatIf
from tracker.store import demo
from tracker.store.connection import close_database, open_database
from tracker.ui.charts_page import ChartsPage
from tracker.ui.main_window import MainWindow
from tracker.ui.session import Session

TODAY = date(2026, 11, 24)
SIZES = {"large": QSize(1200, 800), "small": QSize(800, 560)}


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("/tmp/charts-page-review"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    light = QPalette(app.palette())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "points.sqlite3"
        db = open_database(path)
        demo.load_demo(db, TODAY)
        session = Session(db, path, today=lambda: TODAY)
        settings = QSettings(str(Path(folder) / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(session, settings=settings)
        page = window.show_page("charts")
        assert isinstance(page, ChartsPage)
        for theme, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)
            for size_name, size in SIZES.items():
                window.resize(size)
                window.show()
                page.planner.set_whatif(WhatIf.starting(TODAY))  # no plan first
                for index, canvas in enumerate(page.canvases):
                    page.tabs.setCurrentIndex(index)
                    settle(app)
                    canvas.refresh()
                    canvas.redraw()
                    settle(app)
                    shot = args.out / f"{theme}-{size_name}-{index + 1}-{canvas.kind.key}.png"
                    window.grab().save(str(shot))
                    print(shot)
                # A plan: $40 a month, 10 visits and 2 reviews, Platinum kept.
                page.tabs.setCurrentIndex(0)
                each_spend, each_visits, each_reviews = page.planner.each_fields
                each_spend.setText("40")
                each_spend.textEdited.emit("40")
                each_visits.setText("10")
                each_visits.textEdited.emit("10")
                each_reviews.setText("2")
                each_reviews.textEdited.emit("2")
                page.planner.apply_inputs()
                settle(app)
                page.timeline.refresh()
                settle(app)
                shot = args.out / f"{theme}-{size_name}-5-with-plan.png"
                window.grab().save(str(shot))
                print(shot)
                if not page.planner.isVisible():  # a narrow window: the planner on demand
                    page.planner_button.click()
                    settle(app)
                    page.timeline.redraw()
                    settle(app)
                    shot = args.out / f"{theme}-{size_name}-5-with-plan-and-planner.png"
                    window.grab().save(str(shot))
                    print(shot)
                    page.planner_button.click()
                    page._planner_pinned = False
                page.tabs.setCurrentIndex(1)
                page.table_button.setChecked(True)
                settle(app)
                shot = args.out / f"{theme}-{size_name}-6-table.png"
                window.grab().save(str(shot))
                print(shot)
                page.table_button.setChecked(False)
        window.close()
        close_database()


if __name__ == "__main__":
    main()
