"""What every screen shares: whose data is shown, and how the app looks.

One :class:`AppState` is made by ``app.py`` and handed to the pages. It reads and writes the
active profile and the appearance settings, applies the appearance to the whole application,
and tells every page when either changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from coldcare.domain.clock import Clock
from coldcare.domain.ports import (
    CaregiverPinStore,
    ClinicVisitRepository,
    ExerciseRepository,
    PainRepository,
    PegRepository,
    PlanRepository,
    ProfileRepository,
    RecordEditor,
    SafetyEventRepository,
    SessionRepository,
    SettingsStore,
)
from coldcare.domain.records import Profile
from coldcare.domain.settings import ACTIVE_PROFILE, TEXT_SCALE, THEME
from coldcare.reports.dataset import ReportSources
from coldcare.services.caregiver_lock import MemoryPinStore
from coldcare.ui import theme


@dataclass(frozen=True)
class Repositories:
    """The stores the pages read (typed by the domain's Protocols; storage stays hidden)."""

    profiles: ProfileRepository
    sessions: SessionRepository
    pain: PainRepository
    events: SafetyEventRepository
    visits: ClinicVisitRepository
    settings: SettingsStore
    plan: PlanRepository
    exercises: ExerciseRepository
    pegs: PegRepository
    editor: RecordEditor
    pin: CaregiverPinStore = field(default_factory=MemoryPinStore)

    def report_sources(self) -> ReportSources:
        """The same stores, as the reports and the history read them."""
        return ReportSources(
            profiles=self.profiles,
            sessions=self.sessions,
            pain=self.pain,
            safety=self.events,
            visits=self.visits,
            plan=self.plan,
            exercises=self.exercises,
            pegs=self.pegs,
            editor=self.editor,
        )


class AppState(QObject):
    """The active profile and the appearance. GUI thread only.

    Signals:
        profile_changed(object): the active profile changed or was edited (Profile | None).
        appearance_changed(object): the palette or text size changed (theme.Appearance).
    """

    profile_changed = Signal(object)
    appearance_changed = Signal(object)

    def __init__(
        self,
        app: QApplication,
        repositories: Repositories,
        clock: Clock,
        tz: ZoneInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self.repositories = repositories
        self.clock = clock
        self.tz = tz
        self._profile = self._load_active_profile()
        self._appearance = self._load_appearance()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._follow_system_scheme)

    # ------------------------------------------------------------------ profile

    @property
    def profile(self) -> Profile | None:
        """Whose data is on screen (``None`` before the first profile exists)."""
        return self._profile

    def _load_active_profile(self) -> Profile | None:
        profiles = self.repositories.profiles
        chosen = self.repositories.settings.get(ACTIVE_PROFILE)
        found = profiles.get_profile(chosen) if chosen else None
        if found is None:
            every = profiles.list_profiles()
            found = every[0] if every else None
        return found

    def set_profile(self, profile: Profile) -> None:
        """Show ``profile``'s data everywhere (saved as the active profile)."""
        assert profile.id is not None
        self.repositories.settings.set(ACTIVE_PROFILE, profile.id)
        self._profile = profile
        self.profile_changed.emit(profile)

    def clear_profile(self) -> None:
        """Show nobody's data: the last profile was deleted (the first-start set-up follows)."""
        self.repositories.settings.set(ACTIVE_PROFILE, 0)
        self._profile = None
        self.profile_changed.emit(None)

    def save_profile(self, profile: Profile) -> Profile:
        """Store ``profile``; if it is the active one (or the first), show the new version."""
        saved = self.repositories.profiles.save_profile(profile)
        if self._profile is None or self._profile.id == saved.id:
            self.set_profile(saved)
        return saved

    def reload_profile(self) -> None:
        """Re-read the active profile (after the session controller changed it)."""
        if self._profile is not None and self._profile.id is not None:
            fresh = self.repositories.profiles.get_profile(self._profile.id)
            if fresh is not None:
                self._profile = fresh
                self.profile_changed.emit(fresh)

    # ------------------------------------------------------------------ appearance

    @property
    def appearance(self) -> theme.Appearance:
        """The palette and text size in use."""
        return self._appearance

    def _load_appearance(self) -> theme.Appearance:
        settings = self.repositories.settings
        return theme.Appearance(theme.resolve_theme(settings.get(THEME)), settings.get(TEXT_SCALE))

    def apply_appearance(self) -> None:
        """Give the whole application the stored palette and text size."""
        self._appearance = self._load_appearance()
        theme.apply(self._app, self._appearance)
        self.appearance_changed.emit(self._appearance)

    def set_theme(self, choice: str) -> None:
        """Store and apply a palette choice ("system", "light", "dark", "high-contrast")."""
        self.repositories.settings.set(THEME, choice)
        self.apply_appearance()

    def set_text_scale(self, percent: int) -> None:
        """Store and apply a text size (100 to 200 %)."""
        self.repositories.settings.set(TEXT_SCALE, percent)
        self.apply_appearance()

    def _follow_system_scheme(self) -> None:
        if self.repositories.settings.get(THEME) == "system":
            self.apply_appearance()
