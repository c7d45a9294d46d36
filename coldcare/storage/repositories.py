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
from typing import Any, TypeVar

from peewee import EXCLUDED, ColumnBase, Model, chunked

from coldcare.domain.exercises import STARTER_SET, BodyRegion, Exercise, ExerciseCompletion
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
from coldcare.storage.mapping import Columns, grouped, to_ms
from coldcare.storage.models import (
    AdverseEventRow,
    ClearanceRow,
    ClinicianReviewRow,
    ClinicVisitRow,
    ExerciseCompletionRow,
    ExerciseRow,
    FollowUpRow,
    HeartbeatRow,
    OccurrenceLogRow,
    PainRatingRow,
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
R = TypeVar("R")
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


def _records(query: Any, convert: Callable[[R], T]) -> list[T]:
    return [convert(row) for row in query]


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
        """Finished sessions at ``site``'s rest group that started or ended at/after ``since``."""
        since_ms = to_ms(since)
        return self._sessions(
            (SessionRow.profile == profile_id)
            & SessionRow.site.in_(_rest_group_codes(site))
            & (SessionRow.state == str(SessionState.FINISHED))
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
            rows = (
                SessionRow.select().where(where).order_by(SessionRow.started_at_ms, SessionRow.id)
            )
            phases = grouped(
                SessionPhaseRow.select()
                .join(SessionRow)
                .where(where)
                .order_by(SessionPhaseRow.session, SessionPhaseRow.position),
                lambda p: p.session_id,
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
            query = (
                PainRatingRow.select()
                .where(where)
                .order_by(PainRatingRow.rated_at_ms, PainRatingRow.id)
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
