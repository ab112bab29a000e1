"""Argument types and option groups several commands share.

A type raises :class:`argparse.ArgumentTypeError`, which the parser turns into one line and exit
status 2.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from tracker.cli.errors import BadInput


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-02-20") from None


def usd_cents(text: str) -> int:
    try:
        amount = Decimal(text.strip().lstrip("$"))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount like 12.34") from None
    try:
        exact = amount.is_finite() and amount == amount.quantize(Decimal("0.01"))
    except InvalidOperation:  # more digits than cents can hold
        raise argparse.ArgumentTypeError(f"{text} is too large") from None
    if not exact:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount like 12.34")
    if amount < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative: amounts are never below zero")
    if amount >= 1_000_000_000:
        raise argparse.ArgumentTypeError(f"{text} is too large")
    return int(amount * 100)


def multiplier(text: str) -> Decimal:
    from tracker.rules.records import MIN_MULTIPLIER  # here: the parser is built before every command

    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number like 2 or 1.5") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"{text!r} is not a number like 2 or 1.5")
    if value < MIN_MULTIPLIER:
        raise argparse.ArgumentTypeError(f"{text} is below 1: a promotion multiplies points by 1 or more (S9)")
    return value


def as_of_options(parser: argparse.ArgumentParser) -> None:
    """``--as-of`` and ``--ruleset``, for the commands that compute figures."""
    parser.add_argument("--as-of", type=iso_date, metavar="DATE", help="what it looked like on DATE (default: today)")
    parser.add_argument("--ruleset", metavar="NAME|FILE", help="another rule set than the active one")


def read_file(path: Path) -> bytes:
    """The bytes of a file the user named; a missing or unreadable one is bad input."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadInput(f"{path}: is a folder, not a file") from None
    except OSError as error:
        raise BadInput(f"{path}: cannot be read ({error.strerror})") from None


def what_is(path: Path) -> str | None:
    """``"folder"``, ``"file"`` or None (nothing there) for a path the user named; a name no file
    can have (too long, …) is bad input."""
    try:
        if path.is_dir():
            return "folder"
        return "file" if path.exists() else None
    except OSError as error:
        raise BadInput(f"{path}: {(error.strerror or str(error)).lower()}") from None


def print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))
