"""The items of an order: one line of inputs per item, added and removed by the shopper."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.store.drafts import LineDraft
from tracker.store.errors import FieldProblem
from tracker.ui.forms.widgets import FieldMessage, MoneyEdit, currency_mark

MAX_QUANTITY = 9_999
_HEADERS = (  # translated where shown
    QT_TRANSLATE_NOOP("ItemsEditor", "Title"),
    QT_TRANSLATE_NOOP("ItemsEditor", "Category"),
    QT_TRANSLATE_NOOP("ItemsEditor", "Product id"),
    QT_TRANSLATE_NOOP("ItemsEditor", "Qty"),
    QT_TRANSLATE_NOOP("ItemsEditor", "Unit price"),
)
_PRICE = 4  # the column of the unit price, whose title names the currency it is typed in


class ItemRow:
    """The inputs of one item, and the message under them."""

    def __init__(self, editor: ItemsEditor, categories: Iterable[str]) -> None:
        self.title = QLineEdit(editor)
        self.title.setPlaceholderText(translate("ItemRow", "What you bought"))
        self.category = QComboBox(editor)
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.addItems(sorted(categories, key=str.casefold))
        self.category.setProperty("user_data", True)  # the shopper's own categories: never translated
        self.category.setCurrentIndex(-1)
        line_edit, completer = self.category.lineEdit(), self.category.completer()
        if line_edit is not None:
            line_edit.setPlaceholderText(translate("ItemRow", "Category"))
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.product_id = QLineEdit(editor)
        self.product_id.setPlaceholderText(translate("ItemRow", "Optional"))
        self.quantity = QSpinBox(editor)
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.price = MoneyEdit(editor, optional=False)
        self.remove = QToolButton(editor)
        self.remove.setIcon(editor.style().standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton))
        self.remove.setAutoRaise(True)
        self.message = FieldMessage(buddy=self.price, parent=editor)
        metrics = editor.fontMetrics()
        self.title.setMinimumWidth(metrics.horizontalAdvance(translate("Dialogs", "What you bought")) + 24)
        self.category.setMinimumWidth(metrics.horizontalAdvance("Category") + 48)
        self.product_id.setMinimumWidth(metrics.horizontalAdvance("Optional") + 24)

    def widgets(self) -> list[QWidget]:
        return [self.title, self.category, self.product_id, self.quantity, self.price, self.remove]

    def set_number(self, number: int) -> None:
        """Name the inputs after the item's place (1-based) for screen readers."""
        names = [translate("ItemsEditor", header) for header in _HEADERS] + [translate("ItemsEditor", "Remove")]
        for widget, name in zip(self.widgets(), names, strict=True):
            widget.setAccessibleName(
                translate("ItemsEditor", "{field} of item {number}").format(field=name, number=number)
            )
        self.remove.setToolTip(translate("ItemsEditor", "Remove item {number}").format(number=number))

    def load(self, line: LineDraft) -> None:
        self.title.setText(line.title)
        self.category.setCurrentText(line.category)
        self.product_id.setText(line.product_id)
        for edit in (self.title, self.product_id):
            edit.setCursorPosition(0)  # show the start of a long product id, not its end
        self.quantity.setValue(min(line.quantity, MAX_QUANTITY))
        self.price.set_cents(line.unit_price_cents)

    def read(self, index: int) -> tuple[LineDraft, list[FieldProblem]]:
        field = f"lines[{index}].unit_price_cents"
        cents, problem = self.price.cents(), self.price.problem()
        problems = (
            [FieldProblem(field, problem or translate("ItemsEditor", "Enter the item's price"))]
            if cents is None
            else []
        )
        line = LineDraft(
            title=self.title.text().strip(),
            product_id=self.product_id.text().strip(),
            category=self.category.currentText().strip(),
            quantity=self.quantity.value(),
            unit_price_cents=cents or 0,
        )
        return line, problems


