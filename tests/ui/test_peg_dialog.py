"""The weekly questions (PEG): three 0–10 answers, the score, the source; keyboard and sizes.

Anna's stores are on disk (plan_rig); the fake clock starts on Monday 2 March 2026 at 10:00 in
Berlin.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from coldcare.domain.pain_stats import PegResponse
from coldcare.ui.dialogs_peg import PegDialog
from tests.ui.helpers import dispose, interactive, tab_reaches_all
from tests.ui.plan_fakes import PlanRig


@pytest.fixture
def dialog(plan_rig: PlanRig) -> Iterator[PegDialog]:
    made = PegDialog(plan_rig.state, plan_rig.profile_id)
    made.show()
    yield made
    dispose(made)


def stored(rig: PlanRig) -> list[PegResponse]:
    now = rig.clock.now()
    return list(
        rig.state.repositories.pegs.pegs_between(rig.profile_id, now, now.replace(year=2027))
    )


def answer_by_keys(qtbot: QtBot, dialog: PegDialog, *values: int) -> None:
    for scale, value in zip(dialog.scales(), values, strict=True):
        button = scale.buttons()[0]
        button.setFocus()
        qtbot.keyClick(button, str(value))


def test_three_answers_from_the_keyboard_give_the_score_and_are_stored(
    plan_rig: PlanRig, dialog: PegDialog, qtbot: QtBot
) -> None:
    assert dialog.score.text() == "Answer all three to see your score."
    answer_by_keys(qtbot, dialog, 5, 4, 4)
    assert dialog.score.text() == "Your score: 4.3 out of 10 (lower is better)"
    qtbot.keyClicks(dialog.note, "A busy week")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    (response,) = stored(plan_rig)
    assert saved.args == [response]
    assert (response.pain, response.enjoyment, response.activity) == (5, 4, 4)
    assert response.note == "A busy week"
    assert response.answered_at == plan_rig.clock.now()
    assert dialog.result() == PegDialog.DialogCode.Accepted


def test_an_unanswered_question_is_named_and_nothing_is_stored(
    plan_rig: PlanRig, dialog: PegDialog, qtbot: QtBot
) -> None:
    dialog.pain.buttons()[5].click()
    dialog.activity.buttons()[2].click()
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.problem.text() == "Please answer all three questions."
    assert QApplication.focusWidget() is dialog.enjoyment.buttons()[0]
    assert dialog.isVisible()
    assert stored(plan_rig) == []


def test_escape_cancels_without_saving(plan_rig: PlanRig, dialog: PegDialog, qtbot: QtBot) -> None:
    answer_by_keys(qtbot, dialog, 5, 4, 4)
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.keyClick(dialog.activity.buttons()[4], Qt.Key.Key_Escape)
    assert dialog.result() == PegDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert stored(plan_rig) == []


def test_each_question_has_the_measure_s_words_and_anchors(dialog: PegDialog) -> None:
    def texts(widget: QWidget) -> list[str]:
        return [label.text() for label in widget.findChildren(type(dialog.score))]

    assert "What number best describes your pain on average in the past week?" in (
        dialog.pain.accessibleName()
    )
    assert "enjoyment of life" in dialog.enjoyment.accessibleName()
    assert "general activity" in dialog.activity.accessibleName()
    assert {"no pain", "pain as bad as you can imagine"} <= set(texts(dialog.pain))
    for scale in (dialog.enjoyment, dialog.activity):
        assert {"does not interfere", "completely interferes"} <= set(texts(scale))
        assert "no pain" not in texts(scale)
        assert scale.accessibleDescription() == (
            "0 means does not interfere. 10 means completely interferes."
        )


def test_pain_is_said_with_its_band_and_interference_as_a_number(dialog: PegDialog) -> None:
    dialog.pain.buttons()[6].click()
    dialog.enjoyment.buttons()[6].click()
    assert dialog.pain.words() == "6 — moderate"
    assert dialog.enjoyment.words() == "6 out of 10"
    assert dialog.enjoyment.buttons()[6].accessibleName() == "6 out of 10"


def test_the_source_of_the_score_is_cited(dialog: PegDialog) -> None:
    labels = [label.text() for label in dialog.findChildren(type(dialog.score))]
    assert any("Krebs et al." in text and "meaningful change" in text for text in labels)


def test_every_control_is_named_and_reached_by_tab(dialog: PegDialog, qtbot: QtBot) -> None:
    assert [type(w).__name__ for w in interactive(dialog) if not w.accessibleName()] == []
    # Tab enters each scale once (arrows and digits move inside it); everything else is a stop.
    scale_buttons = {b.accessibleName() for s in dialog.scales() for b in s.buttons()}
    unreached = tab_reaches_all(qtbot, dialog)
    assert [name for name in unreached if name not in scale_buttons] == []
    focus = dialog.pain.buttons()[0]
    focus.setFocus()
    for scale in (dialog.enjoyment, dialog.activity):
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused in scale.buttons()
        focus = focused
    qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.note


def test_at_200_percent_the_questions_scroll_inside_the_screen(plan_rig: PlanRig) -> None:
    plan_rig.state.set_text_scale(200)
    made = PegDialog(plan_rig.state, plan_rig.profile_id)
    made.show()
    try:
        screen = made.screen()
        assert screen is not None
        assert made.width() <= screen.availableGeometry().width()
        assert made.height() <= screen.availableGeometry().height()
        area = made.findChild(QScrollArea)
        assert area is not None
        assert area.verticalScrollBar().maximum() > 0
        assert made.save_button.isVisible()
    finally:
        dispose(made)
