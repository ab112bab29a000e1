"""The layering of docs/architecture.md holds: the import contracts in pyproject.toml (the same
check as `uv run lint-imports` in CI and the pre-commit hook), so that `uv run pytest` alone
catches a module that imports across the layers, Qt below the window, or an import cycle."""

from __future__ import annotations

from pathlib import Path

import pytest
from importlinter import cli
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_hold(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    # lint-imports sets up logging with dictConfig, which disables every logger that exists —
    # ours included — for the rest of the test run.
    monkeypatch.setattr(cli, "_configure_logging", lambda verbose: None)
    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert code == 0, report
    assert "No import cycles inside a package KEPT" in report
    assert " broken" not in report.replace("0 broken", "")
