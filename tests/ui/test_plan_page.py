"""The Plan page and its item dialog, driven through their widgets (issue: the weekly plan).

Every change is checked against the safety rules before it is stored; a refused change stores
nothing and says which items, which rule and what would work.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import time

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coldcare.domain.exercises import Exercise
from coldcare.domain.plan import ItemKind, PlanItem
from coldcare.domain.safety_plan import PlanRule, PlanViolation
from coldcare.domain.vocabulary import Modality
from coldcare.ui.pages.plan_item_dialog import PlanItemDialog, refusal_advice, violation_text
from coldcare.ui.pages.plan_page import PlanPage
from tests.ui.helpers import dispose, interactive, tab_reaches_all
from tests.ui.plan_fakes import (
    LEFT_KNEE,
    LOWER_BACK,
    PlanRig,
    choose,
    cold_item,
    exercise_item,
    fill_cold,
)

MONDAY, WEDNESDAY, FRIDAY = 0, 2, 4


@pytest.fixture
def page(plan_rig: PlanRig) -> Iterator[PlanPage]:
    made = PlanPage(plan_rig.state)
    made.resize(1280, 800)
    made.show()
    yield made
    for dialog in made.findChildren(PlanItemDialog):
        dispose(dialog)
    dispose(made)


@pytest.fixture
def slide(plan_rig: PlanRig) -> Exercise:
    """The starter set's heel slide for the knee."""
    return plan_rig.exercise("knee-heel-slide")


