"""The caregiver PIN's stored record: one row of ``caregiver_pin`` (id 1), or none.

The row holds the salted hash made by ``coldcare.services.caregiver_lock``, never the PIN. JSON
backups leave the table out (:mod:`coldcare.storage.backup_json`), so restoring one keeps the
PIN that is set.
"""

from __future__ import annotations

from typing import Any

from coldcare.domain.caregiver_pin import PinRecord
from coldcare.storage.database import Storage
from coldcare.storage.mapping import from_ms, to_ms
from coldcare.storage.models import CaregiverPinRow

_ROW_ID = 1


class SqliteCaregiverPinStore:
    """The caregiver PIN of the installation, in its database."""

    def __init__(self, storage: Storage) -> None:
        self._storage = storage

    def load(self) -> PinRecord | None:
        """The stored record, or ``None`` when no PIN is set."""
        with self._storage.guarded():
            row: Any = CaregiverPinRow.get_or_none(CaregiverPinRow.id == _ROW_ID)
        if row is None:
            return None
        last = row.last_failure_ms
        return PinRecord(
            algorithm=row.algorithm,
            cost=row.cost,
            block_size=row.block_size,
            parallelism=row.parallelism,
            salt=bytes(row.salt),
            digest=bytes(row.digest),
            failures=row.failures,
            last_failure=from_ms(last) if last is not None else None,
        )

    def save(self, record: PinRecord) -> None:
        """Store ``record`` in place of any earlier one (one transaction)."""
        last = record.last_failure
        values = {
            CaregiverPinRow.id: _ROW_ID,
            CaregiverPinRow.algorithm: record.algorithm,
            CaregiverPinRow.cost: record.cost,
            CaregiverPinRow.block_size: record.block_size,
            CaregiverPinRow.parallelism: record.parallelism,
            CaregiverPinRow.salt: record.salt,
            CaregiverPinRow.digest: record.digest,
            CaregiverPinRow.failures: record.failures,
            CaregiverPinRow.last_failure_ms: to_ms(last) if last is not None else None,
        }
        with self._storage.writing():
            CaregiverPinRow.insert(values).on_conflict_replace().execute()

    def clear(self) -> None:
        """Remove the PIN; every other table is left as it is."""
        with self._storage.writing():
            CaregiverPinRow.delete().execute()
