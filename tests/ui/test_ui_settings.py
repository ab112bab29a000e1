"""The settings dialog: rule set, lag, profile dates and exchange rates; OK only when all is valid."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tests.ui.helpers import confirmed_order
from tracker.report.reminders import BIRTHDAY, LAPSE, SETTING_REMINDERS_OFF, VISIT
from tracker.report.summary import plan_sentence
from tracker.rules.ruleset import builtin_dir
from tracker.store import repository
from tracker.store.drafts import ReviewDraft
from tracker.store.setting_values import SETTING_RULESET
from tracker.ui import questions
from tracker.ui.dashboard import DashboardPage
from tracker.ui.language import available_languages, saved_language
from tracker.ui.notifications import notifications_wanted
from tracker.ui.session import Session
from tracker.ui.settings_dialog import SettingsDialog


def open_dialog(session: Session, qtbot: QtBot, app_settings: QSettings | None = None) -> SettingsDialog:
    if app_settings is None:  # never the real user's settings
        app_settings = QSettings(str(session.db_path.parent / "app-settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(session, app_settings=app_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_into_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Type into a cell as a person would: open its editor (unless it is open), type, press Enter."""
    index = table.model().index(row, column)
    if not (table.state() == QAbstractItemView.State.EditingState and table.currentIndex() == index):
        table.setCurrentIndex(index)
        table.edit(index)
    editor = table.focusWidget()  # the cell's editor takes the focus when it opens
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_changing_the_lag_and_the_rule_set_updates_the_dashboard(session: Session, qtbot: QtBot) -> None:
    session.add(confirmed_order(30_000, category="Home"))
    session.add(confirmed_order(30_000, category="Tools"))
    dashboard = DashboardPage(session)
    qtbot.addWidget(dashboard)
    dashboard.show()
    assert dashboard.tier_badge.name() == "Platinum"

    dialog = open_dialog(session, qtbot)
    dialog.lag_spin.selectAll()
    qtbot.keyClicks(dialog.lag_spin, "5")
    combo = dialog.ruleset_combo
    legacy = combo.findData("aliexpress-legacy-a0-a4")
    combo.setCurrentIndex(legacy)
    combo.activated.emit(legacy)
    assert "A0" in dialog.ruleset_view.toPlainText()  # the chosen set's tiers, before saving
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert session.settings().confirmation_lag_days == 5
    assert session.setting(SETTING_RULESET) == "aliexpress-legacy-a0-a4"
    qtbot.waitUntil(lambda: dashboard.tier_badge.name() == "A3")  # 600 points in 365 days
    assert dashboard.plan_label.text() == plan_sentence(session.status().keep_plan, TODAY)


def test_only_changed_settings_are_saved(session: Session, qtbot: QtBot) -> None:
    dialog = open_dialog(session, qtbot)
    assert dialog.changed_settings() == {}
    dialog.pending_check.click()
    assert dialog.changed_settings() == {"include_pending": "false"}


def test_birthday_and_registration_are_stored_as_iso_dates_or_blank(session: Session, qtbot: QtBot) -> None:
    dialog = open_dialog(session, qtbot)
    assert not dialog.birthday_edit.edit.isEnabled()
    dialog.birthday_edit.check.click()
    dialog.birthday_edit.edit.setDate(QDate(1990, 5, 17))
    dialog.accept()
    assert session.setting("birthday") == "1990-05-17"
    assert session.setting("registration_date") == ""  # never set: not written

    again = open_dialog(session, qtbot)
    assert again.birthday_edit.check.isChecked()
    again.birthday_edit.check.click()
    again.accept()
    assert session.setting("birthday") == ""


