"""One file per messy trait shoppers' CSVs have, read end to end: bytes → rows → header → mapping.

The files are built here, byte for byte as the programs that write them do (Excel's cp1252 and
``sep=;``, Excel's "Unicode text" UTF-16, a browser extension's UTF-8 with BOM), so the test shows
exactly what it feeds in.
"""

from __future__ import annotations

from typing import Any

import pytest

from tracker.importing.errors import ImportProblem
from tracker.importing.headers import guess_mapping
from tracker.importing.options import ImportOptions
from tracker.importing.source import Source, open_source

COLLECTOR_HEADER = (
    "Order Date,Order ID,Title,Qty,Price,Store,Product ID,SKU ID,Attributes,Price Info,Currency,Status,"
    "Product Url,Product Image Url,Store Url,Tags"
)
COLLECTOR_ROW = (
    '"Feb 21, 2026",8123456789012345,"Earbuds, wireless",1,"US $1,382.11",Best Shop,1005001,12000,'
    '"Color: Red",US $1382.11|1382|11,USD,Completed,https://a/1,https://a/1.jpg,https://a/s,'
)


def source_of(data: bytes, **options: Any) -> Source:
    return open_source(data, "export.csv", ImportOptions(**options))


def read(data: bytes, **options: Any) -> tuple[list[str], list[list[str]], list[int]]:
    """The header, the data rows and the file line of each, as every import reads a CSV file."""
    source = source_of(data, **options)
    rows = list(source.records())
    return source.headers, [row.cells for row in rows], [row.line for row in rows]


def test_utf8_with_bom_and_crlf_from_a_browser_extension() -> None:
    data = ("\ufeff" + COLLECTOR_HEADER + "\r\n" + COLLECTOR_ROW + "\r\n").encode("utf-8")

    headers, rows, _ = read(data)

    assert headers[0] == "Order Date"  # no BOM glued to the first header
    assert rows[0][4] == "US $1,382.11"
    assert rows[0][3] == "1"
    mapping = guess_mapping(headers, rows)
    assert mapping.field_by_column[headers.index("Price")] == "unit_price"
    assert mapping.field_by_column[headers.index("Price Info")] is None


def test_windows_1252_from_excel_with_sep_line_and_stray_header_space() -> None:
    text = "sep=;\r\nOrder ID ; Title;Price ;Status\r\n1001;Café crème;12,50 €;Terminé\r\n1002;Tasse;3,00 €;Annulé\r\n"
    data = text.encode("cp1252")

    source = source_of(data)
    headers, rows, lines = read(data)

    assert source.encoding == "cp1252"
    assert headers == ["Order ID", "Title", "Price", "Status"]
    assert rows[0] == ["1001", "Café crème", "12,50 €", "Terminé"]
    assert lines == [3, 4]  # file lines, counting the sep= line
    assert guess_mapping(headers, rows).field_by_column == {
        0: "order_no",
        1: "item_title",
        2: "unit_price",
        3: "status",
    }


def test_utf16_le_with_bom_tab_separated_as_excel_unicode_text() -> None:
    data = "\ufeffNúmero de pedido\tFecha del pedido\tPrecio\r\n77\t24 nov, 2023\tR$132,74\r\n".encode("utf-16-le")

    source = source_of(data)
    headers, rows, _ = read(data)

    assert (source.encoding, source.had_bom) == ("utf-16-le", True)
    assert headers == ["Número de pedido", "Fecha del pedido", "Precio"]
    assert rows == [["77", "24 nov, 2023", "R$132,74"]]


def test_utf16_be_with_bom() -> None:
    source = source_of("\ufeffa,b\r\n1,2\r\n".encode("utf-16-be"))

    assert (source.encoding, source.had_bom) == ("utf-16-be", True)
    assert (source.headers, [row.cells for row in source.records()]) == (["a", "b"], [["1", "2"]])


def test_semicolons_and_decimal_commas_without_sep_line() -> None:
    data = "Номер заказа;Дата заказа;Цена\n1;07.03.2024;1 234,56 руб.\n2;08.03.2024;99,00 руб.\n".encode("cp1251")

    headers, rows, _ = read(data)

    assert headers == ["Номер заказа", "Дата заказа", "Цена"]
    assert rows[0][2] == "1 234,56 руб."


def test_title_above_and_totals_below_are_skipped() -> None:
    text = "My AliExpress orders\n\nOrder ID,Date,Price\n1,2024-01-02,1.50\n2,2024-01-03,2.50\nTotal,,4.00\n"
    source = source_of(text.encode(), skip_trailing=1)

    assert source.headers == ["Order ID", "Date", "Price"]
    assert source.header_line == 3
    assert [row.cells[0] for row in source.records()] == ["1", "2"]


def test_unterminated_quote_is_refused_naming_its_line() -> None:
    data = b'Order ID,Title,Price\n1,"Lamp,2.00\n2,Mug,3.00\n3,Cup,4.00\n'

    with pytest.raises(ImportProblem, match=r"^Line 2: .*never closed") as raised:
        read(data)
    assert raised.value.line == 2


def test_nul_byte_is_refused_naming_its_line() -> None:
    data = b"Order ID,Title\n1,Lamp\n2,M\x00ug\n"

    with pytest.raises(ImportProblem, match=r"^Line 3 contains a NUL byte") as raised:
        read(data)
    assert raised.value.line == 3


def test_a_workbook_saved_as_csv_by_mistake_is_named() -> None:
    with pytest.raises(ImportProblem, match="workbook"):
        read(b"PK\x03\x04\x14\x00\x06\x00rest of a zip file")


def test_ragged_rows_come_back_as_they_are() -> None:
    headers, rows, _ = read(b"a,b,c\n1,2\n1,2,3,4\n")

    assert headers == ["a", "b", "c"]
    assert rows == [["1", "2"], ["1", "2", "3", "4"]]


def test_formula_like_cells_are_plain_text() -> None:
    _, rows, _ = read(b"Title,Note\n=1+2,+SUM(A1)\n@x,-5\n")

    assert rows == [["=1+2", "+SUM(A1)"], ["@x", "-5"]]
