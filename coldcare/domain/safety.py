"""The safety engine: safety-rules.md §2–§4 and the locks of §6, as one pure function.

:func:`evaluate` takes a profile, a request, that site's history, "now" (aware, UTC) and the
person's time zone, and returns a :class:`Verdict` with every block, warning and limit reason
that applies. It never reads a clock, a database or a setting. Bad input raises
:class:`~coldcare.domain.vocabulary.BadInputError` with a message naming the problem.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, tzinfo
from types import MappingProxyType

from coldcare.domain.reasons import (
    BARRIER_MISSING_DOUBLE,
    CIRCULATION_AT_EXTREMITY,
    DRY_BARRIER_DOUBLE,
    KNEE_OUTER_SIDE_AT_OUTER,
    Reason,
    ReasonCode,
    reason,
)
from coldcare.domain.references import COLDCARE_DEFAULT, PERSONAL_LIMIT, expand_sources
from coldcare.domain.vocabulary import (
    BadInputError,
    Barrier,
    BodySite,
    ChecklistItem,
    Condition,
    Finding,
    Modality,
    Side,
    Site,
)

MAX_AGE = 120
CHILD_MAX_AGE = 12
OLDER_ADULT_AGE = 65
MIN_WATER_C = 0.0
MAX_WATER_C = 20.0
COLD_WATER_BELOW_C = 10.0
SESSIONS_PER_DAY = 8
SITE_LOCK = timedelta(hours=24)
MIN_OFF_PHASE_MINUTES = 10

_ABSOLUTE_CONDITIONS: tuple[tuple[Condition, ReasonCode], ...] = (
    (Condition.COLD_URTICARIA, ReasonCode.COLD_URTICARIA),
    (Condition.CRYOGLOBULINAEMIA, ReasonCode.CRYOGLOBULINAEMIA),
    (Condition.COLD_HAEMOGLOBINURIA, ReasonCode.COLD_HAEMOGLOBINURIA),
    (Condition.CRPS, ReasonCode.CRPS),
)
_CIRCULATION_CONDITIONS = (Condition.RAYNAUDS, Condition.PERIPHERAL_VASCULAR_DISEASE)
_FINDING_CODES: dict[Finding, ReasonCode] = {
    Finding.NO_FEELING: ReasonCode.NO_FEELING,
    Finding.POOR_CIRCULATION: ReasonCode.POOR_CIRCULATION,
    Finding.REGENERATING_NERVE: ReasonCode.REGENERATING_NERVE,
    Finding.PREVIOUS_FROSTBITE: ReasonCode.PREVIOUS_FROSTBITE,
    Finding.BROKEN_SKIN: ReasonCode.BROKEN_SKIN,
}
_ICE_MASSAGE_BONY_SITES = frozenset(
    {Site.ELBOW, Site.KNEE, Site.KNEE_OUTER, Site.NECK_BACK, Site.UPPER_BACK, Site.LOWER_BACK}
)
_SITE_WARNINGS: dict[Site, ReasonCode] = {
    Site.NECK_FRONT: ReasonCode.NECK_FRONT_PRESSURE,
    Site.LOWER_BACK: ReasonCode.LOWER_BACK_KIDNEY,
    Site.HIP: ReasonCode.HIP_NERVE,
    Site.THIGH: ReasonCode.THIGH_NERVE,
    Site.KNEE: ReasonCode.KNEE_OUTER_SIDE,
    Site.KNEE_OUTER: ReasonCode.KNEE_OUTER_SIDE,
}
_LEFT_SHOULDER = BodySite(Site.SHOULDER, Side.LEFT)
_CONDITION_WARNINGS: tuple[tuple[Condition, ReasonCode], ...] = (
    (Condition.HYPERTENSION, ReasonCode.HYPERTENSION),
    (Condition.HEART_DISEASE, ReasonCode.HEART_DISEASE),
    (Condition.COLD_SENSITIVE_ARTHRITIS, ReasonCode.COLD_SENSITIVE_ARTHRITIS),
    (Condition.DIABETES, ReasonCode.DIABETES_ASK_CLINICIAN),
)


# ----------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class SafetyProfile:
    """What the rules need to know about the person.

    Exactly one of ``birth_year`` (as stored on a profile) or ``age`` (as given to the
    ``limits`` command) is set. ``site_findings`` are keyed by body site; a finding applies to
    every site of the same rest group (``knee-left`` and ``knee-outer-left``).
    """

    birth_year: int | None = None
    age: int | None = None
    conditions: frozenset[Condition] = frozenset()
    clearances: frozenset[Condition] = frozenset()
    site_findings: Mapping[BodySite, frozenset[Finding]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    personal_max_minutes: int | None = None
    personal_rest_minutes: int | None = None
    supervised: bool = False
    review_needed: bool = False

    def __post_init__(self) -> None:
        if (self.birth_year is None) == (self.age is None):
            raise BadInputError("give either a birth year or an age")
        if self.age is not None and not 0 <= self.age <= MAX_AGE:
            raise BadInputError(f"the age must be a whole number from 0 to {MAX_AGE}")
        for name, value in (
            ("personal maximum", self.personal_max_minutes),
            ("personal rest", self.personal_rest_minutes),
        ):
            if value is not None and value < 1:
                raise BadInputError(f"the {name} must be at least 1 minute")

    def age_range(self, local_year: int) -> tuple[int, int]:
        """The youngest and oldest age the person can be in ``local_year`` (§1, Age)."""
        if self.age is not None:
            return self.age, self.age
        assert self.birth_year is not None  # guaranteed by __post_init__
        oldest = local_year - self.birth_year
        if not 0 <= oldest <= MAX_AGE + 1:
            raise BadInputError(f"the birth year {self.birth_year} is not possible in {local_year}")
        return max(oldest - 1, 0), oldest

    def findings_at(self, site: BodySite) -> frozenset[Finding]:
        """Every finding recorded for ``site`` or another site of its rest group."""
        group = site.rest_group
        found: set[Finding] = set()
        for recorded_site, findings in self.site_findings.items():
            if recorded_site.rest_group == group:
                found |= findings
        return frozenset(found)

    def has(self, condition: Condition) -> bool:
        """Whether the condition was declared."""
        return condition in self.conditions

    def cleared(self, condition: Condition) -> bool:
        """Whether a clinician clearance takes effect for ``condition`` (§1)."""
        return condition.clearable and condition in self.clearances and self.has(condition)


@dataclass(frozen=True)
class IntermittentProtocol:
    """One session of two cold phases with a rest between, e.g. 10 on / 10 off / 10 on."""

    first_on_minutes: int
    off_minutes: int
    second_on_minutes: int

    @property
    def total_on_minutes(self) -> int:
        """Minutes of cold on the skin."""
        return self.first_on_minutes + self.second_on_minutes

    @property
    def total_minutes(self) -> int:
        """Minutes from the first cold minute to the removal of the cold."""
        return self.first_on_minutes + self.off_minutes + self.second_on_minutes

    def problem(self, max_minutes: int) -> str | None:
        """Why the protocol breaks §4 for this maximum, in plain words; ``None`` if it is fine."""
        suggestion = suggested_protocol(max_minutes)
        hint = (
            f"; for example {suggestion.first_on_minutes} on, {suggestion.off_minutes} off, "
            f"{suggestion.second_on_minutes} on"
            if suggestion
            else f"; a {max_minutes}-minute maximum is too short to split into two phases"
        )
        if min(self.first_on_minutes, self.second_on_minutes) < 1:
            return "each cold phase must last at least 1 minute" + hint
        if self.off_minutes < max(MIN_OFF_PHASE_MINUTES, self.first_on_minutes):
            return (
                f"the break between the cold phases must be at least {MIN_OFF_PHASE_MINUTES} "
                f"minutes and at least as long as the first phase ({self.first_on_minutes} min)"
                + hint
            )
        if self.total_on_minutes > max_minutes:
            return (
                f"the cold phases add up to {self.total_on_minutes} minutes, more than the "
                f"{max_minutes}-minute maximum here" + hint
            )
        return None


def suggested_protocol(max_minutes: int) -> IntermittentProtocol | None:
    """The intermittent protocol offered first: two equal halves of the maximum.

    ``None`` when the maximum is too short for two phases of at least a minute each.
    """
    on = max_minutes // 2
    if on < 1:
        return None
    return IntermittentProtocol(on, max(MIN_OFF_PHASE_MINUTES, on), on)


@dataclass(frozen=True)
class ColdRequest:
    """The session the person wants to start.

    ``checklist`` holds the per-session answers; ``None`` means every answer is "yes" (as the
    ``limits`` command and the plan check assume), while a question missing from a given
    checklist counts as not confirmed. ``water_temp_c`` is read only for cold-water immersion.
    """

    site: BodySite
    modality: Modality
    barrier: Barrier = Barrier.NONE
    water_temp_c: float | None = None
    protocol: IntermittentProtocol | None = None
    checklist: Mapping[ChecklistItem, bool] | None = None


@dataclass(frozen=True)
class PastSession:
    """A session already done: its site, modality, first cold minute and removal (UTC)."""

    site: BodySite
    modality: Modality
    started_at: datetime
    removed_at: datetime


@dataclass(frozen=True)
class SiteLock:
    """No cold at ``site`` (and its rest group) until ``until`` (UTC), after a warning sign."""

    site: BodySite
    until: datetime


@dataclass(frozen=True)
class SiteHistory:
    """What happened at the requested site; entries at other sites are ignored."""

    sessions: Sequence[PastSession] = ()
    locks: Sequence[SiteLock] = ()


# ----------------------------------------------------------------------------- output


@dataclass(frozen=True)
class Verdict:
    """The engine's answer. Numbers are ``None`` only for whole-body cryotherapy."""

    blocks: tuple[Reason, ...]
    warnings: tuple[Reason, ...]
    limit_reasons: tuple[Reason, ...]
    recommended_minutes: int | None
    max_minutes: int | None
    skin_check_every_minutes: int | None
    rest_minutes: int | None
    barrier_required: bool
    next_allowed_at: datetime | None
    sessions_today: int
    # The evidence for the numbers themselves: the modality's minutes (§2), the skin-check
    # interval (§5) and the rest (§4); each cap has its own in ``limit_reasons``.
    basis_sources: tuple[str, ...] = ()

    @property
    def allowed(self) -> bool:
        """True when nothing blocks the session."""
        return not self.blocks

    def block_codes(self) -> tuple[ReasonCode, ...]:
        """The codes of every block, in order."""
        return tuple(r.code for r in self.blocks)


