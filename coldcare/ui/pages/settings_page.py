"""The "Profile and settings" page: whose profile this is, and how ColdCare looks and sounds.

Sections: the profile in words (with an "Edit profile" dialog), the look (text size with a
live preview, colours), sound and voice (alarm loudness and a test, spoken guidance and a
test, reminder sound), desktop notifications, the daily pain reminder (off unless turned on),
and sleep hours. Every change is saved at once through the settings store and confirmed with a
tick and the word "Saved". The text size is applied when the slider is let go (or after a short
pause in key presses), so a drag does not re-style the whole app at every step.

The alarm and the voice arrive as small Protocols, so tests pass fakes.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, tzinfo
from html import escape
from typing import Protocol, TypeVar

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.caregiver_pin import ProtectedAction
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.records import Profile
from coldcare.domain.screening import review_due
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
    BoolSetting,
    Setting,
    TimeSetting,
)
from coldcare.domain.vocabulary import BadInputError, Condition, Finding, all_body_sites
from coldcare.services.autostart import Autostart
from coldcare.ui.i18n import translate
from coldcare.ui.pages.caregiver_card import CaregiverCard
from coldcare.ui.pages.desktop_card import desktop_card
from coldcare.ui.pages.language_card import language_card
from coldcare.ui.pages.profile_form import ProfileForm, date_text, entered_by_text, tick_tile
from coldcare.ui.pages.profiles_card import ProfilesCard
from coldcare.ui.pin_gate import guarded
from coldcare.ui.state import AppState
from coldcare.ui.theme import BASE_POINT_SIZE, Appearance
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid
from coldcare.ui.widgets.common import (
    IconPainter,
    Notice,
    card,
    delete_when_finished,
    field_label,
    fit_to_screen,
    hide_arrows,
    muted,
    pressed_by_enter_itself,
    scrolling,
    separator,
)

T = TypeVar("T")
_HEAD_TO_FOOT = all_body_sites()

# ------------------------------------------------------------------ collaborators


class AlarmReport(Protocol):
    """What a test of the alarm found (``coldcare.services.sound.Audibility`` is one)."""

    @property
    def audible(self) -> bool:
        """Whether the alarm can be heard."""
        ...

    @property
    def reason(self) -> str:
        """Why not, in plain translated words ("" when audible)."""
        ...


class AlarmTester(Protocol):
    """The alarm player, as far as this page uses it (``AlarmPlayer`` is one)."""

    def test_alarm(self) -> AlarmReport:
        """Play the end chime once and say whether it can be heard."""
        ...

    def set_base_volume(self, base_volume: float) -> None:
        """The volume the alarm starts at (above 0, at most 1)."""
        ...


class Speaker(Protocol):
    """The spoken prompts, as far as this page uses them (``Voice`` is one)."""

    def available(self) -> bool:
        """Whether prompts would be spoken now."""
        ...

    def unavailable_reason(self) -> str:
        """Why not, in plain translated words ("" when available)."""
        ...

    def say(self, text: str) -> None:
        """Say ``text`` aloud (nothing when unavailable)."""
        ...

    def set_enabled(self, enabled: bool) -> None:
        """Turn spoken prompts on or off."""
        ...


# ------------------------------------------------------------------ pieces


class StepSlider(QSlider):
    """A horizontal slider in steps that says when the person has settled on a value.

    Signals:
        moved(int): the value on the handle now, on every step (for a live preview).
        committed(int): the handle was let go, or key presses paused for a moment.
    """

    moved = Signal(int)
    committed = Signal(int)
    PAUSE_MS = 600

    def __init__(self, minimum: int, maximum: int, step: int, value: int) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self._step = step
        self.setRange(minimum, maximum)
        self.setSingleStep(step)
        self.setPageStep(step)
        self.setValue(value)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(self.PAUSE_MS)
        self._pause.timeout.connect(self._commit)
        self.valueChanged.connect(self._snap)
        self.sliderReleased.connect(self._commit)

    def _snap(self, value: int) -> None:
        snapped = self.minimum() + round((value - self.minimum()) / self._step) * self._step
        if snapped != value:
            self.setValue(snapped)
            return
        self.moved.emit(value)
        if not self.isSliderDown():
            self._pause.start()

    def _commit(self) -> None:
        self._pause.stop()
        self.committed.emit(self.value())


def slider_style(look: Appearance) -> str:
    """A big handle and the focus ring for sliders, in the palette's colours."""
    t = look.tokens
    handle = look.pixels(28)
    return f"""
QSlider {{ min-height: {look.pixels(44)}px; border: 3px solid transparent;
    border-radius: {look.pixels(8)}px; }}
QSlider:focus {{ border: 3px solid {t.focus}; }}
QSlider::groove:horizontal {{ height: {look.pixels(8)}px; background: {t.border};
    border-radius: {look.pixels(4)}px; margin: 0 {look.pixels(8)}px; }}
QSlider::sub-page:horizontal {{ background: {t.primary}; border-radius: {look.pixels(4)}px;
    margin: 0 0 0 {look.pixels(8)}px; }}
QSlider::handle:horizontal {{ width: {handle}px; height: {handle}px;
    margin: -{(handle - look.pixels(8)) // 2}px 0; border-radius: {handle // 2}px;
    background: {t.primary}; border: 2px solid {t.surface}; }}
"""


