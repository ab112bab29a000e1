"""Build the installable app and smoke-test what was built.

    uv run --group packaging python packaging/build.py            # build, smoke-test, package
    uv run --group packaging python packaging/build.py --clean    # from scratch (PyInstaller cache too)
    uv run --group packaging python packaging/build.py --smoke-only   # test dist/points-tracker again

Steps:

1. Compile translations (``resources/**/*.ts`` -> ``.qm`` beside them) when there are any.
2. PyInstaller, from ``packaging/points-tracker.spec``, into ``dist/points-tracker/``: the windowed
   ``points-tracker`` and the console ``points-tracker-cli`` sharing one ``_internal/`` folder.
   On Linux, every library the bundled binaries link to must then be bundled or be a system
   library (``ldd``), or Qt's xcb and wayland plugins would fail on the user's machine.
3. Smoke test, in an empty home folder with no Python set-up in the environment:
   ``points-tracker-cli --db NEW status --json`` must print the status of an empty database and
   ``chart timeline`` must write a PNG and an SVG; ``points-tracker --db NEW`` with
   ``QT_QPA_PLATFORM=offscreen`` and ``POINTS_TRACKER_SMOKE_TEST=1`` must open the new database,
   paint the dashboard, draw every page and quit by itself with exit status 0 and no traceback
   (``packaging/entry/points_tracker_gui.py`` does this), showing the same pages as the same
   run from the source tree.
4. Package for the system it runs on: Linux ``dist/points-tracker-VERSION-linux-ARCH.tar.gz``
   (unpacked and installed into a scratch home folder as a check); Windows an Inno Setup installer
   when ``iscc`` is on PATH (``packaging/windows/``); macOS a ``.dmg`` of ``Points Tracker.app``
   (``packaging/macos/``). Only the Linux step has been run by the project so far.

Exit status 0 when everything passed; 1 with a message saying which step failed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "points-tracker.spec"
RESOURCES = ROOT / "resources"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_DIR = DIST / "points-tracker"
APP_ID = "io.github.pointstracker.PointsTracker"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
GUI_EXE = APP_DIR / f"points-tracker{EXE_SUFFIX}"
CLI_EXE = APP_DIR / f"points-tracker-cli{EXE_SUFFIX}"
SMOKE_ENV_VAR = "POINTS_TRACKER_SMOKE_TEST"
SMOKE_TIMEOUT_S = 60
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


class StepFailed(Exception):
    """A build or check step failed; the message says which and why."""


def version() -> str:
    text = (ROOT / "tracker" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not found:
        raise StepFailed("tracker/__init__.py has no __version__")
    return found.group(1)


def step(title: str) -> None:
    print(f"\n=== {title}", flush=True)


# --- 1. translations ----------------------------------------------------------------------------


def compile_translations() -> list[Path]:
    """``.ts`` -> ``.qm`` with Qt's lrelease (shipped in PySide6-Essentials), where the .qm is stale."""
    sources = sorted(RESOURCES.rglob("*.ts"))
    if not sources:
        print("no .ts files: nothing to compile")
        return []
    lrelease = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if lrelease is None:
        raise StepFailed("pyside6-lrelease not found: run this with `uv run --group packaging`")
    compiled = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        run([lrelease, "-silent", str(ts), "-qm", str(qm)], "lrelease")
        compiled.append(qm)
    print(f"{len(sources)} translation(s), {len(compiled)} compiled")
    return compiled


# --- 2. PyInstaller -----------------------------------------------------------------------------


def pyinstaller(clean: bool) -> float:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise StepFailed(
            "PyInstaller is not installed: run `uv run --group packaging python packaging/build.py`"
        ) from None
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK)]
    if clean:
        command.append("--clean")
    started = time.perf_counter()
    run([*command, str(SPEC)], "PyInstaller", cwd=ROOT)
    for exe in (GUI_EXE, CLI_EXE):
        if not exe.is_file():
            raise StepFailed(f"PyInstaller finished but {exe.relative_to(ROOT)} is missing")
    bundled = bundled_resources_dir()
    if not (bundled / "rulesets").is_dir():
        raise StepFailed(f"{bundled.relative_to(ROOT)}/rulesets is missing from the build")
    return time.perf_counter() - started


