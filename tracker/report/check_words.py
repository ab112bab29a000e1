"""A check and its comparison in words (the window and the command line say the same) and in JSON."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from tracker.i18n import QT_TRANSLATE_NOOP, number, translate
from tracker.report.check import CheckResult, CheckState
from tracker.report.check_findings import Cause, Comparison, Finding, Fix, FixKind, MonthLine
from tracker.report.check_report import CheckReport
from tracker.report.ruleset_words import ruleset_text
from tracker.report.summary import day, month, short_day


def points_words(count: int) -> str:
    """``1 point``, ``24 points`` (never signed: the sentence says which way)."""
    count = abs(count)
    return translate("Check", "1 point") if count == 1 else translate("Check", "%Ln points", None, count)


def signed(value: int) -> str:
    """``+24``, ``−2``, ``0``: a difference, with a true minus sign."""
    if value > 0:
        return f"+{number(value)}"
    if value < 0:
        return f"−{number(-value)}"
    return number(0)


def figure(value: int) -> str:
    """``1,204``, ``−55``: a figure that may be negative, with a true minus sign."""
    return f"−{number(-value)}" if value < 0 else number(value)


def difference_words(missing: int) -> str:
    if missing > 0:
        return translate("Check", "%Ln missing", None, missing)
    if missing < 0:
        extra = -missing
        return translate("Check", "%Ln too many", None, extra)
    return translate("Check", "the same")


def verdict(result: CheckResult) -> str:
    """``AliExpress: 1,204 · here: 1,180 · 24 missing``, and the tiers when they differ."""
    text = translate("Check", "AliExpress: {aliexpress} · here: {here} · {difference}").format(
        aliexpress=number(result.check.points),
        here=number(result.here.points),
        difference=difference_words(result.missing),
    )
    if result.tier_differs:
        text += " · " + translate("Check", "tier: AliExpress {aliexpress}, here {here}").format(
            aliexpress=ruleset_text(result.check.tier), here=ruleset_text(result.here.tier)
        )
    return text


def state_sentence(result: CheckResult) -> str:
    if result.state is CheckState.AGREES:
        return translate("Check", "The figures agree with AliExpress.")
    if result.state is CheckState.ACCEPTED:
        accepted = result.check.accepted_on or result.check.date
        text = translate("Check", "Difference accepted on {date}.").format(date=day(accepted))
        return f"{text} {result.check.note}".strip()
    return translate(
        "Check", "The figures after {date} are unchecked until you resolve the difference or accept it."
    ).format(date=day(result.check.date))


def dashboard_sentence(result: CheckResult | None) -> str:
    """The dashboard's line about the last check."""
    if result is None:
        return translate(
            "Check", "Not checked against AliExpress yet: compare with the points the Member Center shows."
        )
    values = {"date": day(result.check.date), "verdict": verdict(result)}
    if result.state is CheckState.DIFFERS:
        return translate("Check", "Unchecked since {date}: {verdict}.").format(**values)
    if result.state is CheckState.ACCEPTED:
        return translate("Check", "Checked against AliExpress on {date}: {verdict}, difference accepted.").format(
            **values
        )
    return translate("Check", "Checked against AliExpress on {date}: {verdict}.").format(**values)


# --- the comparison ------------------------------------------------------------------------------


def record_words(ref: str, numbers: Mapping[str, str], ordered: date | None = None) -> str:
    """How a finding names its record: the order number, else what it is."""
    if ref in numbers:
        return numbers[ref]
    if ref.startswith("day:"):
        return translate("Check", "of the purchase day {date}").format(date=day(date.fromisoformat(ref[4:])))
    if ordered is not None:
        return translate("Check", "of {date}").format(date=day(ordered))
    return translate("Check", "#{number} (no order number)").format(number=ref.partition(":")[2])


def line_heading(line: MonthLine) -> str:
    """``Mar 2026 · Orders: AliExpress 124 · here 100 · +24``."""
    from tracker.report.check_fixes import source_label  # the check's dialog only, not the dashboard's line

    return translate("Check", "{month} · {source}: AliExpress {aliexpress} · here {here} · {difference}").format(
        month=month(line.month),
        source=source_label(line.source),
        aliexpress=figure(line.aliexpress),
        here=figure(line.here),
        difference=signed(line.difference),
    )


def _sides(finding: Finding) -> tuple[date, date | None]:
    """(AliExpress's date, the app's date) of a change that is on both sides on different days."""
    if finding.points > 0:
        return finding.day, finding.other_day
    return finding.other_day or finding.day, finding.day


def cause_sentence(finding: Finding, numbers: Mapping[str, str], ordered: date | None = None) -> str:
    """The likely cause of a finding, in one sentence."""
    values = {
        "points": points_words(finding.points),
        "date": day(finding.day),
        "order": record_words(finding.ref, numbers, ordered),
        "description": finding.note,
    }
    cause = finding.cause
    text = _CAUSES[cause]
    if cause in (Cause.ORDER_OTHER_DATE, Cause.REFUND_OTHER_DATE):
        theirs, ours = _sides(finding)
        values.update(date=day(theirs), here_date=day(ours or theirs))
    if cause is Cause.REFUND_NOT_RECORDED and not finding.ref:
        text = _REFUND_WITHOUT_ORDER
    if cause is Cause.PROMOTION_MISSING and not finding.note:
        text = _PROMOTION_WITHOUT_DESCRIPTION
    return translate("Check", text).format(**values)


