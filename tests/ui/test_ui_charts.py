"""The Charts page: the four charts on the session's status, kept current, in the palette's
colours, with tooltips, saving and a table of the same numbers."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from matplotlib.collections import PolyCollection
from matplotlib.patches import StepPatch
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.helpers import confirmed_order
from tracker.charts.data import ExpiringData, PlanData, TimelineData
from tracker.charts.frame import bar_heights
from tracker.ui.chart_export import ImageSizeDialog
from tracker.ui.charts_page import ChartsPage
from tracker.ui.session import Session


def platinum_until_spring(session: Session) -> None:
    """900 points from January to March 2026: Platinum now, Gold from 8 March 2027."""
    for month, category in ((1, "Home"), (2, "Tools"), (3, "Toys")):
        session.add(
            confirmed_order(30_000, ordered=date(2026, month, 5), confirmed=date(2026, month, 20), category=category)
        )


def shown_page(session: Session, qtbot: QtBot) -> ChartsPage:
    page = ChartsPage(session)
    qtbot.addWidget(page)
    # qtbot holds widgets weakly: keep the page alive until teardown closes it, so that Python's
    # garbage collector cannot delete it under a timer still due after the test's last line.
    qtbot.__dict__.setdefault("kept_pages", []).append(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.timeline.data() is not None)
    return page


def artist(page: ChartsPage, canvas_name: str, gid: str) -> object:
    canvas = getattr(page, canvas_name)
    found = canvas.figure.findobj(lambda a: a.get_gid() == gid)
    assert len(found) == 1, f"{len(found)} artists with gid {gid!r}"
    return found[0]


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1f1f1f"), (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#3d7bd9"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    return palette


def test_the_page_opens_on_the_tier_timeline(session: Session, qtbot: QtBot) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    assert page.tabs.currentWidget() is page.timeline
    data = page.timeline.data()
    assert isinstance(data, TimelineData) and data.tier_now == "Platinum"
    assert data.lapse_effective == date(2027, 3, 8)
    title = page.timeline.figure.axes[0].get_title(loc="left")
    assert title == "Your Platinum tier ends 8 Mar 2027"


def test_an_edit_redraws_the_chart_on_screen_and_leaves_the_others_until_shown(session: Session, qtbot: QtBot) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    history = artist(page, "timeline", "history")
    assert isinstance(history, StepPatch)
    before = list(history.get_data().values)
    assert page.expiring.data() is None  # never shown: never computed

    with qtbot.waitSignal(page.timeline.drawn, timeout=2000):
        session.add(confirmed_order(20_000, ordered=date(2026, 6, 2), confirmed=date(2026, 6, 20)))
    history = artist(page, "timeline", "history")
    assert isinstance(history, StepPatch)
    after = list(history.get_data().values)
    assert after != before
    assert after[-1] - before[-1] == 200  # October's window has the June order's 200 points
    assert page.expiring.data() is None

    with qtbot.waitSignal(page.expiring.drawn, timeout=2000):
        page.tabs.setCurrentWidget(page.expiring)
    data = page.expiring.data()
    assert isinstance(data, ExpiringData) and data.window_points == 1_100


def test_a_dark_palette_redraws_the_chart_in_dark_colours(session: Session, qtbot: QtBot) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    light = page.timeline.palette_used()
    assert light is not None and not light.is_dark
    light_face = page.timeline.figure.get_facecolor()

    with qtbot.waitSignal(page.timeline.drawn, timeout=2000):
        page.setPalette(dark_palette())
    dark = page.timeline.palette_used()
    assert dark is not None and dark.is_dark
    assert dark.background == "#1F1F1F" and dark.history != light.history
    assert page.timeline.figure.get_facecolor() != light_face
    history = artist(page, "timeline", "history")
    assert isinstance(history, StepPatch)
    assert history.get_edgecolor()[:3] != pytest.approx(QColor(light.history).getRgbF()[:3])


@pytest.mark.parametrize(("name", "magic"), [("chart.png", b"\x89PNG"), ("chart.svg", b"<?xml")])
def test_save_writes_the_chart_shown_as_an_image(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, magic: bytes
) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    target = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    asked: list[tuple[int, int]] = []
    monkeypatch.setattr(
        ImageSizeDialog,
        "ask",
        classmethod(lambda cls, parent, w, h: asked.append((w, h)) or ImageSizeDialog(w, h).chosen()),
    )
    with qtbot.waitSignal(page.message) as said:
        page.save_button.click()
    assert target.read_bytes().startswith(magic)
    assert said.args == [f"Saved the chart as {name}."]
    assert len(asked) == (1 if name.endswith(".png") else 0)  # only a PNG has a size to choose


@pytest.mark.parametrize(("choice", "pixels"), [(1, (1920, 1080)), (2, (3300, 2480))])
def test_a_png_can_be_saved_larger_for_a_slide_or_a_printed_page(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, choice: int,
    pixels: tuple[int, int],
) -> None:  # fmt: skip
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    target = tmp_path / "big.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))

    def pick(cls: type[ImageSizeDialog], parent: object, width: int, height: int) -> object:
        dialog = ImageSizeDialog(width, height)
        dialog.choices.button(choice).setChecked(True)
        return dialog.chosen()

    monkeypatch.setattr(ImageSizeDialog, "ask", classmethod(pick))
    assert page.timeline.save_image() == target
    assert QImage(str(target)).size().toTuple() == pixels


def test_cancelling_the_size_saves_nothing(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "x.png"), ""))
    monkeypatch.setattr(ImageSizeDialog, "ask", classmethod(lambda cls, parent, w, h: None))
    assert page.timeline.save_image() is None
    assert not (tmp_path / "x.png").exists()


def test_a_name_without_an_ending_is_saved_in_the_chosen_format(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "report"), "SVG image (*.svg)")
    )
    assert page.timeline.save_image() == tmp_path / "report.svg"
    assert (tmp_path / "report.svg").read_bytes().startswith(b"<?xml")


def test_P6_the_table_shows_the_same_numbers_as_the_bars(session: Session, qtbot: QtBot) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    with qtbot.waitSignal(page.expiring.drawn, timeout=2000):
        page.tabs.setCurrentWidget(page.expiring)
    bars = artist(page, "expiring", "expiring")
    assert isinstance(bars, PolyCollection)

    page.table_button.click()
    assert page.expiring.table_shown() and page.expiring.table_view.isVisible()
    model = page.expiring.model
    column = model.table().headers.index("Points leaving")
    shown = [model.index(row, column).data() for row in range(model.rowCount())]
    assert [int(text.replace(",", "")) for text in shown] == bar_heights(bars)
    assert sum(bar_heights(bars)) == 900  # all of today's window points leave within the year

    page.tabs.setCurrentWidget(page.timeline)
    assert not page.table_button.isChecked()  # the timeline still shows its chart
    page.tabs.setCurrentWidget(page.expiring)
    assert page.table_button.isChecked()


def test_hovering_shows_the_exact_figures_from_the_data(session: Session, qtbot: QtBot) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    with qtbot.waitSignal(page.expiring.drawn, timeout=2000):
        page.tabs.setCurrentWidget(page.expiring)
    # Bar 1 is the end of January 2027, when January 2026's 300 points leave.
    assert page.expiring.hover_text(0, 1.2) == "31 Jan 2027: 300 points leave\n600 of today's 900 left"
    assert page.expiring.hover_text(0, -1.0) == "Today: 900 points in your window"
    timeline = page.timeline.data()
    assert isinstance(timeline, TimelineData)
    from tracker.ui.chart_hover import day_number

    march = timeline.recalculations.index(date(2027, 2, 28))
    text = page.timeline.hover_text(0, day_number(timeline.effective[march]) + 3)
    assert text is not None and "If you earn no more: 300 points (Gold)" in text
    assert "Platinum ends 8 Mar 2027 → Gold" in text


def test_the_plan_chart_follows_the_tier_picked_and_the_planner_follows_it(session: Session, qtbot: QtBot) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    with qtbot.waitSignal(page.plan.drawn, timeout=2000):
        page.tabs.setCurrentIndex(2)
    data = page.plan.data()
    assert isinstance(data, PlanData) and data.tier == "Platinum"
    assert page.tier_picker.currentText() == "Platinum (now)"

    with qtbot.waitSignal(page.plan.drawn, timeout=2000):
        page.tier_picker.setCurrentIndex(page.tier_picker.findData("Diamond"))
    data = page.plan.data()
    assert isinstance(data, PlanData) and data.tier == "Diamond"
    assert page.planner.target() == "Diamond"
    assert page.plan.figure.axes[0].get_title(loc="left").startswith("Reach Diamond: spend ")


def test_the_planner_steps_aside_on_a_narrow_window_and_comes_back_on_demand(session: Session, qtbot: QtBot) -> None:
    page = shown_page(session, qtbot)
    assert page.planner.isVisible()
    page.resize(650, 480)
    qtbot.waitUntil(lambda: not page.planner.isVisible())
    page.planner_button.click()
    assert page.planner.isVisible()
    page.resize(1200, 760)
    qtbot.wait(10)
    assert page.planner.isVisible()


_FRESH_WINDOW = """
import sys, time
from datetime import date
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
import tracker.app
import tracker.ui.main_window as main_window
from tracker.store.connection import open_database
from tracker.ui.session import Session
from tests.ui.helpers import confirmed_order
main_window.PRELOAD_CHARTS_AFTER_MS = {preload_ms}
app = QApplication(["test", "-platform", "offscreen"])
path = Path({folder!r}) / "points.sqlite3"
session = Session(open_database(path), path, today=lambda: date(2026, 11, 24))
session.add(confirmed_order())
settings = QSettings(str(Path({folder!r}) / "window.ini"), QSettings.Format.IniFormat)
window = main_window.MainWindow(session, settings=settings)
window.show()
app.processEvents()
assert not [m for m in sys.modules if m.startswith("matplotlib")], "matplotlib at start-up"
"""


def _run(code: str) -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=root)
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_a_first_visit_to_the_charts_paints_a_placeholder_then_loads_matplotlib(tmp_path: Path) -> None:
    _run(
        _FRESH_WINDOW.format(preload_ms=60_000, folder=str(tmp_path))
        + """
