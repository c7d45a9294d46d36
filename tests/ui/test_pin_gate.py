"""The caregiver PIN gate on every protected action (issue: the caregiver PIN).

With a PIN set, each protected action asks for it first: Cancel (Escape) or a wrong PIN does
nothing, the right PIN goes on. Sessions, check-ins and exercises done never ask.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coldcare.domain.audit import RecordKind
from coldcare.domain.caregiver_pin import ProtectedAction
from coldcare.domain.exercises import BodyRegion, Exercise
from coldcare.domain.records import PainContext, PainRating
from coldcare.reports.dataset import gather
from coldcare.services.caregiver_lock import CaregiverLock
from coldcare.ui.dialogs_exercise import CompletionDialog, ExerciseEditor
from coldcare.ui.pages.exercises_page import ExercisesPage
from coldcare.ui.pages.plan_item_dialog import PlanItemDialog
from coldcare.ui.pages.plan_page import PlanPage
from coldcare.ui.pages.records_view import RecordsView
from coldcare.ui.pages.settings_page import ProfileEditDialog, SettingsPage
from coldcare.ui.pin_gate import PinDialog, guarded
from coldcare.ui.state import AppState
from tests.ui.app_rig import (
    BERLIN,
    FakeAlarm,
    FakeVoice,
    Rig,
    set_up_session,
    start_timer,
    started,
    with_profile,
)
from tests.ui.exercise_fakes import BoxAnswer
from tests.ui.helpers import dispose, interactive
from tests.ui.plan_fakes import PlanRig, exercise_item

PIN = "2468"
NINE = time(9, 0)
WALL_PUSH = Exercise("Wall push", "Stand at arm's length.", BodyRegion.SHOULDER, 2, 8, 0, 30)


@pytest.fixture
def state(plan_rig: PlanRig) -> AppState:
    """Anna's app state, with a caregiver PIN set."""
    CaregiverLock(plan_rig.state.repositories.pin, plan_rig.clock).set_pin(PIN, PIN)
    return plan_rig.state


def shown(parent: QWidget, kind: type[QWidget]) -> list[QWidget]:
    return [widget for widget in parent.findChildren(kind) if widget.isVisible()]


def gate(parent: QWidget) -> PinDialog:
    (dialog,) = shown(parent, PinDialog)
    assert isinstance(dialog, PinDialog)
    return dialog


def type_pin(qtbot: QtBot, parent: QWidget, pin: str) -> PinDialog:
    """Type ``pin`` in the open gate and press Enter."""
    dialog = gate(parent)
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    return dialog


def asks_first(
    qtbot: QtBot, parent: QWidget, act: Callable[[], None], done: Callable[[], bool]
) -> None:
    """``act`` asks for the PIN: nothing happens on Escape or a wrong PIN, it does on the
    right one."""
    act()
    assert not done()
    qtbot.keyClick(gate(parent).pin, Qt.Key.Key_Escape)
    assert shown(parent, PinDialog) == []
    assert not done()
    act()
    dialog = type_pin(qtbot, parent, "1357")
    assert dialog.isVisible()
    assert dialog.problem.text() == "That PIN is not right."
    assert dialog.pin.text() == ""
    assert not done()
    type_pin(qtbot, parent, PIN)
    assert shown(parent, PinDialog) == []
    assert done()


# ------------------------------------------------------------------ the gate itself


def test_without_a_pin_the_action_runs_at_once(plan_rig: PlanRig) -> None:
    page = QWidget()
    ran: list[str] = []
    guarded(plan_rig.state, page, ProtectedAction.PLAN, lambda: ran.append("changed"))
    assert ran == ["changed"]
    assert page.findChildren(PinDialog) == []
    dispose(page)