def _percent(value: int) -> str:
    return translate("Settings", "{percent}\u00a0%").format(percent=value)


def _doc(setting: Setting[T]) -> str:
    """What a setting does, in the person's language (a per cent sign never starts a line)."""
    return translate("Settings", setting.doc).replace(" %", "\u00a0%")


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


# ------------------------------------------------------------------ the profile in words


def profile_summary(profile: Profile, now: datetime, tz: tzinfo, locale: QLocale) -> str:
    """The profile as a few lines of rich text: name, age, who filled it in, answers."""
    age = now.astimezone(tz).year - profile.birth_year
    answered = profile.screening_answered_at
    lines = [
        (translate("Settings", "Name"), profile.name),
        (
            translate("Settings", "Year of birth"),
            translate("Settings", "{year} ({age} this year)").format(
                year=profile.birth_year, age=age
            ),
        ),
        (translate("Settings", "Filled in by"), entered_by_text(profile)),
        (translate("Settings", "Health questions answered Yes"), _conditions_text(profile)),
        *_clearance_lines(profile, locale),
        *_place_lines(profile),
        *_care_lines(profile),
        (
            translate("Settings", "Health questions last answered"),
            date_text(answered.astimezone(tz).date(), locale)
            if answered
            else translate("Settings", "Not yet"),
        ),
    ]
    rows = "<br>".join(f"<b>{escape(label)}:</b> {escape(value)}" for label, value in lines)
    return f'<p style="line-height: 140%">{rows}</p>'


def _conditions_text(profile: Profile) -> str:
    if not profile.conditions:
        return translate("Settings", "None")
    names = [translate("Condition", c.display_name) for c in Condition if c in profile.conditions]
    return "; ".join(names)


def _clearance_lines(profile: Profile, locale: QLocale) -> list[tuple[str, str]]:
    template = translate("Settings", "{condition}, {date}, by {name}")
    return [
        (
            translate("Settings", "Doctor's OK"),
            template.format(
                condition=translate("Condition", clearance.condition.display_name),
                date=date_text(clearance.cleared_on, locale),
                name=clearance.by_whom,
            ),
        )
        for clearance in profile.clearances
    ]


def _place_lines(profile: Profile) -> list[tuple[str, str]]:
    if not profile.site_findings:
        return []
    places = []
    for site in sorted(profile.site_findings, key=_HEAD_TO_FOOT.index):
        found = profile.site_findings[site]
        findings = ", ".join(translate("Finding", f.display_name) for f in Finding if f in found)
        name = translate("BodySite", site.display_name)
        places.append(f"{name} — {findings}")
    return [(translate("Settings", "No cold at"), "; ".join(places))]


def _care_lines(profile: Profile) -> list[tuple[str, str]]:
    """Personal limits and supervision, when set."""
    lines = []
    if profile.personal_max_minutes:
        lines.append(
            (
                translate("Settings", "Personal limit"),
                translate("Settings", "at most {minutes} min of cold").format(
                    minutes=profile.personal_max_minutes
                ),
            )
        )
    if profile.personal_rest_minutes:
        lines.append(
            (
                translate("Settings", "Personal rest"),
                translate("Settings", "at least {minutes} min between sessions").format(
                    minutes=profile.personal_rest_minutes
                ),
            )
        )
    if profile.supervised:
        lines.append(
            (
                translate("Settings", "Supervised"),
                translate("Settings", "A caregiver stays for every session"),
            )
        )
    return lines