host = window.show_page("charts")
assert type(host).__name__ == "ChartsHost" and host.charts() is None
assert "matplotlib" not in sys.modules, "the page is shown before matplotlib is loaded"
host.placeholder.grab()  # a paint, as the screen would do
app.processEvents()
deadline = time.monotonic() + 20
while host.charts() is None and time.monotonic() < deadline:
    app.processEvents()
assert type(host.charts()).__name__ == "ChartsPage"
assert "matplotlib" in sys.modules
window.close()
"""
    )


@pytest.mark.slow
def test_the_window_loads_matplotlib_in_the_background_once_it_is_idle(tmp_path: Path) -> None:
    _run(
        _FRESH_WINDOW.format(preload_ms=10, folder=str(tmp_path))
        + """
from tracker.ui import charts_host
deadline = time.monotonic() + 20
while charts_host._preloading is None and time.monotonic() < deadline:
    app.processEvents()
charts_host._preloading.join(20)
assert all(name in sys.modules for name in charts_host.PRELOADED_MODULES)
# Only what never touches Qt is imported off the GUI thread (Qt objects made there crash later).
assert "matplotlib.backends.backend_qtagg" not in sys.modules and "tracker.ui.charts_page" not in sys.modules
assert "charts" not in window.built_pages(), "loaded without the page being visited"
window.close()
"""
    )


@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # the offscreen platform, showing a tooltip
def test_moving_the_pointer_over_a_bar_shows_its_figures_in_a_tooltip(session: Session, qtbot: QtBot) -> None:
    from matplotlib.backend_bases import MouseEvent
    from PySide6.QtWidgets import QToolTip

    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    with qtbot.waitSignal(page.expiring.drawn, timeout=2000):
        page.tabs.setCurrentWidget(page.expiring)
    page.expiring.canvas.draw()
    ax = page.expiring.figure.axes[0]
    x, y = ax.transData.transform((1.0, 100.0))
    MouseEvent("motion_notify_event", page.expiring.canvas, x, y)._process()
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "31 Jan 2027: 300 points leave\n600 of today's 900 left"
    MouseEvent("motion_notify_event", page.expiring.canvas, 5, 5)._process()  # off the axes
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_a_planner_width_the_shopper_dragged_stays_as_the_window_is_resized(session: Session, qtbot: QtBot) -> None:
    page = shown_page(session, qtbot)
    page.resize(1400, 760)
    qtbot.waitUntil(lambda: page.planner.isVisible() and page.tabs.isVisible())
    charts, planner = page.splitter.sizes()
    narrower = page.planner.minimumWidth() + 10
    assert narrower < planner
    page.splitter.setSizes([charts + planner - narrower, narrower])  # what dragging the handle does
    page.resize(1500, 800)  # was: the planner back to its widest at each resize
    qtbot.wait(10)
    assert page.splitter.sizes()[1] == narrower
    page.resize(page._chart_width() + page.planner.minimumWidth() + 40, 800)  # the charts squeezed
    qtbot.wait(10)
    charts, planner = page.splitter.sizes()
    assert charts >= page._chart_width()
