"""Every ``.ts`` file is complete, in step with the code, and keeps what the code fills in.

After changing a user-visible string: ``uv run python packaging/translations.py update``, then
translate what it marks unfinished (see README, "Translating").
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import translations as tooling  # noqa: E402  packaging/translations.py

TS_FILES = tooling.ts_files()
PLURAL_FORMS = tooling.PLURAL_FORMS
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_the_five_languages_are_shipped() -> None:
    assert sorted(path.stem.removeprefix(tooling.PREFIX) for path in TS_FILES) == sorted(PLURAL_FORMS)


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.stem)
def test_every_message_is_translated(path: Path) -> None:
    code = path.stem.removeprefix(tooling.PREFIX)
    root = ET.parse(path).getroot()
    assert root.get("language") == code
    missing = []
    for context, message in _messages(path):
        translation = message.find("translation")
        assert translation is not None
        forms = _forms(message)
        expected = PLURAL_FORMS[code] if message.get("numerus") == "yes" else 1
        if (
            translation.get("type") in ("unfinished", "vanished", "obsolete")
            or len(forms) != expected
            or not all(form.strip() for form in forms)
        ):
            missing.append(f"{context}: {message.findtext('source')!r}")
    assert missing == [], f"{len(missing)} untranslated in {path.name}"


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.stem)
def test_translations_keep_the_placeholders_counts_tags_and_accelerators(path: Path) -> None:
    wrong = []
    for context, message in _messages(path):
        source = message.findtext("source") or ""
        for form in _forms(message):
            if not form:
                continue
            problems = []
            if sorted(_PLACEHOLDER.findall(form)) != sorted(_PLACEHOLDER.findall(source)):
                problems.append("placeholders")
            if tooling.has_count(source) and message.get("numerus") != "yes":
                problems.append("not a plural message")
            if sorted(_TAG.findall(form)) != sorted(_TAG.findall(source)):
                problems.append("tags")
            if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")) and "<" not in source:
                problems.append("accelerator")
            if problems:
                wrong.append(f"{context}: {source!r} → {form!r}: {', '.join(problems)}")
    assert wrong == []


@pytest.mark.slow
def test_the_ts_files_hold_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    """Run lupdate into a fresh file and compare: a string added to or removed from the code
    without ``packaging/translations.py update`` fails here."""
    fresh = tmp_path / "fresh.ts"
    tooling.extract([fresh])
    wanted = {
        (context, message.findtext("source"), message.findtext("comment")) for context, message in _messages(fresh)
    }
    for path in TS_FILES:
        have = {
            (context, message.findtext("source"), message.findtext("comment")) for context, message in _messages(path)
        }
        assert sorted(wanted - have, key=str) == [], f"{path.name} lacks these; run packaging/translations.py update"
        assert sorted(have - wanted, key=str) == [], f"{path.name} has strings the code no longer uses"


def _marked_in_code() -> set[tuple[str, str]]:
    """(context, text) of every translate(), QT_TRANSLATE_NOOP() and self.tr() call with a literal
    text, read with Python's own parser."""
    found = set()

    def visit(node: ast.AST, class_name: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                name = child.func.attr if isinstance(child.func, ast.Attribute) else getattr(child.func, "id", "")
                args = child.args
                literal = [isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in args]
                if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and literal[0] and literal[1]:
                    found.add((args[0].value, args[1].value))  # type: ignore[attr-defined]
                elif name == "tr" and isinstance(child.func, ast.Attribute) and args and literal[0]:
                    found.add((class_name, args[0].value))  # type: ignore[attr-defined]
            visit(child, class_name)

    for path in tooling.source_files():
        visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


@pytest.mark.slow
def test_lupdate_extracts_every_string_the_code_marks(tmp_path: Path) -> None:
    """lupdate's Python reader silently skips a call it cannot follow (a count such as
    ``len(x)``): every marked string must reach the .ts files."""
    fresh = tmp_path / "fresh.ts"
    tooling.extract([fresh])
    extracted = {(context, message.findtext("source") or "") for context, message in _messages(fresh)}
    assert sorted(_marked_in_code() - extracted) == []


@pytest.mark.slow
def test_every_ts_compiles(tmp_path: Path) -> None:
    made = tooling.compile_all(tmp_path)
    assert len(made) == len(TS_FILES) and all(path.stat().st_size > 1000 for path in made)


def test_lrelease_and_lupdate_come_with_pyside6() -> None:
    for name in ("lupdate", "lrelease"):
        tool = tooling._tool(name)
        assert tool.is_file(), tool
        assert subprocess.run([str(tool), "-version"], capture_output=True, timeout=30).returncode == 0
