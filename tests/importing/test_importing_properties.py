"""Property tests: whatever a file holds, reading it ends in data or a clear import error.

The sniffers and parsers are fed random bytes, random text with every character CSV cares about,
NUL bytes, huge cells and formula-like cells (``=1+2``, ``+SUM(A1)``, ``@x``). The only exceptions
allowed out are :class:`ImportProblem` (the file) and :class:`ParseError` (one value). Round trips
check that what a spreadsheet or script writes is read back exactly.
"""

from __future__ import annotations

import contextlib
import csv
import io
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.importing.csv_reader import Dialect, read_records
from tracker.importing.dates import DATE_FORMATS, MONTHS, detect_date_format, parse_date
from tracker.importing.encoding import detect_encoding, text_lines
from tracker.importing.errors import ImportProblem, ParseError
from tracker.importing.headers import guess_mapping
from tracker.importing.money import detect_decimal_separator, fitting_decimal_separators, parse_money
from tracker.importing.options import ImportOptions
from tracker.importing.sniff import sniff_dialect
from tracker.importing.source import open_source
from tracker.importing.statuses import StatusMapper

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FORMULAS = st.sampled_from(["=1+2", "+SUM(A1)", "@x", "-2+3", '=HYPERLINK("x")', "'=1", "\t=1"])
CSV_PIECES = st.sampled_from([",", ";", "\t", "|", '"', "'", "\n", "\r", "\r\n", "\x00", " ", "\u00a0", "\ufeff"])
CELL_TEXT = (
    st.lists(st.characters(codec="utf-8", exclude_categories=["Cs"]) | CSV_PIECES, max_size=30).map("".join) | FORMULAS
)


def read_whole_file(data: bytes) -> None:
    """The import's first steps as the dialog runs them; the result does not matter here."""
    for _row in open_source(data, "export.csv", ImportOptions()).records():
        pass


# -- no crash -------------------------------------------------------------------------------------


@FAST
@given(st.binary(max_size=600))
def test_random_bytes_read_or_raise_import_problem(data: bytes) -> None:
    with contextlib.suppress(ImportProblem):
        read_whole_file(data)


@FAST
@given(
    st.lists(CELL_TEXT, max_size=40),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "cp1251"]),
)
def test_random_csv_like_text_reads_or_raises_import_problem(pieces: list[str], encoding: str) -> None:
    data = "".join(pieces).encode(encoding, errors="replace")
    with contextlib.suppress(ImportProblem):
        read_whole_file(data)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(100_000, 400_000),
    st.sampled_from(["x", ",", '"', "é", "\n", "\x00"]),
    st.booleans(),
)
def test_huge_cells_read_or_raise_import_problem(size: int, char: str, quoted: bool) -> None:
    cell = char * size
    text = 'a,b\n1,"' + cell + '"\n' if quoted else "a,b\n1," + cell + "\n"
    with contextlib.suppress(ImportProblem):
        read_whole_file(text.encode())


@settings(max_examples=150, deadline=None)
@given(CELL_TEXT, st.sampled_from(sorted(DATE_FORMATS)))
def test_parse_date_raises_only_parse_error(text: str, format_id: str) -> None:
    with contextlib.suppress(ParseError):
        parse_date(text, format_id)


@settings(max_examples=100, deadline=None)
@given(st.lists(CELL_TEXT | st.dates().map(str), max_size=8))
def test_detect_date_format_never_raises(values: list[str]) -> None:
    guess = detect_date_format(values)
    assert guess.format_id is None or guess.format_id in DATE_FORMATS
    assert not (guess.format_id and guess.ambiguous)


@settings(max_examples=200, deadline=None)
@given(CELL_TEXT | st.text("0123456789.,'- $€()", max_size=30), st.sampled_from([None, ".", ","]))
def test_parse_money_raises_only_parse_error(text: str, decimal: str | None) -> None:
    try:
        money = parse_money(text, decimal)
    except ParseError:
        return
    assert abs(money.cents) <= 100_000_000_000


@settings(max_examples=100, deadline=None)
@given(st.lists(CELL_TEXT | st.text("0123456789.,' ", max_size=12), max_size=8))
def test_decimal_detection_never_raises(values: list[str]) -> None:
    assert detect_decimal_separator(values) in (".", ",")
    assert set(fitting_decimal_separators(values)) <= {".", ","}


@settings(max_examples=50, deadline=None)
@given(st.lists(CELL_TEXT, min_size=1, max_size=6), st.lists(st.lists(CELL_TEXT, max_size=6), max_size=5))
def test_statuses_and_mapping_never_raise(headers: list[str], rows: list[list[str]]) -> None:
    assert set(StatusMapper().unknown(headers)) <= {h.strip() for h in headers}
    mapping = guess_mapping(headers, rows)
    assert set(mapping.field_by_column) == set(range(len(headers)))


# -- round trips ----------------------------------------------------------------------------------

