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
Only ``name`` and ``note`` hold typed text; every other text cell starts with a letter or a
digit of ColdCare's own (a code, a time, a ``detail`` key), so the guard never changes one.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from operator import itemgetter
from pathlib import Path
from zoneinfo import ZoneInfo

from coldcare.domain.audit import RecordKind
from coldcare.domain.localtime import resolve_local
from coldcare.domain.plan import ItemKind, Occurrence, PlanItem, occurrences, status
from coldcare.domain.records import PainContext, PainRating, SessionRecord
from coldcare.domain.safety import IntermittentProtocol
from coldcare.domain.vocabulary import BodySite, Modality
from coldcare.reports.dataset import ReportData, collection_paused
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
_RISKY_STARTS = (GUARD, *FORMULA_STARTS)

Cell = str | int | float
# One record's cells in the order of COLUMNS ("" where a column does not apply).
Line = tuple[Cell, ...]
# A line and the instant that orders it.
Dated = tuple[datetime, Line]


def guard_cell(text: str) -> str:
    """``text`` safe to open in a spreadsheet (see the module docstring)."""
    if not text:  # most notes
        return text
    risky = text.startswith(_RISKY_STARTS) or text.lstrip().startswith(FORMULA_STARTS)
    return GUARD + text if risky else text


def csv_bytes(data: ReportData, exported_at: datetime) -> bytes:
    """The CSV file's bytes; ``exported_at`` decides which planned occurrences were missed."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    with collection_paused():
        writer.writerows(rows(data, exported_at))
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(path: Path, data: ReportData, exported_at: datetime) -> None:
    """Save the CSV to ``path`` atomically (``ExportWriteError`` when it cannot be saved)."""
    write_atomically(path, csv_bytes(data, exported_at))


def rows(data: ReportData, exported_at: datetime) -> list[Line]:
    """Every record of the period as a line of cells (text guarded), oldest first."""
    stamp = _Stamp(data.period.tz)
    # In this order when two records share an instant (the sort below is stable).
    kinds: tuple[Iterable[Dated], ...] = (
        _sessions(data, stamp),
        _skin_checks(data, stamp),
        _ratings(data, stamp),
        _pegs(data, stamp),
        _events(data, stamp),
        _visits(data, stamp),
        _completions(data, stamp),
        _plan(data, stamp, exported_at),
    )
    found = [dated for records in kinds for dated in records]
    found.sort(key=itemgetter(0))
    return list(map(itemgetter(1), found))


class _Stamp:
    """The two time columns of an instant, pieced together from remembered texts (``isoformat``
    and ``strftime`` cost more than the rest of a row; ``strftime`` also imports the ``time``
    module on every call, and with Qt loaded each import runs through PySide's import hook)."""

    def __init__(self, tz: ZoneInfo) -> None:
        self._tz = tz
        self._days = _DayTexts()

    def dated(self, record: str, when: datetime, *cells: Cell) -> Dated:
        """The line of a ``record`` made at ``when``: its two time columns, then ``cells``."""
        return when, (record, self.local(when), self.utc(when), *cells)

    def local(self, when: datetime) -> str:
        """``YYYY-MM-DD HH:MM`` in the person's time zone."""
        local = when.astimezone(self._tz)
        return f"{self._days[local.date()]} {_CLOCK[local.hour * 60 + local.minute]}"

    def utc(self, when: datetime) -> str:
        """``YYYY-MM-DDTHH:MM:SSZ``."""
        utc = when.astimezone(UTC)
        clock = _CLOCK[utc.hour * 60 + utc.minute]
        return f"{self._days[utc.date()]}T{clock}{_SECONDS[utc.second]}"


class _DayTexts(dict[date, str]):
    """ISO dates, each written once."""

    def __missing__(self, day: date) -> str:
        text = self[day] = day.isoformat()
        return text


_CLOCK = tuple(f"{hour:02}:{minute:02}" for hour in range(24) for minute in range(60))
_SECONDS = tuple(f":{second:02}Z" for second in range(60))


@functools.lru_cache(maxsize=1024, typed=True)
def _detail(keys: tuple[str, ...], *values: object) -> str:
    """``key=value; …`` for the values that are set (remembered: most rows repeat a few)."""
    return "; ".join(
        [
            f"{key}={_detail_value(value)}"
            for key, value in zip(keys, values, strict=True)
            if value is not None and value is not False and value not in ("", _NO_CODES)
        ]
    )


_NO_CODES: frozenset[str] = frozenset()


def _detail_value(value: object) -> str:
    if value is True:
        return "yes"
    if isinstance(value, frozenset):
        return ",".join(sorted(str(v) for v in value))
    return str(value)


def _code(site: BodySite | None) -> str:
    return "" if site is None else site.code


def _sessions(data: ReportData, stamp: _Stamp) -> Iterator[Dated]:
    pain = _session_pain(data.ratings)
    edited = data.edited.get(RecordKind.SESSION, _NO_IDS)
    for session in data.sessions:
        before, after = (pain.get((session.id, context), "") for context in _SESSION_PAIN)
        detail = _detail(
            _SESSION_KEYS,
            session.planned_minutes,
            _protocol_words(session.protocol),
            session.barrier,
            session.water_temp_c,
            session.stop_signs,
            session.skin_after,
            session.caregiver_present,
            session.id in edited,
        )
        yield stamp.dated(
            "cold-session",
            session.started_at,
            session.site.code,
            str(session.modality),
            _minutes(session),
            before,
            after,
            "",
            "",
            str(session.outcome or session.state),
            "",
            detail,
            guard_cell(session.note),
        )


_SESSION_KEYS = (
    "planned-minutes",
    "protocol",
    "barrier",
    "water-temp-c",
    "stop-signs",
    "skin-after",
    "caregiver-present",
    "edited",
)
_SESSION_PAIN = (PainContext.BEFORE, PainContext.AFTER)
_NO_IDS: frozenset[int] = frozenset()


def _session_pain(ratings: Iterable[PainRating]) -> dict[tuple[int | None, PainContext], int]:
    """The first before and after rating of each session."""
    found: dict[tuple[int | None, PainContext], int] = {}
    for rating in ratings:
        if rating.session_id is not None:
            found.setdefault((rating.session_id, rating.context), rating.value)
    return found


def _minutes(session: SessionRecord) -> Cell:
    """First cold minute to removal, one decimal ("" while it runs)."""
    if session.removed_at is None:
        return ""
    return round((session.removed_at - session.started_at).total_seconds() / 60, 1)


def _protocol_words(protocol: IntermittentProtocol | None) -> str | None:
    """``on/off/on`` minutes of an intermittent session."""
    if protocol is None:
        return None
    return f"{protocol.first_on_minutes}/{protocol.off_minutes}/{protocol.second_on_minutes}"


def _skin_checks(data: ReportData, stamp: _Stamp) -> Iterator[Dated]:
    edited = data.edited.get(RecordKind.SKIN_CHECK, _NO_IDS)
    for session in data.sessions:
        site, modality = session.site.code, str(session.modality)
        for check in data.skin_checks.get(session.id or -1, ()):
            detail = _detail(
                _SKIN_CHECK_KEYS,
                check.number,
                check.look,
                check.sensation,
                check.pain,
                check.symptoms,
                check.id in edited,
            )
            yield stamp.dated(
                "skin-check",
                check.answered_at,
                site,
                modality,
                *_SIX_EMPTY,
                "",
                detail,
                "",
            )


_SKIN_CHECK_KEYS = ("number", "look", "sensation", "pain", "symptoms", "edited")
_SIX_EMPTY = ("",) * 6


def _ratings(data: ReportData, stamp: _Stamp) -> Iterator[Dated]:
    for rating in data.ratings:
        yield stamp.dated(
            "pain",
            rating.rated_at,
            _code(rating.site),
            *_FOUR_EMPTY,
            rating.value,
            str(rating.context),
            "",
            "",
            "",
            guard_cell(rating.note),
        )


_FOUR_EMPTY = ("",) * 4


def _pegs(data: ReportData, stamp: _Stamp) -> Iterator[Dated]:
    for peg in data.pegs:
        detail = _detail(_PEG_KEYS, peg.pain, peg.enjoyment, peg.activity)
        yield stamp.dated(
            "peg",
            peg.answered_at,
            *_FIVE_EMPTY,
            round(peg.score, 2),
            "",
            "",
            "",
            detail,
            guard_cell(peg.note),
        )


_PEG_KEYS = ("pain", "enjoyment", "activity")


def _events(data: ReportData, stamp: _Stamp) -> Iterator[Dated]:
    edited = data.edited.get(RecordKind.ADVERSE_EVENT, _NO_IDS)
    for event in data.events:
        detail = _detail(
            _EVENT_KEYS,
            event.signs,
            stamp.local(event.lock_until) if event.lock_until else None,
            event.review_needed,
            event.call_emergency,
            event.advice,
            event.id in edited,
        )
        yield stamp.dated(
            "adverse-event",
            event.occurred_at,
            _code(event.site),
            *_FOUR_EMPTY,
            "",
            str(event.source),
            "",
            "",
            detail,
            guard_cell(event.note),
        )


_EVENT_KEYS = ("signs", "lock-until", "review-needed", "call-emergency", "advice", "edited")


def _visits(data: ReportData, stamp: _Stamp) -> Iterator[Dated]:
    modality = str(Modality.WHOLE_BODY_CRYOTHERAPY)
    for visit in data.visits:
        yield stamp.dated(
            "clinic-visit",
            visit.visited_at,
            "",
            modality,
            visit.minutes,
            *_FOUR_EMPTY,
            str(visit.feeling),
            "",
            "",
            guard_cell(visit.note),
        )


def _completions(data: ReportData, stamp: _Stamp) -> Iterator[Dated]:
    for completion in data.completions:
        exercise = data.exercises.get(completion.exercise_id)
        yield stamp.dated(
            "exercise",
            completion.completed_at,
            *_FIVE_EMPTY,
            "" if completion.pain is None else completion.pain,
            "",
            str(completion.effort),
            guard_cell(exercise.name) if exercise else "",
            _detail(_COMPLETION_KEYS, completion.sets_done, completion.reps_done),
            guard_cell(completion.note),
        )


_FIVE_EMPTY = ("",) * 5
_COMPLETION_KEYS = ("sets", "reps")


def _plan(data: ReportData, stamp: _Stamp, exported_at: datetime) -> Iterator[Dated]:
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
        yield stamp.dated(
            "plan",
            occurrence.due_at,
            _code(item.site),
            "" if item.modality is None else str(item.modality),
            _planned_minutes(item),
            *_THREE_EMPTY,
            str(item.kind),
            str(status(occurrence, log, exported_at)),
            guard_cell(item.label),
            "" if log is None else _detail(_LOG_KEYS, log.skip_reason),
            "" if log is None else guard_cell(log.skip_note),
        )


_THREE_EMPTY = ("",) * 3
_LOG_KEYS = ("skip-reason",)


def _planned_minutes(item: PlanItem) -> Cell:
    if item.kind is not ItemKind.COLD:
        return ""
    return item.protocol.total_minutes if item.protocol else item.minutes