def bundled_resources_dir() -> Path:
    # PyInstaller >= 6 puts everything but the executables in _internal/ (on macOS, in the .app too).
    return APP_DIR / "_internal" / "tracker" / "_resources"


# --- 3. smoke test ------------------------------------------------------------------------------


def clean_environment(home: Path) -> dict[str, str]:
    """The environment of someone who just unpacked the app: no Python set-up, an empty home."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "UV_", "CONDA", "QT_", "MPL", "POINTS_TRACKER"))
        and key not in ("LD_LIBRARY_PATH", "PATH")
    }
    env["PATH"] = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    env["HOME"] = env["USERPROFILE"] = str(home)
    for xdg in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env.pop(xdg, None)
    # English unless a run asks for another language (smoke_language)
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    env.pop("LANGUAGE", None)
    return env


def smoke_cli(scratch: Path, env: dict[str, str]) -> float:
    db = scratch / "cli" / "points.sqlite3"
    db.parent.mkdir()
    started = time.perf_counter()
    result = subprocess.run(
        [str(CLI_EXE), "--db", str(db), "status", "--json"],
        cwd=scratch,
        env=env,
        capture_output=True,
        text=True,
        timeout=SMOKE_TIMEOUT_S,
    )
    elapsed = time.perf_counter() - started
    show = f"\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
    if result.returncode != 0 or "Traceback" in result.stderr:
        raise StepFailed(f"points-tracker-cli status --json exited {result.returncode}{show}")
    try:
        status = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        raise StepFailed(f"points-tracker-cli status --json printed no JSON ({error}){show}") from None
    expected = {"ruleset": "aliexpress-2023", "window_points": 0}
    wrong = {key: status.get(key) for key, value in expected.items() if status.get(key) != value}
    if wrong or not status.get("tier") or not db.exists():
        raise StepFailed(f"status of a new database is not what it should be: {wrong or status}{show}")
    print(f"points-tracker-cli status --json: tier {status['tier']}, {status['ruleset']}, {elapsed:.2f} s")
    return elapsed


def smoke_cli_charts(scratch: Path, env: dict[str, str]) -> None:
    """The command line draws with matplotlib (Agg, SVG), which the window's start-up never loads."""
    db = scratch / "cli" / "points.sqlite3"
    for name, signature in (("timeline.png", b"\x89PNG"), ("timeline.svg", b"<?xml")):
        out = scratch / "cli" / name
        result = subprocess.run(
            [str(CLI_EXE), "--db", str(db), "chart", "timeline", "--out", str(out)],
            cwd=scratch,
            env=env,
            capture_output=True,
            text=True,
            timeout=SMOKE_TIMEOUT_S,
        )
        if result.returncode != 0 or not out.is_file() or not out.read_bytes().startswith(signature):
            raise StepFailed(
                f"points-tracker-cli chart timeline --out {name} exited {result.returncode}"
                f"\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
            )
    print("points-tracker-cli chart timeline: PNG and SVG written")


class GuiRun(NamedTuple):
    seconds: float
    painted_ms: float | None
    pages: str
    placeholders: str
    language: str = ""


