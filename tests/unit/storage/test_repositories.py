"""Every record survives a round trip; every query finds what the ports promise."""

from __future__ import annotations

import dataclasses
import inspect
import re
from datetime import UTC, datetime, timedelta, timezone
from types import MappingProxyType
from typing import Any

import pytest

from coldcare.domain.audit import RecordKind
from coldcare.domain.ports import (
    ClinicVisitRepository,
    ExerciseRepository,
    PainRepository,
    PegRepository,
    PlanRepository,
    ProfileRepository,
    RecordEditor,
    SafetyEventRepository,
    SessionRepository,
    SettingsStore,
    Transactions,
)
from coldcare.domain.records import PainContext, Profile, SessionState
from coldcare.domain.session import Phase, PhaseRecord
from coldcare.domain.vocabulary import BodySite
from coldcare.storage.database import Storage
from coldcare.storage.errors import InvalidRowError, MissingRowError
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
    SqliteSettingsStore,
    SqliteTransactions,
)
from tests.unit.storage.samples import (
    HOUR,
    KNEE_LEFT,
    KNEE_OUTER_LEFT,
    KNEE_RIGHT,
    LOWER_BACK,
    T0,
    adverse_event,
    clinic_visit,
    count_rows,
    follow_up,
    full_profile,
    full_session,
    query_plans,
    rating,
    read_everything,
    simple_session,
    site_lock,
    skin_check,
    store_one_of_everything,
    table_scans,
)

# ----------------------------------------------------------------------------- profiles


def test_a_profile_keeps_every_field(storage: Storage) -> None:
    profiles = SqliteProfileRepository(storage)
    saved = profiles.save_profile(full_profile())
    assert saved.id is not None
    assert profiles.get_profile(saved.id) == saved


def test_saving_a_profile_again_rewrites_its_clearances_reviews_and_findings(
    storage: Storage,
) -> None:
    profiles = SqliteProfileRepository(storage)
    saved = profiles.save_profile(full_profile())
    changed = dataclasses.replace(
        saved,
        name="Grete Müller",
        clearances=(),
        reviews=saved.reviews[1:],
        site_findings=MappingProxyType({KNEE_LEFT: frozenset(saved.site_findings[KNEE_RIGHT])}),
        review_required_since=None,
    )
    assert profiles.save_profile(changed) == changed
    assert profiles.get_profile(changed.id or 0) == changed
    assert count_rows(storage, "clearance") == 0
    assert count_rows(storage, "clinician_review") == 1


def test_profiles_are_listed_by_name_whatever_the_case(storage: Storage) -> None:
    profiles = SqliteProfileRepository(storage)
    for name in ("bob", "Carla", "anna"):
        profiles.save_profile(Profile(name, 1980))
    assert [p.name for p in profiles.list_profiles()] == ["anna", "bob", "Carla"]


def test_an_unknown_profile_is_none_and_cannot_be_updated(storage: Storage) -> None:
    profiles = SqliteProfileRepository(storage)
    assert profiles.get_profile(42) is None
    with pytest.raises(MissingRowError, match="no row 42 in 'profile'"):
        profiles.save_profile(dataclasses.replace(full_profile(), id=42))
    assert count_rows(storage, "clearance") == 0


# ----------------------------------------------------------------------------- sessions


def test_a_session_keeps_every_field_and_its_phases_in_order(
    storage: Storage, profile_id: int
) -> None:
    sessions = SqliteSessionRepository(storage)
    saved = sessions.save_session(full_session(profile_id))
    assert saved.id is not None
    assert sessions.get_session(saved.id) == saved
    assert sessions.get_session(saved.id + 1) is None


def test_a_session_with_hundreds_of_phases_is_stored_in_batches(
    storage: Storage, profile_id: int
) -> None:
    minute = timedelta(minutes=1)
    phases = tuple(
        PhaseRecord(
            Phase.COLD_ON if n % 2 else Phase.PAUSED, T0 + n * minute, T0 + (n + 1) * minute
        )
        for n in range(450)
    )
    sessions = SqliteSessionRepository(storage)
    saved = sessions.save_session(dataclasses.replace(full_session(profile_id), phases=phases))
    assert sessions.get_session(saved.id or 0) == saved


