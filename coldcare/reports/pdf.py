"""The PDF summary a physiotherapist receives: a first page to read in a minute, then details.

The first page says whose records these are, for which period and who entered them, then the
alerts, pain at the start against pain at the end, the pain chart, which place and kind of
cold help, how much of the plan was kept and the warning signs. The detail sections the person
chose follow (:class:`~coldcare.reports.exporting.Section`): pain by day and the weekly PEG,
every cold session with its skin checks, the plan kept by kind and by week, the warning signs
and the records corrected afterwards, and the plan as it stands. Every page carries the
person's name, the period and "Page n of N"; everything reads in black and white.

Every number comes from :func:`coldcare.reports.summary.summarize`, the same numbers History
shows. :func:`paint_report` paints on any paged device (a QPdfWriter, or a QPrinter for
"Print…"); :func:`write_pdf` paints into memory and saves the file in one step. Neither needs
the GUI thread, but a QGuiApplication must exist (Qt's fonts).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QDate, QIODevice, QLineF, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from coldcare import APP_NAME
from coldcare.domain.audit import RECORD_KIND_NAMES, RecordKind
from coldcare.domain.exercises import EFFORT_NAMES, Effort, Exercise, ExerciseCompletion
from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.pain_stats import (
    MCID_SOURCE,
    MEANINGFUL_DROP_POINTS,
    MEANINGFUL_DROP_SHARE,
    PEG_SOURCE,
    RISING_BY,
    Alert,
    Baseline,
    PainBand,
    pain_band,
)
from coldcare.domain.plan import SKIP_REASON_NAMES, Adherence, ItemKind, PlanItem
from coldcare.domain.records import (
    AdverseEvent,
    EnteredBy,
    EventSource,
    PainContext,
    PainRating,
    SessionRecord,
    SkinCheck,
    VisitFeeling,
)
from coldcare.domain.session import Outcome
from coldcare.domain.shares import whole_percent
from coldcare.domain.signs import (
    FollowUpAdvice,
    PainChange,
    Sensation,
    SkinLook,
    StopSign,
    Symptom,
)
from coldcare.domain.vocabulary import BARRIER_NAMES, MODALITY_NAMES, Barrier, BodySite, Modality
from coldcare.reports.dataset import ReportData, Translate
from coldcare.reports.exporting import ALL_SECTIONS, SECTION_NAMES, Section
from coldcare.reports.files import write_atomically
from coldcare.reports.pdf_chart import PainChart
from coldcare.reports.pdf_layout import (
    INK,
    MUTED,
    RULE,
    Column,
    Flow,
    Row,
    Style,
    Table,
    report_style,
)
from coldcare.reports.summary import Summary, summarize

ENGLISH: Translate = QT_TRANSLATE_NOOP
MARGINS_MM = QMarginsF(18, 12, 18, 12)
CHART_HEIGHT_MM = 58
# When the summary does not fit on the first page, it is laid out again with a lower chart,
# then fewer alert lines (the most serious stay; the last says how many more and where).
SMALLER_FIRST_PAGES = ((46, 6), (40, 6), (40, 5), (40, 4), (40, 3), (34, 3))
EDITED_MARK = "†"
# Warning signs and pain alerts on the first page, the most serious first; the last line
# says how many more there are when they do not all fit.
FIRST_PAGE_ALERTS = 6
RIGHT = Qt.AlignmentFlag.AlignRight
LEFT = Qt.AlignmentFlag.AlignLeft
WRAP = Qt.TextFlag.TextWordWrap

OUTCOME_NAMES: dict[Outcome, str] = {
    Outcome.COMPLETED: QT_TRANSLATE_NOOP("PdfReport", "Completed"),
    Outcome.STOPPED_EARLY: QT_TRANSLATE_NOOP("PdfReport", "Stopped early"),
    Outcome.STOPPED_FOR_SIGN: QT_TRANSLATE_NOOP("PdfReport", "Stopped for a warning sign"),
    Outcome.INTERRUPTED: QT_TRANSLATE_NOOP("PdfReport", "Interrupted (the app closed)"),
}
LOOK_NAMES: dict[SkinLook, str] = {
    SkinLook.NORMAL: QT_TRANSLATE_NOOP("PdfReport", "skin normal"),
    SkinLook.BRIGHT_RED: QT_TRANSLATE_NOOP("PdfReport", "bright red"),
    SkinLook.WHITE: QT_TRANSLATE_NOOP("PdfReport", "white"),
    SkinLook.GREY_BLUE_WAXY: QT_TRANSLATE_NOOP("PdfReport", "grey, blue or waxy"),
    SkinLook.HIVES: QT_TRANSLATE_NOOP("PdfReport", "hives"),
    SkinLook.BLISTERS: QT_TRANSLATE_NOOP("PdfReport", "blisters"),
}
SENSATION_NAMES: dict[Sensation, str] = {
    Sensation.COLD: QT_TRANSLATE_NOOP("PdfReport", "cold"),
    Sensation.BURNING: QT_TRANSLATE_NOOP("PdfReport", "burning"),
    Sensation.ACHING: QT_TRANSLATE_NOOP("PdfReport", "aching"),
    Sensation.NUMB: QT_TRANSLATE_NOOP("PdfReport", "numb"),
    Sensation.INTENSE_BURNING: QT_TRANSLATE_NOOP("PdfReport", "intense burning"),
}
PAIN_CHANGE_NAMES: dict[PainChange, str] = {
    PainChange.BETTER: QT_TRANSLATE_NOOP("PdfReport", "pain better than at the start"),
    PainChange.SAME: QT_TRANSLATE_NOOP("PdfReport", "pain as at the start"),
    PainChange.WORSE: QT_TRANSLATE_NOOP("PdfReport", "pain worse than at the start"),
}
SYMPTOM_NAMES: dict[Symptom, str] = {
    Symptom.TINGLING: QT_TRANSLATE_NOOP("PdfReport", "tingling"),
    Symptom.WEAKNESS: QT_TRANSLATE_NOOP("PdfReport", "weakness"),
    Symptom.DIZZINESS: QT_TRANSLATE_NOOP("PdfReport", "dizziness"),
    Symptom.LIP_THROAT_SWELLING: QT_TRANSLATE_NOOP("PdfReport", "swollen lips or throat"),
    Symptom.WHEEZING: QT_TRANSLATE_NOOP("PdfReport", "wheezing"),
}
SOURCE_NAMES: dict[EventSource, str] = {
    EventSource.SKIN_CHECK: QT_TRANSLATE_NOOP("PdfReport", "Skin check"),
    EventSource.STOP_BUTTON: QT_TRANSLATE_NOOP("PdfReport", "Stop button"),
    EventSource.AFTERCARE: QT_TRANSLATE_NOOP("PdfReport", "After the session"),
    EventSource.FOLLOW_UP: QT_TRANSLATE_NOOP("PdfReport", "30-minute follow-up"),
    EventSource.RECOVERY: QT_TRANSLATE_NOOP("PdfReport", "After the app closed"),
}
ADVICE_NAMES: dict[FollowUpAdvice, str] = {
    FollowUpAdvice.ALL_WELL: QT_TRANSLATE_NOOP("PdfReport", "all well at follow-up"),
    FollowUpAdvice.SEEK_MEDICAL_ADVICE: QT_TRANSLATE_NOOP(
        "PdfReport", "told to seek medical advice"
    ),
    FollowUpAdvice.SEEK_URGENT_ADVICE: QT_TRANSLATE_NOOP(
        "PdfReport", "told to seek urgent medical advice"
    ),
}
FEELING_NAMES: dict[VisitFeeling, str] = {
    VisitFeeling.FINE: QT_TRANSLATE_NOOP("PdfReport", "Fine"),
    VisitFeeling.UNCOMFORTABLE: QT_TRANSLATE_NOOP("PdfReport", "Uncomfortable"),
    VisitFeeling.UNWELL: QT_TRANSLATE_NOOP("PdfReport", "Unwell"),
}
KIND_NAMES: dict[ItemKind, str] = {
    ItemKind.COLD: QT_TRANSLATE_NOOP("PdfReport", "Cold"),
    ItemKind.EXERCISE: QT_TRANSLATE_NOOP("PdfReport", "Exercises"),
}
FOOTER_WORDS: dict[EnteredBy, str] = {
    EnteredBy.PERSON: QT_TRANSLATE_NOOP(
        "PdfReport", "Self-reported in {app}, not verified by {app}. Made {when}."
    ),
    EnteredBy.CAREGIVER: QT_TRANSLATE_NOOP(
        "PdfReport", "Entered by a caregiver in {app}, not verified by {app}. Made {when}."
    ),
    EnteredBy.CLINICIAN: QT_TRANSLATE_NOOP(
        "PdfReport", "Entered by a clinician in {app}, not verified by {app}. Made {when}."
    ),
}
# Counted words: the text for one, then the text for more (English and German agree).
DAYS = (
    QT_TRANSLATE_NOOP("PdfReport", "{count} day"),
    QT_TRANSLATE_NOOP("PdfReport", "{count} days"),
)
SKIN_CHECKS = (
    QT_TRANSLATE_NOOP("PdfReport", "{count} skin check"),
    QT_TRANSLATE_NOOP("PdfReport", "{count} skin checks"),
)
COLD_SESSIONS = (
    QT_TRANSLATE_NOOP("PdfReport", "{count} cold session"),
    QT_TRANSLATE_NOOP("PdfReport", "{count} cold sessions"),
)
BAND_WORDS: dict[PainBand, str] = {
    PainBand.NONE: QT_TRANSLATE_NOOP("PdfReport", "no pain"),
    PainBand.MILD: QT_TRANSLATE_NOOP("PdfReport", "mild"),
    PainBand.MODERATE: QT_TRANSLATE_NOOP("PdfReport", "moderate"),
    PainBand.SEVERE: QT_TRANSLATE_NOOP("PdfReport", "severe"),
}


# ----------------------------------------------------------------------------- entry points


def write_pdf(
    path: Path,
    data: ReportData,
    now: datetime,
    sections: frozenset[Section] = ALL_SECTIONS,
    translate: Translate = ENGLISH,
) -> None:
    """Save the report of ``data`` to ``path`` in one step (``ExportWriteError`` on failure).

    Safe on a worker thread: it paints into memory, never on a widget.
    """
    write_atomically(path, pdf_bytes(data, now, sections, translate))


def pdf_bytes(
    data: ReportData,
    now: datetime,
    sections: frozenset[Section] = ALL_SECTIONS,
    translate: Translate = ENGLISH,
) -> bytes:
    """The report as the bytes of an A4 PDF file."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setCreator(APP_NAME)
    writer.setTitle(
        translate("PdfReport", "Pain and cold therapy summary: {name}").format(
            name=data.profile.name
        )
    )
    paint_report(writer, summarize(data, now), now, sections, translate)
    del writer
    return bytes(buffer.data().data())


