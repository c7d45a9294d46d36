"""Exercises: the library of home exercises, with the starter set and the person's own.

A list on the left (filtered by body region; archived ones only when asked for), the chosen
exercise on the right: the numbers in words, the picture, how to do it, and for the starter
set the reminder to check with a physiotherapist. When the two do not fit side by side (large
text), the list fills the page and choosing an exercise shows it alone, with a way back.

One simple rule for removing: exercises are archived, never deleted, so their history is always
kept; an archived one can be restored.

Adding, editing, archiving and restoring ask for the caregiver PIN first when one is set;
starting an exercise and logging one never do.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.caregiver_pin import ProtectedAction
from coldcare.domain.exercises import CHECK_WITH_PHYSIOTHERAPIST, BodyRegion, Exercise
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.vocabulary import BadInputError
from coldcare.ui.dialogs_exercise import (
    CompletionDialog,
    ExerciseEditor,
    exercise_instructions,
    exercise_numbers,
    heading,
    numbers_short,
    picture_pixmap,
    region_name,
)
from coldcare.ui.i18n import translate
from coldcare.ui.pin_gate import asking_first
from coldcare.ui.plan_words import exercise_name
from coldcare.ui.state import AppState
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid, tick_tile
from coldcare.ui.widgets.common import (
    AdaptiveRow,
    IconPainter,
    Notice,
    button,
    card,
    delete_when_finished,
    discard,
    field_label,
    muted,
    scaled,
    scrolling,
)

_ALL_REGIONS = ""  # the filter's value for "all body regions"
TWO_COLUMNS_CHARS = 72  # the list and the chosen exercise side by side need this many characters


def list_line(exercise: Exercise) -> str:
    """The line under a name in the list: region, numbers, starter set, archived."""
    parts = [
        region_name(exercise.region),
        numbers_short(exercise.sets, exercise.reps, exercise.hold_seconds),
    ]
    if exercise.builtin_key:
        parts.append(translate("Exercises", "starter set"))
    if exercise.archived:
        parts.append(translate("Exercises", "archived"))
    return " · ".join(parts)


class ExercisesPage(QWidget):
    """The exercise library.

    Signals:
        play_requested(object): the person wants to do this Exercise with the player.
        library_changed(): an exercise was added, edited, archived or restored.
        completion_logged(object): an ExerciseCompletion logged without the player.
    """

    play_requested = Signal(object)
    library_changed = Signal()
    completion_logged = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._painter = IconPainter(state, self)
        self._shown: list[Exercise] = []
        self._chosen: Exercise | None = None
        self._narrow = False  # one column: the list, or the chosen exercise alone
        self._detail_alone = False  # in one column, the chosen exercise is shown
        self.list: ChoiceGrid | None = None
        self.notice = Notice(self._painter)
        self.filters = self._build_filters()
        self.list_area = self._build_list()
        self.detail_area = self._build_detail()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(scaled(self, 16))
        layout.addLayout(self._build_title())
        layout.addWidget(self.filters)
        layout.addWidget(self.notice)
        body = QHBoxLayout()
        body.setSpacing(scaled(self, 24))
        body.addWidget(self.list_area, 2)
        body.addWidget(self.detail_area, 3)
        layout.addLayout(body, 1)
        self.refresh()
        self._arrange()

    # ------------------------------------------------------------------ building

    def _build_title(self) -> QHBoxLayout:
        title = heading(translate("Exercises", "Exercises"), "title")
        self.add_button = button(translate("Exercises", "Add an exercise"))
        self._painter.paint(self.add_button, "plus")
        self.add_button.clicked.connect(self._ask_first(self.add_exercise))
        row = QHBoxLayout()
        row.addWidget(title, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    def _build_filters(self) -> QWidget:
        self.region = QComboBox()
        self.region.addItem(translate("Exercises", "All body regions"), _ALL_REGIONS)
        for region in BodyRegion:
            self.region.addItem(region_name(region), region.value)
        self.region.currentIndexChanged.connect(lambda _index: self.refresh())
        region_box = QWidget()
        region_row = QHBoxLayout(region_box)
        region_row.setContentsMargins(0, 0, 0, 0)
        region_row.addWidget(field_label(translate("Exercises", "Body region:"), self.region))
        region_row.addWidget(self.region, 1)
        self.show_archived, archived_grid = tick_tile(
            translate("Exercises", "Show archived exercises")
        )
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        row = AdaptiveRow()
        row.add(region_box)
        row.add(archived_grid)
        return row

    def _build_list(self) -> QWidget:
        content = QWidget()
        self._list_column = QVBoxLayout(content)
        self._list_column.setContentsMargins(0, 0, scaled(self, 12), 0)
        self._list_column.setSpacing(scaled(self, 12))
        self.empty = muted("")
        self._list_column.addWidget(self.empty)
        self._list_column.addStretch(1)
        return scrolling(content)

    def _build_detail(self) -> QWidget:
        self.detail, column = card("")
        name = self.detail.findChild(QLabel)  # the card's heading
        assert name is not None
        self.detail_name: QLabel = name
        self.detail_facts = muted("")
        self.numbers = heading("", "what-now")
        self.picture = QLabel()
        self.picture.setAccessibleName(translate("Exercises", "Picture of the exercise"))
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.instructions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.instructions.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_name.setTextFormat(Qt.TextFormat.PlainText)
        self.physio = Notice(self._painter)
        self.archived_note = Notice(self._painter)
        for part in (self.detail_facts, self.numbers, self.picture, self.instructions):
            column.addWidget(part)
        column.addWidget(self.physio)
        column.addWidget(self.archived_note)
        column.addSpacing(scaled(self, 8))
        column.addWidget(self._build_actions())
        column.addStretch(1)
        self.nothing_chosen = muted(translate("Exercises", "Choose an exercise to see it here."))
        self.back_button = button(translate("Exercises", "Back to all exercises"))
        self._painter.paint(self.back_button, "arrow-left")
        self.back_button.clicked.connect(self.show_list)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, scaled(self, 12), 0)
        layout.setSpacing(scaled(self, 16))
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.detail)
        layout.addWidget(self.nothing_chosen)
        layout.addStretch(1)
        return scrolling(holder)

    def _build_actions(self) -> QWidget:
        self.start_button = button(translate("Exercises", "Start this exercise"), role="primary")
        self._painter.paint(self.start_button, "play", "on_primary")
        self.start_button.clicked.connect(self._start)
        self.log_button = button(translate("Exercises", "I did it without the player"))
        self.log_button.clicked.connect(self._log)
        self.edit_button = button(translate("Exercises", "Edit"))
        self.edit_button.clicked.connect(self._ask_first(self._edit))
        self.archive_button = button(translate("Exercises", "Archive"))
        self.archive_button.clicked.connect(self._ask_first(self._archive_or_restore))
        more = AdaptiveRow()
        for action in (self.log_button, self.edit_button, self.archive_button):
            more.add(action, 0)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(scaled(self, 16))
        layout.addWidget(self.start_button)
        layout.addWidget(more)
        return box

    # ------------------------------------------------------------------ one or two columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when both fit, else one at a time."""
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        """A new text size may change what fits."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    def is_narrow(self) -> bool:
        """Whether the list and the chosen exercise are shown one at a time."""
        return self._narrow

    def _arrange(self) -> None:
        needed = TWO_COLUMNS_CHARS * self.fontMetrics().averageCharWidth()
        self._narrow = self.width() < needed
        alone = self._narrow and self._detail_alone and self._chosen is not None
        self.filters.setVisible(not alone)
        self.list_area.setVisible(not alone)
        self.detail_area.setVisible(alone or not self._narrow)
        self.back_button.setVisible(alone)

    def show_detail(self) -> None:
        """In one column, show the chosen exercise alone (with the way back to the list)."""
        self._detail_alone = True
        self._arrange()
        if self._narrow:
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_list(self) -> None:
        """In one column, show the list again, with the chosen exercise's tile focused."""
        self._detail_alone = False
        self._arrange()
        if self.list is not None and self._chosen is not None:
            self.list.button(self._chosen.id).setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ showing

    def showEvent(self, event: QShowEvent) -> None:
        """Read the library again (another page may have changed it)."""
        super().showEvent(event)
        self.refresh()

    def refresh(self, chosen_id: int | None = None) -> None:
        """Show the exercises that match the filters; keep (or move to) the chosen one."""
        keep = chosen_id if chosen_id is not None else (self._chosen.id if self._chosen else None)
        wanted = str(self.region.currentData())
        every = self._state.repositories.exercises.exercises(
            include_archived=self.show_archived.isChecked()
        )
        self._shown = [e for e in every if wanted in (_ALL_REGIONS, e.region.value)]
        self._rebuild_list()
        chosen = next((e for e in self._shown if e.id == keep), None)
        self.choose(chosen or (self._shown[0] if self._shown else None))

    def _rebuild_list(self) -> None:
        if self.list is not None:
            discard(self.list)
        self.list = ChoiceGrid(
            [Choice(e.id, exercise_name(e), list_line(e)) for e in self._shown], columns=1
        )
        self.list.setAccessibleName(translate("Exercises", "Exercises"))
        self.list.chosen.connect(self._clicked)
        self._list_column.insertWidget(0, self.list)
        self.list.setVisible(bool(self._shown))
        self.empty.setVisible(not self._shown)
        self.empty.setText(self._empty_text())

    def _empty_text(self) -> str:
        if self.region.currentData() == _ALL_REGIONS:
            return translate(
                "Exercises", "No exercises yet. Add the ones your physiotherapist gave you."
            )
        return translate(
            "Exercises",
            "No exercises for “{region}”. Choose another body region, or add one with "
            "“Add an exercise”.",
        ).format(region=self.region.currentText())

    def _clicked(self, exercise_id: object) -> None:
        self.notice.clear()
        self.choose(next((e for e in self._shown if e.id == exercise_id), None))
        self.show_detail()

    def selected(self) -> Exercise | None:
        """The exercise shown on the right, if any."""
        return self._chosen

    def choose(self, exercise: Exercise | None) -> None:
        """Show ``exercise`` on the right (``None``: say that none is chosen)."""
        self._chosen = exercise
        self.detail.setVisible(exercise is not None)
        self.nothing_chosen.setVisible(exercise is None and bool(self._shown))
        if exercise is None:
            return
        if self.list is not None:
            self.list.set_value(exercise.id)
        self.detail_name.setText(exercise_name(exercise))
        self.detail_facts.setText(f"{region_name(exercise.region)} · {self._origin(exercise)}")
        self.numbers.setText(exercise_numbers(exercise))
        self.instructions.setText(exercise_instructions(exercise))
        self.instructions.setVisible(bool(exercise.instructions))
        self._show_picture(exercise.picture)
        self._show_notes(exercise)
        self.start_button.setVisible(not exercise.archived)
        self.log_button.setVisible(not exercise.archived)
        self.edit_button.setVisible(exercise.builtin_key is None)
        self.archive_button.setText(
            translate("Exercises", "Restore")
            if exercise.archived
            else translate("Exercises", "Archive")
        )
        self.archive_button.setAccessibleName(self.archive_button.text())

    @staticmethod
    def _origin(exercise: Exercise) -> str:
        if exercise.builtin_key:
            return translate("Exercises", "from ColdCare's starter set")
        return translate("Exercises", "your own exercise")

    def _show_picture(self, data: bytes | None) -> None:
        self.picture.setVisible(data is not None)
        if data is not None:
            side = scaled(self, 280)
            self.picture.setPixmap(picture_pixmap(data, QSize(side * 4 // 3, side)))

    def _show_notes(self, exercise: Exercise) -> None:
        if exercise.builtin_key:
            self.physio.show_message(translate("Exercise", CHECK_WITH_PHYSIOTHERAPIST), "info")
        else:
            self.physio.clear()
        if exercise.archived:
            self.archived_note.show_message(
                translate(
                    "Exercises",
                    "This exercise is archived: it is not offered for plans. Its history is "
                    "kept. Restore it to use it again.",
                ),
                "info",
            )
        else:
            self.archived_note.clear()

    # ------------------------------------------------------------------ actions

    def _ask_first(self, change: Callable[[], object]) -> Callable[[], None]:
        """A button's slot: ``change`` once the caregiver PIN is given (if one is set)."""
        return asking_first(self._state, self, ProtectedAction.EXERCISE_LIBRARY, change)

    def _start(self) -> None:
        if self._chosen is not None and not self._chosen.archived:
            self.play_requested.emit(self._chosen)

    def add_exercise(self) -> None:
        """Open the editor for a new exercise."""
        self._open_editor(None)

    def _edit(self) -> None:
        if self._chosen is not None and self._chosen.builtin_key is None:
            self._open_editor(self._chosen)

    def _open_editor(self, exercise: Exercise | None) -> None:
        editor = ExerciseEditor(self._state, exercise, self)
        editor.saved.connect(self._saved)
        self._open(editor)

    @staticmethod
    def _open(dialog: QDialog) -> None:
        """Show ``dialog`` over the page (modal, without blocking), gone once closed."""
        delete_when_finished(dialog)
        dialog.open()

    def _saved(self, exercise: Exercise) -> None:
        self.notice.show_message(
            translate("Exercises", "“{name}” is saved.").format(name=exercise.name), "safe"
        )
        self._after_change(exercise)

    def _log(self) -> None:
        if self._chosen is None:
            return
        dialog = CompletionDialog(self._state, self._chosen, self)
        dialog.saved.connect(self._logged)
        self._open(dialog)

    def _logged(self, completion: object) -> None:
        self.notice.show_message(translate("Exercises", "Saved as done. Well done."), "safe")
        self.completion_logged.emit(completion)

    def _archive_or_restore(self) -> None:
        exercise = self._chosen
        if exercise is None:
            return
        name = exercise_name(exercise)
        if exercise.archived:
            self._store(
                dataclasses.replace(exercise, archived=False),
                translate("Exercises", "“{name}” is back in the list.").format(name=name),
            )
        elif self.confirm_archive(exercise):
            self._store(
                dataclasses.replace(exercise, archived=True),
                translate(
                    "Exercises",
                    "“{name}” is archived. Its history is kept; tick “Show archived exercises” "
                    "to restore it.",
                ).format(name=name),
            )

    def confirm_archive(self, exercise: Exercise) -> bool:
        """Ask before archiving; True when the person says so."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Exercises", "Archive this exercise?"))
        box.setText(
            translate("Exercises", "Archive “{name}”?").format(name=exercise_name(exercise))
        )
        box.setInformativeText(
            translate(
                "Exercises",
                "It leaves the list and is no longer offered for plans. Everything you logged "
                "for it is kept, and you can restore it at any time.",
            )
        )
        keep = box.addButton(translate("Exercises", "Keep it"), QMessageBox.ButtonRole.RejectRole)
        archive = box.addButton(
            translate("Exercises", "Archive"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is archive

    def _store(self, exercise: Exercise, done: str) -> None:
        try:
            stored = self._state.repositories.exercises.save_exercise(exercise)
        except (BadInputError, StorageUnavailableError) as problem:
            self.notice.show_message(
                translate("Exercises", "Not changed: {reason}").format(reason=problem)
            )
            return
        self.notice.show_message(done, "safe")
        self._after_change(stored)

    def _after_change(self, exercise: Exercise) -> None:
        self.refresh(exercise.id)
        if self._chosen is None or self._chosen.id != exercise.id:  # it left the list
            self.show_list()
        self.library_changed.emit()
