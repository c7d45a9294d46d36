"""The guided cold session as a state machine, driven by events and "now" (safety-rules.md §5–§6).

The machine owns no timer and reads no clock: the session clock calls :meth:`tick` at least
once a second (and at once after a resume from sleep), every person's action is a method, and
every call takes ``now`` (aware, UTC). Each call returns the :data:`Effect` s the services act
on (prompt a skin check, sound the end alarm, record an adverse event, lock a site). All
deadlines are wall-clock instants, so a deadline that passed while the computer slept is
noticed by the first tick after it wakes.

Phases::

    READY -> COLD_ON -> REMOVE_NOW -> AFTERCARE -> FINISHED      (the end alarm rings in REMOVE_NOW)
             COLD_ON <-> PAUSED                                   (pause / resume, pack off)
    intermittent: REMOVE_NOW -> COLD_OFF -> PUT_BACK_DUE -> COLD_ON (second phase)

A stop sign, "Stop" or "I took the pack off" can end the session from any phase with the pack
on, or paused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from coldcare.domain.safety import IntermittentProtocol
from coldcare.domain.signs import (
    FOLLOW_UP_DELAY,
    Consequences,
    SkinCheckAnswer,
    SkinLook,
    StopSign,
    consequences,
    sign_for_look,
    stop_signs,
)
from coldcare.domain.vocabulary import BadInputError, Barrier, BodySite, Modality

# An unanswered skin check sounds softly for this long, then escalates like the end alarm.
SKIN_CHECK_GRACE = timedelta(seconds=60)
# Alarms grow one level louder at this pace, up to MAX_ALARM_LEVEL.
ALARM_STEP = timedelta(seconds=20)
MAX_ALARM_LEVEL = 5
# ColdCare defaults for a session left alone: a pause this long ends it (the pack is off), and
# so does waiting this long to put the pack back on for the second phase.
MAX_PAUSE = timedelta(minutes=30)
MAX_PUT_BACK_WAIT = timedelta(minutes=60)


class Phase(StrEnum):
    """Where the session is."""

    READY = "ready"
    COLD_ON = "cold-on"
    PAUSED = "paused"
    REMOVE_NOW = "remove-now"
    COLD_OFF = "cold-off"
    PUT_BACK_DUE = "put-back-due"
    AFTERCARE = "aftercare"
    FINISHED = "finished"


class Outcome(StrEnum):
    """How a session ended (stored; never rename a value)."""

    COMPLETED = "completed"
    STOPPED_EARLY = "stopped-early"
    STOPPED_FOR_SIGN = "stopped-for-sign"
    INTERRUPTED = "interrupted"


class AlarmKind(StrEnum):
    """Which sound the services should be making."""

    SKIN_CHECK = "skin-check"
    REMOVE_PACK = "remove-pack"
    PUT_BACK = "put-back"


@dataclass(frozen=True)
class Alarm:
    """The alarm that should sound now: its kind and a loudness level from 1 to 5."""

    kind: AlarmKind
    level: int
    since: datetime


# ----------------------------------------------------------------------------- effects


@dataclass(frozen=True)
class SkinCheckDue:
    """Ask the skin-check questions now (check number ``number``, from 1)."""

    number: int


@dataclass(frozen=True)
class RemovePackNow:
    """An on-phase is over: the end alarm sounds until the pack is off."""

    last_phase: bool


@dataclass(frozen=True)
class PutPackBackOn:
    """The off-phase of an intermittent session is over."""


@dataclass(frozen=True)
class StoppedForSigns:
    """A stop sign ended the session; record an adverse event, apply the lock and review."""

    consequences: Consequences


@dataclass(frozen=True)
class SessionEnded:
    """The cold is over (the pack is off); aftercare follows unless ``finished``."""

    outcome: Outcome
    removed_at: datetime
    finished: bool


Effect = SkinCheckDue | RemovePackNow | PutPackBackOn | StoppedForSigns | SessionEnded


# ----------------------------------------------------------------------------- records


@dataclass(frozen=True)
class SessionPlan:
    """What was agreed before the start, from the safety verdict and the person's choices."""

    site: BodySite
    modality: Modality
    barrier: Barrier
    recommended_minutes: int
    max_minutes: int
    skin_check_every_minutes: int
    rest_minutes: int
    planned_minutes: int
    water_temp_c: float | None = None
    protocol: IntermittentProtocol | None = None

    def __post_init__(self) -> None:
        planned_on = self.protocol.total_on_minutes if self.protocol else self.planned_minutes
        if not 1 <= planned_on <= self.max_minutes:
            raise BadInputError(
                f"the planned cold time must be from 1 to {self.max_minutes} minutes"
            )
        if self.protocol is not None:
            problem = self.protocol.problem(self.max_minutes)
            if problem is not None:
                raise BadInputError(problem)

    def on_phase_minutes(self) -> tuple[int, ...]:
        """The planned minutes of each on-phase."""
        if self.protocol is None:
            return (self.planned_minutes,)
        return (self.protocol.first_on_minutes, self.protocol.second_on_minutes)


