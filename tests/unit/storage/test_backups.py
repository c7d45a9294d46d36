"""Rolling backups; a damaged file set aside with its WAL, and the newest good backup restored."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from collections.abc import Callable
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.records import Profile
from coldcare.storage import backups
from coldcare.storage.backups import KEEP, RepairReport, copy_database, list_backups
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.files import DATABASE_NAME, database_files
from coldcare.storage.migrations import LATEST_VERSION, MIGRATIONS, Migration, execute
from coldcare.storage.repositories import SqlitePainRepository, SqliteProfileRepository
from tests.fakes import FakeClock
from tests.unit.storage.samples import T0, rating

Corruption = Callable[[Path], None]


def _people(storage: Storage) -> list[str]:
    return [p.name for p in SqliteProfileRepository(storage).list_profiles()]


def _add_person(storage: Storage, name: str) -> int:
    return SqliteProfileRepository(storage).save_profile(Profile(name, 1970)).id or 0


# ----------------------------------------------------------------------------- rolling backups


def test_backups_are_named_by_the_clock_and_the_newest_seven_kept(
    storage: Storage, clock: FakeClock
) -> None:
    _add_person(storage, "Ada")
    taken = []
    for _ in range(KEEP + 3):
        taken.append(storage.back_up())
        clock.advance(minutes=61)
    kept = list_backups(storage.folder)
    assert [b.path for b in kept] == taken[::-1][:KEEP]
    assert kept[-1].path.name == "coldcare-20260302T120300Z.sqlite"
    assert kept[0].taken_at == T0 + timedelta(minutes=61 * (KEEP + 2))


def test_a_backup_is_a_complete_single_file_database(storage: Storage) -> None:
    person = _add_person(storage, "Ada")
    SqlitePainRepository(storage).add_rating(rating(person))
    path = storage.back_up()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert copy.execute("SELECT count(*) FROM pain_rating").fetchone()[0] == 1
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_backup_is_taken_only_when_due(storage: Storage, clock: FakeClock) -> None:
    first = storage.back_up_if_due()
    assert first is not None
    clock.advance(minutes=60 * 19)
    assert storage.back_up_if_due() is None
    clock.advance(minutes=60)
    assert storage.back_up_if_due() not in (None, first)
    assert storage.newest_backup() == list_backups(storage.folder)[0]


def test_a_backup_before_a_migration_is_not_a_rolling_one(storage: Storage) -> None:
    (storage.folder.backups / "coldcare-20200101T000000Z-before-v2.sqlite").write_bytes(b"")
    (storage.folder.backups / "notes.txt").write_text("not a backup")
    (storage.folder.backups / "coldcare-my-own-copy.sqlite").write_bytes(b"")
    assert storage.newest_backup() is None
    for _ in range(KEEP + 1):
        storage.back_up()
    assert len(list_backups(storage.folder)) == 2  # same second: one rolling, one pre-migration


def test_checking_a_file_that_vanished_says_it_cannot_be_opened(storage: Storage) -> None:
    storage.close()
    for path in database_files(storage.folder.database):
        path.unlink(missing_ok=True)
    with pytest.raises(StorageUnavailableError, match="could not open its data file"):
        storage.quick_check()


# ----------------------------------------------------------------------------- damage


def _flip(path: Path, offset: int, length: int = 8) -> None:
    with path.open("r+b") as file:
        file.seek(offset)
        data = file.read(length)
        file.seek(offset)
        file.write(bytes(b ^ 0xFF for b in data))


def _truncate(path: Path) -> None:
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)


def _flip_header(path: Path) -> None:
    _flip(path, 0)


def _flip_schema_format(path: Path) -> None:
    _flip(path, 44, 4)


def _flip_middle_page(path: Path) -> None:
    """Break the header of the b-tree page nearest the middle of the file."""
    page_size = 4096
    pages = path.stat().st_size // page_size
    with path.open("rb") as file:
        for page in range(pages // 2, pages):
            file.seek(page * page_size)
            if file.read(1) in (b"\x02", b"\x05", b"\x0a", b"\x0d"):
                break
        else:
            raise AssertionError(f"no b-tree page in the second half of {path}")
    _flip(path, page * page_size)


def _damaged_after_backup(data_dir: Path, clock: FakeClock) -> tuple[Path, Path]:
    """A folder whose database holds "Before" (backed up) and "After" (not); the backup path."""
    with open_storage(data_dir, clock) as storage:
        person = _add_person(storage, "Before")
        pain = SqlitePainRepository(storage)
        for minute in range(300):
            pain.add_rating(rating(person, T0 + timedelta(minutes=minute)))
        backup = storage.back_up()
        clock.advance(minutes=5)
        _add_person(storage, "After")
    return data_dir / DATABASE_NAME, backup


def _check_restored(report: RepairReport, backup: Path, damaged: bytes) -> None:
    assert report.restored_from is not None
    assert report.restored_from.path == backup
    assert not report.started_empty
    assert report.damaged_folder.name == "damaged-20260302T090500Z"
    assert stat.S_IMODE(report.damaged_folder.stat().st_mode) == 0o700
    assert report.set_aside[0] == report.damaged_folder / DATABASE_NAME
    assert report.set_aside[0].read_bytes() == damaged
    assert backup.exists()


@pytest.mark.parametrize(
    "corrupt",
    [_truncate, _flip_header, _flip_schema_format],
    ids=["truncated", "header", "schema-format"],
)
def test_a_file_that_does_not_open_is_set_aside_at_once(
    data_dir: Path, clock: FakeClock, corrupt: Corruption
) -> None:
    path, backup = _damaged_after_backup(data_dir, clock)
    corrupt(path)
    damaged = path.read_bytes()
    with open_storage(data_dir, clock) as storage:
        report = storage.repaired_at_open
        assert report is not None
        _check_restored(report, backup, damaged)
        assert _people(storage) == ["Before"]
        assert storage.quick_check() == ()


def test_a_damaged_page_is_found_by_the_check_after_the_first_paint(
    data_dir: Path, clock: FakeClock
) -> None:
    path, backup = _damaged_after_backup(data_dir, clock)
    _flip_middle_page(path)
    damaged = path.read_bytes()
    with open_storage(data_dir, clock) as storage:
        assert storage.repaired_at_open is None
        problems = storage.quick_check()
        assert problems
        report = storage.repair(problems)
        _check_restored(report, backup, damaged)
        assert _people(storage) == ["Before"]
        assert storage.quick_check() == ()
        assert (
            len(SqlitePainRepository(storage).ratings_between(1, T0, T0 + timedelta(days=1))) == 300
        )


def test_the_wal_and_shm_go_aside_with_the_damaged_file(
    data_dir: Path, tmp_path: Path, clock: FakeClock
) -> None:
    """A crash leaves the -wal and -shm beside the file: they are evidence, and move with it."""
    _, backup = _damaged_after_backup(data_dir, clock)
    crashed = tmp_path / "crashed"
    with open_storage(data_dir, clock) as storage:
        _add_person(storage, "Unsaved")
        shutil.copytree(data_dir, crashed)  # the files as a crash would leave them
    left = {p.name: p.read_bytes() for p in database_files(crashed / DATABASE_NAME)}
    assert len(left) == 3
    _flip_header(crashed / DATABASE_NAME)
    left[DATABASE_NAME] = (crashed / DATABASE_NAME).read_bytes()
    with open_storage(crashed, clock) as storage:
        report = storage.repaired_at_open
        assert report is not None
        assert {p.name: p.read_bytes() for p in report.set_aside} == left
        assert report.restored_from is not None
        assert report.restored_from.path == crashed / "backups" / backup.name
        assert _people(storage) == ["Before"]


def test_the_newest_good_backup_is_used_and_a_bad_one_kept(
    data_dir: Path, clock: FakeClock
) -> None:
    path, good = _damaged_after_backup(data_dir, clock)
    with open_storage(data_dir, clock) as storage:
        bad = storage.back_up()
    _flip_middle_page(bad)
    _flip_header(path)
    with open_storage(data_dir, clock) as storage:
        report = storage.repaired_at_open
        assert report is not None
        assert report.restored_from is not None
        assert report.restored_from.path == good
        assert bad.exists()
        assert _people(storage) == ["Before"]


def test_without_a_good_backup_the_app_starts_empty_and_says_so(
    data_dir: Path, clock: FakeClock
) -> None:
    with open_storage(data_dir, clock) as storage:
        _add_person(storage, "Lost")
    path = data_dir / DATABASE_NAME
    _flip_header(path)
    damaged = path.read_bytes()
    with open_storage(data_dir, clock) as storage:
        report = storage.repaired_at_open
        assert report is not None
        assert report.started_empty
        assert report.restored_from is None
        assert report.set_aside[0].read_bytes() == damaged
        assert "not an SQLite database" in report.problem
        assert _people(storage) == []
        _add_person(storage, "Fresh start")
        assert _people(storage) == ["Fresh start"]


def test_damage_found_after_the_first_paint_without_a_backup_starts_empty(
    data_dir: Path, clock: FakeClock
) -> None:
    path, backup = _damaged_after_backup(data_dir, clock)
    backup.unlink()
    _flip_middle_page(path)
    with open_storage(data_dir, clock) as storage:
        problems = storage.quick_check()
        assert problems
        report = storage.repair(problems)
        assert report.started_empty
        assert _people(storage) == []
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_damage_met_while_migrating_is_repaired_at_open(data_dir: Path, clock: FakeClock) -> None:
    _damaged_after_backup(data_dir, clock)
    calls: list[int] = []

    def meets_damage_the_first_time(database: SqliteDatabase) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.DatabaseError("database disk image is malformed")
        execute(database, "CREATE TABLE plan (id INTEGER PRIMARY KEY)")

    upgraded = (*MIGRATIONS, Migration(LATEST_VERSION + 1, "plans", meets_damage_the_first_time))
    with open_storage(data_dir, clock, migrations=upgraded) as storage:
        report = storage.repaired_at_open
        assert report is not None
        assert report.problem == "database disk image is malformed"
        assert report.restored_from is not None
        assert report.restored_from.before_version == LATEST_VERSION + 1
        assert _people(storage) == ["After", "Before"]
    assert len(calls) == 2


def test_a_second_repair_in_the_same_second_gets_its_own_folder(
    data_dir: Path, clock: FakeClock
) -> None:
    for expected in ("damaged-20260302T090000Z", "damaged-20260302T090000Z-2"):
        with open_storage(data_dir, clock):
            pass
        _flip_header(data_dir / DATABASE_NAME)
        with open_storage(data_dir, clock) as storage:
            assert storage.repaired_at_open is not None
            assert storage.repaired_at_open.damaged_folder.name == expected


def test_a_copy_that_fails_leaves_no_part_of_itself(
    storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_person(storage, "Ada")
    connect = backups.sqlite3.connect

    def full_disk(path: Any, **kwargs: Any) -> sqlite3.Connection:
        """The copy fails as on a full disk, leaving its -wal and -shm as SQLite did."""
        if not str(path).endswith(".partial"):
            return connect(path, **kwargs)
        for companion in ("-wal", "-shm"):
            Path(f"{path}{companion}").write_bytes(b"\0" * 64)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups.sqlite3, "connect", full_disk)
    with pytest.raises(StorageUnavailableError, match="the disk is full"):
        storage.back_up()
    assert list(storage.folder.backups.iterdir()) == []


def test_a_copy_needs_no_shared_memory_file(storage: Storage) -> None:
    """SQLite reports a full disk met while growing a ``-shm`` file as a "disk I/O error";
    the copy makes none, so a full disk is reported as one."""
    _add_person(storage, "Ada")
    target = storage.folder.backups / "copy.sqlite"
    (storage.folder.backups / "copy.sqlite.partial-shm").mkdir()  # no -shm can be made
    copy_database(storage.folder.database, target)
    with closing(sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)) as copy:
        assert copy.execute("SELECT name FROM profile").fetchall() == [("Ada",)]
