"""Today's plan on the Today page (issue: Today shows the day's plan in order with status).

The fake clock starts on Monday 2 March 2026 at 10:00 in Berlin.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coldcare.domain.plan import PlanItem, SkipReason, Status
from coldcare.domain.vocabulary import Barrier, Modality
from coldcare.ui.pages.session_setup import SessionSetup, StartRequest
from coldcare.ui.pages.today_page import PlannedOccurrence, TodayPage
from coldcare.ui.widgets.reminder_bar import SkipDialog
from tests.ui.helpers import dispose, interactive, tab_reaches_all
from tests.ui.plan_fakes import (
    LEFT_KNEE,
    LOWER_BACK,
    PlanRig,
    cold_item,
    exercise_item,
)

TODAY = date(2026, 3, 2)


@pytest.fixture
def plan(plan_rig: PlanRig) -> dict[str, PlanItem]:
    """Early ice (08:00), knee exercises then ice (10:30, in that order), back cold (18:00)."""
    slide = plan_rig.exercise("knee-heel-slide")
    saved = plan_rig.save_plan(
        cold_item(plan_rig.profile_id, "Early ice", time(8, 0), minutes=10),
        exercise_item(plan_rig.profile_id, "Knee exercises", time(10, 30), slide, position=0),
        cold_item(plan_rig.profile_id, "Ice the left knee", time(10, 30), position=1),
        cold_item(plan_rig.profile_id, "Back cold", time(18, 0), site=LOWER_BACK),
    )
    return {item.label: item for item in saved}


@pytest.fixture
def page(plan_rig: PlanRig, plan: dict[str, PlanItem]) -> Iterator[TodayPage]:
    made = TodayPage(plan_rig.state, plan_rig.controller, plan_rig.desk)
    made.resize(1280, 800)
    made.show()
    made.refresh()
    yield made
    for dialog in made.findChildren(SkipDialog):
        dispose(dialog)
    dispose(made)


def statuses(page: TodayPage) -> dict[str, Status]:
    return {shown.item.label: shown.status for shown in page.plan_card.shown}


def row_text(page: TodayPage, label: str) -> str:
    return next(r.accessibleName() for r in page.plan_card._rows if label in r.accessibleName())


def row_buttons(page: TodayPage, label: str) -> dict[str, QPushButton]:
    row = next(r for r in page.plan_card._rows if label in r.accessibleName())
    return {b.text(): b for b in row.findChildren(QPushButton)}


def test_the_plan_is_listed_in_order_with_time_and_what(page: TodayPage) -> None:
    shown = [s.item.label for s in page.plan_card.shown]
    assert shown == ["Early ice", "Knee exercises", "Ice the left knee", "Back cold"]
    assert row_text(page, "Ice the left knee").startswith("10:30")
    assert "gel pack, 15 min" in row_text(page, "Ice the left knee")
    assert "Knee exercises, heel slide, 2 × 10" in row_text(page, "Knee exercises")


def test_upcoming_becomes_due_then_missed_as_the_clock_moves(
    plan_rig: PlanRig, page: TodayPage
) -> None:
    assert statuses(page)["Ice the left knee"] is Status.UPCOMING
    assert row_text(page, "Ice the left knee").endswith("Upcoming")
    assert statuses(page)["Early ice"] is Status.MISSED
    assert "Missed" in row_text(page, "Early ice")

    plan_rig.clock.advance(minutes=30)
    page.refresh()
    assert statuses(page)["Ice the left knee"] is Status.DUE
    assert row_text(page, "Ice the left knee").endswith("Due now")
    assert statuses(page)["Back cold"] is Status.UPCOMING

    plan_rig.clock.advance(minutes=61)
    page.refresh()
    assert statuses(page)["Ice the left knee"] is Status.MISSED
    assert "Missed" in row_text(page, "Ice the left knee")


def test_done_and_skipped_show_when_and_why_and_offer_nothing_more(
    plan_rig: PlanRig, page: TodayPage, plan: dict[str, PlanItem]
) -> None:
    done_at = plan_rig.clock.now() - timedelta(minutes=50)  # 09:10 in Berlin
    plan_rig.save_log(plan["Early ice"], TODAY, done_at=done_at)
    plan_rig.save_log(
        plan["Back cold"], TODAY, skip_reason=SkipReason.NOT_AT_HOME, skip_note="at my sister's"
    )
    page.refresh()

    assert statuses(page)["Early ice"] is Status.DONE
    assert row_text(page, "Early ice").endswith("Done at 09:10")
    assert statuses(page)["Back cold"] is Status.SKIPPED
    assert row_text(page, "Back cold").endswith("Skipped: Not at home (at my sister's)")
    assert row_buttons(page, "Early ice") == {}
    assert row_buttons(page, "Back cold") == {}
    assert set(row_buttons(page, "Ice the left knee")) == {"Start", "Skip…"}


def test_starting_a_cold_item_sends_the_item_to_set_up(
    page: TodayPage, plan: dict[str, PlanItem], qtbot: QtBot
) -> None:
    start = row_buttons(page, "Ice the left knee")["Start"]
    with qtbot.waitSignal(page.start_planned) as started:
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    chosen = started.args[0]
    assert isinstance(chosen, PlannedOccurrence)
    assert chosen.item == plan["Ice the left knee"]
    assert chosen.day == TODAY


def test_an_exercise_item_opens_the_player(
    page: TodayPage, plan: dict[str, PlanItem], qtbot: QtBot
) -> None:
    play = row_buttons(page, "Knee exercises")["Do the exercise"]
    with qtbot.assertNotEmitted(page.start_planned), qtbot.waitSignal(page.play_planned) as played:
        qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert played.args[0].item == plan["Knee exercises"]


def test_skipping_asks_for_a_reason_and_a_note(
    page: TodayPage, plan: dict[str, PlanItem], qtbot: QtBot
) -> None:
    qtbot.mouseClick(row_buttons(page, "Back cold")["Skip…"], Qt.MouseButton.LeftButton)
    (dialog,) = page.findChildren(SkipDialog)
    assert not dialog.skip_button.isEnabled()  # a reason first
    dialog.reasons.button(SkipReason.SKIN_NOT_READY).click()
    QtBot.keyClicks(dialog.note, "still red from this morning")
    with qtbot.waitSignal(page.skip_planned) as skipped:
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    occurrence, reason, note = skipped.args
    assert occurrence.item == plan["Back cold"]
    assert SkipReason(reason) is SkipReason.SKIN_NOT_READY
    assert note == "still red from this morning"


def test_no_plan_today_says_where_to_make_one(plan_rig: PlanRig, page: TodayPage) -> None:
    plan_rig.save_plan()
    page.refresh()
    assert page.plan_card.shown == []
    assert "Plan page" in page.plan_card._rows[0].text()  # type: ignore[attr-defined]


def test_every_control_is_named_and_reached_by_tab(page: TodayPage, qtbot: QtBot) -> None:
    assert [type(w).__name__ for w in interactive(page) if not w.accessibleName()] == []
    assert tab_reaches_all(qtbot, page) == []
    names = [w.accessibleName() for w in interactive(page)]
    assert "Start: Ice the left knee" in names
    assert "Skip: Back cold" in names


def test_status_is_said_in_words_and_with_an_icon_in_each_row(page: TodayPage) -> None:
    for row in page.plan_card._rows:
        pictures = [label for label in row.findChildren(QWidget) if _has_pixmap(label)]
        assert len(pictures) == 1, row.accessibleName()


def _has_pixmap(widget: QWidget) -> bool:
    pixmap = getattr(widget, "pixmap", None)
    return pixmap is not None and not pixmap().isNull()


# ----------------------------------------------------------------------------- set-up


@pytest.fixture
def setup(plan_rig: PlanRig) -> Iterator[SessionSetup]:
    made = SessionSetup(plan_rig.state, plan_rig.controller, plan_rig.desk)
    made.resize(1280, 800)
    made.show()
    yield made
    dispose(made)


def through_the_steps(setup: SessionSetup, qtbot: QtBot) -> None:
    """Next, Next, then answer the last checks (the person still confirms them)."""
    qtbot.mouseClick(setup.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(setup.next, Qt.MouseButton.LeftButton)
    for grid in setup.checklist.values():
        grid.button(True).click()
    setup.pain.buttons()[5].click()


def test_a_planned_cold_item_pre_fills_the_set_up_and_the_start_names_it(
    plan_rig: PlanRig, setup: SessionSetup, qtbot: QtBot
) -> None:
    (item,) = plan_rig.save_plan(
        replace(
            cold_item(plan_rig.profile_id, "Ice the left knee", time(10, 30), minutes=12),
            barrier=Barrier.PACK_SLEEVE,
        )
    )
    setup.prefill(item)
    assert setup.sites.site() == LEFT_KNEE
    assert setup.modalities.value() is Modality.GEL_PACK
    assert setup.barriers.value() is Barrier.PACK_SLEEVE
    assert setup.minutes.value() == 12
    assert not any(grid.value() is not None for grid in setup.checklist.values())

    through_the_steps(setup, qtbot)
    with qtbot.waitSignal(setup.start_requested) as started:
        qtbot.mouseClick(setup.next, Qt.MouseButton.LeftButton)
    chosen = started.args[0]
    assert isinstance(chosen, StartRequest)
    assert chosen.plan_item_id == item.id
    assert chosen.planned_minutes == 12
    assert chosen.request.barrier is Barrier.PACK_SLEEVE

    setup.reset(LOWER_BACK, Modality.GEL_PACK)  # by hand: no plan item
    through_the_steps(setup, qtbot)
    with qtbot.waitSignal(setup.start_requested) as by_hand:
        qtbot.mouseClick(setup.next, Qt.MouseButton.LeftButton)
    assert by_hand.args[0].plan_item_id is None


def test_starting_in_the_sleep_hours_warns_to_stay_awake(
    plan_rig: PlanRig, setup: SessionSetup, qtbot: QtBot
) -> None:
    (item,) = plan_rig.save_plan(cold_item(plan_rig.profile_id, "Ice the left knee", time(10, 30)))
    setup.prefill(item)
    through_the_steps(setup, qtbot)
    assert not setup.sleep_warning.isVisibleTo(setup)  # 10:00

    plan_rig.clock.jump(13 * 3600)  # 23:00, inside the sleep hours 22:00 to 07:00
    setup.prefill(item)
    qtbot.mouseClick(setup.next, Qt.MouseButton.LeftButton)
    assert not setup.sleep_warning.isVisibleTo(setup)  # only on the last step
    qtbot.mouseClick(setup.next, Qt.MouseButton.LeftButton)
    assert setup.sleep_warning.isVisibleTo(setup)
    assert "Stay awake for the whole session" in setup.sleep_warning.text()
    assert "22:00" in setup.sleep_warning.text()


def test_a_session_ending_in_the_sleep_hours_warns_too(
    plan_rig: PlanRig, setup: SessionSetup, qtbot: QtBot
) -> None:
    plan_rig.clock.jump(11 * 3600 + 50 * 60)  # 21:50; 15 minutes end at 22:05
    (item,) = plan_rig.save_plan(cold_item(plan_rig.profile_id, "Ice the left knee", time(21, 50)))
    setup.prefill(item)
    through_the_steps(setup, qtbot)
    assert setup.sleep_warning.isVisibleTo(setup)

    qtbot.mouseClick(setup.back, Qt.MouseButton.LeftButton)
    setup.minutes.setValue(5)  # ends 21:55
    qtbot.mouseClick(setup.next, Qt.MouseButton.LeftButton)
    assert not setup.sleep_warning.isVisibleTo(setup)
