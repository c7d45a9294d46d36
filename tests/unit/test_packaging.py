"""The packages (issue "Ship it"): what the PyInstaller bundle holds, the desktop entry and the
AppStream metainfo agree with the app, and the icons render."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import plyer
import PySide6
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from coldcare import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str) -> ModuleType:
    """A module of packaging/ (a folder of scripts, not a package: ``packaging`` is PyPI's)."""
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


plan = _load("bundle_plan")
icons = _load("render_icons")


# ------------------------------------------------------------------ modules


def _pyside_modules_imported_by_coldcare() -> set[str]:
    found = set()
    for path in (ROOT / "coldcare").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(node.module.split(".")[1])
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")}
    return found


def test_the_bundle_keeps_every_qt_module_coldcare_imports() -> None:
    imported = _pyside_modules_imported_by_coldcare()
    assert {"QtCore", "QtWidgets", "QtMultimedia"} <= imported
    assert imported <= plan.QT_MODULES


def test_unused_qt_modules_are_excluded_and_used_ones_are_not() -> None:
    installed = plan.installed_qt_modules(Path(PySide6.__file__).parent)
    assert set(installed) >= plan.QT_MODULES  # no misspelt module name
    excluded = plan.excluded_qt_modules(installed)
    for heavy in ("QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtTest"):
        assert f"PySide6.{heavy}" in excluded
    assert not {f"PySide6.{name}" for name in plan.QT_MODULES} & set(excluded)


def test_hidden_imports_name_plyers_linux_notification_and_jeepney() -> None:
    modules = plan.hidden_imports("linux", Path(plyer.__file__).parent)
    assert modules == ["plyer.platforms.linux.notification", "jeepney", "jeepney.io.blocking"]
    for name in modules:
        assert importlib.util.find_spec(name) is not None


def test_hidden_imports_on_windows_and_macos_are_plyers_backends_only() -> None:
    folder = Path(plyer.__file__).parent
    assert plan.hidden_imports("win32", folder) == ["plyer.platforms.win.notification"]
    assert plan.hidden_imports("darwin", folder) == ["plyer.platforms.macosx.notification"]
    assert plan.hidden_imports("sunos5", folder) == []


# ------------------------------------------------------------------ plugins and libraries


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "coldcare/resources/icons/coldcare.svg",
    ],
)
def test_needed_plugins_and_other_files_are_kept(destination: str) -> None:
    assert plan.plugin_kept(destination)


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so",
    ],
)
def test_unused_plugins_are_dropped(destination: str) -> None:
    assert not plan.plugin_kept(destination)


def test_only_qts_german_buttons_are_kept_of_qts_translations() -> None:
    assert plan.translation_kept("PySide6/Qt/translations/qtbase_de.qm")
    assert not plan.translation_kept("PySide6/Qt/translations/qtbase_fr.qm")
    assert not plan.translation_kept("PySide6/Qt/translations/qtmultimedia_de.qm")
    assert plan.translation_kept("coldcare/resources/translations/coldcare_de.qm")


