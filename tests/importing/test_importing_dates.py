from __future__ import annotations

from datetime import date

import pytest

from tracker.importing.dates import (
    DATE_FORMATS,
    DAY_FIRST,
    MONTH_FIRST,
    DateGuess,
    date_format_id,
    detect_date_format,
    parse_date,
)
from tracker.importing.errors import ImportProblem, ParseError


@pytest.mark.parametrize(
    ("value", "format_id", "expected"),
    [
        ("2026-02-20", "YYYY-MM-DD", date(2026, 2, 20)),
        ("2026/02/20", "YYYY-MM-DD", date(2026, 2, 20)),
        ("2026-2-5", "YYYY-MM-DD", date(2026, 2, 5)),
        ("2026-02-20 13:45:10", "YYYY-MM-DD", date(2026, 2, 20)),
        ("2026-02-20T23:59:59.123+08:00", "YYYY-MM-DD", date(2026, 2, 20)),
        ("2026-02-20T13:45:10Z", "YYYY-MM-DD", date(2026, 2, 20)),
        ("Feb 10, 2026", "MMM D, YYYY", date(2026, 2, 10)),
        ("February 10, 2026", "MMM D, YYYY", date(2026, 2, 10)),
        ("Feb 10, 2026 13:45", "MMM D, YYYY", date(2026, 2, 10)),
        ("Feb 10, 2026, 1:45 PM", "MMM D, YYYY", date(2026, 2, 10)),
        ("Sept. 3rd, 2024", "MMM D, YYYY", date(2024, 9, 3)),
        ("10 Feb 2026", "D MMM YYYY", date(2026, 2, 10)),
        ("24 nov, 2023", "D MMM YYYY", date(2023, 11, 24)),
        ("10-Feb-26", "D MMM YYYY", date(2026, 2, 10)),
        ("3/7/2024", DAY_FIRST, date(2024, 7, 3)),
        ("3/7/2024", MONTH_FIRST, date(2024, 3, 7)),
        ("07.03.2024", DAY_FIRST, date(2024, 3, 7)),
        ("07-03-2024", DAY_FIRST, date(2024, 3, 7)),
        ("07.03.24", DAY_FIRST, date(2024, 3, 7)),
        ("07.03.2024 г.", DAY_FIRST, date(2024, 3, 7)),
        ("20260220", "YYYYMMDD", date(2026, 2, 20)),
        ("  2026-02-20  ", "YYYY-MM-DD", date(2026, 2, 20)),
        ("'2026-02-20", "YYYY-MM-DD", date(2026, 2, 20)),  # a spreadsheet's text marker
    ],
)
def test_formats_shoppers_files_use(value: str, format_id: str, expected: date) -> None:
    assert parse_date(value, format_id) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("7 de marzo de 2024", date(2024, 3, 7)),  # Spanish
        ("7 ene 2024", date(2024, 1, 7)),
        ("7 de março de 2024", date(2024, 3, 7)),  # Portuguese
        ("7 out 2024", date(2024, 10, 7)),
        ("1er mars 2024", date(2024, 3, 1)),  # French
        ("3 févr. 2024", date(2024, 2, 3)),
        ("3 FEVRIER 2024", date(2024, 2, 3)),  # accents dropped, any case
        ("10. März 2026", date(2026, 3, 10)),  # German
        ("10. Jänner 2026", date(2026, 1, 10)),
        ("7 marca 2024 r.", date(2024, 3, 7)),  # Polish genitive
        ("12 paź 2023", date(2023, 10, 12)),
        ("1 styczeń 2024", date(2024, 1, 1)),
        ("7 марта 2024 г.", date(2024, 3, 7)),  # Russian genitive
        ("7 Мая 2024", date(2024, 5, 7)),
        ("1 сент. 2024", date(2024, 9, 1)),
    ],
)
def test_month_names_in_the_languages_shoppers_use(value: str, expected: date) -> None:
    assert parse_date(value, "D MMM YYYY") == expected


def test_russian_month_first_is_read_too() -> None:
    assert parse_date("Февраля 3, 2024", "MMM D, YYYY") == date(2024, 2, 3)


