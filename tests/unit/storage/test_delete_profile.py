"""Deleting a profile removes everything kept for that person, and nothing of anyone else."""

from __future__ import annotations

import pytest
from peewee import ForeignKeyField, Model

from coldcare.domain.exercises import Exercise
from coldcare.domain.records import Profile
from coldcare.storage.database import Storage
from coldcare.storage.errors import MissingRowError
from coldcare.storage.models import MODELS, ExerciseRow, ProfileRow, SessionRow
from coldcare.storage.repositories import SqliteProfileRepository
from tests.unit.storage.samples import count_rows, read_everything, store_one_of_everything


def _kept_for_a_person(model: type[Model]) -> bool:
    """The profile table, and every table that refers to a profile or to a session."""
    links = [f for f in model._meta.fields.values() if isinstance(f, ForeignKeyField)]
    return model is ProfileRow or any(f.rel_model in (ProfileRow, SessionRow) for f in links)


PERSONAL = [model._meta.table_name for model in MODELS if _kept_for_a_person(model)]


def _counts(storage: Storage) -> dict[str, int]:
    return {model._meta.table_name: count_rows(storage, model._meta.table_name) for model in MODELS}


def _personal(records: list[object]) -> list[object]:
    """Every record but the shared exercise library's."""
    return [record for record in records if not isinstance(record, Exercise)]


def _new_profile(storage: Storage, name: str) -> int:
    saved = SqliteProfileRepository(storage).save_profile(Profile(name, 1950))
    assert saved.id is not None
    return saved.id


def test_deleting_a_profile_leaves_exactly_the_other_persons_rows(storage: Storage) -> None:
    kept = _new_profile(storage, "Ben")
    store_one_of_everything(storage, kept)
    ben_alone = _counts(storage)
    ben_records = read_everything(storage)
    gone = _new_profile(storage, "Anna")
    store_one_of_everything(storage, gone)
    with_anna = _counts(storage)
    assert all(with_anna[table] > ben_alone[table] for table in PERSONAL)  # Anna in every one

    SqliteProfileRepository(storage).delete_profile(gone)

    after = _counts(storage)
    assert {t: after[t] for t in PERSONAL} == {t: ben_alone[t] for t in PERSONAL}
    assert after[ExerciseRow._meta.table_name] == with_anna[ExerciseRow._meta.table_name]
    assert _personal(read_everything(storage)) == _personal(ben_records)
    assert SqliteProfileRepository(storage).get_profile(gone) is None
    assert [p.id for p in SqliteProfileRepository(storage).list_profiles()] == [kept]


def test_the_shared_exercise_library_stays(storage: Storage) -> None:
    gone = _new_profile(storage, "Anna")
    store_one_of_everything(storage, gone)
    library = count_rows(storage, ExerciseRow._meta.table_name)

    SqliteProfileRepository(storage).delete_profile(gone)

    assert count_rows(storage, ExerciseRow._meta.table_name) == library


def test_deleting_a_profile_that_is_not_there_says_so(storage: Storage) -> None:
    with pytest.raises(MissingRowError):
        SqliteProfileRepository(storage).delete_profile(99)


def test_a_failed_delete_changes_nothing(storage: Storage, profile_id: int) -> None:
    store_one_of_everything(storage, profile_id)
    before = _counts(storage)
    repository = SqliteProfileRepository(storage)

    def delete_then_fail() -> None:
        with storage.writing():
            repository.delete_profile(profile_id)
            raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError):
        delete_then_fail()

    assert _counts(storage) == before
    assert repository.get_profile(profile_id) is not None
