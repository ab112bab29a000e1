"""The shipped rule sets for the check tests (the same fixtures as the rules tests)."""

from tests.rules.conftest import ae2023, rulesets

__all__ = ["ae2023", "rulesets"]
