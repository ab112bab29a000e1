"""Every command and flag of points-tracker-cli, with good and bad values: never a traceback, exit
status 0, 1 or 2 only, and a command that fails leaves the database as it was.

The commands and their flags are read from the parser itself (argparse's actions), so a flag
added later is fuzzed without touching this file. Each example runs on a fresh copy of a small
database, with HOME in a temporary folder and every file argument inside it.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.safety.helpers import fill
from tracker.cli import arguments
from tracker.cli.main import build_parser, main
from tracker.rules.records import EntryKind
from tracker.store.batches import write_batch
from tracker.store.connection import close_database, open_database
from tracker.store.drafts import EntryDraft, PromotionDraft, ReviewDraft, VisitDraft

TODAY = date(2026, 11, 24)
ORDERS_CSV = (
    "order_no,order_date,status,confirmed_date,items_usd,discount_usd,shipping_usd,refund_usd,refund_date,"
    "category,store,item,product_id\n8001,2026-01-10,confirmed,2026-01-30,42.00,,,,,Toys,,,\n"
)
# Things a hand or a script gets wrong in any argument.
JUNK = [
    "",
    " ",
    "-",
    "--",
    "-1",
    "0",
    "1e309",
    "9" * 40,
    "NaN",
    "inf",
    "1_000",
    "١٢٣",
    "１２３",
    "2026-02-30",
    "2026-13-01",
    "0000-01-01",
    "31/12/99",
    "true",
    "=1+2",
    "../../etc",
    "a\nb",
    "\udcff",
    "é" * 300,
    "DD.MM.YYYY",
    "%d.%m.%Y",
    "x=",
    "=y",
    "utf-99",
    "tab",
    ";;",
    "Diamond",
    "Silver",
]
# Random text never names a folder ("/"): every file a command writes stays in the example's folder.
junk = st.sampled_from(JUNK) | st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0/"),
                                       max_size=12)  # fmt: skip


def leaf_parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...],
                                                                                                  argparse.ArgumentParser]]:  # fmt: skip
    """Every command (``("add", "order")`` …) with the parser of its arguments."""
    subcommands = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subcommands or not subcommands[0].required:  # ``rates`` alone lists them
        yield path, parser
    if not subcommands:
        return
    for name, child in subcommands[0].choices.items():
        yield from leaf_parsers(child, (*path, name))


COMMANDS = dict(leaf_parsers(build_parser()))


class Files:
    """The files a fuzzed argument may name, all inside the example's own folder."""

    def __init__(self, folder: Path, db: Path) -> None:
        self.folder, self.db = folder, db
        (folder / "orders.csv").write_text(ORDERS_CSV, encoding="utf-8")
        (folder / "notes.txt").write_text("not a database\n", encoding="utf-8")
        (folder / "a folder").mkdir()
        self.choices = [
            folder / "orders.csv", folder / "notes.txt", folder / "a folder", db, folder / "backup.sqlite3",
            folder / "missing.csv", folder / "no such folder" / "out.csv", folder / "out.png", folder / "out.svg",
            folder / "out.csv", folder / "\udcff.csv", db.parent / "backups",
        ]  # fmt: skip


def value_for(action: argparse.Action, files: Files) -> st.SearchStrategy[str]:
    """Good values of the action's kind, mixed with junk."""
    kind = action.type
    good: st.SearchStrategy[str]
    if action.choices:
        good = st.sampled_from([str(choice) for choice in action.choices])
    elif kind is arguments.iso_date:
        good = st.dates(date(2020, 1, 1), date(2027, 12, 31)).map(date.isoformat)
    elif kind in (arguments.usd_cents, arguments.multiplier):
        good = st.decimals(0, 10_000, places=2).map(str) | st.sampled_from(["2", "1.5", "0", "100", "101"])
    elif kind is int:
        good = st.integers(-3, 400).map(str)
    elif kind is Path or action.dest in ("file", "out"):
        good = st.sampled_from([str(path) for path in files.choices])
    elif action.dest in ("key", "value", "tier", "ruleset", "preset", "map", "status", "encoding", "delimiter"):
        good = st.sampled_from(["confirmation_lag_days", "backup_keep", "include_pending", "ruleset", "aliexpress-2023",
                                "15", "true", "Gold", "order_no=Order ID", "Completed=confirmed", "utf-8", "comma",
                                "Points Tracker CSV"])  # fmt: skip
    else:
        good = st.sampled_from(["Lamp", "8001", "Shop"])
    return good | junk


