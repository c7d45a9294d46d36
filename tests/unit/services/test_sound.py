"""The alarm sounds and the player: files, volume curve, repeats, fallbacks, real audio."""

from __future__ import annotations

import importlib.util
import itertools
import json
import logging
import math
import struct
import subprocess
import sys
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from coldcare.domain.session import MAX_ALARM_LEVEL, AlarmKind
from coldcare.resource_locator import ResourceMissingError, resource_path
from coldcare.services import sound
from coldcare.services.sound import (
    AlarmPlayer,
    Audibility,
    Cue,
    EffectStatus,
    SoundEffect,
    SoundProblem,
    alarm_volume,
    sound_seconds,
)
from tests.unit.services.conftest_sound import (
    NO_AUDIO_SERVER,
    REPO,
    private_pulseaudio,
    run_probe,
)

SOUND_NAMES = ("end-chime.wav", "skin-check.wav", "reminder.wav")

# ----------------------------------------------------------------------------- the files


def _make_sounds() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_sounds", REPO / "tools" / "make_sounds.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _samples(name: str) -> tuple[wave._wave_params, list[float]]:
    with wave.open(str(resource_path("sounds", name)), "rb") as file:
        params = file.getparams()
        frames = file.readframes(params.nframes)
    return params, [v / 32768 for v in struct.unpack(f"<{params.nframes}h", frames)]


def _power(samples: list[float], freq: float) -> float:
    """Goertzel: the signal's power at ``freq``."""
    coeff = 2 * math.cos(2 * math.pi * freq / 44100)
    s1 = s2 = 0.0
    for value in samples:
        s1, s2 = value + coeff * s1 - s2, s1
    return s1 * s1 + s2 * s2 - coeff * s1 * s2


def test_the_committed_sounds_are_what_the_generator_makes() -> None:
    make_sounds = _make_sounds()
    assert set(make_sounds.SOUNDS) == set(SOUND_NAMES)
    for name in SOUND_NAMES:
        assert resource_path("sounds", name).read_bytes() == make_sounds.render(name), name


@pytest.mark.parametrize(
    ("name", "seconds", "peak"),
    [("end-chime.wav", 1.5, 0.89), ("skin-check.wav", 0.9, 0.6), ("reminder.wav", 0.7, 0.5)],
)
def test_each_sound_is_small_16_bit_mono_and_fades_in_and_out(
    name: str, seconds: float, peak: float
) -> None:
    params, samples = _samples(name)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 44100)
    assert sound_seconds(name) == pytest.approx(seconds, abs=0.01)
    assert resource_path("sounds", name).stat().st_size < 300_000
    assert max(abs(v) for v in samples) == pytest.approx(peak, abs=0.01)
    # A soft attack and release: silence at both ends, nearly so for the first and last
    # millisecond, and the first note swells over its first 20 ms rather than clicking on.
    assert samples[0] == samples[-1] == 0
    assert max(abs(v) for v in samples[:44]) < 0.02
    assert max(abs(v) for v in samples[-44:]) < 0.02
    swell = [max(abs(v) for v in samples[i : i + 220]) for i in range(0, 880, 220)]
    assert swell == sorted(swell)


def test_the_end_chime_is_three_rising_notes_and_the_prompt_two() -> None:
    notes = {"C5": 523.25, "E5": 659.26, "G5": 783.99, "G4": 392.0}

    def loudest(samples: list[float], start: float, candidates: tuple[str, ...]) -> str:
        window = samples[round(start * 44100) : round((start + 0.1) * 44100)]
        return max(candidates, key=lambda n: _power(window, notes[n]))

    _, chime = _samples("end-chime.wav")
    assert [loudest(chime, t, ("C5", "E5", "G5")) for t in (0.1, 0.5, 0.95)] == ["C5", "E5", "G5"]
    _, prompt = _samples("skin-check.wav")
    assert [loudest(prompt, t, ("G4", "C5")) for t in (0.1, 0.5)] == ["G4", "C5"]


def test_every_cue_has_a_sound_and_alarm_kinds_map_onto_cues() -> None:
    assert {Cue(kind) for kind in AlarmKind} == {Cue.REMOVE_PACK, Cue.SKIN_CHECK, Cue.PUT_BACK}
    assert Cue.REMOVE_PACK.sound_file == "end-chime.wav"
    assert Cue.SKIN_CHECK.sound_file == Cue.PUT_BACK.sound_file == "skin-check.wav"
    assert Cue.REMINDER.sound_file == "reminder.wav"
    for cue in Cue:
        assert resource_path("sounds", cue.sound_file).is_file()


