"""Importing a shopper's file: look at it, check every row, write it as one batch.

Three steps, the same for the import dialog and the command line:

1. :func:`analyse` reads the top of the file (fast, for the dialog's live preview): encoding,
   separator, header, which preset it looks like, which column holds what, the date format and
   decimal separator — or that they cannot be told — and the first rows raw and parsed.
2. :func:`prepare` reads **every** row with the options settled (any still ``None`` is guessed
   from all the rows), checks each, groups item rows into orders and converts amounts to US$
   (see :mod:`tracker.importing.build_orders`), and classifies each order as new, already
   stored, or repeated within the file. Nothing is written.
3. :func:`run_import` writes the result as one batch in one transaction
   (:func:`tracker.store.batches.write_batch`); cancelling midway leaves the database as it was.

The app's own CSV files are recognised by their header and read strictly by
:mod:`tracker.importing.native`, never guessed. :func:`rejected_csv` gives the rows that were
not imported, as written, with a "problem" column, to fix and import again.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from tracker.collector import collector_paused
from tracker.currency.rates import RateBook, UserRate
from tracker.i18n import translate
from tracker.importing import native_import
from tracker.importing.batch import (
    clean_rates,
    orders_by_number,
    rejected_csv,
    run_import,
    stored_order_numbers,
    stored_orders,
    stored_rates,
)
from tracker.importing.build_activity import build_activity
from tracker.importing.build_orders import OrderContext, build_orders
from tracker.importing.build_refunds import build_refunds
from tracker.importing.columns import collect
from tracker.importing.errors import CellProblem, ImportProblem
from tracker.importing.fields import EXTRA_FIELDS, FIELDS_OF, mapping_by_column, required_problems
from tracker.importing.formats import Formats, raise_questions, settle_formats
from tracker.importing.options import ORDERS, POINTS_HISTORY, REFUNDS, ImportOptions
from tracker.importing.plan import LeftOut, Plan, make_plan
from tracker.importing.prepared import AmbiguousChoice, ImportReport, MappingProblem, Prepared, RejectedRow
from tracker.importing.presets import Preset
from tracker.importing.preview import PreviewRow, preview_rows
from tracker.importing.source import Source
from tracker.store.drafts import OrderDraft

StoredOrders = Callable[[Collection[str]], Mapping[str, OrderDraft]]
"""Order number → the order as recorded, for the numbers asked (a refunds file updates them)."""

ANALYSE_ROWS = 2000
PREVIEW_ROWS = 50
KEPT_REJECTED_CELLS = 5000  # rejected rows whose cells are kept for showing; rejected_csv has them all


@dataclass
class Analysis:
    """What :func:`analyse` found out about a file; ``options`` holds every guess, to change and pass back."""

    file_name: str
    file_hash: str
    size: int
    source: str  # "csv", "xlsx" or "native"
    options: ImportOptions
    encoding: str
    had_bom: bool
    delimiter: str
    sep_line: bool
    sheet: str
    sheet_names: list[str]
    header_line: int | None
    headers: list[str]
    row_estimate: int
    target: str
    mapping: dict[int, str | None]
    mapping_warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    questions: list[AmbiguousChoice] = field(default_factory=list)
    date_format: str | None = None
    date_choices: tuple[str, ...] = ()
    decimal: str | None = None
    decimal_choices: tuple[str, ...] = ()
    unknown_statuses: list[str] = field(default_factory=list)
    preset: str | None = None
    preview: list[PreviewRow] = field(default_factory=list)
    sampled_rows: int = 0
    left_out: list[LeftOut] = field(default_factory=list)

    @property
    def native(self) -> bool:
        return self.source == "native"


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hashed_meanwhile(data: bytes) -> Callable[[], str]:
    """:func:`file_hash` worked out in a thread while the rows are read (hashlib lets go of the
    interpreter while it hashes a large buffer: some 25 ms of a 30 MB file, on another core);
    calling what it returns waits for it."""
    digest: list[str] = []
    thread = threading.Thread(target=lambda: digest.append(file_hash(data)), name="file hash", daemon=True)
    thread.start()

    def result() -> str:
        thread.join()
        return digest[0]

    return result


def _formats(plan: Plan, values: dict[str, list[str]]) -> Formats:
    options = plan.options
    return settle_formats(values, plan.column_names, options.date_format, options.decimal, options.amounts_in_cents)


def analyse(
    data: bytes,
    file_name: str = "",
    options: ImportOptions | None = None,
    user_presets: Mapping[str, Preset] | None = None,
) -> Analysis:
    """The dialog's first look at a file: guesses, problems and a preview, from its first rows.

    Raises:
        ImportProblem: the file cannot be read with these options (the message says why).
    """
    options = options or ImportOptions()
    plan = make_plan(data, file_name, options, user_presets)
    source = plan.source
    sample = source.sample(ANALYSE_ROWS)
    dialect = source.dialect
    analysis = Analysis(
        file_name=file_name,
        file_hash=file_hash(data),
        size=len(data),
        source="native" if plan.native else source.kind,
        options=plan.options,
        encoding=source.encoding,
        had_bom=source.had_bom,
        delimiter=dialect.delimiter if dialect else "",
        sep_line=bool(dialect and dialect.skip_lines),
        sheet=source.sheet,
        sheet_names=source.sheet_names,
        header_line=source.header_line,
        headers=source.headers,
        row_estimate=len(sample) if len(sample) < ANALYSE_ROWS else source.row_estimate,
        target=plan.target,
        mapping=mapping_by_column(plan.field_columns, len(source.headers)),
        mapping_warnings=list(plan.warnings),
        preset=plan.options.preset,
        sampled_rows=len(sample),
        left_out=plan.left_out,
    )
    if plan.native:
        analysis.preview = native_import.preview(source, sample[:PREVIEW_ROWS])
        analysis.mapping = native_import.display_mapping(source.headers)
        return analysis
    analysis.problems = required_problems(plan.read_columns, plan.target, plan.options)
    collected = collect([(row.line, row.cells) for row in sample], plan.read_columns, len(source.headers))
    formats = _formats(plan, collected.values)
    analysis.questions = formats.questions
    analysis.mapping_warnings += formats.warnings
    for question in formats.questions:
        if question.setting == "date_format":
            analysis.date_choices = question.choices
        else:
            analysis.decimal_choices = question.choices
    analysis.date_format = plan.options.date_format or (None if analysis.date_choices else formats.single_date_format)
    analysis.decimal = plan.options.decimal or (None if analysis.decimal_choices else formats.decimal)
    analysis.options = plan.options.but(date_format=analysis.date_format, decimal=analysis.decimal)
    analysis.preview, analysis.unknown_statuses = preview_rows(
        sample[:PREVIEW_ROWS], collected, plan.read_columns, plan.options, formats
    )
    return analysis


def prepare(
    data: bytes,
    options: ImportOptions | None = None,
    rates: RateBook | Mapping[str, Decimal | str] | None = None,
    existing_order_nos: Collection[str] = frozenset(),
    *,
    file_name: str = "",
    user_presets: Mapping[str, Preset] | None = None,
    stored: StoredOrders | None = None,
) -> Prepared:
    """Reads and checks every row; nothing is written.

    Args:
        options: the shopper's choices (or an :attr:`Analysis.options`); ``None`` guesses all.
        rates: the rates to convert other currencies with (:func:`stored_rates`); a mapping is
            taken as the shopper's rates for every day, over the shipped ECB rates.
        existing_order_nos: the order numbers already stored, to tell new orders from known ones.
        stored: reads the recorded orders a refunds file refunds (none are recorded without it).

    Raises:
        AmbiguousChoice: the date format or decimal separator has to be chosen.
        MappingProblem: the columns do not say enough (no date, no amount, no status …).
        ImportProblem: the file cannot be read at all.
    """
    with collector_paused():
        return _prepare(data, options or ImportOptions(), rates, existing_order_nos, file_name, user_presets, stored)


def _prepare(
    data: bytes,
    options: ImportOptions,
    rates: RateBook | Mapping[str, Decimal | str] | None,
    existing_order_nos: Collection[str],
    file_name: str,
    user_presets: Mapping[str, Preset] | None,
    stored: StoredOrders | None,
) -> Prepared:
    plan = make_plan(data, file_name, options, user_presets)
    if plan.native:
        digest = file_hash(data)
        return native_import.prepare_native(data, plan.source, plan.options, existing_order_nos, file_name, digest)
    hashed = _hashed_meanwhile(data)
    missing = required_problems(plan.read_columns, plan.target, plan.options)
    if missing:
        raise MappingProblem(" ".join(missing))
    source = plan.source
    collected = collect(source.raw_records(), plan.read_columns, len(source.headers))
    if not len(collected):
        raise ImportProblem(translate("Import", "The file has no rows below its header."))
    formats = _formats(plan, collected.values)
    raise_questions(formats)
    settled = plan.options.but(
        date_format=plan.options.date_format or formats.single_date_format,
        decimal=plan.options.decimal or formats.decimal,
    )
    prepared = Prepared(
        file_name=file_name,
        file_hash=hashed(),
        kind=plan.target,
        options=settled,
        headers=source.headers,
        mapping=dict(settled.mapping or {}),
        row_count=len(collected),
        warnings=[*plan.warnings, *formats.warnings],
        source=source,
    )
    if "paid_date" in plan.field_columns and "order_date" not in plan.field_columns:
        prepared.warnings.append(
            translate(
                "Import",
                "The file has no order date, so the payment date (“{column}”) stands in for it: AliExpress takes "
                "the payment when the order is placed, so it is the same day or close to it.",
            ).format(column=source.headers[plan.field_columns["paid_date"]])
        )
    usd_rates = (
        rates
        if isinstance(rates, RateBook)
        else RateBook(UserRate(code, rate) for code, rate in clean_rates(rates).items())
    )
    if plan.target in (ORDERS, REFUNDS):
        context = OrderContext(
            source.headers, plan.read_columns, settled, formats.date_formats, formats.decimal, usd_rates,
            existing_order_nos, lambda lines: _cells_of(source, lines),
        )  # fmt: skip
    if plan.target == REFUNDS:
        numbers = {value.strip() for value in collected.values["order_no"] if value.strip()}
        refunds = build_refunds(collected, context, stored(numbers) if stored is not None and numbers else {})
        prepared.orders = refunds.orders
        prepared.duplicate_lines = [collected.lines[i] for i in refunds.unchanged_rows]
        prepared.options = prepared.options.but(on_duplicate="update")
        prepared.warnings.append(
            translate(
                "Import",
                "Each row is taken as money you got back for its order, on its date: leave out of the file any refund "
                "that was refused or is still open. An order's refund becomes the sum of its rows here.",
            )
        )
        problems, unrated = refunds.problems, refunds.unrated
    elif plan.target == ORDERS:
        result = build_orders(collected, context)
        prepared.orders = result.orders
        prepared.duplicate_lines = [collected.lines[i] for i in result.duplicate_rows]
        prepared.unknown_statuses = result.unknown_statuses
        problems, unrated = result.problems, result.unrated
    else:
        date_format = formats.date_formats.get("date", "YYYY-MM-DD")
        activity = build_activity(
            collected, plan.target, source.headers, plan.read_columns, settled, date_format, formats.decimal,
            usd_rates,
        )  # fmt: skip
        prepared.reviews, prepared.visits, prepared.posts = activity.reviews, activity.visits, activity.posts
        prepared.follows, prepared.entries = activity.follows, activity.entries
        problems, unrated = activity.problems, activity.unrated
        prepared.unpriced_reviews = activity.unpriced  # asked for before importing, like orders
        if plan.target == POINTS_HISTORY:
            prepared.warnings.append(
                translate(
                    "Import",
                    "These rows are kept as AliExpress's own history, to check your records against (Check "
                    "against AliExpress). They add no points of their own, so nothing counts twice.",
                )
            )
    prepared.unrated_currencies = {currency: n for currency, n in sorted(unrated.items()) if n > 0}
    prepared.rejected = _rejected_rows(source, collected.lines, problems)
    return prepared


def _cells_of(source: Source, lines: Collection[int]) -> dict[int, tuple[str, ...]]:
    """The cells of the rows on these lines, read again from the file."""
    wanted = set(lines)
    found: dict[int, tuple[str, ...]] = {}
    for line, cells in source.raw_records():
        if line in wanted:
            found[line] = tuple(cells)
            if len(found) == len(wanted):
                break
    return found


def _rejected_rows(source: Source, lines: list[int], problems: dict[int, list[CellProblem]]) -> list[RejectedRow]:
    if not problems:
        return []
    by_line = {lines[index]: found for index, found in problems.items()}
    cells = _cells_of(source, sorted(by_line)[:KEPT_REJECTED_CELLS])
    return [RejectedRow(line, tuple(by_line[line]), cells.get(line, ())) for line in sorted(by_line)]


def fields_for(target: str) -> tuple[str, ...]:
    """The fields a column of this kind of file can be mapped to (for the dialog's dropdowns)."""
    return FIELDS_OF[target]


__all__ = [
    "EXTRA_FIELDS",
    "AmbiguousChoice",
    "Analysis",
    "ImportOptions",
    "ImportProblem",
    "ImportReport",
    "LeftOut",
    "MappingProblem",
    "Prepared",
    "RejectedRow",
    "StoredOrders",
    "analyse",
    "clean_rates",
    "fields_for",
    "file_hash",
    "orders_by_number",
    "prepare",
    "rejected_csv",
    "run_import",
    "stored_order_numbers",
    "stored_orders",
    "stored_rates",
]
