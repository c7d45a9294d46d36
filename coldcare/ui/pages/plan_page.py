"""The Plan page: the active profile's weekly plan, in the order of the day.

Each row says the time, what (place, kind of cold and minutes, or the exercise with its
sets and repetitions), the days in words, the dates if any, and whether an early reminder is
on. "Move earlier" and "Move later" order items planned at the same time ("after the knee
exercises, ice the left knee").

Every change goes through the engine's plan check before it is stored. A change is refused
when the plan would then break a rule the saved plan does not already break, or when the
changed item itself breaks one: nothing is stored, and the rules are said in words with the
items they concern. A saved plan can come to break a rule later (new health answers, a lower
personal limit); then it is said at the top and its rows are marked, and each of those items
can still be changed or removed one at a time.

With a caregiver PIN set, every button that changes the plan asks for it first
(:mod:`coldcare.ui.pin_gate`); the methods behind them open or change at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.caregiver_pin import ProtectedAction
from coldcare.domain.exercises import Exercise
from coldcare.domain.plan import ItemKind, PlanItem, cold_items
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.safety_plan import PlanViolation, check_plan
from coldcare.ui.i18n import translate
from coldcare.ui.pages.plan_item_dialog import PlanCheckPanel, PlanItemDialog
from coldcare.ui.pages.profile_form import date_text
from coldcare.ui.pin_gate import asking_first
from coldcare.ui.plan_words import time_text, weekdays_text, what_text
from coldcare.ui.state import AppState
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid
from coldcare.ui.widgets.common import (
    AdaptiveRow,
    IconPainter,
    Notice,
    ask_before,
    button,
    delete_when_finished,
    discard,
    muted,
    scrolling,
)


def _order(item: PlanItem) -> tuple[object, ...]:
    return (item.at, item.position, item.id or 0)


def item_key(item: PlanItem) -> str | None:
    """The key the plan check uses for ``item`` (``None``: exercises are not checked)."""
    return item.planned_cold().key if item.kind is ItemKind.COLD else None


class PlanPage(QWidget):
    """The weekly plan of the active profile, checked before every change.

    Signals:
        plan_changed(): the plan was saved (re-arm reminders, refresh Today).
    """

    plan_changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._items: list[PlanItem] = []
        self._exercises: dict[int, Exercise] = {}
        self._marked: set[str] = set()
        self._list: ChoiceGrid | None = None
        self._painter = IconPainter(state, self)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        title = QLabel(translate("Plan", "Plan"))
        title.setProperty("role", "title")
        self.intro = muted("")
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addWidget(self._build_add_buttons())
        self.check_panel = PlanCheckPanel(state)
        self.saved = Notice(self._painter)
        layout.addWidget(self.check_panel)
        layout.addWidget(self.saved)
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.addStretch(1)
        layout.addLayout(self._rows)
        layout.addWidget(self._build_change_buttons())
        layout.addStretch(1)
        # One scroll area for the whole page: at 200 % text the list and its buttons scroll
        # together instead of squeezing each other.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))
        state.profile_changed.connect(lambda _profile: self.refresh())
        state.appearance_changed.connect(lambda _look: self._show_rows())
        self.refresh()

    def _build_add_buttons(self) -> QWidget:
        self.add_cold_button = button(
            translate("Plan", "Add a cold session"),
            translate("Plan", "Add a cold session to the plan"),
            "primary",
        )
        self.add_exercise_button = button(
            translate("Plan", "Add an exercise"), translate("Plan", "Add an exercise to the plan")
        )
        self.add_cold_button.clicked.connect(self._ask_first(self.add_cold))
        self.add_exercise_button.clicked.connect(self._ask_first(self.add_exercise))
        row = AdaptiveRow()
        row.add(self.add_cold_button, 0)
        row.add(self.add_exercise_button, 0)
        row.add(QWidget(), 1)
        return row

    def _build_change_buttons(self) -> QWidget:
        self.edit_button = button(translate("Plan", "Change…"), translate("Plan", "Change it"))
        self.remove_button = button(
            translate("Plan", "Remove…"), translate("Plan", "Remove it from the plan")
        )
        self.earlier_button = button(
            translate("Plan", "Move earlier"),
            translate("Plan", "Move earlier among the items at the same time"),
        )
        self.later_button = button(
            translate("Plan", "Move later"),
            translate("Plan", "Move later among the items at the same time"),
        )
        self.edit_button.clicked.connect(self._ask_first(self.edit))
        self.remove_button.clicked.connect(self._ask_first(self.remove))
        self.earlier_button.clicked.connect(self._ask_first(lambda: self.move_item(-1)))
        self.later_button.clicked.connect(self._ask_first(lambda: self.move_item(1)))
        self.change_hint = muted("")
        buttons = AdaptiveRow()
        for control in (self.edit_button, self.remove_button, self.earlier_button):
            buttons.add(control, 0)
        buttons.add(self.later_button, 0)
        buttons.add(QWidget(), 1)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.change_hint)
        column.addWidget(buttons)
        return holder

    # ------------------------------------------------------------------ reading

    def items(self) -> list[PlanItem]:
        """The plan as shown, in the order of the day."""
        return list(self._items)

    def chosen(self) -> PlanItem | None:
        """The item chosen in the list, if any."""
        value = self._list.value() if self._list is not None else None
        return next((i for i in self._items if i.id == value), None)

    def choose(self, item_id: int | None) -> None:
        """Choose the item with ``item_id`` in the list (``None``: nothing)."""
        if self._list is not None:
            self._list.set_value(item_id)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the plan again (a reminder, a restore or the library may have changed it)."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the plan and the exercise library for the active profile."""
        profile = self._state.profile
        repositories = self._state.repositories
        self._exercises = {e.id: e for e in repositories.exercises.exercises() if e.id}
        if profile is None or profile.id is None:
            self._items = []
            self.intro.setText(translate("Plan", "Add a profile first."))
        else:
            self._items = sorted(repositories.plan.plan_items(profile.id), key=_order)
            self.intro.setText(
                translate(
                    "Plan",
                    "The weekly plan for {name}. ColdCare checks every change against the "
                    "safety rules before it is saved.",
                ).format(name=profile.name)
            )
        self.add_cold_button.setEnabled(profile is not None)
        self.add_exercise_button.setEnabled(profile is not None)
        self._show_standing()

    # ------------------------------------------------------------------ the check

    def _check(self, items: Sequence[PlanItem]) -> tuple[PlanViolation, ...]:
        profile = self._state.profile
        if profile is None:
            return ()
        now = self._state.clock.now()
        return check_plan(profile.safety_profile(), cold_items(items), now, self._state.tz)

    def refusals(
        self, proposal: Sequence[PlanItem], changed: PlanItem | None
    ) -> tuple[PlanViolation, ...]:
        """The rules ``proposal`` breaks that stop it from being saved: every rule the
        changed item breaks, and every rule the saved plan did not already break."""
        standing = {(v.rule, v.item_keys) for v in self._check(self._items)}
        key = item_key(changed) if changed is not None else None
        return tuple(
            v
            for v in self._check(proposal)
            if (key is not None and key in v.item_keys) or (v.rule, v.item_keys) not in standing
        )

    def _show_standing(self) -> None:
        """Say which rules the saved plan breaks (after a profile change), and mark them."""
        standing = self._check(self._items)
        if standing:
            self.check_panel.show_violations(
                standing,
                translate(
                    "Plan",
                    "This plan breaks a safety rule, probably because the health answers or "
                    "limits changed. Change or remove the marked items.",
                ),
            )
        else:
            self.check_panel.clear()
        self._mark(standing)

    def _mark(self, violations: Sequence[PlanViolation]) -> None:
        self._marked = {key for v in violations for key in v.item_keys}
        self._show_rows()

    # ------------------------------------------------------------------ rows

    def _show_rows(self) -> None:
        """Rebuild the list, keeping the chosen item."""
        chosen = self.chosen()
        if self._list is not None:
            discard(self._list)
        self._list = None
        while self._rows.count() > 1:
            taken = self._rows.takeAt(0)
            if taken is not None and (widget := taken.widget()) is not None:
                discard(widget)
        if not self._items:
            self._rows.insertWidget(0, self._empty())
        else:
            self._list = self._make_list()
            self._rows.insertWidget(0, self._list)
            self._list.set_value(chosen.id if chosen else None)
        self._update_buttons()

    def _empty(self) -> QLabel:
        return muted(
            translate(
                "Plan",
                "Nothing planned yet. Add a cold session or an exercise, with the days and the "
                "time, and ColdCare will remind you.",
            )
        )

    def _make_list(self) -> ChoiceGrid:
        choices = [self._choice(index, item) for index, item in enumerate(self._items)]
        grid = ChoiceGrid(choices, columns=1)
        grid.setAccessibleName(translate("Plan", "The weekly plan, in the order of the day"))
        grid.chosen.connect(lambda _value: self._update_buttons())
        tokens = self._state.appearance.tokens
        for tile, item in zip(grid.buttons(), self._items, strict=True):
            if self._is_marked(item):
                tile.setStyleSheet(f"QPushButton:!focus {{ border: 3px solid {tokens.stop}; }}")
        return grid

    def _is_marked(self, item: PlanItem) -> bool:
        return item_key(item) in self._marked

    def _choice(self, index: int, item: PlanItem) -> Choice:
        locale = self.locale()
        heading = translate("Plan", "{time}  {what}").format(
            time=time_text(item.at, locale), what=what_text(item, self._exercises)
        )
        details = [weekdays_text(item.weekdays, locale)]
        dates = self._dates_text(item, locale)
        if dates:
            details.append(dates)
        details.append(
            translate("Plan", "Also reminds 10 min before")
            if item.heads_up
            else translate("Plan", "No early reminder")
        )
        before = self._items[index - 1] if index else None
        if before is not None and before.at == item.at:
            details.insert(0, translate("Plan", "After “{label}”").format(label=before.label))
        if self._is_marked(item):
            details.insert(0, translate("Plan", "Breaks a safety rule: see above"))
            icon = "stop"
        else:
            icon = "snowflake" if item.kind is ItemKind.COLD else "exercises"
        return Choice(item.id, heading, " · ".join(details), icon=icon)

    def _dates_text(self, item: PlanItem, locale: QLocale) -> str:
        start = date_text(item.start_date, locale)
        if item.end_date is not None:
            return translate("Plan", "{start} to {end}").format(
                start=start, end=date_text(item.end_date, locale)
            )
        if item.start_date > self._today():
            return translate("Plan", "From {start}").format(start=start)
        return ""

    def _today(self) -> date:
        return self._state.clock.now().astimezone(self._state.tz).date()

    def _same_time(self, item: PlanItem) -> list[PlanItem]:
        return [i for i in self._items if i.at == item.at]

    def _update_buttons(self) -> None:
        chosen = self.chosen()
        for control in (self.edit_button, self.remove_button):
            control.setEnabled(chosen is not None)
        group = self._same_time(chosen) if chosen is not None else []
        place = group.index(chosen) if chosen is not None else 0
        for mover, allowed in (
            (self.earlier_button, chosen is not None and place > 0),
            (self.later_button, chosen is not None and place < len(group) - 1),
        ):
            if mover.hasFocus() and not allowed and self._list is not None and chosen:
                # Keep the keyboard on the item moved, not on the window's first control.
                self._list.button(chosen.id).setFocus(Qt.FocusReason.OtherFocusReason)
            mover.setEnabled(allowed)
        if chosen is None:
            hint = translate("Plan", "Choose an item in the list to change, remove or move it.")
        else:
            hint = translate("Plan", "Chosen: {what}").format(what=chosen.label)
        self.change_hint.setText(hint)

    # ------------------------------------------------------------------ changes

    def _ask_first(self, change: Callable[[], object]) -> Callable[[], None]:
        """The buttons' slot: ``change`` once the caregiver PIN is given (if one is set)."""
        return asking_first(self._state, self, ProtectedAction.PLAN, change)

    def add_cold(self) -> PlanItemDialog:
        """Open the dialog for a new cold item."""
        return self._open(ItemKind.COLD, None)

    def add_exercise(self) -> PlanItemDialog:
        """Open the dialog for a new exercise item."""
        return self._open(ItemKind.EXERCISE, None)

    def edit(self) -> PlanItemDialog | None:
        """Open the dialog for the chosen item."""
        chosen = self.chosen()
        return self._open(chosen.kind, chosen) if chosen is not None else None

    def _open(self, kind: ItemKind, item: PlanItem | None) -> PlanItemDialog:
        exercises = list(self._exercises.values())
        dialog = PlanItemDialog(self._state, kind, exercises, self._submit, item, self)
        delete_when_finished(dialog)
        dialog.finished.connect(lambda _result: self._show_standing())
        dialog.open()
        return dialog

    def _submit(self, item: PlanItem) -> Sequence[PlanViolation]:
        """Check the plan with ``item`` added or changed; save it if nothing is refused."""
        proposal, placed = self._with(item)
        refused = self.refusals(proposal, placed)
        if refused:
            self._mark(refused)
            return refused
        self._save(proposal, translate("Plan", "Saved: “{label}”.").format(label=item.label))
        return ()

    def _with(self, item: PlanItem) -> tuple[list[PlanItem], PlanItem]:
        """The plan with ``item`` in it: in place of its old version (last at its new time if
        the time changed), or last at its time."""
        old = next((i for i in self._items if item.id is not None and i.id == item.id), None)
        placed = item
        if old is None or old.at != item.at:
            others = [i for i in self._same_time(item) if i.id != item.id]
            placed = replace(item, position=max((i.position + 1 for i in others), default=0))
        if old is None:
            return [*self._items, placed], placed
        return [placed if i.id == item.id else i for i in self._items], placed

    def remove(self) -> QMessageBox | None:
        """Ask, then take the chosen item off the plan (its history is kept)."""
        chosen = self.chosen()
        if chosen is None:
            return None
        return ask_before(
            self,
            translate("Plan", "Remove from the plan"),
            translate(
                "Plan",
                "Take “{label}” off the plan? What was done or skipped stays in the history.",
            ).format(label=chosen.label),
            (translate("Plan", "Remove"), translate("Plan", "Keep it")),
            lambda: self._remove(chosen),
        )

    def _remove(self, item: PlanItem) -> None:
        proposal = [i for i in self._items if i.id != item.id]
        message = translate("Plan", "Removed “{label}” from the plan. Its history is kept.").format(
            label=item.label
        )
        self._change(proposal, message)

    def move_item(self, step: int) -> None:
        """Move the chosen item ``step`` places (−1 earlier, +1 later) among the items at
        the same time."""
        chosen = self.chosen()
        if chosen is None:
            return
        group = self._same_time(chosen)
        place = group.index(chosen)
        other = place + step
        if not 0 <= other < len(group):
            return
        group[place], group[other] = group[other], group[place]
        renumbered = {i.id: replace(i, position=n) for n, i in enumerate(group)}
        proposal = [renumbered.get(i.id, i) for i in self._items]
        self._change(proposal, translate("Plan", "Saved the new order."))

    def _change(self, proposal: Sequence[PlanItem], message: str) -> None:
        """Save a removal or a new order when the check allows it."""
        refused = self.refusals(proposal, None)
        if refused:
            self.check_panel.show_violations(
                refused, translate("Plan", "Not saved: the plan would break a safety rule.")
            )
            self._mark(refused)
            return
        try:
            self._save(proposal, message)
        except StorageUnavailableError as problem:
            self.saved.show_message(str(problem), "stop")

    def _save(self, proposal: Sequence[PlanItem], message: str) -> None:
        """Store ``proposal`` as the whole active plan, then show it."""
        profile = self._state.profile
        assert profile is not None
        assert profile.id is not None
        chosen = self.chosen()
        known = {i.id for i in self._items}
        saved = self._state.repositories.plan.save_plan(profile.id, list(proposal))
        added = [i.id for i in saved if i.id not in known]
        kept = chosen.id if chosen is not None and chosen.id in {i.id for i in saved} else None
        self.refresh()
        self.choose(added[0] if added else kept)
        self.saved.show_message(message, "safe")
        self.plan_changed.emit()
