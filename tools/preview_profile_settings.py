"""Render the first-start set-up and the settings page offscreen, for looking at them.

    .venv/bin/python tools/preview_profile_settings.py [OUT_DIR]

Writes PNGs (default folder: /tmp/coldcare-preview-profile) at 1280 × 800 in the light, dark and
high-contrast palettes at 100 % and 200 % text: each set-up step (empty, then with a
problem shown), the settings page (after an alarm test on a computer without speakers and one
change, so the "Saved" line shows), the edit-profile dialog (the offscreen screen is 800 px
wide: a narrow-window test at 200 %), and each page's whole scrolling content as one tall
image (to spot clipping below the fold). Nothing is stored: the profiles and settings live
in memory.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import MappingProxyType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from coldcare.domain.records import Clearance, EnteredBy, Profile
from coldcare.domain.vocabulary import (
    BodySite,
    Condition,
    Finding,
    Side,
    Site,
)
from coldcare.ui.pages.profile_setup import ProfileSetupPage
from coldcare.ui.pages.settings_page import ProfileEditDialog, SettingsPage
from tests.fakes import FakeClock
from tools.preview_common import Look, memory_state, render_looks, save, save_content, styled_window

DEFAULT_OUT = Path("/tmp/coldcare-preview-profile")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class SilentAlarm:
    """An alarm on a computer without speakers."""

    class Report:
        audible = False
        reason = "no audio output device"

    def test_alarm(self) -> SilentAlarm.Report:
        return self.Report()

    def set_base_volume(self, base_volume: float) -> None:
        del base_volume


class MuteVoice:
    """A computer without a speech engine."""

    def available(self) -> bool:
        return False

    def unavailable_reason(self) -> str:
        return "no speech engine on this computer"

    def say(self, text: str) -> None:
        del text

    def set_enabled(self, enabled: bool) -> None:
        del enabled


def sample_profile() -> Profile:
    """Anna, looked after by Tom, with answers that show every part of the summary."""
    return Profile(
        name="Anna Becker",
        birth_year=1954,
        conditions=frozenset({Condition.DIABETES, Condition.RAYNAUDS, Condition.HYPERTENSION}),
        clearances=(Clearance(Condition.RAYNAUDS, date(2025, 11, 4), "Dr Weber"),),
        site_findings=MappingProxyType(
            {BodySite(Site.KNEE, Side.LEFT): frozenset({Finding.NO_FEELING})}
        ),
        personal_max_minutes=12,
        entered_by=EnteredBy.CAREGIVER,
        entered_by_name="Tom Becker",
        screening_answered_at=NOW - timedelta(days=200),
    )


def render_setup(app: QApplication, out: Path, look: Look) -> None:
    """Each set-up step, empty and then with its problems shown."""
    tag = look.tag
    state = memory_state(app, FakeClock(NOW))
    window = styled_window(state, look)
    page = ProfileSetupPage(state)
    window.add_hidden_page("setup", lambda: page)
    window.show_page("setup")
    window.set_full_window(True)
    window.show()
    for step in range(3):
        page.show_step(step)
        save(window, out / f"setup-{step + 1}-{tag}.png")
        save_content(page, out / f"setup-{step + 1}-content-{tag}.png")
    page.show_step(0)
    page.next_button.click()
    save(window, out / f"setup-1-problem-{tag}.png")
    page.form.name_edit.setText("Anna")
    page.form.birth_year.set_year(1954)
    page.next_button.click()
    page.form.question(Condition.COLD_URTICARIA).answer.button(False).click()
    page.next_button.click()
    save(window, out / f"setup-2-problem-{tag}.png")
    window.close()


def render_settings(app: QApplication, out: Path, look: Look) -> None:
    """The settings page, its whole content, and the edit dialog."""
    tag = look.tag
    state = memory_state(app, FakeClock(NOW), [sample_profile()])
    window = styled_window(state, look)
    page = SettingsPage(state, SilentAlarm(), MuteVoice())
    window.add_page("settings", "Profile & settings", "settings", lambda: page)
    window.show_page("settings")
    window.show()
    page.test_alarm()
    page.notifications.setChecked(False)
    save(window, out / f"settings-{tag}.png")
    save_content(page, out / f"settings-content-{tag}.png")
    dialog = ProfileEditDialog(state, window)
    dialog.show()
    save(dialog, out / f"edit-dialog-{tag}.png")
    save_content(dialog, out / f"edit-dialog-content-{tag}.png")
    dialog.done(0)
    window.close()


def main(argv: Sequence[str]) -> int:
    """Render every page in every palette and text size."""
    return render_looks(argv, DEFAULT_OUT, render_setup, render_settings)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
