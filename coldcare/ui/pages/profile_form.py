"""Editing one profile, in four plain sections the person or a caregiver can fill in.

1. About the person: name, year of birth (the age is said in words), who fills this in.
2. Health questions: the screening questionnaire, each a big Yes / No with why it is asked
   and a "Why?" button that shows the sources.
3. Places to keep cold away from (optional): site findings, per place on the body.
4. For caregivers and clinicians: a doctor's OK for Raynaud's or poor circulation (offered
   only when that answer is Yes), personal limits (only ever stricter), supervised mode.

Nothing typed is ever lost: a problem is said in words next to its field, which keeps its
value. The module also holds the small pieces the profile and settings pages share
(:class:`IconPainter`, :class:`Notice`, :func:`card`, :func:`muted`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from html import escape
from types import MappingProxyType

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.records import MAX_NAME_LENGTH, Clearance, EnteredBy, Profile
from coldcare.domain.screening import INTRODUCTION, QUESTIONS, ScreeningQuestion
from coldcare.domain.vocabulary import (
    BadInputError,
    BodySite,
    Condition,
    Finding,
    all_body_sites,
)
from coldcare.ui.i18n import translate
from coldcare.ui.state import AppState
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid, tick_tile
from coldcare.ui.widgets.common import (
    IconPainter,
    Notice,
    Stepper,
    card,
    discard,
    field_label,
    first_focusable,
    muted,
    scrolling,
    separator,
    subheading,
)
from coldcare.ui.widgets.sources import SourcesDialog

# The year box shows "not chosen yet" at this value, so nobody keeps a guessed year.
_NO_YEAR = 1899
# How far back the year box jumps when the person first presses an arrow key.
_FIRST_GUESS_AGE = 70
MAX_PERSONAL_MINUTES = 60
MAX_PERSONAL_REST = 24 * 60
_HEAD_TO_FOOT = all_body_sites()

# ------------------------------------------------------------------ pieces of the form


def age_text(birth_year: int | None, this_year: int) -> str:
    """The age reached this year, in words (birth year only: the birthday may still come);
    a hint while no year is chosen."""
    if birth_year is None:
        return translate("ProfileForm", "Type the year, for example 1952, or use − and +.")
    return translate("ProfileForm", "Age this year: {age}").format(age=this_year - birth_year)


def entered_by_text(profile: Profile) -> str:
    """Who filled in the profile, in words, with their name."""
    names = {
        EnteredBy.PERSON: translate("ProfileForm", "The person themselves"),
        EnteredBy.CAREGIVER: translate("ProfileForm", "A caregiver"),
        EnteredBy.CLINICIAN: translate("ProfileForm", "A clinician"),
    }
    said = names[profile.entered_by]
    if profile.entered_by_name:
        return f"{said} ({profile.entered_by_name})"
    return said


def date_format(locale: QLocale) -> str:
    """The locale's long date without the weekday: "4 November 2025", "November 4, 2025"."""
    return re.sub(r"d{4}\W*", "", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()


def date_text(day: date, locale: QLocale) -> str:
    """``day`` in words, as :func:`date_format` writes it."""
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def _clean(text: str) -> str:
    """Typed text without control characters or outer spaces."""
    return "".join(ch for ch in text if ord(ch) >= 32).strip()


@dataclass(frozen=True)
class _Problem:
    """Something to fix: the field to go to, what to do in words, and where that is shown."""

    field: QWidget
    message: str
    notice: Notice


def _flag(field: QWidget, notice: Notice, message: str) -> _Problem:
    """Show ``message`` next to ``field`` and return it as a problem."""
    notice.show_message(message)
    return _Problem(field, message, notice)


# ------------------------------------------------------------------ parts of the form


class _YearBox(QSpinBox):
    """A year of birth; starts as "not chosen yet" until the person picks a year."""

    def __init__(self, this_year: int) -> None:
        super().__init__()
        self.setRange(_NO_YEAR, this_year)
        self.setSpecialValueText(translate("ProfileForm", "Not chosen yet"))
        self._guess = this_year - _FIRST_GUESS_AGE
        self.setValue(_NO_YEAR)

    def year(self) -> int | None:
        """The chosen year, or ``None``."""
        return None if self.value() == _NO_YEAR else self.value()

    def set_year(self, year: int | None) -> None:
        """Show ``year`` (``None``: not chosen yet)."""
        self.setValue(_NO_YEAR if year is None else year)

    def stepBy(self, steps: int) -> None:
        """The first arrow press jumps to a likely year instead of 1900."""
        if self.value() == _NO_YEAR:
            self.setValue(self._guess)
        else:
            super().stepBy(steps)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Select the text, so typing a year replaces "Not chosen yet"."""
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)


class QuestionRow(QWidget):
    """One health question: the question, a big Yes / No, why it is asked, and "Why?"."""

    answered = Signal()

    def __init__(self, number: int, question: ScreeningQuestion, painter: IconPainter) -> None:
        super().__init__()
        self.question = question
        self.number = number
        asked = translate("Screening", question.question)
        text = QLabel(f"<b>{number}.</b> {escape(asked)}")
        text.setWordWrap(True)
        self.answer = ChoiceGrid(
            [
                Choice(True, translate("ProfileForm", "Yes")),
                Choice(False, translate("ProfileForm", "No")),
            ],
            columns=2,
        )
        for button in self.answer.buttons():
            button.setAccessibleDescription(asked)
        self.answer.chosen.connect(self._chosen)
        self.why_button = QPushButton(translate("ProfileForm", "Why?"))
        self.why_button.setAccessibleName(
            translate("ProfileForm", "Why we ask question {number}").format(number=number)
        )
        painter.paint(self.why_button, "why", "primary")
        self.why_button.clicked.connect(self._show_why)
        self.problem = Notice(painter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(8)
        layout.addWidget(text)
        layout.addWidget(self.answer)
        layout.addWidget(self.problem)
        why_row = QHBoxLayout()
        why_row.addWidget(muted(translate("Screening", question.why)), 1)
        why_row.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(why_row)

    def value(self) -> bool | None:
        """Yes (True), No (False), or not answered (None)."""
        chosen = self.answer.value()
        return chosen if isinstance(chosen, bool) else None

    def set_value(self, value: bool | None) -> None:
        """Show an answer (``None``: not answered yet)."""
        self.answer.set_value(value)
        self.problem.clear()

    def _chosen(self) -> None:
        self.problem.clear()
        self.answered.emit()

    def _show_why(self) -> None:
        SourcesDialog(translate("Screening", self.question.why), self.question.sources, self).exec()


class PlacesEditor(QWidget):
    """Places on the body to keep cold away from, each with what is true there."""

    changed = Signal()

    def __init__(self, painter: IconPainter) -> None:
        super().__init__()
        self._painter = painter
        self._findings: dict[BodySite, frozenset[Finding]] = {}
        self.problem = Notice(painter)
        self.site = QComboBox()
        self.site.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.site.setMinimumContentsLength(12)
        for site in _HEAD_TO_FOOT:
            self.site.addItem(translate("BodySite", site.display_name), site.code)
        self.finding_choice = ChoiceGrid(
            [Choice(f, translate("Finding", f.display_name)) for f in Finding],
            columns=2,
            multi=True,
        )
        self.checks = {f: self.finding_choice.button(f) for f in Finding}
        self.finding_choice.chosen.connect(lambda _value: self.problem.clear())
        self.add_button = QPushButton(translate("ProfileForm", "Add this place"))
        self.add_button.setAccessibleName(translate("ProfileForm", "Add this place"))
        painter.paint(self.add_button, "plus")
        self.add_button.clicked.connect(self._add)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(8)
        self._empty = muted(translate("ProfileForm", "No places added."))
        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(field_label(translate("ProfileForm", "Place on the body"), self.site))
        layout.addWidget(self.site)
        what = QLabel(translate("ProfileForm", "What is true there?"))
        what.setWordWrap(True)
        what.setBuddy(self.finding_choice.buttons()[0])
        layout.addWidget(what)
        layout.addWidget(self.finding_choice)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problem)
        layout.addWidget(subheading(translate("ProfileForm", "Places added")))
        layout.addWidget(self._empty)
        layout.addLayout(self._rows)

    def findings(self) -> Mapping[BodySite, frozenset[Finding]]:
        """What is recorded per place."""
        return MappingProxyType(dict(self._findings))

    def set_findings(self, findings: Mapping[BodySite, frozenset[Finding]]) -> None:
        """Show these places (replacing the list)."""
        self._findings = {site: found for site, found in findings.items() if found}
        self.finding_choice.clear()
        self.problem.clear()
        self._show_rows()

    def _add(self) -> None:
        chosen = frozenset(f for f in Finding if f in self.finding_choice.values())
        if not chosen:
            self.problem.show_message(
                translate("ProfileForm", "Please tick at least one thing that is true there.")
            )
            return
        site = BodySite.parse(str(self.site.currentData()))
        self._findings[site] = self._findings.get(site, frozenset()) | chosen
        self.finding_choice.clear()
        self._show_rows()
        self.changed.emit()

    def _remove(self, site: BodySite) -> None:
        self._findings.pop(site, None)
        self._show_rows()
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _show_rows(self) -> None:
        while (item := self._rows.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                discard(widget)
        for site in sorted(self._findings, key=_HEAD_TO_FOOT.index):
            self._rows.addWidget(self._row(site, self._findings[site]))
        self._empty.setVisible(not self._findings)

    def _row(self, site: BodySite, found: frozenset[Finding]) -> QFrame:
        name = translate("BodySite", site.display_name)
        words = "; ".join(translate("Finding", f.display_name) for f in Finding if f in found)
        row = QFrame()
        row.setProperty("role", "card")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(12, 8, 12, 8)
        text = QLabel(f"<b>{escape(name)}</b>: {escape(words)}")
        text.setWordWrap(True)
        text.setAccessibleName(f"{name}: {words}")
        remove = QPushButton(translate("ProfileForm", "Remove"))
        remove.setAccessibleName(translate("ProfileForm", "Remove {place}").format(place=name))
        self._painter.paint(remove, "close")
        remove.clicked.connect(lambda: self._remove(site))
        layout.addWidget(text, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignVCenter)
        return row


class ClearanceEditor(QWidget):
    """A doctor's OK for cold despite Raynaud's or poor circulation (never hands or feet)."""

    changed = Signal()

    def __init__(self, condition: Condition, painter: IconPainter, today: date) -> None:
        super().__init__()
        self.condition = condition
        self._name = translate("Condition", condition.display_name)
        said = translate("ProfileForm", "A doctor has said cold is OK")
        self.given, given_row = tick_tile(
            said, translate("ProfileForm", "For: {condition}").format(condition=self._name)
        )
        self.given.setAccessibleName(f"{said} ({self._name})")
        self.when = QDateEdit()
        self.when.setDisplayFormat(date_format(self.when.locale()))
        self.when.setCalendarPopup(True)
        self.when.setMaximumDate(QDate(today.year, today.month, today.day))
        self.when.setDate(self.when.maximumDate())
        self.by_whom = QLineEdit()
        self.by_whom.setMaxLength(MAX_NAME_LENGTH)
        self.by_whom.setPlaceholderText(translate("ProfileForm", "For example: Dr Weber"))
        self.problem = Notice(painter)
        self._details = QWidget()
        details = QVBoxLayout(self._details)
        details.setContentsMargins(32, 0, 0, 0)
        details.addWidget(field_label(translate("ProfileForm", "Date of the OK"), self.when))
        details.addWidget(self.when, 0, Qt.AlignmentFlag.AlignLeft)
        details.addWidget(field_label(translate("ProfileForm", "Who gave the OK"), self.by_whom))
        details.addWidget(self.by_whom)
        details.addWidget(self.problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(given_row)
        layout.addWidget(self._details)
        self.given.toggled.connect(self._details.setVisible)
        for signal in (self.given.toggled, self.when.dateChanged, self.by_whom.textEdited):
            signal.connect(self._edited)
        self._details.hide()

    def set_clearance(self, clearance: Clearance | None) -> None:
        """Show a recorded OK (``None``: no OK given)."""
        self.given.setChecked(clearance is not None)
        if clearance is not None:
            day = clearance.cleared_on
            self.when.setDate(QDate(day.year, day.month, day.day))
            self.by_whom.setText(clearance.by_whom)
        else:
            self.by_whom.clear()
        self.problem.clear()

    def problems(self) -> list[_Problem]:
        """What is missing (shown next to the field)."""
        self.problem.clear()
        if not self.given.isChecked() or _clean(self.by_whom.text()):
            return []
        message = translate("ProfileForm", "Please type who gave the OK for {condition}.").format(
            condition=self._name
        )
        return [_flag(self.by_whom, self.problem, message)]

    def clearance(self) -> Clearance | None:
        """The OK as a record (call :meth:`problems` first)."""
        if not self.given.isChecked():
            return None
        day = self.when.date()
        return Clearance(
            self.condition, date(day.year(), day.month(), day.day()), _clean(self.by_whom.text())
        )

    def _edited(self) -> None:
        self.problem.clear()
        self.changed.emit()


# ------------------------------------------------------------------ the form


class Section(StrEnum):
    """The form's sections, in order (a step of the first start shows some of them)."""

    ABOUT = "about"
    HEALTH = "health"
    PLACES = "places"
    CARE = "care"


class ProfileForm(QWidget):
    """Edits one profile; long content scrolls.

    Signals:
        changed(): the person changed something in the form.
    """

    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._base: Profile | None = None
        self._first_problem: _Problem | None = None
        self._filling = False
        self._today = state.clock.now().astimezone(state.tz).date()
        self._painter = IconPainter(state, self)
        content = QWidget()
        self._column = column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(24)
        self._cards = {
            Section.ABOUT: self._build_about(),
            Section.HEALTH: self._build_health(),
            Section.PLACES: self._build_places(),
            Section.CARE: self._build_care(),
        }
        for frame in self._cards.values():
            column.addWidget(frame)
        column.addStretch(1)
        self._scroll = scrolling(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        self.set_profile(None)

    # ------------------------------------------------------------------ building

    def _build_about(self) -> QFrame:
        frame, layout = card(translate("ProfileForm", "About the person"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(translate("ProfileForm", "For example: Anna"))
        self._name_problem = Notice(self._painter)
        layout.addWidget(field_label(translate("ProfileForm", "Name"), self.name_edit))
        layout.addWidget(self.name_edit)
        layout.addWidget(self._name_problem)
        self.birth_year = _YearBox(self._today.year)
        self._age = muted("")
        self._year_problem = Notice(self._painter)
        layout.addWidget(field_label(translate("ProfileForm", "Year of birth"), self.birth_year))
        layout.addWidget(Stepper(self.birth_year, self._painter), 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._age)
        layout.addWidget(self._year_problem)
        self._build_entered_by(layout)
        self.name_edit.textEdited.connect(self._clearing(self._name_problem))
        self.birth_year.valueChanged.connect(self._clearing(self._year_problem))
        return frame

    def _build_entered_by(self, layout: QVBoxLayout) -> None:
        self.entered_by = ChoiceGrid(
            [
                Choice(
                    EnteredBy.PERSON,
                    translate("ProfileForm", "The person themselves"),
                    translate("ProfileForm", "Filling this in for yourself"),
                ),
                Choice(
                    EnteredBy.CAREGIVER,
                    translate("ProfileForm", "A caregiver"),
                    translate("ProfileForm", "Family member or helper"),
                ),
                Choice(
                    EnteredBy.CLINICIAN,
                    translate("ProfileForm", "A clinician"),
                    translate("ProfileForm", "Doctor, nurse or physiotherapist"),
                ),
            ],
            columns=3,
        )
        label = QLabel(translate("ProfileForm", "Who is filling this in?"))
        label.setWordWrap(True)
        label.setBuddy(self.entered_by.buttons()[0])
        self.helper_name = QLineEdit()
        self.helper_name.setMaxLength(MAX_NAME_LENGTH)
        self._helper_label = field_label(
            translate("ProfileForm", "Caregiver's name"), self.helper_name
        )
        self._helper_problem = Notice(self._painter)
        for widget in (label, self.entered_by, self._helper_label, self.helper_name):
            layout.addWidget(widget)
        layout.addWidget(self._helper_problem)
        self.entered_by.chosen.connect(self._clearing(self._helper_problem))
        self.helper_name.textEdited.connect(self._clearing(self._helper_problem))

    def _build_health(self) -> QFrame:
        frame, layout = card(
            translate("ProfileForm", "Health questions"), translate("Screening", INTRODUCTION)
        )
        self._questions: dict[Condition, QuestionRow] = {}
        for number, question in enumerate(QUESTIONS, start=1):
            if number > 1:
                layout.addWidget(separator())
            row = QuestionRow(number, question, self._painter)
            row.answered.connect(self._edited)
            self._questions[question.condition] = row
            layout.addWidget(row)
        return frame

    def _build_places(self) -> QFrame:
        frame, layout = card(
            translate("ProfileForm", "Places to keep cold away from (optional)"),
            translate(
                "ProfileForm",
                "If a place on the body has one of these problems, ColdCare will not put cold "
                "there. Leave this empty if none apply.",
            ),
        )
        self.places = PlacesEditor(self._painter)
        self.places.changed.connect(self._edited)
        layout.addWidget(self.places)
        return frame

    def _build_care(self) -> QFrame:
        frame, layout = card(
            translate("ProfileForm", "For caregivers and clinicians"),
            translate(
                "ProfileForm",
                "Optional. These settings can make ColdCare more careful, never less careful.",
            ),
        )
        layout.addWidget(subheading(translate("ProfileForm", "Doctor's OK")))
        self._no_clearance = muted(
            translate(
                "ProfileForm",
                "A doctor's OK can be noted here when the answer about Raynaud's or poor "
                "circulation is Yes. Hands and feet are never cooled with these.",
            )
        )
        layout.addWidget(self._no_clearance)
        self._clearances = {
            condition: ClearanceEditor(condition, self._painter, self._today)
            for condition in Condition
            if condition.clearable
        }
        for editor in self._clearances.values():
            editor.changed.connect(self._edited)
            layout.addWidget(editor)
        self._build_limits(layout)
        self._build_supervised(layout)
        return frame

    def _build_limits(self, layout: QVBoxLayout) -> None:
        layout.addWidget(subheading(translate("ProfileForm", "Personal limits")))
        layout.addWidget(
            muted(
                translate(
                    "ProfileForm",
                    "Only if a doctor or physiotherapist asked for it. These can only make "
                    "sessions shorter or rests longer than ColdCare's own limits, never the "
                    "other way.",
                )
            )
        )
        self.max_minutes = self._minutes_box(
            MAX_PERSONAL_MINUTES, translate("ProfileForm", "No personal limit")
        )
        self.rest_minutes = self._minutes_box(
            MAX_PERSONAL_REST, translate("ProfileForm", "No personal rest")
        )
        self.rest_minutes.setSingleStep(5)
        for text, box in (
            (translate("ProfileForm", "Longest time with cold, in minutes"), self.max_minutes),
            (
                translate("ProfileForm", "Shortest rest before cold on the same place, in minutes"),
                self.rest_minutes,
            ),
        ):
            layout.addWidget(field_label(text, box))
            layout.addWidget(Stepper(box, self._painter), 0, Qt.AlignmentFlag.AlignLeft)
            box.valueChanged.connect(self._edited)

    def _minutes_box(self, maximum: int, none_text: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, maximum)
        box.setSpecialValueText(none_text)
        box.setSuffix(translate("ProfileForm", " min"))
        return box

    def _build_supervised(self, layout: QVBoxLayout) -> None:
        layout.addWidget(subheading(translate("ProfileForm", "Supervised sessions")))
        self.supervised, row = tick_tile(
            translate("ProfileForm", "A caregiver stays for every session"),
            translate(
                "ProfileForm",
                "Before each session, the caregiver confirms they will stay until the pack is off.",
            ),
        )
        self.supervised.toggled.connect(self._edited)
        layout.addWidget(row)
        self._supervised_note = Notice(self._painter)
        layout.addWidget(self._supervised_note)

    def _clearing(self, notice: Notice) -> Callable[..., None]:
        """A slot for a field's edits: hide the field's problem, count it as a change."""

        def edited(*_: object) -> None:
            notice.clear()
            self._edited()

        return edited

    # ------------------------------------------------------------------ reading and showing

    def set_profile(self, profile: Profile | None) -> None:
        """Show ``profile`` for editing (``None``: an empty form for a new person)."""
        self._filling = True
        try:
            self._base = profile
            self.name_edit.setText(profile.name if profile else "")
            self.birth_year.set_year(profile.birth_year if profile else None)
            self.entered_by.set_value(profile.entered_by if profile else EnteredBy.PERSON)
            self.helper_name.setText(profile.entered_by_name if profile else "")
            for condition, row in self._questions.items():
                row.set_value(None if profile is None else condition in profile.conditions)
            self.places.set_findings(profile.site_findings if profile else {})
            given = {c.condition: c for c in profile.clearances} if profile else {}
            for condition, editor in self._clearances.items():
                editor.set_clearance(given.get(condition))
            self.max_minutes.setValue((profile.personal_max_minutes or 0) if profile else 0)
            self.rest_minutes.setValue((profile.personal_rest_minutes or 0) if profile else 0)
            self.supervised.setChecked(profile.supervised if profile else False)
            for notice in (self._name_problem, self._year_problem, self._helper_problem):
                notice.clear()
        finally:
            self._filling = False
        self._refresh()

    def profile(self) -> Profile:
        """The profile as filled in; raises BadInputError naming the first field to fix.

        Every problem is shown next to its field, the form scrolls to the first one, and
        nothing typed is changed. Fields the form does not show (clinician reviews, when the
        questions were answered) are kept from the profile given to :meth:`set_profile`.
        """
        self.check(tuple(Section))
        return self._build()

    def check(self, sections: Collection[Section]) -> None:
        """Check only ``sections`` (a step of the first start); raise as :meth:`profile` does."""
        finders = {
            Section.ABOUT: self._about_problems,
            Section.HEALTH: self._health_problems,
            Section.PLACES: list,
            Section.CARE: self._care_problems,
        }
        problems = [problem for s in Section if s in sections for problem in finders[s]()]
        self._first_problem = None
        if not problems:
            return
        first = self._first_problem = problems[0]
        self._reveal(first)
        if len(problems) == 1:
            raise BadInputError(first.message)
        more = translate("ProfileForm", "There are {count} things to fix on this page.")
        raise BadInputError(f"{first.message} {more.format(count=len(problems))}")

    def reveal_problem(self) -> None:
        """Bring the first problem of the last check back into view (after the window around
        the form changed, e.g. a message appeared under it)."""
        if self._first_problem is not None:
            self._reveal(self._first_problem)

    def _reveal(self, problem: _Problem) -> None:
        """Scroll the field and its message into view (laid out anew: messages just appeared)
        and put the keyboard focus there."""
        content = self._scroll.widget()
        if content is not None and (layout := content.layout()) is not None:
            layout.activate()
        self._scroll.ensureWidgetVisible(problem.notice, 48, 48)
        self._scroll.ensureWidgetVisible(problem.field, 48, 48)
        problem.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_lead(self, lead: QWidget) -> None:
        """Show ``lead`` above the sections, scrolling with them (the first start's welcome)."""
        self._column.insertWidget(0, lead)

    def show_sections(self, sections: Collection[Section]) -> None:
        """Show only ``sections`` (in their usual order), scrolled to the top."""
        for section, frame in self._cards.items():
            frame.setVisible(section in sections)
        self._scroll.verticalScrollBar().setValue(0)

    def focus_first(self) -> None:
        """Put the keyboard focus on the first control shown."""
        for frame in self._cards.values():
            if frame.isVisibleTo(self) and (target := first_focusable(frame)) is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def question(self, condition: Condition) -> QuestionRow:
        """The row asking about ``condition``."""
        return self._questions[condition]

    def clearance_editor(self, condition: Condition) -> ClearanceEditor:
        """The doctor's-OK editor for a clearable ``condition``."""
        return self._clearances[condition]

    # ------------------------------------------------------------------ checks

    def _about_problems(self) -> list[_Problem]:
        found: list[_Problem] = []
        if not _clean(self.name_edit.text()):
            message = translate("ProfileForm", "Please type the name.")
            found.append(_flag(self.name_edit, self._name_problem, message))
        if self.birth_year.year() is None:
            message = translate("ProfileForm", "Please choose the year of birth.")
            found.append(_flag(self.birth_year, self._year_problem, message))
        helper = self._helper()
        if helper is not EnteredBy.PERSON and not _clean(self.helper_name.text()):
            message = (
                translate("ProfileForm", "Please type the caregiver's name.")
                if helper is EnteredBy.CAREGIVER
                else translate("ProfileForm", "Please type the clinician's name.")
            )
            found.append(_flag(self.helper_name, self._helper_problem, message))
        return found

    def _health_problems(self) -> list[_Problem]:
        found: list[_Problem] = []
        for row in self._questions.values():
            if row.value() is None:
                row.problem.show_message(translate("ProfileForm", "Please choose Yes or No."))
                message = translate(
                    "ProfileForm", "Please answer health question {number}: Yes or No."
                ).format(number=row.number)
                found.append(_Problem(row.answer.buttons()[0], message, row.problem))
        return found

    def _care_problems(self) -> list[_Problem]:
        answered_yes = self._conditions()
        return [
            problem
            for condition, editor in self._clearances.items()
            if condition in answered_yes
            for problem in editor.problems()
        ]

    # ------------------------------------------------------------------ building the record

    def _helper(self) -> EnteredBy:
        value = self.entered_by.value()
        return value if isinstance(value, EnteredBy) else EnteredBy.PERSON

    def _conditions(self) -> frozenset[Condition]:
        return frozenset(c for c, row in self._questions.items() if row.value() is True)

    def _build(self) -> Profile:
        year = self.birth_year.year()
        assert year is not None
        conditions = self._conditions()
        helper = self._helper()
        made = Profile(
            name=_clean(self.name_edit.text()),
            birth_year=year,
            conditions=conditions,
            clearances=tuple(
                clearance
                for condition, editor in self._clearances.items()
                if condition in conditions and (clearance := editor.clearance()) is not None
            ),
            site_findings=self.places.findings(),
            personal_max_minutes=self.max_minutes.value() or None,
            personal_rest_minutes=self.rest_minutes.value() or None,
            supervised=self.supervised.isChecked(),
            entered_by=helper,
            entered_by_name="" if helper is EnteredBy.PERSON else _clean(self.helper_name.text()),
        )
        if self._base is None:
            return made
        return dataclasses.replace(
            made,
            id=self._base.id,
            review_required_since=self._base.review_required_since,
            reviews=self._base.reviews,
            screening_answered_at=self._base.screening_answered_at,
        )

    # ------------------------------------------------------------------ keeping it tidy

    def _edited(self) -> None:
        self._refresh()
        if not self._filling:
            self.changed.emit()

    def _refresh(self) -> None:
        """Show what depends on other answers: the age, the helper's name, the doctor's OK."""
        self._age.setText(age_text(self.birth_year.year(), self._today.year))
        helper = self._helper()
        caregiver = helper is EnteredBy.CAREGIVER
        self._helper_label.setText(
            translate("ProfileForm", "Caregiver's name")
            if caregiver
            else translate("ProfileForm", "Clinician's name")
        )
        self.helper_name.setAccessibleName(self._helper_label.text())
        for widget in (self._helper_label, self.helper_name):
            widget.setVisible(helper is not EnteredBy.PERSON)
        answered_yes = self._conditions()
        for condition, editor in self._clearances.items():
            editor.setVisible(condition in answered_yes)
        self._no_clearance.setVisible(not answered_yes & self._clearances.keys())
        self._show_supervision_need(Condition.COGNITIVE_IMPAIRMENT in answered_yes)

    def _show_supervision_need(self, needed: bool) -> None:
        if needed and not self.supervised.isChecked():
            self._supervised_note.show_message(
                translate(
                    "ProfileForm",
                    "Needed: the answer to question {number} says it is hard to notice or say "
                    "when something hurts. Without a caregiver there, ColdCare will not start a "
                    "session.",
                ).format(number=self._questions[Condition.COGNITIVE_IMPAIRMENT].number),
                "caution",
            )
        else:
            self._supervised_note.clear()
