"""The Reports page: a file of the active person's records for a period, saved or printed.

Choose the period (the last 30 or 90 days, 12 months, or two dates), the kind of file (a PDF
summary with the detail sections chosen, a CSV spreadsheet, FHIR R4 JSON for health records,
the plan as an iCalendar, or the full backup of everything), then "Save…" (the primary
action) or, for the PDF, "Print…".

The export runs on a worker thread (:mod:`coldcare.ui.export_worker`): the page stays
responsive and shows the step with a progress bar and "Cancel" (Esc). The file is written
atomically: a cancelled or failed export leaves nothing behind. When done, the page says
where the file is and offers to open its folder.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.localtime import local_date
from coldcare.domain.records import Profile
from coldcare.reports.dataset import Period
from coldcare.reports.exporting import SECTION_NAMES, ReportFormat, Section
from coldcare.ui.export_worker import (
    ExportJob,
    ExportWorker,
    PeriodSource,
    Step,
    backup_job,
    print_job,
    problem_text,
    report_file_job,
    step_text,
)
from coldcare.ui.i18n import translate
from coldcare.ui.pages.profile_form import date_format, date_text
from coldcare.ui.state import AppState
from coldcare.ui.theme import Appearance
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid
from coldcare.ui.widgets.common import (
    AdaptiveRow,
    IconPainter,
    Notice,
    ask_before,
    button,
    card,
    field_label,
    muted,
    scrolling,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class PeriodChoice(Enum):
    """The periods offered; the last 90 days (a physiotherapy block) is the default."""

    DAYS_30 = "30-days"
    DAYS_90 = "90-days"
    MONTHS_12 = "12-months"
    CUSTOM = "custom"


T = TypeVar("T")

BACKUP = "backup"  # the format value of the full backup (everything, not one period)
Target = ReportFormat | str  # a ReportFormat, or BACKUP


def report_translate(context: str, text: str) -> str:
    """Translate for the report writers (they run on the worker thread; this is thread-safe)."""
    return QCoreApplication.translate(context, text)


def preset_period(choice: PeriodChoice, today: date) -> tuple[date, date]:
    """The first and last day of a preset period ending ``today`` (both included)."""
    if choice is PeriodChoice.DAYS_30:
        return today - timedelta(days=29), today
    if choice is PeriodChoice.MONTHS_12:
        try:
            year_ago = today.replace(year=today.year - 1)
        except ValueError:  # 29 February
            year_ago = today.replace(year=today.year - 1, day=28)
        return year_ago + timedelta(days=1), today
    return today - timedelta(days=89), today


def suggested_name(target: Target, name: str, first: date, last: date, today: date) -> str:
    """A file name that says whose, which period and what: "ColdCare Anna 2026-08-24 to
    2026-11-21.pdf" (characters a file system refuses are left out of the name)."""
    if target == BACKUP:
        stem = translate("Reports", "ColdCare backup {date}").format(date=today.isoformat())
        return stem + ".json"
    safe = "".join(ch for ch in name if ch not in '\\/:*?"<>|' and ord(ch) >= 32).strip()
    if target == ReportFormat.ICS:  # the weekly plan: no period
        stem = translate("Reports", "ColdCare plan {name}").format(name=safe)
        return " ".join(stem.split()) + suffix(target)
    stem = translate("Reports", "ColdCare {name} {first} to {last}").format(
        name=safe, first=first.isoformat(), last=last.isoformat()
    )
    return " ".join(stem.split()) + suffix(target)


