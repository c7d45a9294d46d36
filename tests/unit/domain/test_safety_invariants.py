"""safety-rules.md §7: the invariants hold for ALL inputs (property-based, Hypothesis).

In CI the "ci" profile derandomises Hypothesis (tests/conftest.py), so a failure is repeatable.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from coldcare.domain.safety import (
    ColdRequest,
    IntermittentProtocol,
    PastSession,
    SafetyProfile,
    SiteHistory,
    SiteLock,
    Verdict,
    base_dose,
    evaluate,
    rest_minutes_after,
    suggested_protocol,
)
from coldcare.domain.vocabulary import (
    BadInputError,
    Barrier,
    BodySite,
    ChecklistItem,
    Condition,
    Finding,
    Modality,
    all_body_sites,
)

ZONES = [ZoneInfo(name) for name in ("Europe/Berlin", "America/New_York", "Asia/Kolkata")] + [UTC]
SITES = all_body_sites()

# Hypothesis takes naive bounds and attaches the time zone itself.
nows = st.datetimes(
    min_value=datetime(2020, 1, 1),  # noqa: DTZ001
    max_value=datetime(2035, 12, 31),  # noqa: DTZ001
    timezones=st.just(UTC),
)
zones = st.sampled_from(ZONES)
conditions = st.frozensets(st.sampled_from(Condition))
findings = st.dictionaries(
    st.sampled_from(SITES), st.frozensets(st.sampled_from(Finding), min_size=1), max_size=3
)
personal_minutes = st.none() | st.integers(min_value=1, max_value=400)


@st.composite
def profiles(draw: st.DrawFn) -> SafetyProfile:
    """Any valid profile, given by age or by birth year (within 2020-2035 'now')."""
    by_age = draw(st.booleans())
    return SafetyProfile(
        age=draw(st.integers(0, 120)) if by_age else None,
        birth_year=None if by_age else draw(st.integers(1916, 2019)),
        conditions=draw(conditions),
        clearances=draw(conditions),
        site_findings=draw(findings),
        personal_max_minutes=draw(personal_minutes),
        personal_rest_minutes=draw(personal_minutes),
        supervised=draw(st.booleans()),
        review_needed=draw(st.booleans()),
    )


@st.composite
def requests(draw: st.DrawFn) -> ColdRequest:
    """Any valid request (immersion only where it is offered, with a valid temperature)."""
    site = draw(st.sampled_from(SITES))
    modalities = [m for m in Modality if m is not Modality.COLD_WATER_IMMERSION]
    if site.site.immersible:
        modalities.append(Modality.COLD_WATER_IMMERSION)
    modality = draw(st.sampled_from(modalities))
    water = draw(st.floats(0, 20)) if modality is Modality.COLD_WATER_IMMERSION else None
    checklist = draw(
        st.none() | st.dictionaries(st.sampled_from(ChecklistItem), st.booleans(), max_size=5)
    )
    return ColdRequest(site, modality, draw(st.sampled_from(Barrier)), water, None, checklist)


@st.composite
def histories(draw: st.DrawFn, now: datetime, site: BodySite) -> SiteHistory:
    """Sessions and locks around ``now``, mostly at the requested site's group."""
    near = [site, site.rest_group, *(s for s in SITES if s.rest_group == site.rest_group)]
    site_choice = st.sampled_from(near) | st.sampled_from(SITES)
    sessions = []
    for _ in range(draw(st.integers(0, 12))):
        started = now - timedelta(minutes=draw(st.integers(-60, 3 * 24 * 60)))
        length = timedelta(minutes=draw(st.integers(1, 30)))
        sessions.append(
            PastSession(
                draw(site_choice),
                draw(st.sampled_from(Modality)),
                started,
                started + length,
            )
        )
    locks = [
        SiteLock(
            draw(st.sampled_from(SITES)), now + timedelta(minutes=draw(st.integers(-3000, 3000)))
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    return SiteHistory(tuple(sessions), tuple(locks))


@st.composite
def situations(
    draw: st.DrawFn,
) -> tuple[SafetyProfile, ColdRequest, SiteHistory, datetime, ZoneInfo]:
    now = draw(nows)
    request = draw(requests())
    return draw(profiles()), request, draw(histories(now, request.site)), now, draw(zones)


def _verdict(
    profile: SafetyProfile, request: ColdRequest, history: SiteHistory, now: datetime, tz: ZoneInfo
) -> Verdict:
    return evaluate(profile, request, history, now, tz)


def _hard_max(request: ColdRequest) -> int:
    return base_dose(request.modality, request.water_temp_c).maximum


@given(situations())
def test_invariant_1_no_maximum_above_30_or_the_modality_hard_max(
    situation: tuple[SafetyProfile, ColdRequest, SiteHistory, datetime, ZoneInfo],
) -> None:
    verdict = _verdict(*situation)
    request = situation[1]
    if request.modality is Modality.WHOLE_BODY_CRYOTHERAPY:
        assert verdict.max_minutes is None
        return
    assert verdict.max_minutes is not None
    assert 1 <= verdict.max_minutes <= 30
    assert verdict.max_minutes <= _hard_max(request)
    assert verdict.recommended_minutes is not None
    assert verdict.recommended_minutes <= verdict.max_minutes


def _stricter_versions(profile: SafetyProfile, extra: st.DataObject) -> list[SafetyProfile]:
    """The same profile with one more condition, finding, personal limit or personal rest."""
    condition = extra.draw(st.sampled_from(Condition))
    site = extra.draw(st.sampled_from(SITES))
    finding = extra.draw(st.sampled_from(Finding))
    findings_now = dict(profile.site_findings)
    findings_now[site] = findings_now.get(site, frozenset()) | {finding}
    stricter = [
        dataclasses.replace(profile, conditions=profile.conditions | {condition}),
        dataclasses.replace(profile, site_findings=findings_now),
    ]
    if profile.personal_max_minutes is None:
        limit = extra.draw(st.integers(1, 60))
        stricter.append(dataclasses.replace(profile, personal_max_minutes=limit))
    if profile.personal_rest_minutes is None:
        rest = extra.draw(st.integers(1, 400))
        stricter.append(dataclasses.replace(profile, personal_rest_minutes=rest))
    return stricter


def _assert_not_looser(before: Verdict, after: Verdict) -> None:
    if before.max_minutes is not None:
        assert after.max_minutes is not None
        assert after.max_minutes <= before.max_minutes
    if before.rest_minutes is not None:
        assert after.rest_minutes is not None
        assert after.rest_minutes >= before.rest_minutes
    if not before.allowed:
        assert not after.allowed
    if before.next_allowed_at is not None:
        assert after.next_allowed_at is not None
        assert after.next_allowed_at >= before.next_allowed_at


@given(situations(), st.data())
def test_invariant_2_adding_a_condition_finding_or_personal_limit_never_loosens(
    situation: tuple[SafetyProfile, ColdRequest, SiteHistory, datetime, ZoneInfo],
    extra: st.DataObject,
) -> None:
    profile, request, history, now, tz = situation
    before = _verdict(profile, request, history, now, tz)
    for stricter in _stricter_versions(profile, extra):
        _assert_not_looser(before, _verdict(stricter, request, history, now, tz))


@given(situations(), st.integers(18, 64), st.integers(65, 120))
def test_invariant_2_an_adult_reaching_65_never_loosens(
    situation: tuple[SafetyProfile, ColdRequest, SiteHistory, datetime, ZoneInfo],
    younger: int,
    older: int,
) -> None:
    profile, request, history, now, tz = situation
    adult = dataclasses.replace(profile, age=younger, birth_year=None)
    senior = dataclasses.replace(profile, age=older, birth_year=None)
    _assert_not_looser(
        _verdict(adult, request, history, now, tz), _verdict(senior, request, history, now, tz)
    )


@given(situations())
def test_invariant_3_a_blocked_verdict_carries_a_block_with_a_message(
    situation: tuple[SafetyProfile, ColdRequest, SiteHistory, datetime, ZoneInfo],
) -> None:
    verdict = _verdict(*situation)
    assert verdict.allowed == (len(verdict.blocks) == 0)
    for block in verdict.blocks:
        assert block.text.strip()


@given(situations())
def test_invariant_4_every_reason_carries_sources(
    situation: tuple[SafetyProfile, ColdRequest, SiteHistory, datetime, ZoneInfo],
) -> None:
    verdict = _verdict(*situation)
    for item in (*verdict.blocks, *verdict.warnings, *verdict.limit_reasons):
        assert item.sources
        assert all(source.strip() for source in item.sources)
        assert "{" not in item.text  # every placeholder was filled


@given(situations())
def test_invariant_5_next_allowed_never_before_last_removal_plus_its_rest(
    situation: tuple[SafetyProfile, ColdRequest, SiteHistory, datetime, ZoneInfo],
) -> None:
    profile, request, history, now, tz = situation
    verdict = _verdict(profile, request, history, now, tz)
    group = request.site.rest_group
    here = [
        s
        for s in history.sessions
        if s.site.rest_group == group and s.modality is not Modality.WHOLE_BODY_CRYOTHERAPY
    ]
    assume(here)
    last = max(here, key=lambda s: s.removed_at)
    rest = rest_minutes_after(profile, last.site, last.modality, now, tz)
    assert verdict.next_allowed_at is not None
    assert verdict.next_allowed_at >= last.removed_at + timedelta(minutes=rest)


@given(
    situations(),
    st.integers(-2, 40),
    st.integers(-2, 60),
    st.integers(-2, 40),
)
def test_invariant_6_an_intermittent_plan_never_exceeds_the_effective_maximum(
    situation: tuple[SafetyProfile, ColdRequest, SiteHistory, datetime, ZoneInfo],
    first_on: int,
    off: int,
    second_on: int,
) -> None:
    profile, request, history, now, tz = situation
    assume(request.modality is not Modality.WHOLE_BODY_CRYOTHERAPY)
    protocol = IntermittentProtocol(first_on, off, second_on)
    with_protocol = dataclasses.replace(request, protocol=protocol)
    try:
        verdict = _verdict(profile, with_protocol, history, now, tz)
    except BadInputError as error:
        problem = str(error)
    else:
        problem = ""
    if problem:
        return
    assert verdict.max_minutes is not None
    assert protocol.total_on_minutes <= verdict.max_minutes
    assert min(first_on, second_on) >= 1
    assert off >= max(10, first_on)


@pytest.mark.parametrize("max_minutes", range(2, 31))
def test_the_suggested_protocol_is_always_valid(max_minutes: int) -> None:
    suggestion = suggested_protocol(max_minutes)
    assert suggestion is not None
    assert suggestion.problem(max_minutes) is None


def test_no_protocol_is_suggested_for_a_one_minute_maximum() -> None:
    assert suggested_protocol(1) is None
    assert "too short" in (IntermittentProtocol(1, 10, 1).problem(1) or "")
