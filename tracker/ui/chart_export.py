"""How large a chart saved as PNG should be: as on screen, for a slide, or for a printed page.

A PNG has one size, and the window's is seldom the one wanted: a printed page needs about five
times its pixels. So saving a PNG asks; an SVG, drawn in lines, has no such question. Each size
is drawn afresh for its own size (the charts lay themselves out for the figure they are drawn
on), so a large chart has readable labels, not stretched ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from tracker.i18n import number, translate


@dataclass(frozen=True)
class ImageSize:
    width: int  # pixels
    height: int
    dpi: int
    screen: bool = False  # the chart as it is shown (kept as drawn)
    paper: bool = False  # for printing: dark colours would waste ink, so the light ones are used


SLIDE = ImageSize(1920, 1080, 160)
PAPER = ImageSize(3300, 2480, 300, paper=True)  # 11 × 8.27 inches: fits A4 and US Letter, landscape


class ImageSizeDialog(QDialog):
    """Three sizes to choose from; :meth:`chosen` is the one picked."""

    def __init__(self, screen_width: int, screen_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImageSizeDialog", "Save chart as PNG"))
        screen = ImageSize(screen_width, screen_height, 96, screen=True)
        self._sizes = (screen, SLIDE, PAPER)
        texts = (
            translate("ImageSizeDialog", "As on &screen ({width} × {height} pixels)"),
            translate("ImageSizeDialog", "&Large, for a slide or a web page ({width} × {height} pixels)"),
            translate("ImageSizeDialog", "For &printing on A4 or Letter paper ({width} × {height} pixels, 300 dpi)"),
        )
        self.choices = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ImageSizeDialog", "How large should the picture be?")))
        for index, (size, text) in enumerate(zip(self._sizes, texts, strict=True)):
            button = QRadioButton(text.format(width=number(size.width), height=number(size.height)))
            self.choices.addButton(button, index)
            layout.addWidget(button)
        self.choices.button(0).setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def chosen(self) -> ImageSize:
        return self._sizes[max(self.choices.checkedId(), 0)]

    @classmethod
    def ask(cls, parent: QWidget | None, screen_width: int, screen_height: int) -> ImageSize | None:
        """The size picked, or None when cancelled (tests replace this)."""
        dialog = cls(screen_width, screen_height, parent)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
