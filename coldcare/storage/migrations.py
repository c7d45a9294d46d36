"""Numbered schema migrations, kept in code so a frozen (PyInstaller) bundle carries them.

The schema version lives in ``PRAGMA user_version``: 0 is a new, empty file. Migration *N*
takes a version *N − 1* database to version *N*, inside one transaction together with the
version bump. A backup copy is taken before each migration of a file that holds data, and a
file from a newer ColdCare is refused before anything touches it.

Adding a migration:

1. append ``Migration(N, "what changes", steps)`` to :data:`MIGRATIONS` — ``steps`` receives
   the database; use ``playhouse.migrate`` (``SqliteMigrator(database)``) or :func:`sql_steps`;
2. change ``models.py`` to match (``test_migrations`` checks the two agree);
3. run ``.venv/bin/python -m tests.data.make_fixtures`` to write ``tests/data/schema_vN.sqlite``
   and commit it next to the older fixtures, which must never be regenerated.

Never edit a migration that has been released; write a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from peewee import SqliteDatabase

from coldcare.domain.clock import Clock
from coldcare.storage.backups import take_backup
from coldcare.storage.errors import DatabaseTooNewError, MigrationError
from coldcare.storage.files import DataFolder

Steps = Callable[[SqliteDatabase], None]


@dataclass(frozen=True)
class Migration:
    """One step of the schema: ``version`` is the schema it produces."""

    version: int
    summary: str
    steps: Steps


def execute(
    database: SqliteDatabase, statement: str, params: Sequence[object] = ()
) -> sqlite3.Cursor:
    """Run one SQL statement on the calling thread's connection (peewee's stub is untyped)."""
    run: Callable[[str, Sequence[object]], sqlite3.Cursor] = database.execute_sql
    return run(statement, params)


def sql_steps(*statements: str) -> Steps:
    """Steps that run SQL statements in order."""

    def run(database: SqliteDatabase) -> None:
        for statement in statements:
            execute(database, statement)

    return run


# Version 1: the first schema. Frozen: later changes are new migrations, never edits here.
_SCHEMA_V1 = (
    """CREATE TABLE "profile" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "name" TEXT NOT NULL,
        "birth_year" INTEGER NOT NULL,
        "conditions" TEXT NOT NULL,
        "personal_max_minutes" INTEGER,
        "personal_rest_minutes" INTEGER,
        "supervised" INTEGER NOT NULL,
        "review_required_since_ms" INTEGER,
        "entered_by" TEXT NOT NULL,
        "entered_by_name" TEXT NOT NULL,
        "screening_answered_at_ms" INTEGER)""",
    """CREATE TABLE "clearance" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "profile_id" INTEGER NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
        "position" INTEGER NOT NULL,
        "condition" TEXT NOT NULL,
        "cleared_on" TEXT NOT NULL,
        "by_whom" TEXT NOT NULL)""",
    'CREATE UNIQUE INDEX "clearance_profile_id_position" ON "clearance" ("profile_id", "position")',
    """CREATE TABLE "clinician_review" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "profile_id" INTEGER NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
        "position" INTEGER NOT NULL,
        "reviewed_on" TEXT NOT NULL,
        "by_whom" TEXT NOT NULL,
        "note" TEXT NOT NULL)""",
    """CREATE UNIQUE INDEX "clinician_review_profile_id_position"
        ON "clinician_review" ("profile_id", "position")""",
    """CREATE TABLE "site_finding" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "profile_id" INTEGER NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
        "site" TEXT NOT NULL,
        "finding" TEXT NOT NULL)""",
    """CREATE UNIQUE INDEX "site_finding_profile_id_site_finding"
        ON "site_finding" ("profile_id", "site", "finding")""",
    """CREATE TABLE "session" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "profile_id" INTEGER NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
        "site" TEXT NOT NULL,
        "modality" TEXT NOT NULL,
        "barrier" TEXT NOT NULL,
        "recommended_minutes" INTEGER NOT NULL,
        "max_minutes" INTEGER NOT NULL,
        "planned_minutes" INTEGER NOT NULL,
        "skin_check_every_minutes" INTEGER NOT NULL,
        "rest_minutes" INTEGER NOT NULL,
        "started_at_ms" INTEGER NOT NULL,
        "planned_end_at_ms" INTEGER NOT NULL,
        "water_temp_c" REAL,
        "protocol_first_on_minutes" INTEGER,
        "protocol_off_minutes" INTEGER,
        "protocol_second_on_minutes" INTEGER,
        "state" TEXT NOT NULL,
        "removed_at_ms" INTEGER,
        "outcome" TEXT,
        "stop_signs" TEXT NOT NULL,
        "skin_after" TEXT,
        "caregiver_present" INTEGER NOT NULL,
        "plan_item_id" INTEGER,
        "note" TEXT NOT NULL)""",
    """CREATE INDEX "session_profile_id_started_at_ms"
        ON "session" ("profile_id", "started_at_ms")""",
    """CREATE INDEX "session_profile_id_site_started_at_ms"
        ON "session" ("profile_id", "site", "started_at_ms")""",
    """CREATE INDEX "session_profile_id_site_removed_at_ms"
        ON "session" ("profile_id", "site", "removed_at_ms")""",
    'CREATE INDEX "session_state" ON "session" ("state")',
    """CREATE TABLE "session_phase" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "session_id" INTEGER NOT NULL REFERENCES "session" ("id") ON DELETE CASCADE,
        "position" INTEGER NOT NULL,
        "kind" TEXT NOT NULL,
        "start_ms" INTEGER NOT NULL,
        "end_ms" INTEGER NOT NULL)""",
    """CREATE UNIQUE INDEX "session_phase_session_id_position"
        ON "session_phase" ("session_id", "position")""",
    """CREATE TABLE "skin_check" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "session_id" INTEGER NOT NULL REFERENCES "session" ("id") ON DELETE CASCADE,
        "number" INTEGER NOT NULL,
        "due_at_ms" INTEGER NOT NULL,
        "answered_at_ms" INTEGER NOT NULL,
        "look" TEXT NOT NULL,
        "sensation" TEXT NOT NULL,
        "pain" TEXT NOT NULL,
        "symptoms" TEXT NOT NULL)""",
    """CREATE UNIQUE INDEX "skin_check_session_id_number"
        ON "skin_check" ("session_id", "number")""",
    """CREATE TABLE "follow_up" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "session_id" INTEGER NOT NULL REFERENCES "session" ("id") ON DELETE CASCADE,
        "answered_at_ms" INTEGER NOT NULL,
        "numb_or_tingling" INTEGER NOT NULL,
        "new_weakness" INTEGER NOT NULL,
        "skin_hard_or_blistered" INTEGER NOT NULL,
        "advice" TEXT NOT NULL)""",
    'CREATE UNIQUE INDEX "follow_up_session_id" ON "follow_up" ("session_id")',
    """CREATE TABLE "pain_rating" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "profile_id" INTEGER NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
        "rated_at_ms" INTEGER NOT NULL,
        "value" INTEGER NOT NULL,
        "context" TEXT NOT NULL,
        "site" TEXT,
        "session_id" INTEGER REFERENCES "session" ("id") ON DELETE SET NULL,
        "note" TEXT NOT NULL)""",
    """CREATE INDEX "pain_rating_profile_id_rated_at_ms"
        ON "pain_rating" ("profile_id", "rated_at_ms")""",
    'CREATE INDEX "pain_rating_session_id" ON "pain_rating" ("session_id")',
    """CREATE TABLE "adverse_event" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "profile_id" INTEGER NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
        "occurred_at_ms" INTEGER NOT NULL,
        "source" TEXT NOT NULL,
        "session_id" INTEGER REFERENCES "session" ("id") ON DELETE SET NULL,
        "site" TEXT,
        "signs" TEXT NOT NULL,
        "lock_until_ms" INTEGER,
        "review_needed" INTEGER NOT NULL,
        "call_emergency" INTEGER NOT NULL,
        "advice" TEXT,
        "note" TEXT NOT NULL)""",
    """CREATE INDEX "adverse_event_profile_id_occurred_at_ms"
        ON "adverse_event" ("profile_id", "occurred_at_ms")""",
    'CREATE INDEX "adverse_event_session_id" ON "adverse_event" ("session_id")',
    """CREATE TABLE "site_lock" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "profile_id" INTEGER NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
        "site" TEXT NOT NULL,
        "locked_at_ms" INTEGER NOT NULL,
        "until_ms" INTEGER NOT NULL,
        "event_id" INTEGER REFERENCES "adverse_event" ("id") ON DELETE SET NULL)""",
    'CREATE INDEX "site_lock_profile_id_until_ms" ON "site_lock" ("profile_id", "until_ms")',
    'CREATE INDEX "site_lock_event_id" ON "site_lock" ("event_id")',
    """CREATE TABLE "clinic_visit" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "profile_id" INTEGER NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
        "visited_at_ms" INTEGER NOT NULL,
        "minutes" REAL NOT NULL,
        "feeling" TEXT NOT NULL,
        "note" TEXT NOT NULL)""",
    """CREATE INDEX "clinic_visit_profile_id_visited_at_ms"
        ON "clinic_visit" ("profile_id", "visited_at_ms")""",
    """CREATE TABLE "heartbeat" (
        "session_id" INTEGER NOT NULL PRIMARY KEY
            REFERENCES "session" ("id") ON DELETE CASCADE,
        "alive_at_ms" INTEGER NOT NULL)""",
    """CREATE TABLE "setting" (
        "name" TEXT NOT NULL PRIMARY KEY,
        "value" TEXT NOT NULL)""",
)

# Version 2: the weekly plan, its occurrence logs, the exercise library and completions.
# Frozen once released. An exercise that a plan item or a completion refers to cannot be
# deleted (RESTRICT); every foreign-key column is indexed, so deleting a parent never scans.
_SCHEMA_V2 = (
    """CREATE TABLE "exercise" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "name" TEXT NOT NULL,
        "instructions" TEXT NOT NULL,
        "region" TEXT NOT NULL,
        "sets" INTEGER NOT NULL,
        "reps" INTEGER NOT NULL,
        "hold_seconds" INTEGER NOT NULL,
        "rest_seconds" INTEGER NOT NULL,
        "picture" BLOB,
        "builtin_key" TEXT,
        "archived" INTEGER NOT NULL)""",
    'CREATE UNIQUE INDEX "exercise_builtin_key" ON "exercise" ("builtin_key")',
    """CREATE TABLE "plan_item" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "profile_id" INTEGER NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
        "kind" TEXT NOT NULL,
        "label" TEXT NOT NULL,
        "weekdays" INTEGER NOT NULL,
        "at_minute" INTEGER NOT NULL,
        "start_date" TEXT NOT NULL,
        "end_date" TEXT,
        "position" INTEGER NOT NULL,
        "heads_up" INTEGER NOT NULL,
        "site" TEXT,
        "modality" TEXT,
        "barrier" TEXT NOT NULL,
        "minutes" INTEGER NOT NULL,
        "water_temp_c" REAL,
        "protocol_first_on_minutes" INTEGER,
        "protocol_off_minutes" INTEGER,
        "protocol_second_on_minutes" INTEGER,
        "exercise_id" INTEGER REFERENCES "exercise" ("id") ON DELETE RESTRICT,
        "archived" INTEGER NOT NULL)""",
    'CREATE INDEX "plan_item_profile_id_archived" ON "plan_item" ("profile_id", "archived")',
    'CREATE INDEX "plan_item_exercise_id" ON "plan_item" ("exercise_id")',
    """CREATE TABLE "occurrence_log" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "profile_id" INTEGER NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
        "item_id" INTEGER NOT NULL REFERENCES "plan_item" ("id") ON DELETE CASCADE,
        "day" TEXT NOT NULL,
        "done_at_ms" INTEGER,
        "skip_reason" TEXT,
        "skip_note" TEXT NOT NULL,
        "snoozes" INTEGER NOT NULL,
        "snoozed_until_ms" INTEGER,
        "notified_at_ms" INTEGER,
        "missed_shown" INTEGER NOT NULL)""",
    'CREATE UNIQUE INDEX "occurrence_log_item_id_day" ON "occurrence_log" ("item_id", "day")',
    'CREATE INDEX "occurrence_log_profile_id_day" ON "occurrence_log" ("profile_id", "day")',
    """CREATE TABLE "exercise_completion" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "profile_id" INTEGER NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
        "exercise_id" INTEGER NOT NULL REFERENCES "exercise" ("id") ON DELETE RESTRICT,
        "completed_at_ms" INTEGER NOT NULL,
        "sets_done" INTEGER NOT NULL,
        "reps_done" INTEGER NOT NULL,
        "effort" TEXT NOT NULL,
        "pain" INTEGER,
        "plan_item_id" INTEGER REFERENCES "plan_item" ("id") ON DELETE SET NULL,
        "note" TEXT NOT NULL)""",
    """CREATE INDEX "exercise_completion_profile_id_completed_at_ms"
        ON "exercise_completion" ("profile_id", "completed_at_ms")""",
    """CREATE INDEX "exercise_completion_exercise_id"
        ON "exercise_completion" ("exercise_id")""",
    """CREATE INDEX "exercise_completion_plan_item_id"
        ON "exercise_completion" ("plan_item_id")""",
)

# Version 3: the weekly PEG answers and the audit trail of edits to safety records. Frozen once
# released. An audit entry names its record by kind and id without a foreign key: it outlives
# the record it tells of.
_SCHEMA_V3 = (
    """CREATE TABLE "peg_response" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "profile_id" INTEGER NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
        "answered_at_ms" INTEGER NOT NULL,
        "pain" INTEGER NOT NULL,
        "enjoyment" INTEGER NOT NULL,
        "activity" INTEGER NOT NULL,
        "note" TEXT NOT NULL)""",
    """CREATE INDEX "peg_response_profile_id_answered_at_ms"
        ON "peg_response" ("profile_id", "answered_at_ms")""",
    """CREATE TABLE "audit_entry" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "profile_id" INTEGER NOT NULL REFERENCES "profile" ("id") ON DELETE CASCADE,
        "kind" TEXT NOT NULL,
        "record_id" INTEGER NOT NULL,
        "action" TEXT NOT NULL,
        "at_ms" INTEGER NOT NULL,
        "before_json" TEXT NOT NULL,
        "after_json" TEXT)""",
    'CREATE INDEX "audit_entry_profile_id_at_ms" ON "audit_entry" ("profile_id", "at_ms")',
    'CREATE INDEX "audit_entry_profile_id_kind" ON "audit_entry" ("profile_id", "kind")',
)

# Version 4: the caregiver PIN, one row at most (its salted hash, never the PIN). Frozen once
# released. JSON backups leave this table out: restoring one keeps the PIN in place.
_SCHEMA_V4 = (
    """CREATE TABLE "caregiver_pin" (
        "id" INTEGER NOT NULL PRIMARY KEY,
        "algorithm" TEXT NOT NULL,
        "cost" INTEGER NOT NULL,
        "block_size" INTEGER NOT NULL,
        "parallelism" INTEGER NOT NULL,
        "salt" BLOB NOT NULL,
        "digest" BLOB NOT NULL,
        "failures" INTEGER NOT NULL,
        "last_failure_ms" INTEGER)""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1, "profiles, sessions, pain diary, safety events, visits, settings", sql_steps(*_SCHEMA_V1)
    ),
    Migration(2, "weekly plan, occurrence logs, exercises, completions", sql_steps(*_SCHEMA_V2)),
    Migration(3, "weekly PEG answers, audit trail of safety records", sql_steps(*_SCHEMA_V3)),
    Migration(4, "the caregiver PIN", sql_steps(*_SCHEMA_V4)),
)
LATEST_VERSION = len(MIGRATIONS)


