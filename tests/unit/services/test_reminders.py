"""The reminder service on a fake clock, real SQLite storage and a hand-driven wake scheduler.

Each "app run" is a :class:`Run`: a service of its own on the same database, as after a
restart. The fake clock moves only through the :class:`HandWake`, which runs the wake-ups due
on the way, as APScheduler would.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from coldcare.domain.localtime import resolve_local
from coldcare.domain.plan import MAX_SNOOZES, PlanItem, SkipReason
from coldcare.domain.ports import StorageProblem, StorageUnavailableError
from coldcare.domain.records import Profile
from coldcare.domain.settings import DESKTOP_NOTIFICATIONS, REMINDER_SOUND, SLEEP_END, SLEEP_START
from coldcare.domain.vocabulary import BadInputError
from coldcare.services.notify import NotificationKind
from coldcare.services.reminders import (
    LapsedReminder,
    MissedItem,
    MissedReminders,
    Reminder,
    ReminderService,
)
from coldcare.services.suspend import SuspendDetector
from coldcare.storage.database import Storage
from coldcare.storage.repositories import (
    SqlitePlanRepository,
    SqliteProfileRepository,
    SqliteSettingsStore,
)
from tests.fakes import FakeClock, HandWake
from tests.unit.services.reminder_fakes import Outputs
from tests.unit.storage.samples import MONDAY, cold_item

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # the clock fixture's start: Monday, 10:00 in Berlin
EVERY_DAY = frozenset(range(7))


def at_utc(hour: int, minute: int = 0, *, days: int = 0) -> datetime:
    """A UTC instant on T0's date (or ``days`` later)."""
    return T0.replace(hour=hour, minute=minute) + timedelta(days=days)


def daily(profile_id: int, label: str, utc: time, **changes: object) -> PlanItem:
    """A daily item at the Berlin wall time of ``utc`` on T0's date (winter time, UTC+1)."""
    wall = (datetime.combine(MONDAY, utc, tzinfo=UTC)).astimezone(BERLIN).time()
    fields: dict[str, object] = {
        "label": label,
        "at": wall,
        "weekdays": EVERY_DAY,
        "end_date": None,
        "heads_up": False,
        "position": 0,
    }
    fields.update(changes)
    return cold_item(profile_id, **fields)


@dataclasses.dataclass
class Run:
    """One run of the app: a service, its wake scheduler and what it emitted."""

    service: ReminderService
    wake: HandWake
    detector: SuspendDetector
    outputs: Outputs
    reminders: list[Reminder]
    fired_at: list[datetime]
    missed: list[MissedReminders]
    lapsed: list[tuple[LapsedReminder, datetime]]


class World:
    """The database, the clock and the app runs started on them."""

    def __init__(self, storage: Storage, clock: FakeClock) -> None:
        self.clock = clock
        self.plans = SqlitePlanRepository(storage)
        self.profiles = SqliteProfileRepository(storage)
        self.settings = SqliteSettingsStore(storage)
        self.runs: list[Run] = []

    def person(self, name: str) -> int:
        saved = self.profiles.save_profile(Profile(name, 1950))
        assert saved.id is not None
        return saved.id

    def plan(self, profile_id: int, *items: PlanItem) -> list[PlanItem]:
        return self.plans.save_plan(profile_id, list(items))

    def start(self, tz: ZoneInfo = BERLIN) -> Run:
        """Start the app: a new service on the same database."""
        wake = HandWake(self.clock)
        detector = SuspendDetector(self.clock)
        detector.reset()
        outputs = Outputs()
        service = ReminderService(
            self.clock,
            tz,
            self.plans,
            self.profiles,
            self.settings,
            wake,
            detector,
            notify=outputs.notify,
            on_sound=outputs.sound,
        )
        run = Run(service, wake, detector, outputs, [], [], [], [])
        service.reminder_due.connect(run.reminders.append)
        service.reminder_due.connect(lambda _r: run.fired_at.append(self.clock.now()))
        service.missed.connect(run.missed.append)
        service.lapsed.connect(lambda lapsed: run.lapsed.append((lapsed, self.clock.now())))
        self.runs.append(run)
        service.start()
        return run

    def restart(self, run: Run, tz: ZoneInfo = BERLIN) -> Run:
        """Close the app (its service shuts down), then start it again."""
        run.service.shutdown()
        return self.start(tz)


