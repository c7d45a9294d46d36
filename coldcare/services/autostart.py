"""Start ColdCare when the person logs in, the way each platform does it.

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/org.coldcare.ColdCare.desktop``
  (``~/.config`` when the variable is unset; named like the installed desktop file).
- Windows: the ``ColdCare`` value of ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.
- macOS: ``~/Library/LaunchAgents/org.coldcare.ColdCare.plist``.

The entry on disk (or in the registry) is the truth: :meth:`Autostart.is_enabled` reads it
every time. Folders and the registry key arrive injected, so tests use temporary folders and
a registry in a dict. A failure raises :class:`AutostartError` with a message for the person.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path, PureWindowsPath
from types import ModuleType
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QIODevice, QSaveFile

from coldcare import APP_ID, APP_NAME
from coldcare.services.paths import default_data_dir

DESKTOP_FILE = f"{APP_ID}.desktop"
LAUNCH_AGENT_LABEL = APP_ID
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = APP_NAME
# Characters that make the Desktop Entry specification quote an Exec argument.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


class AutostartError(Exception):
    """Start at login could not be changed; the message says why, in the person's words."""


class Autostart(Protocol):
    """Whether ColdCare starts at login, and the switch."""

    def is_enabled(self) -> bool:
        """Whether the login entry is there now."""
        ...

    def enable(self) -> None:
        """Add the login entry (raises :class:`AutostartError`)."""
        ...

    def disable(self) -> None:
        """Remove the login entry (raises :class:`AutostartError`)."""
        ...


def launch_command(
    executable: str = sys.executable,
    frozen: bool = bool(getattr(sys, "frozen", False)),
    data_folder: Path | None = None,
) -> list[str]:
    """How to start this ColdCare: the bundle's program, or this Python with ``-m coldcare``;
    on ``data_folder`` when it is not the default one (a start at login sees neither this
    start's ``--data-dir`` nor, often, its ``COLDCARE_DATA_DIR``)."""
    command = [executable] if frozen else [executable, "-m", "coldcare"]
    if data_folder is not None and data_folder.resolve() != default_data_dir():
        command += ["--data-dir", str(data_folder.resolve())]
    return command


@contextmanager
def _explained() -> Iterator[None]:
    """Turn an operating-system error into an :class:`AutostartError` for the person."""
    try:
        yield
    except OSError as problem:
        detail = problem.strerror or str(problem)
        raise AutostartError(
            QCoreApplication.translate(
                "Autostart", "the computer did not allow the change ({detail})"
            ).format(detail=detail)
        ) from problem


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(file.errorString())
    if file.write(data) != len(data) or not file.commit():
        file.cancelWriting()
        raise OSError(file.errorString())


class FileEntry:
    """A login entry that is a file: an XDG ``.desktop`` file or a macOS LaunchAgent.

    It is enabled when the file is there *and* starts this ColdCare (``starts_this`` on its
    bytes): an entry left by an older install, or by a ColdCare on another data folder, starts
    something else, and the switch must not say it is on.
    """

    def __init__(self, path: Path, content: bytes, starts_this: Callable[[bytes], bool]) -> None:
        self.path = path
        self.content = content
        self._starts_this = starts_this

    def is_enabled(self) -> bool:
        with _explained():
            return self.path.is_file() and self._starts_this(self.path.read_bytes())

    def enable(self) -> None:
        with _explained():
            _write(self.path, self.content)

    def disable(self) -> None:
        with _explained():
            self.path.unlink(missing_ok=True)


