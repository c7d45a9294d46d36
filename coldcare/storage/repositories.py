"""The repositories of ``coldcare.domain.ports``, on an open :class:`Storage`.

Each public method runs in :meth:`Storage.guarded` (reads) or :meth:`Storage.writing`: a
write is one transaction (or a savepoint inside :class:`SqliteTransactions.atomic`), and a
full disk or a read-only folder surfaces as ``StorageUnavailableError``. Rows become records in
:mod:`coldcare.storage.mapping` only.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import fields
from datetime import date, datetime
from operator import attrgetter
from typing import Any, TypeVar

from peewee import EXCLUDED, ColumnBase, IntegrityError, Model, chunked

from coldcare.domain.audit import (
    AuditAction,
    AuditedRecord,
    AuditEntry,
    CannotRestoreError,
    DeletedRecord,
    RecordKind,
    check_kind,
    edited_record_ids,
)
from coldcare.domain.exercises import STARTER_SET, BodyRegion, Exercise, ExerciseCompletion
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.plan import OccurrenceLog, PlanItem
from coldcare.domain.records import (
    AdverseEvent,
    ClinicVisit,
    FollowUp,
    PainRating,
    Profile,
    SessionRecord,
    SessionState,
    SiteLockRecord,
    SkinCheck,
)
from coldcare.domain.settings import Setting
from coldcare.domain.vocabulary import BadInputError, BodySite, all_body_sites
from coldcare.storage import mapping
from coldcare.storage.database import Storage
from coldcare.storage.errors import MissingRowError
from coldcare.storage.mapping import Columns, grouped, plain_rows, to_ms
from coldcare.storage.models import (
    AdverseEventRow,
    AuditEntryRow,
    ClearanceRow,
    ClinicianReviewRow,
    ClinicVisitRow,
    ExerciseCompletionRow,
    ExerciseRow,
    FollowUpRow,
    HeartbeatRow,
    OccurrenceLogRow,
    PainRatingRow,
    PegResponseRow,
    PlanItemRow,
    ProfileRow,
    SessionPhaseRow,
    SessionRow,
    SettingRow,
    SiteFindingRow,
    SiteLockRow,
    SkinCheckRow,
)

_BATCH = 100
T = TypeVar("T")
_log = logging.getLogger(__name__)


def _insert(model: type[Model], columns: Columns) -> int:
    return int(model.insert(columns).execute())


def _update(model: type[Model], record_id: int, columns: Columns, *where: Any) -> None:
    """Update one row by id (and ``where``, if given); MissingRowError when none matches."""
    primary_key: Any = model._meta.primary_key
    if not model.update(columns).where(primary_key == record_id, *where).execute():
        raise MissingRowError(f"there is no row {record_id} in '{model._meta.table_name}'")


def _save(model: type[Model], record_id: int | None, columns: Columns, *where: Any) -> int:
    """Insert (no id yet) or update (the row with the id, and ``where``); returns the id."""
    if record_id is None:
        return _insert(model, columns)
    _update(model, record_id, columns, *where)
    return record_id


def _replace_children(model: type[Model], parent: Any, parent_id: int, rows: list[Columns]) -> None:
    """Replace every child row of one parent (children are rewritten whole, in order).

    Rows go in batches: older SQLite libraries allow only 999 parameters in one statement.
    """
    model.delete().where(parent == parent_id).execute()
    for batch in chunked(rows, _BATCH):
        model.insert_many(batch).execute()


def _records(query: Any, convert: Callable[[Any], T]) -> list[T]:
    """The records of ``query``'s rows, read as plain rows (see :func:`mapping.plain_rows`)."""
    return list(map(convert, plain_rows(query)))


def _between(column: Any, start: datetime, end: datetime) -> ColumnBase:
    """``start <= column < end`` for a ``*_ms`` column."""
    expression: ColumnBase = (column >= to_ms(start)) & (column < to_ms(end))
    return expression


def _timeline(model: Any, when: Any, profile_id: int, start: datetime, end: datetime) -> Any:
    """The rows of one profile whose ``*_ms`` column ``when`` is in ``[start, end)``, oldest
    first (each such table has an index on its profile and that column)."""
    return (
        model.select()
        .where((model.profile == profile_id) & _between(when, start, end))
        .order_by(when, model.id)
    )


class _Repository:
    def __init__(self, storage: Storage) -> None:
        self._storage = storage


class SqliteTransactions(_Repository):
    """Groups repository calls into one all-or-nothing change."""

    def atomic(self) -> AbstractContextManager[None]:
        """Every write inside commits together, or none does."""
        return self._storage.writing()


