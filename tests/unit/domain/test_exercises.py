"""The exercise library, the starter set and the guided player (fake "now")."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from coldcare.domain.exercise_player import (
    GET_READY,
    PHASE_WORDS,
    RELAX,
    SLOW_MOVEMENT,
    Cue,
    ExercisePlayer,
    PlayerPhase,
    planned_duration,
)
from coldcare.domain.exercises import (
    CHECK_WITH_PHYSIOTHERAPIST,
    EFFORT_NAMES,
    REGION_NAMES,
    STARTER_BY_KEY,
    STARTER_SET,
    BodyRegion,
    Effort,
    Exercise,
    ExerciseCompletion,
)
from coldcare.domain.vocabulary import BadInputError

T0 = datetime(2026, 3, 2, 10, tzinfo=UTC)
SQUEEZE = Exercise("Squeeze", "Squeeze and hold.", BodyRegion.SHOULDER, 2, 3, 5, 30)


def test_the_starter_set_covers_knee_hip_back_neck_and_shoulder() -> None:
    regions = {e.region for e in STARTER_SET}
    assert {
        BodyRegion.KNEE,
        BodyRegion.HIP,
        BodyRegion.LOWER_BACK,
        BodyRegion.NECK,
        BodyRegion.SHOULDER,
    } <= regions
    assert len(STARTER_BY_KEY) == len(STARTER_SET)
    assert all(e.instructions.endswith(".") for e in STARTER_SET)
    assert "physiotherapist" in CHECK_WITH_PHYSIOTHERAPIST
    assert set(REGION_NAMES) == set(BodyRegion)
    assert set(EFFORT_NAMES) == set(Effort)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"name": ""}, "needs a name"),
        ({"sets": 0}, "sets must be from 1 to 10"),
        ({"reps": 51}, "repetitions"),
        ({"hold_seconds": -1}, "hold"),
        ({"rest_seconds": 601}, "rest"),
        ({"instructions": "x" * 4001}, "instructions"),
        ({"picture": b"x" * (2 * 1024 * 1024 + 1)}, "2 MB"),
    ],
)
def test_an_exercise_names_what_is_wrong(changes: dict[str, object], problem: str) -> None:
    with pytest.raises(BadInputError, match=problem):
        dataclasses.replace(SQUEEZE, **changes)


def test_a_completion_checks_its_numbers() -> None:
    with pytest.raises(BadInputError, match="0 to 10"):
        ExerciseCompletion(1, 1, T0, 2, 20, Effort.HARD, pain=11)
    with pytest.raises(BadInputError, match="negative"):
        ExerciseCompletion(1, 1, T0, -1, 20, Effort.HARD)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_the_player_counts_down_holds_relaxes_rests_and_finishes() -> None:
    player = ExercisePlayer(SQUEEZE)
    assert player.start(T0) == [Cue(PlayerPhase.GET_READY, 1, 1)]
    assert player.remaining(at(2)) == GET_READY - timedelta(seconds=2)
    assert player.tick(at(5)) == [Cue(PlayerPhase.WORK, 1, 1)]
    assert player.tick(at(10)) == [Cue(PlayerPhase.RELAX, 1, 2)]
    assert player.reps_done == 1
    elapsed = 10 + RELAX.total_seconds()
    assert player.tick(at(elapsed)) == [Cue(PlayerPhase.WORK, 1, 2)]
    player.tick(at(elapsed + 5))  # relax before rep 3
    player.tick(at(elapsed + 8))  # rep 3
    assert player.tick(at(elapsed + 13)) == [Cue(PlayerPhase.REST, 2, 1)]
    assert player.sets_done == 1
    assert player.skip(at(elapsed + 14)) == [Cue(PlayerPhase.WORK, 2, 1)]
    cues = player.tick(at(elapsed + 100))  # the computer slept: catch up without skipping counts
    assert cues[-1].phase is PlayerPhase.DONE
    assert (player.sets_done, player.reps_done) == (2, 6)
    assert player.tick(at(elapsed + 200)) == []


def test_the_planned_duration_is_what_the_player_takes_without_pauses() -> None:
    player = ExercisePlayer(SQUEEZE)
    player.start(T0)
    seconds = 0
    while player.phase is not PlayerPhase.DONE:
        seconds += 1
        player.tick(at(seconds))
    assert planned_duration(SQUEEZE) == timedelta(seconds=seconds)


def test_pause_keeps_the_time_left() -> None:
    player = ExercisePlayer(SQUEEZE)
    player.start(T0)
    player.tick(at(5))
    player.pause(at(7))
    assert player.phase is PlayerPhase.PAUSED
    assert player.tick(at(60)) == []
    assert player.remaining(at(60)) == timedelta(seconds=3)
    player.resume(at(60))
    assert player.phase is PlayerPhase.WORK
    assert player.tick(at(63)) == [Cue(PlayerPhase.RELAX, 1, 2)]


def test_a_movement_without_hold_is_timed_at_a_slow_pace_and_finish_stops_early() -> None:
    slide = dataclasses.replace(SQUEEZE, hold_seconds=0)
    player = ExercisePlayer(slide)
    assert player.work_time == SLOW_MOVEMENT
    player.start(T0)
    player.tick(at(5))
    assert player.finish(at(6)) == [Cue(PlayerPhase.DONE, 1, 1)]
    assert player.reps_done == 0
    assert player.finish(at(7)) == []
    assert player.skip(at(8)) == []


def test_actions_at_the_wrong_time_do_nothing_or_refuse() -> None:
    player = ExercisePlayer(SQUEEZE)
    player.pause(T0)
    player.resume(T0)
    assert player.phase is PlayerPhase.READY
    assert player.remaining(T0) == timedelta(0)
    player.start(T0)
    with pytest.raises(BadInputError):
        player.start(T0)
    assert set(PHASE_WORDS) == set(PlayerPhase)