def run_gui_smoke(command: list[str], scratch: Path, env: dict[str, str], what: str) -> GuiRun:
    """Start the window on a new database; it shows the dashboard, draws each page and quits."""
    db = scratch / "gui" / "points.sqlite3"
    shutil.rmtree(db.parent, ignore_errors=True)
    db.parent.mkdir()
    gui_env = {**env, "QT_QPA_PLATFORM": "offscreen", SMOKE_ENV_VAR: "1"}
    started = time.perf_counter()
    try:
        result = subprocess.run(
            [*command, "--db", str(db)],
            cwd=scratch,
            env=gui_env,
            capture_output=True,
            text=True,
            timeout=SMOKE_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired as stopped:
        raise StepFailed(
            f"{what} did not quit within {SMOKE_TIMEOUT_S} s with {SMOKE_ENV_VAR}=1"
            f"\n--- output\n{stopped.stdout or ''}{stopped.stderr or ''}"
        ) from None
    elapsed = time.perf_counter() - started
    output = f"{result.stdout}{result.stderr}"
    show = f"\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
    if result.returncode != 0:
        raise StepFailed(f"{what} exited {result.returncode}{show}")
    if "Traceback" in output:
        raise StepFailed(f"{what} printed a traceback{show}")
    if not db.exists():
        raise StepFailed(f"{what} quit without creating the database {db}{show}")
    painted = re.search(r"^smoke test: dashboard painted (\d+) ms", result.stdout, re.M)
    pages = re.search(r"^smoke test: pages (.*)$", result.stdout, re.M)
    placeholders = re.search(r"^smoke test: placeholders (.*)$", result.stdout, re.M)
    language = re.search(r"^smoke test: language (.*)$", result.stdout, re.M)
    # A windowed program on Windows has no standard output to read: there, exit 0 has to do.
    if sys.platform != "win32" and not (painted and pages and placeholders):
        raise StepFailed(f"{what} quit without saying it painted the dashboard{show}")
    return GuiRun(
        elapsed,
        float(painted.group(1)) if painted else None,
        pages.group(1) if pages else "",
        placeholders.group(1) if placeholders else "",
        language.group(1) if language else "",
    )


def smoke_gui(scratch: Path, env: dict[str, str]) -> list[GuiRun]:
    runs = []
    # Twice: the first start reads everything from disk; the second is the one a shopper sees
    # every day (files in the disk cache).
    for attempt in ("first", "again"):
        run_ = run_gui_smoke([str(GUI_EXE)], scratch, env, "points-tracker")
        painted = f", dashboard painted after {run_.painted_ms:.0f} ms" if run_.painted_ms is not None else ""
        print(f"points-tracker ({attempt}): exit 0 after {run_.seconds:.2f} s{painted}; pages {run_.pages}")
        runs.append(run_)
    # The same start from the source tree: a page that is real there but a placeholder in the
    # build means its module was left out of the build.
    source = run_gui_smoke([sys.executable, str(PACKAGING / "entry" / "points_tracker_gui.py")], scratch, env, "source")
    if sys.platform != "win32" and (runs[0].pages, runs[0].placeholders) != (source.pages, source.placeholders):
        raise StepFailed(
            f"the build's pages differ from the source tree's: build {runs[0].pages} (placeholders "
            f"{runs[0].placeholders}), source {source.pages} (placeholders {source.placeholders})"
        )
    print(f"pages as in the source tree; placeholders: {runs[0].placeholders or 'n/a'}")
    smoke_language(scratch, env, english=runs[0].language)
    return runs


# A start on a French system: the build carries the compiled translations and picks them up.
FRENCH_SYSTEM = {"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8", "LANGUAGE": "fr_FR:fr"}


def smoke_language(scratch: Path, env: dict[str, str], *, english: str) -> None:
    if sys.platform == "win32":  # no standard output to read, and the language comes from Windows
        return
    french = run_gui_smoke([str(GUI_EXE)], scratch, {**env, **FRENCH_SYSTEM}, "points-tracker in French")
    if not french.language.startswith("fr ") or french.language.split(" menus ")[1] == english.split(" menus ")[1]:
        raise StepFailed(f"on a French system the window was not in French: {french.language!r} (English: {english!r})")
    print(f"on a French system: {french.language}")


def smoke_test() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="points-tracker-smoke-") as tmp:
        scratch = Path(tmp)
        home = scratch / "home"
        home.mkdir()
        env = clean_environment(home)
        cli_s = smoke_cli(scratch, env)
        smoke_cli_charts(scratch, env)
        first, again = smoke_gui(scratch, env)
    return {
        "cli_s": cli_s,
        "gui_first_s": first.seconds,
        "gui_warm_s": again.seconds,
        "painted_first_ms": first.painted_ms or 0.0,
        "painted_warm_ms": again.painted_ms or 0.0,
    }


