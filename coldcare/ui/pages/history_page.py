"""History & insights (product.md screen 5): what a period says about the person, summary first.

1. The pain trend: daily points, the 7-day mean and the pain bands (``pain_chart``), and a
   sentence that says the same ("Pain went from 6.2 to 3.9 (7-day average) — 2.3 points
   lower").
2. Pain before and after the most recent sessions.
3. What helps: per spot and kind of cold, the mean change and how often it was meaningful,
   with the source of that threshold.
4. Adherence: cold sessions and exercises done of those planned, then week by week.
5. Warning signs of the period and the alerts a physiotherapist should see.

Every number comes from ``summarize(gather(...))``, the same the PDF report prints. The page
re-reads when the period or the profile changes, when :meth:`HistoryPage.refresh` is called
(a session ended, a check-in was saved) and when it is shown after something changed.

pyqtgraph and numpy are slow to import (a quarter of a second), so the chart's module is not
imported with this one: the app imports it on a thread of its own once started
(``coldcare.app.CHART_MODULE``), and the page the first time it shows data.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, Protocol, cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.audit import RecordKind
from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.pain_stats import MCID_SOURCE, Alert, AlertKind, Baseline
from coldcare.domain.plan import ItemKind
from coldcare.domain.records import AdverseEvent
from coldcare.reports.dataset import Period, ReportData, gather
from coldcare.reports.summary import Summary, summarize
from coldcare.ui.i18n import translate
from coldcare.ui.plan_words import site_words
from coldcare.ui.state import AppState
from coldcare.ui.widgets.common import (
    AdaptiveRow,
    IconPainter,
    Notice,
    NoticeKind,
    card,
    discard,
    field_label,
    muted,
    scrolling,
    subheading,
)
from coldcare.ui.widgets.insight_tables import (
    ChangesTable,
    EffectsTable,
    WeeklyTable,
    adherence_text,
    date_text,
    moment_text,
    number_text,
)
from coldcare.ui.words import in_sentence

if TYPE_CHECKING:
    from coldcare.ui.widgets.pain_chart import PainChart

RECENT_SESSIONS = 10
VISIBLE_WEEKS = 8
# "Everything" reads from here, then starts the period at the first record found.
_EARLIEST = date(1970, 1, 1)


class HistoryPeriod(Enum):
    """The periods the page offers: (label, days back; ``None`` for everything)."""

    DAYS_30 = (QT_TRANSLATE_NOOP("History", "Last 30 days"), 30)
    DAYS_90 = (QT_TRANSLATE_NOOP("History", "Last 90 days"), 90)
    MONTHS_12 = (QT_TRANSLATE_NOOP("History", "Last 12 months"), 365)
    EVERYTHING = (QT_TRANSLATE_NOOP("History", "Everything since the first record"), None)

    @property
    def label(self) -> str:
        """The untranslated label (context ``History``)."""
        return str(self.value[0])

    def first_day(self, today: date) -> date:
        """The first day of the period that ends ``today``."""
        days = self.value[1]
        return _EARLIEST if days is None else today - timedelta(days=days - 1)


class RecordsPane(Protocol):
    """The "All records" table (a QWidget): every record of the period, to filter, edit and
    delete. It is handed the period's data on every re-read and says when it changed some."""

    @property
    def changed(self) -> SignalInstance:
        """Emitted after an edit, a deletion or an undo."""
        ...

    def show_data(self, data: ReportData) -> None:
        """Show the records of ``data``."""
        ...


def first_record_day(data: ReportData) -> date | None:
    """The local day of the oldest record in ``data`` (``None`` when there is none)."""
    firsts = [
        *(s.started_at for s in data.sessions[:1]),
        *(r.rated_at for r in data.ratings[:1]),
        *(p.answered_at for p in data.pegs[:1]),
        *(e.occurred_at for e in data.events[:1]),
        *(v.visited_at for v in data.visits[:1]),
        *(c.completed_at for c in data.completions[:1]),
    ]
    days = [moment.astimezone(data.period.tz).date() for moment in firsts]
    days += [day for _item, day in data.logs]
    return min(days, default=None)