def test_a_rule_set_file_that_cannot_be_used_is_explained(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('id = "mine"\nname = "Mine"\n', encoding="utf-8")
    dialog = open_dialog(session, qtbot)
    monkeypatch.setattr(dialog, "ask_ruleset_file", lambda: broken)
    combo = dialog.ruleset_combo
    before = combo.currentIndex()
    combo.setCurrentIndex(combo.count() - 1)
    combo.activated.emit(combo.count() - 1)
    assert combo.currentIndex() == before
    assert dialog.ruleset_problem.text().startswith("That file cannot be used:")
    assert "tiers: missing" in dialog.ruleset_problem.text()


def test_a_rule_set_of_ones_own_is_chosen_by_its_path(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.add(ReviewDraft(TODAY, item_price_cents=500))
    mine = tmp_path / "mine.toml"
    text = (builtin_dir() / "aliexpress-2023.toml").read_text(encoding="utf-8")
    mine.write_text(text.replace('name = "Silver"', 'name = "Bronze"'), encoding="utf-8")
    dialog = open_dialog(session, qtbot)
    monkeypatch.setattr(dialog, "ask_ruleset_file", lambda: mine)
    combo = dialog.ruleset_combo
    combo.setCurrentIndex(combo.count() - 1)
    combo.activated.emit(combo.count() - 1)
    assert combo.currentText() == "mine.toml (your file)"
    assert "Bronze" in dialog.ruleset_view.toPlainText()
    dialog.accept()
    assert session.setting(SETTING_RULESET) == str(mine)
    assert session.status().tier.name == "Bronze"


def test_new_and_open_ask_the_window_and_close_the_dialog(session: Session, qtbot: QtBot) -> None:
    dialog = open_dialog(session, qtbot)
    assert str(session.db_path) in dialog.path_label.text().replace("\u200b", "")  # it may wrap after a folder
    with qtbot.waitSignal(dialog.open_database_requested):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_reminders_can_be_turned_off_and_notifications_on(session: Session, qtbot: QtBot, tmp_path: Path) -> None:
    app_settings = QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat)
    dialog = open_dialog(session, qtbot, app_settings)
    assert all(check.isChecked() for check in dialog.reminder_checks.values())
    assert not dialog.notify_check.isChecked()  # off until asked for
    dialog.reminder_checks[VISIT].setChecked(False)
    dialog.reminder_checks[LAPSE].setChecked(False)
    dialog.notify_check.setChecked(True)
    assert dialog.changed_settings() == {SETTING_REMINDERS_OFF: "lapse,visit"}
    dialog.accept()
    assert repository.get_settings(session.db)[SETTING_REMINDERS_OFF] == "lapse,visit"
    assert notifications_wanted(app_settings)
    again = open_dialog(session, qtbot, app_settings)
    assert not again.reminder_checks[VISIT].isChecked() and again.reminder_checks[BIRTHDAY].isChecked()
    assert again.notify_check.isChecked()


def test_the_language_is_chosen_for_the_next_start(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[questions.Question] = []
    monkeypatch.setattr(questions, "ask", lambda parent, question: asked.append(question) or False)
    app_settings = QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat)
    dialog = open_dialog(session, qtbot, app_settings)
    combo = dialog.language_combo
    assert combo.currentData() == ""  # the system's language
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *available_languages()]
    assert dialog.language_note.isHidden()
    combo.setCurrentIndex(combo.findData("pl"))
    assert combo.currentText() == "Polski"
    assert not dialog.language_note.isHidden()  # said before OK: it takes a restart
    with qtbot.assertNotEmitted(dialog.restart_requested):
        dialog.accept()  # "Later"
    assert saved_language(app_settings) == "pl"
    assert dialog.changed_settings() == {}  # nothing of it goes into the data file
    assert [(q.do, q.keep) for q in asked] == [("Restart now", "Later")]
    assert "Polski" in asked[0].text


def test_restart_now_after_a_language_change_asks_the_window_to_restart(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(questions, "ask", lambda parent, question: True)
    dialog = open_dialog(session, qtbot, QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    with qtbot.waitSignal(dialog.restart_requested):
        dialog.accept()


def test_the_same_language_again_asks_nothing(
    session: Session, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(questions, "ask", lambda parent, question: pytest.fail("asked to restart"))
    dialog = open_dialog(session, qtbot, QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat))
    dialog.accept()