class SqliteProfileRepository(_Repository):
    """Profiles, with their clearances, reviews and site findings."""

    def list_profiles(self) -> list[Profile]:
        """Every profile, by name (case-insensitive), then by id."""
        with self._storage.guarded():
            profiles = self._profiles(ProfileRow.select())
        return sorted(profiles, key=lambda p: (p.name.casefold(), p.id or 0))

    def get_profile(self, profile_id: int) -> Profile | None:
        """One profile, or ``None``."""
        with self._storage.guarded():
            found = self._profiles(ProfileRow.select().where(ProfileRow.id == profile_id))
        return found[0] if found else None

    def save_profile(self, profile: Profile) -> Profile:
        """Insert (``id is None``) or update the profile and all its child rows."""
        with self._storage.writing():
            profile_id = _save(ProfileRow, profile.id, mapping.profile_columns(profile))
            children: tuple[tuple[type[Model], Any, list[Columns]], ...] = (
                (ClearanceRow, ClearanceRow.profile, mapping.clearance_rows(profile_id, profile)),
                (
                    ClinicianReviewRow,
                    ClinicianReviewRow.profile,
                    mapping.review_rows(profile_id, profile),
                ),
                (SiteFindingRow, SiteFindingRow.profile, mapping.finding_rows(profile_id, profile)),
            )
            for model, parent, rows in children:
                _replace_children(model, parent, profile_id, rows)
        return dataclasses.replace(profile, id=profile_id)

    def delete_profile(self, profile_id: int) -> None:
        """Delete the profile and everything kept for it, in one transaction.

        Its sessions (with their phases, skin checks, follow-ups and heartbeats), ratings,
        adverse events, site locks, clinic visits, plan items and their logs, exercise
        completions, PEG answers and audit entries go with it: every one of those tables
        refers to the profile (or to its sessions) ``ON DELETE CASCADE``, and the database
        is opened with ``foreign_keys`` on. The exercise library is shared and stays.
        ``MissingRowError`` when there is no such profile.
        """
        with self._storage.writing():
            if not ProfileRow.delete().where(ProfileRow.id == profile_id).execute():
                raise MissingRowError(f"there is no profile {profile_id}")

    @staticmethod
    def _profiles(query: Any) -> list[Profile]:
        rows: list[ProfileRow] = list(query)
        ids = [row.id for row in rows]
        clearances = grouped(
            ClearanceRow.select()
            .where(ClearanceRow.profile.in_(ids))
            .order_by(ClearanceRow.profile, ClearanceRow.position),
            lambda r: r.profile_id,
        )
        reviews = grouped(
            ClinicianReviewRow.select()
            .where(ClinicianReviewRow.profile.in_(ids))
            .order_by(ClinicianReviewRow.profile, ClinicianReviewRow.position),
            lambda r: r.profile_id,
        )
        findings = grouped(
            SiteFindingRow.select().where(SiteFindingRow.profile.in_(ids)),
            lambda r: r.profile_id,
        )
        return [
            mapping.profile_record(
                row,
                clearances.get(row.id, []),
                reviews.get(row.id, []),
                findings.get(row.id, []),
            )
            for row in rows
        ]


def _rest_group_codes(site: BodySite) -> list[str]:
    """Every site code that shares ``site``'s rest group (knee-X and knee-outer-X)."""
    group = site.rest_group
    return [s.code for s in all_body_sites() if s.rest_group == group]


