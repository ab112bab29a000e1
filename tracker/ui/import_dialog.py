"""The import dialog: File → Format → Columns → Review → Import → Summary.

Every step shows what the import will do before it does it: the file's rows as written and as
read, which column fills which field, the rows that will be rejected and why. Checking every row
and writing them run off the GUI thread (:mod:`tracker.ui.worker`); the import is one
transaction, so Cancel leaves the records as they were, and the summary can undo it as a whole.

    report = ImportDialog.ask(window, session)            # None when nothing was imported
    report = ImportDialog.ask(window, session, dropped)    # a file dropped on the window
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.currency.rates import RateBook
from tracker.i18n import translate
from tracker.importing import engine
from tracker.importing.errors import ImportProblem
from tracker.importing.options import ImportOptions
from tracker.importing.prepared import ImportReport, Prepared
from tracker.importing.presets import BUILTIN, Preset, load_user_presets, save_user_preset
from tracker.importing.rates import give_rates, missing_rates
from tracker.report.summary import day
from tracker.store.batches import find_batch, undo_batch
from tracker.store.errors import ImportCancelled, StoreError
from tracker.store.files import write_private_file
from tracker.store.paths import expand_user
from tracker.ui.importing import prompts
from tracker.ui.importing.rates_box import MissingRatesBox
from tracker.ui.importing.result_pages import ProgressPage, ReviewPage, SummaryPage, count
from tracker.ui.importing.setup_pages import ColumnsPage, FilePage, FormatPage
from tracker.ui.rates_command import change_rates
from tracker.ui.session import Session
from tracker.ui.widgets import fit_to_screen, set_tab_order, tab_chain
from tracker.ui.worker import Job, Runner, close_thread_connection, run_in_thread

FILE, FORMAT, COLUMNS, REVIEW, IMPORTING, SUMMARY = range(6)


class ImportDialog(QDialog):
    """Import one file; :attr:`report` says what was imported (``None``: nothing, or undone).

    ``runner`` runs the long steps (tests pass :func:`~tracker.ui.worker.run_now`);
    ``choose_file`` (given the folder to open in), ``choose_save`` and ``ask_name`` stand in for
    the file and name prompts; ``settings`` keeps the folder of the last imported file.
    """

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        path: str | Path | None = None,
        *,
        runner: Runner = run_in_thread,
        choose_file: Callable[[QWidget, str], str | None] | None = None,
        choose_save: Callable[[QWidget, str], str | None] | None = None,
        ask_name: Callable[[QWidget], str | None] | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._settings = settings if settings is not None else QSettings()
        self.report: ImportReport | None = None
        self._runner = runner
        self._choose_file = choose_file or prompts.choose_file
        self._choose_save = choose_save or prompts.choose_save
        self._ask_name = ask_name or prompts.ask_name
        self._data: bytes | None = None
        self._file_name = ""
        self._options = ImportOptions()
        self._analysis: engine.Analysis | None = None
        self._prepared: Prepared | None = None
        self._already = ""
        self._job: Job | None = None
        self._user_presets: dict[str, Preset] = {}
        self._closed = False  # a worker's answer arriving after the window closed is dropped

        self.setWindowTitle(translate("ImportDialog", "Import orders or activity"))
        self.setAcceptDrops(True)
        self.resize(1000, 680)
        self.file_page, self.format_page, self.columns_page = FilePage(), FormatPage(), ColumnsPage()
        self.review_page, self.progress_page, self.summary_page = ReviewPage(), ProgressPage(), SummaryPage()
        self.pages = QStackedWidget()
        for page in (self.file_page, self.format_page, self.columns_page, self.review_page, self.progress_page,
                     self.summary_page):  # fmt: skip
            self.pages.addWidget(page)
        self.back_button = QPushButton(translate("ImportDialog", "Back"))
        self.next_button = QPushButton(translate("ImportDialog", "Next"))
        self.import_button = QPushButton(translate("ImportDialog", "Import"))
        self.close_button = QPushButton(translate("ImportDialog", "Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.next_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        self.steps = QLabel()
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self._on_back)
        self.next_button.clicked.connect(self._on_next)
        self.import_button.clicked.connect(self._on_import)
        self.close_button.clicked.connect(self.reject)
        self.file_page.choose_requested.connect(self._on_choose)
        self.file_page.path_entered.connect(self._on_path_entered)
        self.file_page.preset_changed.connect(self._on_preset_changed)
        self.format_page.changed.connect(self._on_format_changed)
        self.columns_page.changed.connect(self._on_columns_changed)
        self.columns_page.save_preset_requested.connect(self._on_save_preset)
        self.review_page.changed.connect(self._on_review_changed)
        self.review_page.save_rejected_requested.connect(self._on_save_rejected)
        self.progress_page.cancel_requested.connect(self._on_cancel_import)
        self.summary_page.undo_requested.connect(self._on_undo)
        self._rate_book = RateBook()
        self.rates_box = MissingRatesBox()
        self.rates_box.changed.connect(self._update_buttons)
        review_layout = self.review_page.layout()
        assert isinstance(review_layout, QVBoxLayout)
        review_layout.insertWidget(4, self.rates_box)  # under the summary of what the import does

        self._load_presets()
        self._go(FILE)
        if path is not None:
            self.load_path(path)

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, path: str | Path | None = None) -> ImportReport | None:
        """Show the dialog until it is closed; what was imported, or ``None``."""
        dialog = cls(session, parent, path)
        dialog.exec()
        report = dialog.report
        dialog.deleteLater()
        return report

    # -- the file ---------------------------------------------------------------------------------

    def load_path(self, path: str | Path) -> None:
        """Read the file and show what it looks like (also for a file dropped on the dialog)."""
        path = Path(path)
        self.file_page.path_edit.setText(str(path))
        try:
            data = path.read_bytes()
        except OSError as error:
            self._data = None
            self._show_file_problem(
                translate("ImportDialog", "{file} cannot be read: {reason}.").format(
                    file=path.name, reason=error.strerror or error
                )
            )
            return
        self._data, self._file_name = data, path.name
        prompts.remember_folder(self._settings, path)
        self._options = ImportOptions(preset=self.file_page.preset())
        found = find_batch(self.session.db, engine.file_hash(data))
        self._already = (
            translate(
                "ImportDialog",
                "This file was imported before, on {when} (batch {batch}): orders already recorded are left out.",
            ).format(when=f"{day(found.imported_at.date())} {found.imported_at:%H:%M}", batch=found.id)
            if found
            else ""
        )
        self._analyse()

    def _analyse(self) -> bool:
        if self._data is None:
            return False
        try:
            self._analysis = engine.analyse(self._data, self._file_name, self._options, self._user_presets)
        except ImportProblem as problem:
            self._analysis = None
            self._show_file_problem(problem.message)
            self.format_page.show_problem(problem.message)
            self._update_buttons()
            return False
        analysis = self._analysis
        self._options = analysis.options
        self.file_page.problem.hide()
        looks = (
            " " + translate("ImportDialog", "It looks like: {preset}.").format(preset=analysis.preset)
            if analysis.preset
            else ""
        )
        size = QLocale().formattedDataSize(analysis.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
        name = translate("ImportDialog", "<b>{file}</b> — {size}.").format(file=self._file_name, size=size)
        self.file_page.info.setText(f"{name}{looks}<br>{self._already}")
        self.format_page.show_analysis(analysis)
        self.columns_page.show_analysis(analysis)
        self._update_buttons()
        return True

    def _show_file_problem(self, message: str) -> None:
        self.file_page.problem.setText(message)
        self.file_page.problem.show()
        self._update_buttons()

    def _load_presets(self) -> None:
        try:
            self._user_presets = load_user_presets(self.session.db)
        except StoreError:
            self._user_presets = {}
        self.file_page.set_presets([*BUILTIN, *sorted(self._user_presets)])

    # -- steps ------------------------------------------------------------------------------------

    def _go(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        shown = min(step, IMPORTING)
        names = (
            translate("ImportDialog", "File"),
            translate("ImportDialog", "Format"),
            translate("ImportDialog", "Columns"),
            translate("ImportDialog", "Review"),
            translate("ImportDialog", "Import"),
        )
        self.steps.setText(" › ".join(
            f"<b>{n}. {name}</b>" if n - 1 == shown else f"{n}. {name}" for n, name in enumerate(names, start=1)
        ))  # fmt: skip
        self._update_buttons()
        if step == SUMMARY:
            self.close_button.setFocus()  # not Undo, the first button of the page

    def step(self) -> int:
        return self.pages.currentIndex()

    def _update_buttons(self) -> None:
        step = self.step()
        analysis = self._analysis
        self.back_button.setVisible(step in (FORMAT, COLUMNS, REVIEW))
        self.next_button.setVisible(step in (FILE, FORMAT, COLUMNS))
        self.import_button.setVisible(step == REVIEW)
        if step == FILE:
            self.next_button.setEnabled(self._data is not None)
        elif step == FORMAT:
            self.next_button.setEnabled(analysis is not None)
        elif step == COLUMNS:
            self.next_button.setEnabled(analysis is not None and not analysis.problems and not analysis.questions)
        prepared = self._prepared
        self.import_button.setEnabled(
            step == REVIEW
            and prepared is not None
            and (not prepared.rejected or self.review_page.skip_errors.isChecked())
            and bool(prepared.orders or prepared.activity_count or prepared.duplicate_lines)
            and self.rates_box.complete()
        )
        self.close_button.setText(
            translate("ImportDialog", "Close") if step == SUMMARY else translate("ImportDialog", "Cancel")
        )
        self.close_button.setVisible(step != IMPORTING)  # the page has its own Cancel
        self.next_button.setDefault(step in (FILE, FORMAT, COLUMNS))
        self.import_button.setDefault(step == REVIEW)
        # After an import Enter closes: it must never undo what the shopper just imported.
        self.close_button.setDefault(step == SUMMARY)
        self._apply_tab_order()

    def _apply_tab_order(self) -> None:
        """Tab through the step in reading order, then Back, Next (or Import) and Cancel."""
        buttons = [self.back_button, self.next_button, self.import_button, self.close_button]
        set_tab_order(tab_chain(self.pages) + [button for button in buttons if not button.isHidden()])

    def _on_back(self) -> None:
        self._go(max(FILE, self.step() - 1))

    def _on_next(self) -> None:
        step = self.step()
        if step == FILE:
            self._go(FORMAT)
        elif step == FORMAT:
            self._go(COLUMNS)
        elif step == COLUMNS:
            self._go(REVIEW)
            self._start_prepare()

    def _on_choose(self) -> None:
        path = self._choose_file(self, prompts.start_folder(self._settings))
        if path:
            self.load_path(path)
            if self.next_button.isEnabled():
                self.next_button.setFocus()  # Enter goes on

    def _on_path_entered(self, text: str) -> None:
        if text:
            self.load_path(expand_user(text))

    def _on_preset_changed(self) -> None:
        if self._data is not None:
            self._options = ImportOptions(preset=self.file_page.preset())
            self._analyse()

    def _on_format_changed(self) -> None:
        changed = self.format_page.apply_to(self._options)
        reading = ("encoding", "delimiter", "sheet", "header_line", "skip_lines", "skip_trailing", "target")
        if any(getattr(changed, key) != getattr(self._options, key) for key in reading):
            # Another way of reading the file names its columns anew: guess the mapping again.
            self._options = changed.but(mapping=None, date_format=None, decimal=None)
            self._analyse()

    def _on_columns_changed(self) -> None:
        if self._analysis is not None:
            self._options = self.columns_page.apply_to(self._options, self._analysis)
            self._analyse()

    # -- review -----------------------------------------------------------------------------------

    def _start_prepare(self) -> None:
        data, options, name, presets = self._data, self._options, self._file_name, self._user_presets
        assert data is not None
        self._prepared = None
        self.review_page.show_busy()
        self._update_buttons()
        db = self.session.db

        def work(report: Any, cancelled: Any) -> tuple[Prepared, RateBook]:
            try:
                existing, rates = engine.stored_order_numbers(db), engine.stored_rates(db)
                stored = engine.stored_orders(db)  # read only for a refunds file, once its orders are known
                prepared = engine.prepare(
                    data, options, rates, existing, file_name=name, user_presets=presets, stored=stored
                )
                return prepared, rates
            finally:
                close_thread_connection(db)

        self._job = self._runner(work, done=self._on_prepared, failed=self._on_prepare_failed)

    def _on_prepared(self, result: tuple[Prepared, RateBook]) -> None:
        self._job = None
        if self._closed:
            return
        prepared, self._rate_book = result
        self._prepared = prepared
        self.rates_box.show_missing(missing_rates(prepared, self._rate_book))
        self.review_page.show_prepared(prepared, self._already)
        self._update_buttons()
        # Import stays disabled until every missing rate is typed: the cursor goes where typing is
        # needed, not nowhere (the disabled button had the focus).
        self.rates_box.focus_first_empty()

    def _on_prepare_failed(self, error: BaseException) -> None:
        self._job = None
        if self._closed:
            return
        if not isinstance(error, (ImportProblem, StoreError)):
            raise error
        self.review_page.show_problem(str(error))
        self._update_buttons()

    def _on_review_changed(self) -> None:
        if self._prepared is not None:
            self.review_page.show_counts(self._prepared, self._already)
        self._update_buttons()

    def _on_save_rejected(self) -> None:
        if self._prepared is None:
            return
        stem = Path(self._file_name).stem or "import"
        target = self._choose_save(self, f"{stem} - rejected rows.csv")
        if not target:
            return
        try:
            write_private_file(Path(target), engine.rejected_csv(self._prepared))
        except OSError as error:
            self.review_page.show_problem(
                translate("ImportDialog", "{file} cannot be written: {reason}.").format(
                    file=target, reason=error.strerror or error
                )
            )

    def _on_save_preset(self) -> None:
        name = self._ask_name(self)
        if not name:
            return
        try:
            preset = save_user_preset(self.session.db, name, self._options)
        except (ImportProblem, StoreError) as problem:
            self.columns_page.questions.setText(str(problem))
            self.columns_page.questions.show()
            return
        self._load_presets()
        index = self.file_page.preset_combo.findData(preset.name)
        self.file_page.preset_combo.blockSignals(True)
        self.file_page.preset_combo.setCurrentIndex(index)
        self.file_page.preset_combo.blockSignals(False)
        self._options = self._options.but(preset=preset.name)

    # -- import -----------------------------------------------------------------------------------

    def _on_import(self) -> None:
        prepared = self._prepared
        if prepared is None or not self.rates_box.complete():
            return
        if self.rates_box.needs_rates():
            # The rates asked for become the shopper's own (one undoable step) before importing.
            given = self.rates_box.rates()
            replaced = {(rate.currency, rate.start) for rate in given}
            kept = [rate for rate in self._rate_book.user_rates if (rate.currency, rate.start) not in replaced]
            change_rates(self.session, kept + given)
            give_rates(prepared, RateBook(kept + given))
            self.rates_box.show_missing([])
        options = prepared.options.but(
            on_duplicate="update" if self.review_page.update_stored.isChecked() else "skip",
            skip_errors=self.review_page.skip_errors.isChecked(),
            preset=self._options.preset,
        )
        self.progress_page.start()
        self._go(IMPORTING)
        db = self.session.db

        def work(report: Any, cancelled: Any) -> ImportReport:
            try:
                return engine.run_import(db, prepared, options, progress=report, cancel=cancelled)
            finally:
                close_thread_connection(db)

        self._job = self._runner(
            work, done=self._on_imported, failed=self._on_import_failed, progress=self.progress_page.advance
        )

    def _on_cancel_import(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.progress_page.status.setText(translate("ImportDialog", "Cancelling…"))
            self.progress_page.cancel.setEnabled(False)

    def _on_imported(self, report: ImportReport) -> None:
        self._job = None
        if self._closed:
            return
        self.report = report
        self.summary_page.show_report(report)
        self._go(SUMMARY)
        self.session.records_changed_elsewhere()

    def _on_import_failed(self, error: BaseException) -> None:
        self._job = None
        if self._closed:
            return
        if isinstance(error, ImportCancelled):
            self.summary_page.show_cancelled(
                translate("ImportDialog", "The import was cancelled; nothing was changed.")
            )
            self._go(SUMMARY)
        elif isinstance(error, (ImportProblem, StoreError)):
            self._go(REVIEW)
            self.review_page.show_problem(
                translate("ImportDialog", "Nothing was imported: {problem}").format(problem=error)
            )
        else:
            raise error

    def _on_undo(self) -> None:
        report = self.report
        if report is None:
            return
        try:
            removed = undo_batch(self.session.db, report.batch_id)
        except StoreError as error:
            self.summary_page.show_undone(
                translate("ImportDialog", "The import could not be undone: {problem}").format(problem=error)
            )
            return
        self.report = None
        self.session.records_changed_elsewhere()
        self.summary_page.show_undone(
            translate(
                "ImportDialog",
                "Removed everything this import added ({what}). Orders it updated keep their new values.",
            ).format(what=count(removed.total, "records") if removed.total else translate("ImportDialog", "nothing"))
        )

    # -- the window -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)  # 1000×680 is more than a 1600×1000 screen at 200 % has

    def reject(self) -> None:
        if self._job is not None and self.step() == IMPORTING:
            self._on_cancel_import()  # closes itself once the worker says it stopped
            return
        if self._job is not None:
            self._job.cancel()
        self._closed = True
        super().reject()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.step() in (FILE, FORMAT, COLUMNS) and prompts.local_file(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = prompts.local_file(event.mimeData())
        if path:
            event.acceptProposedAction()
            self._go(FILE)
            self.load_path(path)


__all__ = ["ImportDialog"]
