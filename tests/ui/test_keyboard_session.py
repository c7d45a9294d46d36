"""A whole cold session with the keyboard alone (issue: accessibility completed).

Every key goes to the widget that has the focus, as a person's keyboard would: the tests
never click and never set the focus themselves.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coldcare.domain.session import Phase
from coldcare.domain.signs import PainChange, Sensation, SkinLook
from coldcare.domain.vocabulary import Modality
from coldcare.ui.widgets.choice_grid import ChoiceGrid
from tests.ui.app_rig import LEFT_KNEE, Rig, started, with_profile
from tests.ui.test_app_plan import anna, knee_ice, plan, wait

CTRL = Qt.KeyboardModifier.ControlModifier
MOST_TABS = 80  # more than any screen has controls


def focused(rig: Rig) -> QWidget:
    widget = QApplication.focusWidget()
    return widget if widget is not None else rig.app.window


def press(rig: Rig, qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    """One key on the focused widget."""
    if modifier is None:
        qtbot.keyClick(focused(rig), key)
    else:
        qtbot.keyClick(focused(rig), key, modifier)


def tab_to(rig: Rig, qtbot: QtBot, target: QWidget) -> None:
    """Press Tab until ``target`` has the focus (as a person looking at the screen would)."""
    for _ in range(MOST_TABS):
        if QApplication.focusWidget() is target:
            return
        press(rig, qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def choose(rig: Rig, qtbot: QtBot, grid: ChoiceGrid, value: object) -> None:
    """Tab into ``grid`` (one stop per group of answers), arrow to ``value``, press Space."""
    target = grid.button(value)
    for _ in range(MOST_TABS):
        if QApplication.focusWidget() in grid.buttons():
            break
        press(rig, qtbot, Qt.Key.Key_Tab)
    for _ in grid.buttons():
        if QApplication.focusWidget() is target:
            break
        press(rig, qtbot, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is target
    press(rig, qtbot, Qt.Key.Key_Space)
    assert value in grid.values()


def ready(rig: Rig, qtbot: QtBot) -> None:
    """Anna's profile, the app started, its window active (keys go to it)."""
    with_profile(rig)
    started(rig, qtbot)
    rig.app.window.activateWindow()
    qtbot.waitUntil(rig.app.window.isActiveWindow)


def set_up_by_keyboard(rig: Rig, qtbot: QtBot) -> None:
    """Ctrl+N, the left knee from the list, a gel pack, every check answered, pain 6."""
    press(rig, qtbot, Qt.Key.Key_N, CTRL)
    assert rig.app.window.current_key() == "session"
    setup = rig.app.session_page.setup
    assert QApplication.focusWidget() is setup.sites.front
    tab_to(rig, qtbot, setup.sites.site_list)
    qtbot.keyClicks(focused(rig), "Left knee")
    assert setup.sites.site() == LEFT_KNEE
    press(rig, qtbot, Qt.Key.Key_Return, CTRL)
    assert QApplication.focusWidget() is setup.modalities.button(Modality.GEL_PACK)
    press(rig, qtbot, Qt.Key.Key_Space)
    assert setup.modalities.value() is Modality.GEL_PACK
    press(rig, qtbot, Qt.Key.Key_Return, CTRL)
    for grid in setup.checklist.values():
        if grid.isVisibleTo(setup):
            choose(rig, qtbot, grid, True)
    tab_to(rig, qtbot, setup.pain.buttons()[0])
    press(rig, qtbot, Qt.Key.Key_6)
    assert setup.pain.value() == 6


