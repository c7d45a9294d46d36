"""What the exercise screen tests share (besides the ``exercise_state`` fixture in
conftest.py): a way to answer the question boxes the screens ask with ``exec()``."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

_TRIES = 200  # how many times (10 ms apart) to look for the question box


class BoxAnswer:
    """Press ``button`` in the next question box; ``question`` keeps what it asked."""

    def __init__(self, button: str) -> None:
        self.button = button
        self.question = ""
        self._tries = 0
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            self._tries += 1
            if self._tries < _TRIES:
                QTimer.singleShot(10, self._answer)
            return
        self.question = f"{box.text()} {box.informativeText()}"
        wanted = [b for b in box.buttons() if b.text() == self.button]
        if wanted:
            wanted[0].click()
        else:
            box.done(0)  # the test then fails on what it expected, instead of hanging
