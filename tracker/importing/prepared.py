"""What an import holds between checking a file and writing it, and what it reports afterwards."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from tracker.importing.errors import CellProblem, ImportProblem
from tracker.importing.options import ImportOptions
from tracker.store.drafts import (
    EntryDraft,
    FollowDraft,
    OrderDraft,
    PostDraft,
    PromotionDraft,
    ReviewDraft,
    VisitDraft,
)

if TYPE_CHECKING:
    from tracker.importing.source import Source


@dataclass(frozen=True, slots=True)
class UnpricedReview:
    """A review of the file whose item price is in a currency with no rate for its date: kept
    (as paid) until the shopper gives one, then converted — never imported as worth US$ 0."""

    index: int  # in :attr:`Prepared.reviews`
    currency: str
    hundredths: int  # the price as written, in hundredths of ``currency``
    day: date


class AmbiguousChoice(ImportProblem):
    """The file can be read two ways and only the shopper can say which.

    Attributes:
        setting: the :class:`ImportOptions` field to set: ``"date_format"`` or ``"decimal"``.
        choices: the values that fit every row.
        flag: the command-line option that sets it.
    """

    def __init__(self, message: str, *, setting: str, choices: tuple[str, ...], flag: str) -> None:
        super().__init__(message)
        self.setting = setting
        self.choices = choices
        self.flag = flag


class MappingProblem(ImportProblem):
    """The columns do not say enough to import anything (no date column, no amount …)."""


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A row that is not imported: its file line, what is wrong, and its cells as written."""

    line: int
    problems: tuple[CellProblem, ...]
    cells: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        return "; ".join(f"{p.column}: {p.message}" for p in self.problems)


@dataclass(frozen=True, slots=True)
class PreparedOrder:
    """An order ready to write, the file lines it came from, and whether its number is stored."""

    draft: OrderDraft
    lines: tuple[int, ...]
    stored: bool = False
    # The draft that passed validate_order, so that writing it does not check it again; a draft
    # replaced since (converted at a rate the shopper gave) is not it, and is checked.
    checked: OrderDraft | None = field(default=None, repr=False, compare=False)


class Counts(NamedTuple):
    new: int
    update: int
    duplicate: int
    rejected: int


@dataclass
class Prepared:
    """Every row of a file checked and turned into drafts, ready for :func:`run_import`.

    Attributes:
        kind: ``orders``, ``activity``, ``points_history``, ``refunds`` or, for the app's own
            files, ``promotions``.
        options: the options every guess settled (the mapping used, the date format …).
        mapping: field → column header, as used.
        duplicate_lines: rows left out because an earlier row of the file is the same order.
        unrated_currencies: currency → how many orders in it have no exchange rate to US$.
        unpriced_reviews: reviews whose price waits for an exchange rate (the import asks for it).
    """

    file_name: str
    file_hash: str
    kind: str
    options: ImportOptions
    headers: list[str]
    mapping: dict[str, str]
    native: bool = False
    row_count: int = 0
    orders: list[PreparedOrder] = field(default_factory=list)
    reviews: list[ReviewDraft] = field(default_factory=list)
    visits: list[VisitDraft] = field(default_factory=list)
    posts: list[PostDraft] = field(default_factory=list)
    follows: list[FollowDraft] = field(default_factory=list)
    entries: list[EntryDraft] = field(default_factory=list)
    promotions: list[PromotionDraft] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    duplicate_lines: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unknown_statuses: list[str] = field(default_factory=list)
    unrated_currencies: dict[str, int] = field(default_factory=dict)
    unpriced_reviews: list[UnpricedReview] = field(default_factory=list)
    source: Source | None = field(default=None, repr=False)

    @property
    def activity_count(self) -> int:
        kinds: tuple[list[Any], ...] = (
            self.reviews, self.visits, self.posts, self.follows, self.entries, self.promotions,
        )  # fmt: skip
        return sum(len(kind) for kind in kinds)

    def counts(self, on_duplicate: str | None = None) -> Counts:
        """How the rows would go: new, updating a stored order, left out as a duplicate, rejected.

        Orders count once however many rows they span; activity rows count one each (the store
        still leaves out an activity that is already recorded, and says so after the import). A
        refunds file only updates orders: its rows that change nothing are left out.
        """
        update = (on_duplicate or self.options.on_duplicate) == "update" or self.kind == "refunds"
        stored = sum(1 for order in self.orders if order.stored)
        new = len(self.orders) - stored + self.activity_count
        return Counts(
            new=new,
            update=stored if update else 0,
            duplicate=len(self.duplicate_lines) + (0 if update else stored),
            rejected=len(self.rejected),
        )

    def problems(self) -> list[CellProblem]:
        return [problem for row in self.rejected for problem in row.problems]


@dataclass(frozen=True)
class ImportReport:
    """What one import did; ``batch_id`` is what "Undo this import" removes."""

    batch_id: int
    file_name: str
    kind: str
    preset: str
    new: int
    updated: int
    skipped: int
    rejected: int
    warnings: tuple[str, ...] = ()