@pytest.fixture
def world(qtbot: QtBot, storage: Storage, clock: FakeClock) -> Iterator[World]:
    made = World(storage, clock)
    yield made
    for run in made.runs:
        run.service.shutdown()


@pytest.fixture
def anna(world: World) -> int:
    return world.person("Anna")


def no_sleep_hours(world: World) -> None:
    world.settings.set(SLEEP_START, time(22, 0))
    world.settings.set(SLEEP_END, time(22, 0))


# ----------------------------------------------------------------------------- on time


def test_a_reminder_fires_on_time_exactly_once(world: World, anna: int) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()
    assert run.wake.instants() == [at_utc(9, 30)]

    run.wake.advance_to(at_utc(9, 29))
    assert run.reminders == []
    run.wake.advance_to(at_utc(12))

    assert run.reminders == [
        Reminder(
            profile_id=anna,
            person="Anna",
            item_id=item.id or 0,
            day=MONDAY,
            label="Ice the left knee",
            due_at=at_utc(9, 30),
            heads_up=False,
            snoozes_left=MAX_SNOOZES,
        )
    ]
    assert run.fired_at == [at_utc(9, 30)]
    (notification,) = run.outputs.notified
    assert notification.kind is NotificationKind.REMINDER
    assert "Anna" in notification.title
    assert notification.body == "10:30 – Ice the left knee"
    assert run.outputs.sounds == 1
    stored = world.plans.logs_between(anna, MONDAY, MONDAY)[(item.id or 0, MONDAY)]
    assert stored.notified_at == at_utc(9, 30)


def test_the_next_day_reminds_again(world: World, anna: int) -> None:
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()

    run.wake.advance_to(at_utc(12, days=2))

    assert run.fired_at == [at_utc(9, 30), at_utc(9, 30, days=1), at_utc(9, 30, days=2)]
    assert [r.day for r in run.reminders] == [MONDAY + timedelta(days=d) for d in range(3)]


def test_with_notifications_and_sound_off_only_the_in_app_reminder_comes(
    world: World, anna: int
) -> None:
    world.settings.set(DESKTOP_NOTIFICATIONS, False)
    world.settings.set(REMINDER_SOUND, False)
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()

    run.wake.advance_to(at_utc(10))

    assert len(run.reminders) == 1
    assert run.outputs.notified == []
    assert run.outputs.sounds == 0


def test_an_item_starting_after_the_horizon_is_still_reminded(world: World, anna: int) -> None:
    later = MONDAY + timedelta(days=20)
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30), start_date=later))
    run = world.start()

    run.wake.advance_to(at_utc(10, days=20))

    assert run.fired_at == [at_utc(9, 30, days=20)]
    assert run.missed == []


# ----------------------------------------------------------------------------- snooze, skip, done


def test_snoozes_remind_again_later_and_count_down_to_none(world: World, anna: int) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()
    run.wake.advance_to(at_utc(9, 30))
    key = (anna, item.id or 0, MONDAY)

    snoozes = []
    for minutes in (5, 10, 15):
        snoozes.append(run.service.snooze(*key, minutes).snoozes)
        run.wake.advance_to(world.clock.now() + timedelta(minutes=minutes))

    assert snoozes == [1, 2, 3]
    assert run.fired_at == [at_utc(9, 30), at_utc(9, 35), at_utc(9, 45), at_utc(10, 0)]
    assert [r.snoozes_left for r in run.reminders] == [3, 2, 1, 0]
    with pytest.raises(BadInputError, match="at most 3 times"):
        run.service.snooze(*key, 5)
    run.wake.advance_to(at_utc(12))
    assert len(run.reminders) == 4


