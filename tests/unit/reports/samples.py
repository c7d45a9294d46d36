"""A hand-built report period: three weeks around the spring DST change in Berlin."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType
from zoneinfo import ZoneInfo

from coldcare.domain.exercises import BodyRegion, Effort, Exercise, ExerciseCompletion
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.plan import ItemKind, OccurrenceLog, PlanItem, SkipReason
from coldcare.domain.records import (
    AdverseEvent,
    ClinicVisit,
    EventSource,
    PainContext,
    PainRating,
    Profile,
    SessionRecord,
    SessionState,
    SkinCheck,
    VisitFeeling,
)
from coldcare.domain.safety import IntermittentProtocol
from coldcare.domain.session import Outcome
from coldcare.domain.signs import PainChange, Sensation, SkinLook, StopSign
from coldcare.domain.vocabulary import Barrier, BodySite, Modality
from coldcare.reports.dataset import Period, ReportData

BERLIN = ZoneInfo("Europe/Berlin")
FIRST = date(2026, 3, 16)  # a Monday; summer time starts on Sunday 29 March
LAST = date(2026, 4, 5)
EXPORTED_AT = datetime(2026, 4, 6, 12, 0, tzinfo=UTC)
KNEE_LEFT = BodySite.parse("knee-left")
LOWER_BACK = BodySite.parse("lower-back")
WRIST_RIGHT = BodySite.parse("wrist-hand-right")
FORMULA_NOTE = '=HYPERLINK("http://evil.example","click me")'
MINUS_NOTE = "-3 degrees outside"
QUOTED_NOTE = 'She said "fine, thanks",\nthen it ached again'


def berlin(day: date, hour: int, minute: int = 0) -> datetime:
    """A Berlin wall time as an aware UTC instant."""
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN).astimezone(UTC)


def session(
    session_id: int, site: BodySite, modality: Modality, started: datetime, minutes: int
) -> SessionRecord:
    """A finished, completed session of ``minutes`` minutes."""
    return SessionRecord(
        profile_id=1,
        site=site,
        modality=modality,
        barrier=Barrier.DAMP_CLOTH,
        recommended_minutes=15,
        max_minutes=20,
        planned_minutes=15,
        skin_check_every_minutes=5,
        rest_minutes=60,
        started_at=started,
        planned_end_at=started + timedelta(minutes=15),
        id=session_id,
        state=SessionState.FINISHED,
        removed_at=started + timedelta(minutes=minutes),
        outcome=Outcome.COMPLETED,
    )


SESSIONS = (
    replace(session(1, KNEE_LEFT, Modality.GEL_PACK, berlin(FIRST, 8, 2), 15), note=QUOTED_NOTE),
    replace(
        session(2, LOWER_BACK, Modality.ICE_BAG, berlin(date(2026, 3, 18), 20), 8),
        outcome=Outcome.STOPPED_EARLY,
        note=FORMULA_NOTE,
    ),
    replace(
        session(3, WRIST_RIGHT, Modality.COLD_WATER_IMMERSION, berlin(date(2026, 3, 30), 9, 30), 6),
        outcome=Outcome.STOPPED_FOR_SIGN,
        water_temp_c=12.5,
        protocol=IntermittentProtocol(10, 10, 10),
        stop_signs=frozenset({StopSign.WHITE_SKIN}),
    ),
)
SKIN_CHECK = SkinCheck(
    session_id=1,
    number=1,
    due_at=berlin(FIRST, 8, 7),
    answered_at=berlin(FIRST, 8, 7) + timedelta(seconds=20),
    look=SkinLook.NORMAL,
    sensation=Sensation.ACHING,
    pain=PainChange.BETTER,
    id=1,
)
RATINGS = (
    PainRating(1, berlin(FIRST, 8, 1), 6, PainContext.BEFORE, id=1, site=KNEE_LEFT, session_id=1),
    PainRating(1, berlin(FIRST, 8, 18), 3, PainContext.AFTER, id=2, site=KNEE_LEFT, session_id=1),
    PainRating(
        1, berlin(FIRST, 8, 47), 2, PainContext.FOLLOW_UP, id=3, site=KNEE_LEFT, session_id=1
    ),
    PainRating(1, berlin(date(2026, 3, 17), 9), 5, PainContext.DAILY, id=4, note=MINUS_NOTE),
    PainRating(
        1, berlin(date(2026, 3, 17), 18, 50), 4, PainContext.EXERCISE, id=5, site=LOWER_BACK
    ),
)
PEG = PegResponse(1, berlin(date(2026, 3, 20), 10), pain=6, enjoyment=5, activity=3, id=1)
EVENT = AdverseEvent(
    profile_id=1,
    occurred_at=berlin(date(2026, 3, 30), 9, 36),
    source=EventSource.SKIN_CHECK,
    id=1,
    session_id=3,
    site=WRIST_RIGHT,
    signs=frozenset({StopSign.WHITE_SKIN}),
    lock_until=berlin(date(2026, 3, 31), 9, 36),
    note="@ once: skin went white",
)
VISIT = ClinicVisit(1, berlin(date(2026, 4, 2), 15), 3.0, VisitFeeling.FINE, id=1)
EXERCISE = Exercise(
    "Heel slides", "Slide the heel towards you.", BodyRegion.KNEE, 2, 10, 5, 30, id=7
)
COLD_ITEM = PlanItem(
    profile_id=1,
    kind=ItemKind.COLD,
    label="Ice the left knee",
    weekdays=frozenset({0, 2, 4}),
    at=time(8, 0),
    start_date=FIRST,
    id=1,
    end_date=date(2026, 4, 30),
    heads_up=True,
    site=KNEE_LEFT,
    modality=Modality.ICE_BAG,
    barrier=Barrier.DAMP_CLOTH,
    minutes=15,
)
EXERCISE_ITEM = PlanItem(
    profile_id=1,
    kind=ItemKind.EXERCISE,
    label="Knee exercises",
    weekdays=frozenset({1, 3}),
    at=time(18, 30),
    start_date=FIRST,
    id=2,
    exercise_id=7,
)
LOGS = (
    OccurrenceLog(1, 1, FIRST, id=1, done_at=berlin(FIRST, 8, 17)),
    OccurrenceLog(
        1, 1, date(2026, 3, 18), id=2, skip_reason=SkipReason.OTHER, skip_note="+1 visitor"
    ),
    OccurrenceLog(1, 2, date(2026, 3, 17), id=3, done_at=berlin(date(2026, 3, 17), 18, 45)),
)
COMPLETION = ExerciseCompletion(
    1, 7, berlin(date(2026, 3, 17), 18, 45), 2, 10, Effort.JUST_RIGHT, id=1, pain=4, plan_item_id=2
)


def sample_data() -> ReportData:
    """Sessions at three sites with three modalities, a rating of every context, a PEG, an
    adverse event, a clinic visit, a plan with a cold and an exercise item, and notes that
    start with formula characters or hold quotes and line breaks."""
    return ReportData(
        profile=Profile('Margarethe "Grete" Müller', 1948, id=1),
        period=Period(FIRST, LAST, BERLIN),
        sessions=SESSIONS,
        skin_checks=MappingProxyType({1: (SKIN_CHECK,)}),
        ratings=RATINGS,
        pegs=(PEG,),
        events=(EVENT,),
        visits=(VISIT,),
        plan=(COLD_ITEM, EXERCISE_ITEM),
        logs=MappingProxyType({log.key: log for log in LOGS}),
        exercises=MappingProxyType({7: EXERCISE}),
        completions=(COMPLETION,),
    )
