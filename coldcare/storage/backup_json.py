"""The full JSON backup of a ColdCare database, and restoring one: all or nothing.

A backup holds every row of every table but the caregiver PIN's (every profile's records, the
settings and the exercise library), table by table, each row as an object of its column names,
rows ordered by their primary key, pictures as base64. Apart from ``exported_at`` the file
depends only on the data: keys are sorted, the text is UTF-8 (not escaped) and ends with a
newline, so backing up, restoring and backing up again gives the same bytes.

Restoring checks the whole file before it touches anything: its format and versions, every
value's type and size, the ids (no two alike), the references between records, and every record
as the domain reads it (a pain rating of 11 is refused as the app would refuse it). Only then,
after an automatic database backup, one transaction replaces every row (the caregiver PIN stays
as it is: a backup neither holds nor removes it). Anything wrong raises :class:`RestoreError`
naming the problem and the record, and the database is unchanged.

Threads: both directions are plain blocking calls. The app runs them on a worker thread (the
storage gives each thread its own connection) and calls :meth:`Storage.close` there when done.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from peewee import ForeignKeyField, IntegrityError, Model, chunked

from coldcare import __version__
from coldcare.domain.settings import SETTINGS_BY_NAME
from coldcare.storage import mapping
from coldcare.storage.database import Storage
from coldcare.storage.errors import InvalidRowError
from coldcare.storage.migrations import LATEST_VERSION, execute
from coldcare.storage.models import (
    MODELS,
    AdverseEventRow,
    AuditEntryRow,
    CaregiverPinRow,
    ClearanceRow,
    ClinicianReviewRow,
    ClinicVisitRow,
    ExerciseCompletionRow,
    ExerciseRow,
    FollowUpRow,
    HeartbeatRow,
    OccurrenceLogRow,
    PainRatingRow,
    PegResponseRow,
    PlanItemRow,
    ProfileRow,
    SessionPhaseRow,
    SessionRow,
    SettingRow,
    SiteFindingRow,
    SiteLockRow,
    SkinCheckRow,
)

FORMAT = "coldcare-backup"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_TEXT_LENGTH = 1_000_000  # any one text value; the domain's own limits are far lower
_HEADER_KEYS = frozenset(
    {"format", "format_version", "app_version", "schema_version", "exported_at", "tables"}
)
_SMALLEST_INT, _LARGEST_INT = -(2**63), 2**63 - 1  # what an SQLite integer holds
_SQL_VARIABLES = 900  # older SQLite libraries allow 999 parameters in one statement

# The caregiver PIN's hash stays in its database: a backup file must not carry it elsewhere.
BACKED_UP: tuple[type[Model], ...] = tuple(m for m in MODELS if m is not CaregiverPinRow)
# Data version 4 added only the caregiver PIN, so a backup of version 3 has the same tables.
OLDEST_RESTORABLE_VERSION = 3

Rows = dict[type[Model], list[dict[str, object]]]
"""Every table's rows, each row by field name (as ``insert_many`` takes it)."""


class RestoreError(RuntimeError):
    """The backup cannot be restored: the message says what is wrong and where. Nothing was
    changed."""


@dataclass(frozen=True)
class CheckedBackup:
    """A backup file that passed every check, ready to replace the data."""

    exported_at: datetime
    rows: Rows

    @property
    def profiles(self) -> int:
        """How many profiles it holds."""
        return len(self.rows[ProfileRow])

    @property
    def records(self) -> int:
        """How many rows it holds besides the profiles (settings and exercises included)."""
        return sum(len(rows) for model, rows in self.rows.items() if model is not ProfileRow)


# ----------------------------------------------------------------------------- writing


def _table_name(model: type[Model]) -> str:
    name: str = model._meta.table_name
    return name


def _fields(model: type[Model]) -> list[Any]:
    """The model's fields in column order (peewee's stub leaves ``_meta`` untyped)."""
    fields: list[Any] = model._meta.sorted_fields
    return fields


def _json_value(value: object) -> object:
    return base64.b64encode(value).decode("ascii") if isinstance(value, bytes) else value


def _table_json(model: type[Model]) -> list[dict[str, object]]:
    fields = _fields(model)
    query: Any = model.select(*fields).order_by(model._meta.primary_key).tuples()
    return [
        {field.column_name: _json_value(value) for field, value in zip(fields, row, strict=True)}
        for row in query
    ]


