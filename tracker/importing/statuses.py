"""Order statuses in the wordings shoppers' files use, mapped to pending / confirmed / cancelled.

What the three mean for points (docs/rules/): an order earns once the shopper has **confirmed
receipt** (or AliExpress confirmed it for them when the protection period ran out); until then it
is pending; a cancelled, expired, closed or fully refunded order earns nothing. So:

- ``Completed`` / ``Finished`` / ``FINISH`` / ``Order completed`` → confirmed: AliExpress shows
  these only after receipt is confirmed.
- ``Delivered`` / ``Awaiting confirmation`` → **pending**: the parcel arrived but receipt is not
  confirmed yet, and a dispute can still follow.
- ``Awaiting payment`` → **pending**: unpaid orders that stay unpaid turn "Closed" by themselves,
  so a later re-import moves them on; calling them cancelled now would be a guess.
- ``Closed`` / ``TRADE_CLOSED`` / ``Refunded`` → cancelled: AliExpress closes an order that was
  cancelled, never paid or refunded in full. (A partial refund of a completed order keeps the
  order confirmed; it is a refund amount, not a status.)
- ``FINISH`` in AliExpress's own data download means "the trade ended", which includes closed
  orders; the preset for that file refines it with the ``end_reason`` column.
- Disputes (``In dispute``, ``IN_ISSUE``, ``IN_FROZEN``) stay pending until they end.

Wordings are matched ignoring case, accents, ``_``/``-`` and extra spaces, so ``TRADE_CLOSED``,
``Trade closed`` and ``trade-closed`` are one wording. The shopper's own mapping overrides the table.
"""

from __future__ import annotations

import re
import unicodedata

from tracker.i18n import translate
from tracker.importing.errors import ImportProblem
from tracker.rules.records import OrderStatus

_CONFIRMED = """
completed; complete; finished; finish; order completed; order finished; confirmed; receipt confirmed;
confirmed receipt; buyer confirmed receipt; delivery confirmed; done; trade finished; trade success;
completado; completada; finalizado; finalizada; pedido completado; pedido finalizado; confirmado;
recepción confirmada; pedido concluído; concluído; concluida; completo; recebimento confirmado;
завершен; завершён; заказ завершен; заказ завершён; выполнен; заказ выполнен; подтвержден;
получение подтверждено; завершено;
terminé; terminée; commande terminée; complété; complétée; finalisé; finalisée; confirmé; réception confirmée;
zakończone; zakończona; zamówienie zakończone; zrealizowane; zrealizowana; ukończone; potwierdzone;
odbiór potwierdzony;
abgeschlossen; bestellung abgeschlossen; fertig; beendet; bestätigt; erhalt bestätigt; empfang bestätigt
"""
_PENDING = """
pending; awaiting payment; waiting for payment; to pay; unpaid; payment pending; place order success;
awaiting shipment; awaiting shipping; to ship; not shipped; processing; in processing; paid; payment successful;
wait seller send goods; seller part send goods; partially shipped; ready to ship; shipped; in transit;
on the way; shipping; dispatched; awaiting delivery; to receive; out for delivery; wait buyer accept goods; delivered;
awaiting confirmation; awaiting receipt; awaiting buyer confirmation; fund processing; in dispute; dispute;
in issue; in frozen; frozen; wait seller examine money; risk control; on hold; awaiting review;
pendiente; esperando el pago; pendiente de pago; esperando pago; esperando envío; pendiente de envío;
procesando; en proceso; pagado; enviado; en tránsito; en camino; esperando entrega; pendiente de entrega;
entregado; esperando confirmación; en disputa;
pendente; aguardando pagamento; aguardando envio; aguardando entrega; aguardando confirmação;
processando; em processamento; pago; em trânsito; a caminho; entregue; em disputa;
ожидает оплаты; ожидание оплаты; ожидает отправки; ожидание отправки; в обработке; обрабатывается; оплачен;
отправлен; в пути; ожидает доставки; ожидает получения; ожидает подтверждения; доставлен; спор; открыт спор;
en attente; en attente de paiement; en attente d'expédition; en attente de livraison;
en attente de confirmation; en cours de traitement; en traitement; payé; payée; expédié; expédiée;
en transit; en cours de livraison; livré; livrée; litige; en litige;
oczekujące; oczekuje na płatność; oczekiwanie na płatność; oczekuje na wysyłkę; oczekiwanie na wysyłkę;
w realizacji; przetwarzanie; opłacone; wysłane; w drodze; w transporcie; oczekuje na dostawę;
oczekiwanie na dostawę; oczekuje na potwierdzenie; dostarczone; spór;
ausstehend; warten auf zahlung; zahlung ausstehend; warten auf versand; versand ausstehend;
in bearbeitung; bezahlt; versandt; versendet; verschickt; unterwegs; warten auf lieferung;
warten auf bestätigung; zugestellt; geliefert; streitfall
"""
_CANCELLED = """
cancelled; canceled; order cancelled; order canceled; cancelled by buyer; cancelled by seller; in cancel;
closed; order closed; trade closed; expired; order expired; payment expired; refunded; fully refunded;
order refunded; failed; payment failed; void; voided;
cancelado; cancelada; pedido cancelado; cerrado; cerrada; pedido cerrado; expirado; expirada; caducado;
reembolsado; reembolsada;
fechado; pedido fechado; cancelado pelo comprador; expirou;
отменен; отменён; заказ отменен; заказ отменён; отменено; закрыт; заказ закрыт; истек; истёк; просрочен;
средства возвращены; возвращен; возвращён;
annulé; annulée; commande annulée; fermé; fermée; commande fermée; expiré; expirée; remboursé; remboursée;
anulowane; anulowana; zamówienie anulowane; zamknięte; zamknięta; zamówienie zamknięte; wygasło; wygasłe;
zwrócone;
storniert; abgebrochen; annulliert; bestellung storniert; geschlossen; bestellung geschlossen; abgelaufen;
erstattet; rückerstattet
"""


