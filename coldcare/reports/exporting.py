"""The report files one period can be written as, and the one place that picks the writer.

The Reports page and ``coldcare export`` both call :func:`write_report`, so a file made from the
screen and one made from the command line are the same. The JSON backup is not here: it holds
everything in the database, not one person's period, and comes from storage.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from pathlib import Path

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.reports.dataset import ReportData, Translate


class ReportFormat(StrEnum):
    """A file format for one person's period."""

    CSV = "csv"
    FHIR = "fhir"
    ICS = "ics"
    PDF = "pdf"

    @property
    def suffix(self) -> str:
        """The file name ending the format is saved with."""
        return {"csv": ".csv", "fhir": ".json", "ics": ".ics", "pdf": ".pdf"}[self.value]


class Section(StrEnum):
    """The detail sections a PDF summary can carry after its first page."""

    PAIN = "pain"
    SESSIONS = "sessions"
    EXERCISES = "exercises"
    SAFETY = "safety"
    PLAN = "plan"


ALL_SECTIONS = frozenset(Section)

SECTION_NAMES: dict[Section, str] = {
    Section.PAIN: QT_TRANSLATE_NOOP("Section", "Pain ratings and weekly questions"),
    Section.SESSIONS: QT_TRANSLATE_NOOP("Section", "Cold sessions and skin checks"),
    Section.EXERCISES: QT_TRANSLATE_NOOP("Section", "Exercises and the plan kept"),
    Section.SAFETY: QT_TRANSLATE_NOOP("Section", "Warning signs and corrections"),
    Section.PLAN: QT_TRANSLATE_NOOP("Section", "The weekly plan"),
}


def write_report(
    kind: ReportFormat,
    path: Path,
    data: ReportData,
    now: datetime,
    sections: frozenset[Section] = ALL_SECTIONS,
    translate: Translate = QT_TRANSLATE_NOOP,
) -> None:
    """Write ``data`` as ``kind`` to ``path`` atomically.

    ``sections`` shape the PDF only; ``translate`` (the person's language) the PDF and the
    calendar's words: the other files are read by programs and keep ColdCare's stable codes.

    Raises :class:`coldcare.reports.files.ExportWriteError` when the file cannot be written.
    """
    # Imported on use: each writer pulls in its own libraries (icalendar, Qt's PDF writer).
    if kind is ReportFormat.CSV:
        from coldcare.reports.csv_export import write_csv  # noqa: PLC0415

        write_csv(path, data, now)
    elif kind is ReportFormat.PDF:
        from coldcare.reports.pdf import write_pdf  # noqa: PLC0415

        write_pdf(path, data, now, sections, translate)
    elif kind is ReportFormat.FHIR:
        from coldcare.reports.fhir import write_fhir  # noqa: PLC0415

        write_fhir(path, data, now)
    else:
        from coldcare.reports.ics import write_ics  # noqa: PLC0415

        write_ics(path, data, now, translate=translate)
