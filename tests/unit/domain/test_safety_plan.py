"""check_plan: the weekly cold plan against safety-rules.md §2–§4 (product.md, the Plan screen).

A plan that breaks a rule cannot be saved; each violation names the items involved, the rule
and what would work. "now" is a fixed aware instant (it only fixes the person's age).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from coldcare.domain.safety import (
    ColdRequest,
    IntermittentProtocol,
    SafetyProfile,
    SiteHistory,
    evaluate,
)
from coldcare.domain.safety_plan import PlannedCold, PlanRule, PlanViolation, check_plan
from coldcare.domain.vocabulary import BadInputError, Barrier, BodySite, Condition, Modality

NOW = datetime(2025, 6, 11, 10, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
ADULT = SafetyProfile(age=45)


def item(
    key: str,
    site: str = "knee-left",
    *,
    at: str = "09:00",
    days: Iterable[int] = (MON,),
    minutes: int = 15,
    modality: Modality = Modality.GEL_PACK,
    barrier: Barrier = Barrier.DAMP_CLOTH,
    water: float | None = None,
    protocol: IntermittentProtocol | None = None,
    label: str | None = None,
) -> PlannedCold:
    """A planned cold item; a 15-minute gel pack on the left knee, Mondays at 09:00."""
    return PlannedCold(
        key=key,
        label=label or f"Item {key}",
        site=BodySite.parse(site),
        modality=modality,
        minutes=minutes,
        weekdays=frozenset(days),
        at=time.fromisoformat(at),
        barrier=barrier,
        water_temp_c=water,
        protocol=protocol,
    )


def check(items: Sequence[PlannedCold], who: SafetyProfile = ADULT) -> tuple[PlanViolation, ...]:
    return check_plan(who, items, NOW, BERLIN)


def only(violations: tuple[PlanViolation, ...], rule: PlanRule) -> PlanViolation:
    """The single violation of the plan, which must break ``rule``."""
    assert len(violations) == 1, [v.text for v in violations]
    assert violations[0].rule is rule
    assert violations[0].text.strip()
    return violations[0]


# ----------------------------------------------------------------------------- acceptance


@pytest.mark.parametrize(
    ("second_at", "gap"),
    [("09:50", 30), ("09:30", 10)],
    ids=["30-minutes-between", "starts-30-minutes-apart"],
)
def test_acceptance_two_20_minute_gel_pack_sessions_left_knee_30_minutes_apart_refused(
    second_at: str, gap: int
) -> None:
    first = item("a", minutes=20, label="Ice the knee after the exercises")
    second = item("b", minutes=20, at=second_at, label="Evening knee cold")
    violation = only(check([first, second]), PlanRule.REST_INTERVAL)
    assert violation.item_keys == ("a", "b")
    assert "Ice the knee after the exercises" in violation.text
    assert "Evening knee cold" in violation.text
    assert "60 minutes" in violation.text
    assert violation.params["rest"] == 60
    assert violation.params["gap"] == gap
    assert violation.params["first_day"] == violation.params["second_day"] == "Monday"
    assert violation.params["earliest"] == "10:20"
    assert violation.params["earliest_day"] == "Monday"
    assert "10:20" in violation.text
    assert "Left knee" in violation.text


# ----------------------------------------------------------------------------- rest


def test_rest_exactly_enough_is_fine() -> None:
    assert check([item("a"), item("b", at="10:15")]) == ()


def test_rest_across_midnight() -> None:
    late = item("late", at="23:30", minutes=20)
    early = item("early", at="00:20", days=(TUE,))
    violation = only(check([late, early]), PlanRule.REST_INTERVAL)
    assert violation.item_keys == ("late", "early")
    assert violation.params["first_day"] == "Monday"
    assert violation.params["second_day"] == "Tuesday"
    assert violation.params["gap"] == 30
    assert violation.params["earliest"] == "00:50"
    assert violation.params["earliest_day"] == "Tuesday"


def test_rest_across_the_sunday_to_monday_week_wrap() -> None:
    sunday = item("sunday", at="23:30", days=(SUN,), minutes=20)
    monday = item("monday", at="00:20", days=(MON,))
    violation = only(check([monday, sunday]), PlanRule.REST_INTERVAL)
    assert violation.item_keys == ("sunday", "monday")
    assert violation.params["first_day"] == "Sunday"
    assert violation.params["second_day"] == "Monday"
    assert violation.params["gap"] == 30
    assert violation.params["earliest"] == "00:50"
    assert violation.params["earliest_day"] == "Monday"


def test_rest_across_the_week_wrap_with_enough_rest_is_fine() -> None:
    assert check([item("sunday", at="22:00", days=(SUN,)), item("monday", at="08:00")]) == ()


def test_rest_same_item_every_day_is_fine() -> None:
    assert check([item("daily", at="23:50", days=range(7), minutes=20)]) == ()


@pytest.mark.parametrize(
    ("first_site", "second_site", "second_at", "rest"),
    [
        # After the outer knee (a superficial nerve site) the knee rests 120 minutes.
        ("knee-outer-left", "knee-left", "10:30", 120),
        ("knee-left", "knee-outer-left", "09:45", 60),
        ("knee-outer-right", "knee-outer-right", "10:00", 120),
    ],
)
def test_rest_knee_and_knee_outer_share_rest(
    first_site: str, second_site: str, second_at: str, rest: int
) -> None:
    first = item("first", first_site, minutes=10)
    second = item("second", second_site, at=second_at, minutes=10)
    violation = only(check([first, second]), PlanRule.REST_INTERVAL)
    assert violation.item_keys == ("first", "second")
    assert violation.params["rest"] == rest
    assert f"{rest} minutes" in violation.text


@pytest.mark.parametrize(
    ("first_site", "second_site"),
    [
        ("knee-left", "knee-right"),
        ("knee-outer-left", "knee-right"),
        ("knee-left", "knee-outer-right"),
        ("shoulder-left", "shoulder-right"),
        ("knee-left", "thigh-left"),
    ],
)
def test_rest_different_sides_and_sites_do_not_share_rest(
    first_site: str, second_site: str
) -> None:
    assert check([item("a", first_site, minutes=10), item("b", second_site, minutes=10)]) == ()


def test_rest_120_minutes_for_an_older_adult() -> None:
    violation = only(
        check([item("a"), item("b", at="10:45")], SafetyProfile(age=70)), PlanRule.REST_INTERVAL
    )
    assert violation.params["rest"] == 120
    assert violation.params["gap"] == 90


def test_rest_120_minutes_after_immersion() -> None:
    bath = item(
        "bath", "ankle-foot-left", minutes=10, modality=Modality.COLD_WATER_IMMERSION, water=12.0
    )
    pack = item("pack", "ankle-foot-left", at="10:40", minutes=10)
    violation = only(check([bath, pack]), PlanRule.REST_INTERVAL)
    assert violation.params["rest"] == 120


def test_rest_personal_rest_lengthens_it() -> None:
    plan = [item("a"), item("b", at="10:45")]
    assert check(plan) == ()
    violation = only(
        check(plan, SafetyProfile(age=45, personal_rest_minutes=100)), PlanRule.REST_INTERVAL
    )
    assert violation.params["rest"] == 100


def test_rest_intermittent_item_rests_from_the_end_of_its_last_on_phase() -> None:
    # 10 on / 10 off / 10 on from 09:00: the cold is removed at 09:30.
    intermittent = item("split", protocol=IntermittentProtocol(10, 10, 10), minutes=20)
    too_soon = item("next", at="10:29")
    violation = only(check([intermittent, too_soon]), PlanRule.REST_INTERVAL)
    assert violation.params["earliest"] == "10:30"
    assert check([intermittent, item("next", at="10:30")]) == ()


def test_rest_overlapping_items_are_refused() -> None:
    violation = only(check([item("a", minutes=20), item("b", at="09:05")]), PlanRule.REST_INTERVAL)
    assert violation.params["gap"] == 0


@pytest.mark.parametrize(
    ("first_site", "second_site"),
    [("knee-left", "knee-left"), ("knee-left", "knee-outer-left")],
)
def test_rest_two_items_at_the_same_time_on_one_site_are_refused(
    first_site: str, second_site: str
) -> None:
    plan = [item("a", first_site, minutes=10), item("b", second_site, minutes=10)]
    rest = [v for v in check(plan) if v.rule is PlanRule.REST_INTERVAL]
    assert rest
    assert all(set(v.item_keys) == {"a", "b"} for v in rest)


def test_rest_measured_in_real_time_across_the_spring_forward_night() -> None:
    # Rest 120 for a 70-year-old. 01:20 + 10 min to 03:30 is 120 wall-clock minutes, but on
    # the last Sunday of March the clocks skip 02:00-03:00 in Berlin: only 60 real minutes.
    early = item("early", at="01:20", days=(SUN,), minutes=10)
    later = item("later", at="03:30", days=(SUN,), minutes=10)
    violation = only(check([early, later], who=SafetyProfile(age=70)), PlanRule.REST_INTERVAL)
    assert violation.params["gap"] == 60
    assert violation.params["rest"] == 120


def test_rest_violation_reported_once_per_pair_of_items() -> None:
    plan = [item("a", days=(MON, TUE)), item("b", at="09:30", days=(MON, TUE))]
    violation = only(check(plan), PlanRule.REST_INTERVAL)
    assert violation.item_keys == ("a", "b")


def test_rest_every_conflicting_pair_is_reported() -> None:
    plan = [item("a"), item("b", at="09:30"), item("c", at="10:00")]
    violations = check(plan)
    assert {v.item_keys for v in violations} == {("a", "b"), ("b", "c")}
    assert all(v.rule is PlanRule.REST_INTERVAL for v in violations)


# ----------------------------------------------------------------------------- daily limit


def nine_a_day(day: int = MON) -> list[PlannedCold]:
    """Nine 15-minute items 90 minutes apart from 00:00: rested, but one too many."""
    return [
        item(f"k{i}", at=f"{(90 * i) // 60:02d}:{(90 * i) % 60:02d}", days=(day,)) for i in range(9)
    ]


def test_daily_limit_9_items_on_one_day_names_the_items() -> None:
    plan = nine_a_day(WED)
    violation = only(check(plan), PlanRule.DAILY_LIMIT)
    assert violation.item_keys == tuple(f"k{i}" for i in range(9))
    assert violation.params["count"] == 9
    assert violation.params["limit"] == 8
    assert violation.params["weekday"] == "Wednesday"
    assert "9" in violation.text
    assert "8" in violation.text
    assert "Wednesday" in violation.text


def test_daily_limit_8_items_on_one_day_is_fine() -> None:
    assert check(nine_a_day()[:8]) == ()


def test_daily_limit_knee_and_knee_outer_count_together() -> None:
    plan = [
        item(
            f"k{i}",
            "knee-left" if i % 2 else "knee-outer-left",
            at=f"{(150 * i) // 60:02d}:{(150 * i) % 60:02d}",
            minutes=10,
        )
        for i in range(9)
    ]
    violation = only(check(plan), PlanRule.DAILY_LIMIT)
    assert len(violation.item_keys) == 9


def test_daily_limit_left_and_right_counted_apart() -> None:
    left = nine_a_day()[:5]
    right = [
        item(f"r{i}", "knee-right", at=f"{(90 * i) // 60:02d}:{(90 * i) % 60:02d}")
        for i in range(5)
    ]
    assert check([*left, *right]) == ()


def test_daily_limit_counted_per_day() -> None:
    # The same nine times, split over Monday and Tuesday.
    plan = [
        item(f"k{i}", at=f"{(90 * i) // 60:02d}:{(90 * i) % 60:02d}", days=(MON if i < 5 else TUE,))
        for i in range(9)
    ]
    assert check(plan) == ()


# ----------------------------------------------------------------------------- one item


@pytest.mark.parametrize(
    ("planned", "maximum", "reasons"),
    [
        (item("a", minutes=25), 20, []),
        (item("a", "knee-outer-left", minutes=15), 10, ["nerve-site"]),
        (item("a", "forehead-temples", minutes=16), 15, ["head"]),
    ],
    ids=["gel-pack-25", "knee-outer-15", "forehead-16"],
)
def test_over_maximum_item(planned: PlannedCold, maximum: int, reasons: list[str]) -> None:
    violation = only(check([planned]), PlanRule.OVER_MAXIMUM)
    assert violation.item_keys == ("a",)
    assert violation.params["maximum"] == maximum
    assert violation.params["minutes"] == planned.minutes
    assert str(maximum) in violation.text
    assert planned.label in violation.text
    assert [str(r.code) for r in violation.reasons] == reasons


def test_over_maximum_for_this_person() -> None:
    planned = item("a", minutes=18)
    assert check([planned]) == ()
    violation = only(check([planned], SafetyProfile(age=70)), PlanRule.OVER_MAXIMUM)
    assert violation.params["maximum"] == 15
    assert [str(r.code) for r in violation.reasons] == ["older-adult"]
    personal = SafetyProfile(age=45, personal_max_minutes=12)
    assert only(check([planned], personal), PlanRule.OVER_MAXIMUM).params["maximum"] == 12


def test_exactly_the_maximum_is_fine() -> None:
    assert check([item("a", minutes=20)]) == ()
    assert check([item("a", "elbow-right", minutes=10)]) == ()


@pytest.mark.parametrize(
    ("who", "planned", "codes"),
    [
        (
            SafetyProfile(age=45, conditions=frozenset({Condition.COLD_URTICARIA})),
            item("a"),
            {"cold-urticaria"},
        ),
        (ADULT, item("a", barrier=Barrier.NONE), {"barrier-missing"}),
        (
            ADULT,
            item("a", modality=Modality.WHOLE_BODY_CRYOTHERAPY, barrier=Barrier.NONE),
            {"wbc-log-only"},
        ),
        (
            SafetyProfile(age=45, conditions=frozenset({Condition.DIABETES})),
            item("a", modality=Modality.COLD_COMPRESSION_DEVICE),
            {"device-diabetes", "barrier-double"},
        ),
        (
            SafetyProfile(age=8),
            item("a", modality=Modality.COLD_COMPRESSION_DEVICE),
            {"child-device"},
        ),
    ],
    ids=["cold-urticaria", "no-barrier", "whole-body-cryotherapy", "device-diabetes", "child"],
)
def test_blocked_item_carries_the_engine_reasons(
    who: SafetyProfile, planned: PlannedCold, codes: set[str]
) -> None:
    violation = only(check([planned], who), PlanRule.BLOCKED)
    assert violation.item_keys == ("a",)
    assert planned.label in violation.text
    assert {str(r.code) for r in violation.reasons} == codes
    engine = evaluate(who, planned.request(), SiteHistory(), NOW, BERLIN)
    assert violation.reasons == engine.blocks
    assert all(r.text.strip() and r.sources for r in violation.reasons)


@pytest.mark.parametrize(
    ("planned", "words"),
    [
        (
            PlannedCold(
                "a",
                "Knee bath",
                BodySite.parse("knee-left"),
                Modality.COLD_WATER_IMMERSION,
                10,
                frozenset({MON}),
                time(9),
                water_temp_c=12.0,
            ),
            "knee-left",
        ),
        (
            PlannedCold(
                "a",
                "Foot bath",
                BodySite.parse("ankle-foot-left"),
                Modality.COLD_WATER_IMMERSION,
                10,
                frozenset({MON}),
                time(9),
            ),
            "water temperature",
        ),
        (
            PlannedCold(
                "a",
                "Foot bath",
                BodySite.parse("ankle-foot-left"),
                Modality.COLD_WATER_IMMERSION,
                10,
                frozenset({MON}),
                time(9),
                water_temp_c=25.0,
            ),
            "0 to 20",
        ),
        (item("a", protocol=IntermittentProtocol(10, 5, 10), label="Knee split"), "break"),
        (item("a", protocol=IntermittentProtocol(15, 15, 15), label="Knee split"), "30 minutes"),
    ],
    ids=["immersion-at-knee", "immersion-no-temperature", "immersion-25-c", "short-break", "long"],
)
def test_invalid_item(planned: PlannedCold, words: str) -> None:
    violation = only(check([planned]), PlanRule.INVALID)
    assert violation.item_keys == ("a",)
    assert planned.label in violation.text
    assert words in violation.text
    assert words in str(violation.params["problem"])


def test_intermittent_item_counts_its_cold_phases_not_its_minutes() -> None:
    planned = item("a", minutes=99, protocol=IntermittentProtocol(10, 10, 10))
    assert planned.cold_minutes == 20
    assert planned.span_minutes == 30
    assert planned.request() == ColdRequest(
        planned.site, planned.modality, planned.barrier, None, planned.protocol
    )
    assert check([planned]) == ()


def test_a_pending_clinician_review_does_not_make_a_plan_unsaveable() -> None:
    pending = SafetyProfile(age=45, review_needed=True)
    plan = [item("a"), item("b", "knee-right", at="18:00", days=range(7))]
    assert check(plan, pending) == ()
    # The review still blocks the sessions themselves.
    verdict = evaluate(pending, plan[0].request(), SiteHistory(), NOW, BERLIN)
    assert [str(c) for c in verdict.block_codes()] == ["review-needed"]
    # And rules still apply to a plan with a review pending.
    assert only(check([item("a", minutes=30)], pending), PlanRule.OVER_MAXIMUM)


# ----------------------------------------------------------------------------- whole plans


def test_a_valid_plan_gives_no_violations() -> None:
    plan = [
        item("knee-am", at="08:00", days=range(7), label="After the knee exercises"),
        item("knee-pm", at="18:00", days=range(7), minutes=20),
        item("knee-outer", "knee-outer-left", at="12:00", days=(MON, WED, FRI), minutes=10),
        item("right-knee", "knee-right", at="08:00", days=(SAT, SUN)),
        item(
            "back",
            "lower-back",
            at="21:00",
            days=(TUE, THU),
            modality=Modality.ICE_BAG,
            barrier=Barrier.PACK_SLEEVE,
            protocol=IntermittentProtocol(10, 10, 10),
        ),
        item(
            "foot",
            "ankle-foot-right",
            at="07:30",
            days=(MON,),
            modality=Modality.COLD_WATER_IMMERSION,
            barrier=Barrier.NONE,
            water=8.0,
            minutes=10,
        ),
        item("neck", "neck-back", at="22:30", days=(SUN,), modality=Modality.COOL_COMPRESS),
    ]
    assert check(plan) == ()


def test_an_empty_plan_gives_no_violations() -> None:
    assert check([]) == ()


def test_a_plan_reports_every_broken_rule() -> None:
    plan = [
        *nine_a_day(FRI),
        item("long", "shoulder-left", minutes=40),
        item("bare", "shoulder-right", barrier=Barrier.NONE),
        item("close", "shoulder-left", at="09:45"),
    ]
    rules = {(v.rule, v.item_keys) for v in check(plan)}
    assert rules == {
        (PlanRule.DAILY_LIMIT, tuple(f"k{i}" for i in range(9))),
        (PlanRule.OVER_MAXIMUM, ("long",)),
        (PlanRule.BLOCKED, ("bare",)),
        (PlanRule.REST_INTERVAL, ("long", "close")),
    }


# ----------------------------------------------------------------------------- item checks


@pytest.mark.parametrize("days", [(), (7,), (-1, MON)])
def test_an_item_needs_weekdays_from_monday_to_sunday(days: tuple[int, ...]) -> None:
    with pytest.raises(BadInputError, match="weekday"):
        item("a", days=days)


@pytest.mark.parametrize("minutes", [0, -5])
def test_an_item_needs_at_least_one_minute_of_cold(minutes: int) -> None:
    with pytest.raises(BadInputError, match="1 minute"):
        item("a", minutes=minutes)


def test_a_blocked_item_with_a_bad_protocol_reports_the_block_first() -> None:
    urticaria = SafetyProfile(age=45, conditions=frozenset({Condition.COLD_URTICARIA}))
    bad_protocol = item("a", protocol=IntermittentProtocol(10, 10, 15))
    violation = only(check([bad_protocol], who=urticaria), PlanRule.BLOCKED)
    assert [str(r.code) for r in violation.reasons] == ["cold-urticaria"]


def test_overlapping_items_are_said_to_overlap() -> None:
    violation = only(check([item("a"), item("b", at="09:10")]), PlanRule.REST_INTERVAL)
    assert violation.params["gap"] == 0
    assert "overlap" in violation.text


def test_the_daily_limit_names_the_spot_and_how_many_to_remove() -> None:
    nine = [item(f"i{n}", at=f"{2 * n:02d}:00", minutes=1) for n in range(9)]
    daily = only(check(nine), PlanRule.DAILY_LIMIT)
    assert daily.params["excess"] == 1
    assert "Left knee" in daily.text
    assert "Remove 1" in daily.text
