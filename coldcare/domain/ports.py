"""The repository interfaces the rest of ColdCare needs; ``coldcare.storage`` implements them.

Services, reports and the UI receive these from ``app.py`` and never see peewee. Every method
either completes (committed) or raises; a failure never leaves a half-written change. Storage
errors the person can act on (disk full, read-only folder) raise
:class:`StorageUnavailableError` with a message that says what to do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol, TypeVar

from coldcare.domain.audit import AuditedRecord, AuditEntry, DeletedRecord, RecordKind
from coldcare.domain.caregiver_pin import PinRecord
from coldcare.domain.exercises import Exercise, ExerciseCompletion
from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.plan import OccurrenceLog, PlanItem
from coldcare.domain.records import (
    AdverseEvent,
    ClinicVisit,
    FollowUp,
    PainRating,
    Profile,
    SessionRecord,
    SiteLockRecord,
    SkinCheck,
)
from coldcare.domain.settings import Setting
from coldcare.domain.vocabulary import BodySite

T = TypeVar("T")


class StorageProblem(StrEnum):
    """The storage failures a person can do something about."""

    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    CANNOT_OPEN = "cannot-open"
    IO_ERROR = "io-error"
    DAMAGED = "damaged"


# What to tell the person (context ``Storage``; ``{folder}`` is the data folder).
STORAGE_ADVICE: dict[StorageProblem, str] = {
    StorageProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "Storage",
        "ColdCare could not save because the disk is full. Free some space on the disk, "
        "then try again. Nothing was half-saved. (Data folder: {folder})",
    ),
    StorageProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "Storage",
        "ColdCare could not save because its data folder cannot be written to: {folder}. "
        "Make the folder writable, or start ColdCare with --data-dir pointing to a folder you "
        "may write to, then try again. Nothing was half-saved.",
    ),
    StorageProblem.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "Storage",
        "ColdCare could not open its data file in {folder}. Check that the folder exists "
        "and that you may write to it, then start ColdCare again.",
    ),
    StorageProblem.IO_ERROR: QT_TRANSLATE_NOOP(
        "Storage",
        "The disk reported an error while ColdCare was reading or saving data in {folder}. "
        "Check the disk (or reconnect it), then try again. Nothing was half-saved.",
    ),
    StorageProblem.DAMAGED: QT_TRANSLATE_NOOP(
        "Storage",
        "ColdCare's data file in {folder} is damaged. Close and restart ColdCare: it will "
        "set the damaged file aside and restore the newest good backup.",
    ),
}


class StorageUnavailableError(RuntimeError):
    """The data cannot be read or written; ``problem`` says why, the message what to do."""

    def __init__(self, problem: StorageProblem, folder: str) -> None:
        self.problem = problem
        self.folder = folder
        super().__init__(STORAGE_ADVICE[problem].format(folder=folder))


class Transactions(Protocol):
    """Groups several repository calls into one all-or-nothing change."""

    def atomic(self) -> AbstractContextManager[None]:
        """Inside the block every write commits together, or none does."""
        ...


class ProfileRepository(Protocol):
    """People ColdCare looks after."""

    def list_profiles(self) -> Sequence[Profile]:
        """Every profile, by name."""
        ...

    def get_profile(self, profile_id: int) -> Profile | None:
        """One profile, or ``None``."""
        ...

    def save_profile(self, profile: Profile) -> Profile:
        """Insert (``id is None``) or update; returns the saved profile with its id."""
        ...

    def delete_profile(self, profile_id: int) -> None:
        """Delete the profile with all its records, plan and reminders (one transaction)."""
        ...


class SessionRepository(Protocol):
    """Cold sessions, their skin checks and follow-ups."""

    def save_session(self, session: SessionRecord) -> SessionRecord:
        """Insert or update a session; returns it with its id."""
        ...

    def get_session(self, session_id: int) -> SessionRecord | None:
        """One session, or ``None``."""
        ...

    def running_sessions(self) -> Sequence[SessionRecord]:
        """Sessions still marked running (after a crash: the interrupted ones)."""
        ...

    def sessions_at_site(
        self, profile_id: int, site: BodySite, since: datetime
    ) -> Sequence[SessionRecord]:
        """Sessions at ``site``'s rest group that started or ended at or after ``since``,
        those still marked running included."""
        ...

    def sessions_between(
        self, profile_id: int, start: datetime, end: datetime
    ) -> Sequence[SessionRecord]:
        """Sessions whose first cold minute is in ``[start, end)``, oldest first."""
        ...

    def add_skin_check(self, check: SkinCheck) -> SkinCheck:
        """Store an answered skin check."""
        ...

    def skin_checks(self, session_id: int) -> Sequence[SkinCheck]:
        """The skin checks of one session, in order."""
        ...

    def skin_checks_between(
        self, profile_id: int, start: datetime, end: datetime
    ) -> Mapping[int, Sequence[SkinCheck]]:
        """The skin checks of the sessions started in ``[start, end)``, by session id, each in
        order (sessions without checks are left out)."""
        ...

    def add_follow_up(self, follow_up: FollowUp) -> FollowUp:
        """Store the 30-minute follow-up of a session."""
        ...

    def follow_up(self, session_id: int) -> FollowUp | None:
        """The follow-up of a session, if answered."""
        ...

    def beat(self, session_id: int, at: datetime) -> None:
        """Record that the app was alive during ``session_id`` at ``at`` (crash recovery)."""
        ...

    def last_beat(self, session_id: int) -> datetime | None:
        """When the app was last alive during ``session_id``."""
        ...


class PainRepository(Protocol):
    """Pain ratings (NRS 0–10)."""

    def add_rating(self, rating: PainRating) -> PainRating:
        """Store a rating."""
        ...

    def ratings_between(
        self, profile_id: int, start: datetime, end: datetime
    ) -> Sequence[PainRating]:
        """Ratings in ``[start, end)``, oldest first."""
        ...

    def ratings_for_session(self, session_id: int) -> Sequence[PainRating]:
        """Before, after and follow-up ratings of a session."""
        ...


class SafetyEventRepository(Protocol):
    """Adverse events and the site locks they caused."""

    def add_event(self, event: AdverseEvent) -> AdverseEvent:
        """Store an adverse event."""
        ...

    def events_between(
        self, profile_id: int, start: datetime, end: datetime
    ) -> Sequence[AdverseEvent]:
        """Adverse events in ``[start, end)``, oldest first."""
        ...

    def add_lock(self, lock: SiteLockRecord) -> SiteLockRecord:
        """Store a site lock."""
        ...

    def active_locks(self, profile_id: int, now: datetime) -> Sequence[SiteLockRecord]:
        """Locks of this profile that have not ended at ``now``."""
        ...


class ClinicVisitRepository(Protocol):
    """Whole-body cryotherapy visits (logged, never timed)."""

    def add_visit(self, visit: ClinicVisit) -> ClinicVisit:
        """Store a visit."""
        ...

    def visits_between(
        self, profile_id: int, start: datetime, end: datetime
    ) -> Sequence[ClinicVisit]:
        """Visits in ``[start, end)``, oldest first."""
        ...


class SettingsStore(Protocol):
    """Typed settings (declared in ``coldcare.domain.settings``)."""

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when none (or an invalid one) is stored."""
        ...

    def set(self, setting: Setting[T], value: T) -> None:
        """Validate and store a value; raises ``BadInputError`` for an invalid one."""
        ...