# ----------------------------------------------------------------------------- a fake backend


class FakeEffect(SoundEffect):
    """A sound that records what it was asked to do; its status is set by the test."""

    def __init__(self, path: Path, parent: QObject, status: EffectStatus) -> None:
        super().__init__(parent)
        self.path = path
        self.current = status
        self.volumes: list[float] = []
        self.stops = 0

    def status(self) -> EffectStatus:
        return self.current

    def play(self, volume: float) -> None:
        self.volumes.append(volume)

    def stop(self) -> None:
        self.stops += 1

    def finish(self, status: EffectStatus) -> None:
        self.current = status
        self.status_changed.emit(status)


class FakeBackend:
    """Audio with or without an output device; every effect starts in ``initial``."""

    def __init__(self, *, output: bool = True, initial: EffectStatus = EffectStatus.READY) -> None:
        self.output = output
        self.initial = initial
        self.loaded: list[FakeEffect] = []
        self.on_load: Callable[[FakeEffect], None] | None = None

    def has_output(self) -> bool:
        return self.output

    def load(self, path: Path, parent: QObject) -> FakeEffect:
        effect = FakeEffect(path, parent, self.initial)
        self.loaded.append(effect)
        if self.on_load is not None:
            self.on_load(effect)
        return effect

    def effect(self, name: str) -> FakeEffect:
        (effect,) = [e for e in self.loaded if e.path.name == name]
        return effect


class Recorder:
    """The fallback the UI would inject (beep + flash), and the player's signals."""

    def __init__(self, player: AlarmPlayer) -> None:
        self.fallbacks: list[tuple[Cue, int]] = []
        self.sounded: list[tuple[Cue, int, float]] = []
        self.playing: list[bool] = []
        player.sounded.connect(lambda cue, level, volume: self.sounded.append((cue, level, volume)))
        player.playing_changed.connect(self.playing.append)

    def fallback(self, cue: Cue, level: int) -> None:
        self.fallbacks.append((cue, level))


def no_fallback(cue: Cue, level: int) -> None:
    """A fallback for tests that never reach it."""


def make_player(
    backend: FakeBackend, base_volume: float = 0.5
) -> tuple[AlarmPlayer, Recorder, list[tuple[Cue, int]]]:
    fallbacks: list[tuple[Cue, int]] = []
    player = AlarmPlayer(
        lambda cue, level: fallbacks.append((cue, level)),
        base_volume=base_volume,
        backend=lambda: backend,
    )
    return player, Recorder(player), fallbacks


def escalate(player: AlarmPlayer, kind: AlarmKind) -> None:
    """What the app does on each tick as the alarm level rises; the repeat timer fires between."""
    for level in range(2, MAX_ALARM_LEVEL + 1):
        player.play(kind, level)
        player.repeat_timer.timeout.emit()


# ----------------------------------------------------------------------------- volume curve


def test_the_volume_rises_in_equal_steps_from_the_base_to_full() -> None:
    volumes = [alarm_volume(level, 0.4) for level in range(1, MAX_ALARM_LEVEL + 1)]
    assert volumes[0] == pytest.approx(0.4)
    assert volumes[-1] == pytest.approx(1.0)
    ratios = [b / a for a, b in itertools.pairwise(volumes)]
    assert ratios == pytest.approx([ratios[0]] * 4)
    assert ratios[0] > 1
    # Out-of-range levels are clamped: an alarm never fails over a bad number.
    assert alarm_volume(0, 0.4) == pytest.approx(0.4)
    assert alarm_volume(9, 0.4) == pytest.approx(1.0)
    assert alarm_volume(3, 1.0) == pytest.approx(1.0)


@pytest.mark.parametrize("base", [0.0, -0.1, 1.01])
def test_a_base_volume_outside_0_to_1_is_refused(qtbot: QtBot, base: float) -> None:
    with pytest.raises(ValueError, match="base alarm volume"):
        AlarmPlayer(no_fallback, base_volume=base, backend=FakeBackend)
    player = AlarmPlayer(no_fallback, backend=FakeBackend)
    with pytest.raises(ValueError, match="base alarm volume"):
        player.set_base_volume(base)


