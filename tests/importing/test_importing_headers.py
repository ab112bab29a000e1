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
    suggest_field,
)


def fields(headers: list[str], rows: list[list[str]] | None = None) -> dict[str, str | None]:
    mapping = guess_mapping(headers, rows or [])
    return {headers[column] or f"#{column}": name for column, name in mapping.field_by_column.items()}


def test_the_fields_orders_and_activity_can_fill() -> None:
    assert " ".join(ORDER_FIELD_NAMES) == (
        "order_no order_date paid_date status confirmed_date item_title product_id category quantity unit_price "
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


def test_columns_without_a_telling_header_are_guessed_from_values_but_never_as_a_status() -> None:
    headers = ["", "Col2", "Col3", "Col4", "Col5"]
    rows = [
        ["1001", "2024-03-07", "US $1.00", "Completed", "USD"],
        ["1002", "2024-03-08", "US $2.50", "Cancelled", "USD"],
    ]

    assert fields(headers, rows) == {
        "#0": None,
        "Col2": "order_date",
        "Col3": "unit_price",
        "Col4": None,  # statuses change points: only a header that says so maps one
        "Col5": "currency",
    }


def test_a_second_date_column_with_a_silent_header_is_left_out_not_a_confirmation() -> None:
    rows = [["2024-03-07", "2024-03-20"]]

    assert fields(["Order Date", "?"], rows) == {"Order Date": "order_date", "?": None}


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


DATES = [["2024-03-07", "2024-03-09", "2024-03-20", "2024-03-25"], ["2024-04-01", "2024-04-01", "2024-04-22", ""]]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        # a payment time and a completion time: payment, then confirmation — never a refund
        (["Order date", "Payment time", "Completed at", "Updated"], ["order_date", "paid_date", "confirmed_date", None]),
        (["date", "paidAt", "finishedAt", "x"], ["order_date", "paid_date", "confirmed_date", None]),
        (["created_at", "paid_at", "received_on", "y"], ["order_date", "paid_date", "confirmed_date", None]),
        (["gmt_create_order_time", "gmt_pay_order_time", "gmt_trade_end_time", "z"],
         ["order_date", "paid_date", "confirmed_date", None]),
        (["Fecha del pedido", "Fecha de pago", "Fecha de finalización", "Fecha de reembolso"],
         ["order_date", "paid_date", "confirmed_date", "refund_date"]),
        (["Data do pedido", "Data do pagamento", "Concluído em", "Data do reembolso"],
         ["order_date", "paid_date", "confirmed_date", "refund_date"]),
        (["Дата заказа", "Дата оплаты", "Дата завершения", "Дата возврата"],
         ["order_date", "paid_date", "confirmed_date", "refund_date"]),
        (["Date de commande", "Date de paiement", "Reçu le", "Date de remboursement"],
         ["order_date", "paid_date", "confirmed_date", "refund_date"]),
        (["Data zamówienia", "Data płatności", "Data zakończenia", "Data zwrotu"],
         ["order_date", "paid_date", "confirmed_date", "refund_date"]),
        (["Order placed", "Paid", "Trade end", "Refunded on"], ["order_date", "paid_date", "confirmed_date", "refund_date"]),
        (["Ordered", "Payment completed", "Refund completed", "Date finished"],
         ["order_date", "paid_date", "refund_date", "confirmed_date"]),
    ],
)  # fmt: skip
def test_what_a_date_header_is_about_decides_its_field_in_six_languages(
    headers: list[str], expected: list[str | None]
) -> None:
    assert list(fields(headers, DATES).values()) == expected


def test_a_payment_header_over_amounts_is_what_was_paid_and_over_dates_when() -> None:
    assert fields(["Order ID", "Paid"], [["1", "US $3.00"]])["Paid"] == "order_total"
    assert fields(["Order ID", "Paid"], [["1", "2024-03-07"]])["Paid"] == "paid_date"
    assert fields(["Order ID", "paidAmount"], [["1", "3.00"]])["paidAmount"] == "order_total"


def test_refund_and_discount_come_only_from_a_header_that_says_so() -> None:
    rows = [["1", "2024-03-07", "US $5.00", "US $1.00"]]

    assert list(fields(["Order", "Date", "Price", "Back to you"], rows).values()) == [
        "order_no", "order_date", "unit_price", None
    ]  # fmt: skip
    assert list(fields(["Order", "Date", "Price", "Refunded amount"], rows).values())[3] == "refund"
    assert list(fields(["Order", "Date", "Price", "Descuento"], rows).values())[3] == "discount"


def test_a_parcels_tracking_dates_and_states_are_never_the_orders() -> None:
    rows = [["1", "Completed", "Delivered", "3/20/2024"]]
    headers = ["Order Number", "Order Status", "Tracking Status", "Tracking Status Last Updated"]

    assert list(fields(headers, rows).values()) == ["order_no", "status", None, None]
    assert fields(["Tracking Status Last Updated"], [["3/20/2024"]]) == {"Tracking Status Last Updated": None}


def test_camel_and_snake_case_headers_are_split_into_words() -> None:
    assert header_key("paidAt") == "paid at"
    assert header_key("orderDateIso") == "order date iso"
    assert header_key("gmt_trade_end_time") == "gmt trade end time"
    assert header_key("SKUId") == "sku id"


@pytest.mark.parametrize(
    ("header", "values", "mapped", "suggested"),
    [
        ("Updated", ["2024-03-20"], {"order_date"}, "confirmed_date"),
        ("Updated", ["2024-03-20"], {"order_date", "confirmed_date"}, "refund_date"),
        ("Cost", ["3.00", "4.50"], {"unit_price"}, "line_total"),
        ("State", ["Completed"], set(), "status"),
        ("How many", ["2", "1"], set(), "quantity"),
        ("Tracking updated", ["2024-03-20"], {"order_date"}, None),
        ("Notes", ["fragile"], set(), None),
    ],
)
def test_a_left_out_column_gets_a_field_to_accept_in_one_click(
    header: str, values: list[str], mapped: set[str], suggested: str | None
) -> None:
    assert suggest_field(header, values, mapped, ORDERS) == suggested


@pytest.mark.parametrize(
    ("header", "values", "mapped", "suggested"),
    [
        ("Shipping and Tax", ["0.00", "1.50"], set(), "shipping"),  # what the header names first
        ("Subtotal", ["25.98"], {"line_total"}, None),  # it names a field already taken
        ("frozen_status", ["0"], {"status"}, None),
        ("Adjustment", ["-1.50"], {"unit_price"}, None),  # below zero: no amount to offer
        ("column 7", ["3/28/2024"], {"order_date"}, "confirmed_date"),
    ],
)
def test_a_left_out_columns_header_speaks_before_its_values(
    header: str, values: list[str], mapped: set[str], suggested: str | None
) -> None:
    assert suggest_field(header, values, mapped, ORDERS) == suggested
