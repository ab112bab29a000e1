"""A rule set in words: its tiers and how points are earned, read from the RuleSet object.

Shown by Help ▸ How points work and in the settings dialog next to the rule-set choice. Nothing
here is written down twice: a rule set edited by the shopper shows its own numbers.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from tracker.i18n import number, translate
from tracker.report.ruleset_words import ruleset_text
from tracker.report.summary import dollars
from tracker.rules import RuleSet
from tracker.rules.ruleset import MonthlyCapped


def _cents(amount_cents: int) -> str:
    return dollars(amount_cents)


def _ordinal(number: int) -> str:
    """``8th``, ``1st``, ``22nd``: each English suffix is its own pattern for translators."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    if suffix == "st":
        return translate("HowPointsWork", "{n}st").format(n=number)
    if suffix == "nd":
        return translate("HowPointsWork", "{n}nd").format(n=number)
    if suffix == "rd":
        return translate("HowPointsWork", "{n}rd").format(n=number)
    return translate("HowPointsWork", "{n}th").format(n=number)


def _points(count: int) -> str:
    if count == 1:
        return translate("HowPointsWork", "1 point")
    return translate("HowPointsWork", "%n points", None, count)


def _capped(rule: MonthlyCapped, per: str, first: str) -> str:
    """``{points} per day you visit, the first 20 days of a month``: ``per`` and ``first`` are the
    rule's own patterns, with ``{points}`` and ``{cap}``."""
    text = per.format(points=_points(rule.points))
    if rule.monthly_cap:
        text = first.format(rule=text, cap=rule.monthly_cap)
    return text + "."


def window_rule(ruleset: RuleSet) -> str:
    window = ruleset.window
    if window.kind == "rolling_days":
        days = window.days
        return translate("HowPointsWork", "Your tier follows the points of the last %n days, every day.", None, days)
    months = window.months
    return translate(
        "HowPointsWork",
        "Your tier is recalculated on the last day of every month from the points of the last %n calendar "
        "months, and takes effect on the {day} of the next month.",
        None,
        months,
    ).format(day=_ordinal(window.effective_day))


def _order_rule(ruleset: RuleSet) -> str:
    shop = ruleset.shopping
    minimum = _cents(shop.min_order_cents)
    if shop.rule == "flat_per_order":
        return translate(
            "HowPointsWork",
            "Orders: {points} per order of {minimum} or more, at most {cap} a day, when you confirm receipt.",
        ).format(points=_points(shop.flat_points_per_order), minimum=minimum, cap=_points(shop.flat_daily_cap))
    if shop.rounding == "floor":
        rounding = translate("HowPointsWork", "rounded down")
    else:
        rounding = translate("HowPointsWork", "rounded to the nearest dollar")
    text = translate(
        "HowPointsWork",
        "Orders: {points} per US$1 of item prices after discounts ({rounding}; shipping never counts), "
        "when you confirm receipt. Orders under {minimum} earn nothing",
    ).format(points=_points(shop.points_per_usd), rounding=rounding, minimum=minimum)
    if shop.max_points_per_order:
        text += translate("HowPointsWork", "; at most {count} points an order").format(
            count=number(shop.max_points_per_order)
        )
    if shop.max_orders_per_product:
        text += translate("HowPointsWork", "; only the first {count} orders of a product count").format(
            count=shop.max_orders_per_product
        )
    return text + "."


