"""Which column holds which field: a first guess from header names and values.

Headers are recognised in English, Spanish, Portuguese, Russian, French and Polish (and German),
ignoring case, accents and punctuation, with camelCase and snake_case split into words
(``paidAt`` is "paid at", ``gmt_trade_end_time`` "gmt trade end time"); the words are in
:mod:`tracker.importing.header_words`. In order of strength:

1. a header that *is* a field's name ("Order Date", "Fecha del pedido");
2. a header whose words say what it is about — the payment, a refund, the confirmation of
   receipt, the placing of the order — read with its values: ``Paid`` over dates is the payment
   date, over amounts the total paid; ``Date finished`` is the confirmation date. A header about
   the payment is never a confirmation, a refund or the order date;
3. a header that contains a field's name ("Order Date (UTC)"), except links and pictures.

**Guessing never invents money or points.** The fields that change points
(:data:`POINTS_FIELDS`: status, confirmation date, refund, refund date, discount) come only from a
header that says so, or from a preset. A column whose header says nothing is guessed from its
values only as the order date (a date, when no column is the order date yet), a unit price (an
amount with a currency marker) or the currency (ISO codes); anything else is left out, and the
dialog shows it with its values for the shopper to map in one click (:func:`suggest_field`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.importing import header_words
from tracker.importing.dates import detect_date_format
from tracker.importing.errors import ParseError
from tracker.importing.money import ISO_CODES, parse_money
from tracker.importing.statuses import StatusMapper

ORDERS = "orders"
ACTIVITY = "activity"


@dataclass(frozen=True, slots=True)
class Field:
    """A field a column can be mapped to. ``kind`` says how its cells are read."""

    name: str
    label: str
    kind: str  # "text" | "date" | "money" | "integer" | "status" | "currency"
    target: str  # ORDERS | ACTIVITY


_FIELD_LIST = (
    Field("order_no", QT_TRANSLATE_NOOP("ImportFields", "order number"), "text", ORDERS),
    Field("order_date", QT_TRANSLATE_NOOP("ImportFields", "order date"), "date", ORDERS),
    Field("paid_date", QT_TRANSLATE_NOOP("ImportFields", "payment date"), "date", ORDERS),
    Field("status", QT_TRANSLATE_NOOP("ImportFields", "status"), "status", ORDERS),
    Field("confirmed_date", QT_TRANSLATE_NOOP("ImportFields", "confirmation date"), "date", ORDERS),
    Field("item_title", QT_TRANSLATE_NOOP("ImportFields", "item title"), "text", ORDERS),
    Field("product_id", QT_TRANSLATE_NOOP("ImportFields", "product ID"), "text", ORDERS),
    Field("category", QT_TRANSLATE_NOOP("ImportFields", "category"), "text", ORDERS),
    Field("quantity", QT_TRANSLATE_NOOP("ImportFields", "quantity"), "integer", ORDERS),
    Field("unit_price", QT_TRANSLATE_NOOP("ImportFields", "unit price"), "money", ORDERS),
    Field("line_total", QT_TRANSLATE_NOOP("ImportFields", "line total"), "money", ORDERS),
    Field("order_total", QT_TRANSLATE_NOOP("ImportFields", "order total"), "money", ORDERS),
    Field("discount", QT_TRANSLATE_NOOP("ImportFields", "discount"), "money", ORDERS),
    Field("shipping", QT_TRANSLATE_NOOP("ImportFields", "shipping"), "money", ORDERS),
    Field("refund", QT_TRANSLATE_NOOP("ImportFields", "refund"), "money", ORDERS),
    Field("refund_date", QT_TRANSLATE_NOOP("ImportFields", "refund date"), "date", ORDERS),
    Field("currency", QT_TRANSLATE_NOOP("ImportFields", "currency"), "currency", ORDERS),
    Field("store", QT_TRANSLATE_NOOP("ImportFields", "store"), "text", ORDERS),
    Field("date", QT_TRANSLATE_NOOP("ImportFields", "date"), "date", ACTIVITY),
    Field("kind", QT_TRANSLATE_NOOP("ImportFields", "kind"), "text", ACTIVITY),
    Field("points", QT_TRANSLATE_NOOP("ImportFields", "points"), "integer", ACTIVITY),
    Field("item_price", QT_TRANSLATE_NOOP("ImportFields", "item price"), "money", ACTIVITY),
    Field("note", QT_TRANSLATE_NOOP("ImportFields", "note"), "text", ACTIVITY),
)

FIELDS: dict[str, Field] = {f.name: f for f in _FIELD_LIST}
"""Every field a column can be mapped to, orders' then activity's, by name."""

ORDER_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in _FIELD_LIST if f.target == ORDERS)
ACTIVITY_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in _FIELD_LIST if f.target == ACTIVITY)


def header_key(header: str) -> str:
    """``"N° de commande"`` → ``"n de commande"``; ``"orderId"`` → ``"order id"``;
    ``"gmt_pay_order_time"`` → ``"gmt pay order time"``."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", header)
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", spaced).casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def _folded(text: str) -> frozenset[str]:
    return frozenset(header_key(text).split())


