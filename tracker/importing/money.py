"""Amounts of money as shoppers' files write them, read without the computer's locale.

``US $1,382.11``, ``129,46 zł``, ``R$132,74``, ``1.234,56 €``, ``1 234,56`` (also with no-break
or narrow no-break spaces), ``1'234.56``, ``(5.00)``, ``-5.00``, ``USD 12.34``, ``12,-``.

The decimal separator is the file's, not the computer's: pass the one
:func:`detect_decimal_separator` found for the whole column. Without one, a single value decides
for itself: with both ``.`` and ``,`` the last is decimal; a lone separator followed by exactly
three digits groups thousands (``1,234`` is 1234.00), otherwise it is decimal (``12,5``).

Amounts come back as integer hundredths of the currency unit (:attr:`Money.cents`), also for
currencies without a minor unit (``¥1,234`` is 123400). More than two decimal places are an
error unless the extra digits are zeros (``12.340``); a thousands group of other than three
digits is an error (``12.5`` with a decimal comma), so a wrong separator cannot slip through.

Currency markers map to ISO 4217 codes. ``$`` alone is US dollars (AliExpress writes ``US $``;
other dollars carry a prefix: ``C$``, ``AU $``, ``MX$``). ``¥`` alone is ``None``: AliExpress
shows yen as ``¥`` and yuan as ``CN¥``/``¥`` too, so it is not guessed; ``kr`` (SEK, NOK, DKK,
ISK) likewise. ``None`` with a non-empty :attr:`Money.symbol` means "a currency we will not
guess"; with an empty symbol it means "no currency written" — the caller takes a currency column
or the shopper's choice.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from tracker.frozen import maker
from tracker.i18n import translate
from tracker.importing.errors import ImportProblem, ParseError

MAX_UNITS = 1_000_000_000
"""Amounts above this (in any currency) are refused as a misread column, not imported."""

_MAX_TEXT = 100
_SPACES = " \u00a0\u202f\u2009\u2007"
_GROUPERS = "'’" + _SPACES  # always thousands separators, never decimal
_SIGNS = "-−–+"
_DIGIT = re.compile(r"[0-9]")
# The number inside a cell: ASCII digits (str.isdigit would also take "²" and other scripts'),
# with separators only between them, or a decimal separator first (".50").
_NUMBER = re.compile(rf"[.,]?[0-9](?:[0-9.,{_GROUPERS}]*[0-9])?")
# A whole part with thousands separators: 1-3 digits, then groups of three, one separator throughout.
_GROUPED = {
    decimal: re.compile(rf"[1-9][0-9]{{0,2}}(?P<sep>[{re.escape(other + _GROUPERS)}])[0-9]{{3}}(?:(?P=sep)[0-9]{{3}})*")
    for decimal, other in ((".", ","), (",", "."))
}
_NOT_DIGITS = str.maketrans("", "", ".," + _GROUPERS)
_MAX_DIGITS = len(str(MAX_UNITS))
_NO_CENTS = re.compile(r"[.,][-–—]")  # "12,-": German and Polish for ",00"

_MARKERS: dict[str, str | None] = {
    "$": "USD",
    "us$": "USD",
    "u$s": "USD",
    "€": "EUR",
    "£": "GBP",
    "zł": "PLN",
    "zl": "PLN",
    "r$": "BRL",
    "₽": "RUB",
    "руб": "RUB",
    "р": "RUB",
    "c$": "CAD",
    "ca$": "CAD",
    "can$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "mx$": "MXN",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "sg$": "SGD",
    "₴": "UAH",
    "грн": "UAH",
    "₩": "KRW",
    "원": "KRW",
    "kc": "CZK",
    "jp¥": "JPY",
    "円": "JPY",
    "cn¥": "CNY",
    "rmb": "CNY",
    "元": "CNY",
    "₺": "TRY",
    "tl": "TRY",
    "₪": "ILS",
    "₹": "INR",
    "ft": "HUF",
    "lei": "RON",
    "лв": "BGN",
    "₸": "KZT",
    "₫": "VND",
    "₱": "PHP",
    "฿": "THB",
    "rm": "MYR",
    "rp": "IDR",
    "col$": "COP",
    "s/": "PEN",
    # Written, but standing for more than one currency: not guessed.
    "¥": None,
    "kr": None,
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ISO_CODES: frozenset[str] = _words(
    "USD EUR GBP PLN BRL RUB CAD AUD MXN NZD HKD SGD UAH KRW CZK JPY CNY TRY ILS INR HUF RON BGN "
    "KZT VND PHP THB MYR IDR CHF SEK NOK DKK ISK ZAR CLP COP PEN ARS UYU SAR AED QAR EGP MAD NGN "
    "KES BYN MDL GEL AMD AZN UZS RSD BAM MKD ALL TWD PKR BDT LKR"
)
"""ISO 4217 codes accepted as written (``USD 12.34``, ``12,34 EUR``)."""

# Currencies whose own writing uses a decimal comma: a tie-breaker for detect_decimal_separator.
_COMMA_CURRENCIES = _words("EUR PLN BRL RUB CZK UAH TRY RON HUF BGN KZT VND IDR CLP COP ARS DKK NOK SEK ISK ZAR")


@dataclass(frozen=True, slots=True)
class Money:
    """An amount: ``cents`` are hundredths of ``currency``'s unit; ``symbol`` is the marker as written."""

    cents: int
    currency: str | None
    symbol: str = ""

    @property
    def amount(self) -> Decimal:
        return Decimal(self.cents).scaleb(-2)