def paint_report(
    device: QPagedPaintDevice,
    summary: Summary,
    now: datetime,
    sections: frozenset[Section] = ALL_SECTIONS,
    translate: Translate = ENGLISH,
) -> None:
    """Paint the whole report on ``device``: the first page, then the chosen ``sections``."""
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the report could not be painted on this device")
    try:
        report = _Report(device, summary, now, translate)
        flow = report.lay_out(sections)
        flow.paint(painter, report.decorate)
    finally:
        painter.end()


# ----------------------------------------------------------------------------- words


class _Words:
    """Dates, times, numbers and names in the reader's language."""

    def __init__(self, data: ReportData, translate: Translate) -> None:
        self.tr = translate
        self.tz = data.period.tz
        self.locale = QLocale()
        self._days: dict[date, str] = {}
        # Qt date patterns, translated: German writes "24. Aug. 2026".
        self._day_format = translate("PdfReport", "d MMM yyyy")
        self._weekday_format = translate("PdfReport", "ddd d MMM yyyy")

    def day(self, day: date) -> str:
        """``16 Mar 2026`` (remembered: long tables name the same days again and again)."""
        found = self._days.get(day)
        if found is None:
            found = self.locale.toString(QDate(day.year, day.month, day.day), self._day_format)
            self._days[day] = found
        return found

    def weekday_day(self, day: date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), self._weekday_format)

    def when(self, moment: datetime) -> str:
        local = moment.astimezone(self.tz)
        return f"{self.day(local.date())}, {local:%H:%M}"

    def moment(self, moment: datetime) -> str:
        """``21 Nov 2026, 14:29 CET``: a time with its time zone."""
        return f"{self.when(moment)} {moment.astimezone(self.tz).tzname()}"

    def counted(self, forms: tuple[str, str], count: int) -> str:
        """``1 skin check`` or ``3 skin checks``: ``forms`` are the texts for one and for more."""
        one, more = forms
        return self.tr("PdfReport", one if count == 1 else more).format(count=count)

    def number(self, value: float, decimals: int = 1) -> str:
        text = self.locale.toString(float(value), "f", decimals)
        return text.replace("-", "−")

    @staticmethod
    def as_shown(value: float) -> float:
        """``value`` rounded to one decimal as :meth:`number` rounds it."""
        return float(QLocale.c().toString(float(value), "f", 1))

    def signed(self, value: float) -> str:
        """``+1.2`` or ``−1.2``; a real minus sign."""
        return ("+" if value > 0 else "") + self.number(value)

    def percent(self, share: float) -> str:
        return self.tr("PdfReport", "{value} %").format(value=whole_percent(share))

    def site(self, site: BodySite | None) -> str:
        return self.tr("BodySite", site.display_name) if site is not None else ""

    def modality(self, modality: Modality | None) -> str:
        return self.tr("Modality", MODALITY_NAMES[modality]) if modality is not None else ""

    def barrier(self, barrier: Barrier) -> str:
        return self.tr("Barrier", BARRIER_NAMES[barrier])

    @staticmethod
    def has_barrier(modality: Modality | None, barrier: Barrier) -> bool:
        """Whether a barrier is worth naming: a bath or ice massage has none to name."""
        return barrier is not Barrier.NONE or (modality is not None and modality.is_pack)

    def signs(self, signs: Iterable[StopSign]) -> str:
        return ", ".join(self.tr("StopSign", sign.display_name) for sign in sorted(signs))

    def exercise(self, exercise: Exercise | None) -> str:
        if exercise is None:
            return self.tr("PdfReport", "An exercise no longer in the library")
        return self.tr("Exercise", exercise.name) if exercise.builtin_key else exercise.name

    def alert(self, alert: Alert) -> str:
        return alert.filled(self.tr("PainStats", alert.template), self.day)

    def adherence(self, kept: Adherence) -> list[str]:
        rate = "–" if kept.rate is None else self.percent(kept.rate)
        return [str(kept.scheduled), str(kept.done), str(kept.skipped), str(kept.missed), rate]

    def weekdays(self, days: frozenset[int]) -> str:
        if days == frozenset(range(7)):
            return self.tr("PdfReport", "Every day")
        names = QLocale.FormatType.ShortFormat
        return ", ".join(self.locale.dayName(day + 1, names) for day in sorted(days))

    def edited(self, text: str, marked: bool) -> str:
        return f"{text} {EDITED_MARK}" if marked else text


