"""The database: one SQLite file, peewee models, migrations, and the queries that hand plain
records to the rules.

- :mod:`tracker.store.paths`: where the file lives (``--db``, ``$POINTS_TRACKER_DB``, default).
- :mod:`tracker.store.connection`: ``open_database(path)`` / ``close_database()``.
- :mod:`tracker.store.drafts`: the plain input records and their validation.
- :mod:`tracker.store.repository`: ``load_records``, add/update/delete/get for every kind,
  settings, imports (``write_batch``, ``undo_batch``) and the table listings.
- :mod:`tracker.store.errors`: ``StoreError`` and friends, with messages for the shopper.

Nothing here imports Qt.
"""
