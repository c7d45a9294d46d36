"""The session controller with a fake clock, real storage and recording fakes for the outputs."""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Iterator
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from pytestqt.qtbot import QtBot

from coldcare.domain.records import (
    EventSource,
    PainContext,
    Profile,
    SessionState,
)
from coldcare.domain.recovery import RemovalAnswer
from coldcare.domain.safety import ColdRequest
from coldcare.domain.session import AfterAnswer, AlarmKind, Outcome
from coldcare.domain.signs import (
    FollowUpAdvice,
    FollowUpAnswer,
    PainChange,
    Sensation,
    SkinCheckAnswer,
    SkinLook,
    StopSign,
)
from coldcare.domain.vocabulary import BadInputError, Barrier, BodySite, Condition, Modality
from coldcare.services.notify import Channel, Notification, NotificationKind, Urgency
from coldcare.services.safety_desk import SafetyDesk
from coldcare.services.session_controller import (
    Outputs,
    SessionController,
    SessionRefusedError,
    Stores,
)
from coldcare.services.suspend import SuspendDetector
from coldcare.storage.database import Storage
from coldcare.storage.repositories import (
    SqlitePainRepository,
    SqliteProfileRepository,
    SqliteSafetyEventRepository,
    SqliteSessionRepository,
    SqliteTransactions,
)
from tests.fakes import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")
KNEE = BodySite.parse("knee-left")
FINE = SkinCheckAnswer(SkinLook.NORMAL, Sensation.ACHING, PainChange.SAME)
GEL_ON_KNEE = ColdRequest(KNEE, Modality.GEL_PACK, Barrier.DAMP_CLOTH)


class Recorder:
    """Stands in for the alarm, the voice, the notifier chain and keep-awake."""

    def __init__(self) -> None:
        self.alarm: tuple[AlarmKind, int] | None = None
        self.said: list[str] = []
        self.notified: list[Notification] = []
        self.awake = False

    def play(self, kind: AlarmKind, level: int) -> None:
        self.alarm = (kind, level)

    def stop(self) -> None:
        self.alarm = None

    def say(self, text: str) -> None:
        self.said.append(text)

    def notify(self, notification: Notification) -> Channel:
        self.notified.append(notification)
        return Channel.IN_APP

    def acquire(self, reason: str = "") -> bool:
        self.awake = True
        return True

    def release(self) -> None:
        self.awake = False


@pytest.fixture
def stores(storage: Storage) -> Stores:
    return Stores(
        SqliteTransactions(storage),
        SqliteProfileRepository(storage),
        SqliteSessionRepository(storage),
        SqlitePainRepository(storage),
        SqliteSafetyEventRepository(storage),
    )


@pytest.fixture
def outputs() -> Recorder:
    return Recorder()


@pytest.fixture
def controller(
    qtbot: QtBot, clock: FakeClock, stores: Stores, outputs: Recorder
) -> Iterator[SessionController]:
    made = restart(clock, stores, outputs)
    yield made
    made.shutdown()


@pytest.fixture
def anna(stores: Stores) -> Profile:
    """A 45-year-old: checks every 5 minutes, at most 20 minutes, 60 minutes of rest."""
    return stores.profiles.save_profile(Profile("Anna", 1981))


def restart(clock: FakeClock, stores: Stores, outputs: Recorder) -> SessionController:
    """A controller as the next start of the app builds it, on the same data."""
    return SessionController(
        clock,
        stores,
        SafetyDesk(stores.sessions, stores.events, BERLIN),
        Outputs(outputs, outputs, outputs, outputs),
        SuspendDetector(clock),
    )


def tick(controller: SessionController, clock: FakeClock, minutes: float) -> None:
    """Let ``minutes`` pass, ticking once a second as the session clock does."""
    for _ in range(int(minutes * 60)):
        clock.advance(1)
        driver = controller.session_clock
        if driver is None:
            return
        driver.tick_timer.timeout.emit()


