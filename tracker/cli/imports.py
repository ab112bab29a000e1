"""``points-tracker-cli import FILE``, ``imports`` and ``undo-import``.

``import`` reads any shopper's CSV, JSON or workbook through the import engine.

The app's own CSV files are recognised by their header and read strictly, as always. Other
files get the dialog's guesses; every guess can be set with a flag. ``--map FIELD=COLUMN``
corrects one field and keeps the other guesses (``--map FIELD=`` leaves one out);
``--date-format`` takes a format as people write it (``DD.MM.YYYY``, ``D.M.YY``, ``%d.%m.%Y``).
What cannot be guessed (day and month, the decimal separator) stops the import with exit status
2 and names the flag to pass; so does any flag value that cannot be used, in one line.
``--dry-run`` reads the database only (never creating or changing it) and writes nothing.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.cli.arguments import print_json, read_file
from tracker.cli.database import open_db
from tracker.cli.errors import EXIT_OK, BadInput
from tracker.cli.rates import check_missing, rates_from_flags, read_user_rates, with_flag_rates

if TYPE_CHECKING:
    from tracker.currency.rates import UserRate
    from tracker.importing.engine import StoredOrders
    from tracker.importing.options import ImportOptions
    from tracker.importing.prepared import Prepared

FIELD_HELP = (
    "orders: order_no order_date paid_date status confirmed_date item_title product_id category quantity "
    "unit_price line_total order_total discount shipping refund refund_date currency store parent_order_no "
    "end_reason; activity: date kind points item_price note; points history: date points note; refunds: "
    "order_no refund_date refund unit_price quantity currency item_title product_id store"
)


def add_parsers(commands: Any) -> None:
    importing = commands.add_parser(
        "import", help="import orders or activity from a CSV or Excel file (Points Tracker's own, or any export)"
    )
    importing.add_argument("file", type=Path)
    importing.add_argument("--json", action="store_true", help="counts, the mapping used and rejected rows as JSON")
    add_arguments(importing)

    commands.add_parser("imports", help="list past imports")
    undo = commands.add_parser("undo-import", help="remove everything one import added")
    undo.add_argument("batch", type=int)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The flags of ``import`` besides FILE and --json."""
    parser.add_argument("--preset", metavar="NAME", help="read the file as a known export or a saved preset")
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=f"take FIELD from COLUMN, keeping the other guesses; FIELD= leaves it out ({FIELD_HELP})",
    )
    parser.add_argument(
        "--kind", choices=("orders", "activity", "points-history", "refunds"), help="what the file holds"
    )
    parser.add_argument(
        "--date-format",
        metavar="FORMAT",
        help="the dates' format with any separator: DD.MM.YYYY, MM/DD/YYYY, YYYY-MM-DD, D MMM YYYY, D.M.YY …, "
        "or strftime such as %%d.%%m.%%Y",
    )
    parser.add_argument("--decimal", choices=(".", ","), help="the decimal separator of the amounts")
    parser.add_argument("--encoding", help="the file's text encoding (utf-8, cp1252, utf-16 …)")
    parser.add_argument("--delimiter", help="the separator: a character, or tab, comma, semicolon")
    parser.add_argument("--sheet", help="the workbook sheet to read")
    parser.add_argument("--header-line", type=int, metavar="N", help="the line holding the column names (0: none)")
    parser.add_argument("--skip-lines", type=int, default=0, metavar="N", help="lines to pass over at the top")
    parser.add_argument("--skip-trailing", type=int, default=0, metavar="N", help="rows to leave out at the bottom")
    parser.add_argument("--currency", metavar="CODE", help="the currency of amounts that name none (default USD)")
    parser.add_argument(
        "--rate", action="append", default=[], metavar="CODE=RATE",
        help="US$ for 1 CODE, saved as your rate for CODE (every date): for a currency without ECB rates",
    )  # fmt: skip
    parser.add_argument("--default-status", choices=("pending", "confirmed", "cancelled"),
                        help="the status of orders when the file has none")  # fmt: skip
    parser.add_argument(
        "--status", action="append", default=[], metavar="WORDING=STATUS", help="map a status wording of the file"
    )
    parser.add_argument("--update", action="store_true", help="update orders already recorded (default: skip them)")
    parser.add_argument("--skip-errors", action="store_true", help="import the good rows when some are rejected")
    parser.add_argument("--dry-run", action="store_true", help="check every row and report, but write nothing")


