"""Hostile input: every kind of awkward text through the domain, the database and the exports;
hostile text inside a backup file; a backup from a newer ColdCare.

Text is either refused with a :class:`BadInputError` naming the field, or kept exactly: stored,
read back, exported to CSV (formula-guarded) and FHIR and read back from those too.
"""

from __future__ import annotations

import copy
import csv
import io
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from coldcare.__main__ import main
from coldcare.app import sqlite_repositories
from coldcare.domain.records import PainContext, PainRating, Profile
from coldcare.domain.vocabulary import BadInputError
from coldcare.reports.csv_export import COLUMNS, FORMULA_STARTS, GUARD, csv_bytes
from coldcare.reports.dataset import ReportSources, gather
from coldcare.reports.fhir import fhir_bytes
from coldcare.reports.pdf import pdf_bytes
from coldcare.storage.backup_json import FORMAT_VERSION, RestoreError, backup_bytes, restore
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.migrations import LATEST_VERSION
from tests.drills.conftest import HOSTILE
from tests.fakes import FakeClock

T = TypeVar("T")
BOM = b"\xef\xbb\xbf"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DAY = NOW.date()
EXPORTED = NOW + timedelta(hours=1)
# Right-to-left text with its marks, emoji (with joiners and skin tones), combining marks.
AWKWARD = (
    "שלום עליכם",
    "مرحبا بالعالم",
    "\u202eevil\u202c",
    "\u200f\u200e\u2066x\u2069",
    "👩🏽‍⚕️🧊❄️",
    "e\u0301\u0301\u0301",
    "\ufeff",
    "\U0001f600" * 3,
)
CONTROLS = ("\x00", "\x07", "\x1b", "\r", "\x7f", "\x85")
FORMULAS = ("=1+1", "+SUM(A1)", "-2", "@cmd", '=HYPERLINK("http://x","y")', "\t=1", " =1")
hostile_text = st.one_of(
    st.text(max_size=120),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.builds(lambda part, times: part * times, st.sampled_from(AWKWARD), st.integers(1, 600)),
    st.builds(str.__add__, st.sampled_from(FORMULAS), st.text(max_size=20)),
    st.builds(
        lambda c, n: "x" * n + c,
        st.sampled_from(["\x00", "\x07", "\x1b", "\r"]),
        st.integers(0, 50),
    ),
    st.integers(1995, 2105).map(lambda n: "a" * n),
)


def _sources(storage: Storage) -> ReportSources:
    return sqlite_repositories(storage).report_sources()


def _made(make: Callable[..., T], field: str, *args: Any, **kwargs: Any) -> T | None:
    """The record, or ``None`` when refused with an error naming ``field``."""
    try:
        return make(*args, **kwargs)
    except BadInputError as refused:
        problem = str(refused)
    assert f"the {field} " in problem
    return None


