"""Render the Plan page, its item dialog, Today's plan, the reminder bar and the planned set-up.

    .venv/bin/python -m tools.preview_plan [OUT_DIR]

Writes PNGs (default folder: /tmp/preview_plan) at 1280 × 800 in the light and dark palettes
at 100 % and 200 % text:

- ``plan-*``: a realistic weekly plan (knee exercises at 09:00, then ice on the left knee;
  a bridge at 13:00; cold on the lower back at 18:00; an evening knee pack until a set day);
- ``dialog-cold-*``, ``dialog-exercise-*``: adding items; ``dialog-refused-*``: a second
  20-minute gel pack on the left knee 30 minutes after the first, refused (and its whole
  scrolling content as ``dialog-refused-content-*``);
- ``today-*``: Today's plan with every status (done, missed, due, upcoming, skipped);
- ``reminder-*``: the bar over Today with a due reminder and the missed list, a heads-up, and
  a reminder that cannot be put off again;
- ``setup-sleep-*``: the set-up's last step, pre-filled from the plan, inside the sleep hours.

Everything lives in a temporary data folder; the clock moves only when told.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from coldcare.domain.plan import PlanItem, SkipReason
from coldcare.domain.vocabulary import Modality
from coldcare.ui.main_window import MainWindow
from coldcare.ui.pages.plan_item_dialog import PlanItemDialog
from coldcare.ui.pages.plan_page import PlanPage
from coldcare.ui.pages.session_setup import SessionSetup
from coldcare.ui.pages.today_page import TodayPage
from coldcare.ui.widgets.reminder_bar import ReminderBar, ReminderView
from tests.fakes import FakeClock
from tests.ui.plan_fakes import LOWER_BACK, PlanRig, cold_item, exercise_item, make_rig
from tools.preview_common import Look, render_looks, save, save_content, styled_window

DEFAULT_OUT = Path("/tmp/preview_plan")
# Monday 2 March 2026, 09:40 in Berlin.
START = datetime(2026, 3, 2, 8, 40, tzinfo=UTC)
MONDAY = date(2026, 3, 2)
WEEKDAYS = frozenset(range(5))


def realistic_plan(rig: PlanRig) -> list[PlanItem]:
    """Anna's week: exercises then ice in the morning, a bridge, the back, an evening pack."""
    who = rig.profile_id
    slide = rig.exercise("knee-heel-slide")
    bridge = rig.exercise("hip-bridge")
    return rig.save_plan(
        replace(
            exercise_item(who, "Knee exercises", time(9, 0), slide, position=0),
            weekdays=WEEKDAYS,
        ),
        replace(
            cold_item(who, "Ice the left knee", time(9, 0), position=1),
            weekdays=WEEKDAYS,
            heads_up=True,
        ),
        exercise_item(who, "Bridge", time(13, 0), bridge),
        cold_item(who, "Cool the lower back", time(18, 0), site=LOWER_BACK, minutes=15),
        replace(
            cold_item(who, "Evening knee pack", time(21, 0), minutes=10),
            end_date=date(2026, 4, 12),
        ),
    )


def styled(app: QApplication, folder: Path, look: Look) -> tuple[PlanRig, MainWindow]:
    """Anna's data in ``folder`` shown in ``look``, and a 1280 × 800 main window."""
    rig = make_rig(app, folder, FakeClock(START))
    return rig, styled_window(rig.state, look)


def render_plan(rig: PlanRig, window: MainWindow, out: Path, tag: str) -> None:
    """The Plan page, then the dialogs: a new cold item, an exercise, and a refusal."""
    page = PlanPage(rig.state)
    window.add_page("plan", "Plan", "plan", lambda: page)
    window.show_page("plan")
    window.show()
    page.choose(page.items()[1].id)
    save(window, out / f"plan-{tag}.png")
    cold = page.add_cold()
    save(cold, out / f"dialog-cold-{tag}.png")
    cold.done(0)
    exercise = page.add_exercise()
    save(exercise, out / f"dialog-exercise-{tag}.png")
    exercise.done(0)
    render_refusal(page, out, tag)