PLAIN_CELL = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"], exclude_characters="\r\x00\ufeff")
    | st.sampled_from([",", ";", "\t", '"', "\n", " "]),
    max_size=12,
)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.lists(PLAIN_CELL, min_size=1, max_size=5), max_size=8),
    st.sampled_from([",", ";", "\t", "|"]),
    st.sampled_from(["\r\n", "\n"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_what_a_csv_writer_writes_is_read_back(
    rows: list[list[str]], delimiter: str, newline: str, encoding: str
) -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(rows)

    data = out.getvalue().encode(encoding)

    expected = [row for row in rows if any(cell.strip() for cell in row)]
    lines = text_lines(data, *detect_encoding(data))
    assert [cells for _, cells in read_records(lines, Dialect(delimiter))] == expected


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.lists(st.text("abcdefghijklmnopqrstuvwxyzé0123456789 .-", min_size=1, max_size=8), min_size=3, max_size=3),
        min_size=2,
        max_size=8,
    ),
    st.sampled_from([",", ";", "\t", "|"]),
)
def test_an_even_table_tells_its_delimiter(rows: list[list[str]], delimiter: str) -> None:
    text = "\n".join(delimiter.join(row) for row in rows) + "\n"

    assert sniff_dialect(text).delimiter == delimiter


_NAMES_BY_MONTH: dict[int, list[str]] = {}
for _name, _month in MONTHS.items():
    _NAMES_BY_MONTH.setdefault(_month, []).append(_name)


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[date, str, str]:
    day = draw(st.dates(date(1900, 1, 1), date(2099, 12, 31)))
    format_id = draw(st.sampled_from(sorted(DATE_FORMATS)))
    sep = draw(st.sampled_from("-/."))
    pad = draw(st.booleans())
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if pad else (str(day.day), str(day.month))
    year = f"{day.year % 100:02d}" if day.year >= 2000 and draw(st.booleans()) else str(day.year)
    name = draw(st.sampled_from(_NAMES_BY_MONTH[day.month]))
    name = draw(st.sampled_from([name, name.upper(), name.title()]))
    time = draw(st.sampled_from(["", " 13:45", " 13:45:10", "T08:00:00Z", " 1:05 PM"]))
    text = {
        "YYYY-MM-DD": f"{day.year}{sep}{m}{sep}{d}{time}",
        "DD/MM/YYYY": f"{d}{sep}{m}{sep}{year}{time}",
        "MM/DD/YYYY": f"{m}{sep}{d}{sep}{year}{time}",
        "D MMM YYYY": f"{d} {name} {day.year}{time}",
        "MMM D, YYYY": f"{name} {d}, {day.year}{time}",
        "YYYYMMDD": f"{day.year}{day.month:02d}{day.day:02d}",
    }[format_id]
    return day, format_id, text


@settings(max_examples=300, deadline=None)
@given(written_dates())
def test_a_written_date_is_detected_and_read_back(written: tuple[date, str, str]) -> None:
    day, format_id, text = written

    guess = detect_date_format([text])

    assert format_id == guess.format_id or format_id in guess.ambiguous_between
    assert parse_date(text, format_id) == day


CURRENCIES = [
    ("", None),
    ("US $", "USD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("zł", "PLN"),
    ("R$", "BRL"),
    ("₽", "RUB"),
    ("руб.", "RUB"),
    ("£", "GBP"),
    ("CA $", "CAD"),
    ("AU $", "AUD"),
    ("MX$", "MXN"),
    ("₴", "UAH"),
    ("₩", "KRW"),
    ("Kč", "CZK"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("¥", None),
    ("kr", None),
]


@st.composite
def written_amounts(draw: st.DrawFn, decimal: str | None = None, grouping: str | None = None) -> tuple[int, str, str]:
    """(cents, the amount as some program writes it, its decimal separator)."""
    cents = draw(st.integers(-100_000_000_000, 100_000_000_000))
    decimal = decimal or draw(st.sampled_from(".,"))
    if grouping is None:
        grouping = draw(st.sampled_from([g for g in ["", ",", ".", " ", "\u00a0", "\u202f", "'", "’"] if g != decimal]))
    whole = f"{abs(cents) // 100:,}".replace(",", grouping)
    number = f"{whole}{decimal}{abs(cents) % 100:02d}"
    marker, _ = draw(st.sampled_from(CURRENCIES))
    space = draw(st.sampled_from(["", " ", "\u00a0"]))
    sign = draw(st.sampled_from(["lead", "inner", "parens", "trail"])) if cents < 0 else ""
    if sign == "inner":
        number = f"-{number}"
    text = f"{marker}{space}{number}" if draw(st.booleans()) else f"{number}{space}{marker}"
    text = {"lead": f"-{text}", "parens": f"({text})", "trail": f"{text}-"}.get(sign, text)
    return cents, text, decimal


@settings(max_examples=300, deadline=None)
@given(written_amounts())
def test_a_written_amount_is_read_back(written: tuple[int, str, str]) -> None:
    cents, text, decimal = written

    money = parse_money(text, decimal)

    assert money.cents == cents
    assert parse_money(text).cents == cents  # two written decimals settle the separator alone
    assert money.currency == dict(CURRENCIES)[money.symbol]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(".,"), st.data())
def test_a_column_written_one_way_tells_its_decimal_separator(decimal: str, data: st.DataObject) -> None:
    grouping = data.draw(st.sampled_from([g for g in ["", ",", ".", " ", "'"] if g != decimal]))
    column = data.draw(st.lists(written_amounts(decimal, grouping).map(lambda w: w[1]), min_size=1, max_size=20))

    assert detect_decimal_separator(column) == decimal
    assert decimal in fitting_decimal_separators(column)
