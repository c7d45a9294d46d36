"""What ColdCare keeps: profiles, sessions, skin checks, pain ratings, adverse events, locks,
clinic visits. Plain frozen dataclasses; storage maps them to tables, the UI shows them.

Times are aware UTC datetimes. ``id`` is ``None`` until storage has saved the record.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from types import MappingProxyType

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.safety import IntermittentProtocol, PastSession, SafetyProfile
from coldcare.domain.session import Outcome, Phase, PhaseRecord
from coldcare.domain.signs import (
    FollowUpAdvice,
    PainChange,
    Sensation,
    SkinLook,
    StopSign,
    Symptom,
)
from coldcare.domain.vocabulary import (
    BadInputError,
    Barrier,
    BodySite,
    Condition,
    Finding,
    Modality,
)

MAX_NAME_LENGTH = 80
_MINUTE = timedelta(minutes=1)
MAX_NOTE_LENGTH = 2000
# Any C0 control character except line feed and tab.
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b-\x1f]")
# A lone UTF-16 surrogate: no file and no database can hold it (it only comes from broken input).
_NOT_TEXT = re.compile("[\ud800-\udfff]")


def check_text(value: str, what: str, limit: int, *, required: bool = False) -> None:
    """Refuse typed text that is too long, holds control characters (line feeds and tabs are
    fine) or broken characters; ``what`` names the field in the message."""
    if required and not value.strip():
        raise BadInputError(f"the {what} must not be empty")
    if len(value) > limit:
        raise BadInputError(f"the {what} is longer than {limit} characters")
    if _CONTROL_CHARACTER.search(value):
        raise BadInputError(f"the {what} contains control characters")
    if _NOT_TEXT.search(value):
        raise BadInputError(f"the {what} holds a character that is not valid text")


class EnteredBy(StrEnum):
    """Who entered a profile's health data (shown on reports)."""

    PERSON = "person"
    CAREGIVER = "caregiver"
    CLINICIAN = "clinician"


@dataclass(frozen=True)
class Clearance:
    """A clinician's clearance for Raynaud's or peripheral vascular disease."""

    condition: Condition
    cleared_on: date
    by_whom: str

    def __post_init__(self) -> None:
        check_text(self.by_whom, "name of who gave the clearance", MAX_NAME_LENGTH, required=True)


@dataclass(frozen=True)
class ClinicianReview:
    """A clinician's review after hives, dizziness or swelling (§6); lifts the stop on cold."""

    reviewed_on: date
    by_whom: str
    note: str = ""

    def __post_init__(self) -> None:
        check_text(self.by_whom, "name of the reviewing clinician", MAX_NAME_LENGTH, required=True)
        check_text(self.note, "review note", MAX_NOTE_LENGTH)


