"""Columns the record tables share: amounts and dates as text, and what the ledger says."""

from __future__ import annotations

from datetime import date
from typing import Any

from tracker.i18n import QT_TRANSLATE_NOOP
from tracker.report.summary import amount, day
from tracker.ui.tables.base import Column, RecordTableModel


def cents_or_blank(cents: int) -> str:
    return amount(cents) if cents else ""


def optional_day(value: date | None) -> str:
    return day(value) if value is not None else ""


def ledger_columns(model: RecordTableModel[Any], *, with_credit: bool = True) -> list[Column[Any]]:
    def points(row: Any) -> int:
        earned = model.earned(row)
        return earned.points if earned is not None else 0

    def rules(row: Any) -> str:
        earned = model.earned(row)
        return earned.rules if earned is not None else ""

    def credit(row: Any) -> str:
        earned = model.earned(row)
        return earned.credit_text() if earned is not None else ""

    columns: list[Column[Any]] = [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Points"),
            lambda row: str(points(row)),
            points,
            numeric=True,
            ledger=True,
            sample="10000",
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Rule"), rules, rules, ledger=True, sample="S1 S2"),
    ]
    if with_credit:
        columns.append(
            Column(QT_TRANSLATE_NOOP("Columns", "Credit"), credit, credit, ledger=True, sample="expected 12 Dec")
        )
    return columns
