"""The window's language: picked from the system or the settings, loaded, and the locale's figures."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from tracker import i18n
from tracker.report.summary import amount, day, dollars, month, short_day
from tracker.ui.language import (
    ENGLISH,
    LocaleFormats,
    apply_language,
    available_languages,
    compiled_translation,
    formats_for,
    pick_language,
)

AVAILABLE = ["en", "es", "fr", "pl", "pt_BR", "ru"]

TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>Summary</name>
<message><source>Your points</source><translation>Vos points</translation></message>
<message numerus="yes"><source>%n points</source><translation>
<numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation></message>
</context></TS>
"""


@pytest.mark.parametrize(
    ("saved", "system", "expected"),
    [
        ("", ["fr-FR", "en-US"], "fr"),
        ("", ["pt-Latn-BR"], "pt_BR"),
        ("", ["pt-PT"], "pt_BR"),  # closer than English
        ("", ["de-DE", "pl-PL"], "pl"),  # no German: the next language the system lists
        ("", ["de-DE"], ENGLISH),
        ("", [], ENGLISH),
        ("ru", ["fr-FR"], "ru"),  # the shopper's choice wins
        ("eo", ["es-MX"], "es"),  # a choice no longer shipped falls back to the system
        ("", ["en-GB", "fr-FR"], ENGLISH),
    ],
)
def test_the_language_is_the_saved_choice_else_the_systems(saved: str, system: list[str], expected: str) -> None:
    assert pick_language(saved, system, AVAILABLE) == expected


def test_the_shipped_languages_are_english_and_five_translations() -> None:
    assert available_languages() == AVAILABLE


def test_available_languages_reads_the_folder(tmp_path: Path) -> None:
    (tmp_path / "points_tracker_fr.ts").write_text(TINY_TS, encoding="utf-8")
    (tmp_path / "points_tracker_ru.qm").write_bytes(b"")
    (tmp_path / "other.ts").write_text("", encoding="utf-8")
    assert available_languages(tmp_path) == ["en", "fr", "ru"]


@pytest.mark.parametrize(
    ("name", "number", "cents", "price", "long_date"),
    [
        ("en_US", "1,234,567", "1,234.50", "$1,234.50", "8 Apr 2027"),
        ("fr_FR", "1\u202f234\u202f567", "1\u202f234,50", "1\u202f234,50\u00a0$", "8 avr. 2027"),
        ("pt_BR", "1.234.567", "1.234,50", "$\u00a01.234,50", "8 abr. 2027"),
        ("ru_RU", "1\u00a0234\u00a0567", "1\u00a0234,50", "1\u00a0234,50\u00a0$", "8 апр. 2027"),
    ],
)
def test_figures_follow_the_locale(name: str, number: str, cents: str, price: str, long_date: str) -> None:
    formats = LocaleFormats(QLocale(name))
    assert formats.number(1234567) == number
    assert formats.amount(123450) == cents
    assert formats.price(123450) == price
    assert formats.date(date(2027, 4, 8)) == long_date


def test_a_whole_dollar_price_has_no_cents_and_a_refund_keeps_its_sign() -> None:
    formats = LocaleFormats(QLocale("en_US"))
    assert formats.price(4200) == "$42"
    assert formats.price(-4250) == "-$42.50"
    assert formats.amount(-5) == "-0.05"


def test_the_c_locale_of_a_bare_machine_writes_english() -> None:
    assert type(formats_for(QLocale.c())) is i18n.Formats


def test_a_ts_file_is_compiled_once_into_the_cache_and_again_when_it_changes(tmp_path: Path) -> None:
    folder, cache = tmp_path / "translations", tmp_path / "cache"
    folder.mkdir()
    source = folder / "points_tracker_fr.ts"
    source.write_text(TINY_TS, encoding="utf-8")
    first = compiled_translation("fr", folder, cache)
    assert first is not None and first.parent == cache and first.stat().st_size > 0
    assert compiled_translation("fr", folder, cache) == first
    source.write_text(TINY_TS.replace("Vos points", "Tous vos points"), encoding="utf-8")
    second = compiled_translation("fr", folder, cache)
    assert second is not None and second != first
    assert sorted(cache.iterdir()) == [second]  # the stale one is removed
    assert compiled_translation("pl", folder, cache) is None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_translations_cache_is_private_like_the_data_folder(tmp_path: Path) -> None:
    folder, cache = tmp_path / "translations", tmp_path / "user-cache" / "translations"
    folder.mkdir()
    (folder / "points_tracker_fr.ts").write_text(TINY_TS, encoding="utf-8")
    before = os.umask(0o022)
    try:
        assert compiled_translation("fr", folder, cache) is not None
    finally:
        os.umask(before)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE(cache.parent.stat().st_mode) == 0o700


