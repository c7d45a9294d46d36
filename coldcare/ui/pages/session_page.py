"""The cold-session page: set-up, then the running session. It takes the whole window.

Signal ``left()`` when the person is back to Today (cancelled, or the session is over).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from coldcare.domain.plan import PlanItem
from coldcare.domain.vocabulary import BadInputError, BodySite, Modality
from coldcare.services.safety_desk import SafetyDesk
from coldcare.services.session_controller import SessionController, SessionRefusedError
from coldcare.ui.i18n import translate
from coldcare.ui.pages.session_run import SessionRun
from coldcare.ui.pages.session_setup import SessionSetup, StartRequest
from coldcare.ui.state import AppState


class SessionPage(QWidget):
    """Set-up and run of one cold session."""

    left = Signal()

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
        self.setup = SessionSetup(state, controller, desk)
        self.run = SessionRun(state, controller)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.setup)
        self._stack.addWidget(self.run)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.setup.start_requested.connect(self._start)
        self.setup.cancelled.connect(self.left.emit)
        self.run.done.connect(self.left.emit)

    def prepare(self, site: BodySite | None = None, modality: Modality | None = None) -> None:
        """Show the set-up, fresh (or the running session, if one is on)."""
        if self._controller.active:
            self.show_running()
            return
        self.setup.reset(site, modality)
        self._stack.setCurrentWidget(self.setup)

    def prepare_planned(self, item: PlanItem) -> None:
        """Show the set-up filled in from a cold plan item (the person still confirms the
        checklist and the pain rating), or the running session if one is on."""
        if self._controller.active:
            self.show_running()
            return
        self.setup.prefill(item)
        self._stack.setCurrentWidget(self.setup)

    def show_running(self) -> None:
        """Show the session the controller is running."""
        self._stack.setCurrentWidget(self.run)
        self.run.refresh()

    def _start(self, chosen: StartRequest) -> None:
        profile = self._state.profile
        if profile is None:
            return
        try:
            self._controller.start(
                profile,
                chosen.request,
                planned_minutes=chosen.planned_minutes,
                pain_before=chosen.pain_before,
                caregiver_present=chosen.caregiver_present,
                plan_item_id=chosen.plan_item_id,
            )
        except SessionRefusedError as refused:
            self.setup.panel.summary.setText(
                refused.reason or translate("SessionPage", "The session cannot start now.")
            )
            return
        except BadInputError as problem:
            self.setup.panel.summary.setText(str(problem))
            return
        self._stack.setCurrentWidget(self.run)
        self.run.begin()