@pytest.mark.parametrize(
    ("value", "format_id", "message"),
    [
        ("31/02/2024", DAY_FIRST, "not a real date: February 2024 has 29 days"),
        ("29.02.2023", DAY_FIRST, "February 2023 has 28 days"),
        ("2024-13-01", "YYYY-MM-DD", "there is no month 13"),
        ("10 Foo 2024", "D MMM YYYY", "“Foo” in “10 Foo 2024” is not a month name"),
        ("2024-01-01", DAY_FIRST, "not a date written as day/month/year"),
        ("1066-10-14", "YYYY-MM-DD", "year 1066"),
        ("", "YYYY-MM-DD", "not a date"),
        ("x" * 500, "YYYY-MM-DD", "too long to be a date"),
    ],
)
def test_bad_dates_say_what_is_wrong(value: str, format_id: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_date(value, format_id)


def test_parse_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_date("nope", "YYYY-MM-DD")


def test_unknown_format_id_lists_the_known_ones() -> None:
    with pytest.raises(ImportProblem, match="YYYY-MM-DD"):
        parse_date("2024-01-01", "ISO")


def test_every_format_has_a_description() -> None:
    assert all(fmt.description for fmt in DATE_FORMATS.values())


def test_detect_finds_the_one_format_that_fits_every_value() -> None:
    assert detect_date_format(["2026-02-20", "2026-03-01 10:00", ""]) == DateGuess("YYYY-MM-DD")
    assert detect_date_format(["Feb 10, 2026", "March 1, 2026"]) == DateGuess("MMM D, YYYY")


def test_one_value_with_a_day_past_12_settles_day_first() -> None:
    assert detect_date_format(["3/7/2024", "12/1/2024", "25/12/2024"]) == DateGuess(DAY_FIRST)
    assert detect_date_format(["3/7/2024", "12/25/2024"]) == DateGuess(MONTH_FIRST)


def test_day_and_month_that_cannot_be_told_apart_are_reported_not_guessed() -> None:
    guess = detect_date_format(["3/7/2024", "12/1/2024", "07.03.2024"])

    assert guess.format_id is None
    assert guess.ambiguous
    assert guess.ambiguous_between == (DAY_FIRST, MONTH_FIRST)


def test_a_value_that_fits_no_format_means_no_guess() -> None:
    assert detect_date_format(["2026-02-20", "Feb 10, 2026"]) == DateGuess(None)
    assert detect_date_format(["13/13/2024"]) == DateGuess(None)
    assert detect_date_format(["", "  "]) == DateGuess(None)
    assert detect_date_format([]) == DateGuess(None)


@pytest.mark.parametrize(
    ("written", "format_id"),
    [
        ("DD.MM.YYYY", "DD/MM/YYYY"), ("DD-MM-YYYY", "DD/MM/YYYY"), ("dd/mm/yy", "DD/MM/YYYY"), ("D.M.YY", "DD/MM/YYYY"),
        ("%d.%m.%Y", "DD/MM/YYYY"), ("%-d.%-m.%y", "DD/MM/YYYY"), ("MM-DD-YYYY", "MM/DD/YYYY"), ("%m/%d/%Y", "MM/DD/YYYY"),
        ("YYYY/MM/DD", "YYYY-MM-DD"), ("YYYY.MM.DD", "YYYY-MM-DD"), ("%Y-%m-%dT%H:%M:%S", "YYYY-MM-DD"),
        ("ISO", "YYYY-MM-DD"), ("DD MMM YYYY", "D MMM YYYY"), ("%d %B %Y", "D MMM YYYY"), ("MMM D, YYYY", "MMM D, YYYY"),
        ("%b %d, %Y", "MMM D, YYYY"), ("YYYYMMDD", "YYYYMMDD"), ("DD.MM.YYYY HH:MM", "DD/MM/YYYY"),
    ],
)  # fmt: skip
def test_a_date_format_written_any_way_names_a_known_one(written: str, format_id: str) -> None:
    assert date_format_id(written) == format_id


@pytest.mark.parametrize("written", ["", "DD.MM", "YY-MM-DD", "DD/DD/YYYY", "%Q.%m.%Y", "07.03.2024", "HH:MM", "foo"])
def test_a_date_format_that_names_none_says_how_to_write_one(written: str) -> None:
    with pytest.raises(ImportProblem, match=r"write it like DD\.MM\.YYYY"):
        date_format_id(written)


def test_a_time_before_the_date_is_ignored_as_the_old_order_list_wrote_it() -> None:
    assert parse_date("05:17 Feb. 13 2020", "MMM D, YYYY") == date(2020, 2, 13)
    assert detect_date_format(["22:41 Mar. 02 2020", "09:05 Mar. 11 2020"]).format_id == "MMM D, YYYY"
