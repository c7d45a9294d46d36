"""The daily pain check-in reminder on a fake clock, real SQLite storage and a hand-driven wake
scheduler. The clock starts on Monday 2 March 2026 at 10:00 in Berlin (09:00 UTC)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from coldcare.domain.localtime import resolve_local
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.records import PainContext, PainRating, Profile
from coldcare.domain.settings import (
    ACTIVE_PROFILE,
    CHECKIN_REMINDER,
    CHECKIN_TIME,
    SLEEP_END,
    SLEEP_START,
)
from coldcare.services.checkin_reminder import (
    JOB_ID,
    CheckInReminder,
    daily_rating,
    peg_due_on,
    recent_peg,
)
from coldcare.services.notify import Notification, NotificationKind, Urgency
from coldcare.services.suspend import SuspendDetector
from coldcare.storage.database import Storage
from coldcare.storage.repositories import (
    SqlitePainRepository,
    SqlitePegRepository,
    SqliteProfileRepository,
    SqliteSettingsStore,
)
from tests.fakes import FakeClock, HandWake
from tests.unit.services.reminder_fakes import Outputs

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 3, 2)


def berlin(day: date, hour: int, minute: int = 0) -> datetime:
    """A Berlin wall time as a UTC instant."""
    return resolve_local(day, time(hour, minute), BERLIN)


class World:
    """The database, the clock, one app run's reminder and what it sent."""

    def __init__(self, storage: Storage, clock: FakeClock) -> None:
        self.clock = clock
        self.settings = SqliteSettingsStore(storage)
        self.pain = SqlitePainRepository(storage)
        self.pegs = SqlitePegRepository(storage)
        self.profiles = SqliteProfileRepository(storage)
        self.wake = HandWake(clock)
        self.detector = SuspendDetector(clock)
        self.detector.reset()
        self.outputs = Outputs()
        self.fired_at: list[datetime] = []
        self.reminder = CheckInReminder(
            clock,
            BERLIN,
            self.settings,
            self.pain,
            self.pegs,
            self.profiles,
            self.wake,
            self.detector,
            notify=self.notify,
        )

    def notify(self, notification: Notification) -> None:
        self.fired_at.append(self.clock.now())
        self.outputs.notify(notification)

    def person(self, name: str) -> int:
        saved = self.profiles.save_profile(Profile(name, 1950))
        assert saved.id is not None
        return saved.id

    def turn_on(self, at: time = time(19, 0)) -> None:
        self.settings.set(CHECKIN_REMINDER, True)
        self.settings.set(CHECKIN_TIME, at)

    def check_in(self, profile_id: int, at: datetime, value: int = 4) -> None:
        self.pain.add_rating(PainRating(profile_id, at, value, PainContext.DAILY))

    def go_to(self, instant: datetime) -> None:
        """Move the clock there (awake), firing what comes due on the way."""
        self.wake.advance_to(instant)


@pytest.fixture
def world(qtbot: QtBot, storage: Storage, clock: FakeClock) -> Iterator[World]:
    made = World(storage, clock)
    yield made
    made.reminder.shutdown()


@pytest.fixture
def anna(world: World) -> int:
    return world.person("Anna")


# ----------------------------------------------------------------------------- on time


def test_it_reminds_at_the_time_chosen_each_day(world: World, anna: int) -> None:
    world.turn_on(time(19, 0))
    world.reminder.start()
    assert world.wake.instants() == [berlin(MONDAY, 19)]

    world.go_to(berlin(MONDAY, 18, 59))
    assert world.fired_at == []
    world.go_to(berlin(MONDAY + timedelta(days=1), 20))

    assert world.fired_at == [berlin(MONDAY, 19), berlin(MONDAY + timedelta(days=1), 19)]
    notification = world.outputs.notified[0]
    assert notification.kind is NotificationKind.CHECK_IN
    assert notification.urgency is Urgency.NORMAL
    assert notification.title == "Pain check-in for Anna"
    assert notification.body.startswith("How is your pain today? Rate it on Today.")


