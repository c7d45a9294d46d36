"""The caregiver lock: the PIN is hashed with a fresh salt, wrong tries are slowed down, and the
wait survives a restart (a new lock on the same store)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coldcare.domain.vocabulary import BadInputError
from coldcare.services.caregiver_lock import (
    ALGORITHM,
    CaregiverLock,
    MemoryPinStore,
    hash_pin,
    matches,
)
from tests.fakes import FakeClock


@pytest.fixture
def store() -> MemoryPinStore:
    return MemoryPinStore()


@pytest.fixture
def lock(store: MemoryPinStore, clock: FakeClock) -> CaregiverLock:
    made = CaregiverLock(store, clock)
    made.set_pin("2468", "2468")
    return made


def test_the_record_holds_a_salted_scrypt_hash_never_the_pin() -> None:
    record = hash_pin("24682468")
    assert (record.algorithm, record.cost, record.block_size, record.parallelism) == (
        ALGORITHM,
        2**14,
        8,
        1,
    )
    assert len(record.salt) == 16
    assert len(record.digest) == 32
    for stored in (record.salt, record.digest, repr(record).encode()):
        assert b"24682468" not in stored
        assert "24682468".encode("utf-16-le") not in stored


def test_the_same_pin_gets_a_new_salt_and_hash_each_time() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first.salt != second.salt
    assert first.digest != second.digest
    assert matches(first, "2468")
    assert matches(second, "2468")
    assert not matches(first, "2469")
    assert not matches(first, "")


def test_no_pin_set_lets_everything_through(store: MemoryPinStore, clock: FakeClock) -> None:
    lock = CaregiverLock(store, clock)
    assert not lock.is_set()
    assert lock.check("anything")
    assert lock.wait_left() == timedelta(0)


def test_a_bad_new_pin_is_refused_and_nothing_is_stored(
    store: MemoryPinStore, clock: FakeClock
) -> None:
    lock = CaregiverLock(store, clock)
    with pytest.raises(BadInputError, match="not the same"):
        lock.set_pin("2468", "8642")
    with pytest.raises(BadInputError, match="digits only"):
        lock.set_pin("24x8", "24x8")
    assert store.record is None


def test_the_right_pin_passes_and_a_wrong_one_counts_up(
    lock: CaregiverLock, store: MemoryPinStore
) -> None:
    assert lock.is_set()
    assert lock.check("2468")
    assert not lock.check("1111")
    assert not lock.check("2222")
    assert store.record is not None
    assert store.record.failures == 2
    assert lock.check("2468")
    assert store.record.failures == 0


def test_after_three_wrong_tries_the_lock_waits_and_checks_nothing(
    lock: CaregiverLock, store: MemoryPinStore, clock: FakeClock
) -> None:
    for wrong in ("1111", "2222", "3333"):
        assert not lock.check(wrong)
    assert lock.wait_left() == timedelta(seconds=30)
    assert not lock.check("2468"), "even the right PIN waits"
    assert store.record is not None
    assert store.record.failures == 3, "a try during the wait is not counted"
    clock.advance(29)
    assert lock.wait_left() == timedelta(seconds=1)
    clock.advance(1)
    assert not lock.check("4444")
    assert lock.wait_left() == timedelta(seconds=60)
    clock.advance(60)
    assert lock.check("2468")
    assert lock.wait_left() == timedelta(0)


def test_the_wait_survives_a_restart(store: MemoryPinStore, clock: FakeClock) -> None:
    first = CaregiverLock(store, clock)
    first.set_pin("2468", "2468")
    for wrong in ("1111", "2222", "3333", "4444"):
        clock.advance(30)
        first.check(wrong)
    clock.advance(10)
    again = CaregiverLock(store, clock)
    assert again.wait_left() == timedelta(seconds=50)
    assert not again.check("2468")


def test_removing_the_pin_opens_everything(lock: CaregiverLock) -> None:
    lock.remove()
    assert not lock.is_set()
    assert lock.check("")
