"""``points-tracker-cli check``: a check kept and the comparison printed, as text and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.check import story
from tests.check.helpers import write_story
from tracker.cli.main import main
from tracker.store import checks
from tracker.store.connection import close_database, open_database

TODAY = story.TODAY


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "points.sqlite3"
    write_story(open_database(path))
    close_database()
    return path


def run(capsys: pytest.CaptureFixture[str], db_file: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_file), "check", *args], today=TODAY)
    close_database()
    out, err = capsys.readouterr()
    return code, out, err


def stored_checks(db_file: Path) -> list[checks.StoredCheck]:
    found = checks.list_checks(open_database(db_file))
    close_database()
    return found


def test_a_check_is_kept_and_the_comparison_printed(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    code, out, _ = run(capsys, db_file, "--points", "103")

    assert code == 0
    assert "AliExpress: 103 · here: 136 · 33 too many" in out
    assert "unchecked" in out
    assert "Mar 2026 · Orders: AliExpress 24 · here 0 · +24" in out
    assert "an order that is not recorded here" in out
    assert "refund of order 8102 not recorded here" in out
    assert "Jun 2026 · Visits: AliExpress 8 · here 10 · −2" in out
    (check,) = stored_checks(db_file)
    assert (check.date, check.points, check.here_points) == (TODAY, 103, 136)


def test_json_gives_the_per_month_differences(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    code, out, _ = run(capsys, db_file, "--points", "1,204", "--tier", "gold", "--date", "2026-11-20", "--json")

    assert code == 0
    report = json.loads(out)
    assert report["check"]["aliexpress"] == {"points": 1204, "tier": "Gold"}
    assert (report["check"]["state"], report["unchecked_since"]) == ("differs", "2026-11-20")
    assert report["history"] == {"rows": 14, "first_month": "2026-01", "last_month": "2026-06"}
    months = {month["month"]: month for month in report["months"]}
    assert months["2026-01"]["agrees"] and months["2026-01"]["findings"] == []
    (missing,) = months["2026-03"]["findings"]
    assert (missing["cause"], missing["points"], missing["date"], missing["number"]) == (
        "order_missing", 24, "2026-03-12", 1,
    )  # fmt: skip
    assert missing["fix"]["kind"] == "add_order"
    (refund,) = months["2026-04"]["findings"]
    assert (refund["cause"], refund["order_no"], refund["fix"]["refund_usd"]) == (
        "refund_not_recorded",
        "8102",
        "55.30",
    )
    assert months["2026-06"]["sources"]["visits"] == {"aliexpress": 8, "here": 10, "difference": -2}


def test_the_fixes_from_the_command_line_make_the_figures_agree(
    capsys: pytest.CaptureFixture[str], db_file: Path
) -> None:
    run(capsys, db_file, "--points", "103")

    code, out, _ = run(capsys, db_file, "--fix", "1")  # the missing order: its amount is asked
    assert code == 0 and "add order --date 2026-03-12 --amount 24.00" in out
    assert main(["--db", str(db_file), "add", "order", "--date", "2026-03-12", "--amount", "24.00",
                 "--status", "confirmed", "--confirmed", "2026-03-12"], today=TODAY) == 0  # fmt: skip
    close_database()
    capsys.readouterr()
    assert run(capsys, db_file, "--fix", "1")[1].startswith("Made fix 1: Record the refund on 3 Apr.")
    code, out, _ = run(capsys, db_file, "--fix", "1", "--json")

    assert code == 0
    report = json.loads(out.partition("\n\n")[2])
    assert report["check"]["state"] == "agrees" and report["unchecked_since"] is None
    assert all(month["agrees"] for month in report["months"])


def test_accepting_the_difference(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    run(capsys, db_file, "--points", "103")

    code, out, _ = run(capsys, db_file, "--accept", "not worth chasing")

    assert code == 0 and "Difference accepted on 24 Nov 2026. not worth chasing" in out
    (check,) = stored_checks(db_file)
    assert (check.accepted_on, check.note) == (TODAY, "not worth chasing")


def test_without_a_history_the_check_says_how_to_import_one(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, tmp_path / "new.sqlite3", "--points", "0")

    assert code == 0
    assert "AliExpress: 0 · here: 0 · the same" in out and "The figures agree" in out
    assert "--kind points-history" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--points", "-5"), "negative"),
        (("--points", "12.5"), "not a whole number"),
        (("--points", "9" * 5000), "not a whole number"),
        (("--points", "20000000"), "that many points"),
        (("--points", "100", "--date", "2026-11-25"), "a day still to come"),
        (("--points", "100", "--date", "2026-02-30"), "not a date"),
        (("--points", "100", "--date", "0001-01-05"), "no points before 2010"),
        (("--points", "100", "--tier", "Bronze"), "Bronze is not a tier of this rule set"),
        (("--tier", "Gold"), "--tier goes with --points"),
        (("--points", "100", "--accept", "x"), "give one of them"),
        (("--accept", "x"), "no check to accept"),
        (("--fix", "7"), "there is no fix 7"),
        (("--fix", "x"), "invalid int value"),
    ],
)
def test_bad_input_says_what_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], db_file: Path, args: tuple[str, ...], message: str
) -> None:
    with pytest.raises(SystemExit) as raised:
        code = main(["--db", str(db_file), "check", *args], today=TODAY)
        raise SystemExit(code)
    close_database()

    assert raised.value.code == 2
    assert message in capsys.readouterr().err
    assert stored_checks(db_file) == []


def test_a_check_that_agrees_has_nothing_to_accept(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    run(capsys, db_file, "--points", "136", "--date", "2026-11-24")

    code, _, err = run(capsys, db_file, "--accept", "x")

    assert code == 2 and "does not differ" in err
    assert stored_checks(db_file)[0].accepted_on is None