@dataclass(frozen=True)
class Dose:
    """Base minutes for a modality (§2), before any cap."""

    recommended: int
    maximum: int
    sources: tuple[str, ...]


_BASE_DOSES: dict[Modality, Dose] = {
    Modality.GEL_PACK: Dose(15, 20, expand_sources("R16-R24")),
    Modality.ICE_BAG: Dose(15, 20, expand_sources("R26-R29")),
    Modality.FROZEN_VEGETABLES: Dose(15, 20, ("R29", "R34")),
    Modality.INSTANT_COLD_PACK: Dose(15, 20, ("R49", "R50")),
    Modality.COLD_COMPRESSION_DEVICE: Dose(20, 30, ("R45", "R47", COLDCARE_DEFAULT)),
    Modality.COOL_COMPRESS: Dose(15, 20, (COLDCARE_DEFAULT,)),
    Modality.ICE_MASSAGE: Dose(7, 10, ("R35", "R36")),
}
_IMMERSION_COOL = Dose(12, 15, ("R39",))
_IMMERSION_COLD = Dose(8, 10, ("R30", "R38"))


def base_dose(modality: Modality, water_temp_c: float | None = None) -> Dose:
    """The §2 base table; immersion depends on the water temperature (validated first)."""
    if modality is Modality.COLD_WATER_IMMERSION:
        assert water_temp_c is not None  # validated before any dose is asked for
        return _IMMERSION_COLD if water_temp_c < COLD_WATER_BELOW_C else _IMMERSION_COOL
    if modality is Modality.WHOLE_BODY_CRYOTHERAPY:
        raise BadInputError("whole-body cryotherapy is logged, never timed: it has no dose")
    return _BASE_DOSES[modality]


