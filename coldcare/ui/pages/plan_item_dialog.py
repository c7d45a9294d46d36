"""One item of the weekly plan: the words that describe it, the plan check's refusal, and the
dialog that adds or changes it.

A cold item says where, with what, how long, on which days and at what time; an exercise item
names an exercise from the library. The dialog shows the engine's limits for the chosen place
and kind of cold as they are chosen. On Save it hands the item to the Plan page, which runs
the plan check before anything is stored: a refusal is shown in the dialog, which stays open
with everything as typed, so the time or the minutes can be changed right there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTime, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.exercises import REGION_NAMES, Exercise
from coldcare.domain.plan import ItemKind, PlanItem
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.records import MAX_NAME_LENGTH
from coldcare.domain.safety import (
    ColdRequest,
    IntermittentProtocol,
    SiteHistory,
    Verdict,
    evaluate,
    suggested_protocol,
)
from coldcare.domain.safety_plan import DAYS_PER_WEEK, PlanRule, PlanViolation
from coldcare.domain.vocabulary import BadInputError, Barrier, BodySite, Modality, all_body_sites
from coldcare.ui import icons
from coldcare.ui.i18n import translate, translate_filled
from coldcare.ui.pages.profile_form import date_format
from coldcare.ui.plan_words import (
    default_cold_label,
    exercise_name,
    protocol_text,
    site_words,
)
from coldcare.ui.state import AppState
from coldcare.ui.theme import Appearance
from coldcare.ui.widgets.choice_grid import tick_tile
from coldcare.ui.widgets.common import (
    AdaptiveRow,
    IconPainter,
    Notice,
    Stepper,
    discard,
    field_label,
    fit_to_screen,
    muted,
    pressed_by_enter_itself,
    reveal,
    scrolling,
    subheading,
)
from coldcare.ui.widgets.safety_panel import ReasonRow, reason_text
from coldcare.ui.words import in_sentence

# Modalities a plan may hold: whole-body cryotherapy is a clinic visit, never planned here.
PLANNED_MODALITIES = tuple(m for m in Modality if m is not Modality.WHOLE_BODY_CRYOTHERAPY)
# Violation parameters that hold a weekday name (context "Weekday"), and a time ("HH:MM").
_WEEKDAY_PARAMS = ("first_day", "second_day", "earliest_day", "weekday")
_TIME_PARAMS = ("first_time", "second_time", "earliest")
_MAX_PLAN_MINUTES = 60


def violation_text(violation: PlanViolation) -> str:
    """A broken rule in plain words: translated, then filled with translated names."""
    params: dict[str, object] = dict(violation.params)
    code = params.get("site_code")
    if isinstance(code, str):
        params["site"] = in_sentence(site_words(BodySite.parse(code)))
    for key in _WEEKDAY_PARAMS:
        if key in params:
            params[key] = translate("Weekday", str(params[key]))
    for key in _TIME_PARAMS:
        if key in params:  # as the rest of the screen writes times ("9:00 AM" in the US)
            clock = QTime.fromString(str(params[key]), "HH:mm")
            params[key] = QLocale().toString(clock, QLocale.FormatType.ShortFormat)
    return translate_filled("PlanCheck", violation.message, params)


# ------------------------------------------------------------------ the plan check's answer


class PlanCheckPanel(QWidget):
    """What the plan check refused: a heading, then each broken rule in words with a hand
    icon, and under it the engine's reasons with their "Why?" (for blocked items)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._painter = IconPainter(state, self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.heading = Notice(self._painter)
        self._layout.addWidget(self.heading)
        self._layout.addStretch(1)
        self._rows: list[QWidget] = []
        self._texts: list[str] = []
        self.hide()

    def show_violations(self, violations: Sequence[PlanViolation], heading: str) -> None:
        """Replace what is shown with ``violations`` under ``heading``."""
        self.clear()
        self.heading.show_message(f"<b>{heading}</b>", "stop")
        look = self._state.appearance
        for violation in violations:
            text = violation_text(violation)
            self._texts.append(text)
            self._add(self._violation_row(text, look))
            kind = "block" if violation.rule is PlanRule.BLOCKED else "limit"
            for reason in violation.reasons:
                self._texts.append(reason_text(reason))
                self._add(ReasonRow(kind, reason, look))
        self.show()

    def _add(self, row: QWidget) -> None:
        self._rows.append(row)
        self._layout.insertWidget(self._layout.count() - 1, row)

    @staticmethod
    def _violation_row(text: str, look: Appearance) -> QFrame:
        row = QFrame()
        row.setProperty("role", "stop")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(12, 8, 12, 8)
        mark = QLabel()
        mark.setPixmap(icons.pixmap("stop", look.tokens.stop, look.pixels(28)))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        words = QLabel(text)
        words.setWordWrap(True)
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(mark)
        layout.addWidget(words, 1)
        row.setAccessibleName(text)
        return row

    def clear(self) -> None:
        """Show nothing."""
        for row in self._rows:
            discard(row)
        self._rows = []
        self._texts = []
        self.heading.clear()
        self.hide()

    def text(self) -> str:
        """Every message shown, one a line ("" when nothing is refused)."""
        return "\n".join(self._texts)


