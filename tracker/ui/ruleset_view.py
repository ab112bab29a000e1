"""A rule set in words: its tiers and how points are earned, read from the RuleSet object.

Shown by Help ▸ How points work and in the settings dialog next to the rule-set choice. Nothing
here is written down twice: a rule set edited by the shopper shows its own numbers.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from tracker.i18n import translate
from tracker.rules import RuleSet
from tracker.rules.ruleset import MonthlyCapped
from tracker.summary import dollars


def _cents(amount_cents: int) -> str:
    return dollars(amount_cents)


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _plural(number: int, word: str) -> str:
    return f"{number} {word}{'s' if number != 1 else ''}"


def _capped(what: str, rule: MonthlyCapped, each: str) -> str:
    text = f"{_plural(rule.points, 'point')} per {what}"
    if rule.monthly_cap:
        text += f", the first {_plural(rule.monthly_cap, each)} of a month"
    return text + "."


def window_rule(ruleset: RuleSet) -> str:
    window = ruleset.window
    if window.kind == "rolling_days":
        return f"Your tier follows the points of the last {window.days} days, every day."
    return (
        f"Your tier is recalculated on the last day of every month from the points of the last "
        f"{window.months} calendar months, and takes effect on the {_ordinal(window.effective_day)} "
        "of the next month."
    )


def earning_rules(ruleset: RuleSet) -> list[str]:
    """One sentence per way of earning points, in the rule set's own numbers."""
    shop = ruleset.shopping
    minimum = _cents(shop.min_order_cents)
    rules = []
    if shop.rule == "flat_per_order":
        rules.append(
            f"Orders: {_plural(shop.flat_points_per_order, 'point')} per order of {minimum} or more, "
            f"at most {_plural(shop.flat_daily_cap, 'point')} a day, when you confirm receipt."
        )
    else:
        rounding = "rounded down" if shop.rounding == "floor" else "rounded to the nearest dollar"
        text = (
            f"Orders: {_plural(shop.points_per_usd, 'point')} per US$1 of item prices after discounts "
            f"({rounding}; shipping never counts), when you confirm receipt. Orders under {minimum} earn nothing"
        )
        if shop.max_points_per_order:
            text += f"; at most {shop.max_points_per_order} points an order"
        if shop.max_orders_per_product:
            text += f"; only the first {shop.max_orders_per_product} orders of a product count"
        rules.append(text + ".")
    rules.append(
        "Refunds: a cancelled or fully refunded order earns nothing; "
        + (
            "a partial refund takes away its share of the points."
            if shop.partial_refund == "prorate"
            else "a partly refunded order earns nothing either."
        )
    )
    multi = ruleset.multi_category
    if multi.enabled:
        rules.append(
            f"Several categories in a day: {_plural(multi.points_per_category, 'point')} per category on a day "
            f"whose orders span {multi.min_categories} or more categories, at most {multi.daily_cap} a day."
        )
    if ruleset.purchase_day.enabled:
        rules.append(f"Purchase days: {_plural(ruleset.purchase_day.points, 'point')} for every day you buy.")
    reviews = ruleset.reviews
    rules.append(
        f"Reviews: {_plural(reviews.points, 'point')} per review of an item of {_cents(reviews.min_item_cents)} "
        f"or more{' (an unknown price counts)' if reviews.unknown_price_counts else ''}."
    )
    rules.append("Member Center visits: " + _capped("day you visit", ruleset.visits, "day"))
    rules.append("Club posts: " + _capped("post", ruleset.club_posts, "post"))
    rules.append("Store follows: " + _capped("store you follow", ruleset.store_follows, "store"))
    rules.append("Promotions you record (11.11 and the like) multiply the points of orders placed during them.")
    return rules


def ruleset_html(ruleset: RuleSet) -> str:
    """The rule set as rich text for a QTextBrowser; colours only on the tier swatches."""
    parts = [f"<h3>{escape(ruleset.name)}</h3>"]
    if ruleset.description:
        parts.append(f"<p>{escape(ruleset.description)}</p>")
    parts.append("<h4>Tiers</h4><table cellspacing='0' cellpadding='3'>")
    for index, tier in enumerate(ruleset.tiers):
        above = ruleset.tiers[index + 1].min_points - 1 if index + 1 < len(ruleset.tiers) else None
        points = f"{tier.min_points:,}–{above:,}" if above is not None else f"{tier.min_points:,} or more"
        benefits = ", ".join(escape(benefit) for benefit in tier.benefits) or "—"
        parts.append(
            f"<tr><td><span style='color:{escape(tier.colour)}'>●</span>&nbsp;<b>{escape(tier.name)}</b></td>"
            f"<td>&nbsp;{points} points&nbsp;</td><td>{benefits}</td></tr>"
        )
    parts.append("</table>")
    parts.append(f"<h4>Your tier</h4><p>{escape(window_rule(ruleset))}</p>")
    parts.append("<h4>Earning points</h4><ul>")
    parts.extend(f"<li>{escape(rule)}</li>" for rule in earning_rules(ruleset))
    parts.append("</ul>")
    if ruleset.sources:
        parts.append(f"<p><i>Sources: {escape(ruleset.sources)}</i></p>")
    if ruleset.path is not None:
        parts.append(f"<p><i>File: {escape(str(ruleset.path))}</i></p>")
    return "".join(parts)


class HowPointsWorkDialog(QDialog):
    """Help ▸ How points work: the active rule set's tiers and rules."""

    def __init__(self, ruleset: RuleSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HowPointsWorkDialog", "How points work"))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(ruleset_html(ruleset))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        em = self.fontMetrics().height()
        self.resize(em * 40, em * 34)
