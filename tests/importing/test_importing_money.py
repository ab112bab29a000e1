from __future__ import annotations

from decimal import Decimal

import pytest

from tracker.importing.errors import ImportProblem, ParseError
from tracker.importing.money import (
    Money,
    currency_code,
    detect_decimal_separator,
    fitting_decimal_separators,
    parse_money,
)


@pytest.mark.parametrize(
    ("text", "cents", "currency"),
    [
        ("US $1,382.11", 138211, "USD"),
        ("$12.34", 1234, "USD"),
        ("129,46zł", 12946, "PLN"),
        ("129,46 zł", 12946, "PLN"),
        ("R$132,74", 13274, "BRL"),
        ("€12,34", 1234, "EUR"),
        ("12,34 €", 1234, "EUR"),
        ("1.234,56", 123456, None),
        ("1 234,56", 123456, None),
        ("1\u00a0234,56", 123456, None),
        ("1\u202f234,56", 123456, None),
        ("1'234.56", 123456, None),
        ("1’234.56", 123456, None),
        ("-5.00", -500, None),
        ("−5.00", -500, None),
        ("(5.00)", -500, None),
        ("5.00-", -500, None),
        ("US $-5.00", -500, "USD"),
        ("-US $5.00", -500, "USD"),
        ("+5", 500, None),
        ("12", 1200, None),
        ("0.5", 50, None),
        (".50", 50, None),
        ("12,-", 1200, None),
        ("USD 12.34", 1234, "USD"),
        ("12.34 USD", 1234, "USD"),
        ("12.34 usd", 1234, "USD"),
        ("$ 12 USD", 1200, "USD"),
        ("100 руб.", 10000, "RUB"),
        ("₽ 50", 5000, "RUB"),
        ("£3.20", 320, "GBP"),
        ("CA $5.99", 599, "CAD"),
        ("C$5.99", 599, "CAD"),
        ("AU $7.10", 710, "AUD"),
        ("A$7.10", 710, "AUD"),
        ("MX$ 120.50", 12050, "MXN"),
        ("₴10", 1000, "UAH"),
        ("₩12,000", 1200000, "KRW"),
        ("10 Kč", 1000, "CZK"),
        ("JP¥1,200", 120000, "JPY"),
        ("'12.50", 1250, None),  # a spreadsheet's text marker
    ],
)
def test_amounts_as_shoppers_files_write_them(text: str, cents: int, currency: str | None) -> None:
    money = parse_money(text)

    assert (money.cents, money.currency) == (cents, currency)


def test_the_symbol_is_kept_as_written() -> None:
    assert parse_money("US $1.00") == Money(100, "USD", "US $")
    assert parse_money("1.00") == Money(100, None, "")


def test_yen_and_kronor_are_written_but_not_guessed() -> None:
    assert parse_money("¥1,234") == Money(123400, None, "¥")
    assert parse_money("10 kr") == Money(1000, None, "kr")


def test_amount_gives_a_decimal() -> None:
    assert parse_money("-1.234,5 €").amount == Decimal("-1234.50")


@pytest.mark.parametrize(
    ("text", "decimal", "cents"),
    [
        ("1,234", ".", 123400),
        ("1,230", ",", 123),
        ("12.340", ".", 1234),
        ("1.234", ",", 123400),
        ("12,5", ",", 1250),
        ("1.234.567,89", ",", 123456789),
        ("1,234,567.89", ".", 123456789),
        ("1 234 567,89", ",", 123456789),
    ],
)
def test_the_files_decimal_separator_decides(text: str, decimal: str, cents: int) -> None:
    assert parse_money(text, decimal).cents == cents


def test_without_a_separator_a_value_decides_for_itself() -> None:
    assert parse_money("1,234").cents == 123400  # three digits after: thousands
    assert parse_money("1.234").cents == 123400
    assert parse_money("0.500").cents == 50  # but not after a leading zero
    assert parse_money("12,5").cents == 1250


@pytest.mark.parametrize(
    ("text", "decimal", "message"),
    [
        ("", None, "empty"),
        ("abc", None, "no number"),
        ("12.345", ".", "more than two decimal places"),
        ("12.5", ",", "groups of three digits"),
        ("1,23,456.00", ".", "groups of three digits"),
        ("1,234.56", ",", "does not read as an amount"),
        ("12 apples", None, "“apples” is not a currency we know"),
        ("$12 €", None, "two currencies"),
        ("-5.00-", None, "more than one sign"),
        ("-(5.00)", None, "not an amount"),
        ("1e5", None, "does not read as one amount"),
        ("12 34", None, "groups of three"),
        ("1000000000.01", None, "too large"),
        ("9" * 50, None, "too large"),
        ("1" * 500, None, "too long"),
        ("=1+2", None, "not"),
        ("+SUM(A1)", None, "not"),
    ],
)
def test_bad_amounts_say_what_is_wrong(text: str, decimal: str | None, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_money(text, decimal)


def test_a_billion_is_the_most_one_amount_may_be() -> None:
    assert parse_money("1,000,000,000.00").cents == 100_000_000_000


def test_a_decimal_separator_other_than_point_or_comma_is_refused() -> None:
    with pytest.raises(ImportProblem):
        parse_money("1", ";")


def test_currency_codes_from_markers() -> None:
    assert [currency_code(m) for m in ("zł", "ZL", "R$", "CA $", "руб.", "₽", "eur", "Kč")] == [
        "PLN",
        "PLN",
        "BRL",
        "CAD",
        "RUB",
        "RUB",
        "EUR",
        "CZK",
    ]
    with pytest.raises(ParseError):
        currency_code("XYZ")


def test_one_value_with_both_separators_settles_a_column() -> None:
    assert detect_decimal_separator(["1,234", "1,234.50"]) == "."
    assert detect_decimal_separator(["1.234", "1.234,50"]) == ","


def test_a_lone_three_digit_group_reads_as_thousands() -> None:
    assert detect_decimal_separator(["1,234"]) == "."
    assert detect_decimal_separator(["1.234"]) == ","


def test_two_decimals_after_a_comma_mean_a_decimal_comma() -> None:
    assert detect_decimal_separator(["129,46zł", "5,00 zł", "1 234,56 zł"]) == ","
    assert detect_decimal_separator(["US $1,382.11", "US $5.00"]) == "."


def test_the_separator_most_values_read_with_wins() -> None:
    assert detect_decimal_separator(["12,34", "5,10", "1,234"]) == ","


def test_a_tie_goes_to_the_currencys_own_habit() -> None:
    assert fitting_decimal_separators(["1.230 €", "5 €"]) == (".", ",")
    assert detect_decimal_separator(["1.230 €", "5 €"]) == ","
    assert detect_decimal_separator(["1,230 $", "5 $"]) == "."
    assert detect_decimal_separator(["12", "7"]) == "."
    assert detect_decimal_separator([]) == "."


def test_fitting_separators_tells_when_to_ask() -> None:
    assert fitting_decimal_separators(["1,230"]) == (".", ",")
    assert fitting_decimal_separators(["1,23"]) == (",",)
    assert fitting_decimal_separators(["1,23", "1.23"]) == ()
