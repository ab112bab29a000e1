"""Which file is ours and which schema it has: the two numbers in the file's header.

Apart from :mod:`tracker.store.migrations` so that a quick read-only look
(:mod:`tracker.store.glance`) can tell whether a file is current without importing peewee.
"""

SCHEMA_VERSION = 5
"""The schema this app writes. Version 1 is the first released schema; 2 adds the shopper's
exchange rates and orders' amounts as paid (:mod:`tracker.store.migrate_currencies`); 3 adds
what keeps a record's identity for life and lets an import's updates be undone
(``_step_identity``); 4 adds the checks against AliExpress (``_step_4_checks``); 5 adds
the derived points and the triggers that log what they must compute again
(``_step_5_derived``)."""

APPLICATION_ID = 0x50545231  # "PTR1": marks the file as Points Tracker's (PRAGMA application_id)
