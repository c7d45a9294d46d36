"""Words for stored records, and the dialogs that correct one record of the history table.

Each kind of record has its own dialog with the fields a person could sensibly correct (a
pain rating's number, time and note; a PEG's three answers; a session's skin afterwards and
note; a skin check's answers; a warning sign's signs and note; an exercise's repetitions,
effort and pain; a clinic visit's minutes and feeling). Times, sites and what a session was
planned as are not changed: they are what the timer and the safety engine measured.

Each field is checked as it is applied to the record, so a problem (the domain's
``BadInputError`` message, or ours) is said under that field and nothing is stored until every
field is right. Saving calls ``RecordEditor.update``; for a safety record the dialog says first
that the change is kept with the original and marked in reports.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import date, datetime, time, tzinfo
from typing import Any, TypeVar, cast

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.audit import (
    AUDIT_ACTION_NAMES,
    RECORD_KIND_NAMES,
    AuditAction,
    AuditedRecord,
    AuditEntry,
    RecordKind,
)
from coldcare.domain.exercises import EFFORT_NAMES, Effort, ExerciseCompletion
from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.localtime import resolve_local
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.records import (
    MAX_NOTE_LENGTH,
    AdverseEvent,
    ClinicVisit,
    PainRating,
    SessionRecord,
    SkinCheck,
    VisitFeeling,
)
from coldcare.domain.signs import (
    STOP_SIGN_NAMES,
    PainChange,
    Sensation,
    SkinLook,
    StopSign,
    Symptom,
)
from coldcare.domain.vocabulary import BadInputError, BodySite
from coldcare.ui.dialogs import skin_look_choices
from coldcare.ui.i18n import translate
from coldcare.ui.pages.profile_form import date_format
from coldcare.ui.state import AppState
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid
from coldcare.ui.widgets.common import (
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
from coldcare.ui.widgets.nrs_scale import NrsScale
from coldcare.ui.widgets.skin_check import pain_choices, sensation_choices, symptom_choices
from coldcare.ui.words import in_sentence

_T = TypeVar("_T")

# ------------------------------------------------------------------ words


def kind_name(kind: RecordKind) -> str:
    """The kind of record in words ("Pain rating")."""
    return translate("RecordKind", RECORD_KIND_NAMES[kind])


def site_name(site: BodySite) -> str:
    """The body site in the person's own left/right."""
    return translate("BodySite", site.display_name)


def when_text(moment: datetime, tz: tzinfo, locale: QLocale) -> str:
    """A stored instant as the person reads it in their time zone: "2 Mar 2026, 09:00"."""
    local = moment.astimezone(tz)
    clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    day = QDate(local.year, local.month, local.day)
    short_months = date_format(locale).replace("MMMM", "MMM")
    return translate("Records", "{date}, {time}").format(
        date=locale.toString(day, short_months), time=clock
    )


def _choice_words(choices: list[Choice], value: object) -> str:
    """The words the skin check offers for ``value``: one set of words, not a second copy."""
    return next(c.label for c in choices if c.value is value)


def pain_change_words(change: PainChange) -> str:
    """Pain compared with the start of the session, in words."""
    return {
        PainChange.BETTER: translate("Records", "pain better"),
        PainChange.SAME: translate("Records", "pain the same"),
        PainChange.WORSE: translate("Records", "pain worse"),
    }[change]


def symptom_words(symptom: Symptom) -> str:
    """Another symptom of a skin check, in words to go inside a sentence."""
    return in_sentence(_choice_words(symptom_choices(), symptom))


def feeling_words(feeling: VisitFeeling) -> str:
    """How a clinic visit felt, in words."""
    return {
        VisitFeeling.FINE: translate("Records", "Fine"),
        VisitFeeling.UNCOMFORTABLE: translate("Records", "Uncomfortable"),
        VisitFeeling.UNWELL: translate("Records", "Unwell afterwards"),
    }[feeling]


def sign_words(sign: StopSign) -> str:
    """A warning sign in words."""
    return translate("StopSign", STOP_SIGN_NAMES[sign])


def effort_words(effort: Effort) -> str:
    """How hard an exercise felt, in words."""
    return translate("Effort", EFFORT_NAMES[effort])


def safety_note() -> str:
    """What a person is told before changing a safety record."""
    return translate(
        "Records",
        "This is a safety record. Your change is kept with the original in the change "
        "history, and reports mark it as edited.",
    )


