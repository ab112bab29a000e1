"""The import dialog's first three steps: which file, how to read it, what its columns mean.

Each page shows an :class:`~tracker.importing.engine.Analysis` and turns what the shopper sets
into :class:`~tracker.importing.options.ImportOptions`; the dialog re-analyses on every change
(a preview of the first rows takes milliseconds), so what the tables show is always what the
import will read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.importing.dates import DATE_FORMATS
from tracker.importing.engine import Analysis, fields_for
from tracker.importing.fields import label
from tracker.importing.known_exports import (
    DATA_DOWNLOAD,
    MCP_LINES,
    MCP_ORDERS,
    MCP_REFUNDS,
    OLD_ORDER_DETAILS,
    OLD_ORDER_LIST,
    ORDER_DOWNLOADER_NO_HEADER,
    ORDER_EXPORT_LINES,
    ORDER_EXPORT_ORDERS,
    ORDER_EXPORT_WORKBOOK_LINES,
    ORDER_EXPORT_WORKBOOK_ORDERS,
    ORDER_EXPORTER_FIRST,
)
from tracker.importing.options import (
    ACTIVITY,
    ORDERS,
    POINTS_HISTORY,
    REFUNDS,
    STATUSES,
    TARGET_LABELS,
    TARGETS,
    ImportOptions,
)
from tracker.ui.importing.left_out import LeftOutPanel
from tracker.ui.importing.models import PreviewModel
from tracker.ui.importing.widgets import (
    combo_box,
    compact,
    fit_columns,
    fit_combo,
    heading,
    note,
    preview_table,
    problem_label,
    select_data,
)

AUTOMATIC = QT_TRANSLATE_NOOP("FormatPage", "Automatic")  # shown with translate("FormatPage", AUTOMATIC)
ENCODINGS = ("utf-8", "cp1252", "cp1250", "cp1251", "utf-16", "iso-8859-1", "mac-roman", "cp932", "gb18030")
SEPARATORS = {
    QT_TRANSLATE_NOOP("FormatPage", "Comma ( , )"): ",",
    QT_TRANSLATE_NOOP("FormatPage", "Semicolon ( ; )"): ";",
    QT_TRANSLATE_NOOP("FormatPage", "Tab"): "\t",
    QT_TRANSLATE_NOOP("FormatPage", "Bar ( | )"): "|",
}
# The separator in "utf-8, comma-separated".
SEPARATOR_WORDS = {
    ",": QT_TRANSLATE_NOOP("FormatPage", "comma"),
    ";": QT_TRANSLATE_NOOP("FormatPage", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("FormatPage", "tab"),
    "|": QT_TRANSLATE_NOOP("FormatPage", "bar"),
}
TARGET_TITLES = {
    ORDERS: QT_TRANSLATE_NOOP("FormatPage", "Orders"),
    ACTIVITY: QT_TRANSLATE_NOOP("FormatPage", "Activity (reviews, visits …)"),
    POINTS_HISTORY: QT_TRANSLATE_NOOP("FormatPage", "Points history"),
    REFUNDS: QT_TRANSLATE_NOOP("FormatPage", "Refunds of orders already recorded"),
}
CURRENCIES = ("USD", "EUR", "GBP", "PLN", "BRL", "RUB", "CAD", "AUD", "MXN", "UAH", "KRW", "JPY", "CNY", "TRY", "CZK")
IGNORE = QT_TRANSLATE_NOOP("ColumnsPage", "— ignore —")
# The statuses as the dropdowns show them; the option keeps the English value.
STATUS_WORDS = {
    "pending": QT_TRANSLATE_NOOP("ColumnsPage", "pending"),
    "confirmed": QT_TRANSLATE_NOOP("ColumnsPage", "confirmed"),
    "cancelled": QT_TRANSLATE_NOOP("ColumnsPage", "cancelled"),
}
CHOOSE_FIELDS = QT_TRANSLATE_NOOP(
    "ColumnsPage", "Choose a field for each column you want; the rest are ignored. Beside each value: how it reads."
)
NATIVE_COLUMNS = QT_TRANSLATE_NOOP(
    "ColumnsPage", "This is Points Tracker's own file: every column is read exactly as written, nothing to choose."
)


# The built-in presets as the "Read it as" box shows them; the name stays the preset's key (the CLI's too).
PRESET_TITLES = {
    ORDER_EXPORT_ORDERS: QT_TRANSLATE_NOOP("FilePage", "AliExpress-Order-Export: orders"),
    ORDER_EXPORT_LINES: QT_TRANSLATE_NOOP("FilePage", "AliExpress-Order-Export: order lines"),
    ORDER_EXPORT_WORKBOOK_ORDERS: QT_TRANSLATE_NOOP("FilePage", "AliExpress-Order-Export workbook: Orders sheet"),
    ORDER_EXPORT_WORKBOOK_LINES: QT_TRANSLATE_NOOP("FilePage", "AliExpress-Order-Export workbook: Order Lines sheet"),
    DATA_DOWNLOAD: QT_TRANSLATE_NOOP("FilePage", "AliExpress data download"),
    MCP_ORDERS: QT_TRANSLATE_NOOP("FilePage", "aliexpress-mcp: orders"),
    MCP_LINES: QT_TRANSLATE_NOOP("FilePage", "aliexpress-mcp: order lines"),
    MCP_REFUNDS: QT_TRANSLATE_NOOP("FilePage", "aliexpress-mcp: refunds"),
    ORDER_DOWNLOADER_NO_HEADER: QT_TRANSLATE_NOOP("FilePage", "aliexpress-order-downloader (no header row)"),
    ORDER_EXPORTER_FIRST: QT_TRANSLATE_NOOP("FilePage", "aliexpress-order-exporter (first version)"),
    OLD_ORDER_LIST: QT_TRANSLATE_NOOP("FilePage", "Old order list scraper (semicolons)"),
    OLD_ORDER_DETAILS: QT_TRANSLATE_NOOP("FilePage", "Old order details scraper"),
}


def preset_title(name: str) -> str:
    """A preset's name as the shopper reads it: a built-in one's in their language."""
    title = PRESET_TITLES.get(name)
    return translate("FilePage", title) if title else name


def _target_title(target: str) -> str:
    """``Orders``: what a file can hold, as the "The file holds" dropdown shows it."""
    title = TARGET_TITLES.get(target)
    return translate("FormatPage", title) if title is not None else TARGET_LABELS[target].capitalize()


def _status_word(status: str) -> str:
    word = STATUS_WORDS.get(status)
    return translate("ColumnsPage", word) if word is not None else status


class FilePage(QWidget):
    """Step 1: the file (chosen, or dropped on the dialog) and, if wanted, a preset."""

    choose_requested = Signal()
    path_entered = Signal(str)  # a path typed (or pasted) into the field, and Enter pressed
    preset_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(translate("FilePage", "Type or paste a file's path, or choose one"))
        self.path_edit.setAccessibleName(translate("FilePage", "File to import"))
        self.path_edit.returnPressed.connect(lambda: self.path_entered.emit(self.path_edit.text().strip()))
        self.choose_button = QPushButton(translate("FilePage", "Choose file…"))
        self.choose_button.setAutoDefault(False)  # Enter after choosing goes on to the next step
        self.drop_zone = QLabel(translate("FilePage", "…or drop a CSV, JSON or Excel file anywhere on this window."))
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_zone.setMinimumHeight(70)
        self.preset_combo = compact(QComboBox(), 24)
        self.info = note()
        self.problem = problem_label()

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(translate("FilePage", "Read it as"), self.preset_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("FilePage", "Which file?")))
        layout.addWidget(note(translate(
            "FilePage",
            "A CSV, JSON or Excel file of your orders, refunds or activity: from AliExpress's own data download, "
            "My Purchases Collector, AliExpress-Order-Export, aliexpress-mcp, another order exporter, "
            "Points Tracker's export, or one you made yourself in a spreadsheet.",
        )))  # fmt: skip
        layout.addLayout(row)
        layout.addWidget(self.drop_zone)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.choose_requested)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_changed)

    def set_presets(self, names: list[str]) -> None:
        self.preset_combo.blockSignals(True)
        self.preset_combo.clear()
        self.preset_combo.addItem(translate("FilePage", "Recognise it automatically"), None)
        for name in names:
            self.preset_combo.addItem(preset_title(name), name)
        self.preset_combo.blockSignals(False)

    def preset(self) -> str | None:
        data = self.preset_combo.currentData()
        return data if isinstance(data, str) else None

    def _on_preset_changed(self) -> None:
        self.preset_changed.emit()


class FormatPage(QWidget):
    """Step 2: encoding, separator, sheet, header and lines to skip, with the raw rows below."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encoding = compact(QComboBox(), 10)
        self.encoding.setEditable(True)
        automatic = translate("FormatPage", AUTOMATIC)
        self.encoding.addItem(automatic)
        self.encoding.addItems(ENCODINGS)
        self.separator = combo_box(
            [(automatic, None), *((translate("FormatPage", name), char) for name, char in SEPARATORS.items())]
        )
        self.sheet = compact(QComboBox(), 10)
        self.header_line = QSpinBox()
        self.header_line.setRange(0, 10_000)
        self.header_line.setSpecialValueText(automatic)
        self.no_header = QCheckBox(translate("FormatPage", "No header"))
        self.skip_lines = QSpinBox()
        self.skip_lines.setRange(0, 10_000)
        self.skip_trailing = QSpinBox()
        self.skip_trailing.setRange(0, 10_000)
        self.target = combo_box([(_target_title(target), target) for target in TARGETS])
        self.summary = note()
        self.problem = problem_label()
        self.model = PreviewModel(self)
        self.table = preview_table(self.model)

        left, right = QFormLayout(), QFormLayout()
        left.addRow(translate("FormatPage", "Text encoding"), self.encoding)
        left.addRow(translate("FormatPage", "Separator"), self.separator)
        left.addRow(translate("FormatPage", "Sheet"), self.sheet)
        left.addRow(translate("FormatPage", "The file holds"), self.target)
        header_row = QHBoxLayout()
        header_row.addWidget(self.header_line)
        header_row.addWidget(self.no_header)
        right.addRow(translate("FormatPage", "Column names on line"), header_row)
        right.addRow(translate("FormatPage", "Skip lines at the top"), self.skip_lines)
        right.addRow(translate("FormatPage", "Leave out rows at the end"), self.skip_trailing)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("FormatPage", "How is it written?")))
        layout.addLayout(columns)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)

        self.encoding.currentTextChanged.connect(self._on_changed)
        for combo in (self.separator, self.sheet, self.target):
            combo.currentIndexChanged.connect(self._on_changed)
        for spin in (self.header_line, self.skip_lines, self.skip_trailing):
            spin.valueChanged.connect(self._on_changed)
        self.no_header.toggled.connect(self._on_changed)

    def _on_changed(self) -> None:
        self.header_line.setEnabled(not self.no_header.isChecked())
        self.changed.emit()

    def apply_to(self, options: ImportOptions) -> ImportOptions:
        encoding = self.encoding.currentText().strip()
        header: int | None = None if self.header_line.value() == 0 else self.header_line.value()
        return options.but(
            encoding=None if encoding in ("", AUTOMATIC, translate("FormatPage", AUTOMATIC)) else encoding,
            delimiter=self.separator.currentData(),
            sheet=self.sheet.currentText() or None if self.sheet.isEnabled() else None,
            header_line=0 if self.no_header.isChecked() else header,
            skip_lines=self.skip_lines.value(),
            skip_trailing=self.skip_trailing.value(),
            target=self.target.currentData(),
        )

    def show_analysis(self, analysis: Analysis) -> None:
        widgets = (self.encoding, self.separator, self.sheet, self.target, self.header_line, self.no_header)
        for widget in widgets:
            widget.blockSignals(True)
        workbook = analysis.source == "xlsx"
        text = analysis.source not in ("xlsx", "json")
        self.encoding.setEnabled(text)
        self.separator.setEnabled(text)
        self.sheet.clear()
        self.sheet.addItems(analysis.sheet_names)
        self.sheet.setCurrentText(analysis.sheet)
        self.sheet.setEnabled(workbook)
        for widget in (self.header_line, self.no_header):  # a JSON file's column names are its keys
            widget.setEnabled(analysis.source != "json")
        select_data(self.target, analysis.target)
        self.target.setEnabled(not analysis.native)
        for widget in widgets:
            widget.blockSignals(False)
        self.model.set_analysis(analysis)
        fit_columns(self.table)
        self.summary.setText(describe_format(analysis))
        self.problem.hide()

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.summary.clear()
        self.model.set_analysis(None)


