"""The weekly plan: items kept whole, never deleted, and one log per item and local date."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, time, timedelta

import pytest

from coldcare.domain.plan import OccurrenceLog, PlanItem
from coldcare.domain.records import Profile
from coldcare.storage.database import Storage
from coldcare.storage.errors import MissingRowError
from coldcare.storage.migrations import execute
from coldcare.storage.repositories import (
    SqliteExerciseRepository,
    SqlitePlanRepository,
    SqliteProfileRepository,
)
from tests.unit.storage.samples import (
    KNEE_LEFT,
    MONDAY,
    T0,
    cold_item,
    count_rows,
    custom_exercise,
    exercise_item,
    occurrence_log,
    query_plans,
    store_a_plan,
    table_scans,
)

DAY = timedelta(days=1)


@pytest.fixture
def plan(storage: Storage) -> SqlitePlanRepository:
    """The plan repository on the test's storage."""
    return SqlitePlanRepository(storage)


@pytest.fixture
def exercise_id(storage: Storage) -> int:
    """The id of a stored custom exercise."""
    return SqliteExerciseRepository(storage).save_exercise(custom_exercise()).id or 0


def _other_profile(storage: Storage) -> int:
    return SqliteProfileRepository(storage).save_profile(Profile("Someone Else", 1990)).id or 0


def _labels(items: Sequence[PlanItem]) -> list[str]:
    return [item.label for item in items]


# ----------------------------------------------------------------------------- items


def test_plan_items_keep_every_field(
    plan: SqlitePlanRepository, profile_id: int, exercise_id: int
) -> None:
    cold, exercise = plan.save_plan(
        profile_id, [cold_item(profile_id), exercise_item(profile_id, exercise_id)]
    )
    assert cold == dataclasses.replace(cold_item(profile_id), id=cold.id)
    assert cold.id is not None
    assert exercise.id is not None
    assert plan.get_plan_item(cold.id) == cold
    assert plan.get_plan_item(exercise.id) == exercise
    assert plan.get_plan_item(exercise.id + 1) is None
    assert plan.plan_items(profile_id) == [exercise, cold]  # 07:30 before 18:45


def test_the_stored_form_is_a_weekday_mask_minutes_and_iso_dates(
    storage: Storage, plan: SqlitePlanRepository, profile_id: int
) -> None:
    (item,) = plan.save_plan(profile_id, [cold_item(profile_id)])
    plan.save_log(occurrence_log(profile_id, item.id or 0))
    raw = execute(
        storage.database, "SELECT weekdays, at_minute, start_date, end_date FROM plan_item"
    ).fetchone()
    assert raw == (0b1000101, 18 * 60 + 45, "2026-03-02", "2026-06-30")  # Mon, Wed, Sun
    assert execute(storage.database, "SELECT day FROM occurrence_log").fetchone() == ("2026-03-02",)


def test_items_come_back_by_time_then_position(plan: SqlitePlanRepository, profile_id: int) -> None:
    items = [
        cold_item(profile_id, label=label, at=at, position=position)
        for label, at, position in (
            ("third", time(9), 2),
            ("first", time(9), 0),
            ("early", time(6, 59), 5),
            ("second", time(9), 1),
        )
    ]
    saved = plan.save_plan(profile_id, items)
    assert _labels(saved) == ["third", "first", "early", "second"]  # as given
    assert _labels(plan.plan_items(profile_id)) == ["early", "first", "second", "third"]


def test_a_plan_item_time_is_stored_in_whole_minutes(
    plan: SqlitePlanRepository, profile_id: int
) -> None:
    with pytest.raises(ValueError, match="whole minutes"):
        plan.save_plan(profile_id, [cold_item(profile_id, at=time(7, 30, 15))])
    assert plan.plan_items(profile_id, include_archived=True) == []


def test_saving_a_plan_checks_nothing_the_domain_does_not(
    plan: SqlitePlanRepository, profile_id: int
) -> None:
    twice_at_once = [
        cold_item(profile_id, label=label, site=KNEE_LEFT, minutes=30, protocol=None)
        for label in ("Ice the knee", "Ice it again")
    ]  # the safety plan check would refuse this: that is the caller's job
    assert len(plan.save_plan(profile_id, twice_at_once)) == 2


# ----------------------------------------------------------------------------- replacing the plan


def test_items_left_out_are_archived_with_their_logs_kept(
    storage: Storage, plan: SqlitePlanRepository, profile_id: int, exercise_id: int
) -> None:
    cold, exercise = plan.save_plan(
        profile_id, [cold_item(profile_id), exercise_item(profile_id, exercise_id)]
    )
    log = plan.save_log(occurrence_log(profile_id, cold.id or 0))
    moved = dataclasses.replace(exercise, at=time(8), label="Knee exercises after breakfast")
    assert plan.save_plan(profile_id, [moved]) == [moved]
    assert plan.plan_items(profile_id) == [moved]
    archived = dataclasses.replace(cold, archived=True)
    assert plan.plan_items(profile_id, include_archived=True) == [moved, archived]
    assert plan.get_plan_item(cold.id or 0) == archived
    assert plan.logs_between(profile_id, MONDAY, MONDAY) == {log.key: log}
    assert count_rows(storage, "plan_item") == 2


def test_an_archived_item_comes_back_when_saved_again(
    plan: SqlitePlanRepository, profile_id: int
) -> None:
    (item,) = plan.save_plan(profile_id, [cold_item(profile_id)])
    assert plan.save_plan(profile_id, []) == []
    assert plan.plan_items(profile_id) == []
    assert plan.save_plan(profile_id, [item]) == [item]
    assert plan.plan_items(profile_id) == [item]