def _pairs(values: list[str], flag: str, *, empty_ok: bool = False) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        name, equals, column = value.partition("=")
        if not equals or not name.strip() or not (column.strip() or empty_ok):
            raise BadInput(f"{flag} {value!r}: write it as {flag} NAME=VALUE")
        pairs[name.strip()] = column.strip()
    return pairs


def options_from(args: argparse.Namespace) -> ImportOptions:
    """The import's options from the flags; a value that cannot be used is bad input."""
    from tracker.importing.errors import ImportProblem
    from tracker.importing.options import ImportOptions

    corrections = _pairs(args.map, "--map", empty_ok=True)
    for flag in ("preset", "encoding", "delimiter", "sheet", "currency", "date_format"):
        value = getattr(args, flag)
        if value is not None and not value.strip() and not (flag == "delimiter" and value):
            raise BadInput(f"--{flag.replace('_', '-')} needs a value")
    try:
        return ImportOptions(
            encoding=args.encoding,
            delimiter=args.delimiter,
            sheet=args.sheet,
            header_line=args.header_line,
            skip_lines=args.skip_lines,
            skip_trailing=args.skip_trailing,
            target=args.kind.replace("-", "_") if args.kind else None,
            corrections=corrections,
            date_format=args.date_format,
            decimal=args.decimal,
            currency=args.currency.strip().upper() if args.currency else None,
            default_status=args.default_status,
            status_overrides=_pairs(args.status, "--status"),
            preset=args.preset,
            on_duplicate="update" if args.update else "skip",
            skip_errors=args.skip_errors,
        )
    except ImportProblem as problem:
        raise BadInput(str(problem)) from None


def _stored_orders(path: Path) -> StoredOrders:
    """Reads recorded orders by number from the file, read-only (a missing file has none)."""
    import sqlite3

    from tracker.importing.engine import orders_by_number
    from tracker.store.drafts import OrderDraft
    from tracker.store.peek import read_only

    def read(order_nos: Any) -> dict[str, OrderDraft]:
        if not path.is_file():
            return {}
        try:
            connection = read_only(path)  # leaves nothing beside the file (a dry run writes nothing)
            try:
                return orders_by_number(connection, order_nos)
            finally:
                connection.close()
        except sqlite3.Error:
            return {}

    return read


def _lookups(path: Path, *, dry_run: bool) -> tuple[set[str], dict[str, str], str]:
    """Stored order numbers, exchange rates (of an older file) and saved presets, read without
    changing the file or leaving anything beside it. A file that does not exist yet has none.

    A dry run stops here, as the import would when opening it, on a file it must not use (newer,
    damaged, another program's); the import itself says so when it opens the file.
    """
    from tracker.store.errors import StoreError
    from tracker.store.peek import peek_lookups

    try:
        orders, settings = peek_lookups(path)
    except StoreError:
        if dry_run:
            raise
        return set(), {}, ""
    try:
        rates = json.loads(settings.get("exchange_rates") or "{}")
    except ValueError:
        rates = {}
    return orders, rates if isinstance(rates, dict) else {}, settings.get("import_presets", "")


def _old_rates(rates: dict[str, str]) -> list[UserRate]:
    """The rates of an older file's ``exchange_rates`` setting (moved to a table on next opening)."""
    from tracker.currency.rates import UserRate, parse_rate

    found = []
    for code, text in rates.items():
        rate = parse_rate(str(text))
        if isinstance(code, str) and rate is not None:
            found.append(UserRate(code.strip().upper(), rate))
    return found


