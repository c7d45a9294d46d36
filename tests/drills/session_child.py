"""The child of the kill drill: a real session on the real clock, writing as fast as it can.

Run as ``python -m tests.drills.session_child <data folder> <person's name>``. It opens the
data folder as the app does, adds the person, starts a session through the controller and
prints ``started <session id>`` once the start has committed. Then, until killed, it writes
what a running session writes (heartbeats, pain ratings) in a tight loop on the Qt event loop,
beside the controller's own one-second tick and five-second heartbeat. It gives up after
:data:`ROUNDS` writes, so a child whose parent went away does not run forever.
"""

from __future__ import annotations

import sys
from itertools import count
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from coldcare.domain.records import PainContext, PainRating, Profile
from coldcare.services.clock import SystemClock
from coldcare.storage.database import open_storage
from tests.drills.rig import GEL_ON_KNEE, KNEE, Witness, controller_on, stores_on

ROUNDS = 200_000


def main(data_dir: Path, name: str) -> int:
    """Start a session and keep writing; returns only if nobody kills it."""
    app = QCoreApplication(sys.argv[:1])
    clock = SystemClock()
    storage = open_storage(data_dir, clock)
    stores = stores_on(storage)
    controller = controller_on(storage, clock, Witness())
    profile = stores.profiles.save_profile(Profile(name, 1950))
    record = controller.start(profile, GEL_ON_KNEE)
    session_id = record.id or 0
    print("started", session_id, flush=True)
    writes = count()

    def write() -> None:
        if next(writes) >= ROUNDS:
            app.quit()
            return
        with stores.transactions.atomic():
            stores.sessions.beat(session_id, clock.now())
            stores.pain.add_rating(
                PainRating(
                    record.profile_id,
                    clock.now(),
                    5,
                    PainContext.DAILY,
                    site=KNEE,
                    session_id=session_id,
                )
            )

    busy = QTimer(interval=0)
    busy.timeout.connect(write)
    busy.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