def test_no_reminder_when_already_checked_in_today(world: World, anna: int) -> None:
    world.turn_on()
    world.reminder.start()
    world.check_in(anna, berlin(MONDAY, 11))

    world.go_to(berlin(MONDAY, 23))
    assert world.fired_at == []
    assert world.wake.instants() == [berlin(MONDAY + timedelta(days=1), 19)]


def test_a_rating_of_another_kind_is_not_a_check_in(world: World, anna: int) -> None:
    world.turn_on()
    world.reminder.start()
    world.pain.add_rating(PainRating(anna, berlin(MONDAY, 11), 6, PainContext.EXERCISE))

    world.go_to(berlin(MONDAY, 23))
    assert world.fired_at == [berlin(MONDAY, 19)]


def test_only_the_active_profile_is_asked(world: World, anna: int) -> None:
    ben = world.person("Ben")
    world.settings.set(ACTIVE_PROFILE, ben)
    world.turn_on()
    world.reminder.start()
    world.check_in(anna, berlin(MONDAY, 11))

    world.go_to(berlin(MONDAY, 23))
    (notification,) = world.outputs.notified
    assert notification.title == "Pain check-in for Ben"


def test_the_weekly_questions_are_mentioned_only_when_due(world: World, anna: int) -> None:
    world.turn_on()
    world.reminder.start()
    world.go_to(berlin(MONDAY, 20))
    world.pegs.add_peg(PegResponse(anna, berlin(MONDAY, 20), 5, 4, 4))
    world.go_to(berlin(MONDAY + timedelta(days=7), 20))

    bodies = [n.body for n in world.outputs.notified]
    due = "The weekly questions are due too (1 minute)."
    assert due in bodies[0]
    assert all(due not in body for body in bodies[1:7])
    assert due in bodies[7]


# ----------------------------------------------------------------------------- settings


def test_off_by_default_nothing_is_armed(world: World, anna: int) -> None:
    world.reminder.start()
    world.go_to(berlin(MONDAY + timedelta(days=3), 12))
    assert world.fired_at == []
    assert world.wake.instants() == []


def test_turning_it_off_cancels_the_reminder(world: World, anna: int) -> None:
    world.turn_on()
    world.reminder.start()
    world.settings.set(CHECKIN_REMINDER, False)
    world.reminder.rearm()

    assert world.reminder.armed_for is None
    assert JOB_ID not in world.wake.armed
    world.go_to(berlin(MONDAY + timedelta(days=2), 12))
    assert world.fired_at == []


def test_a_new_time_re_arms_it(world: World, anna: int) -> None:
    world.turn_on(time(19, 0))
    world.reminder.start()
    world.settings.set(CHECKIN_TIME, time(12, 30))
    world.reminder.rearm()

    assert world.wake.instants() == [berlin(MONDAY, 12, 30)]
    world.go_to(berlin(MONDAY, 23))
    assert world.fired_at == [berlin(MONDAY, 12, 30)]


def test_a_time_already_passed_today_waits_for_tomorrow(world: World, anna: int) -> None:
    world.turn_on(time(19, 0))
    world.reminder.start()
    world.settings.set(CHECKIN_TIME, time(8, 0))
    world.reminder.rearm()

    assert world.wake.instants() == [berlin(MONDAY + timedelta(days=1), 8)]


def test_a_time_in_sleep_hours_reminds_when_they_end(world: World, anna: int) -> None:
    world.settings.set(SLEEP_START, time(22, 0))
    world.settings.set(SLEEP_END, time(7, 0))
    world.turn_on(time(23, 0))
    world.reminder.start()

    world.go_to(berlin(MONDAY + timedelta(days=2), 12))
    assert world.fired_at == [
        berlin(MONDAY + timedelta(days=1), 7),
        berlin(MONDAY + timedelta(days=2), 7),
    ]


# ----------------------------------------------------------------------------- time changes


