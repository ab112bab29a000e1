"""File ▸ Export…: the command line's native CSV export, all three files into one folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.i18n import translate
from tracker.importing import native
from tracker.store.errors import write_error
from tracker.store.export import export_drafts
from tracker.store.files import write_private_files

if TYPE_CHECKING:
    from peewee import SqliteDatabase

EXPORT_FILE_NAMES = ("orders.csv", "activity.csv", "promotions.csv")


@dataclass(frozen=True, slots=True)
class ExportCounts:
    orders: int
    activity: int
    promotions: int

    def sentence(self, folder: Path) -> str:
        orders, activity, promotions = self.orders, self.activity, self.promotions
        return translate("Exporting", "Exported {orders}, {activity} and {promotions} to {folder}.").format(
            orders=translate("Exporting", "1 order")
            if orders == 1
            else translate("Exporting", "%Ln orders", None, orders),
            activity=translate("Exporting", "1 activity row")
            if activity == 1
            else translate("Exporting", "%Ln activity rows", None, activity),
            promotions=translate("Exporting", "1 promotion")
            if promotions == 1
            else translate("Exporting", "%Ln promotions", None, promotions),
            folder=folder,
        )


def existing_export_files(folder: Path) -> list[str]:
    """The export file names already present in ``folder`` (they would be replaced)."""
    return [name for name in EXPORT_FILE_NAMES if (folder / name).exists()]


def export_native(db: SqliteDatabase, folder: Path) -> ExportCounts:
    """Write orders.csv, activity.csv and promotions.csv into ``folder``, replacing them all or none
    (each readable by its owner only).

    Raises :class:`~tracker.store.errors.StoreError` with a plain message when a file cannot
    be written.
    """
    drafts = export_drafts(db)
    activity = (drafts.reviews, drafts.visits, drafts.posts, drafts.follows, drafts.entries)
    contents = {
        "orders.csv": native.write_orders(drafts.orders),
        "activity.csv": native.write_activity(*activity, order_numbers=drafts.order_numbers),
        "promotions.csv": native.write_promotions(drafts.promotions),
    }
    files = {folder / name: data for name, data in contents.items()}
    existed = any(path.exists() for path in files)
    try:
        # All three complete before any replaces the one there: a full disk half-way leaves the
        # previous export whole.
        write_private_files(files)
    except OSError as error:
        failed = Path(error.filename) if isinstance(error.filename, str) else folder
        shown = next((path for path in files if failed.name.startswith(f".{path.name}")), failed)
        raise write_error(shown, error, existed=existed) from None
    return ExportCounts(len(drafts.orders), sum(map(len, activity)), len(drafts.promotions))