@dataclass(frozen=True)
class PhaseRecord:
    """One stretch of the session: cold on, paused, or the off-phase."""

    kind: Phase
    start: datetime
    end: datetime


@dataclass(frozen=True)
class SkinCheckRecord:
    """One skin check: when it was due, when answered, the answer and the signs it showed."""

    number: int
    due_at: datetime
    answered_at: datetime
    answer: SkinCheckAnswer
    signs: frozenset[StopSign]


@dataclass(frozen=True)
class AfterAnswer:
    """The skin and pain once the pack is off."""

    look: SkinLook
    pain_after: int | None


# ----------------------------------------------------------------------------- machine


@dataclass
class _Clock:
    """Cold-on bookkeeping for the current on-phase."""

    phase_index: int = 0
    on_before: timedelta = timedelta(0)
    on_since: datetime | None = None
    extra_minutes: int = 0

    def on_time(self, now: datetime) -> timedelta:
        running = now - self.on_since if self.on_since is not None else timedelta(0)
        return self.on_before + max(running, timedelta(0))


@dataclass
class ColdSession:
    """One guided session. Create it with a :class:`SessionPlan`, then :meth:`start` it."""

    plan: SessionPlan
    pain_before: int | None = None
    phase: Phase = Phase.READY
    started_at: datetime | None = None
    removed_at: datetime | None = None
    outcome: Outcome | None = None
    phases: list[PhaseRecord] = field(default_factory=list)
    skin_checks: list[SkinCheckRecord] = field(default_factory=list)
    stop: Consequences | None = None
    after: AfterAnswer | None = None
    _clock: _Clock = field(default_factory=_Clock)
    _phase_since: datetime | None = None
    _check_due_since: datetime | None = None
    _checks_in_phase: int = 0
    _alarm_since: datetime | None = None
    # Cold actually on in the earlier on-phases (a first phase may run past its time while
    # nobody takes the pack off), and how long the off-phase must last after it.
    _cold_before_phase: timedelta = timedelta(0)
    _off_needed: timedelta = timedelta(0)

    # ------------------------------------------------------------------ queries

    @property
    def is_last_on_phase(self) -> bool:
        """Whether the current (or next) on-phase is the last one."""
        return self._clock.phase_index == len(self.plan.on_phase_minutes()) - 1

    @property
    def pack_on(self) -> bool:
        """Whether the cold is on the skin in this phase."""
        return self.phase in (Phase.COLD_ON, Phase.REMOVE_NOW)

    @property
    def ended(self) -> bool:
        """Whether the cold is over."""
        return self.phase in (Phase.AFTERCARE, Phase.FINISHED)

    def phase_target(self) -> timedelta:
        """The planned cold time of the current on-phase, extensions included, cut short so the
        whole session's cold stays within the maximum (§4)."""
        minutes = self.plan.on_phase_minutes()[self._clock.phase_index]
        planned = timedelta(minutes=minutes + self._clock.extra_minutes)
        return max(min(planned, self._max_cold - self._cold_before_phase), timedelta(0))

    @property
    def _max_cold(self) -> timedelta:
        return timedelta(minutes=self.plan.max_minutes)

    def cold_on_time(self, now: datetime) -> timedelta:
        """Cold on the skin so far in this session (both phases, pauses excluded)."""
        done = sum((p.end - p.start for p in self.phases if p.kind is Phase.COLD_ON), timedelta(0))
        if self.pack_on and self._phase_since is not None:
            done += max(now - self._phase_since, timedelta(0))
        return done

    def remaining(self, now: datetime) -> timedelta:
        """Time left in the current on-phase (zero once it is reached)."""
        return max(self.phase_target() - self._clock.on_time(now), timedelta(0))

    def phase_deadline(self, now: datetime) -> datetime | None:
        """The instant the current phase ends, if its clock is running."""
        if self.phase is Phase.COLD_ON:
            return now + self.remaining(now)
        if self.phase is Phase.COLD_OFF and self._phase_since is not None:
            return self._phase_since + self._off_needed
        if self.phase is Phase.PAUSED and self._phase_since is not None:
            return self._phase_since + MAX_PAUSE
        if self.phase is Phase.PUT_BACK_DUE and self._phase_since is not None:
            return self._phase_since + MAX_PUT_BACK_WAIT
        return None

    def next_skin_check_at(self, now: datetime) -> datetime | None:
        """When the next skin check falls due in this on-phase (``None`` if none will)."""
        if self.phase is not Phase.COLD_ON or self._check_due_since is not None:
            return None
        due_on = timedelta(minutes=self.plan.skin_check_every_minutes * (self._checks_in_phase + 1))
        if due_on >= self.phase_target():
            return None
        return now + max(due_on - self._clock.on_time(now), timedelta(0))

    def next_deadline(self, now: datetime) -> datetime | None:
        """The soonest instant a tick has something to do (for the precise alarm timer)."""
        candidates = [
            t for t in (self.phase_deadline(now), self.next_skin_check_at(now)) if t is not None
        ]
        return min(candidates, default=None)

    def skin_check_pending(self) -> bool:
        """Whether a skin check is waiting for its answer."""
        return self._check_due_since is not None

    def alarm(self, now: datetime) -> Alarm | None:
        """The sound that should play now, growing louder the longer nobody answers."""
        if self.phase is Phase.REMOVE_NOW and self._alarm_since is not None:
            return Alarm(AlarmKind.REMOVE_PACK, _level(now - self._alarm_since), self._alarm_since)
        if self.phase is Phase.PUT_BACK_DUE and self._phase_since is not None:
            return Alarm(AlarmKind.PUT_BACK, 1, self._phase_since)
        if self.phase is Phase.COLD_ON and self._check_due_since is not None:
            unanswered = now - self._check_due_since
            level = (
                1 if unanswered < SKIN_CHECK_GRACE else 1 + _level(unanswered - SKIN_CHECK_GRACE)
            )
            return Alarm(AlarmKind.SKIN_CHECK, min(level, MAX_ALARM_LEVEL), self._check_due_since)
        return None

    def can_extend_by(self) -> int:
        """Whole minutes the last on-phase may still be extended without passing the maximum."""
        if not self.is_last_on_phase or self.phase not in (Phase.COLD_ON, Phase.REMOVE_NOW):
            return 0
        minutes = self.plan.on_phase_minutes()[self._clock.phase_index]
        planned = self._cold_before_phase + timedelta(minutes=minutes + self._clock.extra_minutes)
        return max((self._max_cold - planned) // timedelta(minutes=1), 0)

    @property
    def follow_up_at(self) -> datetime | None:
        """When the 30-minute follow-up is due (after any session whose cold was on)."""
        return self.removed_at + FOLLOW_UP_DELAY if self.removed_at is not None else None

    # ------------------------------------------------------------------ events

    def start(self, now: datetime) -> list[Effect]:
        """The pack goes on: the first cold minute."""
        self._expect(Phase.READY)
        self.started_at = now
        self._enter_on_phase(now)
        return []

    def tick(self, now: datetime) -> list[Effect]:
        """Advance to ``now``: phase ends, skin checks due, forgotten pauses."""
        if self.phase is Phase.COLD_ON:
            if self._clock.on_time(now) >= self.phase_target():
                return self._reach_phase_end(now)
            due = self.next_skin_check_at(now)
            if due is not None and due <= now:
                # After a sleep several check times may have passed: ask once, then count on
                # from the latest one passed, so checks never come in a burst.
                interval = timedelta(minutes=self.plan.skin_check_every_minutes)
                self._checks_in_phase = int(self._clock.on_time(now) / interval)
                self._check_due_since = now
                return [SkinCheckDue(len(self.skin_checks) + 1)]
            return []
        deadline = self.phase_deadline(now)
        if deadline is None or now < deadline:
            return []
        if self.phase is Phase.COLD_OFF:
            self._close_phase(now)
            self._set_phase(Phase.PUT_BACK_DUE, now)
            return [PutPackBackOn()]
        # A pause or a wait to put the pack back on that went on too long ends the session.
        return self._end(Outcome.STOPPED_EARLY, self._removal_while_off(), now)

    def pause(self, now: datetime) -> list[Effect]:
        """The pack comes off for a moment; the countdown waits."""
        self._expect(Phase.COLD_ON)
        self._stop_on_clock(now)
        self._check_due_since = None
        self._close_phase(now)
        self._set_phase(Phase.PAUSED, now)
        return []

    def resume(self, now: datetime) -> list[Effect]:
        """The pack goes back on after a pause."""
        self._expect(Phase.PAUSED)
        self._close_phase(now)
        self._clock.on_since = now
        self._set_phase(Phase.COLD_ON, now)
        return self.tick(now)

    def extend(self, minutes: int, now: datetime) -> list[Effect]:
        """Add minutes to the last on-phase; never past the maximum."""
        allowed = self.can_extend_by()
        if minutes < 1 or minutes > allowed:
            raise BadInputError(
                f"the session can be extended by 1 to {allowed} minutes, not {minutes}"
                if allowed
                else "the session is already at its maximum and cannot be extended"
            )
        self._clock.extra_minutes += minutes
        if self.phase is Phase.REMOVE_NOW:
            # The pack stayed on through the alarm: its cold time keeps counting.
            self._close_phase(now)
            self._alarm_since = None
            self._set_phase(Phase.COLD_ON, now)
        return []

    def answer_skin_check(self, answer: SkinCheckAnswer, now: datetime) -> list[Effect]:
        """Record a skin check; any stop sign ends the session at once."""
        if not self.pack_on:
            raise BadInputError("a skin check is answered while the pack is on")
        signs = stop_signs(answer)
        due_at = self._check_due_since or now
        self.skin_checks.append(
            SkinCheckRecord(len(self.skin_checks) + 1, due_at, now, answer, signs)
        )
        self._check_due_since = None
        if signs:
            return self.stop_for_signs(signs, now)
        return []

    def stop_for_signs(self, signs: frozenset[StopSign], now: datetime) -> list[Effect]:
        """A warning sign: end the session now, record it, lock or stop as §6 says."""
        if not signs:
            raise BadInputError("a stop for a warning sign needs at least one sign")
        self._expect(*_OPEN_PHASES)
        removed = now if self.pack_on else self._removal_while_off()
        self.stop = consequences(signs, now)
        return [StoppedForSigns(self.stop), *self._end(Outcome.STOPPED_FOR_SIGN, removed, now)]

    def take_pack_off(self, now: datetime) -> list[Effect]:
        """The pack is off: acknowledges the end alarm, or stops the session early."""
        self._expect(*_OPEN_PHASES)
        if self.phase is Phase.REMOVE_NOW and not self.is_last_on_phase:
            return self._first_phase_over(now)
        if self.phase is Phase.REMOVE_NOW:
            return self._end(Outcome.COMPLETED, now, now)
        removed = now if self.pack_on else self._removal_while_off()
        return self._end(Outcome.STOPPED_EARLY, removed, now)

    def _first_phase_over(self, now: datetime) -> list[Effect]:
        """The pack is off after an intermittent session's first phase: the off-phase lasts
        as long as the cold before it, and at least the plan's off minutes (§4); when the
        first phase ran on to within a minute of the maximum there is no second phase."""
        assert self.plan.protocol is not None
        cold = self.cold_on_time(now)
        if self._max_cold - cold < timedelta(minutes=1):
            return self._end(Outcome.COMPLETED, now, now)
        self._close_phase(now)
        self._alarm_since = None
        self._off_needed = max(timedelta(minutes=self.plan.protocol.off_minutes), cold)
        self._set_phase(Phase.COLD_OFF, now)
        return []

    def put_pack_back_on(self, now: datetime) -> list[Effect]:
        """The second cold phase of an intermittent session begins."""
        self._expect(Phase.PUT_BACK_DUE)
        self._cold_before_phase = self.cold_on_time(now)
        self._clock = _Clock(phase_index=self._clock.phase_index + 1)
        self._checks_in_phase = 0
        self._enter_on_phase(now)
        return []

    def finish_aftercare(self, after: AfterAnswer, now: datetime) -> list[Effect]:
        """Skin and pain once the pack is off; a skin sign now still locks the site."""
        self._expect(Phase.AFTERCARE)
        self.after = after
        effects: list[Effect] = []
        sign = sign_for_look(after.look)
        if sign is not None:
            self.stop = consequences({sign}, now)
            effects.append(StoppedForSigns(self.stop))
        self._set_phase(Phase.FINISHED, now)
        return effects

    # ------------------------------------------------------------------ internals

    def _expect(self, *phases: Phase) -> None:
        if self.phase not in phases:
            raise BadInputError(f"not possible while the session is {self.phase}")

    def _set_phase(self, phase: Phase, now: datetime) -> None:
        self.phase = phase
        self._phase_since = now

    def _close_phase(self, now: datetime) -> None:
        if self._phase_since is not None and self.phase in (
            Phase.COLD_ON,
            Phase.PAUSED,
            Phase.COLD_OFF,
            Phase.REMOVE_NOW,
        ):
            kind = Phase.COLD_ON if self.phase is Phase.REMOVE_NOW else self.phase
            self.phases.append(PhaseRecord(kind, self._phase_since, now))

    def _enter_on_phase(self, now: datetime) -> None:
        self._clock.on_since = now
        self._set_phase(Phase.COLD_ON, now)

    def _stop_on_clock(self, now: datetime) -> None:
        self._clock.on_before = self._clock.on_time(now)
        self._clock.on_since = None

    def _reach_phase_end(self, now: datetime) -> list[Effect]:
        """The on-phase time is reached: sound the alarm until the pack is off."""
        self._check_due_since = None
        self.phase = Phase.REMOVE_NOW
        self._alarm_since = now
        return [RemovePackNow(last_phase=self.is_last_on_phase)]

    def _removal_while_off(self) -> datetime:
        """When the cold last left the skin, for a session ended with the pack already off."""
        last_on = [p.end for p in self.phases if p.kind is Phase.COLD_ON]
        assert last_on, "a session with the pack off has had cold on before"
        return last_on[-1]

    def _end(self, outcome: Outcome, removed_at: datetime, now: datetime) -> list[Effect]:
        self._close_phase(now)
        self._check_due_since = None
        self._alarm_since = None
        self.outcome = outcome
        self.removed_at = removed_at
        finished = outcome is Outcome.STOPPED_FOR_SIGN
        self._set_phase(Phase.FINISHED if finished else Phase.AFTERCARE, now)
        return [SessionEnded(outcome, removed_at, finished)]


_OPEN_PHASES = (Phase.COLD_ON, Phase.PAUSED, Phase.REMOVE_NOW, Phase.COLD_OFF, Phase.PUT_BACK_DUE)


def _level(elapsed: timedelta) -> int:
    """Alarm loudness: 1 at first, one step louder every ALARM_STEP, at most MAX_ALARM_LEVEL."""
    return min(1 + int(elapsed / ALARM_STEP), MAX_ALARM_LEVEL)
