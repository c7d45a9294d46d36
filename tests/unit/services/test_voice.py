"""Spoken prompts: engine choice, unavailable engines, the mock engine in tests only."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from coldcare.services.voice import MOCK_ENGINE, Voice, choose_engine

PROMPT = "Time to check your skin."

needs_mock = pytest.mark.skipif(
    MOCK_ENGINE not in QTextToSpeech.availableEngines(),
    reason="this Qt build has no mock text-to-speech engine",
)


@pytest.mark.parametrize(
    ("available", "requested", "chosen"),
    [
        (["speechd", "mock"], None, "speechd"),
        (["mock", "flite"], None, "flite"),
        (["mock"], None, None),
        ([], None, None),
        (["speechd", "mock"], "mock", "mock"),
        (["speechd"], "flite", None),
    ],
)
def test_the_mock_engine_is_only_chosen_by_name(
    available: list[str], requested: str | None, chosen: str | None
) -> None:
    assert choose_engine(available, requested) == chosen


def test_an_engine_that_is_not_there_makes_say_a_quiet_no_op(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    voice = Voice(engine="no-such-engine")
    assert not voice.available()
    assert voice.engine_name is None
    assert voice.unavailable_reason() == "no speech engine on this computer"
    with (
        caplog.at_level(logging.INFO, logger="coldcare.services.voice"),
        qtbot.assertNotEmitted(voice.said),
    ):
        voice.say(PROMPT)
        voice.say("Please take the pack off now.")
    # Logged once, not on every prompt.
    assert [r.getMessage() for r in caplog.records] == [
        "Spoken prompts are not available: no speech engine on this computer"
    ]
    voice.stop()


@needs_mock
def test_a_working_engine_speaks(qtbot: QtBot) -> None:
    voice = Voice(engine=MOCK_ENGINE)
    assert voice.available()
    assert voice.engine_name == MOCK_ENGINE
    assert voice.unavailable_reason() == ""
    with qtbot.waitSignal(voice.said) as said:
        voice.say(PROMPT)
    assert said.args == [PROMPT]
    voice.stop()


@needs_mock
def test_turned_off_it_says_nothing(qtbot: QtBot) -> None:
    voice = Voice(engine=MOCK_ENGINE, enabled=False)
    assert not voice.available()
    assert voice.unavailable_reason() == "spoken guidance is turned off"
    with qtbot.assertNotEmitted(voice.said):
        voice.say(PROMPT)
    with qtbot.waitSignal(voice.availability_changed) as changed:
        voice.set_enabled(True)
    assert changed.args == [True]
    assert voice.enabled
    assert voice.available()
    voice.say(PROMPT)
    with qtbot.waitSignal(voice.availability_changed) as changed:
        voice.set_enabled(False)
    assert changed.args == [False]


@needs_mock
def test_available_follows_the_engine_state(qtbot: QtBot) -> None:
    # With delayed initialisation the mock engine starts in the Error state, then turns Ready:
    # the same path as an engine that cannot reach its speech service.
    voice = Voice(engine=MOCK_ENGINE, engine_params={"delayedInitialization": True})
    assert not voice.available()
    assert voice.unavailable_reason().startswith("the speech engine does not work")
    with qtbot.assertNotEmitted(voice.said):
        voice.say(PROMPT)
    with qtbot.waitSignal(voice.availability_changed, timeout=2000) as changed:
        pass
    assert changed.args == [True]
    assert voice.available()


def test_without_text_to_speech_say_is_a_quiet_no_op(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # As where PySide6-Addons' QtTextToSpeech cannot be imported.
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    voice = Voice()
    with caplog.at_level(logging.WARNING, logger="coldcare.services.voice"):
        assert not voice.available()
    assert voice.unavailable_reason() == "text to speech could not be loaded"
    assert voice.engine_name is None
    voice.say(PROMPT)
    assert caplog.records[0].getMessage().startswith("Text to speech could not be loaded")
