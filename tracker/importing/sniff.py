"""From the bytes of a CSV file to rows of cells: encoding, dialect, header row.

Every guess here can be overridden by the shopper (the import dialog and the command line pass
``encoding=``, a :class:`Dialect`, ``skip_lines=`` …), so each step is a separate function.

    decoded = decode(data)
    dialect = sniff_dialect(decoded.text)
    rows = read_rows(decoded.text, dialect)
    header_index = find_header_row(rows)
    headers = clean_header(rows[header_index])

Python's ``csv`` module is used with ``strict=True``: without it a quote that never closes
silently swallows the rest of the file into one cell. It also accepts NUL characters, which
only ever come from a file read with the wrong encoding, so they are refused here.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from charset_normalizer import from_bytes

from tracker.i18n import number, translate
from tracker.importing.errors import ImportProblem

# Checked in this order: a UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# What Excel's "CSV" writes on Windows (the system's ANSI code page) and on a Mac, most common
# first; among detections that fit equally well the earlier one wins. Without this preference
# charset-normalizer reads a short Western file ("Café;€12,34") as cp775 or cp1250.
_WINDOWS_CODE_PAGES = ("cp1252", "cp1250", "cp1251", "cp1257", "cp1254", "cp1253")
_LEGACY_ENCODINGS = (*_WINDOWS_CODE_PAGES, "koi8_r", "mac_roman", "cp932", "gb18030", "cp949", "big5")
_CHAOS_TIE = 0.02

DELIMITERS: tuple[str, ...] = ("\t", ";", ",", "|")
_DELIMITER_NAMES = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " "}
_SEP_LINE = re.compile(r'"?sep=(.)"?[,;\t|]*', re.IGNORECASE)
_SNIFF_CHARS = 64 * 1024
_SNIFF_ROWS = 200
_HEADER_SEARCH_ROWS = 50
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00a0\u202f\u2007\u2009"


@dataclass(frozen=True, slots=True)
class Decoded:
    """The file's text with line ends made ``\\n`` and any byte-order mark removed."""

    text: str
    encoding: str
    had_bom: bool


@dataclass(frozen=True, slots=True)
class Dialect:
    """How cells are separated and quoted.

    ``skip_lines`` counts lines that belong to the format itself and are never data: Excel's
    ``sep=;`` first line.
    """

    delimiter: str
    quotechar: str = '"'
    skip_lines: int = 0

    def __post_init__(self) -> None:
        if len(self.delimiter) != 1 or self.delimiter in "\n\r":
            raise ImportProblem(
                translate("Import", "The separator must be a single character, not {value}.").format(
                    value=repr(self.delimiter)
                )
            )
        if len(self.quotechar) != 1 or self.quotechar == self.delimiter or self.quotechar in "\n\r":
            raise ImportProblem(
                translate("Import", "The quote character {value} cannot be used here.").format(
                    value=repr(self.quotechar)
                )
            )
        if self.skip_lines < 0:
            raise ImportProblem(translate("Import", "The number of lines to skip cannot be negative."))


@dataclass(frozen=True, slots=True)
class Row:
    """One record: the 1-based file line it starts on, and its cells as written."""

    line: int
    cells: list[str]


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


# -- encoding -------------------------------------------------------------------------------------


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Reads the file's bytes as text, detecting the encoding unless one is given.

    Detection: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32); then UTF-16 without one
    (every other byte NUL); then strict UTF-8, which plain ASCII also passes; then
    charset-normalizer, preferring the code pages Excel writes (Windows-1252 first).

    Raises:
        ImportProblem: the bytes are a workbook rather than CSV, do not fit the encoding, no
            encoding fits, or the text contains a NUL character.
    """
    if data.startswith(b"PK\x03\x04"):
        raise ImportProblem(
            translate(
                "Import",
                "This is a spreadsheet workbook (.xlsx or .ods), not a CSV file. Open it in your spreadsheet program "
                "and save it as CSV, or import it as a workbook.",
            )
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportProblem(translate("Import", "This is an old Excel workbook (.xls): save it as CSV first."))
    if encoding is not None:
        name, had_bom, body = _given_encoding(data, encoding)
        text = _decode_strictly(body, name)
    else:
        name, had_bom, found = _detect_encoding(data)
        text = found if isinstance(found, str) else _decode_strictly(found, name)
    if text.startswith("\ufeff"):
        text, had_bom = text.lstrip("\ufeff"), True
    text = normalize_newlines(text)
    refuse_nul(text)
    return Decoded(text=text, encoding=name, had_bom=had_bom)


def normalize_newlines(text: str) -> str:
    """Makes every line end (CRLF, lone CR) a ``\\n``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def refuse_nul(text: str) -> None:
    """Raises :class:`ImportProblem` naming the first line that holds a NUL character."""
    index = text.find("\x00")
    if index >= 0:
        line = text.count("\n", 0, index) + 1
        raise ImportProblem(
            translate(
                "Import",
                "Line {line} contains a NUL byte, which never belongs in a CSV file: the file is probably not text, or"
                " was read with the wrong encoding.",
            ).format(line=line),
            line=line,
        )


def _canonical(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ImportProblem(
            translate("Import", "Unknown text encoding {value}.").format(value=repr(encoding))
        ) from None


def _given_encoding(data: bytes, encoding: str) -> tuple[str, bool, bytes]:
    name = _canonical(encoding)
    if name in ("utf-8", "utf-8-sig"):
        if data.startswith(codecs.BOM_UTF8):
            return "utf-8", True, data[len(codecs.BOM_UTF8) :]
        return "utf-8", False, data
    if name in ("utf-16", "utf-32"):  # Python reads the mark itself and takes the byte order from it
        return name, data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)), data
    for bom, bom_name in _BOMS:
        if name == bom_name and data.startswith(bom):
            return name, True, data[len(bom) :]
    return name, False, data


