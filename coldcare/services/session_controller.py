"""Runs a guided cold session: the state machine, its clock, the alarm, voice, notifications,
keep-awake and storage, so the UI only shows what is happening and forwards the person's taps.

The controller will not start a session the safety engine blocks: it builds the session plan
from a fresh verdict itself, so no screen can hand it a longer maximum. Everything the session
does is written as it happens (a running row with a heartbeat, every skin check, the end), so
a crash loses nothing and the next start can recover the session.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from coldcare.domain.clock import Clock
from coldcare.domain.ports import (
    PainRepository,
    ProfileRepository,
    SafetyEventRepository,
    SessionRepository,
    StorageUnavailableError,
    Transactions,
)
from coldcare.domain.records import (
    AdverseEvent,
    EventSource,
    FollowUp,
    PainContext,
    PainRating,
    Profile,
    SessionRecord,
    SessionState,
    SiteLockRecord,
    SkinCheck,
)
from coldcare.domain.recovery import InterruptedSession, Recovery, RemovalAnswer, recover
from coldcare.domain.safety import ColdRequest, IntermittentProtocol, Verdict
from coldcare.domain.session import (
    AfterAnswer,
    AlarmKind,
    ColdSession,
    Effect,
    Outcome,
    PutPackBackOn,
    RemovePackNow,
    SessionEnded,
    SessionPlan,
    SkinCheckDue,
    StoppedForSigns,
)
from coldcare.domain.signs import (
    FOLLOW_UP_DELAY,
    Consequences,
    FollowUpAdvice,
    FollowUpAnswer,
    FollowUpOutcome,
    SkinCheckAnswer,
    SkinLook,
    StopSign,
    follow_up_outcome,
)
from coldcare.domain.vocabulary import BadInputError
from coldcare.services.i18n import tr
from coldcare.services.notify import Channel, Notification, NotificationKind, Urgency
from coldcare.services.qt_lifetime import delete_later
from coldcare.services.safety_desk import SafetyDesk
from coldcare.services.session_clock import SessionClock
from coldcare.services.suspend import SuspendDetector

logger = logging.getLogger(__name__)

# Follow-ups older than this are no longer offered after a restart.
FOLLOW_UP_OFFERED_FOR = timedelta(hours=12)


class AlarmSound(Protocol):
    """What the controller needs of the alarm player."""

    def play(self, kind: AlarmKind, level: int) -> None:
        """Sound ``kind`` at ``level`` (1..5), repeating until stopped."""

    def stop(self) -> None:
        """Silence the alarm."""


class Speaker(Protocol):
    """What the controller needs of the voice."""

    def say(self, text: str) -> None:
        """Speak ``text`` if speech is available and wanted."""


class Announcer(Protocol):
    """What the controller needs of the notifier chain."""

    def notify(self, notification: Notification) -> Channel:
        """Show ``notification`` on the desktop and in the window."""


class Wakefulness(Protocol):
    """What the controller needs of keep-awake."""

    def acquire(self, reason: str = ...) -> bool:
        """Keep the computer from sleeping."""

    def release(self) -> None:
        """Let it sleep again."""


@dataclass(frozen=True)
class Stores:
    """The repositories the controller writes to."""

    transactions: Transactions
    profiles: ProfileRepository
    sessions: SessionRepository
    pain: PainRepository
    events: SafetyEventRepository


@dataclass(frozen=True)
class Outputs:
    """How the controller reaches the person and the computer."""

    alarm: AlarmSound
    voice: Speaker
    announcer: Announcer
    wakefulness: Wakefulness


class SessionRefusedError(Exception):
    """The session may not start; ``verdict`` says why (or ``reason`` for supervision)."""

    def __init__(self, verdict: Verdict | None, reason: str = "") -> None:
        self.verdict = verdict
        self.reason = reason
        codes = ", ".join(str(b.code) for b in verdict.blocks) if verdict else reason
        super().__init__(f"the session may not start: {codes}")


class SessionController(QObject):
    """One guided session at a time. Create and use on the GUI thread.

    Signals:
        changed: anything about the running session changed (phase, countdown, alarm).
        skin_check_due(int): ask the skin-check questions (check number).
        remove_pack_now(bool): the end alarm rings (True on the last cold phase).
        put_pack_back: the off-phase of an intermittent session is over.
        stopped_for_signs(object): a warning sign ended the session (its Consequences).
        ended(object): the cold is over (the SessionRecord); aftercare follows.
        finished(object): aftercare answered (the SessionRecord); the controller is idle.
        follow_up_due(object): the 30-minute follow-up of a session is due (its SessionRecord).
    """

    changed = Signal()
    skin_check_due = Signal(int)
    remove_pack_now = Signal(bool)
    put_pack_back = Signal()
    stopped_for_signs = Signal(object)
    ended = Signal(object)
    finished = Signal(object)
    follow_up_due = Signal(object)

    def __init__(
        self,
        clock: Clock,
        stores: Stores,
        desk: SafetyDesk,
        outputs: Outputs,
        detector: SuspendDetector,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._stores = stores
        self._desk = desk
        self._alarm = outputs.alarm
        self._voice = outputs.voice
        self._announcer = outputs.announcer
        self._wakefulness = outputs.wakefulness
        self._detector = detector
        self._driver: SessionClock | None = None
        self._beat_failed = False  # told the person once that the heartbeat cannot be saved
        self._follow_up_timers: dict[int, QTimer] = {}
        self.session: ColdSession | None = None
        self.record: SessionRecord | None = None
        self.profile: Profile | None = None

    # ------------------------------------------------------------------ queries

    @property
    def active(self) -> bool:
        """Whether a session is open (cold on, paused, resting between phases, or aftercare)."""
        return self.session is not None

    @property
    def cold_running(self) -> bool:
        """Whether the cold is not over yet (closing the app must ask first)."""
        return self.session is not None and not self.session.ended

    @property
    def session_clock(self) -> SessionClock | None:
        """The clock driving the running session (for diagnostics and tests)."""
        return self._driver

    def now(self) -> datetime:
        """The session's "now" while one runs, else the clock's."""
        return self._driver.now() if self._driver is not None else self._clock.now()

    def verdict(
        self,
        profile: Profile,
        request: ColdRequest,
    ) -> Verdict:
        """The safety verdict for ``request`` now (for the set-up screen)."""
        return self._desk.verdict(profile, request, self._clock.now())

    # ------------------------------------------------------------------ starting

    def start(
        self,
        profile: Profile,
        request: ColdRequest,
        *,
        planned_minutes: int | None = None,
        pain_before: int | None = None,
        caregiver_present: bool = False,
        plan_item_id: int | None = None,
    ) -> SessionRecord:
        """Start a session the engine allows, or raise :class:`SessionRefusedError`."""
        if self.session is not None:
            raise BadInputError("a session is already running")
        if profile.supervised and not caregiver_present:
            raise SessionRefusedError(
                None, tr("Session", "A caregiver must be there for the whole session.")
            )
        assert profile.id is not None
        driver = SessionClock(
            self._clock,
            self._on_tick,
            self._next_deadline,
            on_heartbeat=self._beat,
            detector=self._detector,
            parent=self,
        )
        now = driver.now()
        verdict = self._desk.verdict(profile, request, now)
        if not verdict.allowed:
            driver.detach()
            delete_later(driver)
            raise SessionRefusedError(verdict)
        plan = _plan(request, verdict, planned_minutes)
        session = ColdSession(plan, pain_before)
        session.start(now)
        record = self._save_start(profile, session, caregiver_present, plan_item_id, now)
        self.session, self.record, self.profile, self._driver = session, record, profile, driver
        self._wakefulness.acquire(tr("Session", "A cold session is running"))
        driver.start()
        self.changed.emit()
        return record

    def _save_start(
        self,
        profile: Profile,
        session: ColdSession,
        caregiver_present: bool,
        plan_item_id: int | None,
        now: datetime,
    ) -> SessionRecord:
        plan = session.plan
        planned = sum(plan.on_phase_minutes())
        record = SessionRecord(
            profile_id=profile.id or 0,
            site=plan.site,
            modality=plan.modality,
            barrier=plan.barrier,
            recommended_minutes=plan.recommended_minutes,
            max_minutes=plan.max_minutes,
            planned_minutes=planned,
            skin_check_every_minutes=plan.skin_check_every_minutes,
            rest_minutes=plan.rest_minutes,
            started_at=now,
            planned_end_at=now + timedelta(minutes=plan.protocol.total_minutes)
            if plan.protocol
            else now + timedelta(minutes=planned),
            water_temp_c=plan.water_temp_c,
            protocol=plan.protocol,
            caregiver_present=caregiver_present,
            plan_item_id=plan_item_id,
        )
        with self._stores.transactions.atomic():
            saved = self._stores.sessions.save_session(record)
            assert saved.id is not None
            if session.pain_before is not None:
                self._add_pain(saved, now, session.pain_before, PainContext.BEFORE)
            self._stores.sessions.beat(saved.id, now)
        return saved

    # ------------------------------------------------------------------ the person's actions

    def pause(self) -> None:
        """The pack comes off for a moment."""
        self._act(lambda s, now: s.pause(now))

    def resume(self) -> None:
        """The pack goes back on after a pause."""
        self._act(lambda s, now: s.resume(now))

    def extend(self, minutes: int) -> None:
        """More minutes, never past the maximum."""
        self._act(lambda s, now: s.extend(minutes, now))

    def take_pack_off(self) -> None:
        """The pack is off: ends the alarm, the first phase, or the session early."""
        self._act(lambda s, now: s.take_pack_off(now))

    def put_pack_back_on(self) -> None:
        """The second cold phase begins."""
        self._act(lambda s, now: s.put_pack_back_on(now))

    def answer_skin_check(self, answer: SkinCheckAnswer) -> None:
        """Record a skin check; a stop sign ends the session."""
        session, record = self._require()
        now = self.now()
        effects = session.answer_skin_check(answer, now)
        check = session.skin_checks[-1]
        assert record.id is not None
        self._stores.sessions.add_skin_check(
            SkinCheck(
                record.id,
                check.number,
                check.due_at,
                check.answered_at,
                answer.look,
                answer.sensation,
                answer.pain,
                answer.symptoms,
            )
        )
        self._apply(effects, now, EventSource.SKIN_CHECK)

    def stop_for_signs(self, signs: frozenset[StopSign]) -> None:
        """The person pressed "Stop: something is wrong" and named the signs."""
        self._act(lambda s, now: s.stop_for_signs(signs, now), EventSource.STOP_BUTTON)

    def finish_aftercare(self, after: AfterAnswer) -> SessionRecord:
        """Skin and pain once the pack is off; the controller is idle afterwards."""
        session, record = self._require()
        now = self.now()
        effects = session.finish_aftercare(after, now)
        updated = dataclasses.replace(record, skin_after=after.look)
        with self._stores.transactions.atomic():
            self.record = self._stores.sessions.save_session(updated)
            if after.pain_after is not None:
                self._add_pain(record, now, after.pain_after, PainContext.AFTER)
            stops = [e.consequences for e in effects if isinstance(e, StoppedForSigns)]
            for stop in stops:
                self._record_stop(stop, EventSource.AFTERCARE, now)
        finished = self.record
        self._close()
        for stop in stops:
            self.stopped_for_signs.emit(stop)
        self.finished.emit(finished)
        return finished

    # ------------------------------------------------------------------ follow-ups

    def pending_follow_ups(self, profile: Profile, now: datetime) -> list[SessionRecord]:
        """Ended sessions whose 30-minute follow-up is due and unanswered."""
        assert profile.id is not None
        recent = self._stores.sessions.sessions_between(
            profile.id, now - FOLLOW_UP_OFFERED_FOR, now
        )
        return [
            r
            for r in recent
            if r.removed_at is not None
            and r.removed_at + FOLLOW_UP_DELAY <= now
            and r.id is not None
            and self._stores.sessions.follow_up(r.id) is None
        ]

    def record_follow_up(
        self, record: SessionRecord, answer: FollowUpAnswer, pain: int | None
    ) -> FollowUpOutcome:
        """Store the follow-up; numbness or weakness advise medical help and lock the site."""
        assert record.id is not None
        now = self._clock.now()
        outcome = follow_up_outcome(answer, now)
        with self._stores.transactions.atomic():
            self._stores.sessions.add_follow_up(
                FollowUp(
                    record.id,
                    now,
                    answer.numb_or_tingling,
                    answer.new_weakness,
                    answer.skin_hard_or_blistered,
                    outcome.advice,
                )
            )
            if pain is not None:
                self._add_pain(record, now, pain, PainContext.FOLLOW_UP)
            if outcome.advice is not FollowUpAdvice.ALL_WELL:
                event = self._stores.events.add_event(
                    AdverseEvent(
                        record.profile_id,
                        now,
                        EventSource.FOLLOW_UP,
                        session_id=record.id,
                        site=record.site,
                        lock_until=outcome.lock_until,
                        advice=outcome.advice,
                    )
                )
                if outcome.lock_until is not None:
                    self._stores.events.add_lock(
                        SiteLockRecord(
                            record.profile_id, record.site, now, outcome.lock_until, None, event.id
                        )
                    )
        timer = self._follow_up_timers.pop(record.id, None)
        if timer is not None:
            timer.stop()
            delete_later(timer)
        return outcome

    # ------------------------------------------------------------------ crash recovery

    def interrupted_sessions(self) -> Sequence[SessionRecord]:
        """Sessions still marked running when the app starts: the app died during them."""
        if self.session is not None:
            return ()
        return self._stores.sessions.running_sessions()

    def recover(
        self,
        record: SessionRecord,
        answer: RemovalAnswer,
        skin: SkinLook,
        stated: datetime | None = None,
    ) -> Recovery:
        """Record an interrupted session from the person's answers."""
        assert record.id is not None
        now = self._clock.now()
        last_alive = self._stores.sessions.last_beat(record.id) or record.started_at
        interrupted = InterruptedSession(
            record.started_at, record.planned_end_at, record.max_minutes, last_alive
        )
        recovery = recover(interrupted, answer, skin, now, stated)
        finished = dataclasses.replace(
            record,
            state=SessionState.FINISHED,
            outcome=Outcome.INTERRUPTED,
            removed_at=recovery.removed_at,
            skin_after=skin,
            stop_signs=recovery.stop.signs if recovery.stop else frozenset(),
        )
        with self._stores.transactions.atomic():
            self._stores.sessions.save_session(finished)
            if recovery.stop is not None:
                self._record_stop(recovery.stop, EventSource.RECOVERY, now, finished)
            elif recovery.over_maximum:
                self._stores.events.add_event(
                    AdverseEvent(
                        record.profile_id,
                        now,
                        EventSource.RECOVERY,
                        session_id=record.id,
                        site=record.site,
                        note=f"cold on for {recovery.cold_minutes:.0f} minutes, "
                        f"more than the {record.max_minutes}-minute maximum",
                    )
                )
        return recovery

    # ------------------------------------------------------------------ internals

    def _add_pain(
        self, record: SessionRecord, now: datetime, value: int, context: PainContext
    ) -> None:
        """Store a pain rating of ``record``'s session, inside the caller's transaction."""
        self._stores.pain.add_rating(
            PainRating(
                record.profile_id, now, value, context, site=record.site, session_id=record.id
            )
        )

    def _require(self) -> tuple[ColdSession, SessionRecord]:
        if self.session is None or self.record is None:
            raise BadInputError("no session is running")
        return self.session, self.record

    def _act(self, action: _Action, source: EventSource = EventSource.STOP_BUTTON) -> None:
        session, _ = self._require()
        now = self.now()
        self._apply(action(session, now), now, source)

    def _next_deadline(self, now: datetime) -> datetime | None:
        return self.session.next_deadline(now) if self.session is not None else None

    def _beat(self, now: datetime) -> None:
        """Note that the app is alive. A folder that cannot be written any more must not stop
        the timer: the countdown and the alarm go on, and the person is told once."""
        if self.record is None or self.record.id is None or not self.cold_running:
            return
        try:
            self._stores.sessions.beat(self.record.id, now)
        except StorageUnavailableError as problem:
            if not self._beat_failed:
                self._beat_failed = True
                logger.warning("the session's heartbeat cannot be saved: %s", problem)
                self._tell_cannot_save(problem)
        else:
            self._beat_failed = False

    def _tell_cannot_save(self, problem: StorageUnavailableError) -> None:
        keeps_going = tr(
            "Session", "The timer keeps going and will still tell you when to take the pack off."
        )
        self._announcer.notify(
            Notification(
                tr("Session", "ColdCare cannot save"),
                f"{keeps_going} {problem}",
                NotificationKind.STORAGE,
                Urgency.CRITICAL,
            )
        )

    def _on_tick(self, now: datetime) -> None:
        if self.session is None:
            return
        self._apply(self.session.tick(now), now, EventSource.SKIN_CHECK)

    def _apply(self, effects: list[Effect], now: datetime, source: EventSource) -> None:
        stop = next((e.consequences for e in effects if isinstance(e, StoppedForSigns)), None)
        ending = next((e for e in effects if isinstance(e, SessionEnded)), None)
        for effect in effects:
            if isinstance(effect, SkinCheckDue):
                self._announce_skin_check(effect.number)
            elif isinstance(effect, RemovePackNow):
                self._announce_removal(effect.last_phase)
            elif isinstance(effect, PutPackBackOn):
                self._announce_put_back()
        ended = self._end(ending, stop, source, now) if ending is not None else None
        if self._driver is not None:
            self._driver.rearm()
        self._sync_alarm(now)
        if stop is not None:
            self.stopped_for_signs.emit(stop)
        if ended is not None:
            self.ended.emit(ended)
            if ending is not None and ending.finished:
                self._close()
                self.finished.emit(ended)
        self.changed.emit()

    def _sync_alarm(self, now: datetime) -> None:
        alarm = self.session.alarm(now) if self.session is not None else None
        if alarm is None:
            self._alarm.stop()
        else:
            self._alarm.play(alarm.kind, alarm.level)

    def _end(
        self, ended: SessionEnded, stop: Consequences | None, source: EventSource, now: datetime
    ) -> SessionRecord:
        """Write the end of the cold; stop the clock, keep-awake and the alarm."""
        session, record = self._require()
        finished = dataclasses.replace(
            record,
            state=SessionState.FINISHED,
            removed_at=ended.removed_at,
            outcome=ended.outcome,
            phases=tuple(session.phases),
            stop_signs=stop.signs if stop else frozenset(),
        )
        with self._stores.transactions.atomic():
            self.record = self._stores.sessions.save_session(finished)
            if stop is not None:
                self._record_stop(stop, source, now)
        self._stop_driver()
        self._wakefulness.release()
        self._schedule_follow_up(self.record)
        if stop is not None:
            self._voice.say(tr("Session", "Stop now. Take the pack off."))
        return self.record

    def _record_stop(
        self,
        stop: Consequences,
        source: EventSource,
        now: datetime,
        record: SessionRecord | None = None,
    ) -> None:
        """Adverse event, site lock and the review flag, inside the caller's transaction."""
        record = record or self.record
        assert record is not None
        event = self._stores.events.add_event(
            AdverseEvent(
                record.profile_id,
                now,
                source,
                session_id=record.id,
                site=record.site,
                signs=stop.signs,
                lock_until=stop.lock_until,
                review_needed=stop.review_needed,
                call_emergency=stop.call_emergency,
            )
        )
        if stop.lock_until is not None:
            self._stores.events.add_lock(
                SiteLockRecord(record.profile_id, record.site, now, stop.lock_until, None, event.id)
            )
        if stop.review_needed:
            profile = self._stores.profiles.get_profile(record.profile_id)
            if profile is not None and profile.review_required_since is None:
                self._stores.profiles.save_profile(
                    dataclasses.replace(profile, review_required_since=now)
                )

    def _schedule_follow_up(self, record: SessionRecord) -> None:
        if record.removed_at is None or record.id is None:
            return
        due = record.removed_at + FOLLOW_UP_DELAY
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.CoarseTimer)
        timer.timeout.connect(lambda: self._follow_up_timeout(record, due))
        self._follow_up_timers[record.id] = timer
        timer.start(max(int((due - self._clock.now()) / timedelta(milliseconds=1)), 0))

    def _follow_up_timeout(self, record: SessionRecord, due: datetime) -> None:
        assert record.id is not None
        timer = self._follow_up_timers.get(record.id)
        if timer is None:
            return
        # Coarse timers may fire a little early and stop while the computer sleeps: check the
        # wall clock, and wait the rest if it is not yet time.
        remaining = due - self._clock.now()
        if remaining > timedelta(0):
            timer.start(max(int(remaining / timedelta(milliseconds=1)), 1))
            return
        del self._follow_up_timers[record.id]
        delete_later(timer)
        self._announcer.notify(
            Notification(
                tr("Session", "How is the skin now?"),
                tr(
                    "Session",
                    "It is 30 minutes since the pack came off. Please answer a few questions.",
                ),
                NotificationKind.REMINDER,
                Urgency.NORMAL,
            )
        )
        self.follow_up_due.emit(record)

    def _announce_skin_check(self, number: int) -> None:
        supervised = self.record is not None and self.record.caregiver_present
        text = (
            tr("Session", "Please check the skin under the pack now.")
            if supervised
            else tr("Session", "Time to check your skin.")
        )
        self._announcer.notify(
            Notification(
                tr("Session", "Skin check"), text, NotificationKind.SKIN_CHECK, Urgency.CRITICAL
            )
        )
        self._voice.say(text)
        self.skin_check_due.emit(number)

    def _announce_removal(self, last_phase: bool) -> None:
        text = tr("Session", "Please take the pack off now.")
        self._announcer.notify(
            Notification(
                tr("Session", "Take the pack off"), text, NotificationKind.ALARM, Urgency.CRITICAL
            )
        )
        self._voice.say(text)
        self.remove_pack_now.emit(last_phase)

    def _announce_put_back(self) -> None:
        text = tr("Session", "The break is over. You can put the pack back on.")
        self._announcer.notify(
            Notification(
                tr("Session", "Second cold phase"), text, NotificationKind.ALARM, Urgency.NORMAL
            )
        )
        self._voice.say(text)
        self.put_pack_back.emit()

    def _stop_driver(self) -> None:
        if self._driver is not None:
            self._driver.stop()
            self._driver.detach()
            delete_later(self._driver)
            self._driver = None

    def _close(self) -> None:
        self._stop_driver()
        self._alarm.stop()
        self.session = None
        self.record = None
        self.profile = None

    def shutdown(self) -> None:
        """Stop every timer (the app is quitting). A running session stays "running" in the
        database, so the next start recovers it."""
        self._stop_driver()
        self._alarm.stop()
        self._wakefulness.release()
        for timer in self._follow_up_timers.values():
            timer.stop()
        self._follow_up_timers.clear()


class _Action(Protocol):
    def __call__(self, session: ColdSession, now: datetime, /) -> list[Effect]: ...


def _plan(request: ColdRequest, verdict: Verdict, planned_minutes: int | None) -> SessionPlan:
    """The session plan, with every number taken from the verdict."""
    assert verdict.max_minutes is not None
    assert verdict.recommended_minutes is not None
    assert verdict.skin_check_every_minutes is not None
    assert verdict.rest_minutes is not None
    protocol: IntermittentProtocol | None = request.protocol
    planned = planned_minutes if planned_minutes is not None else verdict.recommended_minutes
    return SessionPlan(
        site=request.site,
        modality=request.modality,
        barrier=request.barrier,
        recommended_minutes=verdict.recommended_minutes,
        max_minutes=verdict.max_minutes,
        skin_check_every_minutes=verdict.skin_check_every_minutes,
        rest_minutes=verdict.rest_minutes,
        planned_minutes=protocol.total_on_minutes if protocol else planned,
        water_temp_c=request.water_temp_c,
        protocol=protocol,
    )
