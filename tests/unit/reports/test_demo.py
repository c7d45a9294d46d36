"""The demo generator: deterministic, safe by the engine's own rules, and lifelike.

Sixty days in Berlin that cross the spring daylight-saving change (29 March 2026).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from coldcare.domain.exercises import STARTER_SET, Exercise
from coldcare.domain.pain_stats import daily_points
from coldcare.domain.plan import ItemKind, PlanItem, SkipReason, Status, cold_items, status
from coldcare.domain.plan import occurrences as plan_occurrences
from coldcare.domain.records import EventSource, PainContext, Profile
from coldcare.domain.safety import ColdRequest, PastSession, SiteHistory, SiteLock, evaluate
from coldcare.domain.safety_plan import check_plan
from coldcare.domain.session import Outcome, Phase
from coldcare.domain.signs import StopSign
from coldcare.domain.vocabulary import BadInputError
from coldcare.reports.demo import (
    DEMO_NAME,
    UNSAVED,
    DemoHistory,
    DemoPeriod,
    demo_history,
    demo_plan,
    demo_profile,
    logs_by_key,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 4, 20, 9, 30, tzinfo=UTC)
DAYS = 60


@pytest.fixture
def period() -> DemoPeriod:
    return DemoPeriod.before(NOW, DAYS, BERLIN)


@pytest.fixture
def library() -> list[Exercise]:
    """The starter set as storage returns it: with ids."""
    return [dataclasses.replace(e, id=10 + n) for n, e in enumerate(STARTER_SET)]


@pytest.fixture
def profile(period: DemoPeriod) -> Profile:
    return dataclasses.replace(demo_profile(period), id=7)


@pytest.fixture
def plan(profile: Profile, library: list[Exercise], period: DemoPeriod) -> list[PlanItem]:
    assert profile.id is not None
    items = demo_plan(profile.id, library, period)
    return [dataclasses.replace(item, id=100 + n) for n, item in enumerate(items)]


def history_for(
    profile: Profile, plan: list[PlanItem], library: list[Exercise], period: DemoPeriod, seed: int
) -> DemoHistory:
    return demo_history(profile, plan, library, period, seed)


@pytest.fixture
def history(
    profile: Profile, plan: list[PlanItem], library: list[Exercise], period: DemoPeriod
) -> DemoHistory:
    return history_for(profile, plan, library, period, 1)


def test_the_same_seed_gives_the_same_records_and_another_seed_others(
    profile: Profile, plan: list[PlanItem], library: list[Exercise], period: DemoPeriod
) -> None:
    first = history_for(profile, plan, library, period, 5)
    again = history_for(profile, plan, library, period, 5)
    other = history_for(profile, plan, library, period, 6)
    assert first == again
    assert list(first.sessions) == list(again.sessions)
    assert first.sessions != other.sessions
    assert first.ratings != other.ratings
    assert first.logs != other.logs


def test_the_profile_and_plan_are_the_demo_ones_and_the_plan_passes_the_plan_check(
    profile: Profile, plan: list[PlanItem], period: DemoPeriod
) -> None:
    assert profile.name == DEMO_NAME
    assert check_plan(profile.safety_profile(), cold_items(plan), period.start, BERLIN) == ()
    kinds = Counter(item.kind for item in plan)
    assert kinds[ItemKind.COLD] >= 3
    assert kinds[ItemKind.EXERCISE] >= 3


def test_everything_happens_inside_the_period_and_before_now(
    history: DemoHistory, period: DemoPeriod
) -> None:
    instants = [s.record.started_at for s in history.sessions]
    instants += [r.rated_at for s in history.sessions for r in s.ratings]
    instants += [f.answered_at for s in history.sessions if (f := s.follow_up)]
    instants += [r.rated_at for r in history.ratings]
    instants += [p.answered_at for p in history.pegs]
    instants += [c.completed_at for c in history.completions]
    assert period.start <= min(instants)
    assert max(instants) < period.end <= NOW


def test_every_session_is_allowed_by_the_engine_given_the_sessions_and_locks_before_it(
    history: DemoHistory, profile: Profile
) -> None:
    safety = profile.safety_profile()
    done: list[PastSession] = []
    locks: list[SiteLock] = []
    for demo in history.sessions:
        record = demo.record
        request = ColdRequest(
            record.site, record.modality, record.barrier, record.water_temp_c, record.protocol
        )
        verdict = evaluate(safety, request, SiteHistory(done, locks), record.started_at, BERLIN)
        assert verdict.allowed, (record.started_at, verdict.block_codes())
        assert (record.max_minutes, record.skin_check_every_minutes, record.rest_minutes) == (
            verdict.max_minutes,
            verdict.skin_check_every_minutes,
            verdict.rest_minutes,
        )
        assert record.planned_minutes <= record.max_minutes
        past = record.as_past_session()
        assert past is not None
        done.append(past)
        if demo.lock is not None:
            locks.append(SiteLock(demo.lock.site, demo.lock.until))


def _expected_checks(minutes: tuple[int, ...], every: int) -> int:
    """Checks fall every ``every`` minutes of cold, strictly before each phase's end."""
    return sum((phase - 1) // every for phase in minutes)


def test_sessions_have_the_shape_the_session_controller_stores(history: DemoHistory) -> None:
    for demo in history.sessions:
        record = demo.record
        assert record.removed_at is not None
        cold = sum(
            (p.end - p.start for p in record.phases if p.kind is Phase.COLD_ON), timedelta(0)
        )
        # The pack may stay on while the end alarm rings, a few seconds, never a minute.
        assert cold <= timedelta(minutes=record.max_minutes, seconds=45)
        assert all(a.end <= b.start for a, b in pairwise(record.phases))
        assert [c.number for c in demo.skin_checks] == list(range(1, len(demo.skin_checks) + 1))
        assert all(c.session_id == UNSAVED for c in demo.skin_checks)
        assert all(c.due_at <= c.answered_at <= record.removed_at for c in demo.skin_checks)
        if record.outcome is Outcome.COMPLETED:
            on_minutes = (
                (record.protocol.first_on_minutes, record.protocol.second_on_minutes)
                if record.protocol
                else (record.planned_minutes,)
            )
            expected = _expected_checks(on_minutes, record.skin_check_every_minutes)
            assert len(demo.skin_checks) == expected
        contexts = [r.context for r in demo.ratings]
        assert contexts[:2] == [PainContext.BEFORE, PainContext.AFTER]
        assert demo.ratings[0].rated_at == record.started_at
        assert demo.ratings[1].rated_at > record.removed_at
        if demo.follow_up is not None:
            assert demo.follow_up.answered_at >= record.removed_at + timedelta(minutes=30)


def test_there_is_variety_in_sites_modalities_outcomes_and_times(history: DemoHistory) -> None:
    records = [s.record for s in history.sessions]
    assert len({r.site for r in records}) >= 3
    assert len({r.modality for r in records}) >= 3
    assert any(r.protocol is not None for r in records)
    assert {Outcome.COMPLETED, Outcome.STOPPED_EARLY} <= {r.outcome for r in records}
    assert any(p.kind is Phase.PAUSED for r in records for p in r.phases)
    local_starts = {r.started_at.astimezone(BERLIN).strftime("%H:%M") for r in records}
    assert len(local_starts) > len(records) * 0.7
    assert all(7 <= r.started_at.astimezone(BERLIN).hour <= 22 for r in records)


def test_planned_times_stay_local_across_the_daylight_saving_change(
    history: DemoHistory, plan: list[PlanItem]
) -> None:
    knee = next(item.id for item in plan if item.kind is ItemKind.COLD)
    starts = [s.record.started_at for s in history.sessions if s.record.plan_item_id == knee]
    assert {t.utcoffset() for t in (s.astimezone(BERLIN) for s in starts)} == {
        timedelta(hours=1),
        timedelta(hours=2),
    }
    # Planned for 10:00 local: started a little before or after, in winter and summer time.
    assert all(9 <= s.astimezone(BERLIN).hour <= 11 for s in starts)


def test_pain_goes_down_over_the_period_but_not_steadily(history: DemoHistory) -> None:
    ratings = [*history.ratings, *(r for s in history.sessions for r in s.ratings)]
    points = daily_points(ratings, BERLIN)
    means = [p.mean for p in points]
    assert sum(means[:7]) / 7 > sum(means[-7:]) / 7 + 1.5
    assert any(later > earlier for earlier, later in pairwise(means))


def test_daily_check_ins_come_on_most_days_with_gaps_and_the_peg_weekly(
    history: DemoHistory,
) -> None:
    days = {r.rated_at.astimezone(BERLIN).date() for r in history.ratings}
    assert all(r.context is PainContext.DAILY for r in history.ratings)
    assert DAYS * 0.6 <= len(days) < DAYS
    assert DAYS // 7 - 3 <= len(history.pegs) <= DAYS // 7 + 1
    gaps = [b.answered_at - a.answered_at for a, b in pairwise(history.pegs)]
    assert all(g >= timedelta(days=6) for g in gaps)


def test_plan_occurrences_are_done_skipped_with_reasons_and_missed(
    history: DemoHistory, plan: list[PlanItem], period: DemoPeriod
) -> None:
    logs = logs_by_key(history.logs)
    planned = plan_occurrences(plan, period.start, period.end, BERLIN)
    statuses = Counter(status(o, logs.get(o.key), NOW) for o in planned)
    assert statuses.keys() == {Status.DONE, Status.SKIPPED, Status.MISSED}
    assert statuses[Status.DONE] > 0.75 * len(planned)
    skipped = [log for log in history.logs if log.skip_reason is not None]
    assert len({log.skip_reason for log in skipped}) >= 3
    assert all(log.skip_note for log in skipped if log.skip_reason is SkipReason.OTHER)
    assert len(logs) == len(history.logs), "one log per occurrence"


def test_done_items_have_their_session_or_exercise(
    history: DemoHistory, plan: list[PlanItem]
) -> None:
    kinds = {item.id: item.kind for item in plan}
    sessions = {
        (s.record.plan_item_id, s.record.started_at.astimezone(BERLIN).date())
        for s in history.sessions
    }
    completions = {(c.plan_item_id, c.completed_at) for c in history.completions}
    for log in history.logs:
        if log.done_at is None:
            continue
        if kinds[log.item_id] is ItemKind.EXERCISE:
            assert (log.item_id, log.done_at) in completions
        else:
            assert (log.item_id, log.day) in sessions
    exercise_ids = {item.exercise_id for item in plan if item.kind is ItemKind.EXERCISE}
    assert {c.exercise_id for c in history.completions} == exercise_ids


def test_exactly_one_adverse_event_locks_its_site_for_a_day(history: DemoHistory) -> None:
    (event,) = history.events
    (demo,) = [s for s in history.sessions if s.event is not None]
    assert event.source is EventSource.AFTERCARE
    assert event.signs == {StopSign.BRIGHT_RED_SKIN}
    assert demo.lock is not None
    assert demo.lock.until == event.occurred_at + timedelta(hours=24)
    assert demo.lock.site == demo.record.site == event.site
    in_lock = [
        s
        for s in history.sessions
        if s.record.site.rest_group == demo.lock.site.rest_group
        and demo.lock.locked_at <= s.record.started_at < demo.lock.until
    ]
    assert in_lock == []
    assert any(log.skip_reason is SkipReason.SKIN_NOT_READY for log in history.logs)


def test_a_single_day_still_has_its_one_adverse_event(
    profile: Profile, plan: list[PlanItem], library: list[Exercise]
) -> None:
    day = DemoPeriod.before(NOW, 1, BERLIN)
    assert len(history_for(profile, plan, library, day, 3).events) == 1


@pytest.mark.parametrize("days", [0, -1, 3651])
def test_a_period_outside_one_to_3650_days_is_refused(days: int) -> None:
    with pytest.raises(BadInputError, match="from 1 to 3650"):
        DemoPeriod.before(NOW, days, BERLIN)


def test_the_history_needs_stored_ids(
    profile: Profile, plan: list[PlanItem], library: list[Exercise], period: DemoPeriod
) -> None:
    with pytest.raises(BadInputError, match="stored"):
        demo_history(dataclasses.replace(profile, id=None), plan, library, period, 1)