def test_a_negative_pause_is_refused(qtbot: QtBot) -> None:
    with pytest.raises(ValueError, match="pause"):
        AlarmPlayer(no_fallback, pause_seconds=-1, backend=FakeBackend)


def test_a_new_base_volume_applies_from_the_next_repeat(qtbot: QtBot) -> None:
    player, seen, _ = make_player(FakeBackend(), base_volume=0.5)
    player.play(AlarmKind.REMOVE_PACK, 1)
    player.set_base_volume(0.7)
    assert player.base_volume == 0.7
    player.repeat_timer.timeout.emit()
    assert [volume for _, _, volume in seen.sounded] == [pytest.approx(0.5), pytest.approx(0.7)]
    player.stop()


def test_an_unreadable_sound_repeats_at_a_default_pace(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"not a wave file")
    monkeypatch.setattr(sound, "resource_path", lambda *_parts: broken)
    sound_seconds.cache_clear()
    try:
        assert sound_seconds("broken.wav") == 1.5
    finally:
        sound_seconds.cache_clear()


# ----------------------------------------------------------------------------- escalation


def test_the_alarm_repeats_louder_with_each_level_until_stopped(qtbot: QtBot) -> None:
    backend = FakeBackend()
    player, seen, fallbacks = make_player(backend, base_volume=0.5)

    player.play(AlarmKind.REMOVE_PACK, 1)
    assert player.playing
    assert player.cue is Cue.REMOVE_PACK
    assert seen.playing == [True]
    timer = player.repeat_timer
    assert timer.isActive()
    assert not timer.isSingleShot()
    # The chime (1.5 s) plus the default pause (2.5 s).
    assert timer.interval() == 4000

    escalate(player, AlarmKind.REMOVE_PACK)
    volumes = [volume for _, _, volume in seen.sounded]
    assert [level for _, level, _ in seen.sounded] == [1, 2, 3, 4, 5]
    assert volumes == sorted(volumes)
    assert len(set(volumes)) == 5
    assert volumes[0] == pytest.approx(0.5)
    assert volumes[-1] == pytest.approx(1.0)
    chime = backend.effect("end-chime.wav")
    assert chime.volumes == volumes
    assert fallbacks == []

    # At full loudness it goes on repeating.
    timer.timeout.emit()
    assert [level for _, level, _ in seen.sounded[-2:]] == [5, 5]

    player.stop()
    assert not player.playing
    assert not timer.isActive()
    assert seen.playing == [True, False]
    assert chime.stops >= 1
    # A timeout already queued when stop() ran plays nothing.
    timer.timeout.emit()
    assert len(seen.sounded) == 6
    player.stop()
    assert seen.playing == [True, False]


def test_playing_the_same_kind_again_only_changes_the_level(qtbot: QtBot) -> None:
    backend = FakeBackend()
    player, seen, _ = make_player(backend)
    player.play(AlarmKind.SKIN_CHECK, 1)
    player.play(AlarmKind.SKIN_CHECK, 3)
    assert len(seen.sounded) == 1
    assert player.level == 3
    assert seen.playing == [True]
    player.repeat_timer.timeout.emit()
    assert seen.sounded[-1][1] == 3
    # The skin-check prompt (0.9 s) plus the pause.
    assert player.repeat_timer.interval() == 3400


def test_a_new_kind_replaces_the_one_playing_and_effects_are_loaded_once(qtbot: QtBot) -> None:
    backend = FakeBackend()
    player, seen, _ = make_player(backend)
    player.play(AlarmKind.SKIN_CHECK, 2)
    prompt = backend.effect("skin-check.wav")
    player.play(AlarmKind.REMOVE_PACK, 1)
    assert prompt.stops == 1
    assert player.cue is Cue.REMOVE_PACK
    assert seen.playing == [True]
    player.play(AlarmKind.PUT_BACK, 1)
    player.repeat_timer.timeout.emit()
    player.stop()
    player.play(AlarmKind.REMOVE_PACK)
    assert [cue for cue, _, _ in seen.sounded] == [
        Cue.SKIN_CHECK,
        Cue.REMOVE_PACK,
        Cue.PUT_BACK,
        Cue.PUT_BACK,
        Cue.REMOVE_PACK,
    ]
    # The prompt serves SKIN_CHECK and PUT_BACK: each file was loaded once, then reused.
    assert sorted(e.path.name for e in backend.loaded) == ["end-chime.wav", "skin-check.wav"]


