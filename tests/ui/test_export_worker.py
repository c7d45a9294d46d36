"""The export worker: two steps off the GUI thread, cancel before writing, one outcome by
signal after the thread let go of its resources."""

from __future__ import annotations

import errno
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from coldcare.domain.vocabulary import BadInputError
from coldcare.reports.files import ExportWriteError
from coldcare.ui.export_worker import (
    ExportJob,
    ExportWorker,
    Step,
    backup_job,
    problem_text,
)
from tests.fakes import FakeClock

WAIT_MS = 10_000


class Released:
    """Stands in for ``storage.close``: records the thread it was called on."""

    def __init__(self) -> None:
        self.threads: list[int] = []

    def __call__(self) -> None:
        self.threads.append(threading.get_ident())


class Held:
    """A read step that waits until the test lets it go."""

    def __init__(self) -> None:
        self.go = threading.Event()

    def __call__(self) -> bytes:
        assert self.go.wait(WAIT_MS / 1000), "the test never let the read go"
        return b"held"


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    made = QThreadPool()
    yield made
    assert made.waitForDone(WAIT_MS)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_backup_is_written_off_the_gui_thread_and_the_thread_released_before_saved(
    qtbot: QtBot, pool: QThreadPool, tmp_path: Path, clock: FakeClock
) -> None:
    target = tmp_path / "backup.json"
    released = Released()
    seen: list[tuple[int, int, Step]] = []
    worker = ExportWorker(
        backup_job(lambda now: f'"{now}"'.encode(), target, clock.now()), released
    )
    worker.signals.progress.connect(lambda done, total, step: seen.append((done, total, step)))

    with qtbot.waitSignal(worker.signals.saved, timeout=WAIT_MS) as saved:
        pool.start(worker.run)

    assert saved.args == [target]
    assert target.read_text() == f'"{clock.now()}"'
    assert seen == [(0, 2, Step.COLLECTING), (1, 2, Step.WRITING)]
    assert len(released.threads) == 1
    assert released.threads[0] != threading.get_ident()


def test_cancel_during_the_read_writes_nothing(
    qtbot: QtBot, pool: QThreadPool, tmp_path: Path
) -> None:
    held = Held()
    written: list[bytes] = []
    released = Released()
    job = ExportJob(Step.READING, held, Step.WRITING, written.append, tmp_path / "x.csv")
    worker = ExportWorker(job, released)
    pool.start(worker.run)

    with qtbot.waitSignal(worker.signals.cancelled, timeout=WAIT_MS):
        worker.cancel()
        held.go.set()

    assert written == []
    assert files_in(tmp_path) == []
    assert len(released.threads) == 1


def test_a_missing_folder_fails_with_advice_and_leaves_nothing(
    qtbot: QtBot, pool: QThreadPool, tmp_path: Path, clock: FakeClock
) -> None:
    target = tmp_path / "gone" / "backup.json"
    released = Released()
    worker = ExportWorker(backup_job(lambda _now: b"{}", target, clock.now()), released)

    with qtbot.waitSignal(worker.signals.failed, timeout=WAIT_MS) as failed:
        pool.start(worker.run)

    (problem,) = failed.args
    assert isinstance(problem, ExportWriteError)
    text = problem_text(problem)
    assert str(target) in text
    assert "the folder does not exist" in text
    assert files_in(tmp_path) == []
    assert len(released.threads) == 1


def test_an_unexpected_error_still_ends_the_export_and_releases_the_thread(
    qtbot: QtBot, pool: QThreadPool, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> bytes:
        raise KeyError("a bug")

    released = Released()
    job = ExportJob(Step.READING, broken, Step.WRITING, lambda _data: None, tmp_path / "x.csv")
    worker = ExportWorker(job, released)

    with qtbot.waitSignal(worker.signals.failed, timeout=WAIT_MS) as failed:
        pool.start(worker.run)

    assert failed.args == [None]
    assert "Nothing was saved" in problem_text(None)
    assert "a bug" in caplog.text
    assert len(released.threads) == 1


def test_bad_input_says_its_own_words() -> None:
    text = problem_text(BadInputError("there is no profile with id 7"))
    assert "there is no profile with id 7" in text


def test_a_full_disk_is_named() -> None:
    problem = ExportWriteError(Path("/media/stick/r.csv"), OSError(errno.ENOSPC, "No space"))
    assert "the disk is full" in problem_text(problem)
