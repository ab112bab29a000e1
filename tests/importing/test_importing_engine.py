"""From a messy file to drafts: each trait shoppers' files have, read by analyse() and prepare().

The files under ``fixtures/`` are written byte for byte as the tools write them (a browser
extension's UTF-8 with BOM and CRLF, Excel's cp1252 with ``sep=;``, Excel's "Unicode text"
UTF-16); smaller cases are built here so the test shows exactly what it feeds in.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.currency.ecb_oracle import usd_per_unit
from tests.importing.conftest import fixture_bytes
from tracker.currency.convert import usd_cents
from tracker.currency.rates import RateBook, UserRate
from tracker.importing.engine import analyse, prepare
from tracker.importing.errors import ImportProblem
from tracker.importing.options import ImportOptions
from tracker.importing.prepared import AmbiguousChoice, MappingProblem
from tracker.importing.rates import give_rates, missing_rates
from tracker.rules.records import EntryKind, OrderStatus

RATES = {"EUR": Decimal("1.08"), "PLN": Decimal("0.25")}


def orders_of(data: bytes, options: ImportOptions | None = None, **kwargs: object) -> dict[str | None, object]:
    prepared = prepare(data, options, kwargs.pop("rates", RATES), **kwargs)  # type: ignore[arg-type]
    assert not prepared.rejected, [row.reason for row in prepared.rejected]
    return {order.draft.order_no: order for order in prepared.orders}


# -- item per row, money and dates ----------------------------------------------------------------


def test_collector_items_with_a_repeated_order_id_become_one_order() -> None:
    analysis = analyse(fixture_bytes("collector.csv"), "collector.csv")
    prepared = prepare(fixture_bytes("collector.csv"), analysis.options, RATES)

    assert analysis.preset == "My Purchases Collector"
    assert analysis.encoding == "utf-8" and analysis.had_bom
    assert analysis.headers[0] == "Order Date"
    order = prepared.orders[0]
    assert order.lines == (2, 3)  # the file lines of its two item rows
    draft = order.draft
    assert draft.order_no == "8123456789012345"
    assert draft.order_date == date(2026, 2, 21)
    assert draft.status is OrderStatus.CONFIRMED
    assert [(line.title, line.quantity, line.unit_price_cents) for line in draft.lines] == [
        ("Earbuds, wireless", 1, 138211),  # "US $1,382.11"
        ("Ear tips", 2, 350),
    ]
    assert draft.items_cents == 138211 + 700
    assert draft.store == "Best Shop" and draft.currency == "USD" and not draft.usd_estimated


def test_zloty_amount_is_converted_with_the_shoppers_rate_and_marked_estimated() -> None:
    orders = orders_of(fixture_bytes("collector.csv"))
    lamp = orders["8123456789099999"].draft  # type: ignore[attr-defined]

    assert lamp.currency == "PLN" and lamp.paid_cents == 12946  # "129,46zł"
    assert lamp.lines[0].unit_price_cents == 3237  # 129.46 × 0.25 US$, rounded half up
    assert lamp.usd_estimated
    assert lamp.status is OrderStatus.PENDING  # "Awaiting delivery"


def test_an_amount_in_reais_is_converted_at_the_ecb_rate_of_its_date() -> None:
    data = b'Order ID;Date;Total;Status\n1;2024-03-04;"R$132,74";Completed\n'
    draft = next(iter(orders_of(data, rates={}).values())).draft  # type: ignore[attr-defined]

    assert (draft.currency, draft.paid_cents) == ("BRL", 13274)  # as paid, kept
    assert draft.items_cents == usd_cents(13274, usd_per_unit("BRL", date(2024, 3, 4)))
    assert draft.usd_estimated and draft.note == ""  # the note stays the shopper's


def test_an_amount_in_roubles_after_march_2022_waits_for_a_rate_and_is_never_zero_in_silence() -> None:
    data = 'Order ID;Date;Total;Status\n1;2023-05-01;"1 234,50 руб.";Completed\n'.encode()
    prepared = prepare(data, None, rates={})

    draft = prepared.orders[0].draft
    assert (draft.currency, draft.paid_cents) == ("RUB", 123450)
    assert draft.uncounted and draft.note == ""
    assert prepared.unrated_currencies == {"RUB": 1}
    (missing,) = missing_rates(prepared, RateBook())
    assert (missing.currency, missing.orders, missing.suggested_start) == ("RUB", 1, date(2022, 3, 2))

    give_rates(prepared, RateBook([UserRate("RUB", Decimal("0.0125"), date(2022, 3, 2))]))
    draft = prepared.orders[0].draft
    assert not draft.uncounted and draft.items_cents == 1543
    assert prepared.unrated_currencies == {}


@pytest.mark.parametrize(
    ("cell", "cents", "currency"),
    [
        ("US $1,382.11", 138211, "USD"),
        ("129,46zł", 12946, "PLN"),
        ("R$132,74", 13274, "BRL"),
        ("€12,34", 1234, "EUR"),
        ("1.234,56 €", 123456, "EUR"),
    ],
)
def test_each_way_of_writing_money_reads_in_its_own_currency(cell: str, cents: int, currency: str) -> None:
    data = f'Order ID;Date;Total;Status\n1;2026-02-20;"{cell}";Completed\n'.encode()
    draft = next(iter(orders_of(data, rates={}).values())).draft  # type: ignore[attr-defined]

    assert draft.currency == currency
    assert (draft.paid_cents if currency != "USD" else draft.items_cents) == cents


def test_plain_amounts_with_decimal_comma_and_thousands_points() -> None:
    data = b"Order ID;Date;Total;Status\n1;2026-02-20;1.234,56;Completed\n2;2026-02-21;7,50;Completed\n"
    orders = orders_of(data)

    assert orders["1"].draft.items_cents == 123456  # type: ignore[attr-defined]
    assert orders["2"].draft.items_cents == 750  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2026-02-20", date(2026, 2, 20)),
        ("Feb 10, 2026", date(2026, 2, 10)),
        ("24 nov, 2023", date(2023, 11, 24)),
        ("07.03.2024", date(2024, 3, 7)),
        ("13/7/2024", date(2024, 7, 13)),
    ],
)
def test_each_way_of_writing_dates(written: str, expected: date) -> None:
    data = f'Order ID,Date,Total,Status\n1,"{written}",US $5.00,Completed\n'.encode()
    assert orders_of(data)["1"].draft.order_date == expected  # type: ignore[attr-defined]


def test_day_and_month_that_cannot_be_told_apart_are_asked_not_guessed() -> None:
    data = fixture_bytes("month_first.csv")  # 3/7/2024 and 12/1/2024 only
    analysis = analyse(data, "month_first.csv")

    assert analysis.date_format is None
    assert analysis.date_choices == ("DD/MM/YYYY", "MM/DD/YYYY")
    with pytest.raises(AmbiguousChoice) as asked:
        prepare(data, analysis.options)
    assert asked.value.flag == "--date-format" and "3/7/2024" in str(asked.value)

    months_first = orders_of(data, analysis.options.but(date_format="MM/DD/YYYY"))
    assert months_first["501"].draft.order_date == date(2024, 3, 7)  # type: ignore[attr-defined]


def test_every_row_decides_the_date_format_not_just_the_preview() -> None:
    rows = "".join(f"{n},3/{n % 12 + 1}/2024,$1.00,Finished\n" for n in range(3000))
    data = ("Order ID,Date,Total,Status\n" + rows + "9999,25/12/2024,$1.00,Finished\n").encode()

    assert analyse(data, "f.csv").date_choices  # the first 2,000 rows alone cannot tell
    assert orders_of(data)["9999"].draft.order_date == date(2024, 12, 25)  # type: ignore[attr-defined]


def test_amounts_that_read_two_ways_without_a_currency_are_asked() -> None:
    data = b"Order ID,Date,Total,Status\n1,2026-01-01,1.230,Completed\n2,2026-01-02,4.500,Completed\n"

    with pytest.raises(AmbiguousChoice) as asked:
        prepare(data)
    assert asked.value.flag == "--decimal"
    assert orders_of(data, ImportOptions(decimal=","))["1"].draft.items_cents == 123000  # type: ignore[attr-defined]


# -- statuses, separators, encodings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("wording", "status"),
    [
        ("Completed", OrderStatus.CONFIRMED),
        ("Finished", OrderStatus.CONFIRMED),
        ("FINISH", OrderStatus.CONFIRMED),
        ("Awaiting delivery", OrderStatus.PENDING),
        ("Closed", OrderStatus.CANCELLED),
        ("Cancelled", OrderStatus.CANCELLED),
        ("Expired", OrderStatus.CANCELLED),
        ("Concluído", OrderStatus.CONFIRMED),
        ("Завершен", OrderStatus.CONFIRMED),
        ("Storniert", OrderStatus.CANCELLED),
        ("En attente de livraison", OrderStatus.PENDING),
    ],
)
def test_statuses_in_several_wordings_and_languages(wording: str, status: OrderStatus) -> None:
    data = f"Order ID,Date,Total,Status\n1,2026-02-20,$5.00,{wording}\n".encode()
    assert orders_of(data)["1"].draft.status is status  # type: ignore[attr-defined]


def test_unknown_statuses_are_listed_and_their_rows_rejected_until_mapped() -> None:
    data = b"Order ID,Date,Total,Status\n1,2026-02-20,$5.00,Teleported\n2,2026-02-20,$5.00,Completed\n"
    analysis = analyse(data, "f.csv")
    prepared = prepare(data, analysis.options)

    assert analysis.unknown_statuses == ["Teleported"]
    assert [row.line for row in prepared.rejected] == [2]
    assert "Teleported" in prepared.rejected[0].problems[0].message
    mapped = orders_of(data, analysis.options.but(status_overrides={"Teleported": "cancelled"}))
    assert mapped["1"].draft.status is OrderStatus.CANCELLED  # type: ignore[attr-defined]


def test_a_file_without_a_status_column_takes_the_chosen_status() -> None:
    data = b"Order ID,Date,Total\n1,2026-02-20,$5.00\n"
    with pytest.raises(MappingProblem, match="status"):
        prepare(data)
    assert orders_of(data, ImportOptions(default_status="pending"))["1"].draft.status is OrderStatus.PENDING  # type: ignore[attr-defined]


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_comma_semicolon_and_tab_separated(separator: str) -> None:
    text = separator.join(["Order ID", "Date", "Total", "Status"]) + "\n"
    text += separator.join(["7", "2026-02-20", "12.50", "Completed"]) + "\n"
    analysis = analyse(text.encode(), "f.csv")

    assert analysis.delimiter == separator
    assert orders_of(text.encode())["7"].draft.items_cents == 1250  # type: ignore[attr-defined]


def test_excel_cp1252_with_sep_line_crlf_and_stray_header_spaces() -> None:
    data = fixture_bytes("excel_cp1252_semicolon.csv")
    analysis = analyse(data, "excel.csv")
    orders = orders_of(data)

    assert (analysis.encoding, analysis.delimiter, analysis.sep_line) == ("cp1252", ";", True)
    assert analysis.headers == ["Order ID", "Date", "Title", "Price", "Status"]
    assert analysis.header_line == 2  # the sep= line is line 1
    cafe = orders["1001"].draft  # type: ignore[attr-defined]
    assert cafe.lines[0].title == "Café crème"
    assert (cafe.currency, cafe.paid_cents, cafe.order_date) == ("EUR", 123456, date(2024, 3, 7))
    assert orders["1002"].draft.status is OrderStatus.CANCELLED  # type: ignore[attr-defined]  # "Storniert"
    assert orders["1001"].lines == (3,)  # type: ignore[attr-defined]


def test_utf16_tab_separated_spanish_headers() -> None:
    data = fixture_bytes("utf16_tab.txt")
    analysis = analyse(data, "pedidos.txt")

    assert (analysis.encoding, analysis.had_bom, analysis.delimiter) == ("utf-16-le", True, "\t")
    assert analysis.options.mapping == {
        "order_no": "Número de pedido", "order_date": "Fecha del pedido", "order_total": "Total", "status": "Estado",
    }  # fmt: skip
    orders = orders_of(data, rates={"BRL": Decimal("0.20")})
    assert orders["77"].draft.order_date == date(2023, 11, 24)  # type: ignore[attr-defined]
    assert orders["78"].draft.paid_cents == 105000  # type: ignore[attr-defined]  # "R$1.050,00"


def test_a_byte_that_does_not_fit_the_chosen_encoding_names_its_line() -> None:
    data = b"Order ID,Date,Total,Status\n1,2026-02-20,$5.00,Completed\n2,2026-02-20,$5.00,Termin\xe9\n"
    with pytest.raises(ImportProblem, match="Line 3"):
        prepare(data, ImportOptions(encoding="utf-8"))


def test_title_lines_above_and_a_totals_row_below_can_be_skipped() -> None:
    data = b"My orders 2026\n\nOrder ID,Date,Total,Status\n1,2026-02-20,$5.00,Completed\nTotal,,$5.00,\n"
    prepared = prepare(data, ImportOptions(skip_trailing=1))

    assert prepared.headers == ["Order ID", "Date", "Total", "Status"]
    assert [order.lines for order in prepared.orders] == [(4,)]


# -- duplicates -------------------------------------------------------------------------------------


def test_orders_already_stored_are_duplicates_or_updates() -> None:
    data = fixture_bytes("order_export_orders.csv")
    prepared = prepare(data, None, RATES, existing_order_nos={"3051234567890001"})

    stored = {order.draft.order_no: order.stored for order in prepared.orders}
    assert stored == {"3051234567890001": True, "3051234567890002": False, "3051234567890003": False}
    assert prepared.counts("skip") == (2, 0, 1, 0)
    assert prepared.counts("update") == (2, 1, 0, 0)


def test_a_row_repeated_within_the_file_is_left_out_once() -> None:
    row = '"Feb 21, 2026",81,Earbuds,1,US $5.00,Shop,1,2,,x,USD,Completed,,,,\n'
    data = (fixture_bytes("collector.csv").decode("utf-8-sig").splitlines()[0] + "\n" + row + row).encode()
    prepared = prepare(data)

    assert [order.draft.items_cents for order in prepared.orders] == [500]
    assert prepared.duplicate_lines == [3]


def test_same_looking_items_that_differ_in_another_column_are_both_kept() -> None:
    header = fixture_bytes("collector.csv").decode("utf-8-sig").splitlines()[0]
    red = '"Feb 21, 2026",81,Earbuds,1,US $5.00,Shop,1,2,Color: Red,x,USD,Completed,,,,\n'
    data = (header + "\n" + red + red.replace("Red", "Blue")).encode()

    assert prepare(data).orders[0].draft.items_cents == 1000


def test_identical_rows_without_an_order_number_are_both_kept() -> None:
    data = b"Order ID,Date,Total,Status\n,2026-02-20,$5.00,Completed\n,2026-02-20,$5.00,Completed\n"
    prepared = prepare(data)

    assert [(o.draft.order_no, o.lines) for o in prepared.orders] == [(None, (2,)), (None, (3,))]
    assert prepared.duplicate_lines == []


def test_a_one_row_per_order_file_repeating_an_order_number_keeps_the_first() -> None:
    data = b"Order ID,Date,Total,Status\n5,2026-02-20,$5.00,Completed\n5,2026-02-21,$9.00,Completed\n"
    prepared = prepare(data)

    assert [order.draft.items_cents for order in prepared.orders] == [500]
    assert prepared.duplicate_lines == [3]


# -- rejected rows ----------------------------------------------------------------------------------


def test_a_bad_row_names_its_line_column_and_reason_and_takes_its_order_with_it() -> None:
    header = fixture_bytes("collector.csv").decode("utf-8-sig").splitlines()[0]
    good = '"Feb 21, 2026",81,Earbuds,1,US $5.00,Shop,1,2,,x,USD,Completed,,,,\n'
    bad = '"Feb 30, 2026",81,Case,1,US $1.00,Shop,3,4,,x,USD,Completed,,,,\n'
    prepared = prepare((header + "\n" + good + bad).encode())

    assert prepared.orders == []
    problems = {row.line: row.problems for row in prepared.rejected}
    assert problems[3][0].column == "Order Date" and "February 2026 has 28 days" in problems[3][0].message
    assert problems[2][0].message == "Order 81 is not imported: see row 3."
    assert prepared.rejected[1].cells[2] == "Case"


def test_the_stores_own_checks_reject_a_row_with_their_message() -> None:
    data = b"Order ID,Date,Price,Qty,Status\n1,2026-02-20,US $-2.00,1,Completed\n2,2026-02-20,US $2.00,0,Completed\n"
    problems = {row.line: row.problems[0] for row in prepare(data).rejected}

    assert (problems[2].column, problems[2].message) == ("Price", "Price cannot be negative.")
    assert (problems[3].column, problems[3].message) == ("Qty", "Quantity must be at least 1.")


def test_items_of_one_order_must_agree_on_order_level_cells() -> None:
    data = b"Order ID,Date,Price,Status\n1,2026-02-20,$2.00,Completed\n1,2026-02-20,$3.00,Closed\n"
    rejected = prepare(data).rejected

    assert [row.line for row in rejected] == [2, 3]
    assert "the rows of one order must agree" in rejected[1].problems[0].message


def test_a_row_with_more_cells_than_the_header_is_rejected() -> None:
    data = b"Order ID,Date,Total,Status\n1,2026-02-20,$5.00,Completed,surprise\n"
    problem = prepare(data).rejected[0].problems[0]
    assert problem.column == "column 5" and "5 cells" in problem.message


def test_only_a_total_column_gives_one_item_with_the_total() -> None:
    orders = orders_of(fixture_bytes("order_export_orders.csv"))
    hub = orders["3051234567890001"].draft  # type: ignore[attr-defined]

    assert [(line.title, line.unit_price_cents) for line in hub.lines] == [("USB hub", 2540)]
    assert orders["3051234567890003"].draft.status is OrderStatus.CANCELLED  # type: ignore[attr-defined]


def test_order_lines_file_of_the_export_script_groups_items() -> None:
    analysis = analyse(fixture_bytes("order_export_lines.csv"), "lines.csv")
    orders = orders_of(fixture_bytes("order_export_lines.csv"), analysis.options)

    assert analysis.preset == "AliExpress-Order-Export: order lines"
    hub = orders["3051234567890001"].draft  # type: ignore[attr-defined]
    assert [(line.product_id, line.quantity, line.unit_price_cents) for line in hub.lines] == [
        ("1005006001", 1, 2040),
        ("1005006002", 2, 250),
    ]


def test_paid_less_than_the_items_is_recorded_as_discount() -> None:
    data = b"Order ID,Date,Price,Line total,Status\n1,2026-02-20,$10.00,$8.50,Completed\n"
    draft = orders_of(data)["1"].draft  # type: ignore[attr-defined]
    assert (draft.items_cents, draft.discount_cents, draft.total_cents) == (1000, 150, 850)


# -- activity -----------------------------------------------------------------------------------------


def test_points_history_rows_become_bonuses_and_adjustments() -> None:
    prepared = prepare(fixture_bytes("points_history.csv"))

    assert prepared.kind == "points_history"
    assert [(e.date, e.points, e.kind) for e in prepared.entries] == [
        (date(2026, 1, 5), 50, EntryKind.BONUS),
        (date(2026, 1, 9), -20, EntryKind.ADJUSTMENT),
    ]
    assert prepared.entries[0].note == "11.11 game reward"
    assert any("nothing counts twice" in warning for warning in prepared.warnings)


def test_activity_file_in_spanish_with_reviews_check_ins_and_posts() -> None:
    prepared = prepare(fixture_bytes("activity.csv"))

    assert prepared.kind == "activity"
    assert [(r.date, r.item_price_cents, r.title) for r in prepared.reviews] == [(date(2026, 2, 1), 1200, "Earbuds")]
    assert [v.date for v in prepared.visits] == [date(2026, 2, 2)]
    assert [p.note for p in prepared.posts] == ["Unboxing"]


def test_a_file_with_nothing_to_map_says_what_is_missing() -> None:
    with pytest.raises(MappingProblem, match="order date"):
        prepare(b"a,b\n1,2\n")


def test_review_prices_in_roubles_after_march_2022_are_asked_for_like_orders_and_converted_when_given() -> None:
    """A review's price in a currency without a rate is neither zero nor dropped: it waits, the
    import asks for the rate as for orders, and the price is converted once it is given."""
    data = (
        'date;kind;item_price;note\n2023-05-01;review;"1 234,50 руб.";Lamp\n2023-06-01;review;"200,00 руб.";Cup\n'
        '2023-06-02;review;"12.00";Cable\n'
    ).encode()
    prepared = prepare(data, None, rates={})

    assert [r.item_price_cents for r in prepared.reviews] == [None, None, 1200]
    (missing,) = missing_rates(prepared, RateBook())
    assert (missing.currency, missing.orders, missing.reviews, missing.review_cents) == ("RUB", 0, 2, 143_450)
    assert (missing.first_date, missing.last_date, missing.suggested_start) == (
        date(2023, 5, 1), date(2023, 6, 1), date(2022, 3, 2),
    )  # fmt: skip
    assert not any("unknown price" in warning for warning in prepared.warnings)

    give_rates(prepared, RateBook([UserRate("RUB", Decimal("0.0125"), date(2022, 3, 2))]))
    assert [r.item_price_cents for r in prepared.reviews] == [1543, 250, 1200]  # rounded half up
    assert missing_rates(prepared, RateBook()) == [] and prepared.unpriced_reviews == []
