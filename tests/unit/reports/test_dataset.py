"""gather(): one profile's records of a period of local dates, read from the real repositories."""

from __future__ import annotations

import dataclasses
import gc
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import pytest

from coldcare.domain.audit import RecordKind
from coldcare.domain.exercises import Effort, ExerciseCompletion
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.plan import OccurrenceLog
from coldcare.domain.records import PainContext, Profile
from coldcare.domain.vocabulary import BadInputError
from coldcare.reports.dataset import ReportSources, collection_paused, gather
from coldcare.storage.database import Storage
from coldcare.storage.repositories import (
    SqliteClinicVisitRepository,
    SqliteExerciseRepository,
    SqlitePainRepository,
    SqlitePlanRepository,
    SqliteProfileRepository,
    SqliteRecordEditor,
    SqliteSafetyEventRepository,
    SqliteSessionRepository,
)
from tests.unit.reports.samples import BERLIN
from tests.unit.storage.samples import (
    KNEE_LEFT,
    adverse_event,
    clinic_visit,
    cold_item,
    custom_exercise,
    exercise_item,
    rating,
    simple_session,
    skin_check,
)

FIRST, LAST = date(2026, 3, 23), date(2026, 3, 29)  # the week summer time begins


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN).astimezone(UTC)


# Just outside, just inside (already the 22nd in UTC), inside, just inside at the end, outside.
BEFORE = local(FIRST - timedelta(days=1), 23, 59)
START = local(FIRST, 0, 10)
MIDDLE = local(date(2026, 3, 26), 10)
END = local(LAST, 23, 50)
AFTER = local(LAST + timedelta(days=1), 0, 0)
INSIDE = (START, MIDDLE, END)


@dataclass
class MemoryPegs:
    """The PEG repository, in memory (the SQLite one may not exist yet)."""

    stored: list[PegResponse] = field(default_factory=list)

    def add_peg(self, response: PegResponse) -> PegResponse:
        saved = dataclasses.replace(response, id=len(self.stored) + 1)
        self.stored.append(saved)
        return saved

    def pegs_between(
        self, profile_id: int, start: datetime, end: datetime
    ) -> Sequence[PegResponse]:
        return [
            p for p in self.stored if p.profile_id == profile_id and start <= p.answered_at < end
        ]


@pytest.fixture
def sources(storage: Storage) -> ReportSources:
    return ReportSources(
        profiles=SqliteProfileRepository(storage),
        sessions=SqliteSessionRepository(storage),
        pain=SqlitePainRepository(storage),
        safety=SqliteSafetyEventRepository(storage),
        visits=SqliteClinicVisitRepository(storage),
        plan=SqlitePlanRepository(storage),
        exercises=SqliteExerciseRepository(storage),
        pegs=MemoryPegs(),
        editor=SqliteRecordEditor(storage),
    )


def new_profile(sources: ReportSources, name: str) -> int:
    return sources.profiles.save_profile(Profile(name, 1950)).id or 0


def store_records(sources: ReportSources, profile_id: int, at: datetime) -> None:
    """One of every dated record at ``at``."""
    session = sources.sessions.save_session(simple_session(profile_id, KNEE_LEFT, at))
    assert session.id is not None
    sources.sessions.add_skin_check(dataclasses.replace(skin_check(session.id), answered_at=at))
    sources.pain.add_rating(rating(profile_id, at, session_id=session.id))
    sources.pain.add_rating(rating(profile_id, at, context=PainContext.DAILY))
    sources.safety.add_event(
        dataclasses.replace(adverse_event(profile_id, session.id), occurred_at=at)
    )
    sources.visits.add_visit(clinic_visit(profile_id, at))
    sources.pegs.add_peg(PegResponse(profile_id, at, 5, 5, 5))


@pytest.fixture
def profile_id(sources: ReportSources) -> int:
    """A profile with records just outside, just inside and in the middle of the period."""
    profile_id = new_profile(sources, "Ilse Brandt")
    for at in (BEFORE, *INSIDE, AFTER):
        store_records(sources, profile_id, at)
    return profile_id


def test_the_period_is_local_midnight_to_local_midnight(
    sources: ReportSources, profile_id: int
) -> None:
    data = gather(sources, profile_id, FIRST, LAST, BERLIN)

    assert data.profile.name == "Ilse Brandt"
    assert (data.period.start, data.period.end) == (
        datetime(2026, 3, 22, 23, 0, tzinfo=UTC),  # winter time at the start
        datetime(2026, 3, 29, 22, 0, tzinfo=UTC),  # summer time at the end
    )
    assert [s.started_at for s in data.sessions] == list(INSIDE)
    assert [r.rated_at for r in data.ratings] == [at for at in INSIDE for _twice in range(2)]
    assert [e.occurred_at for e in data.events] == list(INSIDE)
    assert [v.visited_at for v in data.visits] == list(INSIDE)
    assert [p.answered_at for p in data.pegs] == list(INSIDE)