def test_preload_loads_every_sound_once(qtbot: QtBot) -> None:
    backend = FakeBackend()
    player, _, _ = make_player(backend)
    player.preload()
    player.preload()
    assert sorted(e.path.name for e in backend.loaded) == sorted(SOUND_NAMES)


# ----------------------------------------------------------------------------- audibility


def test_audible_when_there_is_an_output_and_the_chime_loads(qtbot: QtBot) -> None:
    player, _, _ = make_player(FakeBackend())
    report = player.audibility()
    assert report == Audibility(True)
    assert report.reason == ""


def test_audibility_waits_for_the_chime_to_finish_loading(qtbot: QtBot) -> None:
    backend = FakeBackend(initial=EffectStatus.LOADING)
    timers: list[QTimer] = []

    def finish_soon(effect: FakeEffect) -> None:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: effect.finish(EffectStatus.READY))
        timer.start(20)
        timers.append(timer)

    backend.on_load = finish_soon
    player, _, _ = make_player(backend)
    assert player.audibility(timeout_ms=5000).audible


def test_a_sound_that_never_loads_counts_as_not_playable(qtbot: QtBot) -> None:
    player, _, _ = make_player(FakeBackend(initial=EffectStatus.LOADING))
    report = player.audibility(timeout_ms=30)
    assert report == Audibility(False, SoundProblem.NOT_PLAYABLE)
    assert report.reason == "the alarm sound could not be played"


def test_no_output_device_falls_back_on_every_repeat_with_rising_levels(qtbot: QtBot) -> None:
    backend = FakeBackend(output=False)
    player, seen, fallbacks = make_player(backend)
    report = player.audibility()
    assert not report.audible
    assert report.reason == "no audio output device"
    with qtbot.waitSignals([player.fallback_used] * 5):
        player.play(AlarmKind.REMOVE_PACK, 1)
        escalate(player, AlarmKind.REMOVE_PACK)
    assert fallbacks == [(Cue.REMOVE_PACK, level) for level in range(1, 6)]
    assert seen.sounded == []
    assert backend.loaded == []


