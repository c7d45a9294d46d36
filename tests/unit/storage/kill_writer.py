"""The child of the kill drill: commits sessions in a loop and prints each one once committed.

Run as ``python -m tests.unit.storage.kill_writer <data folder>``. Each line is
``<session id> <rating id>``, printed and flushed only after the transaction that stored both
has committed; the parent kills the process at a moment of its choosing. The loop is bounded,
so a child whose parent went away does not run forever.
"""

from __future__ import annotations

import sys
from pathlib import Path

from coldcare.storage.database import open_storage
from coldcare.storage.repositories import (
    SqlitePainRepository,
    SqliteProfileRepository,
    SqliteSessionRepository,
    SqliteTransactions,
)
from tests.fakes import FakeClock
from tests.unit.storage.samples import full_profile, full_session, rating

ROUNDS = 20_000


def main(data_dir: Path) -> None:
    """Write until killed (or ROUNDS sessions, whichever comes first)."""
    clock = FakeClock()
    with open_storage(data_dir, clock) as storage:
        profile_id = SqliteProfileRepository(storage).save_profile(full_profile()).id or 0
        sessions = SqliteSessionRepository(storage)
        pain = SqlitePainRepository(storage)
        for _ in range(ROUNDS):
            clock.advance(minutes=30)
            with SqliteTransactions(storage).atomic():
                session = sessions.save_session(full_session(profile_id, clock.now()))
                stored = pain.add_rating(rating(profile_id, clock.now(), session_id=session.id))
            print(session.id, stored.id, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
