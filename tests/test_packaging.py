"""The packaging files are consistent, without building anything (the build is packaging/build.py).

The PyInstaller spec is run with stand-ins for PyInstaller's classes, so these tests need neither
PyInstaller nor the packaging dependency group; the AppStream and desktop-entry validators are
used when the machine has them.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from tracker import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
SPEC = PACKAGING / "points-tracker.spec"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def entry_points() -> dict[str, str]:
    project = pyproject()["project"]
    return {**project["scripts"], **project["gui-scripts"]}


# --- the spec, run with stand-ins for PyInstaller -------------------------------------------------


class Recorded:
    """Stands in for one of PyInstaller's build classes; keeps what the spec passed to it."""

    def __init__(self, kind: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        # What the spec reads back from an Analysis.
        self.scripts = [("entry", args[0][0], "PYSOURCE")] if kind == "Analysis" else []
        self.pure: list[Any] = []
        self.binaries: list[tuple[str, str, str]] = []
        self.datas = [(dest, src, "DATA") for src, dest in kwargs.get("datas", [])]


def run_spec(platform: str | None = None, monkeypatch: pytest.MonkeyPatch | None = None) -> SpecRun:
    """Run the spec as PyInstaller would (optionally as if on ``platform``), recording each build step."""
    calls: list[Recorded] = []

    def stand_in(kind: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> Recorded:
            call = Recorded(kind, args, kwargs)
            calls.append(call)
            return call

        return record

    namespace: dict[str, Any] = {
        "__file__": str(SPEC),
        "SPECPATH": str(PACKAGING),
        "DISTPATH": str(ROOT / "dist"),
        "workpath": str(ROOT / "build"),
        **{kind: stand_in(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE", "MERGE")},
    }
    if platform is not None and monkeypatch is not None:
        monkeypatch.setattr(sys, "platform", platform)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return SpecRun(calls, namespace)


class SpecRun(NamedTuple):
    calls: list[Recorded]
    namespace: dict[str, Any]


def calls_of(spec: SpecRun, kind: str) -> list[Recorded]:
    return [call for call in spec.calls if call.kind == kind]


def test_spec_compiles_as_python() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_spec_builds_one_folder_with_the_window_and_the_command_line() -> None:
    spec = run_spec()
    exes = {call.kwargs["name"]: call for call in calls_of(spec, "EXE")}
    assert set(exes) == set(entry_points()) == {"points-tracker", "points-tracker-cli"}
    assert exes["points-tracker"].kwargs["console"] is False
    assert exes["points-tracker-cli"].kwargs["console"] is True
    assert all(exe.kwargs["exclude_binaries"] for exe in exes.values())  # one folder, not one file
    (collect,) = calls_of(spec, "COLLECT")
    assert collect.kwargs["name"] == "points-tracker"
    assert {id(exe) for exe in exes.values()} <= {id(arg) for arg in collect.args}
    assert not calls_of(spec, "BUNDLE")  # only on macOS


def test_spec_entry_scripts_exist_and_call_the_project_entry_points() -> None:
    scripts = [Path(call.args[0][0]) for call in calls_of(run_spec(), "Analysis")]
    assert len(scripts) == 2
    targets = set()
    for script in scripts:
        assert script.is_file(), script
        found = re.search(r"^\s*from (tracker[.\w]+) import (main)$", script.read_text(encoding="utf-8"), re.M)
        assert found, f"{script.name} does not import a main function"
        targets.add(f"{found.group(1)}:{found.group(2)}")
    assert targets == set(entry_points().values())


def wheel_hook() -> types.ModuleType:
    """packaging/hatch_build.py, the wheel's build hook (hatchling is a dev dependency)."""
    hooks = pyproject()["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / hooks["custom"]["path"])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_wheel_carries_every_resource_but_translation_sources() -> None:
    packaged = wheel_hook().packaged_files()
    inside = {Path(target).relative_to("tracker/_resources").as_posix() for target in packaged.values()}
    assert "rulesets/aliexpress-2023.toml" in inside
    assert f"{APP_ID}.desktop" in inside
    assert not any(name.endswith(".ts") for name in inside)
    assert all(Path(source).is_file() for source in packaged)


def test_wheel_takes_no_compiled_translation_lying_in_the_checkout(tmp_path: Path) -> None:
    """packaging/build.py leaves .qm files beside the .ts; the wheel compiles its own, and two files
    at one path in a wheel stop the build."""
    hook = wheel_hook()
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "points_tracker_fr.ts").write_text("<TS/>")
    (tmp_path / "translations" / "points_tracker_fr.qm").write_bytes(b"stale")
    (tmp_path / "rulesets").mkdir()
    (tmp_path / "rulesets" / "mine.toml").write_text("")
    assert set(hook.packaged_files(tmp_path).values()) == {"tracker/_resources/rulesets/mine.toml"}


def test_wheel_installs_menu_entry_and_icons_where_the_desktop_looks() -> None:
    shared = wheel_hook().shared_data()
    assert all(Path(source).is_file() for source in shared)
    targets = set(shared.values())
    assert f"share/applications/{APP_ID}.desktop" in targets
    assert f"share/metainfo/{APP_ID}.metainfo.xml" in targets
    assert f"share/icons/hicolor/48x48/apps/{APP_ID}.png" in targets
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.read(RESOURCES / f"{APP_ID}.desktop", encoding="utf-8")
    assert desktop["Desktop Entry"]["Icon"] == APP_ID  # the icons' file name


def test_spec_bundles_resources_where_the_installed_package_has_them() -> None:
    bundled_as = Path(wheel_hook().PACKAGED_AS)  # tracker/_resources: where tracker.resources looks first
    analyses = calls_of(run_spec(), "Analysis")
    datas = [  # all but the ECB rates, which go where the currency_converter package has them
        data
        for call in analyses
        for data in call.kwargs.get("datas", [])
        if Path(data[1]).parts[0] != "currency_converter"
    ]
    assert datas
    for source, folder in datas:
        assert Path(source).is_file(), source
        assert Path(folder).parts[:2] == bundled_as.parts, folder
        relative = Path(source).relative_to(RESOURCES)
        assert Path(folder) == bundled_as / relative.parent
    bundled = {Path(source).relative_to(RESOURCES).as_posix() for source, _ in datas}
    assert "rulesets/aliexpress-2023.toml" in bundled
    assert "icons/points-tracker.svg" in bundled
    assert not any(name.endswith(".ts") for name in bundled)  # translation sources: only the compiled .qm


def test_spec_bundles_the_ecb_rates_where_the_app_looks_for_them() -> None:
    analyses = calls_of(run_spec(), "Analysis")
    datas = [data for call in analyses for data in call.kwargs.get("datas", [])]
    (ecb,) = [(source, folder) for source, folder in datas if Path(source).name == "eurofxref-hist.zip"]
    assert Path(ecb[0]).is_file()
    assert ecb[1] == "currency_converter"
    for call in analyses:
        assert "currency_converter" in call.kwargs["hiddenimports"]


def test_spec_icons_exist() -> None:
    for exe in calls_of(run_spec(), "EXE"):
        assert Path(exe.kwargs["icon"]).is_file()


def test_spec_on_macos_makes_an_app_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    (bundle,) = calls_of(run_spec("darwin", monkeypatch), "BUNDLE")
    assert bundle.kwargs["name"] == f"{APP_NAME}.app"
    assert bundle.kwargs["bundle_identifier"] == APP_ID
    assert bundle.kwargs["version"] == __version__
    assert Path(bundle.kwargs["icon"]).suffix == ".icns"
    assert Path(bundle.kwargs["icon"]).is_file()


def analyses_by_script() -> dict[str, Recorded]:
    return {Path(call.args[0][0]).stem: call for call in calls_of(run_spec(), "Analysis")}


def test_spec_names_every_tracker_module_since_pages_are_imported_by_name() -> None:
    gui = analyses_by_script()["points_tracker_gui"]
    modules = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in (ROOT / "tracker").rglob("*.py")
    }
    assert "tracker.ui.pages" in modules
    assert modules <= set(gui.kwargs["hiddenimports"])


def test_spec_keeps_qt_out_of_the_command_line_but_not_matplotlib() -> None:
    cli = analyses_by_script()["points_tracker_cli"]
    assert {"PySide6", "shiboken6"} <= set(cli.kwargs["excludes"])
    assert "matplotlib" not in cli.kwargs["excludes"]  # points-tracker-cli chart draws with Agg
    assert not [name for name in cli.kwargs["hiddenimports"] if name.startswith("tracker.ui") or name == "tracker.app"]
    assert "tracker.cli.chart" in cli.kwargs["hiddenimports"]
    gui = analyses_by_script()["points_tracker_gui"]
    assert not {"PySide6", "matplotlib"} & set(gui.kwargs["excludes"])


def test_spec_excludes_no_qt_module_the_window_imports() -> None:
    """A Qt module left out of the build is an ImportError when the built window starts."""
    imported = {
        match.group(1)
        for path in (ROOT / "tracker").rglob("*.py")
        for match in re.finditer(r"^\s*from (PySide6\.\w+) import", path.read_text(encoding="utf-8"), re.M)
    }
    assert "PySide6.QtNetwork" in imported  # one window per file: the second start's socket
    gui = analyses_by_script()["points_tracker_gui"]
    assert not imported & set(gui.kwargs["excludes"])


def test_spec_drops_unused_qt_plugins_and_the_libraries_only_they_need(monkeypatch: pytest.MonkeyPatch) -> None:
    without_unused_qt_plugins = run_spec().namespace["without_unused_qt_plugins"]
    plugins = "PySide6/Qt/plugins"
    keep = [
        f"{plugins}/platforms/libqxcb.so",
        f"{plugins}/platforms/libqwayland.so",
        f"{plugins}/platforms/libqoffscreen.so",
        f"{plugins}/platformthemes/libqxdgdesktopportal.so",
        f"{plugins}/imageformats/libqsvg.so",
        f"{plugins}/iconengines/libqsvgicon.so",
        "libQt6Gui.so.6",
        "libQt6DBus.so.6",
    ]
    drop = [
        f"{plugins}/platforms/libqeglfs.so",
        f"{plugins}/platforms/libqlinuxfb.so",
        f"{plugins}/platforms/libqvnc.so",
        f"{plugins}/egldeviceintegrations/libqeglfs-kms-integration.so",
        f"{plugins}/generic/libqtuiotouchplugin.so",
        f"{plugins}/platformthemes/libqgtk3.so",
        "libQt6Network.so.6",  # needed only by the TUIO plugin
        "libQt6EglFSDeviceIntegration.so.6",  # only by eglfs
    ]
    needs = {  # a small stand-in for what readelf would say
        "libqxcb.so": {"libQt6Gui.so.6"},
        "libqxdgdesktopportal.so": {"libQt6DBus.so.6", "libQt6Gui.so.6"},
        "libqtuiotouchplugin.so": {"libQt6Network.so.6", "libQt6Gui.so.6"},
        "libqeglfs.so": {"libQt6EglFSDeviceIntegration.so.6"},
        "libqgtk3.so": {"libgtk-3.so.0", "libQt6DBus.so.6"},  # gtk is not bundled: nothing to drop
    }
    fake_bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    fake_bindepend.get_imports = lambda src: [(name, None) for name in needs.get(Path(src).name, ())]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", fake_bindepend)
    monkeypatch.setattr(sys, "platform", "linux")
    entries = [(name, f"/src/{name}", "BINARY") for name in keep + drop]
    assert [entry[0] for entry in without_unused_qt_plugins(entries)] == keep


# --- icons --------------------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_icon_svg_and_png_sizes_exist() -> None:
    svg = ET.parse(RESOURCES / "icons" / "points-tracker.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    for size in ICON_SIZES:
        assert png_size(RESOURCES / "icons" / f"points-tracker-{size}.png") == (size, size)


def test_app_icon_paths_are_the_png_sizes_smallest_first() -> None:
    from tracker.resources import app_icon_paths

    paths = app_icon_paths()
    assert [png_size(path)[0] for path in paths] == sorted(ICON_SIZES)


def test_windows_and_macos_icons_exist() -> None:
    assert (RESOURCES / "icons" / "points-tracker.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (RESOURCES / "icons" / "points-tracker.icns").read_bytes()[:4] == b"icns"


# --- desktop entry and AppStream metadata -------------------------------------------------------


def read_desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_window_with_the_app_icon() -> None:
    entry = read_desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == "points-tracker"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_is_valid_per_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_is_well_formed_with_the_app_id() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.tag == "component"
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == APP_NAME
    assert component.findtext("launchable") == DESKTOP.name
    assert {b.text for b in component.iterfind("provides/binary")} == set(entry_points())
    releases = component.findall("releases/release")
    assert releases[0].get("version") == __version__
    assert releases[0].get("date") == "2026-11-24"
    assert component.find("content_rating") is not None
    assert component.find("screenshots/screenshot/image") is not None


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_is_valid_per_appstreamcli() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- the other packaging files ------------------------------------------------------------------


def test_release_notes_are_for_this_version() -> None:
    notes = (RESOURCES / "RELEASE_NOTES.md").read_text(encoding="utf-8")
    assert __version__ in notes.splitlines()[0]


def test_build_script_reads_the_same_version_and_names_the_spec() -> None:
    text = (PACKAGING / "build.py").read_text(encoding="utf-8")
    compile(text, "build.py", "exec")
    namespace: dict[str, Any] = {"__name__": "build_under_test", "__file__": str(PACKAGING / "build.py")}
    exec(compile(text, "build.py", "exec"), namespace)
    assert namespace["version"]() == __version__
    assert namespace["SPEC"] == SPEC
    assert namespace["APP_ID"] == APP_ID


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell")
@pytest.mark.parametrize("script", ["install.sh", "uninstall.sh"])
def test_linux_install_scripts_parse(script: str) -> None:
    result = subprocess.run(["sh", "-n", str(PACKAGING / "linux" / script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_windows_installer_script_names_existing_files() -> None:
    iss = (PACKAGING / "windows" / "points-tracker.iss").read_text(encoding="utf-8")
    repo_root = re.search(r'^#define RepoRoot "(.+)"$', iss, re.M)
    assert repo_root
    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.M)
    assert icon
    path = icon.group(1).replace("{#RepoRoot}", repo_root.group(1)).replace("\\", "/")
    assert (PACKAGING / "windows" / path).resolve().is_file()
    assert re.search(rf'^  #define AppVersion "{re.escape(__version__)}"$', iss, re.M)


def test_flatpak_manifest_is_for_the_app_id() -> None:
    manifest = PACKAGING / "flatpak" / f"{APP_ID}.yml"
    text = manifest.read_text(encoding="utf-8")
    assert re.search(rf"^id: {re.escape(APP_ID)}$", text, re.M)
    assert re.search(r"^command: points-tracker$", text, re.M)
