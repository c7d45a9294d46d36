"""History & insights on Anna's stored records (real SQLite), at Monday 2 March 2026, 10:00
Berlin: the trend, the sessions before and after, what helps, adherence, warning signs."""

from __future__ import annotations

import dataclasses
import math
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coldcare.app import sqlite_repositories
from coldcare.domain.pain_stats import Baseline
from coldcare.domain.plan import OccurrenceLog, PlanItem, SkipReason
from coldcare.domain.records import PainContext, PainRating, Profile
from coldcare.reports.dataset import ReportData
from coldcare.storage.database import open_storage
from coldcare.ui.pages.history_page import HistoryPage, HistoryPeriod, trend_sentence
from coldcare.ui.pages.records_view import RecordsView
from coldcare.ui.state import AppState
from coldcare.ui.widgets.insight_tables import InsightTable
from coldcare.ui.widgets.pain_chart import x_day
from tests.fakes import FakeClock
from tests.ui.app_rig import BERLIN
from tests.ui.helpers import dispose, interactive
from tests.ui.plan_fakes import LEFT_KNEE, choose, cold_item
from tests.unit.storage.samples import adverse_event, simple_session


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN).astimezone(UTC)


class FakeRecords(QWidget):
    """The "All records" pane: remembers what it was shown."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[ReportData] = []

    def show_data(self, data: ReportData) -> None:
        self.shown.append(data)


@pytest.fixture
def state(qapp: QApplication, tmp_path: Path, clock: FakeClock) -> Iterator[AppState]:
    """Anna on a new database, shown; the clock at Monday 2 March, 10:00 in Berlin."""
    with open_storage(tmp_path / "data", clock) as storage:
        made = AppState(qapp, sqlite_repositories(storage), clock, BERLIN)
        made.save_profile(Profile("Anna", 1954))
        yield made


def anna(state: AppState) -> int:
    assert state.profile is not None
    assert state.profile.id is not None
    return state.profile.id


def rate(state: AppState, at: datetime, value: int, **facts: object) -> None:
    rating = PainRating(anna(state), at, value, PainContext.DAILY)
    state.repositories.pain.add_rating(dataclasses.replace(rating, **facts))  # type: ignore[arg-type]


def session(state: AppState, at: datetime, before: int, after: int) -> int:
    """A finished gel-pack session at the left knee with pain before and after."""
    saved = state.repositories.sessions.save_session(simple_session(anna(state), LEFT_KNEE, at))
    assert saved.id is not None
    rate(state, at, before, context=PainContext.BEFORE, session_id=saved.id)
    rate(state, at + timedelta(minutes=20), after, context=PainContext.AFTER, session_id=saved.id)
    return saved.id


def seed(state: AppState) -> None:
    """Pain 7 and 6 in January, 3 and 2 in the last week; two knee sessions; a daily knee
    cold from 23 February (5 done, 1 skipped, 1 missed, then done today); one warning sign."""
    rate(state, local(date(2026, 1, 20), 9), 6)
    rate(state, local(date(2026, 1, 20), 18), 8)
    rate(state, local(date(2026, 1, 21), 9), 6)
    first = session(state, local(date(2026, 2, 27), 10), before=3, after=1)
    session(state, local(date(2026, 2, 28), 10), before=2, after=2)
    event = adverse_event(anna(state), first)
    state.repositories.events.add_event(
        dataclasses.replace(event, occurred_at=local(date(2026, 2, 27), 10, 24))
    )
    (item,) = state.repositories.plan.save_plan(
        anna(state), [cold_item(anna(state), "Knee cold", time(7, 0), start=date(2026, 2, 23))]
    )
    for day in (23, 24, 25, 26, 27):
        log_done(state, item, date(2026, 2, day))
    skipped = OccurrenceLog(
        anna(state), item.id or 0, date(2026, 2, 28), skip_reason=SkipReason.NOT_AT_HOME
    )
    state.repositories.plan.save_log(skipped)
    log_done(state, item, date(2026, 3, 2))


def log_done(state: AppState, item: PlanItem, day: date) -> None:
    log = OccurrenceLog(anna(state), item.id or 0, day, done_at=local(day, 7, 20))
    state.repositories.plan.save_log(log)


@pytest.fixture
def page(state: AppState) -> Iterator[HistoryPage]:
    seed(state)
    made = HistoryPage(state)
    made.resize(1280, 800)
    made.show()
    yield made
    dispose(made)


# ----------------------------------------------------------------------------- the trend


def test_the_chart_plots_the_daily_means_and_the_seven_day_mean(page: HistoryPage) -> None:
    chart = page.chart
    assert chart is not None
    assert chart.isVisible()

    xs, ys = chart.daily.getOriginalDataset()
    days = [x_day(float(x)) for x in xs]
    assert days == [date(2026, 1, 20), date(2026, 1, 21), date(2026, 2, 27), date(2026, 2, 28)]
    assert list(ys) == [7.0, 6.0, 3.0, 2.0]
    xs, ys = chart.trend.getOriginalDataset()
    means = [round(float(y), 2) for y in ys if math.isfinite(y)]
    assert means == [7.0, 6.67, 3.0, 2.5]


def test_the_bands_are_labelled_and_lower_is_better_is_said(page: HistoryPage) -> None:
    chart = page.chart
    assert chart is not None
    assert [words for _height, words in chart.band_ticks] == ["mild", "moderate", "severe"]
    assert "lower is better" in chart.caption.text()


def test_a_sentence_says_the_trend_in_numbers(page: HistoryPage) -> None:
    sentence = "Pain went from 6.5 to 2.5 (7-day average) — 4.0 points lower"
    assert page.trend_text.text() == sentence
    assert page.chart is not None
    assert page.chart.accessibleDescription() == sentence


def test_with_no_ratings_the_page_says_where_to_rate_pain(state: AppState, qtbot: QtBot) -> None:
    made = HistoryPage(state)
    made.show()
    try:
        assert made.empty.isVisible()
        assert made.empty_text.text() == (
            "No pain ratings yet in this period. Rate your pain on Today."
        )
        assert not made.trend_text.isVisible()
        with qtbot.waitSignal(made.today_requested):
            go = next(b for b in interactive(made) if b.accessibleName().startswith("Go to Today"))
            qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    finally:
        dispose(made)


# ----------------------------------------------------------------------------- the tables


def test_sessions_are_listed_newest_first_with_the_change_in_words(page: HistoryPage) -> None:
    assert page.changes.rows() == [
        ["Sat 28 Feb 2026, 10:00", "Left knee (front and inner side), gel pack", "2 → 2",
         "0: no change"],
        ["Fri 27 Feb 2026, 10:00", "Left knee (front and inner side), gel pack", "3 → 1",
         "−2: lower, a meaningful change"],
    ]  # fmt: skip


def test_what_helps_shows_the_mean_change_and_the_meaningful_share_with_its_source(
    page: HistoryPage,
) -> None:
    assert page.effects.rows() == [
        ["Left knee (front and inner side), gel pack", "−1.0: lower", "1 of 2 sessions (50 %)"]
    ]
    assert page.source.isVisible()
    assert "Farrar et al., Pain 2001" in page.source.text()


def test_adherence_counts_done_skipped_and_missed_per_kind_and_per_week(
    page: HistoryPage,
) -> None:
    assert page.cold_done.text() == "Cold sessions: 6 of 8 (75 %) done, 1 skipped, 1 missed"
    assert page.exercise_done.text() == "Exercises: nothing planned"
    assert page.weekly.rows() == [
        ["Mon 2 Mar 2026", "1 of 1 (100 %) done", "0", "0"],
        ["Mon 23 Feb 2026", "5 of 7 (71 %) done", "1", "1"],
    ]


def test_warning_signs_and_alerts_are_listed(page: HistoryPage) -> None:
    texts = page.warning_texts()
    assert texts[0].startswith(
        "Fri 27 Feb 2026, 10:24 — warning sign at the outer side of the left knee"
    )
    assert "Hives or raised, itchy welts" in texts[0]
    assert "White skin" in texts[0]
    assert "A doctor's check was asked for." in texts[0]
    assert "Pain of 7 or more on 1 day: Tue 20 Jan 2026" in texts
    assert "No pain entries for 36 days, from Thu 22 Jan 2026 to Thu 26 Feb 2026" in texts


# ----------------------------------------------------------------------------- re-reading


def test_a_shorter_period_reads_again(page: HistoryPage) -> None:
    choose(page.period, HistoryPeriod.DAYS_30)

    assert page.summary is not None
    assert page.summary.data.period.first == date(2026, 2, 1)
    assert page.trend_text.text() == "Pain stayed at 2.5 (7-day average)"
    assert "White skin" in page.warning_texts()[0]


def test_everything_starts_at_the_first_record(page: HistoryPage) -> None:
    choose(page.period, HistoryPeriod.EVERYTHING)

    assert page.summary is not None
    assert page.summary.data.period.first == date(2026, 1, 20)
    assert page.trend_text.text().startswith("Pain went from 6.5 to 2.5")


def test_another_profile_is_read_when_it_is_chosen(page: HistoryPage, state: AppState) -> None:
    ben = state.repositories.profiles.save_profile(Profile("Ben", 1950))

    state.set_profile(ben)

    assert page.empty.isVisible()
    assert page.changes.rows() == []
    assert page.warning_texts() == ["No warning signs and no alerts."]


def test_refresh_reads_what_was_added_and_a_hidden_page_reads_when_shown(
    page: HistoryPage, state: AppState
) -> None:
    rate(state, local(date(2026, 3, 2), 9), 0)
    page.refresh()
    assert page.summary is not None
    assert len(page.summary.points) == 5

    page.hide()
    rate(state, local(date(2026, 3, 1), 9), 1)
    page.refresh()
    assert len(page.summary.points) == 5
    page.show()
    assert len(page.summary.points) == 6


def test_the_records_pane_gets_every_read_and_its_changes_read_again(
    state: AppState, qtbot: QtBot
) -> None:
    seed(state)
    records = FakeRecords()
    made = HistoryPage(state, records)
    made.show()
    try:
        assert made.tabs.tabText(1) == "All records"
        assert records.shown == []  # listed when its tab is chosen, not before
        made.tabs.setCurrentIndex(1)
        assert [d.profile.name for d in records.shown] == ["Anna"]
        rate(state, local(date(2026, 3, 2), 9), 0)
        records.changed.emit()
        assert len(records.shown) == 2
        assert made.summary is not None
        assert len(made.summary.points) == 5
    finally:
        dispose(made)


def test_a_table_narrower_than_its_unbreakable_words_still_lays_out(qtbot: QtBot) -> None:
    table = InsightTable("Narrow", ["A", "B"], stretch=1)
    table.resize(60, 200)
    table.show_rows([["Supercalifragilistic", "Antidisestablishmentarianism"]])
    table.show()
    table.resize(40, 200)  # once divided by zero: no column could be any narrower
    assert table.horizontalHeader().sectionSize(0) > 0
    dispose(table)


@pytest.mark.parametrize("width", [1280, 700, 200])
def test_the_page_with_the_real_records_table_shows_at_any_width(
    state: AppState, width: int
) -> None:
    """A table too narrow for its columns once divided by zero while laying out (a crash)."""
    seed(state)
    made = HistoryPage(state, RecordsView(state))
    made.resize(width, 600)
    made.show()
    try:
        made.grab()
        made.tabs.setCurrentIndex(1)
        made.grab()
        assert made.summary is not None
        assert made.findChild(RecordsView) is not None
    finally:
        dispose(made)


# ----------------------------------------------------------------------------- access


def test_tab_reaches_the_period_chooser_and_every_table(page: HistoryPage, qtbot: QtBot) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.period.setFocus(Qt.FocusReason.TabFocusReason)
    reached = []
    for _ in range(20):
        current = QApplication.focusWidget()
        assert current is not None
        reached.append(current)
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    for widget in (page.period, page.changes, page.effects, page.weekly):
        assert widget in reached, widget.accessibleName()


def test_the_period_chooser_works_from_the_keyboard(page: HistoryPage, qtbot: QtBot) -> None:
    page.period.setFocus()
    qtbot.keyClick(page.period, Qt.Key.Key_Up)

    assert page.chosen_period() is HistoryPeriod.DAYS_30
    assert page.summary is not None
    assert page.summary.data.period.first == date(2026, 2, 1)


def test_controls_and_tables_have_accessible_names(page: HistoryPage) -> None:
    shown = [w for w in interactive(page) if w.isVisibleTo(page)]
    assert page.chart is not None
    for widget in (*shown, page.changes, page.effects, page.weekly, page.chart):
        assert widget.accessibleName(), type(widget).__name__
    assert page.period.accessibleName() == "Period shown"


def test_the_page_module_does_not_import_pyqtgraph() -> None:
    code = (
        "import sys, coldcare.ui.pages.history_page; "
        "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert found.split() == ["False", "False"]


def test_the_trend_sentence_gives_the_difference_of_the_numbers_it_shows() -> None:
    # 6.857 and 2.929 show as 6.9 and 2.9: 4.0 points apart, not 3.9.
    sentence = trend_sentence(Baseline(48 / 7, 20.5 / 7), QLocale(QLocale.Language.English))

    assert sentence == "Pain went from 6.9 to 2.9 (7-day average) — 4.0 points lower"
