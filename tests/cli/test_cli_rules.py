"""The command line on the rules' last disagreements: the cheapest plan, the lowest tier, bad
multipliers and every --as-of date from year 1 to 9999."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tracker.cli.main import main

TODAY = date(2026, 11, 24)
RULESETS = ("aliexpress-2023", "aliexpress-legacy-a0-a4", "aliexpress-flat-per-order")


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "points.sqlite3"
    monkeypatch.setenv("POINTS_TRACKER_DB", str(path))
    return path


def run(*args: str) -> int:
    """The exit status, also of a bad flag (which argparse reports by leaving)."""
    try:
        return main(list(args), today=TODAY)
    except SystemExit as leaving:
        return int(leaving.code or 0)


def test_plan_for_501_points_costs_501_dollars_P3(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("plan", "--tier", "Platinum", "--as-of", "2025-02-10", "--json") == 0
    plan = json.loads(capsys.readouterr().out)["plan"]
    assert plan == [{"recalculation": "2025-02-28", "points": 501, "spend_usd": "501.00", "buy_by": "2025-02-08"}]


def test_a_buy_by_date_already_past_is_not_printed_as_a_deadline_P3(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On 10 Feb the usual 20-day lag no longer fits before the 28 Feb recalculation: the text
    says to buy as soon as possible, not "by 8 Feb"; --json keeps the date for scripts."""
    assert run("plan", "--tier", "Platinum", "--as-of", "2025-02-10") == 0
    text = capsys.readouterr().out
    assert "as soon as you can: spend $501" in text
    assert "by 8 Feb" not in text
    assert run("plan", "--tier", "Platinum", "--as-of", "2025-02-01") == 0
    assert "by 8 Feb 2025: spend $501" in capsys.readouterr().out


def test_the_lowest_tier_needs_no_plan_after_a_negative_adjustment_P3(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("add", "adjustment", "--date", "2026-10-02", "--points", "-30") == 0
    capsys.readouterr()
    assert run("status", "--json") == 0
    status = json.loads(capsys.readouterr().out)
    assert (status["tier"], status["next_recalculation"]["points"], status["keep_plan"]) == ("Silver", -30, [])
    assert run("status") == 0
    text = capsys.readouterr().out
    assert "No spending needed to keep Silver" in text and "Silver is the first tier" in text
    assert run("plan", "--tier", "Silver") == 0
    assert capsys.readouterr().out.startswith("Nothing to add")


def test_a_promotion_multiplier_below_1_is_bad_input_S9(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for value in ("0.5", "0", "-2"):
        assert run("add", "promotion", "--start", "2026-11-11", "--end", "2026-11-11", "--multiplier", value) == 2
        error = capsys.readouterr().err
        assert error.count("\n") == 1 and "--multiplier" in error and "below 1" in error, error
    assert run("export", "promotions", str(db.parent / "promotions.csv")) == 0
    assert (db.parent / "promotions.csv").read_text(encoding="utf-8").strip().count("\n") == 0  # header only
    assert run("add", "promotion", "--start", "2026-11-11", "--end", "2026-11-11", "--multiplier", "1") == 0


def edge_dates() -> list[str]:
    """Month starts and ends, the days around the 8th, 29 February, in the first and last years."""
    days = []
    for year in (1, 2, 4, 9997, 9998, 9999):
        for month, day in ((1, 1), (1, 7), (1, 8), (1, 31), (2, 28), (3, 1), (6, 30), (11, 30), (12, 7), (12, 8)):
            days.append(date(year, month, day))
        days.append(date(year, 12, 31))
        if year == 4:
            days.append(date(4, 2, 29))
    return [day.isoformat() for day in days]


def add_history_at_the_edges() -> None:
    """Orders and entries near both ends of the calendar, so every projection has work to do."""
    for args in (
        ("order", "--date", "0001-01-01", "--amount", "700", "--status", "confirmed", "--category", "A",
         "--category", "B", "--refund", "699", "--refund-date", "0001-03-01"),
        ("order", "--date", "0001-01-05", "--amount", "50", "--status", "confirmed"),
        ("order", "--date", "0001-12-20", "--amount", "80", "--status", "pending"),
        ("bonus", "--date", "0001-01-02", "--points", "600"),
        ("adjustment", "--date", "0002-03-03", "--points", "-900"),
        ("order", "--date", "9997-12-01", "--amount", "2000", "--status", "confirmed", "--confirmed", "9997-12-20"),
        ("order", "--date", "9998-12-20", "--amount", "300", "--status", "pending", "--expected", "9999-12-31"),
        ("order", "--date", "9998-12-30", "--amount", "40", "--status", "confirmed"),
        ("bonus", "--date", "9998-12-31", "--points", "100"),
    ):  # fmt: skip
        assert run("add", *args) == 0


def test_status_json_answers_every_date_from_year_1_to_9999_or_says_why(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_history_at_the_edges()
    capsys.readouterr()
    for ruleset in RULESETS:
        for day in edge_dates():
            code = run("status", "--json", "--as-of", day, "--ruleset", ruleset)
            out, err = capsys.readouterr()
            if day <= "9998-12-31":
                assert code == 0, (ruleset, day, err)
                assert json.loads(out)["as_of"] == day
            else:
                assert (code, out) == (2, ""), (ruleset, day)
                assert err.count("\n") == 1 and f"{day} is too late" in err and "9998-12-31" in err, err


@pytest.mark.parametrize("day", ["0001-01-01", "0001-02-07", "9998-12-31"])
def test_status_text_and_plan_at_the_edges(day: str, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_history_at_the_edges()
    for ruleset in RULESETS:
        assert run("status", "--as-of", day, "--ruleset", ruleset) == 0
        assert (
            run("plan", "--as-of", day, "--ruleset", ruleset, "--tier", "A3" if ruleset.endswith("a4") else "Gold") == 0
        )
    assert "Traceback" not in capsys.readouterr().err


def test_a_plan_running_past_the_year_9999_says_so(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("plan", "--as-of", "9990-01-01", "--months", "120") == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "120 months ahead" in error


@pytest.mark.parametrize("day", ["0001-12-31", "9998-11-01", "9999-05-05"])
def test_a_chart_too_near_the_calendars_edge_says_why(
    day: str, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("chart", "timeline", "--as-of", day, "--out", str(tmp_path / "t.svg")) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "0002-01-01 to 9998-10-31" in error
