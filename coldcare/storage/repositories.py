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
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any, TypeVar

from peewee import EXCLUDED, ColumnBase, Model, chunked

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
from coldcare.domain.vocabulary import BodySite, all_body_sites
from coldcare.storage import mapping
from coldcare.storage.database import Storage
from coldcare.storage.errors import MissingRowError
from coldcare.storage.mapping import Columns, grouped, to_ms
from coldcare.storage.models import (
    AdverseEventRow,
    ClearanceRow,
    ClinicianReviewRow,
    ClinicVisitRow,
    FollowUpRow,
    HeartbeatRow,
    PainRatingRow,
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


def _update(model: type[Model], record_id: int, columns: Columns) -> None:
    primary_key: Any = model._meta.primary_key
    if not model.update(columns).where(primary_key == record_id).execute():
        raise MissingRowError(f"there is no row {record_id} in '{model._meta.table_name}'")


def _save(model: type[Model], record_id: int | None, columns: Columns) -> int:
    """Insert (no id yet) or update; returns the id."""
    if record_id is None:
        return _insert(model, columns)
    _update(model, record_id, columns)
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
            query = (
                AdverseEventRow.select()
                .where(
                    (AdverseEventRow.profile == profile_id)
                    & _between(AdverseEventRow.occurred_at_ms, start, end)
                )
                .order_by(AdverseEventRow.occurred_at_ms, AdverseEventRow.id)
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
            query = (
                ClinicVisitRow.select()
                .where(
                    (ClinicVisitRow.profile == profile_id)
                    & _between(ClinicVisitRow.visited_at_ms, start, end)
                )
                .order_by(ClinicVisitRow.visited_at_ms, ClinicVisitRow.id)
            )
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
