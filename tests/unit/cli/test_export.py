"""``coldcare export`` from the command line: a file per format, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from coldcare.__main__ import main
from coldcare.cli.demo import create_demo
from coldcare.domain.records import PainContext, PainRating, Profile
from coldcare.storage.database import open_storage
from coldcare.storage.repositories import SqlitePainRepository, SqliteProfileRepository
from tests.fakes import FakeClock

# The fake clock's first day (2 March 2026) and a day either side, in any time zone.
AROUND_THE_RATING = ("--from", "2026-03-01", "--to", "2026-03-03")


def run(data: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data), "export", *AROUND_THE_RATING, *args], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """Anna's data folder with one daily pain rating."""
    folder = tmp_path / "data"
    clock = FakeClock()
    with open_storage(folder, clock) as storage:
        anna = SqliteProfileRepository(storage).save_profile(Profile("Anna", 1950))
        assert anna.id is not None
        SqlitePainRepository(storage).add_rating(
            PainRating(anna.id, clock.now(), 4, PainContext.DAILY, note="=1+1")
        )
    return folder


def test_a_csv_is_written_with_the_note_guarded(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "anna.csv"
    code, out, err = run(data, "--format", "csv", "-o", str(target))
    assert (code, err) == (0, "")
    assert "Anna" in out
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    notes = [row["note"] for row in rows if row.get("note")]
    assert notes == ["'=1+1"]


def test_fhir_and_ics_are_written_and_parse(data: Path, tmp_path: Path) -> None:
    assert run(data, "--format", "fhir", "-o", str(tmp_path / "a.json"))[0] == 0
    bundle = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert (bundle["resourceType"], bundle["type"]) == ("Bundle", "collection")
    assert run(data, "--format", "ics", "-o", str(tmp_path / "a.ics"))[0] == 0
    assert Calendar.from_ical((tmp_path / "a.ics").read_bytes()).get("PRODID")


def test_a_backup_is_private_and_restores(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    backup = target / "everything.json"
    code, out, err = run(data, "--format", "backup", "-o", str(backup))
    assert (code, err) == (0, "")
    assert "a backup of everything" in out
    assert backup.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in target.iterdir()] == ["everything.json"], "no temporary file left"
    assert json.loads(backup.read_text(encoding="utf-8"))["format_version"] >= 1
    restored = io.StringIO(), io.StringIO()
    assert main(["--data-dir", str(data), "restore", str(backup)], *restored) == 0


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (("--profile", "Ben"), "there is no profile “Ben” (profiles: Anna)"),
        (("--from", "2026-05-02", "--to", "2026-05-01"), "starts (2026-05-02) after it ends"),
    ],
)
def test_bad_requests_say_what_is_wrong_and_write_nothing(
    data: Path, tmp_path: Path, args: tuple[str, ...], problem: str
) -> None:
    target = tmp_path / "out.csv"
    code, out, err = run(data, "--format", "csv", "-o", str(target), *args)
    assert (code, out) == (1, "")
    assert problem in err
    assert not target.exists()


def test_without_data_it_says_so(tmp_path: Path) -> None:
    code, _out, err = run(tmp_path / "none", "--format", "csv", "-o", str(tmp_path / "x.csv"))
    assert code == 1
    assert "there is no ColdCare data" in err


def test_a_bad_date_is_a_usage_error(data: Path, tmp_path: Path) -> None:
    code, _out, err = run(data, "--format", "csv", "--from", "31.12.", "-o", str(tmp_path / "x"))
    assert code == 2
    assert "“31.12.” is not a date like 2026-03-31" in err


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A data folder with 40 days of demo history up to the fake clock's first day."""
    folder = tmp_path / "demo"
    clock = FakeClock()
    with open_storage(folder, clock) as storage:
        create_demo(storage, clock.now(), ZoneInfo("Europe/Berlin"), 40, seed=5)
    return folder


def export_pdf(data: Path, target: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = ["--data-dir", str(data), "export", "--format", "pdf", "-o", str(target)]
    code = main([*args, "--from", "2026-02-01", "--to", "2026-03-02"], out, err)
    return code, out.getvalue(), err.getvalue()


def pdf_text(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_a_pdf_summary_of_the_demo_is_written(
    qapp: QApplication, demo: Path, tmp_path: Path
) -> None:
    target = tmp_path / "demo.pdf"
    code, out, err = export_pdf(demo, target)

    assert (code, err) == (0, "")
    assert out == f"Wrote {target} (pdf, Demo, 2026-02-01 to 2026-03-02).\n"
    pages = pdf_text(target)
    assert len(pages) > 3
    assert "Pain and cold therapy summary" in pages[0]
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_pdf_that_cannot_be_saved_is_one_line_and_exit_1(
    qapp: QApplication, demo: Path, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "demo.pdf"
    code, out, err = export_pdf(demo, target)

    assert (code, out) == (1, "")
    assert err.startswith(f"coldcare export: Could not save {target}: the folder does not exist")
    assert err.count("\n") == 1
    assert not target.parent.exists()


def test_a_pdf_needs_no_display(demo: Path, tmp_path: Path) -> None:
    """Run as from a terminal without a display: no DISPLAY, no Wayland, no QT_QPA_PLATFORM."""
    target = tmp_path / "headless.pdf"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    args = ["--data-dir", str(demo), "export", "--format", "pdf", "-o", str(target)]
    finished = subprocess.run(
        [sys.executable, "-m", "coldcare", *args, "--from", "2026-02-01", "--to", "2026-03-02"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert finished.returncode == 0, finished.stderr
    assert "Demo" in pdf_text(target)[0]
