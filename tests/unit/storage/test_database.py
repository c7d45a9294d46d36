"""Opening the database: private files, pragmas, a newer file refused, readers on threads."""

from __future__ import annotations

import sqlite3
import stat
import threading
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from coldcare.domain.records import Profile
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.errors import DatabaseTooNewError
from coldcare.storage.files import DATABASE_NAME, create_private_file
from coldcare.storage.migrations import LATEST_VERSION, execute
from coldcare.storage.repositories import SqlitePainRepository, SqliteProfileRepository
from tests.fakes import FakeClock
from tests.unit.storage.samples import T0, rating


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_folder_and_every_file_are_private(
    storage: Storage, profile_id: int, data_dir: Path
) -> None:
    SqlitePainRepository(storage).add_rating(rating(profile_id))
    storage.back_up()
    files = sorted(p for p in data_dir.rglob("*") if p.is_file())
    assert len([p for p in files if p.parent.name == "backups"]) == 1
    assert {p.name for p in files if p.parent == data_dir} == {
        DATABASE_NAME,
        f"{DATABASE_NAME}-wal",
        f"{DATABASE_NAME}-shm",
    }
    assert {_mode(p) for p in files} == {0o600}
    assert _mode(data_dir) == _mode(data_dir / "backups") == 0o700


def test_an_existing_database_is_made_private_but_not_a_chosen_folder(
    data_dir: Path, clock: FakeClock
) -> None:
    with open_storage(data_dir, clock):
        pass
    (data_dir / DATABASE_NAME).chmod(0o644)
    data_dir.chmod(0o755)  # e.g. --data-dir naming a folder that holds other things too
    with open_storage(data_dir, clock):
        assert _mode(data_dir / DATABASE_NAME) == 0o600
        assert _mode(data_dir) == 0o755


def test_the_pragmas_are_set_on_every_connection(storage: Storage) -> None:
    def pragma(name: str) -> object:
        return execute(storage.database, f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 1  # NORMAL
    assert pragma("busy_timeout") == 5000
    assert int(str(pragma("cache_size"))) < 0
    assert pragma("user_version") == LATEST_VERSION


def test_data_survives_closing_and_reopening(data_dir: Path, clock: FakeClock) -> None:
    with open_storage(data_dir, clock) as storage:
        saved = SqliteProfileRepository(storage).save_profile(Profile("Ada Lovelace", 1915))
    with open_storage(data_dir, clock) as storage:
        assert SqliteProfileRepository(storage).list_profiles() == [saved]
        assert storage.repaired_at_open is None


def test_a_database_from_a_newer_coldcare_is_refused_untouched(
    data_dir: Path, clock: FakeClock
) -> None:
    data_dir.mkdir()
    path = data_dir / DATABASE_NAME
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE future (thing TEXT)")
        connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 3}")
        connection.commit()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as refused:
        open_storage(data_dir, clock)
    message = str(refused.value)
    assert f"data version {LATEST_VERSION + 3}" in message
    assert f"up to version {LATEST_VERSION}" in message
    assert "update ColdCare" in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["backups", DATABASE_NAME]


def test_a_storage_refuses_work_once_another_database_is_open(
    tmp_path: Path, clock: FakeClock
) -> None:
    with open_storage(tmp_path / "first", clock) as first:
        profiles = SqliteProfileRepository(first)
        with (
            open_storage(tmp_path / "second", clock),
            pytest.raises(RuntimeError, match="another ColdCare database was opened"),
        ):
            profiles.list_profiles()


def test_an_empty_file_is_a_new_database(data_dir: Path, clock: FakeClock) -> None:
    data_dir.mkdir()
    create_private_file(data_dir / DATABASE_NAME)
    with open_storage(data_dir, clock) as storage:
        assert SqliteProfileRepository(storage).list_profiles() == []
        assert storage.repaired_at_open is None


def test_a_reader_thread_sees_a_snapshot_while_the_gui_thread_writes(
    storage: Storage, profile_id: int
) -> None:
    """WAL: a worker's read transaction neither blocks nor sees the writer's new rows."""
    pain = SqlitePainRepository(storage)
    for minute in range(10):
        pain.add_rating(rating(profile_id, T0 + timedelta(minutes=minute)))
    reading, written = threading.Event(), threading.Event()
    counts: list[int] = []
    failures: list[BaseException] = []

    def count() -> int:
        return len(pain.ratings_between(profile_id, T0, T0 + timedelta(days=1)))

    def reader() -> None:
        try:
            with storage.database.atomic():
                counts.append(count())
                reading.set()
                assert written.wait(timeout=30)
                counts.append(count())
            counts.append(count())
        except BaseException as exc:  # handed to the test thread
            failures.append(exc)
            reading.set()
        finally:
            storage.close()

    worker = threading.Thread(target=reader)
    worker.start()
    assert reading.wait(timeout=30)
    for minute in range(10, 15):
        pain.add_rating(rating(profile_id, T0 + timedelta(minutes=minute)))
    written.set()
    worker.join(timeout=30)
    assert not worker.is_alive()
    assert failures == []
    assert counts == [10, 10, 15]