def backup_document(storage: Storage, exported_at: datetime) -> dict[str, object]:
    """Every table of the database as the JSON object of a backup (one consistent snapshot)."""
    with storage.guarded(), storage.database.atomic():
        tables = {_table_name(model): _table_json(model) for model in BACKED_UP}
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "schema_version": LATEST_VERSION,
        "exported_at": mapping.instant_text(exported_at),
        "tables": tables,
    }


def backup_bytes(storage: Storage, exported_at: datetime) -> bytes:
    """The backup file's bytes: deterministic JSON, UTF-8, one trailing newline."""
    document = backup_document(storage, exported_at)
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, allow_nan=False, indent=1)
    return (text + "\n").encode("utf-8")


# ----------------------------------------------------------------------------- reading the file


def _read(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise RestoreError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > MAX_FILE_BYTES:
        raise RestoreError(
            f"{path} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, "
            "too large to be a ColdCare backup"
        )
    return data


def _no_repeated_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    found = dict(pairs)
    if len(found) != len(pairs):
        repeated = next(key for key in found if sum(1 for k, _ in pairs if k == key) > 1)
        raise RestoreError(f"the key '{repeated}' appears twice in one object")
    return found


def _no_constants(name: str) -> object:
    raise RestoreError(f"'{name}' is not a number a backup can hold")


def _parse(data: bytes) -> object:
    try:
        text = data.decode("utf-8-sig")
        return json.loads(text, object_pairs_hook=_no_repeated_keys, parse_constant=_no_constants)
    except UnicodeDecodeError as exc:
        raise RestoreError("the file is not UTF-8 text, so it is not a ColdCare backup") from exc
    except json.JSONDecodeError as exc:
        raise RestoreError(
            f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "it may be cut short or damaged"
        ) from exc
    except (ValueError, RecursionError) as exc:
        raise RestoreError(f"the file cannot be read as a ColdCare backup: {exc}") from exc


# ----------------------------------------------------------------------------- the header


def _whole_number(document: Mapping[str, object], key: str) -> int:
    value = document.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise RestoreError(f"the backup's '{key}' must be a whole number of at least 1")
    return value


def _check_versions(document: Mapping[str, object]) -> None:
    format_version = _whole_number(document, "format_version")
    schema_version = _whole_number(document, "schema_version")
    if format_version > FORMAT_VERSION or schema_version > LATEST_VERSION:
        raise RestoreError(
            f"the backup was made by a newer version of ColdCare (backup format "
            f"{format_version}, data version {schema_version}); this version reads backup "
            f"format {FORMAT_VERSION}, data version {LATEST_VERSION}. Please update ColdCare "
            "to restore it"
        )
    if schema_version < OLDEST_RESTORABLE_VERSION:
        raise RestoreError(
            f"the backup holds data version {schema_version}, which this version of ColdCare "
            f"cannot restore (it restores data versions {OLDEST_RESTORABLE_VERSION} to "
            f"{LATEST_VERSION})"
        )


def _exported_at(document: Mapping[str, object]) -> datetime:
    value = document.get("exported_at")
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        raise RestoreError("the backup's 'exported_at' must be a time such as 2026-03-02T09:00Z")
    return moment


def _header(document: object) -> tuple[datetime, Mapping[str, object]]:
    """The export time and the tables, after the format, versions and keys were checked."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RestoreError(f"the file is not a ColdCare backup (its 'format' is not '{FORMAT}')")
    _check_versions(document)
    _exact_keys(document.keys(), _HEADER_KEYS, "the backup")
    if not isinstance(document["app_version"], str):
        raise RestoreError("the backup's 'app_version' must be text")
    tables = document["tables"]
    if not isinstance(tables, dict):
        raise RestoreError("the backup's 'tables' must be an object of tables")
    _exact_keys(tables.keys(), {_table_name(m) for m in BACKED_UP}, "the backup's 'tables'")
    return _exported_at(document), tables


def _exact_keys(found: Iterable[str], expected: Iterable[str], where: str) -> None:
    found, expected = set(found), set(expected)
    if missing := sorted(expected - found):
        raise RestoreError(f"{where} lacks '{missing[0]}'")
    if unknown := sorted(found - expected):
        raise RestoreError(f"{where} has '{unknown[0]}', which ColdCare does not know")


# ----------------------------------------------------------------------------- values


def _whole(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError("must be a whole number")
    if not _SMALLEST_INT <= value <= _LARGEST_INT:
        raise ValueError("is too large a number")
    return value


def _number(value: object) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValueError("must be a number")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError("must be a finite number")
    return number


def _true_or_false(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("must be text")
    if len(value) > MAX_TEXT_LENGTH:
        raise ValueError(f"is longer than {MAX_TEXT_LENGTH} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("holds a character that is not valid text") from exc
    return value


def _picture(value: object) -> bytes:
    text = _text(value)
    try:
        picture = base64.b64decode(text, validate=True)
    except binascii.Error:
        picture = None
    if picture is None or base64.b64encode(picture).decode("ascii") != text:
        raise ValueError("must be a picture in base64")
    return picture


_CONVERT: dict[str, Callable[[object], object]] = {
    "AUTO": _whole,
    "INT": _whole,
    "FLOAT": _number,
    "BOOL": _true_or_false,
    "TEXT": _text,
    "BLOB": _picture,
}


def _value(field: Any, value: object) -> object:
    if value is None:
        if field.null:
            return None
        raise ValueError("must have a value, not null")
    return _CONVERT[field.field_type](value)


def _row(model: type[Model], record: object, where: str) -> dict[str, object]:
    """One record of the file as the row to insert, by field name; types and sizes checked."""
    if not isinstance(record, dict):
        raise RestoreError(f"{where} must be an object")
    fields = _fields(model)
    _exact_keys(record.keys(), (field.column_name for field in fields), where)
    row: dict[str, object] = {}
    for field in fields:
        try:
            row[field.name] = _value(field, record[field.column_name])
        except ValueError as exc:
            raise RestoreError(f"{where}: '{field.column_name}' {exc}") from exc
    return row


def _table_rows(model: type[Model], records: object) -> list[dict[str, object]]:
    name = _table_name(model)
    if not isinstance(records, list):
        raise RestoreError(f"the table '{name}' must be a list of records")
    return [
        _row(model, record, f"record {position} of '{name}'")
        for position, record in enumerate(records, start=1)
    ]


# ----------------------------------------------------------------------------- keys and references


def _unique_keys(model: type[Model]) -> list[tuple[str, ...]]:
    """The primary key, the unique columns and the unique indexes, as field names."""
    meta: Any = model._meta
    keys: list[tuple[str, ...]] = [(meta.primary_key.name,)]
    keys += [(field.name,) for field in meta.sorted_fields if field.unique]
    keys += [tuple(names) for names, unique in meta.indexes if unique]
    return keys


def _check_unique(model: type[Model], rows: list[dict[str, object]]) -> None:
    for key in _unique_keys(model):
        seen: set[tuple[object, ...]] = set()
        for position, row in enumerate(rows, start=1):
            values = tuple(row[name] for name in key)
            if None in values:  # SQLite lets any number of rows leave a unique column empty
                continue
            if values in seen:
                columns = ", ".join(_fields_by_name(model)[name].column_name for name in key)
                raise RestoreError(
                    f"record {position} of '{_table_name(model)}': another record has the same "
                    f"{columns} ({', '.join(map(str, values))})"
                )
            seen.add(values)


def _fields_by_name(model: type[Model]) -> dict[str, Any]:
    fields: dict[str, Any] = model._meta.fields
    return fields


def _check_references(rows: Rows) -> None:
    for model, table_rows in rows.items():
        for field in _fields(model):
            if not isinstance(field, ForeignKeyField):
                continue
            target: Any = field.rel_model
            known = {row[field.rel_field.name] for row in rows[target]}
            for position, row in enumerate(table_rows, start=1):
                value = row[field.name]
                if value is not None and value not in known:
                    raise RestoreError(
                        f"record {position} of '{_table_name(model)}': '{field.column_name}' "
                        f"{value} names no record of '{_table_name(target)}'"
                    )


# ----------------------------------------------------------------------------- the domain's checks


def _instances(rows: Rows) -> dict[type[Model], list[Any]]:
    return {model: [model(**row) for row in table_rows] for model, table_rows in rows.items()}


def _check_setting(row: SettingRow) -> None:
    setting = SETTINGS_BY_NAME.get(row.name)
    if setting is None:
        raise ValueError(f"'{row.name}' is not a setting this version of ColdCare knows")
    setting.validate(json.loads(row.value))


def _check_audit(row: AuditEntryRow) -> None:
    mapping.audit_record(row)
    for text in (row.before_json, row.after_json):
        if text is not None and not isinstance(json.loads(text), dict):
            raise ValueError("a record in the audit trail must be a JSON object")


_READERS: tuple[tuple[type[Model], Callable[[Any], object]], ...] = (
    (SkinCheckRow, mapping.skin_check_record),
    (FollowUpRow, mapping.follow_up_record),
    (PainRatingRow, mapping.rating_record),
    (AdverseEventRow, mapping.event_record),
    (SiteLockRow, mapping.lock_record),
    (ClinicVisitRow, mapping.visit_record),
    (HeartbeatRow, mapping.beat_time),
    (SettingRow, _check_setting),
    (ExerciseRow, mapping.exercise_record),
    (PlanItemRow, mapping.plan_item_record),
    (OccurrenceLogRow, mapping.log_record),
    (ExerciseCompletionRow, mapping.completion_record),
    (PegResponseRow, mapping.peg_record),
    (AuditEntryRow, _check_audit),
)


def _readers(instances: dict[type[Model], list[Any]]) -> list[tuple[Any, Callable[[Any], object]]]:
    """Each row with the function that reads it as the domain would (children with parents)."""
    clearances = mapping.grouped(instances[ClearanceRow], lambda row: row.profile_id)
    reviews = mapping.grouped(instances[ClinicianReviewRow], lambda row: row.profile_id)
    findings = mapping.grouped(instances[SiteFindingRow], lambda row: row.profile_id)
    phases = mapping.grouped(instances[SessionPhaseRow], lambda row: row.session_id)

    def profile(row: ProfileRow) -> object:
        return mapping.profile_record(
            row, clearances.get(row.id, []), reviews.get(row.id, []), findings.get(row.id, [])
        )

    def session(row: SessionRow) -> object:
        return mapping.session_record(row, phases.get(row.id, []))

    readers: list[tuple[type[Model], Callable[[Any], object]]] = [
        (ProfileRow, profile),
        (SessionRow, session),
        *_READERS,
    ]
    return [(row, read) for model, read in readers for row in instances[model]]


def _check_records(rows: Rows) -> None:
    for row, read in _readers(_instances(rows)):
        try:
            read(row)
        except InvalidRowError as exc:
            raise RestoreError(
                f"the record with id {exc.row_id} of '{exc.table}': {exc.__cause__}"
            ) from exc
        except (ValueError, TypeError, RecursionError) as exc:
            raise RestoreError(
                f"the record with id {row._pk} of '{_table_name(type(row))}': {exc}"
            ) from exc


# ----------------------------------------------------------------------------- restoring


def check_backup(path: Path) -> CheckedBackup:
    """Read and check a backup file completely; :class:`RestoreError` on the first problem."""
    exported_at, tables = _header(_parse(_read(path)))
    rows: Rows = {model: _table_rows(model, tables[_table_name(model)]) for model in BACKED_UP}
    for model, table_rows in rows.items():
        _check_unique(model, table_rows)
    _check_references(rows)
    _check_records(rows)
    return CheckedBackup(exported_at, rows)


def _replace_everything(storage: Storage, backup: CheckedBackup) -> None:
    for model in reversed(BACKED_UP):
        model.delete().execute()
    for model in BACKED_UP:
        batch_size = max(1, _SQL_VARIABLES // len(_fields(model)))
        for batch in chunked(backup.rows[model], batch_size):
            model.insert_many(batch).execute()
    broken = execute(storage.database, "PRAGMA foreign_key_check").fetchall()
    if broken:
        table, row_id, target, _ = broken[0]
        raise RestoreError(
            f"the record with id {row_id} of '{table}' names no record of '{target}'"
        )


def restore(storage: Storage, path: Path) -> CheckedBackup:
    """Replace all data with the backup at ``path``: checked first, then an automatic database
    backup, then one transaction. Returns what was restored.

    Raises :class:`RestoreError` for a file that cannot be restored (nothing changed) and
    ``StorageUnavailableError`` when the database cannot be written.
    """
    return apply_backup(storage, check_backup(path))


def apply_backup(storage: Storage, backup: CheckedBackup) -> CheckedBackup:
    """Replace all data with a backup :func:`check_backup` read: an automatic database backup,
    then one transaction (what was checked is what is written, whatever the file holds now).
    Raises as :func:`restore` does."""
    storage.back_up()
    try:
        with storage.writing():
            _replace_everything(storage, backup)
    except IntegrityError as exc:
        raise RestoreError(f"the backup's records do not fit together: {exc}") from exc
    return backup
