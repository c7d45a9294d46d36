"""Exports off the GUI thread: read, then write, and say how it went by signal.

Every export is two steps (:class:`ExportJob`): read (the period's records, or the whole
backup), then write (the file, atomically, or the pages to the printer). The
:class:`ExportWorker` runs them on a thread of a ``QThreadPool``, says which step it starts
with ``progress``, and checks before each step whether the person cancelled: a cancelled export
stops before anything is written, so no file (and no temporary file) is left. Once writing
has begun it finishes; the outcome says what really happened.

The worker then calls ``release_thread()`` on its own thread (``Storage.close`` closes that
thread's database connection) and only after that reports one outcome — ``saved``,
``failed`` or ``cancelled`` — by queued signal to the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QPagedPaintDevice

from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.vocabulary import BadInputError
from coldcare.reports.dataset import Period, ReportData, ReportSources, Translate, gather
from coldcare.reports.exporting import ReportFormat, Section, write_report
from coldcare.reports.files import WRITE_ADVICE, ExportWriteError, write_atomically
from coldcare.ui.i18n import translate, translate_filled

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Problems the person can act on: their message says what happened and what to do. A bare
# OSError comes from a printer that could not be painted on (files raise ExportWriteError).
KNOWN_PROBLEMS = (ExportWriteError, BadInputError, StorageUnavailableError, OSError)


class Step(Enum):
    """What an export is doing now."""

    READING = "reading"
    COLLECTING = "collecting"
    WRITING = "writing"
    PRINTING = "printing"


def step_text(step: Step) -> str:
    """What the progress line says during ``step``."""
    texts = {
        Step.READING: translate("Reports", "Reading the records…"),
        Step.COLLECTING: translate("Reports", "Collecting everything for the backup…"),
        Step.WRITING: translate("Reports", "Saving the file…"),
        Step.PRINTING: translate("Reports", "Sending the pages to the printer…"),
    }
    return texts[step]


def problem_text(problem: Exception | None) -> str:
    """What to tell the person about a failed export (``None``: an unexpected error)."""
    if isinstance(problem, ExportWriteError):
        cause = problem.cause.strerror or str(problem.cause)
        return translate_filled(
            "Export", WRITE_ADVICE[problem.problem], {"path": problem.path, "cause": cause}
        )
    if isinstance(problem, StorageUnavailableError):
        return str(problem)
    if isinstance(problem, OSError):
        return translate(
            "Reports",
            "The report could not be printed ({cause}). Check the printer, then try again.",
        ).format(cause=problem.strerror or str(problem))
    if isinstance(problem, BadInputError):
        return translate("Reports", "The report could not be made: {problem}.").format(
            problem=str(problem)
        )
    return translate(
        "Reports",
        "Something went wrong while making the report. Nothing was saved. Please try again; "
        "if it happens again, the details are in ColdCare's log.",
    )


@dataclass(frozen=True)
class ExportJob(Generic[T]):
    """Two steps: ``read`` what to export, then ``write`` it. ``destination`` is the file
    (``None`` when printing)."""

    read_step: Step
    read: Callable[[], T]
    write_step: Step
    write: Callable[[T], None]
    destination: Path | None

    STEPS = 2


@dataclass(frozen=True)
class PeriodSource:
    """Whose records over which period, read through the repositories."""

    sources: ReportSources
    profile_id: int
    period: Period

    def read(self) -> ReportData:
        """The records of the period (on the worker thread)."""
        period = self.period
        return gather(self.sources, self.profile_id, period.first, period.last, period.tz)


def report_file_job(
    source: PeriodSource,
    kind: ReportFormat,
    path: Path,
    now: datetime,
    sections: frozenset[Section],
    translate_report: Translate,
) -> ExportJob[ReportData]:
    """Save the period as ``kind`` (a PDF with ``sections``, in the person's language)."""

    def write(data: ReportData) -> None:
        write_report(kind, path, data, now, sections, translate_report)

    return ExportJob(Step.READING, source.read, Step.WRITING, write, path)


def backup_job(backup: Callable[[datetime], bytes], path: Path, now: datetime) -> ExportJob[bytes]:
    """Save the full JSON backup of everything (every profile) to ``path``."""
    return ExportJob(
        Step.COLLECTING,
        lambda: backup(now),
        Step.WRITING,
        lambda data: write_atomically(path, data),
        path,
    )


def print_job(
    source: PeriodSource,
    printer: QPagedPaintDevice,
    now: datetime,
    sections: frozenset[Section],
    translate_report: Translate,
) -> ExportJob[ReportData]:
    """Paint the PDF summary's pages on ``printer`` (set up by the print dialog)."""

    def paint(data: ReportData) -> None:
        from coldcare.reports.pdf import paint_report  # noqa: PLC0415 (Qt's painting)
        from coldcare.reports.summary import summarize  # noqa: PLC0415

        paint_report(printer, summarize(data, now), now, sections, translate_report)

    return ExportJob(Step.READING, source.read, Step.PRINTING, paint, None)


class ExportSignals(QObject):
    """What a worker says; emitted on the worker thread, delivered queued on the GUI thread.

    Signals:
        progress(int, int, object): steps done, steps in all, the :class:`Step` starting.
        saved(object): done; the file written (``Path``), or ``None`` when printed.
        failed(object): nothing was written; the exception (``None`` when unexpected), for
            :func:`problem_text`.
        cancelled(): stopped as asked, before anything was written.
    """

    progress = Signal(int, int, object)
    saved = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class ExportWorker(Generic[T]):
    """One export job, run once by :meth:`run` on a worker thread.

    Create it on the GUI thread (its signals then live there), then hand :meth:`run` to a
    ``QThreadPool``. :meth:`cancel` may be called from any thread.
    """

    def __init__(self, job: ExportJob[T], release_thread: Callable[[], None]) -> None:
        self.job = job
        self.signals = ExportSignals()
        self._release_thread = release_thread
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the export to stop before its next step."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether stopping was asked for."""
        return self._cancel.is_set()

    def run(self) -> None:
        """Do the job's steps, release this thread's resources, then report the outcome."""
        try:
            done = self._steps()
        except KNOWN_PROBLEMS as problem:
            self._finish(self.signals.failed, problem)
        except Exception:
            # A bug must still end the export on screen, and nothing may be left half-done.
            logger.exception("the export to %s failed", self.job.destination)
            self._finish(self.signals.failed, None)
        else:
            if done:
                self._finish(self.signals.saved, self.job.destination)
            else:
                self._finish(self.signals.cancelled)

    def _steps(self) -> bool:
        """Read, then write; ``False`` when cancelled before either."""
        job = self.job
        if not self._start(0, job.read_step):
            return False
        data = job.read()
        if not self._start(1, job.write_step):
            return False
        job.write(data)
        return True

    def _start(self, done: int, step: Step) -> bool:
        if self._cancel.is_set():
            return False
        self.signals.progress.emit(done, ExportJob.STEPS, step)
        return True

    def _finish(self, signal: SignalInstance, *args: object) -> None:
        """Release this thread's database connection first: once the GUI hears the outcome,
        the worker no longer touches the database."""
        try:
            self._release_thread()
        except Exception:
            logger.exception("releasing the export thread failed")
        signal.emit(*args)
