"""The exercise library: the starter set seeded once, built-ins only archivable, history kept."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from peewee import IntegrityError

from coldcare.domain.exercises import STARTER_BY_KEY, STARTER_SET, BodyRegion, Exercise
from coldcare.domain.vocabulary import BadInputError
from coldcare.storage.database import Storage
from coldcare.storage.errors import MissingRowError
from coldcare.storage.migrations import execute
from coldcare.storage.repositories import SqliteExerciseRepository, SqlitePlanRepository
from tests.unit.storage.samples import (
    HOUR,
    T0,
    TINY_PNG,
    completion,
    count_rows,
    custom_exercise,
    exercise_item,
    query_plans,
    store_a_plan,
    table_scans,
)


@pytest.fixture
def library(storage: Storage) -> SqliteExerciseRepository:
    """The exercise repository on the test's storage."""
    return SqliteExerciseRepository(storage)


def _builtin(library: SqliteExerciseRepository, key: str) -> Exercise:
    return next(e for e in library.exercises(include_archived=True) if e.builtin_key == key)


def _without_id(exercise: Exercise) -> Exercise:
    return dataclasses.replace(exercise, id=None)


# ----------------------------------------------------------------------------- the starter set


def test_the_starter_set_is_seeded_on_first_read(
    storage: Storage, library: SqliteExerciseRepository
) -> None:
    assert count_rows(storage, "exercise") == 0
    seeded = library.exercises()
    assert sorted(map(_without_id, seeded), key=str) == sorted(STARTER_SET, key=str)
    assert all(e.id is not None for e in seeded)
    regions = [e.region for e in seeded]
    assert regions == sorted(regions, key=list(BodyRegion).index)


def test_a_first_get_seeds_too(library: SqliteExerciseRepository) -> None:
    assert library.get_exercise(1) is not None
    assert library.get_exercise(len(STARTER_SET) + 1) is None


def test_seeding_is_idempotent_and_never_duplicates(storage: Storage) -> None:
    for _ in range(3):
        assert len(SqliteExerciseRepository(storage).exercises()) == len(STARTER_SET)
    assert count_rows(storage, "exercise") == len(STARTER_SET)
    with pytest.raises(IntegrityError, match="UNIQUE"):
        execute(storage.database, "INSERT INTO exercise SELECT * FROM exercise LIMIT 1")


def test_seeding_adds_only_the_missing_and_leaves_archived_ones_archived(
    storage: Storage, library: SqliteExerciseRepository
) -> None:
    stretch = _builtin(library, "neck-side-stretch")
    archived = library.save_exercise(dataclasses.replace(stretch, archived=True))
    execute(storage.database, "DELETE FROM exercise WHERE builtin_key = 'hip-bridge'")
    again = SqliteExerciseRepository(storage)  # a later start of ColdCare
    assert archived not in again.exercises()
    assert again.get_exercise(stretch.id or 0) == archived
    restored = _builtin(again, "hip-bridge")
    assert _without_id(restored) == STARTER_BY_KEY["hip-bridge"]
    assert count_rows(storage, "exercise") == len(STARTER_SET)


def test_a_seeded_library_is_read_without_writing(
    storage: Storage, library: SqliteExerciseRepository
) -> None:
    library.exercises()
    statements: list[str] = []
    storage.database.connection().set_trace_callback(statements.append)
    SqliteExerciseRepository(storage).exercises()
    storage.database.connection().set_trace_callback(None)
    assert [s for s in statements if not s.lstrip().upper().startswith("SELECT")] == []


# ----------------------------------------------------------------------------- built-ins


def test_a_starter_exercise_can_be_archived_and_brought_back(
    library: SqliteExerciseRepository,
) -> None:
    press = _builtin(library, "knee-thigh-press")
    archived = library.save_exercise(dataclasses.replace(press, archived=True))
    assert library.get_exercise(press.id or 0) == archived
    assert press not in library.exercises()
    assert library.save_exercise(press) == press
    assert press in library.exercises()


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"name": "My thigh press"}, "name"),
        ({"sets": 3, "hold_seconds": 10}, "sets, hold_seconds"),
        ({"picture": TINY_PNG}, "picture"),
        ({"builtin_key": None}, "builtin_key"),
        ({"name": "Renamed", "archived": True}, "name"),
    ],
)
def test_a_starter_exercise_cannot_be_changed(
    library: SqliteExerciseRepository, change: dict[str, object], named: str
) -> None:
    press = _builtin(library, "knee-thigh-press")
    with pytest.raises(BadInputError, match=f"can be archived .* not changed .changed: {named}"):
        library.save_exercise(dataclasses.replace(press, **change))
    assert library.get_exercise(press.id or 0) == press