def test_only_5_10_or_15_minutes_can_be_chosen(world: World, anna: int) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()
    run.wake.advance_to(at_utc(9, 30))

    with pytest.raises(BadInputError, match="5, 10 or 15"):
        run.service.snooze(anna, item.id or 0, MONDAY, 7)


def test_a_reminder_cannot_be_snoozed_before_it_is_due(world: World, anna: int) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()

    with pytest.raises(BadInputError, match="once it is due"):
        run.service.snooze(anna, item.id or 0, MONDAY, 5)
    with pytest.raises(BadInputError, match="not planned"):
        run.service.snooze(anna, item.id or 0, MONDAY - timedelta(days=1), 5)
    with pytest.raises(BadInputError, match="no plan item"):
        run.service.snooze(anna + 1, item.id or 0, MONDAY, 5)


def test_a_snoozed_reminder_already_shown_is_not_repeated_after_a_restart(
    world: World, anna: int
) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()
    run.wake.advance_to(at_utc(9, 30))
    run.service.snooze(anna, item.id or 0, MONDAY, 5)
    run.wake.advance_to(at_utc(9, 36))

    again = world.restart(run)
    again.wake.advance_to(at_utc(12))

    assert len(run.reminders) == 2
    assert again.reminders == []
    assert again.missed == []


def test_a_skipped_item_reminds_no_more_that_day(world: World, anna: int) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()
    run.wake.advance_to(at_utc(9, 30))
    run.service.snooze(anna, item.id or 0, MONDAY, 5)

    log = run.service.skip(anna, item.id or 0, MONDAY, SkipReason.NOT_AT_HOME, "At my sister's")
    run.wake.advance_to(at_utc(12))

    assert (log.skip_reason, log.skip_note) == (SkipReason.NOT_AT_HOME, "At my sister's")
    assert run.fired_at == [at_utc(9, 30)]
    assert run.lapsed == []
    stored = world.plans.logs_between(anna, MONDAY, MONDAY)[(item.id or 0, MONDAY)]
    assert stored.skip_reason is SkipReason.NOT_AT_HOME


def test_an_item_skipped_ahead_is_never_reminded(world: World, anna: int) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30), heads_up=True))
    run = world.start()

    run.service.skip(anna, item.id or 0, MONDAY, SkipReason.FEELING_UNWELL)
    run.wake.advance_to(at_utc(12))

    assert run.reminders == []
    assert run.missed == []


def test_an_item_done_reminds_no_more(world: World, anna: int) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()
    run.wake.advance_to(at_utc(9, 30))
    run.service.snooze(anna, item.id or 0, MONDAY, 10)

    log = run.service.mark_done(anna, item.id or 0, MONDAY, at_utc(9, 32))
    run.wake.advance_to(at_utc(12))

    assert log.done_at == at_utc(9, 32)
    assert run.fired_at == [at_utc(9, 30)]
    assert run.missed == run.lapsed == []


def test_a_reminder_left_unanswered_lapses_once_an_hour_later(world: World, anna: int) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()

    run.wake.advance_to(at_utc(12))
    again = world.restart(run)
    again.wake.advance_to(at_utc(12, 30))

    assert run.lapsed == [(LapsedReminder(anna, item.id or 0, MONDAY), at_utc(10, 30))]
    assert run.missed == again.missed == again.lapsed == []
    assert again.reminders == []


def test_a_snoozed_reminder_lapses_an_hour_after_its_last_snooze(world: World, anna: int) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()
    run.wake.advance_to(at_utc(9, 30))
    run.service.snooze(anna, item.id or 0, MONDAY, 15)

    run.wake.advance_to(at_utc(12))

    assert run.fired_at == [at_utc(9, 30), at_utc(9, 45)]
    assert run.lapsed == [(LapsedReminder(anna, item.id or 0, MONDAY), at_utc(10, 45))]


