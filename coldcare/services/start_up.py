"""The start-up's slower half, after the first paint, without freezing the window.

architecture.md "Start-up": usable means painted *and answering input*. Two tools keep the
window answering while the rest of the start-up runs:

- :class:`InTurns` runs steps one event-loop turn each, so a click or a key press between two
  steps is handled at once rather than after all of them;
- :class:`FileCheck` runs the data file's check (``PRAGMA quick_check``: a few hundred
  milliseconds on ten years of records) and the day's backup on a thread of their own, and
  says on the GUI thread what the check found.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

logger = logging.getLogger(__name__)

Problems = tuple[str, ...]


class InTurns(QObject):
    """Runs ``steps`` in order, one event-loop turn each, while ``go_on()`` is true.

    Create on the GUI thread; the first step runs in the next turn. A step that fails is
    logged and the next still runs: a sound system that cannot load must not keep the
    reminders from starting.
    """

    def __init__(
        self,
        steps: Iterable[Callable[[], object]],
        go_on: Callable[[], bool],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._steps = list(steps)
        self._go_on = go_on
        QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        if not self._steps or not self._go_on():
            return
        step = self._steps.pop(0)
        try:
            step()
        except Exception:  # the next steps must run whatever this one met: see the class
            logger.exception("a start-up step failed: %r", step)
        if self._steps:
            QTimer.singleShot(0, self, self._next)


def import_in_background(module: str) -> threading.Thread:
    """Import ``module`` on a thread of its own, so that its first use does not wait for it
    and the window answers meanwhile (Python's import lock makes a use that comes first wait
    for this import, not import twice). A failure is logged: the first use will meet it."""

    def load() -> None:
        try:
            importlib.import_module(module)
        except Exception:  # the first use imports it again and shows what is wrong
            logger.exception("importing %s ahead of its first use failed", module)

    # Not a daemon: an interpreter that exits mid-import may crash; exiting waits for it instead.
    thread = threading.Thread(target=load, name=f"coldcare-import-{module}")
    thread.start()
    return thread


class FileCheck(QObject):
    """``check()`` and then, if it found nothing wrong, ``back_up()``, on a thread of their own.

    Both must be safe on any thread (``Storage.quick_check`` and ``Storage.back_up_if_due``
    open their own connections). :meth:`when_done` calls back on the GUI thread with what the
    check found as soon as it is known, before the backup (which may take seconds on a slow
    disk): the start-up waiting on it asks about interrupted sessions and starts the
    reminders. Whatever goes wrong on the thread, the callback still comes (with nothing
    found).
    """

    _finished = Signal(object)  # from the thread: the problems found

    def __init__(
        self,
        check: Callable[[], Problems],
        back_up: Callable[[], object],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._back_up = back_up
        self._found: Problems | None = None
        self._waiting: list[Callable[[Problems], None]] = []
        self._finished.connect(self._arrived)
        self._thread = threading.Thread(target=self._run, name="coldcare-file-check")
        self._thread.start()

    def when_done(self, then: Callable[[Problems], None]) -> None:
        """Call ``then(problems)`` on the GUI thread once the check is done (now if it is)."""
        if self._found is None:
            self._waiting.append(then)
        else:
            then(self._found)

    def wait(self, timeout_s: float) -> None:
        """Let the thread finish (a backup half-copied at exit would be left behind)."""
        self._thread.join(timeout_s)

    def _run(self) -> None:
        problems: Problems = ()
        try:
            problems = self._check()
        except Exception:  # the start-up must go on whatever happens here: see the class
            logger.exception("the start-up check of the data file failed")
        self._tell(problems)
        if problems:
            return  # no backup of a damaged file (the repair restores the newest good one)
        try:
            self._back_up()
        except Exception:  # a failed backup must not end the thread unseen
            logger.exception("the start-up backup failed")

    def _tell(self, problems: Problems) -> None:
        try:
            self._finished.emit(problems)
        except RuntimeError:  # the app closed (and this object went) while the file was checked
            logger.info("the data file was checked after the app closed")

    def _arrived(self, problems: Problems) -> None:
        self._found = problems
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then(problems)