def _problem_json(row: int, column: str, reason: str) -> dict[str, Any]:
    return {"row": row, "column": column, "reason": reason}


def cmd_import(args: argparse.Namespace, today: date) -> int:
    """Import (or with ``--dry-run`` only check) one file; returns the exit status."""
    from tracker.collector import collector_paused

    # One pause of the cyclic collector for reading, checking and writing, which make a million
    # small objects holding no cycles; it resumes once they are freed, so that it never walks
    # them (resuming between the steps made it walk them all, twice, for nothing).
    with collector_paused():
        return _import_file(args)


def _import_file(args: argparse.Namespace) -> int:
    from tracker.currency.rates import RateBook
    from tracker.importing.batch import check_importable
    from tracker.importing.engine import prepare, run_import
    from tracker.importing.errors import ImportProblem
    from tracker.importing.native_import import problem_text
    from tracker.importing.prepared import AmbiguousChoice, MappingProblem
    from tracker.importing.presets import parse_user_presets
    from tracker.store.paths import resolve_db_path

    data = read_file(args.file)
    try:
        options = options_from(args)
    except ImportProblem as problem:  # a flag's value the importer does not know
        raise BadInput(str(problem)) from None
    flag_rates = rates_from_flags(args.rate)
    db_path = resolve_db_path(args.db)
    existing, old_rates, presets_text = _lookups(db_path, dry_run=args.dry_run)
    user_rates = with_flag_rates(read_user_rates(db_path) or _old_rates(old_rates), flag_rates)
    book = RateBook(user_rates)
    try:
        prepared = prepare(
            data, options, book, existing, file_name=args.file.name, user_presets=parse_user_presets(presets_text),
            stored=_stored_orders(db_path),
        )  # fmt: skip
    except AmbiguousChoice as question:
        flags = " or ".join(f"{question.flag} {choice}" for choice in question.choices)
        raise BadInput(f"{args.file}: {question} Pass {flags}.") from None
    except MappingProblem as problem:
        if not options.corrections and options.preset is None:
            raise BadInput(
                f"{args.file}: row 1: not a Points Tracker header or a known export, and its columns do not say "
                f"enough: {problem} Name them with --map FIELD=COLUMN, or choose --preset NAME."
            ) from None
        raise BadInput(f"{args.file}: {problem}") from None
    except ImportProblem as problem:
        raise BadInput(f"{args.file}: {problem}") from None

    describe = problem_text if prepared.native else str
    problems = prepared.problems()
    rejected_json = [_problem_json(p.row, p.column, p.message) for p in problems]
    if prepared.rejected and (prepared.native or not options.skip_errors):
        if args.json:
            print_json({"imported": False, **_summary(prepared, options), "rejected": rejected_json})
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        if not prepared.native:
            hint = "; pass --skip-errors to import the other rows"
        elif options.skip_errors:
            hint = " (a Points Tracker file is imported whole or not at all: --skip-errors does not apply to it)"
        else:
            hint = ""
        raise BadInput(f"{args.file}: {describe(problems[0])}{more}; nothing was imported{hint}")

    check_missing(prepared, book, args.file)
    if args.dry_run:
        try:
            check_importable(prepared, options)  # a dry run stops where the import would
        except ImportProblem as problem:
            raise BadInput(f"{args.file}: {problem}") from None
        counts = prepared.counts()
        if args.json:
            print_json({
                "imported": False, "dry_run": True, "batch": None, **_summary(prepared, options),
                "new": counts.new, "updated": counts.update, "skipped": counts.duplicate, "rejected": rejected_json,
            })  # fmt: skip
        else:
            print(
                f"Dry run of {args.file.name} ({_what(prepared)}): would import {counts.new} new, update "
                f"{counts.update}, leave out {counts.duplicate} already there or repeated; {counts.rejected} "
                "rejected. Nothing was written."
            )
            _print_notes(prepared, problems, describe)
        return 0

    db = open_db(args)
    if flag_rates:
        from tracker.store.user_rates import list_user_rates, replace_user_rates

        replace_user_rates(db, with_flag_rates(list_user_rates(db), flag_rates))
    try:
        report = run_import(db, prepared)
    except ImportProblem as problem:
        raise BadInput(f"{args.file}: {problem}") from None
    if args.json:
        print_json({
            "imported": True, "dry_run": False, "batch": report.batch_id, **_summary(prepared, options),
            "new": report.new, "updated": report.updated, "skipped": report.skipped, "rejected": rejected_json,
        })  # fmt: skip
    else:
        rejected = f", {report.rejected} rejected" if report.rejected else ""
        print(
            f"Imported {args.file.name} as batch {report.batch_id}: {report.new} new, "
            f"{report.updated} updated, {report.skipped} already there{rejected}."
        )
        _print_notes(prepared, problems, describe)
    return 0


