"""The parser of ``points-tracker-cli`` and running one command.

Each command group (:mod:`~tracker.cli.report`, :mod:`~tracker.cli.records`, …) adds its
subcommands to the parser and names the function that runs each in its ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import NoReturn

from tracker import __version__
from tracker.cli import backup, chart, check, imports, rates, records, report
from tracker.cli.errors import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, PROGRAM, BadInput, fail

Command = Callable[[argparse.Namespace, date], int]
GROUPS = (report, check, imports, records, rates, chart, backup)  # in the order --help lists them
COMMANDS: dict[str, Command] = {name: run for group in GROUPS for name, run in group.COMMANDS.items()}


class _Parser(argparse.ArgumentParser):
    """Bad arguments get one line, not the whole usage text."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROGRAM,
        description="Your own record of AliExpress member points: status, plans, import and export.",
    )
    parser.add_argument("--db", metavar="PATH", help="database file (default: $POINTS_TRACKER_DB or your data folder)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        group.add_parsers(commands)
    return parser


def _print_any_file_name() -> None:
    """A file name that is not UTF-8 reaches us as surrogates (``\udcff``), which a UTF-8 stdout
    refuses to print: print its bytes as they came instead of failing."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and getattr(sys.stdout, "errors", "") == "strict":
        reconfigure(errors="surrogateescape")


def _not_text(args: argparse.Namespace) -> str | None:
    """The first option whose value holds bytes that are not UTF-8 (they reach Python as lone
    surrogates, which nothing can store); file names may, and are left to the file system."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        if any(isinstance(item, str) and not item.isascii() and _has_surrogates(item) for item in values):
            return name
    return None


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def main(argv: Sequence[str] | None = None, *, today: date | None = None) -> int:
    """Run one command. ``today`` is for tests; the command line uses the clock."""
    _print_any_file_name()
    args = build_parser().parse_args(argv)
    from tracker.rules import DateRangeError, RuleSetError
    from tracker.store.errors import InvalidDraftError, StoreError

    undecodable = _not_text(args)
    if undecodable is not None:
        return fail(f"{args.command}: --{undecodable.replace('_', '-')}: the value is not UTF-8 text", EXIT_BAD_INPUT)
    try:
        return COMMANDS[args.command](args, today or date.today())
    except (BadInput, RuleSetError, InvalidDraftError, DateRangeError) as error:
        return fail(f"{args.command}: {error}", EXIT_BAD_INPUT)
    except StoreError as error:
        return fail(f"{args.command}: {error}", EXIT_FAILED)
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
