"""The composition root: builds every object, connects every signal, and nothing else.

Start-up order follows architecture.md "Start-up": what the first paint needs is built first;
the integrity check, the backup, loading the alarm sound and asking about interrupted
sessions happen just after the window is shown.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLoggingCategory, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coldcare import APP_ID, APP_NAME
from coldcare.domain.clock import Clock
from coldcare.domain.exercise_player import Cue as ExerciseCue
from coldcare.domain.exercise_player import PlayerPhase
from coldcare.domain.exercises import Exercise, ExerciseCompletion
from coldcare.domain.plan import PlanItem
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.records import Profile, SessionRecord
from coldcare.domain.settings import (
    ALARM_VOLUME,
    DESKTOP_NOTIFICATIONS,
    LANGUAGE,
    SLEEP_END,
    SLEEP_START,
    TRAY_HINT_SHOWN,
    VOICE,
)
from coldcare.domain.vocabulary import BadInputError
from coldcare.services.checkin_reminder import CHECKIN_SETTINGS, CheckInReminder
from coldcare.services.keep_awake import KeepAwake
from coldcare.services.notify import (
    CallbackNotifier,
    InAppChannel,
    Notification,
    NotificationKind,
    Notifier,
    NotifierChain,
    desktop_notifiers,
)
from coldcare.services.reminders import ReminderService
from coldcare.services.safety_desk import SafetyDesk
from coldcare.services.session_controller import (
    AlarmSound,
    Outputs,
    SessionController,
    Speaker,
    Stores,
    Wakefulness,
)
from coldcare.services.single_instance import SingleInstance
from coldcare.services.sound import AlarmPlayer, Audibility, Cue
from coldcare.services.start_up import FileCheck, InTurns, import_in_background
from coldcare.services.suspend import SuspendDetector
from coldcare.services.voice import Voice
from coldcare.services.wake import ApschedulerWake, WakeScheduler
from coldcare.storage.backups import RepairReport
from coldcare.storage.caregiver_pin import SqliteCaregiverPinStore
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.errors import DatabaseTooNewError
from coldcare.storage.repositories import (
    SqliteClinicVisitRepository,
    SqliteExerciseRepository,
    SqlitePainRepository,
    SqlitePegRepository,
    SqlitePlanRepository,
    SqliteProfileRepository,
    SqliteRecordEditor,
    SqliteSafetyEventRepository,
    SqliteSessionRepository,
    SqliteSettingsStore,
    SqliteTransactions,
)
from coldcare.ui.i18n import install_translations, translate
from coldcare.ui.keys import KeyboardHelp
from coldcare.ui.main_window import MainWindow
from coldcare.ui.pages.today_page import PlannedOccurrence, TodayPage
from coldcare.ui.reminder_flow import ReminderFlow
from coldcare.ui.state import AppState, Repositories
from coldcare.ui.tray import (
    Tray,
    TrayIconFactory,
    reminders_left_today,
    system_tray_icon,
)
from coldcare.ui.widgets.reminder_bar import ReminderBar

if TYPE_CHECKING:
    from coldcare.ui.pages.exercise_player_page import ExercisePlayerPage
    from coldcare.ui.pages.exercises_page import ExercisesPage
    from coldcare.ui.pages.history_page import HistoryPage
    from coldcare.ui.pages.plan_page import PlanPage
    from coldcare.ui.pages.profile_setup import ProfileSetupPage
    from coldcare.ui.pages.reports_page import ReportsPage
    from coldcare.ui.pages.session_page import SessionPage
    from coldcare.ui.pages.settings_page import AlarmTester, SettingsPage
    from coldcare.ui.pages.settings_page import Speaker as SettingsSpeaker

    # What the app needs of the alarm and of the voice (only checked by mypy: the settings
    # page that declares half of it is imported when it is first shown).
    class AlarmDevice(AlarmSound, AlarmTester, Protocol):
        """The alarm as the app uses it: play, stop, test, check, volume."""

        def preload(self) -> None:
            """Load the sounds (after the first paint)."""

        def play_once(self, kind: Cue, level: int = 1) -> bool:
            """Sound a reminder or an exercise cue once."""

        def audibility(self) -> Audibility:
            """Whether the alarm can be heard, and why not."""

    class VoiceDevice(Speaker, SettingsSpeaker, Protocol):
        """Spoken guidance as the app uses it."""


logger = logging.getLogger(__name__)

TODAY, PLAN, EXERCISES, SETTINGS = "today", "plan", "exercises", "settings"
HISTORY, REPORTS = "history", "reports"
SESSION, SETUP, PLAYER = "session", "setup", "player"
# The slower half of the start-up runs after the first paint, or after this at the latest.
FIRST_PAINT_LATEST_MS = 2000
_SESSION_KINDS = (NotificationKind.ALARM, NotificationKind.SKIN_CHECK)
# Settings the reminders follow: a change re-arms them.
_REMINDER_SETTINGS = frozenset({SLEEP_START.name, SLEEP_END.name})
# How long a closing app lets a running export finish or stop (it stops before writing).
EXPORT_SHUTDOWN_WAIT_MS = 10_000
# History's chart and the library it draws with.
CHART_MODULE = "coldcare.ui.widgets.pain_chart"
# How long a closing app lets the start-up's file check and backup finish (a backup cut off at
# exit would leave a partial copy behind).
FILE_CHECK_SHUTDOWN_WAIT_S = 10.0


class _Refreshable(Protocol):
    def refresh(self) -> None:
        """Show the data as it is now."""


@dataclass(frozen=True)
class Devices:
    """The parts of the computer the app reaches: sound, speech, notifications, sleep, and
    the wake-ups that drive reminders."""

    alarm: AlarmDevice
    voice: VoiceDevice
    desktop: Sequence[Notifier]
    keep_awake: Wakefulness
    wake: WakeScheduler
    tray_icon: TrayIconFactory = system_tray_icon


def real_devices(
    fallback: Callable[[Cue, int], None],
    base_volume: float,
    voice_on: bool,
    platform: str = sys.platform,
) -> Devices:
    """The real sound, voice, desktop notifiers and keep-awake of this computer."""
    return Devices(
        AlarmPlayer(fallback, base_volume=base_volume),
        Voice(enabled=voice_on),
        desktop_notifiers(platform),
        KeepAwake(platform),
        ApschedulerWake(),
    )


def sqlite_repositories(storage: Storage) -> Repositories:
    """Every store the pages read, on one opened database."""
    return Repositories(
        SqliteProfileRepository(storage),
        SqliteSessionRepository(storage),
        SqlitePainRepository(storage),
        SqliteSafetyEventRepository(storage),
        SqliteClinicVisitRepository(storage),
        SqliteSettingsStore(storage),
        SqlitePlanRepository(storage),
        SqliteExerciseRepository(storage),
        SqlitePegRepository(storage),
        SqliteRecordEditor(storage),
        SqliteCaregiverPinStore(storage),
    )


class ColdCareApp(QObject):
    """Everything the running app is made of. Build on the GUI thread, then :meth:`start`.

    Signals:
        ready: the start-up after the first paint is done (checks, backup, recovery).
    """

    ready = Signal()

    def __init__(
        self,
        qapp: QApplication,
        data_folder: Path,
        clock: Clock,
        tz: ZoneInfo,
        devices: Devices | None = None,
        *,
        translated: bool = False,
    ) -> None:
        """``translated``: speak the language chosen in the settings (the running app; tests
        stay in the language they install)."""
        super().__init__()
        self.qapp = qapp
        self.clock = clock
        self.storage: Storage = open_storage(data_folder, clock)
        with self._nothing_left_if_unfinished():
            repositories = sqlite_repositories(self.storage)
            self.repositories = repositories
            settings = repositories.settings
            if translated:
                install_translations(qapp, settings.get(LANGUAGE))
            self.detector = SuspendDetector(clock, parent=self)
            self.in_app = InAppChannel()
            devices = devices or real_devices(
                self._alarm_fallback, settings.get(ALARM_VOLUME) / 100, settings.get(VOICE)
            )
            self.alarm = devices.alarm
            self.voice = devices.voice
            tray_icon = devices.tray_icon(self)
            balloon = [CallbackNotifier(self._balloon)] if tray_icon is not None else []
            self.notifier = NotifierChain([*devices.desktop, *balloon], self.in_app)
            self.notifier.desktop_enabled = settings.get(DESKTOP_NOTIFICATIONS)
            self.keep_awake = devices.keep_awake
            self.desk = SafetyDesk(repositories.sessions, repositories.events, tz)
            stores = Stores(
                SqliteTransactions(self.storage),
                repositories.profiles,
                repositories.sessions,
                repositories.pain,
                repositories.events,
            )
            self.controller = SessionController(
                clock,
                stores,
                self.desk,
                Outputs(self.alarm, self.voice, self.notifier, self.keep_awake),
                self.detector,
                parent=self,
            )
            self.reminders = ReminderService(
                clock,
                tz,
                repositories.plan,
                repositories.profiles,
                settings,
                devices.wake,
                self.detector,
                notify=self.notifier.notify,
                on_sound=self._reminder_sound,
                parent=self,
            )
            self.checkin = CheckInReminder(
                clock,
                tz,
                settings,
                repositories.pain,
                repositories.pegs,
                repositories.profiles,
                devices.wake,
                self.detector,
                notify=self.notifier.notify,
                parent=self,
            )
            self.state = AppState(qapp, repositories, clock, tz, parent=self)
            self.state.apply_appearance()
            self.window = MainWindow(self.state)
            self._shutting_down = False
            self._started = False
            self._started_up = False
            self._waiting: Callable[[], None] | None = None
            self._player_return = TODAY
            self._audio_problem: str | None = None
            self._file_check: FileCheck | None = None
            self._build_pages()
            self.tray = Tray(self.state, self.controller, tray_icon, parent=self)
            self._connect()

    @contextmanager
    def _nothing_left_if_unfinished(self) -> Iterator[None]:
        """A start that fails half-way (a damaged database met while building the pages) leaves
        nothing behind: no page's timer reads a closed database later, no file stays open. The
        caller tells the person; a restart repairs what it can."""
        before = set(QApplication.topLevelWidgets())
        try:
            yield
        except BaseException:
            for timer in self.findChildren(QTimer):
                timer.stop()
            for widget in set(QApplication.topLevelWidgets()) - before:
                for timer in widget.findChildren(QTimer):
                    timer.stop()
                widget.deleteLater()
            self.storage.close()
            raise

    # ------------------------------------------------------------------ building

    def _build_pages(self) -> None:
        """Today now (the first paint shows it); every other page the first time it is shown."""
        state, window = self.state, self.window
        self.today = TodayPage(state, self.controller, self.desk)
        self.reminder_bar = ReminderBar(state)
        self.flow = ReminderFlow(
            state, self.reminders, self.reminder_bar, lambda: self.controller.active, parent=self
        )
        today = self.today
        window.add_page(TODAY, translate("App", "Today"), "today", lambda: today, "Alt+1")
        window.page(TODAY)  # the page the window opens on
        window.add_page(PLAN, translate("App", "Plan"), "plan", self._build_plan, "Alt+2")
        window.add_page(
            EXERCISES,
            translate("App", "Exercises"),
            "exercises",
            self._build_exercises,
            "Alt+3",
        )
        window.add_page(
            HISTORY, translate("App", "History"), "history", self._build_history, "Alt+4"
        )
        window.add_page(
            REPORTS, translate("App", "Reports"), "reports", self._build_reports, "Alt+5"
        )
        window.add_page(
            SETTINGS,
            translate("App", "Profile & settings"),
            "settings",
            self._build_settings,
            "Alt+6",
        )
        window.add_hidden_page(SESSION, self._build_session)
        window.add_hidden_page(PLAYER, self._build_player)
        window.add_hidden_page(SETUP, self._build_setup)
        window.add_bar(self.reminder_bar)

    # The pages, each built (and its module imported) the first time it is asked for.

    @property
    def plan_page(self) -> PlanPage:
        """The Plan page."""
        return cast("PlanPage", self.window.page(PLAN))

    @property
    def exercises_page(self) -> ExercisesPage:
        """The Exercises page."""
        return cast("ExercisesPage", self.window.page(EXERCISES))

    @property
    def history(self) -> HistoryPage:
        """The History & insights page."""
        return cast("HistoryPage", self.window.page(HISTORY))

    @property
    def reports(self) -> ReportsPage:
        """The Reports page."""
        return cast("ReportsPage", self.window.page(REPORTS))

    @property
    def settings_page(self) -> SettingsPage:
        """The Profile & settings page."""
        return cast("SettingsPage", self.window.page(SETTINGS))

    @property
    def session_page(self) -> SessionPage:
        """The cold session: its set-up, then the running session."""
        return cast("SessionPage", self.window.page(SESSION))

    @property
    def player(self) -> ExercisePlayerPage:
        """The exercise player."""
        return cast("ExercisePlayerPage", self.window.page(PLAYER))

    @property
    def setup_page(self) -> ProfileSetupPage:
        """The first-start questions (most starts never need them)."""
        return cast("ProfileSetupPage", self.window.page(SETUP))

    def _build_plan(self) -> QWidget:
        from coldcare.ui.pages.plan_page import PlanPage

        page = PlanPage(self.state)
        page.plan_changed.connect(self.reminders.rearm)
        page.plan_changed.connect(self.today.refresh)
        page.plan_changed.connect(self._records_changed)
        return page

    def _build_exercises(self) -> QWidget:
        from coldcare.ui.pages.exercises_page import ExercisesPage

        page = ExercisesPage(self.state)
        page.library_changed.connect(lambda: self._refresh_if_built(PLAN))
        page.play_requested.connect(lambda exercise: self.play(exercise, None))
        page.completion_logged.connect(lambda _done: self.today.refresh())
        page.completion_logged.connect(self._records_changed)
        return page

    def _build_history(self) -> QWidget:
        from coldcare.ui.pages.history_page import HistoryPage
        from coldcare.ui.pages.records_view import RecordsView

        page = HistoryPage(self.state, RecordsView(self.state))
        page.today_requested.connect(lambda: self.window.show_page(TODAY))
        return page

    def _build_reports(self) -> QWidget:
        from coldcare.storage.backup_json import backup_bytes
        from coldcare.ui.pages.reports_page import ReportsPage

        return ReportsPage(
            self.state,
            backup=lambda now: backup_bytes(self.storage, now),
            release_thread=self.storage.close,
        )

    def _build_settings(self) -> QWidget:
        from coldcare.services.autostart import for_platform
        from coldcare.ui.pages.settings_page import SettingsPage

        login = for_platform(data_folder=self.storage.folder.root)
        page = SettingsPage(self.state, self.alarm, self.voice, autostart=login)
        page.setting_saved.connect(self._setting_saved)
        page.people.people_changed.connect(self._people_changed)
        page.people.none_left.connect(self._nobody_left)
        return page

    def _build_session(self) -> QWidget:
        from coldcare.ui.pages.session_page import SessionPage

        page = SessionPage(self.state, self.controller, self.desk)
        page.setup.set_audio_problem(self._audio_problem)
        page.left.connect(self.back_to_today)
        page.left.connect(self.flow.setup_left)
        return page

    def _build_player(self) -> QWidget:
        from coldcare.ui.pages.exercise_player_page import ExercisePlayerPage

        page = ExercisePlayerPage(self.state, self._exercise_cue)
        page.finished.connect(self._exercise_finished)
        page.finished.connect(self._records_changed)
        return page

    def _build_setup(self) -> QWidget:
        from coldcare.ui.pages.profile_setup import ProfileSetupPage

        page = ProfileSetupPage(self.state)
        page.finished.connect(lambda _profile: self.reminders.rearm())
        page.finished.connect(self._profile_created)
        return page

    def _refresh_if_built(self, key: str) -> None:
        """Refresh a page already built (one built later reads the data as it is then)."""
        page = self.window.built_page(key)
        if page is not None:
            cast("_Refreshable", page).refresh()

    def _records_changed(self, *_changed: object) -> None:
        self._refresh_if_built(HISTORY)

    def _show_setup(self) -> None:
        """The first-start questions in the whole window."""
        if self.window.show_page(SETUP):
            self.window.set_full_window(True, header=False)

    def _connect(self) -> None:
        self.today.start_requested.connect(self.open_session)
        self.today.log_visit_requested.connect(self.log_visit)
        self.today.follow_up_requested.connect(self.answer_follow_up)
        self.today.test_alarm_requested.connect(self.test_alarm)
        self.today.edit_profile_requested.connect(
            lambda: self.settings_page.edit_profile()  # noqa: PLW0108 - the page is built then
        )
        self.controller.ended.connect(self.flow.session_ended)
        self.controller.changed.connect(self.flow.session_changed)
        self.controller.finished.connect(lambda _record: self.flow.session_changed())
        self.flow.open_cold.connect(self.open_planned_session)
        self.flow.open_exercise.connect(self.play)
        self.flow.plan_day_changed.connect(self.today.refresh)
        self.today.start_planned.connect(self._start_planned)
        self.today.play_planned.connect(self._start_planned)
        self.today.skip_planned.connect(
            lambda planned, reason, note: self.flow.skip(
                planned.item.profile_id, planned.item.id, planned.day, reason, note
            )
        )
        self.today.checkin_card.checked_in.connect(
            lambda _rating: self.window.banner.clear_kinds(NotificationKind.CHECK_IN)
        )
        for changed in (
            self.today.checkin_card.checked_in,
            self.today.checkin_card.peg_answered,
            self.controller.ended,
            self.flow.plan_day_changed,
        ):
            changed.connect(self._records_changed)
        self.controller.follow_up_due.connect(lambda _record: self.today.refresh())
        self.in_app.posted.connect(self._show_in_app)
        self.controller.changed.connect(self._clear_session_banner)
        self._connect_tray()
        self.window.set_close_guard(self._may_close)
        self.qapp.aboutToQuit.connect(self.shutdown)

    def _connect_tray(self) -> None:
        """The tray's commands (their keys work in the window too) and what it shows."""
        tray = self.tray
        tray.start_requested.connect(self.start_from_anywhere)
        tray.snooze_requested.connect(self.reminder_bar.snooze_soonest)
        tray.open_requested.connect(self.bring_forward)
        tray.toggle_requested.connect(self._toggle_window)
        tray.quit_requested.connect(self.quit)
        tray.help_requested.connect(lambda: KeyboardHelp(self.window).exec())
        self.window.addActions(list(tray.window_actions()))
        self.reminder_bar.reminder_changed.connect(
            lambda: tray.set_snooze_enabled(self.reminder_bar.can_snooze())
        )
        for changed in (
            self.reminders.reminder_due,
            self.reminders.plan_changed,
            self.flow.plan_day_changed,
            self.state.profile_changed,
        ):
            changed.connect(lambda *_: tray.refresh())
        for prompt in (
            self.controller.skin_check_due,
            self.controller.remove_pack_now,
            self.controller.put_pack_back,
            self.controller.stopped_for_signs,
        ):
            prompt.connect(lambda *_: self.bring_forward())

    # ------------------------------------------------------------------ running

    def start(self) -> None:
        """Show the window; the rest of the start-up follows right after the first paint."""
        self.window.resize(1280, 800)
        if self.state.profile is None:
            self._show_setup()
        else:
            self.window.show_page(TODAY)
            self.today.refresh()
        self.window.show()
        if self.tray.show():
            self.qapp.setQuitOnLastWindowClosed(False)  # the tray keeps the app running
        FirstPaint(self.window, self.after_first_paint, parent=self)

    def after_first_paint(self) -> None:
        """The slower half of the start-up, the window answering in between: the data file's
        check and backup on their own thread; the alarm sound; then, once the file is known
        to be sound (or repaired), interrupted sessions, reminders, and ``ready`` (once)."""
        if self._shutting_down or self._started:
            return
        self._started = True
        repaired_at_open = self.storage.repaired_at_open is not None
        check = self._file_check = FileCheck(
            (lambda: ()) if repaired_at_open else self.storage.quick_check,
            self._back_up_if_due,
            parent=self,
        )
        InTurns(
            [
                self.alarm.preload,
                self.check_audio,
                lambda: check.when_done(self._checked),
            ],
            self._going_on,
            parent=self,
        )

    def _checked(self, problems: tuple[str, ...]) -> None:
        """The file was checked (and, if sound, backed up): repair it if it was damaged, then
        the rest of the start-up, a step a turn."""
        if not self._going_on():
            return
        report = self.storage.repaired_at_open
        if problems:
            report = self._repair(problems)
        self._report_repair(report)
        InTurns(
            [
                self.recover_interrupted,
                self.reminders.start,
                self.checkin.start,
                self.today.refresh,
                self._finish_start_up,
            ],
            self._going_on,
            parent=self,
        )

    def _repair(self, problems: tuple[str, ...]) -> RepairReport | None:
        """Restore the newest good backup; the pages already built show what was restored."""
        try:
            report = self.storage.repair(problems)
        except StorageUnavailableError as problem:
            QMessageBox.critical(self.window, APP_NAME, str(problem))
            return None
        self._back_up_if_due()
        self.state.reload_profile()
        for key in (PLAN, EXERCISES, HISTORY):
            self._refresh_if_built(key)
        return report

    def _finish_start_up(self) -> None:
        self._started_up = True
        # The chart library (pyqtgraph, numpy: a quarter of a second) loads now, off the GUI
        # thread, so that History's first opening stays within product.md's 300 ms.
        import_in_background(CHART_MODULE)
        self.ready.emit()
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            waiting()

    def _going_on(self) -> bool:
        return not self._shutting_down

    def _back_up_if_due(self) -> None:
        """The day's backup (on the file check's thread, or after a repair)."""
        try:
            self.storage.back_up_if_due()
        except StorageUnavailableError as problem:
            logger.warning("automatic backup failed: %s", problem)

    def check_audio(self) -> None:
        """Warn on Today and before sessions when the alarm cannot be heard."""
        audible = self.alarm.audibility()
        self._show_audio_problem(None if audible.audible else audible.reason)

    def test_alarm(self) -> None:
        """Play the test alarm and update the warnings with what was found."""
        result = self.alarm.test_alarm()
        self._show_audio_problem(None if result.audible else result.reason)

    def _show_audio_problem(self, reason: str | None) -> None:
        self._audio_problem = reason
        self.today.set_audio_problem(reason)
        session = self.window.built_page(SESSION)
        if session is not None:
            cast("SessionPage", session).setup.set_audio_problem(reason)

    def open_session(self) -> None:
        """Show the cold-session page over the whole window."""
        if self.state.profile is None or self._waits_for_start_up(self.open_session):
            return
        if self.window.show_page(SESSION):
            self.window.set_full_window(True)
            self.session_page.prepare()

    def back_to_today(self) -> None:
        """Leave the session page."""
        self.window.set_full_window(False)
        self.window.show_page(TODAY)
        self.state.reload_profile()
        self.today.refresh()

    def open_planned_session(self, item: PlanItem) -> None:
        """The guided session, filled in from a cold plan item; the person still confirms."""
        if self._waits_for_start_up(lambda: self.open_planned_session(item)):
            return
        self.open_session()
        if self.window.current_key() == SESSION:
            self.session_page.prepare_planned(item)

    def _start_planned(self, planned: PlannedOccurrence) -> None:
        assert planned.item.id is not None
        self.flow.start(planned.item.profile_id, planned.item.id, planned.day)

    def play(self, exercise: Exercise, item: PlanItem | None) -> None:
        """The exercise player over the whole window (``item``: played for the plan)."""
        if self.state.profile is None or self.controller.active:
            return
        if self._waits_for_start_up(lambda: self.play(exercise, item)):
            return
        self._player_return = self.window.current_key()
        if self.window.show_page(PLAYER):
            self.window.set_full_window(True)
            self.player.play(exercise, None if item is None else item.id)

    def _waits_for_start_up(self, again: Callable[[], None]) -> bool:
        """Whether ``again`` (a session or an exercise about to begin) must wait for the
        start-up: until it has asked about sessions a crash interrupted, none may begin (once
        one runs, that question is never asked). The latest request waits, and runs then."""
        if self._started_up:
            return False
        self._waiting = again
        return True

    def _exercise_finished(self, completion: ExerciseCompletion | None) -> None:
        self.flow.exercise_finished(completion)
        self.window.set_full_window(False)
        self.window.show_page(self._player_return)
        self.today.refresh()

    def _exercise_cue(self, cue: ExerciseCue, words: str) -> None:
        """A new step of the exercise: a note (the end chime at the end) and its words."""
        self.alarm.play_once(Cue.REMOVE_PACK if cue.phase is PlayerPhase.DONE else Cue.REMINDER)
        self.voice.say(words)

    def _setting_saved(self, name: str) -> None:
        if name in _REMINDER_SETTINGS:
            self.reminders.rearm()
        if name in CHECKIN_SETTINGS:
            self.checkin.rearm()
        if name == DESKTOP_NOTIFICATIONS.name:
            self.notifier.desktop_enabled = self.repositories.settings.get(DESKTOP_NOTIFICATIONS)

    def _people_changed(self) -> None:
        """A person was added or deleted: each has their own reminders."""
        self.reminders.rearm()
        self.checkin.rearm()

    def _nobody_left(self) -> None:
        """The last person was deleted: back to the first-start set-up."""
        self.state.clear_profile()
        self._show_setup()

    def _profile_created(self, _profile: Profile) -> None:
        self.window.set_full_window(False)
        self.window.show_page(TODAY)
        self.today.refresh()

    def log_visit(self) -> None:
        """Ask for a clinic whole-body cryotherapy visit and store it."""
        profile = self.state.profile
        if profile is None or profile.id is None:
            return
        from coldcare.ui.dialogs import ClinicVisitDialog

        dialog = ClinicVisitDialog(profile.id, self.clock.now(), self.state.tz, self.window)
        while dialog.exec():
            try:
                self.repositories.visits.add_visit(dialog.visit())
            except BadInputError as problem:
                dialog.show_problem(str(problem))
                continue
            return

    def answer_follow_up(self, record: SessionRecord) -> None:
        """The 30-minute follow-up of ``record``."""
        from coldcare.ui.dialogs import FollowUpDialog, follow_up_advice_text

        dialog = FollowUpDialog(record, self.window)
        while dialog.exec():
            try:
                answer = dialog.answer()
            except BadInputError as problem:
                dialog.show_problem(str(problem))
                continue
            outcome = self.controller.record_follow_up(record, answer, dialog.pain.value())
            now = self.clock.now()
            QMessageBox.information(
                self.window,
                translate("App", "Thank you"),
                follow_up_advice_text(outcome, now, self.state.tz),
            )
            break
        self.today.refresh()

    def recover_interrupted(self) -> None:
        """Ask about every session the app did not see to its end."""
        from coldcare.ui.dialogs import RecoveryDialog

        for record in self.controller.interrupted_sessions():
            assert record.id is not None
            last_alive = self.repositories.sessions.last_beat(record.id) or record.started_at
            dialog = RecoveryDialog(
                record, last_alive, self.clock.now(), self.state.tz, self.window
            )
            while dialog.exec():
                try:
                    removal, skin, stated = dialog.answers()
                except BadInputError as problem:
                    dialog.show_problem(str(problem))
                    continue
                self.controller.recover(record, removal, skin, stated)
                break
        self.state.reload_profile()

    # ------------------------------------------------------------------ alarms and messages

    def _reminder_sound(self) -> None:
        """A plan reminder's chime; none while a cold session runs (its alarms must be heard
        alone, and the reminder waits on its bar until the session is done)."""
        if not self.controller.active:
            self.alarm.play_once(Cue.REMINDER)

    def _alarm_fallback(self, _cue: Cue, _level: int) -> None:
        """No sound: beep, flash the window and bring it forward."""
        QApplication.beep()
        QApplication.alert(self.window, 0)
        session = self.window.built_page(SESSION)
        if session is not None:
            cast("SessionPage", session).run.flash()

    def _show_in_app(self, notification: Notification) -> None:
        # The session page itself shows skin checks and alarms; the banner is for elsewhere.
        if notification.kind in _SESSION_KINDS and self.window.current_key() == SESSION:
            return
        if notification.kind is NotificationKind.REMINDER:
            return  # the reminder bar shows it, with its buttons
        self.window.banner.show_notification(notification, self.state.appearance)

    def _clear_session_banner(self) -> None:
        session = self.controller.session
        if session is None or session.alarm(self.controller.now()) is None:
            self.window.banner.clear_kinds(*_SESSION_KINDS)

    def _report_repair(self, report: RepairReport | None) -> None:
        if report is None:
            return
        if report.started_empty:
            text = translate(
                "App",
                "ColdCare's data file was damaged and no good backup was found, so ColdCare "
                "started with empty data. The damaged file was kept in {folder}.",
            )
        else:
            text = translate(
                "App",
                "ColdCare's data file was damaged. It was set aside in {folder} and the newest "
                "good backup was restored. Please check that today's entries are there.",
            )
        QMessageBox.warning(self.window, APP_NAME, text.format(folder=str(report.damaged_folder)))

    # ------------------------------------------------------------------ closing and quitting

    def start_from_anywhere(self) -> None:
        """Ctrl+N or the tray's "Start": the window, with the session set-up (or the running
        session); not in the middle of an exercise or of the first start."""
        self.bring_forward()
        if self.window.current_key() not in (PLAYER, SETUP):
            self.open_session()

    def bring_forward(self) -> None:
        """Show the window (from the tray, or minimised) and ask for the focus."""
        window = self.window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.activateWindow()

    def show_window(self) -> None:
        """A second start asked for ColdCare: bring the window forward and ask for attention
        (Wayland and Windows may refuse the focus and flash the task bar entry instead)."""
        logger.info("asked to show by a second start")
        self.bring_forward()
        self.window.raise_()
        QApplication.alert(self.window)

    def _toggle_window(self) -> None:
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.close()  # the close guard hides it to the tray
        else:
            self.bring_forward()

    def _balloon(self, notification: Notification) -> bool:
        return self.tray.show_message(notification)

    def _may_close(self) -> bool:
        """With a tray, closing hides the window (reminders go on); without one, closing
        during a session or with reminders still ahead today asks first."""
        if self._shutting_down:
            return True
        if self.tray.has_icon:
            self._hide_to_tray()
            return False
        return self._may_quit(mind_reminders=True)

    def _hide_to_tray(self) -> None:
        settings = self.repositories.settings
        if not settings.get(TRAY_HINT_SHOWN):
            QMessageBox.information(
                self.window,
                translate("App", "ColdCare keeps running"),
                translate(
                    "App",
                    "ColdCare is still running in the tray, by the clock, so it can remind "
                    "you and time your sessions. Click its snowflake to open it again. To quit, "
                    "choose Quit ColdCare in its menu, or press Ctrl+Q in this window.",
                ),
            )
            settings.set(TRAY_HINT_SHOWN, True)
        self.window.hide()

    def quit(self) -> None:
        """Quit for good (tray menu, Ctrl+Q): asks first during a session (and, without a
        tray, when reminders are still ahead today)."""
        if not self._shutting_down and not self._may_quit(mind_reminders=not self.tray.has_icon):
            return
        self.shutdown()
        self.window.close()
        self.qapp.quit()

    def _may_quit(self, *, mind_reminders: bool) -> bool:
        if self.controller.cold_running:
            return not self._keep_open(
                translate("App", "A cold session is running"),
                translate(
                    "App",
                    "If ColdCare closes now, nobody will tell you when to take the pack off. "
                    "Keep ColdCare open?",
                ),
            )
        if mind_reminders and self._reminders_ahead_today():
            return not self._keep_open(
                translate("App", "Reminders are planned for today"),
                translate("App", "ColdCare cannot remind you while closed. Keep ColdCare open?"),
            )
        return True

    def _keep_open(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self.window,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer != QMessageBox.StandardButton.No

    def _reminders_ahead_today(self) -> bool:
        return reminders_left_today(self.repositories, self.state.tz, self.clock.now())

    def shutdown(self) -> None:
        """Stop every timer and service; close the database. Safe to call twice."""
        self._shutting_down = True
        if self._file_check is not None:
            self._file_check.wait(FILE_CHECK_SHUTDOWN_WAIT_S)
        self.checkin.shutdown()
        self.reminders.shutdown()
        reports = self.window.built_page(REPORTS)
        if reports is not None:
            cast("ReportsPage", reports).wait_for_exports(EXPORT_SHUTDOWN_WAIT_MS)
        for timer in self.window.findChildren(QTimer):
            timer.stop()  # the pages' refreshes must not read a closed database
        self.controller.shutdown()
        self.alarm.stop()
        self.keep_awake.release()
        self.tray.hide()
        self.storage.close()


class FirstPaint(QObject):
    """Calls ``then`` once, in the event-loop turn after ``widget`` is first painted.

    The start-up's slower half (integrity check, backup, sound, recovery, reminders) must not
    delay the first paint: a window shown is painted only when the platform exposes it, which
    on X11 comes after several loop turns. Should no paint come within
    :data:`FIRST_PAINT_LATEST_MS` (a window hidden to the tray, a platform that never exposes
    it), ``then`` runs anyway: reminders must start.
    """

    def __init__(
        self,
        widget: QWidget,
        then: Callable[[], None],
        parent: QObject,
        latest_ms: int = FIRST_PAINT_LATEST_MS,
    ) -> None:
        super().__init__(parent)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint, go on right after it."""
        if watched is self._widget and event.type() is QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._go)
        return False

    def _go(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self._widget.removeEventFilter(self)
            then()


def run_gui(data_folder: Path, instance: SingleInstance) -> int:
    """Start the app on the real clock and the person's time zone; return the exit code.

    ``instance`` has claimed ``data_folder`` (``coldcare.__main__`` claims it before importing
    this module, so a second start exits at once): later starts bring this window forward.
    """
    import tzlocal  # only the GUI needs the local zone

    from coldcare.services.clock import SystemClock

    # QtMultimedia logs every library it probes for (pipewire, VA-API); harmless, and noise.
    QLoggingCategory.setFilterRules(
        "qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg=false"
    )
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName(APP_NAME)
    qapp.setDesktopFileName(APP_ID)  # Wayland matches the window to its .desktop file and icon
    qapp.setOrganizationName(APP_NAME)
    try:
        app = ColdCareApp(
            qapp,
            data_folder,
            SystemClock(),
            ZoneInfo(str(tzlocal.get_localzone())),
            translated=True,
        )
    except (DatabaseTooNewError, StorageUnavailableError) as problem:
        QMessageBox.critical(None, APP_NAME, str(problem))
        return 1
    instance.show_requested.connect(app.show_window)
    app.ready.connect(lambda: logger.info("running on the data in %s", data_folder))
    app.start()
    return qapp.exec()
