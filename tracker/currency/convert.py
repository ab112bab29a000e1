"""Amounts in another currency → US cents, in ``Decimal`` from start to end.

An amount paid in another currency is kept in hundredths of that currency (``123450`` for
1 234,50 zł, whatever the currency's own minor unit). Its US-dollar value is
``hundredths × rate`` (the rate is US$ per unit, so hundredths × rate is US cents), computed
exactly and then rounded **half up** to a whole cent: 0.5 of a cent goes up, as a shop's till
does, and as earlier versions of Points Tracker converted imports. Never a float.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal

ROUNDING = ROUND_HALF_UP
"""How a converted amount is rounded to a whole US cent."""

_ONE = Decimal(1)
# Wide enough for any stored amount times any rate, so the product is exact. One context made
# once and passed to each operation, not a ``localcontext`` per call: an import converts thousands.
_EXACT = Context(prec=80, rounding=ROUNDING)


def usd_cents(hundredths: int, rate: Decimal) -> int:
    """``hundredths`` of a currency worth ``rate`` US$ per unit, in whole US cents.

    The product is exact (a context wide enough for any stored amount and rate), so the only
    rounding is the final one, :data:`ROUNDING`.
    """
    return int(_EXACT.multiply(Decimal(hundredths), rate).quantize(_ONE, context=_EXACT))


__all__ = ["ROUNDING", "usd_cents"]