@dataclass(frozen=True)
class Profile:
    """A person ColdCare looks after."""

    name: str
    birth_year: int
    id: int | None = None
    conditions: frozenset[Condition] = frozenset()
    clearances: tuple[Clearance, ...] = ()
    site_findings: Mapping[BodySite, frozenset[Finding]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    personal_max_minutes: int | None = None
    personal_rest_minutes: int | None = None
    supervised: bool = False
    review_required_since: datetime | None = None
    reviews: tuple[ClinicianReview, ...] = ()
    entered_by: EnteredBy = EnteredBy.PERSON
    entered_by_name: str = ""
    screening_answered_at: datetime | None = None

    def __post_init__(self) -> None:
        check_text(self.name, "name", MAX_NAME_LENGTH, required=True)
        check_text(self.entered_by_name, "name of who entered the data", MAX_NAME_LENGTH)
        if not 1900 <= self.birth_year <= 2100:
            raise BadInputError("the birth year must be from 1900 to 2100")
        for what, value in (
            ("personal maximum", self.personal_max_minutes),
            ("personal rest", self.personal_rest_minutes),
        ):
            if value is not None and value < 1:
                raise BadInputError(f"the {what} must be at least 1 minute")

    @property
    def review_needed(self) -> bool:
        """All cold is stopped until a clinician review is recorded (§6)."""
        return self.review_required_since is not None

    def safety_profile(self) -> SafetyProfile:
        """What the safety engine needs to know."""
        return SafetyProfile(
            birth_year=self.birth_year,
            conditions=self.conditions,
            clearances=frozenset(c.condition for c in self.clearances),
            site_findings=self.site_findings,
            personal_max_minutes=self.personal_max_minutes,
            personal_rest_minutes=self.personal_rest_minutes,
            supervised=self.supervised,
            review_needed=self.review_needed,
        )

    def with_review(self, review: ClinicianReview) -> Profile:
        """The profile after a clinician review: cold is allowed again."""
        return dataclasses.replace(
            self, review_required_since=None, reviews=(*self.reviews, review)
        )


class SessionState(StrEnum):
    """Whether a session is still going (crash recovery looks for running ones)."""

    RUNNING = "running"
    FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """A cold session as stored: what was planned, what happened, how it ended."""

    profile_id: int
    site: BodySite
    modality: Modality
    barrier: Barrier
    recommended_minutes: int
    max_minutes: int
    planned_minutes: int
    skin_check_every_minutes: int
    rest_minutes: int
    started_at: datetime
    planned_end_at: datetime
    id: int | None = None
    water_temp_c: float | None = None
    protocol: IntermittentProtocol | None = None
    state: SessionState = SessionState.RUNNING
    removed_at: datetime | None = None
    outcome: Outcome | None = None
    phases: tuple[PhaseRecord, ...] = ()
    stop_signs: frozenset[StopSign] = frozenset()
    skin_after: SkinLook | None = None
    caregiver_present: bool = False
    plan_item_id: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        check_text(self.note, "note", MAX_NOTE_LENGTH)

    @property
    def cold_minutes(self) -> float | None:
        """Minutes the pack was on: pauses and an intermittent session's off-phase left out,
        a pack left on after the end alarm counted (``None`` while the session runs)."""
        if self.removed_at is None:
            return None
        on = [phase.end - phase.start for phase in self.phases if phase.kind is Phase.COLD_ON]
        if not on:  # recovered after a crash: only the start and the removal are known
            return (self.removed_at - self.started_at) / _MINUTE
        return sum(on, timedelta()) / _MINUTE

    def as_past_session(self) -> PastSession | None:
        """The engine's view of a finished session (``None`` while it runs)."""
        if self.removed_at is None:
            return None
        return PastSession(self.site, self.modality, self.started_at, self.removed_at)


@dataclass(frozen=True, slots=True)
class SkinCheck:
    """One answered skin check of a session."""

    session_id: int
    number: int
    due_at: datetime
    answered_at: datetime
    look: SkinLook
    sensation: Sensation
    pain: PainChange
    symptoms: frozenset[Symptom] = frozenset()
    id: int | None = None


class PainContext(StrEnum):
    """When a pain rating was given."""

    BEFORE = "before"
    AFTER = "after"
    FOLLOW_UP = "follow-up"
    DAILY = "daily"
    EXERCISE = "exercise"


PAIN_CONTEXT_NAMES: dict[PainContext, str] = {
    PainContext.BEFORE: QT_TRANSLATE_NOOP("PainContext", "Before a session"),
    PainContext.AFTER: QT_TRANSLATE_NOOP("PainContext", "After a session"),
    PainContext.FOLLOW_UP: QT_TRANSLATE_NOOP("PainContext", "30 minutes after"),
    PainContext.DAILY: QT_TRANSLATE_NOOP("PainContext", "Daily check-in"),
    PainContext.EXERCISE: QT_TRANSLATE_NOOP("PainContext", "After exercise"),
}


@dataclass(frozen=True, slots=True)
class PainRating:
    """A pain rating on the 0–10 numeric rating scale."""

    profile_id: int
    rated_at: datetime
    value: int
    context: PainContext
    id: int | None = None
    site: BodySite | None = None
    session_id: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.value <= 10:
            raise BadInputError("a pain rating must be a whole number from 0 to 10")
        check_text(self.note, "note", MAX_NOTE_LENGTH)


class EventSource(StrEnum):
    """Where an adverse event was noticed."""

    SKIN_CHECK = "skin-check"
    STOP_BUTTON = "stop-button"
    AFTERCARE = "aftercare"
    FOLLOW_UP = "follow-up"
    RECOVERY = "recovery"


@dataclass(frozen=True)
class AdverseEvent:
    """A warning sign and what followed: a lock, a review, emergency advice."""

    profile_id: int
    occurred_at: datetime
    source: EventSource
    id: int | None = None
    session_id: int | None = None
    site: BodySite | None = None
    signs: frozenset[StopSign] = frozenset()
    lock_until: datetime | None = None
    review_needed: bool = False
    call_emergency: bool = False
    advice: FollowUpAdvice | None = None
    note: str = ""

    def __post_init__(self) -> None:
        check_text(self.note, "note", MAX_NOTE_LENGTH)


@dataclass(frozen=True)
class SiteLockRecord:
    """No cold at a site (and its rest group) until ``until``."""

    profile_id: int
    site: BodySite
    locked_at: datetime
    until: datetime
    id: int | None = None
    event_id: int | None = None


@dataclass(frozen=True)
class FollowUp:
    """The answers 30 minutes after a session, and the advice given."""

    session_id: int
    answered_at: datetime
    numb_or_tingling: bool
    new_weakness: bool
    skin_hard_or_blistered: bool
    advice: FollowUpAdvice
    id: int | None = None


class VisitFeeling(StrEnum):
    """How a clinic whole-body cryotherapy visit felt."""

    FINE = "fine"
    UNCOMFORTABLE = "uncomfortable"
    UNWELL = "unwell"


@dataclass(frozen=True)
class ClinicVisit:
    """A whole-body cryotherapy visit at a clinic: logged, never timed by ColdCare."""

    profile_id: int
    visited_at: datetime
    minutes: float
    feeling: VisitFeeling
    id: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if not 0 < self.minutes <= 10:
            raise BadInputError("a clinic visit lasts more than 0 and at most 10 minutes")
        check_text(self.note, "note", MAX_NOTE_LENGTH)
