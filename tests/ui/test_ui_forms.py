"""The smaller forms (review, Club post, store follow, points entry, promotion) and edit_record."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TODAY
from tracker.rules import OrderStatus
from tracker.rules.records import EntryKind
from tracker.store.drafts import (
    EntryDraft,
    FollowDraft,
    LineDraft,
    OrderDraft,
    PostDraft,
    PromotionDraft,
    ReviewDraft,
)
from tracker.store.repository import (
    get_entry,
    get_promotion,
    get_review,
    list_activity,
    list_promotions,
    list_reviews,
)
from tracker.ui import forms
from tracker.ui.forms import EntryForm, FollowForm, PostForm, PromotionForm, ReviewForm, edit_record
from tracker.ui.forms.base import RecordForm
from tracker.ui.session import Session


def show(qtbot: QtBot, form: RecordForm[Any]) -> RecordForm[Any]:
    qtbot.addWidget(form)
    form.show()
    return form


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def save(qtbot: QtBot, form: RecordForm[Any]) -> None:
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)


# --- reviews -------------------------------------------------------------------------------------


def test_a_review_is_saved_with_its_price_and_previews_its_points(session: Session, qtbot: QtBot) -> None:
    """S4: a review of an item of at least $2 earns a point."""
    form = show(qtbot, ReviewForm(session, save=session.add))
    assert isinstance(form, ReviewForm)
    type_into(qtbot, form.title, "Desk lamp")
    type_into(qtbot, form.price, "12,50")
    assert form.preview.text() == "This review earns 1 point (S4)."
    save(qtbot, form)
    (review,) = list_reviews(session.db)
    assert (review.title, review.item_price_cents, review.date) == ("Desk lamp", 1_250, TODAY)


def test_a_review_of_a_cheap_item_says_it_earns_nothing(session: Session, qtbot: QtBot) -> None:
    form = show(qtbot, ReviewForm(session))
    assert isinstance(form, ReviewForm)
    type_into(qtbot, form.price, "1.50")
    assert "earns no points" in form.preview.text()


def test_a_review_with_a_negative_price_is_refused_inline(session: Session, qtbot: QtBot) -> None:
    form = show(qtbot, ReviewForm(session, save=session.add))
    assert isinstance(form, ReviewForm)
    type_into(qtbot, form.price, "-3")
    assert form.message_for("item_price_cents") == "Item price cannot be negative"
    assert not form.ok_button.isEnabled()
    assert list_reviews(session.db) == []


def test_editing_a_review_keeps_its_link_to_the_order(session: Session, qtbot: QtBot) -> None:
    order_id = session.add(
        OrderDraft("8100000000000001", date(2026, 10, 1), OrderStatus.CONFIRMED,
                   (LineDraft("Lamp", "", "Home", 1, 2_000),), confirmed_date=date(2026, 10, 9))
    )  # fmt: skip
    review_id = session.add(ReviewDraft(date(2026, 10, 12), 2_000, "", "Lamp", order_id))
    stored = get_review(session.db, review_id)
    form = show(qtbot, ReviewForm(session, stored, save=lambda draft: session.edit("review", review_id, draft)))
    assert isinstance(form, ReviewForm)
    assert form.linked.text() == "Order 8100000000000001 of 1 Oct 2026"
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Desk lamp")
    save(qtbot, form)
    (review,) = list_reviews(session.db)
    assert (review.title, review.order_id) == ("Desk lamp", order_id)


# --- posts, follows, entries ---------------------------------------------------------------------


def test_a_club_post_and_a_store_follow_are_saved(session: Session, qtbot: QtBot) -> None:
    post = show(qtbot, PostForm(session, save=session.add))
    assert isinstance(post, PostForm)
    type_into(qtbot, post.note, "Unboxing photos")
    save(qtbot, post)
    follow = show(qtbot, FollowForm(session, save=session.add))
    assert isinstance(follow, FollowForm)
    type_into(qtbot, follow.store, "Lamp World")
    follow.date.setDate(QDate(2026, 11, 2))
    save(qtbot, follow)
    rows = {(row.kind.value, row.date, row.detail) for row in list_activity(session.db)}
    assert rows == {("post", TODAY, "Unboxing photos"), ("follow", date(2026, 11, 2), "Lamp World")}


def test_a_negative_bonus_is_refused_but_a_negative_adjustment_is_saved(session: Session, qtbot: QtBot) -> None:
    """S8: only an adjustment may take points away."""
    form = show(qtbot, EntryForm(session, save=session.add))
    assert isinstance(form, EntryForm)
    form.points.selectAll()  # as a Tab into the box does
    type_into(qtbot, form.points, "-20")
    assert form.message_for("points") == "A bonus cannot be negative; use an adjustment"
    assert not form.ok_button.isEnabled()

    form.kind.setCurrentIndex(form.kind.findData(EntryKind.ADJUSTMENT))
    assert form.message_for("points") == ""
    type_into(qtbot, form.note, "Correction")
    save(qtbot, form)
    (row,) = list_activity(session.db)
    assert get_entry(session.db, row.id) == EntryDraft(TODAY, -20, EntryKind.ADJUSTMENT, "Correction")


def test_an_entry_of_no_points_cannot_be_saved(session: Session, qtbot: QtBot) -> None:
    form = show(qtbot, EntryForm(session, save=session.add))
    assert not form.ok_button.isEnabled()
    assert form.ok_button.toolTip() == "Points cannot be 0"


# --- promotions ----------------------------------------------------------------------------------


def test_a_promotion_is_saved_with_its_multiplier(session: Session, qtbot: QtBot) -> None:
    form = show(qtbot, PromotionForm(session, save=session.add))
    assert isinstance(form, PromotionForm)
    type_into(qtbot, form.name, "11.11")
    form.start.setDate(QDate(2026, 11, 11))
    form.end.setDate(QDate(2026, 11, 13))
    type_into(qtbot, form.multiplier, "1,5")
    save(qtbot, form)
    ((promotion_id, promotion),) = list_promotions(session.db)
    assert promotion == PromotionDraft("11.11", date(2026, 11, 11), date(2026, 11, 13), Decimal("1.5"))
    assert get_promotion(session.db, promotion_id).multiplier == Decimal("1.5")


@pytest.mark.parametrize(
    ("multiplier", "message"),
    [
        ("abc", "Multiplier must be a number like 2 or 1.5"),
        ("0", "Multiplier must be at least 1: a promotion never lowers points"),
        ("0.5", "Multiplier must be at least 1: a promotion never lowers points"),  # S9
    ],
)
def test_a_bad_multiplier_is_named(session: Session, qtbot: QtBot, multiplier: str, message: str) -> None:
    form = show(qtbot, PromotionForm(session, save=session.add))
    assert isinstance(form, PromotionForm)
    type_into(qtbot, form.multiplier, multiplier)
    assert form.message_for("multiplier") == message
    assert not form.ok_button.isEnabled()


def test_a_promotion_ending_before_it_starts_is_named(session: Session, qtbot: QtBot) -> None:
    form = show(qtbot, PromotionForm(session))
    assert isinstance(form, PromotionForm)
    type_into(qtbot, form.multiplier, "2")
    form.end.setDate(QDate(2026, 11, 1))
    assert form.message_for("end") == "End date cannot be before the start date"


# --- edit_record ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "draft"),
    [
        ("review", ReviewDraft(date(2026, 11, 1), 500)),
        ("post", PostDraft(date(2026, 11, 1))),
        ("follow", FollowDraft(date(2026, 11, 1), "Lamp World")),
        ("entry", EntryDraft(date(2026, 11, 1), 5)),
        ("promotion", PromotionDraft("Sale", date(2026, 11, 1), date(2026, 11, 2), Decimal(2))),
    ],
)
def test_edit_record_opens_the_kinds_form_with_the_stored_record(
    session: Session, monkeypatch: pytest.MonkeyPatch, kind: str, draft: Any
) -> None:
    record_id = session.add(draft)
    asked: list[Any] = []

    def ask(cls: type[RecordForm[Any]], parent: object, session: Session, draft: Any = None, **_: object) -> Any:
        asked.append((cls, draft))
        return draft

    form = forms.form_class(kind)
    monkeypatch.setattr(form, "ask", classmethod(ask))
    assert edit_record(None, session, kind, record_id) is True
    assert asked == [(form, draft)]


def test_edit_record_of_a_deleted_record_says_so(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    record_id = session.add(PostDraft(date(2026, 11, 1)))
    session.delete("post", record_id)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warned.append(title))
    assert edit_record(None, session, "post", record_id) is False
    assert warned == ["Cannot open the Club post"]


def test_a_cancelled_form_saves_nothing(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PostForm, "ask", classmethod(lambda cls, *args, **kwargs: None))
    assert edit_record(None, session, "post") is False
    assert session.undo_stack.count() == 0
