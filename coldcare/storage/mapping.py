"""Rows ↔ records: the one place that knows how each record is stored.

Writing, each record becomes a mapping of model fields to column values. Reading, each row is
checked as it becomes a record again: a value ColdCare cannot read (an unknown site code in a
hand-edited file, a time that is not a number) raises :class:`InvalidRowError` naming the table
and the row, never a bare ``KeyError``. Times are converted here and nowhere else.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeAlias, TypeVar

from peewee import Field

from coldcare.domain.audit import AuditAction, AuditEntry, RecordKind
from coldcare.domain.exercises import BodyRegion, Effort, Exercise, ExerciseCompletion
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.plan import ItemKind, OccurrenceLog, PlanItem, SkipReason
from coldcare.domain.records import (
    AdverseEvent,
    Clearance,
    ClinicianReview,
    ClinicVisit,
    EnteredBy,
    EventSource,
    FollowUp,
    PainContext,
    PainRating,
    Profile,
    SessionRecord,
    SessionState,
    SiteLockRecord,
    SkinCheck,
    VisitFeeling,
)
from coldcare.domain.safety import IntermittentProtocol
from coldcare.domain.safety_plan import DAYS_PER_WEEK, MINUTES_PER_DAY
from coldcare.domain.session import Outcome, Phase, PhaseRecord
from coldcare.domain.signs import FollowUpAdvice, PainChange, Sensation, SkinLook, StopSign, Symptom
from coldcare.domain.vocabulary import Barrier, BodySite, Condition, Finding, Modality
from coldcare.storage.errors import InvalidRowError
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
    SiteFindingRow,
    SiteLockRow,
    SkinCheckRow,
)

Columns: TypeAlias = "dict[Field[Any], object]"
E = TypeVar("E", bound=StrEnum)
V = TypeVar("V")

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MILLISECOND = timedelta(milliseconds=1)

# ----------------------------------------------------------------------------- values


def to_ms(moment: datetime) -> int:
    """An aware datetime as UTC epoch milliseconds (anything finer is dropped)."""
    if moment.utcoffset() is None:
        raise ValueError(f"a stored time must be aware (UTC), not naive: {moment!r}")
    return (moment - EPOCH) // _MILLISECOND


def from_ms(value: object) -> datetime:
    """UTC epoch milliseconds as an aware UTC datetime."""
    if not isinstance(value, int):
        raise ValueError(f"{value!r} is not a time in milliseconds")
    try:
        return EPOCH + value * _MILLISECOND
    except OverflowError:  # outside the years 1 to 9999
        raise ValueError(f"{value} is not a time in milliseconds: it is out of range") from None


def _optional(convert: Callable[[Any], V], value: object) -> V | None:
    return None if value is None else convert(value)


def _int(value: object) -> int:
    if not isinstance(value, int):
        raise ValueError(f"{value!r} is not a whole number")
    return value


def _float(value: object) -> float:
    if not isinstance(value, int | float):
        raise ValueError(f"{value!r} is not a number")
    return float(value)


def _bytes(value: object) -> bytes:
    if not isinstance(value, bytes):
        raise ValueError(f"a {type(value).__name__} is not a picture")
    return value


def day_text(day: date) -> str:
    """A local calendar date as stored: ISO text, which sorts like the dates it names."""
    return day.isoformat()


def _weekday_mask(weekdays: Iterable[int]) -> int:
    """Weekdays (0 Monday … 6 Sunday) as a bitmask: bit 0 is Monday."""
    return sum(1 << day for day in set(weekdays))


def _weekdays(value: object) -> frozenset[int]:
    mask = _int(value)
    if not 0 < mask < 1 << DAYS_PER_WEEK:
        raise ValueError(f"{value!r} is not a set of weekdays")
    return frozenset(day for day in range(DAYS_PER_WEEK) if mask >> day & 1)


def _minute_of_day(at: time) -> int:
    """A local wall time as minutes after midnight; a plan works in whole minutes."""
    if at.second or at.microsecond or at.tzinfo is not None:
        raise ValueError(f"a plan time is a local time in whole minutes, not {at!r}")
    return at.hour * 60 + at.minute


def _time_of_day(value: object) -> time:
    minute = _int(value)
    if not 0 <= minute < MINUTES_PER_DAY:
        raise ValueError(f"{value!r} is not a minute of the day")
    return time(minute // 60, minute % 60)


def _codes_json(codes: Iterable[StrEnum]) -> str:
    return json.dumps(sorted(str(code) for code in codes))


class _Codes(dict[object, E]):
    """The members of one code list (a ``StrEnum``) by their codes: ``codes[value]`` is a
    plain dict lookup (``kind(value)`` does the same, several times slower: this runs for
    several codes of every row of a long read); an unknown code raises ``ValueError`` naming
    the list."""

    def __init__(self, kind: type[E]) -> None:
        super().__init__((member.value, member) for member in kind)
        self._kind = kind

    def __missing__(self, value: object) -> E:
        raise ValueError(f"{value!r} is not a valid {self._kind.__qualname__}")

    def optional(self, value: object) -> E | None:
        """The member whose code is ``value``, or ``None`` for a NULL."""
        return None if value is None else self[value]

    def set_of(self, value: str) -> frozenset[E]:
        """The members named by a JSON list of codes (as :func:`_codes_json` writes it)."""
        if value == "[]":  # most rows: no signs, no symptoms (and json.loads is slow)
            return frozenset()
        codes = json.loads(value)
        if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
            raise ValueError(f"{value!r} is not a list of codes")
        return frozenset(self[code] for code in codes)


_AUDIT_ACTION = _Codes(AuditAction)
_BARRIER = _Codes(Barrier)
_BODY_REGION = _Codes(BodyRegion)
_CONDITION = _Codes(Condition)
_EFFORT = _Codes(Effort)
_ENTERED_BY = _Codes(EnteredBy)
_EVENT_SOURCE = _Codes(EventSource)
_FINDING = _Codes(Finding)
_FOLLOW_UP_ADVICE = _Codes(FollowUpAdvice)
_ITEM_KIND = _Codes(ItemKind)
_MODALITY = _Codes(Modality)
_OUTCOME = _Codes(Outcome)
_PAIN_CHANGE = _Codes(PainChange)
_PAIN_CONTEXT = _Codes(PainContext)
_PHASE = _Codes(Phase)
_RECORD_KIND = _Codes(RecordKind)
_SENSATION = _Codes(Sensation)
_SESSION_STATE = _Codes(SessionState)
_SKIN_LOOK = _Codes(SkinLook)
_SKIP_REASON = _Codes(SkipReason)
_STOP_SIGN = _Codes(StopSign)
_SYMPTOM = _Codes(Symptom)
_VISIT_FEELING = _Codes(VisitFeeling)


def _unreadable(row: Any, problem: ValueError) -> InvalidRowError:
    """The error for a bad value met while reading ``row`` (a model, or a plain row from
    :func:`plain_rows`): it names the row's table and primary key.

    Each reader catches ``ValueError`` itself (it covers ``BadInputError``, ``JSONDecodeError``
    and unknown codes too): a ``try`` costs nothing until it fails, and a context manager
    around every row of a long read cost more than reading the row."""
    if hasattr(row, "_table"):
        return InvalidRowError(row._table, row.id, str(problem))
    return InvalidRowError(row._meta.table_name, row._pk, str(problem))


def plain_rows(query: Any) -> Iterator[Any]:
    """The rows of a model's ``query`` as plain named tuples of its columns (``id``,
    ``profile_id`` …), the values as SQLite gives them (booleans are 0 or 1).

    For the long reads: no model object and no converter call per column, which made reading
    ten years of records several times slower than the rest of an export.
    """
    cursor = query.model._meta.database.execute(query)
    columns = tuple(column[0] for column in cursor.description)
    row_type = _plain_row_type(query.model._meta.table_name, columns)
    # tuple.__new__ straight from C: the named tuple's _make is a Python call per row.
    return map(functools.partial(tuple.__new__, row_type), cursor)


@functools.cache
def _plain_row_type(table: str, columns: tuple[str, ...]) -> Any:
    """A named-tuple type for the rows of ``table`` that knows its table's name."""
    fields = namedtuple(f"{table}_row", columns)  # type: ignore[misc]
    return type(fields.__name__, (fields,), {"__slots__": (), "_table": table})


