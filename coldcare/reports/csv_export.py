"""Every record of a report period as one CSV file, for spreadsheets and for other programs.

The file is UTF-8 with a byte-order mark (so Excel reads accents right), quoted per RFC 4180
(Python's ``csv`` module: fields holding a comma, quote or line break are quoted, inner quotes
doubled) with CRLF line ends. The first row names the columns; then one row per record, oldest
first. Codes are ColdCare's stable codes (``knee-left``, ``gel-pack``), never translated, so
the layout can be read by programs; empty cells mean "does not apply".

========== ================================================================================
Column     Meaning
========== ================================================================================
record     ``cold-session``, ``skin-check``, ``pain``, ``peg``, ``adverse-event``,
           ``clinic-visit``, ``exercise`` or ``plan`` (one planned occurrence)
local_time ``YYYY-MM-DD HH:MM`` in the person's time zone
utc        the same instant in ISO 8601, UTC (``2026-03-02T09:00:00Z``)
site       body-site code (cold-session, skin-check, pain, adverse-event, plan)
modality   modality code (cold-session, skin-check, clinic-visit, plan)
minutes    number: cold-session: first cold minute to removal (one decimal); clinic-visit:
           its length; plan: planned minutes of cold
pain_before, pain_after
           whole numbers 0–10: the pain ratings given before and after a cold-session
value      number: pain: the rating 0–10; peg: the score (mean of its three answers, two
           decimals); exercise: the pain rating afterwards 0–10
context    pain: ``before``, ``after``, ``follow-up``, ``daily``, ``exercise``;
           adverse-event: where it was noticed; plan: ``cold`` or ``exercise``
status     cold-session: its outcome, or ``running``; clinic-visit: how it felt; exercise:
           the effort; plan: ``done``, ``skipped``, ``missed``, ``due`` or ``upcoming`` at the
           time of export
name       plan: the item's name; exercise: the exercise's name (as typed)
detail     ``key=value`` pairs separated by ``; `` (planned minutes, barrier, signs, skin-check
           answers, PEG answers, sets and repetitions, lock end, skip reason …); a
           cold-session, skin-check or adverse-event changed after it was entered ends with
           ``edited=yes`` (the audit trail in ColdCare keeps what it said before)
note       the person's own note, as typed
========== ================================================================================

Text cells are guarded against formula injection (OWASP ASVS 1.2.10, CWE-1236): a text that
starts, or starts after leading white space, with ``=`` ``+`` ``-`` ``@``, a tab, a carriage
return or NUL gets a leading apostrophe, and so does a text that itself starts with an
apostrophe, so removing one leading apostrophe from any cell that has one gives back the text
exactly as typed. Numbers are written from numbers, never guarded: ``-3`` stays a number.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from coldcare.domain.audit import RecordKind
from coldcare.domain.exercises import ExerciseCompletion
from coldcare.domain.localtime import resolve_local
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.plan import ItemKind, Occurrence, PlanItem, occurrences, status
from coldcare.domain.records import (
    AdverseEvent,
    ClinicVisit,
    PainContext,
    PainRating,
    SessionRecord,
    SkinCheck,
)
from coldcare.domain.safety import IntermittentProtocol
from coldcare.domain.vocabulary import BodySite, Modality
from coldcare.reports.dataset import ReportData
from coldcare.reports.files import write_atomically

COLUMNS = (
    "record",
    "local_time",
    "utc",
    "site",
    "modality",
    "minutes",
    "pain_before",
    "pain_after",
    "value",
    "context",
    "status",
    "name",
    "detail",
    "note",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
GUARD = "'"

Cell = str | int | float
Row = dict[str, Cell]


def guard_cell(text: str) -> str:
    """``text`` safe to open in a spreadsheet (see the module docstring)."""
    risky = text.startswith((GUARD, *FORMULA_STARTS)) or text.lstrip().startswith(FORMULA_STARTS)
    return GUARD + text if risky else text


def csv_bytes(data: ReportData, exported_at: datetime) -> bytes:
    """The CSV file's bytes; ``exported_at`` decides which planned occurrences were missed."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_cells(row) for row in rows(data, exported_at))
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(path: Path, data: ReportData, exported_at: datetime) -> None:
    """Save the CSV to ``path`` atomically (``ExportWriteError`` when it cannot be saved)."""
    write_atomically(path, csv_bytes(data, exported_at))