def test_skin_checks_come_with_their_sessions(sources: ReportSources, profile_id: int) -> None:
    data = gather(sources, profile_id, FIRST, LAST, BERLIN)

    assert sorted(data.skin_checks) == [s.id for s in data.sessions]
    assert [checks[0].answered_at for checks in data.skin_checks.values()] == list(INSIDE)


def test_another_profile_s_records_stay_out(sources: ReportSources, profile_id: int) -> None:
    other = new_profile(sources, "Someone Else")
    store_records(sources, other, MIDDLE)

    data = gather(sources, profile_id, FIRST, LAST, BERLIN)

    assert {s.profile_id for s in data.sessions} == {profile_id}
    assert len(data.pegs) == 3


def test_the_plan_its_logs_and_the_exercises_it_names(
    sources: ReportSources, profile_id: int
) -> None:
    exercise = sources.exercises.save_exercise(custom_exercise())
    unused = sources.exercises.save_exercise(custom_exercise("Never used"))
    assert exercise.id is not None
    old, kept = sources.plan.save_plan(
        profile_id,
        [cold_item(profile_id, label="Old cold"), exercise_item(profile_id, exercise.id)],
    )
    assert old.id is not None
    sources.plan.save_log(OccurrenceLog(profile_id, old.id, FIRST, done_at=START))
    dropped = sources.plan.save_plan(profile_id, [kept, cold_item(profile_id, label="Gone")])[1]
    sources.plan.save_plan(profile_id, [kept])  # "Gone" is archived with no log in the period
    sources.exercises.add_completion(
        ExerciseCompletion(profile_id, exercise.id, MIDDLE, 2, 10, Effort.EASY)
    )

    data = gather(sources, profile_id, FIRST, LAST, BERLIN)

    assert sorted(item.label for item in data.plan) == ["Knee exercises", "Old cold"]
    assert [item.label for item in data.active_plan] == ["Knee exercises"]
    assert dropped.label not in {item.label for item in data.plan}
    assert list(data.logs) == [(old.id, FIRST)]
    assert [c.completed_at for c in data.completions] == [MIDDLE]
    assert set(data.exercises) == {exercise.id}
    assert unused.id not in data.exercises


def test_an_unknown_profile_or_a_backwards_period_is_refused(
    sources: ReportSources, profile_id: int
) -> None:
    with pytest.raises(BadInputError, match="no profile with id 999"):
        gather(sources, 999, FIRST, LAST, BERLIN)
    with pytest.raises(BadInputError, match="ends"):
        gather(sources, profile_id, LAST, FIRST, BERLIN)


# ----------------------------------------------------------------------------- collection


def _fail_while_paused() -> None:
    with collection_paused():
        assert not gc.isenabled()
        raise RuntimeError("the export failed")


def test_collection_is_back_on_after_a_pause_even_one_that_failed() -> None:
    with pytest.raises(RuntimeError):
        _fail_while_paused()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_what_a_pause_made_is_in_the_oldest_generation_and_nothing_stays_frozen() -> None:
    with collection_paused():
        made = [[]]
    assert any(found is made for found in gc.get_objects(generation=2))
    assert gc.get_freeze_count() == 0


def test_a_pause_leaves_collection_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_pause_leaves_what_something_else_froze_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collection_paused():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_overlapping_pauses_on_two_threads_keep_collection_off_until_the_last_ends() -> None:
    """History starts reading on the GUI thread, an export starts on its own thread, History
    ends first: the export's pause still holds, and collection is back once it ends."""
    export_inside, history_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def export() -> None:
        with collection_paused():
            export_inside.set()
            history_done.wait(5)
            seen.append(gc.isenabled())

    with collection_paused():
        worker = threading.Thread(target=export)
        worker.start()
        export_inside.wait(5)
    history_done.set()
    worker.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_safety_records_deleted_since_are_listed_and_an_undo_takes_them_off(
    sources: ReportSources, profile_id: int
) -> None:
    data = gather(sources, profile_id, FIRST, LAST, BERLIN)
    middle_event = next(e for e in data.events if e.occurred_at == MIDDLE)
    middle_session = next(s for s in data.sessions if s.started_at == MIDDLE)
    outside = gather(
        sources, profile_id, FIRST - timedelta(days=7), FIRST - timedelta(days=1), BERLIN
    )
    assert middle_event.id is not None
    assert middle_session.id is not None

    sources.editor.delete(RecordKind.ADVERSE_EVENT, middle_event.id)
    undone = sources.editor.delete(RecordKind.SESSION, middle_session.id)
    deleted = gather(sources, profile_id, FIRST, LAST, BERLIN).deleted
    # The session's skin check went with it and is not listed on its own.
    assert [(d.kind, d.happened_at, d.site_code) for d in deleted] == [
        (RecordKind.ADVERSE_EVENT, MIDDLE, "knee-outer-left"),
        (RecordKind.SESSION, MIDDLE, "knee-left"),
    ]
    assert (
        gather(sources, profile_id, outside.period.first, outside.period.last, BERLIN).deleted == ()
    )

    sources.editor.restore(undone)
    deleted = gather(sources, profile_id, FIRST, LAST, BERLIN).deleted
    assert [d.kind for d in deleted] == [RecordKind.ADVERSE_EVENT]
