"""Screenshots of every screen of the real app, offscreen, at 1280×800 (or ``--size``).

    .venv/bin/python -m tools.screenshots [--out DIR] [--themes light,dark,high-contrast]
                                          [--scales 100,200] [--language en|de]

Each run builds the app on a fake clock in a temporary data folder with a little history,
walks through the screens a person sees (first start, Today, the plan, the exercises and
their player, a reminder, the session set-up, the timer,
a skin check, the end alarm, aftercare, a stop, settings, then a demo person's history,
all their records and the reports) and saves one PNG per screen, theme
and text size. The README's screenshot is ``today-light-100.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSize
from PySide6.QtWidgets import QApplication

from coldcare.app import ColdCareApp, Devices
from coldcare.domain.exercises import Exercise
from coldcare.domain.localtime import local_date
from coldcare.domain.plan import ItemKind, OccurrenceLog, PlanItem, SkipReason
from coldcare.domain.records import Profile
from coldcare.domain.safety import ColdRequest
from coldcare.domain.session import AfterAnswer
from coldcare.domain.signs import SkinLook
from coldcare.domain.vocabulary import Barrier, BodySite, Modality
from coldcare.services.reminders import Reminder
from coldcare.services.wake import ApschedulerWake
from coldcare.ui.i18n import install_translations
from tests.fakes import FakeClock
from tests.ui.app_rig import FakeAlarm, FakeKeepAwake, FakeVoice
from tools.preview_common import write_png

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 3, 3, 13, 5, tzinfo=UTC)  # a Tuesday, 14:05 in Berlin


def _tick(app: ColdCareApp, clock: FakeClock, minutes: float) -> None:
    for _ in range(round(minutes * 60)):
        clock.advance(1)
        driver = app.controller.session_clock
        if driver is None:
            return
        driver.tick_timer.timeout.emit()


def _history(app: ColdCareApp, clock: FakeClock, profile: Profile) -> None:
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


def _plan(app: ColdCareApp, clock: FakeClock, profile: Profile) -> None:
    """A weekly plan with today's items done, skipped, due and upcoming."""
    assert profile.id is not None
    library = {e.builtin_key: e for e in app.repositories.exercises.exercises()}
    knee, shoulder = library["knee-heel-slide"], library["shoulder-pendulum"]
    today = local_date(clock.now(), BERLIN)
    every_day, weekdays = frozenset(range(7)), frozenset(range(5))

    def cold(label: str, at: time, site: str, minutes: int) -> PlanItem:
        return PlanItem(
            profile.id or 0, ItemKind.COLD, label, every_day, at, today,
            site=BodySite.parse(site), modality=Modality.GEL_PACK,
            barrier=Barrier.DAMP_CLOTH, minutes=minutes,
        )  # fmt: skip

    def exercise(label: str, at: time, chosen: Exercise) -> PlanItem:
        return PlanItem(
            profile.id or 0, ItemKind.EXERCISE, label, weekdays, at, today, exercise_id=chosen.id
        )

    items = app.repositories.plan.save_plan(
        profile.id,
        [
            exercise("Knee exercises", time(9, 0), knee),
            cold("Ice the left knee", time(9, 0), "knee-left", 15),
            exercise("Shoulder exercises", time(12, 0), shoulder),
            cold("Cool the lower back", time(13, 30), "lower-back", 15),
            cold("Ice the left knee, evening", time(19, 0), "knee-left", 15),
        ],
    )
    first, _, second, *_ = items
    for item, change in (
        (first, {"done_at": clock.now() - timedelta(hours=4)}),
        (second, {"skip_reason": SkipReason.TOO_MUCH_PAIN, "skip_note": "sore after lunch"}),
    ):
        assert item.id is not None
        app.repositories.plan.save_log(OccurrenceLog(profile.id, item.id, today, **change))
    app.reminders.rearm()


