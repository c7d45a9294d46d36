"""Screenshots of every screen of the real app, offscreen, at 1280×800.

    .venv/bin/python -m tools.screenshots [--out DIR] [--themes light,dark,high-contrast]
                                          [--scales 100,200]

Each run builds the app on a fake clock in a temporary data folder with a little history,
walks through the screens a person sees (first start, Today, the session set-up, the timer,
a skin check, the end alarm, aftercare, a stop, settings) and saves one PNG per screen, theme
and text size. The README's screenshot is ``today-light-100.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from coldcare.app import ColdCareApp, Devices
from coldcare.domain.records import Profile
from coldcare.domain.safety import ColdRequest
from coldcare.domain.session import AfterAnswer, AlarmKind
from coldcare.domain.signs import SkinLook
from coldcare.domain.vocabulary import Barrier, BodySite, Modality
from coldcare.services.sound import Audibility

BERLIN = ZoneInfo("Europe/Berlin")


class ToolClock:
    """A clock that moves only when told (Tuesday 14:05 in Berlin at the start)."""

    def __init__(self) -> None:
        self._now = datetime(2026, 3, 3, 13, 5, tzinfo=UTC)
        self._monotonic = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
        self._monotonic += seconds


@dataclass
class Quiet:
    """Sound, voice and keep-awake that do nothing (screenshots are silent)."""

    said: list[str] = field(default_factory=list)

    def play(self, kind: AlarmKind, level: int) -> None:
        pass

    def stop(self) -> None:
        pass

    def preload(self) -> None:
        pass

    def audibility(self) -> Audibility:
        return Audibility(True)

    def test_alarm(self) -> Audibility:
        return Audibility(True)

    def set_base_volume(self, base_volume: float) -> None:
        pass

    def say(self, text: str) -> None:
        self.said.append(text)

    def available(self) -> bool:
        return True

    def unavailable_reason(self) -> str:
        return ""

    def set_enabled(self, enabled: bool) -> None:
        pass

    def acquire(self, reason: str = "") -> bool:
        return True

    def release(self) -> None:
        pass


def _tick(app: ColdCareApp, clock: ToolClock, minutes: float) -> None:
    for _ in range(round(minutes * 60)):
        clock.advance(1)
        driver = app.controller.session_clock
        if driver is None:
            return
        driver.tick_timer.timeout.emit()


def _history(app: ColdCareApp, clock: ToolClock, profile: Profile) -> None:
    """Two sessions earlier today, so Today has something to show."""
    clock.advance(-4 * 3600)
    for site, minutes, pain_after in (("lower-back", 15, 3), ("knee-left", 12, 4)):
        request = ColdRequest(BodySite.parse(site), Modality.GEL_PACK, Barrier.DAMP_CLOTH)
        app.controller.start(profile, request, planned_minutes=minutes, pain_before=6)
        _tick(app, clock, minutes)
        app.controller.take_pack_off()
        app.controller.finish_aftercare(AfterAnswer(SkinLook.NORMAL, pain_after))
        clock.advance(3600)
    clock.advance(4 * 3600 - 2 * 3600 - 27 * 60)


def _save(widget: QWidget, out: Path, name: str) -> None:
    # Wrapped text needs a few layout passes (height follows width) before it settles.
    for _ in range(5):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))


def _scenes(app: ColdCareApp, clock: ToolClock) -> list[tuple[str, Callable[[], None]]]:
    page = app.session_page
    setup, run = page.setup, page.run

    def choose_site() -> None:
        app.open_session()
        setup.sites.set_site(BodySite.parse("knee-right"))
        setup.sites.site_chosen.emit(BodySite.parse("knee-right"))

    def choose_pack() -> None:
        setup.next.click()
        setup.modalities.button(Modality.GEL_PACK).click()

    def checklist() -> None:
        setup.next.click()
        for grid in setup.checklist.values():
            grid.button(True).click()
        setup.pain.buttons()[6].click()

    def running() -> None:
        setup.next.click()
        _tick(app, clock, 2.3)

    def skin_check() -> None:
        _tick(app, clock, 2.8)

    def alarm() -> None:
        card = run.skin_card
        card.look.button(SkinLook.NORMAL).click()
        card.sensation.buttons()[2].click()
        card.pain.buttons()[1].click()
        card.done_button.click()
        _tick(app, clock, 10)

    def aftercare() -> None:
        run.acknowledge.click()
        run.after_look.button(SkinLook.NORMAL).click()
        run.after_pain.buttons()[3].click()

    def stopped() -> None:
        run.finish.click()
        clock.advance(3 * 3600)
        profile = app.state.profile
        assert profile is not None
        app.controller.start(
            profile,
            ColdRequest(BodySite.parse("shoulder-left"), Modality.ICE_BAG, Barrier.DAMP_CLOTH),
        )
        app.open_session()
        _tick(app, clock, 5)
        from coldcare.domain.signs import StopSign  # noqa: PLC0415

        app.controller.stop_for_signs(frozenset({StopSign.NUMBNESS}))

    def settings() -> None:
        run.done.emit()
        app.window.show_page("settings")

    return [
        ("today", lambda: None),
        ("session-1-where", choose_site),
        ("session-2-what", choose_pack),
        ("session-3-checks", checklist),
        ("session-running", running),
        ("session-skin-check", skin_check),
        ("session-alarm", alarm),
        ("session-aftercare", aftercare),
        ("session-stopped", stopped),
        ("settings", settings),
    ]


def shoot(qapp: QApplication, out: Path, theme: str, scale: int) -> None:
    """Every screen in one palette and text size."""
    clock = ToolClock()
    quiet = Quiet()
    with tempfile.TemporaryDirectory() as folder:
        app = ColdCareApp(qapp, Path(folder), clock, BERLIN, Devices(quiet, quiet, (), quiet))
        app.state.set_theme(theme)
        app.state.set_text_scale(scale)
        app.window.resize(1280, 800)
        app.start()
        app.after_first_paint()
        suffix = f"{theme}-{scale}"
        _save(app.window, out, f"first-start-{suffix}")
        profile = Profile("Anna", 1954, screening_answered_at=clock.now())
        saved = app.state.save_profile(profile)
        app.setup_page.finished.emit(saved)
        _history(app, clock, saved)
        app.today.refresh()
        for name, act in _scenes(app, clock):
            act()
            _save(app.window, out, f"{name}-{suffix}")
        app.shutdown()
        app.window.close()
        app.window.deleteLater()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/coldcare-shots"))
    parser.add_argument("--themes", default="light,dark,high-contrast")
    parser.add_argument("--scales", default="100,200")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    for theme in args.themes.split(","):
        for scale in (int(s) for s in args.scales.split(",")):
            shoot(qapp, args.out, theme, scale)
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
