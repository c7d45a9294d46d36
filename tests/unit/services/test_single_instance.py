"""One ColdCare per data folder: the first start listens, a second asks it to show itself.

A second start blocks while it waits for the answer (holding the interpreter), so it runs as
a process of its own while the first answers here, as a real second start would. Peers that
misbehave are plain sockets driven from the test's own event loop.
"""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from coldcare.services.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parents[3]
REFUSED = 3
SECOND_START = (
    "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
    "from coldcare.services.single_instance import SingleInstance; app = QCoreApplication([]); "
    f"sys.exit(0 if SingleInstance(Path(sys.argv[1])).claim() else {REFUSED})"
)
unix_only = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets leave files")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def first(qtbot: QtBot, folder: Path) -> Iterator[SingleInstance]:
    instance = SingleInstance(folder)
    assert instance.claim()
    yield instance
    instance.close()


def second_start(qtbot: QtBot, folder: Path) -> subprocess.CompletedProcess[str]:
    """Claim ``folder`` from another process while this one goes on answering."""
    command = [sys.executable, "-c", SECOND_START, str(folder)]
    with subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True) as second:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=10_000)
        assert second.stderr is not None
        return subprocess.CompletedProcess(command, second.returncode, None, second.stderr.read())


def hung_up_on(qtbot: QtBot, name: str, message: bytes) -> bool:
    """Connect to ``name``, send ``message``, and say whether the first hung up."""
    peer = QLocalSocket()
    with qtbot.waitSignal(peer.connected, timeout=5000):
        peer.connectToServer(name)
    if message:
        peer.write(message)
    with qtbot.waitSignal(peer.disconnected, timeout=5000, raising=False) as hang_up:
        pass
    peer.abort()
    return hang_up.signal_triggered


def test_the_name_is_short_and_follows_the_resolved_folder(tmp_path: Path) -> None:
    deep = tmp_path / ("a" * 200) / "data"
    name = server_name(deep)
    assert name.startswith("coldcare-")
    assert len(name) == len("coldcare-") + 16
    assert server_name(tmp_path / "x" / ".." / ("a" * 200) / "data") == name
    assert server_name(tmp_path / "other") != name


def test_a_second_start_is_refused_and_the_first_is_asked_to_show(
    qtbot: QtBot, first: SingleInstance, folder: Path
) -> None:
    with qtbot.waitSignal(first.show_requested, timeout=5000):
        second = second_start(qtbot, folder)
    assert second.returncode == REFUSED
    assert second.stderr == ""  # the first answered in time: no warning
    assert first.is_listening()


def test_every_further_start_is_turned_into_a_show(
    qtbot: QtBot, first: SingleInstance, folder: Path
) -> None:
    shown: list[None] = []
    first.show_requested.connect(lambda: shown.append(None))
    for _ in range(2):
        assert second_start(qtbot, folder).returncode == REFUSED
    qtbot.waitUntil(lambda: len(shown) == 2)


def test_another_data_folder_is_another_instance(
    qtbot: QtBot, first: SingleInstance, tmp_path: Path
) -> None:
    other = SingleInstance(tmp_path / "other")
    assert other.claim()
    other.close()


def test_a_closed_first_frees_the_name(qtbot: QtBot, folder: Path) -> None:
    gone = SingleInstance(folder)
    assert gone.claim()
    gone.close()
    again = SingleInstance(folder)
    assert again.claim()
    again.close()


@unix_only
def test_a_socket_left_by_a_crashed_start_is_taken_over(qtbot: QtBot, folder: Path) -> None:
    leftover = Path(QDir.tempPath()) / server_name(folder)
    crashed = socket.socket(socket.AF_UNIX)
    crashed.bind(str(leftover))
    crashed.close()  # the file stays and nobody listens: what a killed ColdCare leaves
    instance = SingleInstance(folder)
    assert instance.claim()
    with qtbot.waitSignal(instance.show_requested, timeout=5000):
        assert second_start(qtbot, folder).returncode == REFUSED
    instance.close()


@pytest.mark.parametrize(
    "garbage",
    [b"hello\n", b"\x00\xff\xfe show\n", b"show" * 40, b"showshow\n"],
    ids=["unknown word", "binary", "long line without an end", "word run on"],
)
def test_garbage_is_dropped_without_a_show(
    qtbot: QtBot, first: SingleInstance, garbage: bytes
) -> None:
    shown: list[None] = []
    first.show_requested.connect(lambda: shown.append(None))
    assert hung_up_on(qtbot, first.name, garbage)
    assert shown == []
    with qtbot.waitSignal(first.show_requested, timeout=5000):  # and it still answers
        assert hung_up_on(qtbot, first.name, b"show\n")


def test_a_peer_that_never_writes_is_cut_off(qtbot: QtBot, folder: Path) -> None:
    instance = SingleInstance(folder, peer_wait_ms=50)
    assert instance.claim()
    shown: list[None] = []
    instance.show_requested.connect(lambda: shown.append(None))
    assert hung_up_on(qtbot, instance.name, b"")
    assert shown == []
    instance.close()


def test_a_first_that_does_not_answer_still_counts_as_running(
    qtbot: QtBot, first: SingleInstance, folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Asked from this very thread, the first cannot answer: it is as busy as a hung app.
    with caplog.at_level(logging.WARNING), qtbot.waitSignal(first.show_requested):
        assert SingleInstance(folder).claim() is False
    assert "did not answer" in caplog.text
