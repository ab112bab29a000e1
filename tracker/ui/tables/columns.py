"""Columns the record tables share: amounts and dates as text, and what the ledger says."""

from __future__ import annotations

from datetime import date
from typing import Any

from tracker.i18n import QT_TRANSLATE_NOOP, translate
from tracker.report.summary import amount, day, short_day
from tracker.ui.tables.base import Column, RecordTableModel

# What each rule id in the Rule column stands for (RULES.md), in a few words.
RULE_WORDS = {
    "S1": QT_TRANSLATE_NOOP("Rules", "points for the order's amount"),
    "S2": QT_TRANSLATE_NOOP("Rules", "a refund took points back"),
    "S3": QT_TRANSLATE_NOOP("Rules", "several categories on one day"),
    "S4": QT_TRANSLATE_NOOP("Rules", "a product review"),
    "S5": QT_TRANSLATE_NOOP("Rules", "a Member Center visit"),
    "S6": QT_TRANSLATE_NOOP("Rules", "a Club post"),
    "S7": QT_TRANSLATE_NOOP("Rules", "a store follow"),
    "S8": QT_TRANSLATE_NOOP("Rules", "a bonus or an adjustment"),
    "S9": QT_TRANSLATE_NOOP("Rules", "a promotion multiplied the points"),
    "F1": QT_TRANSLATE_NOOP("Rules", "flat points per order"),
    "L1": QT_TRANSLATE_NOOP("Rules", "points for the order's amount (10 orders of a product at most)"),
    "L2": QT_TRANSLATE_NOOP("Rules", "a day with a purchase"),
}
RULE_HEADER_TIP = QT_TRANSLATE_NOOP(
    "Columns", "The rules that gave the points (point at a code for its meaning; Help ▸ How points work has them all)"
)
CREDIT_HEADER_TIP = QT_TRANSLATE_NOOP(
    "Columns", "When the points count: credited, expected on a date, estimated — or why there are none"
)


def rule_words(rules: str) -> str:
    """``S1 S2`` → ``S1: points for the order's amount`` and ``S2: …`` on their own lines."""
    lines = []
    for rule in rules.split():
        words = RULE_WORDS.get(rule)
        lines.append(translate("Rules", "{rule}: {meaning}").format(rule=rule, meaning=translate("Rules", words))
                     if words else rule)  # fmt: skip
    return "\n".join(lines)


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
        if earned is None or earned.points == 0:  # nothing, or given and taken back by a refund
            return model.unearned_word(row) or (earned.credit_text() if earned is not None else "")
        return earned.credit_text()

    columns: list[Column[Any]] = [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Points"),
            lambda row: str(points(row)),
            points,
            numeric=True,
            ledger=True,
            sample="10000",
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Rule"),
            rules,
            rules,
            ledger=True,
            sample="S1 S2",
            tooltip=lambda row: rule_words(rules(row)),
            header_tip=RULE_HEADER_TIP,
        ),
    ]
    if with_credit:
        columns.append(
            Column(
                QT_TRANSLATE_NOOP("Columns", "Credit"),
                credit,
                credit,
                ledger=True,
                sample=translate("Tables", "expected {date}").format(date=short_day(date(2026, 12, 12))),
                elide=True,
                header_tip=CREDIT_HEADER_TIP,
            )
        )
    return columns
