"""Whole phrases about each kind of record, for translators.

English builds "Add order" from a verb and a noun; most languages change the noun with the verb
(Polish "Dodaj zamówienie", "Usuń zamówienie?") or put it elsewhere, so each phrase is written
out whole here. :func:`phrase` looks one up by the record's noun (``RecordKind.label``, a form's
``noun``) and falls back to English words for a noun missing from the table.
"""

from __future__ import annotations

from tracker.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Records"

# noun → {what: phrase}; phrase() translates it.
PHRASES: dict[str, dict[str, str]] = {
    "order": {
        "add_title": QT_TRANSLATE_NOOP("Records", "Add order"),
        "edit_title": QT_TRANSLATE_NOOP("Records", "Edit order"),
        "delete_undo": QT_TRANSLATE_NOOP("Records", "Delete order"),
        "delete_title": QT_TRANSLATE_NOOP("Records", "Delete order?"),
        "save_failed": QT_TRANSLATE_NOOP("Records", "Cannot save the order"),
        "open_failed": QT_TRANSLATE_NOOP("Records", "Cannot open the order"),
        "add_button": QT_TRANSLATE_NOOP("Records", "&Add order…"),
        "search": QT_TRANSLATE_NOOP("Records", "Search orders"),
        "view": QT_TRANSLATE_NOOP("Records", "Orders"),
        "added": QT_TRANSLATE_NOOP("Records", "Order added."),
        "saved": QT_TRANSLATE_NOOP("Records", "Order saved."),
        "empty": QT_TRANSLATE_NOOP(
            "Records",
            "No orders yet. Add one with Add order, or bring in your AliExpress orders with File ▸ Import a file.",
        ),
    },
    "review": {
        "add_title": QT_TRANSLATE_NOOP("Records", "Add review"),
        "edit_title": QT_TRANSLATE_NOOP("Records", "Edit review"),
        "delete_undo": QT_TRANSLATE_NOOP("Records", "Delete review"),
        "delete_title": QT_TRANSLATE_NOOP("Records", "Delete review?"),
        "save_failed": QT_TRANSLATE_NOOP("Records", "Cannot save the review"),
        "open_failed": QT_TRANSLATE_NOOP("Records", "Cannot open the review"),
        "add_button": QT_TRANSLATE_NOOP("Records", "&Add review…"),
        "search": QT_TRANSLATE_NOOP("Records", "Search reviews"),
        "view": QT_TRANSLATE_NOOP("Records", "Reviews"),
        "added": QT_TRANSLATE_NOOP("Records", "Review added."),
        "saved": QT_TRANSLATE_NOOP("Records", "Review saved."),
        "empty": QT_TRANSLATE_NOOP(
            "Records",
            "No reviews yet. Add one with Add review when you review a product: reviews of items over $2 earn a point.",
        ),
    },
    "visit": {
        "add_title": QT_TRANSLATE_NOOP("Records", "Add visit"),
        "edit_title": QT_TRANSLATE_NOOP("Records", "Edit visit"),
        "delete_undo": QT_TRANSLATE_NOOP("Records", "Delete visit"),
        "delete_title": QT_TRANSLATE_NOOP("Records", "Delete visit?"),
        "save_failed": QT_TRANSLATE_NOOP("Records", "Cannot save the visit"),
        "open_failed": QT_TRANSLATE_NOOP("Records", "Cannot open the visit"),
        "add_button": QT_TRANSLATE_NOOP("Records", "&Add visit…"),
        "search": QT_TRANSLATE_NOOP("Records", "Search visits"),
        "view": QT_TRANSLATE_NOOP("Records", "Visits"),
        "added": QT_TRANSLATE_NOOP("Records", "Visit added."),
        "saved": QT_TRANSLATE_NOOP("Records", "Visit saved."),
        "empty": QT_TRANSLATE_NOOP("Records", "No visits yet. Record today's with Edit ▸ Visited today."),
    },
    "Club post": {
        "add_title": QT_TRANSLATE_NOOP("Records", "Add Club post"),
        "edit_title": QT_TRANSLATE_NOOP("Records", "Edit Club post"),
        "delete_undo": QT_TRANSLATE_NOOP("Records", "Delete Club post"),
        "delete_title": QT_TRANSLATE_NOOP("Records", "Delete Club post?"),
        "save_failed": QT_TRANSLATE_NOOP("Records", "Cannot save the Club post"),
        "open_failed": QT_TRANSLATE_NOOP("Records", "Cannot open the Club post"),
        "add_button": QT_TRANSLATE_NOOP("Records", "&Add Club post…"),
        "search": QT_TRANSLATE_NOOP("Records", "Search Club posts"),
        "view": QT_TRANSLATE_NOOP("Records", "Club posts"),
        "added": QT_TRANSLATE_NOOP("Records", "Club post added."),
        "saved": QT_TRANSLATE_NOOP("Records", "Club post saved."),
        "empty": QT_TRANSLATE_NOOP("Records", "No Club posts yet."),
    },
    "store follow": {
        "add_title": QT_TRANSLATE_NOOP("Records", "Add store follow"),
        "edit_title": QT_TRANSLATE_NOOP("Records", "Edit store follow"),
        "delete_undo": QT_TRANSLATE_NOOP("Records", "Delete store follow"),
        "delete_title": QT_TRANSLATE_NOOP("Records", "Delete store follow?"),
        "save_failed": QT_TRANSLATE_NOOP("Records", "Cannot save the store follow"),
        "open_failed": QT_TRANSLATE_NOOP("Records", "Cannot open the store follow"),
        "add_button": QT_TRANSLATE_NOOP("Records", "&Add store follow…"),
        "search": QT_TRANSLATE_NOOP("Records", "Search store follows"),
        "view": QT_TRANSLATE_NOOP("Records", "Store follows"),
        "added": QT_TRANSLATE_NOOP("Records", "Store follow added."),
        "saved": QT_TRANSLATE_NOOP("Records", "Store follow saved."),
        "empty": QT_TRANSLATE_NOOP("Records", "No store follows yet."),
    },
    "points entry": {
        "add_title": QT_TRANSLATE_NOOP("Records", "Add points entry"),
        "edit_title": QT_TRANSLATE_NOOP("Records", "Edit points entry"),
        "delete_undo": QT_TRANSLATE_NOOP("Records", "Delete points entry"),
        "delete_title": QT_TRANSLATE_NOOP("Records", "Delete points entry?"),
        "save_failed": QT_TRANSLATE_NOOP("Records", "Cannot save the points entry"),
        "open_failed": QT_TRANSLATE_NOOP("Records", "Cannot open the points entry"),
        "add_button": QT_TRANSLATE_NOOP("Records", "&Add points entry…"),
        "search": QT_TRANSLATE_NOOP("Records", "Search points entries"),
        "view": QT_TRANSLATE_NOOP("Records", "Points entries"),
        "added": QT_TRANSLATE_NOOP("Records", "Points entry added."),
        "saved": QT_TRANSLATE_NOOP("Records", "Points entry saved."),
        "empty": QT_TRANSLATE_NOOP("Records", "No points entries yet."),
    },
    "promotion": {
        "add_title": QT_TRANSLATE_NOOP("Records", "Add promotion"),
        "edit_title": QT_TRANSLATE_NOOP("Records", "Edit promotion"),
        "delete_undo": QT_TRANSLATE_NOOP("Records", "Delete promotion"),
        "delete_title": QT_TRANSLATE_NOOP("Records", "Delete promotion?"),
        "save_failed": QT_TRANSLATE_NOOP("Records", "Cannot save the promotion"),
        "open_failed": QT_TRANSLATE_NOOP("Records", "Cannot open the promotion"),
        "add_button": QT_TRANSLATE_NOOP("Records", "&Add promotion…"),
        "search": QT_TRANSLATE_NOOP("Records", "Search promotions"),
        "view": QT_TRANSLATE_NOOP("Records", "Promotions"),
        "added": QT_TRANSLATE_NOOP("Records", "Promotion added."),
        "saved": QT_TRANSLATE_NOOP("Records", "Promotion saved."),
        "empty": QT_TRANSLATE_NOOP(
            "Records", "No promotions yet. Add one when AliExpress runs double points, such as 11.11."
        ),
    },
    "entry": {
        "add_title": QT_TRANSLATE_NOOP("Records", "Add entry"),
        "edit_title": QT_TRANSLATE_NOOP("Records", "Edit entry"),
        "delete_undo": QT_TRANSLATE_NOOP("Records", "Delete entry"),
        "delete_title": QT_TRANSLATE_NOOP("Records", "Delete entry?"),
        "save_failed": QT_TRANSLATE_NOOP("Records", "Cannot save the entry"),
        "open_failed": QT_TRANSLATE_NOOP("Records", "Cannot open the entry"),
        "add_button": QT_TRANSLATE_NOOP("Records", "&Add entry…"),
        "search": QT_TRANSLATE_NOOP("Records", "Search entries"),
        "view": QT_TRANSLATE_NOOP("Records", "Entries"),
        "added": QT_TRANSLATE_NOOP("Records", "Entry added."),
        "saved": QT_TRANSLATE_NOOP("Records", "Entry saved."),
        "empty": QT_TRANSLATE_NOOP(
            "Records",
            "No visits, Club posts, follows or bonuses yet. Record today's visit with Edit ▸ Visited today, "
            "or add the others with the buttons below.",
        ),
    },
    "record": {
        "add_title": QT_TRANSLATE_NOOP("Records", "Add record"),
        "edit_title": QT_TRANSLATE_NOOP("Records", "Edit record"),
        "delete_undo": QT_TRANSLATE_NOOP("Records", "Delete record"),
        "delete_title": QT_TRANSLATE_NOOP("Records", "Delete record?"),
        "save_failed": QT_TRANSLATE_NOOP("Records", "Cannot save the record"),
        "open_failed": QT_TRANSLATE_NOOP("Records", "Cannot open the record"),
        "add_button": QT_TRANSLATE_NOOP("Records", "&Add record…"),
        "search": QT_TRANSLATE_NOOP("Records", "Search records"),
        "view": QT_TRANSLATE_NOOP("Records", "Records"),
        "added": QT_TRANSLATE_NOOP("Records", "Record added."),
        "saved": QT_TRANSLATE_NOOP("Records", "Record saved."),
        "empty": QT_TRANSLATE_NOOP("Records", "Nothing recorded yet."),
    },
}

_FALLBACK = {
    "add_title": "Add {s}",
    "edit_title": "Edit {s}",
    "delete_undo": "Delete {s}",
    "delete_title": "Delete {s}?",
    "save_failed": "Cannot save the {s}",
    "open_failed": "Cannot open the {s}",
    "add_button": "&Add {s}…",
    "search": "Search {p}",
    "view": "{P}",
    "added": "{S} added.",
    "saved": "{S} saved.",
    "empty": "No {p} yet.",
}


def phrase(noun: str, what: str) -> str:
    """``phrase("order", "add_title")`` → ``Add order`` in the user's language."""
    known = PHRASES.get(noun)
    if known is not None and what in known:
        return translate(CONTEXT, known[what])
    plural = noun + "s"
    return _FALLBACK[what].format(s=noun, p=plural, P=plural.capitalize(), S=noun.capitalize())
