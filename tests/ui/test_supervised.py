"""Supervised mode in the whole app: a session of someone who cannot report their own skin
needs the caregiver to say they are there, and the skin checks speak to the caregiver."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.app_rig import (
    Rig,
    answer_skin_check,
    set_up_session,
    start_timer,
    started,
    with_profile,
)


def test_the_timer_waits_for_the_caregiver_to_say_they_are_there(rig: Rig, qtbot: QtBot) -> None:
    with_profile(rig, supervised=True)
    started(rig, qtbot)
    set_up_session(rig, qtbot)
    setup = rig.app.session_page.setup

    assert setup.caregiver.isVisible()
    assert not setup.next.isEnabled()
    assert setup.caregiver_note.isVisible()
    assert "caregiver must be there" in setup.caregiver_note.text()

    qtbot.mouseClick(setup.caregiver, Qt.MouseButton.LeftButton)
    assert not setup.caregiver_note.isVisible()
    start_timer(rig, qtbot)
    assert rig.app.controller.record is not None
    assert rig.app.controller.record.caregiver_present


def test_the_skin_check_speaks_to_the_caregiver(rig: Rig, qtbot: QtBot) -> None:
    with_profile(rig, supervised=True)
    started(rig, qtbot)
    set_up_session(rig, qtbot)
    qtbot.mouseClick(rig.app.session_page.setup.caregiver, Qt.MouseButton.LeftButton)
    start_timer(rig, qtbot)

    with qtbot.waitSignal(rig.app.controller.skin_check_due):
        rig.tick(5)

    card = rig.app.session_page.run.skin_card
    assert card.accessibleName() == "Please check the skin under the pack"
    assert "ask how it feels" in card.accessibleDescription()
    assert rig.voice.said[-1] == "Please check the skin under the pack now."
    answer_skin_check(rig)
    assert rig.app.controller.active


def test_someone_who_reports_their_own_skin_is_spoken_to(rig: Rig, qtbot: QtBot) -> None:
    with_profile(rig)
    started(rig, qtbot)
    set_up_session(rig, qtbot)
    assert not rig.app.session_page.setup.caregiver.isVisible()
    start_timer(rig, qtbot)

    with qtbot.waitSignal(rig.app.controller.skin_check_due):
        rig.tick(5)

    assert rig.app.session_page.run.skin_card.accessibleName() == "Check your skin now"
    assert rig.voice.said[-1] == "Time to check your skin."
