"""The parser of ``points-tracker-cli`` and running one command.

Each command group (:mod:`~tracker.cli.report`, :mod:`~tracker.cli.records`, …) adds its
subcommands to the parser and names the function that runs each in its ``COMMANDS``.

An error the command expects (bad input, a database it cannot use) is one line on stderr and
exit status 2 or 1 (:mod:`~tracker.cli.errors`). Anything else is a bug: one line too, naming
the log file that holds its traceback, and exit status 3; ``--debug`` prints the traceback and
logs every step (:mod:`tracker.logs`).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NoReturn

from tracker import __version__, logs
from tracker.cli import backup, chart, check, imports, rates, records, report
from tracker.cli.errors import EXIT_BAD_INPUT, EXIT_BUG, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, PROGRAM, BadInput, fail

Command = Callable[[argparse.Namespace, date], int]
GROUPS = (report, check, imports, records, rates, chart, backup)  # in the order --help lists them
COMMANDS: dict[str, Command] = {name: run for group in GROUPS for name, run in group.COMMANDS.items()}


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, told the terminal's width as argparse would find it: left to
    itself, every one made (one per argument, on every start) imports ``shutil`` to ask."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_terminal_columns() - 2)


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``: $COLUMNS, else the terminal's, else 80."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Parser(argparse.ArgumentParser):
    """Bad arguments get one line, not the whole usage text."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)  # the subcommands' parsers too
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with ``command``, one that knows only the commands of its group (which
    parses that command's arguments alike, and builds in a fraction of the time)."""
    parser = _Parser(
        prog=PROGRAM,
        description="Your own record of AliExpress member points: status, plans, import and export.",
    )
    parser.add_argument("--db", metavar="PATH", help="database file (default: $POINTS_TRACKER_DB or your data folder)")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="log every step to stderr and to the log file, and print the traceback of an unexpected error",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        if command is None or command in group.COMMANDS:
            group.add_parsers(commands)
    return parser


def _command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, when that is plain: the first word not an option (nor
    ``--db``'s value) is a known command and no help or version is asked for."""
    words = list(argv)
    index = 0
    while index < len(words):
        word = words[index]
        if word in ("-h", "--help", "--version"):
            return None
        if word == "--db":
            index += 2
            continue
        if word.startswith("-"):
            index += 1
            continue
        return word if word in COMMANDS else None
    return None


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
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(_command_named(arguments)).parse_args(arguments)
    logs.configure(debug=args.debug, file_level=logging.WARNING)
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
    except KeyboardInterrupt:  # a write under way was rolled back with its transaction
        return fail(f"{args.command}: interrupted", EXIT_INTERRUPTED)
    except Exception as error:
        return _unexpected(args, error)
    finally:
        _close_database()


def _close_database() -> None:
    """Close the file the command opened, if any: SQLite then folds its write-ahead log back into
    the file, which is left whole for the next program (even a read writes: the derived sums)."""
    connection = sys.modules.get("tracker.store.connection")
    if connection is not None:
        try:
            connection.close_database()
        except Exception:  # closing is tidying up: the command's outcome stands
            logging.getLogger(__name__).warning("Could not close the database", exc_info=True)


def _unexpected(args: argparse.Namespace, error: Exception) -> int:
    """A bug: logged with its traceback; one line on stderr (the traceback too with ``--debug``)."""
    written = logs.log_unexpected((type(error), error, error.__traceback__), where=args.command)
    if args.debug:
        traceback.print_exception(error)
    details = f"the details are in {written}" if written else "run it again with --debug to see the details"
    what = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return fail(f"{args.command}: unexpected error ({what}); {details}", EXIT_BUG)


if __name__ == "__main__":
    sys.exit(main())