def test_finishing_a_running_session_updates_it(storage: Storage, profile_id: int) -> None:
    sessions = SqliteSessionRepository(storage)
    running = sessions.save_session(
        simple_session(profile_id, KNEE_LEFT, T0, state=SessionState.RUNNING)
    )
    assert sessions.running_sessions() == [running]
    finished = dataclasses.replace(
        simple_session(profile_id, KNEE_LEFT, T0), id=running.id, note="Done."
    )
    assert sessions.save_session(finished) == finished
    assert sessions.get_session(running.id or 0) == finished
    assert sessions.running_sessions() == []


def test_sessions_at_a_site_cover_its_rest_group(storage: Storage, profile_id: int) -> None:
    sessions = SqliteSessionRepository(storage)
    other = SqliteProfileRepository(storage).save_profile(Profile("Someone Else", 1990))
    since = T0
    knee = sessions.save_session(simple_session(profile_id, KNEE_LEFT, T0 + HOUR))
    outer = sessions.save_session(simple_session(profile_id, KNEE_OUTER_LEFT, T0 + 2 * HOUR))
    ended_after = sessions.save_session(
        simple_session(profile_id, KNEE_LEFT, since - timedelta(minutes=10), minutes=20)
    )
    for unwanted in (
        simple_session(profile_id, KNEE_RIGHT, T0 + HOUR),
        simple_session(profile_id, LOWER_BACK, T0 + HOUR),
        simple_session(profile_id, KNEE_LEFT, since - HOUR),
        simple_session(other.id or 0, KNEE_LEFT, T0 + HOUR),
    ):
        sessions.save_session(unwanted)
    running = sessions.save_session(
        simple_session(profile_id, KNEE_LEFT, T0 + 3 * HOUR, state=SessionState.RUNNING)
    )
    expected = [ended_after, knee, outer, running]
    assert sessions.sessions_at_site(profile_id, KNEE_LEFT, since) == expected
    assert sessions.sessions_at_site(profile_id, KNEE_OUTER_LEFT, since) == expected


def test_sessions_between_start_inclusive_end_exclusive_oldest_first(
    storage: Storage, profile_id: int
) -> None:
    sessions = SqliteSessionRepository(storage)
    saved = [
        sessions.save_session(simple_session(profile_id, KNEE_LEFT, T0 + n * HOUR))
        for n in (2, 0, 1, 3)
    ]
    found = sessions.sessions_between(profile_id, T0, T0 + 3 * HOUR)
    assert found == sorted(saved[:3], key=lambda s: s.started_at)


def test_skin_checks_come_back_by_number(storage: Storage, profile_id: int) -> None:
    sessions = SqliteSessionRepository(storage)
    session_id = sessions.save_session(full_session(profile_id)).id or 0
    second = sessions.add_skin_check(skin_check(session_id, 2))
    first = sessions.add_skin_check(skin_check(session_id, 1))
    assert sessions.skin_checks(session_id) == [first, second]
    assert sessions.skin_checks(session_id + 1) == []


def test_a_follow_up_comes_back_once_answered(storage: Storage, profile_id: int) -> None:
    sessions = SqliteSessionRepository(storage)
    session_id = sessions.save_session(full_session(profile_id)).id or 0
    assert sessions.follow_up(session_id) is None
    stored = sessions.add_follow_up(follow_up(session_id))
    assert stored.id is not None
    assert sessions.follow_up(session_id) == stored


def test_the_heartbeat_is_one_upsert_and_keeps_the_latest(
    storage: Storage, profile_id: int
) -> None:
    sessions = SqliteSessionRepository(storage)
    session_id = sessions.save_session(full_session(profile_id)).id or 0
    assert sessions.last_beat(session_id) is None
    statements: list[str] = []
    storage.database.connection().set_trace_callback(statements.append)
    for seconds in (0, 5, 10):
        sessions.beat(session_id, T0 + timedelta(seconds=seconds))
    storage.database.connection().set_trace_callback(None)
    assert len(statements) == 3
    assert all("ON CONFLICT" in s for s in statements)
    assert sessions.last_beat(session_id) == T0 + timedelta(seconds=10)
    assert count_rows(storage, "heartbeat") == 1


# ----------------------------------------------------------------------------- diary and safety