def test_a_snooze_that_ran_out_while_closed_is_reported_missed_not_lapsed(
    world: World, anna: int, clock: FakeClock
) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()
    run.wake.advance_to(at_utc(9, 30))
    run.service.snooze(anna, item.id or 0, MONDAY, 5)
    run.service.shutdown()
    clock.advance(minutes=180)

    again = world.start()

    assert [[i.item_id for i in m.items] for m in again.missed] == [[item.id]]
    assert again.lapsed == []


def test_actions_on_an_item_of_someone_else_are_refused(world: World, anna: int) -> None:
    ben = world.person("Ben")
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()

    with pytest.raises(BadInputError):
        run.service.skip(ben, item.id or 0, MONDAY, SkipReason.OTHER)
    with pytest.raises(BadInputError):
        run.service.mark_done(ben, item.id or 0, MONDAY, at_utc(9))
    with pytest.raises(BadInputError):
        run.service.mark_missed_shown(ben, [(item.id or 0, MONDAY)])


# ----------------------------------------------------------------------------- heads-up


def test_a_heads_up_comes_ten_minutes_before_when_asked_for(world: World, anna: int) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30), heads_up=True))
    run = world.start()

    run.wake.advance_to(at_utc(12))

    assert run.fired_at == [at_utc(9, 20), at_utc(9, 30)]
    heads_up, due = run.reminders
    assert (heads_up.heads_up, heads_up.snoozes_left, heads_up.item_id) == (True, 0, item.id)
    assert (due.heads_up, due.snoozes_left) == (False, MAX_SNOOZES)
    first, second = run.outputs.notified
    assert first.title == "In 10 minutes, for Anna"
    assert second.title == "Reminder for Anna"
    assert run.outputs.sounds == 2


def test_a_heads_up_cannot_be_snoozed(world: World, anna: int) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30), heads_up=True))
    run = world.start()
    run.wake.advance_to(at_utc(9, 20))

    with pytest.raises(BadInputError, match="once it is due"):
        run.service.snooze(anna, item.id or 0, MONDAY, 5)


def test_no_heads_up_without_asking_for_one(world: World, anna: int) -> None:
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()

    run.wake.advance_to(at_utc(12))

    assert [r.heads_up for r in run.reminders] == [False]


def test_no_heads_up_at_start_up(world: World, anna: int, clock: FakeClock) -> None:
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30), heads_up=True))
    clock.advance(minutes=25)
    run = world.start()

    run.wake.advance_to(at_utc(12))

    assert [(r.heads_up, at) for r, at in zip(run.reminders, run.fired_at, strict=True)] == [
        (False, at_utc(9, 30))
    ]


def test_no_heads_up_after_a_resume(world: World, anna: int, clock: FakeClock) -> None:
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30), heads_up=True))
    run = world.start()

    clock.sleep_through(minutes=25)
    run.detector.check()
    run.wake.advance_to(at_utc(12))

    assert [r.heads_up for r in run.reminders] == [False]


def test_a_heads_up_shown_is_not_repeated_when_the_plan_is_saved(world: World, anna: int) -> None:
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30), heads_up=True))
    run = world.start()
    run.wake.advance_to(at_utc(9, 22))

    run.service.rearm()
    run.wake.advance_to(at_utc(12))

    assert [r.heads_up for r in run.reminders] == [True, False]


# ----------------------------------------------------------------------------- closed, restarted


def test_a_reminder_missed_while_closed_is_reported_once(
    world: World, anna: int, clock: FakeClock
) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    first = world.start()
    first.service.shutdown()
    clock.advance(minutes=120)

    second = world.start()
    third = world.restart(second)

    assert first.reminders == second.reminders == third.reminders == []
    assert second.missed == [
        MissedReminders(
            anna,
            "Anna",
            (MissedItem(item.id or 0, MONDAY, "Ice the left knee", at_utc(9, 30)),),
        )
    ]
    assert third.missed == []
    assert second.outputs.sounds == 0
    assert second.outputs.notified == []


