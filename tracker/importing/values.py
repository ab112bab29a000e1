"""Reading one cell as what its field promises: quantities, points, currencies, kinds, statuses.

Dates and amounts have their own modules (:mod:`~tracker.importing.dates`,
:mod:`~tracker.importing.money`); this one holds the smaller readers and the rule that turns a
status (plus, for AliExpress's data download, an end reason) into pending / confirmed /
cancelled. Every reader raises :class:`~tracker.importing.errors.ParseError` with a message for
the shopper.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tracker.i18n import translate
from tracker.importing import money
from tracker.importing.columns import Bad, Parsed, is_blank, read_column
from tracker.importing.errors import ParseError
from tracker.importing.money import ISO_CODES, Money, currency_code, new_money, parse_money
from tracker.importing.statuses import StatusMapper, status_key
from tracker.rules.records import OrderStatus

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_QUANTITY = re.compile(
    r"[x×]?\s*(\d{1,6})(?:[.,]0+)?\s*(?:x|pcs?\.?|pieces?|units?|lots?|szt\.?|шт\.?|uds?\.?|un\.?|stk\.?|st\.?|pç\.?)?",
    re.IGNORECASE,
)
_POINTS = re.compile(
    r"([+\-−–]?)\s*(\d{1,3}(?:[ ,.\u00a0\u202f']\d{3})+|\d{1,9})\s*"
    r"(?:pts?\.?|points?|pkt\.?|punkty|punkte|puntos|pontos|баллов|балла|балл)?",
    re.IGNORECASE,
)

# AliExpress's reasons for ending a trade (the "end_reason" of its order records), by what
# they mean for points: the buyer (or the timeout) confirmed receipt, or the order never
# completed — closed unpaid, cancelled, or refunded in full after a dispute.
END_REASONS: dict[str, OrderStatus] = {
    status_key(reason): status
    for status, reasons in (
        (OrderStatus.CONFIRMED, "buyer_accept_goods buyer_accept_goods_timeout"),
        (
            OrderStatus.CANCELLED,
            "buyer_pay_timeout risk_reject_closed buyer_cancel_notpay_order cancel_order_close_trade "
            "seller_send_goods_timeout buyer_cancel_order_in_risk seller_accept_issue_no_goods_return "
            "seller_response_issue_timeout",
        ),
    )
    for reason in reasons.split()
}
_ENDED = {"finish"}  # the data download's "the trade ended": the end reason says how

_KIND_WORDS = {
    "review": "review; reviews; product review; feedback; reseña; reseñas; opinión; avaliação; отзыв; avis; "
    "opinia; recenzja; bewertung; rezension",
    "visit": "visit; visits; check in; checkin; daily check in; member center visit; visita; visitas; посещение; "
    "отметка; visite; wizyta; besuch",
    "post": "post; posts; club post; publicación; publicação; postagem; пост; публикация; publication; wpis; beitrag",
    "follow": "follow; follows; store follow; followed store; seguir; подписка; abonnement; obserwuj; folgen",
    "bonus": "bonus; bono; бонус; prime; premia; prämie; reward; game",
    "adjustment": "adjustment; adjust; ajuste; корректировка; ajustement; korekta; anpassung; correction",
}
KIND_WORDS: dict[str, str] = {
    status_key(word): kind for kind, words in _KIND_WORDS.items() for word in words.split(";") if word.strip()
}
"""A kind's wording (matched as :func:`~tracker.importing.statuses.status_key` makes it) → kind."""


def plain_text(text: str) -> str:
    """A text cell without surrounding spaces, and without the ``'`` a spreadsheet export puts
    before text that would otherwise run as a formula."""
    text = text.strip()
    if len(text) > 1 and text[0] == "'" and text[1] in _FORMULA_STARTS:
        return text[1:]
    return text


def parse_quantity(text: str) -> int:
    """``2``, ``x2``, ``2 pcs``, ``2.0`` → 2. A blank cell is the caller's business (one item)."""
    match = _QUANTITY.fullmatch(text.strip())
    if match is None:
        raise ParseError(translate("Import", "“{text}” is not a quantity like 1 or 2.").format(text=_shown(text)))
    return int(match.group(1))


