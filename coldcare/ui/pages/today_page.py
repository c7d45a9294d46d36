"""Today: one big "Start a cold session" button, what needs attention, today's plan, the pain
check-in (and the weekly questions), today's sessions, and when each recently cooled spot is
safe again.

Today's plan lists the day's occurrences in the order of the plan, each with its time, what it
is, and its status in words and with an icon (never by colour alone): upcoming, due now, done,
skipped (with the reason) or missed. An item not yet done or skipped can be started (a cold
session opens set up as planned; an exercise opens the player) or skipped with a reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from html import escape

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.exercises import Exercise
from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.localtime import resolve_local
from coldcare.domain.plan import (
    SKIP_REASON_NAMES,
    STATUS_NAMES,
    ItemKind,
    OccurrenceLog,
    PlanItem,
    SkipReason,
    SleepHours,
    Status,
    day_bounds,
    occurrences,
)
from coldcare.domain.plan import status as status_at
from coldcare.domain.records import PainContext, SessionRecord
from coldcare.domain.screening import review_due
from coldcare.domain.session import Outcome
from coldcare.domain.settings import SLEEP_END, SLEEP_START
from coldcare.services.safety_desk import SafetyDesk
from coldcare.services.session_controller import SessionController
from coldcare.ui import icons
from coldcare.ui.i18n import translate
from coldcare.ui.plan_words import what_text
from coldcare.ui.state import AppState
from coldcare.ui.widgets.checkin_card import CheckInCard
from coldcare.ui.widgets.common import AdaptiveRow, Tone, delete_when_finished, discard
from coldcare.ui.widgets.reminder_bar import SkipDialog
from coldcare.ui.widgets.safety_panel import local_time_text
from coldcare.ui.words import in_sentence

_OUTCOME_WORDS = {
    Outcome.COMPLETED: ("safe", QT_TRANSLATE_NOOP("Today", "Done")),
    Outcome.STOPPED_EARLY: ("info", QT_TRANSLATE_NOOP("Today", "Stopped early")),
    Outcome.STOPPED_FOR_SIGN: ("stop", QT_TRANSLATE_NOOP("Today", "Stopped for a warning sign")),
    Outcome.INTERRUPTED: ("caution", QT_TRANSLATE_NOOP("Today", "Interrupted")),
}


# Status -> (icon, tone): each status has a shape of its own, not only a colour.
_STATUS_LOOK: dict[Status, tuple[str, Tone]] = {
    Status.UPCOMING: ("clock", "muted"),
    Status.DUE: ("bell", "primary"),
    Status.DONE: ("safe", "safe"),
    Status.SKIPPED: ("arrow-right", "muted"),
    Status.MISSED: ("caution", "caution"),
}


@dataclass(frozen=True)
class PlannedOccurrence:
    """One item of today's plan: the item, its local date, when it is planned (UTC), what
    became of it, and its stored log (``None`` until something happened)."""

    item: PlanItem
    day: date
    due_at: datetime
    status: Status
    log: OccurrenceLog | None = None


class _Card(QFrame):
    """A titled card on the Today page."""

    def __init__(self, title: str, role: str = "card") -> None:
        super().__init__()
        self.setProperty("role", role)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 12)
        self.body.setSpacing(8)
        heading = QLabel(title)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self.body.addWidget(heading)
        self.body.addStretch(1)
        self._rows: list[QWidget] = []

    def clear_rows(self) -> None:
        for row in self._rows:
            discard(row)
        self._rows = []

    def add_row(self, row: QWidget) -> None:
        self._rows.append(row)
        self.body.insertWidget(self.body.count() - 1, row)


class PlanCard(_Card):
    """Today's plan, in order, with each occurrence's status and what can be done about it.

    Signals:
        start_planned(object): start a cold item (a PlannedOccurrence).
        play_planned(object): play an exercise item (a PlannedOccurrence).
        skip_planned(object, str, str): skip it (a PlannedOccurrence, the SkipReason code,
            a note).
    """

    start_planned = Signal(object)
    play_planned = Signal(object)
    skip_planned = Signal(object, str, str)

    def __init__(self, state: AppState) -> None:
        super().__init__(translate("Today", "Today's plan"))
        self._state = state
        self.shown: list[PlannedOccurrence] = []

    def refresh(self, profile_id: int, now: datetime) -> None:
        """Re-read today's plan of ``profile_id`` as it stands at ``now``."""
        self.clear_rows()
        self.shown = self.todays_plan(profile_id, now)
        if not self.shown:
            self.add_row(
                _muted(
                    translate(
                        "Today",
                        "Nothing planned for today. Plan cold sessions and exercises on the Plan "
                        "page, and ColdCare will remind you.",
                    )
                )
            )
            return
        repositories = self._state.repositories
        exercises = {e.id: e for e in repositories.exercises.exercises() if e.id is not None}
        for planned in self.shown:
            self.add_row(self._row(planned, exercises))

    def todays_plan(self, profile_id: int, now: datetime) -> list[PlannedOccurrence]:
        """Today's occurrences in the order of the plan, with their status at ``now``."""
        tz = self._state.tz
        today = now.astimezone(tz).date()
        plan = self._state.repositories.plan
        items = {i.id: i for i in plan.plan_items(profile_id) if i.id is not None}
        settings = self._state.repositories.settings
        sleep = SleepHours(settings.get(SLEEP_START), settings.get(SLEEP_END))
        found = occurrences(items.values(), *day_bounds(today, tz), tz, sleep)
        logs = plan.logs_between(profile_id, today, today)
        return [
            PlannedOccurrence(
                items[o.item_id],
                o.day,
                o.due_at,
                status_at(o, logs.get(o.key), now),
                logs.get(o.key),
            )
            for o in found
        ]

    # ------------------------------------------------------------------ one row

    def _row(self, planned: PlannedOccurrence, exercises: Mapping[int, Exercise]) -> QWidget:
        look = self._state.appearance
        holder = QFrame()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(12)
        icon_name, tone = _STATUS_LOOK[planned.status]
        mark = QLabel()
        mark.setPixmap(icons.pixmap(icon_name, getattr(look.tokens, tone), look.pixels(28)))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        what = translate("Today", "{time}  {what}").format(
            time=self._clock_text(planned.due_at), what=what_text(planned.item, exercises)
        )
        words = QLabel(f"<b>{escape(what)}</b>")
        words.setWordWrap(True)
        state_words = QLabel(self.status_text(planned))
        state_words.setWordWrap(True)
        if tone in ("safe", "caution"):
            state_words.setProperty("tone", tone)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(words)
        column.addWidget(state_words)
        content = AdaptiveRow(min_chars=28)
        text_holder = QWidget()
        text_holder.setLayout(column)
        content.add(text_holder, 1)
        actions = self._actions(planned)
        if actions is not None:
            content.add(actions, 0)
        row.addWidget(content, 1)
        holder.setAccessibleName(f"{what}: {state_words.text()}")
        return holder

    def _clock_text(self, moment: datetime) -> str:
        local = moment.astimezone(self._state.tz)
        return self.locale().toString(
            QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
        )

    def status_text(self, planned: PlannedOccurrence) -> str:
        """The status in words: "Upcoming", "Done at 09:20", "Skipped: Not at home (…)"."""
        words = translate("PlanStatus", STATUS_NAMES[planned.status])
        log = planned.log
        if planned.status is Status.DONE and log is not None and log.done_at is not None:
            return translate("Today", "Done at {time}").format(time=self._clock_text(log.done_at))
        if planned.status is Status.SKIPPED and log is not None and log.skip_reason is not None:
            reason = translate("SkipReason", SKIP_REASON_NAMES[log.skip_reason])
            text = translate("Today", "Skipped: {reason}").format(reason=reason)
            return f"{text} ({log.skip_note})" if log.skip_note else text
        if planned.status is Status.MISSED:
            return translate("Today", "Missed: it was not started or skipped in time")
        return words

    def _actions(self, planned: PlannedOccurrence) -> QWidget | None:
        """Start and Skip… for an item not yet done or skipped."""
        if planned.status in (Status.DONE, Status.SKIPPED):
            return None
        label = planned.item.label
        cold = planned.item.kind is ItemKind.COLD
        start = QPushButton(
            translate("Today", "Start") if cold else translate("Today", "Do the exercise")
        )
        start.setAccessibleName(
            translate("Today", "Start: {what}").format(what=label)
            if cold
            else translate("Today", "Do the exercise: {what}").format(what=label)
        )
        if planned.status is Status.DUE:
            start.setProperty("role", "primary")
        signal = self.start_planned if cold else self.play_planned
        start.clicked.connect(lambda: signal.emit(planned))
        skip = QPushButton(translate("Today", "Skip…"))
        skip.setAccessibleName(translate("Today", "Skip: {what}").format(what=label))
        skip.clicked.connect(lambda: self.ask_skip(planned))
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(start)
        row.addWidget(skip)
        return buttons

    def ask_skip(self, planned: PlannedOccurrence) -> SkipDialog:
        """Ask why ``planned`` is skipped; emit ``skip_planned`` once answered."""
        dialog = SkipDialog(planned.item.label, self)
        delete_when_finished(dialog)
        dialog.accepted.connect(lambda: self._skipped(planned, *dialog.answer()))
        dialog.open()
        return dialog

    def _skipped(self, planned: PlannedOccurrence, reason: SkipReason, note: str) -> None:
        self.skip_planned.emit(planned, reason.value, note)


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


