"""The PDF summary read back with pypdf, as a physiotherapist's viewer would show its text."""

from __future__ import annotations

import io
import threading
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from coldcare.app import sqlite_repositories
from coldcare.cli.demo import create_demo
from coldcare.domain.audit import Deletion, RecordKind
from coldcare.domain.records import AdverseEvent, EnteredBy, PainContext, PainRating
from coldcare.domain.signs import StopSign
from coldcare.domain.vocabulary import Barrier
from coldcare.reports.dataset import Period, ReportData, gather
from coldcare.reports.exporting import ALL_SECTIONS, Section
from coldcare.reports.files import ExportWriteError
from coldcare.reports.pdf import paint_report, pdf_bytes, write_pdf
from coldcare.reports.pdf_layout import Column, Flow, Row, Table, report_style
from coldcare.reports.summary import summarize
from coldcare.storage.database import open_storage
from tests.fakes import FakeClock
from tests.unit.reports.samples import (
    BERLIN,
    COMPLETION,
    EVENT,
    EXPORTED_AT,
    FIRST,
    RATINGS,
    SESSIONS,
    berlin,
    sample_data,
)

PERIOD = "16 Mar 2026 to 5 Apr 2026 (21 days)"
EDITED_NOTE = "† Edited after it was entered; the audit trail is kept in ColdCare."


def pages_of(raw: bytes) -> list[str]:
    """Each page's text with runs of white space (Qt puts tabs between words) as one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(raw)).pages]


def report(
    data: ReportData | None = None, sections: frozenset[Section] = ALL_SECTIONS
) -> list[str]:
    return pages_of(pdf_bytes(data or sample_data(), EXPORTED_AT, sections))


def daily(values: list[int | None], first: date = FIRST) -> tuple[PainRating, ...]:
    """One daily check-in per day from ``first``; ``None`` leaves a day without one."""
    return tuple(
        PainRating(1, berlin(first + timedelta(days=n), 9), value, PainContext.DAILY, id=n + 100)
        for n, value in enumerate(values)
        if value is not None
    )


@pytest.fixture(autouse=True)
def _fonts(qapp: QApplication) -> None:
    """Qt's PDF writer needs an application object for its fonts."""


def test_every_page_names_the_person_the_period_and_its_number() -> None:
    pages = report()

    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert 'Margarethe "Grete" Müller' in text
        assert PERIOD in text
        assert f"Page {number} of {len(pages)}" in text


def test_the_first_page_says_who_entered_the_data_and_that_nobody_checked_it() -> None:
    first = report()[0]
    assert 'Self-reported at home in ColdCare by Margarethe "Grete" Müller.' in first
    assert "ColdCare has not verified these records." in first

    caregiver = replace(
        sample_data().profile, entered_by=EnteredBy.CAREGIVER, entered_by_name="Jonas Müller"
    )
    first = report(replace(sample_data(), profile=caregiver))[0]
    assert "by a caregiver, Jonas Müller, for Margarethe" in first


def test_the_first_page_shows_warning_signs_effects_plan_kept_and_sources() -> None:
    first = report()[0]

    assert "Warning sign: 30 Mar 2026, 09:36, Right wrist and hand, White skin" in first
    assert "no cold at this place until 31 Mar 2026, 09:36" in first
    # One rated session: the left knee's gel pack, 6 before and 3 after.
    assert "Left knee (front and inner side) Gel pack 1 −3.0 1 of 1 (100 %)" in first
    assert "A drop of 2 points or 30 % is a clinically meaningful change" in first
    # Ice Mon/Wed/Fri, exercises Tue/Thu: 15 planned, 2 done, 1 skipped, 12 missed.
    assert "Everything 15 2 1 12 13 %" in first
    assert "Lower is better".casefold() in first.casefold()


