"""Setting, checking and removing the caregiver PIN, with a wait after wrong tries.

The PIN is hashed with scrypt and a random 16-byte salt (n = 2**14, r = 8, p = 1) and compared
in constant time; the PIN itself is never stored. The count of wrong tries and the time of the
last one are stored with the hash, so restarting ColdCare does not cut a wait short. Time comes
only from the injected clock.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import secrets
from datetime import timedelta

from coldcare.domain.caregiver_pin import PinRecord, check_new_pin, check_pin
from coldcare.domain.clock import Clock
from coldcare.domain.ports import CaregiverPinStore

ALGORITHM = "scrypt"
COST, BLOCK_SIZE, PARALLELISM = 2**14, 8, 1
SALT_BYTES = 16
DIGEST_BYTES = 32


def _digest(pin: str, salt: bytes, cost: int, block_size: int, parallelism: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"),
        salt=salt,
        n=cost,
        r=block_size,
        p=parallelism,
        maxmem=64 * 1024 * 1024,
        dklen=DIGEST_BYTES,
    )


def hash_pin(pin: str) -> PinRecord:
    """A new record for ``pin`` (checked first: ``BadInputError`` if it is not 4 to 8 digits)."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _digest(check_pin(pin), salt, COST, BLOCK_SIZE, PARALLELISM)
    return PinRecord(ALGORITHM, COST, BLOCK_SIZE, PARALLELISM, salt, digest)


def matches(record: PinRecord, pin: str) -> bool:
    """Whether ``pin`` is the PIN ``record`` was made from (constant-time comparison)."""
    if record.algorithm != ALGORITHM or not (pin.isascii() and pin.isdigit()):
        return False
    typed = _digest(pin, record.salt, record.cost, record.block_size, record.parallelism)
    return hmac.compare_digest(typed, record.digest)


class CaregiverLock:
    """The caregiver PIN of one installation, on its store and a clock."""

    def __init__(self, store: CaregiverPinStore, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def is_set(self) -> bool:
        """Whether a PIN is set (protected actions ask for it)."""
        return self._store.load() is not None

    def wait_left(self) -> timedelta:
        """How long until the next try is allowed (zero: now, or no PIN set)."""
        record = self._store.load()
        return record.wait_left(self._clock.now()) if record is not None else timedelta(0)

    def check(self, pin: str) -> bool:
        """Whether ``pin`` is right. True when no PIN is set.

        A wrong PIN counts towards the wait; a right one clears the count. During a wait
        nothing is checked or counted, and the answer is False.
        """
        record = self._store.load()
        if record is None:
            return True
        now = self._clock.now()
        if record.wait_left(now) > timedelta(0):
            return False
        if matches(record, pin):
            if record.failures:
                self._store.save(dataclasses.replace(record, failures=0, last_failure=None))
            return True
        failed = dataclasses.replace(record, failures=record.failures + 1, last_failure=now)
        self._store.save(failed)
        return False

    def set_pin(self, pin: str, repeated: str) -> None:
        """Set a new PIN typed twice (``BadInputError`` naming the problem otherwise)."""
        self._store.save(hash_pin(check_new_pin(pin, repeated)))

    def remove(self) -> None:
        """Remove the PIN: nothing asks for one any more."""
        self._store.clear()


class MemoryPinStore:
    """A PIN store that keeps the record for this run only: the default of ``Repositories``
    where no database is at hand (previews, tests of screens that never set a PIN)."""

    def __init__(self) -> None:
        self.record: PinRecord | None = None

    def load(self) -> PinRecord | None:
        """The record, or ``None``."""
        return self.record

    def save(self, record: PinRecord) -> None:
        """Keep ``record``."""
        self.record = record

    def clear(self) -> None:
        """Forget the record."""
        self.record = None
