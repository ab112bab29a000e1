"""Screenshots of the Orders, Reviews and Activity pages and of every record form, to look at.

Light and dark (Fusion with a dark palette), each at a normal and a small size, with a
realistic year of a shopper (about 100 orders) in a temporary database. The PNGs are written to
``--out`` (default ``/tmp/ui-review-forms``)::

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/screenshots_forms.py
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from tracker.currency.rates import UserRate
from tracker.rules.records import EntryKind, OrderStatus
from tracker.store.connection import close_database, open_database
from tracker.store.drafts import (
    EntryDraft,
    FollowDraft,
    LineDraft,
    OrderDraft,
    PostDraft,
    PromotionDraft,
    ReviewDraft,
    VisitDraft,
)
from tracker.store.repository import write_batch
from tracker.store.user_rates import replace_user_rates
from tracker.ui.session import Session

TODAY = date(2026, 11, 24)
SIZES = {"normal": QSize(1180, 720), "small": QSize(820, 520)}
_PRODUCTS = (
    ("USB-C charging cable 2 m", "Phones"), ("Phone case, clear", "Phones"), ("LED desk lamp", "Home"),
    ("Silicone baking mat", "Home"), ("Wireless earbuds", "Electronics"), ("Bike light set", "Sports"),
    ("Yoga mat 6 mm", "Sports"), ("Screwdriver set 24 in 1", "Tools"), ("Wool socks, 5 pairs", "Clothing"),
    ("Hair clips", "Beauty"), ("Car phone holder", "Auto"), ("Seed starter tray", "Garden"),
    ("Mechanical keyboard", "Electronics"), ("Kids' building blocks", "Toys"), ("Rain jacket", "Clothing"),
)  # fmt: skip
_STORES = ("Anker Official Store", "UGREEN Store", "Baseus Official", "HomeLife Store", "Sport Zone", "Tool Shop 88")


def sample_history(rng: random.Random) -> dict[str, list[object]]:
    """About a year of a shopper who orders twice a week, reviews some, and visits most days."""
    orders: list[OrderDraft] = []
    for number in range(104):
        ordered = TODAY - timedelta(days=rng.randrange(2, 330))
        lines = tuple(
            LineDraft(
                title, str(rng.randrange(10**15, 10**16)), category, rng.choice((1, 1, 1, 2)), rng.randrange(150, 6_500)
            )
            for title, category in rng.sample(_PRODUCTS, rng.choice((1, 1, 1, 2, 3)))
        )
        age = (TODAY - ordered).days
        status = OrderStatus.PENDING if age < 20 else OrderStatus.CONFIRMED
        if rng.random() < 0.04:
            status = OrderStatus.CANCELLED
        confirmed = ordered + timedelta(days=rng.randrange(8, 19)) if status is OrderStatus.CONFIRMED else None
        if confirmed is not None and rng.random() < 0.1:
            confirmed = None  # "date unknown": the ledger estimates it
        items = sum(line.total_cents for line in lines)
        refund = rng.randrange(100, items) if status is OrderStatus.CONFIRMED and rng.random() < 0.06 else 0
        orders.append(
            OrderDraft(
                order_no=str(8_190_000_000_000_000 + number * 7919),
                order_date=ordered,
                status=status,
                lines=lines,
                discount_cents=rng.choice((0, 0, 0, 100, 200, 350)) if items > 500 else 0,
                shipping_cents=rng.choice((0, 0, 0, 199)),
                confirmed_date=confirmed,
                refund_cents=refund,
                refund_date=(confirmed or ordered) + timedelta(days=5) if refund else None,
                store=rng.choice(_STORES),
            )
        )
    reviews = [
        ReviewDraft(
            TODAY - timedelta(days=rng.randrange(1, 300)),
            rng.choice((None, rng.randrange(100, 5_000))),
            str(rng.randrange(10**15, 10**16)),
            title,
        )
        for title, _ in (rng.choice(_PRODUCTS) for _ in range(28))
    ]
    visits = [VisitDraft(TODAY - timedelta(days=day)) for day in range(1, 300) if rng.random() < 0.45]
    posts = [PostDraft(TODAY - timedelta(days=rng.randrange(1, 200)), "Unboxing photos") for _ in range(9)]
    follows = [FollowDraft(TODAY - timedelta(days=rng.randrange(1, 200)), rng.choice(_STORES)) for _ in range(6)]
    entries = [
        EntryDraft(date(2026, 1, 1), 320, EntryKind.ADJUSTMENT, "Opening balance"),
        EntryDraft(date(2026, 11, 11), 50, EntryKind.BONUS, "11.11 coin game"),
        EntryDraft(date(2026, 6, 3), -20, EntryKind.ADJUSTMENT, "Correction after support chat"),
    ]
    promotions = [
        PromotionDraft("11.11 Global Shopping Festival", date(2026, 11, 11), date(2026, 11, 13), Decimal(2)),
        PromotionDraft("Summer Sale", date(2026, 6, 17), date(2026, 6, 21), Decimal("1.5")),
    ]
    return {"orders": orders, "reviews": reviews, "visits": visits, "posts": posts, "follows": follows,
            "entries": entries, "promotions": promotions}  # fmt: skip


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#272727",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.Mid: "#4a4a4a", QPalette.ColorRole.Dark: "#202020",
        QPalette.ColorRole.Light: "#4f4f4f", QPalette.ColorRole.Midlight: "#3f3f3f",
        QPalette.ColorRole.BrightText: "#ffffff",
    }  # fmt: skip
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def shoot(widget: QWidget, path: Path, size: QSize | None) -> None:
    if size is not None:
        widget.resize(size)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/ui-review-forms"))
    arguments = parser.parse_args()
    arguments.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    light = app.style().standardPalette()

    # Imported after the application exists, as the window does.
    from tracker.ui.forms import EntryForm, FollowForm, OrderForm, PostForm, PromotionForm, ReviewForm
    from tracker.ui.forms.visits_calendar import VisitsCalendarDialog
    from tracker.ui.tables.activity_page import ActivityPage
    from tracker.ui.tables.orders_page import OrdersPage
    from tracker.ui.tables.reviews_page import ReviewsPage

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "points.sqlite3"
        db = open_database(path)
        history = sample_history(random.Random(2026))
        write_batch(db, file_name="sample.csv", file_hash="sample", kind="orders", **history)  # type: ignore[arg-type]
        replace_user_rates(db, [UserRate("EUR", Decimal("1.08")), UserRate("PLN", Decimal("0.25"))])
        session = Session(db, path, today=lambda: TODAY)
        orders = history["orders"]
        big_order = max(orders, key=lambda o: len(o.lines))  # type: ignore[attr-defined]
        bad_order = OrderDraft("8190000000000999", TODAY, OrderStatus.CONFIRMED,
                               (LineDraft("Desk lamp", "", "Home", 1, 2_500),), discount_cents=-300,
                               confirmed_date=TODAY - timedelta(days=3))  # fmt: skip

        def invalid_order() -> QWidget:
            form = OrderForm(session, bad_order)
            form.items.rows[0].price.setText("12,3x")
            return form

        def euro_order() -> QWidget:
            form = OrderForm(session)
            form.currency.setCurrentText("EUR")
            form.items.rows[0].title.setText("Espresso cups, set of 4")
            form.items.rows[0].price.setText("18,90")
            return form

        screens: dict[str, Callable[[], QWidget]] = {
            "orders-page": lambda: OrdersPage(session),
            "reviews-page": lambda: ReviewsPage(session),
            "activity-page": lambda: ActivityPage(session),
            "order-form-new": lambda: OrderForm(session),
            "order-form-edit": lambda: OrderForm(session, big_order),  # type: ignore[arg-type]
            "order-form-invalid": invalid_order,
            "order-form-euro": euro_order,
            "review-form": lambda: ReviewForm(session, history["reviews"][0]),  # type: ignore[arg-type]
            "post-form": lambda: PostForm(session),
            "follow-form": lambda: FollowForm(session),
            "entry-form": lambda: EntryForm(session, EntryDraft(TODAY, -20, EntryKind.BONUS, "Typo")),
            "promotion-form": lambda: PromotionForm(session, history["promotions"][0]),  # type: ignore[arg-type]
            "visits-calendar": lambda: VisitsCalendarDialog(session),
        }
        for scheme, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)
            for name, make in screens.items():
                for size_name, size in SIZES.items():
                    widget = make()
                    if name.endswith("-page"):
                        shoot(widget, arguments.out / f"{name}-{scheme}-{size_name}.png", size)
                    else:  # a dialog: its own size, and the smallest its layout allows
                        small = widget.minimumSizeHint() if size_name == "small" else None
                        shoot(widget, arguments.out / f"{name}-{scheme}-{size_name}.png", small)
                    widget.close()
                    widget.deleteLater()
                    QApplication.processEvents()
        close_database()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