def test_a_normal_session_with_skin_checks_and_the_alarm_acknowledged(
    qtbot: QtBot,
    controller: SessionController,
    clock: FakeClock,
    stores: Stores,
    outputs: Recorder,
    anna: Profile,
) -> None:
    record = controller.start(anna, GEL_ON_KNEE, pain_before=6)
    assert record.state is SessionState.RUNNING
    assert outputs.awake
    assert stores.sessions.running_sessions() == [record]

    with qtbot.waitSignal(controller.skin_check_due) as due:
        tick(controller, clock, 5)
    assert due.args == [1]
    assert outputs.alarm == (AlarmKind.SKIN_CHECK, 1)
    assert outputs.said[-1] == "Time to check your skin."
    assert outputs.notified[-1].kind is NotificationKind.SKIN_CHECK
    controller.answer_skin_check(FINE)
    assert outputs.alarm is None

    with qtbot.waitSignal(controller.remove_pack_now) as removal:
        tick(controller, clock, 10)
    assert removal.args == [True]
    assert outputs.alarm is not None
    assert outputs.alarm[0] is AlarmKind.REMOVE_PACK
    assert outputs.notified[-1].urgency is Urgency.CRITICAL
    assert outputs.said[-1] == "Please take the pack off now."

    with qtbot.waitSignal(controller.ended) as ended:
        controller.take_pack_off()
    done = ended.args[0]
    assert done.outcome is Outcome.COMPLETED
    assert done.state is SessionState.FINISHED
    assert outputs.alarm is None
    assert not outputs.awake
    assert stores.sessions.running_sessions() == []

    with qtbot.waitSignal(controller.finished):
        controller.finish_aftercare(AfterAnswer(SkinLook.NORMAL, pain_after=3))
    assert not controller.active
    assert done.id is not None
    ratings = stores.pain.ratings_for_session(done.id)
    assert [(r.context, r.value) for r in ratings] == [
        (PainContext.BEFORE, 6),
        (PainContext.AFTER, 3),
    ]
    assert [c.look for c in stores.sessions.skin_checks(done.id)] == [SkinLook.NORMAL]
    stored = stores.sessions.get_session(done.id)
    assert stored is not None
    assert stored.skin_after is SkinLook.NORMAL
    assert stored.removed_at == clock.now()


def test_the_heartbeat_is_written_while_the_session_runs(
    controller: SessionController, clock: FakeClock, stores: Stores, anna: Profile
) -> None:
    record = controller.start(anna, GEL_ON_KNEE)
    assert record.id is not None
    tick(controller, clock, 0.2)
    assert stores.sessions.last_beat(record.id) == clock.now() - timedelta(seconds=2)


def test_a_blocked_start_is_refused_and_nothing_is_stored(
    controller: SessionController, stores: Stores, anna: Profile
) -> None:
    urticaria = stores.profiles.save_profile(
        dataclasses.replace(anna, conditions=frozenset({Condition.COLD_URTICARIA}))
    )
    with pytest.raises(SessionRefusedError) as refused:
        controller.start(urticaria, GEL_ON_KNEE)
    assert refused.value.verdict is not None
    assert [str(b.code) for b in refused.value.verdict.blocks] == ["cold-urticaria"]
    assert not controller.active
    assert stores.sessions.running_sessions() == []


def test_a_site_still_resting_is_refused_until_its_rest_is_over(
    controller: SessionController, clock: FakeClock, anna: Profile
) -> None:
    controller.start(anna, GEL_ON_KNEE, planned_minutes=10)
    tick(controller, clock, 10)
    controller.take_pack_off()
    controller.finish_aftercare(AfterAnswer(SkinLook.NORMAL, None))
    clock.advance(minutes=30)
    with pytest.raises(SessionRefusedError) as refused:
        controller.start(anna, GEL_ON_KNEE)
    assert refused.value.verdict is not None
    assert refused.value.verdict.next_allowed_at == clock.now() + timedelta(minutes=30)
    clock.advance(minutes=30)
    assert controller.start(anna, GEL_ON_KNEE).state is SessionState.RUNNING


