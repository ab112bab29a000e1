"""``tracker.rules`` names its parts lazily (PEP 562): every name it exports resolves, from the
module the map says, and nothing outside the map is claimed."""

from __future__ import annotations

import importlib

import tracker.rules as rules


def test_every_exported_name_is_mapped_and_resolves_to_its_module() -> None:
    assert set(rules._MODULES) == set(rules.__all__)
    for name, module in rules._MODULES.items():
        assert getattr(rules, name) is getattr(importlib.import_module(module), name), name


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        rules.no_such_rule  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as error:
        assert "no_such_rule" in str(error)
    else:
        raise AssertionError("an unknown name resolved")