def test_ratings_keep_every_field_and_come_back_by_time(storage: Storage, profile_id: int) -> None:
    pain = SqlitePainRepository(storage)
    session_id = SqliteSessionRepository(storage).save_session(full_session(profile_id)).id
    after = pain.add_rating(
        rating(profile_id, T0 + HOUR, value=3, session_id=session_id, context=PainContext.AFTER)
    )
    before = pain.add_rating(rating(profile_id, T0, value=7, session_id=session_id))
    daily = pain.add_rating(
        dataclasses.replace(rating(profile_id, T0 + 2 * HOUR), site=None, note="", value=0)
    )
    assert pain.ratings_between(profile_id, T0, T0 + 2 * HOUR) == [before, after]
    assert pain.ratings_between(profile_id, T0, T0 + 3 * HOUR)[-1] == daily
    assert pain.ratings_for_session(session_id or 0) == [before, after]


def test_adverse_events_keep_every_field(storage: Storage, profile_id: int) -> None:
    safety = SqliteSafetyEventRepository(storage)
    session_id = SqliteSessionRepository(storage).save_session(full_session(profile_id)).id
    event = safety.add_event(adverse_event(profile_id, session_id))
    bare = safety.add_event(
        dataclasses.replace(
            adverse_event(profile_id, None),
            occurred_at=T0 + HOUR,
            site=None,
            signs=frozenset(),
            lock_until=None,
            advice=None,
        )
    )
    assert safety.events_between(profile_id, T0, T0 + 2 * HOUR) == [event, bare]
    assert safety.events_between(profile_id, T0, event.occurred_at) == []


def test_active_locks_are_those_not_yet_ended(storage: Storage, profile_id: int) -> None:
    safety = SqliteSafetyEventRepository(storage)
    event_id = safety.add_event(adverse_event(profile_id, None)).id
    now = T0 + 24 * HOUR
    later = safety.add_lock(site_lock(profile_id, None, now + 2 * HOUR))
    sooner = safety.add_lock(site_lock(profile_id, event_id, now + HOUR))
    safety.add_lock(site_lock(profile_id, None, now))
    safety.add_lock(site_lock(profile_id, None, now - HOUR))
    assert safety.active_locks(profile_id, now) == [sooner, later]
    assert safety.active_locks(profile_id + 1, now) == []


def test_clinic_visits_keep_every_field(storage: Storage, profile_id: int) -> None:
    visits = SqliteClinicVisitRepository(storage)
    second = visits.add_visit(clinic_visit(profile_id, T0 + HOUR))
    first = visits.add_visit(clinic_visit(profile_id, T0))
    assert visits.visits_between(profile_id, T0, T0 + 2 * HOUR) == [first, second]
    assert visits.visits_between(profile_id, T0 + 2 * HOUR, T0 + 3 * HOUR) == []


# ----------------------------------------------------------------------------- the schema


def test_deleting_a_profile_deletes_everything_that_was_its(
    storage: Storage, profile_id: int
) -> None:
    store_one_of_everything(storage, profile_id)
    execute(storage.database, f"DELETE FROM profile WHERE id = {profile_id}")
    for table in ("session", "session_phase", "skin_check", "follow_up", "heartbeat"):
        assert count_rows(storage, table) == 0, table
    for table in ("pain_rating", "adverse_event", "site_lock", "clinic_visit"):
        assert count_rows(storage, table) == 0, table
    for table in ("plan_item", "occurrence_log", "exercise_completion"):
        assert count_rows(storage, table) == 0, table
    for table in ("peg_response", "audit_entry"):
        assert count_rows(storage, table) == 0, table
    assert count_rows(storage, "exercise") == 1  # the library is no one's: it stays


def test_a_deleted_session_leaves_its_ratings_and_events(storage: Storage, profile_id: int) -> None:
    session_id = store_one_of_everything(storage, profile_id)
    execute(storage.database, f"DELETE FROM session WHERE id = {session_id}")
    (stored,) = SqlitePainRepository(storage).ratings_between(profile_id, T0, T0 + HOUR)
    assert stored.session_id is None
    (event,) = SqliteSafetyEventRepository(storage).events_between(profile_id, T0, T0 + HOUR)
    assert event.session_id is None


