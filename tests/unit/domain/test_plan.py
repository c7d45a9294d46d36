"""The weekly plan: occurrences on real dates (DST), sleep hours, status, snoozes, adherence."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from coldcare.domain.plan import (
    DUE_WINDOW,
    LATE_GRACE,
    MAX_SNOOZES,
    ItemKind,
    Occurrence,
    OccurrenceLog,
    PlanItem,
    SkipReason,
    SleepHours,
    Status,
    adherence,
    catch_up,
    cold_items,
    day_bounds,
    item_adherence,
    next_reminder,
    occurrences,
    snoozed,
    status,
    weekly_adherence,
)
from coldcare.domain.vocabulary import BadInputError, Barrier, BodySite, Modality

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
EVERY_DAY = frozenset(range(7))


def cold(item_id: int, at: str, days: frozenset[int] = EVERY_DAY, **changes: object) -> PlanItem:
    values: dict[str, object] = {
        "profile_id": 1,
        "kind": ItemKind.COLD,
        "label": f"Ice {item_id}",
        "weekdays": days,
        "at": time.fromisoformat(at),
        "start_date": date(2026, 1, 1),
        "id": item_id,
        "site": BodySite.parse("knee-left"),
        "modality": Modality.GEL_PACK,
        "barrier": Barrier.DAMP_CLOTH,
        "minutes": 15,
    }
    values.update(changes)
    return PlanItem(**values)  # type: ignore[arg-type]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("tz", "spring", "autumn"),
    [
        (BERLIN, date(2026, 3, 29), date(2026, 10, 25)),
        (NEW_YORK, date(2026, 3, 8), date(2026, 11, 1)),
    ],
)
@pytest.mark.parametrize("at", ["02:30", "01:30", "09:00", "00:00", "23:59"])
def test_each_local_time_happens_exactly_once_on_both_dst_days(
    tz: ZoneInfo, spring: date, autumn: date, at: str
) -> None:
    item = cold(1, at)
    for day in (spring, autumn):
        start, end = day_bounds(day, tz)
        found = occurrences([item], start, end, tz)
        assert [o.day for o in found] == [day]
        # The same again over a whole week around the change: once a day, no day twice.
        week = occurrences([item], start - timedelta(days=3), end + timedelta(days=3), tz)
        assert Counter(o.day for o in week) == Counter(
            day + timedelta(days=n) for n in range(-3, 4)
        )


def test_a_time_in_the_spring_forward_gap_moves_to_the_first_valid_minute() -> None:
    (found,) = occurrences([cold(1, "02:30")], *day_bounds(date(2026, 3, 29), BERLIN), BERLIN)
    assert found.due_at.astimezone(BERLIN).time() == time(3, 0)


def test_a_repeated_time_on_the_fall_back_day_uses_the_first() -> None:
    (found,) = occurrences([cold(1, "02:30")], *day_bounds(date(2026, 10, 25), BERLIN), BERLIN)
    assert found.due_at == utc(2026, 10, 25, 0, 30)


def test_local_times_stay_local_across_the_change() -> None:
    before = occurrences([cold(1, "09:00")], *day_bounds(date(2026, 3, 28), BERLIN), BERLIN)
    after = occurrences([cold(1, "09:00")], *day_bounds(date(2026, 3, 30), BERLIN), BERLIN)
    assert [o.due_at.astimezone(BERLIN).time() for o in before + after] == [time(9)] * 2
    assert before[0].due_at.hour == 8
    assert after[0].due_at.hour == 7


def test_weekdays_dates_archived_and_order() -> None:
    monday = date(2026, 3, 2)
    items = [
        cold(1, "09:00", frozenset({0, 2})),
        cold(2, "09:00", position=1),
        cold(3, "08:00", end_date=monday - timedelta(days=1)),
        cold(4, "07:00", start_date=monday + timedelta(days=1)),
        cold(5, "07:00", archived=True),
    ]
    found = occurrences(items, *day_bounds(monday, BERLIN), BERLIN)
    assert [o.item_id for o in found] == [1, 2]
    tuesday = occurrences(items, *day_bounds(monday + timedelta(days=1), BERLIN), BERLIN)
    assert [o.item_id for o in tuesday] == [4, 2]
    unsaved = PlanItem(**{**cold(9, "09:00").__dict__, "id": None})
    assert occurrences([unsaved], *day_bounds(monday, BERLIN), BERLIN) == []


def test_sleep_hours_move_the_reminder_to_the_end_of_the_window_once() -> None:
    sleep = SleepHours(time(22), time(7))
    items = [cold(1, "06:30"), cold(2, "23:00"), cold(3, "12:00")]
    monday = date(2026, 3, 2)
    found = occurrences(items, *day_bounds(monday, BERLIN), BERLIN, sleep)
    by_item = {o.item_id: o for o in found}
    assert by_item[1].remind_at.astimezone(BERLIN) == datetime(2026, 3, 2, 7, tzinfo=BERLIN)
    assert by_item[2].remind_at.astimezone(BERLIN) == datetime(2026, 3, 3, 7, tzinfo=BERLIN)
    assert by_item[3].remind_at == by_item[3].due_at
    assert by_item[1].due_at.astimezone(BERLIN).time() == time(6, 30)


@pytest.mark.parametrize(
    ("window", "inside", "outside"),
    [
        ((time(22), time(7)), [time(23), time(2), time(6, 59)], [time(7), time(12), time(21, 59)]),
        ((time(13), time(15)), [time(13), time(14, 30)], [time(12), time(15)]),
        ((time(22), time(22)), [], [time(22), time(3)]),
    ],
)
def test_sleep_hours_window(
    window: tuple[time, time], inside: list[time], outside: list[time]
) -> None:
    sleep = SleepHours(*window)
    assert all(sleep.contains(t) for t in inside)
    assert not any(sleep.contains(t) for t in outside)


def _occurrence(due: datetime) -> Occurrence:
    return Occurrence(due, 0, 1, due.date(), due)


def test_status_from_upcoming_to_due_to_missed() -> None:
    due = utc(2026, 3, 2, 9)
    occurrence = _occurrence(due)
    assert status(occurrence, None, due - timedelta(minutes=1)) is Status.UPCOMING
    assert status(occurrence, None, due) is Status.DUE
    assert status(occurrence, None, due + DUE_WINDOW - timedelta(seconds=1)) is Status.DUE
    assert status(occurrence, None, due + DUE_WINDOW) is Status.MISSED
    log = OccurrenceLog(1, 1, due.date())
    done = OccurrenceLog(1, 1, due.date(), done_at=due)
    skipped = OccurrenceLog(1, 1, due.date(), skip_reason=SkipReason.NOT_AT_HOME)
    assert status(occurrence, done, due + timedelta(days=1)) is Status.DONE
    assert status(occurrence, skipped, due) is Status.SKIPPED
    assert status(occurrence, log, due + DUE_WINDOW) is Status.MISSED


def test_a_snooze_keeps_it_due_and_is_limited_to_three() -> None:
    due = utc(2026, 3, 2, 9)
    log = OccurrenceLog(1, 1, due.date(), notified_at=due)
    for _ in range(MAX_SNOOZES):
        log = snoozed(log, 15, due)
    assert log.snoozes == MAX_SNOOZES
    assert next_reminder(_occurrence(due), log) == due + timedelta(minutes=15)
    assert status(_occurrence(due), log, due + DUE_WINDOW + timedelta(minutes=10)) is Status.DUE
    with pytest.raises(BadInputError, match="at most 3"):
        snoozed(log, 5, due)
    with pytest.raises(BadInputError, match="5, 10 or 15"):
        snoozed(OccurrenceLog(1, 1, due.date()), 20, due)


def test_next_reminder_once_only() -> None:
    due = utc(2026, 3, 2, 9)
    occurrence = _occurrence(due)
    assert next_reminder(occurrence, None) == due
    assert next_reminder(occurrence, OccurrenceLog(1, 1, due.date(), notified_at=due)) is None
    done = OccurrenceLog(1, 1, due.date(), done_at=due)
    assert next_reminder(occurrence, done) is None


def test_catch_up_sounds_only_the_latest_recent_one_and_reports_older_once() -> None:
    now = utc(2026, 3, 2, 12)
    old = [_occurrence(now - timedelta(hours=h)) for h in (5, 4, 3)]
    old = [Occurrence(o.due_at, 0, n, o.day, o.remind_at) for n, o in enumerate(old, start=1)]
    recent = [
        Occurrence(now - timedelta(minutes=m), 0, 10 + m, now.date(), now - timedelta(minutes=m))
        for m in (10, 5)
    ]
    future = [Occurrence(now + timedelta(hours=1), 0, 99, now.date(), now + timedelta(hours=1))]
    result = catch_up([*old, *recent, *future], {}, now)
    assert [o.item_id for o in result.remind_now] == [15]
    assert [o.item_id for o in result.missed] == [1, 2, 3]
    shown = {o.key: OccurrenceLog(1, o.item_id, o.day, missed_shown=True) for o in old}
    assert catch_up(old, shown, now).missed == ()
    assert LATE_GRACE < DUE_WINDOW


def test_catch_up_sounds_the_reminder_that_came_last_even_if_planned_earlier() -> None:
    now = utc(2026, 3, 2, 12)
    snoozed_one = Occurrence(
        now - timedelta(minutes=20), 0, 1, now.date(), now - timedelta(minutes=20)
    )
    later_one = Occurrence(now - timedelta(minutes=8), 0, 2, now.date(), now - timedelta(minutes=8))
    log = OccurrenceLog(1, 1, now.date(), snoozes=1, snoozed_until=now - timedelta(minutes=2))
    result = catch_up([snoozed_one, later_one], {snoozed_one.key: log}, now)
    assert [o.item_id for o in result.remind_now] == [1]


def test_adherence_counts_done_over_scheduled_with_skips_apart() -> None:
    monday = date(2026, 3, 2)
    planned = [
        Occurrence(
            utc(2026, 3, 2 + n, 9), 0, item, monday + timedelta(days=n), utc(2026, 3, 2 + n, 9)
        )
        for n in range(3)
        for item in (1, 2)
    ]
    logs = {
        (1, monday): OccurrenceLog(1, 1, monday, done_at=utc(2026, 3, 2, 9)),
        (2, monday): OccurrenceLog(1, 2, monday, skip_reason=SkipReason.TOO_MUCH_PAIN),
        (1, monday + timedelta(days=1)): OccurrenceLog(
            1, 1, monday + timedelta(days=1), done_at=utc(2026, 3, 3, 9)
        ),
    }
    now = utc(2026, 3, 4, 9, 30)  # the last day's two are still due
    total = adherence(planned, logs, now)
    assert (total.scheduled, total.done, total.skipped, total.missed) == (4, 2, 1, 1)
    assert total.rate == pytest.approx(0.5)
    assert item_adherence(planned, logs, now)[1].rate == 1.0
    assert list(weekly_adherence(planned, logs, now)) == [monday]
    assert adherence([], {}, now).rate is None


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"label": " "}, "needs a name"),
        ({"weekdays": frozenset()}, "weekday"),
        ({"weekdays": frozenset({8})}, "weekday"),
        ({"end_date": date(2025, 1, 1)}, "ends before it starts"),
        ({"site": None}, "place and a kind of cold"),
        ({"minutes": 0}, "1 minute"),
        ({"kind": ItemKind.EXERCISE, "exercise_id": None}, "needs an exercise"),
    ],
)
def test_a_plan_item_names_what_is_wrong(changes: dict[str, object], problem: str) -> None:
    with pytest.raises(BadInputError, match=problem):
        cold(1, "09:00", **changes)


def test_the_plan_check_sees_the_active_cold_items() -> None:
    exercise = cold(2, "08:00", kind=ItemKind.EXERCISE, exercise_id=7)
    planned = cold_items([cold(1, "09:00"), exercise, cold(3, "10:00", archived=True)])
    assert [p.key for p in planned] == ["1"]
    with pytest.raises(BadInputError, match="not a cold item"):
        cold(4, "09:00", kind=ItemKind.EXERCISE, exercise_id=7, site=None).planned_cold()
