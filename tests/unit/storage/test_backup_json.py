"""The full JSON backup and restoring it: backup → restore → backup gives the same bytes, and a
malformed or hostile file is refused with a message naming the problem, changing nothing."""

from __future__ import annotations

import base64
import copy
import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coldcare.domain.records import Profile
from coldcare.domain.settings import SLEEP_START, THEME
from coldcare.storage import backup_json
from coldcare.storage.backup_json import (
    FORMAT_VERSION,
    MAX_TEXT_LENGTH,
    RestoreError,
    backup_bytes,
    check_backup,
    restore,
)
from coldcare.storage.database import Storage, open_storage
from coldcare.storage.migrations import LATEST_VERSION
from coldcare.storage.models import MODELS
from coldcare.storage.repositories import (
    SqliteExerciseRepository,
    SqlitePainRepository,
    SqliteProfileRepository,
    SqliteSettingsStore,
)
from tests.fakes import FakeClock
from tests.unit.storage.samples import TINY_PNG, rating, read_everything, store_one_of_everything

EXPORTED = datetime(2026, 3, 9, 12, 30, tzinfo=UTC)
TABLES = {model._meta.table_name for model in backup_json.BACKED_UP}
Document = dict[str, Any]


@pytest.fixture
def full(storage: Storage, profile_id: int) -> Storage:
    """A database with a row in every table, the starter exercises, settings, two profiles."""
    store_one_of_everything(storage, profile_id)
    SqliteExerciseRepository(storage).exercises()
    settings_store = SqliteSettingsStore(storage)
    settings_store.set(THEME, "dark")
    settings_store.set(SLEEP_START, time(21, 30))
    SqliteProfileRepository(storage).save_profile(Profile("Zoë Ångström", 1990))
    return storage


@pytest.fixture
def document(full: Storage) -> Document:
    """The full database's backup, parsed."""
    parsed: Document = json.loads(backup_bytes(full, EXPORTED))
    return parsed


def saved(folder: Path, content: Document | bytes) -> Path:
    path = folder / "backup.json"
    data = content if isinstance(content, bytes) else json.dumps(content).encode()
    path.write_bytes(data)
    return path


# ----------------------------------------------------------------------------- the file


def test_every_table_is_in_the_backup_with_every_row(full: Storage, document: Document) -> None:
    assert document["format"] == "coldcare-backup"
    assert document["format_version"] == FORMAT_VERSION
    assert document["schema_version"] == LATEST_VERSION
    assert document["exported_at"] == "2026-03-09T12:30:00.000Z"
    assert set(document["tables"]) == TABLES
    assert all(document["tables"][table] for table in TABLES), "one of everything"
    assert [p["name"] for p in document["tables"]["profile"]] == [
        "Margarethe Müller",
        "Zoë Ångström",
    ]
    pictures = [e["picture"] for e in document["tables"]["exercise"] if e["picture"]]
    assert [base64.b64decode(p) for p in pictures] == [TINY_PNG]
    assert pictures == [
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNIO/MfAAPNAjLq/yokAAAAAElFTkSuQmCC"
    ]


