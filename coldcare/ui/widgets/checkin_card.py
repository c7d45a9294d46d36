"""The pain check-in on Today: "How is your pain right now?" and the weekly questions.

Before today's check-in the card asks on the 0–10 scale, with an optional note and Save; the
rating is stored as a daily :class:`PainRating`. Afterwards it says "Today: 4 — moderate, saved
09:12" with "Rate again" (ratings are only ever added: a new one is stored, and the latest of
the day is shown). A second line offers the weekly questions (the PEG) when none were answered
in the last seven days, and otherwise says when they were answered, the score, and when they
are due next.

Keyboard: Tab reaches the scale (digits and arrows choose), the note, Save; Enter in the note
saves. After saving, the focus is on "Rate again".
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.localtime import local_date
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.records import MAX_NOTE_LENGTH, PainContext, PainRating
from coldcare.domain.vocabulary import BadInputError
from coldcare.services.checkin_reminder import daily_rating, peg_due_on, recent_peg
from coldcare.ui.i18n import translate
from coldcare.ui.state import AppState
from coldcare.ui.widgets.common import (
    AdaptiveRow,
    IconPainter,
    Notice,
    Tone,
    button,
    delete_when_finished,
    field_label,
    muted,
    scaled,
    separator,
)
from coldcare.ui.widgets.nrs_scale import NrsScale, value_words
from coldcare.ui.words import score_text

if TYPE_CHECKING:
    from coldcare.ui.dialogs_peg import PegDialog


class CompactScale(NrsScale):
    """The pain scale with slightly smaller buttons and gaps, so that its two rows fit beside
    the navigation rail at 200 % text (buttons stay above 44 px; 16 px between them, as
    ui-style.md asks)."""

    def _fit_to_text(self) -> None:
        super()._fit_to_text()
        self._scale_layout.side = scaled(self, 48)
        self._scale_layout.gap = 16
        self._scale_layout.invalidate()


def _unstretched(button: QPushButton) -> QWidget:
    """``button`` at its own width, also when its row is stacked."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(button)
    row.addStretch(1)
    return holder


