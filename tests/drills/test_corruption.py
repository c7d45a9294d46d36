"""A database damaged on disk, opened by the whole app: the damage is found, the newest good
backup restored, the person told, and the damaged file kept aside with its WAL.

Each run copies a prepared data folder, damages it in a seeded random way (cut short, pages
garbled or zeroed, a crash's WAL torn as well) and starts :class:`~coldcare.app.ColdCareApp` on
it, as the person would after the damage.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coldcare.domain.ports import StorageProblem, StorageUnavailableError
from coldcare.domain.records import PainContext, PainRating, Profile
from coldcare.storage.backups import quick_check
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.files import DATABASE_NAME, database_files
from coldcare.storage.repositories import SqlitePainRepository, SqliteProfileRepository
from tests.drills.conftest import SEED, SIZE
from tests.fakes import FakeClock
from tests.ui.app_rig import dispose, make_rig, started

PAGE = 4096
BTREE_PAGE_TYPES = (2, 5, 10, 13)
RATINGS = 400
EVIDENCE = (DATABASE_NAME, f"{DATABASE_NAME}-wal")
Damage = Callable[[random.Random, Path], None]


@dataclass(frozen=True)
class Templates:
    """Two prepared data folders: closed cleanly, and as a crash leaves it (with a WAL)."""

    closed: Path
    crashed: Path


def _add_person(storage: Storage, name: str, ratings: int = 0) -> None:
    person = SqliteProfileRepository(storage).save_profile(Profile(name, 1950)).id or 0
    pain = SqlitePainRepository(storage)
    for minute in range(ratings):
        at = storage.clock.now() - timedelta(minutes=minute)
        pain.add_rating(PainRating(person, at, minute % 11, PainContext.DAILY, note="x" * 40))


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    """ "Before" (in the backup), then "After" (not backed up); the crashed copy adds more."""
    root = tmp_path_factory.mktemp("templates")
    clock = FakeClock()
    with open_storage(root / "closed", clock) as storage:
        _add_person(storage, "Before", RATINGS)
        storage.back_up()
        clock.advance(minutes=5)
        _add_person(storage, "After", RATINGS)
    shutil.copytree(root / "closed", root / "running")
    with open_storage(root / "running", clock) as storage:
        _add_person(storage, "Unsaved", RATINGS // 4)
        shutil.copytree(root / "running", root / "crashed")  # the files as a kill leaves them
    assert (root / "crashed" / f"{DATABASE_NAME}-wal").stat().st_size > 0
    return Templates(root / "closed", root / "crashed")


def _btree_pages(path: Path) -> list[int]:
    """The numbers (from 0) of the b-tree pages after the first."""
    data = path.read_bytes()
    return [n for n in range(1, len(data) // PAGE) if data[n * PAGE] in BTREE_PAGE_TYPES]


def _rewrite(path: Path, offset: int, new: bytes) -> None:
    with path.open("r+b") as file:
        file.seek(offset)
        file.write(new)


def cut_short(rng: random.Random, path: Path) -> None:
    """The file ends early, anywhere from inside the header to its last byte."""
    with path.open("r+b") as file:
        file.truncate(rng.randrange(0, path.stat().st_size))


def garble_a_page(rng: random.Random, path: Path, spared: frozenset[int] = frozenset()) -> None:
    """A b-tree page's header and a few bytes further in are overwritten with noise (not one of
    the ``spared`` pages)."""
    start = rng.choice([page for page in _btree_pages(path) if page not in spared]) * PAGE
    _rewrite(path, start, bytes(rng.randrange(256) | 0x80 for _ in range(12)))
    for _ in range(rng.randrange(1, 20)):
        _rewrite(path, start + rng.randrange(12, PAGE), bytes([rng.randrange(256)]))


def zero_pages(rng: random.Random, path: Path) -> None:
    """A run of pages reads back as zeros (a lost write)."""
    pages = _btree_pages(path)
    first = rng.choice(pages)
    _rewrite(path, first * PAGE, bytes(PAGE * rng.randrange(1, 4)))


def tear_the_wal_too(rng: random.Random, path: Path) -> None:
    """After a crash: the WAL ends mid-frame and a page of the file itself is garbled — one
    the WAL does not hold a newer copy of (that copy would mend it on opening)."""
    wal = database_files(path)[1]
    with wal.open("r+b") as file:
        file.truncate(rng.randrange(32, wal.stat().st_size))
    garble_a_page(rng, path, _pages_in_wal(wal))


def _pages_in_wal(wal: Path) -> frozenset[int]:
    """The (0-based) pages that the WAL's whole frames hold (a 32-byte header, then frames of
    a 24-byte header, whose first 4 bytes are the 1-based page number, and one page)."""
    data = wal.read_bytes()
    frame = 24 + PAGE
    starts = range(32, len(data) - frame + 1, frame)
    return frozenset(int.from_bytes(data[at : at + 4], "big") - 1 for at in starts)


CLOSED_DAMAGE: tuple[Damage, ...] = (cut_short, garble_a_page, zero_pages)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the app tells the person in warning boxes (none may be critical)."""
    seen: list[str] = []

    def warning(_parent: QWidget | None, _title: str, text: str, *_: object) -> None:
        seen.append(text)

    def critical(_parent: QWidget | None, _title: str, text: str, *_: object) -> None:
        raise AssertionError(f"critical message: {text}")

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "critical", critical)
    return seen


