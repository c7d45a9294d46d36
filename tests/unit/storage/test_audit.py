"""Editing and deleting records afterwards: undo puts every row back, and every change to a
safety record is kept in the audit trail, in the same transaction as the change."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any, NoReturn

import pytest

from coldcare.domain.audit import (
    AuditAction,
    AuditEntry,
    CannotRestoreError,
    DeletedRecord,
    RecordKind,
)
from coldcare.domain.records import Profile
from coldcare.storage import mapping
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.errors import MissingRowError
from coldcare.storage.files import DATABASE_NAME
from coldcare.storage.migrations import execute
from coldcare.storage.repositories import (
    SqliteClinicVisitRepository,
    SqliteExerciseRepository,
    SqlitePainRepository,
    SqlitePegRepository,
    SqliteProfileRepository,
    SqliteRecordEditor,
    SqliteSafetyEventRepository,
    SqliteSessionRepository,
    SqliteTransactions,
)
from tests.fakes import FakeClock
from tests.unit.storage.samples import (
    HOUR,
    KNEE_LEFT,
    T0,
    clinic_visit,
    completion,
    count_rows,
    custom_exercise,
    peg,
    rating,
    read_everything,
    simple_session,
    store_one_of_everything,
)

FIXTURES = Path(__file__).resolve().parents[2] / "data"
EVER = (T0 - 5000 * 24 * HOUR, T0 + 5000 * 24 * HOUR)


@pytest.fixture
def editor(storage: Storage) -> SqliteRecordEditor:
    """The record editor on the test's storage."""
    return SqliteRecordEditor(storage)