LINKS = {
    "/qt/QtGui.abi3.so": ["libQt6Gui.so.6"],
    "/qt/libQt6Gui.so.6": ["libQt6Core.so.6", "libc.so.6"],
    "/qt/libQt6Core.so.6": [],
    "/qt/libqxcb.so": ["libQt6XcbQpa.so.6"],
    "/qt/libQt6XcbQpa.so.6": ["libQt6Gui.so.6"],
    "/qt/libQt6Quick.so.6": ["libQt6Core.so.6"],
    "/qt/libpython3.11.so.1.0": [],
}
BINARIES = [
    ("PySide6/QtGui.abi3.so", "/qt/QtGui.abi3.so", "EXTENSION"),
    ("PySide6/Qt/lib/libQt6Gui.so.6", "/qt/libQt6Gui.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6Core.so.6", "/qt/libQt6Core.so.6", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/qt/libqxcb.so", "BINARY"),
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/qt/libQt6XcbQpa.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6Quick.so.6", "/qt/libQt6Quick.so.6", "BINARY"),
    ("libpython3.11.so.1.0", "/qt/libpython3.11.so.1.0", "BINARY"),
]


def test_libraries_only_dropped_plugins_linked_to_are_dropped() -> None:
    kept = plan.linked_only(BINARIES, lambda source: LINKS[source])
    assert [entry[0] for entry in kept] == [
        entry[0] for entry in BINARIES if "Quick" not in entry[0]
    ]


def test_a_library_reached_only_through_a_symlink_is_kept() -> None:
    symlink = ("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK")
    svg = ("PySide6/Qt/lib/libQt6Svg.so.6", "/qt/libQt6Svg.so.6", "BINARY")
    links = {**LINKS, "/qt/libQt6Core.so.6": ["libQt6Svg.so.6"], "/qt/libQt6Svg.so.6": []}
    kept = plan.linked_only([*BINARIES, symlink, svg], lambda source: links[source])
    assert symlink in kept
    assert svg in kept


def test_links_to_dropped_libraries_are_dropped() -> None:
    kept = plan.linked_only(BINARIES, lambda source: LINKS[source])
    links = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/qt/qtbase_de.qm", "DATA"),
    ]
    assert plan.without_dangling_links(links, kept) == [links[0], links[2]]


# ------------------------------------------------------------------ resources


def test_resources_go_where_the_locator_looks_with_compiled_translations(tmp_path: Path) -> None:
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "icons").mkdir()
    (tmp_path / "resources" / "icons" / "coldcare.svg").write_text("<svg/>", encoding="utf-8")
    (tmp_path / "resources" / "translations" / "coldcare_de.ts").write_text("", encoding="utf-8")
    (tmp_path / "resources" / "translations" / "coldcare_de.qm").write_bytes(b"qm")
    datas = plan.resource_files(tmp_path)
    assert [(Path(source).name, target) for source, target in datas] == [
        ("coldcare.svg", "coldcare/resources/icons"),
        ("coldcare_de.qm", "coldcare/resources/translations"),
    ]


def test_resources_refuse_a_translation_that_was_not_compiled(tmp_path: Path) -> None:
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "translations" / "coldcare_de.ts").write_text("", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=r"coldcare_de\.qm is missing: run make"):
        plan.resource_files(tmp_path)


def test_the_bundle_version_is_the_packages() -> None:
    assert plan.version() == __version__


# ------------------------------------------------------------------ desktop entry, metainfo


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep the keys' case
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_coldcare_with_the_apps_icon() -> None:
    entry = _desktop_entry()
    assert entry["Exec"] == "coldcare"
    assert entry["Icon"] == APP_ID == plan.APP_ID == icons.APP_ID
    assert entry["Name"] == "ColdCare"
    assert "MedicalSoftware" in entry["Categories"].split(";")


def test_the_metainfo_names_the_app_its_desktop_entry_and_this_version() -> None:
    component = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.findtext("provides/binary") == "coldcare"
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__
    description = " ".join(" ".join(component.find("description").itertext()).split())
    assert "ColdCare is not a medical device." in description


# ------------------------------------------------------------------ icons


def test_the_hicolor_icons_are_the_svg_and_pngs_of_each_size(tmp_path: Path) -> None:
    written = icons.hicolor_icons(icons.SOURCE, tmp_path)
    assert tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg" in written
    for size in icons.PNG_SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert image.size() == QSize(size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the drop, drawn
        assert image.pixelColor(0, 0).alpha() == 0  # a transparent corner


def test_the_windows_and_macos_icons_are_written_when_qt_can(tmp_path: Path) -> None:
    written = icons.platform_icons(icons.SOURCE, tmp_path)
    assert {path.name for path in written} == {"coldcare.ico", "coldcare.icns"}
    assert (tmp_path / "coldcare.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (tmp_path / "coldcare.icns").read_bytes()[:4] == b"icns"


@pytest.mark.qt_log_ignore("Cannot read file .*broken.svg")
def test_a_picture_that_is_not_svg_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text("not svg", encoding="utf-8")
    with pytest.raises(ValueError, match="not an SVG picture"):
        icons.render(broken, 48)