def grouped(rows: Iterable[V], key: Callable[[V], int]) -> dict[int, list[V]]:
    """Rows by the id ``key`` gives, each list in the order the rows came."""
    groups: dict[int, list[V]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    return groups


# ----------------------------------------------------------------------------- profiles


def profile_columns(profile: Profile) -> Columns:
    """The profile row (its clearances, reviews and findings are child rows)."""
    return {
        ProfileRow.name: profile.name,
        ProfileRow.birth_year: profile.birth_year,
        ProfileRow.conditions: _codes_json(profile.conditions),
        ProfileRow.personal_max_minutes: profile.personal_max_minutes,
        ProfileRow.personal_rest_minutes: profile.personal_rest_minutes,
        ProfileRow.supervised: profile.supervised,
        ProfileRow.review_required_since_ms: _optional(to_ms, profile.review_required_since),
        ProfileRow.entered_by: str(profile.entered_by),
        ProfileRow.entered_by_name: profile.entered_by_name,
        ProfileRow.screening_answered_at_ms: _optional(to_ms, profile.screening_answered_at),
    }


def clearance_rows(profile_id: int, profile: Profile) -> list[Columns]:
    """The clearances, in order."""
    return [
        {
            ClearanceRow.profile: profile_id,
            ClearanceRow.position: position,
            ClearanceRow.condition: str(clearance.condition),
            ClearanceRow.cleared_on: clearance.cleared_on.isoformat(),
            ClearanceRow.by_whom: clearance.by_whom,
        }
        for position, clearance in enumerate(profile.clearances)
    ]


def review_rows(profile_id: int, profile: Profile) -> list[Columns]:
    """The clinician reviews, in order."""
    return [
        {
            ClinicianReviewRow.profile: profile_id,
            ClinicianReviewRow.position: position,
            ClinicianReviewRow.reviewed_on: review.reviewed_on.isoformat(),
            ClinicianReviewRow.by_whom: review.by_whom,
            ClinicianReviewRow.note: review.note,
        }
        for position, review in enumerate(profile.reviews)
    ]


def finding_rows(profile_id: int, profile: Profile) -> list[Columns]:
    """One row per (site, finding); a site listed with no findings is not stored."""
    return [
        {
            SiteFindingRow.profile: profile_id,
            SiteFindingRow.site: site.code,
            SiteFindingRow.finding: str(finding),
        }
        for site, findings in sorted(profile.site_findings.items())
        for finding in sorted(findings)
    ]


def _clearance(row: ClearanceRow) -> Clearance:
    try:
        return Clearance(_CONDITION[row.condition], date.fromisoformat(row.cleared_on), row.by_whom)
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


def _review(row: ClinicianReviewRow) -> ClinicianReview:
    try:
        return ClinicianReview(date.fromisoformat(row.reviewed_on), row.by_whom, row.note)
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


def _findings(rows: Sequence[SiteFindingRow]) -> Mapping[BodySite, frozenset[Finding]]:
    found: dict[BodySite, set[Finding]] = {}
    for row in rows:
        try:
            found.setdefault(BodySite.parse(row.site), set()).add(_FINDING[row.finding])
        except ValueError as problem:
            raise _unreadable(row, problem) from problem
    return MappingProxyType({site: frozenset(values) for site, values in found.items()})


def profile_record(
    row: ProfileRow,
    clearances: Sequence[ClearanceRow],
    reviews: Sequence[ClinicianReviewRow],
    findings: Sequence[SiteFindingRow],
) -> Profile:
    """A profile from its row and its child rows (each list in position order)."""
    site_findings = _findings(findings)
    try:
        return Profile(
            id=row.id,
            name=row.name,
            birth_year=_int(row.birth_year),
            conditions=_CONDITION.set_of(row.conditions),
            clearances=tuple(_clearance(c) for c in clearances),
            site_findings=site_findings,
            personal_max_minutes=_optional(_int, row.personal_max_minutes),
            personal_rest_minutes=_optional(_int, row.personal_rest_minutes),
            supervised=row.supervised,
            review_required_since=_optional(from_ms, row.review_required_since_ms),
            reviews=tuple(_review(r) for r in reviews),
            entered_by=_ENTERED_BY[row.entered_by],
            entered_by_name=row.entered_by_name,
            screening_answered_at=_optional(from_ms, row.screening_answered_at_ms),
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


# ----------------------------------------------------------------------------- sessions


def session_columns(session: SessionRecord) -> Columns:
    """The session row (its phases are child rows)."""
    return {
        SessionRow.profile: session.profile_id,
        SessionRow.site: session.site.code,
        SessionRow.modality: str(session.modality),
        SessionRow.barrier: str(session.barrier),
        SessionRow.recommended_minutes: session.recommended_minutes,
        SessionRow.max_minutes: session.max_minutes,
        SessionRow.planned_minutes: session.planned_minutes,
        SessionRow.skin_check_every_minutes: session.skin_check_every_minutes,
        SessionRow.rest_minutes: session.rest_minutes,
        SessionRow.started_at_ms: to_ms(session.started_at),
        SessionRow.planned_end_at_ms: to_ms(session.planned_end_at),
        SessionRow.water_temp_c: session.water_temp_c,
        **_protocol_columns(SessionRow, session.protocol),
        SessionRow.state: str(session.state),
        SessionRow.removed_at_ms: _optional(to_ms, session.removed_at),
        SessionRow.outcome: _optional(str, session.outcome),
        SessionRow.stop_signs: _codes_json(session.stop_signs),
        SessionRow.skin_after: _optional(str, session.skin_after),
        SessionRow.caregiver_present: session.caregiver_present,
        SessionRow.plan_item_id: session.plan_item_id,
        SessionRow.note: session.note,
    }


def phase_rows(session_id: int, phases: Sequence[PhaseRecord]) -> list[Columns]:
    """The session's phases, in order."""
    return [
        {
            SessionPhaseRow.session: session_id,
            SessionPhaseRow.position: position,
            SessionPhaseRow.kind: str(phase.kind),
            SessionPhaseRow.start_ms: to_ms(phase.start),
            SessionPhaseRow.end_ms: to_ms(phase.end),
        }
        for position, phase in enumerate(phases)
    ]


def _phase(row: SessionPhaseRow) -> PhaseRecord:
    try:
        return PhaseRecord(_PHASE[row.kind], from_ms(row.start_ms), from_ms(row.end_ms))
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


def _protocol_columns(
    model: type[SessionRow] | type[PlanItemRow], protocol: IntermittentProtocol | None
) -> Columns:
    """The three protocol columns (all NULL without a protocol) of a session or a plan item."""
    return {
        model.protocol_first_on_minutes: protocol.first_on_minutes if protocol else None,
        model.protocol_off_minutes: protocol.off_minutes if protocol else None,
        model.protocol_second_on_minutes: protocol.second_on_minutes if protocol else None,
    }


# The three protocol columns of a session or plan item that is not intermittent.
_NO_PROTOCOL = (None, None, None)


def _protocol(row: SessionRow | PlanItemRow) -> IntermittentProtocol | None:
    minutes = (
        row.protocol_first_on_minutes,
        row.protocol_off_minutes,
        row.protocol_second_on_minutes,
    )
    if minutes == _NO_PROTOCOL:
        return None
    first, off, second = minutes
    if first is None or off is None or second is None:
        raise ValueError(f"the intermittent protocol {minutes} is incomplete")
    return IntermittentProtocol(_int(first), _int(off), _int(second))


def session_record(row: SessionRow, phases: Sequence[SessionPhaseRow]) -> SessionRecord:
    """A session from its row and its phase rows (in position order)."""
    phase_records = tuple(_phase(p) for p in phases)
    try:
        return SessionRecord(
            id=row.id,
            profile_id=_int(row.profile_id),
            site=BodySite.parse(row.site),
            modality=_MODALITY[row.modality],
            barrier=_BARRIER[row.barrier],
            recommended_minutes=_int(row.recommended_minutes),
            max_minutes=_int(row.max_minutes),
            planned_minutes=_int(row.planned_minutes),
            skin_check_every_minutes=_int(row.skin_check_every_minutes),
            rest_minutes=_int(row.rest_minutes),
            started_at=from_ms(row.started_at_ms),
            planned_end_at=from_ms(row.planned_end_at_ms),
            water_temp_c=_optional(_float, row.water_temp_c),
            protocol=_protocol(row),
            state=_SESSION_STATE[row.state],
            removed_at=_optional(from_ms, row.removed_at_ms),
            outcome=_OUTCOME.optional(row.outcome),
            phases=phase_records,
            stop_signs=_STOP_SIGN.set_of(row.stop_signs),
            skin_after=_SKIN_LOOK.optional(row.skin_after),
            caregiver_present=bool(row.caregiver_present),
            plan_item_id=_optional(_int, row.plan_item_id),
            note=row.note,
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


def skin_check_columns(check: SkinCheck) -> Columns:
    """The skin-check row."""
    return {
        SkinCheckRow.session: check.session_id,
        SkinCheckRow.number: check.number,
        SkinCheckRow.due_at_ms: to_ms(check.due_at),
        SkinCheckRow.answered_at_ms: to_ms(check.answered_at),
        SkinCheckRow.look: str(check.look),
        SkinCheckRow.sensation: str(check.sensation),
        SkinCheckRow.pain: str(check.pain),
        SkinCheckRow.symptoms: _codes_json(check.symptoms),
    }


def skin_check_record(row: SkinCheckRow) -> SkinCheck:
    """A skin check from its row."""
    try:
        return SkinCheck(
            id=row.id,
            session_id=_int(row.session_id),
            number=_int(row.number),
            due_at=from_ms(row.due_at_ms),
            answered_at=from_ms(row.answered_at_ms),
            look=_SKIN_LOOK[row.look],
            sensation=_SENSATION[row.sensation],
            pain=_PAIN_CHANGE[row.pain],
            symptoms=_SYMPTOM.set_of(row.symptoms),
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


def beat_time(row: HeartbeatRow) -> datetime:
    """When the app was last alive, from a heartbeat row."""
    try:
        return from_ms(row.alive_at_ms)
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


def follow_up_columns(follow_up: FollowUp) -> Columns:
    """The follow-up row."""
    return {
        FollowUpRow.session: follow_up.session_id,
        FollowUpRow.answered_at_ms: to_ms(follow_up.answered_at),
        FollowUpRow.numb_or_tingling: follow_up.numb_or_tingling,
        FollowUpRow.new_weakness: follow_up.new_weakness,
        FollowUpRow.skin_hard_or_blistered: follow_up.skin_hard_or_blistered,
        FollowUpRow.advice: str(follow_up.advice),
    }


def follow_up_record(row: FollowUpRow) -> FollowUp:
    """A follow-up from its row."""
    try:
        return FollowUp(
            id=row.id,
            session_id=_int(row.session_id),
            answered_at=from_ms(row.answered_at_ms),
            numb_or_tingling=row.numb_or_tingling,
            new_weakness=row.new_weakness,
            skin_hard_or_blistered=row.skin_hard_or_blistered,
            advice=_FOLLOW_UP_ADVICE[row.advice],
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


# ----------------------------------------------------------------------------- diary and safety


def rating_columns(rating: PainRating) -> Columns:
    """The pain-rating row."""
    return {
        PainRatingRow.profile: rating.profile_id,
        PainRatingRow.rated_at_ms: to_ms(rating.rated_at),
        PainRatingRow.value: rating.value,
        PainRatingRow.context: str(rating.context),
        PainRatingRow.site: rating.site.code if rating.site else None,
        PainRatingRow.session: rating.session_id,
        PainRatingRow.note: rating.note,
    }


def rating_record(row: PainRatingRow) -> PainRating:
    """A pain rating from its row."""
    try:
        return PainRating(
            id=row.id,
            profile_id=_int(row.profile_id),
            rated_at=from_ms(row.rated_at_ms),
            value=_int(row.value),
            context=_PAIN_CONTEXT[row.context],
            site=_optional(BodySite.parse, row.site),
            session_id=_optional(_int, row.session_id),
            note=row.note,
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


def event_columns(event: AdverseEvent) -> Columns:
    """The adverse-event row."""
    return {
        AdverseEventRow.profile: event.profile_id,
        AdverseEventRow.occurred_at_ms: to_ms(event.occurred_at),
        AdverseEventRow.source: str(event.source),
        AdverseEventRow.session: event.session_id,
        AdverseEventRow.site: event.site.code if event.site else None,
        AdverseEventRow.signs: _codes_json(event.signs),
        AdverseEventRow.lock_until_ms: _optional(to_ms, event.lock_until),
        AdverseEventRow.review_needed: event.review_needed,
        AdverseEventRow.call_emergency: event.call_emergency,
        AdverseEventRow.advice: _optional(str, event.advice),
        AdverseEventRow.note: event.note,
    }


def event_record(row: AdverseEventRow) -> AdverseEvent:
    """An adverse event from its row."""
    try:
        return AdverseEvent(
            id=row.id,
            profile_id=_int(row.profile_id),
            occurred_at=from_ms(row.occurred_at_ms),
            source=_EVENT_SOURCE[row.source],
            session_id=_optional(_int, row.session_id),
            site=_optional(BodySite.parse, row.site),
            signs=_STOP_SIGN.set_of(row.signs),
            lock_until=_optional(from_ms, row.lock_until_ms),
            review_needed=bool(row.review_needed),
            call_emergency=bool(row.call_emergency),
            advice=_FOLLOW_UP_ADVICE.optional(row.advice),
            note=row.note,
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


def lock_columns(lock: SiteLockRecord) -> Columns:
    """The site-lock row."""
    return {
        SiteLockRow.profile: lock.profile_id,
        SiteLockRow.site: lock.site.code,
        SiteLockRow.locked_at_ms: to_ms(lock.locked_at),
        SiteLockRow.until_ms: to_ms(lock.until),
        SiteLockRow.event: lock.event_id,
    }


def lock_record(row: SiteLockRow) -> SiteLockRecord:
    """A site lock from its row."""
    try:
        return SiteLockRecord(
            id=row.id,
            profile_id=_int(row.profile_id),
            site=BodySite.parse(row.site),
            locked_at=from_ms(row.locked_at_ms),
            until=from_ms(row.until_ms),
            event_id=_optional(_int, row.event_id),
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


def visit_columns(visit: ClinicVisit) -> Columns:
    """The clinic-visit row."""
    return {
        ClinicVisitRow.profile: visit.profile_id,
        ClinicVisitRow.visited_at_ms: to_ms(visit.visited_at),
        ClinicVisitRow.minutes: visit.minutes,
        ClinicVisitRow.feeling: str(visit.feeling),
        ClinicVisitRow.note: visit.note,
    }


def visit_record(row: ClinicVisitRow) -> ClinicVisit:
    """A clinic visit from its row."""
    try:
        return ClinicVisit(
            id=row.id,
            profile_id=_int(row.profile_id),
            visited_at=from_ms(row.visited_at_ms),
            minutes=_float(row.minutes),
            feeling=_VISIT_FEELING[row.feeling],
            note=row.note,
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


# ----------------------------------------------------------------------------- plan


def plan_item_columns(item: PlanItem) -> Columns:
    """The plan-item row (archived or not as the item says)."""
    return {
        PlanItemRow.profile: item.profile_id,
        PlanItemRow.kind: str(item.kind),
        PlanItemRow.label: item.label,
        PlanItemRow.weekdays: _weekday_mask(item.weekdays),
        PlanItemRow.at_minute: _minute_of_day(item.at),
        PlanItemRow.start_date: day_text(item.start_date),
        PlanItemRow.end_date: _optional(day_text, item.end_date),
        PlanItemRow.position: item.position,
        PlanItemRow.heads_up: item.heads_up,
        PlanItemRow.site: item.site.code if item.site else None,
        PlanItemRow.modality: _optional(str, item.modality),
        PlanItemRow.barrier: str(item.barrier),
        PlanItemRow.minutes: item.minutes,
        PlanItemRow.water_temp_c: item.water_temp_c,
        **_protocol_columns(PlanItemRow, item.protocol),
        PlanItemRow.exercise: item.exercise_id,
        PlanItemRow.archived: item.archived,
    }


def plan_item_record(row: PlanItemRow) -> PlanItem:
    """A plan item from its row."""
    try:
        return PlanItem(
            id=row.id,
            profile_id=_int(row.profile_id),
            kind=_ITEM_KIND[row.kind],
            label=row.label,
            weekdays=_weekdays(row.weekdays),
            at=_time_of_day(row.at_minute),
            start_date=date.fromisoformat(row.start_date),
            end_date=_optional(date.fromisoformat, row.end_date),
            position=_int(row.position),
            heads_up=bool(row.heads_up),
            site=_optional(BodySite.parse, row.site),
            modality=_MODALITY.optional(row.modality),
            barrier=_BARRIER[row.barrier],
            minutes=_int(row.minutes),
            water_temp_c=_optional(_float, row.water_temp_c),
            protocol=_protocol(row),
            exercise_id=_optional(_int, row.exercise_id),
            archived=bool(row.archived),
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


def log_columns(log: OccurrenceLog) -> Columns:
    """The occurrence-log row; (item, day) is its identity."""
    return {
        OccurrenceLogRow.profile: log.profile_id,
        OccurrenceLogRow.item: log.item_id,
        OccurrenceLogRow.day: day_text(log.day),
        OccurrenceLogRow.done_at_ms: _optional(to_ms, log.done_at),
        OccurrenceLogRow.skip_reason: _optional(str, log.skip_reason),
        OccurrenceLogRow.skip_note: log.skip_note,
        OccurrenceLogRow.snoozes: log.snoozes,
        OccurrenceLogRow.snoozed_until_ms: _optional(to_ms, log.snoozed_until),
        OccurrenceLogRow.notified_at_ms: _optional(to_ms, log.notified_at),
        OccurrenceLogRow.missed_shown: log.missed_shown,
    }


def log_record(row: OccurrenceLogRow) -> OccurrenceLog:
    """An occurrence log from its row."""
    try:
        return OccurrenceLog(
            id=row.id,
            profile_id=_int(row.profile_id),
            item_id=_int(row.item_id),
            day=date.fromisoformat(row.day),
            done_at=_optional(from_ms, row.done_at_ms),
            skip_reason=_SKIP_REASON.optional(row.skip_reason),
            skip_note=row.skip_note,
            snoozes=_int(row.snoozes),
            snoozed_until=_optional(from_ms, row.snoozed_until_ms),
            notified_at=_optional(from_ms, row.notified_at_ms),
            missed_shown=bool(row.missed_shown),
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


# ----------------------------------------------------------------------------- exercises


def exercise_columns(exercise: Exercise) -> Columns:
    """The exercise row, with its picture as a BLOB."""
    return {
        ExerciseRow.name: exercise.name,
        ExerciseRow.instructions: exercise.instructions,
        ExerciseRow.region: str(exercise.region),
        ExerciseRow.sets: exercise.sets,
        ExerciseRow.reps: exercise.reps,
        ExerciseRow.hold_seconds: exercise.hold_seconds,
        ExerciseRow.rest_seconds: exercise.rest_seconds,
        ExerciseRow.picture: exercise.picture,
        ExerciseRow.builtin_key: exercise.builtin_key,
        ExerciseRow.archived: exercise.archived,
    }


def exercise_record(row: ExerciseRow) -> Exercise:
    """An exercise from its row."""
    try:
        return Exercise(
            id=row.id,
            name=row.name,
            instructions=row.instructions,
            region=_BODY_REGION[row.region],
            sets=_int(row.sets),
            reps=_int(row.reps),
            hold_seconds=_int(row.hold_seconds),
            rest_seconds=_int(row.rest_seconds),
            picture=_optional(_bytes, row.picture),
            builtin_key=row.builtin_key,
            archived=bool(row.archived),
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


def completion_columns(completion: ExerciseCompletion) -> Columns:
    """The exercise-completion row."""
    return {
        ExerciseCompletionRow.profile: completion.profile_id,
        ExerciseCompletionRow.exercise: completion.exercise_id,
        ExerciseCompletionRow.completed_at_ms: to_ms(completion.completed_at),
        ExerciseCompletionRow.sets_done: completion.sets_done,
        ExerciseCompletionRow.reps_done: completion.reps_done,
        ExerciseCompletionRow.effort: str(completion.effort),
        ExerciseCompletionRow.pain: completion.pain,
        ExerciseCompletionRow.plan_item: completion.plan_item_id,
        ExerciseCompletionRow.note: completion.note,
    }


def completion_record(row: ExerciseCompletionRow) -> ExerciseCompletion:
    """An exercise completion from its row."""
    try:
        return ExerciseCompletion(
            id=row.id,
            profile_id=_int(row.profile_id),
            exercise_id=_int(row.exercise_id),
            completed_at=from_ms(row.completed_at_ms),
            sets_done=_int(row.sets_done),
            reps_done=_int(row.reps_done),
            effort=_EFFORT[row.effort],
            pain=_optional(_int, row.pain),
            plan_item_id=_optional(_int, row.plan_item_id),
            note=row.note,
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


# ----------------------------------------------------------------------------- PEG


def peg_columns(response: PegResponse) -> Columns:
    """The PEG-response row."""
    return {
        PegResponseRow.profile: response.profile_id,
        PegResponseRow.answered_at_ms: to_ms(response.answered_at),
        PegResponseRow.pain: response.pain,
        PegResponseRow.enjoyment: response.enjoyment,
        PegResponseRow.activity: response.activity,
        PegResponseRow.note: response.note,
    }


def peg_record(row: PegResponseRow) -> PegResponse:
    """A PEG response from its row."""
    try:
        return PegResponse(
            id=row.id,
            profile_id=_int(row.profile_id),
            answered_at=from_ms(row.answered_at_ms),
            pain=_int(row.pain),
            enjoyment=_int(row.enjoyment),
            activity=_int(row.activity),
            note=row.note,
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem


# ----------------------------------------------------------------------------- audit trail


def instant_text(moment: datetime) -> str:
    """An instant as the audit trail writes it: ISO 8601 UTC to the stored millisecond."""
    stored = from_ms(to_ms(moment))
    return stored.isoformat(timespec="milliseconds").replace("+00:00", "Z")


# Values JSON has no type for, as text (a datetime is a date too: it comes first).
_AS_TEXT: tuple[tuple[type[Any], Callable[[Any], str]], ...] = (
    (BodySite, lambda site: str(site.code)),
    (StrEnum, str),
    (datetime, instant_text),
    (date, day_text),
)


def _plain(value: object) -> object:
    """``value`` as JSON data: records by field name, codes as text, sets sorted."""
    for kind, as_text in _AS_TEXT:
        if isinstance(value, kind):
            return as_text(value)
    if isinstance(value, frozenset | set):
        return sorted((_plain(item) for item in value), key=str)
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def record_json(record: object) -> str:
    """A record as the audit trail keeps it: deterministic JSON (sorted keys, ISO instants)."""
    return json.dumps(_plain(record), sort_keys=True, ensure_ascii=False, allow_nan=False)


def audit_columns(entry: AuditEntry) -> Columns:
    """The audit-entry row."""
    return {
        AuditEntryRow.profile: entry.profile_id,
        AuditEntryRow.kind: str(entry.kind),
        AuditEntryRow.record_id: entry.record_id,
        AuditEntryRow.action: str(entry.action),
        AuditEntryRow.at_ms: to_ms(entry.at),
        AuditEntryRow.before_json: entry.before_json,
        AuditEntryRow.after_json: entry.after_json,
    }


def audit_record(row: AuditEntryRow) -> AuditEntry:
    """An audit entry from its row."""
    try:
        return AuditEntry(
            id=row.id,
            profile_id=_int(row.profile_id),
            kind=_RECORD_KIND[row.kind],
            record_id=_int(row.record_id),
            action=_AUDIT_ACTION[row.action],
            at=from_ms(row.at_ms),
            before_json=row.before_json,
            after_json=row.after_json,
        )
    except ValueError as problem:
        raise _unreadable(row, problem) from problem
