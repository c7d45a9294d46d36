"""The running session: the countdown, skin checks, the end alarm, the break, the stop, aftercare.

Everything shown here comes from the :class:`SessionController`; the buttons only forward the
person's actions to it. The end alarm card fills the page with one huge button, and the page
says in words what is happening (never only a colour).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.session import AfterAnswer, ColdSession, Phase
from coldcare.domain.signs import Consequences, SkinCheckAnswer, SkinLook, StopSign
from coldcare.services.session_controller import SessionController
from coldcare.ui import icons
from coldcare.ui.dialogs import skin_look_choices
from coldcare.ui.i18n import translate
from coldcare.ui.keys import DONE_KEY, END_KEY, PAUSE_KEY, STOP_KEY, with_key
from coldcare.ui.sentence_words import barrier_in_sentence
from coldcare.ui.state import AppState
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid
from coldcare.ui.widgets.common import AdaptiveRow, fit_to_screen, scrolling
from coldcare.ui.widgets.countdown_ring import CountdownRing
from coldcare.ui.widgets.nrs_scale import NrsScale
from coldcare.ui.widgets.safety_panel import local_time_text
from coldcare.ui.widgets.skin_check import SkinCheckCard
from coldcare.ui.widgets.sources import SourcesDialog

EXTEND_STEP_MINUTES = 5


def _clock_text(left: timedelta) -> str:
    seconds = max(int(left.total_seconds()), 0)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _card(role: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(48, 32, 48, 32)
    layout.setSpacing(24)
    return frame, layout


def _scrolls(card: QFrame) -> QScrollArea:
    """``card`` in a scroll area: at 200 % text in a long language its words may not fit the
    window, and an instruction to scroll to is better than one cut off."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(card)
    return scrolling(holder)


def _mark(name: str, colour: str, size: int) -> QLabel:
    """A large icon above a card's title, so the card is read by shape as well as colour."""
    mark = QLabel()
    mark.setPixmap(icons.pixmap(name, colour, size))
    mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return mark


