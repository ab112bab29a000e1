"""What the Orders, Reviews and Activity pages share: a table, a search box, a date range,
Add / Edit / Delete, and a count line.

Subclasses say which model to show, how to name a row in the delete question, and which kind
of record (``"order"``) a row is.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.store.errors import StoreError
from tracker.ui import questions
from tracker.ui.forms import edit_record
from tracker.ui.forms.widgets import DateField
from tracker.ui.record_kinds import KINDS
from tracker.ui.record_words import phrase
from tracker.ui.session import Session
from tracker.ui.tables.base import RecordTableModel, RowFilter

NOTICE_MS = 6_000
FILTER_DELAY_MS = 150  # typing pauses this long before the table filters (100,000 rows: ~40 ms)


def _plain_key(event: QEvent) -> int | None:
    """The key of a key press without modifiers; None for any other event."""
    if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not event.modifiers():
        return event.key()
    return None


class RecordView(QTableView):
    """A table that says what to do when it has no rows, rather than showing an empty frame, and
    that leaves out its optional columns while it is too narrow for them (unless the shopper chose)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = ""
        self.chosen_columns: set[int] = set()  # shown or hidden by the shopper: left as they are
        self.widths: dict[int, int] = {}  # each column's own width, also while it is hidden

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Reached by the keyboard with nothing selected, the row with the focus frame is selected:
        Enter, Delete and the page's Edit… and Delete… buttons act on the row a keyboard user sees,
        rather than on nothing."""
        super().focusInEvent(event)
        keyboard = (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        )
        model = self.model()
        if event.reason() in keyboard and model is not None and model.rowCount() and not self.selectedIndexes():
            current = self.currentIndex()
            self.selectRow(current.row() if current.isValid() else 0)

    def fit_columns(self) -> None:
        """Show each optional column only while the stretching column keeps at least 14 lines' width."""
        model = self.model()
        if not isinstance(model, RecordTableModel):
            return
        header = self.horizontalHeader()
        room = self.viewport().width() - self.fontMetrics().height() * 14

        def width(number: int) -> int:
            return header.sectionSize(number) if not header.isSectionHidden(number) else self.widths.get(number, 0)

        fixed = [n for n, column in enumerate(model.columns) if n != model.stretch_column and not column.optional]
        used = sum(width(n) for n in fixed if not header.isSectionHidden(n))
        for number, column in enumerate(model.columns):
            if column.optional and number not in self.chosen_columns:
                fits = used + width(number) <= room
                if fits == header.isSectionHidden(number):
                    if not fits:
                        self.widths[number] = header.sectionSize(number)
                    header.setSectionHidden(number, not fits)
                    if fits:
                        header.resizeSection(number, self.widths.get(number, header.defaultSectionSize()))
                used += width(number) if fits else 0

    def set_empty_text(self, text: str) -> None:
        if text != self._empty_text:
            self._empty_text = text
            self.setAccessibleDescription(text)
            self.viewport().update()

    def empty_text(self) -> str:
        """What the table says while it shows no rows (empty when it shows some)."""
        model = self.model()
        return self._empty_text if model is not None and model.rowCount() == 0 else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = self.empty_text()
        if text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            em = self.fontMetrics().height()
            area = self.viewport().rect().adjusted(em * 2, em * 2, -em * 2, -em)
            painter.drawText(
                area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), text
            )
            painter.end()


def make_table_view(model: RecordTableModel[Any], parent: QWidget | None = None) -> RecordView:
    """A read-only, row-selecting, sortable view with widths from the columns' samples."""
    view = RecordView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, to the buttons
    view.setCornerButtonEnabled(False)
    vertical = view.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setSectionsMovable(True)
    metrics = view.fontMetrics()
    for number, column in enumerate(model.columns):
        # Room for the text, the cell margins and, on the header, the sort arrow.
        sample = max(
            metrics.horizontalAdvance(column.sample),
            metrics.horizontalAdvance(translate("Columns", column.header)) + 14,
        )
        view.setColumnWidth(number, sample + 14)
        view.widths[number] = sample + 14
    for number, column in enumerate(model.columns):
        header.setSectionHidden(number, column.hidden)
    if model.stretch_column is not None:
        header.setSectionResizeMode(model.stretch_column, QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda point: _column_menu(view, point))
    sort_column, sort_order = model.sort_state()
    header.setSortIndicator(sort_column, sort_order)
    view.setSortingEnabled(True)
    return view