class TodayPage(QWidget):
    """The home page.

    Signals:
        start_requested: the person wants to start a cold session.
        log_visit_requested: log a clinic whole-body cryotherapy visit.
        follow_up_requested(object): answer the follow-up of a session (SessionRecord).
        test_alarm_requested: play the test alarm.
        edit_profile_requested: review the health questions.
        start_planned(object): start a planned cold item (PlannedOccurrence): open the
            session set-up pre-filled with its item.
        play_planned(object): play a planned exercise item (PlannedOccurrence).
        skip_planned(object, str, str): skip a planned item (PlannedOccurrence, SkipReason
            code, note).
    """

    start_planned = Signal(object)
    play_planned = Signal(object)
    skip_planned = Signal(object, str, str)
    start_requested = Signal()
    log_visit_requested = Signal()
    follow_up_requested = Signal(object)
    test_alarm_requested = Signal()
    edit_profile_requested = Signal()

    def __init__(
        self,
        state: AppState,
        controller: SessionController,
        desk: SafetyDesk,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._controller = controller
        self._desk = desk
        self._audio_problem: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setProperty("role", "plain")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        self._layout = QVBoxLayout(content)
        self._layout.setSpacing(16)
        scroll.setWidget(content)
        outer.addWidget(scroll)

        title = QLabel(translate("Today", "Today"))
        title.setProperty("role", "title")
        self._layout.addWidget(title)
        self.start = QPushButton(translate("Today", "Start a cold session"))
        self.start.setProperty("role", "primary")
        self.start.setAccessibleName(translate("Today", "Start a cold session"))
        self.start.setToolTip(translate("Today", "Start a cold session (Ctrl+N)"))
        self.start.clicked.connect(self.start_requested.emit)
        self._layout.addWidget(self.start)
        self.alerts = QVBoxLayout()
        self.alerts.setSpacing(8)
        self._layout.addLayout(self.alerts)
        self._alert_widgets: list[QWidget] = []
        self.plan_card = self._build_plan_card()
        self.checkin_card = self._build_checkin_card()
        columns = AdaptiveRow(min_chars=32)
        self.sessions_card = _Card(translate("Today", "Today's sessions"))
        self.safe_card = _Card(translate("Today", "When each spot is safe again"))
        columns.add(self.sessions_card, 3)
        columns.add(self.safe_card, 2)
        self._layout.addWidget(columns)
        self._layout.addWidget(self._build_visit_button(), 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addStretch(1)

        self._minute = QTimer(self)
        self._minute.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._minute.timeout.connect(self.refresh)
        self._minute.start(60_000)
        state.profile_changed.connect(lambda _p: self.refresh())
        state.appearance_changed.connect(lambda _a: self.refresh())
        controller.finished.connect(lambda _r: self.refresh())
        controller.follow_up_due.connect(lambda _r: self.refresh())

    def _build_visit_button(self) -> QPushButton:
        visit = QPushButton(translate("Today", "Log a cryotherapy clinic visit"))
        visit.setAccessibleName(visit.text())
        visit.setToolTip(
            translate("Today", "A whole-body cryotherapy session at a clinic, for your records")
        )
        visit.clicked.connect(self.log_visit_requested.emit)
        return visit

    def _build_plan_card(self) -> PlanCard:
        card = PlanCard(self._state)
        card.start_planned.connect(self.start_planned.emit)
        card.play_planned.connect(self.play_planned.emit)
        card.skip_planned.connect(self.skip_planned.emit)
        self._layout.addWidget(card)
        return card

    def _build_checkin_card(self) -> CheckInCard:
        card = CheckInCard(self._state)
        card.checked_in.connect(lambda _rating: self.refresh())
        self._layout.addWidget(card)
        return card

    # ------------------------------------------------------------------ content

    def set_audio_problem(self, reason: str | None) -> None:
        """Warn on Today when the computer cannot play the alarm."""
        self._audio_problem = reason
        self.refresh()

    def refresh(self) -> None:
        """Re-read everything for the active profile (after a plan change, a reminder
        answered, or a session ended)."""
        profile = self._state.profile
        if profile is None or profile.id is None:
            return
        now = self._state.clock.now()
        self._show_alerts(now)
        self.plan_card.refresh(profile.id, now)
        self.checkin_card.refresh(profile.id, now)
        self._show_sessions(profile.id, now)
        self._show_resting(now)

    def _midnight(self, now: datetime) -> datetime:
        today = now.astimezone(self._state.tz).date()
        return resolve_local(today, time(0), self._state.tz)

    def _show_alerts(self, now: datetime) -> None:
        for widget in self._alert_widgets:
            discard(widget)
        self._alert_widgets = []
        profile = self._state.profile
        assert profile is not None
        if profile.review_needed:
            self._alert(
                "stop",
                "stop",
                translate(
                    "Today",
                    "No cold sessions until a doctor has checked you, after a session stopped "
                    "for hives, dizziness or swelling. Record the review in the profile.",
                ),
            )
        if self._audio_problem is not None:
            self._alert(
                "caution",
                "volume",
                translate(
                    "Today",
                    "Your computer cannot play the alarm: {reason}. Turn the sound up or plug "
                    "in speakers, then test it.",
                ).format(reason=self._audio_problem),
                translate("Today", "Test the alarm"),
                self.test_alarm_requested.emit,
            )
        for record in self._controller.pending_follow_ups(profile, now):
            site = translate("BodySite", record.site.display_name)
            self._alert(
                "caution",
                "bell",
                translate("Today", "How is your {site} now? Please answer the follow-up.").format(
                    site=in_sentence(site)
                ),
                translate("Today", "Answer now"),
                lambda r=record: self.follow_up_requested.emit(r),
            )
        if review_due(profile.screening_answered_at, now):
            self._alert(
                "caution",
                "clipboard",
                translate("Today", "Please look over the health questions again."),
                translate("Today", "Review them"),
                self.edit_profile_requested.emit,
            )

    def _alert(
        self,
        role: str,
        icon_name: str,
        text: str,
        action: str = "",
        on_action: object = None,
    ) -> None:
        frame = QFrame()
        frame.setProperty("role", role)
        row = QHBoxLayout(frame)
        look = self._state.appearance
        colour = {"stop": look.tokens.stop, "caution": look.tokens.caution}[role]
        mark = QLabel()
        mark.setPixmap(icons.pixmap(icon_name, colour, look.pixels(28)))
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        label = QLabel(text)
        label.setWordWrap(True)
        row.addWidget(label, 1)
        frame.setAccessibleName(text)
        if action and callable(on_action):
            button = QPushButton(action)
            button.setAccessibleName(action)
            button.clicked.connect(on_action)
            row.addWidget(button)
        self.alerts.addWidget(frame)
        self._alert_widgets.append(frame)

    def _show_sessions(self, profile_id: int, now: datetime) -> None:
        card = self.sessions_card
        card.clear_rows()
        records = self._state.repositories.sessions.sessions_between(
            profile_id, self._midnight(now), now + timedelta(seconds=1)
        )
        finished = [r for r in records if r.removed_at is not None]
        if not finished:
            empty = QLabel(
                translate("Today", "No sessions yet today. Start your first cold session above.")
            )
            empty.setWordWrap(True)
            empty.setProperty("role", "muted")
            card.add_row(empty)
            return
        for record in finished:
            card.add_row(self._session_row(record))

    def _session_row(self, record: SessionRecord) -> QWidget:
        look = self._state.appearance
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        icon_name, word = _OUTCOME_WORDS.get(record.outcome or Outcome.COMPLETED, ("info", ""))
        colours = {
            "safe": look.tokens.safe,
            "stop": look.tokens.stop,
            "caution": look.tokens.caution,
            "info": look.tokens.muted,
        }
        mark = QLabel()
        mark.setPixmap(icons.pixmap(icon_name, colours[icon_name], look.pixels(24)))
        row.addWidget(mark)
        started = record.started_at.astimezone(self._state.tz)
        clock = self.locale().toString(
            QTime(started.hour, started.minute), QLocale.FormatType.ShortFormat
        )
        minutes = round(record.cold_minutes or 0)
        text = translate("Today", "{time}  {site}, {minutes} min — {outcome}").format(
            time=clock,
            site=translate("BodySite", record.site.display_name),
            minutes=minutes,
            outcome=translate("Today", word),
        )
        pain = self._pain_change(record)
        if pain:
            text += f"  ·  {pain}"
        label = QLabel(text)
        label.setWordWrap(True)
        row.addWidget(label, 1)
        holder.setAccessibleName(text)
        return holder

    def _pain_change(self, record: SessionRecord) -> str:
        if record.id is None:
            return ""
        ratings = self._state.repositories.pain.ratings_for_session(record.id)
        before = next((r.value for r in ratings if r.context is PainContext.BEFORE), None)
        after = next((r.value for r in ratings if r.context is PainContext.AFTER), None)
        if before is None or after is None:
            return ""
        return translate("Today", "pain {before} → {after}").format(before=before, after=after)

    def _show_resting(self, now: datetime) -> None:
        card = self.safe_card
        card.clear_rows()
        profile = self._state.profile
        assert profile is not None
        statuses = self._desk.resting_sites(profile, now)
        if not statuses:
            ready = QLabel(translate("Today", "Every spot is ready for cold."))
            ready.setWordWrap(True)
            card.add_row(ready)
            return
        look = self._state.appearance
        for status in statuses:
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            locked = status.locked_until is not None
            mark = QLabel()
            colour = look.tokens.stop if locked else look.tokens.caution
            mark.setPixmap(icons.pixmap("stop" if locked else "clock", colour, look.pixels(24)))
            row.addWidget(mark)
            when = local_time_text(status.safe_again_at, now, self._state.tz, self.locale())
            site = translate("BodySite", status.site.display_name)
            text = (
                translate("Today", "{site}: locked until {when} after a warning sign")
                if locked
                else translate("Today", "{site}: resting, safe again at {when}")
            ).format(site=site, when=when)
            label = QLabel(text)
            label.setWordWrap(True)
            row.addWidget(label, 1)
            holder.setAccessibleName(text)
            card.add_row(holder)
