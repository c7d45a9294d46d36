"""Start at login: the entry each platform reads is written, found and removed."""

from __future__ import annotations

import configparser
import errno
import plistlib
from pathlib import Path

import pytest

from coldcare.services.autostart import (
    RUN_VALUE,
    AutostartError,
    FileEntry,
    RegistryEntry,
    desktop_entry,
    for_platform,
    launch_command,
    windowless,
)
from coldcare.services.paths import default_data_dir

COMMAND = ["/opt/cold care/bin/python", "-m", "coldcare"]


class MemoryRunKey:
    """The Windows Run key, in a dict."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


class DeniedRunKey(MemoryRunKey):
    def set(self, name: str, value: str) -> None:
        raise PermissionError(errno.EACCES, "Access is denied")


def read_desktop_file(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def exec_arguments(value: str) -> list[str]:
    """The Exec value split as the Desktop Entry specification says a launcher splits it."""
    value = value.replace("\\\\", "\\")  # the string-value escape first
    arguments: list[str] = []
    current, quoted, chars = "", False, iter(value)
    for char in chars:
        if quoted and char == "\\":
            current += next(chars)
        elif char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            arguments.append(current)
            current = ""
        else:
            current += char
    return [a.replace("%%", "%") for a in [*arguments, current]]


def test_linux_entry_is_written_under_xdg_config_home_and_removed(tmp_path: Path) -> None:
    config = tmp_path / "config"
    entry = for_platform("linux", {"XDG_CONFIG_HOME": str(config)}, tmp_path / "home", COMMAND)
    assert not entry.is_enabled()
    entry.enable()
    path = config / "autostart" / "org.coldcare.ColdCare.desktop"
    assert entry.is_enabled()
    fields = read_desktop_file(path)
    assert fields["Type"] == "Application"
    assert fields["Name"] == "ColdCare"
    assert fields["Comment"]
    assert fields["X-GNOME-Autostart-enabled"] == "true"
    assert exec_arguments(fields["Exec"]) == COMMAND
    entry.disable()
    assert not path.exists()
    assert not entry.is_enabled()


@pytest.mark.parametrize("config", [None, "", "relative/config"])
def test_without_a_usable_xdg_config_home_the_entry_goes_to_dot_config(
    tmp_path: Path, config: str | None
) -> None:
    environ = {} if config is None else {"XDG_CONFIG_HOME": config}
    entry = for_platform("linux", environ, tmp_path, COMMAND)
    entry.enable()
    assert (tmp_path / ".config" / "autostart" / "org.coldcare.ColdCare.desktop").is_file()


def test_turning_on_twice_or_off_twice_is_harmless(tmp_path: Path) -> None:
    entry = for_platform("linux", {}, tmp_path, COMMAND)
    entry.enable()
    entry.enable()
    assert entry.is_enabled()
    entry.disable()
    entry.disable()
    assert not entry.is_enabled()


@pytest.mark.parametrize(
    "argument",
    ["/plain/python", "/with space/py", 'quote"d', "dollar$HOME", "back\\slash", "50%", "tick`s"],
)
def test_exec_quoting_survives_awkward_paths(argument: str) -> None:
    text = desktop_entry([argument, "-m", "coldcare"])
    value = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_arguments(value.removeprefix("Exec=")) == [argument, "-m", "coldcare"]


def test_a_failure_to_write_says_why(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    entry = for_platform("linux", {"XDG_CONFIG_HOME": str(blocked)}, tmp_path, COMMAND)
    with pytest.raises(AutostartError, match="did not allow"):
        entry.enable()
    assert not entry.is_enabled()


def test_a_failure_to_remove_says_why(tmp_path: Path) -> None:
    folder = tmp_path / "agent.plist"
    folder.mkdir()  # a folder cannot be unlinked like the file
    (folder / "inside").write_text("")
    with pytest.raises(AutostartError):
        FileEntry(folder, b"", lambda _found: True).disable()


def test_macos_launch_agent_runs_coldcare_at_login(tmp_path: Path) -> None:
    entry = for_platform("darwin", {}, tmp_path, COMMAND)
    entry.enable()
    path = tmp_path / "Library" / "LaunchAgents" / "org.coldcare.ColdCare.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "org.coldcare.ColdCare"
    assert agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True
    assert entry.is_enabled()
    entry.disable()
    assert not path.exists()


def test_windows_run_value_holds_the_command_line() -> None:
    key = MemoryRunKey()
    entry = RegistryEntry(key, [r"C:\Program Files\ColdCare\ColdCare.exe"])
    assert not entry.is_enabled()
    entry.enable()
    assert key.values == {RUN_VALUE: r'"C:\Program Files\ColdCare\ColdCare.exe"'}
    assert entry.is_enabled()
    entry.disable()
    assert key.values == {}
    assert not entry.is_enabled()


def test_windows_refusal_says_why() -> None:
    entry = RegistryEntry(DeniedRunKey(), ["ColdCare.exe"])
    with pytest.raises(AutostartError, match="Access is denied"):
        entry.enable()


def test_windows_starts_python_without_a_console_window() -> None:
    command = [r"C:\Py\python.exe", "-m", "coldcare"]
    assert windowless(command, lambda _path: True)[0].endswith("pythonw.exe")
    assert windowless(command, lambda _path: False) == command
    assert windowless([r"C:\ColdCare\ColdCare.exe"], lambda _path: True) == [
        r"C:\ColdCare\ColdCare.exe"
    ]


def test_the_command_is_python_with_the_module_or_the_frozen_program() -> None:
    assert launch_command("/usr/bin/python3", frozen=False) == [
        "/usr/bin/python3",
        "-m",
        "coldcare",
    ]
    assert launch_command("/opt/ColdCare/ColdCare", frozen=True) == ["/opt/ColdCare/ColdCare"]


def test_a_start_on_other_data_logs_in_on_that_data(tmp_path: Path) -> None:
    """A caregiver's ColdCare on its own folder must open that folder at login too (the
    login session knows neither this start's --data-dir nor its COLDCARE_DATA_DIR)."""
    folder = tmp_path / "Anna's data"
    command = launch_command("/usr/bin/python3", frozen=False, data_folder=folder)
    assert command == ["/usr/bin/python3", "-m", "coldcare", "--data-dir", str(folder)]

    entry = for_platform("linux", {}, tmp_path, data_folder=folder)
    entry.enable()
    written = configparser.ConfigParser(interpolation=None)
    written.read(tmp_path / ".config" / "autostart" / "org.coldcare.ColdCare.desktop")
    assert written["Desktop Entry"]["Exec"].endswith(f'--data-dir "{folder}"')


def test_the_default_data_needs_no_data_dir() -> None:
    command = launch_command("/opt/ColdCare/ColdCare", frozen=True, data_folder=default_data_dir())
    assert command == ["/opt/ColdCare/ColdCare"]


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_an_entry_that_starts_something_else_is_not_ours(platform: str, tmp_path: Path) -> None:
    """An entry left by an older install, or by a ColdCare on another data folder, is not
    shown as on; turning the switch on makes it start this ColdCare."""
    other = for_platform(platform, {}, tmp_path, data_folder=tmp_path / "someone else")
    other.enable()
    this = for_platform(platform, {}, tmp_path, data_folder=tmp_path / "Anna")

    assert other.is_enabled()
    assert not this.is_enabled()
    this.enable()
    assert this.is_enabled()
    assert not other.is_enabled()


def test_a_windows_run_value_that_starts_something_else_is_not_ours() -> None:
    key = MemoryRunKey()
    key.set("ColdCare", r'"C:\Old\python.exe" -m coldcare')
    entry = RegistryEntry(key, [r"C:\ColdCare\ColdCare.exe"])
    assert not entry.is_enabled()
    entry.enable()
    assert entry.is_enabled()
