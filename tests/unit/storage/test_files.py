"""The data folder: a file where it should be is named, and ColdCare's own files are known."""

from __future__ import annotations

from pathlib import Path

import pytest

from coldcare.domain.ports import StorageUnavailableError
from coldcare.storage.database import open_storage
from coldcare.storage.files import DataFolder, make_private_folder
from tests.fakes import FakeClock


@pytest.mark.parametrize("below", ["", "a/b"])
def test_a_file_in_the_way_of_the_folder_is_named(tmp_path: Path, below: str) -> None:
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_bytes(b"kept")
    folder = in_the_way / below if below else in_the_way
    with pytest.raises(StorageUnavailableError) as caught:
        make_private_folder(folder)
    assert str(caught.value) == (
        f"ColdCare cannot use {folder} as its data folder: {in_the_way} is a file, not a "
        "folder. Choose another folder, or move the file, then try again."
    )
    assert in_the_way.read_bytes() == b"kept"


def test_opening_data_under_a_file_says_so(tmp_path: Path, clock: FakeClock) -> None:
    (tmp_path / "notes.txt").write_bytes(b"kept")
    with pytest.raises(StorageUnavailableError, match=r"notes\.txt is a file, not a folder"):
        open_storage(tmp_path / "notes.txt" / "data", clock)


@pytest.mark.parametrize(
    "name",
    [
        "coldcare.sqlite",
        "coldcare.sqlite-wal",
        "coldcare.sqlite-shm",
        "damage-seen",
        "backups/coldcare-20260302T090000Z.sqlite",
        "backups",
        "damaged-20260302T090000Z/coldcare.sqlite",
        "elsewhere/../coldcare.sqlite",
    ],
)
def test_coldcare_knows_its_own_files(tmp_path: Path, name: str) -> None:
    assert DataFolder(tmp_path / "data").holds(tmp_path / "data" / name)


@pytest.mark.parametrize("name", ["data/report.pdf", "data/coldcare.csv", "coldcare.sqlite"])
def test_other_files_are_not_its_own(tmp_path: Path, name: str) -> None:
    assert not DataFolder(tmp_path / "data").holds(tmp_path / name)


def test_links_are_followed(tmp_path: Path, clock: FakeClock) -> None:
    data = tmp_path / "data"
    with open_storage(data, clock):
        pass
    (tmp_path / "soft").symlink_to(data / "coldcare.sqlite")
    (tmp_path / "hard").hardlink_to(data / "coldcare.sqlite")
    (tmp_path / "to-data").symlink_to(data)
    folder = DataFolder(data)
    assert folder.holds(tmp_path / "soft")
    assert folder.holds(tmp_path / "hard")
    assert folder.holds(tmp_path / "to-data" / "backups" / "x.sqlite")
    assert DataFolder(tmp_path / "to-data").holds(data / "coldcare.sqlite")
