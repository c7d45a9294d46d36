"""The "On this computer" card: the start-at-login switch follows the entry on disk, writes
and removes it, and says Saved or why not."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFrame, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coldcare.domain.settings import START_AT_LOGIN, Setting
from coldcare.services import autostart as autostart_module
from coldcare.services.autostart import AutostartError, FileEntry, launch_command, xdg_autostart
from coldcare.ui.pages.desktop_card import SWITCH_NAME, desktop_card
from coldcare.ui.state import AppState, Repositories
from coldcare.ui.widgets.common import IconPainter, Notice
from tests.fakes import FakeClock
from tests.ui.app_rig import Rig
from tests.ui.helpers import MemoryProfiles, MemorySettings, dispose, tab_reaches_all

COMMAND = ["/usr/bin/python3", "-m", "coldcare"]


@dataclass
class FakeAutostart:
    """The login entry, in memory; ``problem`` makes every change fail."""

    enabled: bool = False
    problem: str = ""
    changes: list[bool] = field(default_factory=list)

    def is_enabled(self) -> bool:
        return self.enabled

    def enable(self) -> None:
        self._change(True)

    def disable(self) -> None:
        self._change(False)

    def _change(self, on: bool) -> None:
        self.changes.append(on)
        if self.problem:
            raise AutostartError(self.problem)
        self.enabled = on


class UnreadableAutostart(FakeAutostart):
    def is_enabled(self) -> bool:
        raise AutostartError("no access")


@dataclass
class Saves:
    """The settings page's save, recorded: stores the value and says so."""

    settings: MemorySettings
    saved: list[tuple[str, bool]] = field(default_factory=list)

    def __call__(self, setting: Setting[bool], value: bool, note: Notice) -> bool:
        self.settings.set(setting, value)
        self.saved.append((setting.name, value))
        note.show_message(f"Saved: {setting.title}", "safe")
        return True


@dataclass
class Card:
    frame: QFrame
    switch: QAbstractButton
    note: Notice


@pytest.fixture
def settings() -> MemorySettings:
    return MemorySettings()


@pytest.fixture
def painter(qapp: QApplication, settings: MemorySettings, clock: FakeClock) -> IconPainter:
    unused = cast(Any, None)
    profiles = cast(Any, MemoryProfiles())
    repositories = Repositories(
        profiles, unused, unused, unused, unused, settings, unused, unused, unused, unused
    )
    return IconPainter(AppState(qapp, repositories, clock, ZoneInfo("UTC")))


@pytest.fixture
def saves(settings: MemorySettings) -> Saves:
    return Saves(settings)


@pytest.fixture
def holder() -> Iterator[QWidget]:
    made = QWidget()
    QVBoxLayout(made)
    yield made
    dispose(made)


def build(
    holder: QWidget, settings: MemorySettings, painter: IconPainter, saves: Saves, entry: object
) -> Card:
    frame = desktop_card(settings, painter, saves, entry)  # type: ignore[arg-type]
    cast(QVBoxLayout, holder.layout()).addWidget(frame)
    switch = frame.findChild(QAbstractButton, SWITCH_NAME)
    note = frame.findChild(Notice)
    assert switch is not None
    assert note is not None
    return Card(frame, switch, note)


def test_the_switch_shows_the_entry_on_disk_and_the_setting_follows_it(
    holder: QWidget, settings: MemorySettings, painter: IconPainter, saves: Saves
) -> None:
    settings.set(START_AT_LOGIN, True)  # an old mirror: the entry was removed since
    card = build(holder, settings, painter, saves, FakeAutostart(enabled=False))
    assert not card.switch.isChecked()
    assert settings.get(START_AT_LOGIN) is False
    other = build(holder, settings, painter, saves, FakeAutostart(enabled=True))
    assert other.switch.isChecked()
    assert settings.get(START_AT_LOGIN) is True


def test_the_switch_is_named_and_works_from_the_keyboard(
    qtbot: QtBot,
    holder: QWidget,
    settings: MemorySettings,
    painter: IconPainter,
    saves: Saves,
    tmp_path: Path,
) -> None:
    entry = xdg_autostart(tmp_path / "config", COMMAND)
    card = build(holder, settings, painter, saves, entry)
    assert card.switch.accessibleName() == "Start ColdCare when I log in"
    assert tab_reaches_all(qtbot, holder) == []
    card.switch.setFocus()
    qtbot.keyClick(card.switch, Qt.Key.Key_Space)
    assert entry.path.is_file()
    assert "Exec=/usr/bin/python3 -m coldcare" in entry.path.read_text()
    assert saves.saved == [(START_AT_LOGIN.name, True)]
    assert card.note.text().startswith("Saved")
    qtbot.keyClick(card.switch, Qt.Key.Key_Space)
    assert not entry.path.exists()
    assert saves.saved[-1] == (START_AT_LOGIN.name, False)


def test_a_refused_change_says_why_and_the_switch_goes_back(
    holder: QWidget, settings: MemorySettings, painter: IconPainter, saves: Saves
) -> None:
    entry = FakeAutostart(problem="the computer did not allow the change (Read-only file system)")
    card = build(holder, settings, painter, saves, entry)
    card.switch.click()
    assert entry.changes == [True]  # tried once; going back did not try again
    assert not card.switch.isChecked()
    assert card.note.text() == (
        "Not saved: the computer did not allow the change (Read-only file system)"
    )
    assert saves.saved == []
    assert settings.get(START_AT_LOGIN) is False


def test_an_unreadable_entry_is_said_and_the_stored_setting_shown(
    holder: QWidget,
    settings: MemorySettings,
    painter: IconPainter,
    saves: Saves,
) -> None:
    settings.set(START_AT_LOGIN, True)
    card = build(holder, settings, painter, saves, UnreadableAutostart())
    assert card.switch.isChecked()
    assert card.note.text() == "no access"


@dataclass
class LoginEntry:
    """This computer's login entry as the app asks for it, kept in a temporary folder."""

    entry: FileEntry | None = None
    data_folder: Path | None = None


@pytest.fixture
def login_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LoginEntry:
    made = LoginEntry()

    def for_platform(data_folder: Path) -> FileEntry:
        made.data_folder = data_folder
        made.entry = xdg_autostart(tmp_path / "config", launch_command(data_folder=data_folder))
        return made.entry

    monkeypatch.setattr(autostart_module, "for_platform", for_platform)
    return made


def test_the_settings_page_of_the_app_has_the_switch(
    login_entry: LoginEntry, request: pytest.FixtureRequest, qtbot: QtBot
) -> None:
    """The switch adds this computer's login entry, which opens the data this app runs on."""
    rig: Rig = request.getfixturevalue("rig")
    page = rig.app.settings_page
    assert login_entry.data_folder == rig.app.storage.folder.root
    assert login_entry.entry is not None
    switch = page.findChild(QAbstractButton, SWITCH_NAME)
    assert switch is not None
    assert not switch.isChecked()
    with qtbot.waitSignal(page.setting_saved) as saved:
        switch.click()
    assert saved.args == [START_AT_LOGIN.name]
    assert login_entry.entry.is_enabled()
    assert f"--data-dir {login_entry.data_folder}" in login_entry.entry.content.decode()
    assert rig.app.repositories.settings.get(START_AT_LOGIN) is True
    notes = [note.text() for note in page.findChildren(Notice)]
    assert "Saved: Start ColdCare when I log in" in notes
