"""Test-suite set-up: offscreen Qt, a private runtime folder, Hypothesis profiles.

This runs before any test module imports Qt, so the environment is fixed here, not by the
person running the tests.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

from tests.fakes import FakeClock

if TYPE_CHECKING:
    from coldcare.storage.database import Storage

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# A short private runtime folder: Qt warns about a missing or shared XDG_RUNTIME_DIR (and
# Unix socket paths are limited to about 108 bytes).
_RUNTIME = tempfile.mkdtemp(prefix="cc-rt-")
os.chmod(_RUNTIME, 0o700)
atexit.register(shutil.rmtree, _RUNTIME, ignore_errors=True)
os.environ["XDG_RUNTIME_DIR"] = _RUNTIME
# A private config folder: the settings page reads (and a test may write) the login entry in
# $XDG_CONFIG_HOME/autostart, which must never be the person's own.
_CONFIG = tempfile.mkdtemp(prefix="cc-config-")
atexit.register(shutil.rmtree, _CONFIG, ignore_errors=True)
os.environ["XDG_CONFIG_HOME"] = _CONFIG
# QtMultimedia probes for pipewire, VA-API and PulseAudio and logs each miss as a warning.
os.environ["QT_LOGGING_RULES"] = "qt.multimedia.*=false;qt.qpa.*.warning=false"

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, max_examples=150)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock at Monday 2 March 2026, 09:00 UTC."""
    return FakeClock()


@pytest.fixture
def storage(tmp_path: Path, clock: FakeClock) -> Iterator[Storage]:
    """A fresh ColdCare database in a temporary data folder, on the fake clock."""
    from coldcare.storage.database import open_storage  # noqa: PLC0415 - after the Qt set-up

    with open_storage(tmp_path / "data", clock) as opened:
        yield opened