class SqliteSessionRepository(_Repository):
    """Sessions with their phases, skin checks, follow-ups and heartbeat."""

    def save_session(self, session: SessionRecord) -> SessionRecord:
        """Insert or update a session and its phases."""
        with self._storage.writing():
            session_id = _save(SessionRow, session.id, mapping.session_columns(session))
            phases = mapping.phase_rows(session_id, session.phases)
            _replace_children(SessionPhaseRow, SessionPhaseRow.session, session_id, phases)
        return dataclasses.replace(session, id=session_id)

    def get_session(self, session_id: int) -> SessionRecord | None:
        """One session, or ``None``."""
        found = self._sessions(SessionRow.id == session_id)
        return found[0] if found else None

    def running_sessions(self) -> list[SessionRecord]:
        """Sessions still marked running, oldest first."""
        return self._sessions(SessionRow.state == str(SessionState.RUNNING))

    def sessions_at_site(
        self, profile_id: int, site: BodySite, since: datetime
    ) -> list[SessionRecord]:
        """Sessions at ``site``'s rest group that started or ended at/after ``since``, those
        still marked running included."""
        since_ms = to_ms(since)
        return self._sessions(
            (SessionRow.profile == profile_id)
            & SessionRow.site.in_(_rest_group_codes(site))
            & ((SessionRow.started_at_ms >= since_ms) | (SessionRow.removed_at_ms >= since_ms))
        )

    def sessions_between(
        self, profile_id: int, start: datetime, end: datetime
    ) -> list[SessionRecord]:
        """Sessions whose first cold minute is in ``[start, end)``, oldest first."""
        return self._sessions(
            (SessionRow.profile == profile_id) & _between(SessionRow.started_at_ms, start, end)
        )

    def add_skin_check(self, check: SkinCheck) -> SkinCheck:
        """Store an answered skin check."""
        with self._storage.writing():
            check_id = _insert(SkinCheckRow, mapping.skin_check_columns(check))
        return dataclasses.replace(check, id=check_id)

    def skin_checks(self, session_id: int) -> list[SkinCheck]:
        """The skin checks of one session, by number."""
        with self._storage.guarded():
            query = (
                SkinCheckRow.select()
                .where(SkinCheckRow.session == session_id)
                .order_by(SkinCheckRow.number)
            )
            return _records(query, mapping.skin_check_record)

    def skin_checks_between(
        self, profile_id: int, start: datetime, end: datetime
    ) -> dict[int, list[SkinCheck]]:
        """The skin checks of the sessions started in ``[start, end)``: one query."""
        with self._storage.guarded():
            query = (
                SkinCheckRow.select()
                .join(SessionRow)
                .where(
                    (SessionRow.profile == profile_id)
                    & _between(SessionRow.started_at_ms, start, end)
                )
                .order_by(SkinCheckRow.session, SkinCheckRow.number)
            )
            return grouped(_records(query, mapping.skin_check_record), attrgetter("session_id"))

    def add_follow_up(self, follow_up: FollowUp) -> FollowUp:
        """Store the follow-up of a session (one per session)."""
        with self._storage.writing():
            follow_up_id = _insert(FollowUpRow, mapping.follow_up_columns(follow_up))
        return dataclasses.replace(follow_up, id=follow_up_id)

    def follow_up(self, session_id: int) -> FollowUp | None:
        """The follow-up of a session, if answered."""
        with self._storage.guarded():
            row = FollowUpRow.get_or_none(FollowUpRow.session == session_id)
            return mapping.follow_up_record(row) if row is not None else None

    def beat(self, session_id: int, at: datetime) -> None:
        """Record that the app was alive: one UPSERT, its own transaction (every few seconds)."""
        with self._storage.guarded():
            HeartbeatRow.insert(
                {HeartbeatRow.session: session_id, HeartbeatRow.alive_at_ms: to_ms(at)}
            ).on_conflict(
                conflict_target=[HeartbeatRow.session],
                update={HeartbeatRow.alive_at_ms: EXCLUDED.alive_at_ms},
            ).execute()

    def last_beat(self, session_id: int) -> datetime | None:
        """When the app was last alive during the session."""
        with self._storage.guarded():
            row = HeartbeatRow.get_or_none(HeartbeatRow.session == session_id)
            return mapping.beat_time(row) if row is not None else None

    def _sessions(self, where: Any) -> list[SessionRecord]:
        """Sessions matching ``where`` with their phases: two queries, whatever the count."""
        with self._storage.guarded():
            rows = plain_rows(
                SessionRow.select().where(where).order_by(SessionRow.started_at_ms, SessionRow.id)
            )
            phases = grouped(
                plain_rows(
                    SessionPhaseRow.select()
                    .join(SessionRow)
                    .where(where)
                    .order_by(SessionPhaseRow.session, SessionPhaseRow.position)
                ),
                attrgetter("session_id"),
            )
            return [mapping.session_record(row, phases.get(row.id, [])) for row in rows]


class SqlitePainRepository(_Repository):
    """The pain diary."""

    def add_rating(self, rating: PainRating) -> PainRating:
        """Store a rating."""
        with self._storage.writing():
            rating_id = _insert(PainRatingRow, mapping.rating_columns(rating))
        return dataclasses.replace(rating, id=rating_id)

    def ratings_between(self, profile_id: int, start: datetime, end: datetime) -> list[PainRating]:
        """Ratings in ``[start, end)``, oldest first."""
        return self._ratings(
            (PainRatingRow.profile == profile_id) & _between(PainRatingRow.rated_at_ms, start, end)
        )

    def ratings_for_session(self, session_id: int) -> list[PainRating]:
        """The ratings tied to one session, oldest first."""
        return self._ratings(PainRatingRow.session == session_id)

    def _ratings(self, where: Any) -> list[PainRating]:
        with self._storage.guarded():
            return _read_ratings(where)


