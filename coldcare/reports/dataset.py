"""Everything one report covers: a profile's records over a period of local dates.

:func:`gather` reads them through the repository interfaces of :mod:`coldcare.domain.ports`
(handed in by the caller as :class:`ReportSources`); every exporter then works from the same
:class:`ReportData`, so a PDF, a CSV, a FHIR bundle and a calendar of one period agree.

A period is a first and a last local date, both included, in the person's time zone: from local
midnight at the start of ``first`` to local midnight at the end of ``last`` (DST-correct).
"""

from __future__ import annotations

import gc
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from types import MappingProxyType
from zoneinfo import ZoneInfo

from coldcare.domain.audit import SAFETY_KINDS, Deletion, RecordKind, standing_deletions
from coldcare.domain.exercises import Exercise, ExerciseCompletion
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.plan import OccurrenceLog, PlanItem, day_bounds
from coldcare.domain.ports import (
    ClinicVisitRepository,
    ExerciseRepository,
    PainRepository,
    PegRepository,
    PlanRepository,
    ProfileRepository,
    RecordEditor,
    SafetyEventRepository,
    SessionRepository,
)
from coldcare.domain.records import (
    AdverseEvent,
    ClinicVisit,
    PainRating,
    Profile,
    SessionRecord,
    SkinCheck,
)
from coldcare.domain.vocabulary import BadInputError

# ``translate(context, text)``: the UI passes QCoreApplication.translate; the default returns
# the English text (reports stay free of Qt). Texts are marked with QT_TRANSLATE_NOOP.
Translate = Callable[[str, str], str]

# Exports name their records by UUIDs derived from this namespace, the profile and record ids,
# so exporting the same data twice gives the same file.
_UUID_NAMESPACE = uuid.UUID("6f1d7c4e-2b0a-5a8e-9c55-3d7e1f0b6a21")


@dataclass(frozen=True)
class Period:
    """Local dates ``first`` to ``last`` (both included) in the person's time zone."""

    first: date
    last: date
    tz: ZoneInfo

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise BadInputError(f"the period ends ({self.last}) before it starts ({self.first})")

    @property
    def start(self) -> datetime:
        """Local midnight at the start of ``first`` (UTC)."""
        return day_bounds(self.first, self.tz)[0]

    @property
    def end(self) -> datetime:
        """Local midnight at the end of ``last`` (UTC), itself outside the period."""
        return day_bounds(self.last, self.tz)[1]


