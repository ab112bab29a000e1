"""Dates as shoppers' files write them, read without the computer's locale.

A column's format is found by testing every candidate in :data:`DATE_FORMATS` against **every**
non-empty value (:func:`detect_date_format`); when both day-first and month-first fit all of them
(``3/7/2024`` and ``12/1/2024`` only), the guess is reported as ambiguous and the shopper is asked.

Month names are matched from our own table (English, Spanish, Portuguese, French, German,
Polish, Russian; full names, abbreviations, Polish and Russian genitive forms), ignoring case and
accents, so ``strptime``'s locale-dependent ``%b`` is never used. A time after the date
(``2026-02-20 13:45:10``, ``Feb 10, 2026 13:45``, ``2026-02-20T13:45:10Z``) or before it
(``05:17 Feb. 13 2020``) is ignored: the date is taken as written, whatever the time zone.
Two-digit years mean 20xx.

:func:`date_format_id` reads a format as a shopper writes it (``DD.MM.YYYY``, ``%d.%m.%Y``).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.importing.errors import ImportProblem, ParseError

_MAX_TEXT = 80  # the longest date with a time and zone is well under this
MIN_YEAR = 1900
MAX_YEAR = 2099

_MONTH_NAMES: dict[int, str] = {
    1: "january jan enero ene janeiro janvier janv januar jänner jän styczeń stycznia sty январь января янв",
    2: "february feb febrero fevereiro fev février févr fév februar feber luty lutego lut февраль февраля фев февр",
    3: "march mar marzo março mars märz mär mrz marzec marca март марта",
    4: "april apr abril abr avril avr kwiecień kwietnia kwi апрель апреля",
    5: "may mayo maio mai maj maja май мая",
    6: "june jun junio junho juin juni czerwiec czerwca cze июнь июня июн",
    7: "july jul julio julho juillet juil juli lipiec lipca lip июль июля июл",
    8: "august aug agosto ago août sierpień sierpnia sie август августа авг",
    9: "september sep sept septiembre setiembre set setembro septembre wrzesień września wrz "
    "сентябрь сентября сен сент",
    10: "october oct octubre outubro out octobre oktober okt październik października paź октябрь октября окт",
    11: "november nov noviembre novembro novembre listopad listopada lis ноябрь ноября ноя нояб",
    12: "december dec diciembre dic dezembro dez décembre déc dezember grudzień grudnia gru декабрь декабря дек",
}


def _fold(text: str) -> str:
    """Lower case without accents: ``"Février."`` → ``"fevrier"``, ``"марта"`` stays."""
    decomposed = unicodedata.normalize("NFKD", text.strip().rstrip(".").casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for month, names in _MONTH_NAMES.items():
        for name in names.split():
            folded = _fold(name)
            if table.setdefault(folded, month) != month:
                raise AssertionError(f"month name {name!r} is listed for two months")
    return table


MONTHS: dict[str, int] = _month_table()
"""Folded month name (see :func:`month_number`) → month number."""

_TIME = (
    r"(?:[T\s,]+(?:at\s+|um\s+|à\s+|às\s+|a\s+las\s+|в\s+|o\s+)?"
    r"\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s*[ap]\.?\s?m\.?)?"
    r"(?:\s*(?:Z|UTC|GMT|[A-Z]{3,4}))?(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)?"
)
_YEAR_MARK = r"(?:\s*(?:г|r)\.?)?"  # "7 марта 2024 г.", "7 marca 2024 r."
_SEP = r"[\s\-/.]*"
_NAME = r"(?P<mon>[^\W\d_]+)\.?"


@dataclass(frozen=True, slots=True)
class DateFormat:
    id: str
    description: str  # English, marked for translators: show it with :attr:`shown_description`
    pattern: re.Pattern[str]

    @property
    def shown_description(self) -> str:
        """The description in the user's language."""
        return translate("Import", self.description)


# A time before the date, as the old AliExpress order list wrote it ("05:17 Feb. 13 2020").
_LEADING_TIME = r"(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?"


def _format(format_id: str, description: str, pattern: str) -> DateFormat:
    return DateFormat(format_id, description, re.compile(_LEADING_TIME + pattern + _YEAR_MARK + _TIME, re.IGNORECASE))