def save(qtbot: QtBot, dialog: PlanItemDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def labels(page: PlanPage) -> list[str]:
    return [item.label for item in page.items()]


def listed(plan_rig: PlanRig, page: PlanPage, *items: PlanItem) -> list[PlanItem]:
    """Store ``items`` as Anna's plan and show it on ``page``."""
    saved = plan_rig.save_plan(*items)
    page.refresh()
    return saved


def knee_and_back(plan_rig: PlanRig, page: PlanPage) -> list[PlanItem]:
    """A knee cold at 09:00 and a back cold at 18:00, stored and listed."""
    return listed(
        plan_rig,
        page,
        cold_item(plan_rig.profile_id, "Knee cold", time(9, 0)),
        cold_item(plan_rig.profile_id, "Back cold", time(18, 0), site=LOWER_BACK),
    )


def test_a_cold_item_added_through_the_dialog_is_saved_and_listed_by_time(
    plan_rig: PlanRig, page: PlanPage, qtbot: QtBot
) -> None:
    listed(
        plan_rig, page, cold_item(plan_rig.profile_id, "Back cold", time(18, 0), site=LOWER_BACK)
    )
    qtbot.mouseClick(page.add_cold_button, Qt.MouseButton.LeftButton)
    (dialog,) = page.findChildren(PlanItemDialog)
    assert dialog.isVisible()
    fill_cold(dialog, name="Ice the left knee", at=time(9, 15), minutes=15, days=(MONDAY, FRIDAY))
    assert "never more than 20 min" in dialog.limits.text()

    with qtbot.waitSignal(page.plan_changed):
        save(qtbot, dialog)

    assert not dialog.isVisible()
    saved = plan_rig.saved_plan()
    assert [i.label for i in saved] == ["Ice the left knee", "Back cold"]
    knee = saved[0]
    assert knee.kind is ItemKind.COLD
    assert (knee.site, knee.modality, knee.minutes) == (LEFT_KNEE, Modality.GEL_PACK, 15)
    assert knee.weekdays == {MONDAY, FRIDAY}
    assert knee.at == time(9, 15)
    assert labels(page) == ["Ice the left knee", "Back cold"]
    assert page.chosen() == knee
    assert "Saved" in page.saved.text()


def test_an_exercise_item_names_an_exercise_from_the_library(
    plan_rig: PlanRig, page: PlanPage, qtbot: QtBot
) -> None:
    bridge = plan_rig.exercise("hip-bridge")
    dialog = page.add_exercise()
    choose(dialog.exercise, bridge.id)
    assert dialog.name_edit.text() == "Bridge"
    dialog.days.every_day.click()
    dialog.time.hour.setValue(8)
    dialog.time.minute.setValue(30)
    dialog.heads_up.click()
    save(qtbot, dialog)

    (saved,) = plan_rig.saved_plan()
    assert saved.kind is ItemKind.EXERCISE
    assert saved.exercise_id == bridge.id
    assert saved.weekdays == frozenset(range(7))
    assert saved.heads_up
    assert labels(page) == ["Bridge"]
    assert page.chosen() == saved


def test_without_a_day_nothing_is_saved_and_the_days_field_says_why(
    plan_rig: PlanRig, page: PlanPage, qtbot: QtBot
) -> None:
    dialog = page.add_cold()
    fill_cold(dialog, name="Ice the left knee", at=time(9, 0), minutes=15, days=())
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "choose at least one day" in dialog._days_problem.text()
    assert plan_rig.saved_plan() == []


def test_two_20_minute_gel_packs_on_the_left_knee_30_minutes_apart_are_refused(
    plan_rig: PlanRig, page: PlanPage, qtbot: QtBot
) -> None:
    """Acceptance: the refusal names both items and the 60-minute rest; nothing is saved."""
    first = page.add_cold()
    fill_cold(first, name="Ice after the knee exercises", at=time(9, 0), minutes=20)
    save(qtbot, first)
    before = plan_rig.saved_plan()
    assert [i.label for i in before] == ["Ice after the knee exercises"]

    second = page.add_cold()
    fill_cold(second, name="Knee cold again", at=time(9, 50), minutes=20)
    save(qtbot, second)

    assert second.isVisible()
    refusal = second.refusal.text()
    assert "“Ice after the knee exercises”" in refusal
    assert "“Knee cold again”" in refusal
    assert "60 minutes" in refusal
    assert "10:20" in refusal  # what would work
    assert second.refusal.isVisibleTo(second)
    assert plan_rig.saved_plan() == before
    assert labels(page) == ["Ice after the knee exercises"]

    second.time.hour.setValue(10)
    second.time.minute.setValue(20)
    save(qtbot, second)
    assert not second.isVisible()
    assert [i.label for i in plan_rig.saved_plan()] == [
        "Ice after the knee exercises",
        "Knee cold again",
    ]


def test_changing_an_item_keeps_its_history_and_reorders_the_list(
    plan_rig: PlanRig, page: PlanPage, qtbot: QtBot
) -> None:
    knee, _back = knee_and_back(plan_rig, page)
    page.choose(knee.id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    (dialog,) = page.findChildren(PlanItemDialog)
    assert dialog.name_edit.text() == "Knee cold"
    assert dialog.site.currentData() == LEFT_KNEE.code
    assert dialog.minutes.value() == 15
    dialog.time.hour.setValue(20)
    save(qtbot, dialog)

    assert labels(page) == ["Back cold", "Knee cold"]
    changed = plan_rig.saved_plan()[1]
    assert changed.id == knee.id
    assert changed.at == time(20, 0)


def test_removing_asks_first_and_keeps_the_item_on_keep_it(
    plan_rig: PlanRig, page: PlanPage, qtbot: QtBot
) -> None:
    _knee, back = knee_and_back(plan_rig, page)
    page.choose(back.id)

    box = page.remove()
    assert box is not None
    keep = next(b for b in box.buttons() if b.text() == "Keep it")
    keep.click()
    assert labels(page) == ["Knee cold", "Back cold"]

    box = page.remove()
    assert box is not None
    assert "“Back cold”" in box.text()
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    with qtbot.waitSignal(page.plan_changed):
        remove.click()
    assert labels(page) == ["Knee cold"]
    assert [i.label for i in plan_rig.saved_plan()] == ["Knee cold"]
    archived = plan_rig.state.repositories.plan.get_plan_item(back.id or 0)
    assert archived is not None
    assert archived.archived


def knee_at_nine(plan_rig: PlanRig, page: PlanPage, slide: Exercise, *more: PlanItem) -> None:
    """Ice the left knee, then the knee exercises, both at 09:00 (and ``more``), listed; the
    exercises chosen."""
    listed(
        plan_rig,
        page,
        cold_item(plan_rig.profile_id, "Ice the left knee", time(9, 0), position=0),
        exercise_item(plan_rig.profile_id, "Knee exercises", time(9, 0), slide, position=1),
        *more,
    )
    exercises = next(i for i in page.items() if i.label == "Knee exercises")
    page.choose(exercises.id)


def test_items_at_the_same_time_move_earlier_and_later(
    plan_rig: PlanRig, page: PlanPage, slide: Exercise, qtbot: QtBot
) -> None:
    """ "After the knee exercises, ice the left knee": the order at one time is the plan's."""
    knee_at_nine(
        plan_rig,
        page,
        slide,
        cold_item(plan_rig.profile_id, "Back cold", time(18, 0), site=LOWER_BACK),
    )
    assert page.earlier_button.isEnabled()
    assert not page.later_button.isEnabled()  # the 18:00 item is not at the same time

    with qtbot.waitSignal(page.plan_changed):
        qtbot.mouseClick(page.earlier_button, Qt.MouseButton.LeftButton)

    order = ["Knee exercises", "Ice the left knee", "Back cold"]
    assert labels(page) == order
    assert [i.label for i in plan_rig.saved_plan()] == order
    assert page.chosen() is not None
    assert page.chosen().label == "Knee exercises"  # type: ignore[union-attr]
    assert not page.earlier_button.isEnabled()
    qtbot.mouseClick(page.later_button, Qt.MouseButton.LeftButton)
    assert labels(page) == ["Ice the left knee", "Knee exercises", "Back cold"]


def test_the_keyboard_stays_on_the_item_moved_to_the_end_of_its_group(
    plan_rig: PlanRig, page: PlanPage, slide: Exercise, qtbot: QtBot
) -> None:
    knee_at_nine(plan_rig, page, slide)
    with qtbot.waitActive(page):
        page.activateWindow()
    page.earlier_button.setFocus()
    with qtbot.waitSignal(page.plan_changed):
        QTest.keyClick(page.earlier_button, Qt.Key.Key_Space)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert "Knee exercises" in focused.accessibleName()


def test_a_saved_plan_that_now_breaks_a_rule_is_said_and_marked(
    plan_rig: PlanRig, page: PlanPage
) -> None:
    listed(plan_rig, page, cold_item(plan_rig.profile_id, "Knee cold", time(9, 0), minutes=20))
    assert not page.check_panel.isVisibleTo(page)
    plan_rig.state.save_profile(replace(plan_rig.profile, personal_max_minutes=10))
    assert page.check_panel.isVisibleTo(page)
    assert "“Knee cold”" in page.check_panel.text()
    assert "10 minutes" in page.check_panel.text()


def test_every_control_is_named_and_reached_by_tab(
    plan_rig: PlanRig, page: PlanPage, slide: Exercise, qtbot: QtBot
) -> None:
    listed(
        plan_rig,
        page,
        exercise_item(plan_rig.profile_id, "Knee exercises", time(9, 0), slide, position=0),
        cold_item(plan_rig.profile_id, "Ice the left knee", time(9, 0), position=1),
        exercise_item(plan_rig.profile_id, "More exercises", time(9, 0), slide, position=2),
    )
    page.choose(page.items()[1].id)  # the middle one: every button is active
    assert tab_reaches_all(qtbot, page) == []
    assert [type(w).__name__ for w in interactive(page) if not w.accessibleName()] == []
    for dialog in (page.add_cold(), page.edit(), page.add_exercise()):
        assert dialog is not None
        assert [type(w).__name__ for w in interactive(dialog) if not w.accessibleName()] == []
        assert tab_reaches_all(qtbot, dialog) == []
        dispose(dialog)


def test_the_refusal_is_reached_by_keyboard_and_shown_in_the_dialog(
    plan_rig: PlanRig, page: PlanPage, qtbot: QtBot
) -> None:
    listed(plan_rig, page, cold_item(plan_rig.profile_id, "Knee cold", time(9, 0), minutes=20))
    dialog = page.add_cold()
    fill_cold(dialog, name="Too soon", at=time(9, 30), minutes=20)
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert "60 minutes" in dialog.refusal.text()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert [i.label for i in plan_rig.saved_plan()] == ["Knee cold"]


def test_enter_in_a_field_changes_no_number_and_chooses_nothing(
    plan_rig: PlanRig, page: PlanPage, qtbot: QtBot
) -> None:
    qtbot.mouseClick(page.add_cold_button, Qt.MouseButton.LeftButton)
    (dialog,) = page.findChildren(PlanItemDialog)
    fill_cold(dialog, name="Ice the left knee", at=time(9, 15), minutes=15, days=(MONDAY,))
    minutes, hour = dialog.minutes.value(), dialog.time.hour.value()

    for _ in range(2):
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    assert (dialog.minutes.value(), dialog.time.hour.value()) == (minutes, hour)
    assert dialog.isVisible()
    assert plan_rig.saved_plan() == []


@pytest.mark.parametrize(
    ("rules", "advice"),
    [
        ((PlanRule.BLOCKED,), "Choose another place or kind of cold"),
        ((PlanRule.REST_INTERVAL, PlanRule.BLOCKED), "Choose another place or kind of cold"),
        ((PlanRule.OVER_MAXIMUM,), "Choose fewer"),
        ((PlanRule.REST_INTERVAL,), "Change the time, the days or the minutes"),
        ((PlanRule.DAILY_LIMIT, PlanRule.OVER_MAXIMUM), "Change the time, the days or the minutes"),
    ],
)
def test_a_refusal_says_what_would_help(rules: tuple[PlanRule, ...], advice: str) -> None:
    refused = [PlanViolation(rule, (), "A rule") for rule in rules]
    assert advice in refusal_advice(refused)


def test_a_refusal_writes_times_as_the_rest_of_the_screen_does(qapp: QApplication) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        violation = PlanViolation(
            PlanRule.REST_INTERVAL,
            (),
            "from {first_time} to {second_time}, at {earliest}",
            {"first_time": "09:00", "second_time": "13:30", "earliest": "10:20"},
        )
        us = QLocale()
        nine, half_past_one, twenty_past_ten = (
            us.toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)
            for hour, minute in ((9, 0), (13, 30), (10, 20))
        )
        assert "PM" in half_past_one
        assert violation_text(violation) == (
            f"from {nine} to {half_past_one}, at {twenty_past_ten}"
        )
    finally:
        QLocale.setDefault(before)
