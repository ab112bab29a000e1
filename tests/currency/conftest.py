"""The window tests' session fixture, for the currency window tests."""

from tests.ui.conftest import session

__all__ = ["session"]