class ItemsEditor(QWidget):
    """An order's items. ``edited`` names the field the shopper changed (``"lines[1]"``, or
    ``"lines"`` when an item was added or removed)."""

    edited = Signal(str)
    rows_changed = Signal()  # an item was added or removed: the form re-places messages, tab order

    def __init__(self, categories: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories = list(categories)
        self._currency = "USD"
        self.rows: list[ItemRow] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        self._grid.setColumnStretch(2, 2)
        self.headers: list[QLabel] = []
        for column, text in enumerate(_HEADERS):
            header = QLabel(translate("ItemsEditor", text), self)
            if column >= 3:
                header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(header, 0, column)
            self.headers.append(header)
        self.set_currency("USD")
        self.add_button = QPushButton(translate("ItemsEditor", "&Add item"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    # --- reading and writing -------------------------------------------------------------------

    def set_lines(self, lines: Iterable[LineDraft]) -> None:
        for row in self.rows:
            self._discard(row)
        self.rows = []
        for line in lines:
            self._append().load(line)
        if not self.rows:
            self._append()
        self._relayout()

    def read(self) -> tuple[tuple[LineDraft, ...], list[FieldProblem]]:
        """The items (an unreadable price read as 0) and what could not be read."""
        lines: list[LineDraft] = []
        problems: list[FieldProblem] = []
        for index, row in enumerate(self.rows):
            line, row_problems = row.read(index)
            problems += row_problems
            lines.append(line)
        return tuple(lines), problems

    def messages(self) -> dict[str, FieldMessage]:
        """Where each item's problems go: both a quantity's and a price's under their row."""
        placed: dict[str, FieldMessage] = {}
        for index, row in enumerate(self.rows):
            for field in ("quantity", "unit_price_cents", "title", "category", "product_id"):
                placed[f"lines[{index}].{field}"] = row.message
        return placed

    def set_currency(self, code: str) -> None:
        """The prices are typed in ``code``: the price column says so, and its boxes take it."""
        self._currency = code or "USD"
        self.headers[_PRICE].setText(
            translate("ItemsEditor", "Unit price {currency}").format(currency=currency_mark(self._currency))
        )
        for row in self.rows:
            row.price.currencies = (self._currency,)

    def focus_chain(self) -> list[QWidget]:
        return [widget for row in self.rows for widget in row.widgets()] + [self.add_button]

    # --- adding and removing -------------------------------------------------------------------

    def add_row(self) -> ItemRow:
        row = self._append()
        self._relayout()
        self.edited.emit("lines")
        return row

    def remove_row(self, row: ItemRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            self._discard(row)
            self._relayout()
            self.edited.emit("lines")

    def _on_add_clicked(self) -> None:
        self.add_row().title.setFocus()

    def _append(self) -> ItemRow:
        row = ItemRow(self, self._categories)
        row.price.currencies = (self._currency,)
        self.rows.append(row)
        index_of = self.rows.index
        for signal, part in (
            (row.title.textChanged, "title"),
            (row.category.currentTextChanged, "category"),
            (row.product_id.textChanged, "product_id"),
            (row.quantity.valueChanged, "quantity"),
            (row.price.textChanged, "unit_price_cents"),
        ):
            signal.connect(lambda *_, row=row, part=part: self.edited.emit(f"lines[{index_of(row)}].{part}"))
        row.remove.clicked.connect(lambda *_, row=row: self.remove_row(row))
        return row

    def _discard(self, row: ItemRow) -> None:
        for widget in (*row.widgets(), row.message):
            self._grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()

    def _relayout(self) -> None:
        for row in self.rows:  # a widget added again without leaving first makes Qt warn
            for widget in (*row.widgets(), row.message):
                self._grid.removeWidget(widget)
        for number, row in enumerate(self.rows):
            for column, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, 1 + 2 * number, column)
            self._grid.addWidget(row.message, 2 + 2 * number, 0, 1, len(_HEADERS))
            row.set_number(number + 1)
            row.remove.setEnabled(len(self.rows) > 1)
        self.rows_changed.emit()
