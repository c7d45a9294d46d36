"""A button pressed by Return or Enter only while it has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from coldcare.ui.widgets.common import button


@pytest.fixture
def dialog(qtbot: QtBot) -> QDialog:
    made = QDialog()
    qtbot.addWidget(made)
    layout = QVBoxLayout(made)
    layout.addWidget(QLineEdit())
    for text in ("Save", "Delete"):
        layout.addWidget(button(text))
    made.show()
    return made


def _button(dialog: QDialog, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_presses_the_focused_button(dialog: QDialog, qtbot: QtBot, key: Qt.Key) -> None:
    delete = _button(dialog, "Delete")
    delete.setFocus()
    with qtbot.waitSignal(delete.clicked), qtbot.assertNotEmitted(_button(dialog, "Save").clicked):
        qtbot.keyClick(delete, key)


def test_enter_in_a_field_presses_no_button(dialog: QDialog, qtbot: QtBot) -> None:
    field = dialog.findChild(QLineEdit)
    assert field is not None
    field.setFocus()
    with (
        qtbot.assertNotEmitted(_button(dialog, "Save").clicked),
        qtbot.assertNotEmitted(_button(dialog, "Delete").clicked),
    ):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_ctrl_enter_is_left_to_the_shortcuts(dialog: QDialog, qtbot: QtBot) -> None:
    save = _button(dialog, "Save")
    save.setFocus()
    with qtbot.assertNotEmitted(save.clicked):
        qtbot.keyClick(save, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
