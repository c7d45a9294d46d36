"""Exercise words, the add/edit dialog, and the "how did it go?" form.

Every exercise screen says an exercise the same way: built-in (starter set) exercises are
translated by their English text, custom ones are shown as typed, and the numbers are said in
words ("2 sets of 10 repetitions. Hold each repetition for 5 seconds.").

:class:`ExerciseEditor` adds or edits a custom exercise, with an optional picture (scaled down
to at most 800 px and stored as PNG under 2 MB). A problem is said next to its field, and
nothing typed is lost. :class:`CompletionForm` asks how it went after an exercise (the player's
last step); :class:`CompletionDialog` asks the same for an exercise done without the player.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.exercises import (
    EFFORT_NAMES,
    MAX_INSTRUCTIONS_LENGTH,
    MAX_PICTURE_BYTES,
    REGION_NAMES,
    BodyRegion,
    Effort,
    Exercise,
    ExerciseCompletion,
)
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.records import MAX_NAME_LENGTH, MAX_NOTE_LENGTH
from coldcare.domain.vocabulary import BadInputError
from coldcare.ui.i18n import translate
from coldcare.ui.plan_words import exercise_name
from coldcare.ui.state import AppState
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid
from coldcare.ui.widgets.common import (
    AdaptiveRow,
    IconPainter,
    Notice,
    Stepper,
    button,
    field_label,
    fit_to_screen,
    heading,
    muted,
    reveal,
    scaled,
    scrolling,
)
from coldcare.ui.widgets.countdown_ring import duration_words
from coldcare.ui.widgets.nrs_scale import NrsScale

PICTURE_SIDE = 800  # the longer side of a stored picture, at most
_MB = 1024 * 1024
MAX_SOURCE_BYTES = 50 * _MB  # a picture file larger than this is refused before reading
MAX_SOURCE_PIXELS = 60_000_000  # within Qt's allocation limit (256 MB) for 4 bytes a pixel
_SHRINK = 0.75  # each try at a smaller size when the PNG is still too large
PICTURE_FILTER = "*.png *.jpg *.jpeg"

# ------------------------------------------------------------------ words


def exercise_instructions(exercise: Exercise) -> str:
    """The instructions in the person's language (starter set) or as typed (custom)."""
    if exercise.builtin_key:
        return translate("Exercise", exercise.instructions)
    return exercise.instructions


def region_name(region: BodyRegion) -> str:
    """The body region in words."""
    return translate("BodyRegion", REGION_NAMES[region])


def _sets(count: int) -> str:
    # Two numerus sources, so English reads right without a .qm (as in countdown_ring).
    if count == 1:
        return translate("Exercises", "%n set", n=count)
    return translate("Exercises", "%n sets", n=count)


def _repetitions(count: int) -> str:
    if count == 1:
        return translate("Exercises", "%n repetition", n=count)
    return translate("Exercises", "%n repetitions", n=count)


def numbers_short(sets: int, reps: int, hold_seconds: int) -> str:
    """The numbers for a list: "2 sets of 10 · hold 5 s" or "2 sets of 10 · slow movements"."""
    amount = translate("Exercises", "{sets} of {reps}").format(sets=_sets(sets), reps=reps)
    if hold_seconds:
        how = translate("Exercises", "hold {seconds} s").format(seconds=hold_seconds)
    else:
        how = translate("Exercises", "slow movements")
    return f"{amount} · {how}"


def numbers_long(sets: int, reps: int, hold_seconds: int, rest_seconds: int) -> str:
    """The numbers said in sentences, for the detail and the editor."""
    lines = [
        translate("Exercises", "Do {sets} of {reps}.").format(
            sets=_sets(sets), reps=_repetitions(reps)
        )
    ]
    if hold_seconds:
        lines.append(
            translate("Exercises", "Hold each repetition for {time}.").format(
                time=duration_words(hold_seconds)
            )
        )
    else:
        lines.append(
            translate("Exercises", "Each repetition is one slow movement, without a hold.")
        )
    if sets > 1:
        lines.append(
            translate("Exercises", "Rest {time} between sets.").format(
                time=duration_words(rest_seconds)
            )
            if rest_seconds
            else translate("Exercises", "No rest between sets.")
        )
    return " ".join(lines)


def exercise_numbers(exercise: Exercise) -> str:
    """:func:`numbers_long` of ``exercise``."""
    return numbers_long(exercise.sets, exercise.reps, exercise.hold_seconds, exercise.rest_seconds)


# ------------------------------------------------------------------ pictures


