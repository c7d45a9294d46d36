"""``coldcare reset-pin``: removes a forgotten caregiver PIN after a typed confirmation (or
``--yes``), keeps every other row, and says what it did."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from coldcare.__main__ import build_parser
from coldcare.cli import reset_pin
from coldcare.domain.records import Profile
from coldcare.services.caregiver_lock import CaregiverLock
from coldcare.storage.backup_json import backup_bytes
from coldcare.storage.caregiver_pin import SqliteCaregiverPinStore
from coldcare.storage.database import open_storage
from coldcare.storage.repositories import SqliteProfileRepository
from tests.fakes import FakeClock
from tests.unit.storage.samples import T0, store_one_of_everything


def run(*args: str, typed: str = "") -> tuple[int, str, str]:
    """Run ``coldcare [--data-dir …] reset-pin ARGS`` with ``typed`` on stdin."""
    parser = argparse.ArgumentParser(prog="coldcare")
    parser.add_argument("--data-dir")
    reset_pin.add_parser(parser.add_subparsers())
    parsed = parser.parse_args(list(args))
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(typed))
        code = parsed.command(parsed, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def data_dir(tmp_path: Path, clock: FakeClock) -> Path:
    """A data folder with one full profile and a caregiver PIN (2468)."""
    folder = tmp_path / "data"
    with open_storage(folder, clock) as storage:
        profile = SqliteProfileRepository(storage).save_profile(Profile("Anna", 1954))
        store_one_of_everything(storage, profile.id or 0)
        CaregiverLock(SqliteCaregiverPinStore(storage), clock).set_pin("2468", "2468")
    return folder


def _state(folder: Path, clock: FakeClock) -> tuple[bool, bytes]:
    """Whether a PIN is set, and every other row (as a backup's bytes)."""
    with open_storage(folder, clock) as storage:
        is_set = SqliteCaregiverPinStore(storage).load() is not None
        return is_set, backup_bytes(storage, T0)


def test_typing_reset_removes_the_pin_and_keeps_all_data(data_dir: Path, clock: FakeClock) -> None:
    _, before = _state(data_dir, clock)
    code, out, err = run("reset-pin", "--data-dir", str(data_dir), typed="RESET\n")
    assert (code, err) == (0, "")
    assert "Type RESET to go on" in out
    assert f"Removed the caregiver PIN in {data_dir}. All data was kept." in out
    assert _state(data_dir, clock) == (False, before)


def test_anything_else_keeps_the_pin(data_dir: Path, clock: FakeClock) -> None:
    code, _, err = run("reset-pin", "--data-dir", str(data_dir), typed="reset please\n")
    assert code == 1
    assert err == "coldcare reset-pin: not confirmed. The PIN was kept.\n"
    assert _state(data_dir, clock)[0]


def test_yes_skips_the_question_and_the_global_data_dir_works(
    data_dir: Path, clock: FakeClock
) -> None:
    code, out, err = run("--data-dir", str(data_dir), "reset-pin", "--yes")
    assert (code, err) == (0, "")
    assert "Type RESET" not in out
    assert not _state(data_dir, clock)[0]


def test_without_a_pin_nothing_changes(data_dir: Path) -> None:
    run("reset-pin", "--data-dir", str(data_dir), "--yes")
    code, out, err = run("reset-pin", "--data-dir", str(data_dir))
    assert (code, err) == (0, "")
    assert out == f"No caregiver PIN is set in {data_dir}; nothing was changed.\n"


def test_a_folder_without_data_is_not_created(tmp_path: Path) -> None:
    empty = tmp_path / "nothing-here"
    code, out, err = run("reset-pin", "--data-dir", str(empty), "--yes")
    assert (code, out) == (1, "")
    assert "no ColdCare data" in err
    assert not empty.exists()


def test_the_command_is_registered() -> None:
    parsed = build_parser().parse_args(["reset-pin", "--yes"])
    assert parsed.command is reset_pin.run
