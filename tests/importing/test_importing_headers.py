from __future__ import annotations

import pytest

from tracker.importing.headers import (
    ACTIVITY,
    ACTIVITY_FIELD_NAMES,
    FIELDS,
    ORDER_FIELD_NAMES,
    ORDERS,
    guess_mapping,
    header_key,
    mapping_warnings,
)


def fields(headers: list[str], rows: list[list[str]] | None = None) -> dict[str, str | None]:
    mapping = guess_mapping(headers, rows or [])
    return {headers[column] or f"#{column}": name for column, name in mapping.field_by_column.items()}


def test_the_fields_orders_and_activity_can_fill() -> None:
    assert " ".join(ORDER_FIELD_NAMES) == (
        "order_no order_date status confirmed_date item_title product_id category quantity unit_price "
        "line_total order_total discount shipping refund refund_date currency store"
    )
    assert ACTIVITY_FIELD_NAMES == ("date", "kind", "points", "item_price", "note")
    assert set(FIELDS) == {*ORDER_FIELD_NAMES, *ACTIVITY_FIELD_NAMES}


def test_header_keys_ignore_case_accents_punctuation_and_camel_case() -> None:
    assert header_key(" N° de Commande ") == "n de commande"
    assert header_key("Nº de pedido") == "no de pedido"
    assert header_key("orderId") == "order id"
    assert header_key("ORDER_STATUS") == "order status"
    assert header_key("Número do Pedido") == "numero do pedido"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Order ID", "order_no"),
        ("Order No.", "order_no"),
        ("Order #", "order_no"),
        ("Número de pedido", "order_no"),
        ("Número do pedido", "order_no"),
        ("Номер заказа", "order_no"),
        ("N° de commande", "order_no"),
        ("Numer zamówienia", "order_no"),
        ("Bestellnummer", "order_no"),
        ("Order Date", "order_date"),
        ("Fecha del pedido", "order_date"),
        ("Data do pedido", "order_date"),
        ("Дата заказа", "order_date"),
        ("Date de commande", "order_date"),
        ("Data zamówienia", "order_date"),
        ("Bestelldatum", "order_date"),
        ("Price", "unit_price"),
        ("Precio", "unit_price"),
        ("Preço", "unit_price"),
        ("Цена", "unit_price"),
        ("Prix", "unit_price"),
        ("Cena", "unit_price"),
        ("Preis", "unit_price"),
        ("Qty", "quantity"),
        ("Quantity", "quantity"),
        ("Cantidad", "quantity"),
        ("Количество", "quantity"),
        ("Ilość", "quantity"),
        ("Menge", "quantity"),
        ("Status", "status"),
        ("Estado", "status"),
        ("Статус", "status"),
        ("Statut", "status"),
        ("Währung", "currency"),
        ("Tienda", "store"),
        ("Shipping cost", "shipping"),
        ("Refund date", "refund_date"),
        ("Price (USD)", "unit_price"),  # contains a known name
        ("Order Date (UTC)", "order_date"),
    ],
)
def test_header_names_in_the_languages_shoppers_use(header: str, field: str) -> None:
    assert guess_mapping([header], []).field_by_column == {0: field}


def test_my_purchases_collector_file() -> None:
    headers = [
        "Order Date",
        "Order ID",
        "Title",
        "Qty",
        "Price",
        "Store",
        "Product ID",
        "SKU ID",
        "Attributes",
        "Price Info",
        "Currency",
        "Status",
        "Product Url",
        "Product Image Url",
        "Store Url",
        "Tags",
    ]

    assert fields(headers) == {
        "Order Date": "order_date",
        "Order ID": "order_no",
        "Title": "item_title",
        "Qty": "quantity",
        "Price": "unit_price",
        "Store": "store",
        "Product ID": "product_id",
        "SKU ID": None,
        "Attributes": None,
        "Price Info": None,
        "Currency": "currency",
        "Status": "status",
        "Product Url": None,
        "Product Image Url": None,
        "Store Url": None,
        "Tags": None,
    }


def test_aliexpress_data_download_columns() -> None:
    headers = ["order_id", "gmt_create_order_time", "order_status", "item_name", "unit_price", "payable_amt"]

    assert list(fields(headers).values()) == [
        "order_no",
        "order_date",
        "status",
        "item_title",
        "unit_price",
        "order_total",
    ]


def test_an_exact_name_beats_one_that_only_contains_it() -> None:
    assert fields(["Price Info", "Price"]) == {"Price Info": None, "Price": "unit_price"}
    assert fields(["Order Notes", "Order ID"]) == {"Order Notes": None, "Order ID": "order_no"}


def test_links_and_pictures_never_match_by_containment() -> None:
    assert fields(["Store Url", "Product Image"]) == {"Store Url": None, "Product Image": None}


def test_two_columns_exactly_naming_one_field_are_both_mapped_with_a_warning() -> None:
    mapping = guess_mapping(["Order Date", "Fecha del pedido"], [["2024-01-01", "2024-01-01"]])

    assert mapping.field_by_column == {0: "order_date", 1: "order_date"}
    assert mapping.warnings == [
        "Order date is taken from two columns, “Order Date” and “Fecha del pedido”: choose one."
    ]


def test_columns_without_a_telling_header_are_guessed_from_values() -> None:
    headers = ["", "Col2", "Col3", "Col4", "Col5"]
    rows = [
        ["1001", "2024-03-07", "US $1.00", "Completed", "USD"],
        ["1002", "2024-03-08", "US $2.50", "Cancelled", "USD"],
    ]

    assert fields(headers, rows) == {
        "#0": None,
        "Col2": "order_date",
        "Col3": "unit_price",
        "Col4": "status",
        "Col5": "currency",
    }


def test_a_second_date_column_becomes_the_confirmation_date() -> None:
    rows = [["2024-03-07", "2024-03-20"]]

    assert fields(["Order Date", "?"], rows) == {"Order Date": "order_date", "?": "confirmed_date"}


def test_values_that_do_not_fit_a_header_guess_are_warned_about() -> None:
    mapping = guess_mapping(["Date", "Price"], [["soon", "cheap"], ["later", "free"]])

    assert mapping.field_by_column == {0: "order_date", 1: "unit_price"}
    assert mapping.warnings == [
        "Column “Date” was taken as order date, but its values do not look like dates.",
        "Column “Price” was taken as unit price, but its values do not look like amounts.",
    ]


def test_a_points_history_file_maps_to_activity() -> None:
    mapping = guess_mapping(["Date", "Points", "Description"], [["2024-01-01", "+10", "Review"]])

    assert mapping.target == ACTIVITY
    assert mapping.field_by_column == {0: "date", 1: "points", 2: "note"}


def test_the_target_can_be_given() -> None:
    mapping = guess_mapping(["Date", "Description"], [], target=ACTIVITY)

    assert mapping.field_by_column == {0: "date", 1: "note"}
    assert guess_mapping(["Date", "Description"], []).target == ORDERS


def test_mapping_warnings_for_a_mapping_the_shopper_edited() -> None:
    headers = ["A", "B", ""]

    assert mapping_warnings({0: "unit_price", 1: None, 2: "unit_price"}, headers) == [
        "Unit price is taken from two columns, “A” and “column 3”: choose one."
    ]
    assert mapping_warnings({0: "price_usd"}, headers) == ["Column “A” is mapped to an unknown field “price_usd”."]
    assert mapping_warnings({0: "order_no", 1: "status"}, headers) == []
