"""Records with every field set, and helpers that store and read them all.

Shared by the round trips, the kill drill and the fixture-database generator.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType

from coldcare.domain.audit import RecordKind
from coldcare.domain.exercises import BodyRegion, Effort, Exercise, ExerciseCompletion
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.plan import ItemKind, OccurrenceLog, PlanItem, SkipReason
from coldcare.domain.records import (
    AdverseEvent,
    Clearance,
    ClinicianReview,
    ClinicVisit,
    EnteredBy,
    EventSource,
    FollowUp,
    PainContext,
    PainRating,
    Profile,
    SessionRecord,
    SessionState,
    SiteLockRecord,
    SkinCheck,
    VisitFeeling,
)
from coldcare.domain.safety import IntermittentProtocol
from coldcare.domain.session import Outcome, Phase, PhaseRecord
from coldcare.domain.signs import (
    FollowUpAdvice,
    PainChange,
    Sensation,
    SkinLook,
    StopSign,
    Symptom,
)
from coldcare.domain.vocabulary import Barrier, BodySite, Condition, Finding, Modality
from coldcare.storage.database import Storage
from coldcare.storage.migrations import execute
from coldcare.storage.repositories import (
    SqliteClinicVisitRepository,
    SqliteExerciseRepository,
    SqlitePainRepository,
    SqlitePegRepository,
    SqlitePlanRepository,
    SqliteProfileRepository,
    SqliteRecordEditor,
    SqliteSafetyEventRepository,
    SqliteSessionRepository,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
KNEE_LEFT = BodySite.parse("knee-left")
KNEE_OUTER_LEFT = BodySite.parse("knee-outer-left")
KNEE_RIGHT = BodySite.parse("knee-right")
LOWER_BACK = BodySite.parse("lower-back")
MONDAY = date(2026, 3, 2)  # T0's date
# A valid 1×1 PNG (one lilac pixel): the smallest real picture an exercise can carry.
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478"
    "9c63483bf31f0003cd0232eaff2a240000000049454e44ae426082"
)


def full_profile(name: str = "Margarethe Müller") -> Profile:
    """A profile with every field away from its default."""
    return Profile(
        name=name,
        birth_year=1948,
        conditions=frozenset({Condition.RAYNAUDS, Condition.DIABETES}),
        clearances=(Clearance(Condition.RAYNAUDS, date(2025, 11, 3), "Dr. Anna Weber"),),
        site_findings=MappingProxyType(
            {
                KNEE_RIGHT: frozenset({Finding.BROKEN_SKIN, Finding.POOR_CIRCULATION}),
                LOWER_BACK: frozenset({Finding.REGENERATING_NERVE}),
            }
        ),
        personal_max_minutes=12,
        personal_rest_minutes=90,
        supervised=True,
        review_required_since=T0 - timedelta(days=3, milliseconds=250),
        reviews=(
            ClinicianReview(date(2025, 6, 1), "Dr. Weber", "Hives after ice massage; fine now."),
            ClinicianReview(date(2026, 1, 9), "Nurse Kim"),
        ),
        entered_by=EnteredBy.CAREGIVER,
        entered_by_name="Jonas Müller",
        screening_answered_at=T0 - timedelta(days=30),
    )


def full_session(profile_id: int, started: datetime = T0) -> SessionRecord:
    """A finished intermittent session with every field away from its default."""
    return SessionRecord(
        profile_id=profile_id,
        site=KNEE_OUTER_LEFT,
        modality=Modality.COLD_WATER_IMMERSION,
        barrier=Barrier.NONE,
        recommended_minutes=10,
        max_minutes=20,
        planned_minutes=20,
        skin_check_every_minutes=5,
        rest_minutes=60,
        started_at=started,
        planned_end_at=started + timedelta(minutes=30),
        water_temp_c=12.5,
        protocol=IntermittentProtocol(10, 10, 10),
        state=SessionState.FINISHED,
        removed_at=started + timedelta(minutes=24, seconds=30),
        outcome=Outcome.STOPPED_FOR_SIGN,
        phases=(
            PhaseRecord(Phase.COLD_ON, started, started + timedelta(minutes=10)),
            PhaseRecord(
                Phase.COLD_OFF, started + timedelta(minutes=10), started + timedelta(minutes=20)
            ),
            PhaseRecord(
                Phase.COLD_ON,
                started + timedelta(minutes=20),
                started + timedelta(minutes=24, seconds=30),
            ),
        ),
        stop_signs=frozenset({StopSign.NUMBNESS, StopSign.WHITE_SKIN}),
        skin_after=SkinLook.WHITE,
        caregiver_present=True,
        plan_item_id=7,
        note="Stopped: the skin went white at the second check.",
    )


def simple_session(
    profile_id: int,
    site: BodySite,
    started: datetime,
    *,
    minutes: int = 15,
    state: SessionState = SessionState.FINISHED,
) -> SessionRecord:
    """A plain gel-pack session, finished unless told otherwise."""
    end = started + timedelta(minutes=minutes)
    finished = state is SessionState.FINISHED
    return SessionRecord(
        profile_id=profile_id,
        site=site,
        modality=Modality.GEL_PACK,
        barrier=Barrier.DAMP_CLOTH,
        recommended_minutes=15,
        max_minutes=20,
        planned_minutes=minutes,
        skin_check_every_minutes=5,
        rest_minutes=60,
        started_at=started,
        planned_end_at=end,
        state=state,
        removed_at=end if finished else None,
        outcome=Outcome.COMPLETED if finished else None,
        phases=(PhaseRecord(Phase.COLD_ON, started, end),) if finished else (),
    )


def skin_check(session_id: int, number: int = 1) -> SkinCheck:
    """An answered skin check with symptoms."""
    due = T0 + timedelta(minutes=5 * number)
    return SkinCheck(
        session_id=session_id,
        number=number,
        due_at=due,
        answered_at=due + timedelta(seconds=42),
        look=SkinLook.BRIGHT_RED,
        sensation=Sensation.BURNING,
        pain=PainChange.WORSE,
        symptoms=frozenset({Symptom.TINGLING, Symptom.DIZZINESS}),
    )


def follow_up(session_id: int) -> FollowUp:
    """A follow-up that calls for medical advice."""
    return FollowUp(
        session_id=session_id,
        answered_at=T0 + timedelta(minutes=55),
        numb_or_tingling=True,
        new_weakness=False,
        skin_hard_or_blistered=True,
        advice=FollowUpAdvice.SEEK_MEDICAL_ADVICE,
    )


def rating(
    profile_id: int,
    rated_at: datetime = T0,
    *,
    value: int = 6,
    session_id: int | None = None,
    context: PainContext = PainContext.BEFORE,
) -> PainRating:
    """A pain rating at the left knee."""
    return PainRating(
        profile_id=profile_id,
        rated_at=rated_at,
        value=value,
        context=context,
        site=KNEE_LEFT,
        session_id=session_id,
        note="Stiff after the stairs.",
    )


def adverse_event(profile_id: int, session_id: int | None) -> AdverseEvent:
    """A skin-sign stop that locked the site and asked for a review."""
    return AdverseEvent(
        profile_id=profile_id,
        occurred_at=T0 + timedelta(minutes=24),
        source=EventSource.SKIN_CHECK,
        session_id=session_id,
        site=KNEE_OUTER_LEFT,
        signs=frozenset({StopSign.WHITE_SKIN, StopSign.HIVES}),
        lock_until=T0 + timedelta(hours=24, minutes=24),
        review_needed=True,
        call_emergency=False,
        advice=FollowUpAdvice.SEEK_URGENT_ADVICE,
        note="White patch below the kneecap.",
    )


def site_lock(profile_id: int, event_id: int | None, until: datetime) -> SiteLockRecord:
    """A lock of the left knee."""
    return SiteLockRecord(
        profile_id=profile_id,
        site=KNEE_LEFT,
        locked_at=T0,
        until=until,
        event_id=event_id,
    )


def clinic_visit(profile_id: int, visited_at: datetime = T0) -> ClinicVisit:
    """A three-minute whole-body cryotherapy visit."""
    return ClinicVisit(
        profile_id=profile_id,
        visited_at=visited_at,
        minutes=2.5,
        feeling=VisitFeeling.UNCOMFORTABLE,
        note="Cold feet afterwards.",
    )


def peg(profile_id: int, answered_at: datetime = T0, *, pain: int = 6) -> PegResponse:
    """A weekly PEG answer with a note."""
    return PegResponse(
        profile_id=profile_id,
        answered_at=answered_at,
        pain=pain,
        enjoyment=4,
        activity=7,
        note="A bad week for the stairs.",
    )


def cold_item(profile_id: int, **changes: object) -> PlanItem:
    """An intermittent cold-water item with every field away from its default."""
    item = PlanItem(
        profile_id=profile_id,
        kind=ItemKind.COLD,
        label="Ankle bath after the walk",
        weekdays=frozenset({0, 2, 6}),
        at=time(18, 45),
        start_date=MONDAY,
        end_date=date(2026, 6, 30),
        position=1,
        heads_up=True,
        site=BodySite.parse("ankle-foot-right"),
        modality=Modality.COLD_WATER_IMMERSION,
        barrier=Barrier.NONE,
        minutes=20,
        water_temp_c=12.5,
        protocol=IntermittentProtocol(5, 10, 5),
    )
    return dataclasses.replace(item, **changes)


def exercise_item(profile_id: int, exercise_id: int, **changes: object) -> PlanItem:
    """A morning exercise item on weekdays."""
    item = PlanItem(
        profile_id=profile_id,
        kind=ItemKind.EXERCISE,
        label="Knee exercises",
        weekdays=frozenset(range(5)),
        at=time(7, 30),
        start_date=MONDAY,
        exercise_id=exercise_id,
    )
    return dataclasses.replace(item, **changes)


def occurrence_log(profile_id: int, item_id: int, day: date = MONDAY) -> OccurrenceLog:
    """A log with every field away from its default (snoozed, then skipped)."""
    return OccurrenceLog(
        profile_id=profile_id,
        item_id=item_id,
        day=day,
        done_at=T0 + timedelta(minutes=50),
        skip_reason=SkipReason.OTHER,
        skip_note="Visiting my sister.",
        snoozes=2,
        snoozed_until=T0 + timedelta(minutes=25),
        notified_at=T0 + timedelta(milliseconds=1500),
        missed_shown=True,
    )


def custom_exercise(name: str = "Step-ups on the bottom stair") -> Exercise:
    """A custom exercise with a picture and every field away from its default."""
    return Exercise(
        name=name,
        instructions="Hold the banister. Step up with the weaker leg, then down. Go slowly.",
        region=BodyRegion.KNEE,
        sets=3,
        reps=12,
        hold_seconds=2,
        rest_seconds=90,
        picture=TINY_PNG,
    )


def completion(
    profile_id: int,
    exercise_id: int,
    completed_at: datetime = T0,
    *,
    plan_item_id: int | None = None,
) -> ExerciseCompletion:
    """A completion with a pain rating and a note."""
    return ExerciseCompletion(
        profile_id=profile_id,
        exercise_id=exercise_id,
        completed_at=completed_at,
        sets_done=2,
        reps_done=10,
        effort=Effort.HARD,
        pain=4,
        plan_item_id=plan_item_id,
        note="The second set was hard.",
    )


# ----------------------------------------------------------------------------- storing and reading


def count_rows(storage: Storage, table: str) -> int:
    """How many rows ``table`` holds."""
    return int(execute(storage.database, f'SELECT count(*) FROM "{table}"').fetchone()[0])


def store_one_of_everything(storage: Storage, profile_id: int) -> int:
    """Make the profile a full one and give it a row in every table (the adverse event
    corrected afterwards, for an audit entry); returns the session id."""
    SqliteProfileRepository(storage).save_profile(
        dataclasses.replace(full_profile(), id=profile_id)
    )
    sessions = SqliteSessionRepository(storage)
    session_id = sessions.save_session(full_session(profile_id)).id or 0
    sessions.add_skin_check(skin_check(session_id))
    sessions.add_follow_up(follow_up(session_id))
    sessions.beat(session_id, T0)
    SqlitePainRepository(storage).add_rating(rating(profile_id, session_id=session_id))
    safety = SqliteSafetyEventRepository(storage)
    event = safety.add_event(adverse_event(profile_id, session_id))
    safety.add_lock(site_lock(profile_id, event.id, T0 + 24 * HOUR))
    corrected = dataclasses.replace(event, note="White patch below the kneecap; gone by noon.")
    SqliteRecordEditor(storage).update(RecordKind.ADVERSE_EVENT, corrected)
    SqliteClinicVisitRepository(storage).add_visit(clinic_visit(profile_id))
    SqlitePegRepository(storage).add_peg(peg(profile_id))
    store_a_plan(storage, profile_id)
    return session_id


def store_a_plan(storage: Storage, profile_id: int) -> tuple[PlanItem, PlanItem]:
    """A custom exercise, a plan of a cold item and an exercise item playing it, a log of the
    cold item and a completion from the exercise item; returns the two saved items."""
    exercises = SqliteExerciseRepository(storage)
    exercise_id = exercises.save_exercise(custom_exercise()).id or 0
    plan = SqlitePlanRepository(storage)
    cold, exercise = plan.save_plan(
        profile_id, [cold_item(profile_id), exercise_item(profile_id, exercise_id)]
    )
    plan.save_log(occurrence_log(profile_id, cold.id or 0))
    exercises.add_completion(completion(profile_id, exercise_id, plan_item_id=exercise.id))
    return cold, exercise


def read_everything(storage: Storage) -> list[object]:
    """Every stored record of every profile, read through the repositories."""
    start, end = T0 - 5000 * 24 * HOUR, T0 + 5000 * 24 * HOUR
    sessions = SqliteSessionRepository(storage)
    safety = SqliteSafetyEventRepository(storage)
    plan = SqlitePlanRepository(storage)
    exercises = SqliteExerciseRepository(storage)
    editor = SqliteRecordEditor(storage)
    found: list[object] = list(exercises.exercises(include_archived=True))
    for profile in SqliteProfileRepository(storage).list_profiles():
        profile_id = profile.id or 0
        found.append(profile)
        for session in sessions.sessions_between(profile_id, start, end):
            session_id = session.id or 0
            found.extend((session, sessions.follow_up(session_id), sessions.last_beat(session_id)))
            found.extend(sessions.skin_checks(session_id))
        found.extend(SqlitePainRepository(storage).ratings_between(profile_id, start, end))
        found.extend(safety.events_between(profile_id, start, end))
        found.extend(safety.active_locks(profile_id, start))
        found.extend(SqliteClinicVisitRepository(storage).visits_between(profile_id, start, end))
        found.extend(plan.plan_items(profile_id, include_archived=True))
        found.extend(plan.logs_between(profile_id, start.date(), end.date()).values())
        found.extend(exercises.completions_between(profile_id, start, end))
        found.extend(SqlitePegRepository(storage).pegs_between(profile_id, start, end))
        found.extend(editor.audit_trail(profile_id, start, end))
    return [record for record in found if record is not None]


def query_plans(storage: Storage, run: Callable[[], object]) -> list[tuple[str, str]]:
    """Each SELECT that ``run`` makes, with every line of its query plan."""
    statements: list[str] = []
    connection = storage.database.connection()
    connection.set_trace_callback(statements.append)
    run()
    connection.set_trace_callback(None)
    return [
        (sql, str(row[3]))
        for sql in statements
        if sql.lstrip().upper().startswith("SELECT")
        for row in connection.execute("EXPLAIN QUERY PLAN " + sql)
    ]


def table_scans(plans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The statements of ``plans`` that read a whole table (``EXISTS`` reads a constant row)."""
    return [
        (sql, line)
        for sql, line in plans
        if line.startswith("SCAN") and line != "SCAN CONSTANT ROW"
    ]
