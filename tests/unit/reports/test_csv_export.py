"""The CSV export read back with the csv module, as a spreadsheet or a program would."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import replace
from types import MappingProxyType
from typing import TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coldcare.domain.audit import RecordKind
from coldcare.domain.vocabulary import BadInputError
from coldcare.reports.csv_export import COLUMNS, csv_bytes, guard_cell, rows, write_csv
from coldcare.reports.dataset import ReportData
from tests.unit.reports.samples import (
    EXPORTED_AT,
    FIRST,
    FORMULA_NOTE,
    MINUS_NOTE,
    QUOTED_NOTE,
    SESSIONS,
    sample_data,
)

BOM = b"\xef\xbb\xbf"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
TYPED_COLUMNS = ("name", "note")
T = TypeVar("T")


def read_back(raw: bytes) -> list[dict[str, str]]:
    """The rows as a program reads them: BOM stripped, RFC 4180 quoting undone."""
    assert raw.startswith(BOM)
    reader = csv.DictReader(io.StringIO(raw[len(BOM) :].decode("utf-8"), newline=""))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def exported() -> list[dict[str, str]]:
    return read_back(csv_bytes(sample_data(), EXPORTED_AT))


def test_every_record_of_the_period_is_there_once() -> None:
    counts = Counter(row["record"] for row in exported())

    assert counts == {
        "cold-session": 3,
        "skin-check": 1,
        "pain": 5,
        "peg": 1,
        "adverse-event": 1,
        "clinic-visit": 1,
        "exercise": 1,
        # Ice on Mon/Wed/Fri: 9 times in the three weeks; exercises on Tue/Thu: 6 times.
        "plan": 15,
    }


def test_rows_are_in_time_order_with_local_and_utc_times() -> None:
    rows = exported()
    instants = [row["utc"] for row in rows]

    assert instants == sorted(instants)
    planned_ice = [(r["local_time"], r["utc"]) for r in rows if r["name"] == "Ice the left knee"]
    # 08:00 in Berlin is 07:00 UTC before the clocks go forward on 29 March, 06:00 UTC after.
    assert ("2026-03-27 08:00", "2026-03-27T07:00:00Z") in planned_ice
    assert ("2026-03-30 08:00", "2026-03-30T06:00:00Z") in planned_ice


def test_the_file_is_utf8_with_a_bom_and_crlf_line_ends() -> None:
    raw = csv_bytes(sample_data(), EXPORTED_AT)
    rows = exported()

    assert raw.startswith(BOM + b"record,local_time,utc,")
    assert raw.endswith(b"\r\n")
    assert raw.count(b"\r\n") == len(rows) + 1  # the note's own line break stays a bare \n
    assert "Müller".encode() not in raw  # the profile's name is not a record of the period


def test_a_formula_in_a_note_is_neutralised_and_the_text_kept() -> None:
    notes = {row["note"] for row in exported()}

    assert "'" + FORMULA_NOTE in notes
    assert "'" + MINUS_NOTE in notes
    assert "'+1 visitor" in notes  # a skip note
    assert "'@ once: skin went white" in notes  # an adverse event's note
    assert not any(note.startswith(FORMULA_STARTS) for note in notes)


def test_numbers_stay_numbers() -> None:
    rows = exported()
    session = next(r for r in rows if r["record"] == "cold-session")
    peg = next(r for r in rows if r["record"] == "peg")
    pains = [r["value"] for r in rows if r["record"] == "pain"]

    assert (session["minutes"], session["pain_before"], session["pain_after"]) == ("15.0", "6", "3")
    assert float(peg["value"]) == pytest.approx(14 / 3, abs=0.005)
    assert [int(value) for value in pains] == [6, 3, 2, 5, 4]


def test_quotes_commas_and_line_breaks_in_notes_survive() -> None:
    first_session = next(r for r in exported() if r["record"] == "cold-session")

    assert first_session["note"] == QUOTED_NOTE


def test_codes_and_details_use_the_stable_codes() -> None:
    rows = exported()
    skipped = next(r for r in rows if r["status"] == "skipped")
    stopped = next(r for r in rows if r["status"] == "stopped-for-sign")

    assert (skipped["name"], skipped["detail"]) == ("Ice the left knee", "skip-reason=other")
    assert stopped["site"] == "wrist-hand-right"
    assert "stop-signs=white-skin" in stopped["detail"]
    assert "water-temp-c=12.5" in stopped["detail"]
    assert "protocol=10/10/10" in stopped["detail"]


def test_write_csv_saves_the_same_bytes(tmp_path) -> None:
    target = tmp_path / "report.csv"

    write_csv(target, sample_data(), EXPORTED_AT)

    assert target.read_bytes() == csv_bytes(sample_data(), EXPORTED_AT)


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_each_formula_character_is_guarded(start: str) -> None:
    assert guard_cell(f"{start}1+1") == f"'{start}1+1"


@pytest.mark.parametrize("text", ["  =1+1", "\n-2", " \t@SUM(A1)", "\u3000+1"])
def test_a_formula_after_leading_white_space_is_guarded(text: str) -> None:
    assert guard_cell(text) == "'" + text  # some tools trim the white space first


@pytest.mark.parametrize("text", ["", "plain words", "3 degrees", "Knie: 5/10", "a=b"])
def test_harmless_text_is_left_alone(text: str) -> None:
    assert guard_cell(text) == text


def test_a_leading_apostrophe_is_doubled_so_the_guard_can_be_undone() -> None:
    assert guard_cell("'quoted'") == "''quoted'"


# Any note a person can type: the records refuse control characters but line feeds and tabs,
# and lone surrogates.
_REFUSED = "".join(chr(code) for code in range(32) if chr(code) not in "\t\n")
typed_note = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters=_REFUSED), max_size=60
)


@given(typed_note)
def test_any_note_reads_back_safe_and_recoverable(note: str) -> None:
    data = replace(sample_data(), sessions=(replace(SESSIONS[0], note=note),), ratings=(), plan=())

    rows = read_back(csv_bytes(data, EXPORTED_AT))
    cell = next(r["note"] for r in rows if r["record"] == "cold-session")

    guarded = cell.startswith("'")
    if not guarded:
        assert not cell.startswith(FORMULA_STARTS)
        assert not cell.lstrip().startswith(FORMULA_STARTS)
    assert (cell[1:] if guarded else cell) == note


def test_an_archived_item_s_logged_occurrence_is_still_listed() -> None:
    data = sample_data()
    archived = replace(data.plan[0], id=9, label="Old ice", archived=True)
    log = replace(data.logs[(1, FIRST)], item_id=9, id=9)
    data = replace(data, plan=(*data.plan, archived), logs={**data.logs, log.key: log})

    rows = read_back(csv_bytes(data, EXPORTED_AT))

    old = [(r["local_time"], r["status"]) for r in rows if r["name"] == "Old ice"]
    assert old == [("2026-03-16 08:00", "done")]


def test_safety_records_edited_afterwards_are_marked() -> None:
    edited = replace(
        sample_data(),
        edited=MappingProxyType(
            {
                RecordKind.SESSION: frozenset({2}),
                RecordKind.SKIN_CHECK: frozenset({1}),
                RecordKind.ADVERSE_EVENT: frozenset({1}),
                RecordKind.PAIN_RATING: frozenset({1}),
            }
        ),
    )
    rows = read_back(csv_bytes(edited, EXPORTED_AT))
    marked = [(row["record"], row["local_time"]) for row in rows if "edited=yes" in row["detail"]]

    assert marked == [
        ("skin-check", "2026-03-16 08:07"),
        ("cold-session", "2026-03-18 20:00"),
        ("adverse-event", "2026-03-30 09:36"),
    ]
    assert all(
        row["detail"].endswith("edited=yes") for row in rows if "edited=yes" in row["detail"]
    )
    assert "edited" not in exported()[0]["detail"]


def test_every_line_has_a_cell_for_every_column() -> None:
    lines = rows(sample_data(), EXPORTED_AT)

    assert {len(line) for line in lines} == {len(COLUMNS)}


# Texts a person may type, leaning on what a spreadsheet would run.
# Text as the database gives it back: any character but a lone surrogate (UTF-8 cannot hold one).
typed_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(("'", *FORMULA_STARTS, " ", "\u3000", "\n")),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=20,
)


def _typed(record: T, text: str, field: str = "note") -> T:
    """``record`` with ``text`` typed into ``field`` (unchanged if the record refuses it)."""
    try:
        return replace(record, **{field: text})  # type: ignore[type-var]
    except BadInputError:
        return record


def _typed_everywhere(data: ReportData, text: str) -> ReportData:
    """The sample period with ``text`` in every field a person types."""
    return replace(
        data,
        sessions=tuple(_typed(s, text) for s in data.sessions),
        ratings=tuple(_typed(r, text) for r in data.ratings),
        pegs=tuple(_typed(p, text) for p in data.pegs),
        events=tuple(_typed(e, text) for e in data.events),
        visits=tuple(_typed(v, text) for v in data.visits),
        completions=tuple(_typed(c, text) for c in data.completions),
        plan=tuple(_typed(item, text, "label") for item in data.plan),
        logs={key: _typed(log, text, "skip_note") for key, log in data.logs.items()},
        exercises={key: _typed(e, text, "name") for key, e in data.exercises.items()},
    )


@given(typed_text)
def test_only_typed_text_can_need_the_guard(text: str) -> None:
    data = _typed_everywhere(sample_data(), text)

    for row in read_back(csv_bytes(data, EXPORTED_AT)):
        for column, cell in row.items():
            if column in TYPED_COLUMNS:
                assert cell.startswith("'") or not cell.lstrip().startswith(FORMULA_STARTS)
            else:  # a code, a time, a number or a detail: the guard would leave it as it is
                assert guard_cell(cell) == cell, (column, cell)
