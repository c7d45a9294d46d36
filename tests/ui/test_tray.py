"""The tray icon, closing to the tray and quitting (issue: tray icon, closing keeps the app).

The offscreen platform has no system tray, so the app gets a recording fake icon here; the
app built by ``make_rig`` has none, as on a desktop without a tray.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from coldcare.app import ColdCareApp, Devices
from coldcare.domain.settings import TRAY_HINT_SHOWN
from coldcare.services.notify import Notification, NotificationKind, Urgency
from coldcare.ui.tray import system_tray_icon
from tests.fakes import FakeClock, HandWake
from tests.ui.app_rig import (
    BERLIN,
    FakeAlarm,
    FakeKeepAwake,
    FakeVoice,
    Rig,
    dispose,
    set_up_session,
    start_timer,
    started,
    with_profile,
)
from tests.ui.test_app_plan import anna, knee_ice, plan, wait


class FakeTrayIcon(QSystemTrayIcon):
    """A tray icon that records instead of reaching a desktop tray."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.shown = False
        self.balloons: list[tuple[str, str]] = []

    def show(self) -> None:
        self.shown = True

    def hide(self) -> None:
        self.shown = False

    def isVisible(self) -> bool:
        return self.shown

    def showMessage(  # type: ignore[override]
        self,
        title: str,
        msg: str,
        icon: QSystemTrayIcon.MessageIcon = QSystemTrayIcon.MessageIcon.Information,
        msecs: int = 10_000,
    ) -> None:
        self.balloons.append((title, msg))


@pytest.fixture
def tray_rig(qapp: QApplication, tmp_path: Path, clock: FakeClock) -> Iterator[Rig]:
    alarm, voice, awake, wake = FakeAlarm(), FakeVoice(), FakeKeepAwake(), HandWake(clock)
    devices = Devices(alarm, voice, (), awake, wake, FakeTrayIcon)
    app = ColdCareApp(qapp, tmp_path / "data", clock, BERLIN, devices)
    made = Rig(app, clock, alarm, voice, awake, wake)
    yield made
    dispose(made)
    qapp.setQuitOnLastWindowClosed(True)


def _icon(rig: Rig) -> FakeTrayIcon:
    icon = rig.app.tray.icon
    assert isinstance(icon, FakeTrayIcon)
    return icon


