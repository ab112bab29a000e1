"""Hostile input: random bytes as a database file or a CSV never give anything but the errors
meant for the shopper; formula protection round-trips."""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import suppress
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tracker.importing import native
from tracker.importing.native import NativeFormatError, protect, read_native, unprotect
from tracker.rules.records import EntryKind, OrderStatus
from tracker.store.batches import write_batch
from tracker.store.connection import close_database, open_database
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
from tracker.store.errors import StoreError
from tracker.store.repository import load_records

SQLITE_HEADER = b"SQLite format 3\x00"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


def _valid_database_bytes() -> bytes:
    """A small real file: every kind of record, so that damage can land in rows too."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "points.sqlite3"
        db = open_database(path)
        day = date(2026, 3, 1)
        write_batch(
            db,
            file_name="seed.csv",
            file_hash="seed",
            kind="all",
            orders=[
                OrderDraft(f"81{n}", day, OrderStatus.PENDING, (LineDraft(f"Item {n}", "P1", "Toys", 1, 150 * n),))
                for n in range(1, 40)
            ],
            reviews=[ReviewDraft(day, 300, title="Lamp")],
            visits=[VisitDraft(date(2026, 3, n)) for n in range(1, 29)],
            posts=[PostDraft(day, "unboxing")],
            follows=[FollowDraft(day, "Gadget Store")],
            entries=[EntryDraft(day, 25, EntryKind.BONUS, "game")],
            promotions=[PromotionDraft("11.11", day, day, Decimal("2"))],
        )
        close_database()
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
        return path.read_bytes()


VALID_DATABASE = _valid_database_bytes()

database_bytes = st.one_of(
    st.binary(max_size=8192),
    st.binary(max_size=8192).map(lambda tail: SQLITE_HEADER + tail),
    # A real file with a stretch of it overwritten: headers, page maps and rows all get hit.
    st.tuples(st.integers(0, len(VALID_DATABASE) - 1), st.binary(min_size=1, max_size=512)).map(
        lambda cut: VALID_DATABASE[: cut[0]] + cut[1] + VALID_DATABASE[cut[0] + len(cut[1]) :]
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(database_bytes)
@example(b"")
@example(SQLITE_HEADER)
@example(b"these are my shopping notes\n" * 100)
def test_random_bytes_as_a_database_give_only_store_errors(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "points.sqlite3"
        path.write_bytes(data)
        try:
            db = open_database(path)
            load_records(db)
        except StoreError as error:
            assert str(path) in str(error)
            assert "Traceback" not in str(error)
        finally:
            close_database()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_random_bytes_into_read_native_give_only_native_format_errors(data: bytes) -> None:
    with suppress(NativeFormatError):
        parsed = read_native(data)
        assert all(problem.row >= 2 for problem in parsed.problems)


HEADERS = [",".join(columns) for columns in (native.ORDER_COLUMNS, native.ACTIVITY_COLUMNS, native.PROMOTION_COLUMNS)]
cell = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "2026-02-30", "12.34", "1e100", "-0", "NaN", "sNaN", "9" * 40, "confirmed", "bonus"]),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers().map(str),
)
rows = st.lists(st.lists(cell, min_size=0, max_size=14), max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(HEADERS), rows)
@example(HEADERS[0], [["1", "2026-01-01", "confirmed", "", "1e100", "", "", "", "", "", "", "", ""]])
@example(HEADERS[1], [["2026-01-01", "review", "", "99999999999999999999999999999", ""]])
def test_rows_of_random_cells_under_a_native_header_give_problems_not_tracebacks(
    header: str, body: list[list[str]]
) -> None:
    text = header + "\r\n" + "\r\n".join(",".join('"' + c.replace('"', '""') + '"' for c in row) for row in body)
    try:
        parsed = read_native(text.encode("utf-8", "surrogatepass"))
    except (NativeFormatError, UnicodeEncodeError):
        return
    for problem in parsed.problems:
        assert problem.row >= 2 and problem.message


@given(st.text())
@example("=1+2")
@example("'=1+2")
@example("''-x")
@example("'")
@example("\t")
def test_protect_then_unprotect_gives_the_text_back(text: str) -> None:
    assert unprotect(protect(text)) == text


@given(st.text())
def test_a_protected_cell_never_starts_like_a_formula(text: str) -> None:
    assert not protect(text).startswith(FORMULA_STARTS)


# Text cells survive a file round trip when they have no surrounding blanks (cells are
# trimmed on reading) and no NUL (a native file with a NUL is refused as a whole).
text_cell = st.text(st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)), max_size=20).filter(
    lambda text: text == text.strip()
)
formula_like = st.tuples(st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'=", "''+"]), text_cell).map("".join)
text_values = st.one_of(
    text_cell,
    # A leading tab or CR is protected by the quote, so only trailing blanks are trimmed.
    formula_like.filter(lambda text: text == text.rstrip() and (text == text.lstrip() or text[0] in "\t\r")),
)


@settings(max_examples=200, deadline=None)
@given(store=text_values, title=text_values, note=text_values, name=text_values)
def test_text_cells_round_trip_through_the_native_files(store: str, title: str, note: str, name: str) -> None:
    day = date(2026, 3, 1)
    order = OrderDraft(
        order_no="81",
        order_date=day,
        status=OrderStatus.PENDING,
        lines=(LineDraft(title=title, category="Toys", unit_price_cents=100),),
        store=store,
    )
    orders = read_native(native.write_orders([order]))
    assert orders.problems == []
    assert (orders.orders[0].store, orders.orders[0].lines[0].title) == (store, title)

    activity = read_native(native.write_activity(posts=[PostDraft(day, note)], follows=[FollowDraft(day, store)],
                                                 reviews=[ReviewDraft(day, 100, title=title)]))  # fmt: skip
    assert activity.problems == []
    assert [p.note for p in activity.posts] == [note]
    assert [f.store for f in activity.follows] == [store]
    assert [r.title for r in activity.reviews] == [title]

    promotions = read_native(native.write_promotions([PromotionDraft(name, day, day, Decimal("2"))]))
    assert [p.name for p in promotions.promotions] == [name]