DATE_FORMATS: dict[str, DateFormat] = {
    f.id: f
    for f in (
        _format(
            "YYYY-MM-DD",
            QT_TRANSLATE_NOOP("Import", "year-month-day (2026-02-20, 2026/02/20)"),
            r"(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})",
        ),
        _format(
            "DD/MM/YYYY",
            QT_TRANSLATE_NOOP("Import", "day/month/year (07.03.2024, 7/3/2024, 07-03-2024)"),
            r"(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})",
        ),
        _format(
            "MM/DD/YYYY",
            QT_TRANSLATE_NOOP("Import", "month/day/year (3/7/2024 for March 7)"),
            r"(?P<m>\d{1,2})(?P<s>[-/.])(?P<d>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})",
        ),
        _format(
            "D MMM YYYY",
            QT_TRANSLATE_NOOP(
                "Import", "day, month name, year (10 Feb 2026, 24 nov, 2023, 7 de marzo de 2024, 7 марта 2024)"
            ),
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?{_SEP}(?:de\s+)?{_NAME},?{_SEP}(?:de\s+)?"
            r"(?P<y>\d{4}|\d{2})",
        ),
        _format(
            "MMM D, YYYY",
            QT_TRANSLATE_NOOP("Import", "month name, day, year (Feb 10, 2026, February 10 2026)"),
            rf"{_NAME}{_SEP}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?{_SEP}(?P<y>\d{{4}})",
        ),
        _format(
            "YYYYMMDD",
            QT_TRANSLATE_NOOP("Import", "year, month and day run together (20260220)"),
            r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})",
        ),
    )
}
"""Candidate formats by id; the id is what ``--date-format`` takes and a preset stores."""

# calendar.month_name follows the computer's locale; messages name months from this table instead,
# in the user's language (the English names are the first word of each _MONTH_NAMES entry).
_SHOWN_MONTHS = (
    QT_TRANSLATE_NOOP("Import", "January"),
    QT_TRANSLATE_NOOP("Import", "February"),
    QT_TRANSLATE_NOOP("Import", "March"),
    QT_TRANSLATE_NOOP("Import", "April"),
    QT_TRANSLATE_NOOP("Import", "May"),
    QT_TRANSLATE_NOOP("Import", "June"),
    QT_TRANSLATE_NOOP("Import", "July"),
    QT_TRANSLATE_NOOP("Import", "August"),
    QT_TRANSLATE_NOOP("Import", "September"),
    QT_TRANSLATE_NOOP("Import", "October"),
    QT_TRANSLATE_NOOP("Import", "November"),
    QT_TRANSLATE_NOOP("Import", "December"),
)

DAY_FIRST = "DD/MM/YYYY"
MONTH_FIRST = "MM/DD/YYYY"


@dataclass(frozen=True, slots=True)
class DateGuess:
    """The outcome of :func:`detect_date_format`.

    ``format_id`` is set when exactly one format fits every value. When several do (day-first
    and month-first), it is ``None`` and ``ambiguous_between`` names them, so the shopper picks.
    Both empty: no format fits all the values (or there were none).
    """

    format_id: str | None
    ambiguous_between: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return bool(self.ambiguous_between)


# strftime's directives as the format words below; "%-d" and "%e" are a day without a leading zero.
_STRFTIME = {"d": "DD", "-d": "D", "e": "D", "m": "MM", "-m": "M", "Y": "YYYY", "y": "YY", "b": "MMM", "B": "MMMM",
             "h": "MMM"}  # fmt: skip
# The order of day (D), month (M), month name (N) and year (Y) → the format that reads it.
_ORDERS = {"YMD": "YYYY-MM-DD", "DMY": "DD/MM/YYYY", "MDY": "MM/DD/YYYY", "DNY": "D MMM YYYY", "NDY": "MMM D, YYYY"}
_ALIASES = {"ISO": "YYYY-MM-DD", "ISO8601": "YYYY-MM-DD", "ISO-8601": "YYYY-MM-DD"}


def date_format_id(text: str) -> str:
    """The :data:`DATE_FORMATS` id of a format as a shopper writes it.

    Any separator (``DD.MM.YYYY``, ``DD-MM-YYYY``, ``YYYY/MM/DD``), short parts (``D.M.YY``),
    month names (``DD MMM YYYY``, ``MMMM D, YYYY``), strftime (``%d.%m.%Y``, ``%b %d, %Y``) and a
    time after the date (``YYYY-MM-DD HH:MM``, ignored as in the file) all name one of the formats
    the detector knows; every format reads its dates with ``/``, ``-`` or ``.``.

    Raises:
        ImportProblem: the text names no such format.
    """
    raw = " ".join(text.split())
    if raw in DATE_FORMATS:
        return raw
    if raw.upper() in _ALIASES:
        return _ALIASES[raw.upper()]
    spec = re.split(r"[\sT,]+(?:HH?|hh?|%-?[HIkl])", raw, maxsplit=1)[0].strip()  # the time after the date
    if "%" in spec:
        spec = re.sub(r"%(-?[A-Za-z%])", lambda m: _STRFTIME.get(m.group(1), "?"), spec)
    order = "" if "?" in spec else _order_of(spec)
    if order == "YYYYMMDD" or order in _ORDERS:
        return _ORDERS.get(order, order)
    raise ImportProblem(
        translate(
            "Import",
            "Unknown date format “{value}”: write it like DD.MM.YYYY, MM/DD/YYYY, YYYY-MM-DD, D MMM YYYY or "
            "MMM D, YYYY (any separator), or as strftime such as %d.%m.%Y.",
        ).format(value=text.strip())
    )


