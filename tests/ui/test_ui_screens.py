"""Every page and dialog in every language: no text cut, no dialog larger than the screen, nothing
left in English. The reduced version of ``packaging/screenshots.py`` (100 %, light, the window at
1024×640); the script runs all 24 combinations and keeps the pictures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

import screenshots  # packaging/screenshots.py
import ui_check  # packaging/ui_check.py


@pytest.mark.parametrize("code", screenshots.LANGUAGES)
def test_every_page_and_dialog_fits_and_speaks_the_language(code: str, qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    shooter = screenshots.Shooter(app, code)
    with ui_check.language(app, code, cache=tmp_path / "qm"):
        screenshots.window_scenes(shooter, tmp_path, full=False)
    assert shooter.problems == []
    assert not shooter.shots  # nothing written: no pictures in a test run


# --- the checks themselves can fail -----------------------------------------------------------------


def test_a_label_narrower_than_its_text_is_cut(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel("A label much longer than the room it was given", dialog)
    label.setGeometry(0, 0, 60, 20)
    dialog.show()
    problems = ui_check.cut_problems(dialog)
    assert [p.kind for p in problems] == ["cut"] and "QLabel" in problems[0].where


def test_a_button_narrower_than_its_text_is_cut(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    button = QPushButton("Essayer avec des données de démonstration", dialog)
    button.setGeometry(0, 0, 80, 30)
    dialog.show()
    assert [p.kind for p in ui_check.cut_problems(dialog)] == ["cut"]


def test_a_dialog_larger_than_the_screen_is_too_large(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(1500, 900)
    dialog.show()
    assert [p.kind for p in ui_check.size_problems(dialog, QSize(1366, 768))] == ["too large"]


def test_english_left_in_a_russian_window_is_untranslated(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Pending"))  # an English message of the .ts file
    layout.addWidget(QLabel("Итого: 31,51 $ (items 34,51 $ − discount 3 $)"))  # English words in Russian
    layout.addWidget(QLabel("Keychron K2, Baseus"))  # data: not words of the app's messages
    dialog.show()
    problems = ui_check.untranslated(ui_check.texts_of(dialog), "ru")
    assert len(problems) == 2
    assert "“Pending” is the English message" in problems[0].detail
    assert "discount, items" in problems[1].detail


def test_two_buttons_with_the_same_alt_key_are_found(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QPushButton("&Restore"))
    layout.addWidget(QPushButton("&Remove rate"))
    layout.addWidget(QPushButton("Re&gister"))
    dialog.show()
    problems = ui_check.mnemonic_problems(dialog)
    assert [p.kind for p in problems] == ["same key"] and "Alt+R" in problems[0].detail
    assert ui_check.mnemonic("Reminders && &language") == "l" and ui_check.mnemonic("Rock && roll") == ""


def test_two_items_of_a_menu_with_the_same_key_are_found(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    edit = window.menuBar().addMenu("&Edit")
    edit.addAction("&Redo")
    edit.addAction("Add &review…")
    window.menuBar().addMenu("&Help").addAction("&Redo")  # another menu: no clash
    problems = ui_check.menu_mnemonic_problems(window)
    assert [(p.kind, p.where) for p in problems] == [("same key", "menu Edit")]


def test_a_table_that_tab_moves_around_in_is_a_trap(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTableWidget

    dialog = QDialog()
    qtbot.addWidget(dialog)
    table = QTableWidget(2, 2)
    QVBoxLayout(dialog).addWidget(table)
    dialog.show()
    assert [p.kind for p in ui_check.tab_trap_problems(dialog)] == ["tab trap"]  # Qt's default
    table.setTabKeyNavigation(False)
    assert ui_check.tab_trap_problems(dialog) == []
