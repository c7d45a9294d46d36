"""The in-app reminder at the top of the window, and the "Skip…" question it shares with Today.

When a planned item is due the bar says what, for whom and when ("Time for: Ice the left knee
(15 min)", "For Anna · planned for 09:00": a caregiver may look after several people) with
one primary "Start now",
a bounded snooze (5, 10 or 15 minutes, at most three times; how many are left is said in
words) and "Skip…", which asks for a reason. After the app was closed it says once what was
missed. The bar only asks; the reminder service decides and stores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QLocale, QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.plan import (
    CHOOSABLE_SKIP_REASONS,
    MAX_SNOOZES,
    SKIP_REASON_NAMES,
    SNOOZE_CHOICES,
    SkipReason,
)
from coldcare.domain.records import MAX_NOTE_LENGTH
from coldcare.ui.i18n import translate
from coldcare.ui.keys import SNOOZE_KEY, with_key
from coldcare.ui.state import AppState
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid
from coldcare.ui.widgets.common import (
    AdaptiveRow,
    IconPainter,
    button,
    delete_when_finished,
    field_label,
    fit_to_screen,
    muted,
    scrolling_dialog,
)


@dataclass(frozen=True)
class ReminderView:
    """What the bar shows about one due reminder.

    ``label`` is the item in words ("Ice the left knee (15 min)"); ``heads_up`` marks the
    early reminder ten minutes before; ``snoozes_left`` is 0 to ``MAX_SNOOZES``; ``due_at`` is
    the planned instant (shown in local time; ``None``: not said).
    """

    profile_id: int
    profile_name: str
    item_id: int
    day: date
    label: str
    heads_up: bool = False
    snoozes_left: int = MAX_SNOOZES
    due_at: datetime | None = None


# ------------------------------------------------------------------ skipping


class SkipDialog(QDialog):
    """Why is a planned item skipped? One reason from the list and an optional note.

    "Skip it" is active once a reason is chosen; :meth:`answer` gives the reason and note.
    """

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = translate("Reminder", "Skip: {what}").format(what=what)
        self.setWindowTitle(title)
        heading = QLabel(title)
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        self.reasons = ChoiceGrid(
            [
                Choice(r, translate("SkipReason", SKIP_REASON_NAMES[r]))
                for r in CHOOSABLE_SKIP_REASONS
            ],
            columns=2,
        )
        self.reasons.setAccessibleName(translate("Reminder", "Why skip it?"))
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setPlaceholderText(translate("Reminder", "For example: the knee is swollen"))
        self.skip_button = button(translate("Reminder", "Skip it"), role="primary")
        self.skip_button.setEnabled(False)
        self.skip_button.clicked.connect(self.accept)
        self.reasons.chosen.connect(lambda _reason: self.skip_button.setEnabled(True))
        keep = button(translate("Reminder", "Do not skip"))
        keep.clicked.connect(self.reject)
        why = QLabel(translate("Reminder", "Why skip it?"))
        why.setWordWrap(True)
        column, layout = scrolling_dialog(self, heading)
        column.addWidget(why)
        column.addWidget(self.reasons)
        column.addWidget(field_label(translate("Reminder", "A note (if you like)"), self.note))
        column.addWidget(self.note)
        column.addWidget(
            muted(translate("Reminder", "Skipped items stay in the history, with the reason."))
        )
        column.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(keep)
        buttons.addWidget(self.skip_button)
        layout.addLayout(buttons)
        fit_to_screen(self, 640, 560)

    def answer(self) -> tuple[SkipReason, str]:
        """The chosen reason (``OTHER`` if none) and the note as typed, trimmed."""
        reason = self.reasons.value()
        chosen = reason if isinstance(reason, SkipReason) else SkipReason.OTHER
        return chosen, self.note.text().strip()


# ------------------------------------------------------------------ the bar


def snoozes_left_text(left: int) -> str:
    """How many more snoozes, in words."""
    if left <= 0:
        return translate(
            "Reminder",
            "Already put off {count} times: it cannot be put off again. Start now or skip it.",
        ).format(count=MAX_SNOOZES)
    if left == 1:
        return translate("Reminder", "It can be put off once more.")
    return translate("Reminder", "It can be put off {count} more times.").format(count=left)


def missed_text(missed: Sequence[tuple[str, datetime]], locale: QLocale) -> str:
    """What passed unseen, in words: "Missed while ColdCare was closed or the computer was
    asleep: Ice the left knee (Mon 08:00); …"."""
    parts = []
    for label, planned in missed:
        day = locale.dayName(planned.isoweekday(), QLocale.FormatType.ShortFormat)
        clock = locale.toString(QTime(planned.hour, planned.minute), QLocale.FormatType.ShortFormat)
        parts.append(f"{label} ({day} {clock})")
    return translate(
        "Reminder", "Missed while ColdCare was closed or the computer was asleep: {items}."
    ).format(items="; ".join(parts))