def test_the_gate_says_what_and_why_masks_the_pin_and_names_its_controls(
    state: AppState, qtbot: QtBot
) -> None:
    page = QWidget()
    page.show()
    guarded(state, page, ProtectedAction.PLAN, lambda: None)
    dialog = gate(page)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Change the weekly plan" in words
    assert "so nobody changes the plan or limits by accident" in words
    assert "coldcare reset-pin" in words
    assert dialog.isModal()
    qtbot.keyClicks(dialog.pin, "12ab34567890")
    assert dialog.pin.text() == "12345678", "digits only, at most 8"
    assert dialog.pin.displayText() != dialog.pin.text()
    assert all(widget.accessibleName() for widget in interactive(dialog))
    dispose(page)


def test_wrong_tries_make_the_gate_wait_counting_down(
    state: AppState, plan_rig: PlanRig, qtbot: QtBot
) -> None:
    page = QWidget()
    page.show()
    ran: list[str] = []
    guarded(state, page, ProtectedAction.PROFILE, lambda: ran.append("opened"))
    for wrong in ("1111", "2222", "3333"):
        dialog = type_pin(qtbot, page, wrong)
    assert not dialog.pin.isEnabled()
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.text() == "Too many wrong tries. Please wait 0:30 before trying again."
    plan_rig.clock.advance(10)
    with qtbot.waitSignal(dialog.countdown.timeout):
        pass
    assert "Please wait 0:20" in dialog.problem.text()
    plan_rig.clock.advance(20)
    with qtbot.waitSignal(dialog.countdown.timeout):
        pass
    assert dialog.pin.isEnabled()
    assert dialog.problem.text() == ""
    type_pin(qtbot, page, PIN)
    assert ran == ["opened"]
    dispose(page)


# ------------------------------------------------------------------ the plan


@pytest.fixture
def plan_page(plan_rig: PlanRig, state: AppState) -> Iterator[PlanPage]:
    """Bridges, then squats, both at 09:00."""
    bridges = plan_rig.exercise("hip-bridge")
    plan_rig.save_plan(
        exercise_item(plan_rig.profile_id, "Bridges", NINE, bridges, position=0),
        exercise_item(plan_rig.profile_id, "Squats", NINE, bridges, position=1),
    )
    made = PlanPage(state)
    made.resize(1280, 800)
    made.show()
    yield made
    dispose(made)


def _choose(page: PlanPage, label: str) -> None:
    page.choose(next(item.id for item in page.items() if item.label == label))


PLAN_ACTIONS = {
    "add-cold": ("add_cold_button", None, PlanItemDialog),
    "add-exercise": ("add_exercise_button", None, PlanItemDialog),
    "change": ("edit_button", "Bridges", PlanItemDialog),
    "remove": ("remove_button", "Bridges", QMessageBox),
}


@pytest.mark.parametrize("action", PLAN_ACTIONS)
def test_every_change_of_the_plan_asks_for_the_pin(
    action: str, plan_page: PlanPage, qtbot: QtBot
) -> None:
    button_name, chosen, opens = PLAN_ACTIONS[action]
    if chosen:
        _choose(plan_page, chosen)
    button = getattr(plan_page, button_name)
    asks_first(qtbot, plan_page, button.click, lambda: bool(shown(plan_page, opens)))


@pytest.mark.parametrize(
    ("button_name", "chosen"), [("later_button", "Bridges"), ("earlier_button", "Squats")]
)
def test_reordering_the_plan_asks_for_the_pin(
    button_name: str, chosen: str, plan_page: PlanPage, plan_rig: PlanRig, qtbot: QtBot
) -> None:
    _choose(plan_page, chosen)

    def reordered() -> bool:
        return [item.label for item in plan_rig.saved_plan()] == ["Squats", "Bridges"]

    asks_first(qtbot, plan_page, getattr(plan_page, button_name).click, reordered)


# ------------------------------------------------------------------ the exercise library


@pytest.fixture
def exercises_page(state: AppState) -> Iterator[ExercisesPage]:
    own = state.repositories.exercises.save_exercise(WALL_PUSH)
    made = ExercisesPage(state)
    made.resize(1100, 800)
    made.show()
    made.refresh(own.id)
    yield made
    dispose(made)