def _exec_argument(argument: str) -> str:
    """One argument of a desktop entry's ``Exec`` key, quoted as the specification says."""
    argument = argument.replace("%", "%%")
    if _RESERVED.isdisjoint(argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def desktop_entry(command: Sequence[str]) -> str:
    """The text of the XDG autostart file that runs ``command``."""
    line = " ".join(_exec_argument(argument) for argument in command)
    exec_value = line.replace("\\", "\\\\")  # the string-value escape, applied after quoting
    comment = QCoreApplication.translate("Autostart", "Reminders for home cold-pack therapy")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        f"Comment={comment}\n"
        f"Exec={exec_value}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def xdg_autostart(config_home: Path, command: Sequence[str]) -> FileEntry:
    """The XDG autostart entry under ``config_home`` (``$XDG_CONFIG_HOME``)."""
    path = config_home / "autostart" / DESKTOP_FILE
    content = desktop_entry(command).encode("utf-8")
    exec_line = next(line for line in content.splitlines() if line.startswith(b"Exec="))
    return FileEntry(path, content, lambda found: exec_line in found.splitlines())


def launch_agent(home: Path, command: Sequence[str]) -> FileEntry:
    """The macOS LaunchAgent under ``home`` that runs ``command`` at login."""
    path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
    agent = {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    return FileEntry(path, plistlib.dumps(agent), lambda found: _arguments(found) == list(command))


def _arguments(plist: bytes) -> object:
    """The ``ProgramArguments`` of a LaunchAgent's file (None when it cannot be read)."""
    try:
        return plistlib.loads(plist).get("ProgramArguments")
    except (plistlib.InvalidFileException, ValueError, AttributeError):
        return None


class RunKey(Protocol):
    """The registry key of programs run at login, as far as the switch needs it."""

    def get(self, name: str) -> str | None:
        """The value ``name`` (None when there is none)."""
        ...

    def set(self, name: str, value: str) -> None:
        """Store ``value`` as ``name``."""
        ...

    def delete(self, name: str) -> None:
        """Remove ``name`` (nothing when there is none)."""
        ...


def _winreg() -> ModuleType:
    if sys.platform != "win32":
        raise OSError("the Windows registry exists only on Windows")
    import winreg  # noqa: PLC0415 - Windows only

    return winreg


class WindowsRunKey:
    """``HKEY_CURRENT_USER\\…\\Run`` through winreg (Windows only)."""

    def get(self, name: str) -> str | None:
        registry = _winreg()
        try:
            with registry.OpenKey(registry.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = registry.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        registry = _winreg()
        with registry.CreateKey(registry.HKEY_CURRENT_USER, RUN_KEY) as key:
            registry.SetValueEx(key, name, 0, registry.REG_SZ, value)

    def delete(self, name: str) -> None:
        registry = _winreg()
        try:
            with registry.OpenKey(
                registry.HKEY_CURRENT_USER, RUN_KEY, 0, registry.KEY_SET_VALUE
            ) as key:
                registry.DeleteValue(key, name)
        except FileNotFoundError:
            return


class RegistryEntry:
    """A login entry that is a value of the Windows ``Run`` key."""

    def __init__(self, key: RunKey, command: Sequence[str]) -> None:
        self.key = key
        self.command_line = subprocess.list2cmdline(command)

    def is_enabled(self) -> bool:
        """Whether the ``Run`` value is there and starts this ColdCare (see FileEntry)."""
        with _explained():
            return self.key.get(RUN_VALUE) == self.command_line

    def enable(self) -> None:
        with _explained():
            self.key.set(RUN_VALUE, self.command_line)

    def disable(self) -> None:
        with _explained():
            self.key.delete(RUN_VALUE)


def windowless(command: Sequence[str], exists: Callable[[str], bool] = os.path.isfile) -> list[str]:
    """``command`` with ``pythonw.exe`` for ``python.exe`` (no console window at login)."""
    program = PureWindowsPath(command[0])
    quiet = str(program.with_name("pythonw.exe"))
    if program.name.lower() == "python.exe" and exists(quiet):
        return [quiet, *command[1:]]
    return list(command)


def for_platform(
    platform: str = sys.platform,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
    command: Sequence[str] | None = None,
    data_folder: Path | None = None,
) -> Autostart:
    """The login entry of this computer, starting ColdCare on ``data_folder`` (each part
    injectable for tests)."""
    environ = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    command = launch_command(data_folder=data_folder) if command is None else command
    if platform == "win32":
        return RegistryEntry(WindowsRunKey(), windowless(command))
    if platform == "darwin":
        return launch_agent(home, command)
    config = environ.get("XDG_CONFIG_HOME", "")
    config_home = Path(config) if os.path.isabs(config) else home / ".config"
    return xdg_autostart(config_home, command)