def _csv_notes(raw: bytes) -> list[str]:
    assert raw.startswith(BOM)
    rows = list(csv.DictReader(io.StringIO(raw[len(BOM) :].decode("utf-8"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    notes = [row["note"] for row in rows if row["record"] == "pain"]
    for note in notes:  # a spreadsheet must never see a formula
        assert note.startswith(GUARD) or not note.lstrip().startswith(FORMULA_STARTS)
    return [note.removeprefix(GUARD) if note.startswith(GUARD) else note for note in notes]


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[Storage]:
    with open_storage(tmp_path / "data", FakeClock(NOW)) as opened:
        yield opened


@HOSTILE
@given(name=hostile_text, note=hostile_text)
def test_hostile_text_is_refused_by_name_or_kept_exactly_through_storage_and_exports(
    storage: Storage, name: str, note: str
) -> None:
    profile = _made(Profile, "name", name, 1950)
    rating = _made(PainRating, "note", 1, NOW, 4, PainContext.DAILY, note=note)
    if profile is None or rating is None:
        return
    sources = _sources(storage)
    stored = sources.profiles.save_profile(profile)
    assert stored.id is not None
    sources.pain.add_rating(PainRating(stored.id, NOW, 4, PainContext.DAILY, note=note))
    data = gather(sources, stored.id, DAY, DAY, ZoneInfo("UTC"))
    assert data.profile.name == name
    assert [r.note for r in data.ratings] == [note]
    assert _csv_notes(csv_bytes(data, EXPORTED)) == [note]
    strings = _strings(json.loads(fhir_bytes(data, EXPORTED)))
    assert name in strings
    assert not note.strip() or any(note in s for s in strings)


def test_the_pdf_carries_awkward_names_and_notes(qapp: QApplication, storage: Storage) -> None:
    sources = _sources(storage)
    name = "Zoë " + AWKWARD[0] + " 👩🏽‍⚕️"
    stored = sources.profiles.save_profile(Profile(name, 1950))
    assert stored.id is not None
    for n, text in enumerate((*AWKWARD, *FORMULAS, "z" * 2000)):
        at = NOW - timedelta(minutes=n)
        sources.pain.add_rating(PainRating(stored.id, at, n % 11, PainContext.DAILY, note=text))
    data = gather(sources, stored.id, DAY - timedelta(days=1), DAY, ZoneInfo("UTC"))
    assert pdf_bytes(data, EXPORTED).startswith(b"%PDF-")


def _backup_of_one_person(storage: Storage) -> dict[str, Any]:
    sources = _sources(storage)
    stored = sources.profiles.save_profile(Profile("Plain Person", 1950))
    assert stored.id is not None
    sources.pain.add_rating(PainRating(stored.id, NOW, 4, PainContext.DAILY, note="fine"))
    document: dict[str, Any] = json.loads(backup_bytes(storage, EXPORTED))
    return document


@pytest.fixture(scope="module")
def plain_backup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The backup of a database with one person and one rating, parsed."""
    with open_storage(tmp_path_factory.mktemp("plain") / "data", FakeClock(NOW)) as storage:
        return _backup_of_one_person(storage)


@HOSTILE
@given(name=hostile_text, note=hostile_text)
def test_hostile_text_in_a_backup_is_refused_whole_or_restored_exactly(
    storage: Storage, tmp_path: Path, plain_backup: dict[str, Any], name: str, note: str
) -> None:
    document = copy.deepcopy(plain_backup)
    document["tables"]["profile"][0]["name"] = name
    document["tables"]["pain_rating"][0]["note"] = note
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = backup_bytes(storage, EXPORTED)
    try:
        restore(storage, path)
    except RestoreError:
        assert backup_bytes(storage, EXPORTED) == before
        return
    sources = _sources(storage)
    (person,) = sources.profiles.list_profiles()
    assert person.name == name
    assert person.id is not None
    ratings = sources.pain.ratings_between(person.id, NOW, NOW + timedelta(seconds=1))
    assert [r.note for r in ratings] == [note]


@pytest.mark.parametrize(
    ("key", "newer"),
    [("format_version", FORMAT_VERSION + 1), ("schema_version", LATEST_VERSION + 1)],
)
def test_a_backup_from_a_newer_coldcare_is_refused_and_nothing_changes(
    tmp_path: Path, key: str, newer: int
) -> None:
    data_dir = tmp_path / "data"
    with open_storage(data_dir, FakeClock(NOW)) as storage:
        document = _backup_of_one_person(storage)
        before = backup_bytes(storage, EXPORTED)
    document[key] = newer
    path = tmp_path / "from-the-future.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data_dir), "restore", str(path)], out, err)
    assert (code, out.getvalue()) == (1, "")
    assert "newer version of ColdCare" in err.getvalue()
    assert "Please update ColdCare" in err.getvalue()
    assert "Nothing was changed" in err.getvalue()
    with open_storage(data_dir, FakeClock(NOW)) as storage:
        assert backup_bytes(storage, EXPORTED) == before