# ----------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class _Facts:
    """What the rules read from a profile at one moment."""

    profile: SafetyProfile
    child: bool
    under_two: bool
    older_adult: bool
    reduced_sensation: bool

    @classmethod
    def of(cls, profile: SafetyProfile, local_year: int) -> _Facts:
        youngest, oldest = profile.age_range(local_year)
        return cls(
            profile=profile,
            child=youngest <= CHILD_MAX_AGE,
            under_two=youngest < 2,
            older_adult=oldest >= OLDER_ADULT_AGE,
            reduced_sensation=profile.has(Condition.DIABETES)
            or profile.has(Condition.REDUCED_SENSATION),
        )


def validate_request(request: ColdRequest) -> None:
    """Raise :class:`BadInputError` for immersion at a wrong site or without a valid temperature."""
    if request.modality is not Modality.COLD_WATER_IMMERSION:
        return
    if not request.site.site.immersible:
        raise BadInputError(
            f"cold-water immersion is not possible at '{request.site}'; "
            "it is offered for wrist-hand, ankle-foot, calf-shin and elbow"
        )
    temp = request.water_temp_c
    if temp is None:
        raise BadInputError("cold-water immersion needs the water temperature (0 to 20 °C)")
    if math.isnan(temp) or not MIN_WATER_C <= temp <= MAX_WATER_C:
        raise BadInputError(f"the water temperature {temp:g} °C is outside 0 to 20 °C")


