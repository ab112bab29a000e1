"""Every page and dialog, in every language, light and dark, at 100 % and 200 %: pictures and checks.

    uv run python packaging/screenshots.py --out /tmp/ui-review          # all 24 combinations
    uv run python packaging/screenshots.py --languages fr ru --scales 2  # some of them
    uv run python packaging/screenshots.py --scales 2 --screen 800x500   # a 1600×1000 screen at 200 %

Writes ``<language>-<scheme>-<scale>x/<scene>.png`` for every page of the window (at 1024×640
and at the full 1366×768 screen), the empty start page, every record form, the visits
calendar, each tab of the settings, Help ▸ How points work, About, each step of the import
dialog (to its summary and undo), Check against AliExpress (before a check, with its findings,
and the note for an accepted difference), and the questions the window and its start ask. The
screen is a realistic laptop's: 1366×768 at
100 %, and 2732×1536 pixels at 200 % (the same 1366×768 in Qt's logical pixels); ``--screen``
gives another, in logical pixels (the window's sizes shrink to fit it).

It **fails** (exit status 1, each problem listed) when text is cut or elided, when a dialog is
larger than the screen, when two of a dialog's buttons, field labels or tabs (or two items of a
menu) share an Alt+key, when Tab cannot get out of a table, or when a visible text is left in
English (see ``packaging/ui_check.py``).
Runs offscreen with the Fusion style; "dark" sets a dark palette the way a dark desktop theme
would. Nothing touches your own database or settings. ``tests/ui/test_ui_screens.py`` runs the
same checks on the main pages and dialogs in every language at 100 %, light, on every test run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

LANGUAGES = ("en", "es", "pt_BR", "ru", "fr", "pl")
SCHEMES = ("light", "dark")
SCALES = (1, 2)
SCREEN = (1366, 768)  # logical pixels, at every scale
# The window at 1024×640, and maximized on that screen (a panel and a title bar take 68 pixels).
WINDOW_SIZES = ((1024, 640), (1362, 700))
TODAY = date(2026, 11, 24)
# How the Member Center's points history names an order's, a review's and a visit's points, in the
# shopper's language (the check sorts its rows by these words).
SOURCE_WORD = {"multi_category": "order", "purchase_day": "order"}  # points an order earns
HISTORY_WORDS = {
    "en": {"order": "Order reward", "review": "Review reward", "visit": "Member Center visit"},
    "es": {"order": "Recompensa del pedido", "review": "Recompensa por reseña", "visit": "Visita diaria"},
    "pt": {"order": "Recompensa de compra", "review": "Recompensa por avaliação", "visit": "Visita diária"},
    "ru": {"order": "Баллы за заказ", "review": "Баллы за отзыв", "visit": "Ежедневное посещение"},
    "fr": {"order": "Récompense de commande", "review": "Récompense d'avis", "visit": "Visite quotidienne"},
    "pl": {"order": "Nagroda za zamówienie", "review": "Nagroda za opinię", "visit": "Codzienna wizyta"},
}

# A spreadsheet of orders as a shopper might have typed it: semicolons, euro amounts, a status
# the app does not know and a date that does not exist.
SAMPLE_CSV = (
    "Order ID;Date;Item;Price;Status\r\n"
    "8100123456789012;2026-10-02;LED desk lamp;24,90 €;Completed\r\n"
    "8100123456789013;2026-10-14;Phone case;3,50 €;Finished\r\n"
    "8100123456789014;2026-10-30;Cable organiser;6,20 €;Completed\r\n"
    "8100123456789015;2026-11-31;Coffee grinder;31,00 €;Completed\r\n"
)


def dark_palette() -> Any:
    """What a dark desktop theme hands a Qt app (colours as in KDE's Breeze Dark)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202326",
        QPalette.ColorRole.WindowText: "#fcfcfc",
        QPalette.ColorRole.Base: "#141618",
        QPalette.ColorRole.AlternateBase: "#1d1f22",
        QPalette.ColorRole.ToolTipBase: "#292c30",
        QPalette.ColorRole.ToolTipText: "#fcfcfc",
        QPalette.ColorRole.PlaceholderText: "#a1a9b1",
        QPalette.ColorRole.Text: "#fcfcfc",
        QPalette.ColorRole.Button: "#292c30",
        QPalette.ColorRole.ButtonText: "#fcfcfc",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#40464c",
        QPalette.ColorRole.Midlight: "#33383d",
        QPalette.ColorRole.Mid: "#1e2124",
        QPalette.ColorRole.Dark: "#0f1012",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3daee9",
        QPalette.ColorRole.HighlightedText: "#fcfcfc",
        QPalette.ColorRole.Link: "#1d99f3",
        QPalette.ColorRole.LinkVisited: "#9b59b6",
        QPalette.ColorRole.Accent: "#3daee9",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e7175"))
    return palette


@dataclass
class Shooter:
    """Looks at one widget after another: checks it, and saves its picture when ``out`` is set."""

    app: Any
    code: str
    out: Path | None = None
    screen: tuple[int, int] = SCREEN
    problems: list[str] = field(default_factory=list)
    shots: list[Path] = field(default_factory=list)

    def settle(self) -> None:
        for _ in range(4):
            self.app.processEvents()

    def look(self, name: str, widget: Any, *, wanted: tuple[int, int] | None = None, figure: Any = None) -> None:
        import ui_check
        from PySide6.QtCore import QSize
        from PySide6.QtWidgets import QDialog

        self.settle()
        window = widget.window()
        found = ui_check.cut_problems(window)
        found += ui_check.size_problems(window, QSize(*self.screen), QSize(*wanted) if wanted else None)
        found += ui_check.tab_trap_problems(window)
        if isinstance(window, QDialog):  # the window's menus are checked once (menu_problems)
            found += ui_check.mnemonic_problems(window)
        texts = ui_check.texts_of(window)
        if figure is not None:
            texts += ui_check.figure_texts(figure, f"{name} chart")
        found += ui_check.untranslated(texts, self.code)
        self.problems += [f"{self.code} {name}: {problem}" for problem in dict.fromkeys(map(str, found))]
        if self.out is not None:
            path = self.out / f"{name}.png"
            window.grab().save(str(path))
            self.shots.append(path)


def menu_problems(shooter: Shooter, window: Any) -> None:
    """The window's menus: no two items of a menu (nor two menus) answer the same key."""
    import ui_check

    found = ui_check.menu_mnemonic_problems(window)
    shooter.problems += [f"{shooter.code} menus: {problem}" for problem in dict.fromkeys(map(str, found))]


def window_scenes(shooter: Shooter, work: Path, *, full: bool = True) -> None:
    """Every page of the window, the empty start, and every dialog, shown to ``shooter``."""
    from PySide6.QtCore import QSettings

    from tracker.store.demo import load_demo
    from tracker.ui.main_window import MainWindow
    from tracker.ui.opening import DatabaseOpener

    settings = QSettings(str(work / f"window-{shooter.code}.ini"), QSettings.Format.IniFormat)
    opener = DatabaseOpener(today=lambda: TODAY, take_lock=False)
    empty = opener.open(work / f"empty-{shooter.code}.sqlite3")
    window = MainWindow(empty, settings=settings, opener=opener)
    window.show()
    for width, height in WINDOW_SIZES if full else WINDOW_SIZES[:1]:
        window.resize(width, height)
        shooter.look(f"empty-{width}x{height}", window, wanted=(width, height))
    for key in ("orders", "charts"):  # what an empty table and the charts say before anything is recorded
        window.show_page(key)
        shooter.look(f"empty-{key}", window, wanted=WINDOW_SIZES[0])
    window.show_page("dashboard")
    session = opener.open(work / f"demo-{shooter.code}.sqlite3")
    load_demo(session.db, TODAY)
    window.set_session(session)
    session.records_changed_elsewhere()
    menu_problems(shooter, window)
    try:
        for width, height in WINDOW_SIZES if full else WINDOW_SIZES[:1]:
            window.resize(width, height)
            for key in window.page_keys():
                for name, figure in page_states(window, key):
                    shooter.look(f"{name}-{width}x{height}", window, wanted=(width, height), figure=figure)
        window.resize(*WINDOW_SIZES[0])
        window.show_page("dashboard")
        last = None
        for name, dialog, figure in dialogs(window, work, full=full):
            if last is not None and dialog is not last:  # one dialog may be looked at in several states
                last.close()
                last.deleteLater()
            shooter.look(name, dialog, figure=figure)
            last = dialog
        if last is not None:
            last.close()
    finally:
        window.close()
        window.deleteLater()
        shooter.settle()
        opener.close()


def page_states(window: Any, key: str) -> Iterator[tuple[str, Any]]:
    """The page ``key`` shown, and for the Charts page each chart and a table: (name, figure)."""
    page = window.show_page(key)
    ready = getattr(page, "ready", None)
    charts = ready() if ready is not None else None  # the Charts page builds its charts after its first paint
    if charts is None:
        yield key, None
        return
    for index, canvas in enumerate(charts.canvases):
        charts.tabs.setCurrentIndex(index)
        canvas.refresh()
        yield f"{key}-{canvas.kind.key}", canvas.figure
    charts.tabs.setCurrentIndex(0)
    charts.table_button.setChecked(True)
    yield f"{key}-table", None
    charts.table_button.setChecked(False)
    yield from _saved_plan_compared(charts, key)


def _saved_plan_compared(charts: Any, key: str) -> Iterator[tuple[str, Any]]:
    """The planner with a saved plan compared with what happened (its table of months), then the
    plan deleted again, so that the scenes after it start from the demo as it was."""
    planner = getattr(charts, "planner", None)
    saved = getattr(planner, "saved", None)
    if saved is None:
        return
    shown = planner.isVisible()
    charts.show_planner(True)
    saved.save("")
    saved.compare_button.click()
    yield f"{key}-planner-compared", None
    saved.delete_button.click()
    charts.show_planner(shown)


def dialogs(window: Any, work: Path, *, full: bool) -> Iterator[tuple[str, Any, Any]]:
    """(name, dialog shown, chart figure or None) for every dialog the window opens."""
    from PySide6.QtWidgets import QMessageBox, QTabWidget

    from tracker.store import repository
    from tracker.store.listing import list_orders
    from tracker.ui import questions
    from tracker.ui.forms import FORMS, form_class
    from tracker.ui.forms.visits_calendar import VisitsCalendarDialog
    from tracker.ui.ruleset_view import HowPointsWorkDialog
    from tracker.ui.settings_dialog import SettingsDialog

    session = window.session
    for kind in FORMS:
        form = form_class(kind)(session, parent=window)
        form.show()
        yield f"form-{kind}", form, None
    richest = max(list_orders(session.db), key=lambda row: (row.item_count, row.refund_cents, row.id))
    form = form_class("order")(session, repository.get_order(session.db, richest.id), parent=window)
    form.show()
    yield "form-order-edit", form, None
    calendar = VisitsCalendarDialog(session, TODAY, window)
    calendar.show()
    yield "visits-calendar", calendar, None

    settings = SettingsDialog(session, window, app_settings=window._settings)
    settings.show()
    tabs = settings.findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield f"settings-{index + 1}", settings, None
    how = HowPointsWorkDialog(session.ruleset(), window)
    how.show()
    yield "how-points-work", how, None
    about = QMessageBox(QMessageBox.Icon.NoIcon, "", window.about_text(), QMessageBox.StandardButton.Ok, window)
    about.setWindowTitle(window.windowTitle())
    about.show()
    yield "about", about, None
    yield from import_dialog_steps(window, work)
    for name, question in questions.samples(window):
        question.show()
        yield f"question-{name}", question, None
    yield from start_questions(window)
    yield from check_dialog_states(window)
    charts = window.page("charts").ready()
    if full and hasattr(charts, "dialogs"):
        for name, dialog in charts.dialogs():
            dialog.show()
            yield f"charts-{name}", dialog, None


def start_questions(window: Any) -> Iterator[tuple[str, Any, Any]]:
    """What a start asks: a damaged file with a backup to restore, a file in use elsewhere."""
    from tracker.i18n import translate
    from tracker.ui import questions, starting

    folder = "/home/anna/.local/share/points-tracker"
    damaged = translate("Store", "{path} is damaged: part of it cannot be read correctly.").format(
        path=f"{folder}/points.sqlite3"
    )
    damaged += " " + translate("Store", "The latest good backup is {file} (made {when}).").format(
        file=f"{folder}/backups/points-2026-11-23.sqlite3", when="2026-11-23 09:12"
    )
    question = translate(
        "Opening",
        "{problem}\n\nRestore the backup {backup}? Records added after it was made are not in it. "
        "The damaged file is kept aside, not deleted.",
    ).format(problem=damaged, backup="points-2026-11-23.sqlite3")
    box, _ = questions.build(window, starting.restore_question(question))
    box.show()
    yield "question-damaged", box, None
    in_use = translate(
        "Store",
        "{path} is open in another Points Tracker: close its window, or let the restore "
        "working on it finish, and try again.",
    ).format(path=f"{folder}/points.sqlite3")
    box, _ = starting.other_file_box(in_use, window)
    box.show()
    yield "question-file-in-use", box, None


def check_dialog_states(window: Any) -> Iterator[tuple[str, Any, Any]]:
    """Check against AliExpress: before any check, then with AliExpress's points history and a check
    that differs, so its findings and their fixes show."""
    from PySide6.QtCore import QLocale

    from tracker.rules.ledger import build_ledger
    from tracker.rules.records import EntryKind
    from tracker.store.batches import write_batch
    from tracker.store.drafts import EntryDraft
    from tracker.ui.check_dialog import CheckDialog, note_dialog

    session = window.session
    dialog = CheckDialog(session, window)
    dialog.show()
    yield "check-empty", dialog, None
    # The history as the Member Center would list this month and the two before, with one day's points
    # missing and a bonus the records do not have: months to look at, each with its fix.
    entries = build_ledger(session.records(), session.ruleset(), session.settings(), TODAY)
    since = TODAY.replace(month=TODAY.month - 2, day=1)
    recent = [entry for entry in entries if since <= entry.date < TODAY and entry.points]
    words = HISTORY_WORDS.get(QLocale().name().partition("_")[0], HISTORY_WORDS["en"])
    history = [
        EntryDraft(entry.date, entry.points, EntryKind.BONUS if entry.points > 0 else EntryKind.ADJUSTMENT,
                   words.get(SOURCE_WORD.get(entry.source.value, entry.source.value), ""))
        for entry in recent[1:]
    ]  # fmt: skip
    history.append(EntryDraft(recent[-1].date, 25, EntryKind.BONUS, "11.11"))
    write_batch(session.db, file_name="points-history.csv", file_hash="screenshots", kind="points_history",
                history=history)  # fmt: skip
    session.records_changed_elsewhere()
    dialog.refresh()
    dialog.points_edit.setText(str(session.status().window_points + 25 - recent[0].points))
    dialog.check_button.click()
    yield "check-findings", dialog, None
    note = note_dialog(dialog, dialog.shown())  # Accept the difference…
    note.show()
    yield "check-accept-note", note, None


def import_dialog_steps(window: Any, work: Path) -> Iterator[tuple[str, Any, Any]]:
    """File ▸ Import on a sample file: each step as the shopper goes through it."""
    from tracker.ui.import_dialog import ImportDialog
    from tracker.ui.worker import run_now

    path = work / "my-orders.csv"
    path.write_text(SAMPLE_CSV, encoding="utf-8")
    empty = ImportDialog(window.session, window, runner=run_now)
    empty.show()
    yield "import-1-file-empty", empty, None
    empty.reject()
    dialog = ImportDialog(window.session, window, path, runner=run_now)
    dialog.show()
    yield "import-1-file", dialog, None
    for name in ("import-2-format", "import-3-columns", "import-4-review"):
        dialog.next_button.click()
        yield name, dialog, None
    dialog.review_page.skip_errors.setChecked(True)  # the impossible date is left out
    dialog.import_button.click()
    yield "import-5-summary", dialog, None
    dialog.summary_page.undo.click()  # the demo as it was, for the scenes after this one
    yield "import-6-undone", dialog, None
    dialog.reject()


# --- running ------------------------------------------------------------------------------------


def screen_config(scale: int, folder: Path) -> Path:
    """The offscreen platform's screen: :data:`SCREEN` at ``scale`` (1366×768 logical pixels is
    2732×1536 at 2)."""
    width, height = SCREEN
    config = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": True,
        "screens": [
            {"name": "laptop", "x": 0, "y": 0, "width": width * scale, "height": height * scale,
             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        ],
    }  # fmt: skip
    path = folder / f"screen-{scale}x.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


def use_screen(text: str) -> None:
    """``"800x500"``: the screen every scene must fit, in logical pixels, and the window's sizes
    shrunk to it (a panel and a title bar take 68 pixels)."""
    global SCREEN, WINDOW_SIZES
    width, _, height = text.partition("x")
    SCREEN = (int(width), int(height))
    sizes = [(min(w, SCREEN[0] - 4), min(h, SCREEN[1] - 68)) for w, h in WINDOW_SIZES]
    WINDOW_SIZES = tuple(dict.fromkeys(sizes))


def run_combinations(out: Path | None, languages: list[str], schemes: list[str], scale: int) -> list[str]:
    """In this process (made for ``scale``): every language and scheme; the problems found."""
    import ui_check
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    light = app.style().standardPalette()
    problems: list[str] = []
    work = Path(tempfile.mkdtemp(prefix="points-shots-"))
    for code in languages:
        for scheme in schemes:
            app.setPalette(light if scheme == "light" else dark_palette())
            folder = None
            if out is not None:
                folder = out / f"{code}-{scheme}-{scale}x"
                folder.mkdir(parents=True, exist_ok=True)
            shooter = Shooter(app, code, folder, screen=SCREEN)
            with ui_check.language(app, code, cache=work / "qm"):  # each worker its own: no race
                window_scenes(shooter, work / f"{code}-{scheme}")
            problems += [f"[{scheme} {scale}x] {problem}" for problem in shooter.problems]
            print(
                f"{code} {scheme} {scale}x: {len(shooter.shots)} pictures, {len(shooter.problems)} problems", flush=True
            )
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/ui-review"))
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    parser.add_argument("--schemes", nargs="+", default=list(SCHEMES), choices=SCHEMES)
    parser.add_argument("--scales", nargs="+", type=int, default=list(SCALES), choices=SCALES)
    parser.add_argument("--screen", metavar="WxH", help="the screen in logical pixels (default: 1366x768)")
    parser.add_argument("--scale", type=int, help=argparse.SUPPRESS)  # a worker for one scale
    args = parser.parse_args()
    if args.screen:
        use_screen(args.screen)

    if args.scale is not None:
        problems = run_combinations(args.out, args.languages, args.schemes, args.scale)
        for problem in problems:
            print(problem)
        return 1 if problems else 0

    args.out.mkdir(parents=True, exist_ok=True)
    workers = []
    for scale in args.scales:
        config = screen_config(scale, args.out)
        # The physical screen, scaled by Qt as a desktop set to 200 % does (the offscreen platform's
        # own "dpr" is not applied to windows): 2732×1536 pixels, 1366×768 logical.
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": str(scale)}
        command = [sys.executable, __file__, "--out", str(args.out), "--scale", str(scale),
                   "--languages", *args.languages, "--schemes", *args.schemes,
                   "--screen", f"{SCREEN[0]}x{SCREEN[1]}"]  # fmt: skip
        workers.append(subprocess.Popen(command, env=env))
    failed = [worker.wait() != 0 for worker in workers]
    print("FAILED: see the problems above." if any(failed) else f"All checks passed; pictures in {args.out}")
    return 1 if any(failed) else 0


if __name__ == "__main__":
    sys.exit(main())