@dataclass(frozen=True)
class ReportData:
    """One profile's records in one period, oldest first; what every exporter reads.

    ``skin_checks`` are keyed by session id; ``plan`` holds the active items and the archived
    ones still named by ``logs`` (keyed by item id and local date, as the plan repository gives
    them); ``exercises`` holds the exercises the plan and the completions refer to, by id;
    ``edited`` holds, per safety kind, the ids of the records that stand edited afterwards (the
    exports mark them); ``deleted`` the period's safety records deleted since and not brought
    back (the PDF lists them: a warning sign must not vanish without a trace).
    """

    profile: Profile
    period: Period
    sessions: tuple[SessionRecord, ...] = ()
    skin_checks: Mapping[int, tuple[SkinCheck, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    ratings: tuple[PainRating, ...] = ()
    pegs: tuple[PegResponse, ...] = ()
    events: tuple[AdverseEvent, ...] = ()
    visits: tuple[ClinicVisit, ...] = ()
    plan: tuple[PlanItem, ...] = ()
    logs: Mapping[tuple[int, date], OccurrenceLog] = field(
        default_factory=lambda: MappingProxyType({})
    )
    exercises: Mapping[int, Exercise] = field(default_factory=lambda: MappingProxyType({}))
    completions: tuple[ExerciseCompletion, ...] = ()
    edited: Mapping[RecordKind, frozenset[int]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    deleted: tuple[Deletion, ...] = ()

    def is_edited(self, kind: RecordKind, record_id: int | None) -> bool:
        """Whether the record of ``kind`` with ``record_id`` was edited after it was made."""
        return record_id is not None and record_id in self.edited.get(kind, frozenset())

    @property
    def active_plan(self) -> tuple[PlanItem, ...]:
        """The plan items not archived: the plan as it stands."""
        return tuple(item for item in self.plan if not item.archived)

    def record_uuid(self, kind: str, record_id: int | None) -> uuid.UUID:
        """A stable UUID for one stored record of this profile (``kind``: its type)."""
        if record_id is None or self.profile.id is None:
            raise BadInputError(f"a {kind} must be saved before it can be exported")
        return uuid.uuid5(_UUID_NAMESPACE, f"profile/{self.profile.id}/{kind}/{record_id}")


@dataclass(frozen=True)
class ReportSources:
    """The repositories a report reads (handed in by ``app.py`` or the command line)."""

    profiles: ProfileRepository
    sessions: SessionRepository
    pain: PainRepository
    safety: SafetyEventRepository
    visits: ClinicVisitRepository
    plan: PlanRepository
    exercises: ExerciseRepository
    pegs: PegRepository
    editor: RecordEditor


def gather(
    sources: ReportSources, profile_id: int, first: date, last: date, tz: ZoneInfo
) -> ReportData:
    """Read one profile's records for local dates ``first`` to ``last`` (both included).

    Raises :class:`BadInputError` for an unknown profile or a period that ends before it starts.
    """
    profile = sources.profiles.get_profile(profile_id)
    if profile is None:
        raise BadInputError(f"there is no profile with id {profile_id}")
    period = Period(first, last, tz)
    start, end = period.start, period.end
    with collection_paused():  # ten years: hundreds of thousands of records
        sessions = tuple(sources.sessions.sessions_between(profile_id, start, end))
        logs = sources.plan.logs_between(profile_id, first, last)
        completions = tuple(sources.exercises.completions_between(profile_id, start, end))
        plan = _plan(sources.plan, profile_id, logs)
        used = {item.exercise_id for item in plan} | {c.exercise_id for c in completions}
        return ReportData(
            profile=profile,
            period=period,
            sessions=sessions,
            skin_checks=MappingProxyType(
                {
                    session_id: tuple(checks)
                    for session_id, checks in sources.sessions.skin_checks_between(
                        profile_id, start, end
                    ).items()
                }
            ),
            ratings=tuple(sources.pain.ratings_between(profile_id, start, end)),
            pegs=tuple(sources.pegs.pegs_between(profile_id, start, end)),
            events=tuple(sources.safety.events_between(profile_id, start, end)),
            visits=tuple(sources.visits.visits_between(profile_id, start, end)),
            plan=plan,
            logs=MappingProxyType(dict(logs)),
            exercises=MappingProxyType(_exercises(sources.exercises, used)),
            completions=completions,
            edited=MappingProxyType(
                {
                    kind: frozenset(sources.editor.edited_ids(profile_id, kind))
                    for kind in SAFETY_KINDS
                }
            ),
            deleted=_deleted_in(sources.editor, profile_id, period),
        )


def _deleted_in(editor: RecordEditor, profile_id: int, period: Period) -> tuple[Deletion, ...]:
    """The period's safety records deleted and not brought back, whenever that was (a record
    may be entered, and deleted, long after it happened; audit entries are few)."""
    trail = editor.audit_trail(profile_id, *_ALL_TIME)
    return tuple(d for d in standing_deletions(trail) if period.start <= d.happened_at < period.end)


# Wider than any audit entry ColdCare can write (the audit trail's window is half-open).
_ALL_TIME = (datetime(1970, 1, 1, tzinfo=UTC), datetime(9000, 1, 1, tzinfo=UTC))


def _plan(
    plans: PlanRepository, profile_id: int, logs: Mapping[tuple[int, date], OccurrenceLog]
) -> tuple[PlanItem, ...]:
    """The active items, and the archived ones that the period's logs still name."""
    logged = {item_id for item_id, _day in logs}
    return tuple(
        item
        for item in plans.plan_items(profile_id, include_archived=True)
        if not item.archived or item.id in logged
    )


def _exercises(library: ExerciseRepository, used: set[int | None]) -> dict[int, Exercise]:
    """The exercises with these ids, archived or not."""
    return {
        exercise.id: exercise
        for exercise in library.exercises(include_archived=True)
        if exercise.id is not None and exercise.id in used
    }


class _CollectionPause:
    """Pauses held now, by any thread: collection comes back on when the last one ends (the
    History page and an export may read at the same time)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held = 0
        self._switched_off = False  # by us: collection that was off before stays off

    def hold(self) -> None:
        with self._lock:
            if self._held == 0 and gc.isenabled():
                gc.disable()
                self._switched_off = True
            self._held += 1

    def release(self) -> None:
        with self._lock:
            self._held -= 1
            if self._held or not self._switched_off:
                return
            self._switched_off = False
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


_PAUSE = _CollectionPause()


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection inside (reference counting still frees what is dropped),
    and what was made inside goes straight to the oldest generation when it ends.

    Reading or writing a long report makes hundreds of thousands of records, none of them in a
    cycle, and every collection the new objects set off walks all of them again: a third of a
    ten-year CSV's time went to collections that found nothing. Left in the youngest
    generation they would still be walked three times on their way to the oldest once
    collection is back on; ``gc.freeze()`` then ``gc.unfreeze()`` moves every tracked object
    there without a walk (nothing stays frozen; when something else has frozen objects, they
    stay frozen and this step is left out). A cycle made before or inside waits for the next
    full collection instead of the next young one. Pauses on several threads overlap: the
    collection comes back when the last ends.
    """
    _PAUSE.hold()
    try:
        yield
    finally:
        _PAUSE.release()
