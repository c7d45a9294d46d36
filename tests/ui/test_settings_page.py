"""The settings page: every change is applied, stored and confirmed in words."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, time, timedelta
from typing import Any, TypeVar, cast

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
)
from pytestqt.qtbot import QtBot

from coldcare.domain.records import EnteredBy, Profile
from coldcare.domain.settings import (
    ALARM_VOLUME,
    CHECKIN_REMINDER,
    CHECKIN_TIME,
    DESKTOP_NOTIFICATIONS,
    REMINDER_SOUND,
    SLEEP_END,
    SLEEP_START,
    TEXT_SCALE,
    THEME,
    VOICE,
)
from coldcare.domain.vocabulary import Condition
from coldcare.ui.pages.settings_page import ProfileEditDialog, SettingsPage
from coldcare.ui.state import AppState, Repositories
from coldcare.ui.theme import TOKENS, ThemeName
from tests.fakes import FakeClock
from tests.ui.helpers import MemoryProfiles, MemorySettings, dispose, interactive, tab_reaches_all

T = TypeVar("T")


@dataclass
class Report:
    audible: bool
    reason: str = ""


@dataclass
class FakeAlarm:
    report: Report = field(default_factory=lambda: Report(True))
    tests: int = 0
    volumes: list[float] = field(default_factory=list)

    def test_alarm(self) -> Report:
        self.tests += 1
        return self.report

    def set_base_volume(self, base_volume: float) -> None:
        self.volumes.append(base_volume)


@dataclass
class FakeVoice:
    works: bool = True
    reason: str = ""
    said: list[str] = field(default_factory=list)
    enabled: list[bool] = field(default_factory=list)

    def available(self) -> bool:
        return self.works

    def unavailable_reason(self) -> str:
        return self.reason

    def say(self, text: str) -> None:
        self.said.append(text)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled.append(enabled)


ANNA = Profile(
    name="Anna",
    birth_year=1954,
    conditions=frozenset({Condition.DIABETES, Condition.HYPERTENSION}),
    entered_by=EnteredBy.CAREGIVER,
    entered_by_name="Tom",
)


@pytest.fixture
def profiles(clock: FakeClock) -> MemoryProfiles:
    made = MemoryProfiles()
    made.save_profile(replace(ANNA, screening_answered_at=clock.now() - timedelta(days=30)))
    return made


@pytest.fixture
def settings() -> MemorySettings:
    return MemorySettings()


@pytest.fixture
def state(
    qapp: QApplication, profiles: MemoryProfiles, settings: MemorySettings, clock: FakeClock
) -> AppState:
    unused = cast(Any, None)
    return AppState(
        qapp,
        Repositories(profiles, unused, unused, unused, unused, settings, *[unused] * 4),
        clock,
        UTC,
    )


@pytest.fixture
def alarm() -> FakeAlarm:
    return FakeAlarm()


@pytest.fixture
def voice() -> FakeVoice:
    return FakeVoice()


@pytest.fixture
def page(state: AppState, alarm: FakeAlarm, voice: FakeVoice) -> Iterator[SettingsPage]:
    made = SettingsPage(state, alarm, voice)
    made.resize(1000, 800)
    yield made
    dispose(made)


# ------------------------------------------------------------------ look


def test_text_size_applies_when_the_slider_is_let_go(
    page: SettingsPage, qapp: QApplication, settings: MemorySettings
) -> None:
    slider = page.text_size
    slider.setSliderDown(True)
    slider.setValue(150)
    slider.setValue(200)
    assert qapp.font().pointSizeF() == pytest.approx(13)
    assert page.preview.font().pointSizeF() == pytest.approx(26)
    slider.setSliderDown(False)
    assert qapp.font().pointSizeF() == pytest.approx(26)
    assert settings.values[TEXT_SCALE.name] == 200
    assert "Saved" in page.look_note.text()


def test_text_size_from_the_keyboard_applies_after_a_pause(
    page: SettingsPage, qapp: QApplication, qtbot: QtBot, state: AppState
) -> None:
    with qtbot.waitSignal(state.appearance_changed):
        qtbot.keyClick(page.text_size, Qt.Key.Key_End)
    assert qapp.font().pointSizeF() == pytest.approx(26)


def test_a_dragged_slider_snaps_to_steps_of_ten(page: SettingsPage) -> None:
    page.text_size.setValue(137)
    assert page.text_size.value() == 140


def test_the_colours_change_at_once_and_are_stored(
    page: SettingsPage, qapp: QApplication, settings: MemorySettings, state: AppState
) -> None:
    page.colours.button("dark").click()
    assert state.appearance.theme is ThemeName.DARK
    window = qapp.palette().color(QPalette.ColorRole.Window).name().upper()
    assert window == TOKENS[ThemeName.DARK].background
    assert settings.values[THEME.name] == "dark"
    assert "Saved" in page.look_note.text()


# ------------------------------------------------------------------ sound and voice


def test_an_alarm_that_cannot_be_heard_says_why_and_what_to_do(
    page: SettingsPage, alarm: FakeAlarm
) -> None:
    alarm.report = Report(False, "no audio output device")
    page.test_alarm_button.click()
    said = page.alarm_result.text()
    assert alarm.tests == 1
    assert "no audio output device" in said
    assert "plug in speakers" in said
    assert "flash the window" in said


def test_an_alarm_that_played_says_so(page: SettingsPage) -> None:
    page.test_alarm_button.click()
    assert "The alarm played" in page.alarm_result.text()


def test_the_alarm_loudness_is_stored_and_passed_on(
    page: SettingsPage, alarm: FakeAlarm, settings: MemorySettings
) -> None:
    page.loudness.setSliderDown(True)
    page.loudness.setValue(60)
    assert alarm.volumes == []
    page.loudness.setSliderDown(False)
    assert settings.values[ALARM_VOLUME.name] == 60
    assert alarm.volumes == [pytest.approx(0.6)]


def test_the_voice_says_why_it_cannot_speak(
    state: AppState, alarm: FakeAlarm, qtbot: QtBot
) -> None:
    voice = FakeVoice(works=False, reason="no speech engine on this computer")
    page = SettingsPage(state, alarm, voice)
    try:
        page.show()
        assert "no speech engine on this computer" in page.voice_state.text()
        page.test_voice_button.click()
        assert voice.said == []
        assert "no speech engine" in page.voice_state.text()
    finally:
        dispose(page)


def test_the_voice_test_speaks(page: SettingsPage, voice: FakeVoice) -> None:
    page.test_voice_button.click()
    assert voice.said
    assert "speaking" in page.voice_state.text()


def test_spoken_guidance_is_switched_and_stored(
    page: SettingsPage, voice: FakeVoice, settings: MemorySettings
) -> None:
    page.voice_switch.setChecked(False)
    assert voice.enabled == [False]
    assert settings.values[VOICE.name] is False
    assert "Saved: Spoken guidance" in page.sound_note.text()


def test_reminder_sound_and_notifications_are_stored(
    page: SettingsPage, settings: MemorySettings
) -> None:
    page.reminder_sound.setChecked(False)
    page.notifications.setChecked(False)
    assert settings.values[REMINDER_SOUND.name] is False
    assert settings.values[DESKTOP_NOTIFICATIONS.name] is False


# ------------------------------------------------------------------ sleep hours


def test_sleep_hours_are_stored(page: SettingsPage, settings: MemorySettings) -> None:
    page.sleep_start.setTime(QTime(21, 30))
    page.sleep_end.setTime(QTime(6, 45))
    assert settings.values[SLEEP_START.name] == time(21, 30)
    assert settings.values[SLEEP_END.name] == time(6, 45)
    assert "Saved" in page.sleep_note.text()
    assert "21:30" in page.sleep_summary.text()


def test_the_daily_pain_reminder_is_off_at_first_and_stored_when_set(
    page: SettingsPage, settings: MemorySettings, qtbot: QtBot
) -> None:
    assert not page.checkin_reminder.isChecked()
    assert page.checkin_time.time() == QTime(19, 0)
    with qtbot.waitSignal(page.setting_saved) as switched:
        page.checkin_reminder.setChecked(True)
    assert switched.args == [CHECKIN_REMINDER.name]
    with qtbot.waitSignal(page.setting_saved) as timed:
        page.checkin_time.setTime(QTime(20, 15))
    assert timed.args == [CHECKIN_TIME.name]
    assert settings.values[CHECKIN_REMINDER.name] is True
    assert settings.values[CHECKIN_TIME.name] == time(20, 15)
    assert page.checkin_note.text() == "Saved: Time of the daily pain reminder"


def test_a_saved_setting_is_confirmed_in_words_with_an_icon(page: SettingsPage) -> None:
    page.notifications.setChecked(False)
    note = next(n for n in page.findChildren(type(page.look_note)) if "Saved" in n.text())
    assert note.text() == "Saved: Desktop notifications"
    assert note.accessibleName() == note.text()


# ------------------------------------------------------------------ the profile


def test_the_profile_is_summed_up_in_words(page: SettingsPage) -> None:
    summary = page.summary.text()
    for words in ("Anna", "72 this year", "A caregiver (Tom)", "Diabetes", "High blood pressure"):
        assert words in summary
    assert page.review_note.isHidden()


def test_a_review_is_asked_for_after_six_months(
    page: SettingsPage, state: AppState, profiles: MemoryProfiles, clock: FakeClock
) -> None:
    clock.advance(minutes=200 * 24 * 60)
    page.show()
    assert "health questions again" in page.review_note.text()
    assert not page.review_note.isHidden()


def test_the_profile_is_edited_in_a_dialog_and_saved(
    page: SettingsPage, state: AppState, profiles: MemoryProfiles, clock: FakeClock
) -> None:
    page.edit_button.click()
    editor = page.editor
    assert isinstance(editor, ProfileEditDialog)
    editor.form.name_edit.setText("Anna B.")
    editor.form.question(Condition.DIABETES).answer.button(False).click()
    editor.save_button.click()
    stored = profiles.rows[1]
    assert stored.name == "Anna B."
    assert stored.conditions == {Condition.HYPERTENSION}
    assert stored.screening_answered_at == clock.now()
    assert state.profile == stored
    assert "Anna B." in page.summary.text()
    assert not editor.isVisible()
    assert page.profile_note.text() == "Saved: the profile"


def test_the_edit_dialog_refuses_an_empty_name_and_stays_open(
    page: SettingsPage, profiles: MemoryProfiles
) -> None:
    page.edit_profile()
    editor = page.editor
    assert editor is not None
    editor.form.name_edit.setText("")
    editor.save_button.click()
    assert "name" in editor.problem.text()
    assert editor.isVisible()
    assert profiles.rows[1].name == "Anna"


def test_cancel_stores_nothing_and_asks_first_after_changes(
    page: SettingsPage, profiles: MemoryProfiles, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    before = profiles.rows[1]
    page.edit_profile()
    editor = page.editor
    assert editor is not None
    qtbot.keyClicks(editor.form.name_edit, " Becker")
    answers = iter([False, True])
    monkeypatch.setattr(ProfileEditDialog, "confirm_discard", lambda _self: next(answers))
    editor.cancel_button.click()
    assert editor.isVisible()
    editor.cancel_button.click()
    assert not editor.isVisible()
    assert profiles.rows[1] == before


def test_cancel_without_changes_closes_at_once(
    page: SettingsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.edit_profile()
    editor = page.editor
    assert editor is not None
    monkeypatch.setattr(ProfileEditDialog, "confirm_discard", lambda _self: pytest.fail("asked"))
    editor.cancel_button.click()
    assert not editor.isVisible()


# ------------------------------------------------------------------ names and keys


def test_every_control_has_an_accessible_name(page: SettingsPage) -> None:
    page.edit_profile()
    assert page.editor is not None
    for root in (page, page.editor):
        controls = interactive(root)
        assert len(controls) > 10
        assert [type(w).__name__ for w in controls if not w.accessibleName().strip()] == []


def test_tab_reaches_every_control_of_the_page(page: SettingsPage, qtbot: QtBot) -> None:
    assert tab_reaches_all(qtbot, page) == []


def test_tab_reaches_every_control_of_the_edit_dialog(page: SettingsPage, qtbot: QtBot) -> None:
    page.show()
    page.edit_profile()
    assert page.editor is not None
    assert tab_reaches_all(qtbot, page.editor) == []
