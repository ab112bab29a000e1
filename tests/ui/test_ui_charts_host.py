"""The Charts page as the window builds it: something on screen at once, the charts after it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.helpers import confirmed_order
from tracker.ui.charts_host import ChartsHost
from tracker.ui.session import Session


def shown_host(session: Session, qtbot: QtBot) -> ChartsHost:
    host = ChartsHost(session)
    qtbot.addWidget(host)
    host.resize(1000, 700)
    host.show()
    qtbot.waitExposed(host)
    return host


def test_with_nothing_recorded_the_page_says_how_to_start_and_draws_no_empty_charts(
    session: Session, qtbot: QtBot
) -> None:
    host = shown_host(session, qtbot)
    qtbot.wait(50)
    assert host.charts() is None
    assert host.empty.isVisible() and not host.placeholder.isVisible()
    with qtbot.waitSignal(host.import_requested):
        host.import_button.click()


def test_the_placeholder_is_painted_first_and_the_charts_follow(session: Session, qtbot: QtBot) -> None:
    session.add(confirmed_order())
    host = shown_host(session, qtbot)
    assert host.placeholder.isVisible() and host.charts() is None  # shown before anything is built
    qtbot.waitUntil(lambda: host.charts() is not None, timeout=10_000)
    assert host.scroll_area.isVisible() and not host.placeholder.isVisible()


def test_the_first_record_brings_the_charts(session: Session, qtbot: QtBot) -> None:
    host = shown_host(session, qtbot)
    session.add(confirmed_order())
    qtbot.waitUntil(lambda: host.charts() is not None, timeout=10_000)


def test_a_narrow_window_scrolls_the_charts_rather_than_cutting_them(session: Session, qtbot: QtBot) -> None:
    session.add(confirmed_order())
    host = shown_host(session, qtbot)
    charts = host.ready()
    host.resize(420, 300)
    qtbot.waitUntil(lambda: host.scroll_area.horizontalScrollBar().isVisible())
    assert charts.width() >= charts.narrowest_width()
