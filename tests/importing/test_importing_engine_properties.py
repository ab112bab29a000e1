"""Property tests: whatever the file holds, analyse() and prepare() end in a result or an
ImportProblem — never another exception — and the fast money reader agrees with parse_money."""

from __future__ import annotations

import contextlib
import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.importing.engine import analyse, prepare, rejected_csv
from tracker.importing.errors import ImportProblem, ParseError
from tracker.importing.money import parse_money
from tracker.importing.options import ImportOptions
from tracker.importing.values import parse_amount

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FORMULAS = st.sampled_from(["=1+2", "+SUM(A1)", "@x", "-2+3", '=HYPERLINK("x")', "'=1", "\t=1", "=cmd|' /C calc'!A0"])
PIECES = st.sampled_from([",", ";", "\t", "|", '"', "'", "\n", "\r\n", "\x00", " ", "\u00a0", "\ufeff", "€", "zł", "$"])
CELL = (
    st.lists(st.characters(codec="utf-8", exclude_categories=["Cs"]) | PIECES, max_size=12).map("".join)
    | FORMULAS
    | st.sampled_from(["2026-02-20", "Feb 10, 2026", "3/7/2024", "US $1,382.11", "129,46zł", "Completed", "x2"])
)
HEADERS = st.lists(
    st.sampled_from(["Order ID", "Date", "Price", "Qty", "Status", "Total", "Currency", "Points", "Type", "Note", ""]),
    min_size=1,
    max_size=6,
)


def whole_import(data: bytes, options: ImportOptions | None = None) -> None:
    """What the dialog does with a file, up to the write; the result does not matter here."""
    analysis = analyse(data, "fuzz.csv", options)
    prepared = prepare(data, analysis.options)
    rejected_csv(prepared)


@FAST
@given(st.binary(max_size=800))
def test_random_bytes_end_in_a_result_or_an_import_problem(data: bytes) -> None:
    with contextlib.suppress(ImportProblem):
        whole_import(data)


@FAST
@given(st.binary(max_size=300))
def test_random_bytes_behind_a_zip_signature_end_in_an_import_problem(data: bytes) -> None:
    with contextlib.suppress(ImportProblem):
        whole_import(b"PK\x03\x04" + data)


@FAST
@given(HEADERS, st.lists(st.lists(CELL, max_size=7), max_size=8), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_csv_shaped_files_with_odd_cells_end_in_a_result_or_an_import_problem(
    headers: list[str], rows: list[list[str]], encoding: str
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([headers, *rows])
    with contextlib.suppress(ImportProblem):
        whole_import(buffer.getvalue().encode(encoding, errors="replace"))


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=1, max_value=3), st.sampled_from(["x", '"', "\x00", "9"]))
def test_huge_fields_end_in_an_import_problem_or_a_rejected_row(copies: int, filler: str) -> None:
    huge = filler * (70_000 * copies)
    data = f'Order ID,Date,Total,Status\n1,2026-02-20,"{huge}",Completed\n'.encode()
    with contextlib.suppress(ImportProblem):
        whole_import(data)


@FAST
@given(st.lists(st.sampled_from(["=1+2", "@SUM(1)", "+7", "-3", "'=x"]), min_size=1, max_size=5))
def test_formula_like_cells_are_kept_as_text_never_run(cells: list[str]) -> None:
    rows = "".join(f"{n},2026-02-20,$1.00,Completed,{cell}\n" for n, cell in enumerate(cells, start=1))
    prepared = prepare(f"Order ID,Date,Total,Status,Title\n{rows}".encode())
    titles = [order.draft.lines[0].title for order in prepared.orders]
    assert titles == [cell[1:] if cell.startswith("'=") else cell for cell in cells]


AMOUNT = st.builds(
    lambda pre, whole, sep, frac, suf: f"{pre}{whole}{sep}{frac}{suf}",
    st.sampled_from(["", "US $", "$", "€", "R$", "CA$", "USD ", "¥", "x"]),
    st.sampled_from(["0", "1", "12", "999", "1,234", "1.234", "12,345,678", "01", "1234567890", "1 234"]),
    st.sampled_from(["", ".", ","]),
    st.sampled_from(["", "5", "50", "99", "500", "-"]),
    st.sampled_from(["", "zł", " €", " EUR", "руб.", "kr", ")"]),
)


@FAST
@given(AMOUNT, st.sampled_from([None, ".", ","]))
def test_the_fast_money_reader_agrees_with_parse_money(text: str, decimal: str | None) -> None:
    try:
        expected: object = parse_money(text, decimal)
    except ParseError as error:
        expected = ("error", error.message)
    try:
        found: object = parse_amount(text, decimal, False)
    except ParseError as error:
        found = ("error", error.message)
    assert found == expected
