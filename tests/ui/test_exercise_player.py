"""The guided exercise player: timing by the fake clock, cues, pause, finish, and the log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coldcare.domain.exercise_player import Cue, PlayerPhase
from coldcare.domain.exercises import BodyRegion, Effort, Exercise, ExerciseCompletion
from coldcare.domain.plan import ItemKind, PlanItem
from coldcare.ui.pages.exercise_player_page import ExercisePlayerPage
from coldcare.ui.state import AppState
from tests.fakes import FakeClock
from tests.ui.exercise_fakes import BoxAnswer
from tests.ui.helpers import dispose, interactive, tab_reaches_all

Heard = list[tuple[PlayerPhase, str]]  # each cue's step and words, in order

# Two sets of two repetitions, each held 5 s; 3 s to relax between them, 30 s rest between sets.
BRIDGE = Exercise("Bridge", "Lift your hips.", BodyRegion.HIP, 2, 2, 5, 30)


@pytest.fixture
def bridge(exercise_state: AppState) -> Exercise:
    return exercise_state.repositories.exercises.save_exercise(BRIDGE)


@pytest.fixture
def heard() -> Heard:
    return []


@pytest.fixture
def idle_page(exercise_state: AppState, heard: Heard) -> Iterator[ExercisePlayerPage]:
    """The player, with nothing started yet."""

    def on_cue(cue: Cue, words: str) -> None:
        heard.append((cue.phase, words))

    made = ExercisePlayerPage(exercise_state, on_cue)
    made.resize(1200, 800)
    made.show()
    yield made
    dispose(made)


@pytest.fixture
def page(idle_page: ExercisePlayerPage, bridge: Exercise) -> ExercisePlayerPage:
    """The player with the bridge started (getting ready)."""
    idle_page.play(bridge)
    return idle_page


def wait(page: ExercisePlayerPage, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass, then let the player's timer fire."""
    clock.advance(seconds)
    page.timer.timeout.emit()


def shown(page: ExercisePlayerPage) -> tuple[str, str, str]:
    """The step's words, the seconds left and the counters."""
    return page.phase.text(), page.count.text(), page.counters.text()


def play_to_the_end(page: ExercisePlayerPage, clock: FakeClock) -> None:
    for seconds in (5, 5, 3, 5, 30, 5, 3, 5):
        wait(page, clock, seconds)


# ------------------------------------------------------------------ playing


def test_get_ready_then_holds_relaxes_and_a_rest_until_done(
    page: ExercisePlayerPage, clock: FakeClock
) -> None:
    assert shown(page) == ("Get ready", "5", "Set 1 of 2 · Repetition 1 of 2")
    assert page.timer.isActive()
    wait(page, clock, 2)
    assert page.count.text() == "3"
    wait(page, clock, 3)
    assert shown(page) == ("Hold", "5", "Set 1 of 2 · Repetition 1 of 2")
    wait(page, clock, 5)
    assert shown(page) == ("Relax", "3", "Set 1 of 2 · Repetition 2 of 2")
    wait(page, clock, 3)
    assert shown(page) == ("Hold", "5", "Set 1 of 2 · Repetition 2 of 2")
    wait(page, clock, 5)
    assert shown(page) == ("Rest", "30", "Set 2 of 2 · Repetition 1 of 2")
    assert page.skip_button.isVisible()
    wait(page, clock, 30)
    assert shown(page) == ("Hold", "5", "Set 2 of 2 · Repetition 1 of 2")
    assert not page.skip_button.isVisible()
    wait(page, clock, 5)
    wait(page, clock, 3)
    wait(page, clock, 5)
    assert page.log_view.isVisible()
    assert not page.timer.isActive()
    assert page.done_summary.text() == "You did 4 of 4 repetitions of “Bridge”."
    assert page.form.reps.value() == 4


