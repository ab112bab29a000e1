"""A JSON file of records as rows of text cells, so that it imports like a CSV file.

Exporters write a list of flat objects (My Purchases Collector's ``JSON.stringify(orders)``, the
``aliexpress-mcp`` exports): each object is a row, each key a column, in the order keys first
appear. A list under one key of an object (``{"orders": [...]}``) is found too. Values become the
text a CSV export would hold: numbers as written, ``true``/``false``, ``null`` as blank, a list of
plain values joined with ``"; "``, a nested object as one column per key (``price.amount``).

Record *n* of the file is row *n* in every message; the header is not a row of the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from tracker.i18n import translate
from tracker.importing.errors import ImportProblem

JSON = "json"
_MAX_DEPTH = 3  # nested objects flattened this deep; deeper ones are kept as JSON text


def looks_like_json(data: bytes, file_name: str) -> bool:
    """A ``.json`` file, or one whose text starts with ``[`` or ``{`` (after a byte-order mark)."""
    if file_name.lower().endswith(".json"):
        return True
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] in (b"[", b"{")


def read_records(data: bytes) -> tuple[list[str], list[list[str]]]:
    """The header (every key, in first-seen order) and each record's cells.

    Raises:
        ImportProblem: not JSON, or JSON that holds no list of records; the message says where.
    """
    try:
        value = json.loads(data, parse_float=Decimal)
    except UnicodeDecodeError:
        raise ImportProblem(translate("Import", "This JSON file is not UTF-8 text.")) from None
    except json.JSONDecodeError as error:
        raise ImportProblem(
            translate("Import", "This is not valid JSON: {reason} at line {line}, column {column}.").format(
                reason=error.msg, line=error.lineno, column=error.colno
            ),
            line=error.lineno,
        ) from None
    except RecursionError:
        raise ImportProblem(
            translate("Import", "This JSON file is nested too deeply to be a list of records.")
        ) from None
    records = _records(value)
    if records is None:
        raise ImportProblem(
            translate("Import", "This JSON file holds no list of records (objects with the same keys) to import.")
        )
    flat = [dict(_flatten("", record, 0)) for record in records]
    headers: dict[str, None] = {}
    for record in flat:
        headers.update(dict.fromkeys(record))
    names = list(headers)
    return names, [[record.get(name, "") for name in names] for record in flat]


def _records(value: Any) -> list[dict[str, Any]] | None:
    if isinstance(value, list):
        objects = [item for item in value if isinstance(item, dict)]
        return objects if objects and len(objects) == len(value) else None
    if isinstance(value, dict):
        for item in value.values():
            found = _records(item) if isinstance(item, list) else None
            if found:
                return found
    return None


def _flatten(prefix: str, value: Any, depth: int) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict) and depth < _MAX_DEPTH:
        for key, item in value.items():
            yield from _flatten(f"{prefix}.{key}" if prefix else str(key), item, depth + 1)
        if not value and prefix:
            yield prefix, ""
        return
    yield prefix, cell_text(value)


def cell_text(value: Any) -> str:
    """A JSON value as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        return format(value, "f") if value.is_finite() else ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list) and all(not isinstance(item, (list, dict)) for item in value):
        return "; ".join(cell_text(item) for item in value)
    return json.dumps(value, ensure_ascii=False, default=str)
