"""The rule-set error, apart from the rule sets: the command line catches it around every
command, and most commands (an import, a backup) never load a rule set."""

from __future__ import annotations


class RuleSetError(ValueError):
    """A rule-set file that cannot be used; the message says file, key and problem."""
