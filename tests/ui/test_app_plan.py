"""The plan and its reminders in the whole app (issue: plan, exercises and reminders), on a
fake clock with the wake-up scheduler driven by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from coldcare.domain.exercises import Effort
from coldcare.domain.plan import ItemKind, OccurrenceLog, PlanItem, SkipReason, Status
from coldcare.domain.records import Profile
from coldcare.domain.session import AlarmKind
from coldcare.domain.signs import SkinLook
from coldcare.domain.vocabulary import Barrier, BodySite, Modality
from coldcare.services.sound import Cue
from coldcare.ui.pages.plan_item_dialog import PlanItemDialog
from coldcare.ui.widgets.reminder_bar import SkipDialog
from tests.fakes import FakeClock
from tests.ui.app_rig import (
    LEFT_KNEE,
    Rig,
    dispose,
    make_rig,
    set_up_session,
    start_timer,
    started,
    with_profile,
)
from tests.ui.helpers import dispose as dispose_widget
from tests.ui.plan_fakes import fill_cold

# The fake clock starts on Monday 2 March 2026 at 09:00 UTC, 10:00 in Berlin.
MONDAY = date(2026, 3, 2)
EVERY_DAY = frozenset(range(7))


def knee_ice(profile: Profile, at: time = time(10, 30)) -> PlanItem:
    assert profile.id is not None
    return PlanItem(
        profile.id,
        ItemKind.COLD,
        "Ice the left knee",
        EVERY_DAY,
        at,
        MONDAY,
        site=LEFT_KNEE,
        modality=Modality.GEL_PACK,
        barrier=Barrier.DAMP_CLOTH,
        minutes=15,
    )


def anna(rig: Rig) -> Profile:
    profile = rig.app.state.profile
    assert profile is not None
    return profile


def plan(rig: Rig, *items: PlanItem) -> list[PlanItem]:
    profile = rig.app.state.profile
    assert profile is not None
    assert profile.id is not None
    saved = list(rig.app.repositories.plan.save_plan(profile.id, items))
    rig.app.reminders.rearm()
    return saved


def wait(rig: Rig, minutes: float) -> None:
    """Let ``minutes`` pass and run the wake-ups that came due."""
    rig.clock.advance(minutes=minutes)
    rig.wake.fire_due()


def bar_text(rig: Rig) -> str:
    return rig.app.reminder_bar.title.text() if rig.app.reminder_bar.reminder else ""


def log_of(rig: Rig, item: PlanItem, day: date = MONDAY) -> OccurrenceLog | None:
    assert item.id is not None
    return rig.app.repositories.plan.logs_between(item.profile_id, day, day).get((item.id, day))


def start_the_session(rig: Rig, qtbot: QtBot) -> None:
    """Checklist and pain on the pre-filled set-up, start, five minutes of cold."""
    setup = rig.app.session_page.setup
    for _step in ("where", "what"):
        qtbot.mouseClick(setup.next, Qt.MouseButton.LeftButton)
    for grid in setup.checklist.values():
        grid.button(True).click()
    setup.pain.buttons()[5].click()
    qtbot.mouseClick(setup.next, Qt.MouseButton.LeftButton)
    assert rig.app.controller.active
    rig.tick(5)


def finish_the_session(rig: Rig, qtbot: QtBot) -> None:
    """The session started, its skin check, the alarm, aftercare."""
    start_the_session(rig, qtbot)
    card = rig.app.session_page.run.skin_card
    card.look.button(SkinLook.NORMAL).click()
    card.sensation.buttons()[2].click()
    card.pain.buttons()[1].click()
    card.done_button.click()
    rig.tick(10)
    run = rig.app.session_page.run
    assert rig.alarm.playing is not None
    assert rig.alarm.playing[0] is AlarmKind.REMOVE_PACK
    qtbot.mouseClick(run.acknowledge, Qt.MouseButton.LeftButton)
    run.after_look.button(SkinLook.NORMAL).click()
    run.after_pain.buttons()[2].click()
    qtbot.mouseClick(run.finish, Qt.MouseButton.LeftButton)


def test_a_reminder_on_time_snoozed_again_and_started_as_a_session_that_is_done(
    rig: Rig, qtbot: QtBot
) -> None:
    with_profile(rig)
    started(rig, qtbot)
    (item,) = plan(rig, knee_ice(anna(rig)))
    bar = rig.app.reminder_bar

    wait(rig, 29)
    assert bar.isHidden()
    wait(rig, 1)
    assert "Ice the left knee" in bar_text(rig)
    assert rig.alarm.once == [Cue.REMINDER]

    qtbot.mouseClick(bar.snooze_buttons[0], Qt.MouseButton.LeftButton)  # 5 minutes
    assert bar.isHidden()
    wait(rig, 4)
    assert bar.isHidden()
    wait(rig, 1)
    assert "Ice the left knee" in bar_text(rig)
    assert rig.alarm.once == [Cue.REMINDER, Cue.REMINDER]
    assert "2 more times" in bar.snoozes.text()

    qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    assert rig.app.window.current_key() == "session"
    setup = rig.app.session_page.setup
    assert setup.sites.site() == LEFT_KNEE
    assert setup.modalities.value() is Modality.GEL_PACK
    finish_the_session(rig, qtbot)

    assert rig.app.window.current_key() == "today"
    done = log_of(rig, item)
    assert done is not None
    assert done.done_at is not None
    wait(rig, 120)
    assert bar.isHidden()
    assert rig.alarm.once == [Cue.REMINDER, Cue.REMINDER]


def test_a_planned_session_stopped_for_a_warning_sign_is_never_counted_as_done(
    rig: Rig, qtbot: QtBot
) -> None:
    with_profile(rig)
    started(rig, qtbot)
    (item,) = plan(rig, knee_ice(anna(rig)))
    wait(rig, 30)
    qtbot.mouseClick(rig.app.reminder_bar.start_button, Qt.MouseButton.LeftButton)
    start_the_session(rig, qtbot)
    card = rig.app.session_page.run.skin_card
    card.look.button(SkinLook.WHITE).click()  # white skin: stop at once
    card.sensation.buttons()[2].click()
    card.pain.buttons()[1].click()
    card.done_button.click()

    assert not rig.app.controller.active
    log = log_of(rig, item)
    assert log is not None
    assert (log.done_at, log.skip_reason) == (None, SkipReason.STOPPED_FOR_SIGN)
    # Nobody chooses that reason by hand.
    dialog = SkipDialog("Ice the left knee")
    with pytest.raises(KeyError):
        dialog.reasons.button(SkipReason.STOPPED_FOR_SIGN)
    assert dialog.reasons.button(SkipReason.OTHER) is not None
    dispose_widget(dialog)


def test_an_item_skipped_with_a_reason_is_not_reminded_again(rig: Rig, qtbot: QtBot) -> None:
    with_profile(rig)
    started(rig, qtbot)
    (item,) = plan(rig, knee_ice(anna(rig)))
    wait(rig, 30)
    bar = rig.app.reminder_bar
    qtbot.mouseClick(bar.skip_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SkipDialog))
    dialog.reasons.button(SkipReason.SKIN_NOT_READY).click()
    dialog.note.setText("Still red from yesterday")
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    skipped = log_of(rig, item)
    assert skipped is not None
    assert skipped.skip_reason is SkipReason.SKIN_NOT_READY
    assert skipped.skip_note == "Still red from yesterday"
    assert bar.isHidden()
    wait(rig, 90)
    assert bar.isHidden()
    assert rig.alarm.once == [Cue.REMINDER]


def test_a_due_time_passed_while_closed_shows_missed_exactly_once(
    qapp: QApplication, tmp_path: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    folder = tmp_path / "data"
    first = make_rig(qapp, folder, clock)
    with_profile(first)
    started(first, qtbot)
    plan(first, knee_ice(anna(first)))
    dispose(first)

    clock.advance(minutes=3 * 60)  # 13:00: the 10:30 reminder passed while closed
    second = make_rig(qapp, folder, clock)
    started(second, qtbot)
    bar = second.app.reminder_bar
    assert bar.missed.isVisibleTo(bar)
    assert "Ice the left knee" in bar.missed.text()
    assert bar.reminder is None
    assert second.alarm.once == []
    dispose(second)

    clock.advance(minutes=10)
    third = make_rig(qapp, folder, clock)
    started(third, qtbot)
    assert not third.app.reminder_bar.missed.isVisibleTo(third.app.reminder_bar)
    assert third.app.reminder_bar.isHidden()
    dispose(third)


def test_a_planned_exercise_is_played_and_logged_as_done(rig: Rig, qtbot: QtBot) -> None:
    profile = with_profile(rig)
    started(rig, qtbot)
    exercise = rig.app.repositories.exercises.exercises()[0]
    assert profile.id is not None
    assert exercise.id is not None
    item = PlanItem(
        profile.id,
        ItemKind.EXERCISE,
        exercise.name,
        EVERY_DAY,
        time(10, 15),
        MONDAY,
        exercise_id=exercise.id,
    )
    (saved,) = plan(rig, item)
    wait(rig, 15)
    qtbot.mouseClick(rig.app.reminder_bar.start_button, Qt.MouseButton.LeftButton)
    player = rig.app.player
    assert rig.app.window.current_key() == "player"
    with qtbot.waitSignal(player.finished) as finished:
        player.skip()
        player.form.effort.button(Effort.EASY).click()
        player.form.pain.buttons()[2].click()
        qtbot.mouseClick(player.save_button, Qt.MouseButton.LeftButton)
    assert finished.args is not None
    assert finished.args[0].plan_item_id == saved.id
    assert rig.app.window.current_key() == "today"
    done = log_of(rig, saved)
    assert done is not None
    assert done.done_at is not None


def test_a_reminder_due_during_a_session_waits_silently_until_the_session_is_done(
    rig: Rig, qtbot: QtBot
) -> None:
    with_profile(rig)
    started(rig, qtbot)
    plan(rig, knee_ice(anna(rig), time(10, 20)))
    set_up_session(rig, qtbot)
    start_timer(rig, qtbot)
    rig.tick(20)
    rig.wake.fire_due()
    assert rig.app.reminder_bar.isHidden()
    assert Cue.REMINDER not in rig.alarm.once  # the session's own alarms are heard alone

    run = rig.app.session_page.run
    qtbot.mouseClick(run.acknowledge, Qt.MouseButton.LeftButton)
    run.after_look.button(SkinLook.NORMAL).click()
    qtbot.mouseClick(run.finish, Qt.MouseButton.LeftButton)

    assert "Ice the left knee" in bar_text(rig)
    assert rig.app.reminder_bar.isVisible()


def test_a_reminder_on_the_bar_steps_aside_for_a_session_and_comes_back(
    rig: Rig, qtbot: QtBot
) -> None:
    with_profile(rig)
    started(rig, qtbot)
    plan(rig, knee_ice(anna(rig), time(10, 5)))
    wait(rig, 5)
    assert "Ice the left knee" in bar_text(rig)
    set_up_session(rig, qtbot)
    start_timer(rig, qtbot)
    assert rig.app.reminder_bar.isHidden()
    rig.app.controller.take_pack_off()
    rig.app.session_page.run.after_look.button(SkinLook.NORMAL).click()
    qtbot.mouseClick(rig.app.session_page.run.finish, Qt.MouseButton.LeftButton)
    assert "Ice the left knee" in bar_text(rig)


def test_planned_items_over_a_whole_day_remind_once_each(rig: Rig, qtbot: QtBot) -> None:
    with_profile(rig)
    started(rig, qtbot)
    plan(rig, knee_ice(anna(rig), time(11, 0)), knee_ice(anna(rig), time(18, 0)))
    for _ in range(24 * 4):
        wait(rig, 15)
        if rig.app.reminder_bar.reminder is not None:
            qtbot.mouseClick(rig.app.reminder_bar.start_button, Qt.MouseButton.LeftButton)
            rig.app.session_page.setup.cancelled.emit()
    assert rig.alarm.once.count(Cue.REMINDER) == 2


def test_a_plan_built_in_the_app_reminds_and_starts_from_today(rig: Rig, qtbot: QtBot) -> None:
    with_profile(rig)
    started(rig, qtbot)
    qtbot.keyClick(rig.app.window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert rig.app.window.current_key() == "plan"
    page = rig.app.plan_page
    qtbot.mouseClick(page.add_cold_button, Qt.MouseButton.LeftButton)
    (dialog,) = page.findChildren(PlanItemDialog)
    fill_cold(dialog, name="Ice the left knee", at=time(10, 45), minutes=15, days=(0,))
    with qtbot.waitSignal(page.plan_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dispose_widget(dialog)

    qtbot.keyClick(rig.app.window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    card = rig.app.today.plan_card
    assert [(s.item.label, s.status) for s in card.shown] == [
        ("Ice the left knee", Status.UPCOMING)
    ]
    wait(rig, 45)
    assert "Ice the left knee" in bar_text(rig)
    assert [s.status for s in card.shown] == [Status.DUE]

    row = next(r for r in card._rows if "Ice the left knee" in r.accessibleName())
    start = next(b for b in row.findChildren(QPushButton) if b.text() == "Start")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert rig.app.reminder_bar.reminder is None
    assert rig.app.session_page.setup.sites.site() == LEFT_KNEE
    finish_the_session(rig, qtbot)
    assert [s.status for s in card.shown] == [Status.DONE]


def test_the_reminder_that_just_sounded_is_the_one_on_the_bar(rig: Rig, qtbot: QtBot) -> None:
    with_profile(rig)
    started(rig, qtbot)
    knee = knee_ice(anna(rig), time(10, 30))
    back = replace(
        knee, label="Cool the lower back", at=time(10, 45), site=BodySite.parse("lower-back")
    )
    plan(rig, knee, back)
    wait(rig, 30)
    assert "Ice the left knee" in bar_text(rig)
    wait(rig, 15)
    assert "Cool the lower back" in bar_text(rig)
    # The earlier one waits behind it, and comes back once this one is answered.
    qtbot.mouseClick(rig.app.reminder_bar.snooze_buttons[0], Qt.MouseButton.LeftButton)
    assert "Ice the left knee" in bar_text(rig)


def test_a_reminder_left_unanswered_leaves_the_bar_when_today_says_missed(
    rig: Rig, qtbot: QtBot
) -> None:
    with_profile(rig)
    started(rig, qtbot)
    plan(rig, knee_ice(anna(rig)))
    card = rig.app.today.plan_card
    wait(rig, 30)
    assert "Ice the left knee" in bar_text(rig)

    wait(rig, 59)
    assert "Ice the left knee" in bar_text(rig)
    assert [s.status for s in card.shown] == [Status.DUE]
    wait(rig, 1)

    assert rig.app.reminder_bar.isHidden()
    assert [s.status for s in card.shown] == [Status.MISSED]
    assert rig.alarm.once == [Cue.REMINDER]
