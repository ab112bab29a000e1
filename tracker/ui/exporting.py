"""File ▸ Export…: the command line's native CSV export, all three files into one folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from tracker.i18n import translate
from tracker.importing import native
from tracker.store.errors import file_error
from tracker.store.export import export_drafts

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
    """Write orders.csv, activity.csv and promotions.csv into ``folder``, replacing them.

    Raises :class:`~tracker.store.errors.StoreError` with a plain message when a file cannot
    be written.
    """
    drafts = export_drafts(db)
    activity = (drafts.reviews, drafts.visits, drafts.posts, drafts.follows, drafts.entries)
    contents = {
        "orders.csv": native.write_orders(drafts.orders),
        "activity.csv": native.write_activity(*activity),
        "promotions.csv": native.write_promotions(drafts.promotions),
    }
    for name, data in contents.items():
        path = folder / name
        try:
            path.write_bytes(data)
        except OSError as error:
            raise file_error("write", path, error) from None
    return ExportCounts(len(drafts.orders), sum(map(len, activity)), len(drafts.promotions))
