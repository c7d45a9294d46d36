"""Which safety records stand deleted: a deletion counts until an undo brings the record back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from coldcare.domain.audit import AuditAction, AuditEntry, RecordKind, standing_deletions

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
EVENT = '{"occurred_at": "2026-03-01T08:00:00.000Z", "site": "knee-left"}'
SESSION = '{"started_at": "2026-03-01T07:00:00.000Z", "site": "lower-back"}'
CHECK = '{"answered_at": "2026-03-01T07:05:00.000Z"}'


def entry(
    kind: RecordKind, record_id: int, action: AuditAction, minutes: int, json: str
) -> AuditEntry:
    return AuditEntry(1, kind, record_id, action, T0 + timedelta(minutes=minutes), json)


def test_a_deletion_stands_until_undone_and_a_session_speaks_for_its_checks() -> None:
    entries = [
        entry(RecordKind.ADVERSE_EVENT, 4, AuditAction.EDITED, 0, EVENT),
        entry(RecordKind.ADVERSE_EVENT, 4, AuditAction.DELETED, 1, EVENT),
        entry(RecordKind.SESSION, 2, AuditAction.DELETED, 2, SESSION),
        entry(RecordKind.SKIN_CHECK, 9, AuditAction.DELETED, 2, CHECK),
        entry(RecordKind.SKIN_CHECK, 8, AuditAction.DELETED, 3, CHECK),
        entry(RecordKind.SKIN_CHECK, 8, AuditAction.RESTORED, 4, CHECK),
    ]
    found = standing_deletions(entries)
    assert [(d.kind, d.happened_at.hour, d.site_code) for d in found] == [
        (RecordKind.ADVERSE_EVENT, 8, "knee-left"),
        (RecordKind.SESSION, 7, "lower-back"),
    ]
    assert found[0].deleted_at == T0 + timedelta(minutes=1)