def describe_format(analysis: Analysis) -> str:
    if analysis.source == "xlsx":
        how = translate("FormatPage", "Excel workbook, sheet “{sheet}”").format(sheet=analysis.sheet)
    elif analysis.source == "json":
        how = translate("FormatPage", "JSON records, one row each")
    else:
        word = SEPARATOR_WORDS.get(analysis.delimiter)
        separator = translate("FormatPage", word) if word is not None else analysis.delimiter.split(" (")[0].lower()
        encoding = analysis.encoding
        if analysis.had_bom:
            encoding = translate("FormatPage", "{encoding} with a byte-order mark").format(encoding=encoding)
        how = translate("FormatPage", "{encoding}, {separator}-separated").format(
            encoding=encoding, separator=separator
        )
        if analysis.sep_line:
            how += " " + translate("FormatPage", "(Excel's “sep=” line)")
    if analysis.source == "json":
        header = translate("FormatPage", "column names from the records' keys")
    elif analysis.header_line:
        header = translate("FormatPage", "column names on line {line}").format(line=analysis.header_line)
    else:
        header = translate("FormatPage", "no header row")
    estimate = analysis.row_estimate
    if estimate == 1:
        rows = translate("FormatPage", "about 1 row")
    else:
        rows = translate("FormatPage", "about %Ln rows", None, estimate) if estimate >= 0 else ""
    text = translate("FormatPage", "Read as {how}; {header}; {rows}.").format(how=how, header=header, rows=rows)
    if analysis.native:
        text += " " + translate("FormatPage", "It is Points Tracker's own file: read exactly as written.")
    return text