# ------------------------------------------------------------------ the dialog frame


class FieldError(BadInputError):
    """A field's value is wrong; the message is shown under the field."""


class _Field(QWidget):
    """A control with its label above it, an optional hint and its problem under it."""

    def __init__(self, label: str, control: QWidget, painter: IconPainter, hint: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(scaled(self, 4))
        layout.addWidget(field_label(label, control))
        if hint:
            layout.addWidget(muted(hint))
        self.control = control
        layout.addWidget(control)
        self.problem = Notice(painter)
        layout.addWidget(self.problem)


class RecordDialog(QDialog):
    """Change one stored record: its fields, a safety note if it is a safety record, Save.

    Subclasses add their fields in ``__init__`` (through :meth:`add_field`) and say in
    :meth:`entered` how the fields change the record.

    Signals:
        saved(object): the record as stored after the change.
    """

    saved = Signal(object)

    def __init__(
        self,
        state: AppState,
        kind: RecordKind,
        record: AuditedRecord,
        about: str,
        tz: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self.kind = kind
        self.record = record
        self.tz = tz
        self.painter = IconPainter(state, self)
        self._fields: list[_Field] = []
        title = translate("Records", "Change this record: {kind}").format(kind=kind_name(kind))
        self.setWindowTitle(title)
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, scaled(self, 12), 0)
        self.column.setSpacing(scaled(self, 16))
        self.column.addWidget(muted(about))
        self.safety: Notice | None = None
        if kind.is_safety:
            self.safety = Notice(self.painter)
            self.safety.show_message(safety_note(), "caution")
            self.column.addWidget(self.safety)
        self._scroll = scrolling(content)
        self.problem = Notice(self.painter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(heading(title, "title"))
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.problem)
        layout.addLayout(self._buttons())
        fit_to_screen(self, 760, 720)

    def _buttons(self) -> QHBoxLayout:
        cancel = button(
            translate("Records", "Cancel"), translate("Records", "Cancel without saving")
        )
        cancel.clicked.connect(self.reject)
        self.save_button = button(
            translate("Records", "Save"), translate("Records", "Save the change"), "primary"
        )
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.setSpacing(scaled(self, 16))
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.save_button)
        return row

    # ------------------------------------------------------------------ fields

    def add_field(self, label: str, control: QWidget, hint: str = "") -> _Field:
        """Add ``control`` under ``label`` (its accessible name) with a place for problems."""
        field = _Field(label, control, self.painter, hint)
        self._fields.append(field)
        self.column.addWidget(field)
        return field

    def add_note(self, note: str) -> QPlainTextEdit:
        """The note field, filled with ``note``."""
        edit = QPlainTextEdit(note)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(scaled(self, 96))
        self.note_field = self.add_field(translate("Records", "Note (optional)"), edit)
        return edit

    def note_text(self, edit: QPlainTextEdit) -> str:
        """The note as typed; a problem is said under it."""
        text = edit.toPlainText().strip()
        if len(text) > MAX_NOTE_LENGTH:
            raise self.flag(
                self.note_field,
                translate("Records", "The note is too long: {count} characters, at most {limit}.")
                .format(count=len(text), limit=MAX_NOTE_LENGTH),
            )  # fmt: skip
        return text

    def apply(
        self, field: _Field, record: AuditedRecord, change: Callable[[AuditedRecord], AuditedRecord]
    ) -> AuditedRecord:
        """``change(record)``; the domain's objection, if any, is said under ``field``."""
        try:
            return change(record)
        except FieldError:
            raise
        except BadInputError as problem:
            raise self.flag(field, str(problem)) from None

    def flag(self, field: _Field, message: str) -> FieldError:
        """Say ``message`` under ``field``, bring it into view; the error to raise."""
        field.problem.show_message(message)
        self.column.activate()
        reveal(field)
        field.control.setFocus()
        return FieldError(message)

    def entered(self) -> AuditedRecord:
        """The record as the fields say; raises :class:`FieldError` for a wrong field."""
        raise NotImplementedError

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        """Store the change and close, or say what is wrong and store nothing."""
        for field in self._fields:
            field.problem.clear()
        self.problem.clear()
        try:
            record = self.entered()
            stored = self._state.repositories.editor.update(self.kind, record)
        except FieldError:
            return
        except (BadInputError, LookupError, StorageUnavailableError) as problem:
            self.problem.show_message(
                translate("Records", "Not saved: {reason}").format(reason=problem)
            )
            return
        self.saved.emit(stored)
        self.accept()


