"""The suspend detector compares wall and monotonic time between checks."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from coldcare.services.suspend import SuspendDetector
from tests.fakes import FakeClock


class Heard:
    """Everything the detector emitted."""

    def __init__(self, detector: SuspendDetector) -> None:
        self.resumed: list[float] = []
        self.changed: list[float] = []
        detector.resumed.connect(self.resumed.append)
        detector.clock_changed.connect(self.changed.append)


def test_the_first_check_only_takes_a_baseline(qtbot: QtBot, clock: FakeClock) -> None:
    detector = SuspendDetector(clock)
    heard = Heard(detector)
    clock.sleep_through(minutes=30)
    assert detector.check() == 0.0
    assert heard.resumed == heard.changed == []


def test_an_awake_computer_reports_nothing(qtbot: QtBot, clock: FakeClock) -> None:
    detector = SuspendDetector(clock)
    heard = Heard(detector)
    detector.check()
    for _ in range(10):
        clock.advance(1)
        assert detector.check() == 0.0
    clock.advance(minutes=20)
    detector.check()
    assert heard.resumed == heard.changed == []


def test_a_suspend_is_reported_with_the_time_asleep(qtbot: QtBot, clock: FakeClock) -> None:
    detector = SuspendDetector(clock)
    heard = Heard(detector)
    detector.check()
    clock.advance(1)
    clock.sleep_through(minutes=25)
    with qtbot.waitSignal(detector.resumed) as signal:
        assert detector.check() == pytest.approx(1500)
    assert signal.args == [pytest.approx(1500)]
    assert heard.changed == []
    # The next check compares with the resume, not with the time before the sleep.
    clock.advance(1)
    detector.check()
    assert len(heard.resumed) == 1


def test_a_clock_set_back_is_reported_separately_with_a_negative_jump(
    qtbot: QtBot, clock: FakeClock
) -> None:
    detector = SuspendDetector(clock)
    heard = Heard(detector)
    detector.check()
    clock.advance(1)
    clock.jump(-3600)
    with qtbot.waitSignal(detector.clock_changed) as signal:
        detector.check()
    assert signal.args == [pytest.approx(-3600)]
    assert heard.resumed == []


def test_a_clock_set_forward_looks_like_a_resume(qtbot: QtBot, clock: FakeClock) -> None:
    detector = SuspendDetector(clock)
    heard = Heard(detector)
    detector.check()
    clock.jump(120)
    detector.check()
    assert heard.resumed == [pytest.approx(120)]


@pytest.mark.parametrize("seconds", [9.9, -9.9])
def test_differences_within_the_threshold_are_ignored(
    qtbot: QtBot, clock: FakeClock, seconds: float
) -> None:
    detector = SuspendDetector(clock, threshold_seconds=10)
    heard = Heard(detector)
    detector.check()
    clock.jump(seconds)
    assert detector.check() == pytest.approx(seconds)
    assert heard.resumed == heard.changed == []


def test_reset_takes_a_new_baseline_silently(qtbot: QtBot, clock: FakeClock) -> None:
    detector = SuspendDetector(clock)
    heard = Heard(detector)
    detector.check()
    clock.sleep_through(minutes=10)
    detector.reset()
    clock.advance(1)
    detector.check()
    assert heard.resumed == []


def test_the_threshold_must_be_positive(qtbot: QtBot, clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="threshold"):
        SuspendDetector(clock, threshold_seconds=0)
    assert SuspendDetector(clock).threshold_seconds == 10.0
