"""Demo data: a "Demo" profile, its weekly plan and a realistic history, for trying ColdCare
out and for benchmarks.

Pure and deterministic: every record comes from ``random.Random(seed)``, the period and the
person's time zone; nothing reads a clock. Each cold session is one the safety engine allows
given the sessions and locks before it, and is played through the session state machine
(skin checks at their interval, pauses, early stops), so its phases and checks have the shape
a real session stores. Pain falls over the weeks with day-to-day noise and flares; daily
check-ins come on most days, the PEG on most Sundays. Plan items are mostly done, some
skipped with a reason, some missed (no log). Exactly one adverse event happens: the skin
stays bright red after a knee session, and the knee is locked for 24 hours.

Records of a session carry :data:`UNSAVED` (or ``None``) where the stored session's or
event's id belongs; whoever stores them fills those ids in.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from functools import partial

from coldcare.domain.exercises import Effort, Exercise, ExerciseCompletion
from coldcare.domain.localtime import local_date, resolve_local
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.plan import ItemKind, OccurrenceLog, PlanItem, SkipReason, day_bounds
from coldcare.domain.reasons import ReasonCode
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
from coldcare.domain.safety import (
    ColdRequest,
    IntermittentProtocol,
    PastSession,
    SiteHistory,
    SiteLock,
    Verdict,
    evaluate,
)
from coldcare.domain.session import (
    AfterAnswer,
    ColdSession,
    Effect,
    PutPackBackOn,
    RemovePackNow,
    SessionPlan,
    SkinCheckDue,
    SkinCheckRecord,
    StoppedForSigns,
)
from coldcare.domain.signs import (
    Consequences,
    FollowUpAdvice,
    PainChange,
    Sensation,
    SkinCheckAnswer,
    SkinLook,
    Symptom,
)
from coldcare.domain.vocabulary import BadInputError, Barrier, BodySite, Condition, Modality

DEMO_NAME = "Demo"
DEMO_AGE = 68
MAX_DAYS = 3650
UNSAVED = 0

_EVERY_DAY = frozenset(range(7))
_MON_WED_FRI = frozenset({0, 2, 4})
_TUE_THU_SAT = frozenset({1, 3, 5})
_SUNDAY = 6
_KNEE = BodySite.parse("knee-left")
_ANKLE = BodySite.parse("ankle-foot-right")
# Chances per day or per occurrence.
_CHECK_IN, _AWAY, _PEG = 0.85, 0.03, 0.9
_MISSED, _SKIPPED, _TOO_SORE = 0.07, 0.05, 0.25
_FLARE_EXTRA_ICE, _ANKLE_SOAK = 0.7, 0.08
_EARLY_STOP, _PAUSE, _FOLLOW_UP = 0.05, 0.06, 0.75
# The pain course: from about 6.8 towards 2.6, two thirds of the way there in 40 days.
_PAIN_START, _PAIN_FLOOR, _PAIN_DAYS = 6.8, 2.6, 40.0
_FLARE_EVERY_DAYS = 90
_OTHER_NOTES = ("Grandchildren visiting", "Doctor's appointment", "Forgot the pack in the freezer")


@dataclass(frozen=True)
class DemoPeriod:
    """The local days the history covers: ``days`` days from ``first_day``, in ``tz``."""

    first_day: date
    days: int
    tz: tzinfo

    def __post_init__(self) -> None:
        if not 1 <= self.days <= MAX_DAYS:
            raise BadInputError(f"the number of days must be from 1 to {MAX_DAYS}")

    @classmethod
    def before(cls, now: datetime, days: int, tz: tzinfo) -> DemoPeriod:
        """The ``days`` whole local days before the day of ``now`` (nothing in the future)."""
        return cls(local_date(now, tz) - timedelta(days=days), days, tz)

    @property
    def last_day(self) -> date:
        """The last day of the period."""
        return self.first_day + timedelta(days=self.days - 1)

    @property
    def start(self) -> datetime:
        """Local midnight at the start of the first day (UTC)."""
        return day_bounds(self.first_day, self.tz)[0]

    @property
    def end(self) -> datetime:
        """Local midnight after the last day (UTC)."""
        return day_bounds(self.last_day, self.tz)[1]

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """A local wall time on ``day`` (UTC)."""
        return resolve_local(day, time(hour, minute), self.tz)


@dataclass(frozen=True)
class DemoSession:
    """One cold session and what belongs to it; ``UNSAVED``/``None`` stand for its ids."""

    record: SessionRecord
    skin_checks: tuple[SkinCheck, ...]
    ratings: tuple[PainRating, ...]
    follow_up: FollowUp | None = None
    event: AdverseEvent | None = None
    lock: SiteLockRecord | None = None


@dataclass(frozen=True)
class DemoHistory:
    """Everything that happened in the period, each kind oldest first."""

    sessions: tuple[DemoSession, ...]
    ratings: tuple[PainRating, ...]
    pegs: tuple[PegResponse, ...]
    completions: tuple[ExerciseCompletion, ...]
    logs: tuple[OccurrenceLog, ...]

    @property
    def events(self) -> list[AdverseEvent]:
        """The adverse events."""
        return [s.event for s in self.sessions if s.event is not None]


def demo_profile(period: DemoPeriod) -> Profile:
    """The Demo person: 68 at the start, high blood pressure, screening answered on day one."""
    return Profile(
        name=DEMO_NAME,
        birth_year=period.first_day.year - DEMO_AGE,
        conditions=frozenset({Condition.HYPERTENSION}),
        screening_answered_at=period.at(period.first_day, 8, 30),
    )


def demo_plan(profile_id: int, library: Sequence[Exercise], period: DemoPeriod) -> list[PlanItem]:
    """The weekly plan: knee exercises and ice every morning, the lower back three afternoons,
    the right shoulder (on and off) three evenings, each after its exercise."""
    ids = {e.builtin_key: e.id for e in library if e.builtin_key is not None}

    def exercise(
        key: str, label: str, weekdays: frozenset[int], at: time, position: int
    ) -> PlanItem:
        return PlanItem(
            profile_id,
            ItemKind.EXERCISE,
            label,
            weekdays,
            at,
            period.first_day,
            position=position,
            exercise_id=ids[key],
        )

    def cold(label: str, weekdays: frozenset[int], at: time, how: _ColdHow) -> PlanItem:
        return PlanItem(
            profile_id,
            ItemKind.COLD,
            label,
            weekdays,
            at,
            period.first_day,
            site=BodySite.parse(how.site),
            modality=how.modality,
            barrier=how.barrier,
            minutes=how.minutes,
            protocol=how.protocol,
        )

    return [
        exercise("knee-thigh-press", "Thigh press", _EVERY_DAY, time(9, 30), 0),
        exercise("knee-heel-slide", "Heel slide", _EVERY_DAY, time(9, 30), 1),
        cold(
            "Ice the left knee",
            _EVERY_DAY,
            time(10),
            _ColdHow(_KNEE.code, Modality.GEL_PACK, Barrier.DAMP_CLOTH, 15),
        ),
        exercise("back-pelvic-tilt", "Pelvic tilt", _MON_WED_FRI, time(14, 30), 0),
        cold(
            "Cool the lower back",
            _MON_WED_FRI,
            time(15),
            _ColdHow("lower-back", Modality.ICE_BAG, Barrier.DAMP_CLOTH, 12),
        ),
        exercise("shoulder-pendulum", "Pendulum swing", _TUE_THU_SAT, time(18, 30), 0),
        cold(
            "Right shoulder, on and off",
            _TUE_THU_SAT,
            time(19),
            _ColdHow(
                "shoulder-right",
                Modality.FROZEN_VEGETABLES,
                Barrier.PACK_SLEEVE,
                14,
                IntermittentProtocol(7, 10, 7),
            ),
        ),
    ]


@dataclass(frozen=True)
class _ColdHow:
    site: str
    modality: Modality
    barrier: Barrier
    minutes: int
    protocol: IntermittentProtocol | None = None


def demo_history(
    profile: Profile,
    plan: Sequence[PlanItem],
    library: Sequence[Exercise],
    period: DemoPeriod,
    seed: int,
) -> DemoHistory:
    """The history of ``profile`` (stored: it has an id) living ``plan`` (stored: ids too)."""
    if profile.id is None or any(item.id is None for item in plan):
        raise BadInputError("the demo history needs a stored profile and plan (with ids)")
    life = _Life(profile, plan, library, period, random.Random(seed))
    for index in range(period.days):
        life.live(index)
    return life.history()


# ----------------------------------------------------------------------------- pain


@dataclass(frozen=True)
class _Flare:
    start: int
    length: int
    height: float

    def bump(self, index: int) -> float:
        into = index - self.start
        return self.height * (1 - into / self.length) if 0 <= into < self.length else 0.0


class _PainCourse:
    """Pain falling over the weeks, with a flare in every 90 days."""

    def __init__(self, rng: random.Random, days: int) -> None:
        self._rng = rng
        self._flares = [
            _Flare(
                start + int(min(_FLARE_EVERY_DAYS, days - start) * rng.uniform(0.55, 0.7)),
                rng.randint(4, 7),
                rng.uniform(2.0, 3.0),
            )
            for start in range(0, days, _FLARE_EVERY_DAYS)
        ]

    def level(self, index: int) -> float:
        trend = _PAIN_FLOOR + (_PAIN_START - _PAIN_FLOOR) * math.exp(-index / _PAIN_DAYS)
        return trend + sum(f.bump(index) for f in self._flares)

    def flaring(self, index: int) -> bool:
        return any(f.bump(index) > 0 for f in self._flares)

    def felt(self, index: int) -> float:
        return min(max(self.level(index) + self._rng.gauss(0, 0.7), 0.0), 10.0)


def _nrs(value: float) -> int:
    return min(max(round(value), 0), 10)


# ----------------------------------------------------------------------------- one day


@dataclass
class _Day:
    """What the person is like today."""

    index: int
    day: date
    felt: float
    away: bool
    flaring: bool
    busy_until: datetime


@dataclass
class _Records:
    sessions: list[DemoSession] = field(default_factory=list)
    ratings: list[PainRating] = field(default_factory=list)
    pegs: list[PegResponse] = field(default_factory=list)
    completions: list[ExerciseCompletion] = field(default_factory=list)
    logs: list[OccurrenceLog] = field(default_factory=list)


@dataclass(frozen=True)
class _Cold:
    """A session to try: the request, the minutes wanted, and what will happen."""

    request: ColdRequest
    minutes: int
    plan_item_id: int | None = None
    red_skin: bool = False


class _Life:
    """Lives the period day by day, keeping what the safety engine needs to know."""

    def __init__(
        self,
        profile: Profile,
        plan: Sequence[PlanItem],
        library: Sequence[Exercise],
        period: DemoPeriod,
        rng: random.Random,
    ) -> None:
        assert profile.id is not None
        self._profile_id = profile.id
        self._safety = profile.safety_profile()
        self._plan = plan
        self._exercises = {e.id: e for e in library}
        self._period = period
        self._rng = rng
        self._pain = _PainCourse(rng, period.days)
        self._adverse_from = int(period.days * 0.4)
        self._adverse_item = next(i for i in plan if i.kind is ItemKind.COLD)
        self._adverse_done = False
        self._past: dict[BodySite, list[PastSession]] = {}
        self._locks: list[SiteLock] = []
        self._out = _Records()

    def history(self) -> DemoHistory:
        out = self._out
        return DemoHistory(
            tuple(sorted(out.sessions, key=lambda s: s.record.started_at)),
            tuple(sorted(out.ratings, key=lambda r: r.rated_at)),
            tuple(out.pegs),
            tuple(out.completions),
            tuple(out.logs),
        )

    # ------------------------------------------------------------------ the day's agenda

    def live(self, index: int) -> None:
        day = self._period.first_day + timedelta(days=index)
        today = _Day(
            index,
            day,
            self._pain.felt(index),
            self._rng.random() < _AWAY,
            self._pain.flaring(index),
            self._period.at(day, 7) + self._span(0, 90),
        )
        if not today.away and self._rng.random() < _CHECK_IN:
            self._check_in(today)
        for _, _, task in sorted(self._agenda(today), key=lambda t: (t[0], t[1])):
            task()

    def _agenda(self, today: _Day) -> Iterable[tuple[datetime, int, Callable[[], None]]]:
        day, at = today.day, self._period.at
        for item in self._plan:
            if item.active_on(day):
                due = resolve_local(day, item.at, self._period.tz)
                yield due, item.position, partial(self._planned, item, due, today)
        if today.away:
            return
        if today.flaring and self._rng.random() < _FLARE_EXTRA_ICE:
            yield at(day, 20, 30), 0, partial(self._extra, self._evening_knee(), today)
        if self._rng.random() < _ANKLE_SOAK:
            yield at(day, 16, 30), 0, partial(self._extra, self._ankle_soak(), today)
        if day.weekday() == _SUNDAY and self._rng.random() < _PEG:
            yield at(day, 19, 45), 0, partial(self._peg, today)

    def _span(self, low_minutes: float, high_minutes: float) -> timedelta:
        return timedelta(seconds=self._rng.randint(int(low_minutes * 60), int(high_minutes * 60)))

    def _begin(self, due: datetime, today: _Day) -> datetime:
        """When the person gets to something due: around its time, after what came before."""
        start = due + self._span(-10, 45)
        return max(start, today.busy_until + self._span(1, 5))

    # ------------------------------------------------------------------ diary

    def _check_in(self, today: _Day) -> None:
        self._out.ratings.append(
            PainRating(self._profile_id, today.busy_until, _nrs(today.felt), PainContext.DAILY)
        )
        today.busy_until += self._span(1, 3)

    def _peg(self, today: _Day) -> None:
        when = self._begin(self._period.at(today.day, 19, 45), today)
        week = self._pain.level(today.index)
        gauss = self._rng.gauss
        self._out.pegs.append(
            PegResponse(
                self._profile_id,
                when,
                _nrs(week + gauss(0, 0.5)),
                _nrs(week * 0.9 + gauss(0, 0.8)),
                _nrs(week * 1.05 + gauss(0, 0.8)),
            )
        )
        today.busy_until = when + self._span(1, 2)

    # ------------------------------------------------------------------ the plan

    def _planned(self, item: PlanItem, due: datetime, today: _Day) -> None:
        assert item.id is not None
        forced = (
            item is self._adverse_item
            and not self._adverse_done
            and today.index >= self._adverse_from
        )
        if not forced:
            reason = self._reason_to_skip(today)
            if reason is not None:
                self._log(item, today, skip_reason=reason)
                return
            if self._rng.random() < _MISSED:
                return
        start = self._begin(due, today)
        if item.kind is ItemKind.EXERCISE:
            self._log(item, today, done_at=self._exercise(item, start, today))
            return
        assert item.site is not None
        assert item.modality is not None
        request = ColdRequest(
            item.site, item.modality, item.barrier, item.water_temp_c, item.protocol
        )
        verdict = self._verdict(request, start)
        if ReasonCode.SITE_LOCKED in verdict.block_codes():
            self._log(item, today, skip_reason=SkipReason.SKIN_NOT_READY)
        elif verdict.allowed:
            cold = _Cold(request, item.minutes, item.id, red_skin=forced)
            self._log(item, today, done_at=self._session(cold, verdict, start, today))
            self._adverse_done = self._adverse_done or forced

    def _reason_to_skip(self, today: _Day) -> SkipReason | None:
        if today.away:
            return SkipReason.NOT_AT_HOME
        if today.felt >= 6.5 and self._rng.random() < _TOO_SORE:
            return SkipReason.TOO_MUCH_PAIN
        if self._rng.random() < _SKIPPED:
            return self._rng.choice(
                (SkipReason.FEELING_UNWELL, SkipReason.NOT_AT_HOME, SkipReason.OTHER)
            )
        return None

    def _log(
        self,
        item: PlanItem,
        today: _Day,
        *,
        done_at: datetime | None = None,
        skip_reason: SkipReason | None = None,
    ) -> None:
        assert item.id is not None
        note = self._rng.choice(_OTHER_NOTES) if skip_reason is SkipReason.OTHER else ""
        self._out.logs.append(
            OccurrenceLog(
                self._profile_id,
                item.id,
                today.day,
                done_at=done_at,
                skip_reason=skip_reason,
                skip_note=note,
                notified_at=resolve_local(today.day, item.at, self._period.tz),
            )
        )

    def _exercise(self, item: PlanItem, start: datetime, today: _Day) -> datetime:
        exercise = self._exercises[item.exercise_id]
        sets = exercise.sets if self._rng.random() < 0.9 else max(exercise.sets - 1, 1)
        reps = exercise.reps - (self._rng.randint(1, 3) if today.felt >= 6 else 0)
        seconds = sets * (reps * (exercise.hold_seconds + 4) + exercise.rest_seconds)
        done = start + timedelta(seconds=seconds) + self._span(0.5, 2)
        after = _nrs(today.felt + self._rng.gauss(0, 0.6)) if self._rng.random() < 0.7 else None
        assert exercise.id is not None
        self._out.completions.append(
            ExerciseCompletion(
                self._profile_id,
                exercise.id,
                done,
                sets,
                reps,
                self._effort(today.felt),
                pain=after,
                plan_item_id=item.id,
            )
        )
        today.busy_until = done
        return done

    def _effort(self, felt: float) -> Effort:
        if felt < 3.5:
            return self._rng.choice((Effort.EASY, Effort.JUST_RIGHT))
        if felt < 6:
            return self._rng.choice((Effort.JUST_RIGHT, Effort.JUST_RIGHT, Effort.HARD))
        return self._rng.choice((Effort.HARD, Effort.HARD, Effort.TOO_HARD))

    # ------------------------------------------------------------------ sessions

    def _evening_knee(self) -> _Cold:
        return _Cold(ColdRequest(_KNEE, Modality.GEL_PACK, Barrier.DAMP_CLOTH), 12)

    def _ankle_soak(self) -> _Cold:
        water = self._rng.choice((12.0, 12.5, 13.0, 14.0, 15.0))
        request = ColdRequest(_ANKLE, Modality.COLD_WATER_IMMERSION, Barrier.NONE, water)
        return _Cold(request, self._rng.randint(8, 10))

    def _extra(self, cold: _Cold, today: _Day) -> None:
        start = self._begin(today.busy_until, today)
        verdict = self._verdict(cold.request, start)
        if verdict.allowed:
            self._session(cold, verdict, start, today)

    def _verdict(self, request: ColdRequest, start: datetime) -> Verdict:
        group = request.site.rest_group
        history = SiteHistory(self._past.get(group, [])[-3:], self._locks)
        return evaluate(self._safety, request, history, start, self._period.tz)

    def _session(self, cold: _Cold, verdict: Verdict, start: datetime, today: _Day) -> datetime:
        plan = _session_plan(cold, verdict)
        before = _nrs(today.felt + self._rng.gauss(0, 0.5))
        session = ColdSession(plan, before)
        session.start(start)
        _Player(session, self._rng, self._script(plan, start)).play(start)
        assert session.removed_at is not None
        after_at = session.removed_at + self._span(0.5, 2.5)
        after = max(before - self._rng.choice((0, 1, 1, 2, 2, 3)), 0)
        look = SkinLook.BRIGHT_RED if cold.red_skin else SkinLook.NORMAL
        effects = session.finish_aftercare(AfterAnswer(look, after), after_at)
        stop = next((e.consequences for e in effects if isinstance(e, StoppedForSigns)), None)
        record = self._record(session, cold.plan_item_id, start, look)
        ratings = [self._rating(record, start, before, PainContext.BEFORE)]
        ratings.append(self._rating(record, after_at, after, PainContext.AFTER))
        follow_up = self._follow_up(record, after, ratings)
        event, lock = self._stop(record, stop, after_at) if stop else (None, None)
        checks = tuple(_skin_check(c) for c in session.skin_checks)
        self._out.sessions.append(
            DemoSession(record, checks, tuple(ratings), follow_up, event, lock)
        )
        self._past.setdefault(record.site.rest_group, []).append(
            PastSession(record.site, record.modality, start, session.removed_at)
        )
        today.busy_until = after_at
        return after_at

    def _stop(
        self, record: SessionRecord, stop: Consequences, at: datetime
    ) -> tuple[AdverseEvent, SiteLockRecord | None]:
        """The adverse event of a stop in aftercare, and its lock (as the controller writes)."""
        event = AdverseEvent(
            self._profile_id,
            at,
            EventSource.AFTERCARE,
            site=record.site,
            signs=stop.signs,
            lock_until=stop.lock_until,
            review_needed=stop.review_needed,
            call_emergency=stop.call_emergency,
            note="The skin stayed bright red after the pack came off.",
        )
        if stop.lock_until is None:
            return event, None
        self._locks.append(SiteLock(record.site, stop.lock_until))
        return event, SiteLockRecord(self._profile_id, record.site, at, stop.lock_until)

    def _script(self, plan: SessionPlan, start: datetime) -> _Script:
        stop_at = None
        if plan.protocol is None and self._rng.random() < _EARLY_STOP:
            stop_at = start + self._span(4, max(plan.planned_minutes - 2, 4))
        pause = self._span(1, 4) if self._rng.random() < _PAUSE else None
        return _Script(stop_at, pause)

    def _record(
        self, session: ColdSession, plan_item_id: int | None, start: datetime, look: SkinLook
    ) -> SessionRecord:
        plan = session.plan
        span = plan.protocol.total_minutes if plan.protocol else plan.planned_minutes
        return SessionRecord(
            profile_id=self._profile_id,
            site=plan.site,
            modality=plan.modality,
            barrier=plan.barrier,
            recommended_minutes=plan.recommended_minutes,
            max_minutes=plan.max_minutes,
            planned_minutes=sum(plan.on_phase_minutes()),
            skin_check_every_minutes=plan.skin_check_every_minutes,
            rest_minutes=plan.rest_minutes,
            started_at=start,
            planned_end_at=start + timedelta(minutes=span),
            water_temp_c=plan.water_temp_c,
            protocol=plan.protocol,
            state=SessionState.FINISHED,
            removed_at=session.removed_at,
            outcome=session.outcome,
            phases=tuple(session.phases),
            skin_after=look,
            plan_item_id=plan_item_id,
        )

    def _rating(
        self, record: SessionRecord, at: datetime, value: int, context: PainContext
    ) -> PainRating:
        return PainRating(self._profile_id, at, value, context, site=record.site)

    def _follow_up(
        self, record: SessionRecord, after: int, ratings: list[PainRating]
    ) -> FollowUp | None:
        if self._rng.random() >= _FOLLOW_UP:
            return None
        assert record.removed_at is not None
        at = record.removed_at + timedelta(minutes=30) + self._span(0, 40)
        if self._rng.random() < 0.6:
            later = _nrs(after + self._rng.choice((0, 0, 1)))
            ratings.append(self._rating(record, at, later, PainContext.FOLLOW_UP))
        return FollowUp(UNSAVED, at, False, False, False, FollowUpAdvice.ALL_WELL)


def _session_plan(cold: _Cold, verdict: Verdict) -> SessionPlan:
    """The plan the session controller would build from the verdict."""
    assert verdict.max_minutes is not None
    assert verdict.recommended_minutes is not None
    assert verdict.skin_check_every_minutes is not None
    assert verdict.rest_minutes is not None
    request = cold.request
    protocol = request.protocol
    return SessionPlan(
        site=request.site,
        modality=request.modality,
        barrier=request.barrier,
        recommended_minutes=verdict.recommended_minutes,
        max_minutes=verdict.max_minutes,
        skin_check_every_minutes=verdict.skin_check_every_minutes,
        rest_minutes=verdict.rest_minutes,
        planned_minutes=protocol.total_on_minutes
        if protocol
        else min(cold.minutes, verdict.max_minutes),
        water_temp_c=request.water_temp_c,
        protocol=protocol,
    )


def _skin_check(check: SkinCheckRecord) -> SkinCheck:
    answer = check.answer
    return SkinCheck(
        UNSAVED,
        check.number,
        check.due_at,
        check.answered_at,
        answer.look,
        answer.sensation,
        answer.pain,
        answer.symptoms,
    )


# ----------------------------------------------------------------------------- playing a session


@dataclass(frozen=True)
class _Script:
    """What the person will do: take the pack off early at ``stop_at``, pause once."""

    stop_at: datetime | None
    pause: timedelta | None


class _Player:
    """Plays a started session the way a person would: answers, alarms, the pack off."""

    def __init__(self, session: ColdSession, rng: random.Random, script: _Script) -> None:
        self._session = session
        self._rng = rng
        self._script = script
        self._paused = False

    def play(self, now: datetime) -> None:
        pending: list[Effect] = []
        while not self._session.ended:
            if pending:
                now, more = self._respond(pending.pop(0), now)
                pending.extend(more)
                continue
            deadline = self._session.next_deadline(now)
            assert deadline is not None
            stop_at = self._script.stop_at
            if stop_at is not None and stop_at <= deadline:
                self._session.take_pack_off(max(now, stop_at))
                return
            now = deadline
            pending = self._session.tick(now)

    def _later(self, low: int, high: int) -> timedelta:
        return timedelta(seconds=self._rng.randint(low, high))

    def _respond(self, effect: Effect, now: datetime) -> tuple[datetime, list[Effect]]:
        session = self._session
        if isinstance(effect, SkinCheckDue):
            return self._answer(now)
        if isinstance(effect, RemovePackNow):
            now += self._later(2, 40)
            return now, session.take_pack_off(now)
        if isinstance(effect, PutPackBackOn):
            now += self._later(15, 240)
            return now, session.put_pack_back_on(now)
        return now, []

    def _answer(self, due: datetime) -> tuple[datetime, list[Effect]]:
        session = self._session
        deadline = session.phase_deadline(due)
        answered = due + self._later(5, 45)
        if deadline is not None and answered >= deadline:
            answered = due
        minutes_on = session.cold_on_time(answered) / timedelta(minutes=1)
        effects = session.answer_skin_check(self._skin(minutes_on), answered)
        if self._script.pause is None or self._paused or effects:
            return answered, effects
        self._paused = True
        paused_at = answered + self._later(5, 20)
        session.pause(paused_at)
        resumed_at = paused_at + self._script.pause
        return resumed_at, session.resume(resumed_at)

    def _skin(self, minutes_on: float) -> SkinCheckAnswer:
        if minutes_on < 4:
            sensation = Sensation.COLD
        elif minutes_on < 8:
            sensation = Sensation.BURNING
        else:
            sensation = Sensation.ACHING
        pain = PainChange.BETTER if self._rng.random() < 0.55 else PainChange.SAME
        symptoms = frozenset({Symptom.TINGLING}) if self._rng.random() < 0.03 else frozenset()
        return SkinCheckAnswer(SkinLook.NORMAL, sensation, pain, symptoms)


def logs_by_key(logs: Iterable[OccurrenceLog]) -> Mapping[tuple[int, date], OccurrenceLog]:
    """The logs keyed as the plan's adherence functions take them."""
    return {log.key: log for log in logs}
