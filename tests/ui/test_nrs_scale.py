"""The 0–10 pain scale: clicks, keys, the value in words, names, and wrapping at 200 % text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from coldcare.domain.pain_stats import PainBand, pain_band
from coldcare.ui import theme
from coldcare.ui.theme import Appearance, ThemeName
from coldcare.ui.widgets.nrs_scale import NrsScale, value_words


@pytest.fixture
def scale(qtbot: QtBot) -> NrsScale:
    widget = NrsScale()
    widget.set_question("How is your pain right now?")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_clicking_a_number_chooses_it_and_says_it_in_words(scale: NrsScale, qtbot: QtBot) -> None:
    with qtbot.waitSignal(scale.value_changed) as signal:
        qtbot.mouseClick(scale.buttons()[6], Qt.MouseButton.LeftButton)
    assert signal.args == [6]
    assert scale.value() == 6
    assert scale.buttons()[6].isChecked()
    assert scale.words() == "6 — moderate"


def test_nothing_is_chosen_at_first(scale: NrsScale) -> None:
    assert scale.value() is None
    assert not any(button.isChecked() for button in scale.buttons())
    assert scale.words() == "Choose a number from 0 to 10"


def test_arrows_move_and_choose(scale: NrsScale, qtbot: QtBot) -> None:
    scale.set_value(5)
    button = scale.buttons()[5]
    qtbot.keyClick(button, Qt.Key.Key_Right)
    assert scale.value() == 6
    qtbot.keyClick(scale.buttons()[6], Qt.Key.Key_Up)
    assert scale.value() == 7
    qtbot.keyClick(scale.buttons()[7], Qt.Key.Key_Left)
    qtbot.keyClick(scale.buttons()[6], Qt.Key.Key_Down)
    assert scale.value() == 5
    assert QApplication.focusWidget() is scale.buttons()[5]


def test_arrows_stop_at_the_ends(scale: NrsScale, qtbot: QtBot) -> None:
    qtbot.keyClick(scale.buttons()[0], Qt.Key.Key_Left)
    assert scale.value() == 0
    scale.set_value(10)
    qtbot.keyClick(scale.buttons()[10], Qt.Key.Key_Right)
    assert scale.value() == 10


def test_home_and_end_choose_0_and_10(scale: NrsScale, qtbot: QtBot) -> None:
    qtbot.keyClick(scale.buttons()[3], Qt.Key.Key_End)
    assert scale.value() == 10
    qtbot.keyClick(scale.buttons()[10], Qt.Key.Key_Home)
    assert scale.value() == 0


def test_a_digit_chooses_that_number(scale: NrsScale, qtbot: QtBot) -> None:
    with qtbot.waitSignal(scale.value_changed) as signal:
        qtbot.keyClicks(scale.buttons()[0], "7")
    assert signal.args == [7]
    assert scale.value() == 7


def test_1_then_0_quickly_reaches_10(scale: NrsScale, qtbot: QtBot) -> None:
    qtbot.keyClicks(scale.buttons()[0], "1")
    assert scale.value() == 1
    qtbot.keyClicks(scale.buttons()[1], "0")
    assert scale.value() == 10
    assert scale.words() == "10 — severe"


def test_after_the_window_a_0_means_0(
    scale: NrsScale, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(NrsScale, "TEN_WINDOW_MS", 20)
    window = scale.findChild(QTimer, "tenWindow")
    assert window is not None
    with qtbot.waitSignal(window.timeout):
        qtbot.keyClicks(scale.buttons()[0], "1")
    qtbot.keyClicks(scale.buttons()[1], "0")
    assert scale.value() == 0


def test_another_key_between_1_and_0_means_0(scale: NrsScale, qtbot: QtBot) -> None:
    qtbot.keyClicks(scale.buttons()[0], "1")
    qtbot.keyClick(scale.buttons()[1], Qt.Key.Key_Right)
    qtbot.keyClicks(scale.buttons()[2], "0")
    assert scale.value() == 0


@pytest.mark.parametrize(
    ("value", "band", "words"),
    [
        (0, PainBand.NONE, "0 — no pain"),
        (1, PainBand.MILD, "1 — mild"),
        (3, PainBand.MILD, "3 — mild"),
        (4, PainBand.MODERATE, "4 — moderate"),
        (6, PainBand.MODERATE, "6 — moderate"),
        (7, PainBand.SEVERE, "7 — severe"),
        (10, PainBand.SEVERE, "10 — severe"),
    ],
)
def test_the_value_is_said_with_its_band(value: int, band: PainBand, words: str) -> None:
    assert pain_band(value) is band
    assert value_words(value) == words


def test_a_number_outside_0_to_10_is_refused(scale: NrsScale) -> None:
    with pytest.raises(ValueError, match="0 to 10"):
        scale.set_value(11)


def test_set_value_and_clear_do_not_emit(scale: NrsScale, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(scale.value_changed):
        scale.set_value(4)
        assert scale.value() == 4
        assert scale.words() == "4 — moderate"
        scale.clear()
    assert scale.value() is None
    scale.set_value(None)
    assert scale.value() is None


def test_accessible_names(scale: NrsScale) -> None:
    assert scale.accessibleName() == "How is your pain right now?"
    names = [button.accessibleName() for button in scale.buttons()]
    assert names[0] == "0 out of 10, no pain"
    assert names[6] == "6 out of 10, moderate"
    assert names[10] == "10 out of 10, severe"
    assert all(button.isCheckable() for button in scale.buttons())


def test_every_button_is_a_big_target(scale: NrsScale) -> None:
    scale.resize(1200, scale.heightForWidth(1200))
    for button in scale.buttons():
        assert button.width() >= 44
        assert button.height() >= 44


def test_one_row_at_100_percent_text_in_a_session_page(scale: NrsScale, qtbot: QtBot) -> None:
    scale.resize(1232, scale.heightForWidth(1232))
    qtbot.waitUntil(lambda: scale.buttons()[10].y() == scale.buttons()[0].y())
    assert scale.is_one_row()


def test_two_rows_at_200_percent_text_rather_than_clipping(
    qapp: QApplication, qtbot: QtBot
) -> None:
    theme.apply(qapp, Appearance(ThemeName.LIGHT, 200))
    scale = NrsScale()
    qtbot.addWidget(scale)
    width = 1280 - 2 * 24  # the session page's width less its margins
    scale.resize(width, scale.heightForWidth(width))
    scale.show()
    qtbot.waitExposed(scale)
    buttons = scale.buttons()
    assert not scale.is_one_row()
    assert buttons[5].y() == buttons[0].y()
    assert buttons[6].y() > buttons[5].y() + buttons[5].height()
    assert buttons[6].x() == buttons[0].x()
    assert all(button.geometry().right() < width for button in buttons)
    assert all(button.height() >= 88 for button in buttons)  # 44 px grown with the text
    assert scale.height() >= buttons[10].geometry().bottom()


def test_enter_typed_in_a_dialog_s_field_chooses_no_number(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    when, scale = QLineEdit(), NrsScale()
    layout.addWidget(when)
    layout.addWidget(scale)
    scale.set_value(2)
    dialog.show()
    when.setFocus()
    with qtbot.assertNotEmitted(scale.value_changed):
        qtbot.keyClick(when, Qt.Key.Key_Return)
    assert scale.value() == 2
