"""The session: every change is one undoable command and a ``changed`` signal."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tracker.rules import OrderStatus
from tracker.store.drafts import LineDraft, OrderDraft, ReviewDraft
from tracker.store.errors import InvalidDraftError
from tracker.ui.session import Session


def order(amount_cents: int = 12_000) -> OrderDraft:
    return OrderDraft(
        order_no=None,
        order_date=date(2026, 10, 1),
        status=OrderStatus.CONFIRMED,
        confirmed_date=date(2026, 10, 20),
        lines=(LineDraft("Lamp", "", "Home", 1, amount_cents),),
    )


def test_adding_an_order_changes_the_status_and_undo_takes_it_back(session: Session, qtbot: QtBot) -> None:
    assert session.status().window_points == 0
    with qtbot.waitSignal(session.changed):
        session.add(order())
    assert session.status().window_points == 120
    session.undo_stack.undo()
    assert session.status().window_points == 0
    session.undo_stack.redo()
    assert session.status().window_points == 120


def test_edit_and_delete_are_undoable(session: Session) -> None:
    order_id = session.add(order())
    session.edit("order", order_id, order(30_000))
    assert session.status().window_points == 300
    session.undo_stack.undo()
    assert session.status().window_points == 120
    session.delete("order", order_id)
    assert session.status().window_points == 0
    session.undo_stack.undo()
    assert session.status().window_points == 120
    assert (session.undo_stack.undoText(), session.undo_stack.redoText()) == ("Add order", "Delete order")


def test_an_invalid_draft_raises_and_leaves_no_undo_step(session: Session) -> None:
    with pytest.raises(InvalidDraftError):
        session.add(ReviewDraft(TODAY, item_price_cents=-5))
    assert session.undo_stack.count() == 0
    assert session.status().window_points == 0


def test_visited_today_twice_records_one_visit(session: Session) -> None:
    assert session.visited_today() is True
    assert session.visited_today() is False
    assert len(session.records().visits) == 1
    assert session.undo_stack.count() == 1


def test_changing_the_ruleset_recomputes(session: Session, qtbot: QtBot) -> None:
    session.add(order(60_000))  # 500 points: the 2023 rules cap an order there, the legacy ones do not
    assert session.status().next_recalculation.tier.name == "Gold"
    with qtbot.waitSignal(session.settings_changed):
        session.set_setting("ruleset", "aliexpress-legacy-a0-a4")
    assert session.status().next_recalculation.tier.name == "A3"


def test_a_broken_ruleset_file_falls_back_to_the_default_and_says_why(session: Session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "mine.toml"
    broken.write_text("id = [", encoding="utf-8")
    session.set_setting("ruleset", str(broken))
    assert session.ruleset().id == "aliexpress-2023"
    assert "mine.toml" in session.ruleset_problem


def test_warm_start_shows_the_true_figures_at_once_then_builds_the_ledger(session: Session, qtbot: QtBot) -> None:
    from tracker.ui.worker import run_now

    session.add(order())
    reopened = Session(session.db, session.db_path, today=session.today)
    started: list[Session] = []

    def later(work, *, done, failed, progress=None):  # type: ignore[no-untyped-def]
        started.append(reopened)  # the background build, held back so the figures from the sums show
        return run_now(lambda report, cancelled: None, done=lambda _: None, failed=failed)

    assert reopened.warm_start(later) is True
    assert reopened.provisional and not reopened.computing
    assert reopened.status().window_points == 120
    assert reopened.status().ledger == ()
    assert reopened.is_empty() is False
    with qtbot.waitSignal(reopened.changed):
        assert reopened.warm_start(run_now) is True
    assert not reopened.provisional
    assert reopened.status().window_points == 120
    assert reopened.status().ledger != ()


def test_warm_start_figures_include_what_was_written_since_the_last_start(session: Session) -> None:
    session.add(order())
    session.keep_figures()
    session.add(order(5_000))  # written after the sums were brought up to date: logged, computed now
    reopened = Session(session.db, session.db_path, today=session.today)
    assert reopened.warm_start(lambda work, **callbacks: None) is True  # type: ignore[arg-type,return-value]
    assert reopened.provisional
    assert reopened.status().window_points == 170


def test_warm_start_on_another_day_gives_that_day_s_figures(session: Session) -> None:
    session.add(order())
    session.keep_figures()
    later = Session(session.db, session.db_path, today=lambda: date(2027, 11, 2))  # the order's points have left
    assert later.warm_start(lambda work, **callbacks: None) is True  # type: ignore[arg-type,return-value]
    assert later.provisional
    assert later.status().window_points == 0


def test_an_edit_during_a_warm_start_shows_at_once_in_the_figures(session: Session) -> None:
    session.add(order())
    reopened = Session(session.db, session.db_path, today=session.today)
    reopened.warm_start(lambda work, **callbacks: None)  # type: ignore[arg-type,return-value]  # never finishes
    reopened.add(order(5_000))
    assert reopened.status().window_points == 170


def test_a_long_computation_is_said_to_be_under_way_never_guessed(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.report import figures

    session.add(order())
    monkeypatch.setattr(figures, "QUICK_ORDERS", 0)  # as if the file held 100,000 orders
    monkeypatch.setattr(figures, "RECENT_ORDERS", 0)  # … and over 20,000 in their last 14 months
    reopened = Session(session.db, session.db_path, today=session.today)
    jobs: list[object] = []
    assert reopened.warm_start(lambda work, **callbacks: jobs.append((work, callbacks))) is True  # type: ignore[arg-type,return-value,func-returns-value]
    assert reopened.computing and not reopened.provisional
    work, callbacks = jobs.pop()  # type: ignore[misc]
    with qtbot.waitSignal(reopened.changed):
        callbacks["done"](work(lambda done, total: None, lambda: False))  # type: ignore[index,operator]
    assert not reopened.computing and reopened.provisional
    assert reopened.status().window_points == 120
    assert jobs  # and then the ledger book is built


def test_when_summing_every_month_fails_the_recent_status_gives_way_to_a_full_reading(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.report import figures

    session.add(order())
    monkeypatch.setattr(figures, "QUICK_ORDERS", 0)  # as if the file held 100,000 orders
    reopened = Session(session.db, session.db_path, today=session.today)
    jobs: list[object] = []
    assert reopened.warm_start(lambda work, **callbacks: jobs.append((work, callbacks))) is True  # type: ignore[arg-type,return-value,func-returns-value]
    assert reopened.provisional and not reopened.computing  # the status from the recent records
    _, callbacks = jobs.pop()  # type: ignore[misc]
    with qtbot.waitSignal(reopened.changed):
        callbacks["failed"](OSError("disk gone"))  # type: ignore[index,operator]
    assert not reopened.provisional and not reopened.computing
    assert reopened.status().window_points == 120 and reopened.status().ledger  # read in full


def test_another_process_bringing_the_sums_up_to_date_is_no_news_but_its_records_are(session: Session) -> None:
    import sqlite3
    from threading import Thread

    from tracker.report.figures import figures

    session.add(order())
    assert session.warm_start(lambda work, **callbacks: None) is True  # type: ignore[arg-type,return-value]
    session.records()  # the ledger book is built
    book = session._book
    assert book is not None
    session.add(order(5_000))  # logged: the sums are behind by one order

    def other_status() -> None:  # as `points-tracker-cli status` would: through another connection
        figures(session.db, session.ruleset(), session.settings(), session.today())
        session.db.close()  # this thread's connection

    thread = Thread(target=other_status)
    thread.start()
    thread.join()
    assert session.other_writers.check() is True  # SQLite says something was committed …
    assert session._book is book  # … but it was only the sums: nothing read again
    assert session.status().window_points == 170

    writer = sqlite3.connect(session.db_path)
    with writer:
        writer.execute("INSERT INTO visit (date) VALUES ('2026-11-20')")
    assert session.other_writers.check() is True
    assert session._book is not book  # a record: read again
    session.records()
    book = session._book
    with writer:  # plain SQL, not through Points Tracker: no write count, no new id, but logged
        writer.execute("UPDATE orders SET order_date = '2026-09-30' WHERE id = (SELECT min(id) FROM orders)")
    writer.close()
    assert session.other_writers.check() is True
    assert session._book is not book


def _held_jobs(jobs: list[tuple[object, dict[str, object]]]):  # type: ignore[no-untyped-def]
    """A runner that holds every background job back, to be run by the test."""
    return lambda work, **callbacks: jobs.append((work, callbacks))


def _run(job: tuple[object, dict[str, object]]) -> None:
    work, callbacks = job
    callbacks["done"](work(lambda done, total: None, lambda: False))  # type: ignore[operator]


def _written_by_a_worker(session: Session, draft: OrderDraft) -> None:
    """Written through another thread's connection, as an import's worker writes."""
    from threading import Thread

    from tracker.store import repository
    from tracker.ui.worker import close_thread_connection

    def write() -> None:
        try:
            repository.add_order(session.db, draft)
        finally:
            close_thread_connection(session.db)

    thread = Thread(target=write)
    thread.start()
    thread.join()


def test_after_an_import_the_window_shows_the_sums_and_builds_the_ledger_in_the_background(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.ui import session as session_module

    session.add(order())
    jobs: list[tuple[object, dict[str, object]]] = []
    assert session.warm_start(_held_jobs(jobs)) is True
    _run(jobs.pop())  # the ledger of the start
    assert not session.provisional
    built_on: list[str] = []
    real_open_book = session_module.open_book
    monkeypatch.setattr(session_module, "open_book", lambda *a, **k: built_on.append("job") or real_open_book(*a, **k))
    _written_by_a_worker(session, order(30_000))  # as an import's worker writes
    with qtbot.waitSignal(session.changed):
        session.records_changed_elsewhere()
    assert session.provisional  # the true figures at once, from the sums
    assert session.status().window_points == 120 + 300  # the new order's points, on the same day
    assert built_on == []  # nothing built on the GUI thread
    stale = jobs.pop()
    session.records_changed_elsewhere()  # a second import before the first ledger arrived
    _run(stale)  # the older build arrives: dropped, for the newer one
    assert session.provisional
    _run(jobs.pop())
    assert not session.provisional and built_on == ["job", "job"]
    assert session.status().window_points == 420
    assert session.status().ledger != ()


def test_another_rule_set_is_worked_out_in_the_background_in_a_window(
    session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.report import figures

    session.add(order(60_000))
    jobs: list[tuple[object, dict[str, object]]] = []
    assert session.warm_start(_held_jobs(jobs)) is True
    _run(jobs.pop())
    monkeypatch.setattr(figures, "QUICK_ORDERS", 0)  # as if the file held 100,000 orders
    monkeypatch.setattr(figures, "RECENT_ORDERS", 0)  # … and over 20,000 in their last 14 months
    session.set_setting("ruleset", "aliexpress-legacy-a0-a4")
    assert session.computing  # said to be under way, never guessed, never computed on the GUI thread
    with qtbot.waitSignal(session.changed):
        _run(jobs.pop())
    assert session.provisional
    assert session.status().next_recalculation.tier.name == "A3"
