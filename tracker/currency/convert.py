"""Amounts in another currency → US cents, in ``Decimal`` from start to end.

An amount paid in another currency is kept in hundredths of that currency (``123450`` for
1 234,50 zł, whatever the currency's own minor unit). Its US-dollar value is
``hundredths × rate`` (the rate is US$ per unit, so hundredths × rate is US cents), computed
exactly and then rounded **half up** to a whole cent: 0.5 of a cent goes up, as a shop's till
does, and as earlier versions of Points Tracker converted imports. Never a float.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext

ROUNDING = ROUND_HALF_UP
"""How a converted amount is rounded to a whole US cent."""

_ONE = Decimal(1)


def usd_cents(hundredths: int, rate: Decimal) -> int:
    """``hundredths`` of a currency worth ``rate`` US$ per unit, in whole US cents.

    The product is exact (a context wide enough for any stored amount and rate), so the only
    rounding is the final one, :data:`ROUNDING`.
    """
    with localcontext() as context:
        context.prec = 80
        return int((Decimal(hundredths) * rate).quantize(_ONE, rounding=ROUNDING))


__all__ = ["ROUNDING", "usd_cents"]