class ColumnsPage(QWidget):
    """Step 3: a field dropdown over each column, how each cell reads, and the choices the file
    cannot make for itself (date format, decimal separator, unknown statuses …)."""

    changed = Signal()
    save_preset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PreviewModel(self)
        self.table = preview_table(self.model)
        automatic = translate("FormatPage", AUTOMATIC)
        self.date_format = combo_box(
            [(automatic, None), *((f"{k} — {v.shown_description}", k) for k, v in DATE_FORMATS.items())]
        )
        self.date_format.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # each format whole
        self.decimal = combo_box(
            [
                (automatic, None),
                (translate("ColumnsPage", "Point: 1,234.56"), "."),
                (translate("ColumnsPage", "Comma: 1.234,56"), ","),
            ],
            8,
        )
        self.currency = combo_box([("US$", None), *((code, code) for code in CURRENCIES[1:])], 8)
        self.cents = QCheckBox(translate("ColumnsPage", "Amounts are in cents (1234 = 12.34)"))
        self.default_status = combo_box([("—", None), *((_status_word(s), s) for s in STATUSES)], 8)
        self.questions = problem_label()
        self.warnings = note()
        self.status_grid = QGridLayout()
        self.save_preset = QPushButton(translate("ColumnsPage", "Save as preset…"))
        self.intro = note(translate("ColumnsPage", CHOOSE_FIELDS))
        self.left_out = LeftOutPanel()
        self._field_combos: list[QComboBox] = []
        self._status_combos: dict[str, QComboBox] = {}
        self._duplicates: list[str] = []

        choices = QGridLayout()
        for row, column, span, text, box in (  # the date formats are long: their box spans the width
            (0, 0, 3, translate("ColumnsPage", "Dates"), self.date_format),
            (1, 0, 1, translate("ColumnsPage", "Decimals"), self.decimal),
            (1, 2, 1, translate("ColumnsPage", "Plain amounts in"), self.currency),
            (2, 0, 1, translate("ColumnsPage", "No status means"), self.default_status),
        ):
            caption = QLabel(text)
            caption.setBuddy(box)
            box.setAccessibleName(text)
            choices.addWidget(caption, row, column)
            choices.addWidget(box, row, column + 1, 1, span)
        choices.addWidget(self.cents, 2, 2, 1, 2)
        choices.setColumnStretch(1, 1)
        choices.setColumnStretch(3, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.warnings, 1)
        bottom.addWidget(self.save_preset, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("ColumnsPage", "What is in each column?")))
        layout.addWidget(self.intro)
        layout.addLayout(choices)
        layout.addWidget(self.questions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.left_out)
        layout.addLayout(self.status_grid)
        layout.addLayout(bottom)

        for combo in (self.date_format, self.decimal, self.currency, self.default_status):
            combo.currentIndexChanged.connect(self._on_changed)
        self.cents.toggled.connect(self._on_changed)
        self.save_preset.clicked.connect(self.save_preset_requested)
        self.left_out.use_requested.connect(self._on_use_left_out)

    def _on_changed(self) -> None:
        self.changed.emit()

    def _on_use_left_out(self, column: int, name: str) -> None:
        """Maps a left-out column (one click on its "Use as …" button)."""
        if column < len(self._field_combos):
            select_data(self._field_combos[column], name)
            self.changed.emit()

    def apply_to(self, options: ImportOptions, analysis: Analysis) -> ImportOptions:
        mapping: dict[str, str] = {}
        self._duplicates = []
        for column, combo in enumerate(self._field_combos):
            name = combo.currentData()
            if name is None or column >= len(analysis.headers):
                continue
            if name in mapping:
                self._duplicates.append(
                    translate("Dialogs", "{label} is chosen for “{value}” and “{value2}”: the first is used.").format(
                        label=label(name, analysis.target).capitalize(),
                        value=mapping[name],
                        value2=analysis.headers[column],
                    )
                )
                continue
            mapping[name] = analysis.headers[column]
        overrides = {w: c.currentData() for w, c in self._status_combos.items() if c.currentData() is not None}
        return options.but(
            mapping=mapping,
            date_format=self.date_format.currentData(),
            decimal=self.decimal.currentData(),
            currency=self.currency.currentData(),
            amounts_in_cents=self.cents.isChecked(),
            default_status=self.default_status.currentData(),
            status_overrides={**options.status_overrides, **overrides},
        )

    def show_analysis(self, analysis: Analysis) -> None:
        self.model.set_analysis(analysis, parsed=True, field_row=not analysis.native)
        fit_columns(self.table, 300)
        self._field_combos = []
        if not analysis.native:
            choices = [
                (translate("ColumnsPage", IGNORE), None),
                *((label(name, analysis.target), name) for name in fields_for(analysis.target)),
            ]
            for column in range(len(analysis.headers)):
                combo = combo_box(choices, 8)
                combo.setAccessibleName(
                    translate("ColumnsPage", "Field for column “{column}”").format(column=analysis.headers[column])
                )
                combo.setProperty("user_data", "name")  # the name holds the file's column name
                select_data(combo, analysis.mapping.get(column))
                fit_combo(self.table, column, combo)
                combo.currentIndexChanged.connect(self._on_changed)
                self.table.setIndexWidget(self.model.index(0, column), combo)
                self._field_combos.append(combo)
        options = analysis.options
        select_data(self.date_format, options.date_format)
        select_data(self.decimal, options.decimal)
        select_data(self.currency, options.currency)
        select_data(self.default_status, options.default_status)
        self.cents.blockSignals(True)
        self.cents.setChecked(options.amounts_in_cents)
        self.cents.blockSignals(False)
        for widget in (self.date_format, self.decimal, self.currency, self.cents, self.default_status):
            widget.setEnabled(not analysis.native)
        self.save_preset.setEnabled(not analysis.native)
        self.intro.setText(translate("ColumnsPage", NATIVE_COLUMNS if analysis.native else CHOOSE_FIELDS))
        self.left_out.show_columns([] if analysis.native else analysis.left_out, analysis.target)
        self._show_statuses(analysis)
        questions = [question.message for question in analysis.questions] + analysis.problems
        self.questions.setText("\n".join(questions))
        self.questions.setVisible(bool(questions))
        self.warnings.setText("\n".join([*self._duplicates, *analysis.mapping_warnings]))

    def _show_statuses(self, analysis: Analysis) -> None:
        while self.status_grid.count():
            item = self.status_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._status_combos = {}
        mapped = analysis.options.status_overrides
        wordings = list(dict.fromkeys([*analysis.unknown_statuses, *mapped]))
        if not wordings:
            return
        unknown = translate("ColumnsPage", "Statuses the app does not know — what does each mean?")
        self.status_grid.addWidget(note(unknown), 0, 0, 1, 4)
        for number, wording in enumerate(wordings[:12]):
            combo = combo_box(
                [(translate("ColumnsPage", "choose…"), None), *((_status_word(s), s) for s in STATUSES)], 10
            )
            select_data(combo, mapped.get(wording))
            combo.currentIndexChanged.connect(self._on_changed)
            row, column = 1 + number // 2, 2 * (number % 2)
            self.status_grid.addWidget(note(f"“{wording}”"), row, column)
            self.status_grid.addWidget(combo, row, column + 1)
            self._status_combos[wording] = combo