def _what(prepared: Prepared) -> str:
    preset = prepared.options.preset
    return f"{prepared.kind.replace('_', ' ')}, {preset}" if preset else prepared.kind.replace("_", " ")


def _summary(prepared: Prepared, options: ImportOptions) -> dict[str, Any]:
    settled = prepared.options
    return {
        "kind": prepared.kind,
        "preset": "native" if prepared.native else settled.preset,
        "mapping": prepared.mapping,
        "date_format": settled.date_format,
        "decimal": settled.decimal,
        "rows": prepared.row_count,
        "warnings": prepared.warnings,
    }


def _print_notes(prepared: Prepared, problems: list[Any], describe: Callable[[Any], str]) -> None:
    for warning in prepared.warnings:
        print(f"Note: {warning}")
    for problem in problems[:20]:
        print(f"Rejected: {describe(problem)}")
    if len(problems) > 20:
        print(f"… and {len(problems) - 20} more rejected cells (see --json).")


def cmd_imports(args: argparse.Namespace, today: date) -> int:
    from tracker.store.batches import list_batches

    batches = list_batches(open_db(args))
    if not batches:
        print("No imports yet.")
        return EXIT_OK
    print(f"{'batch':>5}  {'imported':16}  {'new':>6}  {'updated':>7}  {'skipped':>7}  {'rejected':>8}  file")
    for batch in batches:
        preset = f"  ({batch.preset})" if batch.preset else ""
        print(
            f"{batch.id:5}  {batch.imported_at:%Y-%m-%d %H:%M}  {batch.new:6}  {batch.updated:7}  {batch.skipped:7}  "
            f"{batch.rejected:8}  {batch.file_name}{preset}"
        )
    print("Remove one with: points-tracker-cli undo-import BATCH")
    return EXIT_OK


def cmd_undo_import(args: argparse.Namespace, today: date) -> int:
    from tracker.store.batches import list_batches, undo_batch

    db = open_db(args)
    name = next((f" ({b.file_name})" for b in list_batches(db) if b.id == args.batch), "")
    counts = undo_batch(db, args.batch)
    kinds = [
        (counts.orders, "order", "orders"), (counts.reviews, "review", "reviews"), (counts.visits, "visit", "visits"),
        (counts.posts, "Club post", "Club posts"), (counts.follows, "store follow", "store follows"),
        (counts.entries, "points entry", "points entries"), (counts.promotions, "promotion", "promotions"),
    ]  # fmt: skip
    removed = ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in kinds if n)
    updated = ""
    if counts.reverted:
        updated += f" Put back {counts.reverted} {'order' if counts.reverted == 1 else 'orders'} it had updated."
    if counts.kept:
        orders = "order" if counts.kept == 1 else "orders"
        updated += f" Left {counts.kept} {orders} it had updated as they are: they were changed since."
    print(f"Removed import {args.batch}{name}: {removed or 'nothing it added was still there'}.{updated}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, date], int]] = {
    "import": cmd_import,
    "imports": cmd_imports,
    "undo-import": cmd_undo_import,
}