def test_times_are_utc_milliseconds_whatever_the_offset(storage: Storage, profile_id: int) -> None:
    pain = SqlitePainRepository(storage)
    berlin = T0.astimezone(timezone(timedelta(hours=1)))
    pain.add_rating(rating(profile_id, berlin + timedelta(microseconds=1500)))
    raw = execute(storage.database, "SELECT rated_at_ms FROM pain_rating").fetchone()[0]
    assert raw == int(T0.timestamp() * 1000) + 1
    (read,) = pain.ratings_between(profile_id, T0, T0 + HOUR)
    assert read.rated_at == T0 + timedelta(milliseconds=1)
    assert read.rated_at.tzinfo is UTC
    with pytest.raises(ValueError, match="naive"):
        pain.add_rating(rating(profile_id, datetime(2026, 3, 2, 9, 0)))  # noqa: DTZ001


def test_a_transaction_keeps_all_or_nothing(storage: Storage, profile_id: int) -> None:
    pain = SqlitePainRepository(storage)
    with (  # noqa: PT012
        pytest.raises(RuntimeError, match="changed my mind"),
        SqliteTransactions(storage).atomic(),
    ):
        pain.add_rating(rating(profile_id))
        pain.add_rating(rating(profile_id, T0 + HOUR))
        raise RuntimeError("changed my mind")
    assert count_rows(storage, "pain_rating") == 0
    with SqliteTransactions(storage).atomic():
        pain.add_rating(rating(profile_id))
    assert count_rows(storage, "pain_rating") == 1


# ----------------------------------------------------------------------------- bad rows


@pytest.mark.parametrize(
    ("table", "column", "value", "problem"),
    [
        ("session", "site", "'knee-middle-left'", "unknown site 'knee-middle-left'"),
        ("session", "planned_end_at_ms", "'soon'", "'soon' is not a time"),
        ("session", "stop_signs", """'["frostbite"]'""", "'frostbite' is not a valid StopSign"),
        ("session", "protocol_off_minutes", "NULL", "protocol (10, None, 10) is incomplete"),
        ("session", "max_minutes", "'twenty'", "'twenty' is not a whole number"),
        ("session_phase", "kind", "'sideways'", "'sideways' is not a valid Phase"),
        ("profile", "conditions", "'raynauds'", "Expecting value"),
        ("profile", "name", "''", "the name must not be empty"),
        ("clearance", "cleared_on", "'last spring'", "Invalid isoformat"),
        ("site_finding", "finding", "'itchy'", "'itchy' is not a valid Finding"),
        ("skin_check", "symptoms", "'{}'", "is not a list of codes"),
        ("follow_up", "advice", "'relax'", "'relax' is not a valid FollowUpAdvice"),
        ("pain_rating", "value", "11", "a pain rating must be a whole number from 0 to 10"),
        ("adverse_event", "lock_until_ms", "1e300", "is not a time in milliseconds"),
        ("site_lock", "until_ms", "99999999999999999", "out of range"),
        ("clinic_visit", "minutes", "'long'", "'long' is not a number"),
        ("heartbeat", "alive_at_ms", "'just now'", "'just now' is not a time"),
        ("plan_item", "kind", "'swim'", "'swim' is not a valid ItemKind"),
        ("plan_item", "weekdays", "128", "128 is not a set of weekdays"),
        ("plan_item", "weekdays", "0", "0 is not a set of weekdays"),
        ("plan_item", "at_minute", "1440", "1440 is not a minute of the day"),
        ("plan_item", "start_date", "'next week'", "Invalid isoformat"),
        ("plan_item", "site", "NULL", "needs a place and a kind of cold"),
        ("plan_item", "protocol_second_on_minutes", "NULL", "protocol (5, 10, None) is incomplete"),
        ("plan_item", "minutes", "'many'", "'many' is not a whole number"),
        ("occurrence_log", "day", "'2026-03-02 or so'", "Invalid isoformat"),
        ("occurrence_log", "skip_reason", "'lazy'", "'lazy' is not a valid SkipReason"),
        ("occurrence_log", "snoozes", "4", "snoozed at most 3 times"),
        ("occurrence_log", "notified_at_ms", "'later'", "'later' is not a time"),
        ("exercise", "region", "'tail'", "'tail' is not a valid BodyRegion"),
        ("exercise", "picture", "'a drawing'", "a str is not a picture"),
        ("exercise", "sets", "0", "the sets must be from 1 to 10"),
        ("exercise_completion", "effort", "'meh'", "'meh' is not a valid Effort"),
        ("exercise_completion", "sets_done", "'two'", "'two' is not a whole number"),
        ("exercise_completion", "pain", "11", "a pain rating must be a whole number from 0 to 10"),
        ("peg_response", "enjoyment", "11", "the PEG enjoyment answer must be a whole number"),
        ("peg_response", "activity", "'a lot'", "'a lot' is not a whole number"),
        ("audit_entry", "action", "'tweaked'", "'tweaked' is not a valid AuditAction"),
        ("audit_entry", "kind", "'diary'", "'diary' is not a valid RecordKind"),
    ],
)
def test_a_bad_stored_value_names_its_table_and_row(
    storage: Storage, profile_id: int, table: str, column: str, value: str, problem: str
) -> None:
    store_one_of_everything(storage, profile_id)
    row_id = execute(storage.database, f'SELECT min(rowid) FROM "{table}"').fetchone()[0]
    execute(storage.database, f'UPDATE "{table}" SET "{column}" = {value} WHERE rowid = {row_id}')
    with pytest.raises(InvalidRowError, match=f"row {row_id} of table '{table}'") as caught:
        read_everything(storage)
    assert problem in str(caught.value)


