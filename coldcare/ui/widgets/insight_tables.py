"""The tables of the History page and the words their numbers are said in.

Every number comes from :class:`~coldcare.reports.summary.Summary`; these only put it in
words: a change is said with its sign AND a word ("−3: lower, a meaningful change"), a share
as "9 of 12 done (75 %)", never by colour alone. Each table is a read-only, focusable
QTableWidget (Tab enters and leaves it; arrows move between cells, which screen readers read).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from coldcare.domain.pain_stats import Effect, SessionChange
from coldcare.domain.plan import Adherence
from coldcare.domain.shares import whole_percent
from coldcare.domain.vocabulary import BodySite, Modality
from coldcare.ui.i18n import translate
from coldcare.ui.plan_words import site_words
from coldcare.ui.words import in_sentence

MINUS = "\u2212"


# ----------------------------------------------------------------------------- words


def number_text(locale: QLocale, value: float, decimals: int = 1) -> str:
    """``value`` with ``decimals`` decimals in the person's notation ("3.9", "3,9")."""
    return locale.toString(float(value), "f", decimals)


def signed_text(locale: QLocale, change: float, decimals: int) -> str:
    """A change with its sign: "−2.3", "+1", "0"."""
    rounded = round(change, decimals)
    if rounded == 0:
        return number_text(locale, 0, decimals)
    return f"{MINUS if rounded < 0 else '+'}{number_text(locale, abs(rounded), decimals)}"


def direction_words(change: float, decimals: int) -> str:
    """Which way pain went: "lower", "higher" or "no change" (at the precision shown)."""
    if round(change, decimals) < 0:
        return translate("History", "lower")
    if round(change, decimals) > 0:
        return translate("History", "higher")
    return translate("History", "no change")


def session_change_text(locale: QLocale, change: SessionChange) -> str:
    """A session's change: "−3: lower, a meaningful change", "+1: higher", "0: no change"."""
    after_minus_before = -change.drop
    words = direction_words(after_minus_before, 0)
    if change.meaningful:
        words = translate("History", "{direction}, a meaningful change").format(direction=words)
    return f"{signed_text(locale, after_minus_before, 0)}: {words}"


def share_text(locale: QLocale, part: int, whole: int, template: str = "") -> str:
    """A part of a whole: "7 of 10 (70 %)", or in ``template`` (translated; with ``{part}``,
    ``{whole}`` and ``{percent}``)."""
    percent = locale.toString(whole_percent(part / whole)) if whole else "0"
    return (template or translate("History", "{part} of {whole} ({percent} %)")).format(
        part=locale.toString(part), whole=locale.toString(whole), percent=percent
    )


def adherence_text(locale: QLocale, done: Adherence) -> str:
    """Adherence: "40 of 45 (89 %) done, 3 skipped, 2 missed" or "nothing planned"."""
    if not done.scheduled:
        return translate("History", "nothing planned")
    return translate("History", "{share} done, {skipped} skipped, {missed} missed").format(
        share=share_text(locale, done.done, done.scheduled),
        skipped=locale.toString(done.skipped),
        missed=locale.toString(done.missed),
    )


