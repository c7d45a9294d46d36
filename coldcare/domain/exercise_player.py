"""The guided exercise player as a state machine driven by "now", like the cold session.

Get ready (a short countdown) → for each set, each repetition: work (hold for the exercise's
hold time, or one slow movement of a few seconds when it has no hold), then a short relax
between repetitions → rest between sets → done. Every change of phase is a :class:`Cue` the
services turn into a sound and, where speech works, a spoken word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from coldcare.domain.exercises import Exercise
from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.vocabulary import BadInputError

GET_READY = timedelta(seconds=5)
RELAX = timedelta(seconds=3)
# A repetition without a hold is one slow movement, timed at this pace.
SLOW_MOVEMENT = timedelta(seconds=4)


class PlayerPhase(StrEnum):
    """Where the player is."""

    READY = "ready"
    GET_READY = "get-ready"
    WORK = "work"
    RELAX = "relax"
    REST = "rest"
    PAUSED = "paused"
    DONE = "done"


PHASE_WORDS: dict[PlayerPhase, str] = {
    PlayerPhase.READY: QT_TRANSLATE_NOOP("Player", "Ready when you are"),
    PlayerPhase.GET_READY: QT_TRANSLATE_NOOP("Player", "Get ready"),
    PlayerPhase.WORK: QT_TRANSLATE_NOOP("Player", "Hold"),
    PlayerPhase.RELAX: QT_TRANSLATE_NOOP("Player", "Relax"),
    PlayerPhase.REST: QT_TRANSLATE_NOOP("Player", "Rest"),
    PlayerPhase.PAUSED: QT_TRANSLATE_NOOP("Player", "Paused"),
    PlayerPhase.DONE: QT_TRANSLATE_NOOP("Player", "Well done"),
}
MOVE_WORD = QT_TRANSLATE_NOOP("Player", "Move slowly")


@dataclass(frozen=True)
class Cue:
    """A phase began: the services sound a tone and may say the phase's words."""

    phase: PlayerPhase
    set_number: int
    rep_number: int


def planned_duration(exercise: Exercise) -> timedelta:
    """How long the player takes for ``exercise`` without pauses: get ready, every repetition,
    the short relax between repetitions and the rest between sets."""
    work = timedelta(seconds=exercise.hold_seconds) if exercise.hold_seconds else SLOW_MOVEMENT
    return (
        GET_READY
        + exercise.sets * exercise.reps * work
        + exercise.sets * (exercise.reps - 1) * RELAX
        + (exercise.sets - 1) * timedelta(seconds=exercise.rest_seconds)
    )


@dataclass
class ExercisePlayer:
    """Plays one exercise; call :meth:`tick` at least once a second."""

    exercise: Exercise
    phase: PlayerPhase = PlayerPhase.READY
    set_number: int = 1
    rep_number: int = 1
    reps_done: int = 0
    sets_done: int = 0
    _ends_at: datetime | None = None
    _paused: PlayerPhase | None = None
    _left_when_paused: timedelta = field(default=timedelta(0))

    @property
    def work_time(self) -> timedelta:
        """How long one repetition lasts."""
        hold = self.exercise.hold_seconds
        return timedelta(seconds=hold) if hold else SLOW_MOVEMENT

    def remaining(self, now: datetime) -> timedelta:
        """Time left in the current phase."""
        if self.phase is PlayerPhase.PAUSED:
            return self._left_when_paused
        if self._ends_at is None:
            return timedelta(0)
        return max(self._ends_at - now, timedelta(0))

    def start(self, now: datetime) -> list[Cue]:
        """Begin with the get-ready countdown."""
        if self.phase is not PlayerPhase.READY:
            raise BadInputError("the exercise has already started")
        return [self._enter(PlayerPhase.GET_READY, now, GET_READY)]

    def tick(self, now: datetime) -> list[Cue]:
        """Move to the next phase when the current one's time is over (several if asleep)."""
        cues: list[Cue] = []
        while (
            self._ends_at is not None
            and now >= self._ends_at
            and self.phase
            not in (
                PlayerPhase.PAUSED,
                PlayerPhase.DONE,
            )
        ):
            cues.append(self._advance(self._ends_at))
        return cues

    def pause(self, now: datetime) -> None:
        """Stop the countdown for a moment."""
        if self.phase in (PlayerPhase.READY, PlayerPhase.PAUSED, PlayerPhase.DONE):
            return
        self._left_when_paused = self.remaining(now)
        self._paused, self.phase = self.phase, PlayerPhase.PAUSED

    def resume(self, now: datetime) -> None:
        """Go on where the countdown stopped."""
        if self.phase is not PlayerPhase.PAUSED or self._paused is None:
            return
        self.phase, self._paused = self._paused, None
        self._ends_at = now + self._left_when_paused

    def skip(self, now: datetime) -> list[Cue]:
        """Skip the rest of a rest, relax or get-ready countdown."""
        if self.phase in (PlayerPhase.GET_READY, PlayerPhase.RELAX, PlayerPhase.REST):
            return [self._advance(now)]
        return []

    def finish(self, now: datetime) -> list[Cue]:
        """Stop here; what was done so far counts."""
        del now
        if self.phase is PlayerPhase.DONE:
            return []
        self.phase, self._ends_at = PlayerPhase.DONE, None
        return [Cue(PlayerPhase.DONE, self.set_number, self.rep_number)]

    # ------------------------------------------------------------------ internals

    def _enter(self, phase: PlayerPhase, start: datetime, length: timedelta) -> Cue:
        self.phase, self._ends_at = phase, start + length
        return Cue(phase, self.set_number, self.rep_number)

    def _advance(self, at: datetime) -> Cue:
        """The phase after the current one, starting at ``at``."""
        exercise = self.exercise
        if self.phase in (PlayerPhase.GET_READY, PlayerPhase.RELAX, PlayerPhase.REST):
            return self._enter(PlayerPhase.WORK, at, self.work_time)
        # A repetition is over.
        self.reps_done += 1
        if self.rep_number < exercise.reps:
            self.rep_number += 1
            return self._enter(PlayerPhase.RELAX, at, RELAX)
        self.sets_done += 1
        if self.set_number < exercise.sets:
            self.set_number += 1
            self.rep_number = 1
            return self._enter(PlayerPhase.REST, at, timedelta(seconds=exercise.rest_seconds))
        self.phase, self._ends_at = PlayerPhase.DONE, None
        return Cue(PlayerPhase.DONE, self.set_number, self.rep_number)