def test_every_step_is_passed_on_as_a_cue_in_order(
    page: ExercisePlayerPage, clock: FakeClock, heard: Heard
) -> None:
    play_to_the_end(page, clock)
    work, relax = PlayerPhase.WORK, PlayerPhase.RELAX
    assert [phase for phase, _words in heard] == [
        PlayerPhase.GET_READY,
        *(work, relax, work),
        PlayerPhase.REST,
        *(work, relax, work),
        PlayerPhase.DONE,
    ]
    assert [words for _phase, words in heard][:5] == ["Get ready", "Hold", "Relax", "Hold", "Rest"]
    assert heard[-1] == (PlayerPhase.DONE, "Well done")


def test_a_repetition_without_a_hold_says_move_slowly(
    idle_page: ExercisePlayerPage, exercise_state: AppState, clock: FakeClock, heard: Heard
) -> None:
    slide = Exercise("Heel slide", "", BodyRegion.KNEE, 1, 3, 0, 0)
    idle_page.play(exercise_state.repositories.exercises.save_exercise(slide))
    wait(idle_page, clock, 5)
    assert shown(idle_page) == ("Move slowly", "4", "Repetition 1 of 3")
    assert heard[-1] == (PlayerPhase.WORK, "Move slowly")


def test_the_timer_wakes_when_the_shown_second_changes(
    page: ExercisePlayerPage, clock: FakeClock
) -> None:
    clock.advance(0.25)
    page.timer.timeout.emit()
    assert page.count.text() == "5"
    assert page.timer.isActive()
    assert page.timer.interval() == 750


def test_get_ready_can_be_cut_short(page: ExercisePlayerPage, clock: FakeClock) -> None:
    assert page.skip_button.text() == "Start now"
    page.skip_button.click()
    assert shown(page) == ("Hold", "5", "Set 1 of 2 · Repetition 1 of 2")


# ------------------------------------------------------------------ pause and finish


def test_pause_stops_the_time_and_resume_goes_on_where_it_stopped(
    page: ExercisePlayerPage, clock: FakeClock
) -> None:
    wait(page, clock, 5)
    wait(page, clock, 2)
    page.pause_button.click()
    assert page.phase.text() == "Paused"
    assert page.pause_button.text() == "Resume"
    assert not page.timer.isActive()
    wait(page, clock, 60)
    assert shown(page) == ("Paused", "3", "Set 1 of 2 · Repetition 1 of 2")
    page.pause_button.click()
    assert shown(page) == ("Hold", "3", "Set 1 of 2 · Repetition 1 of 2")
    wait(page, clock, 3)
    assert page.phase.text() == "Relax"