class PlanRepository(Protocol):
    """The weekly plan of each profile and what became of its occurrences."""

    def plan_items(self, profile_id: int, *, include_archived: bool = False) -> Sequence[PlanItem]:
        """The profile's plan items, by time and position."""
        ...

    def get_plan_item(self, item_id: int) -> PlanItem | None:
        """One item, or ``None``."""
        ...

    def save_plan(self, profile_id: int, items: Sequence[PlanItem]) -> Sequence[PlanItem]:
        """Replace the profile's active plan with ``items`` in one transaction.

        Items with an id are updated, new ones inserted, and active items left out are
        archived (never deleted: their history keeps pointing at them). Returns the saved items.
        """
        ...

    def logs_between(
        self, profile_id: int, first: date, last: date
    ) -> Mapping[tuple[int, date], OccurrenceLog]:
        """Occurrence logs of the profile for local dates ``first`` to ``last`` (inclusive)."""
        ...

    def save_log(self, log: OccurrenceLog) -> OccurrenceLog:
        """Insert or update the log of one occurrence (one row per item and date)."""
        ...


class ExerciseRepository(Protocol):
    """The exercise library and the completions logged."""

    def exercises(self, *, include_archived: bool = False) -> Sequence[Exercise]:
        """Every exercise, by region and name (the starter set is seeded on first use)."""
        ...

    def get_exercise(self, exercise_id: int) -> Exercise | None:
        """One exercise, or ``None``."""
        ...

    def save_exercise(self, exercise: Exercise) -> Exercise:
        """Insert or update a custom exercise; the starter set can only be archived."""
        ...

    def add_completion(self, completion: ExerciseCompletion) -> ExerciseCompletion:
        """Store one completion."""
        ...

    def completions_between(
        self, profile_id: int, start: datetime, end: datetime
    ) -> Sequence[ExerciseCompletion]:
        """Completions in ``[start, end)``, oldest first."""
        ...

    def has_history(self, exercise_id: int) -> bool:
        """Whether any completion or plan item refers to the exercise."""
        ...


