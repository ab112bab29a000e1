"""The import's faster forms give exactly what the plain forms give (issue 19).

Reading, checking and converting 100,000 rows takes shortcuts: the encoding told from the file's
first 256 KiB, amounts read by shape, the decimal separator settled from shapes, an order's checks
summed on the way, zero amounts not converted. Each property here fails if a shortcut ever answers
differently from the plain way.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.currency.convert import usd_cents
from tracker.currency.paid import Paid
from tracker.currency.rates import Rate, RateSource
from tracker.importing import encoding
from tracker.importing.columns import Bad, distinct_filled, is_blank, read_column
from tracker.importing.errors import ImportProblem, ParseError
from tracker.importing.formats import _SHAPE, _unprotected, amount_shapes
from tracker.importing.money import parse_money
from tracker.importing.values import parse_amount, read_amounts
from tracker.rules.records import OrderStatus
from tracker.store.conversion import with_rate
from tracker.store.drafts import MAX_CENTS, MAX_NOTE_CHARS, MAX_TEXT_CHARS, LineDraft, OrderDraft, validate_order

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

AMOUNT_PIECES = st.sampled_from(
    ["0", "1", "5", "9", "12", "1,382", ".11", ",34", "€", "US $", "$", "zł", "R$", "¥", "kr", " ", "\u00a0", "'", "-",
     "(", ")", "1.234", ",56", "00", "undefined", "N/A", "abc", "1e5"]
)  # fmt: skip
AMOUNT = st.lists(AMOUNT_PIECES, max_size=5).map("".join)


def plain_amount(value: str, decimal: str | None) -> object:
    """:func:`parse_amount` of one value, as :func:`read_column` reads it."""
    return parse_amount(value, decimal, False)


def comparable(parsed: list[object]) -> list[object]:
    return [("bad", value.message) if isinstance(value, Bad) else value for value in parsed]


@FAST
@given(st.lists(AMOUNT, max_size=30), st.sampled_from([None, ".", ","]))
def test_amounts_read_by_shape_are_the_amounts_read_one_by_one(raw: list[str], decimal: str | None) -> None:
    fast = read_amounts(raw, decimal, False)
    plain = read_column(raw, lambda value: plain_amount(value, decimal))
    assert comparable(fast) == comparable(plain)
    assert fast.has_bad == plain.has_bad


def plain_shapes(values: dict[str, list[str]], fields: list[str]) -> dict[str, str]:
    """Every distinct filled value's unprotected shape, with the first value of that shape."""
    distinct = list(dict.fromkeys(value for name in fields for value in distinct_filled(values[name])))
    shapes: dict[str, str] = {}
    for value in distinct:
        shapes.setdefault(_unprotected(value).translate(_SHAPE), value)
    return shapes


@FAST
@given(st.lists(AMOUNT, max_size=30), st.lists(AMOUNT, max_size=30))
def test_amount_shapes_are_those_of_every_distinct_value(prices: list[str], totals: list[str]) -> None:
    values = {"unit_price": prices, "order_total": totals}
    fields = ["unit_price", "order_total"]
    assert list(amount_shapes(values, fields).items()) == list(plain_shapes(values, fields).items())


# -- the text encoding ----------------------------------------------------------------------------


def plain_encoding(data: bytes) -> str:
    """detect_encoding's choice for a file without a byte-order mark, asking the whole file first."""
    if data.isascii() or encoding._is_utf8(data):
        return "utf-8"
    sample = data[: encoding._LEGACY_SAMPLE]
    if len(data) > encoding._LEGACY_SAMPLE and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]
    return encoding._legacy_encoding(sample)


TEXT_PIECES = st.sampled_from(["a", "Zoë", "€12,34", "\n", "\r\n", ",", "Łódź", "日本"]).map(str.encode)
LEGACY_PIECES = st.sampled_from([b"\xe9", b"\x80", b"caf\xe9", b"\xc3", b"\xff\xfe"])