def missing_libraries() -> dict[str, set[str]]:
    """Linux: libraries that bundled binaries need and that neither the bundle nor this machine has.

    PyInstaller bundles what the build machine has; what it lacks is left for the user's machine
    to provide, and Qt's xcb and wayland plugins then fail there. So the build machine must have
    them all (see BUILD_MACHINE_PACKAGES).
    """
    internal = APP_DIR / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    missing: dict[str, set[str]] = {}
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        result = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True)
        for line in result.stdout.splitlines():
            if "=> not found" in line:
                missing.setdefault(line.split()[0], set()).add(path.name)
    return missing


# Debian/Ubuntu packages with the libraries Qt's xcb and wayland plugins link to, which PyInstaller
# bundles only when the build machine has them.
BUILD_MACHINE_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 "
    "libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libwayland-cursor0 libwayland-egl1"
)


def check_libraries() -> None:
    broken = [path for path in APP_DIR.rglob("*") if path.is_symlink() and not path.exists()]
    if broken:
        names = ", ".join(str(path.relative_to(APP_DIR)) for path in broken[:5])
        raise StepFailed(f"the build has links to files it left out: {names}")
    missing = missing_libraries()
    if missing:
        lines = "\n".join(
            f"  {lib} (needed by {', '.join(sorted(users)[:3])})" for lib, users in sorted(missing.items())
        )
        raise StepFailed(
            f"the build needs libraries this machine lacks, so they are not bundled:\n{lines}\n"
            f"install them (Debian/Ubuntu: apt-get install {BUILD_MACHINE_PACKAGES}) and build again"
        )
    print("every library the bundled binaries link to is bundled or on the system")


# --- 4. packages --------------------------------------------------------------------------------


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def linux_tarball(ver: str) -> Path:
    """``points-tracker-VERSION/`` with the app folder, desktop entry, metainfo, icons and install.sh."""
    arch = platform.machine() or "x86_64"
    top = f"points-tracker-{ver}"
    tarball = DIST / f"points-tracker-{ver}-linux-{arch}.tar.gz"
    staging = ROOT / "build" / "tarball"
    shutil.rmtree(staging, ignore_errors=True)
    base = staging / top
    base.mkdir(parents=True)
    shutil.copytree(APP_DIR, base / "points-tracker", symlinks=True)
    shutil.copy2(RESOURCES / f"{APP_ID}.desktop", base)
    shutil.copy2(RESOURCES / f"{APP_ID}.metainfo.xml", base)
    shutil.copy2(RESOURCES / "RELEASE_NOTES.md", base)
    icons = base / "icons" / "hicolor"
    for size in ICON_SIZES:
        target = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True)
        shutil.copy2(RESOURCES / "icons" / f"points-tracker-{size}.png", target)
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(RESOURCES / "icons" / "points-tracker.svg", icons / "scalable" / "apps" / f"{APP_ID}.svg")
    for name in ("install.sh", "uninstall.sh", "README.txt"):
        shutil.copy2(PACKAGING / "linux" / name, base / name)
    tarball.unlink(missing_ok=True)
    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(base, arcname=top)
    shutil.rmtree(staging)
    return tarball