# ----------------------------------------------------------------------------- query plans


def test_every_query_but_the_profile_list_and_the_library_uses_an_index(
    storage: Storage, profile_id: int
) -> None:
    session_id = store_one_of_everything(storage, profile_id)
    sessions = SqliteSessionRepository(storage)
    plans = query_plans(
        storage,
        lambda: (
            read_everything(storage),
            sessions.sessions_at_site(profile_id, KNEE_LEFT, T0),
            sessions.running_sessions(),
            SqlitePainRepository(storage).ratings_for_session(session_id),
            sessions.last_beat(session_id),
            SqliteRecordEditor(storage).edited_ids(profile_id, RecordKind.ADVERSE_EVENT),
        ),
    )
    assert len({sql for sql, _ in plans}) >= 16
    scans = table_scans(plans)
    assert all(re.search('FROM "(profile|exercise)" ', sql) for sql, _ in scans), scans


def test_a_body_site_code_is_stored_as_its_stable_code(storage: Storage, profile_id: int) -> None:
    SqliteSessionRepository(storage).save_session(full_session(profile_id))
    raw = execute(storage.database, "SELECT site FROM session").fetchone()[0]
    assert BodySite.parse(raw) == KNEE_OUTER_LEFT
    assert raw == "knee-outer-left"


_PORTS: list[tuple[type[Any], type[Any]]] = [
    (Transactions, SqliteTransactions),
    (ProfileRepository, SqliteProfileRepository),
    (SessionRepository, SqliteSessionRepository),
    (PainRepository, SqlitePainRepository),
    (SafetyEventRepository, SqliteSafetyEventRepository),
    (ClinicVisitRepository, SqliteClinicVisitRepository),
    (SettingsStore, SqliteSettingsStore),
    (PlanRepository, SqlitePlanRepository),
    (ExerciseRepository, SqliteExerciseRepository),
    (PegRepository, SqlitePegRepository),
    (RecordEditor, SqliteRecordEditor),
]


@pytest.mark.parametrize(("port", "implementation"), _PORTS, ids=lambda c: c.__name__)
def test_each_repository_has_every_method_of_its_port(
    port: type[Any], implementation: type[Any]
) -> None:
    wanted = {name for name in vars(port) if not name.startswith("_")}
    for name in wanted:
        expected = list(inspect.signature(getattr(port, name)).parameters)
        assert list(inspect.signature(getattr(implementation, name)).parameters) == expected


def test_the_repositories_are_the_ports_to_a_type_checker(storage: Storage) -> None:
    ports: tuple[
        Transactions,
        ProfileRepository,
        SessionRepository,
        PainRepository,
        SafetyEventRepository,
        ClinicVisitRepository,
        SettingsStore,
        PlanRepository,
        ExerciseRepository,
        PegRepository,
        RecordEditor,
    ] = (
        SqliteTransactions(storage),
        SqliteProfileRepository(storage),
        SqliteSessionRepository(storage),
        SqlitePainRepository(storage),
        SqliteSafetyEventRepository(storage),
        SqliteClinicVisitRepository(storage),
        SqliteSettingsStore(storage),
        SqlitePlanRepository(storage),
        SqliteExerciseRepository(storage),
        SqlitePegRepository(storage),
        SqliteRecordEditor(storage),
    )
    assert len(ports) == len(_PORTS)