def _read_ratings(where: Any) -> list[PainRating]:
    query = (
        PainRatingRow.select().where(where).order_by(PainRatingRow.rated_at_ms, PainRatingRow.id)
    )
    return _records(query, mapping.rating_record)


class SqliteSafetyEventRepository(_Repository):
    """Adverse events and site locks."""

    def add_event(self, event: AdverseEvent) -> AdverseEvent:
        """Store an adverse event."""
        with self._storage.writing():
            event_id = _insert(AdverseEventRow, mapping.event_columns(event))
        return dataclasses.replace(event, id=event_id)

    def events_between(self, profile_id: int, start: datetime, end: datetime) -> list[AdverseEvent]:
        """Adverse events in ``[start, end)``, oldest first."""
        with self._storage.guarded():
            query = _timeline(
                AdverseEventRow, AdverseEventRow.occurred_at_ms, profile_id, start, end
            )
            return _records(query, mapping.event_record)

    def add_lock(self, lock: SiteLockRecord) -> SiteLockRecord:
        """Store a site lock."""
        with self._storage.writing():
            lock_id = _insert(SiteLockRow, mapping.lock_columns(lock))
        return dataclasses.replace(lock, id=lock_id)

    def active_locks(self, profile_id: int, now: datetime) -> list[SiteLockRecord]:
        """Locks of this profile that have not ended at ``now``, soonest end first."""
        with self._storage.guarded():
            query = (
                SiteLockRow.select()
                .where((SiteLockRow.profile == profile_id) & (SiteLockRow.until_ms > to_ms(now)))
                .order_by(SiteLockRow.until_ms, SiteLockRow.id)
            )
            return _records(query, mapping.lock_record)


class SqliteClinicVisitRepository(_Repository):
    """Whole-body cryotherapy visits."""

    def add_visit(self, visit: ClinicVisit) -> ClinicVisit:
        """Store a visit."""
        with self._storage.writing():
            visit_id = _insert(ClinicVisitRow, mapping.visit_columns(visit))
        return dataclasses.replace(visit, id=visit_id)

    def visits_between(self, profile_id: int, start: datetime, end: datetime) -> list[ClinicVisit]:
        """Visits in ``[start, end)``, oldest first."""
        with self._storage.guarded():
            query = _timeline(ClinicVisitRow, ClinicVisitRow.visited_at_ms, profile_id, start, end)
            return _records(query, mapping.visit_record)


class SqliteSettingsStore(_Repository):
    """Settings as JSON values, validated on the way in and on the way out."""

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when none or an invalid one is stored."""
        with self._storage.guarded():
            row = SettingRow.get_or_none(SettingRow.name == setting.name)
        if row is None:
            return setting.default
        try:
            return setting.validate(json.loads(row.value))
        except (ValueError, TypeError) as exc:
            _log.warning(
                "setting %r holds %r (%s); using the default", setting.name, row.value, exc
            )
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Validate and store a value; ``BadInputError`` for an invalid one."""
        raw = setting.to_json(value)
        setting.validate(raw)
        with self._storage.writing():
            SettingRow.insert(
                {SettingRow.name: setting.name, SettingRow.value: json.dumps(raw)}
            ).on_conflict(
                conflict_target=[SettingRow.name],
                update={SettingRow.value: EXCLUDED.value},
            ).execute()


