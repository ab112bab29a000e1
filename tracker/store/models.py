"""The database schema as peewee models.

These classes are the one description of the tables: a new file is created from them
(:mod:`tracker.store.migrations`), and a later schema version changes them together with a
migration step. The repository reads and writes with plain SQL for speed, with the column lists
taken from here (:func:`columns_of`, used by :mod:`tracker.store._rows`); the models are also
there for anyone who wants an ORM query (they are bound to the open database through
:data:`database_proxy`).

Conventions: money is integer US cents (``*_cents``), dates are ISO ``YYYY-MM-DD`` text
(``DateField``), the promotion multiplier is a decimal written as text. Every row that an import
can create has a nullable ``batch`` pointing at its :class:`ImportBatchModel`; rows entered by
hand have none.
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    Check,
    DatabaseProxy,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database_proxy = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


def columns_of(model: type[Model], *, leave_out: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The model's column names in the order it declares them (its primary key first), less
    ``leave_out``: the column lists the raw SQL of the store is written with."""
    return tuple(field.column_name for field in model._meta.sorted_fields if field.column_name not in leave_out)


class ImportBatchModel(BaseModel):
    """One import of one file; ``imported_at`` is an ISO timestamp with UTC offset."""

    file_name = TextField()
    file_hash = TextField(index=True)  # sha256, hex
    kind = TextField(default="")
    preset = TextField(default="")
    imported_at = TextField()
    new_count = IntegerField(default=0)
    updated_count = IntegerField(default=0)
    skipped_count = IntegerField(default=0)
    rejected_count = IntegerField(default=0)

    class Meta:
        table_name = "import_batch"


def _batch_field() -> ForeignKeyField:
    return ForeignKeyField(ImportBatchModel, null=True, on_delete="CASCADE", column_name="batch_id")


class OrderModel(BaseModel):
    order_no = TextField(null=True, unique=True)  # SQLite allows many NULLs in a UNIQUE column
    order_date = DateField(index=True)
    status = TextField(constraints=[Check("status IN ('pending', 'confirmed', 'cancelled')")])
    confirmed_date = DateField(null=True)
    expected_date = DateField(null=True)
    store = TextField(default="")
    discount_cents = IntegerField(default=0)
    shipping_cents = IntegerField(default=0)
    refund_cents = IntegerField(default=0)
    refund_date = DateField(null=True)
    currency = TextField(default="USD")
    paid_cents = IntegerField(null=True)
    usd_estimated = BooleanField(default=False)
    note = TextField(default="")
    batch = _batch_field()

    class Meta:
        table_name = "orders"


class OrderLineModel(BaseModel):
    order = ForeignKeyField(OrderModel, on_delete="CASCADE", column_name="order_id", backref="lines", index=False)
    position = IntegerField(default=0)
    title = TextField(default="")
    product_id = TextField(default="")
    category = TextField(default="")
    quantity = IntegerField(default=1, constraints=[Check("quantity >= 1")])
    unit_price_cents = IntegerField()

    class Meta:
        table_name = "order_line"
        indexes = ((("order", "position"), False),)  # also serves the foreign key


class ReviewModel(BaseModel):
    date = DateField(index=True)
    item_price_cents = IntegerField(null=True)
    product_id = TextField(default="")
    title = TextField(default="")
    order = ForeignKeyField(OrderModel, null=True, on_delete="SET NULL", column_name="order_id")
    batch = _batch_field()

    class Meta:
        table_name = "review"


class VisitModel(BaseModel):
    date = DateField(unique=True)
    batch = _batch_field()

    class Meta:
        table_name = "visit"


class ClubPostModel(BaseModel):
    date = DateField(index=True)
    note = TextField(default="")
    batch = _batch_field()

    class Meta:
        table_name = "club_post"


class StoreFollowModel(BaseModel):
    date = DateField(index=True)
    store = TextField(default="")
    batch = _batch_field()

    class Meta:
        table_name = "store_follow"


class PointsEntryModel(BaseModel):
    date = DateField(index=True)
    points = IntegerField()
    kind = TextField(constraints=[Check("kind IN ('bonus', 'adjustment')")])
    note = TextField(default="")
    batch = _batch_field()

    class Meta:
        table_name = "points_entry"


class PromotionModel(BaseModel):
    name = TextField(default="")
    start_date = DateField()
    end_date = DateField()
    multiplier = TextField()  # a Decimal as text, e.g. "2" or "1.5"
    batch = _batch_field()

    class Meta:
        table_name = "promotion"


class OrderConversionModel(BaseModel):
    """An order paid in another currency: its amounts as paid, and the rate its US$ amounts came from.

    Amounts are hundredths of the order's currency; ``line_prices`` is a JSON list of the items'
    unit prices in item order. ``rate`` (US$ per unit, a Decimal as text) is NULL while there is
    no rate: the order's US$ amounts are then unknown and it is not counted. ``source`` is
    ``ecb`` or ``yours``; ``rate_date`` the ECB's day of the rate, or the day the shopper's rate
    starts; ``after_data`` says the order is dated after the shipped rates end.
    """

    order = ForeignKeyField(OrderModel, primary_key=True, on_delete="CASCADE", column_name="order_id")
    line_prices = TextField()
    discount_cents = IntegerField(default=0)
    shipping_cents = IntegerField(default=0)
    refund_cents = IntegerField(default=0)
    rate = TextField(null=True)
    source = TextField(null=True)
    rate_date = DateField(null=True)
    after_data = BooleanField(default=False)

    class Meta:
        table_name = "order_conversion"


