"""Editing and deleting records afterwards, with undo, and the audit trail of safety records.

The history table lets a person correct or delete any record. Changes to safety records
(sessions, skin checks, adverse events) are never silent: each edit, deletion and undo is kept
as an :class:`AuditEntry` with the record before and after, as JSON, and reports mark the edited
records. A deletion returns a :class:`DeletedRecord`, the token that undo hands back to put
every row back as it was, with the same ids.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TypeAlias

from coldcare.domain.exercises import ExerciseCompletion
from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.records import (
    AdverseEvent,
    ClinicVisit,
    FollowUp,
    PainRating,
    SessionRecord,
    SkinCheck,
)

AuditedRecord: TypeAlias = (
    SessionRecord
    | SkinCheck
    | AdverseEvent
    | PainRating
    | PegResponse
    | ExerciseCompletion
    | ClinicVisit
)


class RecordKind(StrEnum):
    """The kinds of record the history table lists, edits and deletes."""

    SESSION = "session"
    SKIN_CHECK = "skin-check"
    ADVERSE_EVENT = "adverse-event"
    PAIN_RATING = "pain-rating"
    PEG = "peg"
    EXERCISE_COMPLETION = "exercise-completion"
    CLINIC_VISIT = "clinic-visit"

    @property
    def is_safety(self) -> bool:
        """Whether changes to records of this kind are kept in the audit trail."""
        return self in SAFETY_KINDS


SAFETY_KINDS = frozenset({RecordKind.SESSION, RecordKind.SKIN_CHECK, RecordKind.ADVERSE_EVENT})

RECORD_TYPES: dict[RecordKind, type[AuditedRecord]] = {
    RecordKind.SESSION: SessionRecord,
    RecordKind.SKIN_CHECK: SkinCheck,
    RecordKind.ADVERSE_EVENT: AdverseEvent,
    RecordKind.PAIN_RATING: PainRating,
    RecordKind.PEG: PegResponse,
    RecordKind.EXERCISE_COMPLETION: ExerciseCompletion,
    RecordKind.CLINIC_VISIT: ClinicVisit,
}

RECORD_KIND_NAMES: dict[RecordKind, str] = {
    RecordKind.SESSION: QT_TRANSLATE_NOOP("RecordKind", "Cold session"),
    RecordKind.SKIN_CHECK: QT_TRANSLATE_NOOP("RecordKind", "Skin check"),
    RecordKind.ADVERSE_EVENT: QT_TRANSLATE_NOOP("RecordKind", "Warning sign"),
    RecordKind.PAIN_RATING: QT_TRANSLATE_NOOP("RecordKind", "Pain rating"),
    RecordKind.PEG: QT_TRANSLATE_NOOP("RecordKind", "Weekly pain questions (PEG)"),
    RecordKind.EXERCISE_COMPLETION: QT_TRANSLATE_NOOP("RecordKind", "Exercise"),
    RecordKind.CLINIC_VISIT: QT_TRANSLATE_NOOP("RecordKind", "Clinic visit"),
}


def check_kind(kind: RecordKind, record: AuditedRecord) -> None:
    """Raise ``TypeError`` unless ``record`` is a record of ``kind``."""
    expected = RECORD_TYPES[kind]
    if not isinstance(record, expected):
        raise TypeError(
            f"kind '{kind}' takes {expected.__name__} records, not {type(record).__name__}"
        )


class AuditAction(StrEnum):
    """What was done to a safety record."""

    EDITED = "edited"
    DELETED = "deleted"
    RESTORED = "restored"


AUDIT_ACTION_NAMES: dict[AuditAction, str] = {
    AuditAction.EDITED: QT_TRANSLATE_NOOP("AuditAction", "Edited"),
    AuditAction.DELETED: QT_TRANSLATE_NOOP("AuditAction", "Deleted"),
    AuditAction.RESTORED: QT_TRANSLATE_NOOP("AuditAction", "Deletion undone"),
}


@dataclass(frozen=True)
class AuditEntry:
    """One change to one safety record.

    ``before_json`` is the record before the change (for ``restored``: as it was deleted);
    ``after_json`` the record after it (``None`` for ``deleted``; for ``restored`` the record
    brought back, the same as ``before_json``). Both are deterministic JSON: sorted keys, times
    as ISO 8601 UTC instants.
    """

    profile_id: int
    kind: RecordKind
    record_id: int
    action: AuditAction
    at: datetime
    before_json: str
    after_json: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class DeletedRecord:
    """What a deletion removed: everything undo needs to put it back with the same ids.

    A session takes its skin checks, follow-up, pain ratings and heartbeat with it; the
    adverse events that referred to it (and the site locks that referred to a deleted event)
    stay, no longer linked, and undo links them again.
    """

    kind: RecordKind
    record: AuditedRecord
    profile_id: int
    skin_checks: tuple[SkinCheck, ...] = ()
    follow_up: FollowUp | None = None
    pain_ratings: tuple[PainRating, ...] = ()
    last_beat: datetime | None = None
    unlinked_event_ids: tuple[int, ...] = ()
    unlinked_lock_ids: tuple[int, ...] = ()

    @property
    def record_id(self) -> int:
        """The id the record had, and gets back on undo."""
        if self.record.id is None:
            raise ValueError("a deleted record always has the id it was stored with")
        return self.record.id


class CannotRestoreError(RuntimeError):
    """Undo cannot put a record back: its id is taken again, or what it belonged to is gone."""


def edited_record_ids(entries: Iterable[AuditEntry]) -> set[int]:
    """The ids of the records that stand edited after ``entries`` (oldest first, one kind).

    A deletion sets a record's edits aside and its undo brings them back, so a record that
    later gets the id of a deleted one is not marked for the deleted one's edits.
    """
    edited: set[int] = set()
    set_aside: dict[int, bool] = {}
    for entry in entries:
        if entry.action is AuditAction.EDITED:
            edited.add(entry.record_id)
        elif entry.action is AuditAction.DELETED:
            set_aside[entry.record_id] = entry.record_id in edited
            edited.discard(entry.record_id)
        elif set_aside.pop(entry.record_id, False):
            edited.add(entry.record_id)
    return edited


# The field of each audited kind's JSON that says when the record happened.
_MOMENT_FIELDS = {
    RecordKind.SESSION: "started_at",
    RecordKind.SKIN_CHECK: "answered_at",
    RecordKind.ADVERSE_EVENT: "occurred_at",
}


@dataclass(frozen=True)
class Deletion:
    """A safety record deleted and not brought back: what it was, when, and when deleted."""

    kind: RecordKind
    happened_at: datetime
    deleted_at: datetime
    site_code: str | None


def standing_deletions(entries: Iterable[AuditEntry]) -> list[Deletion]:
    """The deletions among ``entries`` (oldest first) that no undo followed, oldest first.

    A skin check deleted together with its session (the same instant) is left out: the
    session's deletion says it.
    """
    deleted: dict[tuple[RecordKind, int], AuditEntry] = {}
    for entry in entries:
        key = (entry.kind, entry.record_id)
        if entry.action is AuditAction.DELETED:
            deleted[key] = entry
        elif entry.action is AuditAction.RESTORED:
            deleted.pop(key, None)
    sessions_gone = {e.at for e in deleted.values() if e.kind is RecordKind.SESSION}
    return [
        _deletion(entry)
        for entry in sorted(deleted.values(), key=lambda e: e.at)
        if entry.kind in _MOMENT_FIELDS
        and not (entry.kind is RecordKind.SKIN_CHECK and entry.at in sessions_gone)
    ]


def _deletion(entry: AuditEntry) -> Deletion:
    record = json.loads(entry.before_json)
    site = record.get("site")
    return Deletion(
        kind=entry.kind,
        happened_at=datetime.fromisoformat(record[_MOMENT_FIELDS[entry.kind]]),
        deleted_at=entry.at,
        site_code=site if isinstance(site, str) else None,
    )
