"""The dashboard's figures in the two places the rules issue found wrong: a negative next total,
and the expected points on the instant start from the derived sums; and what shows while no figure
is known yet."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tests.ui.helpers import confirmed_order, pending_order
from tracker.report.summary import signed_count
from tracker.rules import EntryKind
from tracker.store.drafts import EntryDraft
from tracker.store.repository import SETTING_CONFIRMATION_LAG
from tracker.ui.dashboard import DashboardPage
from tracker.ui.session import Session
from tracker.ui.worker import run_now


def shown_dashboard(session: Session, qtbot: QtBot) -> DashboardPage:
    page = DashboardPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def test_a_negative_next_total_is_a_number_not_a_placeholder(session: Session, qtbot: QtBot) -> None:
    session.add(EntryDraft(date(2026, 10, 2), -1_234, EntryKind.ADJUSTMENT))
    page = shown_dashboard(session, qtbot)
    assert session.status().next_recalculation.points == -1_234
    assert page.points_label.text() == "-1,234 points"
    session.add(EntryDraft(date(2026, 10, 3), 1_233, EntryKind.BONUS))
    qtbot.waitUntil(lambda: page.points_label.text() == "-1 point")


def test_signed_count_uses_the_words_of_the_size_and_keeps_the_sign() -> None:
    """As Qt does for a translation: a negative count is no count, and "%Ln" would stay as it is."""

    def words(count: int) -> str:
        return "1 punkt" if count == 1 else ("%Ln punkty" if count < 0 else f"{count:,} punkty")

    assert signed_count(words, -3) == "-3 punkty"
    assert signed_count(words, -1) == "-1 punkt"
    assert signed_count(words, 4_321) == "4,321 punkty"


def test_the_instant_start_shows_the_points_expected_from_pending_orders(session: Session, qtbot: QtBot) -> None:
    session.add(confirmed_order(12_000))
    session.set_setting(SETTING_CONFIRMATION_LAG, "3")  # the pending order counts by 26 Nov
    session.add(pending_order(4_000, date(2026, 11, 23)))
    reopened = Session(session.db, session.db_path, today=lambda: TODAY)
    assert reopened.warm_start(lambda work, **callbacks: None) is True  # type: ignore[arg-type,return-value]
    assert reopened.provisional and reopened.status().ledger == ()  # the figures from the sums, no ledger
    page = shown_dashboard(reopened, qtbot)
    assert page.points_label.text() == "160 points"
    assert page.expected_label.isVisible()
    assert page.expected_label.text() == "of which 40 points expected from pending orders"
    with qtbot.waitSignal(reopened.changed):
        reopened.warm_start(run_now)
    qtbot.waitUntil(lambda: not reopened.provisional)
    assert page.expected_label.text() == "of which 40 points expected from pending orders"


def test_while_the_figures_are_computed_the_dashboard_says_so_and_shows_no_figure(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.report import figures

    session.add(confirmed_order(12_000))
    monkeypatch.setattr(figures, "QUICK_ORDERS", 0)  # as if the file held 100,000 orders never summed
    monkeypatch.setattr(figures, "RECENT_ORDERS", 0)  # … and over 20,000 in their last 14 months
    reopened = Session(session.db, session.db_path, today=lambda: TODAY)
    jobs: list[tuple[object, dict[str, object]]] = []
    reopened.warm_start(lambda work, **callbacks: jobs.append((work, callbacks)))  # type: ignore[arg-type,return-value,func-returns-value]
    page = shown_dashboard(reopened, qtbot)
    assert page._stack.currentWidget() is page.computing_label
    assert "Working out your points" in page.computing_label.text()
    work, callbacks = jobs.pop()
    callbacks["done"](work(lambda done, total: None, lambda: False))  # type: ignore[operator]
    qtbot.waitUntil(lambda: page._stack.currentWidget() is page.scroll_area)
    assert page.points_label.text() == "120 points"


def test_a_large_file_never_summed_shows_the_status_of_its_recent_records_at_once(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Computing every month's sums would take long, but the status reads only the last 14 months
    or so: computed from the records that reach them, it is shown at once, and the same figures
    stay once every month is summed in the background."""
    from tracker.report import figures

    session.add(confirmed_order(50_000, ordered=date(2023, 3, 1), confirmed=date(2023, 3, 20)))
    session.add(confirmed_order(12_000))
    monkeypatch.setattr(figures, "QUICK_ORDERS", 0)  # as if the file held 100,000 orders never summed
    reopened = Session(session.db, session.db_path, today=lambda: TODAY)
    jobs: list[tuple[object, dict[str, object]]] = []
    reopened.warm_start(lambda work, **callbacks: jobs.append((work, callbacks)))  # type: ignore[arg-type,return-value,func-returns-value]
    assert reopened.provisional and not reopened.computing
    page = shown_dashboard(reopened, qtbot)
    assert page._stack.currentWidget() is page.scroll_area
    assert page.points_label.text() == "120 points"
    work, callbacks = jobs.pop()  # every month's sums, saved for the next start
    with qtbot.waitSignal(reopened.changed):
        callbacks["done"](work(lambda done, total: None, lambda: False))  # type: ignore[operator]
    assert reopened.provisional and page.points_label.text() == "120 points"
    assert figures.figures(session.db, reopened.ruleset(), reopened.settings(), TODAY, quick_only=True) is not None


def test_the_check_line_is_hidden_until_the_records_it_compares_are_loaded(session: Session, qtbot: QtBot) -> None:
    session.add(confirmed_order(12_000))
    reopened = Session(session.db, session.db_path, today=lambda: TODAY)
    jobs: list[tuple[object, dict[str, object]]] = []
    reopened.warm_start(lambda work, **callbacks: jobs.append((work, callbacks)))  # type: ignore[arg-type,return-value,func-returns-value]
    page = shown_dashboard(reopened, qtbot)
    assert reopened.provisional and not page.check_line.isVisible()  # not an empty line
    work, callbacks = jobs.pop()
    callbacks["done"](work(lambda done, total: None, lambda: False))  # type: ignore[operator]
    qtbot.waitUntil(lambda: page.check_line.isVisible())
    assert page.check_line.label.text()