def _replace(**changes: object) -> Callable[[AuditedRecord], AuditedRecord]:
    """A change that sets ``changes`` on a record (its checks run again)."""
    return lambda record: cast(AuditedRecord, dataclasses.replace(cast(Any, record), **changes))


def _number_box(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def _grid(choices: list[Choice], columns: int, multi: bool = False) -> ChoiceGrid:
    return ChoiceGrid(choices, columns=columns, multi=multi)


# ------------------------------------------------------------------ one dialog per kind


class PainRatingDialog(RecordDialog):
    """A pain rating: the number, when it was given, the note."""

    def __init__(
        self, state: AppState, record: PainRating, about: str, tz: tzinfo, parent: QWidget | None
    ):
        super().__init__(state, RecordKind.PAIN_RATING, record, about, tz, parent)
        self.scale = NrsScale()
        self.scale.set_value(record.value)
        self.value_field = self.add_field(translate("Records", "Pain from 0 to 10"), self.scale)
        self.when = QDateTimeEdit()
        self.when.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))  # wall time, no shifts
        self.when.setCalendarPopup(True)
        locale = self.locale()
        self.when.setDisplayFormat(
            f"{date_format(locale).replace('MMMM', 'MMM')} "
            f"{locale.timeFormat(QLocale.FormatType.ShortFormat)}"
        )
        local = record.rated_at.astimezone(tz)
        self.when.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute),
                QTimeZone(QTimeZone.Initialization.UTC),
            )
        )
        self.when_field = self.add_field(translate("Records", "When"), self.when)
        self.note = self.add_note(record.note)
        self.column.addStretch(1)

    def chosen_time(self) -> datetime:
        """The time in the field, in the person's time zone, as a UTC instant."""
        wall = self.when.dateTime()
        day, at = wall.date(), wall.time()
        return resolve_local(
            date(day.year(), day.month(), day.day()), time(at.hour(), at.minute()), self.tz
        )

    def entered(self) -> AuditedRecord:
        value = self.scale.value()
        if value is None:
            raise self.flag(self.value_field, translate("Records", "Please choose a number."))
        moment = self.chosen_time()
        if moment > self._state.clock.now():
            raise self.flag(
                self.when_field, translate("Records", "The time cannot be later than now.")
            )
        record = self.apply(self.value_field, self.record, _replace(value=value))
        record = self.apply(self.when_field, record, _replace(rated_at=moment))
        return self.apply(self.note_field, record, _replace(note=self.note_text(self.note)))


class PegDialog(RecordDialog):
    """The weekly PEG: its three answers and the note."""

    def __init__(
        self, state: AppState, record: PegResponse, about: str, tz: tzinfo, parent: QWidget | None
    ):
        super().__init__(state, RecordKind.PEG, record, about, tz, parent)
        self.answers: list[tuple[str, QSpinBox, _Field]] = []
        for name, value, label, hint in (
            ("pain", record.pain, translate("Records", "Average pain in that week"),
             translate("Records", "0 is no pain, 10 is pain as bad as you can imagine.")),
            ("enjoyment", record.enjoyment,
             translate("Records", "How much pain got in the way of enjoying life"),
             translate("Records", "0 is not at all, 10 is completely.")),
            ("activity", record.activity,
             translate("Records", "How much pain got in the way of daily activity"),
             translate("Records", "0 is not at all, 10 is completely.")),
        ):  # fmt: skip
            box = _number_box(0, 10, value)
            box.setAccessibleName(label)
            field = self.add_field(label, Stepper(box, self.painter), hint)
            self.answers.append((name, box, field))
        self.note = self.add_note(record.note)
        self.column.addStretch(1)

    def entered(self) -> AuditedRecord:
        record = self.record
        for name, box, field in self.answers:
            record = self.apply(field, record, _replace(**{name: box.value()}))
        return self.apply(self.note_field, record, _replace(note=self.note_text(self.note)))