def test_a_sound_system_that_cannot_load_falls_back_and_is_tried_once(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    attempts: list[int] = []

    def broken() -> FakeBackend:
        attempts.append(1)
        raise ImportError("libpulse.so.0: cannot open shared object file")

    fallbacks: list[tuple[Cue, int]] = []
    player = AlarmPlayer(lambda cue, level: fallbacks.append((cue, level)), backend=broken)
    with caplog.at_level(logging.WARNING, logger="coldcare.services.sound"):
        report = player.audibility()
        player.play(AlarmKind.SKIN_CHECK, 1)
        escalate(player, AlarmKind.SKIN_CHECK)
    assert report.reason == "the sound system could not be loaded"
    assert fallbacks == [(Cue.SKIN_CHECK, level) for level in range(1, 6)]
    assert len(attempts) == 1
    assert [r.getMessage() for r in caplog.records] == [
        "The sound system could not be loaded: libpulse.so.0: cannot open shared object file"
    ]


def test_a_sound_that_fails_to_load_falls_back(qtbot: QtBot) -> None:
    backend = FakeBackend(initial=EffectStatus.ERROR)
    player, seen, fallbacks = make_player(backend)
    assert player.audibility().problem is SoundProblem.NOT_PLAYABLE
    player.play(AlarmKind.REMOVE_PACK, 2)
    assert fallbacks == [(Cue.REMOVE_PACK, 2)]
    assert seen.sounded == []


def test_a_playback_error_falls_back_for_that_repeat_then_the_sound_is_reloaded(
    qtbot: QtBot,
) -> None:
    backend = FakeBackend()
    player, seen, fallbacks = make_player(backend)
    player.play(AlarmKind.REMOVE_PACK, 1)
    first = backend.effect("end-chime.wav")
    with qtbot.waitSignal(player.fallback_used):
        first.finish(EffectStatus.ERROR)
    assert fallbacks == [(Cue.REMOVE_PACK, 1)]
    # The device may be back: the next repeat loads the sound afresh and plays it.
    player.repeat_timer.timeout.emit()
    assert len(backend.loaded) == 2
    assert backend.loaded[1].volumes == [pytest.approx(0.5)]
    assert len(seen.sounded) == 2
    # An error from a sound nobody is waiting for changes nothing.
    player.stop()
    backend.loaded[1].finish(EffectStatus.ERROR)
    assert fallbacks == [(Cue.REMOVE_PACK, 1)]


def test_a_missing_sound_file_falls_back(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(*parts: str) -> Path:
        raise ResourceMissingError(f"ColdCare's resource {'/'.join(parts)} is missing")

    monkeypatch.setattr(sound, "resource_path", missing)
    player, _, fallbacks = make_player(FakeBackend())
    player.play(AlarmKind.REMOVE_PACK, 1)
    assert fallbacks == [(Cue.REMOVE_PACK, 1)]


# ----------------------------------------------------------------------------- once-only sounds


def test_the_test_alarm_plays_the_chime_once_at_the_base_volume(qtbot: QtBot) -> None:
    backend = FakeBackend()
    player, seen, fallbacks = make_player(backend, base_volume=0.6)
    assert player.test_alarm() == Audibility(True)
    assert seen.sounded == [(Cue.REMOVE_PACK, 1, pytest.approx(0.6))]
    assert not player.playing
    assert not player.repeat_timer.isActive()
    assert fallbacks == []


def test_the_test_alarm_falls_back_and_says_why_when_nothing_can_be_heard(qtbot: QtBot) -> None:
    player, seen, fallbacks = make_player(FakeBackend(output=False))
    report = player.test_alarm()
    assert report.reason == "no audio output device"
    assert fallbacks == [(Cue.REMOVE_PACK, 1)]
    assert seen.sounded == []


def test_a_reminder_sounds_once(qtbot: QtBot) -> None:
    backend = FakeBackend()
    player, _, _ = make_player(backend)
    assert player.play_once(Cue.REMINDER)
    assert backend.effect("reminder.wav").volumes == [pytest.approx(0.5)]
    assert not player.playing
    silent, _, fallbacks = make_player(FakeBackend(output=False))
    assert not silent.play_once(Cue.REMINDER)
    assert fallbacks == [(Cue.REMINDER, 1)]


# ----------------------------------------------------------------------------- lazy imports


def test_qt_multimedia_and_speech_are_not_imported_until_used() -> None:
    code = """
import json, sys
from PySide6.QtCore import QCoreApplication
import coldcare.services.session_clock, coldcare.services.sound, coldcare.services.suspend
import coldcare.services.voice
app = QCoreApplication([])
coldcare.services.sound.AlarmPlayer(lambda cue, level: None)
coldcare.services.voice.Voice()
print(json.dumps(sorted(m for m in sys.modules if m.startswith(
    ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "PySide6.QtWidgets")))))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert json.loads(result.stdout) == []


# ----------------------------------------------------------------------------- real audio


@pytest.fixture(scope="module")
def null_sink() -> Iterator[str]:
    """A private PulseAudio daemon with a null sink, for this module's tests."""
    with private_pulseaudio() as server:
        yield server


@pytest.mark.sound
def test_the_chime_plays_into_a_pulseaudio_null_sink(null_sink: str) -> None:
    report = run_probe(null_sink)
    assert report["audible"], report["stderr"]
    assert report["reason"] == ""
    # QSoundEffect reported playing through its playingChanged signal.
    assert True in report["effect_playing"]
    assert [level for _, level, _ in report["sounded"]] == [1, 2, 3, 4, 5]
    volumes = [volume for _, _, volume in report["sounded"]]
    assert volumes == sorted(volumes)
    assert volumes[-1] == pytest.approx(1.0)
    assert report["fallbacks"] == []
    assert report["repeat_ms"] == 4000
    assert not report["still_playing"]


def test_with_no_audio_at_all_the_fallback_runs_on_every_repeat() -> None:
    report = run_probe(NO_AUDIO_SERVER)
    assert not report["audible"]
    if report["multimedia_loaded"]:
        assert report["reason"] == "no audio output device"
    else:
        assert report["reason"] == "the sound system could not be loaded"
    assert report["fallbacks"] == [["remove-pack", level] for level in range(1, 6)]
    assert report["sounded"] == []
    assert report["effect_playing"] == []