class SqlitePlanRepository(_Repository):
    """Weekly plans, and what became of each occurrence (one log row per item and date).

    Plan items are never deleted: an item taken out of the plan is archived, so the logs,
    sessions and completions that refer to it keep their meaning.
    """

    def plan_items(self, profile_id: int, *, include_archived: bool = False) -> list[PlanItem]:
        """The profile's plan items by local time, then position (archived ones if asked)."""
        where = PlanItemRow.profile == profile_id
        if not include_archived:
            where &= PlanItemRow.archived == False  # noqa: E712 (peewee builds SQL from ==)
        return self._items(where)

    def get_plan_item(self, item_id: int) -> PlanItem | None:
        """One item (archived or not), or ``None``."""
        found = self._items(PlanItemRow.id == item_id)
        return found[0] if found else None

    def save_plan(self, profile_id: int, items: Sequence[PlanItem]) -> list[PlanItem]:
        """Replace the profile's active plan with ``items`` in one transaction.

        Every active item is archived, then each of ``items`` is updated (it has an id) or
        inserted, archived or not as it says: the active items left out stay archived. Nothing
        is checked beyond the records themselves (the caller runs the safety plan check); an
        item of another profile raises ``ValueError``, an unknown id ``MissingRowError``.
        Returns the saved items, in the order given, with their ids.
        """
        strangers = [item.label for item in items if item.profile_id != profile_id]
        if strangers:
            raise ValueError(f"plan items {strangers} do not belong to profile {profile_id}")
        mine = PlanItemRow.profile == profile_id
        active = mine & (PlanItemRow.archived == False)  # noqa: E712
        with self._storage.writing():
            PlanItemRow.update({PlanItemRow.archived: True}).where(active).execute()
            return [
                dataclasses.replace(
                    item, id=_save(PlanItemRow, item.id, mapping.plan_item_columns(item), mine)
                )
                for item in items
            ]

    def logs_between(
        self, profile_id: int, first: date, last: date
    ) -> dict[tuple[int, date], OccurrenceLog]:
        """The profile's occurrence logs for local dates ``first`` to ``last`` (inclusive)."""
        with self._storage.guarded():
            query = (
                OccurrenceLogRow.select()
                .where(
                    (OccurrenceLogRow.profile == profile_id)
                    & OccurrenceLogRow.day.between(mapping.day_text(first), mapping.day_text(last))
                )
                .order_by(OccurrenceLogRow.day, OccurrenceLogRow.id)
            )
            return {log.key: log for log in _records(query, mapping.log_record)}

    def save_log(self, log: OccurrenceLog) -> OccurrenceLog:
        """Insert or update the log of one occurrence: one UPSERT on (item, date).

        The row is found by its item and date, whatever ``log.id`` says; the item must be one
        of the profile's (``MissingRowError`` otherwise). Returns the log with the row's id.
        """
        columns = mapping.log_columns(log)
        key = (OccurrenceLogRow.item == log.item_id) & (
            OccurrenceLogRow.day == mapping.day_text(log.day)
        )
        with self._storage.writing():
            owned = PlanItemRow.select().where(
                (PlanItemRow.id == log.item_id) & (PlanItemRow.profile == log.profile_id)
            )
            if not owned.exists():
                raise MissingRowError(
                    f"there is no plan item {log.item_id} of profile {log.profile_id}"
                )
            OccurrenceLogRow.insert(columns).on_conflict(
                conflict_target=[OccurrenceLogRow.item, OccurrenceLogRow.day],
                preserve=list(columns),
            ).execute()
            log_id = OccurrenceLogRow.select(OccurrenceLogRow.id).where(key).scalar()
        return dataclasses.replace(log, id=int(log_id))

    def _items(self, where: Any) -> list[PlanItem]:
        with self._storage.guarded():
            query = (
                PlanItemRow.select()
                .where(where)
                .order_by(PlanItemRow.at_minute, PlanItemRow.position, PlanItemRow.id)
            )
            return _records(query, mapping.plan_item_record)


_REGION_ORDER = {region: order for order, region in enumerate(BodyRegion)}


def _library_order(exercise: Exercise) -> tuple[int, str, int]:
    """Regions in the order ``BodyRegion`` lists them, then names whatever their case."""
    return (_REGION_ORDER[exercise.region], exercise.name.casefold(), exercise.id or 0)


def _check_change(stored: Exercise | None, exercise: Exercise) -> None:
    """Refuse a built-in key on a custom exercise and any change but archiving to a built-in."""
    if stored is None or stored.builtin_key is None:
        if exercise.builtin_key is not None:
            raise BadInputError(
                f"“{exercise.name}” cannot be saved as one of ColdCare's own starter exercises"
            )
        return
    changed = [
        field.name
        for field in fields(Exercise)
        if field.name != "archived" and getattr(stored, field.name) != getattr(exercise, field.name)
    ]
    if changed:
        raise BadInputError(
            f"“{stored.name}” is one of ColdCare's own starter exercises: it can be archived or "
            f"brought back, but not changed (changed: {', '.join(changed)})"
        )


