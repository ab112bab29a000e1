"""Guessing how a CSV file is laid out: its separator and quote, and which row is the header.

Every guess here can be overridden by the shopper (the import dialog and the command line pass a
separator, a header line …). :func:`tracker.importing.source.open_source` calls these on the
first part of the file; the file is then read by :mod:`tracker.importing.csv_reader`, in the
encoding :mod:`tracker.importing.encoding` found.
"""

from __future__ import annotations

import csv
import re
from collections import Counter

from tracker.i18n import translate
from tracker.importing.csv_reader import Dialect
from tracker.importing.encoding import normalize_newlines
from tracker.importing.errors import ImportProblem

__all__ = ["DELIMITERS", "clean_header", "delimiter_from_name", "find_header_row", "sniff_dialect"]

DELIMITERS: tuple[str, ...] = ("\t", ";", ",", "|")
_DELIMITER_NAMES = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " "}
_SEP_LINE = re.compile(r'"?sep=(.)"?[,;\t|]*', re.IGNORECASE)
_SNIFF_CHARS = 64 * 1024
_SNIFF_ROWS = 200
_HEADER_SEARCH_ROWS = 50
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00a0\u202f\u2007\u2009"


def delimiter_from_name(name: str) -> str:
    """Reads a separator as a person types it: ``";"``, ``"tab"``, ``"\\t"``, ``"comma"`` …"""
    delimiter = _DELIMITER_NAMES.get(name.strip().lower(), name)
    if len(delimiter) != 1:
        raise ImportProblem(
            translate("Import", "Unknown separator {value}: use one character, or tab, comma, semicolon.").format(
                value=repr(name)
            )
        )
    return delimiter


# -- dialect --------------------------------------------------------------------------------------


def sniff_dialect(text: str) -> Dialect:
    """Guesses the separator (tab, semicolon, comma or bar) and the quote character.

    Excel's ``sep=;`` first line wins over any guess and is consumed (``skip_lines=1``). Otherwise
    each separator splits a sample of the file, and the one that gives the same number of cells
    (more than one) on the most rows wins; on a tie the one giving more cells, then tab, semicolon,
    comma. A file with a single column reads as comma-separated.
    """
    text = normalize_newlines(text)
    first_line, _, rest = text.partition("\n")
    sep_line = _SEP_LINE.fullmatch(first_line.strip(" "))
    if sep_line and sep_line.group(1) not in ('"', " ", "\x00"):
        delimiter = sep_line.group(1)
        return Dialect(delimiter, _sniff_quotechar(rest[:_SNIFF_CHARS], delimiter), skip_lines=1)
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]  # never judge by a row cut in half
    best: tuple[float, int, int] | None = None
    chosen = ","
    for rank, delimiter in enumerate(DELIMITERS):
        counts = _cell_counts(sample, delimiter)
        if not counts:
            continue
        seen_counts = Counter(counts)
        rows = max(seen_counts.values())
        cells = max(n for n, seen in seen_counts.items() if seen == rows)
        if cells < 2:
            continue
        key = (rows / len(counts), cells, -rank)
        if best is None or key > best:
            best, chosen = key, delimiter
    return Dialect(chosen, _sniff_quotechar(sample, chosen))


def _cell_counts(sample: str, delimiter: str) -> list[int]:
    reader = csv.reader(sample.split("\n"), delimiter=delimiter, quotechar='"')
    counts: list[int] = []
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                counts.append(len(cells))
            if len(counts) >= _SNIFF_ROWS:
                break
    except csv.Error:  # a huge cell in a sample: the counts so far still tell
        pass
    return counts


def _sniff_quotechar(sample: str, delimiter: str) -> str:
    if '"' in sample or "'" not in sample:
        return '"'
    d = re.escape(delimiter)
    quoted = re.findall(rf"(?:^|{d})'[^'\n]*'(?={d}|$)", sample, flags=re.MULTILINE)
    return "'" if len(quoted) >= 2 else '"'


# -- header ---------------------------------------------------------------------------------------


def clean_header(cells: list[str]) -> list[str]:
    """Header cells without stray spaces (also no-break and zero-width ones, and a BOM)."""
    return [" ".join(cell.strip().strip(_INVISIBLE).split()) for cell in cells]


def find_header_row(rows: list[list[str]]) -> int:
    """Guesses which row holds the column names; 0 when nothing better stands out.

    The header is the first row that spans most of the table's usual width, whose cells are
    mostly words rather than numbers or dates, and that is followed by a row with more
    number-like cells than itself. Title lines above the table (one cell) are passed over.
    """
    widths = [sum(1 for cell in row if cell.strip()) for row in rows]
    filled = [w for w in widths if w]
    if not filled:
        return 0
    seen_widths = Counter(filled)
    usual = max(w for w, seen in seen_widths.items() if seen == max(seen_widths.values()))
    wide_enough = max(1, (usual + 1) // 2)
    fallback: int | None = None
    limit = min(len(rows), _HEADER_SEARCH_ROWS)
    for index in range(limit):
        if widths[index] < wide_enough:
            continue
        wordy = _wordy_share(rows[index])
        if wordy < 0.6:
            continue
        if fallback is None:
            fallback = index
        following = [rows[i] for i in range(index + 1, min(len(rows), index + 6)) if widths[i]]
        if following and max(_datalike_share(row) for row in following) > 1 - wordy:
            return index
    return fallback if fallback is not None else 0


def _is_wordy(cell: str) -> bool:
    letters = sum(1 for ch in cell if ch.isalpha())
    digits = sum(1 for ch in cell if ch.isdigit())
    return letters > 0 and digits * 2 < letters


def _wordy_share(row: list[str]) -> float:
    cells = [cell.strip() for cell in row if cell.strip()]
    return sum(map(_is_wordy, cells)) / len(cells) if cells else 0.0


def _datalike_share(row: list[str]) -> float:
    cells = [cell.strip() for cell in row if cell.strip()]
    datalike = sum(1 for cell in cells if any(ch.isdigit() for ch in cell) and not _is_wordy(cell))
    return datalike / len(cells) if cells else 0.0