def test_saving_a_plan_is_all_or_nothing(
    storage: Storage, plan: SqlitePlanRepository, profile_id: int
) -> None:
    (kept,) = plan.save_plan(profile_id, [cold_item(profile_id)])
    unknown = cold_item(profile_id, id=999, label="Not stored")
    with pytest.raises(MissingRowError, match="no row 999 in 'plan_item'"):
        plan.save_plan(profile_id, [cold_item(profile_id, label="New"), unknown])
    assert plan.plan_items(profile_id) == [kept]
    assert count_rows(storage, "plan_item") == 1


def test_a_plan_touches_only_its_own_profile(
    storage: Storage, plan: SqlitePlanRepository, profile_id: int
) -> None:
    other = _other_profile(storage)
    (theirs,) = plan.save_plan(other, [cold_item(other)])
    (mine,) = plan.save_plan(profile_id, [cold_item(profile_id)])
    assert plan.plan_items(other) == [theirs]
    with pytest.raises(ValueError, match=f"do not belong to profile {profile_id}"):
        plan.save_plan(profile_id, [theirs])
    with pytest.raises(MissingRowError, match=f"no row {theirs.id}"):
        plan.save_plan(profile_id, [dataclasses.replace(theirs, profile_id=profile_id)])
    assert plan.plan_items(other) == [theirs]
    assert plan.plan_items(profile_id) == [mine]


# ----------------------------------------------------------------------------- logs


def test_a_log_keeps_every_field(plan: SqlitePlanRepository, profile_id: int) -> None:
    (item,) = plan.save_plan(profile_id, [cold_item(profile_id)])
    full = plan.save_log(occurrence_log(profile_id, item.id or 0))
    bare = plan.save_log(OccurrenceLog(profile_id, item.id or 0, MONDAY + DAY))
    assert full.id is not None
    assert plan.logs_between(profile_id, MONDAY, MONDAY + DAY) == {
        (item.id, MONDAY): full,
        (item.id, MONDAY + DAY): bare,
    }


def test_saving_a_log_twice_updates_its_one_row(
    storage: Storage, plan: SqlitePlanRepository, profile_id: int
) -> None:
    (item,) = plan.save_plan(profile_id, [cold_item(profile_id)])
    first = plan.save_log(OccurrenceLog(profile_id, item.id or 0, MONDAY, notified_at=T0))
    again = OccurrenceLog(profile_id, item.id or 0, MONDAY, done_at=T0 + timedelta(minutes=20))
    saved = plan.save_log(again)  # no id: found by its item and date
    assert saved == dataclasses.replace(again, id=first.id)
    assert plan.logs_between(profile_id, MONDAY, MONDAY) == {saved.key: saved}
    assert count_rows(storage, "occurrence_log") == 1


def test_logs_between_covers_both_dates_of_one_profile(
    storage: Storage, plan: SqlitePlanRepository, profile_id: int
) -> None:
    (item,) = plan.save_plan(profile_id, [cold_item(profile_id)])
    logs = [
        plan.save_log(OccurrenceLog(profile_id, item.id or 0, MONDAY + n * DAY))
        for n in (-1, 0, 1, 2)
    ]
    found = plan.logs_between(profile_id, MONDAY, MONDAY + DAY)
    assert list(found.values()) == logs[1:3]
    assert plan.logs_between(_other_profile(storage), MONDAY, MONDAY + DAY) == {}
    assert plan.logs_between(profile_id, MONDAY + DAY, MONDAY) == {}


def test_a_log_must_name_an_item_of_its_profile(
    storage: Storage, plan: SqlitePlanRepository, profile_id: int
) -> None:
    (item,) = plan.save_plan(profile_id, [cold_item(profile_id)])
    other = _other_profile(storage)
    for log in (OccurrenceLog(other, item.id or 0, MONDAY), OccurrenceLog(profile_id, 99, MONDAY)):
        with pytest.raises(MissingRowError, match="there is no plan item"):
            plan.save_log(log)
    assert count_rows(storage, "occurrence_log") == 0


# ----------------------------------------------------------------------------- the schema


def test_a_deleted_item_takes_its_logs_and_leaves_its_completions(
    storage: Storage, profile_id: int
) -> None:
    cold, exercise = store_a_plan(storage, profile_id)
    execute(storage.database, f"DELETE FROM plan_item WHERE id IN ({cold.id}, {exercise.id})")
    assert count_rows(storage, "occurrence_log") == 0
    (done,) = SqliteExerciseRepository(storage).completions_between(profile_id, T0, T0 + DAY)
    assert done.plan_item_id is None


def test_plan_queries_use_their_indexes(
    storage: Storage, plan: SqlitePlanRepository, profile_id: int
) -> None:
    cold, _ = store_a_plan(storage, profile_id)
    plans = query_plans(
        storage,
        lambda: (
            plan.plan_items(profile_id),
            plan.plan_items(profile_id, include_archived=True),
            plan.get_plan_item(cold.id or 0),
            plan.logs_between(profile_id, MONDAY, date(2026, 12, 31)),
            plan.save_log(occurrence_log(profile_id, cold.id or 0)),
        ),
    )
    assert table_scans(plans) == []
    lines = [line for _, line in plans]
    for index in (
        "plan_item_profile_id_archived (profile_id=? AND archived=?)",
        "plan_item_profile_id_archived (profile_id=?)",
        "occurrence_log_profile_id_day (profile_id=? AND day>? AND day<?)",
        "occurrence_log_item_id_day (item_id=? AND day=?)",
    ):
        assert any(index in line for line in lines), (index, lines)
