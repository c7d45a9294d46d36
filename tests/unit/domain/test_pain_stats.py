"""Pain statistics: bands, daily points and 7-day means, session changes, effects, PEG, alerts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coldcare.domain.exercises import Effort, ExerciseCompletion
from coldcare.domain.pain_stats import (
    ALERT_TEXT,
    AlertKind,
    DailyPoint,
    PainBand,
    PegResponse,
    alerts,
    baseline,
    daily_points,
    effects,
    exercise_ratings,
    pain_band,
    session_changes,
)
from coldcare.domain.records import PainContext, PainRating, SessionRecord
from coldcare.domain.vocabulary import BadInputError, Barrier, BodySite, Modality

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 3, 2, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (0, PainBand.NONE),
        (1, PainBand.MILD),
        (3, PainBand.MILD),
        (3.4, PainBand.MILD),
        (3.5, PainBand.MODERATE),
        (4, PainBand.MODERATE),
        (6, PainBand.MODERATE),
        (7, PainBand.SEVERE),
        (10, PainBand.SEVERE),
    ],
)
def test_pain_bands(value: float, band: PainBand) -> None:
    assert pain_band(value) is band


def test_a_pain_band_needs_a_rating_from_0_to_10() -> None:
    with pytest.raises(BadInputError, match="0 to 10"):
        pain_band(11)


def rating(
    day: int, value: int, context: PainContext = PainContext.DAILY, **more: object
) -> PainRating:
    return PainRating(1, T0 + timedelta(days=day), value, context, **more)  # type: ignore[arg-type]


def test_daily_points_average_each_day_and_the_seven_before() -> None:
    ratings = [
        rating(0, 6),
        rating(0, 4, PainContext.BEFORE),
        rating(0, 1, PainContext.AFTER),  # not part of the trend
        rating(3, 5),
        rating(8, 2),
    ]
    points = daily_points(ratings, BERLIN)
    assert [(p.day, p.mean, p.count) for p in points] == [
        (date(2026, 3, 2), 5.0, 2),
        (date(2026, 3, 5), 5.0, 1),
        (date(2026, 3, 10), 2.0, 1),
    ]
    assert points[1].seven_day_mean == pytest.approx(5.0)
    assert points[2].seven_day_mean == pytest.approx((5 + 2) / 2)


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 10)), max_size=40))
def test_the_seven_day_mean_is_the_mean_of_every_rating_in_the_last_seven_days(
    entries: list[tuple[int, int]],
) -> None:
    points = daily_points([rating(day, value) for day, value in entries], UTC)
    for point in points:
        window = [
            value
            for day, value in entries
            if 0 <= (point.day - (T0 + timedelta(days=day)).date()).days <= 6
        ]
        assert point.seven_day_mean == pytest.approx(sum(window) / len(window))


def test_days_are_the_persons_local_days() -> None:
    late = PainRating(1, datetime(2026, 3, 2, 23, 30, tzinfo=UTC), 5, PainContext.DAILY)
    assert daily_points([late], BERLIN)[0].day == date(2026, 3, 3)


def session(
    session_id: int, site: str = "knee-left", modality: Modality = Modality.GEL_PACK
) -> SessionRecord:
    return SessionRecord(
        profile_id=1,
        site=BodySite.parse(site),
        modality=modality,
        barrier=Barrier.DAMP_CLOTH,
        recommended_minutes=15,
        max_minutes=20,
        planned_minutes=15,
        skin_check_every_minutes=5,
        rest_minutes=60,
        started_at=T0,
        planned_end_at=T0,
        id=session_id,
    )


@pytest.mark.parametrize(
    ("before", "after", "meaningful"),
    [
        (6, 4, True),  # 2 points
        (3, 2, True),  # 1 point is 33 %
        (8, 7, False),  # 1 point, 12.5 %
        (5, 5, False),
        (4, 6, False),
        (10, 8, True),
    ],
)
def test_a_meaningful_change_is_2_points_or_30_percent(
    before: int, after: int, meaningful: bool
) -> None:
    ratings = [
        rating(0, before, PainContext.BEFORE, session_id=1),
        rating(0, after, PainContext.AFTER, session_id=1),
    ]
    (change,) = session_changes([session(1)], ratings)
    assert change.drop == before - after
    assert change.meaningful is meaningful


def test_sessions_without_both_ratings_are_left_out() -> None:
    ratings = [rating(0, 6, PainContext.BEFORE, session_id=1), rating(0, 3)]
    assert session_changes([session(1), session(2)], ratings) == []


def test_effects_per_site_and_modality() -> None:
    ratings = []
    for sid, before, after in ((1, 6, 3), (2, 6, 5), (3, 5, 4)):
        ratings += [
            rating(0, before, PainContext.BEFORE, session_id=sid),
            rating(0, after, PainContext.AFTER, session_id=sid),
        ]
    sessions = [session(1), session(2), session(3, "lower-back", Modality.ICE_BAG)]
    knee, back = effects(session_changes(sessions, ratings))
    assert (knee.sessions, knee.mean_drop, knee.meaningful_share) == (2, 2.0, 0.5)
    assert (back.site.code, back.sessions, back.meaningful_share) == ("lower-back", 1, 0.0)


def test_peg_score_is_the_mean_of_its_three_answers() -> None:
    assert PegResponse(1, T0, 6, 5, 7).score == pytest.approx(6.0)
    with pytest.raises(BadInputError, match="enjoyment"):
        PegResponse(1, T0, 6, 11, 7)


def point(day: int, mean: float) -> DailyPoint:
    return DailyPoint(date(2026, 3, 2) + timedelta(days=day), mean, 1, mean)


def test_baseline_compares_the_first_and_last_seven_days() -> None:
    points = [point(0, 6), point(2, 6), point(20, 3), point(25, 4)]
    trend = baseline(points)
    assert (trend.first, trend.latest, trend.change) == (6.0, 3.5, -2.5)
    assert baseline([]).change is None


def test_alerts_for_severe_pain_a_rising_trend_and_gaps() -> None:
    ratings = [rating(0, 8), rating(0, 9), rating(1, 7)]
    points = [point(0, 3), point(1, 3), point(10, 5), point(11, 5)]
    found = alerts(ratings, points, BERLIN)
    assert [a.kind for a in found] == [AlertKind.SEVERE_PAIN, AlertKind.RISING, AlertKind.GAP]
    assert found[0].text == "Pain of 7 or more on 2 days: 2026-03-02, 2026-03-03"
    assert found[2].text == "No pain entries for 8 days, from 2026-03-04 to 2026-03-11"
    assert set(ALERT_TEXT) == set(AlertKind)
    assert alerts([rating(0, 2)], [point(0, 2), point(1, 2)], BERLIN) == []


def test_days_after_the_last_entry_are_a_gap_up_to_the_last_day_entries_were_due() -> None:
    points = [point(0, 3), point(1, 3)]
    (gap,) = alerts([], points, BERLIN, through=points[-1].day + timedelta(days=4))
    assert gap.text == "No pain entries for 4 days, from 2026-03-04 to 2026-03-07"
    assert alerts([], points, BERLIN, through=points[-1].day + timedelta(days=2)) == []
    assert alerts([], [], BERLIN, through=points[-1].day + timedelta(days=9)) == []


def test_the_severe_pain_alert_names_its_days_a_long_list_abridged() -> None:
    (one,) = alerts([rating(0, 7)], [], BERLIN)
    assert one.text == "Pain of 7 or more on 1 day: 2026-03-02"

    (many,) = alerts([rating(day, 9) for day in range(10)], [], BERLIN)
    assert many.filled(many.template, lambda day: f"{day:%d.%m.}") == (
        "Pain of 7 or more on 10 days: 02.03., 03.03., …, 09.03., 10.03., 11.03."
    )


def test_pain_after_an_exercise_is_a_rating_in_the_exercise_context() -> None:
    done = [
        ExerciseCompletion(1, 7, T0, 2, 10, Effort.HARD, pain=8),
        ExerciseCompletion(1, 7, T0, 2, 10, Effort.EASY),
    ]
    (after,) = exercise_ratings(done)
    assert (after.rated_at, after.value, after.context) == (T0, 8, PainContext.EXERCISE)
    assert alerts([after], [], BERLIN)[0].params["count"] == 1
    assert daily_points([after], BERLIN) == []
