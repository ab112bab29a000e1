"""How the window speaks of money in other currencies: estimates, rates, and what is not counted.

Every table, the order form, the dashboard and the import dialog use these, so an estimate reads
the same everywhere: ``≈ 12.34`` with its rate, source and date in the tooltip.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from tracker.i18n import translate
from tracker.report.summary import amount, day

if TYPE_CHECKING:  # the currency data is imported when a rate is shown, not by the dashboard's start
    from tracker.currency.paid import Paid
    from tracker.currency.rates import Rate

ESTIMATE = "≈"  # before an amount converted from another currency


def rate_text(rate: Decimal) -> str:
    """A rate as a shopper reads it: six significant digits, no exponent (``0.253697``)."""
    shown = rate.normalize() if rate >= 1 else rate
    text = f"{shown:.6g}" if rate < 1 else format(rate.quantize(Decimal("0.0001")).normalize(), "f")
    return format(Decimal(text), "f") if "e" in text.lower() else text


def paid_text(cents: int, currency: str) -> str:
    """``1 234,50 PLN``: an amount as paid, in its currency, in the user's locale."""
    return f"{amount(cents)} {currency}"


def rate_source(rate: Rate) -> str:
    """Where a rate comes from and which day it is of, for a tooltip."""
    from tracker.currency.rates import RateSource

    if rate.source is RateSource.YOURS:
        if rate.day is None:
            return translate("Currencies", "your rate")
        return translate("Currencies", "your rate from {date}").format(date=day(rate.day))
    assert rate.day is not None
    if rate.after_data:
        return translate("Currencies", "the ECB's last rate shipped with the app, of {date}").format(date=day(rate.day))
    return translate("Currencies", "the ECB reference rate of {date}").format(date=day(rate.day))


def estimate_tooltip(currency: str, paid: Paid | None, paid_cents: int | None) -> str:
    """Why an order's US$ amount is an estimate (or missing), for every place it shows."""
    what = paid_text(paid_cents, currency) if paid_cents is not None else currency
    if paid is None:
        return translate("Currencies", "Paid {amount}; the US$ amounts were converted before, at your rate.").format(
            amount=what
        )
    if paid.rate is None:
        return translate(
            "Currencies",
            "Paid {amount}. There is no exchange rate for {currency} on this date, so this order is not counted: "
            "set one in Settings ▸ Currencies.",
        ).format(amount=what, currency=currency)
    return translate("Currencies", "Paid {amount}; estimated in US$ at 1 {currency} = {rate} US$ ({source}).").format(
        amount=what, currency=currency, rate=rate_text(paid.rate.usd_per_unit), source=rate_source(paid.rate)
    )


def estimated(cents: int) -> str:
    """``≈ 12.34``: a converted amount in a table cell."""
    return f"{ESTIMATE} {amount(cents)}"


def not_counted() -> str:
    """What a cell shows for a US$ amount that is unknown (no rate yet)."""
    return translate("Currencies", "no rate")


__all__ = ["ESTIMATE", "estimate_tooltip", "estimated", "not_counted", "paid_text", "rate_source", "rate_text"]