def picture_png(image: QImage) -> bytes:
    """``image`` at most :data:`PICTURE_SIDE` px on its longer side, as PNG under 2 MB."""
    longest = max(image.width(), image.height())
    side = min(PICTURE_SIDE, longest)
    while True:
        smaller = image
        if side < longest:
            smaller = image.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"PNG")).write(smaller)
        buffer.close()
        if data.size() <= MAX_PICTURE_BYTES or side <= 1:
            return bytes(data.data())
        side = math.floor(side * _SHRINK)


def read_picture(path: str) -> bytes:
    """The picture at ``path``, turned upright, scaled and stored as PNG bytes.

    Raises:
        BadInputError: the file is missing, too large, or not a picture Qt can read; the
            message names the file and the problem.
    """
    name = Path(path).name
    try:
        file_bytes = Path(path).stat().st_size
    except OSError:
        raise BadInputError(
            translate("ExerciseEditor", "“{file}” could not be found or opened.").format(file=name)
        ) from None
    if file_bytes > MAX_SOURCE_BYTES:
        raise BadInputError(
            translate(
                "ExerciseEditor",
                "“{file}” is too large ({size} MB). Choose a picture file of at most {limit} MB.",
            ).format(file=name, size=math.ceil(file_bytes / _MB), limit=MAX_SOURCE_BYTES // _MB)
        )
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # photos from phones carry their rotation separately
    if not reader.canRead():
        raise BadInputError(
            translate(
                "ExerciseEditor", "“{file}” is not a picture. Choose a PNG or JPEG file."
            ).format(file=name)
        )
    _shrink_while_reading(reader, name)
    image = reader.read()
    if image.isNull():
        raise BadInputError(
            translate(
                "ExerciseEditor",
                "“{file}” could not be read; it may be damaged. Try another picture.",
            ).format(file=name)
        )
    return picture_png(image)


def _shrink_while_reading(reader: QImageReader, name: str) -> None:
    """Ask ``reader`` for the picture at most :data:`PICTURE_SIDE` px (a huge photo is never
    opened whole); refuse one too large to open at all."""
    size = reader.size()
    if not size.isValid():
        return
    if size.width() * size.height() > MAX_SOURCE_PIXELS:
        raise BadInputError(
            translate(
                "ExerciseEditor",
                "“{file}” is {width} × {height} pixels, too large to open. Choose a smaller "
                "picture.",
            ).format(file=name, width=size.width(), height=size.height())
        )
    if max(size.width(), size.height()) > PICTURE_SIDE:
        reader.setScaledSize(
            size.scaled(PICTURE_SIDE, PICTURE_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        )


def picture_pixmap(data: bytes, box: QSize) -> QPixmap:
    """Stored picture bytes as a pixmap that fits in ``box`` (never enlarged)."""
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    if pixmap.width() > box.width() or pixmap.height() > box.height():
        pixmap = pixmap.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return pixmap


# ------------------------------------------------------------------ the editor


class _Field(QWidget):
    """A control with its label above it, a hint and a place for its problem under it."""

    def __init__(self, label: str, control: QWidget, painter: IconPainter, hint: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(scaled(self, 4))
        self.label = field_label(label, control)
        layout.addWidget(self.label)
        if hint:
            layout.addWidget(muted(hint))
        self.control = control
        layout.addWidget(control)
        self.problem = Notice(painter)
        layout.addWidget(self.problem)


class ExerciseEditor(QDialog):
    """Add a custom exercise, or edit one. Built-in exercises are not edited (only archived).

    Save checks every field and says each problem under its field (the values stay); Cancel
    after changes asks first.

    Signals:
        saved(object): the stored Exercise.
    """

    saved = Signal(object)

    def __init__(
        self, state: AppState, exercise: Exercise | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._original = exercise
        self._picture: bytes | None = exercise.picture if exercise else None
        self._dirty = False
        self._painter = IconPainter(state, self)
        title = (
            translate("ExerciseEditor", "Add an exercise")
            if exercise is None
            else translate("ExerciseEditor", "Edit “{name}”").format(name=exercise.name)
        )
        self.setWindowTitle(title)
        self._build_fields()
        self.problem = Notice(self._painter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(heading(title, "title"))
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self._build_buttons())
        self._show(exercise)
        self._connect_changes()
        fit_to_screen(self, 760, 760)

    # ------------------------------------------------------------------ building

    def _build_fields(self) -> None:
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.instructions = QPlainTextEdit()
        self.instructions.setTabChangesFocus(True)
        self.instructions.setMinimumHeight(scaled(self, 120))
        self.region = QComboBox()
        for region in BodyRegion:
            self.region.addItem(region_name(region), region.value)
        self.sets = self._box(1, 10, 1)
        self.reps = self._box(1, 50, 1)
        self.hold = self._box(0, 120, 1)
        self.rest = self._box(0, 600, 5)
        painter = self._painter
        self.name_field = _Field(translate("ExerciseEditor", "Name"), self.name, painter)
        self.instructions_field = _Field(
            translate("ExerciseEditor", "How to do it"),
            self.instructions,
            painter,
            translate("ExerciseEditor", "In short steps, as your physiotherapist showed you."),
        )
        content = QWidget()
        column = self._column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, scaled(self, 12), 0)
        column.setSpacing(scaled(self, 16))
        column.addWidget(self.name_field)
        column.addWidget(self.instructions_field)
        column.addWidget(_Field(translate("ExerciseEditor", "Body region"), self.region, painter))
        column.addWidget(self._build_numbers())
        column.addWidget(self._build_picture())
        column.addStretch(1)
        self._scroll = scrolling(content)

    def _box(self, low: int, high: int, step: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setSingleStep(step)
        return box

    def _stepper(self, label: str, box: QSpinBox, hint: str = "") -> _Field:
        box.setAccessibleName(label)
        return _Field(label, Stepper(box, self._painter), self._painter, hint)

    def _build_numbers(self) -> QWidget:
        first, second = AdaptiveRow(min_chars=26), AdaptiveRow(min_chars=26)
        first.add(self._stepper(translate("ExerciseEditor", "Sets"), self.sets))
        first.add(self._stepper(translate("ExerciseEditor", "Repetitions in each set"), self.reps))
        second.add(
            self._stepper(
                translate("ExerciseEditor", "Hold each repetition (seconds)"),
                self.hold,
                translate("ExerciseEditor", "0 means one slow movement, without a hold."),
            )
        )
        second.add(
            self._stepper(translate("ExerciseEditor", "Rest between sets (seconds)"), self.rest)
        )
        self.summary = QLabel()
        self.summary.setProperty("role", "what-now")
        self.summary.setWordWrap(True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(scaled(self, 12))
        for part in (first, second, self.summary):
            layout.addWidget(part)
        return box

    def _build_picture(self) -> QWidget:
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview.setAccessibleName(translate("ExerciseEditor", "The exercise's picture"))
        self.no_picture = muted(translate("ExerciseEditor", "No picture."))
        self.choose_picture = button(translate("ExerciseEditor", "Choose a picture…"))
        self._painter.paint(self.choose_picture, "plus")
        self.choose_picture.clicked.connect(self._ask_for_picture)
        self.remove_picture = button(translate("ExerciseEditor", "Remove the picture"))
        self._painter.paint(self.remove_picture, "close")
        self.remove_picture.clicked.connect(lambda: self._set_picture(None))
        row = AdaptiveRow()
        row.add(self.choose_picture, 0)
        row.add(self.remove_picture, 0)
        self.picture_problem = Notice(self._painter)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(scaled(self, 8))
        layout.addWidget(heading(translate("ExerciseEditor", "Picture (optional)")))
        layout.addWidget(
            muted(
                translate(
                    "ExerciseEditor",
                    "A photo or drawing of the position helps. PNG or JPEG; large pictures are "
                    "made smaller.",
                )
            )
        )
        for part in (self.preview, self.no_picture, row, self.picture_problem):
            layout.addWidget(part)
        return box

    def _build_buttons(self) -> QWidget:
        self.cancel_button = button(
            translate("ExerciseEditor", "Cancel"),
            translate("ExerciseEditor", "Cancel without saving"),
        )
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = button(
            translate("ExerciseEditor", "Save"),
            translate("ExerciseEditor", "Save the exercise"),
            "primary",
        )
        self.save_button.clicked.connect(self.save)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(scaled(self, 16))
        layout.addStretch(1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.save_button)
        return row

    # ------------------------------------------------------------------ values

    def _show(self, exercise: Exercise | None) -> None:
        """Fill the fields from ``exercise`` (or the usual numbers for a new one)."""
        if exercise is not None:
            self.name.setText(exercise.name)
            self.instructions.setPlainText(exercise.instructions)
            self.region.setCurrentIndex(self.region.findData(exercise.region.value))
        numbers = (2, 10, 5, 30) if exercise is None else (
            exercise.sets,
            exercise.reps,
            exercise.hold_seconds,
            exercise.rest_seconds,
        )  # fmt: skip
        for box, value in zip((self.sets, self.reps, self.hold, self.rest), numbers, strict=True):
            box.setValue(value)
        self._set_picture(self._picture)
        self._show_summary()

    def _connect_changes(self) -> None:
        self.name.textEdited.connect(self._changed)
        self.instructions.textChanged.connect(self._changed)
        self.region.currentIndexChanged.connect(self._changed)
        for box in (self.sets, self.reps, self.hold, self.rest):
            box.valueChanged.connect(self._changed)
            box.valueChanged.connect(self._show_summary)
        self._dirty = False

    def _changed(self) -> None:
        self._dirty = True
        self.problem.clear()

    def _show_summary(self) -> None:
        self.summary.setText(
            numbers_long(self.sets.value(), self.reps.value(), self.hold.value(), self.rest.value())
        )

    def picture(self) -> bytes | None:
        """The picture as it will be stored (PNG bytes), or ``None``."""
        return self._picture

    def _set_picture(self, data: bytes | None) -> None:
        if data != self._picture:
            self._dirty = True
        self._picture = data
        self.picture_problem.clear()
        if data is None:
            self.preview.clear()
        else:
            side = scaled(self, 240)
            self.preview.setPixmap(picture_pixmap(data, QSize(side * 4 // 3, side)))
        self.preview.setVisible(data is not None)
        self.no_picture.setVisible(data is None)
        self.remove_picture.setVisible(data is not None)

    def _ask_for_picture(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            translate("ExerciseEditor", "Choose a picture"),
            "",
            translate("ExerciseEditor", "Pictures ({patterns})").format(patterns=PICTURE_FILTER),
        )
        if path:
            self.load_picture(path)

    def load_picture(self, path: str) -> bool:
        """Use the picture at ``path``; say why not when it cannot be read."""
        try:
            data = read_picture(path)
        except BadInputError as problem:
            self.picture_problem.show_message(str(problem))
            return False
        self._set_picture(data)
        return True

    # ------------------------------------------------------------------ saving

    def exercise(self) -> Exercise:
        """The exercise as entered.

        Raises:
            BadInputError: a field is wrong; its message is shown under the field.
        """
        name = " ".join(self.name.text().split())
        instructions = self.instructions.toPlainText().strip()
        self.name_field.problem.clear()
        self.instructions_field.problem.clear()
        if not name:
            raise self._flag(
                self.name_field, translate("ExerciseEditor", "Please give the exercise a name.")
            )
        if len(instructions) > MAX_INSTRUCTIONS_LENGTH:
            raise self._flag(
                self.instructions_field,
                translate(
                    "ExerciseEditor",
                    "The instructions are too long: {count} characters, at most {limit}.",
                ).format(count=len(instructions), limit=MAX_INSTRUCTIONS_LENGTH),
            )
        entered = Exercise(
            name,
            instructions,
            BodyRegion(self.region.currentData()),
            self.sets.value(),
            self.reps.value(),
            self.hold.value(),
            self.rest.value(),
            picture=self._picture,
        )
        if self._original is None:
            return entered
        original = self._original
        return dataclasses.replace(entered, id=original.id, archived=original.archived)

    def _flag(self, field: _Field, message: str) -> BadInputError:
        field.problem.show_message(message)
        self._column.activate()  # the message just appeared: lay out before scrolling
        self._scroll.ensureWidgetVisible(field, 48, 48)
        field.control.setFocus(Qt.FocusReason.OtherFocusReason)
        return BadInputError(message)

    def save(self) -> None:
        """Check, store and close; a problem is said and nothing closes."""
        try:
            stored = self._state.repositories.exercises.save_exercise(self.exercise())
        except BadInputError as problem:
            self.problem.show_message(
                translate("ExerciseEditor", "Not saved: {reason}").format(reason=problem)
            )
            return
        except StorageUnavailableError as problem:
            self.problem.show_message(str(problem))
            return
        self._dirty = False
        self.saved.emit(stored)
        self.accept()

    def reject(self) -> None:
        """Close without saving; after changes, only when the person confirms."""
        if self._dirty and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        """Ask whether to close without saving; True when the person says so."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ExerciseEditor", "Close without saving?"))
        box.setText(translate("ExerciseEditor", "Close without saving the exercise?"))
        keep = box.addButton(
            translate("ExerciseEditor", "Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        leave = box.addButton(
            translate("ExerciseEditor", "Close without saving"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is leave


# ------------------------------------------------------------------ how did it go


class CompletionForm(QWidget):
    """How an exercise went: repetitions done, how hard, the pain now, a note."""

    def __init__(self, painter: IconPainter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reps = QSpinBox()
        self.effort = ChoiceGrid(
            [Choice(effort, translate("Effort", EFFORT_NAMES[effort])) for effort in Effort],
            columns=4,
        )
        self.pain = NrsScale()
        self.pain.set_question(translate("Exercises", "How is your pain now?"))
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setPlaceholderText(translate("Exercises", "For example: easier than last time"))
        self.effort_problem = Notice(painter)
        self.problem = Notice(painter)
        self.effort.chosen.connect(lambda _value: self.effort_problem.clear())
        reps_question = heading(translate("Exercises", "How many repetitions did you do?"))
        self.reps.setAccessibleName(reps_question.text().rstrip("?"))
        effort_question = heading(translate("Exercises", "How hard was it?"))
        self.effort.setAccessibleName(effort_question.text())
        reps_row = QHBoxLayout()
        reps_row.addWidget(Stepper(self.reps, painter))
        reps_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(scaled(self, 12))
        layout.addWidget(reps_question)
        layout.addLayout(reps_row)
        layout.addSpacing(scaled(self, 8))
        layout.addWidget(effort_question)
        layout.addWidget(self.effort)
        layout.addWidget(self.effort_problem)
        layout.addSpacing(scaled(self, 8))
        layout.addWidget(self.pain)
        layout.addSpacing(scaled(self, 8))
        layout.addWidget(field_label(translate("Exercises", "A note (optional)"), self.note))
        layout.addWidget(self.note)
        layout.addWidget(self.problem)

    def reset(self, reps_done: int, most: int) -> None:
        """Start again with ``reps_done`` filled in (at most ``most``), nothing else chosen."""
        self.reps.setRange(0, max(most, reps_done))
        self.reps.setValue(reps_done)
        self.effort.clear()
        self.pain.clear()
        self.note.clear()
        self.effort_problem.clear()
        self.problem.clear()

    def save(
        self,
        state: AppState,
        exercise: Exercise,
        sets_done: int,
        plan_item_id: int | None = None,
    ) -> ExerciseCompletion | None:
        """Store the answers as one completion; ``None`` (and the reason shown) if not."""
        profile = state.profile
        effort = self.effort.value()
        if not isinstance(effort, Effort):
            self._say(self.effort_problem, translate("Exercises", "Please choose how hard it was."))
            self.effort.buttons()[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        if profile is None or profile.id is None or exercise.id is None:
            self._say(self.problem, translate("Exercises", "There is no profile to save to."))
            return None
        try:
            return state.repositories.exercises.add_completion(
                ExerciseCompletion(
                    profile.id,
                    exercise.id,
                    state.clock.now(),
                    sets_done,
                    self.reps.value(),
                    effort,
                    pain=self.pain.value(),
                    plan_item_id=plan_item_id,
                    note=self.note.text().strip(),
                )
            )
        except (BadInputError, StorageUnavailableError) as problem:
            self._say(self.problem, str(problem))
            return None

    def _say(self, notice: Notice, message: str) -> None:
        """Show ``message`` in ``notice`` and scroll it into view."""
        notice.show_message(message)
        layout = self.layout()
        assert layout is not None
        layout.activate()  # the notice just appeared: give it its place before scrolling
        reveal(notice)


class CompletionDialog(QDialog):
    """Log an exercise done without the player (at the clinic, or from a paper sheet).

    Signals:
        saved(object): the stored ExerciseCompletion.
    """

    saved = Signal(object)

    def __init__(self, state: AppState, exercise: Exercise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._exercise = exercise
        title = translate("Exercises", "Log “{name}” as done").format(name=exercise_name(exercise))
        self.setWindowTitle(title)
        self.form = CompletionForm(IconPainter(state, self))
        self.form.reset(exercise.sets * exercise.reps, 2 * exercise.sets * exercise.reps)
        cancel = button(translate("Exercises", "Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = button(
            translate("Exercises", "Save"), translate("Exercises", "Save this as done"), "primary"
        )
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(heading(title, "title"))
        layout.addWidget(scrolling(self.form), 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 820, 700)

    def save(self) -> None:
        """Store the completion and close (or say why not)."""
        reps = self.form.reps.value()
        sets_done = min(self._exercise.sets, reps // self._exercise.reps)
        stored = self.form.save(self._state, self._exercise, sets_done)
        if stored is not None:
            self.saved.emit(stored)
            self.accept()