_CAUSES: dict[Cause, str] = {
    Cause.ORDER_MISSING: QT_TRANSLATE_NOOP(
        "Check", "AliExpress credited {points} on {date} for an order that is not recorded here."
    ),
    Cause.ORDER_NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "Check", "AliExpress credited {points} on {date} for order {order}, which is not confirmed here."
    ),
    Cause.ORDER_CANCELLED_HERE: QT_TRANSLATE_NOOP(
        "Check", "AliExpress credited {points} on {date} for order {order}, which is cancelled here."
    ),
    Cause.ORDER_OTHER_DATE: QT_TRANSLATE_NOOP(
        "Check", "Order {order} counts here on {here_date}; AliExpress credited it on {date}."
    ),
    Cause.ORDER_NOT_CREDITED: QT_TRANSLATE_NOOP(
        "Check", "Order {order} earns {points} here on {date}, but AliExpress credited nothing for it that month."
    ),
    Cause.REFUND_NOT_RECORDED: QT_TRANSLATE_NOOP(
        "Check", "AliExpress took back {points} on {date}: a refund of order {order} not recorded here."
    ),
    Cause.REFUND_OTHER_DATE: QT_TRANSLATE_NOOP(
        "Check", "The refund of order {order} counts here on {here_date}; AliExpress took the points back on {date}."
    ),
    Cause.REFUND_NOT_DEDUCTED: QT_TRANSLATE_NOOP(
        "Check", "A refund of order {order} takes {points} back here on {date}; AliExpress did not take them back."
    ),
    Cause.REVIEW_MISSING: QT_TRANSLATE_NOOP(
        "Check", "AliExpress credited {points} for reviews that are not recorded here."
    ),
    Cause.REVIEW_NOT_CREDITED: QT_TRANSLATE_NOOP(
        "Check",
        "AliExpress did not credit {points} for reviews recorded here (an item under US$2, or a review it refused).",
    ),
    Cause.VISITS_MISSING: QT_TRANSLATE_NOOP(
        "Check", "AliExpress credited {points} for Member Center visits that are not recorded here."
    ),
    Cause.VISITS_CAPPED: QT_TRANSLATE_NOOP(
        "Check",
        "AliExpress did not credit {points} for visits recorded here: days past its monthly cap, or visits it did "
        "not count.",
    ),
    Cause.PROMOTION_MISSING: QT_TRANSLATE_NOOP(
        "Check", "AliExpress lists {points} on {date} that is not recorded here: “{description}”."
    ),
    Cause.OTHER_NOT_LISTED: QT_TRANSLATE_NOOP(
        "Check", "{points} recorded here on {date} that AliExpress does not list."
    ),
    Cause.ADJUSTMENT_NOT_NEEDED: QT_TRANSLATE_NOOP(
        "Check", "An adjustment of {points} on {date} made by an earlier check no longer fits."
    ),
    Cause.COUNTED_TWICE: QT_TRANSLATE_NOOP(
        "Check",
        "A bonus of {points} on {date} was imported from the points history by an earlier version and counts "
        "on top of the records it describes.",
    ),
    Cause.ACCEPTED: QT_TRANSLATE_NOOP("Check", "A difference you accepted: {points} on {date}."),
}
_REFUND_WITHOUT_ORDER = QT_TRANSLATE_NOOP(
    "Check", "AliExpress took back {points} on {date} for a refund not recorded here."
)
_PROMOTION_WITHOUT_DESCRIPTION = QT_TRANSLATE_NOOP(
    "Check", "AliExpress lists {points} on {date} that is not recorded here: a promotion or game?"
)


def fix_label(fix: Fix) -> str:
    """What the fix's button says."""
    kind = fix.kind
    if kind is FixKind.ADD_ORDER:
        return translate("Check", "Add the order…")
    if kind is FixKind.MARK_CONFIRMED:
        return translate("Check", "Mark it confirmed on {date}").format(date=short_day(fix.day))
    if kind is FixKind.RECORD_REFUND:
        return translate("Check", "Record the refund on {date}").format(date=short_day(fix.day))
    if kind is FixKind.ADJUST:
        return translate("Check", "Record an adjustment of {points}").format(points=signed(fix.points))
    if kind is FixKind.ADD_BONUS:
        if fix.points > 0:
            return translate("Check", "Add it as a bonus")
        return translate("Check", "Add it as an adjustment")
    if kind is FixKind.ADD_REVIEWS:
        count = len(fix.days)
        return translate("Check", "Add the review") if count == 1 else translate("Check", "Add %n reviews", None, count)
    if kind is FixKind.ADD_VISITS:
        count = len(fix.days)
        return translate("Check", "Add the visit") if count == 1 else translate("Check", "Add %n visits", None, count)
    if kind is FixKind.DELETE_ENTRY:
        return translate("Check", "Delete the bonus")
    return translate("Check", "Remove the adjustment")


