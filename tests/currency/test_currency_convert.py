"""Converting hundredths of a currency to US cents: exact Decimal, rounded half up, never a float."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.currency.convert import usd_cents

rates = st.decimals(min_value=Decimal("0.000001"), max_value=Decimal(100_000), places=28, allow_nan=False)
amounts = st.integers(min_value=0, max_value=10_000_000_000)


@given(amounts, rates)
def test_conversion_rounds_the_exact_product_half_up(hundredths: int, rate: Decimal) -> None:
    exact = Fraction(hundredths) * Fraction(rate)  # an independent exact oracle
    expected = int(exact + Fraction(1, 2)) if exact >= 0 else None
    result = usd_cents(hundredths, rate)
    assert type(result) is int
    assert result == expected


@given(amounts, rates)
def test_conversion_never_passes_through_a_float(hundredths: int, rate: Decimal) -> None:
    as_float = float(rate)
    with pytest.raises(TypeError):
        usd_cents(hundredths, as_float)  # type: ignore[arg-type]


def test_half_a_cent_goes_up() -> None:
    assert usd_cents(1, Decimal("0.5")) == 1
    assert usd_cents(3, Decimal("0.5")) == 2
    assert usd_cents(1, Decimal("0.4999999999999999999999999999")) == 0
