"""Every setting ColdCare has, declared once: name, type, default, bounds and what it does.

Storage keeps the values (JSON in a table); the settings screen is built from this table; a
value read back is validated again, so a hand-edited or old database cannot smuggle in a text
size of 900 %. A test checks every default against its own rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any, Generic, TypeVar

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.vocabulary import BadInputError

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting. ``title`` and ``doc`` are marked for translation (context ``Settings``)."""

    name: str
    default: T
    title: str
    doc: str

    def validate(self, raw: object) -> T:
        """Turn a stored value into a valid one, or raise :class:`BadInputError`."""
        raise NotImplementedError

    def to_json(self, value: T) -> object:
        """The value as JSON can store it."""
        return value


@dataclass(frozen=True)
class BoolSetting(Setting[bool]):
    """On or off."""

    def validate(self, raw: object) -> bool:
        if not isinstance(raw, bool):
            raise BadInputError(f"the setting '{self.name}' must be true or false")
        return raw


@dataclass(frozen=True)
class IntSetting(Setting[int]):
    """A whole number within bounds."""

    minimum: int = 0
    maximum: int = 2**31 - 1

    def validate(self, raw: object) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise BadInputError(f"the setting '{self.name}' must be a whole number")
        if not self.minimum <= raw <= self.maximum:
            raise BadInputError(
                f"the setting '{self.name}' must be from {self.minimum} to {self.maximum}"
            )
        return raw


@dataclass(frozen=True)
class ChoiceSetting(Setting[str]):
    """One of a few named choices."""

    choices: tuple[str, ...] = ()

    def validate(self, raw: object) -> str:
        if raw not in self.choices:
            raise BadInputError(
                f"the setting '{self.name}' must be one of: {', '.join(self.choices)}"
            )
        assert isinstance(raw, str)
        return raw


@dataclass(frozen=True)
class TimeSetting(Setting[time]):
    """A local time of day, stored as ``HH:MM``."""

    def validate(self, raw: object) -> time:
        if isinstance(raw, str):
            try:
                parsed = time.fromisoformat(raw)
            except ValueError:
                parsed = None
            if parsed is not None and len(raw) == 5:
                return parsed
        raise BadInputError(f"the setting '{self.name}' must be a time like 07:30")

    def to_json(self, value: time) -> object:
        return value.strftime("%H:%M")


TEXT_SCALE = IntSetting(
    "text_scale",
    100,
    QT_TRANSLATE_NOOP("Settings", "Text size"),
    QT_TRANSLATE_NOOP("Settings", "How large all text is, from 100 % to 200 %."),
    minimum=100,
    maximum=200,
)
THEME = ChoiceSetting(
    "theme",
    "system",
    QT_TRANSLATE_NOOP("Settings", "Colours"),
    QT_TRANSLATE_NOOP("Settings", "Follow the computer, or always light, dark or high contrast."),
    choices=("system", "light", "dark", "high-contrast"),
)
ALARM_VOLUME = IntSetting(
    "alarm_volume",
    80,
    QT_TRANSLATE_NOOP("Settings", "Alarm loudness"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "How loud the alarm starts. It always grows to full loudness until you answer.",
    ),
    minimum=40,
    maximum=100,
)
REMINDER_SOUND = BoolSetting(
    "reminder_sound",
    True,
    QT_TRANSLATE_NOOP("Settings", "Sound for reminders"),
    QT_TRANSLATE_NOOP("Settings", "Play a tone when a planned session or exercise is due."),
)
VOICE = BoolSetting(
    "voice",
    True,
    QT_TRANSLATE_NOOP("Settings", "Spoken guidance"),
    QT_TRANSLATE_NOOP(
        "Settings", "Say prompts aloud, such as “Time to check your skin”, where possible."
    ),
)
DESKTOP_NOTIFICATIONS = BoolSetting(
    "desktop_notifications",
    True,
    QT_TRANSLATE_NOOP("Settings", "Desktop notifications"),
    QT_TRANSLATE_NOOP(
        "Settings", "Show reminders and alarms as notifications, as well as in the window."
    ),
)
SLEEP_START = TimeSetting(
    "sleep_start",
    time(22, 0),
    QT_TRANSLATE_NOOP("Settings", "Sleep hours start"),
    QT_TRANSLATE_NOOP("Settings", "No reminders from this time."),
)
SLEEP_END = TimeSetting(
    "sleep_end",
    time(7, 0),
    QT_TRANSLATE_NOOP("Settings", "Sleep hours end"),
    QT_TRANSLATE_NOOP("Settings", "Reminders start again at this time."),
)
CHECKIN_REMINDER = BoolSetting(
    "checkin_reminder",
    False,
    QT_TRANSLATE_NOOP("Settings", "Remind me to rate my pain each day"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "Once a day ColdCare asks how your pain is, unless you have rated it already that day.",
    ),
)
CHECKIN_TIME = TimeSetting(
    "checkin_time",
    time(19, 0),
    QT_TRANSLATE_NOOP("Settings", "Time of the daily pain reminder"),
    QT_TRANSLATE_NOOP(
        "Settings", "When ColdCare asks. In sleep hours it asks when they end instead."
    ),
)
LANGUAGE = ChoiceSetting(
    "language",
    "system",
    QT_TRANSLATE_NOOP("Settings", "Language"),
    QT_TRANSLATE_NOOP("Settings", "Follow the computer, or always English or German."),
    choices=("system", "en", "de"),
)
ACTIVE_PROFILE = IntSetting(
    "active_profile",
    0,
    QT_TRANSLATE_NOOP("Settings", "Active profile"),
    QT_TRANSLATE_NOOP("Settings", "Whose data is shown (0: none chosen yet)."),
    minimum=0,
)
TRAY_HINT_SHOWN = BoolSetting(
    "tray_hint_shown",
    False,
    QT_TRANSLATE_NOOP("Settings", "Tray hint shown"),
    QT_TRANSLATE_NOOP(
        "Settings", "Whether ColdCare has said once that closing the window keeps it in the tray."
    ),
)
START_AT_LOGIN = BoolSetting(
    "start_at_login",
    False,
    QT_TRANSLATE_NOOP("Settings", "Start ColdCare when I log in"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "ColdCare opens by itself when you log in to this computer, so reminders are not missed.",
    ),
)

SETTINGS: tuple[Setting[Any], ...] = (
    TEXT_SCALE,
    THEME,
    ALARM_VOLUME,
    REMINDER_SOUND,
    VOICE,
    DESKTOP_NOTIFICATIONS,
    SLEEP_START,
    SLEEP_END,
    CHECKIN_REMINDER,
    CHECKIN_TIME,
    LANGUAGE,
    ACTIVE_PROFILE,
    TRAY_HINT_SHOWN,
    START_AT_LOGIN,
)
SETTINGS_BY_NAME: dict[str, Setting[Any]] = {s.name: s for s in SETTINGS}
