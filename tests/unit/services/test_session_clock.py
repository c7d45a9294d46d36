"""The session clock drives a real ColdSession on a fake clock: ticks, deadlines, sleep, jumps."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coldcare.domain.session import (
    AlarmKind,
    ColdSession,
    Effect,
    Phase,
    RemovePackNow,
    SessionPlan,
    SkinCheckDue,
)
from coldcare.domain.signs import PainChange, Sensation, SkinCheckAnswer, SkinLook
from coldcare.domain.vocabulary import Barrier, BodySite, Modality
from coldcare.services.session_clock import SessionClock
from coldcare.services.suspend import SuspendDetector
from tests.fakes import FakeClock

FINE = SkinCheckAnswer(SkinLook.NORMAL, Sensation.ACHING, PainChange.SAME)
MINUTE_MS = 60_000
REPO = Path(__file__).resolve().parents[3]
# PySide6 6.12.0 drops a reference to True on every emit() made from Python; before Python
# 3.12 True is not immortal, so a process aborts ("bool_dealloc") after a few thousand.


def plan(planned: int = 15, check_every: int = 5) -> SessionPlan:
    return SessionPlan(
        site=BodySite.parse("knee-left"),
        modality=Modality.GEL_PACK,
        barrier=Barrier.DAMP_CLOTH,
        recommended_minutes=15,
        max_minutes=20,
        skin_check_every_minutes=check_every,
        rest_minutes=60,
        planned_minutes=planned,
    )


class App:
    """What app.py does: the session clock ticks the session; the app records the effects."""

    def __init__(self, clock: FakeClock, *, check_every: int = 5) -> None:
        self.clock = clock
        self.session = ColdSession(plan(check_every=check_every), pain_before=5)
        self.ticks: list[datetime] = []
        self.effects: list[Effect] = []
        self.beats: list[datetime] = []
        self.timer = SessionClock(
            clock, self.on_tick, self.session.next_deadline, on_heartbeat=self.beats.append
        )

    def on_tick(self, now: datetime) -> None:
        self.ticks.append(now)
        self.effects.extend(self.session.tick(now))

    def begin(self) -> None:
        self.session.start(self.timer.now())
        self.timer.start()

    def tick(self) -> None:
        """The 1 Hz timer fires."""
        self.timer.tick_timer.timeout.emit()

    def deadline(self) -> None:
        """The precise deadline timer fires."""
        self.timer.deadline_timer.timeout.emit()

    def answer_skin_check(self) -> None:
        self.session.answer_skin_check(FINE, self.timer.now())
        self.timer.rearm()


def idle(now: datetime) -> None:
    """An on_tick with nothing to do."""


def due_in(delay: timedelta) -> Callable[[datetime], datetime]:
    """A next_deadline that is always ``delay`` away."""
    return lambda now: now + delay


@pytest.fixture
def app(qtbot: QtBot, clock: FakeClock) -> App:
    return App(clock)


def test_start_ticks_at_once_and_arms_both_timers(app: App, clock: FakeClock) -> None:
    app.begin()
    assert app.timer.running
    assert app.ticks == [clock.now()]
    tick = app.timer.tick_timer
    assert tick.isActive()
    assert tick.interval() == 1000
    assert tick.timerType() is Qt.TimerType.CoarseTimer
    deadline = app.timer.deadline_timer
    assert deadline.isActive()
    assert deadline.isSingleShot()
    assert deadline.timerType() is Qt.TimerType.PreciseTimer
    # The first skin check is due 5 minutes in.
    assert deadline.interval() == 5 * MINUTE_MS
    app.timer.start()
    assert app.ticks == [clock.now()]


def test_the_deadline_timer_brings_each_skin_check_and_then_the_end(
    app: App, clock: FakeClock
) -> None:
    app.begin()
    deadline = app.timer.deadline_timer

    clock.advance(minutes=5)
    app.deadline()
    assert app.effects == [SkinCheckDue(1)]
    assert app.ticks[-1] == clock.now()
    # While the check waits for its answer, the next deadline is the end of the cold.
    assert deadline.interval() == 10 * MINUTE_MS

    clock.advance(20)
    app.answer_skin_check()
    assert deadline.interval() == 5 * MINUTE_MS - 20_000

    clock.advance(minutes=5, seconds=-20)
    app.deadline()
    assert app.effects[-1] == SkinCheckDue(2)
    app.answer_skin_check()
    assert deadline.interval() == 5 * MINUTE_MS

    clock.advance(minutes=5)
    app.deadline()
    assert app.effects[-1] == RemovePackNow(last_phase=True)
    assert app.session.phase is Phase.REMOVE_NOW
    alarm = app.session.alarm(app.timer.now())
    assert alarm is not None
    assert alarm.kind is AlarmKind.REMOVE_PACK
    # Nothing more is timed while the alarm rings; the 1 Hz tick goes on.
    assert not deadline.isActive()
    assert app.timer.tick_timer.isActive()


def test_the_one_second_tick_catches_a_deadline_too(app: App, clock: FakeClock) -> None:
    app.begin()
    clock.advance(minutes=5, seconds=-3)
    for _ in range(2):
        clock.advance(1)
        app.tick()
    assert app.effects == []
    clock.advance(1)
    app.tick()
    assert app.effects == [SkinCheckDue(1)]
    assert app.ticks[-1] == app.ticks[0] + timedelta(minutes=5)


def test_a_deadline_passed_in_sleep_alarms_at_the_first_tick_after_resume(
    qtbot: QtBot, app: App, clock: FakeClock
) -> None:
    app.begin()
    clock.advance(minutes=1)
    app.tick()
    # The lid is closed for 20 minutes: monotonic time stands still, Qt's timers too.
    clock.sleep_through(minutes=20)
    ticks_before = len(app.ticks)
    with qtbot.waitSignal(app.timer.detector.resumed) as resumed:
        app.tick()
    assert resumed.args == [pytest.approx(20 * 60)]
    # One tick, at once: the end alarm, and no burst of missed skin checks.
    assert len(app.ticks) == ticks_before + 1
    assert app.effects == [RemovePackNow(last_phase=True)]
    assert app.session.phase is Phase.REMOVE_NOW
    assert app.beats[-1] == clock.now()
    assert not app.timer.deadline_timer.isActive()


def test_a_resume_noticed_by_another_ticker_ticks_the_session_at_once(
    qtbot: QtBot, clock: FakeClock
) -> None:
    detector = SuspendDetector(clock)
    session = ColdSession(plan(), pain_before=5)
    effects: list[Effect] = []
    timer = SessionClock(
        clock,
        lambda now: effects.extend(session.tick(now)),
        session.next_deadline,
        detector=detector,
    )
    session.start(timer.now())
    timer.start()
    clock.sleep_through(minutes=16)
    # The reminder scheduler's own tick runs the shared detector.
    detector.check()
    assert effects == [RemovePackNow(last_phase=True)]


def test_a_clock_set_back_neither_lengthens_nor_shortens_the_cold(
    qtbot: QtBot, clock: FakeClock
) -> None:
    app = App(clock, check_every=20)
    app.begin()
    start = app.timer.now()
    clock.advance(minutes=5)
    app.tick()

    # Someone sets the computer's clock back an hour.
    clock.jump(-3600)
    with qtbot.waitSignal(app.timer.detector.clock_changed) as changed:
        app.tick()
    assert changed.args == [pytest.approx(-3600)]
    assert app.timer.now() == start + timedelta(minutes=5)
    assert app.session.cold_on_time(app.timer.now()) == timedelta(minutes=5)
    assert app.timer.deadline_timer.interval() == 10 * MINUTE_MS

    clock.advance(minutes=10, seconds=-1)
    app.tick()
    assert app.effects == []
    clock.advance(1)
    app.tick()
    # The alarm comes after exactly 15 minutes of cold, as planned.
    assert app.effects == [RemovePackNow(last_phase=True)]
    assert app.ticks[-1] == start + timedelta(minutes=15)

    # A new start begins a fresh timeline on the wall clock.
    app.timer.stop()
    assert app.timer.now() == clock.now()


def test_a_small_step_back_never_turns_the_session_time_backwards(
    app: App, clock: FakeClock
) -> None:
    app.begin()
    clock.advance(30)
    app.tick()
    before = app.timer.now()
    clock.jump(-3)
    app.tick()
    assert app.ticks[-1] == before
    assert app.session.cold_on_time(app.ticks[-1]) == timedelta(seconds=30)


def test_a_clock_set_forward_is_taken_as_time_passed_so_the_alarm_can_only_be_early(
    app: App, clock: FakeClock
) -> None:
    app.begin()
    clock.jump(120)
    app.tick()
    assert app.session.remaining(app.timer.now()) == timedelta(minutes=13)


def test_heartbeat_at_start_then_every_five_seconds(app: App, clock: FakeClock) -> None:
    app.begin()
    assert app.beats == [clock.now()]
    for _ in range(4):
        clock.advance(1)
        app.tick()
    assert len(app.beats) == 1
    clock.advance(1)
    app.tick()
    assert app.beats == [clock.now() - timedelta(seconds=5), clock.now()]


def test_the_heartbeat_period_must_be_positive(qtbot: QtBot, clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="heartbeat"):
        SessionClock(clock, idle, due_in(timedelta(0)), heartbeat_seconds=0)


def test_each_tick_is_signalled_with_its_instant(qtbot: QtBot, app: App, clock: FakeClock) -> None:
    app.begin()
    clock.advance(1)
    with qtbot.waitSignal(app.timer.ticked) as ticked:
        app.tick()
    assert ticked.args == [clock.now()]


def test_stop_leaves_no_timer_and_no_callback_runs_after(
    qtbot: QtBot, app: App, clock: FakeClock
) -> None:
    app.begin()
    app.timer.stop()
    assert not app.timer.running
    assert not app.timer.tick_timer.isActive()
    assert not app.timer.deadline_timer.isActive()
    calls = (len(app.ticks), len(app.beats))
    # Timeouts already queued, a resume noticed elsewhere, a re-arm: none reach the session.
    with qtbot.assertNotEmitted(app.timer.ticked):
        clock.sleep_through(minutes=30)
        app.tick()
        app.deadline()
        app.timer.detector.check()
        app.timer.rearm()
    assert (len(app.ticks), len(app.beats)) == calls
    # A clock set back while stopped does not bend the next session's timeline.
    clock.jump(-7200)
    app.timer.detector.check()
    assert app.timer.now() == clock.now()
    assert not app.timer.deadline_timer.isActive()
    app.timer.stop()


def test_on_tick_may_stop_the_clock(qtbot: QtBot, clock: FakeClock) -> None:
    def stop_at_once(now: datetime) -> None:
        timer.stop()

    timer = SessionClock(clock, stop_at_once, due_in(timedelta(minutes=1)))
    with qtbot.assertNotEmitted(timer.ticked):
        timer.start()
    assert not timer.tick_timer.isActive()
    assert not timer.deadline_timer.isActive()


def test_a_failing_tick_still_re_arms_the_deadline(qtbot: QtBot, clock: FakeClock) -> None:
    def broken(now: datetime) -> None:
        raise RuntimeError("the database is locked")

    timer = SessionClock(clock, broken, due_in(timedelta(minutes=3)))
    with pytest.raises(RuntimeError, match="locked"):
        timer.start()
    assert timer.deadline_timer.isActive()
    assert timer.deadline_timer.interval() == 3 * MINUTE_MS
    timer.stop()


def test_a_deadline_not_in_the_future_leaves_it_to_the_one_second_tick(
    qtbot: QtBot, clock: FakeClock
) -> None:
    timer = SessionClock(clock, idle, due_in(timedelta(0)))
    timer.start()
    assert not timer.deadline_timer.isActive()
    assert timer.tick_timer.isActive()
    timer.stop()


def test_the_deadline_timer_really_fires(qtbot: QtBot, clock: FakeClock) -> None:
    timer = SessionClock(clock, idle, due_in(timedelta(milliseconds=30)))
    timer.start()
    assert timer.deadline_timer.interval() == 30
    with qtbot.waitSignal(timer.ticked, timeout=900):
        pass
    timer.stop()


def test_hours_of_ticks_do_not_crash_the_process() -> None:
    # PySide6 6.12.0 dropped a reference to True on every emit and aborted here on Python 3.11;
    # pyproject.toml excludes that release.
    # 10 000 real timer ticks (each emits ``ticked``): more than two hours at 1 Hz.
    code = """
from PySide6.QtCore import QCoreApplication
from coldcare.services.session_clock import SessionClock
from tests.fakes import FakeClock
app = QCoreApplication([])
ticks = []
def on_tick(now):
    ticks.append(now)
    if len(ticks) == 10_000:
        app.quit()
timer = SessionClock(FakeClock(), on_tick, lambda now: None)
timer.tick_timer.setInterval(0)
timer.start()
app.exec()
timer.stop()
print(len(ticks))
"""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["10000"]