class UserRateModel(BaseModel):
    """The shopper's exchange rate: ``rate`` US$ per unit of ``currency`` from ``start_date`` on
    (NULL: every day). At most one per currency and start (kept so by the store)."""

    currency = TextField()
    start_date = DateField(null=True)
    rate = TextField()  # a Decimal as text, e.g. "0.2537"

    class Meta:
        table_name = "user_rate"
        indexes = ((("currency", "start_date"), False),)


class SettingModel(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()

    class Meta:
        table_name = "setting"


class RecordIdReserveModel(BaseModel):
    """The largest id ever deleted from each record table: never handed out to a new record, so a
    record keeps its id for life (:mod:`tracker.store.history`; kept by triggers). Version 3."""

    table_name = TextField(primary_key=True)
    last_id = IntegerField()

    class Meta:
        table_name = "record_id_reserve"


class ImportUpdateModel(BaseModel):
    """An order that an import changed (``on_duplicate="update"``), as it was before and after
    (JSON), so that undoing the import puts it back. Version 3."""

    batch = ForeignKeyField(ImportBatchModel, on_delete="CASCADE", column_name="batch_id")
    order_id = IntegerField()
    before = TextField()
    after = TextField()

    class Meta:
        table_name = "import_update"


# --- checks against AliExpress (schema version 4: three new tables, nothing else changed) ------------


class PointsCheckModel(BaseModel):
    """The points (and tier) the Member Center showed on ``date``, typed in to check the records.

    ``here_points``/``here_tier`` are what Points Tracker counted for that date when the check was
    made (the figures it agrees with or not are worked out again from the records each time).
    ``accepted_on``: the day the shopper accepted the difference, with ``note``.
    """

    date = DateField(index=True)
    points = IntegerField(constraints=[Check("points >= 0")])
    tier = TextField(default="")  # "" when not given
    here_points = IntegerField(default=0)
    here_tier = TextField(default="")
    checked_at = TextField()  # ISO timestamp with UTC offset
    accepted_on = DateField(null=True)
    note = TextField(default="")

    class Meta:
        table_name = "points_check"


class HistoryRowModel(BaseModel):
    """A row of the Member Center's points history, kept to check the records against. Never
    counted as points itself: the orders, reviews and visits it describes are."""

    date = DateField(index=True)
    points = IntegerField()
    note = TextField(default="")  # AliExpress's description of the change
    batch = _batch_field()

    class Meta:
        table_name = "points_history"


class CheckEntryModel(BaseModel):
    """A points entry made from a check: which source it corrects, or that it accepts a check's
    difference (``source`` "accepted", with the check)."""

    entry = ForeignKeyField(PointsEntryModel, primary_key=True, on_delete="CASCADE", column_name="entry_id")
    source = TextField(constraints=[Check("source IN ('orders', 'reviews', 'visits', 'other', 'accepted')")])
    points_check = ForeignKeyField(PointsCheckModel, null=True, on_delete="SET NULL", column_name="check_id")

    class Meta:
        table_name = "check_entry"


CHECK_MODELS: tuple[type[BaseModel], ...] = (PointsCheckModel, HistoryRowModel, CheckEntryModel)
"""The tables schema version 4 adds (:func:`tracker.store.migrations._step_4_checks`)."""


# --- derived points (schema version 5: three new tables and their triggers, nothing else changed) -----


class DerivedStateModel(BaseModel):
    """What the derived points (:class:`DerivedPointsModel`) were computed from: one row, or none
    before they were first computed. ``fingerprint`` names the rule set and the settings the ledger
    depends on; ``as_of`` is the date (an ordinal) they were computed for; ``generation`` counts
    the saves (a save based on an older generation is refused); ``consumed`` adds up the change
    log's positions already taken in, so that ``consumed`` + the log's last id only ever grows."""

    fingerprint = TextField()
    as_of = IntegerField()
    generation = IntegerField(default=0)
    consumed = IntegerField(default=0)

    class Meta:
        table_name = "derived_state"


class DerivedPointsModel(BaseModel):
    """Points the records of one kind and month (``YYYY-MM``) earn on ``day`` (an ordinal), by
    source, credited or expected (0/1): the sums of their ledger entries."""

    kind = TextField()
    month = TextField()
    day = IntegerField()
    source = TextField()
    expected = IntegerField()
    points = IntegerField()

    class Meta:
        table_name = "derived_points"
        primary_key = False
        indexes = ((("kind", "month"), False),)


class DerivedChangeModel(BaseModel):
    """The change log: a row per record changed since the derived points were last brought up to
    date — its kind and month (NULL: every month of that kind), added by triggers in the same
    transaction as the write (:mod:`tracker.store.derived`)."""

    kind = TextField()
    month = TextField(null=True)

    class Meta:
        table_name = "derived_change"


class DerivedMarkModel(BaseModel):
    """The largest id of each record table when the change log last took in its new rows: a row
    inserted with an id above it is found by its id; one at or below it (put back by an undo, or
    an id used again) is logged by its trigger."""

    table_name = TextField(primary_key=True)
    mark = IntegerField()

    class Meta:
        table_name = "derived_mark"


DERIVED_MODELS: tuple[type[BaseModel], ...] = (
    DerivedStateModel,
    DerivedPointsModel,
    DerivedChangeModel,
    DerivedMarkModel,
)
"""The tables schema version 5 adds (:func:`tracker.store.migrations._step_5_derived`)."""

MODELS: tuple[type[BaseModel], ...] = (
    ImportBatchModel,
    OrderModel,
    OrderLineModel,
    ReviewModel,
    VisitModel,
    ClubPostModel,
    StoreFollowModel,
    PointsEntryModel,
    PromotionModel,
    SettingModel,
    OrderConversionModel,
    UserRateModel,
    RecordIdReserveModel,
    ImportUpdateModel,
    *CHECK_MODELS,
    *DERIVED_MODELS,
)
