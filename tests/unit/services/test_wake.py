"""The APScheduler adapter with the real ``QtScheduler``, on real (short) time.

This is the one place the tests wait on the real clock: what is tested is that APScheduler's
worker thread, its ``QTimer`` and the queued signal really call back on the GUI thread. Waits
are on signals with generous timeouts; nothing sleeps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from pytestqt.qtbot import QtBot

from coldcare.services.clock import SystemClock
from coldcare.services.wake import ApschedulerWake

SOON = timedelta(milliseconds=50)
WAIT_MS = 5000
# Long enough to be sure a cancelled 50 ms job did not run, even on a loaded machine.
QUIET_MS = 400


class Calls(QObject):
    """Records which job called back, and on which thread."""

    called = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list[str] = []
        self.threads: list[QThread] = []

    def callback(self, job: str) -> Callable[[], None]:
        def call() -> None:
            self.jobs.append(job)
            self.threads.append(QThread.currentThread())
            self.called.emit(job)

        return call


def now() -> datetime:
    return SystemClock().now()


@pytest.fixture
def wake(qtbot: QtBot) -> Iterator[ApschedulerWake]:
    threads_before = set(threading.enumerate())
    made = ApschedulerWake()
    yield made
    made.shutdown()
    assert set(threading.enumerate()) <= threads_before, "a scheduler thread outlived the test"


@pytest.fixture
def calls() -> Calls:
    return Calls()


def test_a_job_calls_back_on_the_gui_thread(
    qtbot: QtBot, wake: ApschedulerWake, calls: Calls
) -> None:
    with qtbot.waitSignal(calls.called, timeout=WAIT_MS):
        wake.arm("job", now() + SOON, calls.callback("job"))

    app = QCoreApplication.instance()
    assert app is not None
    assert calls.jobs == ["job"]
    assert calls.threads == [app.thread()]


def test_a_job_calls_back_once(qtbot: QtBot, wake: ApschedulerWake, calls: Calls) -> None:
    wake.arm("job", now() + SOON, calls.callback("job"))
    wake.arm("marker", now() + SOON * 4, calls.callback("marker"))

    qtbot.waitUntil(lambda: "marker" in calls.jobs, timeout=WAIT_MS)

    assert calls.jobs == ["job", "marker"]


def test_arming_again_replaces_the_earlier_arm(
    qtbot: QtBot, wake: ApschedulerWake, calls: Calls
) -> None:
    wake.arm("job", now() + SOON, calls.callback("first"))
    wake.arm("job", now() + SOON * 2, calls.callback("second"))

    with qtbot.waitSignal(calls.called, timeout=WAIT_MS):
        pass
    with qtbot.assertNotEmitted(calls.called, wait=QUIET_MS):
        pass  # no stale or cancelled job calls back afterwards

    assert calls.jobs == ["second"]


def test_a_cancelled_job_does_not_call_back(
    qtbot: QtBot, wake: ApschedulerWake, calls: Calls
) -> None:
    wake.arm("job", now() + SOON, calls.callback("job"))
    wake.arm("other", now() + SOON, calls.callback("other"))
    wake.cancel("job")
    wake.cancel("never armed")

    qtbot.waitUntil(lambda: "other" in calls.jobs, timeout=WAIT_MS)
    with qtbot.assertNotEmitted(calls.called, wait=QUIET_MS):
        pass  # no stale or cancelled job calls back afterwards

    assert calls.jobs == ["other"]


def test_cancel_all_forgets_every_job(qtbot: QtBot, wake: ApschedulerWake, calls: Calls) -> None:
    wake.arm("one", now() + SOON, calls.callback("one"))
    wake.arm("two", now() + SOON, calls.callback("two"))

    wake.cancel_all()
    wake.arm("marker", now() + SOON * 2, calls.callback("marker"))
    qtbot.waitUntil(lambda: "marker" in calls.jobs, timeout=WAIT_MS)
    with qtbot.assertNotEmitted(calls.called, wait=QUIET_MS):
        pass  # no stale or cancelled job calls back afterwards

    assert calls.jobs == ["marker"]


def test_an_instant_in_the_past_calls_back_promptly(
    qtbot: QtBot, wake: ApschedulerWake, calls: Calls
) -> None:
    with qtbot.waitSignal(calls.called, timeout=WAIT_MS):
        wake.arm("late", now() - timedelta(hours=2), calls.callback("late"))

    assert calls.jobs == ["late"]


def test_a_callback_may_arm_its_own_job_again(
    qtbot: QtBot, wake: ApschedulerWake, calls: Calls
) -> None:
    record = calls.callback("again")

    def first() -> None:
        calls.jobs.append("first")
        wake.arm("job", now() + SOON, record)

    wake.arm("job", now() + SOON, first)

    qtbot.waitUntil(lambda: "again" in calls.jobs, timeout=WAIT_MS)
    assert calls.jobs == ["first", "again"]


def test_nothing_calls_back_after_shutdown(
    qtbot: QtBot, wake: ApschedulerWake, calls: Calls
) -> None:
    wake.arm("job", now() + SOON, calls.callback("job"))

    wake.shutdown()
    wake.shutdown()
    wake.arm("later", now(), calls.callback("later"))
    wake.cancel("job")
    with qtbot.assertNotEmitted(calls.called, wait=QUIET_MS):
        pass  # no stale or cancelled job calls back afterwards

    assert calls.jobs == []


def wake_up_from_a_worker(wake: ApschedulerWake, job: str, token: int) -> None:
    """Emit the wake-up signal from another thread, as APScheduler's worker does; it is
    queued, so it arrives when the GUI thread next handles events."""
    worker = threading.Thread(target=wake._woke.emit, args=(job, token))
    worker.start()
    worker.join()


def test_a_queued_wake_up_calls_back_when_it_arrives(
    qtbot: QtBot, wake: ApschedulerWake, calls: Calls
) -> None:
    wake.arm("job", now() + timedelta(hours=1), calls.callback("job"))

    with qtbot.waitSignal(calls.called, timeout=WAIT_MS):
        wake_up_from_a_worker(wake, "job", token=1)

    assert calls.jobs == ["job"]


def test_a_wake_up_still_on_its_way_at_shutdown_is_ignored(
    qtbot: QtBot, wake: ApschedulerWake, calls: Calls
) -> None:
    wake.arm("job", now() + timedelta(hours=1), calls.callback("job"))

    wake_up_from_a_worker(wake, "job", token=1)
    wake.shutdown()
    with qtbot.assertNotEmitted(calls.called, wait=QUIET_MS):
        pass  # no stale or cancelled job calls back afterwards

    assert calls.jobs == []


def test_a_wake_up_of_an_earlier_arm_is_ignored(
    qtbot: QtBot, wake: ApschedulerWake, calls: Calls
) -> None:
    wake.arm("job", now() + timedelta(hours=1), calls.callback("first"))
    wake.arm("job", now() + timedelta(hours=1), calls.callback("second"))

    wake_up_from_a_worker(wake, "job", token=1)
    with qtbot.assertNotEmitted(calls.called, wait=QUIET_MS):
        pass  # no stale or cancelled job calls back afterwards

    assert calls.jobs == []


def test_arm_takes_aware_instants_in_any_zone(
    qtbot: QtBot, wake: ApschedulerWake, calls: Calls
) -> None:
    soon_in_berlin = (now() + SOON).astimezone(ZoneInfo("Europe/Berlin"))

    with qtbot.waitSignal(calls.called, timeout=WAIT_MS):
        wake.arm("job", soon_in_berlin, calls.callback("job"))
