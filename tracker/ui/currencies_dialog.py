"""Settings ▸ Currencies on its own, for a form that finds a currency without a rate.

The order form says "no rate for RUB on that date" and offers this: the same rates editor as the
Settings dialog's Currencies tab (:class:`~tracker.ui.currencies_page.CurrenciesPage`), opened on
that currency. OK saves the rates as one undoable step that converts every order they apply to
again; the form then converts its own amounts at the new rate.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from tracker.i18n import translate
from tracker.ui.currencies_page import CurrenciesPage
from tracker.ui.session import Session


class CurrenciesDialog(QDialog):
    """The shopper's exchange rates, with OK and Cancel; OK is disabled while a row is wrong."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CurrenciesDialog", "Currencies"))
        self.page = CurrenciesPage(session, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.page.changed.connect(self._on_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().height()
        self.resize(em * 34, em * 22)

    def _on_changed(self) -> None:
        self.ok_button.setEnabled(not self.page.problem_text())

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.page.save()
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, currency: str) -> bool:
        """Open on ``currency``'s rate (a row is added for it when it has none); True when saved."""
        dialog = cls(session, parent)
        dialog.page.focus_currency(currency)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


__all__ = ["CurrenciesDialog"]
