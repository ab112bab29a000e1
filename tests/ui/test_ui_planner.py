"""The what-if planner: typed numbers become a plan the charts and sentences follow, saved and
compared with what happened."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tests.ui.helpers import confirmed_order
from tests.ui.test_ui_charts import platinum_until_spring, shown_page
from tracker.charts.data import TimelineData
from tracker.report.planning import SETTING_PLANS
from tracker.store import repository
from tracker.store.connection import close_database, open_database
from tracker.ui.charts_page import ChartsPage
from tracker.ui.planner import DEBOUNCE_MS
from tracker.ui.session import Session


def type_every_month(page: ChartsPage, qtbot: QtBot, column: int, text: str) -> None:
    field = page.planner.each_fields[column]
    field.clear()
    with qtbot.waitSignal(page.planner.outcome_changed, timeout=2000):
        qtbot.keyClicks(field, text)


def timeline(page: ChartsPage) -> TimelineData:
    data = page.timeline.data()
    assert isinstance(data, TimelineData)
    return data


def test_typing_a_monthly_spend_updates_the_sentences_and_the_timeline_after_a_pause(
    session: Session, qtbot: QtBot
) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    planner = page.planner
    qtbot.waitUntil(lambda: planner.headline_label.text() != "")
    assert planner.headline_label.text() == "As things stand: Platinum holds until 8 Mar 2027, then Gold."
    assert planner.target_label.text().startswith("Still needed: spend ")
    assert timeline(page).with_plan is None

    spend = planner.each_fields[0]
    qtbot.keyClicks(spend, "6")
    assert planner.month_fields[5][0].value() == 600  # the row for April is filled at once …
    assert timeline(page).with_plan is None  # … the plan is evaluated once typing pauses
    with qtbot.waitSignal(page.timeline.drawn, timeout=DEBOUNCE_MS + 2000):
        qtbot.keyClicks(spend, "0")
    assert planner.headline_label.text() == "With this plan: Platinum holds until 8 Apr 2027, then Gold."
    data = timeline(page)
    assert data.with_plan is not None and data.plan_tier == "Platinum"
    coming = data.history_count
    # November's spend is bought tomorrow and confirmed in December: the plan counts from December.
    assert data.with_plan[coming] == data.with_expected[coming]
    assert all(p > q for p, q in zip(data.with_plan[coming + 1 :], data.with_expected[coming + 1 :], strict=True))
    assert data.plan_lapse_effective == date(2027, 4, 8)


def test_reaching_the_target_tier_removes_the_lapse(session: Session, qtbot: QtBot) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    with qtbot.waitSignal(page.timeline.drawn, timeout=DEBOUNCE_MS + 2000):
        type_every_month(page, qtbot, 0, "110")
    outcome = page.planner.outcome()
    assert outcome is not None and outcome.lapse_within_plan() is None  # P2: no lapse in the plan's months
    assert page.planner.headline_label.text() == "With this plan: Platinum holds for the coming 12 months."
    assert page.planner.target_label.text() == "That is enough to keep Platinum at every recalculation."
    data = timeline(page)
    assert data.lapse_effective == date(2027, 3, 8)  # without the plan, still
    assert data.plan_lapse_effective is None
    title = page.timeline.figure.axes[0].get_title(loc="left")
    assert title == "With the plan, your Platinum tier holds for the coming 12 months"


def test_visits_reviews_and_a_purchase_on_a_date_all_count(session: Session, qtbot: QtBot) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    type_every_month(page, qtbot, 1, "4")
    outcome = page.planner.outcome()
    assert outcome is not None and outcome.points == 4 * 12  # a visit earns a point
    type_every_month(page, qtbot, 2, "1")
    outcome = page.planner.outcome()
    assert outcome is not None and outcome.points == 5 * 12
    with qtbot.waitSignal(page.planner.outcome_changed, timeout=2000):
        page.planner.add_purchase(date(2027, 1, 10), 12_345)
    outcome = page.planner.outcome()
    assert outcome is not None and outcome.points == 5 * 12 + 123
    assert page.planner.purchase_list.count() == 1
    assert page.planner.purchase_list.item(0).text() == "10 Jan 2027: $123.45"
    assert page.planner.summary_label.text() == (
        "This plan: $123.45 of orders, 48 visits and 12 reviews, earning 183 points by the end of Oct 2027."
    )


def test_a_higher_target_in_the_planner_moves_the_plan_chart_too(session: Session, qtbot: QtBot) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    planner = page.planner
    with qtbot.waitSignal(planner.outcome_changed, timeout=2000):
        planner.target_combo.setCurrentIndex(planner.target_combo.findData("Diamond"))
    assert page.tier_picker.currentData() == "Diamond"
    assert planner.target_label.text().startswith("To reach Diamond on ")
    assert timeline(page).with_plan is None or timeline(page).plan_tier == "Diamond"


# --- saving and comparing ------------------------------------------------------------------------


@pytest.fixture
def clock() -> list[date]:
    return [TODAY]


@pytest.fixture
def moving_session(qtbot: QtBot, tmp_path: Path, clock: list[date]) -> Iterator[Session]:
    """A session whose "today" the test moves on."""
    path = tmp_path / "points.sqlite3"
    yield Session(open_database(path), path, today=lambda: clock[0])
    close_database()


def test_a_saved_plan_is_stored_without_reloading_and_compared_with_what_happened(
    moving_session: Session, qtbot: QtBot, clock: list[date]
) -> None:
    session = moving_session
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    type_every_month(page, qtbot, 0, "50")
    saved = page.planner.saved
    saved.name_edit.setText("Keep Platinum")
    with qtbot.assertNotEmitted(session.settings_changed):
        saved.save_button.click()
    stored = json.loads(repository.get_settings(session.db)[SETTING_PLANS])
    assert [plan["name"] for plan in stored] == ["Keep Platinum"]
    assert stored[0]["saved_on"] == "2026-11-24"
    assert saved.plans_combo.currentText() == "Keep Platinum"
    assert saved.plans_combo.itemData(0, Qt.ItemDataRole.ToolTipRole) == "Saved 24 Nov 2026"
    planned = stored[0]["planned_points"]
    assert planned[:3] == [0, 100, 50]  # November's order is confirmed in December

    # Two and a half months later: December went as planned, January half.
    clock[0] = date(2027, 2, 10)
    session.add(confirmed_order(10_000, ordered=date(2026, 11, 25), confirmed=date(2026, 12, 15)))
    session.add(confirmed_order(2_500, ordered=date(2027, 1, 2), confirmed=date(2027, 1, 20)))
    saved.compare_button.click()
    table = saved.compare_model.table()
    assert table.headers == ("Month", "Planned", "Actual", "Difference")
    assert table.rows == (
        ("Nov 2026", 0, 0, "+0"),
        ("Dec 2026", 100, 100, "+0"),
        ("Jan 2027", 50, 25, "−25"),
        ("Feb 2027 (so far)", 50, 0, "−50"),
    )
    assert saved.compare_view.isVisibleTo(page)
    assert saved.compare_label.text() == "Since 24 Nov 2026: 125 points earned, 75 fewer than planned (200)."


def test_a_saved_plan_loads_back_into_the_planner(session: Session, qtbot: QtBot) -> None:
    platinum_until_spring(session)
    page = shown_page(session, qtbot)
    type_every_month(page, qtbot, 1, "7")
    page.planner.saved.save("Visits")
    with qtbot.waitSignal(page.planner.outcome_changed, timeout=2000):
        page.planner.clear_button.click()
    assert page.planner.month_fields[3][1].value() == 0
    with qtbot.waitSignal(page.planner.outcome_changed, timeout=2000):
        page.planner.saved.load_button.click()
    assert [fields[1].value() for fields in page.planner.month_fields] == [7] * 12