@FAST
@given(st.lists(TEXT_PIECES | LEGACY_PIECES, max_size=40), st.sampled_from([8, 16, 64, 1024]))
def test_the_encoding_read_from_the_sample_first_is_the_one_read_from_the_whole_file(
    pieces: list[bytes], sample_size: int
) -> None:
    data = b"".join(pieces)
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) or b"\x00" in data:
        return  # marked files and UTF-16 are told apart before the sample is looked at
    with mock.patch.object(encoding, "_LEGACY_SAMPLE", sample_size):
        assert outcome(lambda: encoding.detect_encoding(data)[0]) == outcome(lambda: plain_encoding(data))


def outcome(choose: Callable[[], str]) -> tuple[str, str]:
    try:
        return "chosen", choose()
    except ImportProblem as problem:
        return "asked", str(problem)


# -- checking an order ---------------------------------------------------------------------------

CENTS = st.one_of(
    st.integers(0, 2_000), st.sampled_from([-1, 0, MAX_CENTS - 1, MAX_CENTS, MAX_CENTS + 1]), st.integers(-10, 10**12)
)
LINES = st.lists(
    st.builds(LineDraft, quantity=st.sampled_from([-1, 0, 1, 2, 3, 100_000, 100_001]), unit_price_cents=CENTS),
    max_size=4,
)
TEXT_LENGTHS = st.sampled_from([0, 3, MAX_TEXT_CHARS, MAX_TEXT_CHARS + 1])
NOTE_LENGTHS = st.sampled_from([0, 3, MAX_NOTE_CHARS, MAX_NOTE_CHARS + 1])
ITEMS_TOO_LARGE = "The items come to more than 100,000,000.00: check the prices"
REFUND_TOO_LARGE = "Refund cannot be more than the order total"


@st.composite
def order_drafts(draw: st.DrawFn) -> OrderDraft:
    return OrderDraft(
        order_no="8100000000000001",
        order_date=date(2024, 5, 1),
        status=draw(st.sampled_from(list(OrderStatus))),
        lines=tuple(draw(LINES)),
        discount_cents=draw(CENTS),
        shipping_cents=draw(CENTS),
        refund_cents=draw(CENTS),
        store="s" * draw(TEXT_LENGTHS),
        note="n" * draw(NOTE_LENGTHS),
    )


@FAST
@given(order_drafts())
def test_an_orders_checks_summed_on_the_way_are_those_of_its_totals(draft: OrderDraft) -> None:
    problems = validate_order(draft)
    messages = [(problem.field, problem.message) for problem in problems]
    plain_amounts = all(0 <= line.unit_price_cents <= MAX_CENTS for line in draft.lines) and all(
        0 <= cents <= MAX_CENTS for cents in (draft.discount_cents, draft.shipping_cents, draft.refund_cents)
    )
    fine_lines = all(1 <= line.quantity <= 100_000 for line in draft.lines) and draft.lines
    if ("lines", ITEMS_TOO_LARGE) in messages:
        assert draft.items_cents > MAX_CENTS
    elif plain_amounts and fine_lines:
        assert draft.items_cents <= MAX_CENTS
    refund_named = ("refund_cents", REFUND_TOO_LARGE) in messages
    assert refund_named == (draft.refund_cents > 0 and draft.refund_cents > max(draft.total_cents, 0))
    assert any(problem.field == "store" for problem in problems) == (len(draft.store) > MAX_TEXT_CHARS)
    assert any(problem.field == "note" for problem in problems) == (len(draft.note) > MAX_NOTE_CHARS)


# -- converting an order -------------------------------------------------------------------------

HUNDREDTHS = st.one_of(st.integers(0, 10), st.integers(0, 10**9))
RATES = st.one_of(
    st.none(),
    st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(50), places=6).map(
        lambda value: Rate(value, RateSource.ECB, date(2024, 5, 1))
    ),
)