def test_after_a_long_absence_only_the_latest_reminder_sounds(
    world: World, anna: int, clock: FakeClock
) -> None:
    early, middle, late = world.plan(
        anna,
        daily(anna, "Morning exercises", time(8, 0)),
        daily(anna, "Ice the left knee", time(9, 20)),
        daily(anna, "Ice the right knee", time(9, 40)),
    )
    clock.advance(minutes=50)

    run = world.start()
    assert [r.item_id for r in run.reminders] == [late.id]
    assert [[i.item_id for i in m.items] for m in run.missed] == [[early.id]]
    assert run.outputs.sounds == 1

    run.wake.advance_to(at_utc(11))
    assert len(run.reminders) == 1
    assert [[i.item_id for i in m.items] for m in run.missed] == [[early.id], [middle.id]]

    again = world.restart(run)
    assert again.reminders == again.missed == []


def test_an_older_reminder_passed_over_at_start_never_sounds_later(
    world: World, anna: int, clock: FakeClock
) -> None:
    older, latest = world.plan(
        anna,
        daily(anna, "Morning exercises", time(9, 20)),
        daily(anna, "Ice the left knee", time(9, 30)),
    )
    clock.advance(minutes=33)
    run = world.start()

    clock.advance(minutes=1)
    run.service.skip(anna, latest.id or 0, MONDAY, SkipReason.FEELING_UNWELL)
    again = world.restart(run)
    again.wake.advance_to(at_utc(11))

    assert [r.item_id for r in run.reminders] == [latest.id]
    assert again.reminders == []
    assert [[i.item_id for i in m.items] for m in again.missed] == [[older.id]]


def test_a_missed_item_seen_on_today_is_not_reported_again(
    world: World, anna: int, clock: FakeClock
) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()
    run.service.mark_missed_shown(anna, [(item.id or 0, MONDAY)])
    run.service.shutdown()
    clock.advance(minutes=120)

    again = world.start()

    assert again.missed == again.reminders == []


# ----------------------------------------------------------------------------- suspend, clock


@pytest.mark.parametrize("wake_up_first", [False, True], ids=["detector-first", "wake-first"])
def test_a_suspend_over_reminders_sounds_only_the_latest(
    world: World, anna: int, clock: FakeClock, wake_up_first: bool
) -> None:
    first, second, third = world.plan(
        anna,
        daily(anna, "Morning exercises", time(9, 10)),
        daily(anna, "Ice the left knee", time(9, 20)),
        daily(anna, "Ice the right knee", time(9, 30)),
    )
    run = world.start()

    clock.sleep_through(minutes=35)
    if wake_up_first:
        run.wake.fire_due()
    run.detector.check()
    run.wake.fire_due()

    assert [r.item_id for r in run.reminders] == [third.id]
    assert run.outputs.sounds == 1
    run.wake.advance_to(at_utc(11))
    assert len(run.reminders) == 1
    assert [[i.item_id for i in m.items] for m in run.missed] == [[first.id], [second.id]]


def test_the_watchdog_notices_a_resume(
    qtbot: QtBot, world: World, anna: int, clock: FakeClock
) -> None:
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()
    assert run.service.watchdog_timer.isActive()
    run.service.watchdog_timer.setInterval(10)

    clock.sleep_through(minutes=35)
    with qtbot.waitSignal(run.service.reminder_due, timeout=5000):
        pass

    assert [r.due_at for r in run.reminders] == [at_utc(9, 30)]
    run.service.shutdown()
    assert not run.service.watchdog_timer.isActive()


def test_setting_the_clock_back_does_not_repeat_a_reminder(
    world: World, anna: int, clock: FakeClock
) -> None:
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    run = world.start()
    run.wake.advance_to(at_utc(9, 40))

    clock.jump(-3600)
    run.detector.check()
    run.wake.advance_to(at_utc(12))

    assert run.fired_at == [at_utc(9, 30)]


# ----------------------------------------------------------------------------- DST