def _tables(storage: Storage) -> list[str]:
    found = execute(
        storage.database,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    return sorted(name for (name,) in found)


def _dump(
    storage: Storage, *, leave_out: tuple[str, ...] = ()
) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (but ``leave_out``), in id order; phases without their id,
    which is no one's to see."""
    dump: dict[str, list[tuple[object, ...]]] = {}
    for table in _tables(storage):
        if table in leave_out:
            continue
        columns = (
            "session_id, position, kind, start_ms, end_ms" if table == "session_phase" else "*"
        )
        query = f'SELECT {columns} FROM "{table}" ORDER BY rowid'
        dump[table] = execute(storage.database, query).fetchall()
    return dump


def _trail(editor: SqliteRecordEditor, profile_id: int) -> list[AuditEntry]:
    return editor.audit_trail(profile_id, *EVER)


def _raise(*_: object) -> NoReturn:
    raise RuntimeError("the audit entry could not be written")


# ----------------------------------------------------------------------------- edits


def test_editing_a_session_keeps_the_before_and_after_in_the_trail(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int, clock: FakeClock
) -> None:
    sessions = SqliteSessionRepository(storage)
    session_id = store_one_of_everything(storage, profile_id)
    before = sessions.get_session(session_id)
    assert before is not None
    clock.advance(minutes=90)
    edited = dataclasses.replace(before, note="Stopped early: white skin.", skin_after=None)
    assert editor.update(RecordKind.SESSION, edited) == edited
    assert sessions.get_session(session_id) == edited
    entry = _trail(editor, profile_id)[-1]
    assert (entry.profile_id, entry.kind, entry.record_id, entry.action, entry.at) == (
        profile_id,
        RecordKind.SESSION,
        session_id,
        AuditAction.EDITED,
        T0 + 90 * timedelta(minutes=1),
    )
    assert entry.before_json == mapping.record_json(before)
    assert entry.after_json == mapping.record_json(edited)
    assert json.loads(entry.before_json)["note"] == before.note
    assert json.loads(entry.after_json)["skin_after"] is None
    assert editor.edited_ids(profile_id, RecordKind.SESSION) == {session_id}


def test_an_edit_that_changes_the_phases_rewrites_them(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    sessions = SqliteSessionRepository(storage)
    session_id = store_one_of_everything(storage, profile_id)
    before = sessions.get_session(session_id)
    assert before is not None
    shorter = dataclasses.replace(before, phases=before.phases[:1])
    editor.update(RecordKind.SESSION, shorter)
    assert sessions.get_session(session_id) == shorter
    assert count_rows(storage, "session_phase") == 1


def test_the_trail_json_is_sorted_with_iso_instants_and_sorted_codes(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    session_id = store_one_of_everything(storage, profile_id)
    session = SqliteSessionRepository(storage).get_session(session_id)
    assert session is not None
    editor.update(RecordKind.SESSION, dataclasses.replace(session, note=""))
    text = _trail(editor, profile_id)[-1].before_json
    data = json.loads(text)
    assert text == json.dumps(data, sort_keys=True, ensure_ascii=False)
    assert data["started_at"] == "2026-03-02T09:00:00.000Z"
    assert data["removed_at"] == "2026-03-02T09:24:30.000Z"
    assert data["site"] == "knee-outer-left"
    assert data["stop_signs"] == ["numbness", "white-skin"]
    assert data["protocol"] == {"first_on_minutes": 10, "off_minutes": 10, "second_on_minutes": 10}
    assert data["phases"][0] == {
        "kind": "cold-on",
        "start": "2026-03-02T09:00:00.000Z",
        "end": "2026-03-02T09:10:00.000Z",
    }


def test_a_skin_check_edit_is_audited_for_the_profile_of_its_session(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    sessions = SqliteSessionRepository(storage)
    session_id = store_one_of_everything(storage, profile_id)
    (check,) = sessions.skin_checks(session_id)
    corrected = dataclasses.replace(check, symptoms=frozenset())
    editor.update(RecordKind.SKIN_CHECK, corrected)
    assert sessions.skin_checks(session_id) == [corrected]
    entry = _trail(editor, profile_id)[-1]
    assert (entry.kind, entry.record_id, entry.profile_id) == (
        RecordKind.SKIN_CHECK,
        check.id,
        profile_id,
    )
    assert editor.edited_ids(profile_id, RecordKind.SKIN_CHECK) == {check.id}


def test_an_unchanged_save_writes_no_audit_entry(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    store_one_of_everything(storage, profile_id)
    (event,) = SqliteSafetyEventRepository(storage).events_between(profile_id, *EVER)
    entries = _trail(editor, profile_id)
    assert editor.update(RecordKind.ADVERSE_EVENT, event) == event
    assert _trail(editor, profile_id) == entries


Store = Callable[[Storage, int], Any]
Read = Callable[[Storage, int], list[Any]]


def _exercise_id(storage: Storage) -> int:
    return SqliteExerciseRepository(storage).save_exercise(custom_exercise()).id or 0


# The records that are not safety records: how to store one, how to read them all, a change.
_OTHER_KINDS: list[tuple[RecordKind, Store, Read, dict[str, object]]] = [
    (
        RecordKind.PAIN_RATING,
        lambda s, p: SqlitePainRepository(s).add_rating(rating(p)),
        lambda s, p: SqlitePainRepository(s).ratings_between(p, *EVER),
        {"value": 2, "note": ""},
    ),
    (
        RecordKind.PEG,
        lambda s, p: SqlitePegRepository(s).add_peg(peg(p)),
        lambda s, p: SqlitePegRepository(s).pegs_between(p, *EVER),
        {"activity": 3},
    ),
    (
        RecordKind.CLINIC_VISIT,
        lambda s, p: SqliteClinicVisitRepository(s).add_visit(clinic_visit(p)),
        lambda s, p: SqliteClinicVisitRepository(s).visits_between(p, *EVER),
        {"minutes": 3.0},
    ),
    (
        RecordKind.EXERCISE_COMPLETION,
        lambda s, p: SqliteExerciseRepository(s).add_completion(completion(p, _exercise_id(s))),
        lambda s, p: SqliteExerciseRepository(s).completions_between(p, *EVER),
        {"sets_done": 3, "pain": None},
    ),
]


@pytest.mark.parametrize(("kind", "store", "read", "change"), _OTHER_KINDS, ids=str)
def test_other_records_are_edited_deleted_and_restored_without_an_audit_entry(
    storage: Storage,
    editor: SqliteRecordEditor,
    profile_id: int,
    kind: RecordKind,
    store: Store,
    read: Read,
    change: dict[str, object],
) -> None:
    stored = store(storage, profile_id)
    edited = dataclasses.replace(stored, **change)
    assert editor.update(kind, edited) == edited
    assert read(storage, profile_id) == [edited]
    deleted = editor.delete(kind, stored.id)
    assert read(storage, profile_id) == []
    editor.restore(deleted)
    assert read(storage, profile_id) == [edited]
    assert _trail(editor, profile_id) == []
    assert editor.edited_ids(profile_id, kind) == set()


def test_an_edit_cannot_change_the_kind_the_owner_or_a_missing_record(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    session_id = store_one_of_everything(storage, profile_id)
    other = SqliteProfileRepository(storage).save_profile(Profile("Someone Else", 1990)).id
    session = SqliteSessionRepository(storage).get_session(session_id)
    (check,) = SqliteSessionRepository(storage).skin_checks(session_id)
    assert session is not None
    before = _dump(storage)
    with pytest.raises(
        TypeError, match="'adverse-event' takes AdverseEvent records, not SessionRecord"
    ):
        editor.update(RecordKind.ADVERSE_EVENT, session)
    with pytest.raises(ValueError, match="cannot move to another profile"):
        editor.update(RecordKind.SESSION, dataclasses.replace(session, profile_id=other or 0))
    with pytest.raises(ValueError, match="cannot move to another session"):
        editor.update(RecordKind.SKIN_CHECK, dataclasses.replace(check, session_id=0))
    with pytest.raises(ValueError, match="has no id"):
        editor.update(RecordKind.SESSION, dataclasses.replace(session, id=None))
    with pytest.raises(MissingRowError, match=f"no session record {session_id + 1}"):
        editor.update(RecordKind.SESSION, dataclasses.replace(session, id=session_id + 1))
    with pytest.raises(MissingRowError, match="no peg record 7"):
        editor.delete(RecordKind.PEG, 7)
    assert _dump(storage) == before


# ----------------------------------------------------------------------------- deletion and undo


def test_deleting_a_session_takes_its_checks_follow_up_ratings_and_heartbeat(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    session_id = store_one_of_everything(storage, profile_id)
    SqlitePainRepository(storage).add_rating(rating(profile_id, T0 + HOUR))  # not the session's
    deleted = editor.delete(RecordKind.SESSION, session_id)
    assert SqliteSessionRepository(storage).get_session(session_id) is None
    for table in ("session", "session_phase", "skin_check", "follow_up", "heartbeat"):
        assert count_rows(storage, table) == 0, table
    assert count_rows(storage, "pain_rating") == 1
    (event,) = SqliteSafetyEventRepository(storage).events_between(profile_id, *EVER)
    assert event.session_id is None  # the warning sign stays: it is a safety record
    assert (deleted.kind, deleted.record_id, deleted.profile_id) == (
        RecordKind.SESSION,
        session_id,
        profile_id,
    )
    assert len(deleted.skin_checks) == len(deleted.pain_ratings) == 1
    assert deleted.follow_up is not None
    assert deleted.last_beat == T0
    assert deleted.unlinked_event_ids == (event.id,)


def test_undoing_a_session_deletion_brings_every_row_back_with_its_id(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    session_id = store_one_of_everything(storage, profile_id)
    records = [r for r in read_everything(storage) if not isinstance(r, AuditEntry)]
    rows = _dump(storage, leave_out=("audit_entry",))
    editor.restore(editor.delete(RecordKind.SESSION, session_id))
    assert _dump(storage, leave_out=("audit_entry",)) == rows
    assert [r for r in read_everything(storage) if not isinstance(r, AuditEntry)] == records


def test_a_session_deletion_and_its_undo_are_audited_with_its_skin_checks(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int, clock: FakeClock
) -> None:
    session_id = store_one_of_everything(storage, profile_id)
    session = SqliteSessionRepository(storage).get_session(session_id)
    (check,) = SqliteSessionRepository(storage).skin_checks(session_id)
    earlier = _trail(editor, profile_id)
    clock.advance(minutes=5)
    deleted = editor.delete(RecordKind.SESSION, session_id)
    clock.advance(seconds=10)
    editor.restore(deleted)
    entries = _trail(editor, profile_id)[len(earlier) :]
    session_json, check_json = mapping.record_json(session), mapping.record_json(check)
    assert [(e.kind, e.record_id, e.action, e.before_json, e.after_json) for e in entries] == [
        (RecordKind.SESSION, session_id, AuditAction.DELETED, session_json, None),
        (RecordKind.SKIN_CHECK, check.id, AuditAction.DELETED, check_json, None),
        (RecordKind.SESSION, session_id, AuditAction.RESTORED, session_json, session_json),
        (RecordKind.SKIN_CHECK, check.id, AuditAction.RESTORED, check_json, check_json),
    ]
    assert [e.at - T0 for e in entries] == [timedelta(minutes=5)] * 2 + [
        timedelta(minutes=5, seconds=10)
    ] * 2
    assert {e.profile_id for e in entries} == {profile_id}


def test_deleting_a_warning_sign_keeps_its_site_lock_and_undo_links_it_again(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    store_one_of_everything(storage, profile_id)
    safety = SqliteSafetyEventRepository(storage)
    (event,) = safety.events_between(profile_id, *EVER)
    (lock,) = safety.active_locks(profile_id, T0)
    deleted = editor.delete(RecordKind.ADVERSE_EVENT, event.id or 0)
    assert safety.events_between(profile_id, *EVER) == []
    assert safety.active_locks(profile_id, T0) == [dataclasses.replace(lock, event_id=None)]
    editor.restore(deleted)
    assert safety.events_between(profile_id, *EVER) == [event]
    assert safety.active_locks(profile_id, T0) == [lock]
    assert [e.action for e in _trail(editor, profile_id)][-2:] == [
        AuditAction.DELETED,
        AuditAction.RESTORED,
    ]


def test_a_pain_rating_deletion_needs_no_audit_entry_and_can_be_undone(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    session_id = store_one_of_everything(storage, profile_id)
    pain = SqlitePainRepository(storage)
    (stored,) = pain.ratings_for_session(session_id)
    entries = _trail(editor, profile_id)
    deleted = editor.delete(RecordKind.PAIN_RATING, stored.id or 0)
    assert pain.ratings_for_session(session_id) == []
    assert deleted == DeletedRecord(RecordKind.PAIN_RATING, stored, profile_id)
    editor.restore(deleted)
    assert pain.ratings_for_session(session_id) == [stored]
    assert _trail(editor, profile_id) == entries


def test_undo_fails_cleanly_when_the_id_was_taken_again(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    sessions = SqliteSessionRepository(storage)
    first = sessions.save_session(simple_session(profile_id, KNEE_LEFT, T0))
    deleted = editor.delete(RecordKind.SESSION, first.id or 0)
    newer = sessions.save_session(simple_session(profile_id, KNEE_LEFT, T0 + 3 * HOUR))
    assert newer.id == first.id  # SQLite hands out the highest id again
    before = _dump(storage)
    with pytest.raises(CannotRestoreError, match=f"deleted session {first.id} cannot be put"):
        editor.restore(deleted)
    assert _dump(storage) == before


def test_undo_fails_cleanly_when_what_the_record_belonged_to_is_gone(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    session_id = store_one_of_everything(storage, profile_id)
    (stored,) = SqlitePainRepository(storage).ratings_for_session(session_id)
    deleted_rating = editor.delete(RecordKind.PAIN_RATING, stored.id or 0)
    editor.delete(RecordKind.SESSION, session_id)
    before = _dump(storage)
    with pytest.raises(CannotRestoreError, match="FOREIGN KEY"):
        editor.restore(deleted_rating)
    assert _dump(storage) == before


# ----------------------------------------------------------------------------- all or nothing


def test_a_failed_audit_entry_leaves_the_database_unchanged(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id = store_one_of_everything(storage, profile_id)
    session = SqliteSessionRepository(storage).get_session(session_id)
    assert session is not None
    deleted = editor.delete(RecordKind.SESSION, session_id)
    editor.restore(deleted)
    before = _dump(storage)
    monkeypatch.setattr(mapping, "audit_columns", _raise)
    attempts: list[Callable[[], object]] = [
        lambda: editor.update(RecordKind.SESSION, dataclasses.replace(session, note="")),
        lambda: editor.delete(RecordKind.SESSION, session_id),
    ]
    for attempt in attempts:
        with pytest.raises(RuntimeError, match="could not be written"):
            attempt()
        assert _dump(storage) == before
    monkeypatch.undo()
    editor.delete(RecordKind.SESSION, session_id)
    after_delete = _dump(storage)
    monkeypatch.setattr(mapping, "audit_columns", _raise)
    with pytest.raises(RuntimeError, match="could not be written"):
        editor.restore(deleted)
    assert _dump(storage) == after_delete


def test_a_deletion_inside_a_transaction_that_fails_is_undone_with_it(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    session_id = store_one_of_everything(storage, profile_id)
    before = _dump(storage)
    with (  # noqa: PT012
        pytest.raises(RuntimeError, match="changed my mind"),
        SqliteTransactions(storage).atomic(),
    ):
        editor.delete(RecordKind.SESSION, session_id)
        raise RuntimeError("changed my mind")
    assert _dump(storage) == before


# ----------------------------------------------------------------------------- the trail


def test_the_trail_is_per_profile_from_start_up_to_end_oldest_first(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int, clock: FakeClock
) -> None:
    profiles = SqliteProfileRepository(storage)
    other = profiles.save_profile(Profile("Someone Else", 1990)).id or 0
    sessions = SqliteSessionRepository(storage)
    mine = [
        sessions.save_session(simple_session(profile_id, KNEE_LEFT, T0 + n * HOUR))
        for n in range(3)
    ]
    theirs = sessions.save_session(simple_session(other, KNEE_LEFT, T0))
    for session in (mine[2], theirs, mine[0], mine[1]):
        clock.advance(minutes=1)
        editor.update(RecordKind.SESSION, dataclasses.replace(session, note="Corrected."))
    minute = timedelta(minutes=1)
    assert [e.record_id for e in editor.audit_trail(profile_id, T0, T0 + 4 * minute)] == [
        mine[2].id,
        mine[0].id,
    ]
    assert [e.record_id for e in editor.audit_trail(profile_id, T0 + 3 * minute, T0 + HOUR)] == [
        mine[0].id,
        mine[1].id,
    ]
    assert [e.record_id for e in _trail(editor, other)] == [theirs.id]
    assert editor.edited_ids(profile_id, RecordKind.SESSION) == {s.id for s in mine}
    assert editor.edited_ids(profile_id, RecordKind.ADVERSE_EVENT) == set()


def test_an_edited_record_stays_marked_after_its_deletion_is_undone(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    session_id = store_one_of_everything(storage, profile_id)
    (check,) = SqliteSessionRepository(storage).skin_checks(session_id)
    editor.update(RecordKind.SKIN_CHECK, dataclasses.replace(check, number=2))
    deleted = editor.delete(RecordKind.SESSION, session_id)
    assert editor.edited_ids(profile_id, RecordKind.SKIN_CHECK) == set()
    editor.restore(deleted)
    assert editor.edited_ids(profile_id, RecordKind.SKIN_CHECK) == {check.id}
    assert editor.edited_ids(profile_id, RecordKind.SESSION) == set()


def test_a_new_record_with_a_deleted_ones_id_is_not_marked_edited(
    storage: Storage, editor: SqliteRecordEditor, profile_id: int
) -> None:
    sessions = SqliteSessionRepository(storage)
    first = sessions.save_session(simple_session(profile_id, KNEE_LEFT, T0))
    editor.update(RecordKind.SESSION, dataclasses.replace(first, note="Corrected."))
    editor.delete(RecordKind.SESSION, first.id or 0)
    newer = sessions.save_session(simple_session(profile_id, KNEE_LEFT, T0 + 3 * HOUR))
    assert newer.id == first.id
    assert editor.edited_ids(profile_id, RecordKind.SESSION) == set()


def test_records_of_an_upgraded_version_2_file_can_be_edited_deleted_and_restored(
    data_dir: Path, clock: FakeClock
) -> None:
    data_dir.mkdir()
    shutil.copyfile(FIXTURES / "schema_v2.sqlite", data_dir / DATABASE_NAME)
    with open_storage(data_dir, clock) as storage:
        editor = SqliteRecordEditor(storage)
        (profile,) = [p for p in SqliteProfileRepository(storage).list_profiles() if p.id == 1]
        (session, *_) = SqliteSessionRepository(storage).sessions_between(1, *EVER)
        records = read_everything(storage)
        editor.update(RecordKind.SESSION, dataclasses.replace(session, note="Checked."))
        editor.restore(editor.delete(RecordKind.SESSION, session.id or 0))
        assert [e.action for e in _trail(editor, profile.id or 0)] == [
            AuditAction.EDITED,
            AuditAction.DELETED,
            AuditAction.DELETED,
            AuditAction.RESTORED,
            AuditAction.RESTORED,
        ]
        edited = dataclasses.replace(session, note="Checked.")
        now = [r for r in read_everything(storage) if not isinstance(r, AuditEntry)]
        assert now == [edited if r == session else r for r in records]