_NEVER_CONTAINED = _folded(header_words.NEVER_CONTAINED)
_ONLY_WHOLE = _folded(header_words.ONLY_WHOLE)
_DATE_WORDS = _folded(header_words.DATE_WORDS)
_OTHER_PROCESS = _folded(header_words.OTHER_PROCESS)
_MEANINGS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (meaning, _folded(words)) for meaning, words in header_words.MEANINGS.items()
)
_EXACT = 1000
_MEANT = 500  # a header about the payment, a refund …, read with its values
_MIN_CONTAINED = 4  # "id", "qty" only match a whole header

POINTS_FIELDS = frozenset({"status", "confirmed_date", "refund", "refund_date", "discount"})
"""Fields that change points: mapped only from a header that names them, or from a preset."""


@dataclass(slots=True)
class ColumnMapping:
    """Column index → field name (``None``: ignore the column), and what the shopper should check."""

    field_by_column: dict[int, str | None]
    warnings: list[str] = field(default_factory=list)
    target: str = ORDERS


Mapping = ColumnMapping  # the name the import issue's plan uses


def _synonyms(target: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for f in _FIELD_LIST:
        if f.target != target:
            continue
        for name in header_words.HEADER_NAMES[f.name].split(";"):
            key = header_key(name)
            if key and table.setdefault(key, f.name) != f.name:
                raise AssertionError(f"header {name!r} is listed for {table[key]} and {f.name}")
    return table


_SYNONYMS: dict[str, dict[str, str]] = {ORDERS: _synonyms(ORDERS), ACTIVITY: _synonyms(ACTIVITY)}


def meaning_of(header: str) -> str | None:
    """What a header is about (:data:`~tracker.importing.header_words.PAYMENT` …), or ``None``."""
    words = set(header_key(header).split())
    return next((meaning for meaning, found in _MEANINGS if words & found), None)


class _Columns:
    """Each column's sample values, and what kind of values they are (worked out once)."""

    def __init__(self, headers: list[str], sample_rows: list[list[str]]) -> None:
        self.headers = headers
        self.values = {c: [row[c].strip() if c < len(row) else "" for row in sample_rows] for c in range(len(headers))}
        self._kinds: dict[int, str | None] = {}

    def filled(self, column: int) -> list[str]:
        return [value for value in self.values[column] if value]

    def kind(self, column: int) -> str | None:
        """``"date"``, ``"money"`` or ``None``; a blank column is a date when its header says so."""
        if column not in self._kinds:
            filled = self.filled(column)
            if not filled:
                words = set(header_key(self.headers[column]).split())
                found = "date" if words & _DATE_WORDS else None
            elif _values_are("date", filled):
                found = "date"
            elif _values_fit("money", filled) and not all(v.isdigit() and len(v) >= 9 for v in filled):
                found = "money"
            else:
                found = None
            self._kinds[column] = found
        return self._kinds[column]


def guess_mapping(headers: list[str], sample_rows: list[list[str]], target: str | None = None) -> ColumnMapping:
    """Guesses each column's field from its header, then (never for points) from its values.

    Args:
        headers: the header row's cells.
        sample_rows: some data rows below it (a few hundred are plenty).
        target: ``"orders"`` or ``"activity"``; ``None`` decides from the headers (a points
            column and no order number column make an activity file).

    Each field goes to one column, except that two columns that both *exactly* name the same
    field are both mapped and a warning asks the shopper to choose.
    """
    columns = _Columns(headers, sample_rows)
    if target is None:
        orders = _header_matches(columns, ORDERS)
        activity = _header_matches(columns, ACTIVITY)
        has_points = any(name == "points" for _, name, _ in activity)
        has_order_no = any(name == "order_no" for _, name, _ in orders)
        target = ACTIVITY if has_points and not has_order_no else ORDERS
    mapping: dict[int, str | None] = dict.fromkeys(range(len(headers)))
    taken: dict[str, int] = {}  # field → score of the column that has it
    for score, name, column in sorted(_header_matches(columns, target), key=lambda m: (-m[0], m[2])):
        if mapping[column] is not None:
            continue
        if name not in taken or (score >= _EXACT and taken[name] >= _EXACT):
            mapping[column] = name
            taken.setdefault(name, score)
    for column, mapped in mapping.items():
        if mapped is None and _may_guess_from_values(headers[column]):
            mapping[column] = _guess_from_values(columns, column, target, taken)
    warnings = mapping_warnings(mapping, headers)
    for column, mapped in mapping.items():
        if mapped is not None and not _values_fit(FIELDS[mapped].kind, columns.filled(column)):
            warnings.append(
                translate(
                    "Import", "Column “{column}” was taken as {field}, but its values do not look like {kind}."
                ).format(
                    column=_label(headers, column),
                    field=translate("ImportFields", FIELDS[mapped].label),
                    kind=translate("Import", _KIND_WORDS[FIELDS[mapped].kind]),
                )
            )
    return ColumnMapping(mapping, warnings, target)


def mapping_warnings(field_by_column: dict[int, str | None], headers: list[str]) -> list[str]:
    """What is wrong with a mapping as the shopper left it: a field taken from two columns."""
    columns_by_field: dict[str, list[int]] = defaultdict(list)
    warnings: list[str] = []
    for column, name in sorted(field_by_column.items()):
        if name is None:
            continue
        if name not in FIELDS:
            warnings.append(
                translate("Import", "Column “{column}” is mapped to an unknown field “{name}”.").format(
                    column=_label(headers, column), name=name
                )
            )
            continue
        columns_by_field[name].append(column)
    for name, found in columns_by_field.items():
        if len(found) > 1:
            shown = translate("Import", "“{first}” and “{second}”").format(
                first=_label(headers, found[0]), second=_label(headers, found[1])
            )
            for column in found[2:]:
                shown = translate("Import", "{columns} and “{column}”").format(
                    columns=shown, column=_label(headers, column)
                )
            warnings.append(
                translate("Import", "{field} is taken from two columns, {shown}: choose one.").format(
                    field=translate("ImportFields", FIELDS[name].label).capitalize(), shown=shown
                )
            )
    return warnings


def _header_matches(columns: _Columns, target: str) -> list[tuple[int, str, int]]:
    """(score, field, column) for every field a header names, is about, or contains."""
    synonyms = _SYNONYMS[target]
    matches: list[tuple[int, str, int]] = []
    for column, header in enumerate(columns.headers):
        key = header_key(header)
        if not key:
            continue
        meaning = meaning_of(header) if target == ORDERS else None
        if key in synonyms:
            name = synonyms[key]
            if meaning is not None:  # "Paid" over dates is the payment date, over amounts the total
                name = header_words.MEANING_FIELDS[meaning].get(columns.kind(column) or FIELDS[name].kind, name)
            matches.append((_EXACT + len(key), name, column))
            continue
        if _about_links(header):
            continue
        if meaning is not None:
            meant = header_words.MEANING_FIELDS[meaning].get(columns.kind(column) or "")
            if meant is not None:
                matches.append((_MEANT, meant, column))
        refused = header_words.NOT_FOR[meaning] if meaning is not None else frozenset()
        other_process = not _OTHER_PROCESS.isdisjoint(key.split())
        padded = f" {key} "
        for synonym, name in synonyms.items():
            if len(synonym) < _MIN_CONTAINED or synonym in _ONLY_WHOLE or f" {synonym} " not in padded:
                continue
            if name in refused or (other_process and (name in POINTS_FIELDS or FIELDS[name].kind == "date")):
                continue
            matches.append((len(synonym), name, column))
    return matches


def _about_links(header: str) -> bool:
    return not _NEVER_CONTAINED.isdisjoint(header_key(header).split())


def _may_guess_from_values(header: str) -> bool:
    """Whether a column's values may speak for it: not when its header is about a link, another
    process (a parcel's tracking) or a meaning its values did not match (a payment method)."""
    words = header_key(header).split()
    return not (_about_links(header) or not _OTHER_PROCESS.isdisjoint(words) or meaning_of(header) is not None)


# What a column's values alone may make it: never a field in POINTS_FIELDS.
_VALUE_GUESSES: dict[str, dict[str, tuple[str, ...]]] = {
    ORDERS: {"date": ("order_date",), "money": ("unit_price",), "currency": ("currency",)},
    ACTIVITY: {"date": ("date",), "money": ("item_price",)},
}
assert not POINTS_FIELDS & {name for kinds in _VALUE_GUESSES.values() for names in kinds.values() for name in names}
# What a column of each kind holds, as the end of "its values do not look like …".
_KIND_WORDS = {
    "date": QT_TRANSLATE_NOOP("Import", "dates"),
    "money": QT_TRANSLATE_NOOP("Import", "amounts"),
    "integer": QT_TRANSLATE_NOOP("Import", "whole numbers"),
    "status": QT_TRANSLATE_NOOP("Import", "statuses"),
    "currency": QT_TRANSLATE_NOOP("Import", "currencies"),
    "text": QT_TRANSLATE_NOOP("Import", "text"),
}


def _guess_from_values(columns: _Columns, column: int, target: str, taken: dict[str, int]) -> str | None:
    filled = columns.filled(column)
    if not filled:
        return None
    for kind, names in _VALUE_GUESSES[target].items():
        free = [name for name in names if name not in taken]
        if free and _values_are(kind, filled):
            taken[free[0]] = 0
            return free[0]
    return None


# Fields a left-out column could fill, by what its values are, in the order they are offered.
_SUGGESTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    ORDERS: {
        "date": ("order_date", "confirmed_date", "refund_date", "paid_date"),
        "money": ("unit_price", "line_total", "order_total", "discount", "shipping", "refund"),
        "status": ("status",),
        "currency": ("currency",),
        "integer": ("quantity",),
    },
    ACTIVITY: {"date": ("date",), "money": ("item_price",), "integer": ("points",)},
}


