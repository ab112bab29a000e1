"""Words and figures for people, in their language: the one door user-visible text goes through.

The core (summary, reminders, planning, importing, the store's messages) never imports Qt — the
command line does not load it — yet the window shows the same sentences translated. So the core
calls :func:`translate` from here. Until the window calls :func:`install`, it is English: the
source text itself, which is what the command line prints. The window installs Qt's
``QCoreApplication.translate`` and locale-aware :class:`Formats` (``tracker/ui/language.py``).

``pyside6-lupdate`` finds the strings by the names of the calls: ``translate("Context", "text")``,
``QT_TRANSLATE_NOOP("Context", "text")`` and, in Qt classes, ``self.tr("text")``. So, for every
translatable string:

- it is a literal (an f-string would be extracted with its braces and never match): named
  placeholders are filled after translation, ``translate("Ctx", "{count} orders").format(...)``,
  so a translator can move them;
- a count that changes the wording is ``%n`` (or ``%Ln``, written with the locale's digit
  grouping: 1,234) with the count passed positionally, after the disambiguation, as a plain
  name: ``translate("Ctx", "%Ln orders", None, count)`` (lupdate misses ``n=`` and silently
  drops a message whose count is ``len(x)`` or ``result.count``). Every message with ``%n`` or
  ``%Ln`` becomes a plural message in the ``.ts`` files (``packaging/translations.py``);
- text defined at import time (a column title, a tuple of labels) is marked with
  :func:`QT_TRANSLATE_NOOP` and translated where it is shown: ``translate("Ctx", TITLE)``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

TranslateFunction = Callable[[str, str, "str | None", int], str]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if n < 0:
        return text
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


_translate: TranslateFunction = _english
# A full stop right after an abbreviation's own: "by 8 nov.." when a sentence ends on a date.
_DOUBLED_STOP = re.compile(r"(?<=[^\W\d_]\.)\.(?!\.)")


class Text(str):
    """A translated text whose :meth:`format` also mends a doubled full stop: a sentence that ends
    on an abbreviated month (``8 nov.``, ``8 нояб.``) ends on one stop, not two."""

    __slots__ = ()

    def format(self, *args: Any, **kwargs: Any) -> str:
        return one_stop(str.format(self, *args, **kwargs))


def one_stop(text: str) -> str:
    """``Spend $5 by 8 nov..`` → ``Spend $5 by 8 nov.`` (an ellipsis is left alone)."""
    return _DOUBLED_STOP.sub("", text) if ".." in text else text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (English until the window installs a translator).

    ``%n`` in ``text`` is replaced by ``n`` when it is given, and chooses the plural form. The
    result's ``format()`` fills the placeholders and mends a full stop doubled by an abbreviation.
    """
    return Text(_translate(context, text, disambiguation, n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation where it is defined; translate it where it is shown."""
    return text


class Formats:
    """Numbers, prices and dates as the command line writes them: English, unambiguous.

    ``8 Apr 2027`` rather than ``4/8/2027``; ``1,234``; ``$42`` or ``$42.50``. The window
    replaces this with one that follows the user's locale.
    """

    def number(self, value: int) -> str:
        return f"{value:,}"

    def amount(self, cents: int) -> str:
        """``123456`` → ``1,234.56``: an amount without its currency, for table cells."""
        sign = "-" if cents < 0 else ""
        whole, part = divmod(abs(cents), 100)
        return f"{sign}{self.number(whole)}.{part:02d}"

    def price(self, cents: int) -> str:
        """``4200`` → ``$42``, ``4250`` → ``$42.50``: US dollars as a shopper writes a price."""
        sign = "-" if cents < 0 else ""
        whole, part = divmod(abs(cents), 100)
        return f"{sign}${whole:,}" + (f".{part:02d}" if part else "")

    def date(self, value: datetime.date) -> str:
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"

    def short_date(self, value: datetime.date) -> str:
        return f"{value.day} {_MONTHS[value.month - 1]}"

    def month(self, value: datetime.date) -> str:
        return f"{self.month_abbreviation(value)} {value.year}"

    def month_abbreviation(self, value: datetime.date) -> str:
        """``Apr``: the month's short name on its own, for chart ticks and bars."""
        return _MONTHS[value.month - 1]


_formats = Formats()


def formats() -> Formats:
    """The formats in use: English until the window installs the user's."""
    return _formats


def install(translate_function: TranslateFunction | None = None, new_formats: Formats | None = None) -> None:
    """Use ``translate_function`` and ``new_formats`` from now on; ``None`` keeps English."""
    global _translate, _formats
    _translate = translate_function or _english
    _formats = new_formats or Formats()


def number(value: int) -> str:
    """``1234`` → ``1,234`` (or ``1 234``, ``1.234`` … in the user's locale)."""
    return _formats.number(value)