class SqliteExerciseRepository(_Repository):
    """The exercise library and the completions logged.

    The first read of the library (on each repository object) inserts the starter exercises
    whose ``builtin_key`` is not stored yet: a new database gets the whole starter set, a newer
    ColdCare adds its new ones, and one the person archived stays as it is.
    """

    def __init__(self, storage: Storage) -> None:
        super().__init__(storage)
        self._seeded = False

    def exercises(self, *, include_archived: bool = False) -> list[Exercise]:
        """Every exercise (archived ones if asked), by region, then name."""
        with self._storage.guarded():
            self._seed()
            query = ExerciseRow.select()
            if not include_archived:
                query = query.where(ExerciseRow.archived == False)  # noqa: E712
            found = _records(query, mapping.exercise_record)
        return sorted(found, key=_library_order)

    def get_exercise(self, exercise_id: int) -> Exercise | None:
        """One exercise (archived or not), or ``None``."""
        with self._storage.guarded():
            self._seed()
            row = ExerciseRow.get_or_none(ExerciseRow.id == exercise_id)
            return mapping.exercise_record(row) if row is not None else None

    def save_exercise(self, exercise: Exercise) -> Exercise:
        """Insert (``id is None``) or update a custom exercise, or archive or bring back one of
        the starter set; any other change to a starter exercise raises ``BadInputError``."""
        with self._storage.writing():
            stored = None
            if exercise.id is not None:
                row = ExerciseRow.get_or_none(ExerciseRow.id == exercise.id)
                stored = mapping.exercise_record(row) if row is not None else None
            _check_change(stored, exercise)
            exercise_id = _save(ExerciseRow, exercise.id, mapping.exercise_columns(exercise))
        return dataclasses.replace(exercise, id=exercise_id)

    def add_completion(self, completion: ExerciseCompletion) -> ExerciseCompletion:
        """Store one completion."""
        with self._storage.writing():
            completion_id = _insert(ExerciseCompletionRow, mapping.completion_columns(completion))
        return dataclasses.replace(completion, id=completion_id)

    def completions_between(
        self, profile_id: int, start: datetime, end: datetime
    ) -> list[ExerciseCompletion]:
        """Completions in ``[start, end)``, oldest first."""
        with self._storage.guarded():
            query = _timeline(
                ExerciseCompletionRow,
                ExerciseCompletionRow.completed_at_ms,
                profile_id,
                start,
                end,
            )
            return _records(query, mapping.completion_record)

    def has_history(self, exercise_id: int) -> bool:
        """Whether a completion or a plan item (archived or not) refers to the exercise: the
        database then refuses to delete it."""
        with self._storage.guarded():
            done = ExerciseCompletionRow.select().where(
                ExerciseCompletionRow.exercise == exercise_id
            )
            planned = PlanItemRow.select().where(PlanItemRow.exercise == exercise_id)
            return bool(done.exists() or planned.exists())

    def _seed(self) -> None:
        """Insert the starter exercises not stored yet (by key); once per repository object."""
        if self._seeded:
            return
        stored = ExerciseRow.select(ExerciseRow.builtin_key).where(
            ExerciseRow.builtin_key.is_null(False)
        )
        keys = {row.builtin_key for row in stored}
        missing = [mapping.exercise_columns(e) for e in STARTER_SET if e.builtin_key not in keys]
        if missing:
            with self._storage.writing():
                ExerciseRow.insert_many(missing).on_conflict(
                    conflict_target=[ExerciseRow.builtin_key], action="NOTHING"
                ).execute()
        self._seeded = True


class SqlitePegRepository(_Repository):
    """The weekly PEG answers."""

    def add_peg(self, response: PegResponse) -> PegResponse:
        """Store one PEG response."""
        with self._storage.writing():
            response_id = _insert(PegResponseRow, mapping.peg_columns(response))
        return dataclasses.replace(response, id=response_id)

    def pegs_between(self, profile_id: int, start: datetime, end: datetime) -> list[PegResponse]:
        """PEG responses answered in ``[start, end)``, oldest first."""
        with self._storage.guarded():
            query = _timeline(PegResponseRow, PegResponseRow.answered_at_ms, profile_id, start, end)
            return _records(query, mapping.peg_record)


# ----------------------------------------------------------------------------- editing


class _Table:
    """How the editor reads, writes and deletes the records of one kind, by id."""

    def __init__(
        self,
        model: type[Model],
        columns: Callable[[Any], Columns],
        record: Callable[[Any], AuditedRecord],
    ) -> None:
        self.model = model
        self._columns = columns
        self._record = record
        self._key: Any = model._meta.primary_key

    def get(self, record_id: int) -> AuditedRecord | None:
        row = self.model.get_or_none(self._key == record_id)
        return None if row is None else self._record(row)

    def insert(self, record: Any) -> None:
        """Insert the record with the id it has."""
        _insert(self.model, {self._key: record.id, **self._columns(record)})

    def update(self, record: Any) -> None:
        _update(self.model, record.id, self._columns(record))

    def delete(self, record_id: int) -> None:
        self.model.delete().where(self._key == record_id).execute()


def _session_with_phases(row: SessionRow) -> SessionRecord:
    phases = SessionPhaseRow.select().where(SessionPhaseRow.session == row.id)
    return mapping.session_record(row, list(phases.order_by(SessionPhaseRow.position)))