class HistoryPage(QWidget):
    """History & insights of the active profile.

    Signals:
        today_requested: go to Today (the empty chart offers it, to rate pain there).
    """

    today_requested = Signal()

    def __init__(
        self, state: AppState, records: RecordsPane | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._records = records
        self._records_due: ReportData | None = None  # read, not yet handed to the records tab
        self._painter = IconPainter(state, self)
        self._stale = True
        self._read_on: date | None = None
        self.summary: Summary | None = None
        self.chart: PainChart | None = None
        self._notices: list[Notice] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self._build_top())
        insights = scrolling(self._build_insights())
        if records is None:
            layout.addWidget(insights, 1)
        else:
            layout.addWidget(self._build_tabs(insights, records), 1)
        state.profile_changed.connect(lambda _profile: self.refresh())
        state.appearance_changed.connect(lambda _look: self._restyle())

    # ------------------------------------------------------------------ building

    def _build_top(self) -> QWidget:
        row = AdaptiveRow()
        title = QLabel(translate("History", "History"))
        title.setProperty("role", "title")
        row.add(title, 1)
        self.period = QComboBox()
        for choice in HistoryPeriod:
            self.period.addItem(translate("History", choice.label), choice)
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.setCurrentIndex(list(HistoryPeriod).index(HistoryPeriod.DAYS_90))
        self.period.currentIndexChanged.connect(lambda _index: self._reload())
        chooser = QWidget()
        line = QHBoxLayout(chooser)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field_label(translate("History", "Show:"), self.period))
        line.addWidget(self.period)
        line.addStretch(1)
        self.period.setAccessibleName(translate("History", "Period shown"))
        row.add(chooser, 0)
        return row

    def _build_tabs(self, insights: QWidget, records: RecordsPane) -> QTabWidget:
        assert isinstance(records, QWidget)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(insights, translate("History", "Insights"))
        self.tabs.addTab(records, translate("History", "All records"))
        records.changed.connect(self.refresh)
        self.tabs.currentChanged.connect(lambda _index: self._hand_records())
        return self.tabs

    def _hand_records(self) -> None:
        """Give the records tab the period's records when it is the tab on show: a year of
        records takes longer to list than the insights take to draw."""
        if self._records is None or self._records_due is None:
            return
        if self.tabs.currentWidget() is self._records:
            self._records.show_data(self._records_due)
            self._records_due = None

    def _build_insights(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self._build_trend())
        layout.addWidget(self._build_changes())
        layout.addWidget(self._build_effects())
        columns = AdaptiveRow(min_chars=44)
        columns.add(self._build_adherence(), 1)
        columns.add(self._build_warnings(), 1)
        layout.addWidget(columns)
        layout.addStretch(1)
        return content

    def _build_trend(self) -> QWidget:
        frame, self._trend = card(translate("History", "Pain trend"))
        self.trend_text = QLabel()
        self.trend_text.setProperty("role", "what-now")
        self.trend_text.setWordWrap(True)
        self.empty = QWidget()
        empty = QVBoxLayout(self.empty)
        empty.setContentsMargins(0, 0, 0, 0)
        self.empty_text = muted(
            translate("History", "No pain ratings yet in this period. Rate your pain on Today.")
        )
        go = QPushButton(translate("History", "Go to Today"))
        go.setAccessibleName(translate("History", "Go to Today to rate your pain"))
        go.clicked.connect(self.today_requested.emit)
        empty.addWidget(self.empty_text)
        empty.addWidget(go, 0, Qt.AlignmentFlag.AlignLeft)
        self._trend.addWidget(self.trend_text)
        self._trend.addWidget(self.empty)
        return frame

    def _build_changes(self) -> QWidget:
        frame, layout = card(
            translate("History", "Before and after each session"),
            translate("History", "Pain (0 to 10) before and after the most recent sessions."),
        )
        self.changes = ChangesTable(RECENT_SESSIONS)
        self.no_changes = muted(
            translate("History", "No session in this period has pain rated before and after.")
        )
        layout.addWidget(self.changes)
        layout.addWidget(self.no_changes)
        layout.addStretch(1)
        return frame

    def _build_effects(self) -> QWidget:
        frame, layout = card(
            translate("History", "What helps you"),
            translate(
                "History",
                "For each spot and kind of cold: how much pain changed on average, and how "
                "often it dropped enough to make a real difference.",
            ),
        )
        self.effects = EffectsTable()
        self.no_effects = muted(translate("History", "Not enough sessions yet to compare."))
        self.source = muted(
            translate("History", "Source: {source}").format(
                source=translate("PainStats", MCID_SOURCE)
            )
        )
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.effects, self.no_effects, self.source):
            layout.addWidget(widget)
        layout.addStretch(1)
        return frame

    def _build_adherence(self) -> QWidget:
        frame, layout = card(
            translate("History", "Doing the plan"),
            translate("History", "What was done of what was planned; skipped ones had a reason."),
        )
        self.cold_done = QLabel()
        self.exercise_done = QLabel()
        for label in (self.cold_done, self.exercise_done):
            label.setWordWrap(True)
            layout.addWidget(label)
        self.weeks_heading = subheading(translate("History", "Week by week, newest first"))
        self.weekly = WeeklyTable(VISIBLE_WEEKS)
        layout.addWidget(self.weeks_heading)
        layout.addWidget(self.weekly)
        return frame

    def _build_warnings(self) -> QWidget:
        frame, self._warnings = card(
            translate("History", "Warning signs and alerts"),
            translate(
                "History",
                "Sessions stopped for a warning sign, and patterns worth telling your "
                "physiotherapist about.",
            ),
        )
        self._warnings.addStretch(1)
        return frame

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Re-read the period now if the page is on screen, else the next time it shows."""
        self._stale = True
        if self.isVisible():
            self._reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Re-read if something changed (or the day turned) while the page was hidden."""
        super().showEvent(event)
        if self._stale or self._read_on != self._today():
            self._reload()

    def warning_texts(self) -> list[str]:
        """The warning signs and alerts on show, in order."""
        return [notice.text() for notice in self._notices]

    def chosen_period(self) -> HistoryPeriod:
        """The period on show."""
        return cast(HistoryPeriod, self.period.currentData())

    def _today(self) -> date:
        return self._state.clock.now().astimezone(self._state.tz).date()

    def _reload(self) -> None:
        profile = self._state.profile
        if profile is None or profile.id is None:
            return
        now = self._state.clock.now()
        today = self._today()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = self._gather(profile.id, today)
            self.summary = summarize(data, now)
        finally:
            QApplication.restoreOverrideCursor()
        self._stale = False
        self._read_on = today
        self._show(self.summary)
        self._records_due = data
        self._hand_records()

    def _gather(self, profile_id: int, today: date) -> ReportData:
        tz = self._state.tz
        chosen = self.chosen_period()
        sources = self._state.repositories.report_sources()
        data = gather(sources, profile_id, chosen.first_day(today), today, tz)
        if chosen is HistoryPeriod.EVERYTHING:
            first = min(first_record_day(data) or today, today)
            data = dataclasses.replace(data, period=Period(first, today, tz))
        return data

    # ------------------------------------------------------------------ showing

    def _show(self, summary: Summary) -> None:
        self._show_trend(summary)
        self._show_changes(summary)
        self._show_effects(summary)
        self._show_adherence(summary)
        self._show_warnings(summary)

    def _show_trend(self, summary: Summary) -> None:
        has_points = bool(summary.points)
        self.empty.setVisible(not has_points)
        self.trend_text.setVisible(has_points)
        if not has_points:
            if self.chart is not None:
                self.chart.hide()
            return
        chart = self._chart()
        chart.show()
        period = summary.data.period
        chart.show_points(summary.points, period.first, period.last)
        self.trend_text.setText(trend_sentence(summary.baseline, self.locale()))
        chart.setAccessibleDescription(self.trend_text.text())

    def _chart(self) -> PainChart:
        if self.chart is None:
            from coldcare.ui.widgets.pain_chart import PainChart  # noqa: PLC0415 - see above

            self.chart = PainChart(self._state.appearance)
            self._trend.insertWidget(1, self.chart)
        return self.chart

    def _show_changes(self, summary: Summary) -> None:
        recent = list(reversed(summary.changes[-RECENT_SESSIONS:]))
        self.changes.show_changes(recent, self._state.tz)
        self.changes.setVisible(bool(recent))
        self.no_changes.setVisible(not recent)

    def _show_effects(self, summary: Summary) -> None:
        self.effects.show_effects(summary.effects)
        for widget in (self.effects, self.source):
            widget.setVisible(bool(summary.effects))
        self.no_effects.setVisible(not summary.effects)

    def _show_adherence(self, summary: Summary) -> None:
        locale = self.locale()
        self.cold_done.setText(
            translate("History", "Cold sessions: {done}").format(
                done=adherence_text(locale, summary.by_kind[ItemKind.COLD])
            )
        )
        self.exercise_done.setText(
            translate("History", "Exercises: {done}").format(
                done=adherence_text(locale, summary.by_kind[ItemKind.EXERCISE])
            )
        )
        self.weekly.show_weeks(summary.weekly)
        planned = summary.overall.scheduled > 0
        self.weeks_heading.setVisible(planned)
        self.weekly.setVisible(planned)

    def _show_warnings(self, summary: Summary) -> None:
        for notice in self._notices:
            discard(notice)
        self._notices = []
        data = summary.data
        for event in reversed(data.events):
            edited = data.is_edited(RecordKind.ADVERSE_EVENT, event.id)
            self._notice(event_text(event, edited, self.locale(), data.period.tz), "stop")
        for alert in summary.alerts:
            kind: NoticeKind = "info" if alert.kind is AlertKind.GAP else "caution"
            self._notice(alert_text(alert, self.locale()), kind)
        if not self._notices:
            self._notice(translate("History", "No warning signs and no alerts."), "safe")

    def _notice(self, text: str, kind: NoticeKind) -> None:
        notice = Notice(self._painter)
        notice.show_message(text, kind)
        self._warnings.insertWidget(self._warnings.count() - 1, notice)
        self._notices.append(notice)

    def _restyle(self) -> None:
        if self.chart is not None:
            self.chart.set_appearance(self._state.appearance)


