"""Every setting is declared once, with a default that passes its own rules."""

from __future__ import annotations

from datetime import time

import pytest

from coldcare.domain.settings import (
    SETTINGS,
    SETTINGS_BY_NAME,
    SLEEP_START,
    TEXT_SCALE,
    THEME,
    VOICE,
    Setting,
)
from coldcare.domain.vocabulary import BadInputError


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_default_validates_and_round_trips(setting: Setting[object]) -> None:
    assert setting.validate(setting.to_json(setting.default)) == setting.default
    assert setting.title.strip()
    assert setting.doc.strip()


def test_names_are_unique() -> None:
    assert len(SETTINGS_BY_NAME) == len(SETTINGS)


@pytest.mark.parametrize("raw", [99, 201, "150", 150.0, True, None])
def test_text_size_must_be_a_whole_percent_from_100_to_200(raw: object) -> None:
    with pytest.raises(BadInputError, match="text_scale"):
        TEXT_SCALE.validate(raw)


def test_choices_and_booleans_are_checked() -> None:
    assert THEME.validate("high-contrast") == "high-contrast"
    with pytest.raises(BadInputError, match="light"):
        THEME.validate("purple")
    with pytest.raises(BadInputError, match="true or false"):
        VOICE.validate(1)


@pytest.mark.parametrize("raw", ["7:30", "25:00", "07:30:00", 730, "noon"])
def test_times_are_hh_mm(raw: object) -> None:
    with pytest.raises(BadInputError, match="07:30"):
        SLEEP_START.validate(raw)


def test_a_time_round_trips_as_text() -> None:
    assert SLEEP_START.to_json(time(21, 45)) == "21:45"
    assert SLEEP_START.validate("21:45") == time(21, 45)


def test_the_base_setting_cannot_validate_on_its_own() -> None:
    with pytest.raises(NotImplementedError):
        Setting("x", 0, "t", "d").validate(0)
