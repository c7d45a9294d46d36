"""The tables, as peewee models. Private to ``coldcare.storage``: the rest of ColdCare sees records.

The models are declared without a database; :func:`coldcare.storage.database.open_storage` binds
them to the one it opens. They describe the schema that the migrations build (a test checks the
two agree); they never create tables themselves.

Conventions: times are UTC epoch milliseconds in ``*_ms`` integer columns; codes (sites,
modalities, signs) are their stable text codes; sets of codes are JSON arrays, sorted; ordered
lists of children carry a ``position``. A child that cannot exist without its parent is deleted
with it (ON DELETE CASCADE); a record that only refers to a session or an event keeps existing
without it (ON DELETE SET NULL); an exercise that a plan item or a completion refers to cannot be
deleted at all (ON DELETE RESTRICT).

The plan (schema version 2): local calendar dates are ISO text (``2026-03-02``: it sorts like
the dates, so ranges work on it); a local wall time is ``*_minute``, the minutes after local
midnight (0–1439); a set of weekdays is a bitmask, bit 0 Monday to bit 6 Sunday.

Schema version 3 adds the weekly PEG answers and the audit trail: an audit entry names the
record it tells of by ``kind`` and ``record_id`` without a foreign key, as it outlives it.

Schema version 4 adds the caregiver PIN: one row (id 1) with its salted hash, never the PIN.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

CASCADE = "CASCADE"
SET_NULL = "SET NULL"
RESTRICT = "RESTRICT"


class ProfileRow(Model):
    """A person ColdCare looks after; sets of conditions as a JSON array of codes."""

    id = AutoField()
    name = TextField()
    birth_year = IntegerField()
    conditions = TextField()
    personal_max_minutes = IntegerField(null=True)
    personal_rest_minutes = IntegerField(null=True)
    supervised = BooleanField()
    review_required_since_ms = IntegerField(null=True)
    entered_by = TextField()
    entered_by_name = TextField()
    screening_answered_at_ms = IntegerField(null=True)

    class Meta:
        table_name = "profile"


class ClearanceRow(Model):
    """A clinician's clearance for one condition."""

    profile_id: int
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete=CASCADE, backref="+", index=False)
    position = IntegerField()
    condition = TextField()
    cleared_on = TextField()
    by_whom = TextField()

    class Meta:
        table_name = "clearance"
        indexes = ((("profile", "position"), True),)


class ClinicianReviewRow(Model):
    """A clinician's review that lifted a stop on cold."""

    profile_id: int
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete=CASCADE, backref="+", index=False)
    position = IntegerField()
    reviewed_on = TextField()
    by_whom = TextField()
    note = TextField()

    class Meta:
        table_name = "clinician_review"
        indexes = ((("profile", "position"), True),)


class SiteFindingRow(Model):
    """One finding at one body site of a profile."""

    profile_id: int
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete=CASCADE, backref="+", index=False)
    site = TextField()
    finding = TextField()

    class Meta:
        table_name = "site_finding"
        indexes = ((("profile", "site", "finding"), True),)


class SessionRow(Model):
    """A cold session; the three protocol columns are all set for an intermittent session."""

    profile_id: int
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete=CASCADE, backref="+", index=False)
    site = TextField()
    modality = TextField()
    barrier = TextField()
    recommended_minutes = IntegerField()
    max_minutes = IntegerField()
    planned_minutes = IntegerField()
    skin_check_every_minutes = IntegerField()
    rest_minutes = IntegerField()
    started_at_ms = IntegerField()
    planned_end_at_ms = IntegerField()
    water_temp_c = FloatField(null=True)
    protocol_first_on_minutes = IntegerField(null=True)
    protocol_off_minutes = IntegerField(null=True)
    protocol_second_on_minutes = IntegerField(null=True)
    state = TextField()
    removed_at_ms = IntegerField(null=True)
    outcome = TextField(null=True)
    stop_signs = TextField()
    skin_after = TextField(null=True)
    caregiver_present = BooleanField()
    plan_item_id = IntegerField(null=True)
    note = TextField()

    class Meta:
        table_name = "session"
        indexes = (
            (("profile", "started_at_ms"), False),
            (("profile", "site", "started_at_ms"), False),
            (("profile", "site", "removed_at_ms"), False),
            (("state",), False),
        )