@dataclass
class Start:
    """What one start of the app on a data folder showed."""

    people: list[str]
    sound: bool
    repaired_at_open: bool
    first_start_met_it: bool = False


def _start(qapp: QApplication, qtbot: QtBot, folder: Path) -> Start:
    """Start the app on ``folder`` and close it again; raises what the start raised."""
    rig = make_rig(qapp, folder, FakeClock())
    try:
        started(rig, qtbot)
        return Start(
            [p.name for p in rig.app.repositories.profiles.list_profiles()],
            rig.app.storage.quick_check() == (),
            rig.app.storage.repaired_at_open is not None,
        )
    finally:
        dispose(rig)


def _start_as_the_person_would(qapp: QApplication, qtbot: QtBot, folder: Path) -> Start:
    """Start; if the start meets the damage first, it says so and a restart repairs it."""
    try:
        return _start(qapp, qtbot, folder)
    except StorageUnavailableError as problem:
        said = (problem.problem, str(problem))
    assert said[0] is StorageProblem.DAMAGED
    assert "restart ColdCare" in said[1]
    restarted = _start(qapp, qtbot, folder)
    assert restarted.repaired_at_open
    restarted.first_start_met_it = True
    return restarted


def _kept_aside(folder: Path) -> dict[str, bytes]:
    (aside,) = folder.glob("damaged-*")
    return {p.name: p.read_bytes() for p in aside.iterdir()}


def _check_one(
    qapp: QApplication,
    qtbot: QtBot,
    told: list[str],
    template: Path,
    folder: Path,
    damage: Damage,
    seed: int,
) -> None:
    told.clear()
    shutil.copytree(template, folder)
    damage(random.Random(seed), folder / DATABASE_NAME)
    assert quick_check(folder / DATABASE_NAME, immutable=True), "the damage must be real"
    damaged = {p.name: p.read_bytes() for p in database_files(folder / DATABASE_NAME) if p.exists()}
    start = _start_as_the_person_would(qapp, qtbot, folder)
    assert start.sound
    assert start.people == ["Before"]
    (message,) = told
    assert "newest good backup was restored" in message
    (aside,) = folder.glob("damaged-*")
    assert str(aside) in message
    if start.repaired_at_open and not start.first_start_met_it:  # (-shm: a rebuilt index)
        kept = _kept_aside(folder)
        assert {name: kept[name] for name in damaged if name in EVIDENCE} == {
            name: data for name, data in damaged.items() if name in EVIDENCE
        }
    else:  # met after opening: that start's own writes went into it on closing
        assert quick_check(aside / DATABASE_NAME, immutable=True)


def test_damage_to_a_closed_file_is_repaired_from_the_backup_and_said(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, templates: Templates, told: list[str]
) -> None:
    for run in range(SIZE.corruptions):
        damage = CLOSED_DAMAGE[run % len(CLOSED_DAMAGE)]
        folder = tmp_path / f"run-{run}-{damage.__name__}"
        _check_one(qapp, qtbot, told, templates.closed, folder, damage, SEED + run)


def test_damage_after_a_crash_sets_the_file_aside_with_its_wal(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, templates: Templates, told: list[str]
) -> None:
    for run in range(SIZE.crashed_corruptions):
        folder = tmp_path / f"crash-{run}"
        _check_one(qapp, qtbot, told, templates.crashed, folder, tear_the_wal_too, SEED + run)
        assert set(_kept_aside(folder)) == {p.name for p in database_files(Path(DATABASE_NAME))}
