"""The start-up's second half: a step a turn, and the file check on its own thread."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from coldcare.services.start_up import FileCheck, InTurns, Problems, import_in_background


@pytest.fixture
def owner(qapp: QCoreApplication) -> QObject:
    return QObject()


def test_steps_run_in_order_one_turn_each(owner: QObject, qtbot: QtBot) -> None:
    ran: list[str] = []
    InTurns([lambda: ran.append("a"), lambda: ran.append("b")], lambda: True, owner)
    assert ran == []  # not before the event loop turns

    QCoreApplication.processEvents()  # one turn: one step (the next is queued for later)
    assert ran == ["a"]
    qtbot.waitUntil(lambda: ran == ["a", "b"])


def test_steps_stop_once_the_app_is_closing(owner: QObject, qtbot: QtBot) -> None:
    ran: list[str] = []
    closing = threading.Event()

    def first() -> None:
        ran.append("first")
        closing.set()

    InTurns([first, lambda: ran.append("second")], lambda: not closing.is_set(), owner)
    qtbot.waitUntil(lambda: ran == ["first"])
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    assert ran == ["first"]


def _checked(check: FileCheck, qtbot: QtBot) -> tuple[Problems, threading.Thread]:
    """What the check found, and the thread the callback ran on."""
    arrived: list[tuple[Problems, threading.Thread]] = []
    check.when_done(lambda found: arrived.append((found, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(arrived))
    return arrived[0]


def test_a_sound_file_is_backed_up_off_the_gui_thread(owner: QObject, qtbot: QtBot) -> None:
    threads: list[threading.Thread] = []

    check = FileCheck(lambda: (), lambda: threads.append(threading.current_thread()), owner)

    found, told_on = _checked(check, qtbot)
    assert found == ()
    assert told_on is threading.main_thread()
    assert threads
    assert threads[0] is not threading.main_thread()


def test_a_damaged_file_is_reported_and_not_backed_up(owner: QObject, qtbot: QtBot) -> None:
    backups: list[str] = []
    check = FileCheck(lambda: ("page 7: btree damaged",), lambda: backups.append("x"), owner)

    assert _checked(check, qtbot)[0] == ("page 7: btree damaged",)
    assert backups == []
    later: list[Problems] = []
    check.when_done(later.append)  # asked after it is done: answered at once
    assert later == [("page 7: btree damaged",)]


def test_a_check_that_fails_still_lets_the_start_up_go_on(
    owner: QObject, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> Problems:
        raise OSError("disk went away")

    check = FileCheck(broken, lambda: None, owner)

    assert _checked(check, qtbot)[0] == ()
    assert "start-up check of the data file failed" in caplog.text


def test_the_check_is_told_before_a_slow_backup_and_closing_waits_for_it(
    owner: QObject, qtbot: QtBot
) -> None:
    """A backup that takes long (a slow disk at login) does not hold back the start-up, and
    closing waits for it to finish (a copy cut off at exit would be left behind)."""
    release = threading.Event()
    finished = threading.Event()

    def slow_backup() -> None:
        release.wait(5)
        finished.set()

    check = FileCheck(lambda: (), slow_backup, owner)

    assert _checked(check, qtbot)[0] == ()  # told while the backup still runs
    assert not finished.is_set()
    check.wait(0.01)  # closing gives up after its time limit
    assert not finished.is_set()
    release.set()
    check.wait(5)
    assert finished.is_set()


def test_a_failing_step_does_not_stop_the_next(
    owner: QObject, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    ran: list[str] = []

    def sound_system_broken() -> None:
        raise OSError("no sound device")

    InTurns([sound_system_broken, lambda: ran.append("reminders started")], lambda: True, owner)

    qtbot.waitUntil(lambda: ran == ["reminders started"])
    assert "a start-up step failed" in caplog.text


def test_a_module_imported_ahead_is_there_at_its_first_use() -> None:
    sys.modules.pop("json.tool", None)
    import_in_background("json.tool").join(5)
    assert "json.tool" in sys.modules


def test_a_module_that_cannot_be_imported_ahead_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    import_in_background("coldcare.no_such_module").join(5)
    assert "importing coldcare.no_such_module ahead of its first use failed" in caplog.text
