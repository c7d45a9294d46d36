"""Settings: defaults until set, validated on the way in and again on the way out."""

from __future__ import annotations

from datetime import time
from typing import Any

import pytest

from coldcare.domain.settings import (
    ALARM_VOLUME,
    LANGUAGE,
    REMINDER_SOUND,
    SETTINGS,
    SLEEP_START,
    TEXT_SCALE,
    THEME,
    Setting,
)
from coldcare.domain.vocabulary import BadInputError
from coldcare.storage.database import Storage
from coldcare.storage.migrations import execute
from coldcare.storage.repositories import SqliteSettingsStore


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_setting_starts_at_its_default(storage: Storage, setting: Setting[Any]) -> None:
    assert SqliteSettingsStore(storage).get(setting) == setting.default


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        (TEXT_SCALE, 150),
        (THEME, "high-contrast"),
        (REMINDER_SOUND, False),
        (SLEEP_START, time(21, 30)),
    ],
    ids=lambda v: getattr(v, "name", str(v)),
)
def test_a_stored_value_comes_back(storage: Storage, setting: Setting[Any], value: object) -> None:
    settings = SqliteSettingsStore(storage)
    settings.set(setting, value)
    settings.set(setting, value)
    assert settings.get(setting) == value


@pytest.mark.parametrize(
    ("setting", "stored"),
    [
        (TEXT_SCALE, "900"),
        (TEXT_SCALE, "true"),
        (THEME, '"purple"'),
        (SLEEP_START, '"25:00"'),
        (SLEEP_START, "2130"),
        (LANGUAGE, "not json at all"),
        (ALARM_VOLUME, "[80]"),
    ],
)
def test_an_invalid_stored_value_gives_the_default(
    storage: Storage, setting: Setting[Any], stored: str, caplog: pytest.LogCaptureFixture
) -> None:
    execute(storage.database, "INSERT INTO setting VALUES (?, ?)", (setting.name, stored))
    assert SqliteSettingsStore(storage).get(setting) == setting.default
    assert setting.name in caplog.text


def test_an_invalid_value_is_refused_and_the_old_one_kept(storage: Storage) -> None:
    settings = SqliteSettingsStore(storage)
    settings.set(ALARM_VOLUME, 60)
    with pytest.raises(BadInputError, match="'alarm_volume' must be from 40 to 100"):
        settings.set(ALARM_VOLUME, 120)
    assert settings.get(ALARM_VOLUME) == 60
