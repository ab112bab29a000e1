"""Disabled controls are visibly disabled, yet readable, in a dark palette that sets one colour
for every state (as many dark themes do)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tracker.charts.palette import contrast
from tracker.ui.widgets import keep_disabled_visible, with_visible_disabled

DISABLED, ACTIVE = QPalette.ColorGroup.Disabled, QPalette.ColorGroup.Active
ROLE = QPalette.ColorRole


def flat_dark() -> QPalette:
    """Every state the same colours: a disabled Save looks like an enabled one."""
    palette = QPalette()
    for role, colour in ((ROLE.Window, "#2b2b2b"), (ROLE.WindowText, "#e6e6e6"), (ROLE.Base, "#1f1f1f"),
                         (ROLE.Text, "#e6e6e6"), (ROLE.Button, "#353535"), (ROLE.ButtonText, "#e6e6e6")):  # fmt: skip
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def restore_palette(qapp: QApplication) -> Iterator[None]:
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


def test_disabled_text_is_dimmed_but_stays_readable() -> None:
    mended = with_visible_disabled(flat_dark())
    assert mended is not None
    for role, background in ((ROLE.ButtonText, ROLE.Button), (ROLE.Text, ROLE.Base), (ROLE.WindowText, ROLE.Window)):
        enabled, disabled = mended.color(ACTIVE, role), mended.color(DISABLED, role)
        behind = mended.color(ACTIVE, background).name()
        assert enabled.lightness() - disabled.lightness() >= 48  # visibly disabled
        assert contrast(disabled.name(), behind) >= 3.0  # still readable
        assert contrast(enabled.name(), behind) > contrast(disabled.name(), behind)


def test_a_palette_with_its_own_disabled_colours_is_left_alone() -> None:
    palette = flat_dark()
    for role in (ROLE.ButtonText, ROLE.Text, ROLE.WindowText):
        palette.setColor(DISABLED, role, QColor("#7a7a7a"))
    assert with_visible_disabled(palette) is None


def test_the_application_palette_is_mended_now_and_when_it_changes(qapp: QApplication, restore_palette: None) -> None:
    keeper = keep_disabled_visible(qapp)
    try:
        qapp.setPalette(flat_dark())  # a theme switched to dark while the window is open
        QApplication.processEvents()
        palette = qapp.palette()
    finally:
        shiboken6.delete(keeper)
    assert (
        palette.color(ACTIVE, ROLE.ButtonText).lightness() - palette.color(DISABLED, ROLE.ButtonText).lightness() >= 48
    )


def test_the_palette_is_watched_without_filtering_every_event_of_the_application(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An event filter on the application sees every event of every object, each a call into Python."""
    keeper = keep_disabled_visible(qapp)
    assert keep_disabled_visible(qapp) is keeper  # one per application
    assert keeper.parent() is None and not keeper.isVisible()
    seen: list[QEvent.Type] = []
    monkeypatch.setattr(keeper, "eventFilter", lambda watched, event: seen.append(event.type()) or False)
    other = QObject()
    QApplication.sendEvent(other, QEvent(QEvent.Type.User))
    assert seen == []