def suggest_field(header: str, values: list[str], mapped: set[str], target: str) -> str | None:
    """The field a left-out column most likely fills, for the shopper to accept in one click.

    Only a suggestion: nothing is mapped until the shopper says so. ``mapped`` holds the fields
    other columns already fill. A field the header names comes first ("Shipping and Tax" is
    shipping); a header naming a field already taken gets none, as does one about a parcel's
    tracking or a link; else the values decide (a date, an amount not below zero …).
    """
    filled = [value.strip() for value in values if value.strip()]
    if not filled or _about_links(header):
        return None
    kinds = [kind for kind in ("date", "status", "currency", "integer", "money") if _suggestible(kind, filled)]
    synonyms_of = ORDERS if target == "refunds" else target if target in _SYNONYMS else ACTIVITY
    named = _header_matches(_Columns([header], [[value] for value in filled]), synonyms_of)
    for _, name, _ in sorted(named, reverse=True):
        if name not in mapped and FIELDS[name].kind in (*kinds, "text"):
            return name
    if named or not kinds or not _OTHER_PROCESS.isdisjoint(header_key(header).split()):
        return None
    kind = kinds[0]
    meaning = meaning_of(header) if synonyms_of == ORDERS else None
    if meaning is not None and kind in header_words.MEANING_FIELDS[meaning]:
        meant = header_words.MEANING_FIELDS[meaning][kind]
        return meant if meant not in mapped else None
    table = _SUGGESTIONS.get(target) or _SUGGESTIONS[synonyms_of]
    return next((name for name in table.get(kind, ()) if name not in mapped), None)


