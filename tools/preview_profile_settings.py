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
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar, cast

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from coldcare.domain.records import Clearance, EnteredBy, Profile
from coldcare.domain.settings import Setting
from coldcare.domain.vocabulary import (
    BodySite,
    Condition,
    Finding,
    Side,
    Site,
)
from coldcare.ui.main_window import MainWindow
from coldcare.ui.pages.profile_setup import ProfileSetupPage
from coldcare.ui.pages.settings_page import ProfileEditDialog, SettingsPage
from coldcare.ui.state import AppState, Repositories

T = TypeVar("T")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SIZE = (1280, 800)


class FixedClock:
    """Always Monday 2 March 2026, 09:00 UTC."""

    def now(self) -> datetime:
        return NOW

    def monotonic(self) -> float:
        return 0.0


class MemoryProfiles:
    """Profiles kept in a dict."""

    def __init__(self, profiles: Sequence[Profile] = ()) -> None:
        self._rows: dict[int, Profile] = {}
        for profile in profiles:
            self.save_profile(profile)

    def list_profiles(self) -> list[Profile]:
        return sorted(self._rows.values(), key=lambda p: p.name)

    def get_profile(self, profile_id: int) -> Profile | None:
        return self._rows.get(profile_id)

    def save_profile(self, profile: Profile) -> Profile:
        saved = replace(profile, id=profile.id or len(self._rows) + 1)
        assert saved.id is not None
        self._rows[saved.id] = saved
        return saved


class MemorySettings:
    """Settings kept in a dict, validated like the real store."""

    def __init__(self) -> None:
        self._values: dict[str, object] = {}

    def get(self, setting: Setting[T]) -> T:
        return cast(T, self._values.get(setting.name, setting.default))

    def set(self, setting: Setting[T], value: T) -> None:
        setting.validate(setting.to_json(value))
        self._values[setting.name] = value


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


def make_state(app: QApplication, profiles: Sequence[Profile]) -> AppState:
    """An app state on memory stores."""
    none = cast(Any, None)
    repositories = Repositories(
        profiles=MemoryProfiles(profiles),
        sessions=none,
        pain=none,
        events=none,
        visits=none,
        settings=MemorySettings(),
    )
    return AppState(app, repositories, FixedClock(), UTC)


def save(widget: QWidget, path: Path) -> None:
    """Lay out, paint and write ``widget`` as a PNG."""
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def save_content(page: QWidget, path: Path) -> None:
    """The whole scrolling content of ``page`` as one tall image."""
    for scroll in page.findChildren(QScrollArea):
        content = scroll.widget()
        if content is None or not content.isVisibleTo(page):
            continue
        width = scroll.viewport().width()
        height = max(content.heightForWidth(width), content.sizeHint().height())
        scroll.setWidgetResizable(False)
        content.resize(width, height)
        save(content, path)
        scroll.setWidgetResizable(True)
        return


def render_setup(app: QApplication, out: Path, tag: str, theme: str, scale: int) -> None:
    """Each set-up step, empty and then with its problems shown."""
    state = make_state(app, [])
    state.set_theme(theme)
    state.set_text_scale(scale)
    window = MainWindow(state)
    page = ProfileSetupPage(state)
    window.add_hidden_page("setup", page)
    window.show_page("setup")
    window.set_full_window(True)
    window.resize(*SIZE)
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


def render_settings(app: QApplication, out: Path, tag: str, theme: str, scale: int) -> None:
    """The settings page, its whole content, and the edit dialog."""
    state = make_state(app, [sample_profile()])
    state.set_theme(theme)
    state.set_text_scale(scale)
    window = MainWindow(state)
    page = SettingsPage(state, SilentAlarm(), MuteVoice())
    window.add_page("settings", "Profile & settings", "settings", page)
    window.show_page("settings")
    window.resize(*SIZE)
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
    out = Path(argv[1]) if len(argv) > 1 else Path("/tmp/coldcare-preview-profile")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    for theme in ("light", "dark", "high-contrast"):
        for scale in (100, 200):
            tag = f"{theme}-{scale}"
            render_setup(app, out, tag, theme, scale)
            render_settings(app, out, tag, theme, scale)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
