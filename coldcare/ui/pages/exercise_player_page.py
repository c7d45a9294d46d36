"""The exercise player: one exercise over the whole window, readable from across the room.

"Get ready", then each repetition ("Hold" with a countdown, or "Move slowly"), a short
"Relax" between repetitions and a "Rest" between sets, then "Well done" and a short log: how
many repetitions, how hard it was, the pain now. The words and the countdown are as large as
the window allows; every step is also a cue the app turns into a sound and spoken words.

The :class:`ExercisePlayer` state machine does the timing; this page asks it what to show at
every change of the displayed second (a precise single-shot timer), reading the injected
clock, so tests drive it with a fake clock and the timer's ``timeout``.

Keyboard: Space pauses and resumes wherever the focus is; Enter presses the focused button.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.exercise_player import (
    MOVE_WORD,
    PHASE_WORDS,
    Cue,
    ExercisePlayer,
    PlayerPhase,
)
from coldcare.domain.exercises import Exercise, ExerciseCompletion
from coldcare.ui.dialogs_exercise import CompletionForm
from coldcare.ui.i18n import translate
from coldcare.ui.plan_words import exercise_name
from coldcare.ui.state import AppState
from coldcare.ui.theme import Appearance
from coldcare.ui.widgets.common import (
    AdaptiveRow,
    IconPainter,
    button,
    heading,
    pressed_by_enter_itself,
    scaled,
    scrolling,
)

CueHandler = Callable[[Cue, str], None]
"""Called at each new step with the cue and its words ("Hold"): sound and speak them."""

PHASE_FACTOR = 3.0  # the phase words, times the text size (when the window has room)
COUNT_FACTOR = 5.0  # the countdown numerals
SMALLEST_FIT = 0.45  # never shrink the big words below this share, even in a tiny window
_SECOND = timedelta(seconds=1)
_SKIPPABLE = (PlayerPhase.GET_READY, PlayerPhase.RELAX, PlayerPhase.REST)


def cue_words(cue: Cue, exercise: Exercise) -> str:
    """What a cue says: its phase in words, "Move slowly" for a repetition without a hold."""
    if cue.phase is PlayerPhase.WORK and not exercise.hold_seconds:
        return translate("Player", MOVE_WORD)
    return translate("Player", PHASE_WORDS[cue.phase])


def _hint(phase: PlayerPhase, exercise: Exercise) -> str:
    """One short line of what to do now."""
    if phase is PlayerPhase.WORK:
        if exercise.hold_seconds:
            return translate("ExercisePlayer", "Hold it, and keep breathing.")
        return translate("ExercisePlayer", "One slow, gentle movement.")
    hints = {
        PlayerPhase.GET_READY: translate("ExercisePlayer", "Get into position."),
        PlayerPhase.RELAX: translate("ExercisePlayer", "Let go gently."),
        PlayerPhase.REST: translate("ExercisePlayer", "Rest before the next set."),
        PlayerPhase.PAUSED: translate(
            "ExercisePlayer", "Press “Resume” or the space bar to go on."
        ),
    }
    return hints.get(phase, "")


def _whole_seconds(left: timedelta) -> int:
    """Seconds shown for ``left``: rounded up, so 0 only when the step is over."""
    return max(0, math.ceil(left.total_seconds()))


class _EnterPresses(QObject):
    """Enter or Return on a focused button presses it (Qt's buttons answer only Space)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Click the button on Enter."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QAbstractButton)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            watched.click()
            return True
        return super().eventFilter(watched, event)


class ExercisePlayerPage(QWidget):
    """Plays one exercise, then asks how it went.

    Args:
        state: the app state (repositories, clock, active profile, appearance).
        on_cue: called with each new step's cue and words; when several steps passed at once
            (the computer was asleep) only the newest is sounded.

    Signals:
        finished(object): the stored ExerciseCompletion, or ``None`` when not saved.
    """

    finished = Signal(object)

    def __init__(self, state: AppState, on_cue: CueHandler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._on_cue = on_cue
        self._painter = IconPainter(state, self)
        self._enter = _EnterPresses(self)
        self.player: ExercisePlayer | None = None
        self._plan_item_id: int | None = None
        self._share = 1.0  # how much of the wanted size the big words get (a short window)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self._views = QStackedWidget()
        self.run_view = self._build_run()
        self.log_view = self._build_log()
        self._views.addWidget(self.run_view)
        self.run_view.installEventFilter(self)
        self._views.addWidget(self.log_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._views)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.run_view)
        space.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        space.activated.connect(self.toggle_pause)
        state.appearance_changed.connect(self._restyle)

    # ------------------------------------------------------------------ building

    def _build_run(self) -> QWidget:
        view = QWidget()
        self._run_layout = column = QVBoxLayout(view)
        column.setContentsMargins(0, 0, 0, 0)
        self.name = self._centred(heading("", "title"))
        self.phase = self._centred(QLabel())
        self.count = self._centred(QLabel())
        self.count.setAccessibleName(translate("ExercisePlayer", "Time left in this step"))
        self.unit = self._centred(heading("", "muted"))
        self.hint = self._centred(heading("", "what-now"))
        self.counters = self._centred(heading("", "title"))
        column.addWidget(self.name)
        column.addStretch(1)
        for label in (self.phase, self.count, self.unit, self.hint):
            column.addWidget(label)
        column.addStretch(1)
        column.addWidget(self.counters)
        column.addStretch(1)
        column.addWidget(self._build_controls())
        return view

    @staticmethod
    def _centred(label: QLabel) -> QLabel:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _build_controls(self) -> QWidget:
        self.pause_button = self._button(translate("ExercisePlayer", "Pause"), "primary")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.skip_button = self._button(translate("ExercisePlayer", "Skip the rest"))
        self._painter.paint(self.skip_button, "arrow-right")
        self.skip_button.clicked.connect(self.skip)
        policy = self.skip_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the other buttons stay where they are
        self.skip_button.setSizePolicy(policy)
        self.finish_button = self._button(translate("ExercisePlayer", "Finish now"))
        self._painter.paint(self.finish_button, "stop-square")
        self.finish_button.clicked.connect(self.finish)
        row = AdaptiveRow()
        for control in (self.pause_button, self.skip_button, self.finish_button):
            row.add(control)
        return row

    def _button(self, text: str, role: str = "") -> QPushButton:
        made = button(text, role=role)
        made.installEventFilter(self._enter)
        return made

    def _build_log(self) -> QWidget:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, scaled(self, 12), 0)
        column.setSpacing(scaled(self, 16))
        title_row = QHBoxLayout()
        title_row.addWidget(self._painter.label("safe", "safe"), 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addWidget(heading(translate("ExercisePlayer", "Well done"), "title"), 1)
        column.addLayout(title_row)
        self.done_summary = heading("", "what-now")
        column.addWidget(self.done_summary)
        self.form = CompletionForm(self._painter)
        column.addWidget(self.form)
        column.addStretch(1)
        self.discard_button = self._button(translate("ExercisePlayer", "Don't save"))
        self.discard_button.clicked.connect(lambda: self.finished.emit(None))
        self.save_button = self._button(translate("ExercisePlayer", "Save"), "primary")
        self.save_button.setAccessibleName(translate("ExercisePlayer", "Save how it went"))
        self.save_button.clicked.connect(self.save)
        buttons = AdaptiveRow()
        buttons.add(self.discard_button, 1)
        buttons.add(self.save_button, 2)
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(scaled(self, 16))
        layout.addWidget(scrolling(content), 1)
        layout.addWidget(buttons)
        for grid_button in self.form.findChildren(QPushButton):
            pressed_by_enter_itself(grid_button)
        return view

    # ------------------------------------------------------------------ playing

    def play(self, exercise: Exercise, plan_item_id: int | None = None) -> None:
        """Start ``exercise`` with the get-ready countdown (``plan_item_id``: from the plan)."""
        self.timer.stop()
        self.player = ExercisePlayer(exercise)
        self._plan_item_id = plan_item_id
        self.name.setText(exercise_name(exercise))
        self._views.setCurrentWidget(self.run_view)
        self._handle(self.player.start(self._state.clock.now()))
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tick(self) -> None:
        if self.player is not None:
            self._handle(self.player.tick(self._state.clock.now()))

    def toggle_pause(self) -> None:
        """Pause (the time left is kept) or go on."""
        player = self.player
        if player is None or player.phase is PlayerPhase.DONE:
            return
        now = self._state.clock.now()
        if player.phase is PlayerPhase.PAUSED:
            player.resume(now)
        else:
            player.pause(now)
        self._handle([])

    def skip(self) -> None:
        """Skip the rest of a get-ready, relax or rest countdown."""
        if self.player is not None:
            self._handle(self.player.skip(self._state.clock.now()))

    def finish(self) -> None:
        """Stop here after a confirmation; what was done so far can be logged."""
        player = self.player
        if player is None:
            return
        was_running = player.phase is not PlayerPhase.PAUSED
        if was_running:
            self.toggle_pause()
        if self.confirm_finish():
            self._handle(player.finish(self._state.clock.now()))
        elif was_running:
            self.toggle_pause()

    def confirm_finish(self) -> bool:
        """Ask before finishing early; True when the person says so."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ExercisePlayer", "Finish now?"))
        box.setText(translate("ExercisePlayer", "Finish the exercise now?"))
        box.setInformativeText(
            translate("ExercisePlayer", "What you did so far counts, and you can still log it.")
        )
        keep = box.addButton(
            translate("ExercisePlayer", "Keep going"), QMessageBox.ButtonRole.RejectRole
        )
        stop = box.addButton(
            translate("ExercisePlayer", "Finish now"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is stop

    def _handle(self, cues: list[Cue]) -> None:
        """Sound the newest cue, then show the player as it is now."""
        player = self.player
        assert player is not None
        if cues:
            self._on_cue(cues[-1], cue_words(cues[-1], player.exercise))
        if player.phase is PlayerPhase.DONE:
            self.timer.stop()
            self._show_log(player)
            return
        self._show_step(player)
        self._show_time(player)
        self._schedule(player)

    def _schedule(self, player: ExercisePlayer) -> None:
        """Wake when the shown second changes (and so exactly at the step's end)."""
        if player.phase is PlayerPhase.PAUSED:
            self.timer.stop()
            return
        left = player.remaining(self._state.clock.now())
        into_second = left - _SECOND * math.floor(left / _SECOND)
        self.timer.start(math.ceil(into_second / timedelta(milliseconds=1)) or 1000)

    # ------------------------------------------------------------------ showing

    def _show_step(self, player: ExercisePlayer) -> None:
        """The words of the step: set once per change, and said to screen readers."""
        exercise = player.exercise
        paused = player.phase is PlayerPhase.PAUSED
        words = cue_words(Cue(player.phase, player.set_number, player.rep_number), exercise)
        self.phase.setText(words)
        self.hint.setText(_hint(player.phase, exercise))
        self.counters.setText(self._counters(player))
        self.skip_button.setVisible(player.phase in _SKIPPABLE)
        self.skip_button.setText(
            translate("ExercisePlayer", "Start now")
            if player.phase is PlayerPhase.GET_READY
            else translate("ExercisePlayer", "Skip the rest")
        )
        self.skip_button.setAccessibleName(self.skip_button.text())
        pause_words = (
            translate("ExercisePlayer", "Resume")
            if paused
            else translate("ExercisePlayer", "Pause")
        )
        self.pause_button.setText(pause_words)
        self.pause_button.setAccessibleName(pause_words)
        self._painter.paint(self.pause_button, "play" if paused else "pause", "on_primary")
        self.phase.setAccessibleName(words)
        self.phase.setAccessibleDescription(f"{words}. {self.counters.text()}")
        self._restyle(self._state.appearance)

    @staticmethod
    def _counters(player: ExercisePlayer) -> str:
        exercise = player.exercise
        rep = translate("ExercisePlayer", "Repetition {n} of {total}").format(
            n=player.rep_number, total=exercise.reps
        )
        if exercise.sets == 1:
            return rep
        step = translate("ExercisePlayer", "Set {n} of {total}").format(
            n=player.set_number, total=exercise.sets
        )
        return f"{step} · {rep}"

    def _show_time(self, player: ExercisePlayer) -> None:
        seconds = _whole_seconds(player.remaining(self._state.clock.now()))
        if seconds >= 60:
            self.count.setText(f"{seconds // 60}:{seconds % 60:02d}")
            self.unit.setText(translate("ExercisePlayer", "minutes"))
        else:
            self.count.setText(str(seconds))
            self.unit.setText(
                translate("ExercisePlayer", "second")
                if seconds == 1
                else translate("ExercisePlayer", "seconds")
            )

    def _restyle(self, look: Appearance) -> None:
        """The big words at their fitted size; the countdown in the timer's colour (muted
        while paused). Set by stylesheet: the application's stylesheet would win over a font
        or palette set on the label."""
        tokens = look.tokens
        paused = self.player is not None and self.player.phase is PlayerPhase.PAUSED
        base = self.font().pointSizeF() * self._share
        self.phase.setStyleSheet(f"font-size: {base * PHASE_FACTOR:.1f}pt; font-weight: 700;")
        self.count.setStyleSheet(
            f"font-size: {base * COUNT_FACTOR:.1f}pt; font-weight: 700; "
            f"color: {tokens.muted if paused else tokens.primary};"
        )

    def _show_log(self, player: ExercisePlayer) -> None:
        exercise = player.exercise
        planned = exercise.sets * exercise.reps
        self.done_summary.setText(
            translate(
                "ExercisePlayer", "You did {done} of {planned} repetitions of “{name}”."
            ).format(done=player.reps_done, planned=planned, name=exercise_name(exercise))
        )
        self.form.reset(player.reps_done, 2 * planned)
        self._views.setCurrentWidget(self.log_view)
        self.form.effort.buttons()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """Store how it went and say the player is finished (or show why not)."""
        player = self.player
        if player is None:
            return
        stored: ExerciseCompletion | None = self.form.save(
            self._state, player.exercise, player.sets_done, self._plan_item_id
        )
        if stored is not None:
            self.finished.emit(stored)

    # ------------------------------------------------------------------ size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The big words take the room the running view has."""
        if watched is self.run_view and event.type() == QEvent.Type.Resize:
            self._fit_big_text()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a new text size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_big_text()

    def _fit_big_text(self) -> None:
        """Phase words and numerals as large as asked, smaller only when the window is short."""
        wanted = QFont(self.font())
        wanted.setWeight(QFont.Weight.Bold)
        need = 0
        for factor in (PHASE_FACTOR, COUNT_FACTOR):
            wanted.setPointSizeF(self.font().pointSizeF() * factor)
            need += QFontMetrics(wanted).height()
        layout = self._run_layout
        width = self.run_view.width()
        total = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.sizeHint().height()
        )
        others = total - self.phase.sizeHint().height() - self.count.sizeHint().height()
        room = self.run_view.height() - others
        self._share = max(SMALLEST_FIT, min(1.0, room / need))
        self._restyle(self._state.appearance)
