"""The computer's clock set forward and back during a session and around reminders.

A session: set forward past its end, the alarm comes at once and the session is not lost; set
back, the cold is neither lengthened nor shortened, no time runs backwards, the alarm comes
once. Reminders: whatever the jumps, each occurrence is shown at most once and a jump over
several never sounds them in a burst.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from coldcare.domain.records import Profile
from coldcare.domain.session import AlarmKind
from coldcare.services.session_controller import SessionController
from coldcare.storage.database import Storage
from tests.drills.conftest import SEED, SIZE
from tests.drills.rig import GEL_ON_KNEE, Witness, controller_on, stores_on
from tests.fakes import FakeClock
from tests.unit.services.test_reminders import World, at_utc, daily

JUMPS_PER_RUN = 12


@pytest.fixture
def witness() -> Witness:
    return Witness()


@pytest.fixture
def controller(
    qtbot: QtBot, storage: Storage, clock: FakeClock, witness: Witness
) -> Iterator[SessionController]:
    made = controller_on(storage, clock, witness)
    yield made
    made.shutdown()


@pytest.fixture
def anna(storage: Storage) -> Profile:
    """45 years old: at most 20 minutes; the controller plans 15."""
    return stores_on(storage).profiles.save_profile(Profile("Anna", 1981))


def _tick(controller: SessionController, clock: FakeClock, seconds: int) -> None:
    """Let ``seconds`` pass awake, ticking once a second as the session clock does."""
    for _ in range(seconds):
        clock.advance(1)
        driver = controller.session_clock
        if driver is None:
            return
        driver.tick_timer.timeout.emit()


def _ringing(witness: Witness) -> bool:
    return witness.sounding and witness.alarms[-1][0] is AlarmKind.REMOVE_PACK


def test_set_forward_past_the_end_alarms_at_once_and_keeps_the_session(
    qtbot: QtBot,
    controller: SessionController,
    clock: FakeClock,
    anna: Profile,
    storage: Storage,
    witness: Witness,
) -> None:
    record = controller.start(anna, GEL_ON_KNEE)
    _tick(controller, clock, 60)
    clock.jump(3 * 3600)
    driver = controller.session_clock
    assert driver is not None
    with qtbot.waitSignal(controller.remove_pack_now):
        driver.tick_timer.timeout.emit()
    assert controller.active
    assert _ringing(witness)
    assert record.id is not None
    assert [s.id for s in stores_on(storage).sessions.running_sessions()] == [record.id]


def test_random_jumps_never_run_time_backwards_nor_ring_twice(
    qtbot: QtBot, controller: SessionController, clock: FakeClock, anna: Profile, witness: Witness
) -> None:
    controller.start(anna, GEL_ON_KNEE)
    jumps = random.Random(SEED)
    rang: list[bool] = []
    controller.remove_pack_now.connect(rang.append)
    session = controller.session
    assert session is not None
    seen = timedelta(0)
    for _ in range(JUMPS_PER_RUN):
        clock.jump(jumps.choice((-1, 1)) * jumps.randrange(1, 7200))
        _tick(controller, clock, jumps.randrange(1, 120))
        cold = session.cold_on_time(controller.now())
        assert seen <= cold  # never negative, never backwards
        seen = cold
    _tick(controller, clock, 20 * 60)
    assert len(rang) == 1
    assert _ringing(witness)


@pytest.fixture
def world(qtbot: QtBot, storage: Storage, clock: FakeClock) -> Iterator[World]:
    made = World(storage, clock)
    yield made
    for run in made.runs:
        run.service.shutdown()


@pytest.mark.parametrize("run", range(SIZE.kills // 5 * 4 or 4))
def test_reminders_around_random_jumps_come_once_and_never_in_a_burst(
    world: World, clock: FakeClock, run: int
) -> None:
    person = world.person("Anna")
    world.plan(
        person,
        daily(person, "Morning exercises", time(9, 10)),
        daily(person, "Ice the left knee", time(9, 20)),
        daily(person, "Ice the right knee", time(9, 30)),
    )
    reminders = world.start()
    jumps = random.Random(SEED + run)
    for _ in range(JUMPS_PER_RUN):
        if jumps.random() < 0.5:
            sounds = reminders.outputs.sounds
            clock.jump(jumps.choice((-1, 1)) * jumps.randrange(60, 5400))
            reminders.detector.check()
            reminders.wake.fire_due()
            assert reminders.outputs.sounds - sounds <= 1  # a jump over several: one sound
        else:  # awake: each reminder at its own time
            reminders.wake.advance_to(clock.now() + timedelta(minutes=jumps.randrange(1, 40)))
    reminders.wake.advance_to(max(clock.now(), at_utc(12)))
    shown = [(r.item_id, r.due_at) for r in reminders.reminders]
    assert len(shown) == len(set(shown))
