from __future__ import annotations

import pytest

from tracker.importing.errors import ImportProblem
from tracker.importing.statuses import StatusMapper
from tracker.rules.records import OrderStatus


@pytest.mark.parametrize(
    "wording",
    [
        "Completed",
        "Finished",
        "FINISH",
        "Order completed",
        "Confirmed",
        "Completado",
        "Finalizado",
        "Concluído",
        "Concluido",
        "Завершен",
        "Завершён",
        "Terminé",
        "Zakończone",
        "Abgeschlossen",
    ],
)
def test_receipt_confirmed_wordings_are_confirmed(wording: str) -> None:
    assert StatusMapper().map(wording) == "confirmed"


@pytest.mark.parametrize(
    "wording",
    [
        "Awaiting delivery",
        "Awaiting shipment",
        "Awaiting payment",
        "Shipped",
        "In transit",
        "Processing",
        "Delivered",  # arrived, but the shopper has not confirmed receipt yet
        "Awaiting confirmation",
        "WAIT_BUYER_ACCEPT_GOODS",
        "WAIT_SELLER_SEND_GOODS",
        "IN_ISSUE",
        "Enviado",
        "Aguardando entrega",
        "Отправлен",
        "Expédié",
        "Wysłane",
        "Versandt",
    ],
)
def test_not_yet_confirmed_wordings_are_pending(wording: str) -> None:
    assert StatusMapper().map(wording) == "pending"


@pytest.mark.parametrize(
    "wording",
    [
        "Closed",
        "Cancelled",
        "Canceled",
        "Expired",
        "Refunded",
        "Order closed",
        "TRADE_CLOSED",
        "IN_CANCEL",
        "Cancelado",
        "Отменен",
        "Отменён",
        "Annulé",
        "Anulowane",
        "Storniert",
    ],
)
def test_orders_that_never_earn_are_cancelled(wording: str) -> None:
    assert StatusMapper().map(wording) == "cancelled"


def test_case_spaces_underscores_and_accents_do_not_matter() -> None:
    mapper = StatusMapper()

    assert mapper.map("  awaiting   DELIVERY ") == OrderStatus.PENDING
    assert mapper.map("trade-closed") == OrderStatus.CANCELLED
    assert mapper.map("TERMINE") == OrderStatus.CONFIRMED
    assert mapper.map("En attente d’expédition") == OrderStatus.PENDING


def test_the_shoppers_own_mapping_wins() -> None:
    mapper = StatusMapper({"Dispatched by warehouse": "pending", "delivered": "confirmed"})

    assert mapper.map("DISPATCHED BY WAREHOUSE") == "pending"
    assert mapper.map("Delivered") == "confirmed"


def test_an_override_to_something_that_is_not_a_status_is_refused() -> None:
    with pytest.raises(ImportProblem, match=r"“done” .* is not a status"):
        StatusMapper({"Fertig": "done"})


def test_blank_and_unknown_wordings_map_to_none() -> None:
    assert StatusMapper().map("") is None
    assert StatusMapper().map("Lost in space") is None


def test_unknown_wordings_are_listed_once_each_sorted() -> None:
    values = ["Completed", "Lost", "lost ", "", "Awaiting pigeons", "Zap", "Lost"]

    assert StatusMapper().unknown(values) == ["Awaiting pigeons", "Lost", "Zap"]
    assert StatusMapper({"lost": "cancelled"}).unknown(values) == ["Awaiting pigeons", "Zap"]
