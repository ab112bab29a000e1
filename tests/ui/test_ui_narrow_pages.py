"""The window's pages on a 1600×1000 screen at 200 % (800×500 in Qt's logical pixels; fonts keep
their logical size, so the offscreen screen at 100 % measures the same), in every language: no
page holds the window wider than the screen, and nothing on them is cut."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.helpers import open_window
from tracker.store.demo import load_demo
from tracker.ui.charts_page import _CHART_MIN_EM
from tracker.ui.main_window import MainWindow
from tracker.ui.session import Session
from tracker.ui.tables.page import ActionBar, RecordPage, SearchField

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

import screenshots  # packaging/screenshots.py
import ui_check  # packaging/ui_check.py

SCREEN = QSize(800, 500)
NARROW = (796, 432)  # the window on that screen, less a panel and a title bar
PAGES = ("orders", "reviews", "activity", "charts", "imports")


def demo_window(session: Session, qtbot: QtBot, folder: Path) -> MainWindow:
    load_demo(session.db, session.today())
    window = open_window(session, qtbot, folder)
    session.records_changed_elsewhere()
    return window


@contextmanager
def narrow_window(code: str, session: Session, qtbot: QtBot, folder: Path) -> Iterator[MainWindow]:
    """The demo window in language ``code``, 800 pixels wide at 200 % (:data:`NARROW`)."""
    with ui_check.language(QApplication.instance(), code, cache=folder / "qm"):
        window = demo_window(session, qtbot, folder)
        window.resize(*NARROW)
        yield window


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def shown(window: MainWindow, key: str) -> object:
    page = window.show_page(key)
    ready = getattr(page, "ready", None)
    if ready is not None:
        ready()  # the Charts page builds its charts after its first paint
    settle()
    return page


@pytest.mark.parametrize("code", screenshots.LANGUAGES)
def test_no_page_holds_the_window_wider_than_an_800_pixel_screen(
    code: str, session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    with narrow_window(code, session, qtbot, tmp_path) as window:
        for key in PAGES:
            page = shown(window, key)
            # The page beside the navigation list, in the window's margins.
            room = NARROW[0] - window.nav.width() - 12
            assert page.minimumSizeHint().width() <= room, f"{code} {key}"
            assert ui_check.size_problems(window, SCREEN, QSize(*NARROW)) == [], f"{code} {key}"
            assert ui_check.cut_problems(window) == [], f"{code} {key}"


@pytest.mark.parametrize("code", ["fr", "ru"])
def test_a_narrow_search_box_says_search_and_keeps_the_whole_hint_in_its_tooltip(
    code: str, session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    app = QApplication.instance()
    with ui_check.language(app, code, cache=tmp_path / "qm"):
        window = demo_window(session, qtbot, tmp_path)
        for key in ("orders", "reviews"):
            window.resize(*NARROW)
            page = shown(window, key)
            assert isinstance(page, RecordPage) and isinstance(page.search, SearchField)
            search = page.search
            hint = search.toolTip()
            assert len(hint) > len(search.short) and search.placeholderText() == search.short
            window.resize(1362, 700)  # the whole hint where there is room for it
            settle()
            assert search.placeholderText() == hint
            assert ui_check.cut_problems(window) == []


def test_the_count_goes_above_the_buttons_only_when_a_row_cannot_hold_both(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    with narrow_window("ru", session, qtbot, tmp_path) as window:
        page = shown(window, "activity")
        assert isinstance(page, RecordPage)
        bar = page.action_bar
        assert isinstance(bar, ActionBar) and not bar.in_one_row()
        assert page.count_label.geometry().bottom() < page.add_button.geometry().top() + bar.buttons.y()
        window.resize(1362, 700)  # at 100 % on a laptop: one row, as before
        settle()
        assert bar.in_one_row()
        assert ui_check.cut_problems(window) == []


def test_the_reviews_table_leaves_out_the_product_id_before_it_squeezes_the_product(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    window = demo_window(session, qtbot, tmp_path)
    window.resize(*NARROW)
    page = shown(window, "reviews")
    assert isinstance(page, RecordPage)
    header = page.view.horizontalHeader()
    product = header.sectionSize(1)
    assert product >= header.fontMetrics().horizontalAdvance("Product") + 14
    assert header.isSectionHidden(2)  # Product id: back when the window is wider
    window.resize(1362, 700)
    QApplication.processEvents()
    assert not header.isSectionHidden(2)


def test_a_cut_file_name_on_the_imports_page_is_whole_in_its_tooltip(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    with narrow_window("pt_BR", session, qtbot, tmp_path) as window:
        page = shown(window, "imports")
        model = page.model  # type: ignore[attr-defined]
        cell = model.index(0, 1)
        assert cell.data() == "Dados de demonstração"
        assert "Dados de demonstração" in cell.data(Qt.ItemDataRole.ToolTipRole)
        assert ui_check.cut_problems(window) == []


def test_the_imports_page_wraps_its_words_rather_than_widening_the_window(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    app = QApplication.instance()
    with ui_check.language(app, "fr", cache=tmp_path / "qm"):
        window = open_window(session, qtbot, tmp_path)  # no imports yet: the empty page's sentence
        page = shown(window, "imports")
        labels = [label for label in page.findChildren(QLabel) if label.text()]  # type: ignore[attr-defined]
        assert labels and all(label.wordWrap() for label in labels)
        assert not page.findChildren(QPushButton)[0].isEnabled()  # type: ignore[attr-defined]
        assert page.minimumSizeHint().width() < 400  # type: ignore[attr-defined]


@pytest.mark.parametrize("code", screenshots.LANGUAGES)
def test_the_charts_fit_without_scrolling_their_buttons_above_the_tabs_when_narrow(
    code: str, session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    with narrow_window(code, session, qtbot, tmp_path) as window:
        host = shown(window, "charts")
        charts = host.ready()  # type: ignore[attr-defined]
        settle()
        assert not host.scroll_area.horizontalScrollBar().isVisible(), code  # type: ignore[attr-defined]
        assert charts.buttons_beside_tabs() == (charts.width() >= charts.tabs_width())
        assert charts.save_button.isVisible() and ui_check.cut_problems(window) == []
        window.resize(1362, 700)  # a laptop at 100 %: the buttons beside the tabs, as before
        settle()
        assert charts.buttons_beside_tabs() and charts.save_button.isVisible()
        assert ui_check.cut_problems(window) == []


@pytest.mark.parametrize("code", ["en", "ru"])
def test_what_if_on_a_narrow_window_shows_the_planner_instead_of_the_charts_and_back(
    code: str, session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    with narrow_window(code, session, qtbot, tmp_path) as window:
        charts = shown(window, "charts").ready()  # type: ignore[attr-defined]
        settle()
        assert not charts.planner.isVisible()  # the charts first
        charts.planner_button.click()
        settle()
        assert charts.planner_alone() and not charts.tabs.isVisible()
        assert not charts.buttons_beside_tabs() and charts.planner_button.isVisible()
        charts.planner.saved.save("")
        charts.planner.saved.compare_button.click()
        settle()
        assert ui_check.cut_problems(window) == []
        charts.planner_button.click()  # the charts again
        settle()
        assert charts.tabs.isVisible() and not charts.planner.isVisible()
        window.resize(1600, 900)  # room for both: side by side, the tabs whole
        charts.planner_button.click()
        settle()
        assert charts.planner.isVisible() and charts.tabs.isVisible() and not charts.planner_alone()
        assert charts.tabs.width() >= charts.tabs_width() - 8
        assert ui_check.cut_problems(window) == []


def test_where_the_buttons_do_not_fit_beside_the_tabs_the_planner_stays_beside_the_charts(
    session: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    """The planner draws its plan on the tier timeline, so it stays beside the charts as long as
    they fit with their buttons above the tabs: in Russian, a page about 1,000 pixels wide (a
    2560-pixel screen at 200 %) had shown the planner alone, beside an empty space."""
    with narrow_window("ru", session, qtbot, tmp_path) as window:
        charts = shown(window, "charts").ready()  # type: ignore[attr-defined]
        room = charts.planner.minimumWidth() + charts.splitter.handleWidth()
        chart = max(charts.fontMetrics().height() * _CHART_MIN_EM, charts.narrowest_width())  # buttons above
        window.resize(window.width() - charts.width() + room + chart + 10, 700)
        settle()
        assert room + chart <= charts.width() < room + charts.tabs_width()  # no room for one row
        assert charts.planner.isVisible() and charts.tabs.isVisible() and not charts.buttons_beside_tabs()
        assert charts.tabs.width() >= charts.narrowest_width() - 8
        assert ui_check.cut_problems(window) == []
