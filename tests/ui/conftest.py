"""UI tests: every test starts from the light palette at 100 % text (the qapp lives all run)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from coldcare.domain.records import Profile
from coldcare.storage.database import open_storage
from coldcare.storage.repositories import (
    SqliteExerciseRepository,
    SqlitePlanRepository,
    SqliteProfileRepository,
    SqliteSettingsStore,
)
from coldcare.ui import theme
from coldcare.ui.state import AppState, Repositories
from tests.fakes import FakeClock
from tests.ui import plan_fakes
from tests.ui.app_rig import Rig, dispose, make_rig


@pytest.fixture(autouse=True)
def light_theme(qapp: QApplication) -> Iterator[None]:
    """Reset palette, font and stylesheet before and after each UI test."""
    theme.apply(qapp, theme.Appearance(theme.ThemeName.LIGHT, 100))
    yield
    # Widgets closed by the test are deleted now, so later theme changes do not restyle them.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    theme.apply(qapp, theme.Appearance(theme.ThemeName.LIGHT, 100))


@pytest.fixture
def rig(qapp: QApplication, tmp_path: Path, clock: FakeClock) -> Iterator[Rig]:
    made = make_rig(qapp, tmp_path / "data", clock)
    yield made
    dispose(made)


@pytest.fixture
def plan_rig(qapp: QApplication, tmp_path: Path, clock: FakeClock) -> Iterator[plan_fakes.PlanRig]:
    """Anna's stores on disk with an empty plan, and the session services (the plan screens)."""
    made = plan_fakes.make_rig(qapp, tmp_path / "data", clock)
    yield made
    made.close()


@pytest.fixture
def exercise_state(qapp: QApplication, tmp_path: Path, clock: FakeClock) -> Iterator[AppState]:
    """An app state on a new database with Anna as the active profile (the stores the
    exercise screens do not use are left out)."""
    with open_storage(tmp_path / "data", clock) as storage:
        profiles = SqliteProfileRepository(storage)
        profiles.save_profile(Profile("Anna", 1954))
        unused = cast(Any, None)
        repositories = Repositories(
            profiles,
            unused,
            unused,
            unused,
            unused,
            SqliteSettingsStore(storage),
            SqlitePlanRepository(storage),
            SqliteExerciseRepository(storage),
            unused,
            unused,
        )
        yield AppState(qapp, repositories, clock, ZoneInfo("UTC"))
