"""Keep the translations in step with the code, and compile them.

    uv run python packaging/translations.py update        # new strings into every .ts
    uv run python packaging/translations.py update --new eo   # start a language
    uv run python packaging/translations.py status        # what is left to translate
    uv run python packaging/translations.py compile DIR   # .qm files for a build

``update`` runs ``pyside6-lupdate`` over every module of ``tracker/``: a new string arrives in
each ``.ts`` unfinished, a string no longer in the code is dropped, and the translations of
strings that did not change are kept. lupdate sees plurals only in ``self.tr(text, "", n)``,
not in ``translate(context, text, None, n)``, and turns plural translations back into one form
when it misses them; so afterwards every message whose text has ``%n`` or ``%Ln`` is made a plural
message again, with the forms it had before. Then translate the unfinished ones (Qt Linguist, or any
editor: it is XML) and run the tests — ``tests/test_translations.py`` fails while any is left.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
PREFIX = "points_tracker_"
# How many plural forms each language has in Qt's numerus rules.
PLURAL_FORMS = {"es": 2, "fr": 2, "pt_BR": 2, "ru": 3, "pl": 3}
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _tool(name: str) -> Path:
    import PySide6

    return Path(PySide6.__file__).resolve().parent / (f"{name}.exe" if sys.platform == "win32" else name)


def source_files() -> list[Path]:
    return sorted(path for path in (ROOT / "tracker").rglob("*.py") if "__pycache__" not in path.parts)


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob(f"{PREFIX}*.ts"))


Forms = tuple[list[str], bool]  # the translation's forms, and whether it is finished


def read_forms(path: Path) -> dict[tuple[str, str], Forms]:
    """(context, source) → the translation's forms (one unless it is a plural) and finished."""
    found: dict[tuple[str, str], Forms] = {}
    if not path.exists():
        return found
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            plural = [form.text or "" for form in translation.iter("numerusform")]
            forms = plural if message.get("numerus") == "yes" else [translation.text or ""]
            found[(name, message.findtext("source") or "")] = (forms, translation.get("type") is None)
    return found


def write_ts(path: Path, root: ET.Element) -> None:
    ET.indent(root, "    ")
    path.write_text(HEADER + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def has_count(source: str) -> bool:
    return "%n" in source or "%Ln" in source


def restore_plurals(path: Path, before: dict[tuple[str, str], Forms]) -> None:
    """Make every message with ``%n`` a plural one, with the forms it had ``before`` lupdate."""
    root = ET.parse(path).getroot()
    count = PLURAL_FORMS.get(root.get("language") or "", 2)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if not has_count(source) or translation is None or message.get("numerus") == "yes":
                continue
            forms, finished = before.get((name, source), ([], False))
            forms = (forms + [""] * count)[:count]
            message.set("numerus", "yes")
            translation.text = None
            translation.attrib.clear()
            if not (finished and all(forms)):
                translation.set("type", "unfinished")
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
    write_ts(path, root)


def extract(targets: list[Path]) -> None:
    """Run lupdate: the strings of the code into each of ``targets`` (created when missing)."""
    before = {target: read_forms(target) for target in targets}
    sources = [str(path.relative_to(ROOT)) for path in source_files()]
    command = [str(_tool("lupdate")), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts"]
    subprocess.run([*command, *(str(target) for target in targets)], check=True, cwd=ROOT)
    for target in targets:
        restore_plurals(target, before[target])


def unfinished(path: Path) -> int:
    root = ET.parse(path).getroot()
    return sum(1 for message in root.iter("message") if message.find("translation").get("type") == "unfinished")


def compile_all(out: Path) -> list[Path]:
    """Every ``.ts`` to a ``.qm`` in ``out``; raises if lrelease fails."""
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in ts_files():
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([str(_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    update = commands.add_parser("update", help="bring every .ts up to date with the code")
    update.add_argument("--new", metavar="CODE", help="also start resources/translations/points_tracker_CODE.ts")
    commands.add_parser("status", help="count the strings left to translate")
    compile_parser = commands.add_parser("compile", help="compile every .ts into .qm files")
    compile_parser.add_argument("out", type=Path)
    options = parser.parse_args(argv)

    if options.command == "update":
        targets = ts_files()
        if options.new:
            new = TRANSLATIONS / f"{PREFIX}{options.new}.ts"
            TRANSLATIONS.mkdir(parents=True, exist_ok=True)
            if not new.exists():
                new.write_text(
                    f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    f'<TS version="2.1" language="{options.new}"></TS>\n',
                    encoding="utf-8",
                )
            targets = sorted({*targets, new})
        extract(targets)
    if options.command in ("update", "status"):
        for ts in ts_files():
            print(f"{ts.name}: {unfinished(ts)} unfinished")
    if options.command == "compile":
        for qm in compile_all(options.out):
            print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
