"""``coldcare demo [--days N] [--seed S]``: a "Demo" profile with a weekly plan and N days of
realistic history (``coldcare.reports.demo``), written in one transaction.

Refuses (exit 1, nothing written) when a profile named "Demo" already exists. Storage and the
local time zone are imported only when the command runs, so the parser stays light.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import partial
from typing import TYPE_CHECKING, Any, TextIO

from coldcare.cli.common import data_folder, guarded, refuse_if_open, refuse_if_repaired
from coldcare.domain.plan import Adherence, PlanItem, adherence, occurrences
from coldcare.reports.demo import (
    DEMO_NAME,
    MAX_DAYS,
    DemoHistory,
    DemoPeriod,
    DemoSession,
    demo_history,
    demo_plan,
    demo_profile,
    logs_by_key,
)

if TYPE_CHECKING:
    from coldcare.storage.database import Storage

EXIT_CREATED, EXIT_REFUSED = 0, 1
DEFAULT_DAYS, DEFAULT_SEED = 90, 1
_INTEGER = re.compile(r"-?[0-9]+")


class DemoExistsError(Exception):
    """A profile named "Demo" is already stored; nothing was written."""


def add_parser(subparsers: Any) -> None:
    """Declare ``demo`` and its flags on the main parser."""
    parser = subparsers.add_parser(
        "demo",
        allow_abbrev=False,
        help='create a "Demo" profile with N days of realistic history',
        description=(
            'Create a "Demo" profile with a weekly plan and N days of realistic history, the '
            "same for the same seed. Refuses if a profile named Demo already exists."
        ),
    )
    parser.add_argument(
        "--days",
        metavar="N",
        type=_days,
        default=DEFAULT_DAYS,
        help=f"days of history, 1 to {MAX_DAYS} (default {DEFAULT_DAYS})",
    )
    parser.add_argument(
        "--seed",
        metavar="S",
        type=_seed,
        default=DEFAULT_SEED,
        help=f"a whole number; the same seed gives the same history (default {DEFAULT_SEED})",
    )
    parser.set_defaults(command=run)


def _days(text: str) -> int:
    if not _INTEGER.fullmatch(text) or not 1 <= int(text) <= MAX_DAYS:
        raise argparse.ArgumentTypeError(
            f"the number of days must be a whole number from 1 to {MAX_DAYS}, not '{text}'"
        )
    return int(text)


def _seed(text: str) -> int:
    if not _INTEGER.fullmatch(text):
        raise argparse.ArgumentTypeError(f"the seed must be a whole number, not '{text}'")
    return int(text)


@dataclass(frozen=True)
class DemoSummary:
    """What was created, for the one line the command prints."""

    days: int
    history: DemoHistory
    plan: Adherence

    def line(self) -> str:
        """One sentence in plain words."""
        h = self.history
        events = len(h.events)
        return (
            f"Created the {DEMO_NAME} profile with {self.days} days of history: "
            f"{len(h.sessions)} sessions, {len(h.completions)} exercises done, "
            f"{len(h.ratings)} daily check-ins, "
            f"{len(h.pegs)} weekly PEG answers; plan items {self.plan.done} done, "
            f"{self.plan.skipped} skipped, {self.plan.missed} missed; "
            f"{events} adverse event{'' if events == 1 else 's'}."
        )


def create_demo(storage: Storage, now: datetime, tz: tzinfo, days: int, seed: int) -> DemoSummary:
    """Write the Demo profile, its plan and history in one transaction.

    Raises :class:`DemoExistsError` (nothing written) when a "Demo" profile exists.
    """
    writer = _Writer(storage)
    period = DemoPeriod.before(now, days, tz)
    with writer.transactions.atomic():  # the check inside: two at once make one Demo profile
        if any(p.name == DEMO_NAME for p in writer.profiles.list_profiles()):
            raise DemoExistsError(f'a profile named "{DEMO_NAME}" already exists')
        history, plan = writer.write(period, seed)
    logs = logs_by_key(history.logs)
    done = adherence(occurrences(plan, period.start, period.end, tz), logs, period.end)
    return DemoSummary(days, history, done)


class _Writer:
    """Stores the generated records, filling in the ids they point at."""

    def __init__(self, storage: Storage) -> None:
        from coldcare.storage.repositories import (  # noqa: PLC0415 - storage only when run
            SqliteExerciseRepository,
            SqlitePainRepository,
            SqlitePegRepository,
            SqlitePlanRepository,
            SqliteProfileRepository,
            SqliteSafetyEventRepository,
            SqliteSessionRepository,
            SqliteTransactions,
        )

        self.transactions = SqliteTransactions(storage)
        self.profiles = SqliteProfileRepository(storage)
        self.sessions = SqliteSessionRepository(storage)
        self.pain = SqlitePainRepository(storage)
        self.events = SqliteSafetyEventRepository(storage)
        self.plans = SqlitePlanRepository(storage)
        self.exercises = SqliteExerciseRepository(storage)
        self.pegs = SqlitePegRepository(storage)

    def write(self, period: DemoPeriod, seed: int) -> tuple[DemoHistory, list[PlanItem]]:
        library = self.exercises.exercises()
        profile = self.profiles.save_profile(demo_profile(period))
        assert profile.id is not None
        plan = list(self.plans.save_plan(profile.id, demo_plan(profile.id, library, period)))
        history = demo_history(profile, plan, library, period, seed)
        for session in history.sessions:
            self._session(session)
        for rating in history.ratings:
            self.pain.add_rating(rating)
        for peg in history.pegs:
            self.pegs.add_peg(peg)
        for completion in history.completions:
            self.exercises.add_completion(completion)
        for log in history.logs:
            self.plans.save_log(log)
        return history, plan

    def _session(self, demo: DemoSession) -> None:
        record = self.sessions.save_session(demo.record)
        session_id = record.id
        assert session_id is not None
        for check in demo.skin_checks:
            self.sessions.add_skin_check(dataclasses.replace(check, session_id=session_id))
        for rating in demo.ratings:
            self.pain.add_rating(dataclasses.replace(rating, session_id=session_id))
        if demo.follow_up is not None:
            self.sessions.add_follow_up(dataclasses.replace(demo.follow_up, session_id=session_id))
        if demo.event is not None:
            event = self.events.add_event(dataclasses.replace(demo.event, session_id=session_id))
            if demo.lock is not None:
                self.events.add_lock(dataclasses.replace(demo.lock, event_id=event.id))


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Create the Demo profile in the data folder; print one line; return the exit code."""
    body = partial(_run, args, out)
    return guarded("demo", "nothing was written", err, body, (DemoExistsError,))


def _run(args: argparse.Namespace, out: TextIO) -> int:
    import tzlocal  # noqa: PLC0415 - only commands that need the local zone load it

    from coldcare.services.clock import SystemClock  # noqa: PLC0415
    from coldcare.storage.database import open_storage  # noqa: PLC0415

    folder = data_folder(args)
    refuse_if_open(folder)
    clock = SystemClock()
    with open_storage(folder, clock) as storage:
        refuse_if_repaired(storage)
        summary = create_demo(storage, clock.now(), tzlocal.get_localzone(), args.days, args.seed)
    print(summary.line(), file=out)
    return EXIT_CREATED
