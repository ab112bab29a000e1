"""Guessing a CSV file's layout (tracker/importing/sniff.py): separator, quote, header row."""

from __future__ import annotations

import pytest

from tracker.importing.csv_reader import Dialect, read_records
from tracker.importing.errors import ImportProblem
from tracker.importing.sniff import clean_header, delimiter_from_name, find_header_row, sniff_dialect

# -- dialect --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2,5;3\n4;5,5;6\n", ";"),
        ("a\tb\n1,5\t2\n", "\t"),
        ("a|b\n1|2\n", "|"),
        ('"x,y";b\n"1,2";3\n', ";"),
        ("only one column\n12\n", ","),
        ("", ","),
    ],
)
def test_delimiter_is_the_one_that_splits_rows_evenly(text: str, delimiter: str) -> None:
    assert sniff_dialect(text).delimiter == delimiter


def test_excel_sep_line_sets_the_delimiter_and_is_skipped() -> None:
    assert sniff_dialect("sep=;\na,b;c\n1,2;3\n") == Dialect(";", '"', skip_lines=1)
    assert sniff_dialect("SEP=,\na;b,c\n") == Dialect(",", '"', skip_lines=1)
    assert sniff_dialect('"sep=;"\na;b\n').delimiter == ";"
    assert sniff_dialect("sep=\t\na\tb\n").delimiter == "\t"


def test_sep_line_is_not_read_as_data() -> None:
    text = "sep=;\na;b\n1;2\n"

    assert [cells for _, cells in read_records(text.splitlines(keepends=True), sniff_dialect(text))] == [
        ["a", "b"],
        ["1", "2"],
    ]


def test_single_quotes_are_the_quote_character_only_when_cells_are_wrapped_in_them() -> None:
    assert sniff_dialect("'a,b',c\n'd,e',f\n").quotechar == "'"
    assert sniff_dialect("Men's hat,1\nKid's cap,2\n").quotechar == '"'


def test_delimiter_names_as_people_type_them() -> None:
    assert [delimiter_from_name(name) for name in ("tab", "\\t", ";", "Comma", "|")] == ["\t", "\t", ";", ",", "|"]
    with pytest.raises(ImportProblem):
        delimiter_from_name("two")


def test_dialect_refuses_impossible_settings() -> None:
    with pytest.raises(ImportProblem):
        Dialect(";;")
    with pytest.raises(ImportProblem):
        Dialect(",", quotechar=",")


# -- header ---------------------------------------------------------------------------------------


def test_header_cells_lose_stray_spaces_and_invisible_characters() -> None:
    assert clean_header([" Order ID ", "Price\u00a0", "\ufeffDate", "Order  Status", ""]) == [
        "Order ID",
        "Price",
        "Date",
        "Order Status",
        "",
    ]


def test_header_is_the_first_row_normally() -> None:
    assert find_header_row([["Order ID", "Date", "Price"], ["1", "2024-01-01", "1.00"]]) == 0


def test_header_below_a_title_and_a_note() -> None:
    rows = [
        ["AliExpress orders", "", ""],
        ["Exported 2024-05-01", "", ""],
        ["Order ID", "Date", "Price"],
        ["1", "2024-01-01", "1.00"],
    ]

    assert find_header_row(rows) == 2


def test_no_header_found_means_the_first_row() -> None:
    assert find_header_row([]) == 0
    assert find_header_row([["1", "2"], ["3", "4"]]) == 0
    assert find_header_row([["x", "y"], ["a", "b"]]) == 0