class _FittedScroll(QScrollArea):
    """As tall as its content at its width; when the window has less room (large text), it
    scrolls instead of squeezing the buttons into each other."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setProperty("role", "plain")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        self._width = -1

    def sizeHint(self) -> QSize:
        """The content's height at the width it has."""
        hint = super().sizeHint()
        content = self.widget()
        width = self.viewport().width()
        needed = content.heightForWidth(width) if content is not None else -1
        if needed < 0 and content is not None:
            needed = content.sizeHint().height()
        return QSize(hint.width(), max(needed, 0))

    def minimumSizeHint(self) -> QSize:
        """A few lines. The main window gives the bar all it needs when the page under it can
        spare the room, and what the page can spare when not (a page never gets less than its
        minimum: its heading and its choices are never cut off); the rest then scrolls."""
        few_lines = self.fontMetrics().height() * 4
        height = min(self.sizeHint().height(), few_lines)
        return QSize(super().minimumSizeHint().width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width means new wrapping, so a new height."""
        super().resizeEvent(event)
        if event.size().width() != self._width:
            self._width = event.size().width()
            self.updateGeometry()


class ReminderBar(QFrame):
    """The reminder (and the once-only "missed" note) at the top of the main window.

    Signals:
        start_requested(object): "Start now" for the ReminderView shown.
        snooze_requested(object, int): put it off by 5, 10 or 15 minutes.
        skip_requested(object, str, str): skipped, with the SkipReason code and a note.
        reminder_changed(): a reminder was shown or taken away (see :meth:`can_snooze`).

    After any of them the reminder part hides; the service shows the next one. Ctrl+L
    ("later") snoozes the reminder on show by the shortest choice.
    """

    start_requested = Signal(object)
    snooze_requested = Signal(object, int)
    skip_requested = Signal(object, str, str)
    reminder_changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._state = state
        self._painter = IconPainter(state, self)
        self._reminder: ReminderView | None = None
        self._missed: list[tuple[str, datetime]] = []
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self._reminder_part = self._build_reminder()
        self._missed_part = self._build_missed()
        layout.addWidget(self._reminder_part)
        layout.addWidget(self._missed_part)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)  # the card's border stays visible
        self._content = content
        self._scroll = _FittedScroll(content)
        outer.addWidget(self._scroll)
        self._reminder_part.hide()
        self._missed_part.hide()
        self.hide()
        later = QShortcut(QKeySequence(SNOOZE_KEY), self)
        later.activated.connect(self.snooze_soonest)

    def _build_reminder(self) -> QWidget:
        part = QWidget()
        row = QHBoxLayout(part)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self._painter.label("bell", "primary"), 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(8)
        self.title = QLabel()
        self.title.setProperty("role", "what-now")
        self.title.setWordWrap(True)
        self.whose = QLabel()
        self.whose.setWordWrap(True)
        self.snoozes = muted("")
        column.addWidget(self.title)
        column.addWidget(self.whose)
        column.addWidget(self.snoozes)
        column.addWidget(self._build_actions())
        row.addLayout(column, 1)
        return part

    def _build_actions(self) -> QWidget:
        self.start_button = button(translate("Reminder", "Start now"), role="primary")
        self.start_button.clicked.connect(self._start)
        self.skip_button = button(translate("Reminder", "Skip…"))
        self.skip_button.clicked.connect(self._ask_skip)
        self.dismiss_button = button(
            translate("Reminder", "OK"), translate("Reminder", "OK, hide this reminder")
        )
        self.dismiss_button.clicked.connect(self._hide_reminder)
        choices = QWidget()
        group = QHBoxLayout(choices)
        group.setContentsMargins(0, 0, 0, 0)
        self.snooze_buttons: list[QPushButton] = []
        for minutes in SNOOZE_CHOICES:
            snooze = button(
                translate("Reminder", "{minutes} min").format(minutes=minutes),
                translate("Reminder", "Snooze: remind me again in {minutes} minutes").format(
                    minutes=minutes
                ),
            )
            snooze.clicked.connect(lambda _on=False, m=minutes: self._snooze(m))
            self.snooze_buttons.append(snooze)
            group.addWidget(snooze)
        self.snooze_buttons[0].setToolTip(
            with_key(self.snooze_buttons[0].accessibleName(), SNOOZE_KEY)
        )
        self._snooze_group = AdaptiveRow()
        self._snooze_group.add(QLabel(translate("Reminder", "Remind me again in")), 0)
        self._snooze_group.add(choices, 0)
        answers = QWidget()
        row = QHBoxLayout(answers)
        row.setContentsMargins(0, 0, 0, 0)
        for control in (self.start_button, self.skip_button, self.dismiss_button):
            row.addWidget(control)
        # Start and Skip stay side by side; the snooze choices go under them in large text.
        actions = AdaptiveRow()
        actions.add(answers, 0)
        actions.add(self._snooze_group, 0)
        actions.add(QWidget(), 1)
        return actions

    def _build_missed(self) -> QWidget:
        part = QWidget()
        row = QHBoxLayout(part)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self._painter.label("caution", "caution"), 0, Qt.AlignmentFlag.AlignTop)
        self.missed = QLabel()
        self.missed.setWordWrap(True)
        row.addWidget(self.missed, 1)
        self.dismiss_missed_button = button(
            translate("Reminder", "Dismiss"), translate("Reminder", "Dismiss the missed items")
        )
        self.dismiss_missed_button.clicked.connect(self._hide_missed)
        row.addWidget(self.dismiss_missed_button, 0, Qt.AlignmentFlag.AlignTop)
        return part

    # ------------------------------------------------------------------ showing

    @property
    def reminder(self) -> ReminderView | None:
        """The reminder on show, if any."""
        return self._reminder

    def show_reminder(self, reminder: ReminderView) -> None:
        """Show ``reminder`` (replacing one on show)."""
        self._reminder = reminder
        template = (
            translate("Reminder", "In 10 minutes: {what}")
            if reminder.heads_up
            else translate("Reminder", "Time for: {what}")
        )
        self.title.setText(template.format(what=reminder.label))
        self.whose.setText(self._whose_text(reminder))
        self.setAccessibleName(f"{self.title.text()} {self.whose.text()}")
        self._snooze_group.setVisible(not reminder.heads_up)
        self.dismiss_button.setVisible(reminder.heads_up)
        self.snoozes.setVisible(not reminder.heads_up)
        self.snoozes.setText(snoozes_left_text(reminder.snoozes_left))
        for control in self.snooze_buttons:
            control.setEnabled(reminder.snoozes_left > 0)
        self._reminder_part.show()
        self.show()
        self._refit()
        self.reminder_changed.emit()

    @property
    def scrolls(self) -> bool:
        """Whether part of what the bar says is out of view (the window has no more room)."""
        return self._scroll.verticalScrollBar().maximum() > 0

    def can_snooze(self) -> bool:
        """Whether a due reminder is on show that may still be put off."""
        reminder = self._reminder
        return reminder is not None and not reminder.heads_up and reminder.snoozes_left > 0

    def snooze_soonest(self) -> None:
        """Put the reminder on show off by the shortest choice (Ctrl+L, the tray's menu)."""
        if self.can_snooze():
            self._snooze(SNOOZE_CHOICES[0])

    def _whose_text(self, reminder: ReminderView) -> str:
        """ "For Anna · planned for 09:00" (the early reminder: "For Anna · at 09:00")."""
        if reminder.due_at is None:
            return translate("Reminder", "For {name}").format(name=reminder.profile_name)
        local = reminder.due_at.astimezone(self._state.tz)
        clock = self.locale().toString(
            QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
        )
        template = (
            translate("Reminder", "For {name} · at {time}")
            if reminder.heads_up
            else translate("Reminder", "For {name} · planned for {time}")
        )
        return template.format(name=reminder.profile_name, time=clock)

    def show_missed(self, missed: Sequence[tuple[str, datetime]]) -> None:
        """Say once what was missed while the app was closed: (label, planned time; shown in
        the person's time zone).

        Missed items of another batch (another person) are added to those on show until the
        person dismisses them.
        """
        if not missed:
            return
        local = [(label, planned.astimezone(self._state.tz)) for label, planned in missed]
        self._missed = [*self._missed, *local]
        self.missed.setText(missed_text(self._missed, self.locale()))
        self.missed.setAccessibleName(self.missed.text())
        self._missed_part.show()
        self.show()
        self._refit()

    def clear_reminder(self) -> None:
        """Take the reminder away (it was handled elsewhere, e.g. started from Today)."""
        self._hide_reminder()

    # ------------------------------------------------------------------ answers

    def _start(self) -> None:
        if self._reminder is not None:
            reminder = self._reminder
            self._hide_reminder()
            self.start_requested.emit(reminder)

    def _snooze(self, minutes: int) -> None:
        if self._reminder is not None and self._reminder.snoozes_left > 0:
            reminder = self._reminder
            self._hide_reminder()
            self.snooze_requested.emit(reminder, minutes)

    def _ask_skip(self) -> None:
        reminder = self._reminder
        if reminder is None:
            return
        dialog = SkipDialog(reminder.label, self)
        delete_when_finished(dialog)
        dialog.accepted.connect(lambda: self._skip(reminder, *dialog.answer()))
        dialog.open()

    def _skip(self, reminder: ReminderView, reason: SkipReason, note: str) -> None:
        if self._reminder == reminder:
            self._hide_reminder()
        self.skip_requested.emit(reminder, reason.value, note)

    def _hide_reminder(self) -> None:
        self._reminder = None
        self._reminder_part.hide()
        self._fold()
        self.reminder_changed.emit()

    def _hide_missed(self) -> None:
        self._missed = []
        self._missed_part.hide()
        self._fold()

    def _fold(self) -> None:
        if self._reminder_part.isHidden() and self._missed_part.isHidden():
            self.hide()
        self._refit()

    def _refit(self) -> None:
        """Parts shown or hidden: the bar's height follows."""
        self._content.adjustSize()
        self._scroll.updateGeometry()