def test_an_older_adult_s_two_hour_rest_is_kept_from_stored_history(
    controller: SessionController, clock: FakeClock, stores: Stores
) -> None:
    older = stores.profiles.save_profile(Profile("Opa", 1950))  # 76: 120 minutes of rest
    controller.start(older, GEL_ON_KNEE, planned_minutes=10)
    tick(controller, clock, 10)
    controller.take_pack_off()
    controller.finish_aftercare(AfterAnswer(SkinLook.NORMAL, None))
    clock.advance(minutes=90)
    verdict = controller.verdict(older, GEL_ON_KNEE)
    assert not verdict.allowed
    assert verdict.next_allowed_at == clock.now() + timedelta(minutes=30)


def test_no_screen_can_ask_for_more_than_the_maximum(
    controller: SessionController, anna: Profile
) -> None:
    with pytest.raises(BadInputError, match="1 to 20"):
        controller.start(anna, GEL_ON_KNEE, planned_minutes=25)
    assert not controller.active


def test_a_supervised_profile_needs_the_caregiver_there(
    controller: SessionController, stores: Stores, anna: Profile
) -> None:
    supervised = stores.profiles.save_profile(dataclasses.replace(anna, supervised=True))
    with pytest.raises(SessionRefusedError, match="may not start"):
        controller.start(supervised, GEL_ON_KNEE)
    record = controller.start(supervised, GEL_ON_KNEE, caregiver_present=True)
    assert record.caregiver_present


def test_a_skin_sign_stops_records_and_locks_the_site_for_24_hours(
    qtbot: QtBot,
    controller: SessionController,
    clock: FakeClock,
    stores: Stores,
    outputs: Recorder,
    anna: Profile,
) -> None:
    controller.start(anna, GEL_ON_KNEE)
    tick(controller, clock, 5)
    white = SkinCheckAnswer(SkinLook.WHITE, Sensation.COLD, PainChange.SAME)
    with qtbot.waitSignals([controller.stopped_for_signs, controller.finished]):
        controller.answer_skin_check(white)
    assert not controller.active
    assert outputs.alarm is None
    assert not outputs.awake
    assert anna.id is not None
    events = stores.events.events_between(
        anna.id, clock.now() - timedelta(hours=1), clock.now() + timedelta(1)
    )
    assert len(events) == 1
    assert events[0].source is EventSource.SKIN_CHECK
    assert events[0].lock_until == clock.now() + timedelta(hours=24)
    clock.advance(minutes=120)
    verdict = controller.verdict(anna, GEL_ON_KNEE)
    assert [str(b.code) for b in verdict.blocks] == ["site-locked"]
    other_knee = dataclasses.replace(GEL_ON_KNEE, site=BodySite.parse("knee-right"))
    assert controller.verdict(anna, other_knee).allowed


def test_hives_stop_all_cold_until_a_clinician_review(
    controller: SessionController, clock: FakeClock, stores: Stores, anna: Profile
) -> None:
    controller.start(anna, GEL_ON_KNEE)
    tick(controller, clock, 2)
    controller.stop_for_signs(frozenset({StopSign.HIVES}))
    assert anna.id is not None
    stored = stores.profiles.get_profile(anna.id)
    assert stored is not None
    assert stored.review_needed
    shoulder = dataclasses.replace(GEL_ON_KNEE, site=BodySite.parse("shoulder-right"))
    assert [str(b.code) for b in controller.verdict(stored, shoulder).blocks] == ["review-needed"]


def test_a_suspend_across_the_deadline_alarms_at_resume(
    qtbot: QtBot, controller: SessionController, clock: FakeClock, anna: Profile
) -> None:
    controller.start(anna, GEL_ON_KNEE)
    tick(controller, clock, 1)
    clock.sleep_through(minutes=40)
    driver = controller.session_clock
    assert driver is not None
    with qtbot.waitSignal(controller.remove_pack_now):
        driver.tick_timer.timeout.emit()


