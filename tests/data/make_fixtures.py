"""Write ``tests/data/schema_v<N>.sqlite`` for the newest schema, with a little data in every table.

Run it from the repository root on the change that adds migration *N*::

    .venv/bin/python -m tests.data.make_fixtures

It writes only the newest version's file and refuses to overwrite one: older fixtures are
history (what real people's files looked like) and are never regenerated. The migration test
opens every ``schema_v*.sqlite``, migrates it to the newest schema and checks nothing was lost.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from datetime import time, timedelta
from pathlib import Path

from coldcare.domain.audit import RecordKind
from coldcare.domain.plan import OccurrenceLog
from coldcare.domain.records import Profile, SessionState
from coldcare.domain.settings import SLEEP_START, TEXT_SCALE, THEME
from coldcare.services.caregiver_lock import CaregiverLock
from coldcare.storage.backups import copy_database
from coldcare.storage.caregiver_pin import SqliteCaregiverPinStore
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.migrations import LATEST_VERSION
from coldcare.storage.repositories import (
    SqliteExerciseRepository,
    SqlitePainRepository,
    SqlitePegRepository,
    SqlitePlanRepository,
    SqliteProfileRepository,
    SqliteRecordEditor,
    SqliteSessionRepository,
    SqliteSettingsStore,
)
from tests.fakes import FakeClock
from tests.unit.storage.samples import (
    HOUR,
    KNEE_RIGHT,
    LOWER_BACK,
    MONDAY,
    T0,
    exercise_item,
    peg,
    rating,
    simple_session,
    store_one_of_everything,
)

DATA = Path(__file__).resolve().parent


def populate(storage: Storage) -> None:
    """Two people: one with a row in every table, one with a session still running, a plan
    item taken out of the plan (archived, with its log), a starter exercise archived, two
    weekly PEG answers and a session deleted (its audit entry stays); a caregiver PIN (2468)
    with one wrong try."""
    profiles = SqliteProfileRepository(storage)
    first = profiles.save_profile(Profile("Margarethe Müller", 1948)).id or 0
    store_one_of_everything(storage, first)
    second = profiles.save_profile(Profile("Sam Okafor", 1991)).id or 0
    sessions = SqliteSessionRepository(storage)
    running = simple_session(second, LOWER_BACK, T0 + 3 * HOUR, state=SessionState.RUNNING)
    running_id = sessions.save_session(running).id or 0
    sessions.beat(running_id, T0 + 3 * HOUR + timedelta(seconds=35))
    pain = SqlitePainRepository(storage)
    for day, value in enumerate((7, 6, 6, 4)):
        pain.add_rating(rating(second, T0 + day * 24 * HOUR, value=value))
    _retired_plan(storage, second)
    _pegs_and_a_deletion(storage, second)
    settings = SqliteSettingsStore(storage)
    settings.set(TEXT_SCALE, 125)
    settings.set(THEME, "dark")
    settings.set(SLEEP_START, time(21, 30))
    lock = CaregiverLock(SqliteCaregiverPinStore(storage), FakeClock(T0))
    lock.set_pin("2468", "2468")
    lock.check("1357")


def _retired_plan(storage: Storage, profile_id: int) -> None:
    """Bridges planned and done once, then taken out of the plan; the neck stretch archived."""
    library = SqliteExerciseRepository(storage)
    by_key = {e.builtin_key: e for e in library.exercises()}
    plan = SqlitePlanRepository(storage)
    bridges = exercise_item(profile_id, by_key["hip-bridge"].id or 0, label="Bridges")
    (item,) = plan.save_plan(profile_id, [bridges])
    plan.save_log(OccurrenceLog(profile_id, item.id or 0, MONDAY, done_at=T0 + HOUR))
    plan.save_plan(profile_id, [])
    library.save_exercise(dataclasses.replace(by_key["neck-side-stretch"], archived=True))


def _pegs_and_a_deletion(storage: Storage, profile_id: int) -> None:
    """Two weekly PEG answers, and a session logged by mistake and deleted."""
    pegs = SqlitePegRepository(storage)
    for week, pain in enumerate((7, 5)):
        pegs.add_peg(peg(profile_id, T0 + week * 7 * 24 * HOUR, pain=pain))
    mistake = simple_session(profile_id, KNEE_RIGHT, T0 + 5 * HOUR)
    mistake_id = SqliteSessionRepository(storage).save_session(mistake).id or 0
    SqliteRecordEditor(storage).delete(RecordKind.SESSION, mistake_id)


def main() -> int:
    """Write the newest version's fixture; 1 if it exists already."""
    target = DATA / f"schema_v{LATEST_VERSION}.sqlite"
    if target.exists():
        print(f"{target} exists; fixtures of released versions are never rewritten")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        with open_storage(Path(folder), FakeClock(T0)) as storage:
            populate(storage)
        copy_database(storage.folder.database, target)
    target.chmod(0o644)  # test data, not a person's: readable like the rest of the checkout
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