def _dst_cases() -> list[tuple[ZoneInfo, date, time]]:
    """Each zone's change days, with the wall time a 02:30 item fires at that day."""
    return [
        (BERLIN, date(2026, 3, 29), time(3, 0)),
        (BERLIN, date(2026, 10, 25), time(2, 30)),
        (NEW_YORK, date(2026, 3, 8), time(3, 0)),
        (NEW_YORK, date(2026, 11, 1), time(2, 30)),
    ]


@pytest.mark.parametrize(("tz", "day", "half_past_two"), _dst_cases(), ids=str)
def test_on_a_dst_day_each_local_time_fires_exactly_once(
    world: World, anna: int, clock: FakeClock, tz: ZoneInfo, day: date, half_past_two: time
) -> None:
    no_sleep_hours(world)
    times = (time(1, 30), time(2, 30), time(9, 0))
    items = world.plan(
        anna,
        *(
            daily(anna, f"Item at {t:%H:%M}", time(0), at=t, start_date=day, position=n)
            for n, t in enumerate(times)
        ),
    )
    start = resolve_local(day - timedelta(days=1), time(12), tz)
    clock.advance((start - clock.now()).total_seconds())
    run = world.start(tz)

    run.wake.walk(resolve_local(day + timedelta(days=1), time(12), tz))

    fired = [
        (r.item_id, r.day, at.astimezone(tz).time())
        for r, at in zip(run.reminders, run.fired_at, strict=True)
    ]
    expected_today = [time(1, 30), half_past_two, time(9, 0)]
    assert fired == [
        (item.id, day, wall) for item, wall in zip(items, expected_today, strict=True)
    ] + [(item.id, day + timedelta(days=1), item.at) for item in items]
    assert all(r.due_at == at for r, at in zip(run.reminders, run.fired_at, strict=True))
    assert run.missed == []


# ----------------------------------------------------------------------------- sleep hours


def test_items_in_sleep_hours_are_reminded_together_when_they_end(world: World, anna: int) -> None:
    tuesday = MONDAY + timedelta(days=1)
    evening, early = world.plan(
        anna,
        daily(anna, "Evening ice", time(22, 0), heads_up=True),
        daily(anna, "Early exercises", time(5, 0), start_date=tuesday),
    )
    run = world.start()

    run.wake.advance_to(at_utc(12, days=1))

    seven_berlin = at_utc(6, days=1)
    assert run.fired_at == [seven_berlin, seven_berlin]
    assert [(r.item_id, r.day, r.due_at) for r in run.reminders] == [
        (evening.id, MONDAY, at_utc(22)),
        (early.id, tuesday, at_utc(5, days=1)),
    ]
    (notification,) = run.outputs.notified
    assert notification.body == "23:00 – Evening ice\n06:00 – Early exercises"
    assert run.outputs.sounds == 1
    assert run.missed == []


# ----------------------------------------------------------------------------- profiles


def test_each_reminder_names_its_own_person(world: World, anna: int) -> None:
    ben = world.person("Ben")
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    world.plan(ben, daily(ben, "Knee exercises", time(9, 30)))
    run = world.start()

    run.wake.advance_to(at_utc(10))

    assert sorted((r.profile_id, r.person, r.label) for r in run.reminders) == [
        (anna, "Anna", "Ice the left knee"),
        (ben, "Ben", "Knee exercises"),
    ]
    assert sorted(n.title for n in run.outputs.notified) == [
        "Reminder for Anna",
        "Reminder for Ben",
    ]


def test_an_item_taken_out_of_the_plan_reminds_no_more(world: World, anna: int) -> None:
    ben = world.person("Ben")
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    kept, _dropped = world.plan(
        ben, daily(ben, "Knee exercises", time(9, 30)), daily(ben, "Ice the hip", time(9, 45))
    )
    run = world.start()
    changed: list[None] = []
    run.service.plan_changed.connect(lambda: changed.append(None))

    world.plan(ben, kept)
    run.service.rearm()
    run.wake.advance_to(at_utc(12))

    assert changed == [None]
    assert sorted((r.person, r.label) for r in run.reminders) == [
        ("Anna", "Ice the left knee"),
        ("Ben", "Knee exercises"),
    ]