def earning_rules(ruleset: RuleSet) -> list[str]:
    """One sentence per way of earning points, in the rule set's own numbers."""
    shop = ruleset.shopping
    rules = [_order_rule(ruleset)]
    if shop.partial_refund == "prorate":
        rules.append(
            translate(
                "HowPointsWork",
                "Refunds: a cancelled or fully refunded order earns nothing; "
                "a partial refund takes away its share of the points.",
            )
        )
    else:
        rules.append(
            translate(
                "HowPointsWork",
                "Refunds: a cancelled or fully refunded order earns nothing; "
                "a partly refunded order earns nothing either.",
            )
        )
    multi = ruleset.multi_category
    if multi.enabled:
        rules.append(
            translate(
                "HowPointsWork",
                "Several categories in a day: {points} per category on a day whose orders span {minimum} or "
                "more categories, at most {cap} a day.",
            ).format(points=_points(multi.points_per_category), minimum=multi.min_categories, cap=multi.daily_cap)
        )
    if ruleset.purchase_day.enabled:
        rules.append(
            translate("HowPointsWork", "Purchase days: {points} for every day you buy.").format(
                points=_points(ruleset.purchase_day.points)
            )
        )
    reviews = ruleset.reviews
    if reviews.unknown_price_counts:
        review = translate(
            "HowPointsWork", "Reviews: {points} per review of an item of {minimum} or more (an unknown price counts)."
        )
    else:
        review = translate("HowPointsWork", "Reviews: {points} per review of an item of {minimum} or more.")
    rules.append(review.format(points=_points(reviews.points), minimum=_cents(reviews.min_item_cents)))
    rules.append(
        _capped(
            ruleset.visits,
            translate("HowPointsWork", "Member Center visits: {points} per day you visit"),
            translate("HowPointsWork", "{rule}, the first {cap} days of a month"),
        )
    )
    rules.append(
        _capped(
            ruleset.club_posts,
            translate("HowPointsWork", "Club posts: {points} per post"),
            translate("HowPointsWork", "{rule}, the first {cap} posts of a month"),
        )
    )
    rules.append(
        _capped(
            ruleset.store_follows,
            translate("HowPointsWork", "Store follows: {points} per store you follow"),
            translate("HowPointsWork", "{rule}, the first {cap} stores of a month"),
        )
    )
    rules.append(
        translate(
            "HowPointsWork",
            "Promotions you record (11.11 and the like) multiply the points of orders placed during them.",
        )
    )
    return rules


def ruleset_html(ruleset: RuleSet) -> str:
    """The rule set as rich text for a QTextBrowser; colours only on the tier swatches."""
    parts = [f"<h3>{escape(ruleset_text(ruleset.name))}</h3>"]
    if ruleset.description:
        parts.append(f"<p>{escape(ruleset_text(ruleset.description))}</p>")
    tiers_heading = translate("HowPointsWork", "Tiers")
    parts.append(f"<h4>{escape(tiers_heading)}</h4><table cellspacing='0' cellpadding='3'>")
    for index, tier in enumerate(ruleset.tiers):
        above = ruleset.tiers[index + 1].min_points - 1 if index + 1 < len(ruleset.tiers) else None
        if above is not None:
            points = translate("HowPointsWork", "{low}–{high} points").format(
                low=number(tier.min_points), high=number(above)
            )
        else:
            points = translate("HowPointsWork", "{low} or more points").format(low=number(tier.min_points))
        benefits = ", ".join(escape(ruleset_text(benefit)) for benefit in tier.benefits) or "—"
        parts.append(
            f"<tr><td><span style='color:{escape(tier.colour)}'>●</span>&nbsp;"
            f"<b>{escape(ruleset_text(tier.name))}</b></td><td>&nbsp;{escape(points)}&nbsp;</td><td>{benefits}</td></tr>"
        )
    parts.append("</table>")
    tier_heading, earning_heading = (
        translate("HowPointsWork", "Your tier"),
        translate("HowPointsWork", "Earning points"),
    )
    parts.append(f"<h4>{escape(tier_heading)}</h4><p>{escape(window_rule(ruleset))}</p>")
    parts.append(f"<h4>{escape(earning_heading)}</h4><ul>")
    parts.extend(f"<li>{escape(rule)}</li>" for rule in earning_rules(ruleset))
    parts.append("</ul>")
    if ruleset.sources:
        sources = translate("HowPointsWork", "Sources: {sources}").format(sources=ruleset.sources)
        parts.append(f"<p><i>{escape(sources)}</i></p>")
    if ruleset.path is not None:
        file_line = translate("HowPointsWork", "File: {path}").format(path=ruleset.path)
        parts.append(f"<p><i>{escape(file_line)}</i></p>")
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