def _big_label(text: str, role: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class StopSignsDialog(QDialog):
    """ "Stop: something is wrong" — which signs, or just stop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SessionRun", "Stop the session"))
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        question = QLabel(translate("SessionRun", "What is wrong? Choose everything you notice."))
        question.setProperty("role", "heading")
        question.setWordWrap(True)
        column.addWidget(question)
        self.signs = ChoiceGrid(
            [Choice(sign, translate("StopSign", sign.display_name)) for sign in StopSign],
            columns=2,
            multi=True,
        )
        self.signs.setAccessibleName(translate("SessionRun", "Warning signs"))
        column.addWidget(self.signs)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)
        self.just_stop = QPushButton(
            translate("SessionRun", "Nothing is wrong, I just want to stop")
        )
        self.just_stop.clicked.connect(self.reject)
        self.confirm = QPushButton(translate("SessionRun", "Stop for these signs"))
        self.confirm.setDefault(True)
        self.confirm.clicked.connect(self.accept)
        buttons = AdaptiveRow()  # one under the other when long words do not fit side by side
        for button in (self.just_stop, self.confirm):
            button.setAccessibleName(button.text())
            buttons.add(button)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 640)

    def chosen(self) -> frozenset[StopSign]:
        """The signs ticked."""
        return frozenset(v for v in self.signs.values() if isinstance(v, StopSign))


class SessionRun(QWidget):
    """Shows the session the controller is running. Signal ``done()``: back to Today."""

    done = Signal()

    def __init__(
        self, state: AppState, controller: SessionController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._controller = controller
        self._stop: Consequences | None = None
        self._views = QStackedWidget()
        self._running = self._build_running()
        self._alarm = self._build_alarm()
        self._break = self._build_break()
        self._put_back = self._build_put_back()
        self._stopped = self._build_stopped()
        self._aftercare = self._build_aftercare()
        self.skin_card = SkinCheckCard(supervised=False)
        self.skin_card.answered.connect(self._answer_check)
        self.skin_card.stop_requested.connect(self.ask_stop)
        for view in (
            self._running,
            self.skin_card,
            self._alarm,
            self._break,
            self._put_back,
            self._stopped,
            self._aftercare,
        ):
            self._views.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._views)
        controller.changed.connect(self.refresh)
        controller.skin_check_due.connect(self._show_skin_check)
        controller.stopped_for_signs.connect(self._show_stopped)
        controller.ended.connect(self._show_ended)
        for key, action in (
            (PAUSE_KEY, self._toggle_pause),
            (DONE_KEY, self._acknowledge),
            (END_KEY, self._end_by_key),
            (STOP_KEY, self._stop_by_key),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(action)
        self.skin_card.done_button.setToolTip(with_key(self.skin_card.done_button.text(), DONE_KEY))
        self.skin_card.stop_button.setToolTip(with_key(self.skin_card.stop_button.text(), STOP_KEY))

    # ------------------------------------------------------------------ views

    def _build_running(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        self.what = QLabel()
        self.what.setProperty("role", "heading")
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        middle = QHBoxLayout()
        self.ring = CountdownRing()
        middle.addWidget(self.ring, 3)
        facts = QVBoxLayout()
        self.limits = QLabel()
        self.limits.setWordWrap(True)
        self.limits.setProperty("role", "what-now")
        self.next_check = QLabel()
        self.next_check.setWordWrap(True)
        self.next_check.setProperty("role", "what-now")
        self.round = QLabel()
        self.round.setProperty("role", "muted")
        facts.addStretch(1)
        for label in (self.limits, self.next_check, self.round):
            facts.addWidget(label)
        facts.addStretch(1)
        middle.addLayout(facts, 2)
        layout.addLayout(middle, 1)
        buttons = AdaptiveRow()
        self.pause = QPushButton(translate("SessionRun", "Pause"))
        self.pause.setAccessibleName(translate("SessionRun", "Pause"))
        self.pause.setToolTip(
            with_key(
                translate("SessionRun", "Take the pack off for a moment; the countdown waits."),
                PAUSE_KEY,
            )
        )
        self.pause.clicked.connect(self._toggle_pause)
        self.extend = QPushButton()
        self.extend.clicked.connect(lambda: self._controller.extend(self._extend_minutes()))
        self.off = QPushButton(translate("SessionRun", "I took the pack off"))
        self.off.setProperty("role", "primary")
        self.off.setAccessibleName(self.off.text())
        self.off.setToolTip(with_key(self.off.text(), END_KEY))
        self.off.clicked.connect(self._confirm_early_end)
        self.stop = QPushButton(translate("SessionRun", "Stop: something is wrong"))
        self.stop.setProperty("role", "danger")
        self.stop.setAccessibleName(self.stop.text())
        self.stop.setToolTip(with_key(self.stop.text(), STOP_KEY))
        self.stop.clicked.connect(self.ask_stop)
        for button in (self.pause, self.extend, self.stop):
            buttons.add(button, 0)  # each as wide as its words: side by side at 200 % too
        layout.addWidget(buttons)
        layout.addWidget(self.off)
        return view

    def _build_alarm(self) -> QWidget:
        frame, layout = _card("stop")
        layout.addStretch(1)
        look = self._state.appearance
        layout.addWidget(_mark("alarm", look.tokens.stop, look.pixels(56)))
        self.alarm_title = _big_label(translate("SessionRun", "Take the pack off now"), "shout")
        layout.addWidget(self.alarm_title)
        self.alarm_text = _big_label("", "what-now")
        layout.addWidget(self.alarm_text)
        self.acknowledge = QPushButton(translate("SessionRun", "Done, it's off"))
        self.acknowledge.setProperty("role", "huge")
        self.acknowledge.setAccessibleName(self.acknowledge.text())
        self.acknowledge.setToolTip(with_key(self.acknowledge.text(), DONE_KEY))
        self.acknowledge.clicked.connect(self._controller.take_pack_off)
        layout.addWidget(self.acknowledge)
        self.alarm_extend = QPushButton()
        self.alarm_extend.clicked.connect(lambda: self._controller.extend(self._extend_minutes()))
        layout.addWidget(self.alarm_extend, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return _scrolls(frame)

    def _build_break(self) -> QWidget:
        frame, layout = _card("card")
        layout.addStretch(1)
        layout.addWidget(_big_label(translate("SessionRun", "Break: keep the pack off"), "title"))
        self.break_left = _big_label("", "big-number")
        layout.addWidget(self.break_left)
        layout.addWidget(
            _big_label(
                translate("SessionRun", "ColdCare will tell you when to put it back on."),
                "what-now",
            )
        )
        layout.addWidget(self._finish_early_button(), 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return _scrolls(frame)

    def _finish_early_button(self) -> QPushButton:
        """Ends an intermittent session after its first round (the pack is already off)."""
        finish = QPushButton(translate("SessionRun", "Finish now, without the second round"))
        finish.setAccessibleName(finish.text())
        finish.clicked.connect(self._controller.take_pack_off)
        return finish

    def _build_put_back(self) -> QWidget:
        frame, layout = _card("card")
        layout.addStretch(1)
        layout.addWidget(_big_label(translate("SessionRun", "Put the pack back on"), "title"))
        layout.addWidget(
            _big_label(
                translate("SessionRun", "The break is over. Wrap the pack as before."),
                "what-now",
            )
        )
        back_on = QPushButton(translate("SessionRun", "It is back on"))
        back_on.setProperty("role", "primary")
        back_on.setAccessibleName(back_on.text())
        back_on.setToolTip(with_key(back_on.text(), DONE_KEY))
        self.back_on = back_on
        back_on.clicked.connect(self._controller.put_pack_back_on)
        layout.addWidget(back_on)
        layout.addWidget(self._finish_early_button(), 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return _scrolls(frame)

    def _build_stopped(self) -> QWidget:
        frame, layout = _card("stop")
        layout.addStretch(1)
        look = self._state.appearance
        layout.addWidget(_mark("stop", look.tokens.stop, look.pixels(56)))
        self.stop_title = _big_label("", "shout")
        layout.addWidget(self.stop_title)
        self.emergency = _big_label(
            translate(
                "SessionRun",
                "Call emergency services now (112 in Europe, 911 in North America). Swelling "
                "of the lips or throat, or wheezing, can be a serious allergic reaction to cold.",
            ),
            "what-now",
        )
        layout.addWidget(self.emergency)
        self.stop_details = _big_label("", "what-now")
        layout.addWidget(self.stop_details)
        self.stop_why = QPushButton(translate("SessionRun", "Why?"))
        self.stop_why.setAccessibleName(translate("SessionRun", "Why? Show the sources"))
        self.stop_why.clicked.connect(self._show_stop_sources)
        layout.addWidget(self.stop_why, 0, Qt.AlignmentFlag.AlignHCenter)
        self.understood = QPushButton(translate("SessionRun", "The pack is off"))
        self.understood.setProperty("role", "huge")
        self.understood.setAccessibleName(self.understood.text())
        self.understood.clicked.connect(self.done.emit)
        layout.addWidget(self.understood)
        layout.addStretch(1)
        return _scrolls(frame)

    def _build_aftercare(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(
            _big_label(translate("SessionRun", "Well done. The pack is off."), "title")
        )
        question = QLabel(translate("SessionRun", "How does the skin look now?"))
        question.setProperty("role", "heading")
        question.setWordWrap(True)
        layout.addWidget(question)
        self.after_look = ChoiceGrid(skin_look_choices(), columns=3)
        self.after_look.setAccessibleName(question.text())
        self.after_look.chosen.connect(lambda _v: self._update_finish())
        layout.addWidget(self.after_look)
        self.after_pain = NrsScale()
        self.after_pain.set_question(translate("SessionRun", "How is your pain now?"))
        layout.addWidget(self.after_pain)
        layout.addStretch(1)
        view = QWidget()
        outer = QVBoxLayout(view)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content), 1)
        self.finish = QPushButton(translate("SessionRun", "Save and finish"))
        self.finish.setProperty("role", "primary")
        self.finish.setAccessibleName(self.finish.text())
        self.finish.clicked.connect(self._finish_aftercare)
        outer.addWidget(self.finish)
        return view

    # ------------------------------------------------------------------ updates

    def begin(self) -> None:
        """Show a session that has just started."""
        self._stop = None
        record = self._controller.record
        self.skin_card.set_supervised(record is not None and record.caregiver_present)
        self.after_look.clear()
        self.after_pain.clear()
        self.refresh()

    def refresh(self) -> None:
        """Show the controller's session as it is now."""
        session = self._controller.session
        if session is None or self._stop is not None:
            return
        now = self._controller.now()
        self._describe(session)
        if session.phase is Phase.REMOVE_NOW:
            self._views.setCurrentWidget(self._alarm)
            self._update_alarm(session)
        elif session.phase is Phase.COLD_OFF:
            self._views.setCurrentWidget(self._break)
            deadline = session.phase_deadline(now)
            left = deadline - now if deadline else timedelta(0)
            self.break_left.setText(
                translate("SessionRun", "{time} until the second round").format(
                    time=_clock_text(left)
                )
            )
        elif session.phase is Phase.PUT_BACK_DUE:
            self._views.setCurrentWidget(self._put_back)
        elif session.phase in (Phase.COLD_ON, Phase.PAUSED):
            if not session.skin_check_pending():
                self._views.setCurrentWidget(self._running)
            self._update_running(session, now)

    def _describe(self, session: ColdSession) -> None:
        plan = session.plan
        site = translate("BodySite", plan.site.display_name)
        modality = translate("Modality", plan.modality.display_name)
        if plan.modality.is_pack:
            barrier = barrier_in_sentence(plan.barrier)
            text = translate("SessionRun", "{site} — {modality}, {barrier}").format(
                site=site, modality=modality, barrier=barrier
            )
        else:
            text = translate("SessionRun", "{site} — {modality}").format(
                site=site, modality=modality
            )
        self.what.setText(text)

    def _update_running(self, session: ColdSession, moment: datetime) -> None:
        plan = session.plan
        check_at = session.next_skin_check_at(moment)
        self.ring.set_next_check(check_at - moment if check_at else None)  # before the time
        self.ring.set_times(
            session.remaining(moment),
            session.phase_target(),
            timedelta(minutes=plan.recommended_minutes),
            timedelta(minutes=plan.max_minutes),
        )
        paused = session.phase is Phase.PAUSED
        self.ring.set_paused(paused)
        self.limits.setText(
            translate("SessionRun", "{maximum} minutes at most.").format(maximum=plan.max_minutes)
            if plan.recommended_minutes == plan.max_minutes
            else translate(
                "SessionRun", "Recommended {recommended} min. Never more than {maximum} min."
            ).format(recommended=plan.recommended_minutes, maximum=plan.max_minutes)
        )
        self.next_check.setText(
            translate("SessionRun", "Next skin check in {time}").format(
                time=_clock_text(check_at - moment)
            )
            if check_at
            else ""
        )
        phases = len(plan.on_phase_minutes())
        self.round.setVisible(phases > 1)
        self.round.setText(
            translate("SessionRun", "Round {n} of {total}").format(
                n=2 if session.is_last_on_phase and phases > 1 else 1, total=phases
            )
        )
        self.pause.setText(
            translate("SessionRun", "Resume") if paused else translate("SessionRun", "Pause")
        )
        self.pause.setAccessibleName(
            translate("SessionRun", "Resume") if paused else translate("SessionRun", "Pause")
        )
        self._update_extend(self.extend, session)

    def _update_alarm(self, session: ColdSession) -> None:
        if session.is_last_on_phase:
            self.alarm_text.setText(
                translate("SessionRun", "The time is up. Take the pack off, then press the button.")
            )
        else:
            self.alarm_text.setText(
                translate("SessionRun", "The first round is over. Take the pack off for the break.")
            )
        self._update_extend(self.alarm_extend, session)
        self.acknowledge.setFocus()

    def _extend_minutes(self) -> int:
        session = self._controller.session
        available = session.can_extend_by() if session else 0
        return min(EXTEND_STEP_MINUTES, available)

    def _update_extend(self, button: QPushButton, session: ColdSession) -> None:
        minutes = min(EXTEND_STEP_MINUTES, session.can_extend_by())
        button.setVisible(minutes > 0 and session.phase in (Phase.COLD_ON, Phase.REMOVE_NOW))
        button.setText(translate("SessionRun", "{n} more minutes").format(n=minutes))
        button.setAccessibleName(button.text())

    def flash(self) -> None:
        """When no sound can be played: make the alarm card blink, so it is seen."""
        frame = self._alarm
        frame.setProperty("role", "caution" if frame.property("role") == "stop" else "stop")
        frame.style().unpolish(frame)
        frame.style().polish(frame)

    # ------------------------------------------------------------------ actions

    def _toggle_pause(self) -> None:
        session = self._controller.session
        if session is None:
            return
        if session.phase is Phase.PAUSED:
            self._controller.resume()
        elif session.phase is Phase.COLD_ON:
            self._controller.pause()

    def _acknowledge(self) -> None:
        """Ctrl+D: the "done" of whatever asks now: the alarm, the put-back prompt, or the
        skin check once its questions are answered."""
        shown = self._views.currentWidget()
        if shown is self._alarm:
            self.acknowledge.click()
        elif shown is self._put_back:
            self.back_on.click()
        elif shown is self.skin_card and self.skin_card.done_button.isEnabled():
            self.skin_card.done_button.click()

    def _end_by_key(self) -> None:
        if self._views.currentWidget() is self._running:
            self._confirm_early_end()

    def _stop_by_key(self) -> None:
        if self._controller.cold_running and self._stop is None:
            self.ask_stop()

    def _confirm_early_end(self) -> None:
        answer = QMessageBox.question(
            self,
            translate("SessionRun", "End the session?"),
            translate("SessionRun", "Is the pack off? This ends the session now."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._controller.take_pack_off()

    def ask_stop(self) -> None:
        """Ask which warning signs there are, then stop (or just end the session early)."""
        dialog = StopSignsDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            self._controller.stop_for_signs(dialog.chosen())
        elif dialog.result() == QDialog.DialogCode.Rejected and self._controller.cold_running:
            self._controller.take_pack_off()

    def _show_skin_check(self, _number: int) -> None:
        self.skin_card.reset()
        self._views.setCurrentWidget(self.skin_card)
        self.skin_card.look.buttons()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _answer_check(self, answer: SkinCheckAnswer) -> None:
        self._controller.answer_skin_check(answer)
        self.refresh()
        if self._views.currentWidget() is self._running:
            self.pause.setFocus(Qt.FocusReason.OtherFocusReason)  # the keyboard goes on here

    def _show_stopped(self, stop: Consequences) -> None:
        after_the_session = self._views.currentWidget() is self._aftercare
        self._stop = stop
        self.stop_title.setText(
            translate("SessionRun", "Keep cold away from this spot")
            if after_the_session
            else translate("SessionRun", "Stop now. Take the pack off.")
        )
        self.understood.setText(
            translate("SessionRun", "I understand")
            if after_the_session
            else translate("SessionRun", "The pack is off")
        )
        self.understood.setAccessibleName(self.understood.text())
        self.emergency.setVisible(stop.call_emergency)
        details: list[str] = []
        now = self._state.clock.now()
        if stop.lock_until is not None:
            when = local_time_text(stop.lock_until, now, self._state.tz, self.locale())
            details.append(
                translate("SessionRun", "No cold on this spot until {when}.").format(when=when)
            )
        if stop.review_needed:
            details.append(
                translate(
                    "SessionRun",
                    "No cold anywhere until a doctor has checked you and this is recorded on "
                    "the profile.",
                )
            )
        details.append(translate("SessionRun", "This has been recorded for your physiotherapist."))
        self.stop_details.setText(" ".join(details))
        self._views.setCurrentWidget(self._stopped)
        self.understood.setFocus(Qt.FocusReason.OtherFocusReason)
        self._state.reload_profile()

    def _show_stop_sources(self) -> None:
        """The evidence for stopping at these signs, and for the lock or review after them."""
        if self._stop is None:
            return
        said = f"{self.stop_title.text()} {self.stop_details.text()}"
        SourcesDialog(said, self._stop.sources, self).exec()

    def _show_ended(self, _record: object) -> None:
        if self._stop is None:
            self._views.setCurrentWidget(self._aftercare)
            self._update_finish()
            self.after_look.buttons()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_finish(self) -> None:
        self.finish.setEnabled(self.after_look.value() is not None)

    def _finish_aftercare(self) -> None:
        look = self.after_look.value()
        if not isinstance(look, SkinLook):
            return
        self._controller.finish_aftercare(AfterAnswer(look, self.after_pain.value()))
        if self._stop is None:
            self.done.emit()
