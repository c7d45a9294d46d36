"""The first start: a short welcome, then the profile in three small steps.

No profile, no session: the app shows this page, full-window, until a profile is saved.

Why steps and not one long page: thirteen health questions plus the rest make a long form,
and a long scrolling page hides how much is left and where the Save button is. Three steps
("About you", "Health questions", "Anything else") show one thing at a time, with a step
indicator that says where the person is (by words, a bold name and a tick, never colour
alone). Next checks only the step on screen; Back never loses an answer; the last step is
optional and ends with one clear "Save and start" button.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.vocabulary import BadInputError
from coldcare.ui.i18n import translate
from coldcare.ui.pages.profile_form import ProfileForm, Section
from coldcare.ui.state import AppState
from coldcare.ui.widgets.common import IconPainter, Notice, muted, repolish

# Each step shows these sections of the profile form.
STEPS: tuple[tuple[Section, ...], ...] = (
    (Section.ABOUT,),
    (Section.HEALTH,),
    (Section.PLACES, Section.CARE),
)


def _step_names() -> list[str]:
    return [
        translate("ProfileSetup", "About you"),
        translate("ProfileSetup", "Health questions"),
        translate("ProfileSetup", "Anything else"),
    ]


def _step_intros() -> list[str]:
    return [
        translate(
            "ProfileSetup",
            "If you are setting this up for someone else, answer for them.",
        ),
        translate(
            "ProfileSetup",
            "Please answer every question. If you are not sure, answer Yes for now and ask "
            "your doctor; you can change it later.",
        ),
        translate(
            "ProfileSetup",
            "Everything on this page is optional. You can change it later under Profile and "
            "settings.",
        ),
    ]


class StepIndicator(QWidget):
    """Where the person is: "✓ 1. About you   → 2. Health questions   3. Anything else".

    The current step is bold and larger with an arrow, finished steps have a tick: the step
    is never shown by colour alone. When the steps do not fit side by side (large text in a
    narrow window) they stack.
    """

    def __init__(self, names: list[str], painter: IconPainter) -> None:
        super().__init__()
        self._names = names
        self._painter = painter
        self._marks: list[QLabel] = []
        self._words: list[QLabel] = []
        self._items: list[QHBoxLayout] = []
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(32)
        for number, name in enumerate(names, start=1):
            item = QHBoxLayout()
            item.setSpacing(8)
            mark = painter.label("safe", "safe")
            words = QLabel(f"{number}. {name}")
            item.addWidget(mark)
            item.addWidget(words)
            self._marks.append(mark)
            self._words.append(words)
            self._items.append(item)
            self._layout.addLayout(item)
        self._layout.addStretch(1)

    def show_step(self, index: int) -> None:
        """Mark steps before ``index`` done and ``index`` as the current one."""
        for number, (mark, words) in enumerate(zip(self._marks, self._words, strict=True)):
            done, current = number < index, number == index
            self._painter.paint(
                mark, "safe" if done else "arrow-right", "safe" if done else "primary"
            )
            mark.setVisible(done or current)
            words.setProperty("role", "heading" if current else "muted")
            repolish(words)
        self.setAccessibleName(
            translate("ProfileSetup", "Step {number} of {total}: {name}").format(
                number=index + 1, total=len(self._names), name=self._names[index]
            )
        )
        self._fit()

    def minimumSizeHint(self) -> QSize:
        """Any width will do: the steps stack when they do not fit side by side."""
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Stack or line up the steps for the new width."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        gaps = self._layout.spacing() * (len(self._items) - 1)
        needed = sum(item.sizeHint().width() for item in self._items) + gaps
        direction = (
            QBoxLayout.Direction.LeftToRight
            if needed <= self.width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)


class ProfileSetupPage(QWidget):
    """The first-start page: welcome, the profile in three steps, then save.

    Signals:
        finished(object): the profile was saved (the saved Profile, with its id).
    """

    finished = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._step = 0
        self._painter = IconPainter(state, self)
        self._names = _step_names()
        self._intros = _step_intros()
        self.form = ProfileForm(state)
        self.indicator = StepIndicator(self._names, self._painter)
        self.form.set_lead(self._build_lead())
        self.problem = Notice(self._painter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.problem)
        layout.addLayout(self._build_buttons())
        self.show_step(0)

    def _build_lead(self) -> QWidget:
        """The welcome (first step only), the step indicator and what the step is about."""
        lead = QWidget()
        layout = QVBoxLayout(lead)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self._welcome = QWidget()
        welcome = QVBoxLayout(self._welcome)
        welcome.setContentsMargins(0, 0, 0, 8)
        title = QLabel(translate("ProfileSetup", "Welcome to ColdCare"))
        title.setProperty("role", "title")
        title.setWordWrap(True)
        said = QLabel(
            translate(
                "ProfileSetup",
                "ColdCare guides each cold-pack session with a timer that keeps your skin "
                "safe. Everything you enter stays on this computer.",
            )
        )
        said.setWordWrap(True)
        welcome.addWidget(title)
        welcome.addWidget(said)
        self._step_intro = muted("")
        layout.addWidget(self._welcome)
        layout.addWidget(self.indicator)
        layout.addWidget(self._step_intro)
        return lead

    def _build_buttons(self) -> QHBoxLayout:
        self.back_button = QPushButton(translate("ProfileSetup", "Back"))
        self.back_button.setAccessibleName(translate("ProfileSetup", "Back to the step before"))
        self._painter.paint(self.back_button, "arrow-left")
        self.back_button.clicked.connect(lambda: self.show_step(self._step - 1))
        self.next_button = QPushButton()
        self.next_button.setProperty("role", "primary")
        self.next_button.clicked.connect(self._forward)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        return row

    # ------------------------------------------------------------------ steps

    @property
    def step(self) -> int:
        """The step on screen (0, 1 or 2)."""
        return self._step

    def show_step(self, index: int) -> None:
        """Show step ``index`` (nothing typed is lost)."""
        self._step = max(0, min(index, len(STEPS) - 1))
        last = self._step == len(STEPS) - 1
        self.form.show_sections(STEPS[self._step])
        self.indicator.show_step(self._step)
        self._welcome.setVisible(self._step == 0)
        self._step_intro.setText(self._intros[self._step])
        self.back_button.setVisible(self._step > 0)
        self.next_button.setText(
            translate("ProfileSetup", "Save and start")
            if last
            else translate("ProfileSetup", "Next: {step}").format(step=self._names[self._step + 1])
        )
        self.next_button.setAccessibleName(self.next_button.text())
        self.problem.clear()
        self.form.focus_first()

    def _forward(self) -> None:
        """Check the step on screen; go on to the next one, or save after the last."""
        try:
            self.form.check(STEPS[self._step])
        except BadInputError as problem:
            self._show_problem(str(problem))
            return
        if self._step < len(STEPS) - 1:
            self.show_step(self._step + 1)
        else:
            self._save()

    def _save(self) -> None:
        """Save the profile (answered now) through the app state, then say it is done."""
        try:
            profile = self.form.profile()
            saved = self._state.save_profile(
                dataclasses.replace(profile, screening_answered_at=self._state.clock.now())
            )
        except (BadInputError, StorageUnavailableError) as problem:
            self._show_problem(str(problem))
            return
        self.finished.emit(saved)

    def _show_problem(self, message: str) -> None:
        """Say what to fix under the form, and keep the field it is about in view."""
        self.problem.show_message(message)
        if (layout := self.layout()) is not None:
            layout.activate()
        self.form.reveal_problem()