def _detect_encoding(data: bytes) -> tuple[str, bool, bytes | str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, True, data[len(bom) :]
    bomless_utf16 = _bomless_utf16(data)
    if bomless_utf16:
        return bomless_utf16, False, data
    try:
        return "utf-8", False, data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for name in _legacy_candidates(data):
        try:
            return name, False, data.decode(name)
        except UnicodeDecodeError:
            continue
    raise ImportProblem(
        translate(
            "Import",
            "Cannot tell which text encoding this file uses. Choose one: files saved by Excel on Windows are usually "
            "Windows-1252 (cp1252), or cp1250 / cp1251 for Polish / Russian.",
        )
    )


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 text without a mark: mostly-ASCII CSV has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:
        return None
    half = len(sample) // 2
    nul_even, nul_odd = sample[0::2].count(0), sample[1::2].count(0)
    if nul_odd >= 0.5 * half and nul_even == 0:
        return "utf-16-le"
    if nul_even >= 0.5 * half and nul_odd == 0:
        return "utf-16-be"
    return None


def _legacy_candidates(data: bytes) -> list[str]:
    matches = list(from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS)))
    if not matches:
        return []
    best = min(match.chaos for match in matches)
    ties = {_canonical(m.encoding) for m in matches if m.chaos <= best + _CHAOS_TIE}
    preferred = [_canonical(name) for name in _LEGACY_ENCODINGS]
    ordered = [name for name in preferred if name in ties]
    ordered += [_canonical(m.encoding) for m in sorted(matches, key=lambda m: m.chaos)]
    return list(dict.fromkeys(ordered))


def _decode_strictly(data: bytes, name: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as error:
        line = data[: error.start].decode(name, errors="replace").count("\n") + 1
        byte = f" (byte 0x{data[error.start]:02X})" if error.start < len(data) else ""
        raise ImportProblem(
            translate(
                "Import",
                "Line {line} cannot be read as {name}{byte}: the file uses another encoding; choose a different one.",
            ).format(line=line, name=name, byte=byte),
            line=line,
        ) from None
    except (LookupError, UnicodeError) as error:  # a codec that is not for text, e.g. "rot13"
        raise ImportProblem(
            translate("Import", "{name} cannot be used to read a CSV file ({error}).").format(name=name, error=error)
        ) from None


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


# -- rows -----------------------------------------------------------------------------------------


def read_rows(text: str, dialect: Dialect, skip_lines: int = 0, skip_trailing: int = 0) -> list[list[str]]:
    """The file's records as lists of cells; see :func:`read_numbered_rows`."""
    return [row.cells for row in read_numbered_rows(text, dialect, skip_lines, skip_trailing)]


def read_numbered_rows(text: str, dialect: Dialect, skip_lines: int = 0, skip_trailing: int = 0) -> list[Row]:
    """Splits the text into records, each with the file line it starts on.

    Args:
        text: the file's text (from :func:`decode`).
        dialect: separator and quote; its own ``skip_lines`` (a ``sep=`` line) is skipped first.
        skip_lines: further lines to skip at the top (a title above the table).
        skip_trailing: lines to drop at the bottom (a totals line); blank lines at the very end
            do not count.

    Rows whose cells are all blank are left out. Rows with more or fewer cells than the header
    are returned as they are: whether that is an error is the caller's call.

    Raises:
        ImportProblem: a quote that never closes, a stray quote inside a quoted cell, a cell
            longer than the csv module allows, or a NUL character; the message names the line.
    """
    if skip_lines < 0 or skip_trailing < 0:
        raise ImportProblem(translate("Import", "The number of lines to skip cannot be negative."))
    text = normalize_newlines(text)
    refuse_nul(text)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    lead = dialect.skip_lines + skip_lines
    end = len(lines)
    if skip_trailing:
        while end > lead and not lines[end - 1].strip():
            end -= 1
        end = max(lead, end - skip_trailing)
    reader = csv.reader(
        _with_newlines(lines, lead, end), delimiter=dialect.delimiter, quotechar=dialect.quotechar, strict=True
    )
    rows: list[Row] = []
    while True:
        start = lead + reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return rows
        except csv.Error as error:
            raise _csv_problem(str(error), start, lead + reader.line_num) from None
        if any(cell.strip() for cell in cells):
            rows.append(Row(start, cells))


def _with_newlines(lines: list[str], start: int, end: int) -> Iterator[str]:
    for index in range(start, end):
        yield lines[index] + "\n"


def _csv_problem(error: str, start: int, current: int) -> ImportProblem:
    if "unexpected end of data" in error:
        return ImportProblem(
            translate(
                "Import",
                'Line {start}: a cell opens a quote (") that is never closed, so everything after it would run '
                "together into one cell. Close the quote or remove it.",
            ).format(start=start),
            line=start,
        )
    if "field larger than field limit" in error:
        return ImportProblem(
            translate(
                "Import",
                "Line {start}: a cell is longer than {limit} characters; usually a quote that is never closed.",
            ).format(start=start, limit=number(csv.field_size_limit())),
            line=start,
        )
    if "expected after" in error:
        return ImportProblem(
            translate(
                "Import",
                "Line {current}: a quote mark in the middle of a quoted cell. "
                'Inside a quoted cell a quote must be doubled ("").',
            ).format(current=current),
            line=current,
        )
    return ImportProblem(
        translate("Import", "Line {current}: the line cannot be read as CSV ({error}).").format(
            current=current, error=error
        ),
        line=current,
    )


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
