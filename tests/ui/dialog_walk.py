"""The dialogs a person meets, opened one after the other for the checks that walk every
screen (tests/ui/test_german.py): each is opened with data in place, looked at, and closed.

Dialogs run with ``exec()`` are patched to show, look and cancel instead of blocking;
window-modal dialogs (``open()``) are looked at directly and then cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import time

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from coldcare.domain.audit import RecordKind
from coldcare.domain.signs import FOLLOW_UP_DELAY
from coldcare.ui.dialogs import ClinicVisitDialog, FollowUpDialog
from coldcare.ui.dialogs_exercise import CompletionDialog, ExerciseEditor
from coldcare.ui.keys import KeyboardHelp
from coldcare.ui.pages.records_view import RecordsView
from tests.ui.app_rig import Rig
from tests.ui.plan_fakes import cold_item, exercise_item

Look = Callable[[str], list[str]]


@dataclass
class DialogWalk:
    """Opens dialogs with ``look`` at each; what ``look`` finds gathers in ``found``."""

    rig: Rig
    monkeypatch: pytest.MonkeyPatch
    look: Look
    found: list[str] = field(default_factory=list)

    def at(self, where: str) -> None:
        """Look at the screens on show now."""
        self.found += self.look(where)

    def opened(self, dialog: QWidget | None, where: str) -> None:
        """Look at the window-modal ``dialog`` just opened, then cancel it."""
        assert isinstance(dialog, QDialog), f"no {where}"
        assert dialog.isVisible(), f"{where} is not on show"
        self.at(where)
        dialog.reject()

    def through_exec(self, kind: type[QDialog], where: str, open_it: Callable[[], object]) -> None:
        """Run ``open_it``, whose ``kind`` dialog is shown, looked at and cancelled in place
        of its ``exec()``."""
        shown: list[QDialog] = []

        def show_look_cancel(dialog: QDialog) -> int:
            dialog.show()
            shown.append(dialog)
            self.at(where)
            dialog.reject()
            return int(QDialog.DialogCode.Rejected)

        self.monkeypatch.setattr(kind, "exec", show_look_cancel)
        open_it()
        assert shown, f"no {where}"

    # ------------------------------------------------------------------ data in place

    def plan_the_evening(self) -> None:
        """A cold pack at 18:00 and an exercise at 19:00 on Anna's plan, every day."""
        app = self.rig.app
        profile = app.state.profile
        assert profile is not None
        assert profile.id is not None
        exercise = app.repositories.exercises.exercises()[0]
        items = (
            cold_item(profile.id, "Evening knee pack", time(18, 0)),
            exercise_item(profile.id, exercise.name, time(19, 0), exercise, position=1),
        )
        app.repositories.plan.save_plan(profile.id, items)
        app.reminders.rearm()
        app.today.refresh()

    # ------------------------------------------------------------------ each page's dialogs

    def on_page(self, key: str) -> None:
        """Open the dialogs of the page ``key`` (on show now)."""
        dialogs = {
            "today": self.today,
            "plan": self.plan,
            "exercises": self.exercises,
            "history": self.history,
            "settings": self.settings,
        }
        if key in dialogs:
            dialogs[key]()

    def today(self) -> None:
        app = self.rig.app
        card = app.today.plan_card
        self.opened(card.ask_skip(card.shown[0]), "skip dialog")
        self.opened(app.today.checkin_card.ask_peg(), "weekly PEG dialog")
        self.through_exec(ClinicVisitDialog, "clinic-visit dialog", app.log_visit)
        self.follow_up()

    def follow_up(self) -> None:
        """Half an hour on, Today asks about the session; the follow-up dialog answers."""
        app = self.rig.app
        self.rig.clock.advance(FOLLOW_UP_DELAY.total_seconds())
        app.today.refresh()
        self.at("today, follow-up due")
        profile = app.state.profile
        assert profile is not None
        (record,) = app.controller.pending_follow_ups(profile, self.rig.clock.now())
        self.through_exec(FollowUpDialog, "follow-up dialog", lambda: app.answer_follow_up(record))

    def plan(self) -> None:
        page = self.rig.app.plan_page
        self.opened(page.add_cold(), "plan-item dialog, cold")
        self.opened(page.add_exercise(), "plan-item dialog, exercise")

    def exercises(self) -> None:
        page = self.rig.app.exercises_page
        page.add_button.click()
        self.opened(page.findChild(ExerciseEditor), "exercise editor")
        page.log_button.click()
        self.opened(page.findChild(CompletionDialog), "completion dialog")

    def history(self) -> None:
        page = self.rig.app.history
        page.tabs.setCurrentIndex(1)
        records = page.tabs.currentWidget()
        assert isinstance(records, RecordsView)
        self.at("history, all records")
        for kind, where in (
            (RecordKind.SESSION, "session record dialog"),
            (RecordKind.PAIN_RATING, "pain rating dialog"),
        ):
            records.choose(next(r.key for r in records.shown_rows() if r.kind is kind))
            self.opened(records.edit(), where)

    def settings(self) -> None:
        page = self.rig.app.settings_page
        page.edit_profile()
        self.opened(page.editor, "profile dialog")

    def keyboard_help(self) -> None:
        self.through_exec(KeyboardHelp, "keyboard help", self.rig.app.tray.help.trigger)
