"""What the plan screens' tests share: ColdCare's own stores in a temporary folder, Anna (45,
so a knee rests 60 minutes after cold), her plan, and a session controller with app_rig.py's
recording sound, voice and keep-awake and notices in the window only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from coldcare.app import sqlite_repositories
from coldcare.domain.exercises import Exercise
from coldcare.domain.plan import ItemKind, OccurrenceLog, PlanItem
from coldcare.domain.records import Profile
from coldcare.domain.vocabulary import Barrier, BodySite, Modality
from coldcare.services.notify import Channel, Notification
from coldcare.services.safety_desk import SafetyDesk
from coldcare.services.session_controller import Outputs, SessionController, Stores
from coldcare.services.suspend import SuspendDetector
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.repositories import SqliteTransactions
from coldcare.ui.pages.plan_item_dialog import PlanItemDialog
from coldcare.ui.state import AppState
from tests.fakes import FakeClock
from tests.ui.app_rig import BERLIN, LEFT_KNEE, FakeAlarm, FakeKeepAwake, FakeVoice

LOWER_BACK = BodySite.parse("lower-back")
EVERY_DAY = frozenset(range(7))


class InAppNotices:
    """The notifier chain with only the in-app banner."""

    def notify(self, notification: Notification) -> Channel:
        del notification
        return Channel.IN_APP


@dataclass
class PlanRig:
    """Anna's data on disk, the app state showing her, and the session services."""

    storage: Storage
    state: AppState
    clock: FakeClock
    desk: SafetyDesk
    controller: SessionController

    @property
    def profile(self) -> Profile:
        profile = self.state.profile
        assert profile is not None
        return profile

    @property
    def profile_id(self) -> int:
        assert self.profile.id is not None
        return self.profile.id

    def saved_plan(self) -> list[PlanItem]:
        """The plan as stored, by time and position."""
        return list(self.state.repositories.plan.plan_items(self.profile_id))

    def save_plan(self, *items: PlanItem) -> list[PlanItem]:
        """Store ``items`` as Anna's whole plan (no check: the tests choose safe plans)."""
        return list(self.state.repositories.plan.save_plan(self.profile_id, items))

    def save_log(self, item: PlanItem, day: date, **facts: object) -> OccurrenceLog:
        """Store what became of ``item`` on ``day``."""
        assert item.id is not None
        log = OccurrenceLog(self.profile_id, item.id, day, **facts)  # type: ignore[arg-type]
        return self.state.repositories.plan.save_log(log)

    def exercise(self, key: str) -> Exercise:
        """A starter exercise by its key."""
        every = self.state.repositories.exercises.exercises()
        return next(e for e in every if e.builtin_key == key)

    def close(self) -> None:
        self.controller.shutdown()
        self.storage.close()


def make_rig(qapp: QApplication, folder: Path, clock: FakeClock) -> PlanRig:
    """Anna, 45, health questions answered today, with an empty plan."""
    storage = open_storage(folder, clock)
    repositories = sqlite_repositories(storage)
    state = AppState(qapp, repositories, clock, BERLIN)
    state.save_profile(Profile("Anna", 1981, screening_answered_at=clock.now()))
    desk = SafetyDesk(repositories.sessions, repositories.events, BERLIN)
    stores = Stores(
        SqliteTransactions(storage),
        repositories.profiles,
        repositories.sessions,
        repositories.pain,
        repositories.events,
    )
    outputs = Outputs(FakeAlarm(), FakeVoice(), InAppNotices(), FakeKeepAwake())
    controller = SessionController(clock, stores, desk, outputs, SuspendDetector(clock))
    return PlanRig(storage, state, clock, desk, controller)


def cold_item(
    profile_id: int,
    label: str,
    at: time,
    *,
    site: BodySite = LEFT_KNEE,
    modality: Modality = Modality.GEL_PACK,
    minutes: int = 15,
    position: int = 0,
    start: date = date(2026, 3, 1),
) -> PlanItem:
    """A cold item every day from 1 March 2026 (a gel pack with a damp cloth)."""
    return PlanItem(
        profile_id,
        ItemKind.COLD,
        label,
        EVERY_DAY,
        at,
        start,
        position=position,
        site=site,
        modality=modality,
        barrier=Barrier.DAMP_CLOTH if modality.is_pack else Barrier.NONE,
        minutes=minutes,
    )


def exercise_item(
    profile_id: int, label: str, at: time, exercise: Exercise, *, position: int = 0
) -> PlanItem:
    """An exercise item every day from 1 March 2026."""
    return PlanItem(
        profile_id,
        ItemKind.EXERCISE,
        label,
        EVERY_DAY,
        at,
        date(2026, 3, 1),
        position=position,
        exercise_id=exercise.id,
    )


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def fill_cold(
    dialog: PlanItemDialog,
    *,
    name: str,
    at: time,
    minutes: int,
    days: tuple[int, ...] = (0,),
    site: str = "knee-left",
    modality: Modality = Modality.GEL_PACK,
) -> None:
    """Choose what, where, how long, the days and the time, as a person would."""
    choose(dialog.site, site)
    choose(dialog.modality, modality.value)
    dialog.minutes.setValue(minutes)
    dialog.name_edit.clear()
    QtBot.keyClicks(dialog.name_edit, name)
    for day in days:
        dialog.days.button(day).click()
    dialog.time.hour.setValue(at.hour)
    dialog.time.minute.setValue(at.minute)