@FAST
@given(
    st.lists(st.tuples(st.integers(1, 5), HUNDREDTHS), min_size=1, max_size=4),
    HUNDREDTHS,
    HUNDREDTHS,
    HUNDREDTHS,
    RATES,
)
def test_an_order_converted_leaving_zeros_alone_is_every_amount_converted(
    items: list[tuple[int, int]], discount: int, shipping: int, refund: int, rate: Rate | None
) -> None:
    paid = Paid(tuple(price for _, price in items), discount, shipping, refund)
    draft = OrderDraft(
        order_no=None,
        order_date=date(2024, 5, 1),
        status=OrderStatus.CONFIRMED,
        lines=tuple(LineDraft(title="t", quantity=quantity) for quantity, _ in items),
        currency="EUR",
        paid=paid,
    )

    def converted(hundredths: int) -> int:
        return 0 if rate is None else usd_cents(hundredths, rate.usd_per_unit)

    result = with_rate(draft, rate)
    assert result.paid == replace(paid, rate=rate)
    assert [line.unit_price_cents for line in result.lines] == [converted(price) for _, price in items]
    assert [(line.title, line.quantity) for line in result.lines] == [("t", quantity) for quantity, _ in items]
    assert (result.discount_cents, result.shipping_cents) == (converted(discount), converted(shipping))
    assert result.refund_cents == min(converted(refund), max(result.total_cents, 0))
    assert result.usd_estimated == (rate is not None)


OTHER_SCRIPTS = st.lists(st.one_of(AMOUNT_PIECES, st.sampled_from(["٣", "١٢", "٫", "３"])), max_size=5).map("".join)


def long_way(value: str, decimal: str | None) -> object:
    try:
        return parse_money(value, decimal)
    except ParseError as error:
        return ("bad", error.message)


@FAST
@given(OTHER_SCRIPTS, st.sampled_from([None, ".", ","]))
def test_an_amount_read_the_quick_way_is_the_amount_parse_money_reads(value: str, decimal: str | None) -> None:
    """The quick way reads digits 0-9 only, as :func:`parse_money` does: a cell with another
    script's digits ("1٣.٣٣") is refused both ways, never read as 1 cent."""
    try:
        quick: object = parse_amount(value, decimal, False)
    except ParseError as error:
        quick = ("bad", error.message)
    assert quick == long_way(value, decimal)
    assert comparable(read_amounts([value], decimal, False)) == [None if is_blank(value) else quick]


@pytest.mark.parametrize("decimal", [None, ".", ","])
def test_a_cell_with_another_scripts_digits_is_refused_not_read_as_one_cent(decimal: str | None) -> None:
    parsed = read_amounts(["12.34", "1٣.٣٣", "1٣٣٣.٣٣"], decimal, False)
    assert isinstance(parsed[1], Bad) and isinstance(parsed[2], Bad)


def test_a_value_that_is_not_an_amount_is_named_the_same_either_way() -> None:
    raw = ["US $1,382.11", "€12,34", "abc", "", "N/A", "US $1,382.11"]
    fast, plain = read_amounts(raw, None, False), read_column(raw, lambda value: plain_amount(value, None))
    assert comparable(fast) == comparable(plain)
    assert isinstance(fast[2], Bad) and fast[3] is None and fast[4] is None
    with pytest.raises(ParseError) as error:
        parse_amount("abc", None, False)
    assert fast[2].message == error.value.message


def test_reading_a_utf8_file_does_not_load_the_legacy_encoding_detector() -> None:
    """charset-normalizer takes about 20 ms to load: only a file that is not UTF-8 needs it."""
    script = (
        "import sys\n"
        "from tracker.importing.engine import prepare\n"
        "data = 'Order Date,Order ID,Price,Status\\n2024-05-01,8100000000000001,€12,34,Completed\\n'.encode()\n"
        "prepare(data.replace(b'\\xe2\\x82\\xac12,34', b'\"\\xe2\\x82\\xac12,34\"'), file_name='orders.csv')\n"
        "print('charset_normalizer' in sys.modules)\n"
    )
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "False", ran.stderr
