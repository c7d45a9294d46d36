"""An open storage in a temporary data folder, and the repositories on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coldcare.domain.records import Profile
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.repositories import SqliteProfileRepository
from tests.fakes import FakeClock


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder that does not exist yet."""
    return tmp_path / "data"


@pytest.fixture
def storage(data_dir: Path, clock: FakeClock) -> Iterator[Storage]:
    """A freshly created, migrated database; closed after the test."""
    with open_storage(data_dir, clock) as opened:
        yield opened


@pytest.fixture
def profile_id(storage: Storage) -> int:
    """The id of a stored minimal profile."""
    saved = SqliteProfileRepository(storage).save_profile(Profile("Test Person", 1970))
    assert saved.id is not None
    return saved.id