def test_a_whole_session_with_the_keyboard_alone(rig: Rig, qtbot: QtBot) -> None:
    ready(rig, qtbot)
    set_up_by_keyboard(rig, qtbot)
    press(rig, qtbot, Qt.Key.Key_Return, CTRL)
    assert rig.app.controller.cold_running
    run = rig.app.session_page.run

    rig.tick(5)
    card = run.skin_card
    assert QApplication.focusWidget() is card.look.button(SkinLook.NORMAL)
    press(rig, qtbot, Qt.Key.Key_Space)
    choose(rig, qtbot, card.sensation, Sensation.ACHING)
    choose(rig, qtbot, card.pain, PainChange.SAME)
    press(rig, qtbot, Qt.Key.Key_D, CTRL)
    assert rig.alarm.playing is None
    assert QApplication.focusWidget() is run.pause

    session = rig.app.controller.session
    assert session is not None
    press(rig, qtbot, Qt.Key.Key_P, CTRL)
    assert session.phase is Phase.PAUSED
    assert run.ring.is_paused()
    press(rig, qtbot, Qt.Key.Key_P, CTRL)
    assert session.phase is Phase.COLD_ON

    rig.tick(10)
    assert session.phase is Phase.REMOVE_NOW
    assert QApplication.focusWidget() is run.acknowledge
    press(rig, qtbot, Qt.Key.Key_Space)
    assert rig.alarm.playing is None

    assert QApplication.focusWidget() is run.after_look.button(SkinLook.NORMAL)
    press(rig, qtbot, Qt.Key.Key_Space)
    tab_to(rig, qtbot, run.after_pain.buttons()[0])
    press(rig, qtbot, Qt.Key.Key_3)
    tab_to(rig, qtbot, run.finish)
    press(rig, qtbot, Qt.Key.Key_Space)
    assert rig.app.window.current_key() == "today"
    rows = [row.accessibleName() for row in rig.app.today.sessions_card._rows]
    assert len(rows) == 1
    assert "pain 6 → 3" in rows[0]


def test_the_alarm_is_answered_by_its_shortcut_wherever_the_focus_is(
    rig: Rig, qtbot: QtBot
) -> None:
    ready(rig, qtbot)
    set_up_by_keyboard(rig, qtbot)
    press(rig, qtbot, Qt.Key.Key_Return, CTRL)
    run = rig.app.session_page.run
    rig.tick(5)
    press(rig, qtbot, Qt.Key.Key_D, CTRL)  # the questions are not answered yet: nothing
    assert run.skin_card.isVisible()
    press(rig, qtbot, Qt.Key.Key_Space)
    choose(rig, qtbot, run.skin_card.sensation, Sensation.COLD)
    choose(rig, qtbot, run.skin_card.pain, PainChange.SAME)
    press(rig, qtbot, Qt.Key.Key_D, CTRL)
    rig.tick(10)
    assert rig.alarm.playing is not None
    tab_to(rig, qtbot, run.alarm_extend)
    press(rig, qtbot, Qt.Key.Key_D, CTRL)
    assert rig.alarm.playing is None
    assert run.after_look.isVisible()


def test_ctrl_e_ends_the_session_after_asking(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready(rig, qtbot)
    set_up_by_keyboard(rig, qtbot)
    press(rig, qtbot, Qt.Key.Key_Return, CTRL)
    asked: list[str] = []

    def answer_yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    press(rig, qtbot, Qt.Key.Key_E, CTRL)
    assert asked == ["Is the pack off? This ends the session now."]
    assert not rig.app.controller.cold_running
    assert rig.app.session_page.run.after_look.isVisible()


def test_ctrl_l_snoozes_the_reminder_on_show(rig: Rig, qtbot: QtBot) -> None:
    ready(rig, qtbot)
    plan(rig, knee_ice(anna(rig)))
    wait(rig, 30)
    bar = rig.app.reminder_bar
    assert bar.reminder is not None
    assert "Ctrl+L" in bar.snooze_buttons[0].toolTip()
    press(rig, qtbot, Qt.Key.Key_L, CTRL)
    assert bar.reminder is None
    wait(rig, 5)
    assert bar.reminder is not None
    assert bar.reminder.snoozes_left == 2
