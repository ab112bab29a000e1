"""A workbook cannot make us unpack, read or store more than it holds: a zip bomb is refused
before anything is unpacked, the workbook is opened once, and one long shared string used by
every row is not multiplied into gigabytes of text. (Timings: benchmarks/bench_xlsx.py.)"""

from __future__ import annotations

import io
import struct
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tracker.cli.main import main
from tracker.importing.engine import prepare
from tracker.importing.errors import ImportProblem
from tracker.importing.workbook import MAX_UNPACKED_BYTES
from tracker.store.connection import close_database

TODAY = date(2026, 11, 24)
SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"


NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    "_rels/.rels": f'<Relationships {RELS}><Relationship Id="rId1" Type="{OFFICE}/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<workbook {NS} xmlns:r="{OFFICE}"><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/>'
    "</sheets></workbook>",
    "xl/_rels/workbook.xml.rels": f'<Relationships {RELS}><Relationship Id="rId1" Type="{OFFICE}/worksheet" '
    f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{OFFICE}/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>',
}


def workbook(rows: int = 3, title: str = "Lamp") -> bytes:
    """An orders workbook as Excel writes one: every text once, in the shared strings."""
    texts = ["Order ID", "Order date", "Status", "Total", "Item", "Completed", title, "2026-01-05"]
    header = "".join(f'<c r="{col}1" t="s"><v>{n}</v></c>' for n, col in enumerate("ABCDE"))
    body = "".join(
        f'<row r="{r}"><c r="A{r}" t="s"><v>{len(texts) + r - 2}</v></c><c r="B{r}" t="s"><v>7</v></c>'
        f'<c r="C{r}" t="s"><v>5</v></c><c r="D{r}"><v>12.5</v></c><c r="E{r}" t="s"><v>6</v></c></row>'
        for r in range(2, rows + 2)
    )
    texts += [f"81{n:06}" for n in range(rows)]
    sheet = f'<worksheet {NS}><dimension ref="A1:E{rows + 1}"/><sheetData><row r="1">{header}</row>{body}' + (
        "</sheetData></worksheet>"
    )
    strings = f"<sst {NS}>" + "".join(f"<si><t>{text}</t></si>" for text in texts) + "</sst>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in {**PARTS, SHEET: sheet, STRINGS: strings}.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def replace_member(data: bytes, name: str, content: bytes, *, declared: int | None = None) -> bytes:
    """The workbook with one member's content replaced; ``declared`` overrides the unpacked size
    its directory entry states (a lying archive)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            target.writestr(info.filename, content if info.filename == name else source.read(info.filename))
    out = bytearray(buffer.getvalue())
    if declared is not None:
        entry = _central_entry(out, name)
        struct.pack_into("<I", out, entry + 24, declared)  # uncompressed size in the central directory
    return bytes(out)


def _central_entry(data: bytearray, name: str) -> int:
    position = 0
    while True:
        position = data.index(b"PK\x01\x02", position)
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + name_length].decode() == name:
            return position
        position += 4


def run(*args: str) -> int:
    code = main(list(args), today=TODAY)
    close_database()
    return code


def test_a_workbook_that_says_it_unpacks_to_2_gib_is_refused_unopened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = workbook()
    bomb = replace_member(data, STRINGS, zipfile.ZipFile(io.BytesIO(data)).read(STRINGS), declared=2**31)
    path = tmp_path / "backup.xlsx"
    path.write_bytes(bomb)
    opened: list[bool] = []
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *args, **kwargs: opened.append(True))
    monkeypatch.setenv("POINTS_TRACKER_DB", str(tmp_path / "points.sqlite3"))

    for dry_run in ([], ["--dry-run"]):
        assert run("import", str(path), *dry_run) == 2
        err = capsys.readouterr().err.strip()
        assert err == (
            f"points-tracker-cli: import: {path}: backup.xlsx unpacks to 2,048 MB, more than the "
            f"{MAX_UNPACKED_BYTES // 1024 // 1024} MB a workbook may unpack to. Save the sheet you need as CSV and "
            "import that."
        )
    assert opened == []


def test_a_part_that_unpacks_a_thousand_times_its_size_is_refused() -> None:
    data = workbook()
    stuffed = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
    bomb = replace_member(data, STRINGS, stuffed + b"A" * 20_000_000 + b"</t></si></sst>")
    with pytest.raises(ImportProblem, match=r"its part xl/sharedStrings.xml unpacks [\d,]+ times its size"):
        prepare(bomb, file_name="backup.xlsx")


def test_a_part_that_unpacks_to_more_than_it_says_is_cut_off_and_refused() -> None:
    data = workbook()
    stuffed = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
    lying = replace_member(data, STRINGS, stuffed + b"A" * 900_000 + b"</t></si></sst>", declared=2_000)
    with pytest.raises(ImportProblem, match="cannot be read as an Excel workbook"):
        prepare(lying, file_name="backup.xlsx")


def test_one_long_shared_string_in_every_row_is_not_multiplied(monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.importing import workbook as workbook_module

    monkeypatch.setattr(workbook_module, "MAX_CELL_TEXT", 5_000_000)
    data = workbook(rows=200, title="x" * 50_000)  # 10 MB of text from a file of a few KB
    assert len(data) < 100_000
    with pytest.raises(ImportProblem, match="holds more than 5 MB of text"):
        prepare(data, file_name="orders.xlsx")


def test_a_workbook_is_opened_once_however_often_it_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    real = openpyxl.load_workbook

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(True)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(openpyxl, "load_workbook", counting)
    prepared = prepare(workbook(rows=50), file_name="orders.xlsx")
    assert len(prepared.orders) == 50
    assert calls == [True]
