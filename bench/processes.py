"""The parent side of the measured processes: a display to show windows on, a copy of the
heavy data for them to use, and one run of ``bench.probe`` with its figures read back."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.probe import MARK

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 600.0


@dataclass(frozen=True)
class Probed:
    """What one probe process reported, and when it was started (``time.monotonic()``)."""

    spawned: float
    figures: dict[str, object]

    def since_spawn(self, key: str) -> float:
        """Seconds from the process's start to the instant ``key``."""
        return self.number(key) - self.spawned

    def number(self, key: str) -> float:
        """A reported number."""
        value = self.figures[key]
        assert isinstance(value, int | float)
        return float(value)


@contextmanager
def display() -> Iterator[dict[str, str]]:
    """The environment of a probe: the desktop's display if there is one, else a private
    Xvfb server (a real X window, painted as on a desktop), else Qt's offscreen platform."""
    env = dict(os.environ)
    # Byte code cached, as in an installed app (kept out of the source tree).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / "bench" / "out" / "pycache")
    xvfb = shutil.which("Xvfb")
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or xvfb is None:
        env.setdefault("QT_QPA_PLATFORM", "" if env.get("DISPLAY") else "offscreen")
        yield env
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
    try:
        yield env
    finally:
        server.terminate()
        server.wait()


@contextmanager
def data_copy(folder: Path) -> Iterator[Path]:
    """A throw-away copy of the heavy data: the app migrates, backs up and writes sessions."""
    with tempfile.TemporaryDirectory(prefix="coldcare-bench-") as temporary:
        copy = Path(temporary) / "data"
        shutil.copytree(folder, copy)
        yield copy


def start(args: list[str], env: dict[str, str], python_flags: tuple[str, ...] = ()) -> Running:
    """Start ``python -m bench.probe args`` (stderr, the app's log, is kept for errors)."""
    spawned = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, *python_flags, "-m", "bench.probe", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return Running(spawned, process)


@dataclass(frozen=True)
class Running:
    """A probe process under way."""

    spawned: float
    process: subprocess.Popen[str]

    def result(self) -> Probed:
        """Wait for the probe; its figures."""
        return self.finish()[0]

    def finish(self) -> tuple[Probed, str]:
        """Wait for the probe; its figures and its standard error (raises with the latter
        when it reported nothing)."""
        out, err = self.process.communicate(timeout=TIMEOUT_S)
        for text in out.splitlines():
            if text.startswith(MARK):
                return Probed(self.spawned, json.loads(text.removeprefix(MARK))), err
        raise RuntimeError(f"the probe reported nothing (exit {self.process.returncode}):\n{err}")


def probe(args: list[str], env: dict[str, str]) -> Probed:
    """Run one probe to its end."""
    return start(args, env).result()
