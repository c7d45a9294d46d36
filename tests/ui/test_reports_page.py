"""The Reports page on a real database with the demo history: choose, save, see the outcome.

Exports run on a worker thread; the tests wait for the page's ``export_ended`` signal. The save
dialog is replaced by an answer; a held backup keeps an export running while the test looks
at it or cancels it.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coldcare.app import sqlite_repositories
from coldcare.cli.demo import create_demo
from coldcare.reports.exporting import ReportFormat, Section
from coldcare.storage.backup_json import backup_bytes
from coldcare.storage.database import Storage, open_storage
from coldcare.ui.export_worker import Step, step_text
from coldcare.ui.pages.reports_page import BACKUP, PeriodChoice, ReportsPage, suggested_name
from coldcare.ui.state import AppState
from tests.fakes import FakeClock
from tests.ui.helpers import dispose, tab_reaches_all

BERLIN = ZoneInfo("Europe/Berlin")
WAIT_MS = 20_000
TODAY = date(2026, 3, 2)  # the fake clock's day


@dataclass
class Threads:
    """Stands in for ``storage.close`` on the worker thread: records where it ran."""

    storage: Storage
    released: list[int] = field(default_factory=list)

    def __call__(self) -> None:
        self.released.append(threading.get_ident())
        self.storage.close()


@dataclass
class HeldBackup:
    """The backup, held back until the test lets it go (an export that keeps running)."""

    storage: Storage
    go: threading.Event = field(default_factory=threading.Event)

    def __call__(self, now: datetime) -> bytes:
        assert self.go.wait(WAIT_MS / 1000), "the test never let the backup go"
        return backup_bytes(self.storage, now)


@dataclass
class Rig:
    page: ReportsPage
    storage: Storage
    threads: Threads
    held: HeldBackup


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with 60 days of demo history, made once and copied for each test."""
    folder = tmp_path_factory.mktemp("demo") / "data"
    clock = FakeClock()
    with open_storage(folder, clock) as storage:
        create_demo(storage, clock.now(), BERLIN, days=60, seed=1)
    return folder


@pytest.fixture
def rig(qapp: QApplication, tmp_path: Path, clock: FakeClock, demo_folder: Path) -> Iterator[Rig]:
    shutil.copytree(demo_folder, tmp_path / "data")
    with open_storage(tmp_path / "data", clock) as storage:
        state = AppState(qapp, sqlite_repositories(storage), clock, BERLIN)
        threads = Threads(storage)
        held = HeldBackup(storage)
        page = ReportsPage(state, held, threads)
        page.resize(1280, 800)
        page.show()
        yield Rig(page, storage, threads, held)
        held.go.set()
        assert page.wait_for_exports(WAIT_MS)
        dispose(page)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[object, ...]]:
    """Make the save dialog answer ``path``; returns what it was asked."""
    asked: list[tuple[object, ...]] = []

    def answer(*args: object) -> tuple[str, str]:
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def choose(rig: Rig, target: ReportFormat | str, period: PeriodChoice | None = None) -> None:
    rig.page.format.button(target).click()
    if period is not None:
        rig.page.period.button(period).click()


def save(qtbot: QtBot, page: ReportsPage) -> None:
    with qtbot.waitSignal(page.export_ended, timeout=WAIT_MS):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)


def local_days(rows: list[dict[str, str]]) -> list[date]:
    return [date.fromisoformat(r["local_time"][:10]) for r in rows]


# ------------------------------------------------------------------ saving each kind of file


