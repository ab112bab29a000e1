"""Presets: the files shoppers get from known tools, and mappings shoppers saved themselves.

The built-in presets — one per public exporter, each read from the exporter's own code — are in
:mod:`tracker.importing.known_exports`, with the sources named.

A shopper's own preset is an :class:`~tracker.importing.options.ImportOptions` saved under a
name, as JSON in the settings table (key ``import_presets``). A file whose header has every
column a preset names gets that preset proposed; the one naming the most columns wins, and a
shopper's own preset wins a tie. A file without a header row is matched by the shape of its
rows (:attr:`Preset.rows_fit`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.importing.errors import ImportProblem
from tracker.importing.headers import header_key
from tracker.importing.known_exports import (
    BUILTIN,
    COLLECTOR,
    COLLECTOR_JSON,
    DATA_DOWNLOAD,
    MCP_LINES,
    MCP_ORDERS,
    MCP_REFUNDS,
    NATIVE,
    OLD_ORDER_DETAILS,
    OLD_ORDER_LIST,
    ORDER_DOWNLOADER,
    ORDER_DOWNLOADER_NO_HEADER,
    ORDER_EXPORT_LINES,
    ORDER_EXPORT_ORDERS,
    ORDER_EXPORT_WORKBOOK_LINES,
    ORDER_EXPORT_WORKBOOK_ORDERS,
    ORDER_EXPORTER,
    ORDER_EXPORTER_FIRST,
    ORDERS_SCRAPPER,
    Preset,
)
from tracker.importing.options import ImportOptions
from tracker.store import repository

SETTING_PRESETS = "import_presets"

__all__ = [
    "BUILTIN", "COLLECTOR", "COLLECTOR_JSON", "DATA_DOWNLOAD", "MCP_LINES", "MCP_ORDERS", "MCP_REFUNDS", "NATIVE",
    "OLD_ORDER_DETAILS", "OLD_ORDER_LIST", "ORDERS_SCRAPPER", "ORDER_DOWNLOADER", "ORDER_DOWNLOADER_NO_HEADER",
    "ORDER_EXPORTER", "ORDER_EXPORTER_FIRST", "ORDER_EXPORT_LINES", "ORDER_EXPORT_ORDERS",
    "ORDER_EXPORT_WORKBOOK_LINES", "ORDER_EXPORT_WORKBOOK_ORDERS", "Preset", "apply_preset", "delete_user_preset",
    "find_preset", "load_user_presets", "parse_user_presets", "propose", "propose_headerless", "save_user_preset",
]  # fmt: skip


# -- the shopper's own presets --------------------------------------------------------------------


def load_user_presets(db: SqliteDatabase) -> dict[str, Preset]:
    """The presets the shopper saved; an unreadable entry is left out rather than failing."""
    return parse_user_presets(repository.get_settings(db).get(SETTING_PRESETS, ""))


def parse_user_presets(text: str) -> dict[str, Preset]:
    """Presets from the stored JSON text (the ``import_presets`` setting)."""
    try:
        stored = json.loads(text) if text.strip() else {}
    except ValueError:
        return {}
    presets: dict[str, Preset] = {}
    if not isinstance(stored, dict):
        return presets
    for name, entry in stored.items():
        try:
            presets[name] = _user_preset(name, entry)
        except (ImportProblem, TypeError, AttributeError, KeyError):
            continue
    return presets


def _user_preset(name: str, entry: dict[str, Any]) -> Preset:
    options = ImportOptions.from_preset_json(entry["options"]).but(preset=name)
    signature = frozenset(header_key(str(h)) for h in entry.get("headers", ()))
    return Preset(name, str(entry.get("description", "")), options, signature, builtin=False)


def save_user_preset(db: SqliteDatabase, name: str, options: ImportOptions, description: str = "") -> Preset:
    """Save ``options`` (how to read the file, what its columns mean) under ``name``.

    A preset of the same name is replaced. The columns the mapping names become the signature
    that proposes the preset for another file.

    Raises:
        ImportProblem: no name, a built-in preset's name, or nothing mapped.
    """
    name = " ".join(name.split())
    if not name:
        raise ImportProblem(translate("Import", "Give the preset a name."))
    if name in BUILTIN:
        raise ImportProblem(
            translate("Import", "“{name}” is the name of a built-in preset: choose another.").format(name=name)
        )
    if not options.mapping:
        raise ImportProblem(translate("Import", "Map at least one column before saving a preset."))
    stored = _stored(db)
    stored[name] = {
        "description": description,
        "options": options.preset_json(),
        "headers": sorted(set(options.mapping.values())),
    }
    repository.set_setting(db, SETTING_PRESETS, json.dumps(stored, ensure_ascii=False, sort_keys=True))
    return _user_preset(name, stored[name])


def delete_user_preset(db: SqliteDatabase, name: str) -> bool:
    stored = _stored(db)
    if name not in stored:
        return False
    del stored[name]
    repository.set_setting(db, SETTING_PRESETS, json.dumps(stored, ensure_ascii=False, sort_keys=True))
    return True


def _stored(db: SqliteDatabase) -> dict[str, Any]:
    try:
        stored = json.loads(repository.get_settings(db).get(SETTING_PRESETS, "") or "{}")
    except ValueError:
        stored = {}
    return stored if isinstance(stored, dict) else {}


# -- choosing -------------------------------------------------------------------------------------


def find_preset(name: str, user_presets: Mapping[str, Preset] | None = None) -> Preset:
    """The preset called ``name`` (built-in or saved), ignoring case.

    Raises:
        ImportProblem: there is none; the message lists the names there are.
    """
    everything = {**BUILTIN, **(user_presets or {})}
    if name in everything:
        return everything[name]
    folded = {key.casefold(): preset for key, preset in everything.items()}
    if name.casefold() in folded:
        return folded[name.casefold()]
    raise ImportProblem(
        translate("Import", "There is no preset “{name}”. Presets: {choices}.").format(
            name=name, choices=", ".join(everything)
        )
    )


def propose(headers: list[str], user_presets: Mapping[str, Preset] | None = None) -> Preset | None:
    """The preset whose columns the header has, naming the most of them; ``None`` if none fits."""
    keys = {header_key(header) for header in headers}
    best: tuple[float, Preset] | None = None
    candidates = [*BUILTIN.values(), *(user_presets or {}).values()]
    for preset in candidates:
        if preset.native or len(preset.signature) < 2 or not preset.signature <= keys:
            continue
        score = len(preset.signature) + (0.5 if not preset.builtin else 0.0)
        if best is None or score > best[0]:
            best = (score, preset)
    return best[1] if best else None


def propose_headerless(rows: list[list[str]]) -> Preset | None:
    """The built-in preset whose exporter writes rows like these without a header, or ``None``."""
    return next((p for p in BUILTIN.values() if p.rows_fit is not None and p.rows_fit(rows)), None)


def apply_preset(preset: Preset, options: ImportOptions) -> ImportOptions:
    """``options`` with the preset's choices filled in wherever the shopper made none.

    A mapping the shopper gave (``--map``) is laid over the preset's: their columns win, and a
    column they mapped is taken away from the field the preset gave it.
    """
    base = preset.options
    changes: dict[str, Any] = {"preset": preset.name}
    for key in ("encoding", "delimiter", "sheet", "header_line", "target", "date_format", "decimal",
                "currency", "default_status", "activity_kind"):  # fmt: skip
        if getattr(options, key) is None and getattr(base, key) is not None:
            changes[key] = getattr(base, key)
    for key in ("skip_lines", "skip_trailing"):
        if not getattr(options, key) and getattr(base, key):
            changes[key] = getattr(base, key)
    if base.amounts_in_cents and not options.amounts_in_cents:
        changes["amounts_in_cents"] = True
    if base.status_overrides:
        changes["status_overrides"] = {**base.status_overrides, **options.status_overrides}
    if base.mapping:
        given = options.mapping or {}
        taken = {header_key(column) for column in given.values()}
        mapping = {f: c for f, c in base.mapping.items() if f not in given and header_key(c) not in taken}
        changes["mapping"] = {**mapping, **given}
    return options.but(**changes)