def test_space_pauses_and_resumes_wherever_the_focus_is(
    idle_page: ExercisePlayerPage, bridge: Exercise, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(idle_page, "confirm_finish", lambda: pytest.fail("Space pressed “Finish”"))
    idle_page.activateWindow()
    qtbot.waitUntil(idle_page.isActiveWindow)
    idle_page.play(bridge)
    qtbot.keyClick(idle_page.pause_button, Qt.Key.Key_Space)
    assert idle_page.phase.text() == "Paused"
    idle_page.finish_button.setFocus()
    qtbot.keyClick(idle_page.finish_button, Qt.Key.Key_Space)
    assert idle_page.phase.text() == "Get ready"
    assert idle_page.run_view.isVisible()


def test_finishing_early_asks_first_and_can_be_called_off(
    page: ExercisePlayerPage, clock: FakeClock
) -> None:
    wait(page, clock, 5)
    answer = BoxAnswer("Keep going")
    page.finish_button.click()
    assert "Finish the exercise now?" in answer.question
    assert page.run_view.isVisible()
    assert page.phase.text() == "Hold"
    wait(page, clock, 5)
    assert page.phase.text() == "Relax"


def test_finishing_early_goes_to_the_log_with_what_was_done(
    page: ExercisePlayerPage, clock: FakeClock, heard: Heard
) -> None:
    for seconds in (5, 5, 3, 5):
        wait(page, clock, seconds)
    BoxAnswer("Finish now")
    page.finish_button.click()
    assert page.log_view.isVisible()
    assert page.done_summary.text() == "You did 2 of 4 repetitions of “Bridge”."
    assert heard[-1] == (PlayerPhase.DONE, "Well done")


# ------------------------------------------------------------------ the log


def test_the_log_saves_a_completion_with_effort_pain_and_plan_item(
    idle_page: ExercisePlayerPage,
    bridge: Exercise,
    exercise_state: AppState,
    clock: FakeClock,
    qtbot: QtBot,
) -> None:
    profile = exercise_state.profile
    assert profile is not None
    assert profile.id is not None
    assert bridge.id is not None
    (item,) = exercise_state.repositories.plan.save_plan(
        profile.id,
        [
            PlanItem(
                profile.id,
                ItemKind.EXERCISE,
                "Bridge",
                frozenset({0}),
                time(9),
                date(2026, 3, 2),
                exercise_id=bridge.id,
            )
        ],
    )
    idle_page.play(bridge, plan_item_id=item.id)
    play_to_the_end(idle_page, clock)
    idle_page.form.reps.setValue(3)
    idle_page.form.effort.button(Effort.JUST_RIGHT).click()
    idle_page.form.pain.buttons()[3].click()
    qtbot.keyClicks(idle_page.form.note, "Easier than last time")
    with qtbot.waitSignal(idle_page.finished) as done:
        idle_page.save_button.click()
    completion = done.args[0]
    assert isinstance(completion, ExerciseCompletion)
    assert completion.id is not None
    expected = (profile.id, bridge.id, 2, 3, Effort.JUST_RIGHT, 3, item.id)
    assert (
        completion.profile_id,
        completion.exercise_id,
        completion.sets_done,
        completion.reps_done,
        completion.effort,
        completion.pain,
        completion.plan_item_id,
    ) == expected
    assert completion.note == "Easier than last time"
    assert completion.completed_at == clock.now()
    stored = exercise_state.repositories.exercises.completions_between(
        profile.id, completion.completed_at, clock.now().replace(hour=23)
    )
    assert stored == [completion]


def test_the_log_needs_to_know_how_hard_it_was(
    page: ExercisePlayerPage, exercise_state: AppState, clock: FakeClock, qtbot: QtBot
) -> None:
    play_to_the_end(page, clock)
    with qtbot.assertNotEmitted(page.finished):
        page.save_button.click()
    assert page.form.effort_problem.text() == "Please choose how hard it was."
    assert page.focusWidget() is page.form.effort.buttons()[0]
    assert exercise_state.profile is not None
    assert exercise_state.profile.id is not None
    assert (
        exercise_state.repositories.exercises.completions_between(
            exercise_state.profile.id, clock.now().replace(hour=0), clock.now().replace(hour=23)
        )
        == []
    )


def test_not_saving_finishes_with_nothing(
    page: ExercisePlayerPage, clock: FakeClock, qtbot: QtBot
) -> None:
    play_to_the_end(page, clock)
    with qtbot.waitSignal(page.finished) as done:
        page.discard_button.click()
    assert done.args == [None]


# ------------------------------------------------------------------ keyboard and names


def test_every_control_has_a_name(page: ExercisePlayerPage, clock: FakeClock) -> None:
    play_to_the_end(page, clock)
    assert [type(w).__name__ for w in interactive(page) if not w.accessibleName()] == []
    assert page.pause_button.accessibleName() == "Pause"


def test_tab_reaches_every_control_while_playing(page: ExercisePlayerPage, qtbot: QtBot) -> None:
    assert tab_reaches_all(qtbot, page) == []


def test_tab_reaches_every_control_of_the_log(
    page: ExercisePlayerPage, clock: FakeClock, qtbot: QtBot
) -> None:
    play_to_the_end(page, clock)
    # The pain scale is one Tab stop (arrows and digits move in it), like an answer grid.
    assert tab_reaches_all(qtbot, page) == []


def test_enter_presses_the_focused_button(page: ExercisePlayerPage, qtbot: QtBot) -> None:
    qtbot.keyClick(page.skip_button, Qt.Key.Key_Return)
    assert page.phase.text() == "Hold"