def suffix(target: Target) -> str:
    """The file name ending of ``target``."""
    return ".json" if target == BACKUP else ReportFormat(target).suffix


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportsPage(QWidget):
    """Save or print a report of the active profile's records.

    ``backup(now)`` gives the full JSON backup's bytes; ``release_thread()`` is called on the
    worker thread when an export is done with the database (it closes that thread's
    connection). Call :meth:`wait_for_exports` before the database closes.

    Signals:
        export_started(): an export began on the worker thread.
        export_ended(): it ended (saved, printed, failed or cancelled) and the page says so.
    """

    export_started = Signal()
    export_ended = Signal()

    def __init__(
        self,
        state: AppState,
        backup: Callable[[datetime], bytes],
        release_thread: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._backup = backup
        self._asked_for: Path | None = None  # the file name as the save dialog gave it
        self._release_thread = release_thread
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._worker: ExportWorker[Any] | None = None
        self._printer: QPrinter | None = None  # kept until the worker is done printing
        self._folder: Path | None = None
        self._saved_path: Path | None = None
        self._painter = IconPainter(state, self)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)  # room between the cards and the scroll bar
        layout.setSpacing(16)
        title = QLabel(translate("Reports", "Reports"))
        title.setProperty("role", "title")
        self.intro = muted("")
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addWidget(self._build_period())
        layout.addWidget(self._build_format())
        layout.addWidget(self._build_sections())
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        outer.addWidget(scrolling(content), 1)
        outer.addWidget(self._build_actions())
        self._set_tab_order()
        state.profile_changed.connect(self._show_profile)
        self._show_profile(state.profile)
        self._period_chosen()
        self._format_chosen()

    # ------------------------------------------------------------------ building

    def _build_period(self) -> QWidget:
        frame, layout = card(translate("Reports", "Period"))
        self.period_card = frame
        self.period = ChoiceGrid(
            [
                Choice(PeriodChoice.DAYS_30, translate("Reports", "Last 30 days")),
                Choice(PeriodChoice.DAYS_90, translate("Reports", "Last 90 days")),
                Choice(PeriodChoice.MONTHS_12, translate("Reports", "Last 12 months")),
                Choice(PeriodChoice.CUSTOM, translate("Reports", "Choose the dates")),
            ],
            columns=4,
        )
        self.period.setAccessibleName(translate("Reports", "Period"))
        self.period.set_value(PeriodChoice.DAYS_90)
        self.period.chosen.connect(lambda _value: self._period_chosen())
        self.first_edit = self._date_edit()
        self.last_edit = self._date_edit()
        self.dates = AdaptiveRow()
        for text, name, edit in (
            (
                translate("Reports", "&From:"),
                translate("Reports", "First day of the period"),
                self.first_edit,
            ),
            (
                translate("Reports", "&To:"),
                translate("Reports", "Last day of the period"),
                self.last_edit,
            ),
        ):
            column = QWidget()
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(field_label(text, edit))
            box.addWidget(edit)
            edit.setAccessibleName(name)
            self.dates.add(column)
        self.period_line = muted("")
        self.period_problem = Notice(self._painter)
        self.backup_note = muted(
            translate(
                "Reports",
                "A full backup always holds everything ColdCare has, for every person: "
                "the period does not apply.",
            )
        )
        self.calendar_note = muted(
            translate(
                "Reports",
                "The calendar holds the weekly plan as it stands, repeating week after week: "
                "the period does not apply.",
            )
        )
        for widget in (
            self.period,
            self.dates,
            self.period_line,
            self.period_problem,
            self.backup_note,
            self.calendar_note,
        ):
            layout.addWidget(widget)
        return frame

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat(date_format(edit.locale()))
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(lambda _day: self._check_period())
        return edit

    def _build_format(self) -> QWidget:
        frame, layout = card(translate("Reports", "Kind of file"))
        choices = self._format_choices()
        self._format_names = {choice.value: choice.label for choice in choices}
        self.format = ChoiceGrid(choices, columns=1)
        self.format.setAccessibleName(translate("Reports", "Kind of file"))
        self.format.set_value(ReportFormat.PDF)
        self.format.chosen.connect(lambda _value: self._format_chosen())
        layout.addWidget(self.format)
        return frame

    @staticmethod
    def _format_choices() -> tuple[Choice, ...]:
        return (
            Choice(
                ReportFormat.PDF,
                translate("Reports", "PDF summary"),
                translate(
                    "Reports",
                    "To read, print or give to a doctor or physiotherapist: the summary "
                    "first, then the details you choose.",
                ),
            ),
            Choice(
                ReportFormat.CSV,
                translate("Reports", "CSV spreadsheet"),
                translate(
                    "Reports",
                    "Every record as a row, to open in a spreadsheet such as LibreOffice "
                    "Calc or Excel.",
                ),
            ),
            Choice(
                ReportFormat.FHIR,
                translate("Reports", "FHIR R4 JSON for health records"),
                translate(
                    "Reports",
                    "For a clinic's health record system that reads FHIR; ask the clinic "
                    "whether they want it.",
                ),
            ),
            Choice(
                ReportFormat.ICS,
                translate("Reports", "iCalendar of the plan"),
                translate(
                    "Reports",
                    "The weekly plan as calendar events, to add to the calendar on a phone "
                    "or computer.",
                ),
            ),
            Choice(
                BACKUP,
                translate("Reports", "Full backup of everything"),
                translate(
                    "Reports",
                    "Every person's records and settings in one file, to keep safe and to "
                    "restore ColdCare from later.",
                ),
            ),
        )

    def _build_sections(self) -> QWidget:
        frame, layout = card(
            translate("Reports", "What the PDF includes"),
            translate(
                "Reports",
                "The first page is always the summary. Choose the details that follow it.",
            ),
        )
        self.sections_card = frame
        self.section_boxes: dict[Section, QCheckBox] = {}
        for section in Section:
            box = QCheckBox(translate("Section", SECTION_NAMES[section]))
            box.setAccessibleName(box.text())
            box.setChecked(True)
            layout.addWidget(box)
            self.section_boxes[section] = box
        return frame

    def _build_actions(self) -> QWidget:
        self.save_button = button(
            translate("Reports", "&Save…"),
            translate("Reports", "Save the report to a file"),
            "primary",
        )
        self.print_button = button(
            translate("Reports", "&Print…"), translate("Reports", "Print the PDF summary")
        )
        self.cancel_button = button(
            translate("Reports", "&Cancel"), translate("Reports", "Cancel saving the report")
        )
        self.open_folder_button = button(
            translate("Reports", "&Open folder"),
            translate("Reports", "Open the folder with the saved file"),
        )
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_report)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("Reports", "Progress of the report"))
        self.progress.setTextVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.result = Notice(self._painter)
        running = AdaptiveRow()
        running.add(self.status, 3)
        running.add(self.progress, 2)
        buttons = AdaptiveRow()
        for control in (
            self.save_button,
            self.print_button,
            self.cancel_button,
            self.open_folder_button,
        ):
            buttons.add(control, 0)
        buttons.add(QWidget(), 1)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        for widget in (running, self.result, buttons):
            column.addWidget(widget)
        self._style_progress(self._state.appearance)
        self._state.appearance_changed.connect(self._style_progress)
        self.open_folder_button.hide()
        return holder

    def _style_progress(self, look: Appearance) -> None:
        """A bar in the primary colour on the surface, as tall as a line of small text."""
        tokens = look.tokens
        radius = look.pixels(8)
        self.progress.setFixedHeight(look.pixels(16))
        self.progress.setStyleSheet(
            f"QProgressBar {{ background: {tokens.surface}; border-radius: {radius}px; "
            f"border: {max(tokens.border_width, 1)}px solid {tokens.border}; }}"
            f"QProgressBar::chunk {{ background: {tokens.primary}; border-radius: {radius}px; }}"
        )

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            *self.period.buttons(),
            self.first_edit,
            self.last_edit,
            *self.format.buttons(),
            *self.section_boxes.values(),
            self.save_button,
            self.print_button,
            self.cancel_button,
            self.open_folder_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    # ------------------------------------------------------------------ reading the choices

    def target(self) -> Target:
        """The kind of file chosen."""
        value = self.format.value()
        return value if isinstance(value, ReportFormat) else BACKUP

    def sections(self) -> frozenset[Section]:
        """The PDF's detail sections chosen."""
        return frozenset(s for s, box in self.section_boxes.items() if box.isChecked())

    def chosen_dates(self) -> tuple[date, date]:
        """The first and last day of the period chosen (the custom ones may be reversed)."""
        choice = self.period.value()
        if choice is PeriodChoice.CUSTOM:
            return _day(self.first_edit.date()), _day(self.last_edit.date())
        assert isinstance(choice, PeriodChoice)
        return preset_period(choice, self._today())

    def _today(self) -> date:
        return local_date(self._state.clock.now(), self._state.tz)

    # ------------------------------------------------------------------ showing the choices

    def _show_profile(self, profile: Profile | None) -> None:
        if profile is None:
            text = translate("Reports", "Add a profile first: a report shows one person's records.")
        else:
            text = translate(
                "Reports",
                "A file of {name}'s records, to keep, to print or to give to a doctor or "
                "physiotherapist.",
            ).format(name=profile.name)
        self.intro.setText(text)

    def _period_chosen(self) -> None:
        custom = self.period.value() is PeriodChoice.CUSTOM
        if custom and not self.dates.isVisibleTo(self.period_card):
            first, last = preset_period(PeriodChoice.DAYS_90, self._today())
            self.first_edit.setDate(_qdate(first))
            self.last_edit.setDate(_qdate(last))
        self.dates.setVisible(custom)
        self.period_line.setVisible(not custom)
        self._check_period()

    def _check_period(self) -> bool:
        """Say what the period is, or that it ends before it starts; ``True`` when valid."""
        first, last = self.chosen_dates()
        if last < first:
            self.period_problem.show_message(
                translate(
                    "Reports",
                    "The period ends before it starts. Choose a “To” date on or after the "
                    "“From” date.",
                )
            )
            return False
        self.period_problem.clear()
        locale = self.locale()
        self.period_line.setText(
            translate("Reports", "From {first} to {last}.").format(
                first=date_text(first, locale), last=date_text(last, locale)
            )
        )
        return True

    def _format_chosen(self) -> None:
        target = self.target()
        self.sections_card.setVisible(target == ReportFormat.PDF)
        is_backup, is_calendar = target == BACKUP, target == ReportFormat.ICS
        for widget in (self.period, self.dates, self.period_line):
            widget.setEnabled(not (is_backup or is_calendar))
        self.backup_note.setVisible(is_backup)
        self.calendar_note.setVisible(is_calendar)
        if is_backup or is_calendar:
            self.period_problem.clear()  # the period does not apply
        else:
            self._check_period()
        self._show_actions()

    # ------------------------------------------------------------------ starting an export

    def save(self) -> None:
        """Ask where to save, then write the chosen file on the worker thread."""
        target = self.target()
        source = self._source(target)
        if target != BACKUP and source is None:
            return
        path = self._ask_path(target)
        if path is None:
            return
        if path != self._asked_for and path.exists():
            # The dialog checked the name as typed; the file ending added since names an
            # existing file, which it never asked about.
            ask_before(
                self,
                translate("Reports", "Replace the file?"),
                translate("Reports", "{name} already exists. Replace it?").format(name=path.name),
                (translate("Reports", "Replace it"), translate("Reports", "Keep it")),
                lambda: self._write(target, source, path),
            )
            return
        self._write(target, source, path)

    def _write(self, target: Target, source: PeriodSource | None, path: Path) -> None:
        now = self._state.clock.now()
        if target == BACKUP:
            self._start(backup_job(self._backup, path, now))
        else:
            assert source is not None
            kind = ReportFormat(target)
            self._start(report_file_job(source, kind, path, now, self.sections(), report_translate))

    def print_report(self) -> None:
        """Ask for a printer, then print the PDF summary on the worker thread."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415 (rarely used)

        source = self._source(ReportFormat.PDF)
        if source is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("Reports", "Print the report"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self._printer = printer
        now = self._state.clock.now()
        self._start(print_job(source, printer, now, self.sections(), report_translate))

    def _source(self, target: Target) -> PeriodSource | None:
        """Whose records over which period; ``None`` (and the reason shown) when not valid."""
        if target == BACKUP:
            return None
        profile = self._state.profile
        if profile is None or profile.id is None:
            self.result.show_message(
                translate("Reports", "Add a profile first: a report shows one person's records.")
            )
            return None
        if target == ReportFormat.ICS:  # the plan as it stands: any period reads it
            first = last = self._today()
        elif not self._check_period():
            self.last_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        else:
            first, last = self.chosen_dates()
        period = Period(first, last, self._state.tz)
        return PeriodSource(self._state.repositories.report_sources(), profile.id, period)

    def _ask_path(self, target: Target) -> Path | None:
        """The file to write, asked for in the save dialog; ``None`` when not given."""
        first, last = self.chosen_dates()
        profile = self._state.profile
        name = suggested_name(target, profile.name if profile else "", first, last, self._today())
        answer, _filter = QFileDialog.getSaveFileName(
            self,
            translate("Reports", "Save the report"),
            str(self._default_folder() / name),
            translate("Reports", "{kind} (*{suffix})").format(
                kind=self._format_names[target],
                suffix=suffix(target),
            ),
        )
        if not answer:
            return None
        path = self._asked_for = Path(answer)
        if path.is_dir():
            self.result.show_message(
                translate(
                    "Reports",
                    "Could not save {path}: it is a folder. Choose a file name inside it, "
                    "then try again.",
                ).format(path=path)
            )
            return None
        return path if path.suffix else path.with_name(path.name + suffix(target))

    def _default_folder(self) -> Path:
        if self._folder is not None:
            return self._folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _start(self, job: ExportJob[T]) -> None:
        worker = ExportWorker(job, self._release_thread)
        signals = worker.signals
        queued = Qt.ConnectionType.QueuedConnection
        signals.progress.connect(self._on_progress, queued)
        signals.saved.connect(self._on_saved, queued)
        signals.failed.connect(self._on_failed, queued)
        signals.cancelled.connect(self._on_cancelled, queued)
        self._worker = worker
        self._saved_path = None
        self.result.clear()
        self.open_folder_button.hide()
        self.progress.setRange(0, ExportJob.STEPS)
        self.progress.setValue(0)
        self.status.setText(translate("Reports", "Starting…"))
        self._show_actions()
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._pool.start(worker.run)
        self.export_started.emit()

    def _show_actions(self) -> None:
        """Save and Print when idle (Print for the PDF); the progress and Cancel while running."""
        running = self.is_running()
        self.save_button.setEnabled(not running)
        self.print_button.setVisible(not running and self.target() == ReportFormat.PDF)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.status.setVisible(running)
        self.progress.setVisible(running)

    # ------------------------------------------------------------------ while it runs

    def is_running(self) -> bool:
        """Whether an export is under way."""
        return self._worker is not None

    def cancel(self) -> None:
        """Stop the running export before it writes anything."""
        if self._worker is None:
            return
        self._worker.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(translate("Reports", "Stopping…"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc cancels a running export."""
        if event.key() == Qt.Key.Key_Escape and self.is_running():
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_progress(self, done: int, total: int, step: Step) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(
            translate("Reports", "Step {number} of {total}: {doing}").format(
                number=done + 1, total=total, doing=step_text(step)
            )
        )
        if step in (Step.WRITING, Step.PRINTING):
            self.cancel_button.setEnabled(False)  # the write is atomic and quick: it finishes

    def _on_saved(self, path: Path | None) -> None:
        if path is None:
            self.result.show_message(translate("Reports", "Sent to the printer."), "safe")
        else:
            self._folder = path.parent
            self._saved_path = path
            self.result.show_message(
                translate("Reports", "Saved to {path}").format(path=path), "safe"
            )
        self._end(show_folder=path is not None)

    def _on_failed(self, problem: Exception | None) -> None:
        self.result.show_message(problem_text(problem))
        self._end()

    def _on_cancelled(self) -> None:
        self.result.show_message(translate("Reports", "Cancelled. Nothing was saved."), "info")
        self._end()

    def _end(self, show_folder: bool = False) -> None:
        self._worker = None
        self._printer = None
        self._show_actions()
        self.open_folder_button.setVisible(show_folder)
        focus = self.open_folder_button if show_folder else self.save_button
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.export_ended.emit()

    def saved_path(self) -> Path | None:
        """The file the last export saved, if it saved one."""
        return self._saved_path

    def open_folder(self) -> None:
        """Show the folder of the saved file in the system's file manager."""
        if self._saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._saved_path.parent)))

    # ------------------------------------------------------------------ shutting down

    def wait_for_exports(self, timeout_ms: int) -> bool:
        """Ask a running export to stop and wait up to ``timeout_ms`` for its thread to be
        done (call before the database closes); ``True`` when no export is left running."""
        if self._worker is not None:
            self._worker.cancel()
        return self._pool.waitForDone(timeout_ms)
