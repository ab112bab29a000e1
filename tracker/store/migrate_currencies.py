"""Schema step "currencies": the shopper's rates in a table, and orders' amounts as paid.

Additive and self-contained (a lead may renumber it): it creates ``user_rate`` and
``order_conversion`` (see :mod:`tracker.store.models`), then

1. moves the ``exchange_rates`` setting (JSON: code → US$ per unit) into ``user_rate`` as
   rates for every day, and deletes the setting;
2. gives each order paid in another currency its amounts as paid, when they can be known:
   - converted at the shopper's rate before (``usd_estimated``): each US$ amount divided by the
     rate it was converted with, read back from what was paid (``paid_cents``) and its US$ total,
     that rate kept as the shopper's — no US$ amount changes;
   - imported without a rate (every US$ amount 0): what was paid goes on its first item, as it
     is all that is known; the order is uncounted until a rate is found (the next opening
     converts it at the ECB rate of its date, if there is one);
   - US$ amounts the shopper typed: left as they are, not converted;
3. removes from orders' notes the explanation earlier imports wrote there ("Paid in RUB, which
   had no exchange rate …") — only a note that is exactly that text, in any of the app's
   languages; a note with anything else in it is left whole.
"""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal, localcontext

from peewee import SqliteDatabase

from tracker.currency.convert import usd_cents
from tracker.currency.rates import currency_problem, parse_rate
from tracker.store._sqlite import raw_connection
from tracker.store.models import OrderConversionModel, UserRateModel

# What earlier versions wrote into an order's note (English and the translations they shipped).
_OLD_NOTES = (
    "Paid in {currency}, which had no exchange rate to US$: the US$ amounts are 0 until you set a rate and import "
    "this file again with “update”.",
    "Pagado en {currency}, que no tenía tipo de cambio a US$: los importes en US$ son 0 hasta que fijes un tipo e "
    "importes de nuevo este archivo con «actualizar».",
    "Payé en {currency}, qui n'avait pas de taux de change vers l'US$ : les montants en US$ valent 0 jusqu'à ce que "
    "vous définissiez un taux et réimportiez ce fichier avec « mettre à jour ».",
    "Zapłacono w {currency}, dla której nie było kursu do US$: kwoty w US$ wynoszą 0, dopóki nie ustawisz kursu i "
    "nie zaimportujesz tego pliku ponownie z opcją „aktualizuj”.",
    "Pago em {currency}, que não tinha taxa de câmbio para US$: os valores em US$ ficam 0 até você definir uma taxa "
    "e importar este arquivo de novo com “atualizar”.",
    "Оплачено в {currency}, для которой не было курса к US$: суммы в US$ равны 0, пока вы не укажете курс и не "
    "импортируете этот файл снова с «обновлением».",
)


def is_old_note(note: str, currency: str) -> bool:
    """True when ``note`` is exactly what an earlier import wrote (surrounding spaces aside)."""
    text = note.strip()
    return any(text == template.format(currency=currency) for template in _OLD_NOTES)


def step(db: SqliteDatabase) -> None:
    """Apply the step inside the caller's transaction."""
    models = [OrderConversionModel, UserRateModel]
    with db.bind_ctx(models):
        db.create_tables(models)
    conn = raw_connection(db)
    rates = _move_rates_setting(conn)
    _orders_as_paid(conn, rates)


def _move_rates_setting(conn: sqlite3.Connection) -> dict[str, Decimal]:
    row = conn.execute("SELECT value FROM setting WHERE key = 'exchange_rates'").fetchone()
    if row is None:
        return {}
    try:
        raw = json.loads(row[0]) if row[0].strip() else {}
    except ValueError:
        raw = {}
    rates = []
    for code, value in raw.items() if isinstance(raw, dict) else ():
        rate = parse_rate(str(value)) if isinstance(value, (str, int, float)) else None
        if isinstance(code, str) and currency_problem(code) is None and rate is not None:
            rates.append((code, str(rate)))
    conn.executemany("INSERT INTO user_rate (currency, start_date, rate) VALUES (?, NULL, ?)", rates)
    conn.execute("DELETE FROM setting WHERE key = 'exchange_rates'")
    return {code: Decimal(rate) for code, rate in rates}


def _orders_as_paid(conn: sqlite3.Connection, rates: dict[str, Decimal]) -> None:
    orders = conn.execute(
        "SELECT id, currency, paid_cents, usd_estimated, discount_cents, shipping_cents, refund_cents, note "
        "FROM orders WHERE currency <> 'USD'"
    ).fetchall()
    for order_id, currency, paid, estimated, discount, shipping, refund, note in orders:
        lines = conn.execute(
            "SELECT quantity, unit_price_cents FROM order_line WHERE order_id = ? ORDER BY position", (order_id,)
        ).fetchall()
        usd_total = sum(q * p for q, p in lines) - discount + shipping
        if note and is_old_note(note, currency):
            conn.execute("UPDATE orders SET note = '' WHERE id = ?", (order_id,))
        if not lines or paid is None or paid <= 0:
            continue
        if estimated and usd_total > 0:
            amounts = (discount, shipping, refund)
            _converted_before(conn, order_id, lines, paid, usd_total, amounts, rates.get(currency))
        elif not estimated and usd_total == 0 and refund == 0:
            _never_converted(conn, order_id, lines, paid)


def _converted_before(
    conn: sqlite3.Connection,
    order_id: int,
    lines: list[tuple[int, int]],
    paid: int,
    usd_total: int,
    amounts: tuple[int, int, int],
    setting_rate: Decimal | None,
) -> None:
    """The amounts as paid of an order converted at the shopper's rate: the rate of the setting
    when it gives back every US$ amount exactly, else the one its paid and US$ totals imply."""
    with localcontext() as context:
        context.prec = 28
        implied = Decimal(usd_total) / Decimal(paid)

        def as_paid(cents: int, rate: Decimal) -> int:
            return int((Decimal(cents) / rate).to_integral_value())

        rate = implied
        if setting_rate is not None:
            prices = [as_paid(price, setting_rate) for _, price in lines]
            if all(usd_cents(p, setting_rate) == usd for p, (_, usd) in zip(prices, lines, strict=True)):
                rate = setting_rate
        prices = [as_paid(price, rate) for _, price in lines]
        discount, shipping, refund = (as_paid(cents, rate) for cents in amounts)
    conn.execute(
        "INSERT INTO order_conversion (order_id, line_prices, discount_cents, shipping_cents, refund_cents, rate, "
        "source, rate_date, after_data) VALUES (?, ?, ?, ?, ?, ?, 'yours', NULL, 0)",
        (order_id, json.dumps(prices), discount, shipping, refund, str(rate)),
    )


def _never_converted(conn: sqlite3.Connection, order_id: int, lines: list[tuple[int, int]], paid: int) -> None:
    first_quantity = lines[0][0]
    prices = [paid // first_quantity] + [0] * (len(lines) - 1)
    shipping = paid - prices[0] * first_quantity  # less than one hundredth per item: kept, not lost
    conn.execute(
        "INSERT INTO order_conversion (order_id, line_prices, discount_cents, shipping_cents, refund_cents, rate, "
        "source, rate_date, after_data) VALUES (?, ?, 0, ?, 0, NULL, NULL, NULL, 0)",
        (order_id, json.dumps(prices), shipping),
    )


__all__ = ["is_old_note", "step"]
