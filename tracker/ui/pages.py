"""The pages of the main window, and how to add one.

A page is a :class:`PageSpec`: a key, a title for the navigation list and the View menu, and a
factory ``(session) -> QWidget`` that is called the first time the page is shown, so that a
page nobody opens costs nothing at start-up. To add a page (Charts, Imports …) append a spec to
:func:`default_pages`, or call :meth:`MainWindow.register_page` with one::

    PageSpec("charts", translate("Pages", "Charts"), lazy_page("tracker.ui.charts_host", "ChartsHost"))

:func:`lazy_page` imports the page's module only when the page is first shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from tracker.i18n import translate
from tracker.ui.session import Session

PageFactory = Callable[[Session], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str  # remembered as the last page shown, so keep it stable
    title: str  # in the navigation list and the View menu
    factory: PageFactory


def lazy_page(module_name: str, class_name: str) -> PageFactory:
    """A factory that imports ``module_name`` when first called and builds ``class_name(session)``."""

    def make(session: Session) -> QWidget:
        page: QWidget = getattr(importlib.import_module(module_name), class_name)(session)
        return page

    return make


def _dashboard(session: Session) -> QWidget:
    from tracker.ui.dashboard import DashboardPage

    return DashboardPage(session)


def default_pages() -> list[PageSpec]:
    return [
        PageSpec("dashboard", translate("Pages", "Dashboard"), _dashboard),
        PageSpec("orders", translate("Pages", "Orders"), lazy_page("tracker.ui.tables.orders_page", "OrdersPage")),
        PageSpec("reviews", translate("Pages", "Reviews"), lazy_page("tracker.ui.tables.reviews_page", "ReviewsPage")),
        PageSpec(
            "activity", translate("Pages", "Activity"), lazy_page("tracker.ui.tables.activity_page", "ActivityPage")
        ),
        PageSpec("charts", translate("Pages", "Charts"), lazy_page("tracker.ui.charts_host", "ChartsHost")),
        PageSpec("imports", translate("Pages", "Imports"), lazy_page("tracker.ui.imports_page", "ImportsPage")),
    ]
