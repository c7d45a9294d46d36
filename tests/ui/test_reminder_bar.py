"""The in-app reminder bar: whose reminder, what and when; Start now, a bounded snooze, Skip…
with a reason; the once-only list of what was missed (issue: plan reminders)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coldcare.domain.plan import SkipReason
from coldcare.ui.state import AppState, Repositories
from coldcare.ui.widgets.reminder_bar import ReminderBar, ReminderView, SkipDialog
from tests.fakes import FakeClock
from tests.ui.helpers import MemoryProfiles, MemorySettings, dispose, interactive, tab_reaches_all

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 3, 2)
AT_NINE = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # 09:00 in Berlin


def due(snoozes_left: int = 3, *, heads_up: bool = False) -> ReminderView:
    return ReminderView(
        1, "Anna", 7, MONDAY, "Ice the left knee (15 min)", heads_up, snoozes_left, AT_NINE
    )


@pytest.fixture
def bar(qapp: QApplication, clock: FakeClock) -> Iterator[ReminderBar]:
    unused = cast(Any, None)
    repositories = Repositories(
        MemoryProfiles(),
        unused,
        unused,
        unused,
        unused,
        MemorySettings(),
        unused,
        unused,
        unused,
        unused,
    )
    made = ReminderBar(AppState(qapp, repositories, clock, BERLIN))
    made.resize(1100, 300)
    yield made
    for dialog in made.findChildren(SkipDialog):
        dispose(dialog)
    dispose(made)


def test_a_due_reminder_says_what_for_whom_and_when(bar: ReminderBar) -> None:
    assert bar.isHidden()
    bar.show_reminder(due())
    assert bar.isVisible()
    assert bar.title.text() == "Time for: Ice the left knee (15 min)"
    assert bar.whose.text() == "For Anna · planned for 09:00"
    assert bar.snoozes.text() == "It can be put off 3 more times."
    assert all(button.isEnabled() for button in bar.snooze_buttons)
    assert not bar.dismiss_button.isVisibleTo(bar)


def test_start_now_hands_the_reminder_on_and_hides_it(bar: ReminderBar, qtbot: QtBot) -> None:
    view = due()
    bar.show_reminder(view)
    with qtbot.waitSignal(bar.start_requested) as started:
        qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    assert started.args == [view]
    assert bar.isHidden()
    assert bar.reminder is None


@pytest.mark.parametrize("minutes", [5, 10, 15])
def test_snooze_puts_it_off_by_the_minutes_chosen(
    bar: ReminderBar, qtbot: QtBot, minutes: int
) -> None:
    view = due()
    bar.show_reminder(view)
    button = next(b for b in bar.snooze_buttons if b.text() == f"{minutes} min")
    assert button.accessibleName() == f"Snooze: remind me again in {minutes} minutes"
    with qtbot.waitSignal(bar.snooze_requested) as snoozed:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert snoozed.args == [view, minutes]
    assert bar.isHidden()


def test_after_three_snoozes_it_cannot_be_put_off_and_says_so(
    bar: ReminderBar, qtbot: QtBot
) -> None:
    bar.show_reminder(due(snoozes_left=1))
    assert bar.snoozes.text() == "It can be put off once more."
    bar.show_reminder(due(snoozes_left=0))
    assert not any(button.isEnabled() for button in bar.snooze_buttons)
    assert "Already put off 3 times: it cannot be put off again" in bar.snoozes.text()
    with qtbot.assertNotEmitted(bar.snooze_requested):
        qtbot.mouseClick(bar.snooze_buttons[0], Qt.MouseButton.LeftButton)
    assert bar.start_button.isEnabled()
    assert bar.skip_button.isEnabled()


def test_skip_asks_for_a_reason_then_hands_it_on(bar: ReminderBar, qtbot: QtBot) -> None:
    view = due()
    bar.show_reminder(view)
    qtbot.mouseClick(bar.skip_button, Qt.MouseButton.LeftButton)
    (dialog,) = bar.findChildren(SkipDialog)
    assert "Ice the left knee" in dialog.windowTitle()
    assert not dialog.skip_button.isEnabled()
    dialog.reasons.button(SkipReason.TOO_MUCH_PAIN).click()
    QtBot.keyClicks(dialog.note, "knee swollen")
    with qtbot.waitSignal(bar.skip_requested) as skipped:
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert skipped.args == [view, "too-much-pain", "knee swollen"]
    assert bar.isHidden()


def test_enter_in_the_note_chooses_no_reason(bar: ReminderBar, qtbot: QtBot) -> None:
    bar.show_reminder(due())
    qtbot.mouseClick(bar.skip_button, Qt.MouseButton.LeftButton)
    (dialog,) = bar.findChildren(SkipDialog)
    QtBot.keyClicks(dialog.note, "knee swollen")
    with qtbot.assertNotEmitted(bar.skip_requested):
        QtBot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.reasons.value() is None
    assert dialog.isVisible()


def test_not_skipping_after_all_keeps_the_reminder(bar: ReminderBar, qtbot: QtBot) -> None:
    bar.show_reminder(due())
    qtbot.mouseClick(bar.skip_button, Qt.MouseButton.LeftButton)
    (dialog,) = bar.findChildren(SkipDialog)
    with qtbot.assertNotEmitted(bar.skip_requested):
        dialog.reject()
    assert bar.reminder == due()
    assert bar.isVisible()


def test_the_heads_up_has_no_snooze(bar: ReminderBar, qtbot: QtBot) -> None:
    bar.show_reminder(due(0, heads_up=True))
    assert bar.title.text() == "In 10 minutes: Ice the left knee (15 min)"
    assert bar.whose.text() == "For Anna · at 09:00"
    assert not any(b.isVisibleTo(bar) for b in bar.snooze_buttons)
    assert not bar.snoozes.isVisibleTo(bar)
    assert bar.dismiss_button.isVisibleTo(bar)
    qtbot.mouseClick(bar.dismiss_button, Qt.MouseButton.LeftButton)
    assert bar.isHidden()


def test_missed_items_are_listed_with_their_times_until_dismissed(
    bar: ReminderBar, qtbot: QtBot
) -> None:
    monday_nine = AT_NINE.astimezone(BERLIN)
    bar.show_missed([("Ice the left knee", monday_nine)])
    bar.show_missed([("Bridge — Tom", monday_nine.replace(hour=10, minute=30))])
    text = bar.missed.text()
    assert "Ice the left knee (Mon 09:00)" in text
    assert "Bridge — Tom (Mon 10:30)" in text
    assert bar.isVisible()
    qtbot.mouseClick(bar.dismiss_missed_button, Qt.MouseButton.LeftButton)
    assert bar.isHidden()
    bar.show_missed([("Back cold", monday_nine)])
    assert "Ice the left knee" not in bar.missed.text()


def test_the_reminder_and_the_missed_list_can_show_together(bar: ReminderBar) -> None:
    bar.show_missed([("Early ice", AT_NINE.astimezone(BERLIN))])
    bar.show_reminder(due())
    bar.clear_reminder()
    assert bar.isVisible()
    assert bar.reminder is None


def test_every_control_is_named_and_reached_by_tab(bar: ReminderBar, qtbot: QtBot) -> None:
    bar.show_missed([("Early ice", AT_NINE.astimezone(BERLIN))])
    bar.show_reminder(due())
    assert [type(w).__name__ for w in interactive(bar) if not w.accessibleName()] == []
    assert tab_reaches_all(qtbot, bar) == []
    qtbot.mouseClick(bar.skip_button, Qt.MouseButton.LeftButton)
    (dialog,) = bar.findChildren(SkipDialog)
    assert [type(w).__name__ for w in interactive(dialog) if not w.accessibleName()] == []
    dialog.reasons.button(SkipReason.OTHER).click()
    assert tab_reaches_all(qtbot, dialog) == []