def _suggestible(kind: str, filled: list[str]) -> bool:
    if kind == "integer":
        return all(value.isdigit() and len(value) <= 6 and int(value) >= 1 for value in filled)
    if kind == "money":
        return _values_fit("money", filled) and not any(value.lstrip().startswith(("-", "−")) for value in filled)
    return _values_are(kind, filled)


def _values_are(kind: str, filled: list[str]) -> bool:
    """Whether every value is clearly of this kind (stricter than :func:`_values_fit`)."""
    if kind == "date":
        guess = detect_date_format(filled)
        return guess.format_id is not None or guess.ambiguous
    if kind == "money":
        try:
            return all(parse_money(value).symbol for value in filled)
        except ParseError:
            return False
    if kind == "status":
        return all(StatusMapper().map(value) is not None for value in filled)
    if kind == "currency":
        return all(value.upper() in ISO_CODES for value in filled)
    return False


def _values_fit(kind: str, values: list[str]) -> bool:
    """Whether most values could be of this kind; a blank column always fits."""
    filled = [value for value in values if value]
    if not filled:
        return True
    if kind == "date":
        guess = detect_date_format(filled)
        return guess.format_id is not None or guess.ambiguous
    if kind in ("money", "integer"):
        return sum(map(_reads_as_amount, filled)) * 2 >= len(filled)
    return True


def _reads_as_amount(value: str) -> bool:
    try:
        parse_money(value)
    except ParseError:
        return False
    return True


def _label(headers: list[str], column: int) -> str:
    header = headers[column].strip() if column < len(headers) else ""
    return header or f"column {column + 1}"