def test_a_custom_exercise_cannot_claim_a_starter_key(
    storage: Storage, library: SqliteExerciseRepository
) -> None:
    mine = library.save_exercise(custom_exercise())
    for claim in (
        dataclasses.replace(custom_exercise(), builtin_key="knee-thigh-press"),
        dataclasses.replace(mine, builtin_key="my-own-key"),
    ):
        with pytest.raises(BadInputError, match="ColdCare's own starter exercises"):
            library.save_exercise(claim)
    assert library.get_exercise(mine.id or 0) == mine
    assert count_rows(storage, "exercise") == len(STARTER_SET) + 1


# ----------------------------------------------------------------------------- custom exercises


def test_a_custom_exercise_keeps_every_field_and_its_picture(
    library: SqliteExerciseRepository,
) -> None:
    saved = library.save_exercise(custom_exercise())
    assert saved.id is not None
    assert library.get_exercise(saved.id) == saved
    assert saved.picture == TINY_PNG
    changed = dataclasses.replace(saved, name="Step-ups", picture=None, archived=True)
    assert library.save_exercise(changed) == changed
    assert library.get_exercise(saved.id) == changed
    assert changed not in library.exercises()
    assert changed in library.exercises(include_archived=True)


def test_exercises_are_listed_by_region_then_name_whatever_the_case(
    library: SqliteExerciseRepository,
) -> None:
    for name, region in (("zebra walk", BodyRegion.KNEE), ("Apple pick", BodyRegion.KNEE)):
        library.save_exercise(dataclasses.replace(custom_exercise(name), region=region))
    library.save_exercise(dataclasses.replace(custom_exercise("Aaa"), region=BodyRegion.HIP))
    knee_then_hip = [e.name for e in library.exercises() if e.builtin_key is None]
    assert knee_then_hip == ["Apple pick", "zebra walk", "Aaa"]


def test_an_unknown_exercise_cannot_be_updated(library: SqliteExerciseRepository) -> None:
    with pytest.raises(MissingRowError, match="no row 99 in 'exercise'"):
        library.save_exercise(dataclasses.replace(custom_exercise(), id=99))


# ----------------------------------------------------------------------------- history


def test_completions_keep_every_field_and_come_back_by_time(
    storage: Storage, library: SqliteExerciseRepository, profile_id: int
) -> None:
    exercise_id = library.save_exercise(custom_exercise()).id or 0
    later = library.add_completion(completion(profile_id, exercise_id, T0 + HOUR))
    first = library.add_completion(completion(profile_id, exercise_id, T0))
    bare = library.add_completion(
        dataclasses.replace(
            completion(profile_id, exercise_id, T0 + 2 * HOUR), pain=None, note="", sets_done=0
        )
    )
    assert library.completions_between(profile_id, T0, T0 + 2 * HOUR) == [first, later]
    assert library.completions_between(profile_id, T0 + 2 * HOUR, T0 + 3 * HOUR) == [bare]
    assert library.completions_between(profile_id + 1, T0, T0 + 3 * HOUR) == []


def _delete(storage: Storage, exercise_id: int) -> None:
    execute(storage.database, f"DELETE FROM exercise WHERE id = {exercise_id}")


def test_an_exercise_with_history_cannot_be_deleted(
    storage: Storage, library: SqliteExerciseRepository, profile_id: int
) -> None:
    _, item = store_a_plan(storage, profile_id)  # a completion and a plan item refer to it
    done = item.exercise_id or 0
    planned_only = _builtin(library, "hip-bridge").id or 0
    plan = SqlitePlanRepository(storage)
    plan.save_plan(profile_id, [exercise_item(profile_id, planned_only)])
    plan.save_plan(profile_id, [])  # archived: still history
    unused = library.save_exercise(custom_exercise("Never done")).id or 0
    assert (library.has_history(done), library.has_history(planned_only)) == (True, True)
    for exercise_id in (done, planned_only):
        with pytest.raises(IntegrityError, match="FOREIGN KEY constraint failed"):
            _delete(storage, exercise_id)
    assert library.has_history(unused) is False
    _delete(storage, unused)
    assert library.get_exercise(unused) is None


def test_exercise_queries_use_their_indexes(
    storage: Storage, library: SqliteExerciseRepository, profile_id: int
) -> None:
    store_a_plan(storage, profile_id)
    unused = library.save_exercise(custom_exercise("Never done")).id or 0
    plans = query_plans(
        storage,
        lambda: (
            SqliteExerciseRepository(storage).get_exercise(unused),
            library.has_history(unused),
            library.completions_between(profile_id, T0, T0 + timedelta(days=3650)),
        ),
    )
    assert table_scans(plans) == []
    lines = [line for _, line in plans]
    for index in (
        "exercise_builtin_key (builtin_key>?)",
        "exercise_completion_exercise_id (exercise_id=?)",
        "plan_item_exercise_id (exercise_id=?)",
        "exercise_completion_profile_id_completed_at_ms (profile_id=? AND completed_at_ms>?",
    ):
        assert any(index in line for line in lines), (index, lines)