# ------------------------------------------------------------------ small fields


class WeekdayPicker(QWidget):
    """Seven big day toggles (Monday first) and "Every day"; a chosen day shows a tick.

    Signal ``changed()`` when the person turns a day on or off.
    """

    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        locale = self.locale()
        self._days = [
            self._toggle(
                locale.dayName(day, QLocale.FormatType.ShortFormat),
                locale.dayName(day, QLocale.FormatType.LongFormat),
            )
            for day in range(1, DAYS_PER_WEEK + 1)
        ]
        self.every_day = self._toggle(
            translate("PlanItem", "Every day"), translate("PlanItem", "Every day")
        )
        for day in self._days:
            day.clicked.connect(self._day_clicked)
        self.every_day.clicked.connect(self._every_day_clicked)
        row = AdaptiveRow()
        row.add(self._group(self._days[:4]), 0)
        row.add(self._group([*self._days[4:], self.every_day]), 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(row)
        state.appearance_changed.connect(lambda _look: self._mark_all())
        self._mark_all()

    @staticmethod
    def _toggle(text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        pressed_by_enter_itself(button)
        button.setAccessibleName(name)
        return button

    @staticmethod
    def _group(buttons: Sequence[QPushButton]) -> QWidget:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            layout.addWidget(button)
        layout.addStretch(1)
        return holder

    def days(self) -> frozenset[int]:
        """The chosen days, 0 (Monday) to 6 (Sunday)."""
        return frozenset(index for index, day in enumerate(self._days) if day.isChecked())

    def set_days(self, days: Collection[int]) -> None:
        """Show exactly ``days`` as chosen (no signal)."""
        for index, day in enumerate(self._days):
            day.setChecked(index in days)
        self._mark_all()

    def button(self, day: int) -> QPushButton:
        """The toggle of ``day`` (0 is Monday)."""
        return self._days[day]

    def _day_clicked(self) -> None:
        self._mark_all()
        self.changed.emit()

    def _every_day_clicked(self) -> None:
        every = len(self.days()) < DAYS_PER_WEEK
        for day in self._days:
            day.setChecked(every)
        self._mark_all()
        self.changed.emit()

    def _mark_all(self) -> None:
        """A tick on every chosen toggle: chosen is said by a shape, not by colour alone."""
        self.every_day.setChecked(len(self.days()) == DAYS_PER_WEEK)
        look = self._state.appearance
        tick = icons.icon("safe", look.tokens.on_primary)
        size = look.pixels(20)
        for button in (*self._days, self.every_day):
            button.setIcon(tick if button.isChecked() else QIcon())
            button.setIconSize(QSize(size, size))


class _TwoDigits(QSpinBox):
    """A number box that always shows two digits ("08"), for hours and minutes."""

    def textFromValue(self, value: int) -> str:
        """Pad with a zero."""
        return f"{value:02d}"


class TimeField(QWidget):
    """A wall time as hours and minutes, each with big − and + buttons (minutes in fives)."""

    def __init__(self, painter: IconPainter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hour = self._box(23, 1)
        self.minute = self._box(59, 5)
        row = AdaptiveRow()
        for label, box in (
            (translate("PlanItem", "Hour"), self.hour),
            (translate("PlanItem", "Minute"), self.minute),
        ):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(field_label(label, box))
            column.addWidget(Stepper(box, painter), 0, Qt.AlignmentFlag.AlignLeft)
            row.add(holder, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(row)

    @staticmethod
    def _box(maximum: int, step: int) -> _TwoDigits:
        box = _TwoDigits()
        box.setRange(0, maximum)
        box.setSingleStep(step)
        box.setWrapping(True)
        return box

    def value(self) -> time:
        """The chosen time."""
        return time(self.hour.value(), self.minute.value())

    def set_value(self, at: time) -> None:
        """Show ``at``."""
        self.hour.setValue(at.hour)
        self.minute.setValue(at.minute)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat(date_format(edit.locale()))
    edit.setCalendarPopup(True)
    return edit


def _combo(entries: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, value in entries:
        combo.addItem(text, value)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


# ------------------------------------------------------------------ the dialog

Submit = Callable[[PlanItem], Sequence[PlanViolation]]


@dataclass(frozen=True)
class _Problem:
    """A field to fix: its message, where to show it, and where to put the focus."""

    notice: Notice
    field: QWidget
    message: str


class PlanItemDialog(QDialog):
    """Add or change a cold item or an exercise item of the active profile's plan.

    ``submit(item)`` runs the plan check and saves when it passes; it returns the broken
    rules (nothing was saved) or nothing (saved: the dialog closes). A problem with a field
    is said next to it; nothing typed is lost.
    """

    def __init__(
        self,
        state: AppState,
        kind: ItemKind,
        exercises: Sequence[Exercise],
        submit: Submit,
        item: PlanItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._kind = kind
        self._exercises = [e for e in exercises if e.id is not None and not e.archived]
        self._submit = submit
        self._original = item
        self._name_typed = item is not None
        self._suggested: IntermittentProtocol | None = None
        self._painter = IconPainter(state, self)
        self.setWindowTitle(self._title())
        content = QWidget()
        form = QVBoxLayout(content)
        form.setSpacing(12)
        if kind is ItemKind.COLD:
            self._build_cold(form)
        else:
            self._build_exercise(form)
        self._build_when(form)
        form.addStretch(1)
        self.refusal = PlanCheckPanel(state)
        self.problem = Notice(self._painter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        title = QLabel(self._title())
        title.setProperty("role", "title")
        title.setWordWrap(True)
        layout.addWidget(title)
        self._form_scroll = scrolling(content)
        layout.addWidget(self._form_scroll, 1)
        self._refusal_scroll = scrolling(self.refusal)
        self._refusal_scroll.hide()
        layout.addWidget(self._refusal_scroll)
        layout.addWidget(self.problem)
        layout.addWidget(self._build_buttons())
        self._show_item(item)
        fit_to_screen(self, 760, 760)

    def _title(self) -> str:
        titles = {
            (ItemKind.COLD, True): translate("PlanItem", "Add a cold session to the plan"),
            (ItemKind.COLD, False): translate("PlanItem", "Change a planned cold session"),
            (ItemKind.EXERCISE, True): translate("PlanItem", "Add an exercise to the plan"),
            (ItemKind.EXERCISE, False): translate("PlanItem", "Change a planned exercise"),
        }
        return titles[(self._kind, self._original is None)]

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the refusal's share of the height for the new size."""
        super().resizeEvent(event)
        self._fit_refusal()

    def _fit_refusal(self) -> None:
        """The refusal takes the height of its words, at most two fifths of the dialog; the
        form keeps the rest (and each scrolls)."""
        width = self._form_scroll.viewport().width()
        needed = self.refusal.heightForWidth(width)
        if needed < 0:
            needed = self.refusal.sizeHint().height()
        self._refusal_scroll.setFixedHeight(min(needed, self.height() * 2 // 5))

    # ------------------------------------------------------------------ building

    def _name_field(self, form: QVBoxLayout, hint: str) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(hint)
        self.name_edit.textEdited.connect(self._name_edited)
        self._name_problem = Notice(self._painter)
        form.addWidget(field_label(translate("PlanItem", "Name in the plan"), self.name_edit))
        form.addWidget(self.name_edit)
        form.addWidget(self._name_problem)

    def _build_cold(self, form: QVBoxLayout) -> None:
        form.addWidget(subheading(translate("PlanItem", "What")))
        self.site = _combo([(site_words(s), s.code) for s in all_body_sites()])
        self.modality = _combo(
            [(translate("Modality", m.display_name), m.value) for m in PLANNED_MODALITIES]
        )
        self.barrier = _combo([(translate("Barrier", b.display_name), b.value) for b in Barrier])
        _select(self.barrier, Barrier.DAMP_CLOTH.value)
        form.addWidget(field_label(translate("PlanItem", "Where on the body"), self.site))
        form.addWidget(self.site)
        form.addWidget(field_label(translate("PlanItem", "Kind of cold"), self.modality))
        form.addWidget(self.modality)
        self._barrier_label = field_label(
            translate("PlanItem", "What is between the cold and the skin"), self.barrier
        )
        form.addWidget(self._barrier_label)
        form.addWidget(self.barrier)
        self._build_water(form)
        self._build_minutes(form)
        self._name_field(form, translate("PlanItem", "For example: Ice the left knee"))
        for combo in (self.site, self.modality, self.barrier):
            combo.currentIndexChanged.connect(lambda _index: self._choices_changed())

    def _build_water(self, form: QVBoxLayout) -> None:
        self.water = QDoubleSpinBox()
        self.water.setRange(0.0, 20.0)
        self.water.setSingleStep(0.5)
        self.water.setValue(15.0)
        self.water.setSuffix(" °C")
        self._water_label = field_label(
            translate("PlanItem", "Water temperature (use a thermometer)"), self.water
        )
        self.water.valueChanged.connect(lambda _value: self._choices_changed())
        form.addWidget(self._water_label)
        form.addWidget(self.water, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_minutes(self, form: QVBoxLayout) -> None:
        self.minutes = QSpinBox()
        self.minutes.setRange(1, _MAX_PLAN_MINUTES)
        self.minutes.setSuffix(translate("PlanItem", " min"))
        form.addWidget(field_label(translate("PlanItem", "Minutes of cold"), self.minutes))
        form.addWidget(Stepper(self.minutes, self._painter), 0, Qt.AlignmentFlag.AlignLeft)
        self.limits = Notice(self._painter)
        form.addWidget(self.limits)
        self.rounds, rounds_tile = tick_tile(
            translate("PlanItem", "Two shorter rounds with a break in between"), " "
        )
        self.rounds.toggled.connect(lambda _on: self._show_rounds())
        form.addWidget(rounds_tile)

    def _build_exercise(self, form: QVBoxLayout) -> None:
        form.addWidget(subheading(translate("PlanItem", "What")))
        self.exercise = _combo([(self._exercise_words(e), e.id) for e in self._exercises])
        form.addWidget(field_label(translate("PlanItem", "Exercise"), self.exercise))
        form.addWidget(self.exercise)
        form.addWidget(
            muted(
                translate(
                    "PlanItem",
                    "Exercises come from the Exercises page. To do this one after another item "
                    "at the same time, use Move earlier or Move later on the Plan page.",
                )
            )
        )
        self._name_field(form, translate("PlanItem", "For example: Knee exercises"))
        self.exercise.currentIndexChanged.connect(lambda _index: self._choices_changed())

    @staticmethod
    def _exercise_words(exercise: Exercise) -> str:
        region = translate("BodyRegion", REGION_NAMES[exercise.region])
        return translate("PlanItem", "{name} ({region}, {sets} × {reps})").format(
            name=exercise_name(exercise), region=region, sets=exercise.sets, reps=exercise.reps
        )

    def _build_when(self, form: QVBoxLayout) -> None:
        form.addSpacing(8)
        form.addWidget(subheading(translate("PlanItem", "When")))
        self.days = WeekdayPicker(self._state)
        self.days.setAccessibleName(translate("PlanItem", "Days of the week"))
        self._days_problem = Notice(self._painter)
        self.days.changed.connect(self._days_problem.clear)
        form.addWidget(QLabel(translate("PlanItem", "On these days")))
        form.addWidget(self.days)
        form.addWidget(self._days_problem)
        form.addWidget(QLabel(translate("PlanItem", "At this time")))
        self.time = TimeField(self._painter)
        form.addWidget(self.time)
        self._build_dates(form)
        self.heads_up, heads_up_tile = tick_tile(
            translate("PlanItem", "Also remind 10 minutes before"),
            translate("PlanItem", "Time to get the pack out of the freezer or to get ready."),
        )
        form.addWidget(heads_up_tile)

    def _build_dates(self, form: QVBoxLayout) -> None:
        self.start_date = _date_edit()
        form.addWidget(field_label(translate("PlanItem", "First day"), self.start_date))
        form.addWidget(self.start_date, 0, Qt.AlignmentFlag.AlignLeft)
        self.ends, ends_tile = tick_tile(translate("PlanItem", "Stop on a set day"))
        self.end_date = _date_edit()
        self._end_label = field_label(translate("PlanItem", "Last day"), self.end_date)
        self._end_problem = Notice(self._painter)
        form.addWidget(ends_tile)
        form.addWidget(self._end_label)
        form.addWidget(self.end_date, 0, Qt.AlignmentFlag.AlignLeft)
        form.addWidget(self._end_problem)
        self.ends.toggled.connect(self._show_end)
        for edit in (self.start_date, self.end_date):
            edit.dateChanged.connect(lambda _day: self._end_problem.clear())

    def _build_buttons(self) -> QWidget:
        self.save_button = QPushButton(translate("PlanItem", "Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(translate("PlanItem", "Check and save"))
        self.save_button.clicked.connect(self._save)
        self.cancel_button = QPushButton(translate("PlanItem", "Cancel"))
        self.cancel_button.setAccessibleName(translate("PlanItem", "Cancel without saving"))
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.save_button, self.cancel_button):
            pressed_by_enter_itself(button)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return holder

    # ------------------------------------------------------------------ showing

    def _today(self) -> date:
        return self._state.clock.now().astimezone(self._state.tz).date()

    def _show_item(self, item: PlanItem | None) -> None:
        today = self._today()
        start = item.start_date if item else today
        self.start_date.setDate(_qdate(start))
        self.end_date.setDate(_qdate((item and item.end_date) or start + timedelta(weeks=6)))
        self.ends.setChecked(bool(item and item.end_date))
        self._show_end(self.ends.isChecked())
        self.time.set_value(item.at if item else self._next_hour())
        self.days.set_days(item.weekdays if item else ())
        self.heads_up.setChecked(bool(item and item.heads_up))
        if self._kind is ItemKind.COLD:
            self._show_cold(item)
        elif item is not None:
            _select(self.exercise, item.exercise_id)
        self.name_edit.setText(item.label if item else self._default_label())

    def _show_cold(self, item: PlanItem | None) -> None:
        if item is not None and item.site is not None and item.modality is not None:
            _select(self.site, item.site.code)
            _select(self.modality, item.modality.value)
            _select(self.barrier, item.barrier.value)
            if item.water_temp_c is not None:
                self.water.setValue(item.water_temp_c)
        self._choices_changed()
        if item is not None:
            self.minutes.setValue(item.minutes)
            self.rounds.setChecked(item.protocol is not None)

    def _next_hour(self) -> time:
        local = self._state.clock.now().astimezone(self._state.tz)
        return time((local.hour + 1) % 24, 0)

    def _show_end(self, on: bool) -> None:
        self._end_label.setVisible(on)
        self.end_date.setVisible(on)
        if not on:
            self._end_problem.clear()

    def _clear_refusal(self) -> None:
        self.refusal.clear()
        self._refusal_scroll.hide()

    def _name_edited(self, _text: str) -> None:
        self._name_typed = True
        self._name_problem.clear()

    def _default_label(self) -> str:
        if self._kind is ItemKind.COLD:
            return default_cold_label(self._site())
        chosen = self._exercise()
        return exercise_name(chosen) if chosen is not None else ""

    def _choices_changed(self) -> None:
        """New choices: new limits, and a new offered name unless one was typed."""
        self._clear_refusal()
        if self._kind is ItemKind.COLD:
            modality = self._modality()
            self._barrier_label.setVisible(modality.is_pack)
            self.barrier.setVisible(modality.is_pack)
            immersion = modality is Modality.COLD_WATER_IMMERSION
            self._water_label.setVisible(immersion)
            self.water.setVisible(immersion)
            self._show_limits()
        if not self._name_typed:
            self.name_edit.setText(self._default_label())

    def _verdict(self) -> Verdict | None:
        """The engine's verdict for the choices alone (no history, every answer "yes")."""
        profile = self._state.profile
        if profile is None:
            return None
        safety = dataclasses.replace(profile.safety_profile(), review_needed=False)
        return evaluate(safety, self._request(), SiteHistory(), self._now(), self._state.tz)

    def _now(self) -> datetime:
        return self._state.clock.now()

    def _show_limits(self) -> None:
        """Say the limits for the choices; keep the minutes within them."""
        try:
            verdict = self._verdict()
        except BadInputError as problem:
            self.limits.show_message(str(problem), "stop")
            return
        if verdict is None or verdict.max_minutes is None:
            self.limits.clear()
            return
        if not verdict.allowed:
            text = translate("PlanItem", "Not possible as chosen: {reason}")
            self.limits.show_message(text.format(reason=reason_text(verdict.blocks[0])), "stop")
        else:
            text = translate(
                "PlanItem", "Here {recommended} min is usual, never more than {maximum} min."
            )
            self.limits.show_message(
                text.format(recommended=verdict.recommended_minutes, maximum=verdict.max_minutes),
                "info",
            )
        fresh = self.minutes.maximum() != verdict.max_minutes
        self.minutes.setMaximum(verdict.max_minutes)
        if fresh and verdict.recommended_minutes is not None:
            self.minutes.setValue(verdict.recommended_minutes)
        self._suggested = suggested_protocol(verdict.max_minutes)
        self._show_rounds()

    def _show_rounds(self) -> None:
        protocol = self._suggested
        self.rounds.setEnabled(protocol is not None)
        if protocol is None:
            self.rounds.setChecked(False)
        words = protocol_text(protocol) if protocol is not None else ""
        self.rounds.set_words(
            translate("PlanItem", "Two shorter rounds with a break in between"), words
        )
        self.minutes.setEnabled(not self.rounds.isChecked())

    # ------------------------------------------------------------------ reading

    def _site(self) -> BodySite:
        return BodySite.parse(self.site.currentData())

    def _modality(self) -> Modality:
        return Modality(self.modality.currentData())

    def _barrier(self) -> Barrier:
        return Barrier(self.barrier.currentData()) if self._modality().is_pack else Barrier.NONE

    def _exercise(self) -> Exercise | None:
        chosen = self.exercise.currentData()
        return next((e for e in self._exercises if e.id == chosen), None)

    def _request(self) -> ColdRequest:
        modality = self._modality()
        water = self.water.value() if modality is Modality.COLD_WATER_IMMERSION else None
        return ColdRequest(self._site(), modality, self._barrier(), water)

    def _first_problem(self) -> _Problem | None:
        """The first field that needs fixing, top to bottom."""
        if not self.name_edit.text().strip():
            message = translate("PlanItem", "Name in the plan: please type a name.")
            return _Problem(self._name_problem, self.name_edit, message)
        if not self.days.days():
            message = translate("PlanItem", "Days: choose at least one day, or Every day.")
            return _Problem(self._days_problem, self.days.button(0), message)
        if self.ends.isChecked() and self.end_date.date() < self.start_date.date():
            message = translate(
                "PlanItem", "Last day: it is before the first day. Choose a later day."
            )
            return _Problem(self._end_problem, self.end_date, message)
        if self._kind is ItemKind.EXERCISE and self._exercise() is None:
            message = translate(
                "PlanItem", "Exercise: the library is empty. Add one on the Exercises page."
            )
            return _Problem(self.problem, self.exercise, message)
        return None

    def item(self) -> PlanItem:
        """The item as filled in; raises :class:`BadInputError` naming the field to fix."""
        problem = self._first_problem()
        if problem is not None:
            raise BadInputError(problem.message)
        profile = self._state.profile
        if profile is None or profile.id is None:
            raise BadInputError(translate("PlanItem", "Choose a profile first."))
        start, end = self._dates()
        original = self._original
        exercise = self._exercise() if self._kind is ItemKind.EXERCISE else None
        request = self._request() if self._kind is ItemKind.COLD else None
        protocol = self._suggested if request is not None and self.rounds.isChecked() else None
        return PlanItem(
            profile_id=profile.id,
            kind=self._kind,
            label=self.name_edit.text().strip(),
            weekdays=self.days.days(),
            at=self.time.value(),
            start_date=start,
            id=original.id if original else None,
            end_date=end,
            position=original.position if original else 0,
            heads_up=self.heads_up.isChecked(),
            site=request.site if request else None,
            modality=request.modality if request else None,
            barrier=request.barrier if request else Barrier.NONE,
            minutes=(protocol.total_on_minutes if protocol else self.minutes.value())
            if request
            else 0,
            water_temp_c=request.water_temp_c if request else None,
            protocol=protocol,
            exercise_id=exercise.id if exercise else None,
        )

    def _dates(self) -> tuple[date, date | None]:
        """The first day and, when set, the last day."""
        start = self.start_date.date().toPython()
        end = self.end_date.date().toPython() if self.ends.isChecked() else None
        assert isinstance(start, date)
        assert end is None or isinstance(end, date)
        return start, end

    # ------------------------------------------------------------------ saving

    def _save(self) -> None:
        """Check the fields, then the plan; close only once saved."""
        self.problem.clear()
        self._clear_refusal()
        problem = self._first_problem()
        if problem is not None:
            problem.notice.show_message(problem.message, "stop")
            problem.field.setFocus(Qt.FocusReason.OtherFocusReason)
            reveal(problem.field)
            return
        try:
            refused = self._submit(self.item())
        except (BadInputError, StorageUnavailableError) as failure:
            self.problem.show_message(str(failure), "stop")
            return
        if refused:
            self.refusal.show_violations(refused, refusal_advice(refused))
            self._refusal_scroll.show()
            self._fit_refusal()
            return
        self.accept()


def refusal_advice(refused: Sequence[PlanViolation]) -> str:
    """What to change, for the rules the plan would break: a time or a day does not help a
    spot that must not be cooled, fewer minutes do not help a spot still resting."""
    rules = {violation.rule for violation in refused}
    if rules & {PlanRule.BLOCKED, PlanRule.INVALID}:
        return translate(
            "PlanItem",
            "Not saved: this cold cannot be planned here, for the reasons below. Choose another "
            "place or kind of cold, or see what a clinician advises.",
        )
    if rules == {PlanRule.OVER_MAXIMUM}:
        return translate(
            "PlanItem", "Not saved: too many minutes for this place. Choose fewer, then save again."
        )
    return translate(
        "PlanItem",
        "Not saved: the plan would break a safety rule. Change the time, the days or the "
        "minutes, then save again.",
    )
