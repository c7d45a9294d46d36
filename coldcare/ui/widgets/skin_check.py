"""The skin-check card shown over the session page when a check is due (safety-rules.md §5).

Four questions with big answers: how the skin looks (a colour swatch and words), what it
feels like (the usual order said in one line), pain compared with the start, and anything
else (several may apply; "None of these" until one is picked). "Done" is enabled once the
first three are answered; "Stop: something is wrong" works at any time. The card does not
judge the answer: the session machine turns it into stop signs (``signs.stop_signs``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.signs import PainChange, Sensation, SkinCheckAnswer, SkinLook, Symptom
from coldcare.ui.i18n import translate
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid
from coldcare.ui.widgets.common import optional_pixmap, scaled, theme_tokens

# Illustrative skin colours for the swatches: pictures beside the words, never the only cue.
# They are the same in every palette (a skin colour does not change with the theme).
SWATCH_NORMAL_PINK = "#EDB5A4"
SWATCH_BRIGHT_RED = "#D7302A"
SWATCH_WHITE = "#F7F4EE"
SWATCH_GREY_BLUE_WAXY = "#A9B4C2"
SWATCH_HIVES = "#E58A86"
SWATCH_BLISTERS = "#F2E2B8"

NO_SYMPTOMS = "none"  # the value of the "None of these" answer


def _look_choices() -> list[Choice]:
    return [
        Choice(SkinLook.NORMAL, translate("SkinCheck", "Normal pink"),
               translate("SkinCheck", "As usual, a little pink"), SWATCH_NORMAL_PINK),
        Choice(SkinLook.BRIGHT_RED, translate("SkinCheck", "Bright red"),
               translate("SkinCheck", "Deep, bright red"), SWATCH_BRIGHT_RED),
        Choice(SkinLook.WHITE, translate("SkinCheck", "White"),
               translate("SkinCheck", "Pale or white patches"), SWATCH_WHITE),
        Choice(SkinLook.GREY_BLUE_WAXY, translate("SkinCheck", "Grey, blue or waxy"),
               translate("SkinCheck", "Greyish, bluish or shiny like wax"), SWATCH_GREY_BLUE_WAXY),
        Choice(SkinLook.HIVES, translate("SkinCheck", "Hives or welts"),
               translate("SkinCheck", "Raised, itchy bumps"), SWATCH_HIVES),
        Choice(SkinLook.BLISTERS, translate("SkinCheck", "Blisters"),
               translate("SkinCheck", "Bubbles of fluid"), SWATCH_BLISTERS),
    ]  # fmt: skip


def sensation_choices() -> list[Choice]:
    """What the skin feels like, as the skin check asks it (also when a check is corrected)."""
    return [
        Choice(Sensation.COLD, translate("SkinCheck", "Cold")),
        Choice(Sensation.BURNING, translate("SkinCheck", "Burning")),
        Choice(Sensation.ACHING, translate("SkinCheck", "Aching")),
        Choice(Sensation.NUMB, translate("SkinCheck", "Numb")),
        Choice(Sensation.INTENSE_BURNING, translate("SkinCheck", "Intense burning or stinging")),
    ]


def pain_choices() -> list[Choice]:
    """Pain compared with the start of the session, as the skin check asks it."""
    return [
        Choice(PainChange.BETTER, translate("SkinCheck", "Better")),
        Choice(PainChange.SAME, translate("SkinCheck", "The same")),
        Choice(PainChange.WORSE, translate("SkinCheck", "Worse")),
    ]


def symptom_choices() -> list[Choice]:
    """The other symptoms the skin check asks about (without its "None of these")."""
    return [
        Choice(Symptom.TINGLING, translate("SkinCheck", "Tingling")),
        Choice(Symptom.WEAKNESS, translate("SkinCheck", "Weakness")),
        Choice(Symptom.DIZZINESS, translate("SkinCheck", "Dizziness or feeling faint")),
        Choice(Symptom.LIP_THROAT_SWELLING, translate("SkinCheck", "Swelling of lips or throat")),
        Choice(Symptom.WHEEZING, translate("SkinCheck", "Wheezing or trouble breathing")),
    ]


class SkinCheckCard(QFrame):
    """The skin check: four questions, "Done", and a stop button that always works.

    Signals:
        answered(object): "Done" was pressed; carries the :class:`SkinCheckAnswer` as chosen.
        stop_requested(): the person pressed "Stop: something is wrong".
    """

    answered = Signal(object)
    stop_requested = Signal()

    def __init__(self, supervised: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.look = ChoiceGrid(_look_choices(), columns=3)
        self.sensation = ChoiceGrid(sensation_choices(), columns=4)
        self.pain = ChoiceGrid(pain_choices(), columns=3)
        self.symptoms = ChoiceGrid(
            [Choice(NO_SYMPTOMS, translate("SkinCheck", "None of these")), *symptom_choices()],
            columns=3,
            multi=True,
        )
        self.done_button = QPushButton(translate("SkinCheck", "Done"))
        self.stop_button = QPushButton(translate("SkinCheck", "Stop: something is wrong"))
        self._hint = QLabel(translate("SkinCheck", "Answer questions 1, 2 and 3 first."))
        self._title = QLabel()
        self._lead = QLabel()
        self._scroll = QScrollArea()
        self._blocks: list[QWidget] = []
        self._boxes: list[tuple[QBoxLayout, int]] = []
        self._build()
        self._fit_to_look()
        for grid in (self.look, self.sensation, self.pain):
            for tile in grid.buttons():  # toggled: set_value() counts as an answer too
                tile.toggled.connect(self._update_done)
            grid.chosen.connect(self._reveal_next)
        self.symptoms.chosen.connect(self._keep_symptoms_consistent)
        self.done_button.clicked.connect(self._emit_answer)
        self.stop_button.clicked.connect(self.stop_requested)
        self.set_supervised(supervised)
        self.reset()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = self._box(QVBoxLayout(self), 16)
        self._card_box = layout
        layout.addWidget(self._header())
        questions = self._questions()
        self._scroll.setWidget(questions)
        questions.setAutoFillBackground(False)  # the card's surface shows through
        self._scroll.viewport().setAutoFillBackground(False)
        self._scroll.setWidgetResizable(True)
        self._scroll.setProperty("role", "plain")
        self._scroll.setProperty("bar", "wide")  # easy to see and to grab: ui/theme.py
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(self._footer())

    def _box(self, box: QBoxLayout, spacing: int) -> QBoxLayout:
        """Remember ``box`` so its spacing (8 px grid at 100 %) follows the text size."""
        self._boxes.append((box, spacing))
        return box

    def _header(self) -> QLabel:
        self._title.setProperty("role", "title")
        self._title.setWordWrap(True)
        return self._title

    def _questions(self) -> QWidget:
        page = QWidget()
        column = self._box(QVBoxLayout(page), 24)
        self._column = column
        self._lead.setWordWrap(True)
        column.addWidget(self._lead)
        sequence = translate(
            "SkinCheck",
            "Cold, then burning, then aching, then numb is the usual order. "
            "Numb means: take it off.",
        )
        questions = [
            (translate("SkinCheck", "1. How does the skin look?"), "", self.look),
            (translate("SkinCheck", "2. How does the skin feel?"), sequence, self.sensation),
            (translate("SkinCheck", "3. How is the pain compared with the start?"), "", self.pain),
            (translate("SkinCheck", "4. Anything else? Pick all that apply."), "", self.symptoms),
        ]
        for question, note, grid in questions:
            block = QWidget()
            box = self._box(QVBoxLayout(block), 8)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(self._label(question, "heading"))
            if note:
                box.addWidget(self._label(note, ""))
            grid.setAccessibleName(question)
            grid.setAccessibleDescription(note)
            box.addWidget(grid)
            column.addWidget(block)
            self._blocks.append(block)
        column.addStretch(1)
        return page

    @staticmethod
    def _label(text: str, role: str) -> QLabel:
        label = QLabel(text)
        if role:
            label.setProperty("role", role)
        label.setWordWrap(True)
        return label

    def _footer(self) -> QBoxLayout:
        self.stop_button.setProperty("role", "danger")
        self.stop_button.setAccessibleName(self.stop_button.text())
        self.done_button.setProperty("role", "primary")
        self.done_button.setAccessibleName(self.done_button.text())
        self._hint.setProperty("role", "muted")
        self._hint.setWordWrap(True)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        keep_room = self._hint.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)  # the questions do not jump when it goes
        self._hint.setSizePolicy(keep_room)
        # The stop button is as tall as "Done": both matter as much.
        self.stop_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        buttons = self._box(QHBoxLayout(), 16)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        footer = self._box(QVBoxLayout(), 8)
        footer.addWidget(self._hint)
        footer.addLayout(buttons)
        return footer

    # ------------------------------------------------------------------ answers

    def set_supervised(self, supervised: bool) -> None:
        """Speak to a helper checking someone else's skin (``True``) or to the person."""
        if supervised:
            title = translate("SkinCheck", "Please check the skin under the pack")
            lead = translate("SkinCheck", "Lift the pack, look at the skin and ask how it feels.")
        else:
            title = translate("SkinCheck", "Check your skin now")
            lead = translate("SkinCheck", "Lift the pack, look at the skin and answer below.")
        self._title.setText(title)
        self._lead.setText(lead)
        self.setAccessibleName(title)
        self.setAccessibleDescription(lead)

    def title(self) -> str:
        """The card's title as shown."""
        return self._title.text()

    def reset(self) -> None:
        """Empty every answer (for the next check); "None of these" is chosen again."""
        for grid in (self.look, self.sensation, self.pain):
            grid.clear()
        self.symptoms.set_value(NO_SYMPTOMS)
        self._update_done()
        self._scroll.verticalScrollBar().setValue(0)

    def answer(self) -> SkinCheckAnswer | None:
        """The answer as chosen so far, or ``None`` while questions 1 to 3 are open."""
        look, sensation, pain = self.look.value(), self.sensation.value(), self.pain.value()
        if look is None or sensation is None or pain is None:
            return None
        symptoms = frozenset(v for v in self.symptoms.values() if isinstance(v, Symptom))
        return SkinCheckAnswer(
            look=SkinLook(str(look)),
            sensation=Sensation(str(sensation)),
            pain=PainChange(str(pain)),
            symptoms=symptoms,
        )

    def _update_done(self) -> None:
        ready = self.answer() is not None
        self.done_button.setEnabled(ready)
        self._hint.setVisible(not ready)

    def _keep_symptoms_consistent(self, value: object) -> None:
        """The answer "None of these" and a symptom exclude each other; no answer means none."""
        picked = self.symptoms.values()
        if value == NO_SYMPTOMS or not picked:
            self.symptoms.set_value(NO_SYMPTOMS)
        elif NO_SYMPTOMS in picked:
            self.symptoms.set_values(v for v in picked if v != NO_SYMPTOMS)

    def _emit_answer(self) -> None:
        answer = self.answer()
        if answer is not None:
            self.answered.emit(answer)

    # ------------------------------------------------------------------ look and keys

    def _reveal_next(self) -> None:
        """Scroll the first open question of 1 to 3 into view, or question 4 once they are done.

        So nobody presses "Done" without having seen question 4 (dizziness, swelling). The
        view moves as little as it can; a question taller than the view shows its start.
        """
        answers = (self.look.value(), self.sensation.value(), self.pain.value())
        open_questions = [number for number, value in enumerate(answers) if value is None]
        block = self._blocks[open_questions[0] if open_questions else len(answers)]
        margin = scaled(self, 16)
        top, bottom = block.y() - margin, block.geometry().bottom() + margin
        bar = self._scroll.verticalScrollBar()
        view = self._scroll.viewport().height()
        bar.setValue(min(top, max(bar.value(), bottom - view)))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a new palette (icon colours) or text size (spacing, icon sizes)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._fit_to_look()

    def _fit_to_look(self) -> None:
        """Spacing on the 8 px grid grown with the text; icons in the palette's colours."""
        pad = scaled(self, 24)
        self._card_box.setContentsMargins(pad, pad, pad, pad)
        self._column.setContentsMargins(0, 0, scaled(self, 16), 0)  # room for the scroll bar
        for box, spacing in self._boxes:
            box.setSpacing(scaled(self, spacing))
        size = scaled(self, 32)
        stop = optional_pixmap("stop", QColor(theme_tokens(self).stop), size)
        self.stop_button.setIcon(QIcon(stop) if stop is not None else QIcon())
        self.stop_button.setIconSize(QSize(size, size))