def test_falling_pain_shows_baseline_latest_and_a_meaningful_change() -> None:
    data = replace(sample_data(), ratings=daily([8] * 7 + [5] * 7 + [3] * 7))
    first = report(data)[0]

    assert "First 7 days (baseline) 8.0 mean pain, severe" in first
    assert "Last 7 days (latest) 3.0 mean pain, mild" in first
    assert "Change −5.0 63 % better: meaningful" in first
    assert (
        "Pain of 7 or more on 7 days: 16 Mar 2026, 17 Mar 2026, …, 20 Mar 2026, 21 Mar 2026, "
        "22 Mar 2026" in first
    )


def test_rising_pain_and_gaps_are_alerts() -> None:
    data = replace(sample_data(), ratings=daily([2] * 5 + [None] * 4 + [5] * 7))
    first = report(data)[0]

    assert "Pain rising: the last 7-day mean is 3.0 points above the first" in first
    assert "No pain entries for 4 days, from 21 Mar 2026 to 24 Mar 2026" in first
    assert "Change +3.0 worse" in first


def test_a_quiet_period_says_there_were_no_alerts() -> None:
    first = report(replace(sample_data(), events=(), ratings=daily([3] * 21)))[0]

    assert "No pain of 7 or more, no rising trend, no gap of 3 days or more" in first
    assert "No warning signs during or after cold." in first


def test_records_edited_afterwards_are_marked_with_a_footnote() -> None:
    plain = " ".join(report())
    assert "†" not in plain

    edited = replace(
        sample_data(),
        edited=MappingProxyType(
            {RecordKind.SESSION: frozenset({2}), RecordKind.ADVERSE_EVENT: frozenset({1})}
        ),
    )
    text = " ".join(report(edited))

    assert "18 Mar 2026, 20:00 † Lower back Bag of ice" in text
    assert "16 Mar 2026, 08:02 †" not in text
    assert "Warning sign: 30 Mar 2026, 09:36, Right wrist and hand, White skin" in text
    assert EDITED_NOTE in text
    assert "Records edited after they were entered Record Of What Cold session" in text


def test_sections_left_out_are_not_in_the_file() -> None:
    only_plan = " ".join(report(sections=frozenset({Section.PLAN})))

    assert "The plan on 6 Apr 2026" in only_plan
    assert "Ice the left knee" in only_plan
    for absent in ("Pain by day", "Cold sessions (", "Plan kept by week", "Warning signs When"):
        assert absent not in only_plan

    first_page_only = report(sections=frozenset())
    assert len(first_page_only) == 1
    assert "Page 1 of 1" in first_page_only[0]


def test_the_details_list_pain_by_day_peg_sessions_and_skin_checks() -> None:
    text = " ".join(report())

    assert "Mon 16 Mar 2026 6 → 3 (2)" in text
    # A rating after exercise, and the pain stored with the exercise done.
    assert "Tue 17 Mar 2026 5 4, 4 5.0 5.5 -3 degrees outside" in text
    assert "20 Mar 2026, 10:00 6 5 3 4.7" in text
    assert "Krebs et al., J Gen Intern Med 2009" in text
    assert "Stopped for a warning sign: White skin" in text
    assert "1 skin check, skin normal; aching, pain better than at the start" in text
    assert "Heel slides 1 Just right 1 4–4" in text


def test_an_empty_period_says_so_on_its_first_page() -> None:
    empty = ReportData(
        profile=sample_data().profile,
        period=Period(date(2026, 6, 1), date(2026, 6, 30), BERLIN),
        plan=sample_data().plan,
    )
    pages = report(empty)

    assert "No records in this period" in pages[0]
    assert "Nothing was entered from 1 Jun 2026 to 30 Jun 2026" in pages[0]
    assert "Pain by day" not in " ".join(pages)
    assert "The plan on 6 Apr 2026" in pages[-1]