class _SessionTable(_Table):
    """Sessions, whose phases are child rows written with them."""

    def __init__(self) -> None:
        super().__init__(SessionRow, mapping.session_columns, _session_with_phases)

    def insert(self, record: Any) -> None:
        super().insert(record)
        self._write_phases(record)

    def update(self, record: Any) -> None:
        super().update(record)
        self._write_phases(record)

    @staticmethod
    def _write_phases(session: SessionRecord) -> None:
        session_id = session.id or 0
        phases = mapping.phase_rows(session_id, session.phases)
        _replace_children(SessionPhaseRow, SessionPhaseRow.session, session_id, phases)


_TABLES: dict[RecordKind, _Table] = {
    RecordKind.SESSION: _SessionTable(),
    RecordKind.SKIN_CHECK: _Table(
        SkinCheckRow, mapping.skin_check_columns, mapping.skin_check_record
    ),
    RecordKind.ADVERSE_EVENT: _Table(AdverseEventRow, mapping.event_columns, mapping.event_record),
    RecordKind.PAIN_RATING: _Table(PainRatingRow, mapping.rating_columns, mapping.rating_record),
    RecordKind.PEG: _Table(PegResponseRow, mapping.peg_columns, mapping.peg_record),
    RecordKind.EXERCISE_COMPLETION: _Table(
        ExerciseCompletionRow, mapping.completion_columns, mapping.completion_record
    ),
    RecordKind.CLINIC_VISIT: _Table(ClinicVisitRow, mapping.visit_columns, mapping.visit_record),
}


def _owner(record: AuditedRecord) -> tuple[str, int]:
    """What a record belongs to: a skin check its session, every other record its profile."""
    if isinstance(record, SkinCheck):
        return ("session", record.session_id)
    return ("profile", record.profile_id)


def _profile_of(record: AuditedRecord) -> int:
    """The profile a record belongs to (a skin check's through its session)."""
    what, owner_id = _owner(record)
    if what == "profile":
        return owner_id
    return int(SessionRow.select(SessionRow.profile).where(SessionRow.id == owner_id).scalar())


def _ids(query: Any) -> tuple[int, ...]:
    return tuple(int(row.id) for row in query)


def _gather(kind: RecordKind, record: AuditedRecord) -> DeletedRecord:
    """The deletion token: the record, what goes with it and what stays but loses its link."""
    record_id = record.id or 0
    deleted = DeletedRecord(kind, record, _profile_of(record))
    if kind is RecordKind.SESSION:
        check_rows = SkinCheckRow.select().where(SkinCheckRow.session == record_id)
        follow_up = FollowUpRow.get_or_none(FollowUpRow.session == record_id)
        beat = HeartbeatRow.get_or_none(HeartbeatRow.session == record_id)
        events = AdverseEventRow.select(AdverseEventRow.id)
        return dataclasses.replace(
            deleted,
            skin_checks=tuple(
                _records(check_rows.order_by(SkinCheckRow.number), mapping.skin_check_record)
            ),
            follow_up=None if follow_up is None else mapping.follow_up_record(follow_up),
            pain_ratings=tuple(_read_ratings(PainRatingRow.session == record_id)),
            last_beat=None if beat is None else mapping.beat_time(beat),
            unlinked_event_ids=_ids(events.where(AdverseEventRow.session == record_id)),
        )
    if kind is RecordKind.ADVERSE_EVENT:
        locks = SiteLockRow.select(SiteLockRow.id).where(SiteLockRow.event == record_id)
        return dataclasses.replace(deleted, unlinked_lock_ids=_ids(locks))
    return deleted


def _put_back_what_went_with(deleted: DeletedRecord) -> None:
    """Insert a deleted session's child rows and link the records that referred to it again."""
    record_id = deleted.record_id
    for check in deleted.skin_checks:
        _TABLES[RecordKind.SKIN_CHECK].insert(check)
    for rating in deleted.pain_ratings:
        _TABLES[RecordKind.PAIN_RATING].insert(rating)
    if deleted.follow_up is not None:
        follow_up_columns = mapping.follow_up_columns(deleted.follow_up)
        _insert(FollowUpRow, {FollowUpRow.id: deleted.follow_up.id, **follow_up_columns})
    if deleted.last_beat is not None:
        _insert(
            HeartbeatRow,
            {HeartbeatRow.session: record_id, HeartbeatRow.alive_at_ms: to_ms(deleted.last_beat)},
        )
    for model, link, ids in (
        (AdverseEventRow, AdverseEventRow.session, deleted.unlinked_event_ids),
        (SiteLockRow, SiteLockRow.event, deleted.unlinked_lock_ids),
    ):
        model.update({link: record_id}).where(model.id.in_(ids) & link.is_null()).execute()


