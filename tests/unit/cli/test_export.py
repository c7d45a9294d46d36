"""``coldcare export`` from the command line: a file per format, one-line errors."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import stat
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
from coldcare.domain.settings import LANGUAGE
from coldcare.storage.database import open_storage
from coldcare.storage.repositories import (
    SqlitePainRepository,
    SqliteProfileRepository,
    SqliteSettingsStore,
)
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


def test_a_pdf_and_a_calendar_speak_the_language_chosen_in_the_app(
    demo: Path, tmp_path: Path
) -> None:
    with open_storage(demo, FakeClock()) as storage:
        SqliteSettingsStore(storage).set(LANGUAGE, "de")
    written = {kind: tmp_path / f"demo.{kind}" for kind in ("pdf", "ics")}
    for kind, target in written.items():
        args = ["--data-dir", str(demo), "export", "--format", kind, "-o", str(target)]
        finished = subprocess.run(
            [sys.executable, "-m", "coldcare", *args, "--from", "2026-02-01", "--to", "2026-03-02"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert finished.returncode == 0, finished.stderr

    assert "Seite 1 von" in pdf_text(written["pdf"])[0]
    assert "Wie lange:" in written["ics"].read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- refused at once


def files_in(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by its path, with a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize(
    "inside", ["coldcare.sqlite", "coldcare.sqlite-wal", "backups/coldcare-1.sqlite"]
)
def test_a_file_of_the_data_itself_is_refused(data: Path, inside: str) -> None:
    before = files_in(data)
    code, out, err = run(data, "--format", "csv", "-o", str(data / "backups" / ".." / inside))
    assert (code, out) == (2, "")
    assert "is part of ColdCare's own data" in err
    assert err.count("\n") == 1
    assert files_in(data) == before


def test_a_link_to_the_database_is_refused(data: Path, tmp_path: Path) -> None:
    link = tmp_path / "looks-harmless.json"
    link.symlink_to(data / "coldcare.sqlite")
    before = files_in(data)
    code, _out, err = run(data, "--format", "backup", "-o", str(link))
    assert code == 2
    assert f"{link} is part of ColdCare's own data in {data}; choose another file" in err
    assert files_in(data) == before
    assert link.is_symlink()


def test_a_pipe_is_not_replaced(data: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    code, _out, err = run(data, "--format", "csv", "-o", str(pipe))
    assert code == 2
    assert f"Could not save {pipe}: that is not an ordinary file" in err
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_a_folder_as_the_file_is_bad_input(data: Path, tmp_path: Path) -> None:
    code, _out, err = run(data, "--format", "csv", "-o", str(tmp_path))
    assert code == 2
    assert f"Could not save {tmp_path}: that is the name of a folder" in err


def test_an_empty_file_name_is_refused(data: Path, tmp_path: Path) -> None:
    code, out, err = run(data, "--format", "csv", "-o", "")
    assert (code, out) == (2, "")
    assert "argument -o/--output: the file name is empty" in err


def test_the_longest_name_the_disk_allows_is_written(data: Path, tmp_path: Path) -> None:
    target = tmp_path / ("a" * 240 + ".csv")
    code, _out, err = run(data, "--format", "csv", "-o", str(target))
    assert (code, err) == (0, "")
    assert target.exists()


def test_a_name_too_long_for_the_disk_says_so(data: Path, tmp_path: Path) -> None:
    target = tmp_path / ("a" * 300 + ".csv")
    code, _out, err = run(data, "--format", "csv", "-o", str(target))
    assert code == 2
    assert "the name is too long for the disk" in err
    assert list(tmp_path.iterdir()) == [data]


@pytest.mark.parametrize(
    ("flag", "text", "problem"),
    [
        ("--from", "20260101", "“20260101” is not a date like 2026-03-31"),
        ("--from", "2026-W01-1", "“2026-W01-1” is not a date like 2026-03-31"),
        ("--from", "2026-02-30", "“2026-02-30” is not a date like 2026-03-31"),
        ("--to", "0001-01-05", "“0001-01-05” is outside the years 1970 to 2100"),
        ("--from", "0001-01-01", "“0001-01-01” is outside the years 1970 to 2100"),
        ("--to", "9999-12-31", "“9999-12-31” is outside the years 1970 to 2100"),
        ("--from", "1969-12-31", "“1969-12-31” is outside the years 1970 to 2100"),
    ],
)
def test_a_date_must_be_written_out_and_in_range(
    data: Path, tmp_path: Path, flag: str, text: str, problem: str
) -> None:
    target = tmp_path / "x.csv"
    code, out, err = run(data, "--format", "csv", flag, text, "-o", str(target))
    assert (code, out) == (2, "")
    assert f"argument {flag}: {problem}" in err
    assert err.count("\n") == 1
    assert not target.exists()


def test_the_whole_range_of_years_is_exported(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    code, _out, err = run(
        data, "--format", "csv", "--from", "1970-01-01", "--to", "2100-12-31", "-o", str(target)
    )
    assert (code, err) == (0, "")
    assert "'=1+1" in target.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("kind", ["csv", "backup"])
def test_a_folder_without_data_is_left_as_it_was(tmp_path: Path, kind: str) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run(empty, "--format", kind, "-o", str(tmp_path / "x"))
    assert (code, out) == (1, "")
    assert f"there is no ColdCare data in {empty}. Nothing was exported." in err
    assert list(empty.iterdir()) == []
    assert not (tmp_path / "x").exists()


# ----------------------------------------------------------------------------- damaged data


@pytest.mark.parametrize("with_backup", [True, False], ids=["backup", "no-backup"])
def test_damaged_data_is_not_exported_over_a_good_file(
    data: Path, tmp_path: Path, clock: FakeClock, with_backup: bool
) -> None:
    if with_backup:
        with open_storage(data, clock) as storage:
            taken = storage.back_up()
    good = tmp_path / "good.json"
    good.write_bytes(b'{"a good": "backup"}\n')
    (data / "coldcare.sqlite").write_bytes(b"scrambled " * 100)

    code, out, err = run(data, "--format", "backup", "-o", str(good))

    assert (code, out) == (1, "")
    assert err.startswith("coldcare export: the data file was damaged")
    assert f"ColdCare set it aside in {data}/damaged-" in err
    if with_backup:
        assert f"restored the newest good backup ({taken.name})" in err
    else:
        assert "started an empty one, as there was no good backup" in err
    assert err.endswith("Start ColdCare to check your data. Nothing was exported.\n")
    assert good.read_bytes() == b'{"a good": "backup"}\n'


@pytest.mark.parametrize(("second", "asked"), [("Anna", "Anna"), ("anna", "ANNA")])
def test_two_profiles_of_one_name_are_not_guessed_between(
    data: Path, tmp_path: Path, second: str, asked: str
) -> None:
    with open_storage(data, FakeClock()) as storage:
        SqliteProfileRepository(storage).save_profile(Profile(second, 1980))
    code, _out, err = run(data, "--format", "csv", "--profile", asked, "-o", str(tmp_path / "x"))
    assert code == 1
    assert f"2 profiles are named “{asked}”; give one of them another name" in err
    assert not (tmp_path / "x").exists()


def test_the_exact_name_is_preferred(data: Path, tmp_path: Path) -> None:
    with open_storage(data, FakeClock()) as storage:
        SqliteProfileRepository(storage).save_profile(Profile("anna", 1980))
    code, out, err = run(data, "--format", "csv", "--profile", "anna", "-o", str(tmp_path / "x"))
    assert (code, err) == (0, "")
    assert "(csv, anna," in out
