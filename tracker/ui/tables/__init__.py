"""The record pages and the table models behind them.

- :mod:`~tracker.ui.tables.orders_page` ``OrdersPage``, :mod:`~tracker.ui.tables.reviews_page`
  ``ReviewsPage``, :mod:`~tracker.ui.tables.activity_page` ``ActivityPage`` (with promotions);
- :mod:`~tracker.ui.tables.models`: ``OrdersModel``, ``ReviewsModel``, ``ActivityModel``,
  ``PromotionsModel``, on :mod:`~tracker.ui.tables.base` ``RecordTableModel``;
- :mod:`~tracker.ui.tables.earned`: what each record earned, from the session's ledger.

Nothing is imported here: the main window loads each page's module when the page is first
shown, and importing one page should not load the others.
"""
