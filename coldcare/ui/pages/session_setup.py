"""Setting up a cold session in three short steps: where, with what, and the last checks.

The safety panel shows the engine's verdict at every step, so the person sees why a choice is
not possible the moment they make it. The Start button is only active when the verdict with
every checklist answer allows the session; the controller checks again when it starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time, timedelta

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.plan import ItemKind, PlanItem, SleepHours
from coldcare.domain.safety import ColdRequest, Verdict, suggested_protocol
from coldcare.domain.settings import SLEEP_END, SLEEP_START
from coldcare.domain.vocabulary import (
    BadInputError,
    Barrier,
    BodySite,
    ChecklistItem,
    Condition,
    Modality,
)
from coldcare.services.safety_desk import SafetyDesk
from coldcare.services.session_controller import SessionController
from coldcare.ui.i18n import translate
from coldcare.ui.keys import NEXT_KEYS, with_key
from coldcare.ui.state import AppState
from coldcare.ui.widgets.body_map import SitePicker
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid, tick_tile
from coldcare.ui.widgets.common import AdaptiveRow
from coldcare.ui.widgets.nrs_scale import NrsScale
from coldcare.ui.widgets.safety_panel import SafetyPanel, local_time_text


@dataclass(frozen=True)
class StartRequest:
    """Everything the person chose, for the controller to start; ``plan_item_id`` names the
    planned item the session carries out (``None``: started by hand)."""

    request: ColdRequest
    planned_minutes: int | None
    pain_before: int | None
    caregiver_present: bool
    plan_item_id: int | None = None


def _modality_choices() -> list[Choice]:
    hints = {
        Modality.GEL_PACK: translate("SessionSetup", "From the freezer; always wrapped."),
        Modality.ICE_BAG: translate(
            "SessionSetup", "Crushed or cubed ice in a bag; always wrapped."
        ),
        Modality.FROZEN_VEGETABLES: translate(
            "SessionSetup", "A bag of peas or corn; always wrapped."
        ),
        Modality.INSTANT_COLD_PACK: translate("SessionSetup", "Squeeze to start; always wrapped."),
        Modality.ICE_MASSAGE: translate(
            "SessionSetup", "Ice rubbed gently over the skin, always moving."
        ),
        Modality.COLD_WATER_IMMERSION: translate(
            "SessionSetup", "Hand, foot, elbow or lower leg in cold water."
        ),
        Modality.COLD_COMPRESSION_DEVICE: translate(
            "SessionSetup", "A machine with a cold cuff, used with its cover."
        ),
        Modality.COOL_COMPRESS: translate("SessionSetup", "A cloth wet with cold tap water."),
    }
    return [Choice(m, translate("Modality", m.display_name), hints[m]) for m in hints]


def _barrier_choices() -> list[Choice]:
    return [Choice(b, translate("Barrier", b.display_name)) for b in Barrier]


class _Step(QWidget):
    """One step: a heading, a scrolling body, and the safety panel at the bottom."""

    def __init__(self, heading: str) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        title = QLabel(heading)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        outer.addWidget(title)
        scroll = QScrollArea()
        scroll.setProperty("role", "plain")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setSpacing(16)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)


class SessionSetup(QWidget):
    """The three steps before the timer. Signals: ``start_requested(StartRequest)``,
    ``cancelled()``."""

    start_requested = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        state: AppState,
        controller: SessionController,
        desk: SafetyDesk,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._controller = controller
        self._desk = desk
        self._verdict: Verdict | None = None
        self._plan_item_id: int | None = None
        self._steps = QStackedWidget()
        self._site_step = self._build_site_step()
        self._how_step = self._build_how_step()
        self._ready_step = self._build_ready_step()
        for step in (self._site_step, self._how_step, self._ready_step):
            self._steps.addWidget(step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._progress = QLabel()
        self._progress.setProperty("role", "muted")
        layout.addWidget(self._progress)
        self._columns = columns = AdaptiveRow(min_chars=56)
        columns.stacked_changed.connect(self._share_height)
        columns.add(self._steps, 3)
        self.panel = SafetyPanel()
        self._panel_column = QScrollArea()
        self._panel_column.setProperty("role", "plain")
        self._panel_column.setFrameShape(QFrame.Shape.NoFrame)
        self._panel_column.setWidgetResizable(True)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.panel)
        holder_layout.addStretch(1)
        self._panel_column.setWidget(holder)
        columns.add(self._panel_column, 2)
        layout.addWidget(columns, 1)
        layout.addLayout(self._build_buttons())
        for key in NEXT_KEYS:
            QShortcut(QKeySequence(key), self).activated.connect(self._next_by_key)
        self._show_step(0)

    # ------------------------------------------------------------------ steps

    def _build_site_step(self) -> _Step:
        step = _Step(translate("SessionSetup", "Where will the cold go?"))
        self.sites = SitePicker()
        self.sites.site_chosen.connect(lambda _site: self._refresh())
        step.body.addWidget(self.sites, 1)
        return step

    def _build_how_step(self) -> _Step:
        step = _Step(translate("SessionSetup", "What will you use?"))
        self.modalities = ChoiceGrid(_modality_choices(), columns=2)
        self.modalities.setAccessibleName(translate("SessionSetup", "Kind of cold"))
        self.modalities.chosen.connect(lambda _value: self._refresh())
        step.body.addWidget(self.modalities)
        self._barrier_label = QLabel(
            translate("SessionSetup", "What is between the cold and the skin?")
        )
        self._barrier_label.setProperty("role", "heading")
        self._barrier_label.setWordWrap(True)
        step.body.addWidget(self._barrier_label)
        self.barriers = ChoiceGrid(_barrier_choices(), columns=3)
        self.barriers.setAccessibleName(translate("SessionSetup", "Cloth or cover"))
        self.barriers.set_value(Barrier.DAMP_CLOTH)
        self.barriers.chosen.connect(lambda _value: self._refresh())
        step.body.addWidget(self.barriers)
        self.water = QDoubleSpinBox()
        self.water.setRange(0.0, 20.0)
        self.water.setSingleStep(0.5)
        self.water.setValue(15.0)
        self.water.setSuffix(" °C")
        self.water.setAccessibleName(translate("SessionSetup", "Water temperature"))
        self.water.valueChanged.connect(lambda _value: self._refresh())
        self._water_row = self._labelled(
            translate("SessionSetup", "Water temperature (use a thermometer)"), self.water
        )
        step.body.addWidget(self._water_row)
        self.minutes = QSpinBox()
        self.minutes.setSuffix(translate("SessionSetup", " min"))
        self.minutes.setAccessibleName(translate("SessionSetup", "Minutes of cold"))
        step.body.addWidget(self._labelled(translate("SessionSetup", "How long"), self.minutes))
        self.intermittent, rounds = tick_tile(
            translate("SessionSetup", "Two shorter rounds with a break in between"), " "
        )
        self.intermittent.toggled.connect(lambda _on: self._refresh())
        step.body.addWidget(rounds)
        step.body.addStretch(1)
        return step

    def _build_ready_step(self) -> _Step:
        step = _Step(translate("SessionSetup", "Before you start"))
        intro = QLabel(translate("SessionSetup", "Please answer each question."))
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)
        step.body.addWidget(intro)
        self.sleep_warning = QLabel()
        self.sleep_warning.setWordWrap(True)
        self.sleep_warning.setProperty("tone", "caution")
        self.sleep_warning.hide()
        step.body.addWidget(self.sleep_warning)
        self.checklist: dict[ChecklistItem, ChoiceGrid] = {}
        self._checklist_rows: dict[ChecklistItem, QWidget] = {}
        for item in ChecklistItem:
            question = QLabel(translate("Checklist", item.question))
            question.setWordWrap(True)
            grid = ChoiceGrid(
                [
                    Choice(True, translate("SessionSetup", "Yes")),
                    Choice(False, translate("SessionSetup", "No")),
                ],
                columns=2,
            )
            grid.setAccessibleName(translate("Checklist", item.question))
            grid.chosen.connect(lambda _value: self._refresh())
            self.checklist[item] = grid
            box = QVBoxLayout()
            box.addWidget(question)
            box.addWidget(grid)
            holder = QWidget()
            holder.setLayout(box)
            holder.setObjectName(item.value)
            self._checklist_rows[item] = holder
            step.body.addWidget(holder)
        self.pain = NrsScale()
        self.pain.set_question(translate("SessionSetup", "How is your pain right now?"))
        step.body.addWidget(self.pain)
        self.caregiver, present = tick_tile(
            translate("SessionSetup", "A caregiver is here and will stay for the whole session")
        )
        self.caregiver.toggled.connect(lambda _on: self._refresh())
        self._caregiver_row = present
        step.body.addWidget(present)
        self.caregiver_note = QLabel(
            translate(
                "SessionSetup",
                "A caregiver must be there for the whole session. When they are, tick the box "
                "above; then the timer can start.",
            )
        )
        self.caregiver_note.setWordWrap(True)
        self.caregiver_note.setProperty("tone", "caution")
        self.caregiver_note.hide()
        step.body.addWidget(self.caregiver_note)
        self.audio_warning = QLabel()
        self.audio_warning.setWordWrap(True)
        self.audio_warning.setProperty("tone", "caution")
        self.audio_warning.hide()
        step.body.addWidget(self.audio_warning)
        step.body.addStretch(1)
        return step

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.cancel = QPushButton(translate("SessionSetup", "Not now"))
        self.cancel.setAccessibleName(translate("SessionSetup", "Not now, back to Today"))
        self.cancel.clicked.connect(self.cancelled.emit)
        self.back = QPushButton(translate("SessionSetup", "Back"))
        self.back.setAccessibleName(translate("SessionSetup", "Back to the previous step"))
        self.back.clicked.connect(lambda: self._show_step(self._steps.currentIndex() - 1))
        self.next = QPushButton(translate("SessionSetup", "Next"))
        self.next.setProperty("role", "primary")
        self.next.setAccessibleName(translate("SessionSetup", "Next step"))
        self.next.clicked.connect(self._forward)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.back)
        row.addWidget(self.next)
        return row

    @staticmethod
    def _labelled(text: str, field: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(field)
        row.addWidget(label)
        row.addWidget(field)
        row.addStretch(1)
        return holder

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the verdict's share of the height when the window changes size."""
        super().resizeEvent(event)
        self._share_height(self._columns.is_stacked())

    def _share_height(self, stacked: bool) -> None:
        """Stacked under the choices (large text), the verdict keeps a third of the height."""
        self._panel_column.setMinimumHeight(self.height() // 3 if stacked else 0)

    # ------------------------------------------------------------------ behaviour

    def reset(self, site: BodySite | None = None, modality: Modality | None = None) -> None:
        """Start over (optionally with a place and a kind of cold chosen)."""
        self._plan_item_id = None
        self.sites.set_site(site)
        if modality is not None:
            self.modalities.set_value(modality)
        else:
            self.modalities.clear()
        self.barriers.set_value(Barrier.DAMP_CLOTH)
        self.intermittent.setChecked(False)
        for grid in self.checklist.values():
            grid.clear()
        self.pain.clear()
        self.caregiver.setChecked(False)
        self._update_unavailable_sites()
        self._show_step(0)

    def prefill(self, item: PlanItem) -> None:
        """Start over with a planned cold item's choices made: place, kind of cold, cover,
        water temperature, minutes or two rounds. The person still goes through the steps and
        answers the last checks; the session started carries ``item``'s id."""
        if item.kind is not ItemKind.COLD:
            raise BadInputError(f"“{item.label}” is not a cold session")
        self.reset(item.site, item.modality)
        self._plan_item_id = item.id
        if item.modality is not None and item.modality.is_pack:
            self.barriers.set_value(item.barrier)
        if item.water_temp_c is not None:
            self.water.setValue(item.water_temp_c)
        self._refresh()  # the minutes' limits for these choices
        self.minutes.setValue(item.minutes)
        self.intermittent.setChecked(item.protocol is not None and self.intermittent.isEnabled())
        self._refresh()

    def set_audio_problem(self, reason: str | None) -> None:
        """Warn before the start when the computer cannot play the alarm."""
        self.audio_warning.setVisible(reason is not None)
        if reason is not None:
            self.audio_warning.setText(
                translate(
                    "SessionSetup",
                    "Your computer cannot play the alarm: {reason}. Turn the sound up or plug "
                    "in speakers. ColdCare will flash the window instead, so keep it in sight.",
                ).format(reason=reason)
            )

    def _update_unavailable_sites(self) -> None:
        profile = self._state.profile
        if profile is None:
            return
        now = self._state.clock.now()
        unavailable = {}
        for status in self._desk.resting_sites(profile, now):
            when = local_time_text(status.safe_again_at, now, self._state.tz, self.locale())
            reason = (
                translate("SessionSetup", "locked until {when}")
                if status.locked_until is not None
                else translate("SessionSetup", "resting until {when}")
            )
            unavailable[status.site] = reason.format(when=when)
        self.sites.set_unavailable(unavailable)

    def _show_step(self, index: int) -> None:
        index = max(0, min(index, self._steps.count() - 1))
        self._steps.setCurrentIndex(index)
        self._progress.setText(translate("SessionSetup", "Step {n} of 3").format(n=index + 1))
        self.back.setEnabled(index > 0)
        last = index == self._steps.count() - 1
        self.next.setText(
            translate("SessionSetup", "Start the timer")
            if last
            else translate("SessionSetup", "Next")
        )
        self.next.setAccessibleName(self.next.text())
        self.next.setToolTip(with_key(self.next.text(), NEXT_KEYS[0]))
        self._refresh()
        self._first_control(index).setFocus(Qt.FocusReason.OtherFocusReason)

    def _first_control(self, index: int) -> QWidget:
        """Where the keyboard starts on step ``index``: the body map, the first kind of cold,
        the first checklist answer."""
        if index == 0:
            return self.sites.front
        if index == 1:
            return self.modalities.buttons()[0]
        return next(
            grid.buttons()[0]
            for item, grid in self.checklist.items()
            if not self._checklist_rows[item].isHidden()
        )

    def _next_by_key(self) -> None:
        if self.next.isEnabled():
            self.next.click()

    def _forward(self) -> None:
        if self._steps.currentIndex() < self._steps.count() - 1:
            self._show_step(self._steps.currentIndex() + 1)
            return
        request = self._request(with_checklist=True)
        if request is None or self._verdict is None or not self._verdict.allowed:
            return
        self.start_requested.emit(
            StartRequest(
                request,
                None if request.protocol else self.minutes.value(),
                self.pain.value(),
                self.caregiver.isChecked(),
                self._plan_item_id,
            )
        )

    def _request(self, *, with_checklist: bool) -> ColdRequest | None:
        site = self.sites.site()
        modality = self.modalities.value()
        if site is None or not isinstance(modality, Modality):
            return None
        barrier = self.barriers.value()
        protocol = None
        if self.intermittent.isChecked() and self._verdict and self._verdict.max_minutes:
            protocol = suggested_protocol(self._verdict.max_minutes)
        checklist = None
        if with_checklist:
            checklist = {
                item: grid.value() is True
                for item, grid in self.checklist.items()
                if grid.value() is not None
            }
        return ColdRequest(
            site,
            modality,
            barrier if isinstance(barrier, Barrier) else Barrier.NONE,
            self.water.value() if modality is Modality.COLD_WATER_IMMERSION else None,
            protocol,
            checklist,
        )

    def _refresh(self) -> None:
        """Re-judge the choices so far; enable the next step only when they are allowed."""
        profile = self._state.profile
        step = self._steps.currentIndex()
        modality = self.modalities.value()
        immersion = modality is Modality.COLD_WATER_IMMERSION
        self._water_row.setVisible(immersion)
        packs = isinstance(modality, Modality) and modality.is_pack
        self._barrier_label.setVisible(packs)
        self.barriers.setVisible(packs)
        self._checklist_rows[ChecklistItem.BARRIER_IN_PLACE].setVisible(packs)
        self._caregiver_row.setVisible(
            profile is not None
            and (profile.supervised or Condition.COGNITIVE_IMPAIRMENT in profile.conditions)
        )
        # The site list says which spots are resting; the verdict needs the kind of cold too.
        self._panel_column.setVisible(step > 0)
        request = self._request(with_checklist=step == 2)
        if profile is None or request is None:
            self.panel.setVisible(False)
            self.next.setEnabled(step == 0 and self.sites.site() is not None)
            return
        try:
            self._verdict = self._controller.verdict(profile, request)
        except BadInputError as problem:
            self.panel.setVisible(True)
            self.panel.summary.setText(str(problem))
            self.next.setEnabled(False)
            return
        self._update_minutes(self._verdict)
        self._show_sleep_warning(step == 2)
        self.panel.setVisible(True)
        look = self._state.appearance
        self.panel.show_verdict(self._verdict, look, self._state.clock.now(), self._state.tz)
        answered = all(
            grid.value() is not None
            for item, grid in self.checklist.items()
            if packs or item is not ChecklistItem.BARRIER_IN_PLACE
        )
        waiting_for_caregiver = profile.supervised and not self.caregiver.isChecked()
        ready = self._verdict.allowed and (step < 2 or (answered and not waiting_for_caregiver))
        self.next.setEnabled(ready)
        self.caregiver_note.setVisible(step == 2 and waiting_for_caregiver)

    def _update_minutes(self, verdict: Verdict) -> None:
        if verdict.max_minutes is None or verdict.recommended_minutes is None:
            return
        self.minutes.blockSignals(True)
        fresh = self.minutes.maximum() != verdict.max_minutes
        self.minutes.setRange(1, verdict.max_minutes)
        if fresh:
            self.minutes.setValue(verdict.recommended_minutes)
        self.minutes.blockSignals(False)
        self.minutes.setEnabled(not self.intermittent.isChecked())
        protocol = suggested_protocol(verdict.max_minutes)
        self.intermittent.setEnabled(protocol is not None)
        if protocol is not None:
            self.intermittent.set_words(
                translate("SessionSetup", "Two shorter rounds with a break in between"),
                translate("SessionSetup", "{on} min cold, {off} min break, {on} min cold").format(
                    on=protocol.first_on_minutes, off=protocol.off_minutes
                ),
            )

    def _show_sleep_warning(self, last_step: bool) -> None:
        """On the last step: warn when the session starts or ends in the sleep hours."""
        settings = self._state.repositories.settings
        sleep = SleepHours(settings.get(SLEEP_START), settings.get(SLEEP_END))
        start = self._state.clock.now().astimezone(self._state.tz)
        end = start + timedelta(minutes=self._cold_span_minutes())
        asleep = sleep.contains(start.time()) or sleep.contains(end.time())
        self.sleep_warning.setVisible(last_step and asleep)
        if not asleep:
            return
        locale = self.locale()
        self.sleep_warning.setText(
            translate(
                "SessionSetup",
                "This is during your sleep hours ({start} to {end}). Stay awake for the whole "
                "session: cold left on while you sleep can hurt the skin. If you are sleepy, "
                "choose Not now.",
            ).format(
                start=locale.toString(_qtime(sleep.start), QLocale.FormatType.ShortFormat),
                end=locale.toString(_qtime(sleep.end), QLocale.FormatType.ShortFormat),
            )
        )

    def _cold_span_minutes(self) -> int:
        """Minutes from the start to the end of the cold as chosen."""
        if self.intermittent.isChecked() and self._verdict and self._verdict.max_minutes:
            protocol = suggested_protocol(self._verdict.max_minutes)
            if protocol is not None:
                return protocol.total_minutes
        return self.minutes.value()


def _qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute)