# ----------------------------------------------------------------------------- rules


def _condition_blocks(facts: _Facts, request: ColdRequest) -> list[Reason]:
    profile = facts.profile
    blocks = [reason(code) for cond, code in _ABSOLUTE_CONDITIONS if profile.has(cond)]
    if request.modality is Modality.WHOLE_BODY_CRYOTHERAPY:
        blocks.append(reason(ReasonCode.WBC_LOG_ONLY))
    declared = [c for c in _CIRCULATION_CONDITIONS if profile.has(c)]
    if declared:
        if request.site.site.extremity:
            blocks.append(reason(ReasonCode.CIRCULATION, message=CIRCULATION_AT_EXTREMITY))
        elif not all(profile.cleared(c) for c in declared):
            blocks.append(reason(ReasonCode.CIRCULATION))
    blocks.extend(
        reason(_FINDING_CODES[finding])
        for finding in Finding
        if finding in profile.findings_at(request.site)
    )
    if profile.has(Condition.COGNITIVE_IMPAIRMENT) and not profile.supervised:
        blocks.append(reason(ReasonCode.CANNOT_REPORT))
    return blocks


def _device_and_barrier_blocks(facts: _Facts, request: ColdRequest) -> list[Reason]:
    blocks: list[Reason] = []
    device = request.modality is Modality.COLD_COMPRESSION_DEVICE
    if facts.under_two:
        blocks.append(reason(ReasonCode.CHILD_UNDER_2))
    if device and facts.child:
        blocks.append(reason(ReasonCode.CHILD_DEVICE))
    if device and facts.profile.has(Condition.DIABETES):
        blocks.append(reason(ReasonCode.DEVICE_DIABETES))
    if device and request.site.site.superficial_nerve:
        blocks.append(reason(ReasonCode.NERVE_COMPRESSION))
    if request.modality.is_pack:
        if request.barrier is Barrier.NONE:
            double = BARRIER_MISSING_DOUBLE if facts.reduced_sensation else None
            blocks.append(reason(ReasonCode.BARRIER_MISSING, message=double))
        if facts.reduced_sensation and request.barrier is not Barrier.DOUBLE_LAYER:
            blocks.append(reason(ReasonCode.BARRIER_DOUBLE))
    return blocks


def _checklist_blocks(request: ColdRequest) -> list[Reason]:
    """A "no" blocks with the question's code; so does a question left unanswered."""
    if request.checklist is None:
        return []
    return [
        reason(ReasonCode(item.value))
        for item in ChecklistItem
        if (request.modality.is_pack or item is not ChecklistItem.BARRIER_IN_PLACE)
        and request.checklist.get(item) is not True
    ]


