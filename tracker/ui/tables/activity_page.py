"""The Activity page: Member Center visits, Club posts, store follows, bonuses and adjustments,
with today's visit one click away, the visits calendar, and the promotions below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.report.summary import day
from tracker.store.errors import StoreError
from tracker.store.listing import ActivityKind, ActivityRow
from tracker.ui import questions
from tracker.ui.forms import VisitsCalendarDialog, edit_record
from tracker.ui.record_words import phrase
from tracker.ui.session import Session
from tracker.ui.tables.models import ActivityModel, PromotionRow, PromotionsModel, multiplier_label
from tracker.ui.tables.page import RecordPage, make_table_view

_KIND_OF = {
    ActivityKind.VISIT: "visit",
    ActivityKind.POST: "post",
    ActivityKind.FOLLOW: "follow",
    ActivityKind.BONUS: "entry",
    ActivityKind.ADJUSTMENT: "entry",
}


class ActivityPage(RecordPage):
    noun = "entry"
    search_hint = QT_TRANSLATE_NOOP("Search", "Search store, note or kind")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, ActivityModel(session), parent)
        self.view.setAccessibleName(translate("ActivityPage", "Activity"))
        self.search.setAccessibleName(translate("ActivityPage", "Search activity"))
        self.visited_button = QPushButton(translate("ActivityPage", "&Visited today"), self)
        self.visited_button.setToolTip(translate("ActivityPage", "Record today's Member Center visit"))
        self.calendar_button = QPushButton(translate("ActivityPage", "Visits &calendar…"), self)
        self.extra_buttons = [self.visited_button, self.calendar_button]
        self.add_button.setText(translate("ActivityPage", "&Add…"))
        menu = QMenu(self.add_button)
        self.add_post_action = QAction(translate("ActivityPage", "Club &post…"), menu)
        self.add_follow_action = QAction(translate("ActivityPage", "Store &follow…"), menu)
        self.add_entry_action = QAction(translate("ActivityPage", "&Bonus or adjustment…"), menu)
        menu.addActions([self.add_post_action, self.add_follow_action, self.add_entry_action])
        self.add_button.setMenu(menu)

        self.promotions = PromotionsModel(session, self)
        self.promotions_view = make_table_view(self.promotions, self)
        self.promotions_view.setAccessibleName(translate("ActivityPage", "Promotions"))
        self.promotions_view.set_empty_text(phrase("promotion", "empty"))
        self.add_promotion_button = QPushButton(translate("ActivityPage", "Add &promotion…"), self)
        self.edit_promotion_button = QPushButton(translate("ActivityPage", "Edit…"), self)
        self.edit_promotion_button.setAccessibleName(translate("ActivityPage", "Edit promotion"))
        self.delete_promotion_button = QPushButton(translate("ActivityPage", "Delete…"), self)
        self.delete_promotion_button.setAccessibleName(translate("ActivityPage", "Delete promotion"))

        self.finish_layout(self._build_body())
        QWidget.setTabOrder(self.delete_button, self.promotions_view)
        QWidget.setTabOrder(self.promotions_view, self.add_promotion_button)
        QWidget.setTabOrder(self.add_promotion_button, self.edit_promotion_button)
        QWidget.setTabOrder(self.edit_promotion_button, self.delete_promotion_button)
        self._connect_activity_callbacks()
        self._on_records_changed()
        self._on_promotion_selection_changed()

    def _build_body(self) -> QWidget:
        box = QGroupBox(self)
        # A wrapping line rather than the box's title, which would hold the page wide in a long language.
        self.promotions_title = QLabel(
            translate(
                "ActivityPage", "Promotions (S9): orders placed in these days earn shopping points × the multiplier"
            ),
            box,
        )
        self.promotions_title.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_promotion_button, self.edit_promotion_button, self.delete_promotion_button):
            buttons.addWidget(button)
        inner = QVBoxLayout(box)
        inner.addWidget(self.promotions_title)
        inner.addWidget(self.promotions_view, 1)
        inner.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _connect_activity_callbacks(self) -> None:
        self.visited_button.clicked.connect(self._on_visited_clicked)
        self.calendar_button.clicked.connect(self._on_calendar_clicked)
        self.add_post_action.triggered.connect(lambda: edit_record(self, self.session, "post"))
        self.add_follow_action.triggered.connect(lambda: edit_record(self, self.session, "follow"))
        self.add_entry_action.triggered.connect(lambda: edit_record(self, self.session, "entry"))
        self.session.changed.connect(self._on_records_changed)
        self.promotions_view.doubleClicked.connect(self._on_edit_promotion_clicked)
        self.promotions_view.selectionModel().selectionChanged.connect(self._on_promotion_selection_changed)
        self.add_promotion_button.clicked.connect(lambda: edit_record(self, self.session, "promotion"))
        self.edit_promotion_button.clicked.connect(self._on_edit_promotion_clicked)
        self.delete_promotion_button.clicked.connect(self._on_delete_promotion_clicked)

    # --- rows ----------------------------------------------------------------------------------

    def record_of(self, row: ActivityRow) -> tuple[str, int]:
        return _KIND_OF[row.kind], row.id

    def describe(self, row: ActivityRow) -> str:
        when = day(row.date)
        if row.kind is ActivityKind.VISIT:
            return translate("Tables", "the visit on {when}").format(when=when)
        if row.kind is ActivityKind.POST:
            text = translate("Tables", "the Club post of {when}").format(when=when)
            return text + (f" ({row.detail})" if row.detail else "")
        if row.kind is ActivityKind.FOLLOW:
            text = translate("Tables", "the store follow of {when}").format(when=when)
            return text + (f" ({row.detail})" if row.detail else "")
        points = row.points or 0
        if row.kind is ActivityKind.BONUS:
            return translate("Tables", "the bonus of %n points on {when}", None, points).format(when=when)
        if points < 0:
            less = -points  # Qt fills in %n only for a count of 0 or more
            return translate("Tables", "the adjustment of minus %n points on {when}", None, less).format(when=when)
        return translate("Tables", "the adjustment of %n points on {when}", None, points).format(when=when)

    def add_record(self) -> None:
        self.add_button.showMenu()

    # --- visits --------------------------------------------------------------------------------

    def _on_records_changed(self) -> None:
        if getattr(self.session, "provisional", False):
            return  # last time's figures while the records load: ask when they are in
        today = self.session.today()
        visited = any(visit.date == today for visit in self.session.records().visits)
        self.visited_button.setEnabled(not visited)
        self.visited_button.setToolTip(
            translate("Tables", "Today's visit is recorded")
            if visited
            else translate("Tables", "Record today's Member Center visit")
        )

    def _on_visited_clicked(self) -> None:
        try:
            added = self.session.visited_today()
        except StoreError as error:
            QMessageBox.warning(self, translate("ActivityPage", "Cannot record the visit"), str(error))
            return
        today = day(self.session.today())
        self.show_notice(
            translate("Tables", "Visit recorded for {today}.").format(today=today)
            if added
            else translate("Tables", "The visit of {today} was already recorded.").format(today=today)
        )

    def _on_calendar_clicked(self) -> None:
        row = self.selected_row()
        month = row.date if row is not None and row.kind is ActivityKind.VISIT else None
        if VisitsCalendarDialog.ask(self, self.session, month):
            self.show_notice(translate("Tables", "Visits saved."))

    # --- promotions ----------------------------------------------------------------------------

    def selected_promotion(self) -> PromotionRow | None:
        rows = self.promotions_view.selectionModel().selectedRows()
        return self.promotions.row_at(rows[0].row()) if rows else None

    def _on_promotion_selection_changed(self, *_: object) -> None:
        chosen = self.selected_promotion() is not None
        self.edit_promotion_button.setEnabled(chosen)
        self.delete_promotion_button.setEnabled(chosen)

    def _on_edit_promotion_clicked(self, *_: object) -> None:
        row = self.selected_promotion()
        if row is not None:
            edit_record(self, self.session, "promotion", row.id)

    def _on_delete_promotion_clicked(self) -> None:
        row = self.selected_promotion()
        if row is None:
            return
        promotion = row.promotion
        name = (
            translate("Tables", "“{name}”").format(name=promotion.name)
            if promotion.name
            else translate("Tables", "the promotion")
        )
        what = translate("Tables", "{name} ({multiplier_label}, {day} to {day2})").format(
            name=name, multiplier_label=multiplier_label(promotion), day=day(promotion.start), day2=day(promotion.end)
        )
        if questions.ask(self, questions.delete_record(translate("ActivityPage", "Delete promotion?"), what)):
            try:
                self.session.delete("promotion", row.id)
            except StoreError as error:
                QMessageBox.warning(self, translate("ActivityPage", "Cannot delete"), str(error))