def test_the_file_is_deterministic_utf8_json(full: Storage, document: Document) -> None:
    data = backup_bytes(full, EXPORTED)
    text = data.decode("utf-8")
    assert text.endswith("}\n")
    assert "Margarethe Müller" in text, "not escaped"
    expected = json.dumps(document, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
    assert text == expected
    for records in document["tables"].values():
        keys = [sorted(record.items())[0] for record in records]
        assert keys == sorted(keys), "rows in the order of their primary key"


def test_only_exported_at_differs_between_two_backups(full: Storage) -> None:
    first = backup_bytes(full, EXPORTED).decode().splitlines()
    second = backup_bytes(full, EXPORTED + timedelta(days=1)).decode().splitlines()
    differing = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
    assert differing == [
        (
            ' "exported_at": "2026-03-09T12:30:00.000Z",',
            ' "exported_at": "2026-03-10T12:30:00.000Z",',
        )
    ]


# ----------------------------------------------------------------------------- round trip


def test_backup_restore_backup_gives_the_same_bytes(
    full: Storage, tmp_path: Path, clock: FakeClock, document: Document
) -> None:
    original = backup_bytes(full, EXPORTED)
    records = read_everything(full)
    path = saved(tmp_path, original)
    with open_storage(tmp_path / "fresh", clock) as fresh:
        restored = restore(fresh, path)
        assert backup_bytes(fresh, EXPORTED) == original
        assert read_everything(fresh) == records
    rows = sum(len(rows) for table, rows in document["tables"].items() if table != "profile")
    assert (restored.profiles, restored.records, restored.exported_at) == (2, rows, EXPORTED)


def test_restore_replaces_everything_there_was(
    full: Storage, tmp_path: Path, profile_id: int
) -> None:
    path = saved(tmp_path, backup_bytes(full, EXPORTED))
    records = read_everything(full)
    SqliteProfileRepository(full).save_profile(Profile("Someone Else", 1960))
    SqlitePainRepository(full).add_rating(rating(profile_id, value=2))
    SqliteSettingsStore(full).set(THEME, "light")
    restore(full, path)
    assert read_everything(full) == records
    assert SqliteSettingsStore(full).get(THEME) == "dark"
    assert backup_bytes(full, EXPORTED) == path.read_bytes()


def test_restore_takes_a_database_backup_first(full: Storage, tmp_path: Path) -> None:
    path = saved(tmp_path, backup_bytes(full, EXPORTED))
    SqliteProfileRepository(full).save_profile(Profile("Only Before", 1960))
    assert full.newest_backup() is None
    restore(full, path)
    newest = full.newest_backup()
    assert newest is not None
    with closing(sqlite3.connect(newest.path)) as taken:
        names = [row[0] for row in taken.execute("SELECT name FROM profile")]
    assert "Only Before" in names


# ----------------------------------------------------------------------------- refused files


def _set(table: str, column: str, value: object, index: int = 0) -> Callable[[Document], object]:
    def change(document: Document) -> object:
        document["tables"][table][index][column] = value
        return document

    return change


def _header(key: str, value: object) -> Callable[[Document], object]:
    def change(document: Document) -> object:
        document[key] = value
        return document

    return change


def _drop_table(document: Document) -> object:
    del document["tables"]["pain_rating"]
    return document


def _extra_column(document: Document) -> object:
    document["tables"]["session"][0]["mood"] = "fine"
    return document


def _dropped_column(document: Document) -> object:
    del document["tables"]["session"][0]["note"]
    return document


def _twin_session(document: Document) -> object:
    sessions = document["tables"]["session"]
    sessions.append(dict(sessions[0]))
    return document


def _twin_clearance(document: Document) -> object:
    clearances = document["tables"]["clearance"]
    clearances.append({**clearances[0], "id": 99})
    return document


def _record_a_list(document: Document) -> object:
    document["tables"]["profile"][1] = ["not", "an", "object"]
    return document


def _table_an_object(document: Document) -> object:
    document["tables"]["session"] = {}
    return document


def _infinite_water(document: Document) -> object:
    text = json.dumps(document)
    return text.replace('"water_temp_c": 12.5', '"water_temp_c": 1e999', 1).encode()


def _raw(text: str) -> Callable[[Document], object]:
    return lambda _document: text.encode()


def _truncated(document: Document) -> object:
    data = json.dumps(document).encode()
    return data[: len(data) // 2]


REFUSED: list[tuple[str, Callable[[Document], object], str]] = [
    ("truncated", _truncated, "not valid JSON"),
    ("empty", _raw(""), "not valid JSON"),
    ("not-utf8", lambda _d: b'{"format": "\xff"}', "UTF-8"),
    ("a-list", _raw("[]"), "not a ColdCare backup"),
    ("other-format", _header("format", "anki"), "not a ColdCare backup"),
    ("newer-format", _header("format_version", FORMAT_VERSION + 1), "update ColdCare"),
    ("newer-schema", _header("schema_version", LATEST_VERSION + 1), "update ColdCare"),
    (
        "older-schema",
        _header("schema_version", backup_json.OLDEST_RESTORABLE_VERSION - 1),
        "cannot restore",
    ),
    ("version-text", _header("format_version", "1"), "'format_version' must be a whole"),
    ("no-export-time", _header("exported_at", "yesterday"), "'exported_at'"),
    ("naive-export-time", _header("exported_at", "2026-03-09T12:30"), "'exported_at'"),
    ("app-version-number", _header("app_version", 1), "'app_version' must be text"),
    ("unknown-header-key", _header("comment", "hi"), "'comment'"),
    ("tables-a-list", _header("tables", []), "'tables' must be an object"),
    ("missing-table", _drop_table, "lacks 'pain_rating'"),
    ("table-not-a-list", _table_an_object, "'session' must be a list"),
    ("record-not-an-object", _record_a_list, "record 2 of 'profile' must be an object"),
    ("extra-column", _extra_column, "'mood', which ColdCare does not know"),
    ("missing-column", _dropped_column, "record 1 of 'session' lacks 'note'"),
    ("text-for-number", _set("pain_rating", "value", "6"), "'value' must be a whole number"),
    ("bool-for-number", _set("profile", "birth_year", True), "'birth_year' must be a whole"),
    ("number-for-bool", _set("profile", "supervised", 1), "'supervised' must be true or false"),
    ("number-for-text", _set("session", "note", 5), "'note' must be text"),
    ("null-not-allowed", _set("session", "site", None), "'site' must have a value"),
    ("float-for-int", _set("session", "planned_minutes", 20.5), "'planned_minutes' must be a"),
    ("huge-number", _set("pain_rating", "value", 2**70), "too large"),
    ("infinite", _raw('{"format": "coldcare-backup", "x": Infinity}'), "'Infinity'"),
    ("huge-float", _infinite_water, "'water_temp_c' must be a finite number"),
    ("pain-11", _set("pain_rating", "value", 11), "'pain_rating': a pain rating must be a whole"),
    ("peg-minus-1", _set("peg_response", "enjoyment", -1), "'peg_response'"),
    ("unknown-site", _set("session", "site", "knee-middle"), "knee-middle"),
    ("bad-codes", _set("session", "stop_signs", '["frozen"]'), "'session'"),
    ("codes-not-json", _set("session", "stop_signs", "[[[["), "'session'"),
    ("bad-date", _set("plan_item", "start_date", "2026-02-30"), "'plan_item'"),
    ("time-out-of-range", _set("session", "started_at_ms", 2**62), "'session'"),
    ("note-too-long", _set("pain_rating", "note", "x" * 2001), "longer than 2000"),
    ("huge-string", _set("session", "note", "x" * (MAX_TEXT_LENGTH + 1)), "longer than"),
    ("lone-surrogate", _set("session", "note", "\ud800"), "not valid text"),
    ("control-character", _set("profile", "name", "Max\x07"), "control characters"),
    ("bad-picture", _set("exercise", "picture", "not base64!", index=-1), "base64"),
    ("picture-too-large", _set("exercise", "picture", "AAAA" * 800_000, index=-1), "picture"),
    ("dangling-reference", _set("pain_rating", "session_id", 999), "names no record of"),
    ("dangling-profile", _set("clearance", "profile_id", 42), "'profile_id' 42 names no record"),
    ("duplicate-id", _twin_session, "another record has the same id (1)"),
    ("duplicate-position", _twin_clearance, "same profile_id, position"),
    ("unknown-setting", _set("setting", "name", "font"), "'font' is not a setting"),
    ("bad-setting", _set("setting", "value", "250", index=-1), "setting"),
    ("audit-not-json", _set("audit_entry", "before_json", "{"), "'audit_entry'"),
    ("repeated-key", _raw('{"format": "coldcare-backup", "format": "x"}'), "'format' appears"),
    ("deep-nesting", _raw("[" * 100_000 + "]" * 100_000), "ColdCare backup"),
]


@pytest.mark.parametrize(
    ("change", "named"), [(c, n) for _, c, n in REFUSED], ids=[i for i, _, _ in REFUSED]
)
def test_a_bad_file_is_refused_naming_the_problem_and_nothing_changes(
    full: Storage, document: Document, tmp_path: Path, change: Callable[[Document], Any], named: str
) -> None:
    before = backup_bytes(full, EXPORTED)
    changed = change(copy.deepcopy(document))
    with pytest.raises(RestoreError) as refused:
        restore(full, saved(tmp_path, changed))
    assert named in str(refused.value)
    assert "\n" not in str(refused.value)
    assert backup_bytes(full, EXPORTED) == before
    assert full.newest_backup() is None, "a refused file takes no backup"


def test_a_missing_file_is_refused(full: Storage, tmp_path: Path) -> None:
    with pytest.raises(RestoreError, match="cannot read"):
        restore(full, tmp_path / "nowhere.json")


def test_a_file_over_the_size_limit_is_refused_unread(
    full: Storage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = saved(tmp_path, backup_bytes(full, EXPORTED))
    monkeypatch.setattr(backup_json, "MAX_FILE_BYTES", path.stat().st_size - 1)
    with pytest.raises(RestoreError, match="too large to be a ColdCare backup"):
        check_backup(path)


def test_a_byte_order_mark_is_accepted(full: Storage, tmp_path: Path) -> None:
    data = backup_bytes(full, EXPORTED)
    restore(full, saved(tmp_path, b"\xef\xbb\xbf" + data))
    assert backup_bytes(full, EXPORTED) == data


def test_a_row_the_database_refuses_rolls_everything_back(
    full: Storage, document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Belt and braces: if a row passed every check but the database refused it, nothing of the
    restore stays."""
    before = backup_bytes(full, EXPORTED)
    document["tables"]["profile"][1]["name"] = "Changed"
    monkeypatch.setattr(backup_json, "_check_unique", lambda _model, _rows: None)
    document["tables"]["site_lock"].append(dict(document["tables"]["site_lock"][0]))
    with pytest.raises(RestoreError, match="do not fit together"):
        restore(full, saved(tmp_path, document))
    assert backup_bytes(full, EXPORTED) == before


# ----------------------------------------------------------------------------- fuzzing

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=6,
)
NEAR_VALUES = st.integers(-2, 12) | st.sampled_from(["", "knee-left", "[]", "{}", "2026-03-02"])


def in_key_order(tables: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Each table's records in the order of their primary key, as a backup lists them."""
    keys = {model._meta.table_name: model._meta.primary_key.column_name for model in MODELS}
    return {table: sorted(rows, key=lambda row: row[keys[table]]) for table, rows in tables.items()}


def _mutate_a_record(data: st.DataObject, tables: dict[str, list[Any]]) -> None:
    """One random change of a record: a value, a near-valid value, a column gone, the record
    gone or twice."""
    table = data.draw(st.sampled_from(sorted(t for t in tables if tables[t])), label="table")
    records = tables[table]
    index = data.draw(st.integers(0, len(records) - 1), label="record")
    column = data.draw(st.sampled_from(sorted(records[index])), label="column")
    kind = data.draw(st.sampled_from(["value", "near", "drop-column", "drop-record", "twin"]))
    if kind in ("value", "near"):
        values = JSON_VALUES if kind == "value" else NEAR_VALUES
        records[index][column] = data.draw(values, label="value")
    elif kind == "drop-column":
        del records[index][column]
    elif kind == "drop-record":
        del records[index]
    else:
        records.append(dict(records[index]))


def _mutate_the_header(data: st.DataObject, document: Document) -> None:
    key = data.draw(st.sampled_from(sorted(document)), label="key")
    if data.draw(st.booleans(), label="drop key"):
        del document[key]
    else:
        document[key] = data.draw(JSON_VALUES, label="header value")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_a_mutated_backup_is_restored_whole_or_not_at_all(
    full: Storage, document: Document, tmp_path: Path, data: st.DataObject
) -> None:
    mutated = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(1, 3), label="changes")):
        _mutate_a_record(data, mutated["tables"])
    if data.draw(st.integers(0, 4), label="header too") == 0:
        _mutate_the_header(data, mutated)
    path = saved(tmp_path, mutated)
    before = backup_bytes(full, EXPORTED)
    try:
        restore(full, path)
    except RestoreError:
        assert backup_bytes(full, EXPORTED) == before
    else:
        after: Document = json.loads(backup_bytes(full, EXPORTED))
        assert after["tables"] == in_key_order(mutated["tables"])
        assert mutated["format_version"] == FORMAT_VERSION


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(cut=st.integers(min_value=0), flip=st.integers(min_value=0), byte=st.integers(0, 255))
def test_damaged_bytes_are_restored_whole_or_not_at_all(
    full: Storage, tmp_path: Path, cut: int, flip: int, byte: int
) -> None:
    original = bytearray(backup_bytes(full, EXPORTED))
    original[flip % len(original)] = byte
    damaged = bytes(original[: len(original) - cut % len(original)])
    before = backup_bytes(full, EXPORTED)
    try:
        restore(full, saved(tmp_path, damaged))
    except RestoreError:
        assert backup_bytes(full, EXPORTED) == before
