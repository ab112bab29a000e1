"""Settings: the rule set, the projection settings, the shopper's profile, reminders and the
window's language, and the data file.

The database's settings are saved through :meth:`Session.set_setting` when OK is pressed, and
only what changed, so the dashboard recomputes once. The language and desktop notifications
belong to this computer's user rather than to a data file, so they go to ``QSettings``.
Problems are shown under the field at fault as they are typed, and OK stays disabled while there is one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import translate
from tracker.report.reminders import KINDS as REMINDER_KINDS
from tracker.report.reminders import SETTING_BIRTHDAY, SETTING_REGISTRATION, SETTING_REMINDERS_OFF, turned_off
from tracker.report.ruleset_words import ruleset_text
from tracker.rules import DEFAULT_RULESET_ID, RuleSet, RuleSetError, builtin_rulesets, find_ruleset, load_ruleset
from tracker.store import repository
from tracker.store.setting_values import SETTING_RULESET
from tracker.ui import questions
from tracker.ui.currencies_page import CurrenciesPage
from tracker.ui.forms.date_edit import DateEdit, to_date
from tracker.ui.language import KEY_LANGUAGE, LANGUAGE_NAMES, available_languages, saved_language
from tracker.ui.notifications import KEY_NOTIFY, notifications_wanted
from tracker.ui.ruleset_view import ruleset_html
from tracker.ui.session import Session
from tracker.ui.widgets import breakable_path, styled_label

_OTHER_FILE = "\0other"  # the combo entry that asks for a rule-set file


class OptionalDateEdit(QWidget):
    """A date that may be unknown: a "Set" check box and a date field (stored as ISO text or "")."""

    def __init__(self, name: str, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(translate("OptionalDateEdit", "Set"))
        self.check.setAccessibleName(translate("OptionalDateEdit", "{name} is set").format(name=name))
        try:
            known: date | None = date.fromisoformat(value)
        except ValueError:
            known = None
        self.edit = DateEdit(known or date(1990, 1, 1), fallback=lambda: known or date(1990, 1, 1))
        self.edit.setAccessibleName(name)
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.check.setChecked(known is not None)
        self.edit.setEnabled(known is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)

    def value(self) -> str:
        if not self.check.isChecked():
            return ""
        return to_date(self.edit.date()).isoformat()


class SettingsDialog(QDialog):
    """Edit the settings of the open database; OK saves what changed."""

    new_database_requested = Signal()  # the window's File ▸ New database…
    open_database_requested = Signal()  # the window's File ▸ Open database…
    restart_requested = Signal()  # the language changed and the shopper chose "Restart now"

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, app_settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.app_settings = app_settings if app_settings is not None else QSettings()
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self._stored = repository.get_settings(session.db)
        self._chosen_ruleset: RuleSet | None = None

        self.tabs = tabs = QTabWidget()
        tabs.addTab(self._build_points_tab(), translate("SettingsDialog", "&Points"))
        tabs.addTab(self._build_profile_tab(), translate("SettingsDialog", "&You"))
        self.currencies_page = CurrenciesPage(session)
        self.currencies_page.changed.connect(self._validate)
        tabs.addTab(self.currencies_page, translate("SettingsDialog", "&Currencies"))
        tabs.addTab(self._build_reminders_tab(), translate("SettingsDialog", "&Reminders && language"))
        tabs.addTab(self._build_file_tab(), translate("SettingsDialog", "&Data file"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().height()
        self.resize(em * 36, em * 32)
        self._on_ruleset_picked(self.ruleset_combo.currentIndex())
        self._validate()

    # --- building --------------------------------------------------------------------------------

    def _build_points_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.ruleset_combo = QComboBox()
        current = self._stored.get(SETTING_RULESET) or DEFAULT_RULESET_ID
        for ruleset in builtin_rulesets().values():
            self.ruleset_combo.addItem(ruleset_text(ruleset.name), ruleset.id)
        if self.ruleset_combo.findData(current) < 0:
            self.ruleset_combo.addItem(self._file_item_text(current), current)
        self.ruleset_combo.addItem(translate("SettingsDialog", "Other file…"), _OTHER_FILE)
        self.ruleset_combo.setCurrentIndex(self.ruleset_combo.findData(current))
        self._previous_ruleset_index = self.ruleset_combo.currentIndex()
        self.ruleset_combo.activated.connect(self._on_ruleset_activated)
        self.ruleset_combo.currentIndexChanged.connect(self._on_ruleset_picked)
        form.addRow(translate("SettingsDialog", "R&ule set:"), self.ruleset_combo)
        self.ruleset_problem = self._problem_label()
        form.addRow(self.ruleset_problem)
        self.ruleset_view = QTextBrowser()
        self.ruleset_view.setAccessibleName(translate("SettingsDialog", "The chosen rule set's tiers and rules"))
        form.addRow(self.ruleset_view)

        settings = self.session.settings()
        self.lag_spin = QSpinBox()
        self.lag_spin.setRange(0, 365)
        self.lag_spin.setSuffix(translate("SettingsDialog", " days"))
        self.lag_spin.setValue(settings.confirmation_lag_days)
        self.lag_spin.setToolTip(
            translate(
                "SettingsDialog", "How long after ordering you usually confirm receipt; plans buy this much earlier."
            )
        )
        form.addRow(translate("SettingsDialog", "Confirmation &lag:"), self.lag_spin)
        self.non_shopping_spin = QSpinBox()
        self.non_shopping_spin.setRange(0, 10_000)
        self.non_shopping_spin.setSuffix(translate("SettingsDialog", " points a month"))
        self.non_shopping_spin.setValue(settings.monthly_non_shopping_points)
        self.non_shopping_spin.setToolTip(
            translate("SettingsDialog", "Points you expect each month from visits, reviews and posts.")
        )
        form.addRow(translate("SettingsDialog", "&Expected non-shopping points:"), self.non_shopping_spin)
        self.pending_check = QCheckBox(
            translate("SettingsDialog", "Count pending orders in projections (as expected points)")
        )
        self.pending_check.setChecked(settings.include_pending)
        form.addRow(self.pending_check)
        return tab

    def _build_profile_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.birthday_edit = OptionalDateEdit(
            translate("SettingsDialog", "Birthday"), self._stored.get(SETTING_BIRTHDAY, "")
        )
        form.addRow(translate("SettingsDialog", "&Birthday:"), self.birthday_edit)
        self.registration_edit = OptionalDateEdit(
            translate("Dialogs", "Registration date"), self._stored.get(SETTING_REGISTRATION, "")
        )
        form.addRow(translate("SettingsDialog", "Re&gistered on AliExpress:"), self.registration_edit)

        return tab

    def _build_reminders_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(styled_label(translate("SettingsDialog", "Show these reminders on the dashboard:")))
        off = turned_off(self._stored)
        self.reminder_checks: dict[str, QCheckBox] = {}
        for kind, label in REMINDER_KINDS.items():
            check = QCheckBox(translate("Reminders", label))
            check.setChecked(kind not in off)
            self.reminder_checks[kind] = check
            column.addWidget(check)
        self.notify_check = QCheckBox(
            translate("SettingsDialog", "Also show new reminders as desktop &notifications, once a day each")
        )
        self.notify_check.setChecked(notifications_wanted(self.app_settings))
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(self.notify_check)

        form = QFormLayout()
        self.language_combo = QComboBox()
        self.language_combo.addItem(translate("SettingsDialog", "The system's language"), "")
        for code in available_languages():
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        index = self.language_combo.findData(saved_language(self.app_settings))
        self.language_combo.setCurrentIndex(max(index, 0))
        form.addRow(translate("SettingsDialog", "&Language:"), self.language_combo)
        column.addSpacing(self.fontMetrics().height())
        column.addLayout(form)
        self.language_note = styled_label(
            translate("SettingsDialog", "The new language is used from the next time Points Tracker starts."),
            muted=True,
        )
        self.language_note.setVisible(False)
        self.language_combo.currentIndexChanged.connect(
            lambda _index: self.language_note.setVisible(
                self.language_combo.currentData() != saved_language(self.app_settings)
            )
        )
        column.addWidget(self.language_note)
        column.addStretch()
        return tab

    def _reminders_off(self) -> str:
        return ",".join(sorted(kind for kind, check in self.reminder_checks.items() if not check.isChecked()))

    def _build_file_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(styled_label(translate("SettingsDialog", "Your records are kept in this file:")))
        self.path_label = styled_label(breakable_path(self.session.db_path), bold=True)
        self.path_label.setAccessibleName(translate("SettingsDialog", "Data file"))
        column.addWidget(self.path_label)
        row = QHBoxLayout()
        self.open_folder_button = QPushButton(translate("SettingsDialog", "Open &folder"))
        self.new_button = QPushButton(translate("SettingsDialog", "&New database…"))
        self.open_button = QPushButton(translate("SettingsDialog", "&Open database…"))
        self.open_folder_button.clicked.connect(self._on_open_folder)
        self.new_button.clicked.connect(self._on_new_database)
        self.open_button.clicked.connect(self._on_open_database)
        for button in (self.open_folder_button, self.new_button, self.open_button):
            row.addWidget(button)
        row.addStretch()
        column.addLayout(row)
        column.addWidget(
            styled_label(
                translate(
                    "SettingsDialog",
                    "A backup of the file is made each day you use it, in the backups folder beside it.",
                ),
                muted=True,
            )
        )
        column.addStretch()
        return tab

    @staticmethod
    def _problem_label() -> QLabel:
        label = styled_label()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    @staticmethod
    def _file_item_text(path: str) -> str:
        return translate("Dialogs", "{file} (your file)").format(file=Path(path).name)

    # --- rule set --------------------------------------------------------------------------------

    def _on_ruleset_activated(self, index: int) -> None:
        if self.ruleset_combo.itemData(index) != _OTHER_FILE:
            self._previous_ruleset_index = index
            return
        chosen = self.ask_ruleset_file()
        if chosen is None:
            self.ruleset_combo.setCurrentIndex(self._previous_ruleset_index)
            return
        try:
            load_ruleset(chosen)
        except RuleSetError as error:
            self.ruleset_combo.setCurrentIndex(self._previous_ruleset_index)
            self._show_problem(
                self.ruleset_problem, translate("Dialogs", "That file cannot be used: {error}").format(error=error)
            )
            return
        other = self.ruleset_combo.count() - 1
        self.ruleset_combo.insertItem(other, self._file_item_text(str(chosen)), str(chosen))
        self.ruleset_combo.setCurrentIndex(other)
        self._previous_ruleset_index = other

    def ask_ruleset_file(self) -> Path | None:
        """Ask for a rule-set file (replaced in tests)."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("SettingsDialog", "Choose a rule-set file"),
            "",
            translate("SettingsDialog", "Rule sets (*.toml)"),
        )
        return Path(name) if name else None

    def _on_ruleset_picked(self, index: int) -> None:
        value = self.ruleset_combo.itemData(index)
        if value == _OTHER_FILE:
            return
        try:
            self._chosen_ruleset = find_ruleset(value)
        except RuleSetError as error:
            self._chosen_ruleset = None
            self.ruleset_view.clear()
            self._show_problem(self.ruleset_problem, str(error))
        else:
            self.ruleset_view.setHtml(ruleset_html(self._chosen_ruleset))
            self._show_problem(self.ruleset_problem, "")
        self._validate()

    def chosen_ruleset(self) -> RuleSet | None:
        return self._chosen_ruleset

    # --- validation and saving -------------------------------------------------------------------

    @staticmethod
    def _show_problem(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _validate(self) -> None:
        rates_problem = self.currencies_page.problem_text()
        self.ok_button.setEnabled(not rates_problem and self._chosen_ruleset is not None)

    def show_currency(self, code: str) -> None:
        """Open on the Currencies tab with the cursor on ``code``'s rate (the dashboard's button)."""
        self.tabs.setCurrentWidget(self.currencies_page)
        self.currencies_page.focus_currency(code)

    def changed_settings(self) -> dict[str, str]:
        """The settings whose values differ from what is stored: key → new text."""
        ruleset_value = self.ruleset_combo.currentData()
        wanted = {
            SETTING_RULESET: ruleset_value,
            repository.SETTING_CONFIRMATION_LAG: str(self.lag_spin.value()),
            repository.SETTING_NON_SHOPPING_POINTS: str(self.non_shopping_spin.value()),
            repository.SETTING_INCLUDE_PENDING: "true" if self.pending_check.isChecked() else "false",
            SETTING_BIRTHDAY: self.birthday_edit.value(),
            SETTING_REGISTRATION: self.registration_edit.value(),
            SETTING_REMINDERS_OFF: self._reminders_off(),
        }
        settings = self.session.settings()
        effective = {
            SETTING_RULESET: self._stored.get(SETTING_RULESET) or DEFAULT_RULESET_ID,
            repository.SETTING_CONFIRMATION_LAG: str(settings.confirmation_lag_days),
            repository.SETTING_NON_SHOPPING_POINTS: str(settings.monthly_non_shopping_points),
            repository.SETTING_INCLUDE_PENDING: "true" if settings.include_pending else "false",
            SETTING_BIRTHDAY: self._stored.get(SETTING_BIRTHDAY, ""),
            SETTING_REGISTRATION: self._stored.get(SETTING_REGISTRATION, ""),
            SETTING_REMINDERS_OFF: ",".join(sorted(turned_off(self._stored) & set(REMINDER_KINDS))),
        }
        return {key: value for key, value in wanted.items() if value != effective[key]}

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        for key, value in self.changed_settings().items():
            self.session.set_setting(key, value)
        self.currencies_page.save()
        self.app_settings.setValue(KEY_NOTIFY, "true" if self.notify_check.isChecked() else "false")
        language = self.language_combo.currentData()
        changed = language != saved_language(self.app_settings)
        self.app_settings.setValue(KEY_LANGUAGE, language)
        super().accept()
        if changed and questions.ask(
            self.parentWidget(), questions.restart_for_language(self.language_combo.currentText())
        ):
            self.restart_requested.emit()

    # --- data file -------------------------------------------------------------------------------

    def _on_open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.session.db_path.parent)))

    def _on_new_database(self) -> None:
        self.reject()
        self.new_database_requested.emit()

    def _on_open_database(self) -> None:
        self.reject()
        self.open_database_requested.emit()
