"""Every public exporter's file imports right with no manual mapping, and with its flags named.

The files are built in :mod:`tests.importing.exporters` from each exporter's own code. Each is
imported automatically (no options at all) and with the options a shopper would name on the
command line, and both must give the same orders, the same US$ total and the same statuses.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection, Mapping
from datetime import date

import pytest

from tests.importing.exporters import EXPORTERS, RATES, Exporter, order_details_page
from tracker.importing.engine import analyse, prepare
from tracker.importing.options import ImportOptions
from tracker.importing.prepared import MappingProblem, Prepared
from tracker.rules.records import OrderStatus
from tracker.store.drafts import OrderDraft


def options_of(flags: tuple[str, ...]) -> ImportOptions:
    """The options the command line builds from these flags (only the ones the fixtures use)."""
    names = {"--preset": "preset", "--date-format": "date_format", "--decimal": "decimal", "--delimiter": "delimiter",
             "--sheet": "sheet", "--kind": "target", "--default-status": "default_status", "--currency": "currency",
             "--header-line": "header_line"}  # fmt: skip
    values: dict[str, object] = {}
    for flag, value in zip(flags[::2], flags[1::2], strict=True):
        values[names[flag]] = int(value) if flag == "--header-line" else value
    if isinstance(values.get("currency"), str):
        values["currency"] = str(values["currency"]).upper()
    return ImportOptions(**values)  # type: ignore[arg-type]


def stored_from(exporter: Exporter) -> Mapping[str, OrderDraft]:
    if exporter.before is None:
        return {}
    before = EXPORTERS[exporter.before]
    return {o.draft.order_no: o.draft for o in prepare(before.make(), rates=RATES, file_name=before.file_name).orders
            if o.draft.order_no}  # fmt: skip


def imported(exporter: Exporter, options: ImportOptions | None) -> Prepared:
    stored = stored_from(exporter)

    def lookup(numbers: Collection[str]) -> Mapping[str, OrderDraft]:
        return {number: stored[number] for number in numbers if number in stored}

    return prepare(exporter.make(), options, RATES, set(stored), file_name=exporter.file_name, stored=lookup)


def summary(prepared: Prepared, exporter: Exporter) -> tuple[int, int, tuple[int, int, int]]:
    drafts = [order.draft for order in prepared.orders]
    statuses = Counter(draft.status for draft in drafts)
    money = sum(d.refund_cents if exporter.kind == "refunds" else d.total_cents for d in drafts)
    counts = (statuses[OrderStatus.CONFIRMED], statuses[OrderStatus.PENDING], statuses[OrderStatus.CANCELLED])
    return len(drafts), money, counts


@pytest.mark.parametrize("key", list(EXPORTERS))
def test_each_exporter_imports_right_with_no_options_at_all(key: str) -> None:
    exporter = EXPORTERS[key]
    prepared = imported(exporter, None)

    assert prepared.options.preset == exporter.preset
    assert prepared.kind == exporter.kind
    assert [row.reason for row in prepared.rejected] == []
    assert summary(prepared, exporter) == (exporter.orders, exporter.usd_cents, exporter.statuses)


@pytest.mark.parametrize("key", list(EXPORTERS))
def test_each_exporter_imports_the_same_with_its_flags_named(key: str) -> None:
    exporter = EXPORTERS[key]
    prepared = imported(exporter, options_of(exporter.flags))

    assert [row.reason for row in prepared.rejected] == []
    assert summary(prepared, exporter) == (exporter.orders, exporter.usd_cents, exporter.statuses)


@pytest.mark.parametrize("key", list(EXPORTERS))
def test_each_exporters_columns_are_recognised_in_the_dialogs_first_look(key: str) -> None:
    exporter = EXPORTERS[key]
    analysis = analyse(exporter.make(), exporter.file_name)

    assert analysis.preset == exporter.preset
    assert (analysis.problems, analysis.questions) == ([], [])


def test_the_collectors_json_keeps_aliexpress_own_order_date_not_the_shifted_iso_one() -> None:
    orders = {o.draft.order_no: o.draft for o in imported(EXPORTERS["collector-json"], None).orders}

    assert orders["8123000000000001"].order_date == date(2026, 2, 21)  # orderDateIso says 2026-02-20
    assert [line.quantity for line in orders["8123000000000001"].lines] == [1, 2]
    assert orders["8123000000000004"].currency == "PLN" and orders["8123000000000004"].paid_cents == 12946


def test_the_mcp_export_confirms_on_finished_at_and_never_on_paid_at() -> None:
    orders = {o.draft.order_no: o.draft for o in imported(EXPORTERS["mcp-orders"], None).orders}

    assert orders["8190000000000001"].confirmed_date == date(2026, 1, 28)  # finishedAt
    assert orders["8190000000000003"].order_date == date(2026, 2, 14)  # date, not paidAt
    assert orders["8190000000000004"].confirmed_date is None  # a cancelled order's end is no confirmation
    assert all(order.refund_date is None and order.refund_cents == 0 for order in orders.values())


def test_a_refunds_file_updates_the_recorded_orders_it_refunds() -> None:
    prepared = imported(EXPORTERS["mcp-refunds"], None)
    refunds = {o.draft.order_no: (o.draft.refund_cents, o.draft.refund_date) for o in prepared.orders}

    assert refunds == {"8190000000000001": (1103, date(2026, 2, 2)), "8190000000000003": (360, date(2026, 3, 5))}
    assert prepared.counts() == (0, 2, 0, 0)  # two updates, nothing new
    assert any("refused or is still open" in warning for warning in prepared.warnings)


def test_a_refund_of_an_order_not_recorded_is_rejected_with_the_reason() -> None:
    data = (
        b"reverseOrderId,orderId,type,status,createdAt,store,title,count,unitPrice\n1,999,RETURN,4,2026-03-06,S,X,1,5\n"
    )
    prepared = prepare(data, file_name="refunds.csv")

    assert prepared.orders == []
    assert "Order 999 is not recorded: import your orders first" in prepared.rejected[0].reason


def test_the_data_download_puts_payment_completion_and_refund_times_where_they_belong() -> None:
    exporter = EXPORTERS["data-download"]
    analysis = analyse(exporter.make(), exporter.file_name)
    shown = {analysis.headers[column]: name for column, name in analysis.mapping.items()}
    orders = {o.draft.order_no: o.draft for o in imported(exporter, None).orders}

    assert shown["gmt_pay_order_time"] == "paid_date"  # the payment: shown, never a refund date
    assert shown["gmt_trade_end_time"] == "confirmed_date"
    assert "refund_date" not in shown.values()
    parent = orders["3069000000000000"]  # two items under their parent order
    assert (len(parent.lines), parent.discount_cents, parent.total_cents) == (2, 3141, 12474)
    assert parent.confirmed_date == date(2026, 2, 27)
    assert orders["3072000000000001"].status is OrderStatus.CANCELLED  # refunded in full after a dispute
    assert all(order.refund_date is None for order in orders.values())


def test_a_payment_time_and_a_completion_time_without_a_preset_are_never_a_refund() -> None:
    data = (b"order_id,gmt_create_order_time,order_status,unit_price,gmt_pay_order_time,gmt_trade_end_time\n"
            b"1,2026-02-01 10:00:00,FINISH,US $5.00,2026-02-01 10:01:00,2026-02-20 08:00:00\n")  # fmt: skip
    prepared = prepare(data, file_name="mine.csv")

    assert prepared.rejected == []
    draft = prepared.orders[0].draft
    assert (draft.status, draft.confirmed_date, draft.refund_date) == (OrderStatus.CONFIRMED, date(2026, 2, 20), None)


def test_the_old_details_scraper_has_only_a_payment_date_and_it_stands_in_for_the_order_date() -> None:
    prepared = imported(EXPORTERS["old-order-details"], None)
    first = prepared.orders[0].draft

    assert first.order_date == date(2016, 3, 5)
    assert (first.items_cents, first.shipping_cents, first.total_cents) == (450, 120, 570)  # shipping never counts
    assert any("payment date (“Payment Date”) stands in" in warning for warning in prepared.warnings)


def test_the_downloader_leaves_the_parcels_tracking_date_out() -> None:
    exporter = EXPORTERS["downloader"]
    analysis = analyse(exporter.make(), exporter.file_name)
    left_out = {column.header: column for column in analysis.left_out}

    assert "Tracking Status Last Updated" in left_out and left_out["Tracking Status Last Updated"].suggestion is None
    assert left_out["Tracking Status Last Updated"].samples == ["3/28/2024"]
    orders = {o.draft.order_no: o.draft for o in imported(exporter, None).orders}
    assert orders["8150000000000002"].discount_cents == 150  # 10.50 of items, 9.00 paid


def test_a_details_page_without_order_number_or_date_says_what_is_missing() -> None:
    with pytest.raises(MappingProblem, match="No column is mapped to the order date"):
        prepare(order_details_page(), file_name="8123456789.csv")


REFUND_HEADER = "reverseOrderId,orderId,type,status,createdAt,store,title,count,unitPrice\n"


def refunds_of(rows: str, stored: Mapping[str, OrderDraft]) -> Prepared:
    return prepare((REFUND_HEADER + rows).encode(), file_name="refunds.csv", stored=lambda numbers: stored)


def test_importing_a_refunds_file_again_changes_nothing() -> None:
    once = imported(EXPORTERS["mcp-refunds"], None)
    stored = {o.draft.order_no or "": o.draft for o in once.orders}
    again = prepare(EXPORTERS["mcp-refunds"].make(), file_name="r.csv", stored=lambda numbers: stored)

    assert again.orders == [] and again.counts() == (0, 0, 2, 0)  # both rows left out: already recorded


def test_a_refund_larger_than_the_order_or_in_a_currency_without_a_rate_is_rejected() -> None:
    stored = stored_from(EXPORTERS["mcp-refunds"])
    too_much = refunds_of("1,8190000000000001,RETURN,4,2026-02-02,S,X,2,61.25\n", stored)
    assert "Refund cannot be more than the order total" in too_much.rejected[0].reason

    line = dataclasses.replace(stored["8190000000000001"].lines[0], unit_price_cents=0)
    unrated = {"1": OrderDraft("1", date(2026, 1, 1), OrderStatus.CONFIRMED, (line,), currency="KRW", paid_cents=5000)}
    no_rate = refunds_of("1,1,RETURN,4,2026-02-02,S,X,1,10\n", unrated)
    assert "KRW, which has no exchange rate" in no_rate.rejected[0].reason
