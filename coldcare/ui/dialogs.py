"""Short dialogs: log a clinic visit, the 30-minute follow-up, and crash recovery."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QDateTime, QLocale, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from coldcare.domain.records import ClinicVisit, SessionRecord, VisitFeeling
from coldcare.domain.recovery import RemovalAnswer
from coldcare.domain.signs import (
    FollowUpAdvice,
    FollowUpAnswer,
    FollowUpOutcome,
    SkinLook,
    asks_about_foot_drop,
)
from coldcare.domain.vocabulary import BadInputError
from coldcare.ui.i18n import translate
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid
from coldcare.ui.widgets.common import fit_to_screen, scrolling_dialog
from coldcare.ui.widgets.nrs_scale import NrsScale
from coldcare.ui.widgets.safety_panel import local_time_text
from coldcare.ui.words import in_sentence


def _heading(text: str, role: str = "heading") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def _yes_no(question: str) -> ChoiceGrid:
    grid = ChoiceGrid(
        [Choice(True, translate("Dialogs", "Yes")), Choice(False, translate("Dialogs", "No"))],
        columns=2,
    )
    grid.setAccessibleName(question)
    return grid


def skin_look_choices() -> list[Choice]:
    """How the skin looks, in words (each with an illustrative swatch where it helps)."""
    return [
        Choice(SkinLook.NORMAL, translate("Dialogs", "Pink or normal")),
        Choice(SkinLook.BRIGHT_RED, translate("Dialogs", "Bright red")),
        Choice(SkinLook.WHITE, translate("Dialogs", "White")),
        Choice(SkinLook.GREY_BLUE_WAXY, translate("Dialogs", "Grey, blue or waxy")),
        Choice(SkinLook.HIVES, translate("Dialogs", "Hives or welts")),
        Choice(SkinLook.BLISTERS, translate("Dialogs", "Blisters")),
    ]


class _Dialog(QDialog):
    """A dialog with a heading, a body that scrolls at large text, and Save/Cancel."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body, self._outer = scrolling_dialog(self, _heading(title, "title"))
        self.problem = QLabel()
        self.problem.setProperty("tone", "stop")
        self.problem.setWordWrap(True)
        self.problem.hide()

    def add_buttons(self, save_text: str) -> None:
        """Save and Cancel under the body (which ends here), and the dialog's size."""
        self.body.addStretch(1)
        self._outer.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.save = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(
            translate("Dialogs", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        for button in (self.save, cancel):
            button.setAccessibleName(button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._outer.addWidget(buttons)
        fit_to_screen(self, 640, 620)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class ClinicVisitDialog(_Dialog):
    """Log a whole-body cryotherapy visit at a clinic: when, how long, how it felt."""

    def __init__(
        self, profile_id: int, now: datetime, tz: tzinfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("Dialogs", "Log a clinic visit"), parent)
        self._profile_id = profile_id
        self._tz = tz
        note = QLabel(
            translate(
                "Dialogs",
                "Whole-body cryotherapy is done at a clinic, with its staff. ColdCare only "
                "keeps a note of the visit for your records and your physiotherapist.",
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.body.addWidget(note)
        self.when = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(now.timestamp())))
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(translate("Dialogs", "When was the visit"))
        self.body.addWidget(_heading(translate("Dialogs", "When was the visit?")))
        self.body.addWidget(self.when)
        self.minutes = QDoubleSpinBox()
        self.minutes.setRange(0.5, 10.0)
        self.minutes.setSingleStep(0.5)
        self.minutes.setValue(3.0)
        self.minutes.setSuffix(translate("Dialogs", " min"))
        self.minutes.setAccessibleName(translate("Dialogs", "How many minutes in the chamber"))
        self.body.addWidget(_heading(translate("Dialogs", "How many minutes in the chamber?")))
        self.body.addWidget(self.minutes)
        self.feeling = ChoiceGrid(
            [
                Choice(VisitFeeling.FINE, translate("Dialogs", "Fine")),
                Choice(VisitFeeling.UNCOMFORTABLE, translate("Dialogs", "Uncomfortable")),
                Choice(VisitFeeling.UNWELL, translate("Dialogs", "Unwell afterwards")),
            ],
            columns=3,
        )
        self.feeling.setAccessibleName(translate("Dialogs", "How did it feel"))
        self.body.addWidget(_heading(translate("Dialogs", "How did it feel?")))
        self.body.addWidget(self.feeling)
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("Dialogs", "Note"))
        self.note.setPlaceholderText(translate("Dialogs", "A note (optional)"))
        self.body.addWidget(self.note)
        self.add_buttons(translate("Dialogs", "Save the visit"))

    def visit(self) -> ClinicVisit:
        """The visit as entered; raises BadInputError naming what is wrong."""
        feeling = self.feeling.value()
        if not isinstance(feeling, VisitFeeling):
            raise BadInputError(translate("Dialogs", "Please say how the visit felt."))
        moment = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), tz=UTC)
        return ClinicVisit(
            self._profile_id, moment, self.minutes.value(), feeling, note=self.note.text()
        )


