"""JSON files of records import like CSV files: each record a row, each key a column."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from tracker.importing.engine import analyse, prepare
from tracker.importing.errors import ImportProblem
from tracker.importing.json_rows import cell_text, read_records


def test_records_become_rows_with_every_key_a_column_in_first_seen_order() -> None:
    data = json.dumps([{"a": 1, "b": None, "c": [1, "x"]}, {"b": True, "d": {"amount": 2.5, "ccy": "EUR"}}]).encode()

    headers, rows = read_records(data)

    assert headers == ["a", "b", "c", "d.amount", "d.ccy"]
    assert rows == [["1", "", "1; x", "", ""], ["", "true", "", "2.5", "EUR"]]


def test_a_list_under_a_key_is_found() -> None:
    headers, rows = read_records(b'{"exportedAt": "2026-03-01", "orders": [{"orderId": "1"}, {"orderId": "2"}]}')
    assert (headers, rows) == (["orderId"], [["1"], ["2"]])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'[{"a": 1},', "not valid JSON"),
        (b'{"a": 1}', "no list of records"),
        (b"[1, 2, 3]", "no list of records"),
        (b"[" * 5000 + b"]" * 5000, "nested too deeply"),
        ('[{"a": "é"}]'.encode("latin-1"), "not UTF-8"),
    ],
)
def test_a_json_file_that_is_no_list_of_records_says_why(data: bytes, message: str) -> None:
    with pytest.raises(ImportProblem, match=message):
        analyse(data, "orders.json")


def test_a_csv_file_that_only_starts_like_json_is_read_as_csv() -> None:
    data = b"[Order ID],Date,Total,Status\n1,2026-02-20,$5.00,Completed\n"
    assert analyse(data, "orders.csv").source == "csv"


def test_numbers_are_written_as_the_exporter_wrote_them() -> None:
    values = json.loads("[10.5, 61.25, 1e2, 7, false]", parse_float=Decimal)
    assert [cell_text(value) for value in values] == ["10.5", "61.25", "100", "7", "false"]


def test_a_json_file_imports_with_rows_numbered_by_record() -> None:
    records = [
        {"orderId": "1", "date": "2026-02-20", "total": 5, "status": "Completed"},
        {"orderId": "2", "date": "2026-02-30", "total": 7.5, "status": "Completed"},
    ]
    prepared = prepare(json.dumps(records).encode(), file_name="orders.json")

    assert [order.draft.total_cents for order in prepared.orders] == [500]
    assert prepared.rejected[0].line == 2 and "February 2026 has 28 days" in prepared.rejected[0].reason


def test_a_script_s_word_for_no_value_is_a_blank_cell() -> None:
    data = (b"Order ID,Date,Total,Price,Status\n"
            b"1,2026-02-20,9.00,undefined,Completed\n"
            b"2,N/A,3.00,3.00,Completed\n")  # fmt: skip
    prepared = prepare(data, file_name="scraped.csv")

    assert [o.draft.total_cents for o in prepared.orders] == [900]  # no price: the total is the item
    assert "The order date is empty" in prepared.rejected[0].reason