def _plan_scenes(app: ColdCareApp, clock: FakeClock) -> list[tuple[str, Callable[[], None]]]:
    """The plan, the exercise library and its player, and a reminder on Today."""

    def plan() -> None:
        app.window.show_page("plan")

    def exercises() -> None:
        app.window.show_page("exercises")

    def player() -> None:
        chosen = app.exercises_page.selected() or app.repositories.exercises.exercises()[0]
        app.play(chosen, None)
        clock.advance(8)
        app.player.timer.timeout.emit()

    def reminder() -> None:
        app.player.finished.emit(None)
        app.window.show_page("today")
        profile = app.state.profile
        assert profile is not None
        item = next(i for i in app.plan_page.items() if i.kind is ItemKind.COLD and i.at.hour > 13)
        assert profile.id is not None
        assert item.id is not None
        app.flow.show_reminder(
            Reminder(profile.id, profile.name, item.id, local_date(clock.now(), BERLIN),
                     item.label, clock.now(), heads_up=False, snoozes_left=3)
        )  # fmt: skip

    return [
        ("plan", plan),
        ("exercises", exercises),
        ("exercise-player", player),
        ("reminder", reminder),
    ]


def _scenes(app: ColdCareApp, clock: FakeClock) -> list[tuple[str, Callable[[], None]]]:
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

    def session_start() -> None:
        app.reminder_bar.clear_reminder()
        choose_site()

    return [
        ("today", lambda: None),
        *_plan_scenes(app, clock),
        ("session-1-where", session_start),
        ("session-2-what", choose_pack),
        ("session-3-checks", checklist),
        ("session-running", running),
        ("session-skin-check", skin_check),
        ("session-alarm", alarm),
        ("session-aftercare", aftercare),
        ("session-stopped", stopped),
        ("settings", settings),
        *_insight_scenes(app, clock),
    ]


def _insight_scenes(app: ColdCareApp, clock: FakeClock) -> list[tuple[str, Callable[[], None]]]:
    """A demo person's 90 days: History, all their records, the Reports page."""

    def history() -> None:
        from coldcare.cli.demo import create_demo  # noqa: PLC0415

        create_demo(app.storage, clock.now(), BERLIN, 90, 1)
        demo = next(p for p in app.repositories.profiles.list_profiles() if p.name == "Demo")
        app.state.set_profile(demo)
        app.window.show_page("history")

    def records() -> None:
        app.history.tabs.setCurrentIndex(1)

    def reports() -> None:
        app.window.show_page("reports")

    return [("history", history), ("history-records", records), ("reports", reports)]


def shoot(qapp: QApplication, out: Path, theme: str, scale: int, size: QSize) -> None:
    """Every screen in one palette and text size, the window ``size`` large."""
    clock = FakeClock(START)
    with tempfile.TemporaryDirectory() as folder:
        devices = Devices(FakeAlarm(), FakeVoice(), (), FakeKeepAwake(), ApschedulerWake())
        app = ColdCareApp(qapp, Path(folder), clock, BERLIN, devices)
        app.state.set_theme(theme)
        app.state.set_text_scale(scale)
        started = QEventLoop()
        app.ready.connect(started.quit)
        app.start()
        app.window.resize(size)  # after the start, which restores the last size or its own
        app.after_first_paint()
        started.exec()  # the start-up's second half runs a step a turn
        suffix = f"{theme}-{scale}"
        write_png(app.window, out / f"first-start-{suffix}.png")
        profile = Profile("Anna", 1954, screening_answered_at=clock.now())
        saved = app.state.save_profile(profile)
        app.setup_page.finished.emit(saved)
        _history(app, clock, saved)
        _plan(app, clock, saved)
        app.today.refresh()
        for name, act in _scenes(app, clock):
            act()
            write_png(app.window, out / f"{name}-{suffix}.png")
        app.shutdown()
        app.window.close()
        app.window.deleteLater()


def _size(text: str) -> QSize:
    """``WIDTHxHEIGHT`` in pixels, such as ``900x600`` (the window's smallest)."""
    width, _, height = text.partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, such as 900x600")
    return QSize(int(width), int(height))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/coldcare-shots"))
    parser.add_argument("--themes", default="light,dark,high-contrast")
    parser.add_argument("--scales", default="100,200")
    parser.add_argument("--language", choices=("en", "de"), default="en")
    parser.add_argument("--size", type=_size, default="1280x800", help="the window, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    install_translations(qapp, args.language)
    for theme in args.themes.split(","):
        for scale in (int(s) for s in args.scales.split(",")):
            shoot(qapp, args.out, theme, scale, args.size)
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
