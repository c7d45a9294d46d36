"""The alarm sound: a cue that repeats, growing louder, until someone answers.

QtMultimedia is imported lazily, on first use: it costs start-up time and on Linux it raises
ImportError without ``libpulse0``. With no audio server it imports but has no output device, and
a ``QSoundEffect`` then ends in ``Status.Error``. In every such case the alarm is not lost: the
caller injects a fallback (the UI passes ``QApplication.beep`` plus a flashing window), called
on every repeat that cannot be heard.

Cues and their sounds (``resources/sounds/``, made by ``tools/make_sounds.py``):

- ``REMOVE_PACK``: the end chime, three rising notes;
- ``SKIN_CHECK`` and ``PUT_BACK``: the softer two-note prompt;
- ``REMINDER``: one gentle note.

Loudness grows with the alarm level (1 to 5, from ``ColdSession.alarm``) in equal steps of
perceived loudness (equal decibels), from the base volume the person chose up to full volume.
"""

from __future__ import annotations

import logging
import wave
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, QUrl, Signal

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.session import MAX_ALARM_LEVEL, AlarmKind
from coldcare.resource_locator import resource_path
from coldcare.services.qt_lifetime import delete_later

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

_log = logging.getLogger(__name__)

DEFAULT_BASE_VOLUME = 0.8
DEFAULT_PAUSE_SECONDS = 2.5
DEFAULT_READY_TIMEOUT_MS = 3000
# Used for the repeat period if a sound's length cannot be read (the sound itself then fails
# too, and the fallback runs at this pace).
_DEFAULT_SOUND_SECONDS = 1.5


class Cue(StrEnum):
    """What the alarm is calling for; the first three match :class:`AlarmKind` by value."""

    REMOVE_PACK = "remove-pack"
    SKIN_CHECK = "skin-check"
    PUT_BACK = "put-back"
    REMINDER = "reminder"

    @property
    def sound_file(self) -> str:
        """The WAV file in ``resources/sounds/`` this cue plays."""
        return _SOUND_FILES[self]


_SOUND_FILES = {
    Cue.REMOVE_PACK: "end-chime.wav",
    Cue.SKIN_CHECK: "skin-check.wav",
    Cue.PUT_BACK: "skin-check.wav",
    Cue.REMINDER: "reminder.wav",
}


class SoundProblem(Enum):
    """Why the alarm cannot be heard (the value is the English reason, translated on use)."""

    NOT_LOADED = QT_TRANSLATE_NOOP("Sound", "the sound system could not be loaded")
    NO_OUTPUT = QT_TRANSLATE_NOOP("Sound", "no audio output device")
    NOT_PLAYABLE = QT_TRANSLATE_NOOP("Sound", "the alarm sound could not be played")


@dataclass(frozen=True)
class Audibility:
    """Whether the alarm can be heard on this computer, and if not, why."""

    audible: bool
    problem: SoundProblem | None = None

    @property
    def reason(self) -> str:
        """The reason in plain words, translated; empty when the alarm is audible."""
        if self.problem is None:
            return ""
        return QCoreApplication.translate("Sound", self.problem.value)


class EffectStatus(Enum):
    """Where a loaded sound is: still loading, ready to play, or failed."""

    LOADING = "loading"
    READY = "ready"
    ERROR = "error"


class SoundEffect(QObject):
    """One sound loaded for playing; the audio backend makes these.

    ``status_changed(EffectStatus)`` is emitted when loading finishes or playback fails;
    ``playing_changed(bool)`` when the audio device starts or stops playing it.
    """

    status_changed = Signal(object)
    playing_changed = Signal(bool)

    def status(self) -> EffectStatus:
        """The current status."""
        raise NotImplementedError

    def play(self, volume: float) -> None:
        """Play once from the start at ``volume`` (0 to 1; linear); plays once loaded."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop playing now."""
        raise NotImplementedError


class AudioBackend(Protocol):
    """What the player needs from an audio library."""

    def has_output(self) -> bool:
        """Whether there is at least one audio output device now."""
        ...

    def load(self, path: Path, parent: QObject) -> SoundEffect:
        """Start loading the WAV file at ``path``; the effect is a child of ``parent``."""
        ...