def rows(data: ReportData, exported_at: datetime) -> list[Row]:
    """Every record of the period as a row (unguarded), oldest first."""
    stamp = _Stamp(data)
    pain = _session_pain(data.ratings)
    # In this order when two records share an instant.
    kinds: tuple[Iterable[tuple[datetime, Row]], ...] = (
        ((s.started_at, _session(s, pain, data)) for s in data.sessions),
        _skin_checks(data),
        ((r.rated_at, _rating(r)) for r in data.ratings),
        ((p.answered_at, _peg(p)) for p in data.pegs),
        ((e.occurred_at, _event(e, stamp, data)) for e in data.events),
        ((v.visited_at, _visit(v)) for v in data.visits),
        ((c.completed_at, _completion(c, data)) for c in data.completions),
        _plan(data, exported_at),
    )
    found = [
        (when, rank, stamp(when) | row)
        for rank, records in enumerate(kinds)
        for when, row in records
    ]
    found.sort(key=lambda entry: (entry[0], entry[1]))
    return [row for _when, _rank, row in found]


def _cells(row: Row) -> list[Cell]:
    """The row's cells in column order, text guarded, empty where the row has no value."""
    cells = [row.get(column, "") for column in COLUMNS]
    return [guard_cell(v) if v and isinstance(v, str) else v for v in cells]


class _Stamp:
    """The two time columns of an instant (``isoformat``: ``strftime`` imports the ``time``
    module on every call, and with Qt loaded each import runs through PySide's import hook)."""

    def __init__(self, data: ReportData) -> None:
        self._tz = data.period.tz

    def local(self, when: datetime) -> str:
        return when.astimezone(self._tz).isoformat(" ", "minutes")[:16]

    def __call__(self, when: datetime) -> Row:
        utc = when.astimezone(UTC).isoformat(timespec="seconds")[:19]
        return {"local_time": self.local(when), "utc": utc + "Z"}


def _detail(**pairs: object) -> str:
    """``key=value; …`` for the values that are set (keys with ``_`` written with ``-``)."""
    return "; ".join(
        [
            f"{_detail_key(key)}={_detail_value(value)}"
            for key, value in pairs.items()
            if value is not None and value is not False and value not in ("", _NO_CODES)
        ]
    )


_NO_CODES: frozenset[str] = frozenset()


@functools.cache
def _detail_key(key: str) -> str:
    return key.replace("_", "-")


def _detail_value(value: object) -> str:
    if value is True:
        return "yes"
    if isinstance(value, frozenset):
        return ",".join(sorted(str(v) for v in value))
    return str(value)


def _where(site: BodySite | None, modality: Modality | None = None) -> Row:
    row: Row = {}
    if site is not None:
        row["site"] = site.code
    if modality is not None:
        row["modality"] = str(modality)
    return row


def _session_pain(ratings: Iterable[PainRating]) -> dict[tuple[int, PainContext], int]:
    """The first before and after rating of each session."""
    found: dict[tuple[int, PainContext], int] = {}
    for rating in ratings:
        if rating.session_id is not None:
            found.setdefault((rating.session_id, rating.context), rating.value)
    return found


def _session(
    session: SessionRecord, pain: dict[tuple[int, PainContext], int], data: ReportData
) -> Row:
    row: Row = {"record": "cold-session", **_where(session.site, session.modality)}
    if session.removed_at is not None:
        row["minutes"] = round((session.removed_at - session.started_at).total_seconds() / 60, 1)
    for column, context in (("pain_before", PainContext.BEFORE), ("pain_after", PainContext.AFTER)):
        if session.id is not None and (session.id, context) in pain:
            row[column] = pain[(session.id, context)]
    row["status"] = str(session.outcome or session.state)
    row["detail"] = _detail(
        planned_minutes=session.planned_minutes,
        protocol=_protocol_words(session.protocol),
        barrier=session.barrier,
        water_temp_c=session.water_temp_c,
        stop_signs=session.stop_signs,
        skin_after=session.skin_after,
        caregiver_present=session.caregiver_present,
        edited=data.is_edited(RecordKind.SESSION, session.id),
    )
    row["note"] = session.note
    return row