class SqliteRecordEditor(_Repository):
    """Edits, deletions and their undo; the audit trail of safety records.

    Each method is one transaction (a savepoint inside :class:`SqliteTransactions.atomic`):
    the change and its audit entries are stored together, or neither is. Audit entries are
    timed by the storage's clock.
    """

    def update(self, kind: RecordKind, record: AuditedRecord) -> AuditedRecord:
        """Store the new version of a stored record; returns it as stored (read back).

        ``TypeError`` when ``record`` is not of ``kind``, ``ValueError`` when it moves to
        another profile (a skin check: another session) or has no id, ``MissingRowError`` when
        no record has its id. A safety record that changed gets an ``edited`` entry.
        """
        check_kind(kind, record)
        if record.id is None:
            raise ValueError(f"the {kind} record has no id: it has never been stored")
        table = _TABLES[kind]
        with self._storage.writing():
            before = self._stored(kind, record.id)
            if _owner(before) != _owner(record):
                raise ValueError(f"the {kind} record cannot move to another {_owner(before)[0]}")
            table.update(record)
            after = self._stored(kind, record.id)
            if kind.is_safety and after != before:
                self._audit(_profile_of(before), kind, before, AuditAction.EDITED, after)
        return after

    def delete(self, kind: RecordKind, record_id: int) -> DeletedRecord:
        """Delete a record; a session takes its skin checks, follow-up, pain ratings and
        heartbeat with it. Returns the token :meth:`restore` takes. A safety record (and each
        skin check of a deleted session) gets a ``deleted`` entry."""
        with self._storage.writing():
            deleted = _gather(kind, self._stored(kind, record_id))
            if kind is RecordKind.SESSION:  # the schema would only unlink them
                PainRatingRow.delete().where(PainRatingRow.session == record_id).execute()
            _TABLES[kind].delete(record_id)
            self._audit_all(deleted, AuditAction.DELETED)
        return deleted

    def restore(self, deleted: DeletedRecord) -> None:
        """Undo a deletion: every row back with its id, every link again; a safety record (and
        each skin check of a session) gets a ``restored`` entry. ``CannotRestoreError`` (and
        nothing changed) when an id is taken again or what the record belonged to is gone."""
        try:
            with self._storage.writing():
                _TABLES[deleted.kind].insert(deleted.record)
                _put_back_what_went_with(deleted)
                self._audit_all(deleted, AuditAction.RESTORED)
        except IntegrityError as exc:
            raise CannotRestoreError(
                f"the deleted {deleted.kind} {deleted.record_id} cannot be put back: {exc}"
            ) from exc

    def audit_trail(self, profile_id: int, start: datetime, end: datetime) -> list[AuditEntry]:
        """The profile's audit entries made in ``[start, end)``, oldest first."""
        with self._storage.guarded():
            query = _timeline(AuditEntryRow, AuditEntryRow.at_ms, profile_id, start, end)
            return _records(query, mapping.audit_record)

    def edited_ids(self, profile_id: int, kind: RecordKind) -> set[int]:
        """The ids of the profile's records of ``kind`` that stand edited."""
        with self._storage.guarded():
            query = (
                AuditEntryRow.select()
                .where((AuditEntryRow.profile == profile_id) & (AuditEntryRow.kind == str(kind)))
                .order_by(AuditEntryRow.id)
            )
            return edited_record_ids(_records(query, mapping.audit_record))

    def _stored(self, kind: RecordKind, record_id: int) -> AuditedRecord:
        found = _TABLES[kind].get(record_id)
        if found is None:
            raise MissingRowError(f"there is no {kind} record {record_id}")
        return found

    def _audit_all(self, deleted: DeletedRecord, action: AuditAction) -> None:
        """Audit a deletion or its undo: the record and, for a session, each skin check."""
        back = action is AuditAction.RESTORED
        profile_id = deleted.profile_id
        self._audit(
            profile_id, deleted.kind, deleted.record, action, deleted.record if back else None
        )
        for check in deleted.skin_checks:
            self._audit(profile_id, RecordKind.SKIN_CHECK, check, action, check if back else None)

    def _audit(
        self,
        profile_id: int,
        kind: RecordKind,
        before: AuditedRecord,
        action: AuditAction,
        after: AuditedRecord | None,
    ) -> None:
        if not kind.is_safety:
            return
        entry = AuditEntry(
            profile_id=profile_id,
            kind=kind,
            record_id=before.id or 0,
            action=action,
            at=self._storage.clock.now(),
            before_json=mapping.record_json(before),
            after_json=None if after is None else mapping.record_json(after),
        )
        _insert(AuditEntryRow, mapping.audit_columns(entry))