def test_a_csv_of_the_last_30_days_holds_that_period_and_says_where_it_is(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    target = out / "anna.csv"
    asked = answer_save_dialog(monkeypatch, target)
    choose(rig, ReportFormat.CSV, PeriodChoice.DAYS_30)

    save(qtbot, rig.page)

    suggested = Path(str(asked[0][2])).name
    assert suggested == "ColdCare Demo 2026-02-01 to 2026-03-02.csv"
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    days = local_days(rows)
    assert min(days) >= date(2026, 2, 1)
    assert min(days) <= date(2026, 2, 3)  # the period's first days are in it
    assert max(days) <= TODAY
    assert rig.page.result.text() == f"Saved to {target}"
    assert rig.page.open_folder_button.isVisible()
    assert rig.page.saved_path() == target


def test_fhir_and_icalendar_files_are_saved(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    bundle = out / "anna.json"
    answer_save_dialog(monkeypatch, bundle)
    choose(rig, ReportFormat.FHIR)
    save(qtbot, rig.page)
    assert json.loads(bundle.read_text())["resourceType"] == "Bundle"

    calendar = out / "plan.ics"
    answer_save_dialog(monkeypatch, calendar)
    choose(rig, ReportFormat.ICS)
    save(qtbot, rig.page)
    assert calendar.read_text().startswith("BEGIN:VCALENDAR")


def test_the_calendar_is_the_plan_as_it_stands_with_no_period(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    choose(rig, ReportFormat.ICS, PeriodChoice.CUSTOM)
    assert not rig.page.period.isEnabled()
    assert rig.page.calendar_note.isVisibleTo(rig.page)
    # Even dates that end before they start do not stand in its way.
    rig.page.first_edit.setDate(rig.page.last_edit.date().addDays(5))
    asked = answer_save_dialog(monkeypatch, out / "plan")
    save(qtbot, rig.page)
    assert (out / "plan.ics").read_text().startswith("BEGIN:VCALENDAR")
    assert Path(str(asked[0][2])).name == "ColdCare plan Demo.ics"


def test_a_backup_is_valid_json_of_everything(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path, clock: FakeClock
) -> None:
    target = out / "backup.json"
    asked = answer_save_dialog(monkeypatch, target)
    choose(rig, BACKUP)
    assert not rig.page.period.isEnabled()
    rig.held.go.set()

    save(qtbot, rig.page)

    assert Path(str(asked[0][2])).name == "ColdCare backup 2026-03-02.json"
    document = json.loads(target.read_text())
    assert "exported_at" in document
    assert rig.page.result.text() == f"Saved to {target}"


def test_a_name_without_an_ending_gets_the_formats_ending(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    answer_save_dialog(monkeypatch, out / "for the physio")
    choose(rig, ReportFormat.CSV)
    save(qtbot, rig.page)
    assert (out / "for the physio.csv").is_file()


def test_an_ending_added_to_the_name_of_an_existing_file_asks_before_replacing_it(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    kept = out / "for the physio.csv"
    kept.write_text("the old letter", encoding="utf-8")
    answer_save_dialog(monkeypatch, out / "for the physio")
    choose(rig, ReportFormat.CSV)
    rig.page.save()
    (question,) = [box for box in rig.page.findChildren(QMessageBox) if box.isVisible()]
    assert "for the physio.csv already exists" in question.text()
    question.defaultButton().click()  # keep it
    assert not rig.page.is_running()
    assert kept.read_text(encoding="utf-8") == "the old letter"

    rig.page.save()
    (question,) = [box for box in rig.page.findChildren(QMessageBox) if box.isVisible()]
    replace = next(b for b in question.buttons() if b is not question.defaultButton())
    with qtbot.waitSignal(rig.page.export_ended, timeout=WAIT_MS):
        replace.click()
    assert kept.read_text(encoding="utf-8-sig").startswith("record,")


def test_a_dismissed_save_dialog_starts_nothing(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    choose(rig, ReportFormat.CSV)
    rig.page.save()
    assert not rig.page.is_running()
    assert rig.page.save_button.isEnabled()


# ------------------------------------------------------------------ the worker thread


def test_the_export_runs_off_the_gui_thread_which_is_then_released(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    answer_save_dialog(monkeypatch, out / "r.csv")
    choose(rig, ReportFormat.CSV)
    save(qtbot, rig.page)
    assert len(rig.threads.released) == 1
    assert rig.threads.released[0] != threading.get_ident()


def test_while_running_save_is_off_and_cancel_shows_the_step(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    page = rig.page
    answer_save_dialog(monkeypatch, out / "backup.json")
    choose(rig, BACKUP)
    with qtbot.waitSignal(page.export_started):
        page.save()

    assert not page.save_button.isEnabled()
    assert page.cancel_button.isVisible()
    assert page.progress.isVisible()
    qtbot.waitUntil(lambda: step_text(Step.COLLECTING) in page.status.text())
    assert QApplication.focusWidget() is page.cancel_button

    with qtbot.waitSignal(page.export_ended, timeout=WAIT_MS):
        rig.held.go.set()
    assert page.save_button.isEnabled()
    assert not page.cancel_button.isVisible()
    assert not page.progress.isVisible()


def test_cancel_writes_nothing(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    answer_save_dialog(monkeypatch, out / "backup.json")
    choose(rig, BACKUP)
    rig.page.save()

    with qtbot.waitSignal(rig.page.export_ended, timeout=WAIT_MS):
        qtbot.mouseClick(rig.page.cancel_button, Qt.MouseButton.LeftButton)
        rig.held.go.set()

    assert list(out.iterdir()) == []
    assert "Nothing was saved" in rig.page.result.text()
    assert not rig.page.open_folder_button.isVisible()
    assert len(rig.threads.released) == 1


def test_escape_cancels_a_running_export(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    answer_save_dialog(monkeypatch, out / "backup.json")
    choose(rig, BACKUP)
    rig.page.save()

    with qtbot.waitSignal(rig.page.export_ended, timeout=WAIT_MS):
        qtbot.keyClick(rig.page.cancel_button, Qt.Key.Key_Escape)
        rig.held.go.set()

    assert list(out.iterdir()) == []


def test_waiting_for_exports_at_shutdown_stops_and_releases_the_worker(
    rig: Rig, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    answer_save_dialog(monkeypatch, out / "backup.json")
    choose(rig, BACKUP)
    rig.page.save()
    assert not rig.page.wait_for_exports(0)

    rig.held.go.set()

    assert rig.page.wait_for_exports(WAIT_MS)
    assert len(rig.threads.released) == 1
    assert list(out.iterdir()) == []


# ------------------------------------------------------------------ problems


def test_a_period_that_ends_before_it_starts_is_refused_before_asking_where(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    asked = answer_save_dialog(monkeypatch, out / "r.csv")
    choose(rig, ReportFormat.CSV, PeriodChoice.CUSTOM)
    page = rig.page
    assert page.first_edit.isVisible()
    page.first_edit.setDate(page.last_edit.date().addDays(1))

    assert "The period ends before it starts" in page.period_problem.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert asked == []
    assert not page.is_running()
    assert list(out.iterdir()) == []


def test_custom_dates_are_the_period_saved(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    target = out / "r.csv"
    answer_save_dialog(monkeypatch, target)
    choose(rig, ReportFormat.CSV, PeriodChoice.CUSTOM)
    rig.page.first_edit.setDate(date(2026, 2, 10))
    rig.page.last_edit.setDate(date(2026, 2, 16))
    save(qtbot, rig.page)
    days = local_days(list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig")))))
    assert days
    assert date(2026, 2, 10) <= min(days) <= max(days) <= date(2026, 2, 16)


def test_a_folder_as_the_file_is_named_as_the_problem(
    rig: Rig, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    answer_save_dialog(monkeypatch, out)
    choose(rig, ReportFormat.CSV)
    rig.page.save()
    assert "it is a folder" in rig.page.result.text()
    assert not rig.page.is_running()
    assert list(out.iterdir()) == []


def test_a_missing_folder_is_named_and_nothing_is_left(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    answer_save_dialog(monkeypatch, out / "gone" / "r.csv")
    choose(rig, ReportFormat.CSV)
    save(qtbot, rig.page)
    assert "the folder does not exist" in rig.page.result.text()
    assert list(out.iterdir()) == []
    assert not rig.page.open_folder_button.isVisible()


# ------------------------------------------------------------------ the page itself


def test_sections_show_only_for_the_pdf(rig: Rig) -> None:
    page = rig.page
    assert page.target() == ReportFormat.PDF
    assert page.sections_card.isVisible()
    assert page.print_button.isVisible()
    page.section_boxes[Section.PLAN].click()
    assert page.sections() == frozenset(Section) - {Section.PLAN}
    for other in (ReportFormat.CSV, ReportFormat.FHIR, ReportFormat.ICS, BACKUP):
        choose(rig, other)
        assert not page.sections_card.isVisible()
        assert not page.print_button.isVisible()


def test_the_page_says_whose_records(rig: Rig) -> None:
    assert "Demo's records" in rig.page.intro.text()


def test_the_default_period_is_the_last_90_days(rig: Rig) -> None:
    assert rig.page.chosen_dates() == (date(2025, 12, 3), TODAY)
    assert rig.page.period_line.text() == "From 3 December 2025 to 2 March 2026."


def test_open_folder_shows_the_saved_files_folder(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "coldcare.ui.pages.reports_page.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    answer_save_dialog(monkeypatch, out / "r.ics")
    choose(rig, ReportFormat.ICS)
    save(qtbot, rig.page)
    qtbot.mouseClick(rig.page.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(out)]


def test_every_control_is_named_and_reached_by_tab(rig: Rig, qtbot: QtBot) -> None:
    choose(rig, ReportFormat.PDF, PeriodChoice.CUSTOM)
    assert tab_reaches_all(qtbot, rig.page) == []
    unnamed = [
        type(w).__name__
        for w in (rig.page.first_edit, rig.page.last_edit, rig.page.save_button)
        if not w.accessibleName()
    ]
    assert unnamed == []


def test_tab_goes_period_then_format_then_sections_then_save(rig: Rig, qtbot: QtBot) -> None:
    page = rig.page
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    start = page.period.button(PeriodChoice.DAYS_90)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    order: list[str] = []
    for _ in range(len(Section) + 2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(part_of(page, QApplication.focusWidget()))
    assert order == ["format", *["section"] * len(Section), "save"]


def test_the_keyboard_alone_chooses_a_format_and_saves(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    page = rig.page
    target = out / "r.csv"
    answer_save_dialog(monkeypatch, target)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    pdf = page.format.button(ReportFormat.PDF)
    pdf.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(pdf, Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert page.target() == ReportFormat.CSV
    page.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    with qtbot.waitSignal(page.export_ended, timeout=WAIT_MS):
        qtbot.keyClick(page.save_button, Qt.Key.Key_Space)

    assert target.is_file()


def part_of(page: ReportsPage, widget: object) -> str:
    parts: dict[str, Callable[[], list[object]]] = {
        "period": lambda: list(page.period.buttons()),
        "format": lambda: list(page.format.buttons()),
        "section": lambda: list(page.section_boxes.values()),
        "save": lambda: [page.save_button],
    }
    return next((name for name, members in parts.items() if widget in members()), "other")


def test_a_suggested_name_leaves_out_characters_a_file_system_refuses() -> None:
    name = suggested_name(ReportFormat.CSV, 'Anna/"B"', date(2026, 1, 1), date(2026, 1, 31), TODAY)
    assert name == "ColdCare AnnaB 2026-01-01 to 2026-01-31.csv"


# ------------------------------------------------------------------ the PDF


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_pdf_is_saved_with_only_the_sections_chosen(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    everything, fewer = out / "all.pdf", out / "fewer.pdf"
    answer_save_dialog(monkeypatch, everything)
    save(qtbot, rig.page)
    answer_save_dialog(monkeypatch, fewer)
    rig.page.section_boxes[Section.PLAN].click()
    save(qtbot, rig.page)

    assert everything.read_bytes().startswith(b"%PDF")
    assert "Demo" in pdf_text(everything)
    assert len(PdfReader(fewer).pages) < len(PdfReader(everything).pages)
    assert rig.page.result.text() == f"Saved to {fewer}"


def test_print_paints_the_report_on_the_printer_chosen(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path
) -> None:
    printed = out / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(rig.page.export_ended, timeout=WAIT_MS):
        qtbot.mouseClick(rig.page.print_button, Qt.MouseButton.LeftButton)

    assert "Demo" in pdf_text(printed)
    assert rig.page.result.text() == "Sent to the printer."
    assert not rig.page.open_folder_button.isVisible()
    assert len(rig.threads.released) == 1
