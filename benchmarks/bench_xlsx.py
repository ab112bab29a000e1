"""What a huge workbook and a zip bomb cost an import: wall time and peak memory of `prepare`.

Issue "data safety, second round": a 2 MB .xlsx that inflates to 2 GiB took 4–6 GB of memory
and 40–50 s; a 300,000-row workbook took 31 s, because the workbook was loaded with no limit and
read several times. Now the zip's members are checked before the workbook is opened, and it is
opened once.

    uv run python benchmarks/bench_xlsx.py            # 300,000 rows, and the 2 GiB bomb
    uv run python benchmarks/bench_xlsx.py --rows 100000

Each case runs in a fresh process, so that its peak memory (VmHWM on Linux) is its own.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
    'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
    'main"><sheetData>'
)
HEADER = ("Order ID", "Order date", "Status", "Total", "Store", "Item")
STATUSES = ("Completed", "Awaiting delivery", "Closed")


def _column(index: int) -> str:
    return "ABCDEFGHIJ"[index]


def workbook(rows: int) -> bytes:
    """An orders workbook as a spreadsheet program writes one: shared strings, one sheet."""
    strings: dict[str, int] = {}

    def shared(text: str) -> int:
        return strings.setdefault(text, len(strings))

    sheet = io.StringIO()
    # Excel and openpyxl write the sheet's size first; without it openpyxl reads the whole sheet
    # once more just to find it.
    sheet.write(_SHEET_HEAD.replace("<sheetData>", f'<dimension ref="A1:F{rows + 1}"/><sheetData>'))

    def row(number: int, cells: list[str | float]) -> None:
        sheet.write(f'<row r="{number}">')
        for index, value in enumerate(cells):
            ref = f"{_column(index)}{number}"
            if isinstance(value, str):
                sheet.write(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
            else:
                sheet.write(f'<c r="{ref}"><v>{value}</v></c>')
        sheet.write("</row>")

    row(1, list(HEADER))
    for n in range(rows):
        day = f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
        row(n + 2, [str(8_100_000_000_000 + n), day, STATUSES[n % 3], round(3 + (n * 7919 % 20_000) / 100, 2),
                    f"Store {n % 400}", f"Item {n} — USB-C cable {n % 97} m"])  # fmt: skip
    sheet.write("</sheetData></worksheet>")
    shared_xml = io.StringIO()
    shared_xml.write(
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
        f'main" count="{len(strings)}" uniqueCount="{len(strings)}">'
    )
    for text in strings:
        shared_xml.write(f"<si><t>{text}</t></si>")
    shared_xml.write("</sst>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet.getvalue())
        archive.writestr("xl/sharedStrings.xml", shared_xml.getvalue())
    return buffer.getvalue()


def zip_bomb(inflated: int = 2 * 1024**3) -> bytes:
    """A workbook whose one shared string is ``inflated`` bytes of "A": about 2 MB on disk."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", _SHEET_HEAD + '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
                         "</sheetData></worksheet>")  # fmt: skip
        info = zipfile.ZipInfo("xl/sharedStrings.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            member.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
            chunk = b"A" * (1 << 24)
            for _ in range(inflated // len(chunk)):
                member.write(chunk)
            member.write(b"</t></si></sst>")
    return buffer.getvalue()


def _measure(path: Path) -> dict[str, object]:
    """Run `prepare` on the file in a fresh process: seconds, peak memory, what it said."""
    code = f"""
import json, resource, sys, time
sys.path.insert(0, {str(ROOT)!r})
from tracker.importing.engine import prepare
from tracker.importing.errors import ImportProblem
data = open({str(path)!r}, "rb").read()
started = time.perf_counter()
try:
    prepared = prepare(data, file_name={path.name!r})
    outcome = f"{{len(prepared.orders):,}} orders, {{len(prepared.rejected):,}} rejected"
except ImportProblem as problem:
    outcome = "refused: " + str(problem)
seconds = time.perf_counter() - started
try:  # this process's own high-water mark (ru_maxrss can count the parent's, before exec)
    status = open("/proc/self/status").read()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "peak_mb": peak, "outcome": outcome}}))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"seconds": float("nan"), "peak_mb": float("nan"), "outcome": done.stderr.strip().splitlines()[-1]}
    return dict(json.loads(done.stdout))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--bomb-gib", type=float, default=2.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        cases: list[tuple[str, Path]] = []
        started = time.perf_counter()
        big = Path(folder) / f"orders-{args.rows}.xlsx"
        big.write_bytes(workbook(args.rows))
        cases.append((f"{args.rows:,}-row workbook", big))
        bomb = Path(folder) / "bomb.xlsx"
        bomb.write_bytes(zip_bomb(int(args.bomb_gib * 1024**3)))
        cases.append((f"zip bomb ({args.bomb_gib:g} GiB inflated)", bomb))
        print(f"(made the files in {time.perf_counter() - started:.1f} s)")
        print(f"{'case':36} {'file':>9} {'unpacked':>10} {'seconds':>8} {'peak MB':>8}  outcome")
        for name, path in cases:
            with zipfile.ZipFile(path) as archive:
                unpacked = sum(member.file_size for member in archive.infolist())
            result = _measure(path)
            print(
                f"{name:36} {path.stat().st_size / 1e6:7.1f}MB {unpacked / 1e6:8.0f}MB {result['seconds']:8.2f} "
                f"{result['peak_mb']:8.0f}  {str(result['outcome'])[:120]}"
            )
    return 0


if __name__ == "__main__":
    zlib.compress(b"")  # zlib is there (the zip writer needs it)
    sys.exit(main())
