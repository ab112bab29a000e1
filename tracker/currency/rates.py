"""Which rate converts an amount in a currency on a day: the shopper's, else the ECB's.

A :class:`UserRate` is the shopper's word: US$ for one unit of a currency, for every day or from
a day on. For an order in currency C dated D the :class:`RateBook` takes the shopper's rate for C
that starts latest on or before D (one without a start counts from the beginning); without one,
the ECB reference rate of D shipped with the app (:mod:`tracker.currency.bundled`); without
that, there is no rate and the order cannot be counted — never a made-up one, never zero.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from tracker.currency import bundled
from tracker.currency.bundled import BundledRates

USD = "USD"
MAX_RATE = Decimal(1_000_000)
"""Above any real currency's value in US$ (a typo of extra digits is named, not stored)."""


class RateSource(enum.StrEnum):
    ECB = "ecb"  # the European Central Bank's reference rate, shipped with the app
    YOURS = "yours"  # a rate the shopper set


@dataclass(frozen=True, slots=True)
class Rate:
    """US$ per unit of a currency, and where it comes from.

    ``day`` is the ECB's day the rate is of (the order's date, or the working day before), or
    the day the shopper's rate starts (None: every day). ``after_data`` says the order's date is
    after the shipped rates end, so their last rate stands in.
    """

    usd_per_unit: Decimal
    source: RateSource
    day: date | None = None
    after_data: bool = False


@dataclass(frozen=True, slots=True)
class UserRate:
    """The shopper's rate: ``rate`` US$ per unit of ``currency``, from ``start`` on (None: always)."""

    currency: str
    rate: Decimal
    start: date | None = None

    def as_rate(self) -> Rate:
        return Rate(self.rate, RateSource.YOURS, self.start)


def currency_problem(code: str) -> str | None:
    """Why ``code`` is not a currency that can have a rate (English, for the command line), or None."""
    if not (len(code) == 3 and code.isascii() and code.isalpha() and code.isupper()):
        return f"{code or 'A blank'} is not a three-letter currency code like EUR"
    if code == USD:
        return "USD needs no rate: amounts in US$ are used as they are"
    return None


def parse_rate(text: str) -> Decimal | None:
    """``"1.08"`` or ``"1,08"`` → ``Decimal("1.08")``; None unless a positive number below :data:`MAX_RATE`."""
    cleaned = text.strip().replace(",", ".").replace("\u00a0", "").replace(" ", "")
    if not cleaned or cleaned.count(".") > 1:
        return None
    try:
        rate = Decimal(cleaned)
    except InvalidOperation:
        return None
    return rate if rate.is_finite() and 0 < rate < MAX_RATE else None


BundleLoader = Callable[[], BundledRates | None]


class RateBook:
    """The shopper's rates over the shipped ECB rates; the ECB file is read only when needed."""

    def __init__(self, user_rates: Iterable[UserRate] = (), bundle: BundledRates | BundleLoader | None = None) -> None:
        self._user: dict[str, list[UserRate]] = {}
        for user_rate in user_rates:
            self._user.setdefault(user_rate.currency, []).append(user_rate)
        for rates in self._user.values():
            rates.sort(key=lambda r: r.start or date.min)
        if isinstance(bundle, BundledRates):
            self._bundle: BundledRates | None = bundle
            self._loader: BundleLoader | None = None
        else:
            self._bundle = None
            self._loader = bundle if bundle is not None else bundled.load
        # A book's rates never change once made, and an import asks for the same currency and
        # day thousands of times: each answer is kept.
        self._found: dict[tuple[str, date], Rate | None] = {}

    @property
    def user_rates(self) -> list[UserRate]:
        return [rate for rates in self._user.values() for rate in rates]

    def bundle(self) -> BundledRates | None:
        """The shipped rates (read on first use); None when the app has none."""
        if self._loader is not None:
            self._bundle, self._loader = self._loader(), None
        return self._bundle

    def user_rate_for(self, currency: str, day: date) -> UserRate | None:
        found = None
        for user_rate in self._user.get(currency, ()):
            if user_rate.start is None or user_rate.start <= day:
                found = user_rate
        return found

    def rate_for(self, currency: str, day: date) -> Rate | None:
        """The rate an amount in ``currency`` paid on ``day`` is converted with; None: there is none."""
        key = (currency, day)
        try:
            return self._found[key]
        except KeyError:
            found = self._found[key] = self._rate_for(currency, day)
            return found

    def _rate_for(self, currency: str, day: date) -> Rate | None:
        if currency == USD:
            return Rate(Decimal(1), RateSource.YOURS)
        user_rate = self.user_rate_for(currency, day)
        if user_rate is not None:
            return user_rate.as_rate()
        data = self.bundle()
        found = data.rate_on(currency, day) if data is not None else None
        if found is None:
            return None
        return Rate(found.usd_per_unit, RateSource.ECB, found.day, found.after_data)

    def suggested_start(self, currency: str) -> date | None:
        """From when a rate the shopper is asked for should apply: the day after the shipped rates
        stop for ``currency`` (the rouble: 2 March 2022); None (every day) for a currency they
        never had, or still have."""
        data = self.bundle()
        covered = data.coverage(currency) if data is not None else None
        if covered is None or data is None or covered[1] >= data.last_day:
            return None
        return covered[1] + timedelta(days=1)


__all__ = ["MAX_RATE", "USD", "Rate", "RateBook", "RateSource", "UserRate", "currency_problem", "parse_rate"]
