"""Each kind of record the window adds, changes and removes, and the store's functions for it.

The store's writing (tracker.store.repository, .drafts, .history: some 20 ms of imports) is
imported by the first change, not by a start, which only reads (benchmarks/bench_startup.py):
:data:`KINDS` is made on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from tracker.store.drafts import Draft


@dataclass(frozen=True)
class RecordKind:
    """How to add, change, remove and read one kind of record in the store."""

    name: str  # "order", "review", … — also the prefix of ledger refs ("order:42")
    label: str  # what the shopper calls it, for undo texts: "order", "Club post"
    draft_type: type[Any]
    add: Callable[[SqliteDatabase, Any], int]
    update: Callable[[SqliteDatabase, int, Any], None]
    delete: Callable[[SqliteDatabase, int], bool]
    get: Callable[[SqliteDatabase, int], Any]


def _record_kinds() -> dict[str, RecordKind]:
    from tracker.store import drafts, repository

    return {
        kind.name: kind
        for kind in (
            RecordKind("order", "order", drafts.OrderDraft, repository.add_order, repository.update_order,
                       repository.delete_order, repository.get_order),
            RecordKind("review", "review", drafts.ReviewDraft, repository.add_review, repository.update_review,
                       repository.delete_review, repository.get_review),
            RecordKind("visit", "visit", drafts.VisitDraft, repository.add_visit, repository.update_visit,
                       repository.delete_visit, repository.get_visit),
            RecordKind("post", "Club post", drafts.PostDraft, repository.add_post, repository.update_post,
                       repository.delete_post, repository.get_post),
            RecordKind("follow", "store follow", drafts.FollowDraft, repository.add_follow,
                       repository.update_follow, repository.delete_follow, repository.get_follow),
            RecordKind("entry", "points entry", drafts.EntryDraft, repository.add_entry, repository.update_entry,
                       repository.delete_entry, repository.get_entry),
            RecordKind("promotion", "promotion", drafts.PromotionDraft, repository.add_promotion,
                       repository.update_promotion, repository.delete_promotion, repository.get_promotion),
        )
    }  # fmt: skip


class _Kinds(Mapping[str, RecordKind]):
    """Each kind of record by name ("order", "review" …), made on first use (see above)."""

    def __init__(self) -> None:
        self._kinds: dict[str, RecordKind] | None = None

    def _made(self) -> dict[str, RecordKind]:
        if self._kinds is None:
            self._kinds = _record_kinds()
        return self._kinds

    def __getitem__(self, name: str) -> RecordKind:
        return self._made()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._made())

    def __len__(self) -> int:
        return len(self._made())


KINDS: Mapping[str, RecordKind] = _Kinds()


def kind_of(draft: Draft) -> RecordKind:
    for kind in KINDS.values():
        if type(draft) is kind.draft_type:
            return kind
    raise KeyError(type(draft).__name__)
