"""The date format and decimal separator of a file, found from its values (or taken as chosen).

Dates: every value of every date column is tried against every candidate format; the format
that reads them all wins. When day-first and month-first both do (only ``3/7/2024`` and the
like), nothing is guessed: the shopper is asked — except for dates written with dots
(``07.03.2024``), which are day-first wherever people write them so (no locale writes the month
first between dots). Columns written differently from each other each get the format that reads
them.

Amounts: the decimal separator is the one under which every amount reads. When both do and
some amount means something else under each (``1.234``), a currency written beside the
amounts (``€``, ``zł``) settles it; without one the shopper is asked. When neither reads them
all, the file mixes the two, and each amount is read on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.i18n import translate
from tracker.importing.columns import distinct_filled, is_blank
from tracker.importing.dates import DATE_FORMATS, DateGuess, detect_date_format, parse_date
from tracker.importing.errors import ParseError
from tracker.importing.fields import kind_of
from tracker.importing.money import detect_decimal_separator, fitting_decimal_separators, parse_money
from tracker.importing.prepared import AmbiguousChoice

_SHOWN_EXAMPLES = 2
_SHAPE = str.maketrans("2345678", "9999999")  # how an amount reads depends on its shape, not its digits


@dataclass
class Formats:
    """Date format per date field, and the decimal separator (``None``: each amount decides)."""

    date_formats: dict[str, str] = field(default_factory=dict)
    decimal: str | None = "."
    questions: list[AmbiguousChoice] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def single_date_format(self) -> str | None:
        found = set(self.date_formats.values())
        return found.pop() if len(found) == 1 else None


def settle_formats(
    values: dict[str, list[str]],
    column_names: dict[str, str],
    date_format: str | None,
    decimal: str | None,
    amounts_in_cents: bool,
) -> Formats:
    """Date formats and the decimal separator for the collected values of each field.

    ``column_names`` names each field's column for messages. Ambiguities are returned as
    ``questions`` (not raised), so the preview can show them; :func:`raise_questions` raises.
    """
    formats = Formats()
    date_fields = [name for name in values if kind_of(name) == "date"]
    if date_format is not None:
        formats.date_formats = dict.fromkeys(date_fields, date_format)
    elif date_fields:
        _settle_dates(values, date_fields, column_names, formats)
    money_fields = [name for name in values if kind_of(name) == "money"]
    if amounts_in_cents:
        formats.decimal = "."
    elif decimal is not None:
        formats.decimal = decimal
    elif money_fields:
        _settle_decimal(values, money_fields, column_names, formats)
    return formats


def raise_questions(formats: Formats) -> None:
    if formats.questions:
        raise formats.questions[0]


def _settle_dates(values: dict[str, list[str]], fields: list[str], names: dict[str, str], formats: Formats) -> None:
    distinct = {name: distinct_filled(values[name]) for name in fields}
    together = _dotted_day_first(detect_date_format([value for name in fields for value in distinct[name]]),
                                 [value for name in fields for value in distinct[name]])  # fmt: skip
    if together.format_id is not None:
        formats.date_formats = dict.fromkeys(fields, together.format_id)
        return
    for name in fields:
        guess = (
            together if together.ambiguous else _dotted_day_first(detect_date_format(distinct[name]), distinct[name])
        )
        if guess.format_id is not None:
            formats.date_formats[name] = guess.format_id
        elif guess.ambiguous:
            formats.date_formats[name] = guess.ambiguous_between[0]
            if not formats.questions or formats.questions[-1].setting != "date_format":
                formats.questions.append(_date_question(names[name], distinct[name], guess))
        else:
            formats.date_formats[name] = _best_date_format(distinct[name])


def _dotted_day_first(guess: DateGuess, values: list[str]) -> DateGuess:
    if set(guess.ambiguous_between) == {"DD/MM/YYYY", "MM/DD/YYYY"} and all(
        "." in value and "/" not in value and "-" not in value for value in values
    ):
        return DateGuess("DD/MM/YYYY")
    return guess


def _date_question(column: str, values: list[str], guess: DateGuess) -> AmbiguousChoice:
    both = [v for v in values if len({_reads_as(v, f) for f in guess.ambiguous_between}) > 1][:_SHOWN_EXAMPLES]
    examples = " and ".join(f"“{v}”" for v in both) or f"“{values[0]}”"
    choices = ", ".join(guess.ambiguous_between)
    return AmbiguousChoice(
        translate(
            "Import",
            "The dates in “{column}” (such as {examples}) can be read day-first or month-first. Choose the date "
            "format: {choices}.",
        ).format(column=column, examples=examples, choices=choices),
        setting="date_format",
        choices=guess.ambiguous_between,
        flag="--date-format",
    )


def _reads_as(value: str, format_id: str) -> object:
    try:
        return parse_date(value, format_id)
    except ParseError:
        return None


def _best_date_format(values: list[str]) -> str:
    """The format that reads the most values, when none reads them all (the rest are problems)."""
    scores = {f: sum(1 for v in values if _reads_as(v, f) is not None) for f in DATE_FORMATS}
    return max(scores, key=lambda f: scores[f])


def _settle_decimal(values: dict[str, list[str]], fields: list[str], names: dict[str, str], formats: Formats) -> None:
    shapes = amount_shapes(values, fields)
    fitting = fitting_decimal_separators(list(shapes))
    if len(fitting) == 1:
        formats.decimal = fitting[0]
        return
    if not fitting:
        formats.decimal = None
        if any(None is not _cents(shape, ".") != _cents(shape, ",") is not None for shape in shapes):
            formats.warnings.append(
                translate(
                    "Import",
                    "The amounts use both “.” and “,” as the decimal separator, so each amount was read on its own: a "
                    "lone separator before three digits as thousands (“1,234” is 1234.00).",
                )
            )
        return
    differing = [example for shape, example in shapes.items() if _cents(shape, ".") != _cents(shape, ",")]
    if not differing:
        formats.decimal = "."
    elif any(_has_marker(v) for v in differing):
        distinct = list(dict.fromkeys(value for name in fields for value in distinct_filled(values[name])))
        formats.decimal = detect_decimal_separator(distinct)
    else:
        formats.decimal = "."
        column = next(names[name] for name in fields if differing[0] in set(values[name]))
        examples = " and ".join(f"“{v}”" for v in differing[:_SHOWN_EXAMPLES])
        formats.questions.append(
            AmbiguousChoice(
                translate(
                    "Import",
                    "The amounts in “{column}” (such as {examples}) can be read with “.” or with “,” as the decimal "
                    "separator. Choose the decimal separator.",
                ).format(column=column, examples=examples),
                setting="decimal",
                choices=(".", ","),
                flag="--decimal",
            )
        )


def amount_shapes(values: dict[str, list[str]], fields: list[str]) -> dict[str, str]:
    """The shapes of the filled amounts of ``fields`` (unprotected: ``'12.50`` is ``12.50``), each
    with its first value, for the messages.

    How an amount reads depends on its shape only, so a column of 100,000 amounts is decided from
    its few hundred shapes. A value's shape is blank when the value is, and unprotected when the
    value is, so both are asked once per shape as written, not once per distinct value.
    """
    written: dict[str, str] = {}  # shape as written → its first value
    for name in fields:
        for value in dict.fromkeys(values[name]):
            written.setdefault(value.translate(_SHAPE), value)
    shapes: dict[str, str] = {}
    for shape, value in written.items():
        if not is_blank(shape):
            shapes.setdefault(_unprotected(shape), value)
    return shapes


def _unprotected(value: str) -> str:
    value = value.strip()
    return value[1:].strip() if value.startswith("'") else value


def _cents(value: str, decimal: str) -> int | None:
    try:
        return parse_money(value, decimal).cents
    except ParseError:
        return None


def _has_marker(value: str) -> bool:
    try:
        return parse_money(value, ".").symbol != ""
    except ParseError:
        try:
            return parse_money(value, ",").symbol != ""
        except ParseError:
            return False
