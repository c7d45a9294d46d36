"""What every command that changes the data shares: it keeps away from a data folder a
ColdCare window works on, names a database another process keeps locked, and stops on Ctrl-C
saying that nothing was changed (exit 130)."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QApplication

from coldcare.__main__ import main
from coldcare.domain.records import Profile
from coldcare.reports import files
from coldcare.services.caregiver_lock import CaregiverLock
from coldcare.services.single_instance import SingleInstance, is_held, server_name
from coldcare.storage import database
from coldcare.storage.backup_json import backup_bytes
from coldcare.storage.caregiver_pin import SqliteCaregiverPinStore
from coldcare.storage.database import open_storage
from coldcare.storage.models import ProfileRow
from coldcare.storage.repositories import SqlitePainRepository, SqliteProfileRepository
from tests.fakes import FakeClock
from tests.unit.storage.samples import T0


def run(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data), *args], out, err)
    return code, out.getvalue(), err.getvalue()


def files_in(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by its path, with a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def data(tmp_path: Path, clock: FakeClock) -> Path:
    """A data folder with one profile, and a backup of it beside it (``backup.json``)."""
    folder = tmp_path / "data"
    with open_storage(folder, clock) as storage:
        SqliteProfileRepository(storage).save_profile(Profile("Anna", 1950))
        (tmp_path / "backup.json").write_bytes(backup_bytes(storage, T0))
    return folder


COMMANDS = {
    "restore": (("restore", "backup.json"), "Nothing was changed."),
    "demo": (("demo", "--days", "5"), "Nothing was written."),
    "reset-pin": (("reset-pin", "--yes"), "The PIN was kept."),
}


def command(name: str, data: Path) -> tuple[str, ...]:
    args, _ = COMMANDS[name]
    return tuple(str(data.parent / a) if a.endswith(".json") else a for a in args)


@pytest.fixture
def window(qapp: QApplication, data: Path) -> Iterator[SingleInstance]:
    """A ColdCare window's claim on the data folder."""
    instance = SingleInstance(data, parent=qapp)
    assert instance.claim()
    yield instance
    instance.close()
    QLocalServer.removeServer(server_name(data))


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_folder_a_window_works_on_is_left_alone(
    window: SingleInstance, data: Path, name: str
) -> None:
    before = files_in(data)
    code, out, err = run(data, *command(name, data))
    assert (code, out) == (1, "")
    assert err == (
        f"coldcare {name}: ColdCare is open on this data folder; close it first. "
        f"{COMMANDS[name][1]}\n"
    )
    assert files_in(data) == before


def test_asking_whether_a_folder_is_held_does_not_show_the_window(
    window: SingleInstance, data: Path, tmp_path: Path
) -> None:
    shown: list[bool] = []
    window.show_requested.connect(lambda: shown.append(True))
    assert is_held(data)
    assert not is_held(tmp_path / "other")
    QApplication.processEvents()
    assert shown == []


@pytest.fixture
def locked(data: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Another process holds the database's write lock; ColdCare waits 50 ms, not 5 s."""
    quick = tuple((n, 50 if n == "busy_timeout" else v) for n, v in database.PRAGMAS)
    monkeypatch.setattr(database, "PRAGMAS", quick)
    with closing(sqlite3.connect(data / "coldcare.sqlite", isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        yield
        other.execute("ROLLBACK")


@pytest.mark.parametrize("name", ["restore", "demo"])
@pytest.mark.usefixtures("locked")
def test_a_database_another_process_writes_is_named(data: Path, name: str) -> None:
    code, out, err = run(data, *command(name, data))
    assert (code, out) == (1, "")
    assert err == (
        f"coldcare {name}: another ColdCare command or window is using the data; try again "
        f"when it has finished. {COMMANDS[name][1]}\n"
    )


def _interrupt(*_args: object, **_kwargs: object) -> None:
    raise KeyboardInterrupt


@pytest.mark.parametrize(
    ("name", "where", "step"),
    [
        ("restore", ProfileRow, "insert_many"),  # after every row was deleted
        ("demo", SqlitePainRepository, "add_rating"),  # after the sessions were written
    ],
)
def test_ctrl_c_midway_stops_and_changes_nothing(
    data: Path, monkeypatch: pytest.MonkeyPatch, name: str, where: type, step: str
) -> None:
    with closing(sqlite3.connect(data / "coldcare.sqlite")) as connection:
        before = list(connection.iterdump())
    monkeypatch.setattr(where, step, _interrupt)
    code, out, err = run(data, *command(name, data))
    assert (code, out) == (130, "")
    assert err == f"coldcare {name}: Stopped; {COMMANDS[name][1].lower()}\n"
    with closing(sqlite3.connect(data / "coldcare.sqlite")) as connection:
        assert list(connection.iterdump()) == before


def test_ctrl_c_while_exporting_leaves_no_file(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "_write_all", _interrupt)
    target = tmp_path / "out.csv"
    code, out, err = run(data, "export", "--format", "backup", "-o", str(target))
    assert (code, out) == (130, "")
    assert err == "coldcare export: Stopped; nothing was exported.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.json", "data"]


def test_ctrl_c_at_the_question_keeps_the_pin(
    data: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock
) -> None:
    with open_storage(data, clock) as storage:
        CaregiverLock(SqliteCaregiverPinStore(storage), clock).set_pin("2468", "2468")
    before = files_in(data)
    monkeypatch.setattr("sys.stdin", io.StringIO())
    monkeypatch.setattr("sys.stdin.readline", _interrupt)
    code, _out, err = run(data, "reset-pin")
    assert code == 130
    assert err == "coldcare reset-pin: Stopped; the PIN was kept.\n"
    assert files_in(data) == before


@pytest.mark.parametrize("name", ["restore", "demo"])
@pytest.mark.parametrize("below", ["", "below/it"])
def test_a_file_where_the_data_folder_should_be_is_named(
    data: Path, tmp_path: Path, name: str, below: str
) -> None:
    in_the_way = tmp_path / "a-file"
    in_the_way.write_bytes(b"kept")
    folder = in_the_way / below if below else in_the_way
    code, out, err = run(folder, *command(name, data))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert f"cannot use {folder} as its data folder: {in_the_way} is a file, not a folder" in err
    assert in_the_way.read_bytes() == b"kept"