new_money = maker(Money)
"""``Money(cents, currency, symbol)``, about twice as fast: an import reads 100,000 amounts."""


def currency_code(marker: str) -> str | None:
    """The ISO code a written currency marker stands for (``"zł"`` → ``"PLN"``).

    Raises:
        ParseError: the marker is not a currency we know.
    """
    key = _fold(marker)
    if key in _MARKERS:
        return _MARKERS[key]
    if key.upper() in ISO_CODES:
        return key.upper()
    raise ParseError(translate("Import", "“{text}” is not a currency we know.").format(text=_shown(marker)))


def parse_money(text: str, decimal: str | None = None) -> Money:
    """Reads one amount, with its currency when the text names one.

    Args:
        text: the cell as written.
        decimal: ``"."`` or ``","``, the file's decimal separator; ``None`` lets the value decide.

    Raises:
        ParseError: empty, no number, an unknown currency, two signs, misplaced separators, more
            than two decimal places, or more than :data:`MAX_UNITS`.
        ImportProblem: ``decimal`` is neither ``"."`` nor ``","``.
    """
    if decimal not in (None, ".", ","):
        raise ImportProblem(
            translate("Import", "The decimal separator must be “.” or “,”, not {decimal}.").format(
                decimal=repr(decimal)
            )
        )
    return _parse_money(_unprotected(text), decimal)


@lru_cache(maxsize=16384)
def _parse_money(raw: str, decimal: str | None) -> Money:
    if not raw:
        raise ParseError(translate("Import", "The amount is empty."))
    if len(raw) > _MAX_TEXT:
        raise ParseError(translate("Import", "“{text}” is too long to be an amount.").format(text=_shown(raw)))
    number = _NUMBER.search(raw)
    if number is None:
        raise ParseError(translate("Import", "“{text}” has no number in it.").format(text=_shown(raw)))
    start, end = number.span()
    core = number.group()
    if core[0] in ".," and ((decimal is not None and core[0] != decimal) or (start and raw[start - 1].isalpha())):
        core, start = core[1:], start + 1  # "руб.5": the point ends the marker; ".50" keeps it
    prefix, suffix = raw[:start].strip(_SPACES), raw[end:].strip(_SPACES)
    if _DIGIT.search(suffix):
        raise ParseError(translate("Import", "“{text}” does not read as one amount.").format(text=_shown(raw)))
    if _NO_CENTS.match(suffix):
        suffix = suffix[2:].strip(_SPACES)
    negative = False
    if (prefix and (prefix[0] in _SIGNS or prefix[-1] in _SIGNS or prefix[0] == "(")) or (
        suffix and (suffix[0] in _SIGNS or suffix[-1] in _SIGNS)
    ):
        negative, prefix, suffix = _take_sign(prefix, suffix, raw)
    currency = None
    if prefix or suffix:
        try:
            currency = _cached_code(prefix or suffix)
            if prefix and suffix and _cached_code(suffix) != currency:
                raise ParseError(translate("Import", "“{text}” names two currencies.").format(text=_shown(raw)))
        except ParseError as error:
            raise ParseError(
                translate("Import", "“{text}” is not an amount: {message}").format(
                    text=_shown(raw), message=error.message
                )
            ) from None
    cents = _cents(core, decimal or _decimal_of(core), raw)
    return Money(-cents if negative else cents, currency, prefix or suffix)


@lru_cache(maxsize=1024)
def _cached_code(marker: str) -> str | None:
    return currency_code(marker)


def _take_sign(prefix: str, suffix: str, raw: str) -> tuple[bool, str, str]:
    """Finds the sign around the number: ``-5``, ``$-5``, ``-$5``, ``5-``, ``(5.00)``."""
    prefix, suffix = prefix.strip(_SPACES), suffix.strip(_SPACES)
    signs: list[str] = []
    if prefix.startswith("(") and suffix.endswith(")"):
        signs.append("-")
        prefix, suffix = prefix[1:].strip(_SPACES), suffix[:-1].strip(_SPACES)
    if prefix[:1] and prefix[0] in _SIGNS:
        signs.append(prefix[0])
        prefix = prefix[1:].strip(_SPACES)
    if prefix[-1:] and prefix[-1] in _SIGNS:
        signs.append(prefix[-1])
        prefix = prefix[:-1].strip(_SPACES)
    if suffix[:1] and suffix[0] in _SIGNS:
        signs.append(suffix[0])
        suffix = suffix[1:].strip(_SPACES)
    if suffix[-1:] and suffix[-1] in _SIGNS:
        signs.append(suffix[-1])
        suffix = suffix[:-1].strip(_SPACES)
    if len(signs) > 1:
        raise ParseError(translate("Import", "“{text}” has more than one sign.").format(text=_shown(raw)))
    return bool(signs) and signs[0] != "+", prefix, suffix


