"""tracker/collector.py: the cyclic collector is paused for a block and left as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from tracker.collector import collector_paused


@pytest.fixture(autouse=True)
def collector_back_on() -> Iterator[None]:
    yield
    gc.enable()


def test_the_collector_is_off_inside_and_on_again_after() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_resume_only_at_the_outermost() -> None:
    gc.enable()
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_resumes_it() -> None:
    gc.enable()
    with pytest.raises(ZeroDivisionError), collector_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_what_the_pause_made_is_handed_to_the_oldest_generation() -> None:
    gc.enable()
    with collector_paused():
        made = [[number] for number in range(1000)]
    assert gc.get_count()[0] < 100  # not left young, for the next allocation to walk it all
    oldest = {id(item) for item in gc.get_objects(generation=2)}
    assert all(id(item) in oldest for item in made)