# ----------------------------------------------------------------------------- words


def trend_sentence(baseline: Baseline, locale: QLocale) -> str:
    """The trend in words: "Pain went from 6.2 to 3.9 (7-day average) — 2.3 points lower".

    The change is that of the two numbers as shown, so it always equals their difference.
    """
    if baseline.first is None or baseline.latest is None:
        return ""
    first, latest = as_shown(baseline.first), as_shown(baseline.latest)
    change = as_shown(latest - first)
    if change == 0:
        return translate("History", "Pain stayed at {latest} (7-day average)").format(
            latest=number_text(locale, latest)
        )
    template = (
        translate(
            "History", "Pain went from {first} to {latest} (7-day average) — {by} points lower"
        )
        if change < 0
        else translate(
            "History", "Pain went from {first} to {latest} (7-day average) — {by} points higher"
        )
    )
    return template.format(
        first=number_text(locale, first),
        latest=number_text(locale, latest),
        by=number_text(locale, abs(change)),
    )


def as_shown(value: float) -> float:
    """``value`` rounded to one decimal as :func:`number_text` rounds it."""
    return float(QLocale.c().toString(float(value), "f", 1))


def alert_text(alert: Alert, locale: QLocale) -> str:
    """An alert in the person's language, its dates as they read them."""
    return alert.filled(translate("PainStats", alert.template), partial(date_text, locale))


def event_text(event: AdverseEvent, edited: bool, locale: QLocale, tz: ZoneInfo) -> str:
    """An adverse event in words: when, where, the signs, and what followed."""
    signs = ", ".join(sorted(translate("StopSign", s.display_name) for s in event.signs))
    when = moment_text(locale, event.occurred_at, tz)
    signs = signs or translate("History", "not recorded")
    text = (
        translate("History", "{when} — warning sign at the {site}: {signs}.").format(
            when=when, site=in_sentence(site_words(event.site)), signs=signs
        )
        if event.site is not None
        else translate("History", "{when} — warning sign: {signs}.").format(when=when, signs=signs)
    )
    followed = []
    if event.lock_until is not None:
        followed.append(
            translate("History", "No cold there until {when}.").format(
                when=moment_text(locale, event.lock_until, tz)
            )
        )
    if event.review_needed:
        followed.append(translate("History", "A doctor's check was asked for."))
    if event.call_emergency:
        followed.append(translate("History", "Emergency help was advised."))
    if edited:
        followed.append(translate("History", "(Changed afterwards.)"))
    return " ".join([text, *followed])