class Answers:
    """Stands in for QMessageBox's questions and information: records titles, answers."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton):
        self.asked: list[str] = []
        self.told: list[str] = []
        self._answer = answer
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "information", self._information)

    def _question(self, *args: object, **kwargs: object) -> QMessageBox.StandardButton:
        self.asked.append(str(args[1]))
        return self._answer

    def _information(self, *args: object, **kwargs: object) -> QMessageBox.StandardButton:
        self.told.append(f"{args[1]}: {args[2]}")
        return QMessageBox.StandardButton.Ok


def test_no_tray_icon_where_the_desktop_has_none() -> None:
    owner = QObject()
    assert system_tray_icon(owner, available=lambda: False) is None
    assert isinstance(system_tray_icon(owner, available=lambda: True), QSystemTrayIcon)


def test_the_icon_shows_with_the_window_and_names_the_next_reminder(
    tray_rig: Rig, qtbot: QtBot
) -> None:
    with_profile(tray_rig)
    started(tray_rig, qtbot)
    icon = _icon(tray_rig)
    assert icon.shown
    assert not icon.icon().isNull()
    assert icon.contextMenu() is tray_rig.app.tray.menu
    assert icon.toolTip() == "ColdCare — No reminders planned"
    plan(tray_rig, knee_ice(anna(tray_rig), time(14, 30)))
    assert icon.toolTip() == "ColdCare — Next: Ice the left knee 14:30 — Anna"
    assert tray_rig.app.tray.status.text() == "Next: Ice the left knee 14:30 — Anna"


def test_during_a_session_the_tooltip_counts_down_in_minutes(tray_rig: Rig, qtbot: QtBot) -> None:
    with_profile(tray_rig)
    started(tray_rig, qtbot)
    set_up_session(tray_rig, qtbot)
    start_timer(tray_rig, qtbot)
    icon = _icon(tray_rig)
    assert icon.toolTip() == "ColdCare — Left knee (front and inner side) — 15 min left"
    tray_rig.tick(2.5)
    assert icon.toolTip().endswith("— 13 min left")
    tray_rig.tick(2.5)
    assert icon.toolTip().endswith("— check your skin now")


def test_start_opens_the_session_set_up_even_from_the_tray(tray_rig: Rig, qtbot: QtBot) -> None:
    with_profile(tray_rig)
    started(tray_rig, qtbot)
    tray_rig.app.window.hide()
    tray_rig.app.tray.start.trigger()
    assert tray_rig.app.window.isVisible()
    assert tray_rig.app.window.current_key() == "session"


def test_open_shows_the_window_and_a_click_on_the_icon_toggles_it(
    tray_rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    Answers(monkeypatch, QMessageBox.StandardButton.Ok)
    with_profile(tray_rig)
    started(tray_rig, qtbot)
    window = tray_rig.app.window
    tray_rig.app.tray.open.trigger()
    assert window.isVisible()
    _icon(tray_rig).activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert not window.isVisible()
    _icon(tray_rig).activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert window.isVisible()


def test_snooze_is_offered_only_while_a_reminder_is_shown_and_puts_it_off(
    tray_rig: Rig, qtbot: QtBot
) -> None:
    with_profile(tray_rig)
    started(tray_rig, qtbot)
    tray = tray_rig.app.tray
    assert not tray.snooze.isEnabled()
    plan(tray_rig, knee_ice(anna(tray_rig)))
    wait(tray_rig, 30)
    assert tray_rig.app.reminder_bar.reminder is not None
    assert tray.snooze.isEnabled()
    tray.snooze.trigger()
    assert tray_rig.app.reminder_bar.reminder is None
    assert not tray.snooze.isEnabled()
    assert tray.status.text() == "Next: Ice the left knee 10:35 — Anna"  # five minutes later
    wait(tray_rig, 5)
    assert tray_rig.app.reminder_bar.reminder is not None
    assert tray_rig.app.reminder_bar.reminder.snoozes_left == 2


def test_closing_hides_to_the_tray_and_says_so_the_first_time_only(
    tray_rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch, QMessageBox.StandardButton.No)
    with_profile(tray_rig)
    started(tray_rig, qtbot)
    window = tray_rig.app.window
    window.close()
    assert not window.isVisible()
    assert len(answers.told) == 1
    assert "still running in the tray" in answers.told[0]
    assert "Ctrl+Q" in answers.told[0]
    assert tray_rig.app.repositories.settings.get(TRAY_HINT_SHOWN)
    tray_rig.app.bring_forward()
    window.close()
    assert not window.isVisible()
    assert len(answers.told) == 1
    assert answers.asked == []
    assert _icon(tray_rig).shown


def test_reminders_still_come_while_the_window_is_in_the_tray(
    tray_rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    Answers(monkeypatch, QMessageBox.StandardButton.No)
    with_profile(tray_rig)
    started(tray_rig, qtbot)
    plan(tray_rig, knee_ice(anna(tray_rig)))
    tray_rig.app.window.close()
    wait(tray_rig, 30)
    assert tray_rig.app.reminder_bar.reminder is not None
    assert tray_rig.alarm.once  # the reminder sound


def test_the_tray_balloon_is_the_notification_fallback(tray_rig: Rig, qtbot: QtBot) -> None:
    with_profile(tray_rig)
    started(tray_rig, qtbot)
    note = Notification(
        "Skin check", "Time to check your skin.", NotificationKind.SKIN_CHECK, Urgency.CRITICAL
    )
    tray_rig.app.notifier.notify(note)
    assert _icon(tray_rig).balloons == [("Skin check", "Time to check your skin.")]


def test_a_skin_check_brings_the_hidden_window_back(
    tray_rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    Answers(monkeypatch, QMessageBox.StandardButton.No)
    with_profile(tray_rig)
    started(tray_rig, qtbot)
    set_up_session(tray_rig, qtbot)
    start_timer(tray_rig, qtbot)
    tray_rig.app.window.close()
    assert not tray_rig.app.window.isVisible()
    tray_rig.tick(5)
    assert tray_rig.app.window.isVisible()
    assert tray_rig.app.session_page.run.skin_card.isVisible()


def test_quit_during_a_session_asks_and_keeps_it_running(
    tray_rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Yes)
    with_profile(tray_rig)
    started(tray_rig, qtbot)
    set_up_session(tray_rig, qtbot)
    start_timer(tray_rig, qtbot)
    tray_rig.app.tray.quit.trigger()
    assert answers.asked == ["A cold session is running"]
    assert tray_rig.app.controller.cold_running
    assert _icon(tray_rig).shown
    tray_rig.tick(15)
    assert tray_rig.alarm.playing is not None


def test_quit_ends_the_app_for_good(
    tray_rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Yes)
    with_profile(tray_rig)
    started(tray_rig, qtbot)
    plan(tray_rig, knee_ice(anna(tray_rig)))
    tray_rig.app.tray.quit.trigger()
    assert answers.asked == []  # nothing running; the person chose Quit
    assert not tray_rig.app.window.isVisible()
    assert not _icon(tray_rig).shown
    assert tray_rig.wake.is_shut_down  # no reminder wakes a closed app


def test_without_a_tray_closing_with_reminders_ahead_today_asks(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Yes)
    with_profile(rig)
    started(rig, qtbot)
    assert not rig.app.tray.has_icon
    plan(rig, knee_ice(anna(rig), time(18, 0)))
    rig.app.window.close()
    assert answers.asked == ["Reminders are planned for today"]
    assert rig.app.window.isVisible()


def test_without_a_tray_closing_after_the_last_reminder_of_the_day_does_not_ask(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch, QMessageBox.StandardButton.Yes)
    with_profile(rig)
    started(rig, qtbot)
    plan(rig, knee_ice(anna(rig), time(8, 0)))
    rig.app.window.close()
    assert answers.asked == []
    assert not rig.app.window.isVisible()


def test_the_keyboard_help_lists_every_shortcut(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coldcare.ui.keys import KeyboardHelp  # noqa: PLC0415

    shown: list[list[str]] = []

    def record(dialog: KeyboardHelp) -> int:
        table = dialog.table
        shown.append([table.item(row, 0).text() for row in range(table.rowCount())])
        return 0

    monkeypatch.setattr(KeyboardHelp, "exec", record)
    with_profile(rig)
    started(rig, qtbot)
    rig.app.tray.help.trigger()
    assert shown
    for key in ("Ctrl+N", "Ctrl+Return", "Ctrl+P", "Ctrl+D", "Ctrl+E", "Ctrl+L", "Ctrl+Q", "F1"):
        assert key in shown[0]


def test_the_window_knows_the_start_quit_and_help_keys(rig: Rig, qtbot: QtBot) -> None:
    started(rig, qtbot)
    keys = {action.shortcut().toString() for action in rig.app.window.actions()}
    assert {"Ctrl+N", "Ctrl+Q", "F1"} <= keys
