"""``coldcare restore FILE`` (product.md, "Command line"): one line on success (exit 0), one
line naming the problem on a bad file (exit 1, nothing changed), argparse's exit 2 on bad usage.

The command runs in-process through ``coldcare.__main__.main`` with string buffers, always with
``--data-dir`` (or ``COLDCARE_DATA_DIR``) pointing into the test's own folder.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coldcare.__main__ import main
from coldcare.domain.records import Profile
from coldcare.storage.backup_json import FORMAT_VERSION, backup_bytes
from coldcare.storage.database import open_storage
from coldcare.storage.repositories import SqliteProfileRepository
from tests.fakes import FakeClock
from tests.unit.storage.samples import store_one_of_everything

EXPORTED = datetime(2026, 3, 9, 12, 30, tzinfo=UTC)


def run(*args: str) -> tuple[int, str, str]:
    """Run ``coldcare ARGS``; return the exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def backup_file(tmp_path: Path, clock: FakeClock) -> Path:
    """A backup of a database with one full profile and one plain one."""
    path = tmp_path / "backup.json"
    with open_storage(tmp_path / "source", clock) as storage:
        profiles = SqliteProfileRepository(storage)
        profile_id = profiles.save_profile(Profile("Plain Person", 1970)).id or 0
        store_one_of_everything(storage, profile_id)
        profiles.save_profile(Profile("Second Person", 1980))
        path.write_bytes(backup_bytes(storage, EXPORTED))
    return path


def contents(data_dir: Path, clock: FakeClock) -> bytes:
    """Everything the data folder's database holds, as a backup's bytes."""
    with open_storage(data_dir, clock) as storage:
        return backup_bytes(storage, EXPORTED)


def test_restore_prints_one_line_and_the_data_is_the_backup(
    backup_file: Path, tmp_path: Path, clock: FakeClock
) -> None:
    target = tmp_path / "target"
    code, out, err = run("--data-dir", str(target), "restore", str(backup_file))
    assert (code, err) == (0, "")
    tables = json.loads(backup_file.read_bytes())["tables"]
    records = sum(len(rows) for name, rows in tables.items() if name != "profile")
    assert out == (
        f"Restored 2 profiles, {records} records from {backup_file} "
        "(backup of 2026-03-09 12:30 UTC).\n"
    )
    assert contents(target, clock) == backup_file.read_bytes()


def test_the_data_folder_may_come_from_the_environment(
    backup_file: Path, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "from-environment"
    monkeypatch.setenv("COLDCARE_DATA_DIR", str(target))
    code, _, err = run("restore", str(backup_file))
    assert (code, err) == (0, "")
    assert contents(target, clock) == backup_file.read_bytes()


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:1000])


def _newer(path: Path) -> None:
    document = json.loads(path.read_bytes())
    document["format_version"] = FORMAT_VERSION + 1
    path.write_text(json.dumps(document))


def _pain_11(path: Path) -> None:
    document = json.loads(path.read_bytes())
    document["tables"]["pain_rating"][0]["value"] = 11
    path.write_text(json.dumps(document))


@pytest.mark.parametrize(
    ("spoil", "named"),
    [
        (_truncated, "not valid JSON"),
        (_newer, "update ColdCare"),
        (_pain_11, "the record with id 1 of 'pain_rating': a pain rating must be a whole number"),
        (Path.unlink, "cannot read"),
    ],
    ids=["truncated", "newer", "pain-11", "missing"],
)
def test_a_bad_file_exits_1_with_one_line_and_changes_nothing(
    backup_file: Path, tmp_path: Path, clock: FakeClock, spoil: Callable[[Path], object], named: str
) -> None:
    target = tmp_path / "target"
    with open_storage(target, clock) as storage:
        SqliteProfileRepository(storage).save_profile(Profile("Already Here", 1950))
    before = contents(target, clock)
    spoil(backup_file)
    code, out, err = run("--data-dir", str(target), "restore", str(backup_file))
    assert (code, out) == (1, "")
    assert err.startswith("coldcare restore: ")
    assert err.endswith("Nothing was changed.\n")
    assert err.count("\n") == 1
    assert named in err
    assert contents(target, clock) == before


def test_restore_without_a_file_is_a_usage_error() -> None:
    code, out, err = run("restore")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert "FILE" in err


def test_restore_is_listed_in_the_help() -> None:
    code, out, _ = run("--help")
    assert code == 0
    assert "restore" in out


def files_in(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by its path, with a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _damaged_data(target: Path, clock: FakeClock) -> Path:
    """A data folder with one person, whose database was then scrambled on disk."""
    with open_storage(target, clock) as storage:
        SqliteProfileRepository(storage).save_profile(Profile("Already Here", 1950))
    (target / "coldcare.sqlite").write_bytes(b"scrambled " * 100)
    return target


def test_a_missing_file_leaves_damaged_data_where_it_is(
    backup_file: Path, tmp_path: Path, clock: FakeClock
) -> None:
    target = _damaged_data(tmp_path / "target", clock)
    before = files_in(target)
    code, out, err = run("--data-dir", str(target), "restore", str(tmp_path / "missing.json"))
    assert (code, out) == (1, "")
    assert "cannot read" in err
    assert err.endswith("Nothing was changed.\n")
    assert files_in(target) == before
    assert [p.name for p in target.iterdir() if p.name.startswith("damaged-")] == []


def test_a_bad_file_creates_no_data_folder(backup_file: Path, tmp_path: Path) -> None:
    _truncated(backup_file)
    target = tmp_path / "not yet"
    code, _out, err = run("--data-dir", str(target), "restore", str(backup_file))
    assert code == 1
    assert "not valid JSON" in err
    assert not target.exists()


def test_restoring_over_damaged_data_says_where_it_is_kept(
    backup_file: Path, tmp_path: Path, clock: FakeClock
) -> None:
    target = _damaged_data(tmp_path / "target", clock)
    code, out, err = run("--data-dir", str(target), "restore", str(backup_file))
    assert (code, err) == (0, "")
    (kept,) = target.glob("damaged-*")
    assert out.endswith(f" The damaged data file it replaces is kept in {kept}.\n")
    assert (kept / "coldcare.sqlite").read_bytes() == b"scrambled " * 100
    assert contents(target, clock) == backup_file.read_bytes()