def _key(wording: str) -> str:
    """``"  Concluído "`` → ``"concluido"``; ``"TRADE_CLOSED"`` → ``"trade closed"``."""
    decomposed = unicodedata.normalize("NFKD", wording.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[_\-–.:!/()\[\]'’]+", " ", plain).split())


def _table() -> dict[str, OrderStatus]:
    table: dict[str, OrderStatus] = {}
    for status, wordings in (
        (OrderStatus.CONFIRMED, _CONFIRMED),
        (OrderStatus.PENDING, _PENDING),
        (OrderStatus.CANCELLED, _CANCELLED),
    ):
        for wording in wordings.split(";"):
            if wording.strip() and table.setdefault(_key(wording), status) != status:
                raise AssertionError(f"status wording {wording.strip()!r} is listed twice")
    return table


BUILT_IN: dict[str, OrderStatus] = _table()
"""Matching key of a wording (see :func:`status_key`) → status."""


def status_key(wording: str) -> str:
    """The form wordings are compared in: no case, accents, underscores or extra spaces."""
    return _key(wording)


class StatusMapper:
    """Maps a file's status wordings, the shopper's own mapping first, then the built-in table.

    Args:
        overrides: wording → ``"pending"``, ``"confirmed"`` or ``"cancelled"``, as the shopper
            set it in the import dialog or a preset.

    Raises:
        ImportProblem: an override maps to something that is not one of the three statuses.
    """

    def __init__(self, overrides: dict[str, str] | None = None) -> None:
        self._overrides: dict[str, OrderStatus] = {}
        for wording, status in (overrides or {}).items():
            try:
                self._overrides[_key(wording)] = OrderStatus(str(status).strip().lower())
            except ValueError:
                raise ImportProblem(
                    translate(
                        "Import", "“{status}” (for “{wording}”) is not a status: use pending, confirmed or cancelled."
                    ).format(status=status, wording=wording)
                ) from None

    def map(self, value: str) -> OrderStatus | None:
        """The status a wording stands for, or ``None`` when neither table knows it (or it is blank)."""
        key = _key(value)
        if not key:
            return None
        return self._overrides.get(key) or BUILT_IN.get(key)

    def unknown(self, values: list[str]) -> list[str]:
        """The distinct non-blank wordings that cannot be mapped, as written, sorted.

        Wordings that differ only in case or spacing are listed once, as first seen.
        """
        seen: dict[str, str] = {}
        for value in values:
            key = _key(value)
            if key and key not in seen and self.map(value) is None:
                seen[key] = value.strip()
        return sorted(seen.values(), key=lambda wording: (wording.casefold(), wording))
