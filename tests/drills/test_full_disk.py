"""The disk fills up (``PRAGMA max_page_count``: the drills run as root, whom ``chmod`` does not
stop) or an export's folder turns read-only (an injected EROFS) in the middle of the work: a
clear message, no crash, nothing half-written."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import NoReturn

import pytest
from pytestqt.qtbot import QtBot

from coldcare.domain.records import Profile
from coldcare.reports import files
from coldcare.reports.files import ExportWriteError, write_atomically
from coldcare.services.notify import NotificationKind
from coldcare.storage.database import Storage
from coldcare.storage.migrations import execute
from tests.drills.rig import GEL_ON_KNEE, Witness, controller_on, stores_on
from tests.fakes import FakeClock


def test_a_folder_turned_read_only_during_a_session_still_times_and_alarms(
    qtbot: QtBot, storage: Storage, clock: FakeClock
) -> None:
    witness = Witness()
    controller = controller_on(storage, clock, witness)
    profile = stores_on(storage).profiles.save_profile(Profile("Anna", 1981))
    controller.start(profile, GEL_ON_KNEE)
    execute(storage.database, "PRAGMA query_only = 1")  # every heartbeat now fails
    driver = controller.session_clock
    assert driver is not None
    with qtbot.waitSignal(controller.remove_pack_now, timeout=1000):
        for _ in range(16 * 60):
            clock.advance(1)
            driver.tick_timer.timeout.emit()
    assert witness.sounding
    cannot_save = [n for n in witness.notified if n.kind is NotificationKind.STORAGE]
    assert len(cannot_save) == 1  # told once, not every five seconds
    assert "keeps going" in cannot_save[0].body
    controller.shutdown()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_an_export_that_cannot_be_written_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    target = tmp_path / "report.csv"
    target.write_bytes(b"the old report")

    def failing(*_: object) -> NoReturn:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "replace", failing)
    with pytest.raises(ExportWriteError, match="Nothing was changed"):
        write_atomically(target, b"x" * 1_000_000)
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]
    assert target.read_bytes() == b"the old report"
