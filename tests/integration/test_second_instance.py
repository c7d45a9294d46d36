"""A second ``coldcare`` start on the same data exits at once, and the first comes forward.

Real processes: ``python -m coldcare --data-dir DIR`` on the offscreen platform with a
private runtime and configuration folder. Lines on standard error say when the first is
running and when it was asked to show; nothing here sleeps, every wait has a time limit.
"""

from __future__ import annotations

import logging
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coldcare.services.single_instance import SingleInstance, server_name
from tests.fakes import FakeClock
from tests.ui.app_rig import dispose, make_rig, started

ROOT = Path(__file__).resolve().parents[2]
SECOND_START_LIMIT_S = 2.0
FIRST_START_LIMIT_S = 60.0  # a cold disk cache makes the first import of Qt slow
RUNNING = "running on the data in"
ASKED = "asked to show by a second start"
ALREADY_RUNNING = "ColdCare is already running; showing it."


@dataclass
class Started:
    """A ``coldcare`` process and the lines it writes to standard error."""

    process: subprocess.Popen[str]
    lines: queue.Queue[str]
    reader: threading.Thread

    def wait_for(self, text: str, timeout: float) -> None:
        """Read lines until one contains ``text`` (fails after ``timeout`` s without a line)."""
        seen: list[str] = []
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                pytest.fail(f"no line with {text!r}; saw: {''.join(seen)}")
            seen.append(line)
            if text in line:
                return

    def stop(self, kill: bool = False) -> None:
        """Terminate (or kill) the process and close its pipe."""
        if kill:
            self.process.kill()
        else:
            self.process.terminate()
        self.process.wait(timeout=10)
        self.reader.join(timeout=10)
        assert self.process.stderr is not None
        self.process.stderr.close()


@pytest.fixture
def environment(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Offscreen, with a short private runtime folder and a private configuration folder."""
    runtime = tempfile.mkdtemp(prefix="cc-rt-")
    os.chmod(runtime, 0o700)
    yield {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": runtime,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    yield folder
    QLocalServer.removeServer(server_name(folder))  # what a terminated first leaves behind


def coldcare_command(data: Path) -> list[str]:
    return [sys.executable, "-m", "coldcare", "--data-dir", str(data)]


def start_first(data: Path, environment: dict[str, str]) -> Started:
    process = subprocess.Popen(
        coldcare_command(data),
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    assert process.stderr is not None
    reader = threading.Thread(target=_pump, args=(process.stderr, lines), daemon=True)
    reader.start()
    first = Started(process, lines, reader)
    first.wait_for(RUNNING, FIRST_START_LIMIT_S)
    return first


def _pump(stream: IO[str], lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line)


def test_a_second_process_exits_within_two_seconds_and_the_first_is_asked_to_show(
    data: Path, environment: dict[str, str]
) -> None:
    first = start_first(data, environment)
    try:
        second = subprocess.run(
            coldcare_command(data),
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=SECOND_START_LIMIT_S,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert ALREADY_RUNNING in second.stderr
        assert "did not answer" not in second.stderr
        first.wait_for(ASKED, 10)
        assert first.process.poll() is None  # the first goes on running
    finally:
        first.stop()


def test_after_a_crash_the_next_start_runs(data: Path, environment: dict[str, str]) -> None:
    crashed = start_first(data, environment)
    crashed.stop(kill=True)  # no clean-up: the socket file stays behind on Unix
    again = start_first(data, environment)
    again.stop()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_the_running_app_comes_forward_and_asks_for_attention(
    qapp: QApplication,
    qtbot: QtBot,
    data: Path,
    environment: dict[str, str],
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    alerts: list[QWidget] = []
    monkeypatch.setattr(QApplication, "alert", staticmethod(lambda w, _ms=0: alerts.append(w)))
    caplog.set_level(logging.INFO, logger="coldcare")
    rig = make_rig(qapp, data, clock)
    try:
        started(rig, qtbot)
        instance = SingleInstance(data, parent=rig.app)
        assert instance.claim()
        instance.show_requested.connect(rig.app.show_window)
        window = rig.app.window
        window.showMinimized()
        with qtbot.waitSignal(instance.show_requested, timeout=10_000):
            second = subprocess.Popen(coldcare_command(data), cwd=ROOT, env=environment)
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=10_000)
        assert second.returncode == 0
        assert window.isVisible()
        assert not window.isMinimized()
        assert alerts == [window]
        qtbot.waitUntil(window.isActiveWindow)
        assert ASKED in caplog.text
    finally:
        dispose(rig)
