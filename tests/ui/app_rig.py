"""The whole app from app.py on a fake clock, with recording fakes for sound, speech,
keep-awake and wake-ups; and the steps UI tests share (a profile, a session set up)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coldcare.app import ColdCareApp, Devices
from coldcare.domain.records import Profile
from coldcare.domain.session import AlarmKind
from coldcare.domain.signs import PainChange, Sensation, SkinLook
from coldcare.domain.vocabulary import Barrier, BodySite, Modality
from coldcare.services.sound import Audibility, Cue, SoundProblem
from tests.fakes import FakeClock, HandWake

BERLIN = ZoneInfo("Europe/Berlin")
LEFT_KNEE = BodySite.parse("knee-left")


@dataclass
class FakeAlarm:
    """Records what would sound."""

    playing: tuple[AlarmKind, int] | None = None
    history: list[tuple[AlarmKind, int]] = field(default_factory=list)
    audible: bool = True
    once: list[Cue] = field(default_factory=list)

    def play(self, kind: AlarmKind, level: int) -> None:
        self.playing = (kind, level)
        self.history.append((kind, level))

    def stop(self) -> None:
        self.playing = None

    def preload(self) -> None:
        pass

    def audibility(self) -> Audibility:
        return Audibility(True) if self.audible else Audibility(False, SoundProblem.NO_OUTPUT)

    def test_alarm(self) -> Audibility:
        return self.audibility()

    def set_base_volume(self, base_volume: float) -> None:
        pass

    def play_once(self, kind: Cue, level: int = 1) -> bool:
        self.once.append(kind)
        return self.audible


@dataclass
class FakeVoice:
    said: list[str] = field(default_factory=list)

    def say(self, text: str) -> None:
        self.said.append(text)

    def available(self) -> bool:
        return True

    def unavailable_reason(self) -> str:
        return ""

    def set_enabled(self, enabled: bool) -> None:
        pass


@dataclass
class FakeKeepAwake:
    held: bool = False

    def acquire(self, reason: str = "") -> bool:
        self.held = True
        return True

    def release(self) -> None:
        self.held = False


@dataclass
class Rig:
    app: ColdCareApp
    clock: FakeClock
    alarm: FakeAlarm
    voice: FakeVoice
    awake: FakeKeepAwake
    wake: HandWake

    def tick(self, minutes: float) -> None:
        """Let ``minutes`` pass with a tick each second, as the session clock does."""
        for _ in range(round(minutes * 60)):
            self.clock.advance(1)
            driver = self.app.controller.session_clock
            if driver is None:
                return
            driver.tick_timer.timeout.emit()


def make_rig(qapp: QApplication, folder: Path, clock: FakeClock) -> Rig:
    alarm, voice, awake, wake = FakeAlarm(), FakeVoice(), FakeKeepAwake(), HandWake(clock)
    app = ColdCareApp(qapp, folder, clock, BERLIN, Devices(alarm, voice, (), awake, wake))
    return Rig(app, clock, alarm, voice, awake, wake)


def dispose(rig: Rig) -> None:
    """Quit as the app does: services off, then the window closes without asking."""
    rig.app.shutdown()
    rig.app.window.close()
    rig.app.window.deleteLater()


def with_profile(rig: Rig, **changes: object) -> Profile:
    """Anna, 45, health questions answered today, shown on Today."""
    profile = Profile("Anna", 1981, screening_answered_at=rig.clock.now())
    return rig.app.state.save_profile(dataclasses.replace(profile, **changes))  # type: ignore[arg-type]


def started(rig: Rig, qtbot: QtBot) -> None:
    with qtbot.waitSignal(rig.app.ready):
        rig.app.start()


def set_up_session(rig: Rig, qtbot: QtBot, site: BodySite = LEFT_KNEE) -> None:
    """Through the three set-up steps up to (not pressing) "Start the timer"."""
    qtbot.mouseClick(rig.app.today.start, Qt.MouseButton.LeftButton)
    setup = rig.app.session_page.setup
    assert rig.app.window.current_key() == "session"
    view = setup.sites.front
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.site_rect(site).center().toPoint())
    assert setup.sites.site() == site
    qtbot.mouseClick(setup.next, Qt.MouseButton.LeftButton)
    setup.modalities.button(Modality.GEL_PACK).click()
    assert setup.barriers.value() is Barrier.DAMP_CLOTH
    qtbot.mouseClick(setup.next, Qt.MouseButton.LeftButton)
    for grid in setup.checklist.values():
        grid.button(True).click()
    setup.pain.buttons()[6].click()


def start_timer(rig: Rig, qtbot: QtBot) -> None:
    setup = rig.app.session_page.setup
    assert setup.next.isEnabled()
    qtbot.mouseClick(setup.next, Qt.MouseButton.LeftButton)
    assert rig.app.controller.active


def answer_skin_check(rig: Rig, look: SkinLook = SkinLook.NORMAL) -> None:
    card = rig.app.session_page.run.skin_card
    card.look.button(look).click()
    card.sensation.button(Sensation.ACHING).click()
    card.pain.button(PainChange.SAME).click()
    card.done_button.click()
