"""Real audio for the sound tests: a private PulseAudio null sink, and a probe run in a child.

QtMultimedia picks its audio server once per process, at first use, so each real-audio check
runs in a child Python (``run_probe``) whose ``PULSE_SERVER`` names the server to use: the null
sink of ``pulse_server``, or a socket that does not exist (no audio at all). Naming the server
also stops libpulse from autospawning a daemon, and keeps a developer's own desktop sound out
of the tests. The child prints one JSON line that the test asserts on.

A test module makes its fixture from :func:`private_pulseaudio` (pytest only collects fixtures
from files named ``conftest.py``, and an imported fixture trips ruff's F811).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[3]
NO_AUDIO_SERVER = "unix:/nonexistent/coldcare-test/pulse"
PROBE_TIMEOUT_SECONDS = 60


def _pulse_env(folder: Path) -> dict[str, str]:
    """An environment that keeps PulseAudio's files (cookie, state, runtime) in ``folder``."""
    env = {
        **os.environ,
        "HOME": str(folder),
        "XDG_RUNTIME_DIR": str(folder),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "PULSE_RUNTIME_PATH": str(folder / "runtime"),
        "PULSE_STATE_PATH": str(folder / "state"),
    }
    env.pop("PULSE_SERVER", None)
    return env


def _answers(pactl: str, server: str, env: dict[str, str]) -> bool:
    result = subprocess.run(
        [pactl, "--server", server, "info"],
        env=env,
        capture_output=True,
        check=False,
        timeout=10,
    )
    return result.returncode == 0


@contextmanager
def private_pulseaudio() -> Iterator[str]:
    """Run a private PulseAudio daemon with one null sink; yield its address (``unix:/...``).

    Skips the test where pulseaudio is not installed; stops the daemon on exit.
    """
    pulseaudio, pactl = shutil.which("pulseaudio"), shutil.which("pactl")
    if pulseaudio is None or pactl is None:
        pytest.skip("pulseaudio is not installed")
    with ExitStack() as stack:
        # A short folder: Unix socket paths are limited to about 108 bytes.
        folder = Path(tempfile.mkdtemp(prefix="cc-pa-"))
        stack.callback(shutil.rmtree, folder, ignore_errors=True)
        socket = folder / "native"
        server = f"unix:{socket}"
        env = _pulse_env(folder)
        log = stack.enter_context((folder / "pulseaudio.log").open("w", encoding="utf-8"))
        daemon = stack.enter_context(
            subprocess.Popen(
                [
                    pulseaudio,
                    "--daemonize=no",
                    "--system=false",  # needed when the tests run as root
                    "-n",  # no default.pa: only the modules below
                    "--exit-idle-time=-1",
                    "--use-pid-file=no",
                    "--load=module-null-sink sink_name=nullsink",
                    f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
                ],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        stack.callback(daemon.terminate)
        for _ in range(100):
            if _answers(pactl, server, env):
                break
            try:
                # Bounded wait on the daemon itself: returns early only if it died.
                daemon.wait(timeout=0.1)
            except subprocess.TimeoutExpired:
                continue
            pytest.fail(
                f"pulseaudio exited with status {daemon.returncode}:\n"
                + (folder / "pulseaudio.log").read_text(encoding="utf-8")
            )
        else:
            pytest.fail("pulseaudio did not answer `pactl info` within about 10 s")
        yield server


def run_probe(server: str) -> dict[str, Any]:
    """Run :func:`probe` in a child Python against the PulseAudio ``server``; its report."""
    env = {**os.environ, "PULSE_SERVER": server}
    # Only "pipewire" is a recognised override; a developer's setting must not apply here.
    env.pop("QT_AUDIO_BACKEND", None)
    result = subprocess.run(
        [sys.executable, "-m", "tests.unit.services.conftest_sound"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=PROBE_TIMEOUT_SECONDS,
    )
    assert result.returncode == 0, f"the sound probe failed:\n{result.stdout}\n{result.stderr}"
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    report["stderr"] = result.stderr
    return report


def probe() -> dict[str, Any]:
    """In the child: check audibility, play the end alarm and escalate it through five levels.

    The repeat timer is driven by emitting its signal, once per level from 2 to 5, after the
    first repeat has started (or fallen back).
    """
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: PLC0415

    from coldcare.domain.session import AlarmKind  # noqa: PLC0415
    from coldcare.services.sound import AlarmPlayer  # noqa: PLC0415

    _app = QCoreApplication([])
    fallbacks: list[list[Any]] = []
    sounded: list[list[Any]] = []
    effect_playing: list[bool] = []
    player = AlarmPlayer(lambda cue, level: fallbacks.append([cue.value, level]))
    player.sounded.connect(lambda cue, level, volume: sounded.append([cue.value, level, volume]))
    player.effect_playing_changed.connect(effect_playing.append)

    report = player.audibility()
    player.play(AlarmKind.REMOVE_PACK, 1)
    if report.audible:
        loop = QEventLoop()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        player.effect_playing_changed.connect(loop.quit)
        deadline.start(5000)
        while True not in effect_playing and deadline.isActive():
            loop.exec()
    for level in range(2, 6):
        player.set_level(level)
        player.repeat_timer.timeout.emit()
    repeat_ms = player.repeat_timer.interval()
    player.stop()
    return {
        "audible": report.audible,
        "reason": report.reason,
        "multimedia_loaded": "PySide6.QtMultimedia" in sys.modules,
        "effect_playing": effect_playing,
        "sounded": sounded,
        "fallbacks": fallbacks,
        "repeat_ms": repeat_ms,
        "still_playing": player.playing,
    }


if __name__ == "__main__":
    print(json.dumps(probe()))