class CheckInCard(QFrame):
    """Today's pain check-in and the weekly questions of the active profile.

    Signals:
        checked_in(object): a daily PainRating was stored.
        peg_answered(object): a PegResponse was stored.
    """

    checked_in = Signal(object)
    peg_answered = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._painter = IconPainter(state, self)
        self._profile_id: int | None = None
        self._latest: PainRating | None = None
        self._rating_again = False
        self.peg_dialog: PegDialog | None = None
        self.setProperty("role", "card")
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self._form = self._build_form()
        self._saved = self._build_saved()
        self._peg = self._build_peg()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self._form)
        layout.addWidget(self._saved)
        layout.addWidget(separator())
        layout.addWidget(self._peg)

    # ------------------------------------------------------------------ building

    def _build_form(self) -> QWidget:
        self.problem = Notice(self._painter)
        self.scale = CompactScale()
        self.scale.setAccessibleName(translate("CheckIn", "How is your pain right now?"))
        self.scale.value_changed.connect(lambda _value: self.problem.clear())
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.returnPressed.connect(self.save)
        self.save_button = button(
            translate("CheckIn", "Save"), translate("CheckIn", "Save my pain rating")
        )
        self.save_button.clicked.connect(self.save)
        self.cancel_button = button(
            translate("CheckIn", "Cancel"), translate("CheckIn", "Keep the saved rating")
        )
        self.cancel_button.clicked.connect(self._keep_saved)
        note = QWidget()
        note_row = QHBoxLayout(note)
        note_row.setContentsMargins(0, 0, 0, 0)
        note_row.addWidget(field_label(translate("CheckIn", "A note (optional):"), self.note))
        note_row.addWidget(self.note, 1)
        buttons = QWidget()
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addWidget(self.save_button)
        button_row.addWidget(self.cancel_button)
        button_row.addStretch(1)
        row = AdaptiveRow(min_chars=40)
        row.add(note, 1)
        row.add(buttons, 0)
        form = QWidget()
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.scale)
        column.addWidget(row)
        column.addWidget(self.problem)
        return form

    def _build_saved(self) -> QWidget:
        self.saved_text = QLabel()
        self.saved_text.setWordWrap(True)
        self.saved_text.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_text.setProperty("role", "what-now")
        self.saved_note = muted("")
        self.saved_note.setTextFormat(Qt.TextFormat.PlainText)  # typed words, never markup
        self.rate_again = button(
            translate("CheckIn", "Rate again"), translate("CheckIn", "Rate your pain again")
        )
        self.rate_again.clicked.connect(self._start_again)
        words = QWidget()
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.saved_text)
        column.addWidget(self.saved_note)
        row = AdaptiveRow(min_chars=30)
        row.add(words, 1)
        row.add(_unstretched(self.rate_again), 0)
        return self._with_icon("safe", "safe", row)

    def _build_peg(self) -> QWidget:
        self.peg_text = QLabel()
        self.peg_text.setWordWrap(True)
        self.peg_button = button(
            translate("CheckIn", "Weekly questions (1 minute)"),
            translate("CheckIn", "Answer the weekly questions (1 minute)"),
        )
        self.peg_button.clicked.connect(self.ask_peg)
        row = AdaptiveRow(min_chars=30)
        row.add(self.peg_text, 1)
        self._peg_action = _unstretched(self.peg_button)
        row.add(self._peg_action, 0)
        return self._with_icon("clipboard", "primary", row)

    def _with_icon(self, icon: str, tone: Tone, content: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self._painter.label(icon, tone), 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(content, 1)
        return holder

    # ------------------------------------------------------------------ showing

    def refresh(self, profile_id: int, now: datetime) -> None:
        """Show ``profile_id``'s check-in and weekly questions as they stand at ``now``.

        A number being chosen is kept (Today refreshes every minute), unless the profile
        changed.
        """
        if profile_id != self._profile_id:
            self._profile_id = profile_id
            self._rating_again = False
            self._clear_form()
        tz = self._state.tz
        today = local_date(now, tz)
        self._latest = daily_rating(self._state.repositories.pain, profile_id, today, tz)
        self._show_check_in()
        self._show_peg(recent_peg(self._state.repositories.pegs, profile_id, today, tz), today)

    def _show_check_in(self) -> None:
        latest = self._latest
        asking = latest is None or self._rating_again
        self.heading.setText(
            translate("CheckIn", "How is your pain right now?")
            if asking
            else translate("CheckIn", "Pain check-in")
        )
        self._form.setVisible(asking)
        self._saved.setVisible(latest is not None and not asking)
        self.cancel_button.setVisible(latest is not None)
        if latest is None:
            return
        text = translate("CheckIn", "Today: {value}, saved {time}").format(
            value=value_words(latest.value), time=self._clock_text(latest.rated_at)
        )
        self.saved_text.setText(text)
        self.saved_text.setAccessibleName(text)
        self.saved_note.setText(latest.note)
        self.saved_note.setVisible(bool(latest.note))
        self._saved.setAccessibleName(text)

    def _show_peg(self, response: PegResponse | None, today: date) -> None:
        self._peg_action.setVisible(response is None)
        if response is None:
            text = translate(
                "CheckIn", "The weekly questions are due: three questions about the past week."
            )
        else:
            tz = self._state.tz
            text = translate(
                "CheckIn", "Weekly questions answered {when} — score {score}; next due {due}"
            ).format(
                when=self._day_words(local_date(response.answered_at, tz), today),
                score=score_text(response.score, self.locale()),
                due=self._day_words(peg_due_on(response, tz), today),
            )
        self.peg_text.setText(text)
        self._peg.setAccessibleName(text)

    def _clock_text(self, moment: datetime) -> str:
        local = moment.astimezone(self._state.tz)
        return self.locale().toString(
            QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
        )

    def _day_words(self, day: date, today: date) -> str:
        """The day in words: today, yesterday, tomorrow, or "on Tue 10 Mar"."""
        near = {
            today: translate("CheckIn", "today"),
            today - timedelta(days=1): translate("CheckIn", "yesterday"),
            today + timedelta(days=1): translate("CheckIn", "tomorrow"),
        }
        if day in near:
            return near[day]
        written = self.locale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")
        return translate("CheckIn", "on {day}").format(day=written)

    # ------------------------------------------------------------------ acting

    def save(self) -> None:
        """Store the chosen number as today's check-in (or say what is missing)."""
        value = self.scale.value()
        if value is None:
            self.problem.show_message(translate("CheckIn", "Choose a number from 0 to 10 first."))
            self.scale.buttons()[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self._profile_id is None:
            return
        rating = PainRating(
            self._profile_id,
            self._state.clock.now(),
            value,
            PainContext.DAILY,
            note=self.note.text().strip(),
        )
        try:
            stored = self._state.repositories.pain.add_rating(rating)
        except (BadInputError, StorageUnavailableError) as problem:
            self.problem.show_message(str(problem))
            return
        self._rating_again = False
        self._clear_form()
        self.refresh(self._profile_id, self._state.clock.now())
        self.rate_again.setFocus(Qt.FocusReason.OtherFocusReason)
        self.checked_in.emit(stored)

    def _start_again(self) -> None:
        self._rating_again = True
        self._show_check_in()
        latest = self._latest.value if self._latest is not None else 0
        self.scale.buttons()[latest].setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep_saved(self) -> None:
        self._rating_again = False
        self._clear_form()
        self._show_check_in()
        self.rate_again.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_form(self) -> None:
        self.scale.clear()
        self.note.clear()
        self.problem.clear()

    def ask_peg(self) -> PegDialog | None:
        """Open the weekly questions (window-modal; returns at once)."""
        if self._profile_id is None:
            return None
        from coldcare.ui.dialogs_peg import PegDialog  # noqa: PLC0415 - on first use, not at start

        dialog = PegDialog(self._state, self._profile_id, self)
        delete_when_finished(dialog)
        dialog.saved.connect(self._peg_saved)
        dialog.finished.connect(lambda _result: self._peg_closed())
        self.peg_dialog = dialog
        dialog.open()
        return dialog

    def _peg_saved(self, response: PegResponse) -> None:
        if self._profile_id is not None:
            self.refresh(self._profile_id, self._state.clock.now())
        self.peg_answered.emit(response)

    def _peg_closed(self) -> None:
        self.peg_dialog = None
        for target in (self.peg_button, self.rate_again, self.scale.buttons()[0]):
            if target.isVisible():
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return