# ------------------------------------------------------------------ the edit dialog


class ProfileEditDialog(QDialog):
    """The profile form in a window with Save and Cancel.

    Save checks the form, saves through the app state (the health answers count as checked
    today) and closes; a problem is shown and nothing closes. Cancel stores nothing; after
    changes it asks first, so nothing typed is lost by a slip.

    Signals:
        saved(object): the saved Profile.
    """

    saved = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._dirty = False
        self.setWindowTitle(translate("Settings", "Edit profile"))
        painter = IconPainter(state, self)
        self.form = ProfileForm(state)
        self.form.set_profile(state.profile)
        self.form.changed.connect(self._changed)
        self.problem = Notice(painter)
        title = QLabel(translate("Settings", "Edit profile"))
        title.setProperty("role", "title")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.problem)
        layout.addWidget(
            muted(translate("Settings", "Saving also counts as checking the health answers today."))
        )
        layout.addLayout(self._build_buttons())
        for button in self.findChildren(QPushButton):
            pressed_by_enter_itself(button)
        fit_to_screen(self, 860, 720)

    def _build_buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(translate("Settings", "Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(translate("Settings", "Save the profile"))
        self.save_button.clicked.connect(self._save)
        self.cancel_button = QPushButton(translate("Settings", "Cancel"))
        self.cancel_button.setAccessibleName(translate("Settings", "Cancel without saving"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _changed(self) -> None:
        self._dirty = True
        self.problem.clear()

    def _save(self) -> None:
        try:
            profile = dataclasses.replace(
                self.form.profile(), screening_answered_at=self._state.clock.now()
            )
            saved = self._state.save_profile(profile)
        except (BadInputError, StorageUnavailableError) as problem:
            self.problem.show_message(str(problem))
            if (layout := self.layout()) is not None:
                layout.activate()
            self.form.reveal_problem()
            return
        self.saved.emit(saved)
        self._dirty = False
        self.accept()

    def reject(self) -> None:
        """Close without saving; after changes, only when the person confirms."""
        if self._dirty and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        """Ask whether to close without saving; True when the person says so."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Settings", "Close without saving?"))
        box.setText(translate("Settings", "Close without saving?"))
        box.setInformativeText(translate("Settings", "Your changes to the profile will be lost."))
        keep = box.addButton(
            translate("Settings", "Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        leave = box.addButton(
            translate("Settings", "Close without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is leave


# ------------------------------------------------------------------ the page


class SettingsPage(QWidget):
    """Profile and settings. Every control saves at once and says "Saved".

    Args:
        state: the app state (profile, appearance, repositories, clock).
        alarm: plays the test alarm and takes the alarm loudness.
        voice: says the test prompt and takes the spoken-guidance switch.
        autostart: the start-at-login entry (this computer's, on the default data, if None).

    Signals:
        setting_saved(str): a setting was stored (its name), so services can follow it.
    """

    setting_saved = Signal(str)

    def __init__(
        self,
        state: AppState,
        alarm: AlarmTester,
        voice: Speaker,
        parent: QWidget | None = None,
        autostart: Autostart | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._settings = state.repositories.settings
        self._alarm = alarm
        self._voice = voice
        self._painter = IconPainter(state, self)
        self.editor: ProfileEditDialog | None = None
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(24)
        for build in (
            self._build_profile,
            self._build_people,
            self._build_look,
            self._build_sound,
            self._build_notifications,
            self._build_checkin,
            self._build_sleep,
            lambda: language_card(self._settings, self._painter, self._save),
            lambda: desktop_card(self._settings, self._painter, self._save, autostart),
            lambda: CaregiverCard(state, self._painter),
        ):
            column.addWidget(build())
        column.addStretch(1)
        title = QLabel(translate("Settings", "Profile and settings"))
        title.setProperty("role", "title")
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(scrolling(content), 1)
        state.profile_changed.connect(self._show_profile)
        state.appearance_changed.connect(self._restyle)
        self._show_profile(state.profile)
        self._restyle(state.appearance)

    def showEvent(self, event: QShowEvent) -> None:
        """Refresh what may change while hidden: the review note, the voice's state."""
        super().showEvent(event)
        self._show_profile(self._state.profile)
        self._show_voice_state()

    # ------------------------------------------------------------------ saving

    def _save(self, setting: Setting[T], value: T, note: Notice) -> bool:
        """Store ``value``; say "Saved" (or why not) in ``note``."""
        try:
            self._settings.set(setting, value)
        except (BadInputError, StorageUnavailableError) as problem:
            self._not_saved(note, problem)
            return False
        self._saved(note, setting)
        self.setting_saved.emit(setting.name)
        return True

    def _saved(self, note: Notice, setting: Setting[T]) -> None:
        title = translate("Settings", setting.title)
        note.show_message(translate("Settings", "Saved: {setting}").format(setting=title), "safe")

    def _not_saved(self, note: Notice, problem: Exception) -> None:
        note.show_message(translate("Settings", "Not saved: {reason}").format(reason=problem))

    def _switch(self, setting: BoolSetting, note: Notice, layout: QVBoxLayout) -> QAbstractButton:
        """An on/off tile for ``setting`` (its title and what it does) that saves when
        switched; added to ``layout``."""
        tile, grid = tick_tile(translate("Settings", setting.title), _doc(setting))
        tile.setChecked(self._settings.get(setting))
        tile.toggled.connect(lambda on: self._save(setting, on, note))
        layout.addWidget(grid)
        return tile

    # ------------------------------------------------------------------ your profile

    def _build_people(self) -> ProfilesCard:
        self.people = ProfilesCard(self._state)
        return self.people

    def _build_profile(self) -> QFrame:
        frame, layout = card(translate("Settings", "Your profile"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.review_note = Notice(self._painter)
        self.edit_button = QPushButton(translate("Settings", "Edit profile"))
        self.edit_button.setAccessibleName(self.edit_button.text())
        self._painter.paint(self.edit_button, "user")
        self.edit_button.clicked.connect(self.edit_profile)
        self.profile_note = Notice(self._painter)
        layout.addWidget(self.summary)
        layout.addWidget(self.review_note)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.profile_note)
        return frame

    def _show_profile(self, profile: Profile | None) -> None:
        now = self._state.clock.now()
        if profile is None:
            self.summary.setText(escape(translate("Settings", "No profile yet.")))
            self.review_note.clear()
            return
        self.summary.setText(profile_summary(profile, now, self._state.tz, self.locale()))
        if review_due(profile.screening_answered_at, now):
            self.review_note.show_message(
                translate(
                    "Settings",
                    "Time to look at the health questions again (every 6 months). Press "
                    "“Edit profile”, check the answers and save.",
                ),
                "caution",
            )
        else:
            self.review_note.clear()

    def edit_profile(self) -> None:
        """Open the profile in the edit dialog (window-modal; returns at once), after the
        caregiver PIN when one is set."""
        guarded(self._state, self, ProtectedAction.PROFILE, self._open_editor)

    def _open_editor(self) -> None:
        self.editor = ProfileEditDialog(self._state, self)
        delete_when_finished(self.editor)
        self.editor.destroyed.connect(self._editor_closed)
        self.editor.saved.connect(self._profile_saved)
        self.profile_note.clear()
        self.editor.open()

    def _editor_closed(self) -> None:
        self.editor = None

    def _profile_saved(self) -> None:
        self.profile_note.show_message(translate("Settings", "Saved: the profile"), "safe")

    # ------------------------------------------------------------------ look

    def _build_look(self) -> QFrame:
        frame, layout = card(translate("Settings", "Look"))
        self.look_note = Notice(self._painter)
        scale = self._state.appearance.text_scale
        self.text_size = StepSlider(TEXT_SCALE.minimum, TEXT_SCALE.maximum, 10, scale)
        self._text_value = QLabel(_percent(scale))
        self.preview = QLabel(translate("Settings", "Preview: this is how big the words will be."))
        self.preview.setWordWrap(True)
        self.text_size.moved.connect(self._preview_text_size)
        self.text_size.committed.connect(self._apply_text_size)
        layout.addWidget(field_label(translate("Settings", TEXT_SCALE.title), self.text_size))
        row = QHBoxLayout()
        row.addWidget(self.text_size, 1)
        row.addWidget(self._text_value)
        layout.addLayout(row)
        layout.addWidget(muted(_doc(TEXT_SCALE)))
        layout.addWidget(self.preview)
        self._preview_text_size(scale)
        layout.addWidget(separator())
        self._build_colours(layout)
        layout.addWidget(self.look_note)
        return frame

    def _build_colours(self, layout: QVBoxLayout) -> None:
        self.colours = ChoiceGrid(
            [
                Choice(
                    "system",
                    translate("Settings", "Follow the computer"),
                    translate("Settings", "Light or dark, as the computer is set"),
                ),
                Choice(
                    "light",
                    translate("Settings", "Light"),
                    translate("Settings", "Dark words on a light background"),
                ),
                Choice(
                    "dark",
                    translate("Settings", "Dark"),
                    translate("Settings", "Light words on a dark background"),
                ),
                Choice(
                    "high-contrast",
                    translate("Settings", "High contrast"),
                    translate("Settings", "White on black, with strong borders"),
                ),
            ],
            columns=2,
        )
        self.colours.set_value(self._settings.get(THEME))
        self.colours.chosen.connect(self._apply_theme)
        label = QLabel(translate("Settings", THEME.title))
        label.setBuddy(self.colours.buttons()[0])
        layout.addWidget(label)
        layout.addWidget(self.colours)

    def _preview_text_size(self, percent: int) -> None:
        self._text_value.setText(_percent(percent))
        font = QFont(self.preview.font())
        font.setPointSizeF(BASE_POINT_SIZE * percent / 100)
        self.preview.setFont(font)

    def _apply_text_size(self, percent: int) -> None:
        if percent == self._state.appearance.text_scale:
            return
        try:
            self._state.set_text_scale(percent)
        except (BadInputError, StorageUnavailableError) as problem:
            self._not_saved(self.look_note, problem)
            return
        self._saved(self.look_note, TEXT_SCALE)

    def _apply_theme(self, choice: object) -> None:
        try:
            self._state.set_theme(str(choice))
        except (BadInputError, StorageUnavailableError) as problem:
            self._not_saved(self.look_note, problem)
            return
        self._saved(self.look_note, THEME)

    def _restyle(self, look: Appearance) -> None:
        for slider in (self.text_size, self.loudness):
            slider.setStyleSheet(slider_style(look))

    # ------------------------------------------------------------------ sound and voice

    def _build_sound(self) -> QFrame:
        frame, layout = card(translate("Settings", "Sound and voice"))
        self.sound_note = Notice(self._painter)
        self._build_alarm(layout)
        layout.addWidget(separator())
        self._build_voice(layout)
        layout.addWidget(separator())
        self.reminder_sound = self._switch(REMINDER_SOUND, self.sound_note, layout)
        layout.addWidget(self.sound_note)
        return frame

    def _build_alarm(self, layout: QVBoxLayout) -> None:
        volume = self._settings.get(ALARM_VOLUME)
        self.loudness = StepSlider(ALARM_VOLUME.minimum, ALARM_VOLUME.maximum, 10, volume)
        value = QLabel(_percent(volume))
        self.loudness.moved.connect(lambda percent: value.setText(_percent(percent)))
        self.loudness.committed.connect(self._save_loudness)
        layout.addWidget(field_label(translate("Settings", ALARM_VOLUME.title), self.loudness))
        row = QHBoxLayout()
        row.addWidget(self.loudness, 1)
        row.addWidget(value)
        layout.addLayout(row)
        layout.addWidget(muted(_doc(ALARM_VOLUME)))
        self.test_alarm_button = QPushButton(translate("Settings", "Test the alarm"))
        self.test_alarm_button.setAccessibleName(self.test_alarm_button.text())
        self._painter.paint(self.test_alarm_button, "volume")
        self.test_alarm_button.clicked.connect(self.test_alarm)
        self.alarm_result = Notice(self._painter)
        layout.addWidget(self.test_alarm_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.alarm_result)

    def _save_loudness(self, percent: int) -> None:
        if self._save(ALARM_VOLUME, percent, self.sound_note):
            self._alarm.set_base_volume(percent / 100)

    def test_alarm(self) -> None:
        """Play the alarm once and say in words whether it can be heard."""
        report = self._alarm.test_alarm()
        if report.audible:
            self.alarm_result.show_message(
                translate(
                    "Settings",
                    "The alarm played. If you did not hear it, turn the computer's volume up.",
                ),
                "safe",
            )
            return
        self.alarm_result.show_message(
            translate(
                "Settings",
                "ColdCare cannot play the alarm: {reason}. Turn the volume up or plug in "
                "speakers; ColdCare will also flash the window.",
            ).format(reason=report.reason),
            "caution",
        )

    def _build_voice(self, layout: QVBoxLayout) -> None:
        self.voice_switch = self._switch(VOICE, self.sound_note, layout)
        self.voice_switch.toggled.connect(self._voice_switched)
        self.test_voice_button = QPushButton(translate("Settings", "Test the voice"))
        self.test_voice_button.setAccessibleName(self.test_voice_button.text())
        self._painter.paint(self.test_voice_button, "voice")
        self.test_voice_button.clicked.connect(self.test_voice)
        self.voice_state = Notice(self._painter)
        layout.addWidget(self.test_voice_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.voice_state)

    def _voice_switched(self, on: bool) -> None:
        self._voice.set_enabled(on)
        self._show_voice_state()

    def _show_voice_state(self) -> None:
        """Say why prompts are not spoken (nothing when they are, or when turned off)."""
        if not self.voice_switch.isChecked():
            self.voice_state.show_message(
                translate("Settings", "Spoken guidance is off. Prompts are shown and sounded."),
                "info",
            )
        elif self._voice.available():
            self.voice_state.clear()
        else:
            self.voice_state.show_message(
                translate(
                    "Settings",
                    "ColdCare cannot speak on this computer: {reason}. Every prompt is still "
                    "shown on the screen and sounded.",
                ).format(reason=self._voice.unavailable_reason()),
                "caution",
            )

    def test_voice(self) -> None:
        """Say a sample prompt, or why it cannot be said."""
        if not self._voice.available():
            self._show_voice_state()
            return
        self._voice.say(translate("Settings", "This is ColdCare. Time to check your skin."))
        self.voice_state.show_message(
            translate(
                "Settings", "ColdCare is speaking. If you heard nothing, turn the volume up."
            ),
            "safe",
        )

    # ------------------------------------------------------------------ notifications, sleep

    def _build_notifications(self) -> QFrame:
        frame, layout = card(translate("Settings", "Notifications"))
        note = Notice(self._painter)
        self.notifications = self._switch(DESKTOP_NOTIFICATIONS, note, layout)
        layout.addWidget(note)
        return frame

    def _build_checkin(self) -> QFrame:
        frame, layout = card(translate("Settings", "Daily pain reminder"))
        self.checkin_note = Notice(self._painter)
        self.checkin_reminder = self._switch(CHECKIN_REMINDER, self.checkin_note, layout)
        self.checkin_time = self._time_edit(CHECKIN_TIME, layout, self.checkin_note)
        layout.addWidget(muted(_doc(CHECKIN_TIME)))
        layout.addWidget(self.checkin_note)
        return frame

    def _build_sleep(self) -> QFrame:
        frame, layout = card(
            translate("Settings", "Sleep hours"),
            translate("Settings", "ColdCare gives no reminders during these hours."),
        )
        self.sleep_note = Notice(self._painter)
        self.sleep_summary = muted("")
        self.sleep_start = self._time_edit(SLEEP_START, layout, self.sleep_note)
        self.sleep_end = self._time_edit(SLEEP_END, layout, self.sleep_note)
        for edit in (self.sleep_start, self.sleep_end):
            edit.timeChanged.connect(self._show_sleep_summary)
        layout.addWidget(self.sleep_summary)
        layout.addWidget(self.sleep_note)
        self._show_sleep_summary()
        return frame

    def _time_edit(self, setting: TimeSetting, layout: QVBoxLayout, note: Notice) -> QTimeEdit:
        """A time field for ``setting`` that saves when changed (confirmed in ``note``)."""
        edit = QTimeEdit(_qtime(self._settings.get(setting)))
        edit.setDisplayFormat(self.locale().timeFormat(QLocale.FormatType.ShortFormat))
        hide_arrows(edit)
        edit.setAccessibleDescription(_doc(setting))
        edit.timeChanged.connect(
            lambda when: self._save(setting, time(when.hour(), when.minute()), note)
        )
        layout.addWidget(field_label(translate("Settings", setting.title), edit))
        layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignLeft)
        return edit

    def _show_sleep_summary(self) -> None:
        start, end = self.sleep_start.time(), self.sleep_end.time()
        if start == end:
            text = translate(
                "Settings", "Start and end are the same, so reminders are never paused."
            )
        else:
            locale = self.locale()
            text = translate("Settings", "No reminders from {start} until {end}.").format(
                start=locale.toString(start, QLocale.FormatType.ShortFormat),
                end=locale.toString(end, QLocale.FormatType.ShortFormat),
            )
        self.sleep_summary.setText(text)
