"""What the PyInstaller bundle holds: read by ``coldcare.spec`` and the tests.

The bundle ships the Qt modules ColdCare and pyqtgraph import, and of Qt's plugins only those
the app uses (platforms, SVG and JPEG images, sound, printing, speech, input methods); the rest
of PySide6 (WebEngine, Qt 3D, QML and Quick, ...) stays out. Plain functions of plain data, so
the tests check the plan without running PyInstaller.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.coldcare.ColdCare"

# PySide6 modules imported by coldcare (grep "from PySide6") and by pyqtgraph (its plot curves
# import QtOpenGL and QtOpenGLWidgets; QtTest it does without); the rest of PySide6 stays out.
QT_MODULES = frozenset(
    {
        "QtCore",
        "QtGui",
        "QtWidgets",
        "QtSvg",
        "QtNetwork",  # the single-instance socket
        "QtMultimedia",  # chimes
        "QtPrintSupport",  # printing reports
        "QtTextToSpeech",  # spoken prompts
        "QtOpenGL",  # pyqtgraph
        "QtOpenGLWidgets",  # pyqtgraph
    }
)

# Qt plugins kept, by plugin folder: the file names' stems without "lib" (Linux, macOS) and
# without the extension. A folder not named here is dropped whole.
QT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"}),
    # Native file dialogs through the desktop portal (Flatpak, GNOME, KDE). The GTK theme
    # would drag GTK into the bundle.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"adwaita", "bradient"}),
    "imageformats": frozenset({"qsvg", "qjpeg"}),  # body map; exercise photos (PNG is built in)
    "iconengines": frozenset({"qsvgicon"}),
    "multimedia": frozenset({"ffmpegmediaplugin", "windowsmediaplugin", "darwinmediaplugin"}),
    "printsupport": frozenset({"cupsprintersupport"}),
    "texttospeech": frozenset(
        {
            "qtexttospeech_speechd",
            "qtexttospeech_sapi",
            "qtexttospeech_winrt",
            "qtexttospeech_darwin",
        }
    ),
    "styles": frozenset({"qmodernwindowsstyle"}),
}

# Qt's own translations the app loads (coldcare/ui/i18n.py): Qt's buttons in German.
QT_TRANSLATIONS = frozenset({"qtbase_de.qm"})

# Standard-library and third-party packages nothing in the app uses.
EXCLUDED_PACKAGES = (
    "tkinter",
    "pydoc_data",
    "unittest",
    "IPython",
    "matplotlib",
    "scipy",
    "PyQt5",
    "PyQt6",
    "PySide2",
)

# plyer's facades the app calls (coldcare/services/notify.py), and plyer's folder for each
# platform; plyer imports the platform's module at the first call, hidden from PyInstaller.
PLYER_FACADES = ("notification",)
PLYER_PLATFORMS = {"linux": "linux", "win32": "win", "darwin": "macosx"}
# jeepney is imported by coldcare's D-Bus services (Linux only); only its blocking I/O is used.
JEEPNEY_MODULES = ("jeepney", "jeepney.io.blocking")


def version(root: Path = ROOT) -> str:
    """The version in ``coldcare/__init__.py`` (read, not imported)."""
    text = (root / "coldcare" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise ValueError("coldcare/__init__.py names no __version__")
    return found.group(1)


def excluded_qt_modules(available: Iterable[str]) -> list[str]:
    """``PySide6.X`` for every Qt module in ``available`` the app does not use."""
    return sorted(f"PySide6.{name}" for name in available if name not in QT_MODULES)


def installed_qt_modules(pyside_folder: Path) -> list[str]:
    """The Qt modules of an installed PySide6 (its ``Qt*`` extension modules)."""
    return sorted(
        {
            path.name.split(".", maxsplit=1)[0]
            for path in pyside_folder.glob("Qt*.*")
            if path.suffix in {".so", ".pyd"}
        }
    )


def hidden_imports(platform: str, plyer_folder: Path) -> list[str]:
    """Modules PyInstaller cannot see: plyer's backends for ``platform`` (``sys.platform``),
    and jeepney on Linux."""
    modules: list[str] = []
    plyer_platform = PLYER_PLATFORMS.get(platform)
    if plyer_platform is not None:
        folder = plyer_folder / "platforms" / plyer_platform
        modules += [
            f"plyer.platforms.{plyer_platform}.{facade}"
            for facade in PLYER_FACADES
            if (folder / f"{facade}.py").is_file()
        ]
    if platform == "linux":
        modules += JEEPNEY_MODULES
    return modules


def plugin_kept(destination: str) -> bool:
    """Whether a file bound for ``destination`` in the bundle belongs there.

    Files outside Qt's plugin folder are kept; a plugin only if :data:`QT_PLUGINS` names it.
    """
    parts = PurePosixPath(_posix(destination)).parts
    if "plugins" not in parts[:-1] or "Qt" not in parts:
        return True
    kind = parts[parts.index("plugins") + 1]
    return _plugin_stem(parts[-1]) in QT_PLUGINS.get(kind, frozenset())


def translation_kept(destination: str) -> bool:
    """Whether a file bound for ``destination`` belongs there: of Qt's translations, only
    :data:`QT_TRANSLATIONS`; every other file is kept."""
    parts = PurePosixPath(_posix(destination)).parts
    if len(parts) < 2 or parts[-2] != "translations" or "Qt" not in parts:
        return True
    return parts[-1] in QT_TRANSLATIONS


Entry = tuple[str, str, str]
"""A PyInstaller TOC entry: destination in the bundle, source, type (BINARY, SYMLINK, ...)."""


def linked_only(entries: Sequence[Entry], needs: Callable[[str], Iterable[str]]) -> list[Entry]:
    """``entries`` without the shared libraries nothing else in them links to.

    PyInstaller collects the libraries of every plugin before the spec drops plugins, so the
    libraries only dropped plugins needed (Qt Quick for the virtual keyboard, Qt PDF, GTK)
    would stay. Programs, Python extensions, plugins and libpython are the roots; ``needs``
    names the libraries a file links to; a symlink needs its target.
    """
    links: dict[str, list[str]] = {}
    for destination, source, kind in entries:
        targets = [source] if kind == "SYMLINK" else list(needs(source))
        links.setdefault(_name(destination), []).extend(map(_name, targets))
    reached = {_name(dest) for dest, _source, kind in entries if not _is_library(dest, kind)}
    pending = list(reached)
    while pending:
        for name in links[pending.pop()]:
            if name not in reached and name in links:
                reached.add(name)
                pending.append(name)
    return [entry for entry in entries if _name(entry[0]) in reached]


def without_dangling_links(entries: Sequence[Entry], others: Sequence[Entry]) -> list[Entry]:
    """``entries`` without symlinks to files in neither ``entries`` nor ``others``.

    PyInstaller links each library it collected under PySide6/ from the bundle's top folder
    (in its ``datas``); a link to a library :func:`linked_only` dropped must go too.
    """
    present = {_posix(dest) for dest, _source, _kind in [*entries, *others]}
    return [
        (dest, source, kind)
        for dest, source, kind in entries
        if kind != "SYMLINK"
        or posixpath.normpath(posixpath.join(posixpath.dirname(_posix(dest)), _posix(source)))
        in present
    ]


def _posix(path: str) -> str:
    return path.replace("\\", "/")


def _name(path: str) -> str:
    return PurePosixPath(_posix(path)).name.lower()


def _is_library(destination: str, kind: str) -> bool:
    """A shared library some other file links to (not a plugin, extension or libpython)."""
    parts = PurePosixPath(_posix(destination)).parts
    name = parts[-1].lower()
    if kind == "EXTENSION" or "plugins" in parts or name.startswith(("libpython", "python3")):
        return False
    return bool(re.search(r"\.so(\.|$)|\.dll$|\.dylib$", name)) or ".framework" in destination


def _plugin_stem(file_name: str) -> str:
    stem = file_name.split(".", maxsplit=1)[0]
    return stem.removeprefix("lib")


def resource_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` for ``resources/`` (placed where the resource locator looks in an
    installed package: ``coldcare/resources``), compiled translations instead of sources.

    Raises :class:`FileNotFoundError` when a ``.ts`` file has no ``.qm`` beside it.
    """
    resources = root / "resources"
    datas: list[tuple[str, str]] = []
    for path in sorted(resources.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".ts":
            if not path.with_suffix(".qm").is_file():
                raise FileNotFoundError(
                    f"{path.with_suffix('.qm')} is missing: run make translations"
                )
            continue
        target = PurePosixPath("coldcare", "resources", *path.parent.relative_to(resources).parts)
        datas.append((str(path), str(target)))
    return datas
