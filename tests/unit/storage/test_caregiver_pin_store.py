"""The caregiver PIN in the database: one record, never the PIN itself, never in a backup, and
kept when a backup is restored."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from coldcare.domain.caregiver_pin import PinRecord
from coldcare.services.caregiver_lock import CaregiverLock
from coldcare.storage.backup_json import backup_bytes, restore
from coldcare.storage.caregiver_pin import SqliteCaregiverPinStore
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.files import DATABASE_NAME
from coldcare.storage.migrations import execute
from tests.fakes import FakeClock
from tests.unit.storage.samples import store_one_of_everything

FIXTURES = Path(__file__).resolve().parents[2] / "data"
EXPORTED = datetime(2026, 3, 9, 12, 30, tzinfo=UTC)
PIN = "73915"


def _lock(storage: Storage, clock: FakeClock) -> CaregiverLock:
    return CaregiverLock(SqliteCaregiverPinStore(storage), clock)


def test_a_new_database_has_no_pin(storage: Storage) -> None:
    assert SqliteCaregiverPinStore(storage).load() is None


def test_the_record_comes_back_as_saved_and_replaces_the_last(storage: Storage) -> None:
    store = SqliteCaregiverPinStore(storage)
    first = PinRecord("scrypt", 2**14, 8, 1, b"\x00salt" * 3, b"\xffdigest" * 4)
    store.save(first)
    assert store.load() == first
    failed = PinRecord("scrypt", 2**14, 8, 1, b"s" * 16, b"d" * 32, 4, EXPORTED)
    store.save(failed)
    assert store.load() == failed
    assert execute(storage.database, "SELECT count(*) FROM caregiver_pin").fetchone()[0] == 1
    store.clear()
    assert store.load() is None


def test_the_file_never_holds_the_pin(data_dir: Path, clock: FakeClock) -> None:
    with open_storage(data_dir, clock) as storage:
        _lock(storage, clock).set_pin(PIN, PIN)
    assert PIN.encode() not in (data_dir / DATABASE_NAME).read_bytes()


def test_a_wrong_try_and_its_wait_outlive_closing_the_database(
    data_dir: Path, clock: FakeClock
) -> None:
    with open_storage(data_dir, clock) as storage:
        lock = _lock(storage, clock)
        lock.set_pin(PIN, PIN)
        for wrong in ("1111", "2222", "3333"):
            lock.check(wrong)
    clock.advance(12)
    with open_storage(data_dir, clock) as storage:
        assert _lock(storage, clock).wait_left().total_seconds() == 18


def test_the_backup_leaves_the_pin_out(storage: Storage, profile_id: int, clock: FakeClock) -> None:
    store_one_of_everything(storage, profile_id)
    _lock(storage, clock).set_pin(PIN, PIN)
    record = SqliteCaregiverPinStore(storage).load()
    assert record is not None
    data = backup_bytes(storage, EXPORTED)
    assert "caregiver_pin" not in json.loads(data)["tables"]
    assert PIN.encode() not in data
    assert record.salt.hex().encode() not in data
    assert record.digest.hex().encode() not in data
    assert b"scrypt" not in data


def test_restoring_a_backup_keeps_the_pin_that_is_set(
    storage: Storage, profile_id: int, clock: FakeClock, tmp_path: Path
) -> None:
    store_one_of_everything(storage, profile_id)
    backup = tmp_path / "backup.json"
    backup.write_bytes(backup_bytes(storage, EXPORTED))  # made before any PIN
    _lock(storage, clock).set_pin(PIN, PIN)
    restore(storage, backup)
    lock = _lock(storage, clock)
    assert lock.is_set()
    assert lock.check(PIN)


def test_a_file_from_before_the_pin_opens_without_one(data_dir: Path, clock: FakeClock) -> None:
    data_dir.mkdir()
    shutil.copyfile(FIXTURES / "schema_v3.sqlite", data_dir / DATABASE_NAME)
    with open_storage(data_dir, clock) as storage:
        assert SqliteCaregiverPinStore(storage).load() is None
        _lock(storage, clock).set_pin(PIN, PIN)
        assert _lock(storage, clock).check(PIN)


def test_a_backup_from_before_the_pin_can_still_be_restored(
    storage: Storage, profile_id: int, tmp_path: Path
) -> None:
    store_one_of_everything(storage, profile_id)
    document = json.loads(backup_bytes(storage, EXPORTED))
    document["schema_version"] = 3  # version 4 only added the PIN, which backups leave out
    backup = tmp_path / "backup-v3.json"
    backup.write_text(json.dumps(document), encoding="utf-8")
    assert restore(storage, backup).profiles == 1