class QtSoundEffect(SoundEffect):
    """A :class:`SoundEffect` played by QtMultimedia's ``QSoundEffect``."""

    def __init__(self, effect_type: type[QSoundEffect], path: Path, parent: QObject) -> None:
        super().__init__(parent)
        self._effect = effect_type(self)
        self._ready = effect_type.Status.Ready
        self._error = effect_type.Status.Error
        self._effect.statusChanged.connect(self._relay_status)
        self._effect.playingChanged.connect(self._relay_playing)
        self._effect.setSource(QUrl.fromLocalFile(str(path)))

    def status(self) -> EffectStatus:
        """The current status."""
        status = self._effect.status()
        if status == self._ready:
            return EffectStatus.READY
        if status == self._error:
            return EffectStatus.ERROR
        return EffectStatus.LOADING

    def play(self, volume: float) -> None:
        """Play once from the start at ``volume``; a sound still loading plays once loaded."""
        self._effect.stop()
        self._effect.setVolume(volume)
        self._effect.play()

    def stop(self) -> None:
        """Stop playing now."""
        self._effect.stop()

    def _relay_status(self) -> None:
        self.status_changed.emit(self.status())

    def _relay_playing(self) -> None:
        self.playing_changed.emit(self._effect.isPlaying())


class QtAudioBackend:
    """QtMultimedia; importing it happens here, and raises ImportError where it cannot load."""

    def __init__(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect  # noqa: PLC0415  (lazy)

        self._devices: type[QMediaDevices] = QMediaDevices
        self._effect_type: type[QSoundEffect] = QSoundEffect

    def has_output(self) -> bool:
        """Whether there is at least one audio output device now."""
        return bool(self._devices.audioOutputs())

    def load(self, path: Path, parent: QObject) -> SoundEffect:
        """Start loading the WAV file at ``path``."""
        return QtSoundEffect(self._effect_type, path, parent)


def alarm_volume(level: int, base_volume: float) -> float:
    """The linear volume for an alarm level: ``base_volume`` at 1, full at MAX_ALARM_LEVEL.

    The steps are equal ratios (equal decibels), which the ear hears as equal steps.
    """
    step = (_clamp_level(level) - 1) / (MAX_ALARM_LEVEL - 1)
    return float(base_volume ** (1 - step))


@cache
def sound_seconds(name: str) -> float:
    """How long one of the shipped sounds lasts."""
    try:
        with wave.open(str(resource_path("sounds", name)), "rb") as sound:
            return sound.getnframes() / sound.getframerate()
    except (OSError, EOFError, wave.Error):
        return _DEFAULT_SOUND_SECONDS


class AlarmPlayer(QObject):
    """Plays a cue again and again, louder with the level, until :meth:`stop`.

    Create, call and connect on the GUI thread. Every method returns at once except
    :meth:`audibility` and :meth:`test_alarm`, which run a local event loop for at most
    ``timeout_ms`` while a sound finishes loading (call them from a button or at start-up, not
    from inside a timer callback that must not be re-entered).

    Args:
        fallback: called with (cue, level) on every repeat that cannot be heard: no sound
            system, no output device, or a sound that failed to load or play.
        base_volume: the volume of level 1, above 0 and at most 1 (the setting "Alarm loudness"
            divided by 100); level 5 is always full volume.
        pause_seconds: silence between the end of one repeat and the start of the next.
        backend: makes the audio backend on first use (QtMultimedia unless a test passes one).

    Signals:
        playing_changed(bool): the repeating alarm started (True) or stopped (False).
        sounded(Cue, int, float): a repeat was sent to the audio device (cue, level, volume).
        fallback_used(Cue, int): a repeat could not be heard and the fallback was called.
        effect_playing_changed(bool): the audio device really started or finished a sound.
    """

    playing_changed = Signal(bool)
    sounded = Signal(object, int, float)
    fallback_used = Signal(object, int)
    effect_playing_changed = Signal(bool)
    _status_seen = Signal()

    def __init__(
        self,
        fallback: Callable[[Cue, int], object],
        *,
        base_volume: float = DEFAULT_BASE_VOLUME,
        pause_seconds: float = DEFAULT_PAUSE_SECONDS,
        backend: Callable[[], AudioBackend] = QtAudioBackend,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if pause_seconds < 0:
            raise ValueError(f"the pause between repeats cannot be negative: {pause_seconds}")
        self._fallback = fallback
        self._base_volume = _checked_volume(base_volume)
        self._pause_seconds = pause_seconds
        self._make_backend = backend
        self._backend: AudioBackend | None = None
        self._backend_failed = False
        self._effects: dict[str, SoundEffect] = {}
        self._cue: Cue | None = None
        self._level = 1
        self._repeat_heard = False

        self._repeat_timer = QTimer(self)
        self._repeat_timer.setObjectName("alarm-repeat")
        self._repeat_timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._repeat_timer.timeout.connect(self._repeat)

    # ------------------------------------------------------------------ queries

    @property
    def playing(self) -> bool:
        """Whether a repeating alarm is on."""
        return self._cue is not None

    @property
    def cue(self) -> Cue | None:
        """The cue repeating now, if any."""
        return self._cue

    @property
    def level(self) -> int:
        """The current alarm level (1 to MAX_ALARM_LEVEL)."""
        return self._level

    @property
    def base_volume(self) -> float:
        """The volume of level 1."""
        return self._base_volume

    @property
    def repeat_timer(self) -> QTimer:
        """The timer that repeats the cue (exposed for tests; do not start or stop it)."""
        return self._repeat_timer

    def volume_for(self, level: int) -> float:
        """The volume a repeat at ``level`` plays at."""
        return alarm_volume(level, self._base_volume)

    def audibility(self, timeout_ms: int = DEFAULT_READY_TIMEOUT_MS) -> Audibility:
        """Whether the end chime can be heard now, and if not, why. GUI thread.

        Loads QtMultimedia if needed, looks for an output device, and waits (at most
        ``timeout_ms``, in a local event loop) for the chime to finish loading. A sound that has
        not loaded by then counts as one that cannot be played.
        """
        prepared = self._prepare(Cue.REMOVE_PACK.sound_file)
        if isinstance(prepared, SoundProblem):
            return Audibility(False, prepared)
        if prepared.status() is EffectStatus.LOADING:
            self._wait_while_loading(prepared, timeout_ms)
        if prepared.status() is EffectStatus.READY:
            return Audibility(True)
        return Audibility(False, SoundProblem.NOT_PLAYABLE)

    # ------------------------------------------------------------------ control

    def set_base_volume(self, base_volume: float) -> None:
        """Change the volume of level 1 (from the next repeat on). GUI thread."""
        self._base_volume = _checked_volume(base_volume)

    def preload(self) -> None:
        """Load the sound system and every sound now, without waiting (after the first paint)."""
        for name in sorted(set(_SOUND_FILES.values())):
            self._prepare(name)

    def play(self, kind: AlarmKind | Cue, level: int = 1) -> None:
        """Sound ``kind`` now and then every repeat period, until :meth:`stop`. GUI thread.

        Called again with the same kind, only the level changes (from the next repeat on), so
        the app can call this on every tick with ``ColdSession.alarm(now)``. A different kind
        replaces the one playing. Levels outside 1..MAX_ALARM_LEVEL are clamped.
        """
        cue = Cue(kind)
        if cue is self._cue:
            self.set_level(level)
            return
        starting = self._cue is None
        self._silence()
        self._cue = cue
        self._level = _clamp_level(level)
        period = sound_seconds(cue.sound_file) + self._pause_seconds
        self._repeat_timer.start(round(period * 1000))
        if starting:
            self.playing_changed.emit(True)
        self._repeat()

    def set_level(self, level: int) -> None:
        """Set the alarm level (clamped to 1..MAX_ALARM_LEVEL); heard from the next repeat."""
        self._level = _clamp_level(level)

    def stop(self) -> None:
        """Stop the repeating alarm and silence it now. GUI thread; idempotent."""
        self._repeat_timer.stop()
        if self._cue is None:
            return
        self._silence()
        self._cue = None
        self.playing_changed.emit(False)

    def play_once(self, kind: AlarmKind | Cue, level: int = 1) -> bool:
        """Sound ``kind`` once (a reminder); the fallback runs if it cannot be heard.

        Returns whether the sound was sent to the audio device. GUI thread. A sound that fails
        only after this returns is not followed by the fallback: use :meth:`play` for alarms.
        """
        return self._sound(Cue(kind), _clamp_level(level))

    def test_alarm(self, timeout_ms: int = DEFAULT_READY_TIMEOUT_MS) -> Audibility:
        """Check audibility, then play the end chime once at the base volume (or fall back).

        For the "Test the alarm" button. GUI thread; may wait as :meth:`audibility` does.
        """
        report = self.audibility(timeout_ms)
        self.play_once(Cue.REMOVE_PACK)
        return report

    # ------------------------------------------------------------------ internals

    def _repeat(self) -> None:
        if self._cue is not None:
            self._repeat_heard = self._sound(self._cue, self._level)

    def _sound(self, cue: Cue, level: int) -> bool:
        prepared = self._prepare(cue.sound_file)
        if isinstance(prepared, SoundProblem) or prepared.status() is EffectStatus.ERROR:
            self._fall_back(cue, level)
            return False
        volume = self.volume_for(level)
        prepared.play(volume)
        self.sounded.emit(cue, level, volume)
        return True

    def _fall_back(self, cue: Cue, level: int) -> None:
        self.fallback_used.emit(cue, level)
        self._fallback(cue, level)

    def _silence(self) -> None:
        if self._cue is not None and (effect := self._effects.get(self._cue.sound_file)):
            effect.stop()

    def _load_backend(self) -> AudioBackend | None:
        if self._backend is None and not self._backend_failed:
            try:
                self._backend = self._make_backend()
            except ImportError as error:
                self._backend_failed = True
                _log.warning("The sound system could not be loaded: %s", error)
        return self._backend

    def _prepare(self, name: str) -> SoundEffect | SoundProblem:
        """The effect for sound file ``name``, loading (or reloading a failed one) if needed."""
        backend = self._load_backend()
        if backend is None:
            return SoundProblem.NOT_LOADED
        if not backend.has_output():
            return SoundProblem.NO_OUTPUT
        effect = self._effects.get(name)
        if effect is not None and effect.status() is not EffectStatus.ERROR:
            return effect
        if effect is not None:
            # It failed before; the device may have changed since, so try once more.
            delete_later(effect)
        try:
            path = resource_path("sounds", name)
        except FileNotFoundError as error:
            _log.error("%s", error)
            return SoundProblem.NOT_PLAYABLE
        effect = backend.load(path, self)
        effect.status_changed.connect(self._on_effect_status)
        effect.playing_changed.connect(self.effect_playing_changed)
        self._effects[name] = effect
        return effect

    def _on_effect_status(self, status: EffectStatus) -> None:
        self._status_seen.emit()
        if status is not EffectStatus.ERROR or self._cue is None or not self._repeat_heard:
            return
        current = self._effects.get(self._cue.sound_file)
        if current is not None and current.status() is EffectStatus.ERROR:
            # The repeat was sent to the device but failed there: fall back for this repeat.
            self._repeat_heard = False
            self._fall_back(self._cue, self._level)

    def _wait_while_loading(self, effect: SoundEffect, timeout_ms: int) -> None:
        loop = QEventLoop()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        self._status_seen.connect(loop.quit)
        deadline.start(timeout_ms)
        while effect.status() is EffectStatus.LOADING and deadline.isActive():
            loop.exec()
        deadline.stop()
        self._status_seen.disconnect(loop.quit)


def _clamp_level(level: int) -> int:
    return min(max(level, 1), MAX_ALARM_LEVEL)


def _checked_volume(volume: float) -> float:
    if not 0 < volume <= 1:
        raise ValueError(f"the base alarm volume must be above 0 and at most 1, not {volume}")
    return volume