@st.composite
def command_lines(draw: st.DrawFn, files: Files) -> list[str]:
    path = draw(st.sampled_from(sorted(COMMANDS)))
    parser = COMMANDS[path]
    argv = ["--db", str(files.db), *path]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if not action.option_strings:  # a positional argument
            if action.nargs == "?" and draw(st.booleans()):
                continue
            argv.append(draw(value_for(action, files)))
            continue
        if not (action.required or draw(st.booleans())):
            continue
        flag = draw(st.sampled_from(action.option_strings))
        if action.nargs == 0:
            argv.append(flag)
            continue
        for _ in range(draw(st.integers(1, 2)) if isinstance(action, argparse._AppendAction) else 1):
            argv += [flag, draw(value_for(action, files))]
    if draw(st.integers(0, 9)) == 0:  # now and then something the parser does not know
        argv.insert(draw(st.integers(0, len(argv))), draw(st.sampled_from(["--nope", "extra", "-x"])))
    return argv


def _template(folder: Path) -> Path:
    """A small history: orders from an import, a review, visits, a bonus, a promotion, backups."""
    path = folder / "data" / "points.sqlite3"
    db = open_database(path)
    fill(db, 12)
    write_batch(db, file_name="a.csv", file_hash="a", kind="activity",
                reviews=[ReviewDraft(TODAY, 300)], visits=[VisitDraft(date(2026, 11, n)) for n in (1, 2, 3)],
                entries=[EntryDraft(TODAY, 20, EntryKind.BONUS)],
                promotions=[PromotionDraft("11.11", TODAY, TODAY, Decimal(2))])  # fmt: skip
    close_database()
    assert main(["--db", str(path), "backup", str(folder / "backup.sqlite3")], today=TODAY) == 0
    close_database()
    return path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory.mktemp("template"))


def _state(db: Path) -> tuple[bytes, list[str]]:
    """The database's bytes and its companions (the lock file beside it may stay: it is the OS
    lock's, and holds nothing)."""
    companions = sorted(
        name for name in os.listdir(db.parent) if name.startswith(db.name) and name != f"{db.name}.lock"
    )
    return db.read_bytes(), companions


def _run(argv: list[str]) -> tuple[int, str, str]:
    """main() as a terminal runs it: stdout is strict UTF-8, stderr replaces what it cannot write."""
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    stderr = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace")
    with redirect_stdout(stdout), redirect_stderr(stderr):
        try:
            code = main(argv, today=TODAY)
        except SystemExit as leaving:  # argparse: --help, --version, bad arguments
            code = leaving.code if isinstance(leaving.code, int) else 2
        finally:
            close_database()
            stdout.flush()
            stderr.flush()
    output = stdout.buffer.getvalue().decode(errors="replace")  # type: ignore[attr-defined]
    return code, output, stderr.buffer.getvalue().decode(errors="replace")  # type: ignore[attr-defined]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])  # fmt: skip
@given(data=st.data())
def test_no_command_or_flag_value_makes_a_traceback_or_touches_the_file_when_it_fails(
    data: st.DataObject, template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with TemporaryDirectory() as name:
        folder = Path(name)
        db = folder / "data" / "points.sqlite3"
        shutil.copytree(template.parent, db.parent)
        shutil.copyfile(template.parent.parent / "backup.sqlite3", folder / "backup.sqlite3")
        work = folder / "a" / "b" / "c"  # "../../etc" and the like stay inside the folder too
        work.mkdir(parents=True)
        monkeypatch.chdir(work)
        monkeypatch.setenv("HOME", str(folder))
        monkeypatch.setenv("XDG_DATA_HOME", str(folder / "share"))
        monkeypatch.delenv("POINTS_TRACKER_DB", raising=False)
        argv = data.draw(command_lines(Files(folder, db)), label="argv")
        before = _state(db)

        code, out, err = _run(argv)

        assert code in (0, 1, 2), (argv, code, err)
        assert "Traceback" not in err and "Traceback" not in out, err
        if code != 0:
            assert err.strip(), argv  # a failure always says why
            assert _state(db) == before, (argv, err)


def test_every_command_is_fuzzed() -> None:
    assert {" ".join(path) for path in COMMANDS} >= {
        "status", "plan", "rulesets", "import", "imports", "undo-import", "add order", "add review", "add visit",
        "add post", "add follow", "add bonus", "add adjustment", "add promotion", "export", "settings", "chart",
        "backup", "restore", "backups", "restore-latest", "rates", "rates set", "rates remove",
    }  # fmt: skip


def test_an_undecodable_file_name_is_printed_not_a_crash(template: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Bytes in argv that are not UTF-8 arrive as surrogates; stdout cannot print those."""
    db = tmp_path / "data" / "points.sqlite3"
    shutil.copytree(template.parent, db.parent)
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(["--db", str(db), "export", "orders", str(tmp_path / "\udcff.csv")])
    assert code == 0, err
    assert "Wrote 12 orders rows to" in out
