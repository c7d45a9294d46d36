"""A full disk or a read-only folder: a plain message, and nothing half-written.

The drills run as root, whom ``chmod`` does not stop, so a full disk is made with
``PRAGMA max_page_count`` and a read-only file with ``PRAGMA query_only`` (SQLite's own
errors), and the operating system's ENOSPC/EROFS are injected where ColdCare writes files.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import NoReturn

import pytest

from coldcare.domain.exercises import MAX_PICTURE_BYTES
from coldcare.domain.plan import PlanItem
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.session import Phase, PhaseRecord
from coldcare.storage import backups, database
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.migrations import execute
from coldcare.storage.models import SiteFindingRow
from coldcare.storage.repositories import (
    SqliteExerciseRepository,
    SqlitePainRepository,
    SqlitePlanRepository,
    SqliteProfileRepository,
    SqliteSessionRepository,
    SqliteTransactions,
)
from tests.fakes import FakeClock
from tests.unit.storage.samples import (
    KNEE_LEFT,
    MONDAY,
    T0,
    cold_item,
    completion,
    count_rows,
    custom_exercise,
    full_profile,
    occurrence_log,
    rating,
    simple_session,
    store_a_plan,
)


def _fill_the_disk(storage: Storage) -> None:
    pages = execute(storage.database, "PRAGMA page_count").fetchone()[0]
    execute(storage.database, f"PRAGMA max_page_count = {pages}")


def _raise(code: int) -> NoReturn:
    raise OSError(code, os.strerror(code))


def test_a_full_disk_undoes_the_whole_transaction(storage: Storage, profile_id: int) -> None:
    pain = SqlitePainRepository(storage)
    _fill_the_disk(storage)
    added = 0
    with (  # noqa: PT012
        pytest.raises(StorageUnavailableError, match="the disk is full") as caught,
        SqliteTransactions(storage).atomic(),
    ):
        for minute in range(100_000):
            pain.add_rating(rating(profile_id, T0 + timedelta(minutes=minute)))
            added += 1
    assert added > 0  # some ratings fitted before the disk was full …
    assert count_rows(storage, "pain_rating") == 0  # … and none of them stayed
    assert "Free some space" in str(caught.value)
    assert str(storage.folder.root) in str(caught.value)


def test_a_full_disk_leaves_no_session_without_its_phases(
    storage: Storage, profile_id: int
) -> None:
    session = simple_session(profile_id, KNEE_LEFT, T0)
    minute = timedelta(minutes=1)
    many_phases = tuple(
        PhaseRecord(Phase.COLD_ON, T0 + n * minute, T0 + (n + 1) * minute) for n in range(5000)
    )
    _fill_the_disk(storage)
    with pytest.raises(StorageUnavailableError, match="the disk is full"):
        SqliteSessionRepository(storage).save_session(
            dataclasses.replace(session, phases=many_phases)
        )
    assert count_rows(storage, "session") == 0
    assert count_rows(storage, "session_phase") == 0


def test_a_read_only_database_says_so(storage: Storage, profile_id: int) -> None:
    execute(storage.database, "PRAGMA query_only = 1")
    with pytest.raises(StorageUnavailableError, match="cannot be written to") as caught:
        SqlitePainRepository(storage).add_rating(rating(profile_id))
    assert "Make the folder writable" in str(caught.value)
    execute(storage.database, "PRAGMA query_only = 0")
    assert count_rows(storage, "pain_rating") == 0


def test_a_read_only_database_undoes_a_transaction(storage: Storage, profile_id: int) -> None:
    pain = SqlitePainRepository(storage)
    pain.add_rating(rating(profile_id))
    with (  # noqa: PT012
        pytest.raises(StorageUnavailableError, match="cannot be written to"),
        SqliteTransactions(storage).atomic(),
    ):
        pain.add_rating(rating(profile_id, T0 + timedelta(minutes=1)))
        execute(storage.database, "PRAGMA query_only = 1")
        pain.add_rating(rating(profile_id, T0 + timedelta(minutes=2)))
    execute(storage.database, "PRAGMA query_only = 0")
    assert count_rows(storage, "pain_rating") == 1


PLAN_TABLES = ("plan_item", "occurrence_log", "exercise", "exercise_completion")
# Each write of the plan and the library, given the storage, a profile and its exercise item.
PlanWrite = Callable[[Storage, int, PlanItem], object]
PLAN_WRITES: dict[str, PlanWrite] = {
    "save_plan": lambda s, p, _: SqlitePlanRepository(s).save_plan(p, [cold_item(p)]),
    "save_log": lambda s, p, item: SqlitePlanRepository(s).save_log(
        occurrence_log(p, item.id or 0, MONDAY + timedelta(days=7))
    ),
    "save_exercise": lambda s, *_: SqliteExerciseRepository(s).save_exercise(custom_exercise()),
    "add_completion": lambda s, p, item: SqliteExerciseRepository(s).add_completion(
        completion(p, item.exercise_id or 0)
    ),
    "seeding": lambda s, *_: SqliteExerciseRepository(s).exercises(),
}


@pytest.mark.parametrize("write", PLAN_WRITES.values(), ids=list(PLAN_WRITES))
def test_a_read_only_database_refuses_plan_and_library_writes(
    storage: Storage, profile_id: int, write: PlanWrite
) -> None:
    _, exercise_item = store_a_plan(storage, profile_id)
    plan = SqlitePlanRepository(storage)
    before = ([count_rows(storage, t) for t in PLAN_TABLES], plan.plan_items(profile_id))
    execute(storage.database, "PRAGMA query_only = 1")
    with pytest.raises(StorageUnavailableError, match="cannot be written to"):
        write(storage, profile_id, exercise_item)
    execute(storage.database, "PRAGMA query_only = 0")
    assert ([count_rows(storage, t) for t in PLAN_TABLES], plan.plan_items(profile_id)) == before


def test_a_full_disk_leaves_the_plan_as_it_was(storage: Storage, profile_id: int) -> None:
    plan = SqlitePlanRepository(storage)
    before = plan.save_plan(profile_id, [cold_item(profile_id)])
    many = [cold_item(profile_id, label=f"Item {n} " + "x" * 70) for n in range(3000)]
    _fill_the_disk(storage)
    with pytest.raises(StorageUnavailableError, match="the disk is full"):
        plan.save_plan(profile_id, many)
    assert plan.plan_items(profile_id, include_archived=True) == before


def test_a_full_disk_refuses_a_large_picture(storage: Storage) -> None:
    library = SqliteExerciseRepository(storage)
    library.exercises()
    picture = os.urandom(MAX_PICTURE_BYTES)
    _fill_the_disk(storage)
    with pytest.raises(StorageUnavailableError, match="the disk is full"):
        library.save_exercise(dataclasses.replace(custom_exercise(), picture=picture))
    assert [e.builtin_key for e in library.exercises()].count(None) == 0


def test_a_read_only_error_midway_keeps_the_profile_as_it_was(
    storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    profiles = SqliteProfileRepository(storage)
    stored = profiles.save_profile(full_profile())
    monkeypatch.setattr(SiteFindingRow, "insert_many", lambda *_: _raise(errno.EROFS))
    renamed = dataclasses.replace(stored, name="Someone Else", clearances=())
    with pytest.raises(StorageUnavailableError, match="cannot be written to"):
        profiles.save_profile(renamed)
    assert profiles.get_profile(stored.id or 0) == stored


def test_a_read_only_folder_is_reported_when_opening(
    data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Path, "mkdir", lambda *_, **__: _raise(errno.EROFS))
    with pytest.raises(StorageUnavailableError, match="cannot be written to") as caught:
        open_storage(data_dir, clock)
    assert str(data_dir) in str(caught.value)


def test_a_disk_error_while_looking_at_the_file_is_reported(
    data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_storage(data_dir, clock):
        pass

    def failing(*_: object, **__: object) -> NoReturn:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(database, "connect_read_only", failing)
    with pytest.raises(StorageUnavailableError, match="The disk reported an error"):
        open_storage(data_dir, clock)
    assert not list(data_dir.glob("damaged-*"))


@pytest.mark.parametrize(
    ("code", "words"), [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "cannot be written")]
)
def test_a_backup_that_cannot_be_written_leaves_no_partial_file(
    storage: Storage, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    earlier = storage.back_up()
    monkeypatch.setattr(backups.os, "replace", lambda *_: _raise(code))
    with pytest.raises(StorageUnavailableError, match=words):
        storage.back_up()
    assert list(storage.folder.backups.iterdir()) == [earlier]


def test_an_error_that_is_not_about_storage_is_left_alone(
    storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "create_private_file", lambda *_: _raise(errno.ENOENT))
    with pytest.raises(FileNotFoundError):
        storage.back_up()
