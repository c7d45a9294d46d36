"""The weekly questions: the PEG (pain, enjoyment of life, general activity; Krebs et al. 2009).

Three questions about the past week, each answered on a 0–10 scale with the measure's own
anchors (measures.md §1): pain on average (0 no pain, 10 pain as bad as you can imagine), and
how pain interfered with enjoyment of life and with general activity (0 does not interfere, 10
completely interferes). The score is the mean of the three (``PegResponse.score``), shown as
soon as all three are answered, with the source in plain words.

Keyboard: Tab moves from scale to scale (digits and arrows choose), to the note and the
buttons; Enter in the note saves; Esc cancels without saving. The questions scroll when the
text is large.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coldcare.domain.pain_stats import PEG_SOURCE, PegResponse
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.records import MAX_NOTE_LENGTH
from coldcare.domain.vocabulary import BadInputError
from coldcare.ui.i18n import translate
from coldcare.ui.state import AppState
from coldcare.ui.widgets.common import (
    IconPainter,
    Notice,
    button,
    field_label,
    fit_to_screen,
    heading,
    muted,
    reveal,
    scrolling,
)
from coldcare.ui.widgets.nrs_scale import HIGHEST, NrsScale
from coldcare.ui.words import score_text


class ItemScale(NrsScale):
    """The 0–10 scale for one PEG question, with that question's anchors.

    ``banded`` keeps the pain words under the scale ("6 — moderate"); the interference
    questions say the number alone ("6 out of 10"), since the pain bands do not apply to them.
    """

    _banded = True  # until set: the base class shows the value while it is built

    def __init__(self, question: str, low: str, high: str, *, banded: bool) -> None:
        super().__init__()
        self._banded = banded
        self.set_question(question)
        anchors = (self._scale_layout.itemAt(HIGHEST + 1), self._scale_layout.itemAt(HIGHEST + 2))
        for item, text in zip(anchors, (low, high), strict=True):
            label = item.widget() if item is not None else None
            assert isinstance(label, QLabel)
            label.setText(text)
        self.setAccessibleDescription(
            translate("PegDialog", "0 means {low}. 10 means {high}.").format(low=low, high=high)
        )
        if not banded:
            for number, choice in enumerate(self.buttons()):
                choice.setAccessibleName(_out_of_ten(number))
        self._show_value()

    def _show_value(self) -> None:
        super()._show_value()
        value = self.value()
        if value is not None and not self._banded:
            self._words.setText(_out_of_ten(value))


def _out_of_ten(value: int) -> str:
    return translate("PegDialog", "{value} out of 10").format(value=value)


class PegDialog(QDialog):
    """Ask the three weekly questions and store the answers for ``profile_id``.

    Signals:
        saved(object): the stored PegResponse (emitted before the dialog closes).
    """

    saved = Signal(object)

    def __init__(self, state: AppState, profile_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._profile_id = profile_id
        title = translate("PegDialog", "Weekly questions")
        self.setWindowTitle(title)
        self.pain, self.enjoyment, self.activity = self._build_scales()
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.returnPressed.connect(self.save)
        self.score = QLabel()
        self.score.setWordWrap(True)
        self.score.setProperty("role", "what-now")
        self.problem = Notice(IconPainter(state, self))
        content = QWidget()
        column = self._column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(24)
        column.addWidget(
            muted(
                translate(
                    "PegDialog",
                    "Three questions about the past week. For each, choose a number from 0 "
                    "to 10. It takes about a minute.",
                )
            )
        )
        for scale in self.scales():
            column.addWidget(scale)
            scale.value_changed.connect(self._answered)
        note = QVBoxLayout()
        note.setSpacing(8)
        note.addWidget(field_label(translate("PegDialog", "A note (optional)"), self.note))
        note.addWidget(self.note)
        column.addLayout(note)
        column.addWidget(self.score)
        column.addWidget(muted(translate("PainStats", PEG_SOURCE)))
        column.addWidget(self.problem)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(heading(title, "title"))
        layout.addWidget(scrolling(content), 1)
        layout.addLayout(self._build_buttons())
        self._show_score()
        fit_to_screen(self, 900, 760)

    def _build_scales(self) -> tuple[ItemScale, ItemScale, ItemScale]:
        interferes = (
            translate("PegDialog", "does not interfere"),
            translate("PegDialog", "completely interferes"),
        )
        return (
            ItemScale(
                translate(
                    "PegDialog",
                    "1. What number best describes your pain on average in the past week?",
                ),
                translate("PegDialog", "no pain"),
                translate("PegDialog", "pain as bad as you can imagine"),
                banded=True,
            ),
            ItemScale(
                translate(
                    "PegDialog",
                    "2. What number best describes how, during the past week, pain has "
                    "interfered with your enjoyment of life?",
                ),
                *interferes,
                banded=False,
            ),
            ItemScale(
                translate(
                    "PegDialog",
                    "3. What number best describes how, during the past week, pain has "
                    "interfered with your general activity?",
                ),
                *interferes,
                banded=False,
            ),
        )

    def _build_buttons(self) -> QHBoxLayout:
        self.cancel_button = button(
            translate("PegDialog", "Cancel"), translate("PegDialog", "Cancel without saving")
        )
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = button(
            translate("PegDialog", "Save"),
            translate("PegDialog", "Save the answers"),
            "primary",
        )
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    def scales(self) -> tuple[ItemScale, ItemScale, ItemScale]:
        """The three questions, in order."""
        return self.pain, self.enjoyment, self.activity

    # ------------------------------------------------------------------ answering

    def _answered(self, _value: int) -> None:
        self.problem.clear()
        self._show_score()

    def _answers(self) -> tuple[int, int, int] | None:
        pain, enjoyment, activity = (scale.value() for scale in self.scales())
        if pain is None or enjoyment is None or activity is None:
            return None
        return pain, enjoyment, activity

    def _show_score(self) -> None:
        answers = self._answers()
        if answers is None:
            self.score.setText(translate("PegDialog", "Answer all three to see your score."))
            return
        score = sum(answers) / len(answers)
        self.score.setText(
            translate("PegDialog", "Your score: {score} out of 10 (lower is better)").format(
                score=score_text(score, self.locale())
            )
        )

    def save(self) -> None:
        """Store the answers and close, or say what is missing and stay open."""
        answers = self._answers()
        if answers is None:
            self._say(translate("PegDialog", "Please answer all three questions."))
            unanswered = next(s for s in self.scales() if s.value() is None)
            unanswered.buttons()[0].setFocus(Qt.FocusReason.OtherFocusReason)
            reveal(unanswered)
            return
        try:
            stored = self._state.repositories.pegs.add_peg(
                PegResponse(
                    self._profile_id,
                    self._state.clock.now(),
                    *answers,
                    note=self.note.text().strip(),
                )
            )
        except (BadInputError, StorageUnavailableError) as problem:
            self._say(str(problem))
            return
        self.saved.emit(stored)
        self.accept()

    def _say(self, message: str) -> None:
        self.problem.show_message(message)
        self._column.activate()  # the notice just appeared: give it its place before scrolling
        reveal(self.problem)