def _warnings(facts: _Facts, request: ColdRequest) -> list[Reason]:
    profile, site = facts.profile, request.site
    warnings: list[Reason] = []
    for condition, code in _CONDITION_WARNINGS:
        if profile.has(condition):
            warnings.append(reason(code))
            if code is ReasonCode.HEART_DISEASE and site == _LEFT_SHOULDER:
                warnings.append(reason(ReasonCode.HEART_LEFT_SHOULDER))
    site_warning = _SITE_WARNINGS.get(site.site)
    if site_warning is not None:
        outer = KNEE_OUTER_SIDE_AT_OUTER if site.site is Site.KNEE_OUTER else None
        warnings.append(reason(site_warning, message=outer))
    if site.site is Site.NECK_FRONT and profile.has(Condition.FAINTING_HISTORY):
        warnings.append(reason(ReasonCode.FAINTING))
    if request.modality is Modality.ICE_MASSAGE and site.site in _ICE_MASSAGE_BONY_SITES:
        warnings.append(reason(ReasonCode.ICE_MASSAGE_BONY))
    if request.modality.is_pack and request.barrier is Barrier.DRY_CLOTH:
        double = DRY_BARRIER_DOUBLE if facts.reduced_sensation else None
        warnings.append(reason(ReasonCode.DRY_BARRIER, message=double))
    declared = [c for c in _CIRCULATION_CONDITIONS if profile.has(c)]
    if declared and not site.site.extremity and all(profile.cleared(c) for c in declared):
        warnings.append(reason(ReasonCode.CIRCULATION_CLEARED))
    return warnings


def _caps(facts: _Facts, site: BodySite) -> list[tuple[ReasonCode, int]]:
    """Every §2 cap that applies, in the table's order."""
    caps: list[tuple[ReasonCode, int]] = []
    if site.site.superficial_nerve:
        caps.append((ReasonCode.NERVE_SITE, 10))
    if site.site.extremity:
        caps.append((ReasonCode.EXTREMITY, 10))
    if site.site is Site.FOREHEAD_TEMPLES:
        caps.append((ReasonCode.HEAD, 15))
    if facts.child:
        caps.append((ReasonCode.CHILD, 10))
    if facts.older_adult:
        caps.append((ReasonCode.OLDER_ADULT, 15))
    if facts.reduced_sensation:
        caps.append((ReasonCode.REDUCED_SENSATION, 10))
    if facts.profile.personal_max_minutes is not None:
        caps.append((ReasonCode.PERSONAL_LIMIT, facts.profile.personal_max_minutes))
    return caps


def _skin_check_minutes(facts: _Facts) -> int:
    return 3 if facts.reduced_sensation or facts.child or facts.older_adult else 5


def _skin_check_sources(facts: _Facts) -> tuple[str, ...]:
    """§5: every 5 minutes [R92][R94][R98]; every 3 for diabetes and reduced sensation
    [R124], and for children and older adults (ColdCare default)."""
    if facts.reduced_sensation:
        return ("R124",)
    if facts.child or facts.older_adult:
        return (COLDCARE_DEFAULT,)
    return ("R92", "R94", "R98")


def _rest_after(facts: _Facts, site: BodySite, modality: Modality) -> tuple[int, tuple[str, ...]]:
    """Minutes of rest after a session at ``site`` with ``modality``, and why (§4)."""
    rest, sources = 60, [COLDCARE_DEFAULT]
    if modality is Modality.COLD_WATER_IMMERSION:
        rest = 120
        sources.append("R108")
    if facts.older_adult or facts.reduced_sensation or site.site.superficial_nerve:
        rest = 120
    personal = facts.profile.personal_rest_minutes
    if personal is not None and personal > rest:
        rest = personal
        sources.append(PERSONAL_LIMIT)
    return rest, tuple(sources)


def _rest_end(facts: _Facts, session: PastSession) -> tuple[datetime, int, tuple[str, ...]]:
    """When the rest after ``session`` is over, how long it is, and why."""
    rest, sources = _rest_after(facts, session.site, session.modality)
    return session.removed_at + timedelta(minutes=rest), rest, sources


def _next_local_midnight(now: datetime, tz: tzinfo) -> datetime:
    tomorrow = now.astimezone(tz).date() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0), tzinfo=tz).astimezone(UTC)


@dataclass(frozen=True)
class _HistoryOutcome:
    blocks: list[Reason]
    next_allowed_at: datetime | None
    sessions_today: int


