"""The window's language and locale: which translation to load, and figures in the user's way.

The language follows the system unless the shopper picks one in Settings (kept in QSettings, used
from the next start). Translations are written by hand in ``resources/translations/*.ts``. A
built app carries them compiled to ``.qm`` (``packaging/build.py``); a checkout compiles a
``.ts`` on first use into the user's cache folder with the ``lrelease`` that PySide6 ships, named
after the file's content so an edited ``.ts`` is compiled again.

Qt's own strings (OK, Cancel, the colour and file dialogs) come from Qt's ``qtbase_*.qm``.
Numbers, prices and dates follow the locale; CSV parsing never does (``tracker/importing``).
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator

from tracker import i18n
from tracker.resources import resource_path
from tracker.store.paths import APP_DIR_NAME, FolderError, make_private_folder

KEY_LANGUAGE = "language"
FILE_PREFIX = "points_tracker_"
ENGLISH = "en"
# Each language in its own words, as the choice is shown to someone who may not read English.
LANGUAGE_NAMES = {
    ENGLISH: "English",
    "es": "Español",
    "fr": "Français",
    "pl": "Polski",
    "pt_BR": "Português (Brasil)",
    "ru": "Русский",
}


def translations_dir() -> Path:
    return resource_path("translations")


def available_languages(directory: Path | None = None) -> list[str]:
    """English and every language with a ``.ts`` (or, in a built app, a ``.qm``) file."""
    directory = directory or translations_dir()
    found = {path.stem.removeprefix(FILE_PREFIX) for path in directory.glob(f"{FILE_PREFIX}*.[tq][sm]")}
    return [ENGLISH, *sorted(found - {ENGLISH})]


def _tag_parts(tag: str) -> tuple[str, str]:
    """``pt-Latn-BR`` → ``("pt", "BR")``; ``fr`` → ``("fr", "")``; the script is dropped."""
    parts = [part for part in tag.replace("_", "-").split("-") if part]
    if not parts:
        return "", ""
    region = next((part for part in parts[1:] if len(part) in (2, 3) and part.isalnum() and part.upper() == part), "")
    return parts[0].lower(), region


def pick_language(saved: str, ui_languages: Iterable[str], available: Sequence[str]) -> str:
    """The shopper's choice if it is still available, else the first system language we have.

    ``pt-BR`` takes ``pt_BR``; a bare ``pt`` or ``pt-PT`` also takes ``pt_BR`` (closer than
    English); a language we lack is skipped for the next one the system lists.
    """
    if saved in available:
        return saved
    for tag in ui_languages:
        language, region = _tag_parts(tag)
        if not language:
            continue
        if f"{language}_{region}" in available:
            return f"{language}_{region}"
        if language in available:
            return language
        relatives = [code for code in available if code.startswith(language + "_")]
        if relatives:
            return relatives[0]
    return ENGLISH


def _lrelease() -> Path:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def compiled_translation(code: str, directory: Path | None = None, cache: Path | None = None) -> Path | None:
    """The ``.qm`` for ``code``: shipped beside the ``.ts``, or compiled once into the cache.

    ``None`` when there is none and it cannot be made (no ``.ts``, no ``lrelease``): the window
    is then in English, which is better than not starting.
    """
    import hashlib  # here, not at start-up: a window in English never needs them
    import subprocess

    import platformdirs

    directory = directory or translations_dir()
    shipped = directory / f"{FILE_PREFIX}{code}.qm"
    source = directory / f"{FILE_PREFIX}{code}.ts"
    if not source.is_file():
        return shipped if shipped.is_file() else None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cache = cache or Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False)) / "translations"
    compiled = cache / f"{FILE_PREFIX}{code}-{digest}.qm"
    if compiled.is_file():
        return compiled
    tool = _lrelease()
    if not tool.is_file():
        return shipped if shipped.is_file() else None
    try:
        make_private_folder(cache)  # 0700 like the data folder: it holds nothing of anyone else's
        for stale in cache.glob(f"{FILE_PREFIX}{code}-*.qm"):
            stale.unlink()
        subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(compiled)], check=True, capture_output=True, timeout=60
        )
    except (OSError, subprocess.SubprocessError, FolderError):
        return shipped if shipped.is_file() else None
    return compiled if compiled.is_file() else None


class LocaleFormats(i18n.Formats):
    """Numbers, prices and dates written the way ``locale`` writes them: ``1 234,50 $``,
    ``8 avr. 2027``. The day-month-year order with a short month name stays unambiguous."""

    def __init__(self, locale: QLocale):
        self.locale = locale
        # where the currency sign goes, read from how the locale writes 7 dollars: "$7", "7 $"
        self._price_pattern = locale.toCurrencyString(7, "$").replace("7", "{}", 1)

    def number(self, value: int) -> str:
        return self.locale.toString(value)

    def amount(self, cents: int) -> str:
        sign = "-" if cents < 0 else ""
        whole, part = divmod(abs(cents), 100)
        return f"{sign}{self.number(whole)}{self.locale.decimalPoint()}{part:02d}"

    def price(self, cents: int) -> str:
        sign = "-" if cents < 0 else ""
        whole, part = divmod(abs(cents), 100)
        figure = self.number(whole) + (f"{self.locale.decimalPoint()}{part:02d}" if part else "")
        return sign + self._price_pattern.format(figure)

    def date(self, value: datetime.date) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")

    def short_date(self, value: datetime.date) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day), "d MMM")

    def month(self, value: datetime.date) -> str:
        return f"{self.month_abbreviation(value)} {value.year}"

    def month_abbreviation(self, value: datetime.date) -> str:
        """``avr.``, ``juin``, ``juil.``: never cut to three letters, which makes juin and juillet one."""
        return self.locale.standaloneMonthName(value.month, QLocale.FormatType.ShortFormat)


def formats_for(locale: QLocale) -> i18n.Formats:
    """The C/POSIX locale (a bare server, CI) writes ``1234567`` and ``7$``: English then."""
    if locale.language() == QLocale.Language.C:
        return i18n.Formats()
    return LocaleFormats(locale)


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


@dataclass
class LanguageSetup:
    """What :func:`apply_language` did, and the translators it installed (kept alive here)."""

    code: str
    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)


def apply_language(
    app: QCoreApplication,
    code: str,
    *,
    system: QLocale | None = None,
    find: Callable[[str], Path | None] = compiled_translation,
) -> LanguageSetup:
    """Install the translations for ``code`` and the formats of the matching locale.

    The figures follow the system's locale when it speaks the same language (a Canadian
    choosing French keeps Canadian dates) or when the window is in English (a German system
    without a German translation keeps German dates); otherwise the chosen language's usual
    locale, so a Russian window on a Spanish system does not mix in Spanish month names.
    """
    system = system or QLocale.system()
    same = code == ENGLISH or QLocale(code).language() == system.language()
    locale = system if same else QLocale(code)
    QLocale.setDefault(locale)
    setup = LanguageSetup(code, locale)
    if code != ENGLISH:
        ours = find(code)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path, folder in ((ours, None), (None, qt_folder)):
            translator = QTranslator(app)
            loaded = translator.load(str(path)) if path else translator.load(f"qtbase_{code}", folder or "")
            if loaded:
                app.installTranslator(translator)
                setup.translators.append(translator)
    i18n.install(_qt_translate if setup.translators else None, formats_for(locale))
    return setup


def saved_language(settings: QSettings) -> str:
    value = settings.value(KEY_LANGUAGE, "")
    return value if isinstance(value, str) else ""


def start_language(app: QCoreApplication, settings: QSettings) -> LanguageSetup:
    """At start-up: the saved choice, else the system's languages, applied."""
    code = pick_language(saved_language(settings), QLocale.system().uiLanguages(), available_languages())
    return apply_language(app, code)