def schema_version(database: SqliteDatabase) -> int:
    """The version the file says it has (0: a new file)."""
    return int(execute(database, "PRAGMA user_version").fetchone()[0])


def check_not_too_new(found: int, migrations: Sequence[Migration], folder: DataFolder) -> None:
    """Refuse a file from a newer ColdCare, with a message that says what to do."""
    if found > len(migrations):
        raise DatabaseTooNewError(folder.database, found, len(migrations))


def migrate(
    database: SqliteDatabase,
    folder: DataFolder,
    clock: Clock,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> int:
    """Bring the database to the newest schema; returns the version it had before.

    Raises :class:`DatabaseTooNewError` (nothing written) for a file from a newer ColdCare.
    """
    found = schema_version(database)
    check_not_too_new(found, migrations, folder)
    for migration in migrations[found:]:
        if found > 0:  # a new, empty file has nothing worth a backup
            take_backup(folder, clock, before_version=migration.version)
        _apply(database, migration)
    return found


def _apply(database: SqliteDatabase, migration: Migration) -> None:
    """Run one migration and its version bump as one transaction.

    Foreign keys are off meanwhile: playhouse.migrate rebuilds a table to change a column, and
    dropping the old copy with foreign keys on would cascade-delete every child row. The
    foreign-key check before the commit makes sure the rebuilt tables still fit together.
    """
    execute(database, "PRAGMA foreign_keys = OFF")
    try:
        with database.atomic("IMMEDIATE"):
            migration.steps(database)
            broken = execute(database, "PRAGMA foreign_key_check").fetchall()
            if broken:
                raise MigrationError(
                    f"migration {migration.version} left {len(broken)} rows pointing at "
                    f"nothing (first: {broken[0]}); the database was not changed"
                )
            execute(database, f"PRAGMA user_version = {int(migration.version)}")
    finally:
        execute(database, "PRAGMA foreign_keys = ON")