def _protocol_words(protocol: IntermittentProtocol | None) -> str | None:
    """``on/off/on`` minutes of an intermittent session."""
    if protocol is None:
        return None
    return f"{protocol.first_on_minutes}/{protocol.off_minutes}/{protocol.second_on_minutes}"


def _skin_checks(data: ReportData) -> Iterator[tuple[datetime, Row]]:
    for session in data.sessions:
        for check in data.skin_checks.get(session.id or -1, ()):
            yield check.answered_at, _skin_check(check, session, data)


def _skin_check(check: SkinCheck, session: SessionRecord, data: ReportData) -> Row:
    return {
        "record": "skin-check",
        **_where(session.site, session.modality),
        "detail": _detail(
            number=check.number,
            look=check.look,
            sensation=check.sensation,
            pain=check.pain,
            symptoms=check.symptoms,
            edited=data.is_edited(RecordKind.SKIN_CHECK, check.id),
        ),
    }


def _rating(rating: PainRating) -> Row:
    return {
        "record": "pain",
        **_where(rating.site),
        "value": rating.value,
        "context": str(rating.context),
        "note": rating.note,
    }


def _peg(peg: PegResponse) -> Row:
    return {
        "record": "peg",
        "value": round(peg.score, 2),
        "detail": _detail(pain=peg.pain, enjoyment=peg.enjoyment, activity=peg.activity),
        "note": peg.note,
    }


def _event(event: AdverseEvent, stamp: _Stamp, data: ReportData) -> Row:
    return {
        "record": "adverse-event",
        **_where(event.site),
        "context": str(event.source),
        "detail": _detail(
            signs=event.signs,
            lock_until=stamp.local(event.lock_until) if event.lock_until else None,
            review_needed=event.review_needed,
            call_emergency=event.call_emergency,
            advice=event.advice,
            edited=data.is_edited(RecordKind.ADVERSE_EVENT, event.id),
        ),
        "note": event.note,
    }


def _visit(visit: ClinicVisit) -> Row:
    return {
        "record": "clinic-visit",
        "modality": str(Modality.WHOLE_BODY_CRYOTHERAPY),
        "minutes": visit.minutes,
        "status": str(visit.feeling),
        "note": visit.note,
    }


def _completion(completion: ExerciseCompletion, data: ReportData) -> Row:
    exercise = data.exercises.get(completion.exercise_id)
    row: Row = {
        "record": "exercise",
        "status": str(completion.effort),
        "name": exercise.name if exercise else "",
        "detail": _detail(sets=completion.sets_done, reps=completion.reps_done),
        "note": completion.note,
    }
    if completion.pain is not None:
        row["value"] = completion.pain
    return row


def _plan(data: ReportData, exported_at: datetime) -> Iterator[tuple[datetime, Row]]:
    """Every planned occurrence of the period with what became of it by ``exported_at``."""
    period, items = data.period, {item.id: item for item in data.plan}
    planned = occurrences(data.plan, period.start, period.end, period.tz)
    seen = {occurrence.key for occurrence in planned}
    for (item_id, day), _log in sorted(data.logs.items()):
        item = items.get(item_id)
        if item is not None and (item_id, day) not in seen:
            due = resolve_local(day, item.at, period.tz)
            planned.append(Occurrence(due, item.position, item_id, day, due))
    for occurrence in planned:
        item = items[occurrence.item_id]
        log = data.logs.get(occurrence.key)
        row = _plan_row(item)
        row["status"] = str(status(occurrence, log, exported_at))
        if log is not None:
            row["detail"] = _detail(skip_reason=log.skip_reason)
            row["note"] = log.skip_note
        yield occurrence.due_at, row


def _plan_row(item: PlanItem) -> Row:
    row: Row = {
        "record": "plan",
        **_where(item.site, item.modality),
        "context": str(item.kind),
        "name": item.label,
    }
    if item.kind is ItemKind.COLD:
        row["minutes"] = item.protocol.total_minutes if item.protocol else item.minutes
    return row
