"""The dashboard shows the session's status in the CLI's own sentences, and follows every change."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tests.ui.helpers import confirmed_order, pending_order
from tracker.report.summary import lapse_sentence, next_tier_sentence, plan_sentence, steady_sentence
from tracker.rules import EntryKind
from tracker.store.drafts import EntryDraft, ReviewDraft
from tracker.store.repository import SETTING_CONFIRMATION_LAG
from tracker.ui.dashboard import DashboardPage
from tracker.ui.session import Session
from tracker.ui.widgets import text_colour_on


def shown_dashboard(session: Session, qtbot: QtBot) -> DashboardPage:
    page = DashboardPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def platinum_a_year_ago(session: Session) -> None:
    """600 points credited in January 2026, nothing since: Platinum now, Silver from 8 February."""
    session.add(confirmed_order(30_000, ordered=date(2026, 1, 5), confirmed=date(2026, 1, 20), category="Home"))
    session.add(confirmed_order(30_000, ordered=date(2026, 1, 6), confirmed=date(2026, 1, 21), category="Tools"))


def test_the_dashboard_says_what_the_command_line_says(session: Session, qtbot: QtBot) -> None:
    platinum_a_year_ago(session)
    page = shown_dashboard(session, qtbot)
    status = session.status()

    assert page.tier_badge.name() == "Platinum"
    assert page.window_points_label.text() == f"{status.window_points:,}"
    assert page.lapse_label.text() == lapse_sentence(status)
    assert page.next_tier_label.text() == next_tier_sentence(status)
    assert page.plan_label.text() == plan_sentence(status.keep_plan, TODAY)
    assert page.steady_label.text() == steady_sentence(status)
    assert page.points_label.text() == f"{status.next_recalculation.points:,} points"
    assert "Platinum ends 8 Feb 2027" in page.lapse_label.text()  # P2: January's points leave in January 2027


def test_benefits_and_what_the_lapse_costs_come_from_the_rule_set(session: Session, qtbot: QtBot) -> None:
    platinum_a_year_ago(session)
    page = shown_dashboard(session, qtbot)
    platinum = session.ruleset().tier_named("Platinum")
    for benefit in platinum.benefits:
        assert benefit in page.benefits_label.text()
    assert page.benefits_card.title_label is not None
    assert page.benefits_card.title_label.text() == "PLATINUM BENEFITS"
    assert page.loss_label.isVisible()
    assert page.loss_label.text() == "Dropping to Silver on 8 Feb 2027 ends all of these."


def test_a_safe_tier_says_so_and_has_no_cost(session: Session, qtbot: QtBot) -> None:
    session.add(ReviewDraft(TODAY, item_price_cents=500))
    page = shown_dashboard(session, qtbot)
    assert page.tier_badge.name() == "Silver"
    assert page.lapse_label.text() == "Silver is the first tier: there is nothing to lose."
    assert not page.loss_label.isVisible()


def test_expected_points_from_pending_orders_are_shown_as_expected(session: Session, qtbot: QtBot) -> None:
    session.add(confirmed_order(12_000))
    session.set_setting(SETTING_CONFIRMATION_LAG, "3")  # the pending order counts by 26 Nov
    page = shown_dashboard(session, qtbot)
    assert not page.expected_label.isVisible()

    session.add(pending_order(4_000, date(2026, 11, 23)))
    qtbot.waitUntil(lambda: page.points_label.text() == "160 points")
    assert page.expected_label.isVisible()
    assert page.expected_label.text() == "of which 40 points expected from pending orders"
    assert page.window_points_label.text() == "120"  # not credited yet


def test_every_change_refreshes_once_after_the_burst(session: Session, qtbot: QtBot) -> None:
    session.add(ReviewDraft(TODAY, item_price_cents=500))
    page = shown_dashboard(session, qtbot)
    refreshes: list[int] = []
    original = page.refresh
    page.refresh = lambda: (refreshes.append(1), original())  # type: ignore[method-assign]
    for _ in range(5):
        session.add(EntryDraft(TODAY, 10, EntryKind.BONUS, "Game"))
    qtbot.waitUntil(lambda: page.window_points_label.text() == "51")
    assert len(refreshes) == 1


def test_points_leaving_the_window_are_drawn_by_month(session: Session, qtbot: QtBot) -> None:
    platinum_a_year_ago(session)
    page = shown_dashboard(session, qtbot)
    bars = page.expiring_bars.bars()
    assert len(bars) == 12
    assert bars[0] == ("Dec\n2026", 0) and bars[1] == ("Jan\n2027", 600)  # the year, never "Jan 27"
    assert bars[2][0] == "Feb"
    assert "Jan 2027: 600" in page.expiring_bars.accessibleDescription()


def test_the_tier_badge_text_is_readable_on_every_tier_colour(session: Session) -> None:
    assert text_colour_on(QColor("#7A4FBF")) == QColor("white")  # Diamond: dark purple
    assert text_colour_on(QColor("#C9A227")) == QColor("black")  # Gold
    for tier in session.ruleset().tiers:
        background, text = QColor(tier.colour), text_colour_on(QColor(tier.colour))
        assert _contrast(background, text) >= 4.5, tier.name


def _contrast(first: QColor, second: QColor) -> float:
    from tracker.ui.widgets import relative_luminance

    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_silver_with_some_points_claims_no_date_and_a_higher_tier_is_dated(session: Session, qtbot: QtBot) -> None:
    """Silver, the first tier, is held from the start: "since 1 Nov" would mean nothing."""
    session.add(confirmed_order(10_000, ordered=date(2026, 9, 5), confirmed=date(2026, 9, 20)))
    page = shown_dashboard(session, qtbot)
    assert page.tier_badge.name() == "Silver" and session.status().in_effect_since.points > 0
    assert page.since_label.text() == "The tier every member starts with"

    platinum_a_year_ago(session)
    page = shown_dashboard(session, qtbot)
    assert page.tier_badge.name() == "Platinum"
    assert page.since_label.text().startswith("Your tier since ")
