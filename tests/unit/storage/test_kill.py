"""Killing ColdCare in the middle of writing loses nothing it had committed, and breaks nothing."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from coldcare.storage.database import open_storage
from coldcare.storage.migrations import execute
from coldcare.storage.repositories import SqlitePainRepository, SqliteSessionRepository
from tests.fakes import FakeClock

ROOT = Path(__file__).resolve().parents[3]
LINES_BEFORE_THE_KILL = 40


def _kill_while_writing(data_dir: Path) -> list[tuple[int, int]]:
    """Run the writer, SIGKILL it after it reported some commits; every pair it reported."""
    command = [sys.executable, "-m", "tests.unit.storage.kill_writer", str(data_dir)]
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stderr is not None
        lines = [child.stdout.readline() for _ in range(LINES_BEFORE_THE_KILL)]
        child.kill()
        lines += child.stdout.read().splitlines(keepends=True)
        errors = child.stderr.read()
    assert child.returncode == -signal.SIGKILL, errors
    assert all(lines[:LINES_BEFORE_THE_KILL]), errors
    complete = [line.split() for line in lines if line.endswith("\n")]
    return [(int(session), int(rating)) for session, rating in complete]


def test_every_reported_commit_survives_a_kill(data_dir: Path, clock: FakeClock) -> None:
    reported = _kill_while_writing(data_dir)
    assert len(reported) >= LINES_BEFORE_THE_KILL
    with open_storage(data_dir, clock) as storage:
        assert execute(storage.database, "PRAGMA integrity_check").fetchall() == [("ok",)]
        sessions = SqliteSessionRepository(storage)
        pain = SqlitePainRepository(storage)
        for session_id, rating_id in reported:
            session = sessions.get_session(session_id)
            assert session is not None, session_id
            assert len(session.phases) == 3
            assert [r.id for r in pain.ratings_for_session(session_id)] == [rating_id]
        stored = execute(storage.database, "SELECT id FROM session").fetchall()
        for (session_id,) in stored:  # the one in flight: all of it, or none of it
            assert len(pain.ratings_for_session(session_id)) == 1
        assert len(stored) - len(reported) in (0, 1)