# --- the command line ----------------------------------------------------------------------------


def numbered(comparison: Comparison | None) -> list[Finding]:
    """The findings in the order they are listed (and numbered from 1, for ``check --fix N``)."""
    if comparison is None:
        return []
    return [finding for line in (*comparison.disagreeing, *comparison.accepted) for finding in line.findings]


def report_text(report: CheckReport, ordered: Mapping[str, date]) -> str:
    """The command line's answer: the last check, then where a difference comes from."""
    lines = []
    latest = report.latest
    if latest is None:
        lines.append(dashboard_sentence(None))
    else:
        lines.append(f"Check of {day(latest.check.date)}: {verdict(latest)}")
        lines.append(state_sentence(latest))
    comparison = report.comparison
    lines.append("")
    if comparison is None:
        lines.append(
            "No points history imported: import the Member Center's history (import FILE --kind points-history) to "
            "see which months and records differ."
        )
        return "\n".join(lines)
    lines.append(_coverage(comparison))
    if not comparison.disagreeing:
        lines.append("Every month agrees with AliExpress's history.")
    number = 0
    for line in (*comparison.disagreeing, *comparison.accepted):
        lines.append(line_heading(line))
        for finding in line.findings:
            number += 1
            fix = f" Fix ({number}): {fix_label(finding.fix).rstrip('…')}." if finding.fix else ""
            lines.append(f"  - {cause_sentence(finding, report.order_numbers, ordered.get(finding.ref))}{fix}")
    if number:
        lines += ["", "Make fix N with: check --fix N"]
    return "\n".join(lines)


def _coverage(comparison: Comparison) -> str:
    rows = comparison.history_rows
    count = "1 row" if rows == 1 else f"{rows:,} rows"
    return f"Points history {month(comparison.first_month)} – {month(comparison.last_month)} ({count}):"


def _result_json(result: CheckResult) -> dict[str, Any]:
    check = result.check
    return {
        "id": check.id,
        "date": check.date.isoformat(),
        "aliexpress": {"points": check.points, "tier": check.tier or None},
        "here": {"points": result.here.points, "tier": result.here.tier},
        "missing": result.missing,
        "tier_differs": result.tier_differs,
        "state": result.state.value,
        "accepted_on": check.accepted_on.isoformat() if check.accepted_on else None,
        "note": check.note,
        "checked_at": check.checked_at.isoformat(),
    }


def _fix_json(fix: Fix) -> dict[str, Any]:
    value: dict[str, Any] = {"kind": fix.kind.value, "date": fix.day.isoformat(), "label": fix_label(fix)}
    if fix.points:
        value["points"] = fix.points
    if fix.ref:
        value["record"] = fix.ref
    if fix.cents:
        value["refund_usd"] = f"{fix.cents // 100}.{fix.cents % 100:02d}"
    if fix.days:
        value["dates"] = [each.isoformat() for each in fix.days]
    if fix.kind is FixKind.ADJUST:
        value["source"] = fix.source.value
    return value


def report_json(report: CheckReport, as_of: date, ordered: Mapping[str, date]) -> dict[str, Any]:
    """Every check, and the comparison month by month with each source's figures and findings."""
    latest, unchecked = report.latest, report.unchecked
    value: dict[str, Any] = {
        "as_of": as_of.isoformat(),
        "check": _result_json(latest) if latest else None,
        "unchecked_since": unchecked.check.date.isoformat() if unchecked else None,
        "checks": [_result_json(result) for result in report.results],
        "history": None,
        "months": [],
    }
    comparison = report.comparison
    if comparison is None:
        return value
    value["history"] = {
        "rows": comparison.history_rows,
        "first_month": comparison.first_month.isoformat()[:7],
        "last_month": comparison.last_month.isoformat()[:7],
    }
    numbers = {id(finding): index for index, finding in enumerate(numbered(comparison), start=1)}
    months: dict[date, dict[str, Any]] = {}
    for line in comparison.lines:
        entry = months.setdefault(line.month, {"month": line.month.isoformat()[:7], "sources": {}, "findings": []})
        entry["sources"][line.source.value] = {
            "aliexpress": line.aliexpress,
            "here": line.here,
            "difference": line.difference,
        }
        for finding in line.findings:
            entry["findings"].append(
                {
                    "number": numbers.get(id(finding)),
                    "source": finding.source.value,
                    "points": finding.points,
                    "cause": finding.cause.value,
                    "date": finding.day.isoformat(),
                    "other_date": finding.other_day.isoformat() if finding.other_day else None,
                    "record": finding.ref or None,
                    "order_no": report.order_numbers.get(finding.ref),
                    "description": finding.note or None,
                    "text": cause_sentence(finding, report.order_numbers, ordered.get(finding.ref)),
                    "fix": _fix_json(finding.fix) if finding.fix else None,
                }
            )
    for entry in months.values():
        entry["agrees"] = not any(
            figures["difference"] for source, figures in entry["sources"].items() if source != "accepted"
        )
    value["months"] = list(months.values())
    return value