class PegRepository(Protocol):
    """The weekly PEG answers of each profile."""

    def add_peg(self, response: PegResponse) -> PegResponse:
        """Store one PEG response."""
        ...

    def pegs_between(
        self, profile_id: int, start: datetime, end: datetime
    ) -> Sequence[PegResponse]:
        """PEG responses answered in ``[start, end)``, oldest first."""
        ...


class CaregiverPinStore(Protocol):
    """The one caregiver PIN of the installation (its salted hash, never the PIN)."""

    def load(self) -> PinRecord | None:
        """The stored PIN record, or ``None`` when no PIN is set."""
        ...

    def save(self, record: PinRecord) -> None:
        """Store ``record`` in place of any earlier one."""
        ...

    def clear(self) -> None:
        """Remove the PIN (nothing else changes)."""
        ...


class RecordEditor(Protocol):
    """Correcting and deleting records afterwards, with undo and an audit trail.

    Each method is one transaction: it completes, or changes nothing. Changes to safety records
    (``RecordKind.is_safety``) write an :class:`AuditEntry` in the same transaction.
    """

    def update(self, kind: RecordKind, record: AuditedRecord) -> AuditedRecord:
        """Store the new version of a stored record (by its id); returns it as stored.

        Raises ``TypeError`` when ``record`` is not of ``kind``, ``ValueError`` when it names
        another profile (or, for a skin check, another session) than the stored one, and
        ``LookupError`` when no record has its id. A change to a safety record is audited; a
        version equal to the stored one changes nothing.
        """
        ...

    def delete(self, kind: RecordKind, record_id: int) -> DeletedRecord:
        """Delete a record (a session with its skin checks, follow-up, pain ratings and
        heartbeat); returns the token that :meth:`restore` takes. Always audited for safety
        kinds. ``LookupError`` when there is no such record."""
        ...

    def restore(self, deleted: DeletedRecord) -> None:
        """Undo a deletion: every row back with its id, links restored; audited for safety
        kinds. ``CannotRestoreError`` when an id is taken again or a parent is gone."""
        ...

    def audit_trail(self, profile_id: int, start: datetime, end: datetime) -> Sequence[AuditEntry]:
        """The profile's audit entries made in ``[start, end)``, oldest first."""
        ...

    def edited_ids(self, profile_id: int, kind: RecordKind) -> set[int]:
        """The ids of the profile's records of ``kind`` that stand edited (to mark in reports)."""
        ...
