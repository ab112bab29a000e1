"""The shopper's exchange rates to US dollars, kept as one setting.

Stored under :data:`SETTING_EXCHANGE_RATES` as JSON text: an object from a three-letter
currency code to the US dollars one unit of it is worth, written as a decimal string so no
float rounding creeps in: ``{"EUR": "1.08", "GBP": "1.27"}``. Forms and imports use it to turn
an amount paid in another currency into the US dollars the points rules count (an estimate,
marked as such). No Qt here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

SETTING_EXCHANGE_RATES = "exchange_rates"


def currency_problem(code: str) -> str | None:
    """Why ``code`` is not a currency code that can have a rate, or None when it can."""
    if not (len(code) == 3 and code.isascii() and code.isalpha() and code.isupper()):
        return f"{code or 'A blank'} is not a three-letter currency code like EUR"
    if code == "USD":
        return "USD needs no rate: amounts in US$ are used as they are"
    return None


def parse_rate(text: str) -> Decimal | None:
    """``"1.08"`` → ``Decimal("1.08")``; None unless it is a positive, finite number."""
    try:
        rate = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    return rate if rate.is_finite() and rate > 0 else None


def rate_problem(text: str) -> str | None:
    """Why ``text`` is not a usable rate, or None."""
    if not text.strip():
        return "Enter a rate"
    if parse_rate(text) is None:
        return f"{text.strip()} is not a positive number like 1.08"
    return None


def parse_rates(text: str) -> dict[str, Decimal]:
    """The stored rates; unreadable text or entries are left out, never raised."""
    try:
        raw = json.loads(text) if text.strip() else {}
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    rates = {}
    for code, value in raw.items():
        rate = parse_rate(str(value)) if isinstance(value, (str, int, float)) else None
        if isinstance(code, str) and currency_problem(code) is None and rate is not None:
            rates[code] = rate
    return rates


def format_rates(rates: Mapping[str, Decimal]) -> str:
    """The JSON text to store, codes sorted, rates as decimal strings."""
    return json.dumps({code: format(rates[code].normalize(), "f") for code in sorted(rates)})