def date_text(locale: QLocale, day: date) -> str:
    """A day as "Mon 2 Mar 2026" in the person's language."""
    pattern = translate("History", "ddd d MMM yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def moment_text(locale: QLocale, moment: datetime, tz: tzinfo) -> str:
    """A moment as "Mon 2 Mar 2026, 09:15" in the person's time zone."""
    local = moment.astimezone(tz)
    clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return translate("History", "{day}, {time}").format(
        day=date_text(locale, local.date()), time=clock
    )


def where_text(site: BodySite, modality: Modality) -> str:
    """Where and with what: "Left knee, gel pack"."""
    return translate("History", "{site}, {modality}").format(
        site=site_words(site), modality=in_sentence(translate("Modality", modality.display_name))
    )


# ----------------------------------------------------------------------------- tables


class InsightTable(QTableWidget):
    """A read-only table as tall as its rows, up to ``visible_rows``; then it scrolls."""

    def __init__(
        self, name: str, headers: Sequence[str], stretch: int, visible_rows: int = 12
    ) -> None:
        super().__init__(0, len(headers))
        self._visible_rows = visible_rows
        self._stretch = stretch
        self.setAccessibleName(name)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def show_rows(self, rows: Sequence[Sequence[str]]) -> None:
        """Replace the rows (each a sequence of cell texts)."""
        self.clearContents()
        self.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.setItem(row, column, item)
        self._fit()

    def rows(self) -> list[list[str]]:
        """The cell texts, row by row (what a reader sees)."""
        return [
            [self._cell(row, column) for column in range(self.columnCount())]
            for row in range(self.rowCount())
        ]

    def headers(self) -> list[str]:
        """The column headings."""
        return [self._heading(column) for column in range(self.columnCount())]

    def _cell(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def _heading(self, column: int) -> str:
        item = self.horizontalHeaderItem(column)
        return item.text() if item is not None else ""

    def _fit(self) -> None:
        """Columns that share the width, rows as tall as their wrapped text (and a little
        air), and the table as tall as its first ``visible_rows``."""
        self._fit_columns()
        self.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() * 7 // 4)
        self.resizeRowsToContents()
        shown = min(self.rowCount(), self._visible_rows)
        rows = sum(self.rowHeight(row) for row in range(shown))
        header = self.horizontalHeader().sizeHint().height()
        scroll_bar = self.horizontalScrollBar()
        extra = scroll_bar.sizeHint().height() if scroll_bar.maximum() > 0 else 0
        self.setFixedHeight(header + rows + extra + 2 * self.frameWidth())

    def _fit_columns(self) -> None:
        """Each column as wide as its text when all fit (the stretching one takes the rest);
        otherwise the short ones keep their width and the long ones, wrapped, share what is
        left, each never narrower than its heading or its longest word."""
        header = self.horizontalHeader()
        columns = range(self.columnCount())
        headings = [header.sectionSizeFromContents(c).width() for c in columns]
        natural = [max(self.sizeHintForColumn(c), headings[c]) for c in columns]
        room = self.viewport().width()
        if sum(natural) <= room:
            widths = list(natural)
            widths[self._stretch] += room - sum(natural)
        else:
            fair = room // len(natural)
            least = [
                max(headings[c], self._longest_word(c)) if natural[c] > fair else natural[c]
                for c in columns
            ]
            spare = max(0, room - sum(least))
            wanted = sum(natural) - sum(least)  # 0 when no column can be narrower
            widths = [least[c] + (natural[c] - least[c]) * spare // max(wanted, 1) for c in columns]
        for column, width in zip(columns, widths, strict=True):
            header.resizeSection(column, width)

    def _longest_word(self, column: int) -> int:
        """The width of the longest word in ``column``, with the cell's margins."""
        metrics = self.fontMetrics()
        words = {word for row in range(self.rowCount()) for word in self._cell(row, column).split()}
        margins = 4 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin)
        return max((metrics.horizontalAdvance(word) for word in words), default=0) + margins

    def changeEvent(self, event: QEvent) -> None:
        """Follow a new text size."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width wraps the text differently."""
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()


class ChangesTable(InsightTable):
    """Pain before and after the most recent sessions, newest first."""

    def __init__(self, visible_rows: int) -> None:
        super().__init__(
            translate("History", "Pain before and after each session"),
            [
                translate("History", "When"),
                translate("History", "Where"),
                translate("History", "Pain"),
                translate("History", "Change"),
            ],
            1,
            visible_rows,
        )

    def show_changes(
        self,
        changes: Sequence[SessionChange],
        tz: tzinfo,
    ) -> None:
        """``changes`` in the order given (the page gives the newest first)."""
        locale = self.locale()
        self.show_rows(
            [
                [
                    moment_text(locale, c.session.started_at, tz),
                    where_text(c.session.site, c.session.modality),
                    f"{c.before} → {c.after}",
                    session_change_text(locale, c),
                ]
                for c in changes
            ]
        )


class EffectsTable(InsightTable):
    """Per site and cold: sessions, mean change, and how often it reached a meaningful change."""

    def __init__(self) -> None:
        super().__init__(
            translate("History", "What helps: change in pain per spot and kind of cold"),
            [
                translate("History", "Where"),
                translate("History", "Average"),
                translate("History", "Meaningful"),
            ],
            0,
        )

    def show_effects(self, effects: Sequence[Effect]) -> None:
        """``effects`` in the order given (the domain puts the most used first)."""
        locale = self.locale()
        self.show_rows(
            [
                [
                    where_text(e.site, e.modality),
                    f"{signed_text(locale, -e.mean_drop, 1)}: {direction_words(-e.mean_drop, 1)}",
                    share_text(
                        locale,
                        round(e.meaningful_share * e.sessions),
                        e.sessions,
                        translate("History", "{part} of {whole} sessions ({percent} %)"),
                    ),
                ]
                for e in effects
            ]
        )


class WeeklyTable(InsightTable):
    """Adherence per week, newest first."""

    def __init__(self, visible_rows: int) -> None:
        super().__init__(
            translate("History", "Plan done per week"),
            [
                translate("History", "Week"),
                translate("History", "Done"),
                translate("History", "Skipped"),
                translate("History", "Missed"),
            ],
            3,
            visible_rows,
        )

    def show_weeks(self, weekly: Mapping[date, Adherence]) -> None:
        """``weekly`` keyed by each week's Monday; weeks with nothing planned are left out."""
        locale = self.locale()
        self.show_rows(
            [
                [
                    date_text(locale, monday),
                    translate("History", "{share} done").format(
                        share=share_text(locale, week.done, week.scheduled)
                    ),
                    locale.toString(week.skipped),
                    locale.toString(week.missed),
                ]
                for monday, week in sorted(weekly.items(), reverse=True)
                if week.scheduled
            ]
        )