class SessionDialog(RecordDialog):
    """A cold session: how the skin looked afterwards, and the note. What the timer measured
    stays as it was; pain before and after are ratings of their own in the list."""

    def __init__(
        self, state: AppState, record: SessionRecord, about: str, tz: tzinfo, parent: QWidget | None
    ) -> None:
        super().__init__(state, RecordKind.SESSION, record, about, tz, parent)
        self.column.addWidget(
            muted(
                translate(
                    "Records",
                    "The place, the kind of cold and the minutes stay as the timer kept them. "
                    "To correct the pain before or after, change that pain rating in the list.",
                )
            )
        )
        self.skin = _grid(skin_look_choices(), 3)
        self.skin.set_value(record.skin_after)
        self.skin_field = self.add_field(
            translate("Records", "How the skin looked after the pack came off"), self.skin
        )
        self.note = self.add_note(record.note)
        self.column.addStretch(1)

    def entered(self) -> AuditedRecord:
        look = self.skin.value()
        skin_after = look if isinstance(look, SkinLook) else None
        record = self.apply(self.skin_field, self.record, _replace(skin_after=skin_after))
        return self.apply(self.note_field, record, _replace(note=self.note_text(self.note)))


class SkinCheckDialog(RecordDialog):
    """A skin check during a session: its four answers."""

    def __init__(
        self, state: AppState, record: SkinCheck, about: str, tz: tzinfo, parent: QWidget | None
    ) -> None:
        super().__init__(state, RecordKind.SKIN_CHECK, record, about, tz, parent)
        self.check = record
        self.look = _grid(skin_look_choices(), 3)
        self.look.set_value(record.look)
        self.look_field = self.add_field(translate("Records", "How the skin looked"), self.look)
        self.sensation = _grid(sensation_choices(), 3)
        self.sensation.set_value(record.sensation)
        self.sensation_field = self.add_field(
            translate("Records", "What it felt like"), self.sensation
        )
        self.pain = _grid(pain_choices(), 3)
        self.pain.set_value(record.pain)
        self.pain_field = self.add_field(
            translate("Records", "Pain compared with the start"), self.pain
        )
        self.symptoms = _grid(symptom_choices(), 3, multi=True)
        self.symptoms.set_values(record.symptoms)
        self.symptoms_field = self.add_field(
            translate("Records", "Other symptoms (none, one or several)"), self.symptoms
        )
        self.column.addStretch(1)

    def entered(self) -> AuditedRecord:
        symptoms = frozenset(s for s in self.symptoms.values() if isinstance(s, Symptom))
        return dataclasses.replace(
            self.check,
            look=self._one(self.look_field, SkinLook),
            sensation=self._one(self.sensation_field, Sensation),
            pain=self._one(self.pain_field, PainChange),
            symptoms=symptoms,
        )

    def _one(self, field: _Field, kind: type[_T]) -> _T:
        grid = field.control
        assert isinstance(grid, ChoiceGrid)
        value = grid.value()
        if not isinstance(value, kind):
            raise self.flag(field, translate("Records", "Please choose an answer."))
        return value


class AdverseEventDialog(RecordDialog):
    """A warning sign: which signs there were, and the note."""

    def __init__(
        self, state: AppState, record: AdverseEvent, about: str, tz: tzinfo, parent: QWidget | None
    ) -> None:
        super().__init__(state, RecordKind.ADVERSE_EVENT, record, about, tz, parent)
        self.column.addWidget(
            muted(
                translate(
                    "Records",
                    "A change here does not lift a rest, a lock or a review that the warning "
                    "sign started.",
                )
            )
        )
        self.signs = _grid([Choice(s, sign_words(s)) for s in StopSign], 2, multi=True)
        self.signs.set_values(record.signs)
        self.signs_field = self.add_field(translate("Records", "The warning signs"), self.signs)
        self.note = self.add_note(record.note)
        self.column.addStretch(1)

    def entered(self) -> AuditedRecord:
        signs = frozenset(s for s in self.signs.values() if isinstance(s, StopSign))
        record = self.apply(self.signs_field, self.record, _replace(signs=signs))
        return self.apply(self.note_field, record, _replace(note=self.note_text(self.note)))


