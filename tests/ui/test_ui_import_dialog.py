"""The import dialog driven as a shopper would: choose a file, check the columns, review, import,
undo — with the long steps run at once (like Picard's FakeThreadPool) or held to test Cancel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from tests.importing.conftest import fixture_bytes
from tests.importing.exporters import EXPORTERS, RATES
from tracker.currency.rates import UserRate
from tracker.importing.presets import load_user_presets
from tracker.store import repository
from tracker.store.batches import list_batches
from tracker.store.drafts import VisitDraft
from tracker.store.user_rates import replace_user_rates
from tracker.ui.import_dialog import COLUMNS, FILE, FORMAT, IMPORTING, REVIEW, SUMMARY, ImportDialog
from tracker.ui.imports_page import ImportsPage
from tracker.ui.session import Session
from tracker.ui.worker import run_in_thread, run_now

MESSY = (
    "Order ID;Date;Item;Price;Status\r\n"
    "1001;2026-02-20;Lamp;12,50 €;Terminé\r\n"
    "1002;2026-02-21;Mug;3,00 €;Teleported\r\n"
    "1003;2026-02-30;Bad date;1,00 €;Terminé\r\n"
)


class HeldRunner:
    """Starts nothing until told: the dialog sees a job running, as with a real thread pool."""

    def __init__(self) -> None:
        self.pending: list[tuple[Any, dict[str, Any], Any]] = []

    def __call__(self, work: Any, **callbacks: Any) -> Any:
        handle = _Handle()
        self.pending.append((work, callbacks, handle))
        return handle

    def run_pending(self) -> None:
        while self.pending:
            work, callbacks, handle = self.pending.pop(0)
            progress = callbacks.get("progress") or (lambda done, total: None)
            try:
                result = work(progress, handle.is_cancelled)
            except Exception as error:
                callbacks["failed"](error)
            else:
                callbacks["done"](result)


class _Handle:
    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def is_cancelled(self) -> bool:
        return self.cancelled


def settings_of(session: Session) -> QSettings:
    """The app's own settings for this test only (the folder of the last imported file …)."""
    return QSettings(str(session.db_path.parent / "settings.ini"), QSettings.Format.IniFormat)