@pytest.mark.parametrize("button_name", ["add_button", "edit_button"])
def test_adding_and_editing_exercises_ask_for_the_pin(
    button_name: str, exercises_page: ExercisesPage, qtbot: QtBot
) -> None:
    button = getattr(exercises_page, button_name)
    asks_first(
        qtbot, exercises_page, button.click, lambda: bool(shown(exercises_page, ExerciseEditor))
    )


def test_archiving_an_exercise_asks_for_the_pin(
    exercises_page: ExercisesPage, state: AppState, qtbot: QtBot
) -> None:
    def archived() -> bool:
        return "Wall push" not in [e.name for e in state.repositories.exercises.exercises()]

    def archive() -> None:
        exercises_page.archive_button.click()

    archive()
    qtbot.keyClick(gate(exercises_page).pin, Qt.Key.Key_Escape)
    assert not archived()
    archive()
    answer = BoxAnswer("Archive")  # the question after the PIN
    type_pin(qtbot, exercises_page, PIN)
    assert "Archive “Wall push”?" in answer.question
    assert archived()


def test_doing_and_logging_exercises_never_ask(exercises_page: ExercisesPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(exercises_page.play_requested):
        exercises_page.start_button.click()
    exercises_page.log_button.click()
    assert shown(exercises_page, CompletionDialog)
    assert exercises_page.findChildren(PinDialog) == []


# ------------------------------------------------------------------ records and the profile


@pytest.fixture
def records(plan_rig: PlanRig, state: AppState) -> Iterator[RecordsView]:
    at = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    state.repositories.pain.add_rating(
        PainRating(plan_rig.profile_id, at, 5, PainContext.DAILY, note="by mistake")
    )
    view = RecordsView(state)
    view.show_data(
        gather(
            state.repositories.report_sources(),
            plan_rig.profile_id,
            date(2026, 2, 24),
            date(2026, 3, 2),
            BERLIN,
        )
    )
    view.resize(1040, 680)
    view.show()
    view.choose((RecordKind.PAIN_RATING, view.shown_rows()[0].key[1]))
    yield view
    dispose(view)


def _rating_gone(plan_rig: PlanRig) -> Callable[[], bool]:
    def gone() -> bool:
        start, end = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 3, tzinfo=UTC)
        return not plan_rig.state.repositories.pain.ratings_between(plan_rig.profile_id, start, end)

    return gone


def test_deleting_a_record_asks_for_the_pin(
    records: RecordsView, plan_rig: PlanRig, qtbot: QtBot
) -> None:
    asks_first(qtbot, records, records.delete_button.click, _rating_gone(plan_rig))


def test_the_delete_key_asks_for_the_pin_too(
    records: RecordsView, plan_rig: PlanRig, qtbot: QtBot
) -> None:
    asks_first(
        qtbot,
        records,
        lambda: qtbot.keyClick(records.table, Qt.Key.Key_Delete),
        _rating_gone(plan_rig),
    )


def test_editing_the_profile_asks_for_the_pin(state: AppState, qtbot: QtBot) -> None:
    page = SettingsPage(state, FakeAlarm(), FakeVoice())
    page.resize(1000, 800)
    page.show()
    asks_first(qtbot, page, page.edit_button.click, lambda: bool(shown(page, ProfileEditDialog)))
    dispose(page)


# ------------------------------------------------------------------ never guarded


def test_sessions_and_check_ins_never_ask(rig: Rig, qtbot: QtBot) -> None:
    CaregiverLock(rig.app.repositories.pin, rig.clock).set_pin(PIN, PIN)
    with_profile(rig)
    started(rig, qtbot)
    card = rig.app.today.checkin_card
    card.scale.buttons()[3].click()
    card.save_button.click()
    assert card.saved_text.text().startswith("Today: 3")
    set_up_session(rig, qtbot)
    start_timer(rig, qtbot)
    assert rig.app.window.findChildren(PinDialog) == []