def check_tarball(tarball: Path, ver: str) -> None:
    """Unpack it, install it into a scratch home folder with its install.sh, run what was installed."""
    with tempfile.TemporaryDirectory(prefix="points-tracker-install-") as tmp:
        scratch = Path(tmp)
        with tarfile.open(tarball) as archive:
            archive.extractall(scratch, filter="tar")
        home = scratch / "home"
        home.mkdir()
        env = clean_environment(home)
        run(["sh", str(scratch / f"points-tracker-{ver}" / "install.sh")], "install.sh", env=env)
        installed_cli = home / ".local" / "bin" / "points-tracker-cli"
        result = subprocess.run(
            [str(installed_cli), "--version"], env=env, capture_output=True, text=True, timeout=SMOKE_TIMEOUT_S
        )
        if result.returncode != 0 or ver not in result.stdout:
            raise StepFailed(
                f"installed points-tracker-cli --version: {result.returncode} {result.stdout}{result.stderr}"
            )
        desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
        icon = home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
        for path in (desktop, icon):
            if not path.is_file():
                raise StepFailed(f"install.sh did not install {path.relative_to(home)}")
        validator = shutil.which("desktop-file-validate")
        if validator:
            run([validator, str(desktop)], "desktop-file-validate (installed .desktop file)")
        run(["sh", str(home / ".local" / "lib" / "points-tracker" / "uninstall.sh")], "uninstall.sh", env=env)
        if installed_cli.exists() or desktop.exists():
            raise StepFailed("uninstall.sh left the app behind")
    print("unpacked, installed into a scratch home, ran points-tracker-cli --version, uninstalled: ok")


def windows_installer(ver: str) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("Inno Setup's iscc is not on PATH: skipping the installer (see packaging/windows/README.md)")
        return None
    run([iscc, f"/DAppVersion={ver}", str(PACKAGING / "windows" / "points-tracker.iss")], "Inno Setup")
    return DIST / f"points-tracker-{ver}-windows-x64-setup.exe"


def macos_dmg(ver: str) -> Path:
    app = DIST / "Points Tracker.app"
    dmg = DIST / f"points-tracker-{ver}-macos-{platform.machine()}.dmg"
    dmg.unlink(missing_ok=True)
    command = ["hdiutil", "create", "-volname", "Points Tracker", "-srcfolder", str(app), "-ov", "-format", "UDZO"]
    run([*command, str(dmg)], "hdiutil")
    return dmg


# --- running ------------------------------------------------------------------------------------


def run(command: list[str], what: str, **kwargs: object) -> None:
    result = subprocess.run(command, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise StepFailed(f"{what} failed (exit {result.returncode}): {' '.join(map(str, command))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clean", action="store_true", help="rebuild from scratch (PyInstaller's cache too)")
    parser.add_argument("--smoke-only", action="store_true", help="only smoke-test the existing dist/points-tracker")
    parser.add_argument("--no-package", action="store_true", help="stop after the smoke test")
    args = parser.parse_args(argv)
    ver = version()
    try:
        if not args.smoke_only:
            step("translations")
            compile_translations()
            step("PyInstaller")
            build_s = pyinstaller(args.clean)
            print(f"built {APP_DIR.relative_to(ROOT)} in {build_s:.0f} s")
            if sys.platform.startswith("linux"):
                check_libraries()
        step("smoke test")
        times = smoke_test()
        size_mb = folder_size(APP_DIR) / 1e6
        if not args.smoke_only and not args.no_package:
            step("package")
            if sys.platform.startswith("linux"):
                tarball = linux_tarball(ver)
                print(f"{tarball.relative_to(ROOT)}: {tarball.stat().st_size / 1e6:.0f} MB")
                check_tarball(tarball, ver)
            elif sys.platform == "win32":
                windows_installer(ver)
            elif sys.platform == "darwin":
                print(macos_dmg(ver).relative_to(ROOT))
    except StepFailed as failure:
        print(f"\nbuild.py: FAILED: {failure}", file=sys.stderr)
        return 1
    step("done")
    print(f"{APP_DIR.relative_to(ROOT)}: {size_mb:.0f} MB")
    print(f"start-up: points-tracker-cli status --json {times['cli_s']:.2f} s")
    print(
        f"start-up: window (offscreen) painted the dashboard {times['painted_first_ms']:.0f} ms after start "
        f"the first time, {times['painted_warm_ms']:.0f} ms the second; the whole smoke run (every page "
        f"drawn, then quit) took {times['gui_first_s']:.2f} s and {times['gui_warm_s']:.2f} s"
    )
    print("smoke test: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
