"""The pages of the main window, and how to add one.

A page is a :class:`PageSpec`: a key, a title for the navigation list and the View menu, and a
factory ``(session) -> QWidget`` that is called the first time the page is shown, so that a
page nobody opens costs nothing at start-up. To add a page (Charts, Imports …) append a spec to
:func:`default_pages`, or call :meth:`MainWindow.register_page` with one::

    PageSpec("charts", "Charts", lazy_page("tracker.ui.charts", "ChartsPage", "Charts"))

:func:`lazy_page` imports the page's module only when the page is first shown; while that module
does not exist yet it shows a placeholder instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tracker.ui.editing import optional_module
from tracker.ui.session import Session
from tracker.ui.widgets import styled_label

PageFactory = Callable[[Session], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str  # remembered as the last page shown, so keep it stable
    title: str  # in the navigation list and the View menu
    factory: PageFactory


class PlaceholderPage(QWidget):
    """Stands in for a page whose module is not part of this version yet."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = styled_label(title, factor=1.6, bold=True)
        text = styled_label(f"The {title} page is not part of this version of Points Tracker yet.", muted=True)
        for label in (heading, text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch()
        self.label: QLabel = text


def lazy_page(module_name: str, class_name: str, title: str) -> PageFactory:
    """A factory that imports ``module_name`` when first called and builds ``class_name(session)``."""

    def make(session: Session) -> QWidget:
        module = optional_module(module_name)
        if module is None:
            return PlaceholderPage(title)
        page: QWidget = getattr(module, class_name)(session)
        return page

    return make


def _dashboard(session: Session) -> QWidget:
    from tracker.ui.dashboard import DashboardPage

    return DashboardPage(session)


def default_pages() -> list[PageSpec]:
    return [
        PageSpec("dashboard", "Dashboard", _dashboard),
        PageSpec("orders", "Orders", lazy_page("tracker.ui.tables.orders_page", "OrdersPage", "Orders")),
        PageSpec("reviews", "Reviews", lazy_page("tracker.ui.tables.reviews_page", "ReviewsPage", "Reviews")),
        PageSpec("activity", "Activity", lazy_page("tracker.ui.tables.activity_page", "ActivityPage", "Activity")),
    ]