def _column_menu(view: QTableView, point: QPoint) -> None:
    """Right-click on the header: show or hide columns (at least one stays)."""
    header = view.horizontalHeader()
    model = view.model()
    menu = QMenu(view)
    shown = [number for number in range(model.columnCount()) if not header.isSectionHidden(number)]
    for number in range(model.columnCount()):
        action = menu.addAction(str(model.headerData(number, Qt.Orientation.Horizontal)))
        action.setCheckable(True)
        action.setChecked(number in shown)
        action.setEnabled(not (number in shown and len(shown) == 1))
        action.toggled.connect(lambda visible, number=number: _choose_column(view, number, visible))
    menu.exec(header.mapToGlobal(point))


def _choose_column(view: QTableView, number: int, visible: bool) -> None:
    if isinstance(view, RecordView):
        view.chosen_columns.add(number)
    view.horizontalHeader().setSectionHidden(number, not visible)


class SearchField(QLineEdit):
    """A search box whose placeholder says what it searches while there is room for that, and
    just "Search" when the field is narrower (a small screen, a long translation); the whole
    hint is always its tooltip."""

    def __init__(self, hint: str, short: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = hint
        self.short = short
        self.setToolTip(hint)
        self.setPlaceholderText(hint)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_placeholder()

    def fit_placeholder(self) -> None:
        # The text's room: the field less its frame and margins, and the clear button's place.
        room = self.width() - 12 - (self.fontMetrics().height() + 6)
        wanted = self.hint if self.fontMetrics().horizontalAdvance(self.hint) <= room else self.short
        if wanted != self.placeholderText():
            self.setPlaceholderText(wanted)


class ActionBar(QWidget):
    """The count line and the page's buttons: in one row while there is room for both, the count
    above the buttons when the page is narrower (a small screen, a long translation)."""

    def __init__(self, text: QWidget, buttons: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = text
        self.buttons = QWidget(self)
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(text, 1)
        self.box.addWidget(self.buttons)
        # The text's width never holds the page wide: it goes above the buttons instead.
        text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def one_row_width(self) -> int:
        return self.words.sizeHint().width() + self.box.spacing() + self.buttons.sizeHint().width()

    def in_one_row(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(event.size().width())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a new count or notice: does it still fit?
            self.arrange(self.width())
        return super().event(event)

    def arrange(self, width: int) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight if width >= self.one_row_width() else QBoxLayout.Direction.TopToBottom
        )
        if direction != self.box.direction():
            self.box.setDirection(direction)


class RecordPage(QWidget):
    """A page of one kind of record; see the module docstring."""

    noun = "record"
    search_hint = QT_TRANSLATE_NOOP("Search", "Search")

    def __init__(self, session: Session, model: RecordTableModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        model.setParent(self)

        self.search = SearchField(translate("Search", self.search_hint), translate("Search", "Search"), self)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(phrase(self.noun, "search"))
        self.date_from = DateField(
            translate("Tables", "from date"), translate("Tables", "Any date"), fallback=self._first_date, parent=self
        )
        self.date_to = DateField(
            translate("Tables", "to date"), translate("Tables", "Any date"), fallback=session.today, parent=self
        )
        self.view = make_table_view(model, self)
        self.view.setAccessibleName(phrase(self.noun, "view"))
        self.count_label = QLabel(self)
        self.notice = QLabel(self)  # a passing word after an action: "Visit recorded for 24 Nov."
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self.add_button = QPushButton(phrase(self.noun, "add_button"), self)
        self.edit_button = QPushButton(translate("RecordPage", "&Edit…"), self)
        self.delete_button = QPushButton(translate("RecordPage", "&Delete…"), self)
        self.extra_buttons: list[QWidget] = []

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)

        self._connect_callbacks()

    def finish_layout(self, body: QWidget | None = None) -> None:
        """Lay the page out; ``body`` replaces the bare table (the Activity page adds promotions)."""
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        from_label = QLabel(translate("RecordPage", "&From:"), self)
        from_label.setBuddy(self.date_from)
        to_label = QLabel(translate("RecordPage", "&To:"), self)
        to_label.setBuddy(self.date_to)
        filters.addSpacing(8)
        filters.addWidget(from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(to_label)
        filters.addWidget(self.date_to)
        words = QWidget(self)
        status = QHBoxLayout(words)
        status.setContentsMargins(0, 0, 0, 0)
        status.addWidget(self.count_label)
        status.addSpacing(12)
        status.addWidget(self.notice, 1)
        buttons: list[QWidget] = [*self.extra_buttons, self.add_button, self.edit_button, self.delete_button]
        self.action_bar = ActionBar(words, buttons, self)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(body or self.view, 1)
        layout.addWidget(self.action_bar)
        chain: list[QWidget] = [self.search, self.date_from, self.date_to, self.view, *self.extra_buttons,
                                self.add_button, self.edit_button, self.delete_button]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._on_selection_changed()
        self._on_contents_changed()

    def _connect_callbacks(self) -> None:
        self.search.textChanged.connect(self._filter_timer.start)
        self._filter_timer.timeout.connect(self._on_filter_changed)
        self.date_from.value_changed.connect(self._on_filter_changed)
        self.date_to.value_changed.connect(self._on_filter_changed)
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._notice_timer.timeout.connect(self.notice.clear)
        self.model.contents_changed.connect(self._on_contents_changed)
        self.model.rowsInserted.connect(self._on_contents_changed)
        self.model.rowsRemoved.connect(self._on_contents_changed)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.view.installEventFilter(self)  # Enter edits, Delete deletes the selected record
        self.search.installEventFilter(self)  # Down goes on to the rows found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = _plain_key(event)
        if watched is self.search and key == Qt.Key.Key_Down:
            self._filter_timer.stop()
            self._on_filter_changed()  # what was just typed, before the rows are gone through
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_edit_clicked()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self._on_delete_clicked()
                return True
        return super().eventFilter(watched, event)

    # --- what subclasses provide ---------------------------------------------------------------

    def record_of(self, row: Any) -> tuple[str, int]:
        """The session's kind and the id of a row: ``("order", 42)``."""
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        """The row in words, for the delete question: ``order 8100… of 3 Mar 2026 ($12.34)``."""
        raise NotImplementedError

    def add_record(self) -> None:
        edit_record(self, self.session, self.noun)

    # --- reading -------------------------------------------------------------------------------

    def selected_row(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_key(self, key: Any) -> bool:
        """Select and show the row with ``key`` (a record's id); False if it is not shown."""
        number = self.model.row_number_of(key)
        if number is None:
            return False
        self.view.selectRow(number)
        self.view.scrollTo(self.model.index(number, 0))
        return True

    def select_record(self, kind: str, record_id: int) -> bool:
        """Select and show the record just saved, if this page lists it (and the filter shows it)."""
        for number, row in enumerate(self.model.shown_rows()):
            if self.record_of(row) == (kind, record_id):
                self.view.selectRow(number)
                self.view.scrollTo(self.model.index(number, 0))
                return True
        return False

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self._notice_timer.start()

    def current_filter(self) -> RowFilter:
        return RowFilter(self.search.text(), self.date_from.value(), self.date_to.value())

    # --- reacting ------------------------------------------------------------------------------

    def _first_date(self) -> date:
        rows = self.model.all_rows()
        return min((self.model.date_of(row) for row in rows), default=self.session.today())

    def _on_filter_changed(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.current_filter())
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current)

    def _on_contents_changed(self) -> None:
        self.count_label.setText(self.model.summary())
        if self.model.total_count() == 0:
            self.view.set_empty_text(phrase(self.noun, "empty"))
        else:
            self.view.set_empty_text(translate("RecordPage", "Nothing matches the search and dates."))

    def _on_selection_changed(self, *_: QItemSelection) -> None:
        chosen = self.selected_row() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._edit_row(self.model.row_at(index.row()))

    def _on_add_clicked(self) -> None:
        self.add_record()

    def _on_edit_clicked(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._edit_row(row)

    def _edit_row(self, row: Any) -> None:
        kind, record_id = self.record_of(row)
        edit_record(self, self.session, kind, record_id)

    def _on_delete_clicked(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        kind, record_id = self.record_of(row)
        what = self.describe(row)
        if not questions.ask(self, questions.delete_record(phrase(KINDS[kind].label, "delete_title"), what)):
            return
        try:
            self.session.delete(kind, record_id)
        except StoreError as error:
            QMessageBox.warning(self, translate("RecordPage", "Cannot delete"), str(error))
