"""An Excel workbook (.xlsx), checked before it is opened and opened once.

An .xlsx file is a zip archive, and a zip archive says how big each member unpacks to. A 2 MB
file can say 2 GiB — a "zip bomb" — and openpyxl would unpack it all into memory (its shared
strings) or spend minutes on it. So before openpyxl sees the file, :func:`check_archive` reads
the archive's directory and refuses a workbook that unpacks to more than
:data:`MAX_UNPACKED_BYTES` in all, has a member that unpacks more than :data:`MAX_RATIO` times its
packed size, or has more than :data:`MAX_MEMBERS` members. A member that unpacks to more than it
said is cut off at what it said, and then fails its checksum: what the directory says is an
upper bound on what is read.

The workbook is then opened once, read-only (openpyxl streams each sheet's rows), and every
pass over a sheet reuses it. The cells' text is counted as it is read: one long shared string
referenced by every row could otherwise make a small file into far more text than it holds.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from tracker.i18n import translate
from tracker.importing.errors import ImportProblem

MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""A workbook of 300,000 order rows unpacks to about 92 MB: this is room for 800,000."""
MAX_RATIO = 200
"""Spreadsheet XML packs 5 to 20 times; a zip bomb, a thousand times."""
RATIO_FROM_BYTES = 1024 * 1024  # small members (styles, a tiny sheet) may pack any amount
MAX_MEMBERS = 10_000
MAX_CELL_TEXT = 2 * MAX_UNPACKED_BYTES
"""Characters of cell text one pass over a sheet may yield (shared strings are counted each time)."""


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB"


def check_archive(data: bytes, file_name: str) -> None:
    """Refuse a workbook that would unpack to too much, before anything is unpacked.

    Raises:
        ImportProblem: the archive's directory cannot be read, or it says too much; the message
            names the file and the limit.
    """
    name = file_name or translate("Import", "The workbook")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as error:
        raise ImportProblem(
            translate(
                "Import",
                "This file looks like a zip archive but cannot be read as an Excel workbook (.xlsx): {reason}. Open "
                "it in a spreadsheet program and save it as .xlsx or CSV.",
            ).format(reason=error.__class__.__name__)
        ) from None
    if len(members) > MAX_MEMBERS:
        raise ImportProblem(
            translate(
                "Import", "{file} holds {count} files inside; a workbook has a few dozen, and at most {limit} are read."
            ).format(file=name, count=f"{len(members):,}", limit=f"{MAX_MEMBERS:,}")
        )
    total = sum(member.file_size for member in members)
    if total > MAX_UNPACKED_BYTES:
        raise ImportProblem(
            translate(
                "Import",
                "{file} unpacks to {size}, more than the {limit} a workbook may unpack to. Save the sheet you need "
                "as CSV and import that.",
            ).format(file=name, size=_megabytes(total), limit=_megabytes(MAX_UNPACKED_BYTES))
        )
    for member in members:
        if member.file_size > RATIO_FROM_BYTES and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise ImportProblem(
                translate(
                    "Import",
                    "{file} is not a workbook a spreadsheet program wrote: its part {part} unpacks {ratio} times its "
                    "size (at most {limit} times is accepted). It may be made to exhaust memory; it was not opened.",
                ).format(
                    file=name,
                    part=member.filename,
                    ratio=f"{member.file_size // max(member.compress_size, 1):,}",
                    limit=MAX_RATIO,
                )
            )


class Workbook:
    """A checked workbook, opened once with openpyxl in read-only mode."""

    def __init__(self, data: bytes, file_name: str) -> None:
        check_archive(data, file_name)
        self.file_name = file_name
        try:
            import openpyxl

            self._book: Any = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as error:  # a damaged or foreign zip can fail in many ways inside openpyxl
            raise ImportProblem(
                translate(
                    "Import",
                    "This file looks like a zip archive but cannot be read as an Excel workbook (.xlsx): {reason}. "
                    "Open it in a spreadsheet program and save it as .xlsx or CSV.",
                ).format(reason=error.__class__.__name__)
            ) from None

    @property
    def sheet_names(self) -> list[str]:
        return list(self._book.sheetnames)

    def max_row(self, sheet: str) -> int:
        """The sheet's last row as its file says (0 when it does not say)."""
        try:
            return int(self._book[sheet].max_row or 0)
        except Exception:  # a sheet without a recorded size
            return 0

    def rows(self, sheet: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """The sheet's rows as ``(row number, values)``, streamed from the file.

        Raises:
            ImportProblem: the sheet's XML is damaged, or its cells add up to more text than
                :data:`MAX_CELL_TEXT`.
        """
        worksheet = self._book[sheet]
        text = 0
        try:
            first = worksheet.min_row or 1
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=first):
                text += sum(len(value) for value in values if isinstance(value, str))
                if text > MAX_CELL_TEXT:
                    raise ImportProblem(
                        translate(
                            "Import",
                            "The sheet “{sheet}” of {file} holds more than {limit} of text, more than any list of "
                            "orders: it was not imported.",
                        ).format(sheet=sheet, file=self.file_name, limit=_megabytes(MAX_CELL_TEXT))
                    )
                yield number, values
        except ImportProblem:
            raise
        except Exception as error:  # damaged sheet XML
            raise ImportProblem(
                translate(
                    "Import",
                    "The sheet “{sheet}” cannot be read ({reason}); save the workbook again from your spreadsheet "
                    "program.",
                ).format(sheet=sheet, reason=error.__class__.__name__)
            ) from None