def _history_rules(
    facts: _Facts, request: ColdRequest, history: SiteHistory, now: datetime, tz: tzinfo
) -> _HistoryOutcome:
    group = request.site.rest_group
    sessions = [
        s
        for s in history.sessions
        if s.site.rest_group == group and s.modality is not Modality.WHOLE_BODY_CRYOTHERAPY
    ]
    today = now.astimezone(tz).date()
    sessions_today = sum(1 for s in sessions if s.started_at.astimezone(tz).date() == today)
    blocks: list[Reason] = []
    candidates: list[datetime] = []
    if sessions:
        # §4 counts the rest from the last removal; taking the latest end of rest over every
        # session also covers two sessions removed at once and overlapping ones.
        rested_at, rest, sources = max(_rest_end(facts, s) for s in sessions)
        candidates.append(rested_at)
        if now < rested_at:
            blocks.append(reason(ReasonCode.REST_INTERVAL, extra_sources=sources, minutes=rest))
    if sessions_today >= SESSIONS_PER_DAY:
        blocks.append(reason(ReasonCode.DAILY_LIMIT, count=sessions_today))
        candidates.append(_next_local_midnight(now, tz))
    active_locks = [
        lock.until for lock in history.locks if lock.site.rest_group == group and lock.until > now
    ]
    if active_locks:
        blocks.append(reason(ReasonCode.SITE_LOCKED))
        candidates.extend(active_locks)
    if facts.profile.review_needed:
        blocks.append(reason(ReasonCode.REVIEW_NEEDED))
    return _HistoryOutcome(blocks, max(candidates, default=None), sessions_today)


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise BadInputError("'now' must be an aware datetime")


# ----------------------------------------------------------------------------- the engine


def evaluate(
    profile: SafetyProfile,
    request: ColdRequest,
    history: SiteHistory,
    now: datetime,
    tz: tzinfo,
) -> Verdict:
    """Apply every rule of safety-rules.md §2–§4 and §6's locks to one request."""
    _require_aware(now)
    validate_request(request)
    facts = _Facts.of(profile, now.astimezone(tz).year)
    outcome = _history_rules(facts, request, history, now, tz)
    blocks = [
        *_condition_blocks(facts, request),
        *_device_and_barrier_blocks(facts, request),
        *outcome.blocks,
        *_checklist_blocks(request),
    ]
    warnings = tuple(_warnings(facts, request))
    if request.modality is Modality.WHOLE_BODY_CRYOTHERAPY:
        return Verdict(
            blocks=tuple(blocks),
            warnings=warnings,
            limit_reasons=(),
            recommended_minutes=None,
            max_minutes=None,
            skin_check_every_minutes=None,
            rest_minutes=None,
            barrier_required=False,
            next_allowed_at=outcome.next_allowed_at,
            sessions_today=outcome.sessions_today,
        )
    dose = base_dose(request.modality, request.water_temp_c)
    caps = _caps(facts, request.site)
    max_minutes = min([dose.maximum, *(value for _, value in caps)])
    if request.protocol is not None:
        problem = request.protocol.problem(max_minutes)
        if problem is not None:
            raise BadInputError(problem)
    rest_minutes, rest_sources = _rest_after(facts, request.site, request.modality)
    basis = (*dose.sources, *_skin_check_sources(facts), *rest_sources)
    return Verdict(
        blocks=tuple(blocks),
        warnings=warnings,
        limit_reasons=tuple(
            reason(code, minutes=value) for code, value in caps if value == max_minutes
        ),
        recommended_minutes=min(dose.recommended, max_minutes),
        max_minutes=max_minutes,
        skin_check_every_minutes=_skin_check_minutes(facts),
        rest_minutes=rest_minutes,
        barrier_required=request.modality.is_pack,
        next_allowed_at=outcome.next_allowed_at,
        sessions_today=outcome.sessions_today,
        basis_sources=tuple(dict.fromkeys(basis)),
    )


def rest_minutes_after(
    profile: SafetyProfile, site: BodySite, modality: Modality, now: datetime, tz: tzinfo
) -> int:
    """The rest that follows a session at ``site`` with ``modality`` for this person, now."""
    _require_aware(now)
    return _rest_after(_Facts.of(profile, now.astimezone(tz).year), site, modality)[0]


def findings_from(codes: Iterable[str], site: BodySite) -> Mapping[BodySite, frozenset[Finding]]:
    """Site findings given as codes for one site (the ``limits --finding`` form)."""
    return MappingProxyType({site: frozenset(Finding.parse(code) for code in codes)})