def test_a_removed_profile_is_reminded_no_more(
    world: World, anna: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    ben = world.person("Ben")
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    world.plan(ben, daily(ben, "Knee exercises", time(9, 30)))
    run = world.start()
    _when, bens_wake_up = run.wake.armed[f"reminders:{ben}"]
    everyone = world.profiles.list_profiles()
    monkeypatch.setattr(world.profiles, "list_profiles", lambda: everyone[:1])
    monkeypatch.setattr(
        world.profiles, "get_profile", lambda pid: everyone[0] if pid == anna else None
    )

    run.service.rearm()
    assert list(run.wake.armed) == [f"reminders:{anna}"]
    run.wake.advance_to(at_utc(10))
    bens_wake_up()

    assert [r.person for r in run.reminders] == ["Anna"]
    assert list(run.wake.armed) == [f"reminders:{anna}"]


# ----------------------------------------------------------------------------- failures, shutdown


def fail_next(monkeypatch: pytest.MonkeyPatch, repository: object, method: str, times: int) -> None:
    """Make the repository's next ``times`` calls of ``method`` fail as a locked disk would."""
    real = getattr(repository, method)
    left = [times]

    def failing(*args: object, **kwargs: object) -> object:
        if left[0]:
            left[0] -= 1
            raise StorageUnavailableError(StorageProblem.IO_ERROR, "data")
        return real(*args, **kwargs)

    monkeypatch.setattr(repository, method, failing)


def test_a_failed_look_at_the_plan_is_retried_a_minute_later(
    world: World, anna: int, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    fail_next(monkeypatch, world.plans, "plan_items", 1)
    run = world.start()

    assert run.wake.instants() == [at_utc(9, 1)]
    assert "Could not check the reminders" in caplog.text
    run.wake.advance_to(at_utc(10))
    assert run.fired_at == [at_utc(9, 30)]


def test_profiles_that_cannot_be_listed_are_listed_again_a_minute_later(
    world: World, anna: int, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    world.plan(anna, daily(anna, "Ice the left knee", time(9, 30)))
    fail_next(monkeypatch, world.profiles, "list_profiles", 2)
    caplog.set_level(logging.ERROR)
    run = world.start()

    run.wake.advance_to(at_utc(10))

    assert run.fired_at == [at_utc(9, 30)]
    assert caplog.text.count("Could not list the profiles") == 2
    assert [job for job, _when in run.wake.arms].count("reminders:all") == 2


def test_nothing_is_emitted_after_shutdown(world: World, anna: int, clock: FakeClock) -> None:
    (item,) = world.plan(anna, daily(anna, "Ice the left knee", time(9, 30), heads_up=True))
    run = world.start()
    changed: list[None] = []
    run.service.plan_changed.connect(lambda: changed.append(None))
    _when, wake_up = run.wake.armed[f"reminders:{anna}"]
    arms = len(run.wake.arms)

    run.service.shutdown()
    clock.sleep_through(minutes=90)
    wake_up()
    run.detector.check()
    run.service.rearm()
    run.service.start()
    run.service.skip(anna, item.id or 0, MONDAY, SkipReason.OTHER, "Stored all the same")
    run.service.shutdown()

    assert run.wake.is_shut_down
    assert len(run.wake.arms) == arms
    assert run.reminders == run.missed == changed == []
    assert not run.service.watchdog_timer.isActive()


def test_an_item_added_after_its_time_today_is_not_reported_missed(
    world: World, anna: int, clock: FakeClock
) -> None:
    run = world.start()
    clock.advance(minutes=5 * 60)
    world.plan(anna, daily(anna, "Ice the left knee", T0.time()))
    run.service.rearm()
    world.restart(run)

    assert [r.missed for r in world.runs] == [[], []]
    assert [r.reminders for r in world.runs] == [[], []]