def test_crash_recovery_records_the_interrupted_session(
    clock: FakeClock,
    stores: Stores,
    controller: SessionController,
    outputs: Recorder,
    anna: Profile,
) -> None:
    record = controller.start(anna, GEL_ON_KNEE)
    tick(controller, clock, 3)
    # The app dies: no end is written. The next start finds the session still running.
    controller.shutdown()
    clock.advance(minutes=90)
    restarted = restart(clock, stores, outputs)
    (interrupted,) = restarted.interrupted_sessions()
    assert interrupted.id == record.id
    recovery = restarted.recover(interrupted, RemovalAnswer.WHEN_APP_STOPPED, SkinLook.NORMAL)
    # The last heartbeat, written every 5 seconds, was at minute 3.
    assert recovery.removed_at == record.started_at + timedelta(minutes=3)
    assert not recovery.over_maximum
    assert restarted.interrupted_sessions() == []
    assert record.id is not None
    stored = stores.sessions.get_session(record.id)
    assert stored is not None
    assert stored.outcome is Outcome.INTERRUPTED
    assert stored.removed_at == recovery.removed_at


def test_a_session_cut_off_by_a_crash_and_not_yet_answered_for_still_counts(
    clock: FakeClock,
    stores: Stores,
    controller: SessionController,
    outputs: Recorder,
    anna: Profile,
) -> None:
    controller.start(anna, GEL_ON_KNEE)
    tick(controller, clock, 5)
    controller.shutdown()
    clock.advance(minutes=10)
    # Restarted, and the question about the interrupted session put off.
    restarted = restart(clock, stores, outputs)
    verdict = restarted.verdict(anna, GEL_ON_KNEE)
    # Its rest counts from now at the latest (the pack may still be on), and it is in the
    # day's count.
    assert not verdict.allowed
    assert verdict.next_allowed_at == clock.now() + timedelta(minutes=60)
    assert verdict.sessions_today == 1


def test_cold_left_on_past_the_maximum_after_a_crash_is_an_adverse_event(
    clock: FakeClock,
    stores: Stores,
    controller: SessionController,
    outputs: Recorder,
    anna: Profile,
) -> None:
    record = controller.start(anna, GEL_ON_KNEE)
    controller.shutdown()
    clock.advance(minutes=45)
    restarted = restart(clock, stores, outputs)
    (interrupted,) = restarted.interrupted_sessions()
    recovery = restarted.recover(interrupted, RemovalAnswer.DONT_KNOW, SkinLook.NORMAL)
    assert recovery.over_maximum
    assert anna.id is not None
    (event,) = stores.events.events_between(anna.id, record.started_at, clock.now() + timedelta(1))
    assert event.source is EventSource.RECOVERY
    assert "maximum" in event.note


def test_the_follow_up_comes_due_and_numbness_locks_the_site(
    qtbot: QtBot,
    controller: SessionController,
    clock: FakeClock,
    stores: Stores,
    anna: Profile,
) -> None:
    controller.start(anna, GEL_ON_KNEE, planned_minutes=10)
    tick(controller, clock, 10)
    controller.take_pack_off()
    ended = controller.finish_aftercare(AfterAnswer(SkinLook.NORMAL, 2))
    assert controller.pending_follow_ups(anna, clock.now()) == []
    clock.advance(minutes=30)
    assert controller.pending_follow_ups(anna, clock.now()) == [ended]
    outcome = controller.record_follow_up(ended, FollowUpAnswer(numb_or_tingling=True), pain=2)
    assert outcome.advice is FollowUpAdvice.SEEK_MEDICAL_ADVICE
    assert controller.pending_follow_ups(anna, clock.now()) == []
    clock.advance(minutes=120)
    assert [str(b.code) for b in controller.verdict(anna, GEL_ON_KNEE).blocks] == ["site-locked"]


def test_a_finished_session_leaves_nothing_that_crashes_later(
    qtbot: QtBot, clock: FakeClock, stores: Stores, outputs: Recorder, anna: Profile
) -> None:
    """Regression: the session clock deleted with ``deleteLater`` while still a child of the
    controller was freed twice when Python collected the controller, crashing the app at a
    random later moment."""
    controller = restart(clock, stores, outputs)
    controller.start(anna, GEL_ON_KNEE)
    controller.shutdown()
    del controller
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired))