def _cents(core: str, decimal: str, raw: str) -> int:
    """The core's digits as hundredths; ``core`` holds only ASCII digits and separators."""
    whole, _, fraction = core.partition(decimal)
    if fraction and not fraction.isdigit():
        raise ParseError(
            translate("Import", "“{text}” does not read as an amount with “{decimal}” for decimals.").format(
                text=_shown(raw), decimal=decimal
            )
        )
    if whole.isdigit() or not whole:
        digits = whole
    elif _GROUPED[decimal].fullmatch(whole):
        digits = whole.translate(_NOT_DIGITS)
    else:
        raise ParseError(
            translate(
                "Import",
                "“{text}” does not read as an amount with “{decimal}” for decimals (thousands come in groups of "
                "three digits).",
            ).format(text=_shown(raw), decimal=decimal)
        )
    if len(fraction) > 2:
        if fraction[2:].strip("0"):
            raise ParseError(translate("Import", "“{text}” has more than two decimal places.").format(text=_shown(raw)))
        fraction = fraction[:2]
    # Whole units and hundredths as Decimal would give the same; int is exact here and faster.
    units = int(digits.lstrip("0") or "0") if len(digits.lstrip("0")) <= _MAX_DIGITS else MAX_UNITS + 1
    cents = units * 100 + int(fraction.ljust(2, "0"))
    if cents > MAX_UNITS * 100:
        raise ParseError(translate("Import", "“{text}” is too large to be a price.").format(text=_shown(raw)))
    return cents


def _decimal_of(core: str) -> str:
    """The decimal separator one value implies on its own (see the module docstring)."""
    last_dot, last_comma = core.rfind("."), core.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        return "." if last_dot > last_comma else ","
    separator = "." if last_dot >= 0 else ","
    if core.count(separator) > 1:
        return "," if separator == "." else "."
    whole, _, after = core.partition(separator)
    if len(after) == 3 and whole.strip(_GROUPERS) and not whole.startswith("0"):
        return "," if separator == "." else "."
    return separator


def fitting_decimal_separators(values: list[str]) -> tuple[str, ...]:
    """The decimal separators (``"."``, ``","``) under which every non-empty value reads."""
    shapes = _shapes(values)
    return tuple(sep for sep in (".", ",") if all(_reads(shape, sep) for shape in shapes))


def detect_decimal_separator(values: list[str]) -> str:
    """The decimal separator of a whole column of amounts: ``"."`` or ``","``.

    The separator under which more of the values read wins (``1,234.50`` settles a column of
    ``1,234``). When both read equally many (only ``12`` and ``1,230``, say), the currency
    decides (``€``, ``zł``, ``R$`` … write a decimal comma), else ``"."``.
    """
    shapes = _shapes(values)
    telling = {shape: seen for shape, seen in shapes.items() if "." in shape or "," in shape}
    dot = sum(seen for shape, seen in telling.items() if _reads(shape, "."))
    comma = sum(seen for shape, seen in telling.items() if _reads(shape, ","))
    if dot != comma:
        return "." if dot > comma else ","
    comma_currencies = other_currencies = 0
    for shape, seen in shapes.items():
        code = _currency_or_none(shape)
        if code in _COMMA_CURRENCIES:
            comma_currencies += seen
        elif code is not None:
            other_currencies += seen
    return "," if comma_currencies > other_currencies else "."


# Whether a value reads under a separator depends only on where its digits 0 and 1 are and how
# many others there are (leading zeros, zero decimals, the size limit), so a column of 100,000
# amounts shrinks to a few hundred shapes to try.
_SHAPE = str.maketrans("2345678", "9999999")


def _shapes(values: list[str]) -> Counter[str]:
    shapes = Counter(_unprotected(value).translate(_SHAPE) for value in values)
    shapes.pop("", None)
    return shapes


def _reads(value: str, decimal: str) -> bool:
    try:
        _parse_money(value, decimal)
    except ParseError:
        return False
    return True


def _currency_or_none(value: str) -> str | None:
    for decimal in (".", ","):
        try:
            return _parse_money(value, decimal).currency
        except ParseError:
            continue
    return None


def _unprotected(text: str) -> str:
    """Without the ``'`` a spreadsheet (or our own export) puts before text that looks like a formula."""
    text = text.strip()
    return text[1:].strip() if text.startswith("'") else text


def _fold(marker: str) -> str:
    decomposed = unicodedata.normalize("NFKD", marker.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and not ch.isspace())
    return kept.rstrip(".")


def _shown(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "…"
