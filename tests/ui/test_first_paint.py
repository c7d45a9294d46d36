"""The slower half of the start-up waits for the window's first paint, but never for ever."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coldcare.app import FirstPaint


def test_it_runs_once_right_after_the_first_paint(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    owner = QObject()
    ran: list[bool] = []
    FirstPaint(window, lambda: ran.append(window.isVisible()), owner)

    assert ran == []  # not before the window is shown and painted
    window.show()
    qtbot.waitUntil(lambda: ran == [True])
    window.repaint()  # a second paint, and the turns after it
    QApplication.processEvents()
    QApplication.processEvents()
    assert ran == [True]


def test_a_window_never_painted_still_gets_it_later(qtbot: QtBot) -> None:
    window = QWidget()  # hidden (as when ColdCare starts in the tray)
    qtbot.addWidget(window)
    owner = QObject()
    ran: list[str] = []
    FirstPaint(window, lambda: ran.append("started"), owner, latest_ms=100)

    qtbot.waitUntil(lambda: ran == ["started"], timeout=2000)