class SessionPhaseRow(Model):
    """One stretch of a session: cold on, paused or the off-phase."""

    session_id: int
    id = AutoField()
    session = ForeignKeyField(SessionRow, on_delete=CASCADE, backref="+", index=False)
    position = IntegerField()
    kind = TextField()
    start_ms = IntegerField()
    end_ms = IntegerField()

    class Meta:
        table_name = "session_phase"
        indexes = ((("session", "position"), True),)


class SkinCheckRow(Model):
    """An answered skin check; symptoms as a JSON array of codes."""

    session_id: int
    id = AutoField()
    session = ForeignKeyField(SessionRow, on_delete=CASCADE, backref="+", index=False)
    number = IntegerField()
    due_at_ms = IntegerField()
    answered_at_ms = IntegerField()
    look = TextField()
    sensation = TextField()
    pain = TextField()
    symptoms = TextField()

    class Meta:
        table_name = "skin_check"
        indexes = ((("session", "number"), True),)


class FollowUpRow(Model):
    """The 30-minute follow-up of a session (at most one)."""

    session_id: int
    id = AutoField()
    session = ForeignKeyField(SessionRow, on_delete=CASCADE, backref="+", unique=True)
    answered_at_ms = IntegerField()
    numb_or_tingling = BooleanField()
    new_weakness = BooleanField()
    skin_hard_or_blistered = BooleanField()
    advice = TextField()

    class Meta:
        table_name = "follow_up"


class PainRatingRow(Model):
    """A 0–10 pain rating, perhaps tied to a site and a session."""

    profile_id: int
    session_id: int | None
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete=CASCADE, backref="+", index=False)
    rated_at_ms = IntegerField()
    value = IntegerField()
    context = TextField()
    site = TextField(null=True)
    session = ForeignKeyField(SessionRow, null=True, on_delete=SET_NULL, backref="+", index=True)
    note = TextField()

    class Meta:
        table_name = "pain_rating"
        indexes = ((("profile", "rated_at_ms"), False),)


class AdverseEventRow(Model):
    """A warning sign and what followed; signs as a JSON array of codes."""

    profile_id: int
    session_id: int | None
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete=CASCADE, backref="+", index=False)
    occurred_at_ms = IntegerField()
    source = TextField()
    session = ForeignKeyField(SessionRow, null=True, on_delete=SET_NULL, backref="+", index=True)
    site = TextField(null=True)
    signs = TextField()
    lock_until_ms = IntegerField(null=True)
    review_needed = BooleanField()
    call_emergency = BooleanField()
    advice = TextField(null=True)
    note = TextField()

    class Meta:
        table_name = "adverse_event"
        indexes = ((("profile", "occurred_at_ms"), False),)


class SiteLockRow(Model):
    """No cold at a site until a time."""

    profile_id: int
    event_id: int | None
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete=CASCADE, backref="+", index=False)
    site = TextField()
    locked_at_ms = IntegerField()
    until_ms = IntegerField()
    event = ForeignKeyField(AdverseEventRow, null=True, on_delete=SET_NULL, backref="+", index=True)

    class Meta:
        table_name = "site_lock"
        indexes = ((("profile", "until_ms"), False),)


class ClinicVisitRow(Model):
    """A whole-body cryotherapy visit at a clinic."""

    profile_id: int
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete=CASCADE, backref="+", index=False)
    visited_at_ms = IntegerField()
    minutes = FloatField()
    feeling = TextField()
    note = TextField()

    class Meta:
        table_name = "clinic_visit"
        indexes = ((("profile", "visited_at_ms"), False),)


class HeartbeatRow(Model):
    """When the app was last alive during a running session: one row per session."""

    session_id: int
    session = ForeignKeyField(SessionRow, primary_key=True, on_delete=CASCADE, backref="+")
    alive_at_ms = IntegerField()

    class Meta:
        table_name = "heartbeat"


class SettingRow(Model):
    """One setting's value as JSON (declared in ``coldcare.domain.settings``)."""

    name = TextField(primary_key=True)
    value = TextField()

    class Meta:
        table_name = "setting"


class ExerciseRow(Model):
    """One exercise of the library; ``builtin_key`` (unique) marks the starter set."""

    id = AutoField()
    name = TextField()
    instructions = TextField()
    region = TextField()
    sets = IntegerField()
    reps = IntegerField()
    hold_seconds = IntegerField()
    rest_seconds = IntegerField()
    picture = BlobField(null=True)
    builtin_key = TextField(null=True, unique=True)  # SQLite: any number of NULLs
    archived = BooleanField()

    class Meta:
        table_name = "exercise"