class CompletionDialog(RecordDialog):
    """An exercise done: repetitions, how hard, the pain afterwards, the note."""

    def __init__(
        self,
        state: AppState,
        record: ExerciseCompletion,
        about: str,
        tz: tzinfo,
        parent: QWidget | None,
    ) -> None:
        super().__init__(state, RecordKind.EXERCISE_COMPLETION, record, about, tz, parent)
        self.reps = _number_box(0, max(500, record.reps_done), record.reps_done)
        self.reps.setAccessibleName(translate("Records", "Repetitions done"))
        self.reps_field = self.add_field(
            translate("Records", "Repetitions done"), Stepper(self.reps, self.painter)
        )
        self.effort = _grid([Choice(e, effort_words(e)) for e in Effort], 4)
        self.effort.set_value(record.effort)
        self.effort_field = self.add_field(translate("Records", "How hard it was"), self.effort)
        self.pain = NrsScale()
        self.pain.set_value(record.pain)
        self.pain_field = self.add_field(translate("Records", "Pain afterwards"), self.pain)
        self.note = self.add_note(record.note)
        self.column.addStretch(1)

    def entered(self) -> AuditedRecord:
        effort = self.effort.value()
        if not isinstance(effort, Effort):
            raise self.flag(self.effort_field, translate("Records", "Please choose an answer."))
        record = self.apply(self.reps_field, self.record, _replace(reps_done=self.reps.value()))
        record = self.apply(self.effort_field, record, _replace(effort=effort))
        record = self.apply(self.pain_field, record, _replace(pain=self.pain.value()))
        return self.apply(self.note_field, record, _replace(note=self.note_text(self.note)))


class ClinicVisitDialog(RecordDialog):
    """A clinic visit: minutes in the chamber, how it felt, the note."""

    def __init__(
        self, state: AppState, record: ClinicVisit, about: str, tz: tzinfo, parent: QWidget | None
    ) -> None:
        super().__init__(state, RecordKind.CLINIC_VISIT, record, about, tz, parent)
        self.minutes = QDoubleSpinBox()
        self.minutes.setRange(0.5, 10.0)
        self.minutes.setSingleStep(0.5)
        self.minutes.setValue(record.minutes)
        self.minutes.setSuffix(translate("Records", " min"))
        self.minutes_field = self.add_field(
            translate("Records", "Minutes in the chamber"), self.minutes
        )
        self.feeling = _grid([Choice(f, feeling_words(f)) for f in VisitFeeling], 3)
        self.feeling.set_value(record.feeling)
        self.feeling_field = self.add_field(translate("Records", "How it felt"), self.feeling)
        self.note = self.add_note(record.note)
        self.column.addStretch(1)

    def entered(self) -> AuditedRecord:
        feeling = self.feeling.value()
        if not isinstance(feeling, VisitFeeling):
            raise self.flag(self.feeling_field, translate("Records", "Please choose an answer."))
        minutes = self.minutes.value()
        record = self.apply(self.minutes_field, self.record, _replace(minutes=minutes))
        record = self.apply(self.feeling_field, record, _replace(feeling=feeling))
        return self.apply(self.note_field, record, _replace(note=self.note_text(self.note)))


_DIALOGS: dict[RecordKind, Callable[..., RecordDialog]] = {
    RecordKind.PAIN_RATING: PainRatingDialog,
    RecordKind.PEG: PegDialog,
    RecordKind.SESSION: SessionDialog,
    RecordKind.SKIN_CHECK: SkinCheckDialog,
    RecordKind.ADVERSE_EVENT: AdverseEventDialog,
    RecordKind.EXERCISE_COMPLETION: CompletionDialog,
    RecordKind.CLINIC_VISIT: ClinicVisitDialog,
}


def edit_dialog(
    state: AppState,
    kind: RecordKind,
    record: AuditedRecord,
    about: str,
    tz: tzinfo,
    parent: QWidget,
) -> RecordDialog:
    """The dialog that changes ``record`` of ``kind`` (``about``: the record in one line)."""
    return _DIALOGS[kind](state, record, about, tz, parent)


# ------------------------------------------------------------------ change history


def _code_words(words_of: Callable[[str], str]) -> Callable[[object], str]:
    """A stored code in words ("bright-red" → "Bright red"); a code this version does not know
    (from a newer version's backup) as it is stored, a missing one as "Not recorded"."""

    def words(code: object) -> str:
        if code is None:
            return translate("Records", "Not recorded")
        try:
            return words_of(str(code))
        except (ValueError, StopIteration):
            return str(code)

    return words


def _words_of(
    choices: Callable[[], list[Choice]], parse: Callable[[str], object]
) -> Callable[[object], str]:
    """A stored code's words as the dialogs offer it."""
    return _code_words(lambda code: _choice_words(choices(), parse(code)))