def make_dialog(qtbot: QtBot, session: Session, path: Path | None = None, **kwargs: Any) -> ImportDialog:
    kwargs.setdefault("runner", run_now)
    kwargs.setdefault("settings", settings_of(session))
    dialog = ImportDialog(session, None, path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot: QtBot, button: Any) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_every_step_from_choosing_a_file_to_undoing_the_import(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    path = write(tmp_path, "messy.csv", MESSY)
    saved = tmp_path / "rejected.csv"
    dialog = make_dialog(qtbot, session, choose_file=lambda parent, folder: str(path),
                         choose_save=lambda parent, suggested: str(saved))  # fmt: skip
    assert dialog.step() == FILE and not dialog.next_button.isEnabled()

    click(qtbot, dialog.file_page.choose_button)
    assert "messy.csv" in dialog.file_page.info.text()
    click(qtbot, dialog.next_button)

    assert dialog.step() == FORMAT
    assert dialog.format_page.model.rowCount() == 3
    assert "semicolon-separated" in dialog.format_page.summary.text()
    click(qtbot, dialog.next_button)

    assert dialog.step() == COLUMNS
    page = dialog.columns_page
    model = page.model
    assert model.data(model.index(1, 3)) == "12,50 €  →  12.50 EUR"  # the raw text and how it reads
    assert model.data(model.index(3, 1), Qt.ItemDataRole.ToolTipRole).startswith("“2026-02-30” is not a real date")
    item_combo = page.table.indexWidget(model.index(0, 2))
    assert item_combo.currentData() == "item_title"
    assert "Teleported" in page._status_combos  # an unknown status to map
    page._status_combos["Teleported"].setCurrentIndex(page._status_combos["Teleported"].findData("cancelled"))
    assert "Teleported" not in dialog._analysis.unknown_statuses  # type: ignore[union-attr]
    click(qtbot, dialog.next_button)

    assert dialog.step() == REVIEW
    review = dialog.review_page
    assert "2 orders</b> to add" in review.summary.text() and "1 row rejected" in review.summary.text()
    assert not dialog.import_button.isEnabled()  # a rejected row: only when skipping is chosen
    assert review.model.data(review.model.index(0, 1)).startswith("Date: “2026-02-30”")
    click(qtbot, review.save_rejected)
    assert "2026-02-30" in saved.read_text(encoding="utf-8-sig")
    review.skip_errors.setChecked(True)

    with qtbot.waitSignal(session.changed):
        click(qtbot, dialog.import_button)
    assert dialog.step() == SUMMARY
    assert dialog.report is not None and (dialog.report.new, dialog.report.rejected) == (2, 1)
    assert sorted(o.order_no for o in repository.list_orders(session.db)) == ["1001", "1002"]
    assert "2 orders added" in dialog.summary_page.result.text()

    with qtbot.waitSignal(session.changed):
        click(qtbot, dialog.summary_page.undo)
    assert repository.list_orders(session.db) == [] and list_batches(session.db) == []
    assert dialog.report is None


def test_cancel_while_importing_leaves_the_records_as_they_were(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    runner = HeldRunner()
    dialog = make_dialog(qtbot, session, write(tmp_path, "c.csv", fixture_bytes("collector.csv")), runner=runner)
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    runner.run_pending()  # the check of every row
    assert dialog.step() == REVIEW
    click(qtbot, dialog.import_button)

    assert dialog.step() == IMPORTING and not dialog.close_button.isVisible()
    click(qtbot, dialog.progress_page.cancel)
    runner.run_pending()

    assert dialog.step() == SUMMARY and dialog.report is None
    assert "nothing was changed" in dialog.summary_page.result.text()
    assert repository.list_orders(session.db) == [] and list_batches(session.db) == []


def test_closing_the_window_while_importing_cancels_first(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    runner = HeldRunner()
    dialog = make_dialog(qtbot, session, write(tmp_path, "c.csv", fixture_bytes("collector.csv")), runner=runner)
    for _ in range(3):
        click(qtbot, dialog.next_button)
    runner.run_pending()
    click(qtbot, dialog.import_button)
    dialog.reject()  # Esc or the window's close button

    assert dialog.isVisible()  # it waits for the worker to stop
    runner.run_pending()
    assert list_batches(session.db) == []


def test_an_ambiguous_date_must_be_chosen_before_review(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, session, write(tmp_path, "m.csv", fixture_bytes("month_first.csv")))
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    page = dialog.columns_page

    assert page.questions.isVisible() and "day-first or month-first" in page.questions.text()
    assert not dialog.next_button.isEnabled()
    page.date_format.setCurrentIndex(page.date_format.findData("MM/DD/YYYY"))
    assert dialog.next_button.isEnabled()
    click(qtbot, dialog.next_button)
    assert "2 orders</b> to add" in dialog.review_page.summary.text()


def test_a_file_that_cannot_be_read_says_why_and_the_encoding_can_be_changed(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    data = "Order ID,Date,Total,Status\n1,2026-02-20,5.00 €,Terminé\n".encode("cp1252")
    dialog = make_dialog(qtbot, session, write(tmp_path, "f.csv", data))
    click(qtbot, dialog.next_button)
    format_page = dialog.format_page

    format_page.encoding.setCurrentText("utf-8")
    assert format_page.problem.isVisible() and "cannot be read as utf-8" in format_page.problem.text()
    assert not dialog.next_button.isEnabled()
    format_page.encoding.setCurrentText("cp1252")
    assert not format_page.problem.isVisible() and dialog.next_button.isEnabled()


def test_a_dropped_file_is_loaded(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, session)
    path = write(tmp_path, "dropped.csv", fixture_bytes("order_export_orders.csv"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    dialog.dropEvent(event)

    assert "dropped.csv" in dialog.file_page.info.text()
    assert "AliExpress-Order-Export: orders" in dialog.file_page.info.text()


def test_a_mapping_saved_as_a_preset_is_offered_next_time(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    path = write(tmp_path, "mine.csv", "Nr;Kiedy;Ile;Jak\n1;2026-02-20;5,00;ok\n")
    dialog = make_dialog(qtbot, session, path, ask_name=lambda parent: "My sheet")
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    page = dialog.columns_page
    for column, name in enumerate(["order_no", "order_date", "order_total", "status"]):
        combo = page.table.indexWidget(page.model.index(0, column))
        combo.setCurrentIndex(combo.findData(name))
    click(qtbot, page.save_preset)

    assert "My sheet" in load_user_presets(session.db)
    again = make_dialog(qtbot, session, path)
    assert "It looks like: My sheet" in again.file_page.info.text()


def test_the_same_file_again_is_recognised_and_adds_nothing(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    path = write(tmp_path, "o.csv", fixture_bytes("order_export_orders.csv"))
    first = make_dialog(qtbot, session, path)
    for _ in range(3):
        click(qtbot, first.next_button)
    click(qtbot, first.import_button)
    second = make_dialog(qtbot, session, path)

    assert "imported before" in second.file_page.info.text()
    for _ in range(3):
        click(qtbot, second.next_button)
    assert "3 orders already recorded" in second.review_page.summary.text()


def test_ask_returns_what_was_imported(qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ImportDialog, "exec", lambda self: 0)
    assert ImportDialog.ask(None, session) is None


def test_imports_page_lists_batches_and_undoes_one(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    asked: list[str] = []
    page = ImportsPage(session, confirm=lambda parent, question: asked.append(question) or True)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.empty and page.model.rowCount() == 0

    dialog = make_dialog(qtbot, session, write(tmp_path, "o.csv", fixture_bytes("order_export_orders.csv")))
    for _ in range(3):
        click(qtbot, dialog.next_button)
    click(qtbot, dialog.import_button)  # the page refreshes on session.changed

    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "o.csv"
    assert page.model.data(page.model.index(0, 3)) == "3"
    page.table.selectRow(0)
    with qtbot.waitSignal(session.changed):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert "o.csv" in asked[0]
    assert page.model.rowCount() == 0 and repository.list_orders(session.db) == []


def test_the_imports_page_dates_an_import_as_dates_are_written_elsewhere(qtbot: QtBot, session: Session) -> None:
    from datetime import datetime

    repository.write_batch(
        session.db, file_name="o.csv", file_hash="h", kind="orders", visits=[VisitDraft(date(2026, 2, 27))],
        imported_at=datetime(2026, 3, 1, 14, 3),
    )  # fmt: skip
    page = ImportsPage(session)
    qtbot.addWidget(page)
    assert page.model.data(page.model.index(0, 0)) == "1 Mar 2026 14:03"


def test_work_on_the_thread_pool_reports_back_on_the_gui_thread(qtbot: QtBot) -> None:
    import threading

    results: list[object] = []
    threads: list[object] = []

    def work(report: Callable[[int, int], None], cancelled: Callable[[], bool]) -> str:
        report(1, 2)
        threads.append(threading.current_thread())
        return "done"

    run_in_thread(work, done=results.append, failed=results.append, progress=lambda d, t: results.append((d, t)))
    qtbot.waitUntil(lambda: "done" in results)
    assert results == [(1, 2), "done"]
    assert threads[0] is not threading.main_thread()

    run_in_thread(lambda report, cancelled: 1 / 0, done=results.append, failed=results.append)
    qtbot.waitUntil(lambda: isinstance(results[-1], ZeroDivisionError))


def test_closing_while_every_row_is_checked_drops_the_late_answer(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    runner = HeldRunner()
    dialog = make_dialog(qtbot, session, write(tmp_path, "c.csv", fixture_bytes("collector.csv")), runner=runner)
    for _ in range(3):
        click(qtbot, dialog.next_button)
    dialog.reject()
    runner.run_pending()  # the check finishes after the window closed: nothing to show, nothing written

    assert not dialog.isVisible() and dialog.report is None
    assert list_batches(session.db) == []


def test_a_left_out_column_is_shown_with_its_values_and_mapped_in_one_click(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    data = "Order ID,Date,Total,Status,Updated\n1,2026-02-20,$5.00,Completed,2026-03-04\n"
    dialog = make_dialog(qtbot, session, write(tmp_path, "o.csv", data))
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    panel = dialog.columns_page.left_out

    assert panel.isVisible() and "Left out" in panel.title.text()
    assert dialog._analysis is not None and 4 not in {c for c, n in dialog._analysis.mapping.items() if n}
    button = panel.buttons[4]
    assert button.text() == "Use as confirmation date"
    click(qtbot, button)  # one click

    assert dialog._analysis.mapping[4] == "confirmed_date"
    assert (
        dialog.columns_page.table.indexWidget(dialog.columns_page.model.index(0, 4)).currentData() == "confirmed_date"
    )
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.import_button)
    assert repository.list_orders(session.db)[0].confirmed_date == date(2026, 3, 4)


def test_the_file_prompt_opens_where_the_last_file_came_from_else_in_downloads(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    monkeypatch.setattr("tracker.ui.importing.prompts.QStandardPaths.writableLocation", lambda location: str(downloads))
    folders: list[str] = []
    (tmp_path / "exports").mkdir()
    first = write(tmp_path / "exports", "o.csv", fixture_bytes("order_export_orders.csv"))
    dialog = make_dialog(qtbot, session, choose_file=lambda parent, folder: folders.append(folder) or str(first))
    click(qtbot, dialog.file_page.choose_button)
    dialog.close()
    again = make_dialog(qtbot, session, choose_file=lambda parent, folder: folders.append(folder) or None)
    click(qtbot, again.file_page.choose_button)

    assert folders == [str(downloads), str(first.parent)]


def test_the_imports_page_counts_what_the_dialog_reported(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    data = (
        "Order ID,Date,Total,Status\n"
        "1,2026-02-20,$5.00,Completed\n"
        "1,2026-02-20,$5.00,Completed\n"  # the same order again: left out
        "2,2026-02-30,$5.00,Completed\n"  # no such date: rejected
        "3,2026-02-21,$7.00,Completed\n"
    )
    page = ImportsPage(session, confirm=lambda parent, question: True)
    qtbot.addWidget(page)
    dialog = make_dialog(qtbot, session, write(tmp_path, "o.csv", data))
    for _ in range(3):
        click(qtbot, dialog.next_button)
    dialog.review_page.skip_errors.setChecked(True)
    click(qtbot, dialog.import_button)
    report = dialog.report

    assert report is not None and (report.new, report.updated, report.skipped, report.rejected) == (2, 0, 1, 1)
    shown = [page.model.data(page.model.index(0, column)) for column in (3, 4, 5, 6)]
    assert shown == ["2", "0", "1", "1"]
    assert "1 order already recorded or repeated in the file, left out" in dialog.summary_page.result.text()


def test_a_refunds_file_updates_the_orders_recorded_before(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    replace_user_rates(session.db, [UserRate(code, Decimal(rate)) for code, rate in RATES.items()])
    for key in ("mcp-orders", "mcp-refunds"):
        exporter = EXPORTERS[key]
        dialog = make_dialog(qtbot, session, write(tmp_path, exporter.file_name, exporter.make()))
        assert dialog._analysis is not None and dialog._analysis.preset == exporter.preset
        for _ in range(3):
            click(qtbot, dialog.next_button)
        assert not dialog.review_page.update_stored.isVisible()  # refunds always update
        click(qtbot, dialog.import_button)
        dialog.close()

    assert dialog.report is not None and (dialog.report.new, dialog.report.updated) == (0, 2)
    assert "2 orders updated" in dialog.summary_page.result.text()
    assert "added" not in dialog.summary_page.result.text()  # no "0 orders added"
    refunds = sorted(order.refund_cents for order in repository.list_orders(session.db) if order.refund_cents)
    assert refunds == [360, 1103]


def test_a_json_file_is_read_as_records(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    exporter = EXPORTERS["collector-json"]
    dialog = make_dialog(qtbot, session, write(tmp_path, exporter.file_name, exporter.make()))
    click(qtbot, dialog.next_button)

    assert "JSON records" in dialog.format_page.summary.text()
    assert not dialog.format_page.separator.isEnabled() and not dialog.format_page.no_header.isEnabled()
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    assert "4 orders</b> to add" in dialog.review_page.summary.text()


def test_a_points_history_import_is_named_in_history_rows_not_points_entries() -> None:
    from tracker.ui.importing.result_pages import count
    from tracker.ui.imports_page import _kind_name

    assert (count(1, "points_history"), count(2, "points_history")) == ("1 history row", "2 history rows")
    assert _kind_name("points_history") == "points history"