def _order_of(spec: str) -> str:
    """``"DD.MM.YYYY"`` → ``"DMY"``; ``"YYYYMMDD"`` stays; anything else → ``""``."""
    tokens = re.findall(r"[A-Za-z]+", spec)
    if "".join(tokens).upper() == "YYYYMMDD" and len(tokens) == 1:
        return "YYYYMMDD"
    if re.search(r"[^A-Za-z\s.,/\-]", spec):
        return ""
    order = ""
    for token in tokens:
        upper = token.upper()
        if len(set(upper)) != 1:
            return ""
        letter, size = upper[0], len(upper)
        if letter == "D" and size <= 2:
            order += "D"
        elif letter == "M":
            order += "M" if size <= 2 else "N"
        elif letter == "Y" and size in (2, 4):
            order += "Y" if size == 4 else "y"
        else:
            return ""
    if order in ("DMy", "MDy", "DNy"):  # two-digit years are read after the day and month only
        order = order[:-1] + "Y"
    return order if "y" not in order else ""


def month_number(name: str) -> int | None:
    """The month a name stands for, in any of the supported languages, or ``None``."""
    return MONTHS.get(_fold(name))


def detect_date_format(values: list[str]) -> DateGuess:
    """Finds the one format that reads every non-empty value as a real date."""
    distinct = {_unprotected(value) for value in values} - {""}
    if not distinct:
        return DateGuess(None)
    fitting = tuple(
        format_id for format_id, fmt in DATE_FORMATS.items() if all(_fits(fmt, value) for value in distinct)
    )
    if len(fitting) == 1:
        return DateGuess(fitting[0])
    return DateGuess(None, fitting)


def parse_date(value: str, format_id: str) -> date:
    """Reads one date written in the format ``format_id`` (a key of :data:`DATE_FORMATS`).

    Raises:
        ParseError: the value is not written that way, names no month we know, or is not a
            real date (``31/02/2024``) or has an unlikely year.
        ImportProblem: ``format_id`` is not a known format.
    """
    fmt = DATE_FORMATS.get(format_id)
    if fmt is None:
        known = ", ".join(DATE_FORMATS)
        raise ImportProblem(
            translate("Import", "Unknown date format {value}; choose one of: {known}.").format(
                value=repr(format_id), known=known
            )
        )
    return _parse(fmt, _unprotected(value))


def _unprotected(value: str) -> str:
    """Without the ``'`` a spreadsheet (or our own export) puts before text it must not calculate."""
    value = value.strip()
    return value[1:].strip() if value.startswith("'") else value


def _fits(fmt: DateFormat, value: str) -> bool:
    try:
        _parse(fmt, value)
    except ParseError:
        return False
    return True


def _shown(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "…"


@lru_cache(maxsize=8192)
def _parse(fmt: DateFormat, value: str) -> date:
    if len(value) > _MAX_TEXT:
        raise ParseError(translate("Import", "“{text}” is too long to be a date.").format(text=_shown(value)))
    match = fmt.pattern.fullmatch(value)
    if match is None:
        raise ParseError(
            translate("Import", "“{text}” is not a date written as {description}.").format(
                text=_shown(value), description=fmt.shown_description
            )
        )
    fields = match.groupdict()
    day = int(fields["d"])
    if fields.get("mon") is not None:
        found = month_number(fields["mon"])
        if found is None:
            raise ParseError(
                translate("Import", "“{text}” in “{whole}” is not a month name.").format(
                    text=_shown(fields["mon"]), whole=_shown(value)
                )
            )
        month = found
    else:
        month = int(fields["m"])
    year = int(fields["y"])
    if len(fields["y"]) == 2:
        year += 2000
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ParseError(
            translate("Import", "“{text}” has the year {year}, which cannot be right.").format(
                text=_shown(value), year=year
            )
        )
    if not 1 <= month <= 12:
        raise ParseError(
            translate("Import", "“{text}” is not a real date: there is no month {month}.").format(
                text=_shown(value), month=month
            )
        )
    last_day = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last_day:
        raise ParseError(
            translate("Import", "“{text}” is not a real date: {month} {year} has {last_day} days.").format(
                text=_shown(value), month=translate("Import", _SHOWN_MONTHS[month - 1]), year=year, last_day=last_day
            )
        )
    return date(year, month, day)