def _note_words(text: object) -> str:
    if not text:
        return translate("Records", "No note")
    folded = " ".join(str(text).split())  # one line, as the records table shows it
    return translate("Records", "“{text}”").format(text=folded)


def _list_words(words: Callable[[object], str]) -> Callable[[object], str]:
    """Several codes' words, or "none"."""

    def listed(codes: object) -> str:
        if not isinstance(codes, list) or not codes:
            return translate("Records", "None")
        return ", ".join(words(code) for code in codes)

    return listed


# What an edit can change in a safety record: the field's name, and its value in words.
_CHANGEABLE: dict[str, tuple[str, Callable[[object], str]]] = {
    "note": (QT_TRANSLATE_NOOP("Records", "The note"), _note_words),
    "skin_after": (
        QT_TRANSLATE_NOOP("Records", "How the skin looked afterwards"),
        _words_of(skin_look_choices, SkinLook),
    ),
    "look": (
        QT_TRANSLATE_NOOP("Records", "How the skin looked"),
        _words_of(skin_look_choices, SkinLook),
    ),
    "sensation": (
        QT_TRANSLATE_NOOP("Records", "What it felt like"),
        _words_of(sensation_choices, Sensation),
    ),
    "pain": (
        QT_TRANSLATE_NOOP("Records", "Pain compared with the start"),
        _words_of(pain_choices, PainChange),
    ),
    "symptoms": (
        QT_TRANSLATE_NOOP("Records", "Other symptoms"),
        _list_words(_words_of(symptom_choices, Symptom)),
    ),
    "signs": (
        QT_TRANSLATE_NOOP("Records", "The warning signs"),
        _list_words(_code_words(lambda code: sign_words(StopSign(code)))),
    ),
}


def changes(entry: AuditEntry) -> list[str]:
    """What an edit changed, each as "How the skin looked: Pink or normal → Bright red"
    (fields without words are "Other details changed")."""
    if entry.after_json is None:
        return []
    before, after = json.loads(entry.before_json), json.loads(entry.after_json)
    names = sorted(k for k in before.keys() | after.keys() if _value(before, k) != _value(after, k))
    said = [
        translate("Records", "{field}: {before} → {after}").format(
            field=translate("Records", _CHANGEABLE[name][0]),
            before=_CHANGEABLE[name][1](before.get(name)),
            after=_CHANGEABLE[name][1](after.get(name)),
        )
        for name in names
        if name in _CHANGEABLE
    ]
    if any(name not in _CHANGEABLE for name in names):
        said.append(translate("Records", "Other details changed"))
    return said


def _value(record: dict[str, object], name: str) -> object:
    """A stored field's value, an absent or empty one as ``None`` (a field added by a later
    version is absent from older records: not a change)."""
    value = record.get(name)
    return None if value in ([], "") else value


def audit_lines(entry: AuditEntry, tz: tzinfo, locale: QLocale) -> list[str]:
    """One change in plain words: "Edited on 2 Mar 2026, 10:15", then what it changed from
    what to what, a line each."""
    action = translate("AuditAction", AUDIT_ACTION_NAMES[entry.action])
    line = translate("Records", "{action} on {when}").format(
        action=action, when=when_text(entry.at, tz, locale)
    )
    if entry.action is not AuditAction.EDITED:
        return [line]
    return [line, *changes(entry)]


class ChangeHistoryDialog(QDialog):
    """The changes made to one safety record, oldest first, with their times."""

    def __init__(
        self,
        title: str,
        entries: list[AuditEntry],
        tz: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Records", "Change history"))
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(scaled(self, 12))
        if not entries:
            column.addWidget(muted(translate("Records", "Not changed since it was recorded.")))
        self.entries = [audit_lines(entry, tz, self.locale()) for entry in entries]
        for action, *changed in self.entries:
            said = heading(action)
            said.setAccessibleName(action)
            column.addWidget(said)
            for change in changed:
                what = heading(change, "")
                what.setAccessibleName(change)
                what.setIndent(scaled(self, 16))
                column.addWidget(what)
        column.addStretch(1)
        close = button(
            translate("Records", "Close"), translate("Records", "Close the change history")
        )
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(heading(translate("Records", "Change history"), "title"))
        layout.addWidget(muted(title))
        layout.addWidget(scrolling(content), 1)
        layout.addLayout(row)
        fit_to_screen(self, 600, 400)