def test_texts_go_through_the_translation_given() -> None:
    german = {
        ("PdfReport", "Pain and cold therapy summary"): "Schmerz und Kältetherapie",
        ("PdfReport", "Page {page} of {pages}"): "Seite {page} von {pages}",
        ("BodySite", "Lower back"): "Unterer Rücken",
        ("Section", "The weekly plan"): "Der Wochenplan",
        ("PdfReport", "d MMM yyyy"): "d. MMM yyyy",
        ("PdfReport", "d MMM"): "d. MMM",
    }

    def translate(context: str, text: str) -> str:
        return german.get((context, text), text)

    pages = pages_of(pdf_bytes(sample_data(), EXPORTED_AT, ALL_SECTIONS, translate))
    text = " ".join(pages)

    assert "Schmerz und Kältetherapie" in pages[0]
    assert all(f"Seite {n} von {len(pages)}" in page for n, page in enumerate(pages, 1))
    assert "Unterer Rücken" in text
    assert "Lower back" not in text
    assert "Der Wochenplan" in text
    # Dates follow the translated patterns: in the header, and under the chart.
    assert "16. Mar 2026 to 5. Apr 2026" in pages[0]
    assert "23. Mar" in pages[0]


def test_paint_report_paints_on_any_paged_device() -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    paint_report(writer, summarize(sample_data(), EXPORTED_AT), EXPORTED_AT, frozenset())
    del writer

    assert pages_of(bytes(buffer.data().data()))[0].startswith('Margarethe "Grete" Müller')