def parse_points(text: str) -> int:
    """``+45``, ``-100``, ``1,200``, ``45 points`` → whole points, with the sign."""
    match = _POINTS.fullmatch(text.strip())
    if match is None:
        raise ParseError(translate("Import", "“{text}” is not a whole number of points.").format(text=_shown(text)))
    digits = re.sub(r"\D", "", match.group(2))
    points = int(digits)
    return -points if match.group(1) in ("-", "−", "–") else points


def parse_currency(text: str) -> str:
    """A currency cell: an ISO code (``EUR``) or a marker we know (``zł``, ``R$``).

    Raises:
        ParseError: not a currency, or one that stands for several (``¥``, ``kr``).
    """
    value = text.strip()
    if value.upper() in ISO_CODES:
        return value.upper()
    code = currency_code(value)
    if code is None:
        raise ParseError(
            translate(
                "Import", "“{text}” stands for more than one currency: write its code, such as JPY or CNY."
            ).format(text=_shown(value))
        )
    return code


def parse_amount(text: str, decimal: str | None, in_cents: bool) -> Money:
    """An amount cell; with ``in_cents`` the cell holds whole hundredths (``1234`` is 12.34)."""
    if not in_cents:
        return _shaped_money(text, decimal) or parse_money(text, decimal)
    money = parse_money(text, ".")
    if money.cents % 100:
        raise ParseError(translate("Import", "“{text}” is not a whole number of cents.").format(text=_shown(text)))
    return Money(money.cents // 100, money.currency, money.symbol)


# The common shapes ("US $1,382.11", "129,46zł", "€12,34", "1.234,56"): a marker, a number made of
# digits, "." and ",", a marker. No sign, bracket, space inside the number or leading "'": those
# go the long way through parse_money. Both ways end in the same money functions, so they agree
# (a property test checks it).
# Digits are 0-9 only, as parse_money reads them: ``\d`` would also take other scripts' digits
# ("1٣.٣٣" read as 1 cent); such a cell goes the long way, which refuses it with a message.
_QUICK = re.compile(
    r"([^0-9\-+−–(),.'’]*?)[ \u00a0\u202f]?([0-9][0-9.,]*[0-9]|[0-9])[ \u00a0\u202f]?([^0-9\-+−–(),.'’\s]*)"
)
_SPACES = " \u00a0\u202f\u2009\u2007"


# A column of amounts has many values but few shapes ("US $9,999.99"): digits 1-9 all read as 9,
# 0 stays itself (leading zeros and the size limit depend on it). For a shape whose value is
# simply all its digits in cents (two decimals), the currency and marker are worked out once.
_SHAPE = str.maketrans("12345678", "99999999")
_DIGITS = frozenset("0123456789")
# A known shape: its currency and marker, and where its digits are: between ``start`` and ``end``,
# with ``inner`` (the separators) to take out. Sliced and replaced, not translated with a table:
# several times faster, and an import reads 100,000 amounts.
_Known = tuple[str | None, str, int, int, str]
_shapes: dict[tuple[str, str | None], _Known | None] = {}


def _shaped_money(text: str, decimal: str | None) -> Money | None:
    shape = text.translate(_SHAPE)
    key = (shape, decimal)
    if key in _shapes:
        known = _shapes[key]
    else:
        if len(_shapes) > 4096:
            _shapes.clear()
        known = _shapes[key] = _shape_of(shape, decimal)
    if known is None:
        return _quick_money(text, decimal)
    return _known_money(text, known)


def _known_money(text: str, known: _Known) -> Money:
    """``text`` read by its known shape: the digits between ``start`` and ``end``, without the
    separators, in cents."""
    currency, marker, start, end, inner = known
    digits = text[start:end]
    for separator in inner:
        digits = digits.replace(separator, "")
    return new_money(int(digits), currency, marker)


def read_amounts(raw: Sequence[str], decimal: str | None, in_cents: bool) -> Parsed:
    """A column of amounts, as :func:`~tracker.importing.columns.read_column` reads it with
    :func:`parse_amount`, with the common shapes handled in the loop itself (100,000 amounts)."""
    if in_cents:
        return read_column(raw, lambda value: parse_amount(value, decimal, True))
    results: dict[str, Any] = {}
    has_bad = False
    shapes = _shapes
    for value in dict.fromkeys(raw):
        # A known shape has digits, so it is not blank: asked first, as most values have one.
        known = shapes.get((value.translate(_SHAPE), decimal), False)
        if known:
            results[value] = _known_money(value, known)  # type: ignore[arg-type]
            continue
        if is_blank(value):
            results[value] = None
            continue
        try:
            results[value] = parse_amount(value, decimal, False)
        except ParseError as error:
            results[value] = Bad(error.message)
            has_bad = True
    parsed = Parsed(map(results.__getitem__, raw))
    parsed.has_bad = has_bad
    return parsed


def _shape_of(shape: str, decimal: str | None) -> _Known | None:
    match = _QUICK.fullmatch(shape)
    if match is None:
        return None
    core = match.group(2)
    digits = sum(ch in _DIGITS for ch in core)
    if len(core) < 4 or core[-3] not in ".," or digits > 11 or _plain_cents(core, decimal) is None:
        return None
    found = _quick_money(shape, decimal)
    if found is None:
        return None
    at = [index for index, ch in enumerate(shape) if ch in _DIGITS]  # one at least: _QUICK matched
    start, end = at[0], at[-1] + 1
    inner = "".join(sorted({ch for ch in shape[start:end] if ch not in _DIGITS}))
    return found.currency, found.symbol, start, end, inner


def _quick_money(text: str, decimal: str | None) -> Money | None:
    """:func:`parse_money` for the shapes most files use, several times faster; ``None`` for
    anything else (the caller then asks :func:`parse_money`, which also words the errors)."""
    match = _QUICK.fullmatch(text)
    if match is None:
        return None
    prefix, core, suffix = match.groups()
    if prefix:
        prefix = prefix.strip(_SPACES)
        if suffix and prefix:
            return None
    marker = prefix or suffix
    try:
        currency = money._cached_code(marker) if marker else None
    except ParseError:
        return None
    cents = _plain_cents(core, decimal)
    if cents is None:
        try:
            cents = money._cents(core, decimal or money._decimal_of(core), text)
        except ParseError:
            return None
    return Money(cents, currency, marker)


def _plain_cents(core: str, decimal: str | None) -> int | None:
    """``1382.11``, ``1,382.11``, ``129,46``, ``1.234,56`` (two decimals) as cents, else ``None``."""
    if len(core) < 4 or core[-3] not in ".," or (decimal is not None and core[-3] != decimal):
        return None
    whole, fraction = core[:-3], core[-2:]
    if not fraction.isdigit():
        return None
    if not whole.isdigit():
        separator = "," if core[-3] == "." else "."
        if separator not in whole or not money._GROUPED[core[-3]].fullmatch(whole):
            return None
        whole = whole.replace(separator, "")
    if len(whole) > 9:
        return None
    return int(whole) * 100 + int(fraction)


def activity_kind(text: str) -> str:
    """``Review``, ``Check-in``, ``Club post`` … → one of the activity kinds."""
    kind = KIND_WORDS.get(status_key(text))
    if kind is None:
        raise ParseError(
            translate(
                "Import", "“{text}” is not a kind of activity: use review, visit, post, follow, bonus or adjustment."
            ).format(text=_shown(text))
        )
    return kind


def order_status(mapper: StatusMapper, status: str, end_reason: str | None) -> tuple[OrderStatus | None, str]:
    """The status an order's wording stands for, and the wording as the shopper should see it.

    ``FINISH`` in AliExpress's data download says only that the trade ended. When the file has
    an end-reason column, the reason decides: the buyer confirmed receipt (or the confirmation
    timeout did it for them) → confirmed; closed unpaid, cancelled, or refunded in full → cancelled.
    Another reason, or none, is shown as ``FINISH (reason)`` among the unknown statuses, for the
    shopper to map; their mapping of that wording wins over the table.
    """
    if end_reason is not None and status_key(status) in _ENDED:
        reason = end_reason.strip()
        wording = f"{status.strip()} ({reason or 'no end reason'})"
        return mapper.map(wording) or END_REASONS.get(status_key(reason)), wording
    return mapper.map(status), status.strip()


def to_usd(cents: int, rate: Decimal) -> int:
    """An amount in another currency as US cents, with ``rate`` US$ per unit, rounded half up."""
    return int((Decimal(cents) * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _shown(value: str) -> str:
    value = value.strip()
    return value if len(value) <= 40 else value[:37] + "…"
