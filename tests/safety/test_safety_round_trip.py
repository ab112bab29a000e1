"""Export → import into an empty file gives the same records and the same figures, whatever the
history: pending orders with expected dates, notes, several priced items, other currencies,
categories with ``|`` in them, reviews linked to their orders, promotions."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.cli.main import main
from tracker.currency.paid import Paid
from tracker.currency.rates import RateBook
from tracker.rules.records import EntryKind, OrderStatus
from tracker.store.batches import write_batch
from tracker.store.connection import close_database, open_database
from tracker.store.conversion import convert_order
from tracker.store.drafts import (
    EntryDraft,
    FollowDraft,
    LineDraft,
    OrderDraft,
    PostDraft,
    PromotionDraft,
    ReviewDraft,
    VisitDraft,
)
from tracker.store.export import ExportedDrafts, export_drafts

TODAY = date(2026, 11, 24)
START = date(2025, 6, 1)
KINDS = ("orders", "activity", "promotions")
MULTIPLIERS = [Decimal("1.5"), Decimal(2), Decimal("2.25"), Decimal(3)]

# Text a shopper's data really holds: separators, quotes, formulas, line ends, other scripts.
text = st.lists(st.sampled_from([*"ab Z|\\,\"'=+-@\n\r\t;é中ё", "  ", " | ", "\\|"]), max_size=8).map("".join)
days = st.integers(0, 540).map(lambda n: START + timedelta(days=n))


@st.composite
def orders(draw: st.DrawFn, numbers: st.SearchStrategy[str | None]) -> OrderDraft:
    ordered = draw(days)
    status = draw(st.sampled_from(OrderStatus))
    lines = tuple(
        LineDraft(draw(text), draw(text), draw(text), draw(st.integers(1, 3)), draw(st.integers(0, 9_999)))
        for _ in range(draw(st.integers(1, 4)))
    )
    items = sum(line.total_cents for line in lines)
    discount = draw(st.integers(0, items))
    shipping = draw(st.sampled_from([0, 199]))
    refund = draw(st.integers(0, items - discount + shipping)) if draw(st.booleans()) else 0
    later = st.integers(0, 60).map(lambda n: ordered + timedelta(days=n))
    currency = draw(st.sampled_from(["USD", "EUR", "PLN"]))
    return OrderDraft(
        order_no=draw(numbers),
        order_date=ordered,
        status=status,
        lines=lines,
        discount_cents=discount,
        shipping_cents=shipping,
        confirmed_date=draw(later) if status is OrderStatus.CONFIRMED else None,
        expected_date=draw(st.none() | later),
        refund_cents=refund,
        refund_date=draw(later) if refund else None,
        store=draw(text),
        currency=currency,
        paid_cents=draw(st.none() | st.integers(0, 99_999)),
        note=draw(text),
    )


@st.composite
def paid_orders(draw: st.DrawFn, numbers: st.SearchStrategy[str | None]) -> OrderDraft:
    """An order paid in another currency: converted at the ECB rate of its date, or — the rouble
    after March 2022 — waiting for a rate (not counted)."""
    ordered = draw(days)
    prices = tuple(draw(st.integers(0, 99_999)) for _ in range(draw(st.integers(1, 3))))
    lines = tuple(LineDraft(draw(text), draw(text), draw(text), 1, 0) for _ in prices)
    status = draw(st.sampled_from([OrderStatus.PENDING, OrderStatus.CONFIRMED]))
    draft = OrderDraft(
        draw(numbers), ordered, status, lines, currency=draw(st.sampled_from(["PLN", "EUR", "RUB"])),
        confirmed_date=ordered + timedelta(days=9) if status is OrderStatus.CONFIRMED else None,
        note=draw(text), paid=Paid(prices, shipping_cents=draw(st.sampled_from([0, 999]))),
    )  # fmt: skip
    return convert_order(draft, RateBook())


@st.composite
def histories(draw: st.DrawFn) -> ExportedDrafts:
    count = draw(st.integers(0, 6))
    numbers = draw(st.lists(st.text("0123456789A-", min_size=1, max_size=8), min_size=count, max_size=count,
                            unique=True))  # fmt: skip
    drawn = [draw(st.one_of(orders(st.sampled_from([number, None])), paid_orders(st.sampled_from([number, None]))))
             for number in numbers]  # fmt: skip
    reviews = [
        ReviewDraft(draw(days), draw(st.none() | st.integers(0, 5_000)), draw(text), draw(text),
                    order_no=draw(st.sampled_from([o.order_no for o in drawn if o.order_no] or [None])))
        for _ in range(draw(st.integers(0, 4)))
    ]  # fmt: skip
    return ExportedDrafts(
        orders=tuple(drawn),
        reviews=tuple(reviews),
        visits=tuple(VisitDraft(day) for day in draw(st.sets(days, max_size=5))),
        posts=tuple(PostDraft(draw(days), draw(text)) for _ in range(draw(st.integers(0, 2)))),
        follows=tuple(FollowDraft(draw(days), draw(text)) for _ in range(draw(st.integers(0, 2)))),
        entries=tuple(
            EntryDraft(draw(days), points, EntryKind.BONUS if points > 0 else EntryKind.ADJUSTMENT, draw(text))
            for points in draw(st.lists(st.integers(-300, 300).filter(bool), max_size=3))
        ),
        promotions=tuple(
            PromotionDraft(draw(text), day, day + timedelta(days=2), draw(st.sampled_from(MULTIPLIERS)))
            for day in draw(st.lists(days, max_size=2))
        ),
    )


def _figures(db_path: Path, capsys: pytest.CaptureFixture[str]) -> list[object]:
    capsys.readouterr()
    found: list[object] = []
    for as_of in ("2026-03-31", "2026-11-24"):
        for command in ("status", "plan"):
            assert main(["--db", str(db_path), command, "--json", "--as-of", as_of], today=TODAY) == 0
            found.append(json.loads(capsys.readouterr().out))
    close_database()
    return found


def _records(db_path: Path) -> tuple[object, ...]:
    """Every record as the file would say it: reviews name their order by number."""
    drafts = export_drafts(open_database(db_path))
    close_database()
    reviews = sorted(
        ((r.date, r.item_price_cents, r.product_id, r.title, drafts.order_numbers.get(r.order_id or 0))
         for r in drafts.reviews),
        key=repr,
    )  # fmt: skip
    return (
        sorted(drafts.orders, key=repr),
        reviews,
        drafts.visits,
        sorted(drafts.posts, key=repr),
        sorted(drafts.follows, key=repr),
        sorted(drafts.entries, key=repr),
        sorted(drafts.promotions, key=repr),
    )


def _round_trip(history: ExportedDrafts, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = folder / "first.sqlite3", folder / "second.sqlite3"
    db = open_database(first)
    write_batch(db, file_name="orders", file_hash="o", kind="orders", orders=history.orders)
    write_batch(
        db, file_name="activity", file_hash="a", kind="activity", reviews=history.reviews, visits=history.visits,
        posts=history.posts, follows=history.follows, entries=history.entries, promotions=history.promotions,
    )  # fmt: skip
    close_database()
    for what in KINDS:
        assert main(["--db", str(first), "export", what, str(folder / f"{what}.csv")], today=TODAY) == 0
    for what in KINDS:
        assert main(["--db", str(second), "import", str(folder / f"{what}.csv")], today=TODAY) == 0, what
    close_database()

    assert _records(second) == _records(first)
    assert _figures(second, capsys) == _figures(first, capsys)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                  HealthCheck.function_scoped_fixture])  # fmt: skip
@given(history=histories())
def test_export_then_import_into_an_empty_file_gives_the_same_records_and_figures(
    history: ExportedDrafts, capsys: pytest.CaptureFixture[str]
) -> None:
    with TemporaryDirectory() as folder:
        _round_trip(history, Path(folder), capsys)


def test_a_pipe_inside_a_category_stays_one_category(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = (LineDraft("Lamp", "P1", "Home | Garden", 1, 1_000), LineDraft("", "", "Tools\\Hand", 1, 0))
    history = ExportedDrafts(
        (OrderDraft("8001", date(2026, 5, 1), OrderStatus.PENDING, lines),), (), (), (), (), (), ()
    )
    _round_trip(history, tmp_path, capsys)
    cell = (tmp_path / "orders.csv").read_text(encoding="utf-8-sig").splitlines()[1]
    assert "Home \\| Garden | Tools\\\\Hand" in cell
    assert ',""\r' not in cell and cell.endswith(",")  # said by the cells: no lines cell needed


def test_an_empty_export_imports_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _round_trip(ExportedDrafts((), (), (), (), (), (), ()), tmp_path, capsys)
    out = capsys.readouterr().out
    assert "Imported promotions.csv as batch" not in out or "0 new" in out


def test_a_note_longer_than_the_csv_modules_limit_imports_back(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    note = "line of a long note, with a comma\n" * 5_000  # 170,000 characters
    order = OrderDraft(None, date(2026, 5, 1), OrderStatus.PENDING, (LineDraft(unit_price_cents=500),), note=note)
    history = ExportedDrafts((order,), (), (), (PostDraft(date(2026, 5, 2), note),), (), (), ())
    _round_trip(history, tmp_path, capsys)


def test_a_pending_orders_expected_date_note_payment_and_items_travel(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    lines = (LineDraft("Phone", "P1", "Phones", 1, 20_000), LineDraft("Case", "P2", "Phones", 2, 450))
    order = OrderDraft("8001", date(2026, 11, 1), OrderStatus.PENDING, lines, expected_date=date(2026, 11, 30),
                       currency="EUR", paid_cents=18_990, note="gift for Ana")  # fmt: skip
    review = ReviewDraft(date(2026, 11, 10), 450, "P2", "Case review", order_no="8001")
    _round_trip(ExportedDrafts((order,), (review,), (), (), (), (), ()), tmp_path, capsys)
    db = open_database(tmp_path / "second.sqlite3")
    (stored,) = export_drafts(db).orders
    (linked,) = export_drafts(db).reviews
    close_database()
    assert stored == order
    assert linked.order_id is not None