class PlanItemRow(Model):
    """An item of a weekly plan; the cold columns are NULL (or 0) on an exercise item."""

    profile_id: int
    exercise_id: int | None
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete=CASCADE, backref="+", index=False)
    kind = TextField()
    label = TextField()
    weekdays = IntegerField()
    at_minute = IntegerField()
    start_date = TextField()
    end_date = TextField(null=True)
    position = IntegerField()
    heads_up = BooleanField()
    site = TextField(null=True)
    modality = TextField(null=True)
    barrier = TextField()
    minutes = IntegerField()
    water_temp_c = FloatField(null=True)
    protocol_first_on_minutes = IntegerField(null=True)
    protocol_off_minutes = IntegerField(null=True)
    protocol_second_on_minutes = IntegerField(null=True)
    exercise = ForeignKeyField(ExerciseRow, null=True, on_delete=RESTRICT, backref="+", index=True)
    archived = BooleanField()

    class Meta:
        table_name = "plan_item"
        indexes = ((("profile", "archived"), False),)


class OccurrenceLogRow(Model):
    """What became of one plan item on one local date: at most one row per item and date."""

    profile_id: int
    item_id: int
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete=CASCADE, backref="+", index=False)
    item = ForeignKeyField(PlanItemRow, on_delete=CASCADE, backref="+", index=False)
    day = TextField()
    done_at_ms = IntegerField(null=True)
    skip_reason = TextField(null=True)
    skip_note = TextField()
    snoozes = IntegerField()
    snoozed_until_ms = IntegerField(null=True)
    notified_at_ms = IntegerField(null=True)
    missed_shown = BooleanField()

    class Meta:
        table_name = "occurrence_log"
        indexes = (
            (("item", "day"), True),
            (("profile", "day"), False),
        )


class ExerciseCompletionRow(Model):
    """One time an exercise was done."""

    profile_id: int
    exercise_id: int
    plan_item_id: int | None
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete=CASCADE, backref="+", index=False)
    exercise = ForeignKeyField(ExerciseRow, on_delete=RESTRICT, backref="+", index=True)
    completed_at_ms = IntegerField()
    sets_done = IntegerField()
    reps_done = IntegerField()
    effort = TextField()
    pain = IntegerField(null=True)
    plan_item = ForeignKeyField(PlanItemRow, null=True, on_delete=SET_NULL, backref="+", index=True)
    note = TextField()

    class Meta:
        table_name = "exercise_completion"
        indexes = ((("profile", "completed_at_ms"), False),)


class PegResponseRow(Model):
    """One weekly PEG answer: pain, enjoyment of life, general activity (0–10 each)."""

    profile_id: int
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete=CASCADE, backref="+", index=False)
    answered_at_ms = IntegerField()
    pain = IntegerField()
    enjoyment = IntegerField()
    activity = IntegerField()
    note = TextField()

    class Meta:
        table_name = "peg_response"
        indexes = ((("profile", "answered_at_ms"), False),)


class AuditEntryRow(Model):
    """One edit, deletion or undo of a safety record, with the record before and after as JSON."""

    profile_id: int
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete=CASCADE, backref="+", index=False)
    kind = TextField()
    record_id = IntegerField()
    action = TextField()
    at_ms = IntegerField()
    before_json = TextField()
    after_json = TextField(null=True)

    class Meta:
        table_name = "audit_entry"
        indexes = (
            (("profile", "at_ms"), False),
            (("profile", "kind"), False),
        )


class CaregiverPinRow(Model):
    """The caregiver PIN's salted scrypt hash with its parameters, and the wrong tries since
    the last right one (one row, id 1, or none when no PIN is set)."""

    id = IntegerField(primary_key=True)
    algorithm = TextField()
    cost = IntegerField()
    block_size = IntegerField()
    parallelism = IntegerField()
    salt = BlobField()
    digest = BlobField()
    failures = IntegerField()
    last_failure_ms = IntegerField(null=True)

    class Meta:
        table_name = "caregiver_pin"


MODELS: tuple[type[Model], ...] = (
    ProfileRow,
    ClearanceRow,
    ClinicianReviewRow,
    SiteFindingRow,
    SessionRow,
    SessionPhaseRow,
    SkinCheckRow,
    FollowUpRow,
    PainRatingRow,
    AdverseEventRow,
    SiteLockRow,
    ClinicVisitRow,
    HeartbeatRow,
    SettingRow,
    ExerciseRow,
    PlanItemRow,
    OccurrenceLogRow,
    ExerciseCompletionRow,
    PegResponseRow,
    AuditEntryRow,
    CaregiverPinRow,
)
