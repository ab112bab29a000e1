"""tracker.frozen: a maker makes what the class makes, and refuses classes it would get wrong."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, field

import pytest

from tracker.frozen import maker


@dataclass(frozen=True, slots=True)
class Point:
    x: int
    y: int = 0
    tags: tuple[str, ...] = field(default=())


def test_a_maker_takes_every_field_by_position_or_keyword_and_makes_what_the_class_makes() -> None:
    make = maker(Point)
    made = make(1, y=2, tags=("a",))
    assert (type(made), made, hash(made)) == (Point, Point(1, 2, ("a",)), hash(Point(1, 2, ("a",))))
    with pytest.raises(FrozenInstanceError):
        made.x = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        make(1, 2)  # no defaults: every field is given


def test_a_maker_refuses_a_class_that_is_not_frozen_or_has_no_slots_or_a_post_init() -> None:
    @dataclass(slots=True)
    class Open:
        x: int

    @dataclass(frozen=True)
    class NoSlots:
        x: int

    @dataclass(frozen=True, slots=True)
    class Checked:
        x: int

        def __post_init__(self) -> None:
            assert self.x >= 0

    for cls in (Open, NoSlots, Checked):
        with pytest.raises(TypeError):
            maker(cls)