class FollowUpDialog(_Dialog):
    """Thirty minutes after the pack came off: numbness, weakness, skin, pain."""

    def __init__(self, record: SessionRecord, parent: QWidget | None = None) -> None:
        site = translate("BodySite", record.site.display_name)
        super().__init__(
            translate("Dialogs", "How is your {site} now?").format(site=in_sentence(site)), parent
        )
        self.numb = self._question(
            translate("Dialogs", "Is there still numbness or tingling where the cold was?")
        )
        self.weakness: ChoiceGrid | None = None
        if asks_about_foot_drop(record.site):
            self.weakness = self._question(
                translate(
                    "Dialogs",
                    "Is there new weakness in the foot or leg? For example, the foot drags or "
                    "slaps down when you walk.",
                )
            )
        self.skin = self._question(
            translate("Dialogs", "Is the skin hard, very cold, or blistered?")
        )
        self.pain = NrsScale()
        self.pain.set_question(translate("Dialogs", "How is your pain now?"))
        self.body.addWidget(self.pain)
        self.add_buttons(translate("Dialogs", "Save"))

    def _question(self, text: str) -> ChoiceGrid:
        self.body.addWidget(_heading(text))
        grid = _yes_no(text)
        self.body.addWidget(grid)
        return grid

    def answer(self) -> FollowUpAnswer:
        """The answers; raises BadInputError if a question is unanswered."""
        grids = [g for g in (self.numb, self.weakness, self.skin) if g is not None]
        if any(g.value() is None for g in grids):
            raise BadInputError(translate("Dialogs", "Please answer every yes-or-no question."))
        return FollowUpAnswer(
            numb_or_tingling=self.numb.value() is True,
            new_weakness=self.weakness is not None and self.weakness.value() is True,
            skin_hard_or_blistered=self.skin.value() is True,
        )


def follow_up_advice_text(outcome: FollowUpOutcome, now: datetime, tz: tzinfo) -> str:
    """What to tell the person after the follow-up."""
    if outcome.advice is FollowUpAdvice.SEEK_URGENT_ADVICE:
        return translate(
            "Dialogs",
            "New weakness after cooling the knee or thigh can mean a nerve was pressed by the "
            "cold. Get medical advice today (call your doctor or an urgent care line).",
        )
    if outcome.advice is FollowUpAdvice.SEEK_MEDICAL_ADVICE:
        when = local_time_text(outcome.lock_until or now, now, tz, QLocale())
        return translate(
            "Dialogs",
            "Numbness, tingling or hard skin that lasts after the cold is off should be "
            "checked. Please ask your doctor or nurse. No cold on this spot until {when}.",
        ).format(when=when)
    return translate("Dialogs", "Good. The skin has recovered.")


class RecoveryDialog(_Dialog):
    """After a crash: take the pack off, then say when it came off and how the skin is."""

    def __init__(
        self,
        record: SessionRecord,
        last_alive: datetime,
        now: datetime,
        tz: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("Dialogs", "A cold session was interrupted"), parent)
        self._tz = tz
        self._now = now
        locale = QLocale()
        site = translate("BodySite", record.site.display_name)
        started = local_time_text(record.started_at, now, tz, locale)
        warning = _heading(
            translate(
                "Dialogs",
                "ColdCare closed while a session on the {site} was running (started {started}). "
                "If the pack is still on, take it off now.",
            ).format(site=in_sentence(site), started=started),
            "what-now",
        )
        self.body.addWidget(warning)
        alarm = local_time_text(record.planned_end_at, now, tz, locale)
        stopped = local_time_text(last_alive, now, tz, locale)
        self.removal = ChoiceGrid(
            [
                Choice(
                    RemovalAnswer.AT_ALARM_TIME,
                    translate("Dialogs", "When the timer would have ended ({time})").format(
                        time=alarm
                    ),
                ),
                Choice(
                    RemovalAnswer.WHEN_APP_STOPPED,
                    translate("Dialogs", "When ColdCare stopped ({time})").format(time=stopped),
                ),
                Choice(RemovalAnswer.AT_TIME, translate("Dialogs", "At another time")),
                Choice(RemovalAnswer.JUST_NOW, translate("Dialogs", "Just now")),
                Choice(RemovalAnswer.DONT_KNOW, translate("Dialogs", "I don't know")),
            ],
            columns=1,
        )
        self.removal.setAccessibleName(translate("Dialogs", "When did the pack come off"))
        self.removal.chosen.connect(lambda _v: self._update())
        self.body.addWidget(_heading(translate("Dialogs", "When did the pack come off?")))
        self.body.addWidget(self.removal)
        self.at_time = QTimeEdit(QTime(now.astimezone(tz).hour, now.astimezone(tz).minute))
        self.at_time.setAccessibleName(translate("Dialogs", "The time the pack came off"))
        self.at_time.hide()
        self.body.addWidget(self.at_time)
        self.skin = ChoiceGrid(skin_look_choices(), columns=3)
        self.skin.setAccessibleName(translate("Dialogs", "How does the skin look now"))
        self.body.addWidget(_heading(translate("Dialogs", "How does the skin look now?")))
        self.body.addWidget(self.skin)
        self.add_buttons(translate("Dialogs", "Save"))
        self.save.setDefault(True)

    def _update(self) -> None:
        self.at_time.setVisible(self.removal.value() is RemovalAnswer.AT_TIME)

    def answers(self) -> tuple[RemovalAnswer, SkinLook, datetime | None]:
        """When and how; raises BadInputError if unanswered."""
        removal, skin = self.removal.value(), self.skin.value()
        if not isinstance(removal, RemovalAnswer) or not isinstance(skin, SkinLook):
            raise BadInputError(translate("Dialogs", "Please answer both questions."))
        stated = None
        if removal is RemovalAnswer.AT_TIME:
            chosen = self.at_time.time()
            local = self._now.astimezone(self._tz).replace(
                hour=chosen.hour(), minute=chosen.minute(), second=0, microsecond=0
            )
            stated = local.astimezone(UTC)
        return removal, skin, stated