@pytest.mark.parametrize(
    ("day", "at", "wall"),
    [
        (date(2026, 3, 29), time(2, 30), time(3, 0)),  # spring forward: 02:30 does not exist
        (date(2026, 10, 25), time(2, 30), time(2, 30)),  # fall back: 02:30 happens twice
        (date(2026, 3, 29), time(19, 0), time(19, 0)),
    ],
    ids=["spring-gap", "autumn-twice", "spring-evening"],
)
def test_on_a_dst_day_it_reminds_once_at_the_local_time(
    world: World, anna: int, clock: FakeClock, day: date, at: time, wall: time
) -> None:
    world.settings.set(SLEEP_START, time(23, 0))
    world.settings.set(SLEEP_END, time(23, 0))  # no sleep hours
    world.turn_on(at)
    clock.advance((berlin(day - timedelta(days=1), 12) - clock.now()).total_seconds())
    world.reminder.start()

    world.wake.walk(berlin(day, 23, 30), step_seconds=600)

    local = [at.astimezone(BERLIN) for at in world.fired_at]
    assert [at.time() for at in local if at.date() == day] == [wall]


def test_a_reminder_due_during_a_suspend_comes_at_the_resume(
    world: World, anna: int, clock: FakeClock
) -> None:
    world.turn_on(time(19, 0))
    world.reminder.start()
    world.go_to(berlin(MONDAY, 18))

    clock.sleep_through(minutes=90)
    world.detector.check()

    assert world.fired_at == [berlin(MONDAY, 19, 30)]
    assert world.wake.instants() == [berlin(MONDAY + timedelta(days=1), 19)]
    world.wake.fire_due()
    assert len(world.fired_at) == 1


def test_after_a_suspend_into_the_next_day_yesterday_is_not_reminded(
    world: World, anna: int, clock: FakeClock
) -> None:
    world.turn_on(time(19, 0))
    world.reminder.start()
    world.go_to(berlin(MONDAY, 18))

    clock.sleep_through((berlin(MONDAY + timedelta(days=1), 9) - clock.now()).total_seconds())
    world.detector.check()

    assert world.fired_at == []
    assert world.wake.instants() == [berlin(MONDAY + timedelta(days=1), 19)]


def test_setting_the_clock_back_does_not_repeat_the_day(
    world: World, anna: int, clock: FakeClock
) -> None:
    world.turn_on(time(19, 0))
    world.reminder.start()
    world.go_to(berlin(MONDAY, 19, 30))
    clock.jump(-3600)
    world.detector.check()

    world.go_to(berlin(MONDAY, 23))
    assert world.fired_at == [berlin(MONDAY, 19)]


def test_nothing_comes_after_shutdown(world: World, anna: int, clock: FakeClock) -> None:
    world.turn_on()
    world.reminder.start()
    world.reminder.shutdown()
    world.reminder.rearm()

    world.go_to(berlin(MONDAY, 20))
    clock.sleep_through(minutes=60)
    world.detector.check()
    assert world.fired_at == []
    assert world.wake.armed == {}


# ----------------------------------------------------------------------------- what is done


def test_the_latest_daily_rating_of_the_local_day_counts(world: World, anna: int) -> None:
    world.check_in(anna, berlin(MONDAY, 0, 30), 6)  # 23:30 UTC on Sunday
    world.check_in(anna, berlin(MONDAY, 21), 3)
    world.check_in(anna, berlin(MONDAY + timedelta(days=1), 0, 10), 8)

    found = daily_rating(world.pain, anna, MONDAY, BERLIN)
    assert found is not None
    assert (found.value, found.rated_at) == (3, berlin(MONDAY, 21))
    assert daily_rating(world.pain, anna, MONDAY - timedelta(days=1), BERLIN) is None


def test_the_weekly_questions_are_due_again_a_week_later(world: World, anna: int) -> None:
    answered = PegResponse(anna, datetime(2026, 3, 3, 8, 0, tzinfo=UTC), 5, 4, 4)
    world.pegs.add_peg(answered)
    tuesday = date(2026, 3, 3)

    assert recent_peg(world.pegs, anna, MONDAY, BERLIN) is None
    for later in range(7):
        assert recent_peg(world.pegs, anna, tuesday + timedelta(days=later), BERLIN) is not None
    assert recent_peg(world.pegs, anna, tuesday + timedelta(days=7), BERLIN) is None
    assert peg_due_on(answered, BERLIN) == tuesday + timedelta(days=7)
