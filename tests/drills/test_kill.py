"""SIGKILL during a session at random moments: every restart recovers the session, and the
database stays sound.

A real child process (:mod:`tests.drills.session_child`) starts a session on the real clock and
writes as fast as it can; the parent waits a seeded random time for the child to end (it never
does) and kills it. The restart opens the folder and asks the controller about interrupted
sessions, as ``ColdCareApp.recover_interrupted`` does, then records the recovery.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coldcare.domain.recovery import RemovalAnswer
from coldcare.domain.session import Outcome
from coldcare.domain.signs import SkinLook
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.migrations import execute
from tests.drills.conftest import SEED, SIZE
from tests.drills.rig import Witness, controller_on, stores_on
from tests.fakes import FakeClock

ROOT = Path(__file__).resolve().parents[2]
LONGEST_WAIT_SECONDS = 0.4
START_TIMEOUT_SECONDS = 60


def _kill_during_a_session(data_dir: Path, name: str, wait: float) -> int:
    """Run the child until its session has started, let it write for ``wait`` seconds, kill
    it; the id of the session it announced."""
    command = [sys.executable, "-m", "tests.drills.session_child", str(data_dir), name]
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stderr is not None
        announced = child.stdout.readline().split()
        with pytest.raises(subprocess.TimeoutExpired):
            child.wait(timeout=wait)
        child.send_signal(signal.SIGKILL)
        errors = child.stderr.read()
    assert child.returncode == -signal.SIGKILL, errors
    assert announced[:1] == ["started"], errors
    return int(announced[1])


def _sound(storage: Storage) -> bool:
    return execute(storage.database, "PRAGMA integrity_check").fetchall() == [("ok",)]


def _recover_after_restart(data_dir: Path, announced: int) -> None:
    """Open the folder as the next start does; the killed session is found and recovered."""
    with open_storage(data_dir, FakeClock()) as storage:
        assert storage.repaired_at_open is None
        assert _sound(storage)
        sessions = stores_on(storage).sessions
        (found,) = sessions.running_sessions()
        assert found.id == announced
        last_alive = sessions.last_beat(announced)
        assert last_alive is not None
        assert last_alive >= found.started_at
        clock = FakeClock(last_alive + timedelta(minutes=2))
        controller = controller_on(storage, clock, Witness())
        assert [s.id for s in controller.interrupted_sessions()] == [announced]
        recovery = controller.recover(found, RemovalAnswer.WHEN_APP_STOPPED, SkinLook.NORMAL)
        assert recovery.removed_at == last_alive
        assert controller.interrupted_sessions() == []
        stored = sessions.get_session(announced)
        assert stored is not None
        assert stored.outcome is Outcome.INTERRUPTED
        assert _sound(storage)
        assert storage.quick_check() == ()


def test_every_kill_during_a_session_is_recovered_at_the_next_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    moments = random.Random(SEED)
    for run in range(SIZE.kills):
        wait = moments.uniform(0, LONGEST_WAIT_SECONDS)
        announced = _kill_during_a_session(data_dir, f"Drill person {run}", wait)
        _recover_after_restart(data_dir, announced)