# ----------------------------------------------------------------------------- pain by day


@dataclass
class _Day:
    """One day's ratings, in the order given."""

    check_ins: list[int] = field(default_factory=list)
    sessions: dict[int, dict[PainContext, int]] = field(default_factory=dict)
    exercise: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _days(ratings: Iterable[PainRating], data: ReportData) -> dict[date, _Day]:
    found: dict[date, _Day] = defaultdict(_Day)
    tz = data.period.tz
    for rating in ratings:
        day = found[rating.rated_at.astimezone(tz).date()]
        if rating.session_id is not None and rating.context in (
            PainContext.BEFORE,
            PainContext.AFTER,
            PainContext.FOLLOW_UP,
        ):
            day.sessions.setdefault(rating.session_id, {}).setdefault(rating.context, rating.value)
        elif rating.context is PainContext.EXERCISE:
            day.exercise.append(rating.value)
        else:
            day.check_ins.append(rating.value)
        if rating.note:
            day.notes.append(rating.note)
    return found


# ----------------------------------------------------------------------------- the report


class _Report:
    """Lays out one report: the first page, then the chosen sections."""

    def __init__(
        self, device: QPagedPaintDevice, summary: Summary, now: datetime, translate: Translate
    ) -> None:
        self.summary = summary
        self.data = summary.data
        self.now = now
        self.translate = translate
        self.words = _Words(self.data, translate)
        self.sections: frozenset[Section] = ALL_SECTIONS
        # The sections whose alerts or warning signs the first page had no room for.
        self.left_out: frozenset[Section] = frozenset()
        self.style: Style = report_style()
        probe = Flow(device, QRectF(0, 0, device.width(), device.height()), self.style)
        self.band = probe.line(self.style.small) + probe.units.mm(3)
        self.frame = QRectF(0, self.band, device.width(), device.height() - 2 * self.band)
        self.flow = Flow(device, self.frame, self.style)
        self.units = self.flow.units
        self.chart_mm: float = CHART_HEIGHT_MM
        self.alert_lines = FIRST_PAGE_ALERTS

    # ----------------------------------------------------------------- every page

    def period_text(self) -> str:
        period = self.data.period
        days = (period.last - period.first).days + 1
        return self.translate("PdfReport", "{first} to {last} ({days})").format(
            first=self.words.day(period.first),
            last=self.words.day(period.last),
            days=self.words.counted(DAYS, days),
        )

    def decorate(self, painter: QPainter, number: int, total: int) -> None:
        """The header (name, period) and footer (who entered it, page n of N) of a page."""
        tr, style, frame = self.translate, self.style, self.flow.frame
        line = self.flow.line(style.small)
        top = QRectF(frame.left(), 0, frame.width(), line)
        bottom = QRectF(frame.left(), frame.bottom() + self.band - line, frame.width(), line)
        painter.setPen(INK)
        painter.setFont(style.small_bold)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft, self.data.profile.name)
        painter.setFont(style.small)
        painter.drawText(top, RIGHT, self.period_text())
        page = tr("PdfReport", "Page {page} of {pages}").format(page=number, pages=total)
        painter.drawText(bottom, RIGHT, page)
        made = tr("PdfReport", FOOTER_WORDS[self.data.profile.entered_by]).format(
            app=APP_NAME, when=self.words.moment(self.now)
        )
        room = bottom.width() - self.flow.metrics(style.small).horizontalAdvance(page) - line
        painter.setFont(self.flow.one_line(made, style.small, room))
        painter.setPen(MUTED)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, made)
        painter.setPen(QPen(RULE, self.units.pt(0.5)))
        painter.drawLine(
            QLineF(
                top.left(),
                top.bottom() + self.units.mm(1),
                top.right(),
                top.bottom() + self.units.mm(1),
            )
        )
        painter.drawLine(
            QLineF(
                bottom.left(),
                bottom.top() - self.units.mm(1),
                bottom.right(),
                bottom.top() - self.units.mm(1),
            )
        )

    # ----------------------------------------------------------------- the whole

    def lay_out(self, sections: frozenset[Section]) -> Flow:
        self.sections = sections
        self.first_page()
        for chart_mm, alert_lines in SMALLER_FIRST_PAGES:
            if len(self.flow.pages) == 1:
                break
            self.first_page_again(chart_mm, alert_lines)
        empty = not self.has_records()
        detail = [s for s in Section if s in sections and not (empty and s is not Section.PLAN)]
        if detail:
            self.flow.new_page()
        painters = {
            Section.PAIN: self.pain_section,
            Section.SESSIONS: self.sessions_section,
            Section.EXERCISES: self.exercises_section,
            Section.SAFETY: self.safety_section,
            Section.PLAN: self.plan_section,
        }
        for section in detail:
            self.section_title(self.translate("Section", SECTION_NAMES[section]))
            painters[section]()
        return self.flow

    def first_page_again(self, chart_mm: float, alert_lines: int) -> None:
        """Lay the summary out afresh, smaller: it is read in a minute only if it fits on its
        page (many warning signs can push the plan kept onto the next)."""
        self.flow = Flow(self.flow.device, self.frame, self.style)
        self.left_out = frozenset()
        self.chart_mm, self.alert_lines = chart_mm, alert_lines
        self.first_page()

    def has_records(self) -> bool:
        data = self.data
        return any(
            (
                data.sessions,
                data.ratings,
                data.pegs,
                data.events,
                data.visits,
                data.completions,
                data.logs,
            )
        )

    def section_title(self, text: str) -> None:
        flow = self.flow
        flow.gap(self.units.mm(4))
        flow.paragraph(text, self.style.title, keep=4 * flow.line(self.style.body), sticky=True)
        flow.place(self.units.mm(2), self._paint_rule, sticky=True)

    def _paint_rule(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(INK, self.units.pt(1)))
        middle = rect.top() + rect.height() / 3
        painter.drawLine(QLineF(rect.left(), middle, rect.right(), middle))

    def small_print(self, text: str) -> None:
        self.flow.y += self.units.mm(1)
        self.flow.paragraph(text, self.style.small, colour=MUTED)

    def table(self, caption: str, columns: Sequence[Column], rows: Sequence[Row]) -> None:
        continued = self.translate("PdfReport", "{caption} (continued)").format(caption=caption)
        self.flow.table(Table(caption, continued, columns, rows))
        if any(EDITED_MARK in cell for row in rows for cell in row.cells):
            self.small_print(
                self.translate(
                    "PdfReport",
                    "† Edited after it was entered; the audit trail is kept in ColdCare.",
                )
            )
        self.flow.gap(self.units.mm(3))

    # ----------------------------------------------------------------- first page

    def first_page(self) -> None:
        tr, flow, style = self.translate, self.flow, self.style
        profile = self.data.profile
        flow.paragraph(tr("PdfReport", "Pain and cold therapy summary"), style.title)
        flow.y += self.units.mm(1)
        who = tr("PdfReport", "{name}, born {year}").format(
            name=profile.name, year=profile.birth_year
        )
        flow.paragraph(f"{who}  ·  {self.period_text()}", style.bold)
        flow.paragraph(self.entered_by())
        if not self.has_records():
            self.nothing_recorded()
            return
        self.alerts()
        self.pain_figures()
        self.chart()
        self.effects()
        self.plan_kept()

    def entered_by(self) -> str:
        tr, profile = self.translate, self.data.profile
        helper = profile.entered_by_name.strip()
        if profile.entered_by is EnteredBy.PERSON:
            text = tr("PdfReport", "Self-reported at home in ColdCare by {person}.")
        elif profile.entered_by is EnteredBy.CAREGIVER and helper:
            text = tr(
                "PdfReport", "Entered at home in ColdCare by a caregiver, {helper}, for {person}."
            )
        elif profile.entered_by is EnteredBy.CAREGIVER:
            text = tr("PdfReport", "Entered at home in ColdCare by a caregiver for {person}.")
        elif helper:
            text = tr("PdfReport", "Entered in ColdCare by a clinician, {helper}, for {person}.")
        else:
            text = tr("PdfReport", "Entered in ColdCare by a clinician for {person}.")
        unverified = tr("PdfReport", "ColdCare has not verified these records.")
        return f"{text.format(person=profile.name, helper=helper)} {unverified}"

    def nothing_recorded(self) -> None:
        tr = self.translate
        self.flow.gap(self.units.mm(8))
        self.boxed(
            tr("PdfReport", "No records in this period"),
            [
                tr(
                    "PdfReport",
                    "Nothing was entered from {first} to {last}: no pain ratings, cold "
                    "sessions, exercises or warning signs.",
                ).format(
                    first=self.words.day(self.data.period.first),
                    last=self.words.day(self.data.period.last),
                )
            ],
        )

    def boxed(self, title: str, lines: Sequence[str]) -> None:
        """A framed list with a thick bar at its left: what must be seen first."""
        flow, style, mm = self.flow, self.style, self.units.mm
        indent = mm(4)
        inner = flow.frame.width() - mm(7) - indent
        heights = [flow.text_height(line, style.body, inner) for line in lines]
        title_height = flow.line(style.heading) + mm(0.5)
        height = title_height + sum(heights) + mm(4.5)

        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.setPen(QPen(INK, self.units.pt(0.8)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            painter.fillRect(QRectF(rect.left(), rect.top(), mm(1.6), rect.height()), INK)
            left, top = rect.left() + mm(5), rect.top() + mm(2)
            painter.setFont(style.heading)
            painter.drawText(QRectF(left, top, inner, title_height), LEFT, title)
            top += title_height
            painter.setFont(style.body)
            for line, line_height in zip(lines, heights, strict=True):
                painter.drawText(QRectF(left, top, indent, line_height), LEFT, "•")
                box = QRectF(left + indent, top, inner, line_height)
                painter.drawText(box, WRAP, line)
                top += line_height

        flow.gap(mm(3))
        flow.place(height, paint)

    def alerts(self) -> None:
        """Warning signs and pain alerts in one framed block, before anything else."""
        tr, words = self.translate, self.words
        profile = self.data.profile
        lines = []
        if profile.review_required_since is not None:
            since = profile.review_required_since.astimezone(words.tz).date()
            lines.append(self.review_words().format(day=words.day(since)))
        if not self.data.events:
            lines.append(tr("PdfReport", "No warning signs during or after cold."))
        lines += self.capped(self.alert_list(), self.alert_lines)
        if not self.summary.alerts:
            lines.append(
                tr(
                    "PdfReport",
                    "No pain of 7 or more, no rising trend, no gap of 3 days or more without "
                    "pain entries.",
                )
            )
        self.boxed(tr("PdfReport", "Alerts and warning signs"), lines)

    def alert_list(self) -> list[tuple[Section, str]]:
        """The most serious first: warning signs where emergency services were to be called,
        the other warning signs, then the pain alerts (severe pain, a rising trend, gaps); each
        with the section that lists it in full."""
        tr = self.translate
        events = sorted(self.data.events, key=lambda event: not event.call_emergency)
        found = [
            (
                Section.SAFETY,
                tr("PdfReport", "Warning sign: {what}").format(what=self.event_line(event)),
            )
            for event in events
        ]
        found += [(Section.PAIN, self.words.alert(alert)) for alert in self.summary.alerts]
        return found

    def review_words(self) -> str:
        return self.translate(
            "PdfReport", "No cold anywhere until a clinician review is recorded (since {day})."
        )

    def capped(self, lines: list[tuple[Section, str]], limit: int) -> list[str]:
        """At most ``limit`` lines: the first ones, then how many more there are and where
        (one line for each section that lists the ones left out)."""
        if len(lines) <= limit:
            return [text for _section, text in lines]
        kept = limit - 1
        if len({section for section, _text in lines[kept:]}) > 1:
            kept -= 1
        left_out = Counter(section for section, _text in lines[kept:])
        self.left_out = frozenset(left_out)
        return [
            *(text for _section, text in lines[:kept]),
            *(self.more(section, count) for section, count in left_out.items()),
        ]

    def more(self, section: Section, count: int) -> str:
        """``… and 2 more, listed under “Warning signs and corrections”.``"""
        if section in self.sections:
            text = self.translate("PdfReport", "… and {count} more, listed under “{section}”.")
        else:
            text = self.translate("PdfReport", "… and {count} more.")
        section_name = self.translate("Section", SECTION_NAMES[section])
        return text.format(count=count, section=section_name)

    def pain_figures(self) -> None:
        tr, flow = self.translate, self.flow
        flow.heading(tr("PdfReport", "Pain at the start and at the end"))
        figures = self.figures(self.summary.baseline)
        if not figures:
            flow.paragraph(tr("PdfReport", "No pain ratings in this period."))
            return
        self.figure_row(figures)

    def figures(self, start_end: Baseline) -> list[tuple[str, str, str]]:
        """Pain at the start, at the end and the change (of the two numbers as printed, so it
        is always their difference), then the PEG."""
        tr, words = self.translate, self.words
        if start_end.first is None or start_end.latest is None:
            return []
        first, latest = words.as_shown(start_end.first), words.as_shown(start_end.latest)
        found = [
            (
                tr("PdfReport", "First 7 days (baseline)"),
                words.number(first),
                self.band_word(first),
            ),
            (tr("PdfReport", "Last 7 days (latest)"), words.number(latest), self.band_word(latest)),
            (
                tr("PdfReport", "Change"),
                words.signed(words.as_shown(latest - first)),
                self.change_words(first, latest),
            ),
        ]
        pegs = self.data.pegs
        if len(pegs) > 1:
            found.append(
                (
                    tr("PdfReport", "PEG score, first → latest"),
                    f"{words.number(pegs[0].score)} → {words.number(pegs[-1].score)}",
                    tr("PdfReport", "{count} weekly answers").format(count=len(pegs)),
                )
            )
        elif pegs:
            found.append(
                (
                    tr("PdfReport", "PEG score"),
                    words.number(pegs[0].score),
                    tr("PdfReport", "one weekly answer"),
                )
            )
        return found

    def band_word(self, value: float) -> str:
        return self.translate("PdfReport", "mean pain, {band}").format(
            band=self.translate("PdfReport", BAND_WORDS[pain_band(value)])
        )

    def change_words(self, first: float, latest: float) -> str:
        tr, drop = self.translate, first - latest
        if drop >= MEANINGFUL_DROP_POINTS or (first > 0 and drop >= MEANINGFUL_DROP_SHARE * first):
            return tr("PdfReport", "{share} better: meaningful").format(
                share=self.words.percent(drop / first)
            )
        if -drop >= RISING_BY:
            return tr("PdfReport", "worse")
        if drop > 0:
            return tr("PdfReport", "better, not meaningful")
        return tr("PdfReport", "no meaningful change")

    def figure_row(self, figures: Sequence[tuple[str, str, str]]) -> None:
        """Boxes side by side: a label, a big number and a caption; labels and captions wrap
        (the numbers stay level across the boxes)."""
        flow, style, mm = self.flow, self.style, self.units.mm
        gap = mm(3)
        width = (flow.frame.width() - gap * (len(figures) - 1)) / len(figures)
        inner = width - mm(4)
        label_height = max(flow.text_height(f[0], style.small, inner) for f in figures)
        caption_height = max(flow.text_height(f[2], style.small, inner) for f in figures)
        value_height = flow.line(style.figure)
        height = label_height + value_height + caption_height + mm(3)

        def paint(painter: QPainter, rect: QRectF) -> None:
            for index, (label, value, caption) in enumerate(figures):
                box = QRectF(rect.left() + index * (width + gap), rect.top(), width, rect.height())
                painter.setPen(QPen(RULE, self.units.pt(0.6)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(box)
                left, top = box.left() + mm(2), box.top() + mm(1.5)
                painter.setPen(INK)
                painter.setFont(style.small)
                painter.drawText(QRectF(left, top, inner, label_height), WRAP, label)
                top += label_height
                painter.setFont(style.figure)
                painter.drawText(QRectF(left, top, inner, value_height), LEFT, value)
                top += value_height
                painter.setFont(style.small)
                painter.drawText(QRectF(left, top, inner, caption_height), WRAP, caption)

        flow.place(height, paint)

    def chart(self) -> None:
        tr, flow = self.translate, self.flow
        flow.heading(tr("PdfReport", "Pain over the period (0 to 10, lower is better)"))
        chart = PainChart(self.style, self.units, tr, self.words.locale)
        period = (self.data.period.first, self.data.period.last)
        points = self.summary.points

        def paint(painter: QPainter, rect: QRectF) -> None:
            chart.paint(painter, rect, points, period)

        flow.place(self.units.mm(self.chart_mm), paint)
        self.small_print(
            tr(
                "PdfReport",
                "0 = no pain, 10 = worst imaginable. From the daily check-ins and the ratings "
                "before sessions. Breaks in the line are gaps of 3 days or more without pain "
                "entries.",
            )
        )

    def effects(self) -> None:
        tr, words, flow = self.translate, self.words, self.flow
        flow.heading(tr("PdfReport", "Cold sessions: which place and kind of cold help"))
        sessions = self.data.sessions
        stopped = sum(
            s.outcome in (Outcome.STOPPED_EARLY, Outcome.STOPPED_FOR_SIGN) for s in sessions
        )
        flow.paragraph(
            tr(
                "PdfReport",
                "{sessions}; {rated} with pain rated before and after; {stopped} stopped early "
                "or for a warning sign.",
            ).format(
                sessions=words.counted(COLD_SESSIONS, len(sessions)),
                rated=len(self.summary.changes),
                stopped=stopped,
            )
        )
        if not self.summary.effects:
            return
        flow.y += self.units.mm(2)
        rows = [
            Row(
                [
                    words.site(effect.site),
                    words.modality(effect.modality),
                    str(effect.sessions),
                    words.signed(-effect.mean_drop),
                    tr("PdfReport", "{count} of {total} ({share})").format(
                        count=round(effect.meaningful_share * effect.sessions),
                        total=effect.sessions,
                        share=words.percent(effect.meaningful_share),
                    ),
                ]
            )
            for effect in self.summary.effects
        ]
        columns = [
            Column(tr("PdfReport", "Place"), 26, wraps=True),
            Column(tr("PdfReport", "Kind of cold"), 20, wraps=True),
            Column(tr("PdfReport", "Sessions rated"), 16, RIGHT, wraps=True),
            Column(tr("PdfReport", "Mean change in pain"), 17, RIGHT, wraps=True),
            Column(tr("PdfReport", "Meaningful drop"), 21, RIGHT, wraps=True),
        ]
        flow.table(Table("", "", columns, rows))
        self.small_print(tr("PainStats", MCID_SOURCE))

    def plan_kept(self) -> None:
        tr, flow = self.translate, self.flow
        flow.heading(tr("PdfReport", "Plan kept (done ÷ planned, up to now)"))
        overall = self.summary.overall
        if overall.scheduled == 0:
            flow.paragraph(tr("PdfReport", "Nothing planned was due in this period."))
            return
        rows = [Row([tr("PdfReport", "Everything"), *self.words.adherence(overall)], bold=True)]
        rows += [
            Row([tr("PdfReport", KIND_NAMES[kind]), *self.words.adherence(kept)])
            for kind, kept in self.summary.by_kind.items()
            if kept.scheduled
        ]
        flow.table(Table("", "", self.adherence_columns(tr("PdfReport", "What")), rows))

    def adherence_columns(self, first: str) -> list[Column]:
        tr = self.translate
        return [
            Column(first, 30),
            Column(tr("PdfReport", "Planned"), 14, RIGHT),
            Column(tr("PdfReport", "Done"), 14, RIGHT),
            Column(tr("PdfReport", "Skipped with a reason"), 22, RIGHT, wraps=True),
            Column(tr("PdfReport", "Missed"), 14, RIGHT),
            Column(tr("PdfReport", "Kept"), 14, RIGHT),
        ]

    def event_line(self, event: AdverseEvent) -> str:
        words = self.words
        parts = [words.when(event.occurred_at), words.site(event.site), words.signs(event.signs)]
        text = ", ".join(part for part in parts if part)
        followed = self.what_followed(event)
        if followed:
            text = f"{text}: {followed}"
        return words.edited(text, self.data.is_edited(RecordKind.ADVERSE_EVENT, event.id))

    def what_followed(self, event: AdverseEvent) -> str:
        tr, words = self.translate, self.words
        parts = []
        if event.call_emergency:
            parts.append(tr("PdfReport", "told to call emergency services"))
        if event.review_needed:
            parts.append(tr("PdfReport", "no cold until a clinician review"))
        if event.lock_until is not None:
            parts.append(
                tr("PdfReport", "no cold at this place until {when}").format(
                    when=words.when(event.lock_until)
                )
            )
        if event.advice is not None:
            parts.append(tr("PdfReport", ADVICE_NAMES[event.advice]))
        return "; ".join(parts)

    # ----------------------------------------------------------------- pain

    def pain_section(self) -> None:
        tr, flow = self.translate, self.flow
        if Section.PAIN in self.left_out:
            flow.heading(tr("PdfReport", "All alerts"))
            flow.bullets([self.words.alert(alert) for alert in self.summary.alerts])
            flow.gap(self.units.mm(3))
        self.pain_by_day()
        self.peg_table()

    def pain_by_day(self) -> None:
        tr, words = self.translate, self.words
        if not self.summary.ratings:
            self.flow.paragraph(tr("PdfReport", "No pain ratings in this period."))
            return
        means = {point.day: point for point in self.summary.points}
        rows = []
        for day, ratings in sorted(_days(self.summary.ratings, self.data).items()):
            point = means.get(day)
            rows.append(
                Row(
                    [
                        words.weekday_day(day),
                        ", ".join(map(str, ratings.check_ins)),
                        self.session_pain(ratings.sessions),
                        ", ".join(map(str, ratings.exercise)),
                        words.number(point.mean) if point else "",
                        words.number(point.seven_day_mean) if point else "",
                    ],
                    note="; ".join(ratings.notes),
                )
            )
        columns = [
            Column(tr("PdfReport", "Day"), 21),
            Column(tr("PdfReport", "Check-in"), 16, Qt.AlignmentFlag.AlignHCenter, wraps=True),
            Column(tr("PdfReport", "Sessions: before → after (30 min)"), 23, wraps=True),
            Column(tr("PdfReport", "After exercise"), 12, RIGHT, wraps=True),
            Column(tr("PdfReport", "Mean of the day"), 14, RIGHT, wraps=True),
            Column(tr("PdfReport", "7-day mean"), 14, RIGHT, wraps=True),
        ]
        self.table(tr("PdfReport", "Pain by day (0 to 10)"), columns, rows)
        self.small_print(
            tr(
                "PdfReport",
                "The means use the check-ins and the ratings before sessions, as the chart does. "
                "Notes are the person's own words, in italics under the day.",
            )
        )

    def session_pain(self, sessions: dict[int, dict[PainContext, int]]) -> str:
        found = []
        for pain in sessions.values():
            text = f"{pain.get(PainContext.BEFORE, '–')} → {pain.get(PainContext.AFTER, '–')}"
            if PainContext.FOLLOW_UP in pain:
                text += f" ({pain[PainContext.FOLLOW_UP]})"
            found.append(text)
        return ", ".join(found)

    def peg_table(self) -> None:
        tr, words = self.translate, self.words
        pegs = self.data.pegs
        self.flow.heading(tr("PdfReport", "Weekly pain questions (PEG)"))
        if not pegs:
            self.flow.paragraph(tr("PdfReport", "No PEG answers in this period."))
            self.small_print(tr("PainStats", PEG_SOURCE))
            return
        rows = [
            Row(
                [
                    words.when(peg.answered_at),
                    str(peg.pain),
                    str(peg.enjoyment),
                    str(peg.activity),
                    words.number(peg.score),
                ],
                note=peg.note,
            )
            for peg in pegs
        ]
        columns = [
            Column(tr("PdfReport", "Answered"), 26),
            Column(tr("PdfReport", "Pain"), 12, RIGHT),
            Column(tr("PdfReport", "Enjoyment of life"), 14, RIGHT, wraps=True),
            Column(tr("PdfReport", "General activity"), 14, RIGHT, wraps=True),
            Column(tr("PdfReport", "PEG score"), 12, RIGHT, wraps=True),
        ]
        self.table(tr("PdfReport", "PEG answers (0 to 10, lower is better)"), columns, rows)
        self.small_print(tr("PainStats", PEG_SOURCE))

    # ----------------------------------------------------------------- sessions

    def sessions_section(self) -> None:
        tr = self.translate
        sessions = self.data.sessions
        if not sessions:
            self.flow.paragraph(tr("PdfReport", "No cold sessions in this period."))
        else:
            self.sessions_table(sessions)
        self.visits_table()

    def sessions_table(self, sessions: Sequence[SessionRecord]) -> None:
        tr, words, data = self.translate, self.words, self.data
        pain = {change.session.id: change for change in self.summary.changes}
        rows = []
        for session in sessions:
            change = pain.get(session.id)
            rows.append(
                Row(
                    [
                        words.edited(
                            words.when(session.started_at),
                            data.is_edited(RecordKind.SESSION, session.id),
                        ),
                        words.site(session.site),
                        words.modality(session.modality),
                        self.minutes(session),
                        self.ending(session),
                        f"{change.before} → {change.after}" if change else "",
                    ],
                    detail=self.session_detail(session),
                    note=session.note,
                )
            )
        columns = [
            Column(tr("PdfReport", "Started"), 19, wraps=True),
            Column(tr("PdfReport", "Place"), 22, wraps=True),
            Column(tr("PdfReport", "Kind of cold"), 22, wraps=True),
            Column(tr("PdfReport", "Minutes"), 10, RIGHT, wraps=True),
            Column(tr("PdfReport", "Ended"), 18, wraps=True),
            Column(tr("PdfReport", "Pain"), 9, wraps=True),
        ]
        self.table(tr("PdfReport", "Cold sessions"), columns, rows)
        self.small_print(
            tr(
                "PdfReport",
                "Minutes: how long the pack was on (pauses and off-phases left out) / minutes "
                "of cold planned. "
                "Pain: before → after the session (0 to 10). Under each session: the barrier, "
                "then the skin checks (how many, how the skin looked, the last answers on "
                "sensation and pain).",
            )
        )

    def session_detail(self, session: SessionRecord) -> str:
        """The barrier, water and on/off minutes, and the skin checks of one session."""
        tr, words = self.translate, self.words
        parts = []
        if words.has_barrier(session.modality, session.barrier):
            parts.append(words.barrier(session.barrier))
        if session.water_temp_c is not None:
            degrees = words.number(session.water_temp_c)
            parts.append(tr("PdfReport", "water {degrees} °C").format(degrees=degrees))
        if session.protocol is not None:
            protocol = session.protocol
            parts.append(
                tr("PdfReport", "{on} min on, {off} off, {again} on").format(
                    on=protocol.first_on_minutes,
                    off=protocol.off_minutes,
                    again=protocol.second_on_minutes,
                )
            )
        checks = self.skin_checks(self.data.skin_checks.get(session.id or -1, ()))
        if checks:
            parts.append(checks)
        return " · ".join(parts)

    def minutes(self, session: SessionRecord) -> str:
        planned, cold = session.planned_minutes, session.cold_minutes
        return f"– / {planned}" if cold is None else f"{round(cold)} / {planned}"

    def ending(self, session: SessionRecord) -> str:
        tr, words = self.translate, self.words
        if session.outcome is None:
            return tr("PdfReport", "Not finished")
        text = tr("PdfReport", OUTCOME_NAMES[session.outcome])
        if session.stop_signs:
            text = f"{text}: {words.signs(session.stop_signs)}"
        if session.caregiver_present:
            text = f"{text}; " + tr("PdfReport", "caregiver present")
        return text

    def skin_checks(self, checks: Sequence[SkinCheck]) -> str:
        """``3 skin checks, skin normal; aching, pain better`` (the last answers)."""
        if not checks:
            return ""
        tr, data = self.translate, self.data
        looks = dict.fromkeys(tr("PdfReport", LOOK_NAMES[c.look]) for c in checks)
        symptoms = sorted({s for c in checks for s in c.symptoms})
        last = checks[-1]
        answers = [
            tr("PdfReport", SENSATION_NAMES[last.sensation]),
            tr("PdfReport", PAIN_CHANGE_NAMES[last.pain]),
            *(tr("PdfReport", SYMPTOM_NAMES[symptom]) for symptom in symptoms),
        ]
        count = self.words.counted(SKIN_CHECKS, len(checks))
        text = ", ".join([count, *looks]) + "; " + ", ".join(answers)
        edited = any(data.is_edited(RecordKind.SKIN_CHECK, c.id) for c in checks)
        return self.words.edited(text, edited)

    def visits_table(self) -> None:
        tr, words = self.translate, self.words
        visits = self.data.visits
        if not visits:
            return
        rows = [
            Row(
                [
                    words.when(visit.visited_at),
                    words.number(visit.minutes),
                    tr("PdfReport", FEELING_NAMES[visit.feeling]),
                ],
                note=visit.note,
            )
            for visit in visits
        ]
        columns = [
            Column(tr("PdfReport", "Visited"), 30),
            Column(tr("PdfReport", "Minutes"), 15, RIGHT),
            Column(tr("PdfReport", "How it felt"), 55, wraps=True),
        ]
        self.table(tr("PdfReport", "Whole-body cryotherapy at a clinic"), columns, rows)

    # ----------------------------------------------------------------- exercises

    def exercises_section(self) -> None:
        tr, words = self.translate, self.words
        summary = self.summary
        if summary.overall.scheduled:
            rows = [
                Row([tr("PdfReport", KIND_NAMES[kind]), *words.adherence(kept)])
                for kind, kept in summary.by_kind.items()
            ]
            self.table(
                tr("PdfReport", "Plan kept by kind"),
                self.adherence_columns(tr("PdfReport", "Kind")),
                rows,
            )
            weeks = [
                Row([words.day(monday), *words.adherence(kept)])
                for monday, kept in summary.weekly.items()
            ]
            self.table(
                tr("PdfReport", "Plan kept by week"),
                self.adherence_columns(tr("PdfReport", "Week from Monday")),
                weeks,
            )
            self.skip_reasons()
        else:
            self.flow.paragraph(tr("PdfReport", "Nothing planned was due in this period."))
        self.exercises_done()

    def skip_reasons(self) -> None:
        tr = self.translate
        reasons = Counter(
            log.skip_reason for log in self.data.logs.values() if log.skip_reason is not None
        )
        if not reasons:
            return
        rows = [
            Row([tr("SkipReason", SKIP_REASON_NAMES[reason]), str(count)])
            for reason, count in reasons.most_common()
        ]
        columns = [
            Column(tr("PdfReport", "Reason"), 70, wraps=True),
            Column(tr("PdfReport", "Times"), 15, RIGHT),
        ]
        self.table(tr("PdfReport", "Why planned items were skipped"), columns, rows)

    def exercises_done(self) -> None:
        tr, words = self.translate, self.words
        done: dict[int, list[ExerciseCompletion]] = defaultdict(list)
        for completion in self.data.completions:
            done[completion.exercise_id].append(completion)
        if not done:
            self.flow.paragraph(tr("PdfReport", "No exercises were done in this period."))
            return
        rows = []
        for exercise_id, completions in done.items():
            efforts = Counter(c.effort for c in completions)
            pains = [c.pain for c in completions if c.pain is not None]
            rows.append(
                Row(
                    [
                        words.exercise(self.data.exercises.get(exercise_id)),
                        str(len(completions)),
                        ", ".join(
                            f"{tr('Effort', EFFORT_NAMES[effort])} {efforts[effort]}"
                            for effort in Effort
                            if efforts[effort]
                        ),
                        f"{min(pains)}–{max(pains)}" if pains else "",
                    ]
                )
            )
        columns = [
            Column(tr("PdfReport", "Exercise"), 32, wraps=True),
            Column(tr("PdfReport", "Times done"), 12, RIGHT, wraps=True),
            Column(tr("PdfReport", "How hard it felt (times)"), 36, wraps=True),
            Column(tr("PdfReport", "Pain afterwards, lowest–highest"), 20, RIGHT, wraps=True),
        ]
        self.table(tr("PdfReport", "Exercises done"), columns, rows)

    # ----------------------------------------------------------------- safety

    def safety_section(self) -> None:
        tr, words, flow = self.translate, self.words, self.flow
        profile = self.data.profile
        if profile.review_required_since is not None:
            flow.paragraph(
                tr(
                    "PdfReport",
                    "No cold anywhere until a clinician review is recorded (since {day}).",
                ).format(day=words.day(profile.review_required_since.astimezone(words.tz).date())),
                self.style.bold,
            )
        period = self.data.period
        for review in profile.reviews:
            if period.first <= review.reviewed_on <= period.last:
                flow.paragraph(
                    tr("PdfReport", "Clinician review on {day} by {who}.").format(
                        day=words.day(review.reviewed_on), who=review.by_whom
                    )
                )
        self.events_table()
        self.corrections()
        self.deletions()

    def events_table(self) -> None:
        tr, words = self.translate, self.words
        events = self.data.events
        if not events:
            self.flow.paragraph(tr("PdfReport", "No warning signs in this period."))
            return
        rows = [
            Row(
                [
                    words.edited(
                        words.when(event.occurred_at),
                        self.data.is_edited(RecordKind.ADVERSE_EVENT, event.id),
                    ),
                    words.site(event.site),
                    words.signs(event.signs),
                    self.what_followed(event),
                    tr("PdfReport", SOURCE_NAMES[event.source]),
                ],
                note=event.note,
            )
            for event in events
        ]
        columns = [
            Column(tr("PdfReport", "When"), 20, wraps=True),
            Column(tr("PdfReport", "Place"), 18, wraps=True),
            Column(tr("PdfReport", "Signs"), 20, wraps=True),
            Column(tr("PdfReport", "What was done"), 28, wraps=True),
            Column(tr("PdfReport", "Noticed at"), 14, wraps=True),
        ]
        self.table(tr("PdfReport", "Warning signs"), columns, rows)

    def corrections(self) -> None:
        tr, words = self.translate, self.words
        rows = [
            Row([tr("RecordKind", RECORD_KIND_NAMES[kind]), words.when(when), what])
            for kind, when, what in self.edited_records()
        ]
        if not rows:
            self.flow.heading(tr("PdfReport", "Records edited after they were entered"))
            self.flow.paragraph(
                tr(
                    "PdfReport",
                    "None: no cold session, skin check or warning sign of this period was "
                    "changed after it was entered.",
                )
            )
            return
        columns = [
            Column(tr("PdfReport", "Record"), 22, wraps=True),
            Column(tr("PdfReport", "Of"), 24),
            Column(tr("PdfReport", "What"), 54, wraps=True),
        ]
        self.table(tr("PdfReport", "Records edited after they were entered"), columns, rows)
        self.small_print(
            tr(
                "PdfReport",
                "Each change is kept in ColdCare's audit trail with the record before and after.",
            )
        )

    def deletions(self) -> None:
        """Safety records deleted in the period: they are gone from the tables above, and a
        physiotherapist should still know that a warning sign or a session was recorded."""
        deleted = self.data.deleted
        if not deleted:
            return
        tr, words = self.translate, self.words
        rows = [
            Row(
                [
                    tr("RecordKind", RECORD_KIND_NAMES[gone.kind]),
                    words.when(gone.happened_at),
                    words.site(BodySite.parse(gone.site_code)) if gone.site_code else "",
                    words.when(gone.deleted_at),
                ]
            )
            for gone in deleted
        ]
        columns = [
            Column(tr("PdfReport", "Record"), 22, wraps=True),
            Column(tr("PdfReport", "Of"), 24),
            Column(tr("PdfReport", "Place"), 30, wraps=True),
            Column(tr("PdfReport", "Deleted on"), 24),
        ]
        self.table(tr("PdfReport", "Records deleted"), columns, rows)
        self.small_print(
            tr(
                "PdfReport",
                "A deleted record is kept in ColdCare's audit trail as it was before.",
            )
        )

    def edited_records(self) -> list[tuple[RecordKind, datetime, str]]:
        data, words = self.data, self.words
        found: list[tuple[RecordKind, datetime, str]] = []
        for session in data.sessions:
            place = f"{words.site(session.site)}, {words.modality(session.modality)}"
            if data.is_edited(RecordKind.SESSION, session.id):
                found.append((RecordKind.SESSION, session.started_at, place))
            for check in data.skin_checks.get(session.id or -1, ()):
                if data.is_edited(RecordKind.SKIN_CHECK, check.id):
                    found.append((RecordKind.SKIN_CHECK, check.answered_at, place))
        for event in data.events:
            if data.is_edited(RecordKind.ADVERSE_EVENT, event.id):
                what = ", ".join(p for p in (words.site(event.site), words.signs(event.signs)) if p)
                found.append((RecordKind.ADVERSE_EVENT, event.occurred_at, what))
        return sorted(found, key=lambda entry: entry[1])

    # ----------------------------------------------------------------- plan

    def plan_section(self) -> None:
        tr, words = self.translate, self.words
        items = sorted(self.data.active_plan, key=lambda item: (item.at, item.position))
        if not items:
            self.flow.paragraph(tr("PdfReport", "There is no plan."))
            return
        rows = [
            Row(
                [
                    f"{item.at:%H:%M}",
                    words.weekdays(item.weekdays),
                    item.label,
                    self.plan_details(item),
                    self.plan_dates(item),
                ]
            )
            for item in items
        ]
        columns = [
            Column(tr("PdfReport", "Time"), 9),
            Column(tr("PdfReport", "Days"), 20, wraps=True),
            Column(tr("PdfReport", "Item"), 22, wraps=True),
            Column(tr("PdfReport", "Details"), 33, wraps=True),
            Column(tr("PdfReport", "Dates"), 16, wraps=True),
        ]
        caption = tr("PdfReport", "The plan on {day}").format(
            day=words.day(self.now.astimezone(words.tz).date())
        )
        self.table(caption, columns, rows)

    def plan_details(self, item: PlanItem) -> str:
        tr, words = self.translate, self.words
        if item.kind is ItemKind.EXERCISE:
            exercise = self.data.exercises.get(item.exercise_id or -1)
            if exercise is None:
                return words.exercise(None)
            return tr("PdfReport", "{name}: {sets} × {reps}").format(
                name=words.exercise(exercise), sets=exercise.sets, reps=exercise.reps
            )
        minutes = item.protocol.total_minutes if item.protocol else item.minutes
        text = tr("PdfReport", "{site}\n{modality}, {minutes} min").format(
            site=words.site(item.site), modality=words.modality(item.modality), minutes=minutes
        )
        if words.has_barrier(item.modality, item.barrier):
            text = f"{text}\n{words.barrier(item.barrier)}"
        return text

    def plan_dates(self, item: PlanItem) -> str:
        tr, words = self.translate, self.words
        if item.end_date is None:
            return tr("PdfReport", "from {day}").format(day=words.day(item.start_date))
        return tr("PdfReport", "{first} to {last}").format(
            first=words.day(item.start_date), last=words.day(item.end_date)
        )