def render_refusal(page: PlanPage, out: Path, tag: str) -> None:
    """A 20-minute gel pack at 09:30 on the left knee, after the 09:00 one made 20 minutes."""
    knee = next(i for i in page.items() if i.label == "Ice the left knee")
    page.choose(knee.id)
    first = page.edit()
    assert first is not None
    first.minutes.setValue(20)
    first.save_button.click()
    second: PlanItemDialog = page.add_cold()
    second.site.setCurrentIndex(second.site.findData(knee.site.code if knee.site else ""))
    second.modality.setCurrentIndex(second.modality.findData(Modality.GEL_PACK.value))
    second.minutes.setValue(20)
    second.name_edit.setText("Knee pack before the walk")
    for day in range(5):
        second.days.button(day).click()
    second.time.hour.setValue(9)
    second.time.minute.setValue(50)
    second.save_button.click()
    save(second, out / f"dialog-refused-{tag}.png")
    save_content(second, out / f"dialog-refused-content-{tag}.png")
    second.done(0)


def with_history(rig: PlanRig) -> None:
    """A morning pack missed, the knee exercises done, the back skipped (Anna is out)."""
    early = cold_item(rig.profile_id, "Morning knee pack", time(7, 30), minutes=10)
    items = {i.label: i for i in rig.save_plan(*rig.saved_plan(), early)}
    rig.save_log(items["Knee exercises"], MONDAY, done_at=START - timedelta(minutes=32))
    rig.save_log(
        items["Cool the lower back"],
        MONDAY,
        skip_reason=SkipReason.NOT_AT_HOME,
        skip_note="dinner at my daughter's",
    )


def render_today(rig: PlanRig, window: MainWindow, out: Path, tag: str) -> TodayPage:
    """Today's plan with every status, then the reminder bar over it."""
    today = TodayPage(rig.state, rig.controller, rig.desk)
    window.add_page("today", "Today", "today", lambda: today)
    window.show_page("today")
    window.show()
    today.refresh()
    save(window, out / f"today-{tag}.png")
    return today


def render_reminders(rig: PlanRig, window: MainWindow, out: Path, tag: str) -> None:
    """The bar: due with the missed list, a heads-up, and no snoozes left."""
    bar = ReminderBar(rig.state)
    window.add_bar(bar)
    knee = next(i for i in rig.saved_plan() if i.label == "Ice the left knee")
    assert knee.id is not None
    due_at = START - timedelta(minutes=40)
    view = ReminderView(
        rig.profile_id, "Anna", knee.id, MONDAY, "Ice the left knee (15 min)", due_at=due_at
    )
    bar.show_missed([("Morning knee pack", START - timedelta(hours=2, minutes=10))])
    bar.show_reminder(view)
    save(window, out / f"reminder-due-{tag}.png")
    bar.dismiss_missed_button.click()
    bar.show_reminder(replace(view, snoozes_left=0))
    save(window, out / f"reminder-no-snooze-{tag}.png")
    bridge = replace(
        view, label="Bridge (2 × 8)", heads_up=True, due_at=START + timedelta(minutes=10)
    )
    bar.show_reminder(bridge)
    save(window, out / f"reminder-heads-up-{tag}.png")
    bar.clear_reminder()


def render_sleep_setup(rig: PlanRig, window: MainWindow, out: Path, tag: str) -> None:
    """The set-up pre-filled with the evening pack, started at 22:40 (sleep hours)."""
    evening = next(i for i in rig.saved_plan() if i.label == "Evening knee pack")
    rig.clock.jump(13 * 3600)
    setup = SessionSetup(rig.state, rig.controller, rig.desk)
    window.add_hidden_page("setup", lambda: setup)
    window.show_page("setup")
    window.set_full_window(True)
    setup.prefill(evening)
    save(window, out / f"setup-prefilled-{tag}.png")
    setup.next.click()
    setup.next.click()
    save(window, out / f"setup-sleep-{tag}.png")


def render(app: QApplication, out: Path, look: Look) -> None:
    """Every screen in one palette and text size."""
    tag = look.tag
    with tempfile.TemporaryDirectory() as folder:
        rig, window = styled(app, Path(folder) / "data", look)
        realistic_plan(rig)
        render_plan(rig, window, out, tag)
        with_history(rig)
        render_today(rig, window, out, tag)
        render_reminders(rig, window, out, tag)
        render_sleep_setup(rig, window, out, tag)
        window.close()
        window.deleteLater()
        rig.close()


def main(argv: Sequence[str]) -> int:
    """Render every screen in the light and dark palettes at 100 % and 200 % text."""
    return render_looks(argv, DEFAULT_OUT, render, themes=("light", "dark"))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