def test_write_pdf_works_on_a_worker_thread(tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    failures: list[BaseException] = []

    def work() -> None:
        try:
            write_pdf(target, sample_data(), EXPORTED_AT)
        except BaseException as problem:  # handed to the test thread
            failures.append(problem)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()

    assert failures == []
    assert "Page 1 of" in pages_of(target.read_bytes())[0]
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_file_that_cannot_be_written_raises_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "summary.pdf"

    with pytest.raises(ExportWriteError, match="the folder does not exist"):
        write_pdf(target, sample_data(), EXPORTED_AT)

    assert not target.parent.exists()


def test_a_year_of_demo_data_breaks_long_tables_with_repeated_headers(tmp_path: Path) -> None:
    clock = FakeClock()
    tz = ZoneInfo("Europe/Berlin")
    with open_storage(tmp_path, clock) as storage:
        create_demo(storage, clock.now(), tz, 120, seed=3)
        sources = sqlite_repositories(storage).report_sources()
        profile = sources.profiles.list_profiles()[0]
        assert profile.id is not None
        last = clock.now().astimezone(tz).date()
        data = gather(sources, profile.id, last - timedelta(days=119), last, tz)
    pages = pages_of(pdf_bytes(data, clock.now()))

    continued = [text for text in pages if "Cold sessions (continued)" in text]
    assert len(continued) >= 3
    for text in continued:
        assert "Cold sessions (continued) Started Place Kind of cold Minutes Ended Pain" in text
    assert all(f"of {len(pages)}" in text for text in pages)


def test_times_are_the_persons_own_across_summer_time() -> None:
    text = " ".join(report())

    assert "16 Mar 2026, 08:02" in text  # 07:02 UTC, winter time
    assert "30 Mar 2026, 09:30" in text  # 07:30 UTC, summer time


def lines_of(raw: bytes) -> list[str]:
    """Every line of text, page after page, with white space as in :func:`pages_of`."""
    pages = PdfReader(io.BytesIO(raw)).pages
    return [" ".join(line.split()) for page in pages for line in page.extract_text().splitlines()]


def warning(day: date, **facts: object) -> AdverseEvent:
    return replace(EVENT, occurred_at=berlin(day, 10), lock_until=None, **facts)  # type: ignore[arg-type]


def test_an_emergency_comes_first_and_only_the_least_serious_alerts_are_left_out() -> None:
    # Three warning signs, then the one where emergency services were to be called.
    events = (
        warning(date(2026, 3, 28), id=1),
        warning(date(2026, 3, 29), id=2),
        warning(date(2026, 3, 31), id=3),
        warning(date(2026, 4, 2), id=4, call_emergency=True),
    )
    # Three gaps of 3 days without pain entries, then entries to the period's end.
    ratings = daily([2, None, None, None, 2, None, None, None, 2, None, None, None] + [2] * 9)
    pages = report(replace(sample_data(), events=events, ratings=ratings))
    first = pages[0]

    emergency = first.index("2 Apr 2026, 10:00, Right wrist and hand, White skin: told to call")
    others = [first.index(f"Warning sign: {day} Mar 2026, 10:00") for day in (28, 29, 31)]
    assert emergency < min(others)
    assert "No pain entries for 3 days, from 17 Mar 2026 to 19 Mar 2026" in first
    assert "… and 2 more, listed under “Pain ratings and weekly questions”." in first
    assert "No pain entries for 3 days, from 25 Mar 2026 to 27 Mar 2026" in pages[1]


def test_warning_signs_come_before_severe_pain_a_rising_trend_and_gaps() -> None:
    ratings = daily([2, None, None, None, 2, 2, 2, 2, 8, 5, 5, 5, 5, 5])
    first = report(replace(sample_data(), ratings=ratings))[0]

    order = [
        first.index("Warning sign: 30 Mar 2026"),
        first.index("Pain of 7 or more on 1 day: 24 Mar 2026"),
        first.index("Pain rising"),
        first.index("No pain entries for 3 days"),
    ]
    assert order == sorted(order)


def test_pain_rated_after_an_exercise_is_a_pain_by_day_and_can_be_severe() -> None:
    # The app stores the pain after an exercise with the exercise done, not as a rating.
    data = replace(sample_data(), ratings=RATINGS[:4], completions=(replace(COMPLETION, pain=8),))
    pages = report(data)
    text = " ".join(pages)

    assert "Pain of 7 or more on 1 day: 17 Mar 2026" in pages[0]
    assert "Tue 17 Mar 2026 5 8 5.0 5.5" in text
    # The trend stays the pain "now": the check-ins and the ratings before sessions.
    assert "First 7 days (baseline) 5.5 mean pain, moderate" in pages[0]


def test_the_change_printed_is_the_difference_of_the_two_numbers_printed() -> None:
    # The first week averages 48 / 7 = 6.86, the last 20.5 / 7 = 2.93: 3.93 lower.
    ratings = daily([7, 7, 7, 7, 7, 7, 6] + [5] * 7 + [3] * 7)
    extra = PainRating(1, berlin(date(2026, 4, 5), 20), 2, PainContext.DAILY, id=99)
    first = report(replace(sample_data(), ratings=(*ratings, extra)))[0]

    assert "First 7 days (baseline) 6.9" in first
    assert "Last 7 days (latest) 2.9" in first
    assert "Change −4.0 58 % better: meaningful" in first


def test_long_labels_and_column_titles_wrap_and_no_title_is_cut() -> None:
    long_words = {
        ("PdfReport", "First 7 days (baseline)"): "Erste 7 Tage (Ausgangswert)",
        ("PdfReport", "mean pain, {band}"): "durchschnittlicher Schmerz, {band}",
        ("PdfReport", "Sessions rated"): "Bewertete Anwendungen",
        ("PdfReport", "Kept"): "Eingehaltenvereinbarungen",
    }

    def translate(context: str, text: str) -> str:
        return long_words.get((context, text), text)

    lines = lines_of(pdf_bytes(sample_data(), EXPORTED_AT, frozenset(), translate))

    assert "Erste 7 Tage" in lines
    assert "(Ausgangswert)" in lines
    assert "durchschnittlicher" in lines
    assert any(line.startswith("Schmerz, moderate") for line in lines)
    # A title word too wide for its column is set smaller, whole; one wider still is broken
    # inside the word rather than cut off.
    assert "Anwendungen" in " ".join(lines).split()
    assert "Eingehaltenvereinbarungen" not in " ".join(lines)
    assert any(line.startswith("Eingehalten") for line in lines)


def test_the_footer_says_who_entered_the_records_and_the_time_zone() -> None:
    assert (
        "Self-reported in ColdCare, not verified by ColdCare. Made 6 Apr 2026, 14:00 CEST"
        in (report(sections=frozenset())[0])
    )
    for who, words in ((EnteredBy.CAREGIVER, "a caregiver"), (EnteredBy.CLINICIAN, "a clinician")):
        profile = replace(sample_data().profile, entered_by=who)
        pages = report(replace(sample_data(), profile=profile))
        assert all(f"Entered by {words} in ColdCare, not verified" in page for page in pages)
        assert "Self-reported in" not in " ".join(pages)


def test_counts_of_one_are_singular() -> None:
    data = replace(
        sample_data(), period=Period(FIRST, FIRST, BERLIN), sessions=SESSIONS[:1], pegs=()
    )
    pages = report(data)

    assert "16 Mar 2026 to 16 Mar 2026 (1 day)" in pages[0]
    assert "1 cold session; 1 with pain rated before and after" in pages[0]
    assert "1 skin check, skin normal" in " ".join(pages)


def test_a_cold_water_bath_names_no_barrier() -> None:
    bath = replace(SESSIONS[2], barrier=Barrier.NONE)
    text = " ".join(report(replace(sample_data(), sessions=(*SESSIONS[:2], bath))))

    assert "A thin damp cloth" in text
    assert "Nothing between pack and skin" not in text
    assert "water 12.5 °C" in text


@pytest.mark.parametrize("free_mm", range(16, 36, 2))
def test_a_heading_never_stays_at_the_foot_of_a_page_without_two_rows(
    free_mm: int, qapp: QApplication
) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    flow = Flow(writer, QRectF(0, 0, writer.width(), writer.height()), report_style())
    flow.place(flow.frame.height() - flow.units.mm(free_mm), lambda _painter, _rect: None)
    flow.heading("Heading")
    rows = [Row([f"row {n}", "x"]) for n in range(1, 6)]
    flow.table(Table("", "", [Column("Day", 50), Column("Pain", 50)], rows))
    flow.paint(painter, lambda _painter, _number, _total: None)
    painter.end()
    del writer
    pages = pages_of(bytes(buffer.data().data()))

    heading_page = next(text for text in pages if "Heading" in text)
    assert "Day Pain row 1 x row 2 x" in heading_page


def test_the_summary_stays_on_its_first_page_even_with_many_warning_signs() -> None:
    # Each warning sign with every sign there is: three lines or more on the page.
    events = tuple(
        warning(date(2026, 3, 20 + n), id=n + 1, signs=frozenset(StopSign), review_needed=True)
        for n in range(8)
    )
    ratings = daily([2, None, None, None, 2, None, None, None, 2, None, None, None, 2])
    pages = report(replace(sample_data(), events=events, ratings=ratings))

    # The plan kept, the summary's last part, is whole on page 1 and nowhere after it.
    assert "Everything 15 2 1 12 13 %" in pages[0]
    assert "Exercises" in pages[0].split("Plan kept")[1]
    assert "Plan kept (done" not in pages[1]


def test_a_deleted_warning_sign_still_shows_in_the_safety_section() -> None:
    gone = Deletion(
        RecordKind.ADVERSE_EVENT,
        berlin(date(2026, 3, 20), 10),
        berlin(date(2026, 3, 21), 9),
        "knee-left",
    )
    text = " ".join(report(replace(sample_data(), deleted=(gone,))))
    assert "Records deleted" in text
    assert (
        "Warning sign 20 Mar 2026, 10:00 Left knee (front and inner side) 21 Mar 2026, 09:00"
        in text
    )
    assert "Records deleted" not in " ".join(report())