def test_a_built_app_uses_the_shipped_qm(tmp_path: Path) -> None:
    (tmp_path / "points_tracker_fr.qm").write_bytes(b"qm")
    assert compiled_translation("fr", tmp_path, tmp_path / "cache") == tmp_path / "points_tracker_fr.qm"


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    i18n.install()
    QLocale.setDefault(before)


def test_applying_a_language_translates_the_window_and_the_shared_sentences(
    qapp: QApplication, tmp_path: Path, restore_language: None
) -> None:
    source = tmp_path / "points_tracker_fr.ts"
    source.write_text(TINY_TS, encoding="utf-8")
    setup = apply_language(
        qapp, "fr", system=QLocale("en_US"), find=lambda code: compiled_translation(code, tmp_path, tmp_path / "c")
    )
    try:
        assert QCoreApplication.translate("Summary", "Your points") == "Vos points"
        assert i18n.translate("Summary", "Your points") == "Vos points"
        assert i18n.translate("Summary", "%n points", None, 1) == "1 point"
        assert i18n.translate("Summary", "Not translated") == "Not translated"
        # a French window on an American system writes French dates and figures
        assert setup.locale.language() == QLocale.Language.French
        assert day(date(2027, 4, 8)) == "8 avr. 2027"
        assert short_day(date(2027, 4, 8)) == "8 avr."
        assert month(date(2027, 4, 8)) == "avr. 2027"
        assert dollars(4250) == "42,50\u00a0$"
        assert amount(123450) == "1\u202f234,50"
    finally:
        for translator in setup.translators:
            qapp.removeTranslator(translator)
    assert len(setup.translators) == 2  # ours and Qt's own (OK, Cancel …)


@pytest.mark.parametrize(
    ("code", "cancel"), [("pl", "Anuluj"), ("ru", "Отмена"), ("pt_BR", "Cancelar"), ("fr", "Annuler")]
)
def test_qts_own_buttons_speak_the_chosen_language(
    qapp: QApplication, restore_language: None, code: str, cancel: str
) -> None:
    """QMessageBox, QFileDialog … take their words from Qt's qtbase_*.qm, loaded beside ours."""
    setup = apply_language(qapp, code, system=QLocale("en_US"), find=lambda _: None)
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
        button = box.button(QMessageBox.StandardButton.Cancel)
        assert button is not None and button.text().replace("&", "") == cancel
    finally:
        for translator in setup.translators:
            qapp.removeTranslator(translator)


def test_english_on_a_german_system_keeps_german_figures(qapp: QApplication, restore_language: None) -> None:
    setup = apply_language(qapp, ENGLISH, system=QLocale("de_DE"))
    assert setup.translators == []
    assert i18n.translate("Summary", "Your points") == "Your points"
    assert day(date(2027, 3, 8)) == "8 März 2027"


def test_the_import_message_in_the_status_bar_is_translated_with_plural_forms(
    qapp: QApplication, tmp_path: Path, restore_language: None
) -> None:
    from tracker.ui.main_window import import_message

    assert import_message("a.csv", 1, 2) == "Imported a.csv: 1 new, 2 updated."
    setup = apply_language(
        qapp, "pl", system=QLocale("en_US"), find=lambda code: compiled_translation(code, cache=tmp_path)
    )
    try:
        assert import_message("a.csv", 1, 5) == "Zaimportowano a.csv: 1 nowy rekord, 5 zaktualizowanych."
        assert import_message("a.csv", 3, 1) == "Zaimportowano a.csv: 3 nowe rekordy, 1 zaktualizowany."
    finally:
        for translator in setup.translators:
            qapp.removeTranslator(translator)
